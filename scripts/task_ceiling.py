#!/usr/bin/env python3
"""Task diagnostics: the rules' task F1 per annotated set, a learned ranker fitted on some sets
and scored on all, the candidate ceiling (how many annotated tasks some candidate matches)
and the heads of the annotated tasks no candidate finds. Per-paper lines (annotated tasks
written in the text that no candidate finds) are printed for readable sets only (dev, hfa,
hfb); held-out sets (hf, s40b) appear in the aggregate figures only.

The candidates, features and ranker are those of ``scripts/train_task_ranker.py``.

Usage: .venv/bin/python scripts/task_ceiling.py   (run from the checkout to measure)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402
import train_task_ranker as ranker  # noqa: E402
from eval_sota40 import read_jsonl  # noqa: E402

from kg.evaluate import title_key  # noqa: E402
from kg.extract.evaluate import SHARED, load_scorer, read_corpus  # noqa: E402
from kg.sources.base import paper_from_record  # noqa: E402

TRAINING = ROOT / "kg" / "extract" / "training"
READABLE = ("hfa", "hfb", "dev", "s40")  # never the held-out hf, s40b
PER_PAPER = ("hfa", "hfb", "dev")  # sets whose per-paper misses may be printed
TRAINING_GROUPS = (["s160"], ["dev", "hfa", "hfb"], ["dev", "hfa", "hfb", "s40"],
                   ["dev", "hfa", "hfb", "s40", "s160"])  # fmt: skip


def annotated_sets() -> dict[str, tuple[list, list[list[str]]]]:
    """Set name -> (papers, annotated task names per paper)."""
    hf_papers = {title_key(p.title): p for p in read_corpus()}
    with open(SHARED / "corpus" / "sota-arxiv" / "train.jsonl", encoding="utf-8") as f:
        sota_records = {d["id"]: d for d in map(json.loads, f)}

    def hf_set(path: Path):
        gold = read_jsonl(path)
        return [hf_papers[title_key(g["title"])] for g in gold], [g["tasks"] for g in gold]

    def sota_set(path: Path):
        gold = read_jsonl(path)
        return [paper_from_record(sota_records[g["id"]], g["id"]) for g in gold], [g["tasks"] for g in gold]

    return {"s160": ranker.load_papers(), "dev": hf_set(SHARED / "gold" / "dev.jsonl"),
            "hfa": hf_set(TRAINING / "hf40a.jsonl"), "hfb": hf_set(TRAINING / "hf40b.jsonl"),
            "s40": sota_set(TRAINING / "sota40.jsonl"), "hf": hf_set(TRAINING / "hf40.jsonl"),
            "s40b": sota_set(TRAINING / "sota40b.jsonl")}  # fmt: skip


def probabilities(cand, weights: np.ndarray) -> np.ndarray:
    """The ranker's probability for each task candidate of one paper."""
    return 1 / (1 + np.exp(-cand[2] @ weights)) if len(cand[1]) else np.zeros(0)


def train(cands_by_set, names: list[str], scorer, l2: float = 1.0):
    """(weights, threshold, first-task floor) of a ranker fitted on the sets ``names``."""
    features, labels, cands, golds = [], [], [], []
    for name in names:
        set_cands, set_golds = cands_by_set[name]
        for cand, y, gold in zip(set_cands, ranker.labels(set_cands, set_golds, scorer, True), set_golds, strict=True):
            if len(cand[1]):
                features.append(cand[2])
                labels.append(y)
            cands.append(cand)
            golds.append(gold)
    weights = ranker.fit(np.vstack(features), np.concatenate(labels), l2)
    threshold, first = ranker.best_threshold(cands, [probabilities(c, weights) for c in cands], golds, scorer)
    return weights, threshold, first


def ranker_f1(cands_by_set, name: str, weights, threshold: float, first: float, scorer) -> float:
    cands, golds = cands_by_set[name]
    preds = [ranker.choose(c[0], c[1], probabilities(c, weights), c[3], threshold, first) for c in cands]
    return ranker.prf(preds, golds, scorer)[2]


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    scorer = load_scorer()
    cands_by_set = {name: (ranker.candidates(papers), golds) for name, (papers, golds) in annotated_sets().items()}
    print("rules", {k: ranker.prf([c[4] for c in cands], golds, scorer)[2]
                    for k, (cands, golds) in cands_by_set.items()})  # fmt: skip
    for names in TRAINING_GROUPS:
        for l2 in (0.3, 3.0):
            weights, threshold, first = train(cands_by_set, names, scorer, l2)
            print(names, l2, threshold, first,
                  {k: ranker_f1(cands_by_set, k, weights, threshold, first, scorer) for k in cands_by_set})  # fmt: skip
    for name, (cands, golds) in cands_by_set.items():
        found = sum(scorer.greedy_match([t["name"] for t in c[1]], gold, lambda a, b, s: scorer.name_match(a, b, not s))
                    for c, gold in zip(cands, golds, strict=True))  # fmt: skip
        total = sum(len(g) for g in golds)
        per_paper = sum(len(c[1]) for c in cands) / len(cands)
        print(name, "ceiling", found, "/", total, round(found / total, 3), "cands/paper", round(per_paper, 1))
    heads: Counter = Counter()
    for name in READABLE:
        cands, golds = cands_by_set[name]
        for cand, gold in zip(cands, golds, strict=True):
            text = cand[0].lower()
            for task in gold:
                if any(scorer.name_match(t["name"], task) for t in cand[1]):
                    continue
                written = task.lower() in text
                heads[task.split()[-1].lower(), written] += 1
                if written and name in PER_PAPER:
                    print(name, "WRITTEN-NOCAND", repr(task))
    print(sorted(heads.items(), key=lambda x: -x[1])[:50])
    return 0


if __name__ == "__main__":
    sys.exit(main())
