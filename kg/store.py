"""The on-disk Oxigraph store: open, load (per-paper replace), query, dump.

Speaks pyoxigraph's vocabulary (``load``, ``query``, ``update``, ``dump``) plus
mlkg's own verb :meth:`KgStore.replace_papers`. Each paper lives in its own named
graph; entity descriptions and agents live in one shared graph, so no triple is
stored twice and the union default graph (a bag) has no duplicate rows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf import RDFS_LABEL, SKOS_ALT, SKOS_PREF, M, all_prefixes

logger = logging.getLogger(__name__)

# Papers whose replacement goes into one SPARQL Update (one transaction).
REPLACE_BATCH = 64


def _update_text(batch: Sequence[tuple[ox.NamedNode, Sequence[ox.Quad]]]) -> str:
    """DROP + INSERT DATA for a batch of paper graphs, as one update request."""
    parts = [f"DROP SILENT GRAPH {graph} ;" for graph, _ in batch]
    lines = ["INSERT DATA {"]
    for graph, quads in batch:
        lines.append(f"GRAPH {graph} {{")
        lines.extend(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        lines.append("}")
    lines.append("}")
    return "\n".join(parts) + "\n" + "\n".join(lines)


class KgStore:
    """An mlkg knowledge graph in an Oxigraph store directory (or in memory when path is None).

    :raises StoreError: if the directory cannot be opened (locked by another
        process, not a store, no permission).
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here; build one with `kg build`")
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as e:
            hint = " (is another kg process using it?)" if "lock" in str(e).lower() else ""
            raise StoreError(f"{self.path}: cannot open the store{hint}: {e}") from e

    # ------------------------------------------------------------ writing

    def graph_quads(self, graph: ox.NamedNode) -> set[ox.Quad]:
        return set(self.store.quads_for_pattern(None, None, None, graph))

    def replace_papers(self, papers: Iterable[tuple[ox.NamedNode, Sequence[ox.Quad]]]) -> tuple[int, int]:
        """Make each paper graph hold exactly the given quads; returns (changed, unchanged).

        Graphs whose content is already identical are left alone, so re-running
        a build on the same input writes nothing. Changed graphs are dropped and
        re-inserted in batches, each batch one transaction.
        """
        changed = unchanged = 0
        batch: list[tuple[ox.NamedNode, Sequence[ox.Quad]]] = []
        for graph, quads in papers:
            if self.store.contains_named_graph(graph) and self.graph_quads(graph) == set(quads):
                unchanged += 1
                continue
            batch.append((graph, quads))
            changed += 1
            if len(batch) >= REPLACE_BATCH:
                self.store.update(_update_text(batch))
                batch = []
        if batch:
            self.store.update(_update_text(batch))
        return changed, unchanged

    def add_shared(self, quads: Iterable[ox.Quad]) -> None:
        """Add entity descriptions to the shared graph, keeping one prefLabel per entity.

        An entity already labelled keeps its label; a different new label becomes
        an ``skos:altLabel`` (IRIs and labels are never re-minted).
        """
        out = []
        for q in quads:
            if q.predicate == SKOS_PREF:
                existing = [e.object for e in self.store.quads_for_pattern(q.subject, SKOS_PREF, None, q.graph_name)]
                if existing and q.object not in existing:
                    out.append(ox.Quad(q.subject, SKOS_ALT, q.object, q.graph_name))
                    continue
            elif q.predicate == RDFS_LABEL:
                existing = list(self.store.quads_for_pattern(q.subject, RDFS_LABEL, None, q.graph_name))
                if existing and q not in existing:
                    continue
            out.append(q)
        self.store.extend(out)

    def load(self, path: str | Path, *, graph: ox.NamedNode | None = None) -> None:
        """Load an RDF file (format from its extension) into one graph or, for quads, its graphs."""
        fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip(".").removesuffix(".gz"))
        if fmt is None:
            raise StoreError(f"{path}: unknown RDF format")
        self.store.bulk_load(path=str(path), format=fmt, to_graph=graph)

    def flush(self) -> None:
        self.store.flush()

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, *, substitutions: dict | None = None, union: bool = True,
              default_graph=None, named_graphs=None):  # fmt: skip
        """Run a SPARQL query over the union of all graphs (unless graphs are named).

        The project's prefixes (``mlkg:``, ``skos:``, ``dataset:`` ...) are predeclared.

        :raises QueryError: if the query does not parse.
        """
        try:
            return self.store.query(
                sparql,
                prefixes=all_prefixes(),
                use_default_graph_as_union=union and default_graph is None,
                default_graph=default_graph,
                named_graphs=named_graphs,
                substitutions=substitutions,
            )
        except SyntaxError as e:
            raise QueryError(f"malformed query: {e}") from e

    def count(self, cls: ox.NamedNode) -> int:
        rows = self.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a {cls} }}")
        return int(next(iter(rows))["n"].value)

    def stats(self) -> dict[str, int]:
        """Counts of papers, entities by type, results, assertions, triples and graphs."""
        out = {
            "papers": self.count(M.Paper),
            "methods": self.count(M.Method),
            "datasets": self.count(M.Dataset),
            "metrics": self.count(M.Metric),
            "tasks": self.count(M.Task),
            "results": self.count(M.Result),
            "assertions": self.count(M.Assertion),
        }
        out["triples"] = len(self.store)
        out["graphs"] = sum(1 for _ in self.store.named_graphs())
        return out

    def __len__(self) -> int:
        return len(self.store)
