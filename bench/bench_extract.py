#!/usr/bin/env python3
"""Extraction throughput against spaCy's tokenizer alone, measured in the same run.

The hf-daily papers (../shared/corpus/hf-daily-papers) are repeated to at least 5,000
abstracts. The peer is ``spacy.blank("en").make_doc`` (spaCy's own English tokenizer)
over the same texts; we also time the mlkg pipeline's tokenizer (``mlkg.tokenizer.v2``,
what ``build_pipeline().make_doc`` runs) and :func:`kg.extract.extract` with ``workers=1``
and ``workers=2``. Rates are abstracts per second of wall-clock time and per second of CPU
time (this process and its workers; on a busy machine the CPU rate is the stable one), best
of ``--repeat`` runs; the ratio columns compare with spaCy's tokenizer.

With ``--input FILE`` the abstracts are the papers of FILE (any format ``kg extract`` reads,
e.g. ../shared/corpus/sota-arxiv/validation.jsonl), the first ``--n`` of them, not repeated;
each timed run then starts from a pipeline (and a spaCy tokenizer) built for it, so that
every text is one the tokenizer has not seen: its cache of split chunks would otherwise make
the repeats faster than a first pass over new abstracts.

With ``--whole`` the rows "kg extract workers=N" time what ``kg extract`` does after reading
the input (:func:`kg.build.write_extractions`: the pipeline's build, the extraction, linking,
the output lines, written to a null sink): the parent's share of a whole run (counting names,
the spill, linking, the output pass) shows there, not in :func:`kg.extract.extract`'s rows.

Usage: .venv/bin/python bench/bench_extract.py [--n 5000] [--workers 1,2] [--repeat 3] [--input FILE] [--whole]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy  # noqa: E402

from kg.build import write_extractions  # noqa: E402
from kg.extract import build_pipeline, extract  # noqa: E402
from kg.extract.evaluate import SHARED, read_corpus  # noqa: E402
from kg.sources import read_papers  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000, help="abstracts to process (default 5000)")
    ap.add_argument("--workers", default="1,2", help="worker counts to time (default 1,2)")
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats, best kept (default 3)")
    ap.add_argument(
        "--input", type=Path, help="time the first N papers of this file, each run on text not seen before"
    )
    ap.add_argument("--whole", action="store_true", help="also time kg extract's whole run after reading")
    args = ap.parse_args(argv)
    if args.input is not None:
        if not args.input.exists():
            print(f"--input {args.input}: no such file or directory", file=sys.stderr)
            return 1
        papers = list(islice(read_papers(args.input, on_error="skip"), args.n))
        if not papers:
            print(f"--input {args.input}: no papers read", file=sys.stderr)
            return 1
        source = f"{len(papers)} unique papers of {args.input}, each run on a new pipeline"
    else:
        if not SHARED.exists():
            print(f"{SHARED} not found; the benchmark reads the hf-daily corpus", file=sys.stderr)
            return 1
        base = read_corpus()
        papers = (base * (args.n // len(base) + 1))[: args.n]
        source = f"{len(base)} unique hf-daily papers repeated"
    texts = [p.text for p in papers]
    # (with --input, a new tokenizer and pipeline per timed run: built before its clock starts)
    fresh = args.input is not None
    spacy_nlp = None if fresh else spacy.blank("en")
    nlp = None if fresh else build_pipeline()

    def cpu() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    def best(fn, make=None) -> tuple[float, float]:
        """(wall seconds, CPU seconds of this process and its workers), best of repeats;
        ``make()``, if given, builds what ``fn`` takes before each run's clock starts."""
        runs = []
        for _ in range(args.repeat):
            arg = make() if make else None
            c0, t0 = cpu(), time.perf_counter()
            fn(arg)
            runs.append((time.perf_counter() - t0, cpu() - c0))
        return min(runs)

    def tokenizer() -> spacy.Language:
        return spacy_nlp or spacy.blank("en")

    def pipeline() -> spacy.Language:
        return nlp or build_pipeline()

    n = len(texts)
    t_tok, c_tok = best(lambda tok: [tok.make_doc(t) for t in texts], tokenizer)
    print(f"{n} abstracts ({source}), {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print("wall: abstracts per second of elapsed time; cpu: per second of CPU time used")
    print(f"{'run':<28}{'wall/s':>9}{'ratio':>8}{'cpu/s':>9}{'ratio':>8}")

    def row(label: str, wall: float, cpu_s: float) -> None:
        print(f"{label:<28}{n / wall:>9.0f}{t_tok / wall:>8.2f}{n / cpu_s:>9.0f}{c_tok / cpu_s:>8.2f}")

    row("spaCy tokenizer (make_doc)", t_tok, c_tok)
    row("mlkg tokenizer (make_doc)", *best(lambda p: [p.make_doc(t) for t in texts], pipeline))
    for w in [int(x) for x in args.workers.split(",") if x]:
        row(
            f"extract workers={w}",
            *best(lambda p, w=w: sum(1 for _ in extract(papers, nlp=p, workers=w)), pipeline),
        )
    for w in [int(x) for x in args.workers.split(",") if x] if args.whole else []:
        row(f"kg extract workers={w}", *best(lambda _, w=w: write_extractions(papers, _Null(), workers=w, quiet=True)))
    return 0


class _Null:
    """An output that keeps nothing (the rows time making the lines, not a disk)."""

    def write(self, text: str) -> int:
        return len(text)


if __name__ == "__main__":
    sys.exit(main())
