"""Home page, error pages, Graph Store Protocol reads and the named-query API (test client)."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from web_fixtures import ENTITIES, XSS_TITLE, build_store, fill, papers, settings

from kg.queries import load_queries
from kg.store import KgStore
from kg.web import create_app

ENTITIES_GRAPH = "https://w3id.org/mlkg/graph/entities"


@pytest.fixture
def app(tmp_path):
    store = fill(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg"), store)
    yield app
    app.extensions["mlkg"].close()


@pytest.fixture
def client(app):
    return app.test_client()


# ---------------------------------------------------------------- pages


def test_home_shows_counts_and_links(client):
    r = client.get("/")
    assert r.status_code == 200 and r.content_type.startswith("text/html")
    page = r.get_data(as_text=True)
    for label, value in (("Papers", 3), ("Methods", 3), ("Datasets", 2), ("Metrics", 1),
                         ("Tasks", 1), ("Results", 2)):  # fmt: skip
        assert f'<span class="value">{value}</span><span class="label">{label}</span>' in page
    assert 'href="/sparql"' in page and 'href="/static/style.css"' in page
    assert "cdn" not in page.lower()


def test_stylesheet_is_served(client):
    with client.get("/static/style.css") as r:
        assert r.status_code == 200 and b"font-family" in r.data


def test_data_is_escaped_in_html(client):
    # the title holds <script>: no page may hand it back unescaped
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/sparql", query_string={"query": "SELECT ?t { ?p dcterms:title ?t }"},
                   headers={"Accept": browser})  # fmt: skip
    assert r.status_code == 200 and r.content_type == "application/sparql-results+xml"
    assert b"&lt;script&gt;" in r.data and b"<script>" not in r.data
    r = client.get("/sparql", query_string={"query": "SELECT ?t { ?p dcterms:title ?t }"},
                   headers={"Accept": "text/html"})  # fmt: skip
    assert r.status_code == 406 and b"<script>" not in r.data
    r = client.get("/nothing-here", headers={"Accept": "text/html"})
    assert r.status_code == 404 and b"<h1>404 <span class=\"muted\">Not Found</span></h1>" in r.data
    r = client.get("/api/queries/%3Cscript%3E", headers={"Accept": "text/html"})
    assert r.status_code == 404 and r.content_type == "application/json"  # never rendered as a page


def test_error_page_escapes_message(client):
    r = client.get("/sparql", query_string={"query": "ASK {}", "format": "<script>alert(1)</script>"},
                   headers={"Accept": "text/html"})  # fmt: skip
    assert r.status_code == 400 and r.content_type.startswith("text/html")
    assert b"&lt;script&gt;alert" in r.data and b"<script>alert" not in r.data


def test_errors_are_plain_text_for_clients(client):
    r = client.get("/nowhere")
    assert r.status_code == 404 and r.content_type.startswith("text/plain")


def test_store_error_is_a_message(tmp_path):
    from kg.errors import StoreError

    with pytest.raises(StoreError, match="no store here"):
        create_app(settings(tmp_path / "missing"))
    with pytest.raises(StoreError, match="remote SPARQL server"):
        create_app(settings("http://127.0.0.1:7878"))


# ---------------------------------------------------------------- graph store protocol


def test_gsp_named_graph(client):
    r = client.get("/store", query_string={"graph": ENTITIES_GRAPH})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(r.data, format=ox.RdfFormat.TURTLE))
    assert any(t.object == ox.Literal(XSS_TITLE) for t in triples) is False
    assert any(t.object == ox.Literal("AlphaNet", language="en") for t in triples)
    r2 = client.get("/rdf-graph-store", query_string={"graph": ENTITIES_GRAPH},
                    headers={"Accept": "application/n-triples"})  # fmt: skip
    assert len(list(ox.parse(r2.data, format=ox.RdfFormat.N_TRIPLES))) == len(triples)


def test_gsp_default_graph_is_the_union(app, client):
    r = client.get("/store?default", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    assert len(list(ox.parse(r.data, format=ox.RdfFormat.N_TRIPLES))) == len(app.extensions["mlkg"].store)


@pytest.mark.parametrize("fmt", [ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML, ox.RdfFormat.TRIG])
def test_gsp_formats(client, fmt):
    r = client.get("/store", query_string={"graph": ENTITIES_GRAPH}, headers={"Accept": fmt.media_type})
    assert r.headers["Content-Type"].split(";")[0] == fmt.media_type
    assert len(list(ox.parse(r.data, format=fmt))) > 10


def test_gsp_head_and_errors(client):
    r = client.head("/store", query_string={"graph": ENTITIES_GRAPH})
    assert r.status_code == 200 and r.data == b""
    assert client.get("/store", query_string={"graph": "http://ex/none"}).status_code == 404
    assert client.head("/store", query_string={"graph": "http://ex/none"}).status_code == 404
    assert client.get("/store").status_code == 400
    assert client.get("/store?default&graph=http://ex/g").status_code == 400
    assert client.get("/store?default", headers={"Accept": "text/csv"}).status_code == 406
    assert client.put("/store?default", data="").status_code == 405


# ---------------------------------------------------------------- named queries


def test_api_lists_queries(client):
    r = client.get("/api/queries")
    assert r.status_code == 200
    listed = {q["name"]: q for q in r.get_json()["queries"]}
    assert set(listed) == set(load_queries())
    assert listed["leaderboard"]["url"] == "http://localhost/api/queries/leaderboard"
    assert {p["name"] for p in listed["leaderboard"]["params"]} == {"dataset", "metric", "setting", "page"}


def test_api_runs_leaderboard_json_and_csv(client):
    r = client.get("/api/queries/leaderboard?dataset=ImageNet&metric=top-1%20accuracy")
    assert r.status_code == 200 and r.content_type == "application/json"
    data = r.get_json()
    assert "methodLabel" in data["columns"]
    assert [(row["methodLabel"], row["value"]) for row in data["rows"]] == [
        ("AlphaNet", 81.5), ("BetaNet", 79.4)
    ]  # fmt: skip
    r = client.get("/api/queries/leaderboard", query_string={"dataset": "dataset:imagenet",
                   "metric": "top-1 accuracy", "format": "csv"})  # fmt: skip
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert [row["methodLabel"] for row in rows] == ["AlphaNet", "BetaNet"]
    r = client.get("/api/queries/leaderboard?dataset=ImageNet&metric=top-1%20accuracy",
                   headers={"Accept": "application/sparql-results+json"})  # fmt: skip
    assert "results" in json.loads(r.data)


def test_api_parameters_are_bound_not_pasted(client):
    r = client.get("/api/queries/lookup", query_string={"q": 'imagenet" } #'})
    assert r.status_code == 200 and r.get_json()["rows"] == []
    r = client.get("/api/queries/lookup", query_string={"q": "ImageNet-1K"})
    assert [row["prefLabel"] for row in r.get_json()["rows"]] == ["ImageNet"]


def test_api_errors_are_json(client):
    r = client.get("/api/queries/nope")
    assert r.status_code == 404 and "no named query" in r.get_json()["error"]
    r = client.get("/api/queries/leaderboard?colour=blue")
    assert r.status_code == 400 and "colour" in r.get_json()["error"]
    r = client.get("/api/queries/leaderboard", headers={"Accept": "text/turtle"})
    assert r.status_code == 406


def test_api_names_an_entity_by_any_of_its_aliases(client):
    """A plain name is the entity that has it as a label or alias: an alias used to mint an IRI the
    graph does not have ("MS COCO" -> dataset:ms-coco, "ResNet" -> method:resnet on sota-arxiv, where
    the entities are COCO and "Residual Network (ResNet)"), so the answer was silently empty."""
    pair = {"dataset": "imagenet-1k", "metric": "Top-1 Accuracy"}
    r = client.get("/api/queries/leaderboard", query_string=pair)
    assert r.status_code == 200 and [row["methodLabel"] for row in r.get_json()["rows"]] == ["AlphaNet", "BetaNet"]
    r = client.get("/api/queries/leaderboard", query_string=pair | {"dataset": "No Such Set"})
    assert r.status_code == 404
    error = r.get_json()["error"]
    assert "no dataset in the graph is called 'No Such Set'" in error and "/api/queries/lookup?q=No+Such+Set" in error
    # an IRI or a prefixed name is taken as given
    r = client.get("/api/queries/leaderboard", query_string=pair | {"dataset": "dataset:no-such-set"})
    assert r.status_code == 200 and r.get_json()["rows"] == []


def test_sota_progression_dates_a_paper_by_its_arxiv_id(tmp_path):
    """Papers whose input gives no date (all of sota-arxiv's) are dated by their arXiv id's month,
    as the pages' charts date them: the stored state-of-the-art records and sota_progression were
    empty on a graph of all sota-arxiv, while the ImageNet page drew its best-so-far line."""
    from dataclasses import replace

    from kg.rdf import IriScheme, paper_quads, shared_quads

    scheme, store = IriScheme(), KgStore(tmp_path / "kg")
    store.add_shared(shared_quads(scheme, ENTITIES, [("mlkg-rules", "test")]))
    store.replace_papers((scheme.paper_graph(p), paper_quads(scheme, replace(p, date=None), e)) for p, e in papers())
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        r = app.test_client().get("/api/queries/sota_progression?dataset=ImageNet&metric=top-1%20accuracy")
        assert r.status_code == 200
        assert [(row["issued"], row["methodLabel"]) for row in r.get_json()["rows"]] == [("2024-01-01", "AlphaNet")]
    finally:
        app.extensions["mlkg"].close()


def test_openapi_document(client):
    doc = client.get("/api/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    assert "/api/queries/leaderboard" in doc["paths"]
    op = doc["paths"]["/api/queries/leaderboard"]["get"]
    assert {p["name"] for p in op["parameters"]} == {"dataset", "metric", "setting", "page", "format"}
    page = next(p for p in op["parameters"] if p["name"] == "page")
    assert page["schema"]["type"] == "integer" and not page["required"]
    assert set(doc["paths"]) == {"/api/queries"} | {f"/api/queries/{n}" for n in load_queries()}


def test_api_in_worker_processes(tmp_path):
    build_store(tmp_path / "kg")
    app = create_app(settings(tmp_path / "kg"), workers=1)
    try:
        r = app.test_client().get("/api/queries/lookup?q=imagenet-1k")
        assert [row["prefLabel"] for row in r.get_json()["rows"]] == ["ImageNet"]
    finally:
        app.extensions["mlkg"].close()
