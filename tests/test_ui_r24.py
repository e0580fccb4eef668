"""Round 24: what looked wrong on the pages of a graph of all sota-arxiv, as served on a real port.

Each test names what a newcomer saw (screenshots at 1280 and 390 px in /tmp/h24-ui/ of that round).
"""

from __future__ import annotations

import urllib.request

import pytest
from ui_fixtures import build_ui_store, fill_ui
from web_fixtures import kg_serve, settings

from kg.store import KgStore
from kg.web import create_app, warm_pages
from kg.web import ui as ui_module

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = build_ui_store(tmp_path_factory.mktemp("r24") / "kg")
    with kg_serve(path) as server:
        yield server.url


def get(url: str) -> str:
    with urllib.request.urlopen(urllib.request.Request(url, headers=BROWSER), timeout=30) as r:
        assert r.status == 200
        return r.read().decode()


def test_result_tables_have_no_unit_column(served):
    """The unit column held "%" or "—" beside a value that shows its "%" itself, and pushed
    ImageNet's top-1 board 42 px past its box at 1280 px (the evidence cut off on the right)."""
    html = get(served + "/dataset/imagenet")
    assert 'class="sortable results"' in html
    assert ">Unit</th>" not in html and 'data-label="Unit"' not in html
    assert "%</a>" in html  # a percentage carries its sign in the value


def test_the_search_page_has_one_search_box(served):
    """/search showed the header's box above the page's own, two boxes for one search."""
    html = get(served + "/search?q=net")
    assert html.count('name="q"') == 1
    assert 'name="q"' in get(served + "/datasets")  # the other pages keep the header's box


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    path = tmp_path_factory.mktemp("r24app") / "kg"
    app = create_app(settings(path), fill_ui(KgStore(path)))
    yield app
    app.extensions["mlkg"].close()


def test_papers_of_one_month_are_listed_a_to_z(app, monkeypatch):
    """Newest first reversed the whole key, so each month's titles ran Z to A ("Virtual Fusion…",
    "Universal Segmentation…", "STEP CATFormer…")."""
    papers = {f"https://example.org/p{i}": {"title": t, "date": d, "key": t.casefold()}
              for i, (t, d) in enumerate([("beta", "2023-12-01"), ("Zeta", "2023-12-05"), ("alpha", "2023-12-01"),
                                          ("Old", "2019-01-01"), ("gamma", "2023-12-01"), ("undated", None)])}  # fmt: skip
    monkeypatch.setattr(ui_module, "papers_index", lambda: papers)
    html = app.test_client().get("/papers", headers=BROWSER).get_data(as_text=True)
    expected = ["Zeta", "alpha", "beta", "gamma", "Old", "undated"]  # newest first, A to Z within a date
    assert sorted(expected, key=lambda t: html.index(f">{t}</a>")) == expected


def test_a_browse_page_sizes_its_markers_by_its_largest_number(app, monkeypatch):
    """Page 106 of /papers numbers 10501-10525: the list says so (--digits: 5) for the CSS."""
    papers = {f"https://example.org/p{i}": {"title": f"t{i:05d}", "date": None, "key": f"t{i:05d}"}
              for i in range(10525)}  # fmt: skip
    monkeypatch.setattr(ui_module, "papers_index", lambda: papers)
    client = app.test_client()
    last = client.get("/papers?page=106", headers=BROWSER).get_data(as_text=True)
    assert 'start="10501" style="--digits: 5"' in last
    assert 'start="1" style="--digits: 3"' in client.get("/papers", headers=BROWSER).get_data(as_text=True)


def test_serve_warms_the_papers_index(app):
    """The first /papers took 2.1 s and the first search 2.6 s in each worker on all sota-arxiv:
    both read the papers' index, which the warming thread now builds."""
    app.extensions.pop("mlkg_ui", None)
    warm_pages(app)
    with app.test_request_context():
        assert "papers" in ui_module.cache()._items
