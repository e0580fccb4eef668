#!/usr/bin/env python3
"""Where the readable sets' missed methods are lost: one step per missed annotated method.

The methods' twin of ``scripts/task_losses.py`` (same matching, same text kinds): for every
annotated method of the readable sets (dev, sota40, sota40c, hf40a, hf40b) that the output
misses, one to one as ``../shared/gold/score.py`` matches, the step that loses it:

- ``no candidate``: no mention, lexicon hit or name candidate of any type matches it;
- ``dropped in typing``: a lexicon or name candidate matches it, but no mention does;
- ``typed task`` / ``dataset`` / ``metric``: only a mention of another type matches it;
- ``kept, not matched``: a method group matches it, but the output's method matched another
  annotated method (one to one) or was renamed by linking (methods have no selection step:
  every method group is output).

The held-out sets are never read. Per-paper lines with ``-v``.

Usage: .venv/bin/python scripts/method_losses.py [-v] [--sets dev,a,c,hfa,hfb]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_sets import set_predictions  # noqa: E402
from eval_sota40 import HELD_OUT  # noqa: E402
from task_losses import READABLE, in_text, missed, papers_of, scorer, step_kind  # noqa: E402

from kg.evaluate import title_key  # noqa: E402
from kg.extract import build_pipeline  # noqa: E402
from kg.extract import convert  # noqa: E402
from kg.extract.mentions import METHOD  # noqa: E402


def diagnose(nlp, text: str, gold_method: str) -> str:
    """The step that loses ``gold_method`` in ``text`` (the module docstring's steps)."""
    doc = nlp.make_doc(text)
    doc.user_data["mlkg_text"] = text
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    st = doc._.mlkg
    groups = convert.task_groups(text, st.mentions)

    def matches(g: dict) -> bool:
        return any(scorer().name_match(n, gold_method) for n in [g["name"], *g["aliases"]])

    kept = [g["name"] for (label, _), g in groups.items() if label == METHOD and matches(g)]
    if kept:
        return f"kept, not matched [{kept[0]}]"
    others = [(label, g["name"]) for (label, _), g in groups.items() if label != METHOD and matches(g)]
    if others:
        return f"typed {others[0][0].lower()} [{others[0][1]}]"
    raw = [c for c in st.lexicon + st.names if scorer().name_match(text[c.start : c.end], gold_method)]
    if raw:
        return f"dropped in typing [{text[raw[0].start : raw[0].end]}]"
    return "no candidate"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="one line per missed method")
    ap.add_argument("--sets", default=",".join(READABLE))
    args = ap.parse_args(argv)
    names = [s for s in args.sets.split(",") if s]
    if any(n in HELD_OUT for n in names):
        ap.error("held-out sets are never read paper by paper")
    nlp = build_pipeline()
    text_kinds: Counter = Counter()
    steps: Counter = Counter()
    for name, gold, preds in set_predictions(names):
        by_title = {title_key(p["title"]): p for p in preds}
        for g, paper in zip(gold, papers_of(name, gold), strict=True):
            pred = by_title.get(title_key(g["title"]))
            if paper is None or pred is None:
                continue
            pred_methods = [scorer().entity_name(m) for m in pred.get("methods", [])]
            for method in missed(pred_methods, g["methods"]):
                kind = in_text(method, paper.text)
                text_kinds[kind] += 1
                if kind == "paraphrase":
                    continue
                step = diagnose(nlp, paper.text, method)
                steps[step_kind(step)] += 1
                if args.v:
                    print(f"{name}\t{kind}\t{method!r}\t{step}\t{g['title'][:60]}")
    print("missed methods by text:", dict(text_kinds))
    for step, n in steps.most_common():
        print(f"{n:4d}  {step}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
