"""Make a synthetic corpus of realistic abstracts at any size, reproducibly.

Sentences of the real corpora in ../shared/corpus (the arXiv SOTA papers and
the daily-papers dumps) are recombined: each synthetic abstract takes an opening
sentence, 3 to 8 body sentences and often a results sentence from different real
papers, so entity names, numbers and LaTeX are real and extraction does real
work. Titles are real titles given a fresh name prefix so papers stay distinct.
Dates run from 2015 to 2025 in id order, many papers a day, as on arXiv (they
do not draw on the random stream, so the abstracts of a seed never change).

    python bench/gen_corpus.py 100000 -o /tmp/syn-1e5.jsonl [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULT_HINT = re.compile(r"\d(?:\.\d+)?\s*(?:%|\\%|x\b|×|points?\b|BLEU|F1|AP\b|accuracy)", re.I)
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def load_pool(shared: Path) -> tuple[list[str], list[str], list[str], list[str]]:
    """(titles, openings, body sentences, result sentences) from the real corpora."""
    titles, openings, body, results = [], [], [], []
    records = []
    for name in ("train.jsonl", "validation.jsonl"):
        path = shared / "corpus" / "sota-arxiv" / name
        with path.open(encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    for path in sorted((shared / "corpus" / "hf-daily-papers").glob("*.txt")):
        lines = [x.strip() for x in path.read_text(encoding="utf-8").split("\n\n")]
        lines = [x for x in lines if x][7:]
        records += [{"title": t, "abstract": a} for t, a in zip(lines[::2], lines[1::2], strict=False)]
    for r in records:
        titles.append(" ".join(r["title"].split()))
        sentences = SPLIT.split(" ".join(r["abstract"].split()))
        if len(sentences) < 2:
            continue
        openings.append(sentences[0])
        for s in sentences[1:]:
            (results if RESULT_HINT.search(s) else body).append(s)
    return titles, openings, body, results


def _name(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(2, 4)))
    return letters + rng.choice(["", "-Net", "Former", "-LM", str(rng.randint(2, 9))])


FIRST_DAY, LAST_DAY = date(2015, 1, 1).toordinal(), date(2025, 12, 31).toordinal()


def _day(i: int, n: int) -> str:
    """The i-th of n papers' date: evenly spread over FIRST_DAY..LAST_DAY in id order."""
    return date.fromordinal(FIRST_DAY + (LAST_DAY - FIRST_DAY) * i // max(n, 1)).isoformat()


def generate(n: int, seed: int, shared: Path = SHARED):
    """Yield ``n`` synthetic paper records (dicts in the JSON Lines input format)."""
    rng = random.Random(seed)
    titles, openings, body, results = load_pool(shared)
    for i in range(n):
        name = _name(rng)
        parts = [rng.choice(openings), f"We propose {name}, a new approach."]
        parts += rng.sample(body, rng.randint(3, 8))
        if rng.random() < 0.7:
            parts.append(rng.choice(results).replace("Our method", name, 1))
        yield {"id": f"syn-{seed}-{i:07d}", "title": f"{name}: {rng.choice(titles)}", "abstract": " ".join(parts),
               "date": _day(i, n)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of abstracts")
    ap.add_argument("-o", "--output", default="-", help="JSON Lines output (- for stdout)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = ap.parse_args(argv)
    if not (SHARED / "corpus").is_dir():
        print(f"{SHARED}/corpus not found: the generator recombines the real corpora", file=sys.stderr)
        return 1
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        for record in generate(args.n, args.seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
