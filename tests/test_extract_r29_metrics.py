"""Measures of round 29: modifiers of "in terms of" items, trade-offs only talked about,
and everyday words traded against a measure.

Gold conventions read in dev/sota40/hf40b: an attained trade-off ("obtains the
state-of-the-art speed-accuracy tradeoff", "achieves good CER-latency trade-offs") lists
its measures; one a paper only chooses by or discusses does not; "cost" is listed only with
its value."""

from __future__ import annotations

from extract_helpers import name_set, run

TITLE = "Zorb: Better Models for Zorbing"


def _metrics(nlp, abstract: str) -> set[str]:
    return name_set(run(nlp, TITLE, abstract).metrics)


def test_degree_words_and_own_are_no_part_of_a_listed_measure(nlp):
    assert _metrics(nlp, "Zorb outperforms prior methods in terms of extremely low inference time.") == {
        "inference time"
    }
    assert _metrics(nlp, "Zorb outperforms prior methods in terms of our own accuracy.") == {"accuracy"}
    assert _metrics(
        nlp, "Zorb outperforms prior methods in terms of very high accuracy and remarkably low latency."
    ) == {"accuracy", "latency"}
    # a modifier that is part of the name stays
    assert _metrics(nlp, "Zorb outperforms prior methods in terms of average accuracy.") == {"average accuracy"}


def test_a_trade_off_only_discussed_names_no_measures(nlp):
    for sentence in (
        "We provide a theoretical analysis of the accuracy-latency trade-off.",
        "Zorb offers a study of the speed-accuracy trade-off in detectors.",
    ):
        assert _metrics(nlp, sentence) == set(), sentence
    # an attained one still does, also through "improvements in"
    assert _metrics(nlp, "Zorb yields significant improvements in the speed-accuracy trade-off.") == {
        "speed",
        "accuracy",
    }


def test_an_everyday_word_traded_is_a_measure_only_with_a_number(nlp):
    assert _metrics(nlp, "Zorb achieves a better accuracy-cost trade-off.") == {"accuracy"}
    assert _metrics(nlp, "Zorb achieves a better accuracy-energy trade-off.") == {"accuracy"}
    assert _metrics(nlp, "Zorb achieves a better error-latency trade-off.") == {"latency"}
    assert _metrics(nlp, "Zorb achieves a better accuracy-cost trade-off, cutting cost by 40%.") == {
        "accuracy",
        "cost",
    }
