"""The remote store backend against a real `oxigraph serve`."""

from __future__ import annotations

import pytest
from factory import fill, sample
from servers import start_oxigraph

from kg.errors import StoreError
from kg.export import export
from kg.queries import bind_params, load_queries
from kg.rdf import IriScheme, paper_quads
from kg.store import KgStore, RemoteStore, open_store


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    proc, url = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield url
    proc.terminate()
    proc.communicate(timeout=10)


def test_remote_matches_embedded(server, tmp_path):
    remote = fill(open_store(server))
    local = fill(KgStore(tmp_path / "local"))
    assert isinstance(remote, RemoteStore)
    assert remote.stats() == local.stats()
    q = load_queries()["leaderboard"]
    subs = bind_params(q, {"dataset": "ImageNet", "metric": "top-1 accuracy"})
    board = [(r["methodLabel"].value, r["valueText"].value) for r in remote.query(q.text, substitutions=subs)]
    assert board == [("NetA", "81.5%"), ("NetB", "0.795")]
    scheme = IriScheme()
    again = remote.replace_papers((scheme.paper_graph(p), paper_quads(scheme, p, e)) for p, e in sample())
    assert again == (0, 2)
    out = tmp_path / "remote.nq"
    assert export(remote, "nq", out).triples == len(local)


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="no SPARQL server"):
        open_store("http://127.0.0.1:9")


def test_build_into_remote_while_readers_query(server, shared, tmp_path):
    """Readers during a build see whole papers only, and counts never go back (snapshot reads)."""
    import json
    import threading

    from kg.build import build

    src = (shared / "corpus" / "sota-arxiv" / "train.jsonl").read_text().splitlines()
    data = tmp_path / "v.jsonl"
    data.write_text("\n".join(line for line in src[:300] if json.loads(line).get("title")) + "\n")
    remote = open_store(server)
    remote.update("DROP ALL")
    seen: list[int] = []
    broken: list[int] = []
    done = threading.Event()

    def reader():
        reader_store = open_store(server)
        while not done.is_set():
            n = int(next(iter(reader_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a mlkg:Paper }")))["n"].value)
            seen.append(n)
            rows = reader_store.query("""SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?p a mlkg:Paper }
                FILTER NOT EXISTS { GRAPH ?g { ?a mlkg:abstractOf ?p ; rdf:value ?t } } }""")
            broken.append(int(next(iter(rows))["n"].value))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        report = build([data], remote, on_error="skip", quiet=True)
    finally:
        done.set()
        thread.join(timeout=60)
    assert report.loaded == report.papers_read > 100
    assert seen == sorted(seen) and len(seen) > 3, seen
    assert set(broken) == {0}
    assert remote.stats()["papers"] == report.papers_read
