#!/usr/bin/env python3
"""Choose the 50 sota-arxiv abstracts of ``kg/extract/training/results50.jsonl`` (deterministic).

Candidates are the records of ``../shared/corpus/sota-arxiv/train.jsonl`` that

- have an arXiv id of 2023 (``arXiv:2301`` to ``arXiv:2312``), the year closest to the
  hf-daily papers;
- report at least one number with a measure in the cleaned abstract (:data:`SCORE`: a
  percentage, a ratio "2.1x", "N points", or a number next to a measure word such as
  accuracy, F1, AP, BLEU, FID, ...);
- are in no set of ``kg/extract/training/`` (by id or normalised title) and are not a dev gold
  paper (normalised title).

They are shuffled with ``random.Random(2501)`` in file order and the first 50 kept.

Prints one line per paper: id, then cleaned title; ``--text`` also prints the cleaned abstract
(for annotating; not stored anywhere).

Usage: .venv/bin/python scripts/select_results50.py [--text] [-n 50] [--seed 2501]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import title_key  # noqa: E402
from kg.sources.base import paper_from_record  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "corpus" / "sota-arxiv" / "train.jsonl"
TRAINING = ROOT / "kg" / "extract" / "training"
OWN_FILE = "results50.jsonl"  # the set this script chooses: not an exclusion of itself

_MEASURE_WORDS = (
    r"accuracy|acc|F1|F-score|AP\d*|mAP|mIoU|IoU|BLEU|ROUGE(?:-\w+)?|FID|PSNR|SSIM|EER|WER|CER|"
    r"AUC|AUROC|recall|precision|perplexity|pass@\d+|success rate|win rate|Top-1|top-1|dB|NDCG|MRR|"
    r"Hits@\d+|points?|speedup|FPS|fps"
)
# A number that reads as a score or a measured difference: "12.5%", "2.1x", "3.2 points",
# "46.3 AP", "accuracy of 79.4".
SCORE = re.compile(
    rf"\d+(?:\.\d+)?\s*(?:%|x\b|×)|\d+(?:\.\d+)?\s+(?:{_MEASURE_WORDS})\b|"
    rf"\b(?:{_MEASURE_WORDS})\s+(?:of|to|by)\s+\d+(?:\.\d+)?"
)


def _lines(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def excluded() -> tuple[set[str], set[str]]:
    """(ids, title keys) of every paper of the training sets and of dev."""
    ids, titles = set(), set()
    for path in sorted(TRAINING.glob("*.jsonl")):
        if path.name == OWN_FILE:
            continue
        for rec in _lines(path):
            ids.add(str(rec.get("id")))
            if rec.get("title"):
                titles.add(title_key(rec["title"]))
    titles |= {title_key(rec["title"]) for rec in _lines(SHARED / "gold" / "dev.jsonl")}
    return ids, titles


def select(n: int = 50, seed: int = 2501) -> list[dict]:
    """The chosen records, each {"id", "title", "abstract"} with cleaned text."""
    ids, titles = excluded()
    candidates = []
    for rec in _lines(TRAIN):
        if not re.match(r"arXiv:23(0[1-9]|1[0-2])\.", rec["id"]) or rec["id"] in ids:
            continue
        paper = paper_from_record(rec, f"{TRAIN}:{rec['id']}")
        if title_key(paper.title) in titles or not SCORE.search(paper.abstract):
            continue
        candidates.append({"id": rec["id"], "title": paper.title, "abstract": paper.abstract})
    random.Random(seed).shuffle(candidates)
    return candidates[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=2501)
    ap.add_argument("--text", action="store_true", help="also print each cleaned abstract")
    args = ap.parse_args(argv)
    for rec in select(args.n, args.seed):
        print(f"{rec['id']}\t{rec['title']}")
        if args.text:
            print(rec["abstract"] + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
