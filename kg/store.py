"""The graph store: an embedded on-disk Oxigraph store, or a remote SPARQL server.

Speaks pyoxigraph's vocabulary (``load``, ``query``, ``update``, ``quads``) plus
mlkg's own verbs :meth:`GraphStore.replace_papers`, :meth:`GraphStore.add_shared`
and :meth:`GraphStore.refresh_leaderboards`. Each paper lives in its own named
graph; entity descriptions and agents live in one shared graph, so no triple is
stored twice and the union default graph (a bag) has no duplicate rows. The
leaderboards (best result per method for each dataset and metric) are derived
data in a third kind of graph, recomputed whenever results change through
these verbs (``kg refresh`` redoes them after changes made any other way).

:func:`open_store` picks the backend: a directory gives :class:`KgStore`, an
``http(s)://`` URL gives :class:`RemoteStore`, which loads over SPARQL 1.1
Update and reads over the SPARQL Protocol and the Graph Store Protocol (tested
against ``oxigraph serve --union-default-graph``; Fuseki speaks the same).
"""

from __future__ import annotations

import gzip
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.leaderboard import Candidate, Entry, board, board_setting, cost_column, measure_role
from kg.queries import apply_values
from kg.sparqltext import syntax_error_message
from kg.rdf import (BYTES_IN_UNIT, RDF_TYPE, RDFS_LABEL, SKOS_ALT, SKOS_PREF, UNIT_PERCENT, IriScheme, M, all_prefixes, arxiv_month,
                    leaderboard_quads)

logger = logging.getLogger(__name__)

# Papers whose replacement goes into one SPARQL Update (one transaction).
REPLACE_BATCH = 64
# Entity description quads per insert (one transaction each).
SHARED_BATCH = 50_000
# Leaderboards are computed dataset by dataset (every result is read once, however
# many metrics its dataset has), at most this many results or datasets per query,
# and replaced in one transaction per such batch.
BOARD_BATCH_RESULTS = 50_000
BOARD_BATCH_DATASETS = 256

Pair = tuple[ox.NamedNode, ox.NamedNode]  # (dataset, metric): one leaderboard

# Set on the leaderboards graph while a build writes papers, removed once their leaderboards are
# recomputed (a build's last board, `kg refresh`, any recompute of every board: `kg load`, a
# server's whole-store update): a build that is killed or interrupted in between leaves it, so
# that the next build (which finds those papers unchanged, so touches none of their boards)
# recomputes every board (GraphStore.mark_boards_pending).
BOARDS_INVALIDATED = ox.NamedNode("http://www.w3.org/ns/prov#invalidatedAtTime")

# The format of what a board stores, written on the leaderboards graph by every recompute of
# every board (`kg refresh`, `kg load`, a build's full recompute). Raise it when a board gains
# or changes a stored value: a store built before (no version, or an older one) keeps its old
# boards, which an incremental build never touches, so the next build recomputes every board
# (GraphStore.boards_outdated). 2: mlkg:boardValue (values in the board's scale), mlkg:cost.
BOARDS_FORMAT = M.boardsFormat
BOARDS_FORMAT_VERSION = 2

# What may go on the leaderboards of some datasets: every result with a value
# (not a delta) and a method, on a metric whose direction is known, with the metric's and its
# method's label, extraction confidence (one row per assertion), paper date and setting
# (the regime: kg.leaderboard.board_setting says which board of the pair it goes on).
# kg.leaderboard ranks them. {datasets} are the datasets' IRIs. An OPTIONAL of
# one pattern on a bound variable is an index lookup; a placeholder IRI keeps
# the second step of a two-step OPTIONAL bound (an OPTIONAL of two patterns or a
# path would be joined with every assertion / paper of the store instead).
BOARD_CANDIDATES = """
SELECT ?dataset ?metric ?hib ?ml ?r ?method ?label ?v ?u ?vt ?c ?p0 ?issued ?arxiv ?setting WHERE {{
  VALUES ?dataset {{ {datasets} }}
  ?r mlkg:dataset ?dataset ; mlkg:metric ?metric ; mlkg:method ?method ; mlkg:value ?v ; qudt:unit ?u .
  ?metric mlkg:higherIsBetter ?hib .
  OPTIONAL {{ ?metric skos:prefLabel ?ml }}
  OPTIONAL {{ ?method skos:prefLabel ?label }}
  OPTIONAL {{ ?a0 mlkg:assertsResult ?r }}
  BIND(COALESCE(?a0, mlkg:none) AS ?a)
  OPTIONAL {{ ?a mlkg:confidence ?c }}
  OPTIONAL {{ ?r mlkg:reportedIn ?p0 }}
  BIND(COALESCE(?p0, mlkg:none) AS ?p)
  OPTIONAL {{ ?p dcterms:issued ?issued }}
  OPTIONAL {{ ?p fabio:hasArXivId ?arxiv }}
  OPTIONAL {{ ?r mlkg:setting ?setting }}
  OPTIONAL {{ ?r mlkg:valueText ?vt }}
}}"""


