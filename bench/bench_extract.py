#!/usr/bin/env python3
"""Extraction throughput against spaCy's tokenizer alone, measured in the same run.

The hf-daily papers (../shared/corpus/hf-daily-papers) are repeated to at least 5,000
abstracts. The peer is ``spacy.blank("en").make_doc`` (spaCy's own English tokenizer)
over the same texts; we also time the mlkg pipeline's tokenizer (``mlkg.tokenizer.v1``,
what ``build_pipeline().make_doc`` runs) and :func:`kg.extract.extract` with ``workers=1``
and ``workers=2``. Rates are abstracts per second of wall-clock time, best of ``--repeat``
runs; the last column is the ratio to spaCy's tokenizer.

Usage: .venv/bin/python bench/bench_extract.py [--n 5000] [--workers 1,2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
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

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    t_tok = best(lambda: [spacy_nlp.make_doc(t) for t in texts])
    tok_rate = len(texts) / t_tok
    print(f"{len(texts)} abstracts ({len(base)} unique hf-daily papers repeated), "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"{'run':<30}{'abstracts/s':>12}{'vs spaCy tokenizer':>20}")
    print(f"{'spaCy tokenizer (make_doc)':<30}{tok_rate:>12.0f}{1.0:>20.2f}")
    t_mlkg = best(lambda: [nlp.make_doc(t) for t in texts])
    rate = len(texts) / t_mlkg
    print(f"{'mlkg tokenizer (make_doc)':<30}{rate:>12.0f}{rate / tok_rate:>20.2f}")
    for w in [int(x) for x in args.workers.split(",") if x]:
        t = best(lambda w=w: sum(1 for _ in extract(papers, nlp=nlp, workers=w)))
        rate = len(papers) / t
        print(f"{f'extract workers={w}':<30}{rate:>12.0f}{rate / tok_rate:>20.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
