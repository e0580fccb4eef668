#!/usr/bin/env python3
"""The readable sets' task errors seen from the scorer's side: every missed annotated task
and every spurious output task, classed by how the lenient match (token-set Jaccard >= 0.5
or an acronym alias, ``../shared/gold/score.py``) fails them.

Per paper, after the scorer's one-to-one match:

- ``near``: an unmatched output task and an unmatched annotated task share a content word
  but fail Jaccard: ``shorter`` (the output's words are a subset: it misses words),
  ``longer`` (the annotated words are a subset: the output has extra words) or ``crossed``
  (each has words the other lacks: "3D object detection" and "object detection from point
  clouds"); each pair is counted once, the pair with the most shared words first;
- a missed task in no near pair: ``written`` (its words in order or all somewhere in the
  text, with the step that loses it as ``task_losses.py`` names it) or ``own words`` (the
  annotator's paraphrase);
- a spurious task in no near pair: ``spurious`` (printed with its sentence, to be read
  by hand: a real task the annotator did not list, the method's means, a property, a
  setting, a background application).

The held-out sets are never read.

Usage: .venv/bin/python scripts/task_classes.py [-v] [--sets dev,a,c,hfa,hfb,hfd]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from task_losses import diagnose, in_text, parse_sets, readable_papers, scorer, step_kind, unmatched  # noqa: E402

from kg.extract import build_pipeline  # noqa: E402

STOP = frozenset("a an the of for in on and with to from by via using at as or its their".split())


def content(name: str) -> set[str]:
    return {w for a in scorer().aliases(name) for w in a.split()} - STOP


def near_pairs(spurious: list[str], missed: list[str]) -> list[tuple[str, str, str]]:
    """(kind, output, annotated) for pairs sharing a content word, most shared words first."""
    cands = []
    for p in spurious:
        for g in missed:
            shared = content(p) & content(g)
            if shared:
                cands.append((-len(shared), p, g))
    cands.sort()
    used_p, used_g, out = set(), set(), []
    for _, p, g in cands:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        cp, cg = content(p), content(g)
        kind = "shorter" if cp < cg else "longer" if cg < cp else "crossed"
        out.append((kind, p, g))
    return out


def sentence_of(name: str, text: str) -> str:
    low = text.lower()
    i = low.find(name.lower().split(" (")[0])
    if i < 0:
        return "?"
    a = max(low.rfind(". ", 0, i), low.rfind("\n", 0, i)) + 1
    b = low.find(". ", i)
    return " ".join(text[a : b if b > 0 else len(text)].split())[:220]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="one line per error")
    args, names = parse_sets(ap, argv)
    nlp = build_pipeline()
    counts: Counter = Counter()
    steps: Counter = Counter()
    for name, g, paper, predicted in readable_papers(names, "tasks"):
        spurious, missed = unmatched(predicted, g["tasks"])
        pairs = near_pairs(spurious, missed)
        paired_p = {p for _, p, _ in pairs}
        paired_g = {x for _, _, x in pairs}
        out = []
        for kind, p, x in pairs:
            counts["near " + kind] += 1
            out.append(f"near {kind}\t{p!r} ~ {x!r}\t[{in_text(x, paper.text)}]")
        for x in missed:
            if x in paired_g:
                continue
            kind = in_text(x, paper.text)
            if kind == "paraphrase":
                counts["own words"] += 1
                out.append(f"own words\t{x!r}")
                continue
            step = diagnose(nlp, paper.text, x)
            counts["written"] += 1
            steps[step_kind(step)] += 1
            out.append(f"written {kind}\t{x!r}\t{step}")
        for p in spurious:
            if p in paired_p:
                continue
            counts["spurious"] += 1
            out.append(f"spurious\t{p!r}\t« {sentence_of(p, paper.text)} »")
        if args.v and out:
            print(f"== {name}  {g['title'][:90]}\n   gold={g['tasks']}\n   pred={predicted}")
            for line in out:
                print("   " + line)
    print("classes:", dict(counts))
    print("written, by step:", dict(steps.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