def board_costs(rows) -> dict[tuple, str]:
    """The Cost column (kg.leaderboard.cost_column) of each (dataset, paper, method) from the
    BOARD_CANDIDATES rows of its dataset: its results of a cost measure ("parameters", "FPS"),
    each result once (a row per assertion and label)."""
    found: dict[tuple, dict[str, tuple]] = {}
    for r in rows:
        label = r["ml"].value if r["ml"] is not None else None
        if measure_role(label) != "cost" or r["p0"] is None:
            continue
        # (a size in bytes in its unit's bytes: "36.9 KB" is smaller than "2 MB")
        value = Decimal(r["v"].value) * BYTES_IN_UNIT.get(r["u"], 1)
        if value.is_finite():
            text = r["vt"].value if r["vt"] is not None else r["v"].value
            cost = (label, value, r["u"] == UNIT_PERCENT, r["hib"].value in ("true", "1"), text)
            found.setdefault((r["dataset"].value, r["p0"].value, r["method"].value), {})[r["r"].value] = cost
    return {key: cost_column(costs.values()) for key, costs in found.items()}


def ranked_boards(rows, costs: dict[tuple, str] | None = None,
                  ) -> list[tuple[ox.NamedNode, ox.NamedNode, str | None, list[Entry], list[Candidate]]]:  # fmt: skip
    """BOARD_CANDIDATES rows, ranked into (dataset, metric, setting, entries, records) boards
    (kg.leaderboard; setting None: the main board of the pair). A cost ("parameters", "FPS")
    or a bare "performance" has no board (kg.leaderboard.measure_role: the pages show costs in
    a column of the quality boards, and a vague name no board). ``costs`` (board_costs): each
    candidate's Cost column, by (dataset, paper, method)."""
    costs = costs or {}
    boards: dict[tuple, dict[tuple[str, str], Candidate]] = {}
    directions: dict[Pair, bool] = {}
    names: dict[Pair, str | None] = {}
    for r in rows:
        pair = (r["dataset"], r["metric"])
        if pair not in names:
            names[pair] = r["ml"].value if r["ml"] is not None else None
        if measure_role(names[pair]):
            continue
        directions[pair] = r["hib"].value in ("true", "1")
        key3 = (*pair, board_setting(r["setting"].value if r["setting"] is not None else None))
        key = (r["r"].value, r["method"].value)
        conf = Decimal(r["c"].value) if r["c"] is not None else None
        value = Decimal(r["v"].value)
        if not value.is_finite():  # NaN or INF (a hand-made graph): not a score
            continue
        cands = boards.setdefault(key3, {})
        old = cands.get(key)  # the same result again: another assertion or another label
        if old is not None and (conf is None or (old.confidence is not None and old.confidence >= conf)):
            continue
        label = old.method_label if old else (r["label"].value if r["label"] is not None else "")
        # a paper without a date (sota-arxiv has none) is dated by its arXiv id, as the pages do
        issued = (r["issued"].value if r["issued"] is not None
                  else arxiv_month(r["arxiv"].value) if r["arxiv"] is not None else None)  # fmt: skip
        cost = costs.get((r["dataset"].value, r["p0"].value, key[1])) if r["p0"] is not None else None
        cands[key] = Candidate(key[0], key[1], label, value, r["u"] == UNIT_PERCENT, conf, issued, cost)
    return [(d, m, s, *board(cands.values(), directions[(d, m)], names[(d, m)])) for (d, m, s), cands in boards.items()]


