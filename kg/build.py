"""The build: read papers, extract, link, turn into quads and load them.

``build()`` is what ``kg build`` runs; ``extract_papers()`` what ``kg extract``
runs. Both stream, so memory does not grow with the corpus:

1. (with ``on_error="fail"``) every record is read once to check it, so a bad
   record stops the build before the store is touched;
2. papers are extracted in chunks; each extraction is spilled to a temporary
   JSON Lines file while the names it uses are counted;
3. a :class:`kg.link.Linker` is resolved from the counts (one entity per thing
   across the corpus; the spill is read once more for the field items of the
   few acronyms whose field it weighs) and the entity descriptions are written;
4. the spill is read back, each extraction rewritten to canonical names, turned
   into quads and loaded: per paper graph, in transactions (incremental builds),
   or through N-Quads shards and ``bulk_load`` (large first builds);
5. the derived leaderboards (``<base>graph/leaderboards``) are recomputed for
   the (dataset, metric) pairs whose results changed, or computed whole after
   a bulk load.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
from collections import Counter
from contextlib import closing
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import count, islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

import pyoxigraph as ox
from tqdm import tqdm

from kg.batching import batched
from kg.errors import InputError, Interrupted
from kg.model import ENTITY_KINDS, ENTITY_TYPES, BuildReport, Entity, Extraction, Paper, is_placeholder
from kg.pool import ordered_map
from kg.rdf import RDFS_LABEL, SKOS_ALT, SKOS_PREF, IriScheme, paper_quads, shared_quads
from kg.store import GraphStore, KgStore

if TYPE_CHECKING:
    from kg.link import FieldNeed, Linker

logger = logging.getLogger(__name__)
T = TypeVar("T")

CHUNK = 2000  # papers counted and spilled per step of one extract() stream (progress, forms merged)
BULK_MIN_PAPERS = 5000  # a first build at least this big goes through N-Quads shards
SHARD_PAPERS = 5000  # papers per N-Quads shard on the bulk path (about 150 MB)


def check_inputs(paths: Sequence[str | Path], *, input_format: str | None = None,
                 categories: tuple[str, ...] = ()) -> int:  # fmt: skip
    """Read every record once without keeping it; returns how many there are.

    ``categories``: records of an arXiv snapshot outside them are not checked (see
    :func:`kg.sources.read_papers`).

    :raises InputError: at the first bad record.
    """
    from kg.sources import read_papers

    return sum(1 for _ in read_papers(paths, on_error="fail", format=input_format, categories=categories))


def iter_papers(paths: Sequence[str | Path], *, on_error: str = "fail", input_format: str | None = None,
                stats: dict | None = None, errors: list[str] | None = None,
                categories: tuple[str, ...] = ()) -> Iterator[Paper]:  # fmt: skip
    """The papers of all inputs, de-duplicated (first sighting wins), streamed.

    With ``on_error="fail"`` every record is checked first, so a bad record
    raises before any work (and before the store is touched). With ``"skip"``
    bad records are skipped and their messages appended to ``errors``.
    ``categories`` (from :func:`kg.sources.parse_categories`) keeps only the papers
    in one of them, before de-duplication; ``stats["off_category"]`` counts the others.
    """
    from kg.sources import dedupe, input_files, read_papers, select_categories

    paths = input_files(paths)  # (once: a directory's note on the files it skips is given once)
    if on_error == "fail":
        check_inputs(paths, input_format=input_format, categories=categories)
    papers = read_papers(paths, on_error=on_error, format=input_format, errors=errors, categories=categories)
    if categories:
        papers = select_categories(papers, categories, stats=stats)
    return dedupe(papers, stats=stats)


def _progress(quiet: bool, description: str, unit: str = "paper") -> tqdm:
    show = not quiet and sys.stderr.isatty()
    return tqdm(unit=unit, disable=not show, file=sys.stderr, smoothing=0.1, dynamic_ncols=True,
                desc=description)  # fmt: skip


def spill_line(paper: Paper, extraction: Extraction) -> str:
    """One parked extraction as a JSON line (the format of spills, local or on a cluster)."""
    return json.dumps({"paper": paper.to_json(), "extraction": extraction.to_json()}, ensure_ascii=False) + "\n"


def read_spill_line(line: str) -> tuple[Paper, Extraction]:
    record = json.loads(line)
    return Paper.from_json(record["paper"]), Extraction.from_json(record["extraction"])


class Spill:
    """Extractions parked on disk between the extraction pass and the loading pass."""

    def __init__(self, directory: str | Path | None = None):
        self.file = tempfile.TemporaryFile("w+", encoding="utf-8", dir=directory, prefix="mlkg-spill-")
        self.count = 0

    def write(self, paper: Paper, extraction: Extraction) -> None:
        self.write_line(spill_line(paper, extraction))

    def write_line(self, line: str) -> None:
        """Park one extraction already encoded by :func:`spill_line` (by a worker process)."""
        self.file.write(line)
        self.count += 1

    def lines(self) -> Iterator[str]:
        """The parked extractions as :func:`spill_line` wrote them, in order."""
        self.file.seek(0)
        yield from self.file

    def __iter__(self) -> Iterator[tuple[Paper, Extraction]]:
        for line in self.lines():
            yield read_spill_line(line)

    def extractions(self) -> Iterator[Extraction]:
        """The parked extractions without their papers."""
        for line in self.lines():
            yield Extraction.from_json(json.loads(line)["extraction"])

    def count_fields(self, need: FieldNeed) -> dict[str, Counter]:
        """The field counts a :class:`kg.link.Linker` asks for, read from the spill: pass 1
        counts none (:func:`extract_and_count`), they would grow with every paper."""
        from kg.link import count_fields

        return count_fields(self.extractions(), need)

    def close(self) -> None:
        self.file.close()


def _spilled(paper: Paper, extraction: Extraction) -> tuple[Extraction, str]:
    """What a worker sends back for one paper: the extraction (its names are counted) and its
    spill line, encoded there rather than in the parent (which serves all the workers)."""
    return extraction, spill_line(paper, extraction)


def extract_and_count(papers: Iterable[Paper], spill: Spill, *, workers: int = 1,
                      on_paper: Callable[[int], None] | None = None):  # fmt: skip
    """Pass 1: extract every paper into ``spill``; returns the corpus-wide name counts (without
    the acronyms' field counts: the Linker reads those it needs from the spill, ``spill.count_fields``)."""
    from kg.extract import build_pipeline, extract_map
    from kg.link import collect_forms

    forms = None
    nlp = build_pipeline()  # once: building it costs about a second
    # One extract_map() stream over all the papers, cut into chunks only for counting: with
    # workers its process pool lives for the whole run (a pool per chunk forked cold workers
    # each time and left one idle while the other finished the chunk's last batch).
    # (The names are counted here, in input order: a proposed name's kind depends on the
    # names of every paper before it.)
    extractions = extract_map(papers, _spilled, nlp=nlp, workers=workers)
    # progress is told per extraction as it comes back (a worker's batch at a time), not per
    # chunk: a bar moving in steps of 2,000 papers looked stuck
    told = extractions if on_paper is None else _told(extractions, on_paper)
    try:
        for chunk in batched(told, CHUNK):
            forms = collect_forms([extraction for extraction, _ in chunk], forms, fields=False)
            for _, line in chunk:
                spill.write_line(line)
    finally:
        close = getattr(extractions, "close", None)  # a generator; a list (tests) has none
        if close is not None:
            close()  # (the workers stop here when the loop does: an error, Ctrl-C)
    return forms if forms is not None else collect_forms([], fields=False)


def _told(items: Iterable[T], on_item: Callable[[int], None]) -> Iterator[T]:
    for item in items:
        on_item(1)
        yield item


def missing_entities(extraction: Extraction, known: set[tuple[str, str]]) -> list[Entity]:
    """Entities an extraction refers to that linking did not describe (adds them to ``known``).

    Every IRI a paper graph points at then has a type and a label in the shared
    graph (the SHACL shapes check ``sh:class`` on result links).
    """
    from kg.extract import metric_higher_is_better

    out = []

    def need(kind: str, name: str | None) -> None:
        # a placeholder ("(proposed)") is one paper's unnamed method, described in its graph
        if name and not is_placeholder(name) and (kind, name) not in known:
            known.add((kind, name))
            hib = metric_higher_is_better(name) if kind == "metric" else None
            out.append(Entity(kind, name, higher_is_better=hib))

    for t in ENTITY_TYPES:  # (a paper's own meaning of an acronym: kg.link.Linker.paper_canon)
        for m in extraction.mentions(t):
            need(ENTITY_KINDS[t], m.name)
    for r in extraction.results:
        need("method", r.method)
        need("method", r.baseline)
        need("dataset", r.dataset)
        need("metric", r.metric)
        need("task", r.task)
    for name in extraction.proposed:
        if not any((k, name) in known for k in ("method", "dataset", "metric", "task")):
            need("method", name)
    return out


def complete_entities(entities: Sequence[Entity]) -> list[Entity]:
    """Entities plus the families (``skos:broader``) they name but linking did not describe."""
    known = {(e.kind, e.name) for e in entities}
    out = list(entities)
    for e in entities:
        if e.broader and (e.kind, e.broader) not in known:
            known.add((e.kind, e.broader))
            out.append(Entity(e.kind, e.broader))
    return out


def first_labels(scheme: IriScheme, entities: Sequence[Entity]) -> Iterator[ox.Quad]:
    """The shared graph's quads for ``entities`` as :meth:`GraphStore.add_shared` writes them
    into an empty store: when two entities get one IRI, the first label stays the
    prefLabel (and rdfs:label) and a different later one becomes an altLabel.
    Only the colliding IRIs are remembered, so memory stays small.
    """
    counts = Counter(scheme.entity(e.kind, e.name).value for e in entities)
    colliding = {iri for iri, n in counts.items() if n > 1}
    del counts
    first: dict[tuple, ox.Literal] = {}
    for q in shared_quads(scheme, entities, []):
        if q.predicate in (SKOS_PREF, RDFS_LABEL) and q.subject.value in colliding:
            label = first.setdefault((q.subject, q.predicate), q.object)
            if label != q.object:
                if q.predicate == SKOS_PREF:
                    yield ox.Quad(q.subject, SKOS_ALT, q.object, q.graph_name)
                continue
        yield q


def _bulk_load(store: KgStore, graphs: Iterator[tuple[ox.NamedNode, list[ox.Quad]]],
               shard_dir: Path) -> int:  # fmt: skip
    """Write N-Quads shards of SHARD_PAPERS papers and bulk-load each; returns papers loaded.

    Each paper's quads go to the shard file as they are made (only one paper's
    quads are held at a time).
    """
    n = 0
    graphs = iter(graphs)
    for i in count():
        before = n

        def shard_quads() -> Iterator[ox.Quad]:
            nonlocal n
            for _, quads in islice(graphs, SHARD_PAPERS):
                n += 1
                yield from quads

        shard = shard_dir / f"shard-{i:05d}.nq"
        with shard.open("wb") as f:
            ox.serialize(shard_quads(), f, ox.RdfFormat.N_QUADS)
        if n > before:
            store.load(shard)
        shard.unlink()
        if n - before < SHARD_PAPERS:
            return n
    return n


def _interrupted(phase: str, store: GraphStore) -> Interrupted:
    """What a Ctrl-C in ``phase`` left in the store, and how to finish."""
    where = getattr(store, "location", "the store")
    again = "run the same command again to complete the build (papers already written are not rewritten)"
    if phase == "extracting":
        return Interrupted(f"interrupted while reading and extracting: nothing was written to {where}")
    if phase == "bulk":
        return Interrupted(f"interrupted while bulk-loading papers into {where}: papers are only whole "
                           f"once the build completes; {again}")  # fmt: skip
    if phase == "loading":
        return Interrupted(f"interrupted while writing papers into {where}: those written so far are whole "
                           f"(one transaction per batch), the rest are not there yet, and the leaderboards "
                           f"are out of date; {again}")  # fmt: skip
    return Interrupted(f"interrupted while recomputing the leaderboards of {where}: every paper is written, "
                       f"the leaderboards are out of date; {again} (or run `kg refresh`)")  # fmt: skip


def build(paths: Sequence[str | Path], store: GraphStore, *, base: str | None = None,
          on_error: str = "fail", input_format: str | None = None, workers: int = 1,
          quiet: bool = False, bulk: bool | None = None, categories: tuple[str, ...] = ()) -> BuildReport:  # fmt: skip
    """Build or update the knowledge graph in ``store`` from input files.

    Papers already in the store with identical content are left as they are;
    a paper whose text or extraction changed has its named graph replaced, in
    a transaction. ``bulk`` (default: automatic for a first build of at least
    BULK_MIN_PAPERS papers into a local store) loads through N-Quads shards
    and ``bulk_load``: much faster, but a paper is only whole once the build
    completes (re-running a killed bulk build completes it).

    ``categories`` keeps only the papers in those arXiv categories (:func:`iter_papers`).

    :raises InputError: a bad record with ``on_error="fail"`` (nothing is written).
    :raises Interrupted: on Ctrl-C, saying what was written and how to complete the build.
    """
    phase = "extracting"
    report = BuildReport()

    def on_phase(name: str) -> None:
        nonlocal phase
        phase = name

    try:
        return _build(paths, store, base=base, on_error=on_error, input_format=input_format, workers=workers,
                      quiet=quiet, bulk=bulk, report=report, on_phase=on_phase, categories=categories)  # fmt: skip
    except KeyboardInterrupt:
        raise _interrupted(phase, store) from None


def _build(paths: Sequence[str | Path], store: GraphStore, *, base: str | None, on_error: str,
           input_format: str | None, workers: int, quiet: bool, bulk: bool | None, report: BuildReport,
           on_phase: Callable[[str], None], categories: tuple[str, ...] = ()) -> BuildReport:  # fmt: skip
    from kg.link import Linker

    if isinstance(store, KgStore):
        store.refuse_mixed_layout()  # (a store loaded from a dump without graphs: second copies)
    started = time.perf_counter()
    stats: dict = {}
    papers = iter_papers(paths, on_error=on_error, input_format=input_format, stats=stats, errors=report.skipped,
                         categories=categories)  # fmt: skip
    workdir = store.path.parent if isinstance(store, KgStore) and store.path else None
    spill = Spill(workdir)
    try:
        logger.info("extracting")
        with _progress(quiet, "extracting") as bar:
            forms = extract_and_count(papers, spill, workers=workers, on_paper=bar.update)
        report.papers_read = spill.count
        report.duplicates = stats.get("duplicates", 0)
        report.off_category = stats.get("off_category", 0)
        if not spill.count:
            raise InputError("no papers found in the input", path=", ".join(map(str, paths)))
        logger.info("linking")
        linker = Linker(forms, workers=workers, fields=spill.count_fields)
        scheme = IriScheme(base) if base else IriScheme()
        entities = complete_entities(linker.entities)
        known = {(e.kind, e.name) for e in entities}
        empty = not any(store.named_graphs())  # before the entities graph is written
        if bulk is None:
            bulk = isinstance(store, KgStore) and spill.count >= BULK_MIN_PAPERS and empty
        on_phase("loading" if not bulk else "bulk")
        redo_boards = store.mark_boards_pending(scheme)  # (an earlier build stopped before its boards)
        # a store built before the boards' current format: its untouched boards would keep the old one
        old_boards = not redo_boards and store.boards_outdated(scheme)
        logger.info("writing %d entities", len(entities))
        if bulk and empty and isinstance(store, KgStore):
            # through bulk_load too: millions of quads in transactions fill RocksDB's
            # write buffers (about 1.4 GB of memory at 10^6 papers)
            with tempfile.TemporaryDirectory(dir=workdir, prefix="mlkg-shards-") as shard_dir:
                path = Path(shard_dir) / "entities.nq"
                with path.open("wb") as f:
                    ox.serialize(first_labels(scheme, entities), f, ox.RdfFormat.N_QUADS)
                store.load(path)
        else:
            store.add_shared(shared_quads(scheme, entities, []))
        agents: set[tuple[str, str]] = set()
        late: list[Entity] = []
        touched: set = set()
        logger.info("loading %d papers%s", spill.count, " (bulk)" if bulk else "")
        with _progress(quiet, "loading") as bar:

            def graphs() -> Iterator[tuple[ox.NamedNode, list[ox.Quad]]]:
                for paper, extraction in spill:
                    linked = linker.rewrite(extraction)
                    late.extend(missing_entities(linked, known))
                    agents.add((linked.extractor, linked.version))
                    yield scheme.paper_graph(paper), paper_quads(scheme, paper, linked)
                    bar.update()

            if bulk and isinstance(store, KgStore):
                with tempfile.TemporaryDirectory(dir=workdir, prefix="mlkg-shards-") as shard_dir:
                    report.loaded = _bulk_load(store, graphs(), Path(shard_dir))
            else:
                report.loaded, report.unchanged = store.replace_papers(graphs(), touched=touched)
        on_phase("leaderboards")
        logger.info("writing %d late entities", len(late))
        store.add_shared(shared_quads(scheme, late, sorted(agents)))
        # Leaderboards last: a late entity may be the metric (and direction) of a result.
        logger.info("leaderboards")
        if bulk and isinstance(store, KgStore):
            entries = store.materialise_leaderboards(scheme) if empty else store.refresh_leaderboards(scheme)
        else:
            if redo_boards:
                logger.info("an earlier build stopped before its leaderboards: recomputing all of them")
            elif old_boards:
                logger.info("the leaderboards were built by an older version: recomputing all of them")
            redo_boards = redo_boards or old_boards
            with _progress(quiet, "leaderboards", unit="board") as bar:
                bar.total = None if redo_boards else len(touched)
                entries = store.refresh_leaderboards(scheme, None if redo_boards else touched, progress=bar.update)
        store.clear_boards_pending(scheme)
        logger.info("leaderboards: %d entries", entries)
    finally:
        spill.close()
    store.flush()
    report.seconds = time.perf_counter() - started
    logger.info("built %d papers (%d new or changed, %d unchanged, %d duplicates, %d skipped) in %.1fs",
                report.papers_read, report.loaded, report.unchanged, report.duplicates,
                len(report.skipped), report.seconds)  # fmt: skip
    return report


def extract_papers(paths: Sequence[str | Path], out: IO[str], *, on_error: str = "fail",
                   input_format: str | None = None, workers: int = 1, quiet: bool = False,
                   link_names: bool = True, stats: dict | None = None,
                   categories: tuple[str, ...] = ()) -> tuple[int, list[str]]:  # fmt: skip
    """Write the extraction output contract (one JSON line per paper) to ``out``, streaming.

    Entities are named as each paper writes them, with their linked name as ``canonical``
    (:func:`kg.link.output_record`); ``link_names=False`` writes surface names only.
    Returns (papers written, skip messages); ``stats["duplicates"]`` counts the papers
    dropped as another copy or version of one read before (:func:`kg.sources.dedupe`), and
    ``stats["off_category"]`` those outside ``categories`` (:func:`iter_papers`).
    """
    skipped: list[str] = []
    papers = iter_papers(paths, on_error=on_error, input_format=input_format, errors=skipped, stats=stats,
                         categories=categories)  # fmt: skip
    return write_extractions(papers, out, workers=workers, quiet=quiet, link_names=link_names), skipped


def write_extractions(papers: Iterable[Paper], out: IO[str], *, workers: int = 1, quiet: bool = False,
                      link_names: bool = True) -> int:  # fmt: skip
    """:func:`extract_papers` after reading: extract, link, write one JSON line per paper to
    ``out``; returns how many. With ``workers`` > 1 both passes run in worker processes: the
    extraction and, once the corpus is linked, the making of the output lines."""
    from kg.link import Linker

    spill = Spill()
    try:
        with _progress(quiet, "extracting") as bar:
            forms = extract_and_count(papers, spill, workers=workers, on_paper=bar.update)
        linker = Linker(forms, workers=workers, fields=spill.count_fields) if link_names else None
        if workers <= 1:
            for line in spill.lines():
                out.write(output_line(line, linker))
        else:
            # a new pool, forked after linking: its workers inherit the Linker (spawned ones get it pickled)
            outputs = ordered_map(_output_lines, batched(spill.lines(), OUTPUT_BATCH), workers,
                                  initializer=_set_output_linker, initargs=(linker,))  # fmt: skip
            with closing(outputs):
                for text in outputs:
                    out.write(text)
        return spill.count
    finally:
        spill.close()


OUTPUT_BATCH = 64  # spill lines per task of the output pass (about 10 ms of a worker's work)


def output_line(line: str, linker: Linker | None) -> str:
    """The output contract's line (:func:`kg.link.output_record`) for one spill line."""
    from kg.link import output_record

    _, extraction = read_spill_line(line)
    return json.dumps(output_record(extraction, linker), ensure_ascii=False) + "\n"


_OUTPUT_LINKER: Linker | None = None  # the output pass's workers' Linker


def _set_output_linker(linker: Linker | None) -> None:
    global _OUTPUT_LINKER
    _OUTPUT_LINKER = linker


def _output_lines(lines: list[str]) -> str:
    return "".join(output_line(line, _OUTPUT_LINKER) for line in lines)


def read_extractions(path: str | Path) -> list[dict]:
    """Read a JSON Lines file of extraction output (or gold annotations).

    :raises InputError: naming file and line for a line that is not a JSON object.
    """
    out = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                from kg.sources.jsonl import describe_json_error

                raise InputError(describe_json_error(e, line), path=str(path), line=number) from None
            if not isinstance(record, dict):
                raise InputError("expected a JSON object", path=str(path), line=number)
            out.append(record)
    return out


def looks_like_extractions(path: str | Path) -> bool:
    """True when a file is extraction output (JSON lines with entity lists), not raw papers."""
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    return isinstance(record, dict) and any(
                        k in record for k in ("methods", "datasets", "metrics", "tasks", "results")
                    )
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False
