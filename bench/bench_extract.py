#!/usr/bin/env python3
"""Extraction throughput against spaCy's tokenizer alone, measured in the same run.

The hf-daily papers (../shared/corpus/hf-daily-papers) are repeated to at least 5,000
abstracts. The peer is ``spacy.blank("en").make_doc`` (spaCy's own English tokenizer)
over the same texts; we also time the mlkg pipeline's tokenizer (``mlkg.tokenizer.v2``,
what ``build_pipeline().make_doc`` runs) and :func:`kg.extract.extract` with ``workers=1``
and ``workers=2``. Rates are abstracts per second of wall-clock time and per second of CPU
time (this process and its workers; on a busy machine the CPU rate is the stable one), best
of ``--repeat`` runs; the ratio columns compare with spaCy's tokenizer.

Usage: .venv/bin/python bench/bench_extract.py [--n 5000] [--workers 1,2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy  # noqa: E402

from kg.extract import build_pipeline, extract  # noqa: E402
from kg.extract.evaluate import SHARED, read_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000, help="abstracts to process (default 5000)")
    ap.add_argument("--workers", default="1,2", help="worker counts to time (default 1,2)")
    ap.add_argument("--repeat", type=int, default=3, help="timing repeats, best kept (default 3)")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"{SHARED} not found; the benchmark reads the hf-daily corpus", file=sys.stderr)
        return 1
    base = read_corpus()
    papers = (base * (args.n // len(base) + 1))[: args.n]
    texts = [p.text for p in papers]
    spacy_nlp = spacy.blank("en")
    nlp = build_pipeline()

    def cpu() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    def best(fn) -> tuple[float, float]:
        """(wall seconds, CPU seconds of this process and its workers), best of repeats."""
        runs = []
        for _ in range(args.repeat):
            c0, t0 = cpu(), time.perf_counter()
            fn()
            runs.append((time.perf_counter() - t0, cpu() - c0))
        return min(runs)

    n = len(texts)
    t_tok, c_tok = best(lambda: [spacy_nlp.make_doc(t) for t in texts])
    print(f"{n} abstracts ({len(base)} unique hf-daily papers repeated), "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print("wall: abstracts per second of elapsed time; cpu: per second of CPU time used")
    print(f"{'run':<28}{'wall/s':>9}{'ratio':>8}{'cpu/s':>9}{'ratio':>8}")

    def row(label: str, wall: float, cpu_s: float) -> None:
        print(f"{label:<28}{n / wall:>9.0f}{t_tok / wall:>8.2f}{n / cpu_s:>9.0f}{c_tok / cpu_s:>8.2f}")

    row("spaCy tokenizer (make_doc)", t_tok, c_tok)
    row("mlkg tokenizer (make_doc)", *best(lambda: [nlp.make_doc(t) for t in texts]))
    for w in [int(x) for x in args.workers.split(",") if x]:
        row(f"extract workers={w}", *best(lambda w=w: sum(1 for _ in extract(papers, nlp=nlp, workers=w))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
