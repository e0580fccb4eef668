#!/usr/bin/env python3
"""Accuracy of ``relative`` (absolute score or difference) on the annotated sets.

score.py does not score the field: here every predicted result that matches a gold result by
value (and metric, as :func:`kg.evaluate.result_match` ``"value"`` pairs them) is checked for
the same ``relative``. One line per set: matched pairs, accuracy and the confusion counts
(pred/gold true/false); ``all readable`` and ``all held out`` pool them. Predictions are made
as ``scripts/eval_sets.py`` makes them.

``--show`` lists the disagreements of the readable sets (dev, sota40, sota40c, hf40a, hf40b);
held-out sets (sota40b, hf40, hf40c, sotaval40) are table rows only, never listed.

Usage: .venv/bin/python scripts/eval_relative.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_sets import ALL_SETS, set_predictions  # noqa: E402
from eval_sota40 import HELD_OUT  # noqa: E402

from kg.evaluate import match_pairs, result_match, title_key  # noqa: E402


def confusion(gold: list[dict], preds: list[dict]) -> tuple[list[int], list[tuple[str, dict, dict]]]:
    """[pred T gold T, pred T gold F, pred F gold T, pred F gold F] over value-matched pairs,
    and the disagreeing pairs (title, predicted, gold)."""
    by_title = {title_key(p.get("title", "")): p for p in preds}
    counts, wrong = [0, 0, 0, 0], []
    for g in gold:
        p = by_title.get(title_key(g.get("title", "")), {})
        pr, gr = p.get("results", []), g.get("results", [])
        for i, j in match_pairs(pr, gr, result_match("value")):
            a, b = bool(pr[i].get("relative")), bool(gr[j].get("relative"))
            counts[(0 if a else 2) + (0 if b else 1)] += 1
            if a != b:
                wrong.append((str(g.get("title", "")), pr[i], gr[j]))
    return counts, wrong


def line(name: str, c: list[int]) -> str:
    n = sum(c)
    acc = (c[0] + c[3]) / n if n else 0.0
    return f"{name:<18}{n:>5}  {acc:6.3f}   {c[0]:>4} {c[1]:>4} {c[2]:>4} {c[3]:>4}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the readable sets' disagreements")
    args = ap.parse_args(argv)
    print(f"{'set':<18}{'pairs':>5}  {'acc':>6}   {'TT':>4} {'TF':>4} {'FT':>4} {'FF':>4}  (pred/gold relative)")
    pooled = {"all readable": [0, 0, 0, 0], "all held out": [0, 0, 0, 0]}
    shown = []
    for name, gold, preds in set_predictions([s for s, path in ALL_SETS.items() if path.exists()]):
        path = ALL_SETS[name]
        counts, wrong = confusion(gold, preds)
        held = name in HELD_OUT
        key = "all held out" if held else "all readable"
        pooled[key] = [a + b for a, b in zip(pooled[key], counts, strict=True)]
        print(line(path.stem + (" (held)" if held else ""), counts))
        if not held:
            shown += [(path.stem, *w) for w in wrong]
    for name, c in pooled.items():
        print(line(name, c))
    if args.show:
        for stem, title, p, g in shown:
            print(f"{stem}: {title[:70]} | pred {p.get('value_text')} {p.get('metric')} relative={p.get('relative')}"
                  f" | gold {g.get('value')} {g.get('metric')} relative={g.get('relative')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
