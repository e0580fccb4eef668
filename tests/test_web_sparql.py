"""The SPARQL 1.1 Protocol endpoint through Flask's test client: requests, negotiation, limits."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from web_fixtures import TOKEN, build_store, fill, settings

from kg.errors import MlkgError
from kg.store import KgStore
from kg.web import create_app

PAPERS = "SELECT ?p ?title WHERE { ?p a mlkg:Paper ; dcterms:title ?title } ORDER BY ?title"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def app(tmp_path):
    """Thread engine over a writable store with updates on (token TOKEN)."""
    store = fill(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg", allow_updates=True, update_token=TOKEN), store)
    yield app
    app.extensions["mlkg"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def solutions(response) -> list[dict]:
    data = json.loads(response.data)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# ---------------------------------------------------------------- query forms


def test_get_post_form_and_post_direct_agree(client):
    by_get = client.get("/sparql", query_string={"query": PAPERS})
    by_form = client.post("/sparql", data={"query": PAPERS})
    by_direct = client.post("/query", data=PAPERS, content_type="application/sparql-query")
    assert by_get.status_code == by_form.status_code == by_direct.status_code == 200
    assert by_get.data == by_form.data == by_direct.data
    rows = solutions(by_get)
    assert len(rows) == 3
    assert {r["title"] for r in rows} >= {"AlphaNet: a network", "BetaNet: a network"}


def test_union_default_graph_and_project_prefixes(client):
    # entity labels live in the shared graph, links in paper graphs: the union joins them
    q = "SELECT ?label WHERE { ?p mlkg:proposes ?m . ?m skos:prefLabel ?label } ORDER BY ?label"
    rows = solutions(client.get("/sparql", query_string={"query": q}))
    assert [r["label"] for r in rows] == ["AlphaNet", "BetaNet"]


def test_protocol_dataset_replaces_the_union(client):
    entities = "https://w3id.org/mlkg/graph/entities"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?p a mlkg:Paper }"
    inside = client.get("/sparql", query_string={"query": q, "default-graph-uri": entities})
    assert solutions(inside) == [{"n": "0"}]
    named = client.get("/sparql", query_string={
        "query": "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        "named-graph-uri": entities,
    })  # fmt: skip
    assert solutions(named) == [{"g": entities}]


def test_query_from_clause_is_respected(client):
    q = ("SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/mlkg/graph/entities> "
         "WHERE { ?p a mlkg:Paper }")  # fmt: skip
    assert solutions(client.get("/sparql", query_string={"query": q})) == [{"n": "0"}]


def test_malformed_query_is_400_with_parser_message(client):
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE {"})
    assert r.status_code == 400
    assert r.content_type.startswith("text/plain")
    assert "malformed query" in r.get_data(as_text=True)
    assert "Traceback" not in r.get_data(as_text=True)


def test_service_is_refused(client):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 400 and "SERVICE" in r.get_data(as_text=True)


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"method": "PUT", "query_string": {"query": "ASK {}"}}, 405),
        ({"method": "GET", "query_string": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),
        ({"method": "GET", "query_string": {"update": "CLEAR ALL"}}, 400),
        ({"method": "POST", "data": "ASK {}", "content_type": "text/plain"}, 415),
        ({"method": "POST", "data": "ASK {}"}, 415),
        ({"method": "POST", "data": "ASK {}".encode("utf-16"),
          "content_type": "application/sparql-query; charset=UTF-16"}, 415),
        ({"method": "POST", "data": b"ASK { \xff }", "content_type": "application/sparql-query"}, 400),
        ({"method": "POST", "data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400),
        ({"method": "POST", "data": {}, "content_type": FORM}, 400),
    ],
)  # fmt: skip
def test_protocol_errors(client, kwargs, status):
    assert client.open("/sparql", **kwargs).status_code == status


# ---------------------------------------------------------------- negotiation

SELECT_ONE = 'SELECT ?s ?label WHERE { BIND(<http://ex/a> AS ?s) BIND("x, \\"y\\"" AS ?label) }'


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv; charset=utf-8"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
        ("text/csv;q=0.4, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
        ("application/sparql-results+json;q=0.1, text/tab-separated-values",
         "text/tab-separated-values; charset=utf-8"),
        ("application/json", "application/sparql-results+json"),
    ],
)  # fmt: skip
def test_select_negotiation(client, accept, content_type):
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql", query_string={"query": SELECT_ONE}, headers=headers)
    assert r.status_code == 200
    assert r.headers["Content-Type"] == content_type
    assert "Accept" in r.headers["Vary"]


def test_select_serializations_parse(client):
    get = lambda fmt: client.get("/sparql", query_string={"query": SELECT_ONE, "format": fmt})  # noqa: E731
    assert solutions(get("json")) == [{"s": "http://ex/a", "label": 'x, "y"'}]
    root = ET.fromstring(get("xml").data)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [e.text for e in root.iter(ns + "literal")] == ['x, "y"']
    assert list(csv.reader(io.StringIO(get("csv").get_data(as_text=True)))) == [
        ["s", "label"], ["http://ex/a", 'x, "y"']
    ]  # fmt: skip
    assert get("tsv").get_data(as_text=True) == '?s\t?label\n<http://ex/a>\t"x, \\"y\\""\n'
    # our writers agree with pyoxigraph's own
    store = ox.Store()
    for fmt, native in (("csv", ox.QueryResultsFormat.CSV), ("tsv", ox.QueryResultsFormat.TSV)):
        expected = store.query(SELECT_ONE).serialize(format=native)
        assert get(fmt).data == expected


def test_results_match_pyoxigraph_parser(client):
    q = """SELECT ?i ?d ?l ?b ?u WHERE {
        VALUES (?i ?d ?l ?b) { (1 2.5 "chat"@fr true) }
        OPTIONAL { ?x <http://nothing> ?u } }"""
    for fmt, native in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                        ("tsv", ox.QueryResultsFormat.TSV)):  # fmt: skip
        body = client.get("/sparql", query_string={"query": q, "format": fmt}).data
        parsed = list(ox.parse_query_results(body, format=native))
        assert [[s[v] for v in ("i", "d", "l", "b", "u")] for s in parsed] == [[
            ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            ox.Literal("2.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
            ox.Literal("chat", language="fr"),
            ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")),
            None,
        ]]  # fmt: skip


def test_ask(client):
    r = client.get("/sparql", query_string={"query": "ASK { ?p a mlkg:Paper }"})
    assert json.loads(r.data) == {"head": {}, "boolean": True}
    r = client.get("/sparql", query_string={"query": "ASK { ?p a mlkg:Nothing }"},
                   headers={"Accept": "application/sparql-results+xml"})  # fmt: skip
    assert b"<boolean>false</boolean>" in r.data


CONSTRUCT = "CONSTRUCT { ?m a mlkg:Method } WHERE { ?m a mlkg:Method }"


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        (None, ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/n-quads", ox.RdfFormat.N_QUADS),
        ("application/trig", ox.RdfFormat.TRIG),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("text/turtle;q=0.2, application/rdf+xml;q=0.9", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_negotiation(client, accept, fmt):
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers=headers)
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == fmt.media_type
    assert len(list(ox.parse(r.data, format=fmt))) == 3


def test_describe_and_format_parameter(client):
    r = client.get("/sparql", query_string={"query": "DESCRIBE method:alphanet", "format": "nt"})
    assert r.headers["Content-Type"] == "application/n-triples"
    assert b"AlphaNet" in r.data
    # format= names the kind's own format: xml is RDF/XML for graphs, results XML for SELECT
    r = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "xml"})
    assert r.headers["Content-Type"] == "application/rdf+xml"


def test_unacceptable_and_unknown_formats(client):
    r = client.get("/sparql", query_string={"query": PAPERS}, headers={"Accept": "text/turtle"})
    assert r.status_code == 406
    r = client.get("/sparql", query_string={"query": PAPERS, "format": "docx"})
    assert r.status_code == 400


# ---------------------------------------------------------------- limits


def test_max_rows_cuts_and_warns(tmp_path):
    store = fill(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg", max_rows=2), store)
    client = app.test_client()
    r = client.get("/sparql", query_string={"query": PAPERS})
    assert len(solutions(r)) == 2
    assert r.headers["X-Mlkg-Max-Rows"] == "2"
    assert "max_rows" in r.headers["Warning"]
    r = client.get("/sparql", query_string={"query": PAPERS + " LIMIT 2"})
    assert len(solutions(r)) == 2 and "Warning" not in r.headers
    r = client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s a ?t }", "format": "nt"})
    assert r.data.count(b"\n") == 2 and r.headers["X-Mlkg-Max-Rows"] == "2"


def test_body_too_large_is_413(client):
    big = "ASK {} #" + "x" * (1 << 20)
    r = client.post("/sparql", data=big, content_type="application/sparql-query")
    assert r.status_code == 413


# about 1 s here: a thread cannot be stopped, so the abandoned query should not run for long
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_timeout_in_thread_mode(tmp_path):
    store = fill(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg", query_timeout=0.3), store)
    r = app.test_client().get("/sparql", query_string={"query": SLOW})
    assert r.status_code == 503
    assert "exceeded the 0.3 s limit" in r.get_data(as_text=True)
    # while the abandoned query finishes in its thread, others are served
    r = app.test_client().get("/sparql", query_string={"query": "ASK { ?p a mlkg:Paper }"})
    assert r.status_code == 200


# ---------------------------------------------------------------- updates

INSERT = "INSERT DATA { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> <rel> } }"


def test_updates_need_the_token(client):
    r = client.post("/update", data={"update": INSERT})
    assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("Bearer")
    r = client.post("/update", data={"update": INSERT}, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/update", data=INSERT, content_type="application/sparql-update", headers=auth)
    assert r.status_code == 204
    # relative IRIs resolve against the endpoint
    ask = "ASK { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> <http://localhost/rel> } }"
    assert json.loads(client.get("/sparql", query_string={"query": ask}).data)["boolean"]
    r = client.post("/sparql", data={"update": "CLEAR XYZ"}, headers=auth)
    assert r.status_code == 400 and "malformed update" in r.get_data(as_text=True)


def test_update_refreshes_home_counts(client):
    assert b">3</span>" in client.get("/").data
    auth = {"Authorization": f"Bearer {TOKEN}"}
    # a failing update is one transaction: nothing of it is written
    failing = (
        "INSERT DATA { GRAPH <http://ex/g> { <http://ex/p4> a mlkg:Paper } } ; DROP GRAPH <http://ex/none>"
    )
    r = client.post("/update", data={"update": failing}, headers=auth)
    assert r.status_code == 400 and "does not exist" in r.get_data(as_text=True)
    assert b">3</span>" in client.get("/").data
    r = client.post("/update", data={"update": failing.replace("DROP", "DROP SILENT")}, headers=auth)
    assert r.status_code == 204
    assert b">4</span>" in client.get("/").data


def test_updates_forbidden_by_default(tmp_path):
    build_store(tmp_path / "kg")
    app = create_app(settings(tmp_path / "kg"))
    client = app.test_client()
    r = client.post("/sparql", data={"update": INSERT}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert client.post("/update", data=INSERT, content_type="application/sparql-update").status_code == 403
    app.extensions["mlkg"].close()


def test_allow_updates_without_token_is_refused(tmp_path):
    with pytest.raises(MlkgError, match="update_token"):
        create_app(settings(tmp_path / "kg", allow_updates=True))


def test_using_graph_uri_parameters(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    update = "INSERT { GRAPH <http://ex/out> { ?m a <http://ex/Seen> } } WHERE { ?m a mlkg:Method }"
    r = client.post("/update?using-graph-uri=https://w3id.org/mlkg/graph/entities",
                    data=update, content_type="application/sparql-update", headers=auth)  # fmt: skip
    assert r.status_code == 204
    count = "SELECT (COUNT(*) AS ?n) { GRAPH <http://ex/out> { ?s ?p ?o } }"
    assert solutions(client.get("/sparql", query_string={"query": count})) == [{"n": "3"}]
    r = client.post("/update?using-graph-uri=http://ex/a", headers=auth,
                    data="WITH <http://ex/b> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                    content_type="application/sparql-update")  # fmt: skip
    assert r.status_code == 400


# ---------------------------------------------------------------- service description, CORS


def test_service_description(client):
    r = client.get("/sparql")
    assert r.headers["Content-Type"].startswith("text/turtle")
    graph = list(ox.parse(r.data, format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    endpoints = [t.object.value for t in graph if t.predicate.value == sd + "endpoint"]
    assert endpoints == ["http://localhost/sparql"]
    objects = {t.object.value for t in graph}
    assert {sd + "UnionDefaultGraph", sd + "SPARQL11Query", sd + "SPARQL11Update"} <= objects
    assert "http://www.w3.org/ns/formats/SPARQL_Results_CSV" in objects
    r = client.get("/query", headers={"Accept": "application/ld+json"})
    assert r.headers["Content-Type"] == "application/ld+json"
    assert "http://localhost/query" in r.get_data(as_text=True)


def test_query_page_for_browsers(client):
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/sparql", headers={"Accept": accept})
    assert r.status_code == 200 and r.content_type.startswith("text/html")
    assert b"<textarea" in r.data and b"mlkg:Paper" in r.data


def test_cors_off_by_default(client):
    r = client.get("/sparql?query=ASK{}", headers={"Origin": "https://example.org"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_cors_for_listed_origins(tmp_path):
    store = fill(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg", cors_origins="https://a.example, https://b.example"), store)
    client = app.test_client()
    r = client.get("/sparql?query=ASK{}", headers={"Origin": "https://b.example"})
    assert r.headers["Access-Control-Allow-Origin"] == "https://b.example"
    assert "Origin" in r.headers["Vary"]
    r = client.get("/sparql?query=ASK{}", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers
    r = client.options("/sparql", headers={
        "Origin": "https://a.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, authorization",
    })  # fmt: skip
    assert r.status_code in (200, 204)
    assert r.headers["Access-Control-Allow-Origin"] == "https://a.example"
    assert "POST" in r.headers["Access-Control-Allow-Methods"]
    assert r.headers["Access-Control-Allow-Headers"] == "content-type, authorization"


# ---------------------------------------------------------------- the two doors


def _call(wsgi_app, environ) -> tuple[int, dict, bytes]:
    out = {}

    def start_response(status, headers, exc_info=None):
        out["status"], out["headers"] = int(status.split()[0]), headers

    chunks = wsgi_app(environ, start_response)
    try:
        body = b"".join(chunks)
    finally:
        if hasattr(chunks, "close"):
            chunks.close()
    return out["status"], {k.lower(): v for k, v in out["headers"]}, body


@pytest.mark.parametrize("request_args", [
    {"method": "GET", "query_string": {"query": PAPERS, "format": "csv"}},
    {"method": "HEAD", "query_string": {"query": PAPERS}},
    {"method": "POST", "data": {"query": "SELECT ?s WHERE { ?s a mlkg:Paper }"},
     "query_string": {"default-graph-uri": "https://w3id.org/mlkg/paper/w1"}},
    {"method": "POST", "data": {"query": PAPERS, "format": "tsv"}},
    {"method": "POST", "data": PAPERS, "content_type": "application/sparql-query",
     "query_string": {"format": "xml"}, "headers": {"Origin": "https://a.example"}},
    {"method": "POST", "data": "INSERT DATA { <http://x/a> <http://x/b> 1 }",
     "content_type": "application/sparql-update"},
    {"method": "POST", "data": "INSERT DATA { <http://x/a> <http://x/b> 1 }",
     "content_type": "application/sparql-update", "headers": {"Authorization": "Bearer " + TOKEN}},
    {"method": "POST", "data": {"update": "CLEAR GRAPH <http://x/none>", "query": "ASK {}"}},
    {"method": "POST", "data": "ASK {}", "content_type": "text/plain"},
    {"method": "POST", "data": "ASK {} #" + "x" * (1 << 20), "content_type": "application/sparql-query"},
    {"method": "GET", "query_string": {"query": "SELECT ?x WHERE {"}},
    {"method": "GET", "query_string": {"query": "ASK {}"}, "headers": {"Accept": "text/turtle"}},
], ids=["get-csv", "head", "form-dataset", "form-format", "direct-cors", "update-no-token", "update",
        "form-both", "bad-type", "too-large", "malformed", "not-acceptable"])  # fmt: skip
def test_fast_path_and_flask_views_answer_alike(tmp_path, request_args):
    """The fast path and the Flask views read requests and write answers with the same
    functions: the same request gets the same status, headers and body from both."""
    from werkzeug.test import EnvironBuilder

    store = fill(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg", allow_updates=True, update_token=TOKEN,
                              cors_origins="https://a.example"), store)  # fmt: skip
    fast, flask_door = app.wsgi_app, app.wsgi_app.wsgi_app
    answers = []
    for door in (fast, flask_door):
        environ = EnvironBuilder(path="/sparql", **request_args).get_environ()
        status, headers, body = _call(door, environ)
        answers.append((status, {k: v for k, v in headers.items() if k != "content-length" or status != 204},
                        body))  # fmt: skip
    (s1, h1, b1), (s2, h2, b2) = answers
    assert s1 == s2 and b1 == b2
    for name in ("content-type", "vary", "warning", "access-control-allow-origin", "www-authenticate"):
        assert h1.get(name) == h2.get(name), name
    app.extensions["mlkg"].close()
