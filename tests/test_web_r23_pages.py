"""Round 23's review mends for the paged whole-graph queries: a bounded answer cache keyed on the
bound terms, page numbers checked, the OpenAPI default typed, and `kg query` giving the whole
answer (Flask test client and the CLI over a real store)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from ui_fixtures import fill_ui
from web_fixtures import settings

from kg.cli import cli
from kg.store import KgStore
from kg.web import create_app


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "kg"
    return fill_ui(KgStore(path)), path


@pytest.fixture(scope="module")
def app(store):
    kg, path = store
    app = create_app(settings(path), kg)
    yield app
    app.extensions["mlkg"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def test_page_numbers_out_of_range_or_not_ascii_are_a_clear_400(client):
    for bad in ("1000000000000000000", "0", "-1", "abc", "1.5", "\u0661", "\u00b2"):
        r = client.get("/api/queries/papers_proposing", query_string={"page": bad})
        assert r.status_code == 400, bad
        assert "whole number from 1 to 1,000,000,000" in r.get_data(as_text=True), bad
    assert client.get("/api/queries/papers_proposing?page=1000000000").status_code == 200  # (empty)


def test_the_answer_cache_is_keyed_on_bound_terms_and_bounded(client, monkeypatch):
    """A client choosing the parameters (spellings of one page, Host headers, many pages) could
    fill the server's memory: one answer per bound query, at most MAX_ANSWERS of them."""
    from kg.web import api as web_api
    from kg.web.ui import UiCache

    calls = []
    real = web_api.answer_query
    monkeypatch.setattr(web_api, "answer_query", lambda *a, **kw: calls.append(1) or real(*a, **kw))
    client.application.extensions.pop("mlkg_ui", None)
    for spelling in ("1", "01", " 1"):
        for host in ("a.example", "b.example"):
            r = client.get("/api/queries/papers_proposing", query_string={"page": spelling}, headers={"Host": host})
            assert r.status_code == 200
    client.get("/api/queries/papers_proposing")  # the default page is page 1 too
    assert len(calls) == 1
    monkeypatch.setattr(UiCache, "MAX_ANSWERS", 3)
    for n in range(2, 8):
        client.get(f"/api/queries/papers_proposing?page={n}")
    kept = client.application.extensions["mlkg_ui"]._answers
    assert len(kept) == 3


def test_openapi_gives_the_page_default_as_an_integer(client):
    doc = client.get("/api/openapi.json").get_json()
    (page,) = [p for p in doc["paths"]["/api/queries/papers_proposing"]["get"]["parameters"] if p["name"] == "page"]
    assert page["schema"]["default"] == 1 and page["schema"]["type"] == "integer"


def test_kg_query_gives_the_whole_answer_unless_a_page_is_asked(store, monkeypatch):
    """A script running `kg query papers_proposing` must not get page 1 of 150 without a word."""
    kg, path = store
    asked = []
    real = KgStore.query

    def recording(self, text, substitutions=None, **kw):
        asked.append(sorted(str(v) for v in (substitutions or {})))
        return real(self, text, substitutions=substitutions, **kw)

    monkeypatch.setattr(KgStore, "query", recording)
    runner = CliRunner()

    def rows(*extra):
        r = runner.invoke(cli, ["--store", str(path), "query", "papers_proposing", "-f", "json", *extra])
        assert r.exit_code == 0, r.output
        return json.loads(r.output)["results"]["bindings"]

    whole, page_one, page_far = rows(), rows("-p", "page=1"), rows("-p", "page=5")
    assert "?page" not in asked[0] and "?page" in asked[1]
    assert whole and len(whole) == len(page_one) and page_far == []
