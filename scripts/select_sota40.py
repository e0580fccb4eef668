#!/usr/bin/env python3
"""Choose the 40 sota-arxiv abstracts of ``kg/extract/training/sota40.jsonl`` (deterministic).

Candidates are the records of ``../shared/corpus/sota-arxiv/train.jsonl`` that

- have an arXiv id of 2023 or 2024 (``arXiv:23…`` or ``arXiv:24…``);
- have a title with words and an abstract of at least 600 characters, both after
  :func:`kg.sources.clean.clean_text` (the text the extractor reads);
- look like ML papers: the cleaned title or abstract contains (case-insensitively) at least
  one of model, learning, neural, network, transformer, benchmark, dataset, training;
- are not in ``kg/extract/training/tasks_sota160.jsonl``, nor among the 3,000 papers that
  ``scripts/crosscheck.py`` (``sota_task_check``) scores tasks on, nor a dev gold paper
  (same normalised title).

They are shuffled with ``random.Random(2026)`` in file order and the first 40 kept.
Prints one line per paper: id, then cleaned title. ``--text`` also prints the cleaned
abstract (for annotating; not stored anywhere).

Usage: .venv/bin/python scripts/select_sota40.py [--text] [-n 40]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import title_key  # noqa: E402
from kg.sources.clean import clean_text  # noqa: E402

SHARED = ROOT.parent / "shared"
SOTA = SHARED / "corpus" / "sota-arxiv"
TRAINING = ROOT / "kg" / "extract" / "training"
ML_WORDS = ("model", "learning", "neural", "network", "transformer", "benchmark", "dataset", "training")


def _lines(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def crosscheck_task_ids(limit: int = 3000) -> set[str]:
    """The ids ``scripts/crosscheck.py`` ``sota_task_check`` scores (same order, same shuffle)."""
    with_board: set[str] = set()
    ids: list[str] = []
    for split in ("validation", "train"):
        for d in _lines(SOTA / f"{split}.gold.jsonl"):
            if d["leaderboard"]:
                with_board.add(d["id"])
        ids.extend(d["id"] for d in _lines(SOTA / f"{split}.jsonl") if d["id"] in with_board)
    random.Random(0).shuffle(ids)
    return set(ids[:limit])


def select(n: int = 40, seed: int = 2026) -> list[dict]:
    """The chosen records, each {"id", "title", "abstract"} with cleaned text."""
    excluded = crosscheck_task_ids()
    excluded |= {d["id"] for d in _lines(TRAINING / "tasks_sota160.jsonl")}
    dev_titles = {title_key(d["title"]) for d in _lines(SHARED / "gold" / "dev.jsonl")}
    candidates = []
    for d in _lines(SOTA / "train.jsonl"):
        if not d["id"].startswith(("arXiv:23", "arXiv:24")) or d["id"] in excluded:
            continue
        title, abstract = clean_text(d.get("title") or ""), clean_text(d.get("abstract") or "")
        if not title_key(title) or len(abstract) < 600 or title_key(title) in dev_titles:
            continue
        text = f"{title} {abstract}".lower()
        if any(w in text for w in ML_WORDS):
            candidates.append({"id": d["id"], "title": title, "abstract": abstract})
    random.Random(seed).shuffle(candidates)
    return candidates[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--text", action="store_true", help="print the cleaned abstracts too")
    args = ap.parse_args(argv)
    for i, d in enumerate(select(args.n), 1):
        print(f"{i:>2} {d['id']}\t{d['title']}")
        if args.text:
            print(f"   {d['abstract']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
