"""The build: read papers, extract, link, turn into quads and load them.

``build()`` is what ``kg build`` runs; ``extract_papers()`` what ``kg extract``
runs. Input is read twice: a first pass checks every record (so that with
``on_error="fail"`` a bad record stops the build before the store is touched),
a second pass does the work. Both passes stream.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import IO

from tqdm import tqdm

from kg.errors import InputError
from kg.model import BuildReport, Entity, Extraction, Paper
from kg.rdf import IriScheme, paper_quads, shared_quads
from kg.store import GraphStore

logger = logging.getLogger(__name__)


def check_inputs(paths: Sequence[str | Path], *, input_format: str | None = None) -> int:
    """Read every record once without keeping it; returns how many there are.

    :raises InputError: at the first bad record (with ``on_error="fail"``).
    """
    from kg.sources import read_papers

    return sum(1 for _ in read_papers(paths, on_error="fail", format=input_format))


def unique_papers(paths: Sequence[str | Path], *, on_error: str = "fail", input_format: str | None = None,
                  stats: dict | None = None, errors: list[str] | None = None) -> list[Paper]:  # fmt: skip
    """The papers of all inputs, de-duplicated (first sighting wins).

    With ``on_error="fail"`` every record is checked first, so a bad record
    raises before any work (and before the store is touched). With ``"skip"``
    bad records are skipped and their messages appended to ``errors``.
    """
    from kg.sources import dedupe, read_papers

    if on_error == "fail":
        check_inputs(paths, input_format=input_format)
    papers = read_papers(paths, on_error=on_error, format=input_format, errors=errors)
    return list(dedupe(papers, stats=stats))


def _progress(total: int | None, quiet: bool, unit: str = "paper") -> tqdm:
    show = not quiet and sys.stderr.isatty()
    return tqdm(total=total, unit=unit, disable=not show, file=sys.stderr, smoothing=0.1,
                dynamic_ncols=True)  # fmt: skip


def complete_entities(extractions: Sequence[Extraction], entities: Sequence[Entity]) -> list[Entity]:
    """Entities plus any name a result, family or proposal refers to but linking did not describe.

    Every IRI the paper graphs point at then has a type and a label in the
    shared graph (the SHACL shapes check ``sh:class`` on result links).
    """
    from kg.extract import metric_higher_is_better

    known = {(e.kind, e.name) for e in entities}
    out = list(entities)

    def need(kind: str, name: str | None) -> None:
        if name and (kind, name) not in known:
            known.add((kind, name))
            hib = metric_higher_is_better(name) if kind == "metric" else None
            out.append(Entity(kind, name, higher_is_better=hib))

    for e in entities:
        need(e.kind, e.broader)
    for x in extractions:
        for r in x.results:
            need("method", r.method)
            need("method", r.baseline)
            need("dataset", r.dataset)
            need("metric", r.metric)
            need("task", r.task)
        for name in x.proposed:
            if not any((k, name) in known for k in ("method", "dataset", "metric", "task")):
                need("method", name)
    return out


def extract_linked(papers: Sequence[Paper], *, workers: int = 1,
                   on_paper: Callable[[], None] | None = None) -> tuple[list[Extraction], list[Entity]]:  # fmt: skip
    """Extract every paper, then link names across the whole batch."""
    from kg.extract import extract
    from kg.link import link

    extractions = []
    for extraction in extract(papers, workers=workers):
        extractions.append(extraction)
        if on_paper:
            on_paper()
    linked, entities = link(extractions)
    return linked, complete_entities(linked, entities)


def build(paths: Sequence[str | Path], store: GraphStore, *, base: str | None = None,
          on_error: str = "fail", input_format: str | None = None, workers: int = 1,
          quiet: bool = False) -> BuildReport:  # fmt: skip
    """Build or update the knowledge graph in ``store`` from input files.

    Papers already in the store with identical content are left as they are;
    a paper whose text or extraction changed has its named graph replaced.

    :raises InputError: a bad record with ``on_error="fail"`` (nothing is written).
    """
    started = time.perf_counter()
    report = BuildReport()
    stats: dict = {}
    papers = unique_papers(paths, on_error=on_error, input_format=input_format, stats=stats,
                           errors=report.skipped)  # fmt: skip
    if not papers:
        raise InputError("no papers found in the input", path=", ".join(map(str, paths)))
    report.papers_read = len(papers)
    report.duplicates = stats.get("duplicates", 0)

    logger.info("extracting %d papers", len(papers))
    with _progress(len(papers), quiet) as bar:
        bar.set_description("extracting")
        extractions, entities = extract_linked(papers, workers=workers, on_paper=lambda: bar.update())
    scheme = IriScheme(base) if base else IriScheme()
    agents = sorted({(e.extractor, e.version) for e in extractions})

    logger.info("loading %d papers", len(papers))
    with _progress(len(papers), quiet) as bar:
        bar.set_description("loading")

        def graphs() -> Iterator:
            for paper, extraction in zip(papers, extractions, strict=True):
                yield scheme.paper_graph(paper), paper_quads(scheme, paper, extraction)
                bar.update()

        store.add_shared(shared_quads(scheme, entities, agents))
        report.loaded, report.unchanged = store.replace_papers(graphs())
    store.flush()
    report.seconds = time.perf_counter() - started
    logger.info("built %d papers (%d new or changed, %d unchanged, %d duplicates, %d skipped) in %.1fs",
                report.papers_read, report.loaded, report.unchanged, report.duplicates,
                len(report.skipped), report.seconds)  # fmt: skip
    return report


def extract_papers(paths: Sequence[str | Path], out: IO[str] | None, *, on_error: str = "fail",
                   input_format: str | None = None, workers: int = 1, quiet: bool = False,
                   link_names: bool = True) -> tuple[int, list[str]]:  # fmt: skip
    """Write the extraction output contract (one JSON line per paper) to ``out``.

    Returns (papers written, skip messages).
    """
    skipped: list[str] = []
    papers = unique_papers(paths, on_error=on_error, input_format=input_format, errors=skipped)
    with _progress(len(papers), quiet) as bar:
        bar.set_description("extracting")
        if link_names:
            extractions, _ = extract_linked(papers, workers=workers, on_paper=lambda: bar.update())
        else:
            from kg.extract import extract

            extractions = list(extract(papers, workers=workers))
            bar.update(len(papers))
    sink = out or nullcontext()
    for extraction in extractions:
        sink.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
    return len(extractions), skipped


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
                raise InputError(f"not valid JSON ({e.msg})", path=str(path), line=number) from None
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


def iter_lines(items: Iterable[dict]) -> Iterator[str]:
    for item in items:
        yield json.dumps(item, ensure_ascii=False) + "\n"
