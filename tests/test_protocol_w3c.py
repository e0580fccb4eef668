"""The W3C SPARQL 1.1 Protocol test suite, as raw HTTP against the app on a real port.

Reads ../shared/w3c-sparql-protocol/protocol/manifest.ttl (34 tests) and sends
each test's requests with http.client, exactly as written (method, path,
headers, body bytes in the stated encoding), to a waitress server. The store is
reset and the test's graphs preloaded before each test. Update requests get the
server's bearer token, as any client of an update-enabled mlkg would send.

The suite runs four times: all tests against an update-enabled app (queries in
threads), and the query tests against a read-only app (queries in worker
processes), both under waitress in this process; then all tests against a real
`kg serve --allow-updates` (granian, one worker; the store reset and loaded with
SPARQL Update) and the query tests against a read-only `kg serve` with its
worker processes.
"""

from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.collection import Collection
from web_fixtures import TOKEN, kg_serve, running, settings

from kg.store import KgStore
from kg.web import create_app

SUITE = Path(__file__).resolve().parents[1].parent / "shared" / "w3c-sparql-protocol" / "protocol"
MANIFEST = SUITE / "manifest.ttl"

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")

BOOLEAN_TYPES = {"application/sparql-results+json", "application/sparql-results+xml"}
TABULAR_TYPES = BOOLEAN_TYPES | {"text/csv", "text/tab-separated-values"}
RDF_TYPES = {"application/rdf+xml", "text/turtle", "application/n-triples", "text/plain",
             "application/xhtml+xml", "text/html"}  # fmt: skip


def load_suite() -> list[dict]:
    """The manifest's tests, in order, as plain dicts."""
    if not MANIFEST.exists():
        return []
    g = rdflib.Graph().parse(MANIFEST, format="turtle", publicID=MANIFEST.as_uri())
    manifest = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    tests = []
    for test in Collection(g, g.value(manifest, MF.entries)):
        graphs = []
        for data in g.objects(test, UT.graphData):
            file = Path(urlsplit(str(g.value(data, UT.graph))).path).name
            graphs.append((SUITE / file, str(g.value(data, rdflib.RDFS.label))))
        requests = []
        action = g.value(test, MF.action)
        for req in Collection(g, g.value(action, HT.requests)):
            headers = {}
            if (header_list := g.value(req, HT.headers)) is not None:
                for h in Collection(g, header_list):
                    headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = None
            if (b := g.value(req, HT.body)) is not None:
                encoding = str(g.value(b, CNT.characterEncoding) or "UTF-8")
                body = str(g.value(b, CNT.chars)).encode(encoding.lower())
            resp = g.value(req, HT.resp)
            boolean = g.value(resp, MF.expectedBoolean)
            requests.append({
                "method": str(g.value(req, HT.methodName)),
                "path": str(g.value(req, HT.absolutePath)),
                "headers": headers,
                "body": body,
                "status": {str(s).rsplit("#", 1)[1] for s in g.objects(resp, MF.expectedStatus)},
                "format": str(g.value(resp, MF.expectedFormat) or "") or None,
                "boolean": None if boolean is None else boolean.toPython(),
            })  # fmt: skip
        name = str(test).rsplit("#", 1)[1]
        tests.append({"name": name, "graphs": graphs, "requests": requests})
    return tests


SUITE_TESTS = load_suite()
IDS = [t["name"] for t in SUITE_TESTS]
needs_suite = pytest.mark.skipif(not SUITE_TESTS, reason="../shared/w3c-sparql-protocol is not available")
pytestmark = [needs_suite, pytest.mark.shared]


def is_update(request: dict) -> bool:
    content_type = request["headers"].get("content-type", "")
    return content_type.startswith("application/sparql-update") or (request["body"] or b"").startswith(
        b"update="
    )


def send(base: str, request: dict) -> tuple[int, str, bytes]:
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = dict(request["headers"])
    if is_update(request):
        headers["Authorization"] = f"Bearer {TOKEN}"
    try:
        conn.request(request["method"], request["path"], body=request["body"], headers=headers)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type") or "", response.read()
    finally:
        conn.close()


