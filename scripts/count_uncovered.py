#!/usr/bin/env python3
"""Count a construction over the corpora, and how often a result uses its number.

Before writing a results rule, count the construction it reads: how many abstracts hold it,
and in how many the extractor already outputs a result with that number (round 23 found most
probe misses occur in fewer than 10 of the ~10,700 corpus abstracts). PATTERN is a regular
expression; its first group (else the whole match) holds the number. A match counts as
covered when a result of the paper has that number (its magnitude) and its evidence span
holds the match. The papers of the held-out sets (hf40, hf40c, sota40b, sotaval40) are left
out by title, so nothing of theirs is counted or printed.

Usage: .venv/bin/python scripts/count_uncovered.py PATTERN SOTA.jsonl HF.jsonl [--sample N] [--seed S]
       (SOTA.jsonl, HF.jsonl: the outputs of ``kg extract`` on sota-arxiv train+validation and
       on hf-daily-papers)

>>> _number(re.search(r"by (\\d+(?:\\.\\d+)?)%", "gains by 12.5% on X"))
12.5
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from readable_corpus import corpus_texts  # noqa: E402

_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _number(m: re.Match) -> float | None:
    """The number a match reads: its first group's, else the whole match's (commas dropped)."""
    found = _DIGITS.search((m.group(1) if m.re.groups else m.group()).replace(",", ""))
    return float(found.group()) if found else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern")
    ap.add_argument("outputs", nargs="+", help="kg extract outputs of the corpora")
    ap.add_argument("--sample", type=int, default=20, help="uncovered matches to print")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    pattern = re.compile(args.pattern)
    texts = corpus_texts()
    counts: Counter = Counter()
    uncovered: list[tuple[str, str, str]] = []
    for path in args.outputs:
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            if record["id"] not in texts:
                continue
            corpus, text, start = texts[record["id"]]
            for m in pattern.finditer(text, start):
                value = _number(m)
                covered = value is not None and any(
                    r["span"][0] <= m.start() < r["span"][1] and abs(abs(r["value"]) - value) < 1e-6
                    for r in record.get("results", []))  # fmt: skip
                counts[corpus, covered] += 1
                if not covered:
                    context = " ".join(text[max(start, m.start() - 90) : m.end() + 50].split())
                    uncovered.append((corpus, record["id"], context))
    for corpus in ("sota", "hf"):
        print(f"{corpus}: {counts[corpus, True]} covered, {counts[corpus, False]} uncovered")
    print(f"uncovered in {len({u[1] for u in uncovered})} abstracts")
    for corpus, pid, context in random.Random(args.seed).sample(uncovered, min(args.sample, len(uncovered))):
        print(f"{corpus} {pid[:18]:<18} | {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
