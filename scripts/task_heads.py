#!/usr/bin/env python3
"""Task head nouns derived from Papers with Code task names, against ``names.TASK_HEADS``.

The extractor finds a task only under a head noun it knows (``names.TASK_HEADS``: "lunar
crater counting" never comes out). This prints the heads of the leaderboard task names of
sota-arxiv train (``train.gold.jsonl``; activity nouns only, as for the SciERC tasks of
``derive_lexicons.py``) that the extractor lacks, with for each:

- ``names``: how many distinct task names it heads (the frequency knob);
- ``sota`` / ``hf``: how often "<word> <head>" occurs in the sota-arxiv and hf-daily text;
- ``known``: the share of the sota occurrences whose "<word> <head>" is a task of the
  lexicons (a head that mostly heads known tasks, "image denoising", reads as a task head;
  one that does not, "high resolution", "logistic regression", names a property or method);
- ``gold``: tasks of the readable annotated sets (dev, sota40, sota40c, hf40a, hf40b) it heads.

Round 19 measured adding these heads (a floor on ``names``): see kg/extract/training/README.md.

Usage: .venv/bin/python scripts/task_heads.py [--floor 2]   (run from the checkout)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import names as N  # noqa: E402
from kg.extract.evaluate import SHARED, read_corpus  # noqa: E402
from kg.extract.lexicon import lookup_label  # noqa: E402

TRAINING = ROOT / "kg" / "extract" / "training"
READABLE = (SHARED / "gold" / "dev.jsonl", TRAINING / "sota40.jsonl", TRAINING / "sota40c.jsonl",
            TRAINING / "hf40a.jsonl", TRAINING / "hf40b.jsonl")  # fmt: skip
_PAREN = re.compile(r"\s*\([^()]*\)")
_ACTIVITY_NOUN = re.compile(r"[a-z-]{3,}(?:tion|sion|ing|sis|ment|ance)")


def head(name: str) -> str:
    words = _PAREN.sub(" ", name).lower().split()
    return words[-1] if words else ""


def pwc_heads() -> Counter:
    """Activity-noun head -> number of distinct leaderboard task names of sota-arxiv train."""
    tasks = set()
    with open(SHARED / "corpus" / "sota-arxiv" / "train.gold.jsonl", encoding="utf-8") as f:
        for line in f:
            tasks.update(row["task"] for row in json.loads(line).get("leaderboard", []))
    return Counter(h for h in map(head, tasks) if _ACTIVITY_NOUN.fullmatch(h))


def sota_text() -> str:
    texts = []
    for name in ("train.jsonl", "validation.jsonl"):
        with open(SHARED / "corpus" / "sota-arxiv" / name, encoding="utf-8") as f:
            texts += [d.get("title", "") + " . " + d.get("abstract", "") for d in map(json.loads, f)]
    return "\n".join(texts).lower()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--floor", type=int, default=2, help="least number of task names a head heads")
    args = ap.parse_args(argv)
    heads = {h: n for h, n in pwc_heads().items() if n >= args.floor and h not in N.TASK_HEAD_SET}
    gold = Counter()
    for path in READABLE:
        with open(path, encoding="utf-8") as f:
            gold.update(head(t) for d in map(json.loads, f) for t in d["tasks"])
    sota = sota_text()
    hf = "\n".join(p.title + " . " + p.abstract for p in read_corpus()).lower()
    print(f"{'head':<16}{'names':>6}{'sota':>7}{'known':>7}{'hf':>5}{'gold':>5}  most frequent in sota")
    for h in sorted(heads, key=lambda h: -heads[h]):
        pattern = re.compile(r"([a-z][a-z-]+) " + re.escape(h) + r"\b")
        pairs = Counter(pattern.findall(sota))
        total = sum(pairs.values())
        known = sum(n for w, n in pairs.items() if lookup_label(f"{w} {h}") == "TASK")
        top = ", ".join(f"{w} {h}" for w, _ in pairs.most_common(4))
        print(
            f"{h:<16}{heads[h]:>6}{total:>7}{known / max(total, 1):>7.2f}{len(pattern.findall(hf)):>5}"
            f"{gold[h]:>5}  {top}"
        )
    outside = sum(n for h, n in gold.items() if h not in N.TASK_HEAD_SET)
    print(
        f"readable annotated tasks: {sum(gold.values())}, headed outside TASK_HEADS: {outside}, "
        f"by a head above: {sum(gold[h] for h in heads)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
