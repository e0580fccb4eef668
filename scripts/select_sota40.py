#!/usr/bin/env python3
"""Choose the 40 sota-arxiv abstracts of ``kg/extract/training/sota40.jsonl`` (deterministic).

``--set b`` chooses those of ``sota40b.jsonl``, the held-out set (see below).

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

Set b (``--set b``, ``kg/extract/training/sota40b.jsonl``): the same candidates minus the
ids of ``sota40.jsonl``, in file order, shuffled with ``random.Random(2027)``, the first 40
kept. (``--seed`` and ``--exclude FILE`` do the same by hand: ``--set b`` is ``--seed 2027
--exclude kg/extract/training/sota40.jsonl``.)

Set v (``--set v``, ``kg/extract/training/sotaval40.jsonl``, held out): the same filters on
``../shared/corpus/sota-arxiv/validation.jsonl`` instead of ``train.jsonl``, with no year
restriction (the split's 86 records are of every year) and leaving out dev papers only (the
crosscheck and ``tasks_sota160.jsonl`` exclusions are for ``train.jsonl``), shuffled with
``random.Random(2028)``, the first 40 kept.

Set c (``--set c``, ``kg/extract/training/sota40c.jsonl``, readable): the candidates of set b
but of every year (``arXiv:…``), minus the ids of ``sota40.jsonl`` and ``sota40b.jsonl``, in
file order, shuffled with ``random.Random(2029)``, the first 40 kept.

Prints one line per paper: id, then cleaned title. ``--text`` also prints the cleaned
abstract (for annotating; not stored anywhere).

Usage: .venv/bin/python scripts/select_sota40.py [--set a|b|c|v] [--text] [-n 40]
       [--seed N] [--exclude FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crosscheck import leaderboard_papers  # noqa: E402
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


TRAIN, VALIDATION = SOTA / "train.jsonl", SOTA / "validation.jsonl"
YEARS_23_24, ANY_YEAR = ("arXiv:23", "arXiv:24"), ("arXiv:",)
# set: (seed, files whose ids are excluded, source file, arXiv id prefixes)
SETS = {"a": (2026, (), TRAIN, YEARS_23_24),
        "b": (2027, (TRAINING / "sota40.jsonl",), TRAIN, YEARS_23_24),
        "v": (2028, (), VALIDATION, ANY_YEAR),
        "c": (2029, (TRAINING / "sota40.jsonl", TRAINING / "sota40b.jsonl"), TRAIN, ANY_YEAR)}  # fmt: skip


def select(n: int = 40, seed: int = 2026, exclude: tuple[Path, ...] = (),
           id_prefixes: tuple[str, ...] = YEARS_23_24, source: Path = TRAIN) -> list[dict]:  # fmt: skip
    """The chosen records, each {"id", "title", "abstract"} with cleaned text.

    ``exclude``: JSON Lines files whose ``id``s are removed from the candidates before the
    shuffle (set b excludes set a's). ``id_prefixes``: the arXiv ids (years) to choose from;
    ``("arXiv:",)`` takes every year. ``source``: the sota-arxiv split to choose from.
    """
    excluded: set[str] = set()
    if source == TRAIN:  # set v (validation.jsonl) leaves out dev papers only
        excluded |= {p.id for p in leaderboard_papers()[0]}  # the papers crosscheck scores tasks on
        excluded |= {d["id"] for d in _lines(TRAINING / "tasks_sota160.jsonl")}
    for path in exclude:
        excluded |= {d["id"] for d in _lines(path)}
    dev_titles = {title_key(d["title"]) for d in _lines(SHARED / "gold" / "dev.jsonl")}
    candidates = []
    for d in _lines(source):
        if not d["id"].startswith(id_prefixes) or d["id"] in excluded:
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
    ap.add_argument("--set", choices=sorted(SETS), default="a",
                    help="a: sota40.jsonl (seed 2026); b: sota40b.jsonl (seed 2027, minus set a);"
                         " v: sotaval40.jsonl (validation.jsonl, seed 2028, any year);"
                         " c: sota40c.jsonl (seed 2029, any year, minus sets a and b)")  # fmt: skip
    ap.add_argument("--seed", type=int, help="shuffle seed (default: the set's)")
    ap.add_argument("--exclude", type=Path, nargs="*",
                    help="JSON Lines files whose ids are left out (default: the set's)")  # fmt: skip
    ap.add_argument("--text", action="store_true", help="print the cleaned abstracts too")
    args = ap.parse_args(argv)
    seed, exclude, source, id_prefixes = SETS[args.set]
    if args.seed is not None:
        seed = args.seed
    if args.exclude is not None:
        exclude = tuple(args.exclude)
    for i, d in enumerate(select(args.n, seed, exclude, id_prefixes, source), 1):
        print(f"{i:>2} {d['id']}\t{d['title']}")
        if args.text:
            print(f"   {d['abstract']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
