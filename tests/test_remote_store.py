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
