"""networkx views of the knowledge graph: projections, centrality, communities, paths.

A projection turns the paper-centred RDF graph into a weighted graph of entities:
two entities are linked when papers mention both, weighted by the number of
such papers. Node attributes: ``label``, ``type`` (method, dataset, metric, task,
paper) and ``papers`` (how many papers mention it). Used by the web UI's JSON
endpoints and by ``kg graph`` for Gephi and other tools.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from kg.errors import MlkgError
from kg.rdf import VOCAB, paper_title
from kg.store import GraphStore

TYPES = ("method", "dataset", "metric", "task")
CLASS_TYPE = {f"{VOCAB}{t.capitalize()}": t for t in TYPES} | {f"{VOCAB}Paper": "paper"}

# name: (type of one end, type of the other end); None = any entity type
PROJECTIONS: dict[str, tuple[str | None, str | None]] = {
    "method-dataset": ("method", "dataset"),
    "method-method": ("method", "method"),
    "dataset-task": ("dataset", "task"),
    "method-task": ("method", "task"),
    "dataset-metric": ("dataset", "metric"),
    "entity": (None, None),
}


def _class(t: str | None) -> str:
    return f"mlkg:{t.capitalize()}" if t else "?anyClass"


def _entity_nodes(store: GraphStore, kinds: Iterable[str]) -> dict[str, dict]:
    values = " ".join(f"mlkg:{k.capitalize()}" for k in kinds)
    rows = store.query(f"""
        SELECT ?e ?class ?label (COUNT(DISTINCT ?p) AS ?papers) WHERE {{
          VALUES ?class {{ {values} }}
          ?e a ?class ; skos:prefLabel ?label .
          OPTIONAL {{ ?p mlkg:mentions ?e }}
        }} GROUP BY ?e ?class ?label""")
    return {
        r["e"].value: {"label": r["label"].value, "type": CLASS_TYPE[r["class"].value],
                       "papers": int(r["papers"].value)}
        for r in rows
    }  # fmt: skip


def projection(store: GraphStore, name: str = "entity", *, min_weight: int = 1) -> nx.Graph:
    """The weighted co-mention graph of one projection (see :data:`PROJECTIONS`).

    :raises MlkgError: for an unknown projection name.
    """
    if name not in PROJECTIONS:
        raise MlkgError(f"unknown projection {name!r}; choose one of {', '.join(PROJECTIONS)}")
    a, b = PROJECTIONS[name]
    kinds = {k for k in (a, b) if k} or set(TYPES)
    nodes = _entity_nodes(store, kinds)
    graph = nx.Graph(projection=name)
    same = a == b
    typed = f"?x a {_class(a)} . ?y a {_class(b)} ." if a else ""
    order = "FILTER(STR(?x) < STR(?y))" if same else ""
    rows = store.query(f"""
        SELECT ?x ?y (COUNT(DISTINCT ?p) AS ?w) WHERE {{
          ?p mlkg:mentions ?x , ?y . {typed} {order}
          FILTER(?x != ?y)
        }} GROUP BY ?x ?y HAVING (COUNT(DISTINCT ?p) >= {int(min_weight)})""")
    for r in rows:
        x, y, w = r["x"].value, r["y"].value, int(r["w"].value)
        if x not in nodes or y not in nodes:
            continue
        if graph.has_edge(x, y):  # entity projection sees each pair in both orders
            continue
        graph.add_edge(x, y, weight=w)
    for node in graph.nodes:
        graph.nodes[node].update(nodes[node])
    return graph


def paper_graph(store: GraphStore) -> nx.Graph:
    """The bipartite graph of papers and the entities they mention (for paths)."""
    graph = nx.Graph(projection="paper-entity")
    rows = store.query("""
        SELECT ?p ?title ?e ?class ?label WHERE {
          ?p mlkg:mentions ?e ; dcterms:title ?title . ?e a ?class ; skos:prefLabel ?label }""")
    for r in rows:
        p, e = r["p"].value, r["e"].value
        graph.add_node(p, label=paper_title(r["title"].value, p), type="paper")
        graph.add_node(e, label=r["label"].value, type=CLASS_TYPE.get(r["class"].value, "entity"))
        graph.add_edge(p, e, weight=1)
    return graph


def centrality(graph: nx.Graph, *, top: int = 20, kind: str | None = None) -> list[dict]:
    """The most central nodes by weighted degree and PageRank, optionally of one type."""
    if graph.number_of_nodes() == 0:
        return []
    rank = nx.pagerank(graph, weight="weight")
    degree = dict(graph.degree(weight="weight"))
    nodes = [n for n in graph.nodes if kind is None or graph.nodes[n].get("type") == kind]
    nodes.sort(key=lambda n: (-rank[n], graph.nodes[n].get("label", n)))
    return [
        {"id": n, **graph.nodes[n], "degree": degree[n], "pagerank": round(rank[n], 6)}
        for n in nodes[:top]
    ]


def communities(graph: nx.Graph, *, seed: int = 42) -> list[list[str]]:
    """Louvain communities, largest first (deterministic for a given seed)."""
    if graph.number_of_edges() == 0:
        return [[n] for n in graph.nodes]
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def shortest_path(graph: nx.Graph, source: str, target: str) -> list[dict]:
    """The nodes on a shortest path between two nodes, with their labels and types.

    :raises MlkgError: if either node is unknown or they are not connected.
    """
    for node in (source, target):
        if node not in graph:
            raise MlkgError(f"{node} is not in the graph")
    try:
        path = nx.shortest_path(graph, source, target)
    except nx.NetworkXNoPath:
        raise MlkgError(f"no path between {source} and {target}") from None
    return [{"id": n, **graph.nodes[n]} for n in path]


def neighbourhood(graph: nx.Graph, node: str, *, depth: int = 1, limit: int = 200) -> nx.Graph:
    """The sub-graph within ``depth`` hops of ``node``, keeping the heaviest edges first."""
    if node not in graph:
        raise MlkgError(f"{node} is not in the graph")
    keep = {node}
    frontier = [node]
    for _ in range(depth):
        nxt = []
        for n in frontier:
            edges = sorted(graph[n].items(), key=lambda kv: -kv[1].get("weight", 1))
            for m, _ in edges:
                if m not in keep and len(keep) < limit:
                    keep.add(m)
                    nxt.append(m)
        frontier = nxt
    return graph.subgraph(keep).copy()


def to_json(graph: nx.Graph) -> dict:
    """Node-link JSON (``nodes`` and ``links``) as the UI and d3/Cytoscape tools read it."""
    return nx.node_link_data(graph, edges="links")


def write(graph: nx.Graph, fmt: str, path: str | Path | BinaryIO) -> None:
    """Write ``graph`` as GraphML, GEXF or node-link JSON to a file path or a binary stream.

    :raises MlkgError: for an unknown format.
    """
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "json":
        data = json.dumps(to_json(graph), ensure_ascii=False).encode("utf-8")
        if hasattr(path, "write"):
            path.write(data + b"\n")
        else:
            Path(path).write_bytes(data)
    else:
        raise MlkgError(f"unknown graph format {fmt!r}; choose graphml, gexf or json")
