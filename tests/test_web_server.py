"""The app on a real port: worker-process queries and timeouts, serve(), and real SPARQL clients."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, N3, POST, TURTLE, XML, SPARQLWrapper
from web_fixtures import (
    ROOT,
    TOKEN,
    KgServe,
    build_store,
    fill,
    free_port,
    kg_serve,
    running,
    settings,
    wait_for,
)

from kg.store import KgStore
from kg.web import create_app

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
PAPERS = "SELECT ?p ?title WHERE { ?p a mlkg:Paper ; dcterms:title ?title } ORDER BY ?title"


def get(url: str, headers: dict | None = None, timeout: float = 30):
    """(status, headers, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def query_url(base: str, query: str, **params) -> str:
    return base + "/sparql?" + urllib.parse.urlencode({"query": query, **params})


@pytest.fixture(scope="module")
def process_server(tmp_path_factory):
    """A read-only app with 2 worker processes and a 3 s query limit.

    3 s leaves room for the concurrent ASK to answer well inside the limit even on
    a loaded CI machine (with 1 s the test failed under load).
    """
    path = build_store(tmp_path_factory.mktemp("srv") / "kg")
    app = create_app(settings(path, query_timeout=3.0), workers=2)
    assert app.extensions["mlkg"].uses_processes
    with running(app) as base:
        yield base


def start_slow_query(base: str) -> tuple[threading.Thread, dict]:
    """Send the runaway query SLOW from a thread; ``results`` gets its answer and duration."""
    results: dict = {}

    def slow():
        t = time.monotonic()
        results["slow"] = get(query_url(base, SLOW))
        results["slow_seconds"] = time.monotonic() - t
        results["slow_answered_at"] = time.monotonic()

    thread = threading.Thread(target=slow)
    thread.start()
    return thread, results


def test_worker_processes_answer_queries(process_server):
    status, headers, body = get(query_url(process_server, PAPERS))
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 3


def test_timeout_kills_the_query_and_others_are_served(process_server):
    thread, results = start_slow_query(process_server)
    time.sleep(0.2)
    # while the slow query runs, the second worker still answers
    status, _, _ = get(query_url(process_server, "ASK { ?p a mlkg:Paper }"))
    fast_answered_at = time.monotonic()
    assert status == 200
    thread.join(timeout=30)
    # answered before the slow query's worker was killed, not queued behind it (an order, not a
    # time limit: a loaded CI machine can take seconds for the ASK, but never 3 s plus a kill)
    assert fast_answered_at < results["slow_answered_at"]
    status, _, body = results["slow"]
    assert status == 503
    assert b"exceeded the 3 s limit" in body
    assert results["slow_seconds"] < 8
    # the killed worker is replaced: both slots work again
    for _ in range(3):
        assert get(query_url(process_server, "ASK {}"))[0] == 200


def test_malformed_query_from_worker_is_400(process_server):
    status, _, body = get(query_url(process_server, "SELECT ?x WHERE { ?x"))
    assert status == 400 and b"malformed query" in body


def test_large_result_streams_in_chunks(tmp_path):
    store = KgStore(tmp_path / "kg")
    store.store.update(
        "INSERT { GRAPH <http://ex/g> { ?s <http://ex/p> ?o } } WHERE { "
        + " ".join(f"VALUES ?d{i} {{ 0 1 2 3 4 5 6 7 8 9 }}" for i in range(5))
        + " BIND(IRI(CONCAT('http://ex/s', STR(?d0), STR(?d1), STR(?d2), STR(?d3), STR(?d4))) AS ?s)"
        " BIND(CONCAT('value ', STR(?d4), STR(?d3), STR(?d2), STR(?d1), STR(?d0)) AS ?o) }"
    )
    store.flush()
    del store
    app = create_app(settings(tmp_path / "kg"), workers=1)
    with running(app) as base:
        url = query_url(base, "SELECT ?s ?o WHERE { ?s <http://ex/p> ?o }", format="csv")
        with urllib.request.urlopen(url, timeout=60) as r:
            assert r.headers["Transfer-Encoding"] == "chunked"
            lines = r.read().splitlines()
    assert len(lines) == 100_001


# ---------------------------------------------------------------- serve() as a process


def test_serve_in_a_subprocess(tmp_path):
    path = build_store(tmp_path / "kg")
    port = free_port()
    code = (
        "from kg.settings import Settings; from kg.web import serve; "
        f"serve(Settings(store={str(path)!r}, port={port}))"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"

    def output() -> str:
        proc.kill()
        return proc.communicate()[1]

    try:
        wait_for(base + "/", output=output)
        status, _, body = get(base + "/")
        assert status == 200 and b"Papers" in body
        status, _, body = get(query_url(base, "SELECT (COUNT(*) AS ?n) { ?p a mlkg:Paper }"))
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "3"
    finally:
        proc.terminate()
        err = proc.communicate(timeout=20)[1]
    assert f"serving http://127.0.0.1:{port}/" in err


# ---------------------------------------------------------------- real clients


@pytest.fixture(scope="module", params=["waitress", "kg-serve"])
def update_server(tmp_path_factory, request):
    """An update-enabled server: the app under waitress in this process, or a real `kg serve`."""
    path = tmp_path_factory.mktemp("clients") / "kg"
    store = fill(KgStore(path))
    if request.param == "kg-serve":
        del store  # kg serve opens it itself
        with kg_serve(path, "--allow-updates", "--update-token", TOKEN) as server:
            yield server.url
        return
    app = create_app(settings(path, allow_updates=True, update_token=TOKEN), store)
    with running(app) as base:
        yield base


@pytest.fixture(scope="module")
def read_only_kg_serve(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("clients-ro") / "kg")
    with kg_serve(path) as server:
        yield server.url


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_and_rdflib_on_read_only_kg_serve(read_only_kg_serve, method):
    sparql = SPARQLWrapper(read_only_kg_serve + "/sparql")
    sparql.setMethod(method)
    sparql.setQuery(
        "PREFIX mlkg: <https://w3id.org/mlkg/ns#> PREFIX dcterms: <http://purl.org/dc/terms/>\n" + PAPERS
    )
    for fmt, check in ((JSON, lambda r: len(r["results"]["bindings"]) == 3),
                       (XML, lambda r: len(r.getElementsByTagName("result")) == 3),
                       (CSV, lambda r: r.decode().splitlines()[0] == "p,title")):  # fmt: skip
        sparql.setReturnFormat(fmt)
        assert check(sparql.queryAndConvert())
    graph = rdflib.Dataset(
        SPARQLStore(read_only_kg_serve + "/sparql", returnFormat="json"), default_union=True
    )
    assert len(set(graph.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/mlkg/ns#Paper")))) == 3
    status, _, _ = get(read_only_kg_serve + "/update", {"Content-Type": "application/sparql-update"})
    assert status == 405  # GET on /update
    request = urllib.request.Request(read_only_kg_serve + "/update", data=b"INSERT DATA { <x:a> <x:b> <x:c> }",
                                     headers={"Content-Type": "application/sparql-update"}, method="POST")  # fmt: skip
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("an update on a read-only server succeeded")
    except urllib.error.HTTPError as e:
        assert e.code == 403


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_select(update_server, method):
    sparql = SPARQLWrapper(update_server + "/sparql")
    sparql.setMethod(method)
    sparql.setQuery(
        "PREFIX mlkg: <https://w3id.org/mlkg/ns#> PREFIX dcterms: <http://purl.org/dc/terms/>\n" + PAPERS
    )
    sparql.setReturnFormat(JSON)
    rows = sparql.queryAndConvert()["results"]["bindings"]
    assert [r["title"]["value"] for r in rows][:2] == ["AlphaNet: a network", "BetaNet: a network"]
    sparql.setReturnFormat(XML)
    assert len(sparql.queryAndConvert().getElementsByTagName("result")) == 3
    sparql.setReturnFormat(CSV)
    assert sparql.queryAndConvert().decode().splitlines()[0] == "p,title"


# SPARQLWrapper 2.0 builds rdflib's deprecated ConjunctiveGraph for RDF results
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_sparqlwrapper_ask_construct(update_server):
    sparql = SPARQLWrapper(update_server + "/query")
    sparql.setQuery("ASK { ?p a <https://w3id.org/mlkg/ns#Paper> }")
    sparql.setReturnFormat(JSON)
    assert sparql.queryAndConvert()["boolean"] is True
    sparql.setQuery("CONSTRUCT WHERE { ?m a <https://w3id.org/mlkg/ns#Method> }")
    for fmt in (TURTLE, XML, N3):
        sparql.setReturnFormat(fmt)
        result = sparql.queryAndConvert()
        graph = result if isinstance(result, rdflib.Graph) else rdflib.Graph().parse(data=result)
        assert len(graph) == 3, fmt


def test_sparqlwrapper_update_with_token(update_server):
    sparql = SPARQLWrapper(update_server + "/sparql", updateEndpoint=update_server + "/update")
    sparql.setMethod(POST)
    sparql.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    sparql.setQuery("INSERT DATA { GRAPH <http://ex/w> { <http://ex/a> <http://ex/b> 'wrapper' } }")
    sparql.query()
    sparql.setQuery("ASK { <http://ex/a> <http://ex/b> 'wrapper' }")
    sparql.setReturnFormat(JSON)
    assert sparql.queryAndConvert()["boolean"] is True


def test_rdflib_sparqlstore(update_server):
    store = SPARQLStore(update_server + "/sparql", returnFormat="json")
    graph = rdflib.Dataset(store, default_union=True)
    mlkg = rdflib.Namespace("https://w3id.org/mlkg/ns#")
    papers = set(graph.subjects(rdflib.RDF.type, mlkg.Paper))
    assert len(papers) == 3
    rows = list(graph.query("SELECT ?t WHERE { ?p a mlkg:Paper ; dcterms:title ?t } ORDER BY ?t",
                            initNs={"mlkg": mlkg, "dcterms": rdflib.DCTERMS}))  # fmt: skip
    assert str(rows[0].t) == "AlphaNet: a network"
    assert len(graph) > 50  # COUNT over the endpoint


def test_rdflib_sparqlupdatestore(update_server):
    store = SPARQLUpdateStore(
        update_server + "/sparql",
        update_server + "/update",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    graph = rdflib.Graph(store, identifier=rdflib.URIRef("http://ex/rdflib"))
    graph.add((rdflib.URIRef("http://ex/x"), rdflib.RDFS.label, rdflib.Literal("from rdflib")))
    assert graph.value(rdflib.URIRef("http://ex/x"), rdflib.RDFS.label) == rdflib.Literal("from rdflib")


def test_unread_bodies_release_their_worker(tmp_path):
    # HEAD requests and clients that leave before reading must not keep the only worker
    path = build_store(tmp_path / "kg")
    app = create_app(settings(path, query_timeout=3.0), workers=1)
    with running(app) as base:
        for _ in range(3):
            request = urllib.request.Request(query_url(base, PAPERS), method="HEAD")
            with urllib.request.urlopen(request, timeout=10) as r:
                assert r.status == 200 and r.read() == b""
        for _ in range(3):
            with urllib.request.urlopen(query_url(base, PAPERS, format="csv"), timeout=10) as r:
                r.read(5)  # then hang up
        status, _, body = get(query_url(base, PAPERS, format="csv"), timeout=10)
        assert status == 200 and body.count(b"\n") == 4


# ---------------------------------------------------------------- kg serve: granian, worker processes


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def test_kg_serve_runaway_query_is_stopped_and_its_worker_replaced(tmp_path):
    path = build_store(tmp_path / "kg")
    with kg_serve(path, "--query-timeout", "3") as server:
        base = server.url
        workers = server.workers()
        assert len(workers) >= 2
        thread, results = start_slow_query(base)
        time.sleep(0.3)
        # other clients are answered while the runaway query runs
        answered_at = []
        for _ in range(5):
            status, _, body = get(query_url(base, "ASK { ?p a mlkg:Paper }"))
            assert status == 200 and b"true" in body
            answered_at.append(time.monotonic())
            time.sleep(0.2)
        thread.join(timeout=30)
        assert answered_at[0] < results["slow_answered_at"]  # not queued behind the runaway
        status, _, body = results["slow"]
        assert status == 503 and b"exceeded the 3 s limit" in body
        assert results["slow_seconds"] < 8
        # the worker that ran it is replaced, and the query's CPU work ends with it
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            now = server.workers()
            if len(now) == len(workers) and len(set(now) - set(workers)) == 1:
                break
            time.sleep(0.2)
        now = server.workers()
        retired = set(workers) - set(now)
        assert len(retired) == 1 and len(now) == len(workers), (workers, now)
        assert not any(os.path.exists(f"/proc/{pid}") for pid in retired)
        time.sleep(1)
        before = cpu_seconds(server.processes())
        time.sleep(2)
        assert cpu_seconds(server.processes()) - before < 0.5  # idle again: no query left burning
        for _ in range(4):
            status, _, body = get(query_url(base, PAPERS))
            assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3
    assert "replacing worker" in server.output()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_kg_serve_stops_cleanly(tmp_path, sig):
    path = build_store(tmp_path / "kg")
    server = KgServe(path)
    pids = server.processes()
    assert len(pids) >= 3  # the supervisor and its workers
    assert get(query_url(server.url, "ASK {}"))[0] == 200
    if sig == signal.SIGINT:
        os.killpg(server.proc.pid, sig)  # what a terminal's Ctrl-C does: the whole group
        server.proc.wait(timeout=30)
    assert server.stop(sig) == 0
    time.sleep(0.2)
    assert not server.processes(), "orphan processes left"
    assert not any(os.path.exists(f"/proc/{pid}") and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
                   for pid in pids)  # fmt: skip


def test_kg_serve_port_zero_prints_the_real_url_and_serves_pages(tmp_path):
    path = build_store(tmp_path / "kg")
    with kg_serve(path) as server:
        port = int(server.url.rsplit(":", 1)[1])
        assert port != 0
        assert (
            f"serving http://127.0.0.1:{port}/ (SPARQL endpoint http://127.0.0.1:{port}/sparql)"
            in server.output()
        )
        status, _, body = get(server.url + "/")
        assert status == 200 and b"Papers" in body
        status, headers, _ = get(server.url + "/dataset/imagenet")
        assert status == 200
        status, _, _ = get(server.url + "/api/queries")
        assert status == 200


@pytest.mark.parametrize("workers", [1, 2])
def test_kg_serve_workers_option_sets_the_worker_processes(tmp_path, workers):
    path = build_store(tmp_path / "kg")
    with kg_serve(path, "--workers", str(workers)) as server:
        assert len(server.workers()) == workers
        plural = "es" if workers > 1 else ""
        assert f"with {workers} worker process{plural};" in server.output()
        for _ in range(4):
            status, _, body = get(query_url(server.url, PAPERS))
            assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3


def test_kg_serve_workers_option_is_checked():
    out = subprocess.run([str(Path(sys.executable).parent / "kg"), "serve", "--workers", "0"],
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 2 and "--workers" in out.stderr


def test_kg_serve_streams_large_results_and_answers_head(tmp_path):
    store = KgStore(tmp_path / "kg")
    store.store.update(
        "INSERT { GRAPH <http://ex/g> { ?s <http://ex/p> ?o } } WHERE { "
        + " ".join(f"VALUES ?d{i} {{ 0 1 2 3 4 5 6 7 8 9 }}" for i in range(5))
        + " BIND(IRI(CONCAT('http://ex/s', STR(?d0), STR(?d1), STR(?d2), STR(?d3), STR(?d4))) AS ?s)"
        " BIND(CONCAT('value ', STR(?d4), STR(?d3), STR(?d2), STR(?d1), STR(?d0)) AS ?o) }"
    )
    store.flush()
    del store
    with kg_serve(tmp_path / "kg", "--max-rows", "0") as server:
        url = query_url(server.url, "SELECT ?s ?o WHERE { ?s <http://ex/p> ?o }", format="csv")
        t0 = time.monotonic()
        with urllib.request.urlopen(url, timeout=60) as r:
            assert r.headers["Transfer-Encoding"] == "chunked"
            first = r.read(100)
            first_at = time.monotonic() - t0
            rest = r.read()
            end_at = time.monotonic() - t0
        assert first.startswith(b"s,o\r\n")
        assert (first + rest).count(b"\r\n") == 100_001
        assert first_at < end_at
        for _ in range(3):  # HEAD: headers only, and the query slot comes back
            request = urllib.request.Request(url, method="HEAD")
            with urllib.request.urlopen(request, timeout=30) as r:
                assert r.status == 200 and r.read() == b""
        status, _, body = get(query_url(server.url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
        assert status == 200 and b'"100000"' in body


def test_repeated_fast_queries_run_in_the_request_thread(tmp_path):
    from kg.web import engine

    store = fill(KgStore(tmp_path / "kg"))
    runner = engine.ThreadRunner(store.store, {}, 2)
    runner.repeat_inline = True
    job = engine.QueryJob("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", max_rows=10)
    assert runner.run_inline(job) is None  # not seen yet
    first = engine.run(runner, job, 10)
    for _ in range(50):  # the query thread records it once it is done
        if job in runner._known_fast:
            break
        time.sleep(0.01)
    messages = runner.run_inline(job)
    assert messages is not None and messages[0][0] == "head" and messages[-1] == ("end",)
    assert engine.run(runner, job, 10).body == first.body
    runner.fast_limit = 0  # slower than the limit: back to the threads
    runner.run_inline(job)
    assert runner.run_inline(job) is None
    runner.close()
