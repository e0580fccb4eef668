"""Helpers of the extraction tests: run the pipeline (the ``nlp`` fixture of conftest.py) on
one invented paper and read names off the result."""

from __future__ import annotations

import re

from kg.extract import extract
from kg.model import Extraction, Paper


def run(nlp, title: str, abstract: str) -> Extraction:
    return next(extract([Paper(id="t", title=title, abstract=abstract)], nlp=nlp))


def names(mentions) -> list[str]:
    return [m.name for m in mentions]


def name_set(mentions) -> set[str]:
    return {m.name for m in mentions}


def tasks(nlp, title: str, abstract: str) -> set[str]:
    """The task names of one paper, lower-cased."""
    return {m.name.lower() for m in run(nlp, title, abstract).tasks}


def by_value(ex: Extraction, field: str) -> dict:
    """One field of each result ("method", "metric", "relative", ...), by the value as written."""
    return {r.value_text: getattr(r, field) for r in ex.results}


# the invented paper the round-13 result probes share: a proposed name and a task sentence
# before the sentences under test
PROBE_TITLE = "FooNet: Efficient Reasoning for Language Models"
PROBE_PRE = "We propose FooNet, a new method for mathematical reasoning. "


def probe_results(nlp, sentences: str) -> list[tuple]:
    """(value, metric, method, dataset) of each result of the probe paper with ``sentences``."""
    ex = run(nlp, PROBE_TITLE, PROBE_PRE + sentences)
    return [(r.value, r.metric, r.method, r.dataset) for r in ex.results]


# the invented paper the cost and size result tests share (rounds 29-30): a proposed name
# before the sentence under test
ZORB_TITLE = "ZorbNet: Tiny Searched Networks"
ZORB_PRE = "We propose ZorbNet, a new architecture search method. "


def zorb_results(nlp, sentence: str, *fields: str) -> list[tuple]:
    """``fields`` of each result ("value_text", "unit", "metric", ...) of that paper with ``sentence``."""
    ex = run(nlp, ZORB_TITLE, ZORB_PRE + sentence)
    return [tuple(getattr(r, f) for f in fields) for r in ex.results]


def macro_paper(nlp, title: str, abstract: str) -> Extraction:
    """The extraction of a paper whose words marked "^" (the mark dropped) an unknown LaTeX
    macro left: their spans go to ``Paper.macros``, as the cleaner records them."""
    text, spans = "", []
    for k, piece in enumerate(re.split(r"\^(\w+)", title + "\n\n" + abstract)):
        if k % 2:
            spans.append((len(text), len(text) + len(piece)))
        text += piece
    title, abstract = text.split("\n\n", 1)
    return next(extract([Paper(id="t", title=title, abstract=abstract, macros=tuple(spans))], nlp=nlp))
