"""Features of a paper's task candidates, for a learned choice of its main tasks.

Each task group of :func:`kg.extract.convert.task_groups` (one per task name in the paper)
gets a small feature vector: its rule confidence, where its mentions come from (title
chunk, title phrase, abstract phrase, lexicon, acronym, a renamed phrase such as a
nominalised aim verb), how often and how early it is mentioned, its length and head noun,
its rank among the paper's candidates and how it relates to the other candidates.

``scripts/train_task_ranker.py`` fits a logistic regression on these features from the
hand-annotated tasks of ``kg/extract/training/`` and cross-validates it against the rules.
The extractor does not use it: the model did not beat the rules on the dev papers (see
``kg/extract/training/README.md``), so tasks are still chosen by
:func:`kg.extract.convert.select_tasks`. It is kept to try again with more annotations.
"""

from __future__ import annotations

import math
import re

from kg.extract import names as N
from kg.extract.mentions import BROAD_FIELDS, _GENERIC_TASK_HEADS, _content_words

FEATURES = (
    "bias",
    "conf",
    "conf_gap",  # best task confidence of the paper minus this one's
    "rank1",  # second by confidence
    "rank2",
    "rank3plus",
    "mentions",  # log2 of the number of mentions, at most 2
    "in_title",
    "titletask",  # a chunk of the title read as a task (or as its topic)
    "task_title",  # a task phrase found in the title
    "task_body",  # a task phrase of the abstract
    "lexicon",
    "acronym",
    "renamed",  # named other than written: nominalised verb phrase, coordinated conjunct
    "first_sentence",
    "position",  # where the first abstract mention is, 0 (start) to 1 (end, or none)
    "one_word",
    "three_words",  # three words or more
    "task_head",  # the last word is a task head ("detection", "generation" ...)
    "generic_head",  # a head too broad alone ("training", "analysis" ...)
    "broad_field",
    "title_overlap",  # share of its content words that the title has
    "capital",  # a name-like or upper-case word in it
    "more_specific",  # another candidate's words are a strict subset of this one's
    "less_specific",  # this one's words are a strict subset of another candidate's
    "n_candidates",  # log2(1 + number of task candidates of the paper) / 4
    "background_only",  # abstract mentions only before the first "we"/"this paper" sentence
    "own_sentence",  # a mention in a sentence about the work ("we", "our", "this paper")
    "eval_sentence",  # a mention in a sentence about experiments or results
    "prefixed",  # another candidate plus words before it ("some X", "learning X")
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z(\\])")
_OWN = re.compile(r"\b(?:we|our|us|this (?:paper|work|study|report))\b", re.I)
_EVAL = re.compile(r"\b(?:experiment\w*|evaluat\w*|benchmark\w*|outperform\w*|"
                   r"state-of-the-art|sota|results?|datasets?)\b", re.I)


def _title_end(text: str) -> int:
    i = text.find("\n\n")
    return i if i >= 0 else 0


def features(text: str, tasks: list[dict]) -> list[list[float]]:
    """One feature row per task group (same order), as named by :data:`FEATURES`."""
    if not tasks:
        return []
    title_end = _title_end(text)
    body = title_end + 2 if title_end else 0
    # sentences of the abstract: (end, about the work, about experiments)
    sents = []
    a = body
    while a < len(text):
        m = _SENTENCE_END.search(text, a)
        b = m.end() if m else len(text)
        sents.append((b, _OWN.search(text, a, b) is not None, _EVAL.search(text, a, b) is not None))
        a = b
    first_end = sents[0][0] if sents else len(text)
    own_start = next((i for i, (_, own, _) in enumerate(sents) if own), len(sents))
    length = max(1, len(text) - body)
    title_words = _content_words.__wrapped__(text[:title_end].lower()) if title_end else frozenset()
    confs = sorted({g["conf"] for g in tasks}, reverse=True)
    best = confs[0]
    word_sets = [frozenset(g["name"].lower().split()) for g in tasks]
    lows = {g["name"].lower() for g in tasks}
    n_cands = math.log2(1 + len(tasks)) / 4
    rows = []
    for i, g in enumerate(tasks):
        cands = g["cands"]
        name = g["name"]
        words = name.split()
        low_words = [w.lower() for w in words]
        rank = confs.index(g["conf"])
        sources = {c.source for c in cands}
        in_title = any(c.end <= title_end for c in cands)
        body_starts = [c.start for c in cands if c.start >= body]
        first = min(body_starts) if body_starts else None
        renamed = any(c.name and c.name.lower() != text[c.start : c.end].lower()
                      and c.source == "task" for c in cands)  # fmt: skip
        content = _content_words(name.lower())
        overlap = len(content & title_words) / len(content) if content and title_words else 0.0
        ws = word_sets[i]
        more = any(o < ws for j, o in enumerate(word_sets) if j != i and o)
        less = any(ws < o for j, o in enumerate(word_sets) if j != i)
        head = low_words[-1] if low_words else ""
        where = [next((k for k, t in enumerate(sents) if c.start < t[0]), len(sents) - 1)
                 for c in cands if c.start >= body]  # fmt: skip
        prefixed = any(len(o) < len(ws) and " ".join(low_words[len(words) - len(o):]) in lows
                       for j, o in enumerate(word_sets) if j != i and o)  # fmt: skip
        rows.append([
            1.0,
            g["conf"],
            best - g["conf"],
            float(rank == 1),
            float(rank == 2),
            float(rank >= 3),
            min(2.0, math.log2(g["n"])),
            float(in_title),
            float("titletask" in sources or "topic" in sources),
            float("task" in sources and in_title),
            float(any(c.source == "task" and c.start >= body for c in cands)),
            float("lexicon" in sources),
            float("acronym" in sources),
            float(renamed),
            float(first is not None and first < first_end),
            (first - body) / length if first is not None else 1.0,
            float(len(words) == 1),
            float(len(words) >= 3),
            float(head in N.TASK_HEAD_SET),
            float(head in _GENERIC_TASK_HEADS),
            float(name.lower() in BROAD_FIELDS),
            overlap,
            float(any(w.isupper() or N.is_namey(w) for w in words)),
            float(more),
            float(less),
            n_cands,
            float(bool(where) and not in_title and max(where) < own_start),
            float(any(sents[k][1] for k in where)),
            float(any(sents[k][2] for k in where)),
            float(prefixed),
        ])  # fmt: skip
    return rows


def probability(weights: list[float], row: list[float]) -> float:
    """The logistic model's probability that a candidate is a main task of the paper."""
    z = sum(w * x for w, x in zip(weights, row, strict=True))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
