#!/usr/bin/env python3
"""Choose the 40 hf-daily abstracts of ``kg/extract/training/hf40.jsonl`` (deterministic).

The hf-daily corpus (``../shared/corpus/hf-daily-papers``) is where the dev papers come from,
and where the maintainers' own held-out papers come from, so a blind set drawn from it is the
closest stand-in for their held-out scores. ``hf40.jsonl`` is **held out**: only its table is
read (``scripts/eval_sota40.py --set hf``); nobody looks at its per-paper errors or writes
rules from its papers.

Candidates: the unique papers of the corpus (as ``kg extract`` reads them) that are not dev
gold papers (same normalised title) and whose abstract has at least 600 characters; in the
order the corpus reader gives them, shuffled with ``random.Random(2028)``, the first 40 kept.

Prints one line per paper: number, then title. ``--text`` also prints the abstract (for
annotating; not stored anywhere). ``--part 1|2`` prints only the first or second half.

``--range 41-80`` prints papers 41 to 80 of the same shuffle instead: those of
``hf40a.jsonl``, a second blind set of the corpus that *is* read paper by paper (error
analysis), so that ``hf40.jsonl`` can stay held out.

Usage: .venv/bin/python scripts/select_hf40.py [--text] [--part 1|2] [-n 40] [--range A-B]
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
from kg.extract.evaluate import SHARED, read_corpus  # noqa: E402

SEED = 2028


def select(n: int = 40, seed: int = SEED) -> list[dict]:
    """The chosen papers, each {"title", "abstract"} as the corpus reader gives them."""
    with open(SHARED / "gold" / "dev.jsonl", encoding="utf-8") as f:
        dev_titles = {title_key(json.loads(ln)["title"]) for ln in f if ln.strip()}
    candidates = [
        {"title": p.title, "abstract": p.abstract}
        for p in read_corpus()
        if title_key(p.title) not in dev_titles and len(p.abstract or "") >= 600
    ]
    random.Random(seed).shuffle(candidates)
    return candidates[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--part", type=int, choices=(1, 2), help="only the first or second half")
    ap.add_argument("--text", action="store_true", help="print the abstracts too")
    ap.add_argument("--range", help="papers A-B of the shuffle (1-based, inclusive), e.g. 41-80")
    args = ap.parse_args(argv)
    if args.range:
        first, last = (int(x) for x in args.range.split("-"))
        chosen = list(enumerate(select(last), 1))[first - 1 :]
    else:
        chosen = list(enumerate(select(args.n), 1))
    half = (len(chosen) + 1) // 2
    if args.part:
        chosen = chosen[:half] if args.part == 1 else chosen[half:]
    for i, d in chosen:
        print(f"{i:>2} {d['title']}")
        if args.text:
            print(f"   {d['abstract']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
