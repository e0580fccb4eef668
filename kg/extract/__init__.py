"""Extraction: paper abstracts in, :class:`kg.model.Extraction` records out.

The work is done by a spaCy pipeline of registered rule components (see
:mod:`kg.extract.components`) over a blank English tokenizer; no statistical model is
loaded. Names in the output are surface names; :func:`kg.link.link` makes them canonical
across a corpus.

>>> from kg.model import Paper
>>> p = Paper(id="p1", title="FooNet: Fast Detection",
...           abstract="We propose FooNet. FooNet reaches 46.3 AP on COCO.")
>>> ex = next(extract([p]))
>>> ex.proposed, [m.name for m in ex.datasets], [(r.value, r.metric) for r in ex.results]
(('FooNet',), ['COCO'], [(46.3, 'AP')])
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, partial
from typing import TypeVar

import spacy

from kg.extract import components  # noqa: F401  (registers the mlkg_* components)
from kg.extract import tokenizer  # noqa: F401  (registers mlkg.tokenizer.v2)
from kg.extract.components import PIPELINE
from kg.extract.convert import doc_to_extraction
from kg.extract.lexicon import metric_directions
from kg.batching import batched
from kg.errors import MlkgError
from kg.model import Extraction, Paper
from kg.pool import forks, ordered_map
from kg.text import SURROGATE

__all__ = [
    "EXTRACTOR_NAME",
    "EXTRACTOR_VERSION",
    "TextTooLong",
    "build_pipeline",
    "extract",
    "extract_map",
    "metric_higher_is_better",
]

EXTRACTOR_NAME = "mlkg-rules"
EXTRACTOR_VERSION = "0.6.0"  # 0.6: results carry `change` (which way a relative result goes)

logger = logging.getLogger(__name__)
R = TypeVar("R")


def build_pipeline() -> spacy.Language:
    """A blank English pipeline with the mlkg tokenizer and components, in order.

    The tokenizer is ``mlkg.tokenizer.v2`` (see :mod:`kg.extract.tokenizer`), a faster
    rule tokenizer than spaCy's default; the lexicon patterns are tokenised by it too.

    :return: a ``spacy.Language`` whose ``nlp(text)`` fills ``doc._.mlkg``.
    """
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "mlkg.tokenizer.v2"}}})
    # before the lexicon patterns are tokenised: their ~7,000 word types need no more
    # attributes than the text's (no step reads the dropped ones), and computing them took
    # about a fifth of the pipeline's build
    tokenizer.drop_unread_lex_attrs(nlp.vocab, set(nlp.vocab.lex_attr_getters))
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


class TextTooLong(MlkgError, ValueError):
    """A paper whose title and abstract exceed the pipeline's ``nlp.max_length`` (1,000,000
    characters): spaCy's own ValueError named neither the paper nor a way out. (The file
    readers report such a record as a bad record first; this is for callers of the API.)"""


def _check_length(nlp: spacy.Language, paper: Paper, text: str) -> None:
    """:raises TextTooLong: naming the paper, if ``text`` is longer than ``nlp.max_length``."""
    if len(text) > nlp.max_length:
        where = f" (read from {paper.source})" if paper.source else ""
        raise TextTooLong(
            f"paper {paper.id!r}{where}: title and abstract have {len(text):,} characters, more than the "
            f"{nlp.max_length:,} the extractor takes (a whole paper's text?); shorten or leave out the "
            "abstract, or raise nlp.max_length of a pipeline from build_pipeline() and pass it as nlp="
        )


def _extraction(paper: Paper, extraction: Extraction) -> Extraction:
    return extraction


def _run(nlp: spacy.Language, papers: list[Paper], then: Callable[[Paper, Extraction], R]) -> list[R]:
    out = []
    procs = [proc for _, proc in nlp.pipeline]  # Language.pipeline builds a new list per call
    for paper in papers:
        text = paper.text
        _check_length(nlp, paper, text)
        try:
            doc = nlp.make_doc(text)
        except UnicodeEncodeError:
            # a lone surrogate ("\ud800" from a JSON escape; the file readers replace them,
            # a caller of the API may not) cannot be hashed by spaCy: read it as U+FFFD, one
            # character for one, so that offsets still refer to the paper's text
            text = SURROGATE.sub("\ufffd", text)
            doc = nlp.make_doc(text)
        doc.user_data["mlkg_text"] = text
        doc.user_data["mlkg_macros"] = paper.macros  # (see kg.extract.mentions.stand_in_spans)
        for proc in procs:
            doc = proc(doc)
        out.append(then(paper, doc_to_extraction(doc, paper, extractor=EXTRACTOR_NAME,
                                                 version=EXTRACTOR_VERSION)))  # fmt: skip
    return out


_WORKER_NLP: spacy.Language | None = None


def _worker_init(nlp: spacy.Language | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp or build_pipeline()  # forked workers get the parent's; spawned ones build one


def _worker_run(then: Callable[[Paper, Extraction], R], papers: list[Paper]) -> list[R]:
    assert _WORKER_NLP is not None
    return _run(_WORKER_NLP, papers, then)


def extract(
    papers: Iterable[Paper],
    *,
    nlp: spacy.Language | None = None,
    workers: int = 1,
    batch_size: int = 32,
) -> Iterator[Extraction]:
    """Extract methods, datasets, metrics, tasks and results from each paper, in order.

    :param papers: the papers; read lazily, in batches of ``batch_size`` (with workers, at
        most ``2 * workers`` batches are read ahead).
    :param nlp: a pipeline from :func:`build_pipeline` (built once if omitted).
    :param workers: processes to use; above 1 each worker process builds its own pipeline
        and batches are distributed over them, results still come back in input order.
    :param batch_size: papers per batch (and per inter-process message). Small, so that a
        hundred papers still spread over the workers and no worker idles long at the end
        (a batch of 32 is about a tenth of a second of work, its message a fraction of a ms).
    :return: an iterator of :class:`kg.model.Extraction`, one per paper.
    """
    return extract_map(papers, _extraction, nlp=nlp, workers=workers, batch_size=batch_size)


def extract_map(
    papers: Iterable[Paper],
    then: Callable[[Paper, Extraction], R],
    *,
    nlp: spacy.Language | None = None,
    workers: int = 1,
    batch_size: int = 32,
) -> Iterator[R]:
    """``then(paper, extraction)`` for each paper, in order, run where the paper is extracted:
    in the worker processes when ``workers`` > 1. Per-paper work on an extraction (encoding
    it to text, counting its names) thus runs in parallel, and what comes back to the parent
    is what it needs (a string pickles faster than an Extraction). ``then`` is pickled to
    the workers: a module-level function. The parameters are :func:`extract`'s.
    """
    if workers <= 1:
        nlp = nlp or build_pipeline()
        for batch in batched(papers, batch_size):
            yield from _run(nlp, batch, then)
        return
    # forked workers inherit the parent's pipeline: built once, before the fork
    inherited = (nlp or build_pipeline()) if forks() else None
    run = partial(_worker_run, then)
    for results in ordered_map(run, batched(papers, batch_size), workers,
                               initializer=_worker_init, initargs=(inherited,)):  # fmt: skip
        yield from results


# Measures where less is better that the "... rate" / "... rank" heads below would rank the
# wrong way up or not at all: a leaderboard of miss rates or depth errors sorted descending
# puts the worst method first. Words anywhere in the name ("log-average miss rate", "false
# positive rate (FPR)"), and short names whole (the usual depth, flow and retrieval ones, and the
# "storage" in bytes the results rule names, which no lexicon entry gives a direction).
# (a drop, gap or degradation of a score is smaller when better: "accuracy drop", "performance gap")
_LOWER_IS_BETTER_WORDS = ("miss rate", "false positive", "false negative", "false alarm", "failure rate",
                          "collision rate", "violation rate", "standard deviation", "abs rel", "absrel", "sq rel",
                          " drop", " gap", "degradation")
_LOWER_IS_BETTER_NAMES = frozenset(("mr", "mmr", "rel", "epe", "aepe", "fpr", "fnr", "far", "bpd", "ate", "rte",
                                    "smape", "asd", "assd", "ber", "medr", "meanr", "fpr95", "fpr@95",
                                    "mean rank", "median rank", "storage"))


@lru_cache(maxsize=4096)  # (a pure function of a short name: the extractor asks it per relative result)
def metric_higher_is_better(name: str) -> bool | None:
    """Whether a larger value of the metric is better; ``None`` when unknown.

    >>> metric_higher_is_better("Top-1 Accuracy"), metric_higher_is_better("FID")
    (True, False)
    >>> metric_higher_is_better("word error rate"), metric_higher_is_better("vibes")
    (False, None)
    >>> metric_higher_is_better("log-average miss rate"), metric_higher_is_better("AbsRel")
    (False, False)
    >>> metric_higher_is_better("accuracy drop"), metric_higher_is_better("F1 gap")
    (False, False)
    """
    if not name:
        return None
    directions = metric_directions()
    key = " ".join(name.lower().split())
    if key in _LOWER_IS_BETTER_NAMES or any(w in key for w in _LOWER_IS_BETTER_WORDS):
        return False
    if key in directions:
        return directions[key]
    # heads: "... accuracy", "... error rate", "... latency"
    for words in (key.split()[-2:], key.split()[-1:]):
        tail = " ".join(words)
        if tail in directions:
            return directions[tail]
    if any(w in key for w in ("error", "loss", "latency", "time", "cost", "distance")):
        return False
    if any(w in key for w in ("accuracy", "score", "rate", "precision", "recall", "f1")):
        return True
    return None
