"""What the corpus-count scripts (``count_uncovered.py``, ``check_results.py``) share: the texts of
every readable corpus paper, the held-out sets' papers left out by title (hf papers have no arXiv
id in the sets, so ids cannot be used)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import iter_papers  # noqa: E402
from kg.evaluate import title_key  # noqa: E402
from kg.extract.evaluate import SHARED  # noqa: E402

TRAINING = ROOT / "kg" / "extract" / "training"
HELD_OUT = ("hf40.jsonl", "hf40c.jsonl", "sota40b.jsonl", "sotaval40.jsonl")


def hidden_titles() -> set[str]:
    """The title keys of every held-out paper (nobody reads their per-paper output)."""
    return {title_key(json.loads(line).get("title")) for f in HELD_OUT for line in open(TRAINING / f)}


def corpus_texts(shared: Path = SHARED) -> dict[str, tuple[str, str, int]]:
    """(corpus, text, offset where the abstract starts) of every readable paper, by id."""
    hidden = hidden_titles()
    sota = shared / "corpus" / "sota-arxiv"
    sources = (("sota", [sota / "train.jsonl", sota / "validation.jsonl"]),
               ("hf", [shared / "corpus" / "hf-daily-papers"]))  # fmt: skip
    texts = {}
    for corpus, paths in sources:
        for p in iter_papers(paths, on_error="skip", errors=[]):
            if title_key(p.title) not in hidden:
                texts[p.id] = (corpus, p.text, len(p.text) - len(p.abstract))
    return texts
