"""networkx projections, centrality, communities, paths and exports."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from factory import fill

from kg.cli import cli
from kg.errors import MlkgError
from kg.graph import centrality, communities, neighbourhood, paper_graph, projection, shortest_path, write
from kg.store import KgStore

NETA = "https://w3id.org/mlkg/id/method/neta"
NETB = "https://w3id.org/mlkg/id/method/netb"
IMAGENET = "https://w3id.org/mlkg/id/dataset/imagenet"


@pytest.fixture
def store(tmp_path):
    return fill(KgStore(tmp_path / "store"))


def test_method_dataset_projection(store):
    g = projection(store, "method-dataset")
    assert g.nodes[IMAGENET] == {"label": "ImageNet", "type": "dataset", "papers": 2}
    assert g[NETA][IMAGENET]["weight"] == 1
    assert all({g.nodes[a]["type"], g.nodes[b]["type"]} == {"method", "dataset"} for a, b in g.edges)


def test_method_cooccurrence_counts_shared_papers(store):
    g = projection(store, "method-method")
    assert g["https://w3id.org/mlkg/id/method/resnet-50"][NETA]["weight"] == 1
    assert not g.has_edge(NETA, NETB)


def test_centrality_and_communities(store):
    g = projection(store, "entity")
    top = centrality(g, top=3)
    assert top[0]["id"] in {IMAGENET, "https://w3id.org/mlkg/id/metric/top-1-accuracy"}
    assert centrality(g, kind="dataset")[0]["label"] == "ImageNet"
    parts = communities(g)
    assert sorted(n for c in parts for n in c) == sorted(g.nodes)


def test_path_goes_through_papers(store):
    g = paper_graph(store)
    path = shortest_path(g, NETA, NETB)
    assert [p["type"] for p in path] == ["method", "paper", "dataset", "paper", "method"] or len(path) == 5
    with pytest.raises(MlkgError):
        shortest_path(g, NETA, "https://nowhere")


def test_neighbourhood_is_bounded(store):
    g = projection(store, "entity")
    sub = neighbourhood(g, IMAGENET, depth=1, limit=3)
    assert IMAGENET in sub and sub.number_of_nodes() == 3


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_exports_read_back(store, tmp_path, fmt):
    g = projection(store, "method-dataset")
    path = tmp_path / f"g.{fmt}"
    write(g, fmt, path)
    if fmt == "graphml":
        back = nx.read_graphml(path)
    elif fmt == "gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(path.read_text()), edges="links")
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()


def test_kg_graph_command(store, tmp_path):
    path = store.path
    del store
    out = tmp_path / "md.graphml"
    result = CliRunner().invoke(cli, ["--store", str(path), "graph", "--projection", "method-dataset",
                                      "--format", "graphml", "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(out).number_of_nodes() > 0
    result = CliRunner().invoke(cli, ["--store", str(path), "graph", "--projection", "nope", "-o", str(out)])
    assert result.exit_code == 2