def parse_boolean(content_type: str, body: bytes) -> bool:
    if content_type == "application/sparql-results+json":
        return json.loads(body)["boolean"]
    root = ET.fromstring(body)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text.strip() == "true"


def check(request: dict, status: int, content_type: str, body: bytes) -> None:
    kind = f"StatusCode{status // 100}xx"
    assert kind in request["status"], f"status {status}, expected {request['status']}: {body[:300]!r}"
    media = content_type.split(";")[0].strip().lower()
    if request["format"] == "boolean":
        assert media in BOOLEAN_TYPES, content_type
        value = parse_boolean(media, body)
        if request["boolean"] is not None:
            assert value is request["boolean"]
    elif request["format"] == "tabular":
        assert media in TABULAR_TYPES, content_type
    elif request["format"] == "RDF":
        assert media in RDF_TYPES, content_type


def run_test(base: str, test: dict) -> None:
    for request in test["requests"]:
        check(request, *send(base, request))


def preload(store: ox.Store, test: dict) -> None:
    store.clear()
    for path, graph in test["graphs"]:
        store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))


@pytest.fixture(scope="module")
def update_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("w3c") / "kg"
    store = KgStore(path)
    app = create_app(settings(path, allow_updates=True, update_token=TOKEN), store)
    with running(app) as base:
        yield base, store.store


@pytest.mark.parametrize("test", SUITE_TESTS, ids=IDS)
def test_w3c_protocol(update_server, test):
    base, store = update_server
    preload(store, test)
    run_test(base, test)


def preload_all(path) -> None:
    """A store at ``path`` holding the graphs of every suite test (for read-only servers)."""
    store = KgStore(path)
    preload(store.store, {"graphs": [t for test in SUITE_TESTS for t in test["graphs"]]})
    store.flush()
    del store


@pytest.fixture(scope="module")
def read_only_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("w3c-ro") / "kg"
    preload_all(path)
    app = create_app(settings(path), workers=2)
    assert app.extensions["mlkg"].uses_processes
    with running(app) as base:
        yield base


QUERY_TESTS = [t for t in SUITE_TESTS if not any(is_update(r) for r in t["requests"])]


@pytest.mark.parametrize("test", QUERY_TESTS, ids=[t["name"] for t in QUERY_TESTS])
def test_w3c_protocol_queries_in_worker_processes(read_only_server, test):
    run_test(read_only_server, test)


def test_suite_is_complete():
    assert len(SUITE_TESTS) == 34
    assert len(QUERY_TESTS) >= 20


# ---------------------------------------------------------------- the same, against `kg serve`


def preload_over_http(base: str, test: dict) -> None:
    """Reset an update-enabled server's store and load the test's graphs, with SPARQL Update."""
    parts = ["CLEAR ALL"]
    for path, graph in test["graphs"]:
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{ {path.read_text()} }} }}")
    status, _, body = send(base, {"method": "POST", "path": "/update", "body": " ;\n".join(parts).encode(),
                                  "headers": {"content-type": "application/sparql-update"}})  # fmt: skip
    assert status == 204, body


@pytest.fixture(scope="module")
def kg_serve_update_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("w3c-serve") / "kg"
    del_store = KgStore(path)
    del del_store
    with kg_serve(path, "--allow-updates", "--update-token", TOKEN) as server:
        yield server.url


@pytest.mark.parametrize("test", SUITE_TESTS, ids=IDS)
def test_w3c_protocol_on_kg_serve(kg_serve_update_server, test):
    preload_over_http(kg_serve_update_server, test)
    run_test(kg_serve_update_server, test)


@pytest.fixture(scope="module")
def kg_serve_read_only(tmp_path_factory):
    path = tmp_path_factory.mktemp("w3c-serve-ro") / "kg"
    preload_all(path)
    with kg_serve(path) as server:
        assert len(server.workers()) >= 2
        yield server.url


@pytest.mark.parametrize("test", QUERY_TESTS, ids=[t["name"] for t in QUERY_TESTS])
def test_w3c_protocol_queries_on_kg_serve_workers(kg_serve_read_only, test):
    run_test(kg_serve_read_only, test)