def result_pairs(quads: Iterable[ox.Quad]) -> set[Pair]:
    """The (dataset, metric) pairs of the results among ``quads`` (the leaderboards they touch)."""
    datasets: dict = {}
    metrics: dict = {}
    for q in quads:
        if q.predicate == M.dataset:
            datasets[q.subject] = q.object
        elif q.predicate == M.metric:
            metrics[q.subject] = q.object
    return {(d, metrics[r]) for r, d in datasets.items() if r in metrics}


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


def _insert_text(quads: Sequence[ox.Quad]) -> str:
    body = "\n".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads)
    return f"INSERT DATA {{\n{body}\n}}"


class GraphStore:
    """What every backend offers; subclasses provide the primitives at the bottom."""

    location: str

    # ------------------------------------------------------------ writing

    def replace_papers(self, papers: Iterable[tuple[ox.NamedNode, Sequence[ox.Quad]]], *,
                       touched: set[Pair] | None = None) -> tuple[int, int]:  # fmt: skip
        """Make each paper graph hold exactly the given quads; returns (changed, unchanged).

        Graphs whose content is already identical are left alone, so re-running
        a build on the same input writes nothing. New graphs are inserted and
        changed graphs dropped and re-inserted in batches, each batch one
        transaction, so a reader or a crash never sees half a paper.

        The leaderboards of the (dataset, metric) pairs whose results changed
        (before or after) are recomputed at the end, unless ``touched`` is given:
        the pairs are then added to it and the caller refreshes them
        (:meth:`refresh_leaderboards`), e.g. after describing late entities.
        """
        changed = unchanged = 0
        new: list[ox.Quad] = []
        replaced: list[tuple[ox.NamedNode, Sequence[ox.Quad]]] = []
        new_graphs = 0
        pairs: set[Pair] = set() if touched is None else touched
        scheme = None
        for graph, quads in papers:
            existing = self.graph_quads(graph)
            if existing == set(quads):
                unchanged += 1
                continue
            changed += 1
            scheme = scheme or IriScheme.of_paper_graph(graph)
            pairs |= result_pairs(existing)
            pairs |= result_pairs(quads)
            if existing:
                replaced.append((graph, quads))
            else:
                new.extend(quads)
                new_graphs += 1
            if new_graphs >= REPLACE_BATCH:
                self.insert(new)
                new, new_graphs = [], 0
            if len(replaced) >= REPLACE_BATCH:
                self.update(_update_text(replaced))
                replaced = []
        if new:
            self.insert(new)
        if replaced:
            self.update(_update_text(replaced))
        if touched is None and pairs and scheme is not None:
            self.refresh_leaderboards(scheme, pairs)
        return changed, unchanged

    def all_board_pairs(self) -> set[Pair]:
        """Every (dataset, metric) pair with a result value or a stored leaderboard."""
        found = self.query("SELECT DISTINCT ?d ?k WHERE { ?r mlkg:dataset ?d ; mlkg:metric ?k ; mlkg:value ?v }")
        stored = self.query("SELECT ?d ?k WHERE { ?b mlkg:forDataset ?d ; mlkg:forMetric ?k }")
        return {(row["d"], row["k"]) for rows in (found, stored) for row in rows}

    def pairs_about(self, subjects: Iterable[str]) -> set[Pair]:
        """The (dataset, metric) pairs whose leaderboards facts about ``subjects`` can change.

        A subject may be a result, its method (label), its metric (direction),
        an assertion on it (confidence) or its paper (date, for the records).
        """
        iris = sorted(set(subjects))
        pairs: set[Pair] = set()
        for i in range(0, len(iris), 1000):
            values = " ".join(f"<{iri}>" for iri in iris[i : i + 1000] if ">" not in iri and " " not in iri)
            rows = self.query(f"""SELECT DISTINCT ?d ?k WHERE {{ VALUES ?s {{ {values} }}
                {{ ?s mlkg:dataset ?d ; mlkg:metric ?k }}
                UNION {{ ?r mlkg:method ?s ; mlkg:dataset ?d ; mlkg:metric ?k }}
                UNION {{ ?r mlkg:metric ?s ; mlkg:dataset ?d . BIND(?s AS ?k) }}
                UNION {{ ?s mlkg:assertsResult ?r . ?r mlkg:dataset ?d ; mlkg:metric ?k }}
                UNION {{ ?r mlkg:reportedIn ?s ; mlkg:dataset ?d ; mlkg:metric ?k }} }}""")  # fmt: skip
            pairs |= {(row["d"], row["k"]) for row in rows}
        return pairs

    def results_per_dataset(self, datasets: Sequence[ox.NamedNode] | None = None) -> dict[ox.NamedNode, int]:
        """How many results each dataset has (all datasets when None)."""
        values = f"VALUES ?d {{ {' '.join(str(d) for d in datasets)} }}" if datasets is not None else ""
        rows = self.query(f"SELECT ?d (COUNT(?r) AS ?n) WHERE {{ {values} ?r mlkg:dataset ?d }} GROUP BY ?d")
        return {row["d"]: int(row["n"].value) for row in rows}

    def board_batches(self, scheme: IriScheme, pairs: Iterable[Pair]) -> Iterator[tuple[list[Pair], list[ox.Quad]]]:
        """The leaderboard quads of ``pairs``, a batch of datasets at a time: (the batch's pairs, quads).

        Each query reads the results of up to BOARD_BATCH_DATASETS datasets and
        about BOARD_BATCH_RESULTS results, so memory stays bounded and each
        result is read once; rows of metrics not asked for are dropped unread.
        """
        wanted: dict[ox.NamedNode, set[ox.NamedNode]] = {}
        for d, m in pairs:
            wanted.setdefault(d, set()).add(m)
        datasets = sorted(wanted, key=lambda d: d.value)
        sizes = self.results_per_dataset(None if len(datasets) > 1000 else datasets)
        batch: list[ox.NamedNode] = []
        held = 0
        for d in datasets:
            if batch and (held + sizes.get(d, 0) > BOARD_BATCH_RESULTS or len(batch) >= BOARD_BATCH_DATASETS):
                yield self._board_batch(scheme, batch, wanted)
                batch, held = [], 0
            batch.append(d)
            held += sizes.get(d, 0)
        if batch:
            yield self._board_batch(scheme, batch, wanted)

    def _board_batch(self, scheme: IriScheme, datasets: list[ox.NamedNode],
                     wanted: dict[ox.NamedNode, set[ox.NamedNode]]) -> tuple[list[Pair], list[ox.Quad]]:  # fmt: skip
        rows = list(self.query(BOARD_CANDIDATES.format(datasets=" ".join(str(d) for d in datasets))))
        costs = board_costs(rows)
        # (a cost asked for is a column of every board of its dataset: a SPARQL update of a
        # "25M parameters" alone reaches the boards of the dataset through its cost pair)
        metrics: dict[ox.NamedNode, set[ox.NamedNode]] = {}
        cost_asked = set()
        for r in rows:
            metrics.setdefault(r["dataset"], set()).add(r["metric"])
            if r["metric"] in wanted[r["dataset"]] and r["ml"] is not None and measure_role(r["ml"].value) == "cost":
                cost_asked.add(r["dataset"])
        for d in datasets:
            if not wanted[d] <= metrics.get(d, set()):
                cost_asked.add(d)  # a measure asked for has no results left: maybe a deleted cost
        wanted = {d: wanted[d] | metrics.get(d, set()) if d in cost_asked else wanted[d] for d in wanted}
        asked = (r for r in rows if r["metric"] in wanted[r["dataset"]])
        pairs = [(d, m) for d in datasets for m in sorted(wanted[d], key=lambda m: m.value)]
        return pairs, list(leaderboard_quads(scheme, ranked_boards(asked, costs)))

    def refresh_leaderboards(self, scheme: IriScheme, pairs: Iterable[Pair] | None = None, *,
                             progress: Callable[[int], object] | None = None) -> int:  # fmt: skip
        """Recompute the materialised leaderboards of ``pairs`` (all when None); returns entries written.

        Each batch of boards is dropped and re-inserted in one update (one
        transaction), so a reader never sees half a leaderboard. With ``pairs``
        None every pair with results, and every board already stored, is redone.
        ``progress`` is called with the number of boards of each batch done.
        """
        entries = 0
        g = scheme.leaderboards_graph
        every_board = pairs is None
        for batch, quads in self.board_batches(scheme, self.all_board_pairs() if pairs is None else pairs):
            if progress:
                progress(len(batch))
            entries += sum(1 for q in quads if q.predicate == M.entry)
            # (every board of a pair: its main board and one per setting)
            pairs = " ".join(f"({d} {m})" for d, m in batch)
            boards = f"VALUES (?d ?m) {{ {pairs} }} GRAPH {g} {{ ?b mlkg:forDataset ?d ; mlkg:forMetric ?m }}"
            text = (f"DELETE {{ GRAPH {g} {{ ?x ?p ?o }} }} WHERE {{ {boards} "
                    f"GRAPH {g} {{ {{ ?b mlkg:entry ?x }} UNION {{ ?b mlkg:page ?x }} ?x ?p ?o }} }} ;\n"
                    f"DELETE {{ GRAPH {g} {{ ?b ?p ?o }} }} WHERE {{ {boards} GRAPH {g} {{ ?b ?p ?o }} }}")  # fmt: skip
            if quads:
                text += " ;\n" + _insert_text(quads)
            self.update(text)
        if every_board:
            self.clear_boards_pending(scheme)
        return entries

    def mark_boards_pending(self, scheme: IriScheme) -> bool:
        """Mark the leaderboards as out of date (a build is about to write papers); returns
        whether an earlier build had left them so (:data:`BOARDS_INVALIDATED`)."""
        g = scheme.leaderboards_graph
        pending = bool(self.query(f"ASK {{ GRAPH {g} {{ {g} {BOARDS_INVALIDATED} ?t }} }}", union=False))
        now = ox.Literal(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                         datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime"))  # fmt: skip
        self.insert([ox.Quad(g, BOARDS_INVALIDATED, now, g)])
        return pending

    def clear_boards_pending(self, scheme: IriScheme) -> None:
        """The leaderboards are all up to date (:data:`BOARDS_INVALIDATED` removed) and in the
        current format (:data:`BOARDS_FORMAT_VERSION` written)."""
        g = scheme.leaderboards_graph
        self.update(f"DELETE WHERE {{ GRAPH {g} {{ {g} {BOARDS_INVALIDATED} ?t }} }} ;\n"
                    f"DELETE WHERE {{ GRAPH {g} {{ {g} {BOARDS_FORMAT} ?v }} }} ;\n"
                    f"INSERT DATA {{ GRAPH {g} {{ {g} {BOARDS_FORMAT} {BOARDS_FORMAT_VERSION} }} }}")

    def boards_outdated(self, scheme: IriScheme) -> bool:
        """Whether the store holds boards last recomputed before the current :data:`BOARDS_FORMAT_VERSION`
        (a store built by an older version; no boards at all are not outdated)."""
        g = scheme.leaderboards_graph
        # (two lookups: a FILTER NOT EXISTS beside the boards' pattern was tested for every board)
        current = f"ASK {{ GRAPH {g} {{ {g} {BOARDS_FORMAT} ?v FILTER(?v >= {BOARDS_FORMAT_VERSION}) }} }}"
        return not self.query(current, union=False) and bool(
            self.query(f"ASK {{ GRAPH {g} {{ ?b {M.forDataset} ?d }} }}", union=False))  # fmt: skip

    def materialise_leaderboards(self, scheme: IriScheme) -> int:
        """Compute every leaderboard into an empty leaderboards graph (first bulk builds); returns entries."""
        entries = 0
        for _, quads in self.board_batches(scheme, self.all_board_pairs()):
            self.insert(quads)
            entries += sum(1 for q in quads if q.predicate == M.entry)
        self.clear_boards_pending(scheme)  # (every board: the current format)
        return entries

    def add_shared(self, quads: Iterable[ox.Quad]) -> None:
        """Add entity descriptions to the shared graph, keeping one prefLabel per entity.

        An entity already labelled (in the store or earlier in ``quads``) keeps
        its label; a different new label becomes an ``skos:altLabel`` (IRIs and
        labels are never re-minted). Streamed: inserted in batches of
        SHARED_BATCH quads, so memory does not grow with the number of entities.
        """
        out: list[ox.Quad] = []
        labelled: dict[tuple, ox.Literal] = {}  # labels of this batch, not yet in the store
        for q in quads:
            if q.predicate in (SKOS_PREF, RDFS_LABEL):
                key = (q.subject, q.predicate, q.graph_name)
                pending = labelled.get(key)
                existing = [pending] if pending is not None else self.objects(q.subject, q.predicate, q.graph_name)
                if existing and q.object not in existing:
                    if q.predicate == SKOS_PREF:
                        out.append(ox.Quad(q.subject, SKOS_ALT, q.object, q.graph_name))
                    continue
                labelled.setdefault(key, q.object)
            out.append(q)
            if len(out) >= SHARED_BATCH:
                self.insert(out)
                out, labelled = [], {}
        if out:
            self.insert(out)

    # ------------------------------------------------------------ reading

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
        out["triples"] = len(self)
        out["graphs"] = sum(1 for _ in self.named_graphs())
        return out

    # ------------------------------------------------------------ primitives

    def query(self, sparql: str, *, substitutions: dict | None = None, union: bool = True,
              default_graph=None, named_graphs=None):  # fmt: skip
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        raise NotImplementedError

    def graph_quads(self, graph: ox.NamedNode) -> set[ox.Quad]:
        raise NotImplementedError

    def objects(self, subject, predicate, graph) -> list:
        raise NotImplementedError

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of every graph, streamed."""
        raise NotImplementedError

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        raise NotImplementedError

    def flush(self) -> None:
        """Make writes durable (no-op where the backend does it itself)."""

    def __len__(self) -> int:
        raise NotImplementedError


# RocksDB's message when a read-only open lists a file that the writer has just compacted away
_WRITER_MOVED_FILES = "No such file or directory"


def _open_read_only(path: Path, attempts: int = 8) -> ox.Store:
    """``ox.Store.read_only(path)``, retried while a writer (``kg build``, ``kg serve
    --allow-updates``, another handle in this process) compacts the files being opened.

    A read-only open reads the writer's file list and then the files; a compaction in between
    deletes some of them and the open fails with "No such file or directory". Trying again
    reads the new list; the short, growing pauses let a flush or compaction finish.
    """
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as e:
            if _WRITER_MOVED_FILES not in str(e) or attempt == attempts - 1:
                raise
            time.sleep(0.01 * 2**attempt)  # 10 ms, 20 ms, ... 1.3 s in all
    raise AssertionError("unreachable")


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file from its extension (``.gz`` allowed).

    :raises StoreError: an extension that names no RDF format.
    """
    compressed = path.suffix == ".gz"
    ext = (path.with_suffix("") if compressed else path).suffix.lstrip(".")
    # 'rdfxml' is the name `kg export --format rdfxml` suggests for its file
    fmt = ox.RdfFormat.RDF_XML if ext == "rdfxml" else ox.RdfFormat.from_extension(ext)
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF format {ext!r}")
    return fmt


class KgStore(GraphStore):
    """An mlkg knowledge graph in an Oxigraph store directory (or in memory when path is None).

    :raises StoreError: if the directory cannot be opened (locked by another
        process, not a store, no permission).
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.location = str(self.path) if self.path else ":memory:"
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here; build one with `kg build`")
                self.store = _open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as e:
            if "lock" in str(e).lower():
                hint = " (is another kg process using it?)"
            elif _WRITER_MOVED_FILES in str(e):
                hint = " (another process kept rewriting it while it was opened; try again)"
            else:
                hint = ""
            raise StoreError(f"{self.path}: cannot open the store{hint}: {e}") from e

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql, prefixes=all_prefixes())
        except SyntaxError as e:
            raise QueryError(f"malformed update: {e}") from e

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        self.store.extend(quads)

    def graph_quads(self, graph: ox.NamedNode) -> set[ox.Quad]:
        return set(self.store.quads_for_pattern(None, None, None, graph))

    def objects(self, subject, predicate, graph) -> list:
        return [q.object for q in self.store.quads_for_pattern(subject, predicate, None, graph)]

    def quads(self) -> Iterator[ox.Quad]:
        return self.store.quads_for_pattern(None, None, None, None)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        return self.store.named_graphs()

    def refuse_mixed_layout(self, paths: Sequence[str | Path] | None = None) -> None:
        """Raise before loading ``paths`` (None: before a `kg build`, which keeps each paper in its
        own graph) if that would mix the two ways of keeping papers (see :meth:`paper_layout`).

        :raises StoreError: files with graphs and without in one load, or papers of one kind
            into a store holding papers the other way.
        """
        with_graphs = {Path(p): rdf_format(Path(p)).supports_datasets for p in paths or ()}
        in_default, in_named = self.paper_layout()
        hint = ("every query row would repeat once per copy of a paper: keep to one kind, e.g. "
                "load the .nq or .trig dump (`kg export --format nq`) into a store kg build keeps")
        if paths is None and in_default:
            raise StoreError(f"{self.location}: the store holds papers loaded from a dump without graphs "
                             f"(nt/ttl/rdfxml); kg build keeps each paper in its own graph and would add "
                             f"second copies; {hint}, or build into a new store")  # fmt: skip
        if len(set(with_graphs.values())) > 1:
            raise StoreError(f"{', '.join(map(str, with_graphs))}: dumps with graphs and without in one "
                             f"store; {hint}")  # fmt: skip
        for path, quads in with_graphs.items():
            if quads and in_default:
                raise StoreError(f"{path}: the store holds papers loaded from a dump without graphs "
                                 f"(nt/ttl/rdfxml); loading papers in their own graphs beside them "
                                 f"would keep two copies; {hint}")  # fmt: skip
            if not quads and in_named:
                raise StoreError(f"{path}: a dump without graphs would put a second copy of the papers "
                                 f"beside the store's paper graphs; {hint}, or load this file into "
                                 f"an empty store")  # fmt: skip

    def paper_layout(self) -> tuple[bool, bool]:
        """Where the store keeps papers: (in the default graph, in named graphs).

        `kg build` and the quad dumps (nq, trig) keep each paper in its own named graph; a dump
        without graphs (nt, ttl, rdfxml) puts them in the default graph. A store must not hold
        both: the union default graph is a bag, so every query row would repeat per copy.
        """
        in_default = in_named = False
        for q in self.store.quads_for_pattern(None, RDF_TYPE, M.Paper, None):
            if isinstance(q.graph_name, ox.DefaultGraph):
                in_default = True
            else:
                in_named = True
            if in_default and in_named:
                break
        return in_default, in_named

    def load(self, path: str | Path, *, graph: ox.NamedNode | None = None) -> None:
        """Bulk-load an RDF file (format from its extension, ``.gz`` allowed) into the store.

        Triples go to ``graph`` (default graph if None); quad formats keep their graphs.
        """
        path = Path(path)
        compressed = path.suffix == ".gz"
        fmt = rdf_format(path)
        try:
            if compressed:
                with gzip.open(path, "rb") as f:
                    self.store.bulk_load(f, format=fmt, to_graph=graph)
            else:
                self.store.bulk_load(path=str(path), format=fmt, to_graph=graph)
        except SyntaxError as e:
            where = f"{path}:{e.lineno}" if e.lineno is not None else str(path)
            raise StoreError(f"{where}: not valid {fmt.name}: {e.msg}") from None
        except (gzip.BadGzipFile, EOFError) as e:
            raise StoreError(f"{path}: not a complete gzip file ({e})") from None

    def flush(self) -> None:
        self.store.flush()

    def materialise_leaderboards(self, scheme: IriScheme) -> int:
        """Every leaderboard, streamed through an N-Quads file into ``bulk_load`` (bounded memory).

        For a leaderboards graph that is empty (first bulk builds, ``kg load``):
        not one transaction, like the bulk load it follows.
        """
        import tempfile

        entries = 0

        def quads():
            nonlocal entries
            for _, batch in self.board_batches(scheme, self.all_board_pairs()):
                entries += sum(1 for q in batch if q.predicate == M.entry)
                yield from batch

        directory = self.path.parent if self.path else None
        with tempfile.NamedTemporaryFile(suffix=".nq", dir=directory, prefix="mlkg-boards-") as f:
            ox.serialize(quads(), f, ox.RdfFormat.N_QUADS)
            f.flush()
            self.load(f.name)
        self.clear_boards_pending(scheme)  # (every board: the current format)
        return entries

    def query(self, sparql: str, *, substitutions: dict | None = None, union: bool = True,
              default_graph=None, named_graphs=None):  # fmt: skip
        """Run a SPARQL query over the union of all graphs (unless graphs are named).

        The project's prefixes (``mlkg:``, ``skos:``, ``dataset:`` ...) are predeclared.

        :raises QueryError: if the query does not parse.
        """
        sparql, substitutions = apply_values(sparql, substitutions)
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
            raise QueryError(syntax_error_message("query", sparql, e, all_prefixes())) from e

    def __len__(self) -> int:
        return len(self.store)


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server (query, update and Graph Store endpoints) used as the store.

    ``url`` is the server root, e.g. ``http://127.0.0.1:7878``; the endpoints are
    ``/query``, ``/update`` and ``/store`` as Oxigraph names them (override with
    the keyword arguments). The server must use the union of its graphs as the
    default graph (``oxigraph serve --union-default-graph``).
    """

    def __init__(self, url: str, *, query_path: str = "/query", update_path: str = "/update",
                 store_path: str = "/store", timeout: float = 300.0, read_only: bool = False):  # fmt: skip
        self.location = url.rstrip("/")
        self.query_url = self.location + query_path
        self.update_url = self.location + update_path
        self.store_url = self.location + store_path
        self.timeout = timeout
        self.read_only = read_only
        self._prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in all_prefixes().items())
        try:
            with self._request(self.query_url, b"ASK {}", "application/sparql-query"):
                pass
        except StoreError as e:
            raise StoreError(f"{self.location}: no SPARQL server answers there ({e})") from None

    def _request(self, url: str, data: bytes | None, content_type: str | None,
                 accept: str = "*/*", method: str | None = None):  # fmt: skip
        headers = {"Accept": accept}
        if content_type:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            return urllib.request.urlopen(req, timeout=self.timeout)
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if e.code == 404 and method in ("GET", "HEAD"):
                raise FileNotFoundError(url) from None
            if e.code == 400:
                raise QueryError(f"{self.location} rejected the request: {detail}") from None
            raise StoreError(f"{url}: HTTP {e.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"{url}: {getattr(e, 'reason', e)}") from None

    @staticmethod
    def _bind(sparql: str, substitutions: dict | None) -> str:
        # HTTP has no substitution parameter: terms go into the query's VALUES
        # slots, and the rest into a trailing VALUES clause, joined after grouping
        # like an initial binding. Terms are serialised by pyoxigraph (escaped
        # N-Triples syntax), never copied from user text.
        sparql, substitutions = apply_values(sparql, substitutions)
        if not substitutions:
            return sparql
        names = " ".join(f"?{v.value}" for v in substitutions)
        terms = " ".join(str(t) for t in substitutions.values())
        return f"{sparql}\nVALUES ({names}) {{ ({terms}) }}"

    def query(self, sparql: str, *, substitutions: dict | None = None, union: bool = True,
              default_graph=None, named_graphs=None):  # fmt: skip
        text = self._prologue + self._bind(sparql, substitutions)
        params = [("default-graph-uri", g.value) for g in (default_graph or [])]
        params += [("named-graph-uri", g.value) for g in (named_graphs or [])]
        url = self.query_url + ("?" + urllib.parse.urlencode(params) if params else "")
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        with self._request(url, text.encode("utf-8"), "application/sparql-query", accept) as resp:
            kind = resp.headers.get_content_type()
            data = resp.read()
        if kind == "application/n-triples":
            return iter(ox.parse(data, ox.RdfFormat.N_TRIPLES))
        return ox.parse_query_results(data, ox.QueryResultsFormat.JSON)

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")
        with self._request(self.update_url, (self._prologue + sparql).encode("utf-8"), "application/sparql-update"):
            pass

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        if quads:
            self.update(_insert_text(quads))

    def _get(self, query: str, accept: str) -> bytes | None:
        try:
            with self._request(f"{self.store_url}?{query}", None, None, accept, "GET") as resp:
                return resp.read()
        except FileNotFoundError:
            return None

    def graph_quads(self, graph: ox.NamedNode) -> set[ox.Quad]:
        data = self._get(urllib.parse.urlencode({"graph": graph.value}), "application/n-triples")
        if not data:
            return set()
        return {ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(data, ox.RdfFormat.N_TRIPLES)}

    def objects(self, subject, predicate, graph) -> list:
        rows = self.query(f"SELECT ?o WHERE {{ GRAPH {graph} {{ {subject} {predicate} ?o }} }}")
        return [r["o"] for r in rows]

    def quads(self) -> Iterator[ox.Quad]:
        with self._request(self.store_url, None, None, "application/n-quads", "GET") as resp:
            yield from ox.parse(resp, ox.RdfFormat.N_QUADS)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for r in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"):
            yield r["g"]

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o FILTER(false) } }")
        return int(next(iter(rows))["n"].value)


def open_store(location: str | Path, *, read_only: bool = False) -> GraphStore:
    """A directory opens the embedded store; an ``http(s)://`` URL a remote SPARQL server.

    :raises StoreError: if it cannot be opened or reached.
    """
    text = str(location)
    if text.startswith(("http://", "https://")):
        return RemoteStore(text, read_only=read_only)
    return KgStore(location, read_only=read_only)
