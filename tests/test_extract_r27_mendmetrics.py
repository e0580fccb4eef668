"""Round 27's review of the ranked and compared measure rules: sentences that gave a
wrong measure after them. A comparison or an evaluation does not reach into a relative
clause, a question or a topic ("methods that rely on external memory", "studies on
fairness"); a level held fixed ("with comparable latency", "at competitive latency") is no
measure; "the best parameters" is a choice and "we record memory" a verb."""

from __future__ import annotations

import pytest
from extract_helpers import name_set, run

TITLE = "Zorblax: Faster Sequence Models"


@pytest.mark.parametrize(
    "abstract",
    [
        "Zorblax outperforms prior methods that rely on external memory.",
        "Compared with models that depend on memory, Zorblax is simpler.",
        "We evaluate whether language models rely on memory.",
        "We compare our findings with prior studies on fairness.",
        "We evaluate the agent with memory and without it.",
    ],
)
def test_a_comparison_does_not_reach_into_a_clause_or_a_topic(nlp, abstract):
    assert name_set(run(nlp, TITLE, "We propose Zorblax. " + abstract).metrics) == set()


@pytest.mark.parametrize(
    "abstract",
    [
        "We evaluate Zorblax on KITTI with comparable latency.",
        "Zorblax is evaluated on three datasets with similar memory.",
        "Zorblax improves quality at competitive latency.",
    ],
)
def test_a_level_held_fixed_is_no_measure(nlp, abstract):
    assert name_set(run(nlp, TITLE, "We propose Zorblax. " + abstract).metrics) == set()


@pytest.mark.parametrize(
    "abstract",
    [
        "A search finds the best parameters among all candidates.",
        "We record memory at every step.",
    ],
)
def test_a_choice_or_a_verb_is_no_ranking(nlp, abstract):
    assert name_set(run(nlp, TITLE, "We propose Zorblax. " + abstract).metrics) == set()


@pytest.mark.parametrize(
    ("abstract", "measure"),
    [
        ("Zorblax needs the fewest parameters among all methods.", "parameters"),
        ("Zorblax sets a record latency on one GPU.", "latency"),
        ("Zorblax is competitive with Mamba in latency.", "latency"),
    ],
)
def test_a_ranked_count_or_a_comparison_stays(nlp, abstract, measure):
    assert measure in name_set(run(nlp, TITLE, "We propose Zorblax. " + abstract).metrics)


def test_a_compared_rate_does_not_swallow_a_known_method(nlp):
    ex = run(nlp, TITLE, "We propose Zorblax. Zorblax tolerates a higher weight decay rate.")
    assert name_set(ex.metrics) == set()
    assert "weight decay" in name_set(ex.methods)


def test_a_possible_bound_is_placed_not_named(nlp):
    ex = run(nlp, TITLE, "We propose Zorblax. Zorblax attains the best possible approximation ratio.")
    assert name_set(ex.metrics) == {"approximation ratio"}


def test_a_utilization_long_form_the_paper_presents_stays_a_method(nlp):
    ex = run(
        nlp,
        TITLE,
        "We present Elastic Memory Utilization (EMU). EMU reuses freed blocks across requests "
        "and raises throughput by 1.8x.",
    )
    assert "Elastic Memory Utilization (EMU)" in name_set(ex.methods)
    assert "Elastic Memory Utilization (EMU)" not in name_set(ex.metrics)


def test_an_achievable_rate_keeps_its_name(nlp):
    ex = run(nlp, TITLE, "We propose Zorblax. Zorblax achieves a higher achievable rate than prior schemes.")
    assert name_set(ex.metrics) == {"achievable rate"}
