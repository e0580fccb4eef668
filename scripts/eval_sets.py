#!/usr/bin/env python3
"""F1 of every annotated set in one table: dev, the hf-daily sets and the sota-arxiv sets.

The hf-daily corpus is extracted and linked once
(:func:`kg.extract.evaluate.linked_predictions`, as ``kg extract`` does it), and every hf-daily set is
scored on those predictions; the sota-arxiv sets are extracted on their own
(:func:`eval_sota40.predict`). One line per set with the lenient F1 of the six fields the
issue sets targets for, and an ``all readable`` / ``all held out`` line pooling the counts.

Readable sets (``sota40.jsonl``, ``sota40c.jsonl``, ``hf40a.jsonl``, ``hf40b.jsonl``, ``hf40d.jsonl``) pool into
``all readable``. ``results50.jsonl`` is readable but annotated for results only: its row shows
"-" for the fields it leaves null (:func:`kg.evaluate.score` does not count them), it is pooled
into no line (so ``all readable`` keeps its meaning), and ``--losses`` gives it a column of its
own. Held-out sets (``hf40.jsonl``, ``hf40c.jsonl``, ``sota40b.jsonl``,
``sotaval40.jsonl``) are only ever shown as table rows here; their per-paper errors are never
printed. ``--pr`` adds precision and recall; ``--losses`` adds, per group (readable, held
out), where gold results are lost (:func:`kg.evaluate.result_losses`: counts only);
``--mismatches`` lists the readable sets' results of the "another owner or dataset" loss, paper
by paper (the held-out sets' are never listed).

Usage: .venv/bin/python scripts/eval_sets.py [--pr] [--losses] [--mismatches] [--sets dev,hfa,...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_sota40 import HELD_OUT, HF_SETS, RESULTS_ONLY, SETS, predict, read_jsonl  # noqa: E402

from collections import Counter  # noqa: E402

from kg.evaluate import RESULT_LOSSES, Score, result_losses, score, title_key  # noqa: E402
from kg.extract.evaluate import SHARED, linked_predictions  # noqa: E402

FIELDS = ("methods", "datasets", "metrics", "tasks", "results_value", "results_tuple")
SHORT = {"methods": "meth", "datasets": "data", "metrics": "metr", "tasks": "task",
         "results_value": "value", "results_tuple": "tuple"}  # fmt: skip
TARGETS = {"methods": 0.85, "datasets": 0.90, "metrics": 0.80, "tasks": 0.70,
           "results_value": 0.85, "results_tuple": 0.70}  # fmt: skip
ALL_SETS = {"dev": SHARED / "gold" / "dev.jsonl", **SETS}


def set_predictions(names: list[str]):
    """(name, gold, predictions) for each set in ``names``: the hf-daily sets and dev from the
    whole corpus extracted and linked once, the sota-arxiv sets extracted on their own."""
    hf = linked_predictions() if any(s == "dev" or s in HF_SETS for s in names) else {}
    for name in names:
        gold = read_jsonl(ALL_SETS[name])
        if name == "dev" or name in HF_SETS:
            preds = [hf[title_key(g["title"])] for g in gold if title_key(g["title"]) in hf]
        else:
            preds = predict(gold)
        yield name, gold, preds


def pooled(scores: list[Score]) -> Score:
    total = Score()
    for s in scores:
        for row, (tp, n_pred, n_gold) in s.counts.items():
            total.add(row, tp, n_pred, n_gold)
        total.papers += s.papers
    return total


def row(name: str, s: Score, pr: bool) -> str:
    cells = []
    for f in FIELDS:
        if not s.annotated(f):  # a results-only set: its other fields are not scored
            cells.append("-")
            continue
        p, r, f1 = s.prf(f)
        cells.append(f"{f1:.3f}" + (f" ({p:.2f}/{r:.2f})" if pr else ""))
    width = 18 if pr else 7
    return f"{name:<16}{s.papers:>4}  " + "".join(f"{c:>{width}}" for c in cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pr", action="store_true", help="also print precision/recall per field")
    ap.add_argument("--losses", action="store_true",
                    help="also count, per group, where gold results are lost (number not output, "
                         "under another measure, another owner or dataset)")  # fmt: skip
    ap.add_argument("--mismatches", action="store_true",
                    help="also list, per readable set and paper, the results whose number and measure "
                         "match gold but whose owner or dataset does not (held-out sets: left out)")  # fmt: skip
    ap.add_argument("--measures", action="store_true",
                    help="also list, per readable set and paper, the gold results whose number is output "
                         "under another measure, no measure or a generic one (held-out sets: left out)")  # fmt: skip
    ap.add_argument("--sets", default=",".join(ALL_SETS),
                    help="comma-separated sets, as eval_sota40.py --set names them (default: all"
                         f" of {', '.join(ALL_SETS)})")  # fmt: skip
    args = ap.parse_args(argv)
    names = [s for s in args.sets.split(",") if s]
    unknown = [s for s in names if s not in ALL_SETS]
    if unknown:
        ap.error(f"unknown set(s): {', '.join(unknown)}")
    if not SHARED.exists():
        print(f"{SHARED} not found: this evaluation needs ../shared", file=sys.stderr)
        return 1
    names = [s for s in names if ALL_SETS[s].exists()]
    width = 18 if args.pr else 7
    print(f"{'set':<16}{'n':>4}  " + "".join(f"{SHORT[f]:>{width}}" for f in FIELDS))
    readable, held = [], []
    losses = {"readable": Counter(), "held out": Counter()}
    losses.update({ALL_SETS[n].stem: Counter() for n in RESULTS_ONLY if n in names})
    mismatches = []  # (set, paper title, "~" lines) of the readable sets
    remeasured = []  # (set, paper title, lines) of the readable sets
    for name, gold, preds in set_predictions(names):
        s = score(gold, preds)
        if args.mismatches and name not in HELD_OUT:
            mismatches += [(ALL_SETS[name].stem, d.title, d.mismatched) for d in s.diffs if d.mismatched]
        if args.measures and name not in HELD_OUT:
            remeasured += [(ALL_SETS[name].stem, d.title, d.remeasured) for d in s.diffs if d.remeasured]
        if name in RESULTS_ONLY:  # its own row and losses column, pooled nowhere
            losses[ALL_SETS[name].stem].update(result_losses(gold, preds))
        else:
            (held if name in HELD_OUT else readable).append(s)
            losses["held out" if name in HELD_OUT else "readable"].update(result_losses(gold, preds))
        label = ALL_SETS[name].stem  # the file's name: sota40b, hf40a, ...
        print(row(label + (" (held)" if name in HELD_OUT else ""), s, args.pr))
    for label, group in (("all readable", readable), ("all held out", held)):
        if len(group) > 1:
            print(row(label, pooled(group), args.pr))
    print(f"{'target':<16}{'':>4}  " + "".join(f"{TARGETS[f]:>{width}.2f}" for f in FIELDS))
    if args.losses:
        print(f"\n{'results':<40}" + "".join(f"{g:>11}" for g in losses))
        for k in RESULT_LOSSES:
            print(f"{k:<40}" + "".join(f"{c[k]:>11}" for c in losses.values()))
    if args.mismatches:
        print_mismatches(mismatches, [ALL_SETS[n].stem for n in names if n in HELD_OUT])
    if args.measures:
        print_remeasured(remeasured, [ALL_SETS[n].stem for n in names if n in HELD_OUT])
    return 0


def print_mismatches(mismatches: list[tuple[str, str, list[str]]], held_out: list[str]) -> None:
    """The readable sets' results found with another owner or dataset (the tuple row's loss
    that ``--losses`` counts), one paper a block; held-out sets are only named as left out."""
    print(f"\nresults with another owner or dataset ({sum(len(m) for _, _, m in mismatches)}):")
    for stem, title, lines in mismatches:
        print(f"[{stem}] {title}")
        print("\n".join(f"  ~ {x}" for x in lines))
    if held_out:
        print(f"(not listed, held out: {', '.join(held_out)})")


def print_remeasured(remeasured: list[tuple[str, str, list[str]]], held_out: list[str]) -> None:
    """The readable sets' gold results whose number is output under another measure (the value
    row's loss that ``--losses`` counts), one paper a block, with a count per kind: output
    without a measure, under a generic one ("performance", "score") or under another name."""
    kinds = Counter(x.split(":", 1)[0] for _, _, lines in remeasured for x in lines)
    print(f"\nnumbers output under another measure ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}):")
    for stem, title, lines in remeasured:
        print(f"[{stem}] {title}")
        print("\n".join(f"  ? {x}" for x in lines))
    if held_out:
        print(f"(not listed, held out: {', '.join(held_out)})")


if __name__ == "__main__":
    sys.exit(main())
