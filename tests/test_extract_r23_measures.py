"""Round 23 (measures): the measure a result is reported in, on invented sentences (none of the
names real). Each test fails without its rule."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Paper


def _extract(abstract: str, title: str = "Quillon: Sampling Tricks for Small Reasoners"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _measures(abstract: str) -> dict:
    return {r.value: r.metric for r in _extract(abstract).results}


# --- "<what is performed> performance" is measured as "performance" ---------------------------


def test_a_changed_performance_keeps_no_modifier_as_its_measure():
    assert _measures("Lowering the sampling temperature can improve arithmetic task performance by up "
                     "to 7%.") == {7.0: "performance"}
    assert _measures("Quillon boosts downstream performance by 3.9% on average.") == {3.9: "performance"}
    assert _measures("We observe a 14% gain in theorem proving performance.") == {14.0: "performance"}
    assert _measures("Quillon gives a 6x increase in attainable performance over prior schedulers.") == {
        6.0: "performance"}


def test_a_changed_measure_that_is_no_performance_keeps_its_words():
    assert _measures("Quillon improves the survival probability by 12%.") == {12.0: "survival probability"}
    assert _measures("Quillon raises the retrieval recall by 8.5%.") == {8.5: "retrieval recall"}
