"""Round 13, third probe of results in LLM-era abstracts: second shares of items, ratios of
acceleration, amounts compared after a measure word (each test fails without its rule)."""

from __future__ import annotations

import pytest
from extract_helpers import PROBE_PRE as _PRE
from extract_helpers import PROBE_TITLE as _TITLE
from extract_helpers import probe_results as _results
from extract_helpers import run


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet solves 18% of the 397 problems in MiniF2F and 80% of the problems in the easy split.",
        "FooNet performs best, solving up to 18% of 397 test problems with a single try and 80% of the "
        "problems with 1,000 tries per problem.",
    ],
)
def test_second_share_of_items_after_a_count(nlp, sentence):
    got = _results(nlp, sentence)
    assert [(v, m) for v, m, _, _ in got] == [(18.0, "solve rate"), (80.0, "solve rate")]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("FooNet achieves 3.2x lossless acceleration on Vicuna.", 3.2),
        ("FooNet yields a 2.3x acceleration over autoregressive decoding.", 2.3),
    ],
)
def test_ratio_of_acceleration_is_a_speedup(nlp, sentence, value):
    assert [(v, m) for v, m, _, _ in _results(nlp, sentence)] == [(value, "speedup")]


def test_amount_compared_after_a_measure_word_names_the_thing(nlp):
    got = _results(nlp, "FooNet matches the baseline at the cost of 74% fewer parameters.")
    assert [(v, m) for v, m, _, _ in got] == [(74.0, "parameters")]


@pytest.mark.parametrize(
    "sentence, value, measure",
    [
        ("On KITTI, FooNet achieves an error of 5.77, outperforming the best published method (6.31).", 6.31, "error"),
        ("FooNet scores 45.2 on MMLU, outperforming prior methods (41.0).", 41.0, "score"),
        ("FooNet reaches 45.2% accuracy, surpassing the previous state of the art (41.0%).", 41.0, "accuracy"),
    ],
)
def test_bracketed_score_of_a_generic_compared_model_is_a_baseline(nlp, sentence, value, measure):
    got = _results(nlp, sentence)
    assert (value, measure, "(baseline)") in [(v, m, o) for v, m, o, _ in got]


def test_speedup_as_a_verb_before_by_names_speed(nlp):
    got = _results(
        nlp, "We show that reduced precision and large batch training can speedup training by nearly 5x on one machine."
    )
    assert [(v, m) for v, m, _, _ in got] == [(5.0, "speed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The performance gap can be as much as 68.94% in some LLMs.",
        "The performance gap is 68.94% in some LLMs.",
        "We observe a 68.94% performance gap between open and closed models.",
    ],
)
def test_performance_gap_is_a_performance_difference(nlp, sentence):
    ex = run(nlp, _TITLE, _PRE + sentence)
    assert [(r.value, r.metric, r.relative) for r in ex.results] == [(68.94, "performance", True)]


def test_operands_of_an_arithmetic_bracket_are_no_results(nlp):
    got = _results(nlp, "The performance gap can be as much as 68.94% (80.94% - 12.0%) in some LLMs.")
    assert [v for v, _, _, _ in got] == [68.94]


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet yields gains ranging from 2.1% to 5.6% across benchmarks.",
        "FooNet yields improvements from 2.1% to 5.6% across benchmarks.",
    ],
)
def test_range_of_gains_is_relative(nlp, sentence):
    ex = run(nlp, _TITLE, _PRE + sentence)
    assert [(r.value, r.relative) for r in ex.results] == [(2.1, True), (5.6, True)]


@pytest.mark.parametrize(
    "sentence",
    ["Models lag behind humans by 30.5% on average.", "Open models fall behind proprietary ones by 30.5%."],
)
def test_margin_of_falling_behind_is_a_performance_difference(nlp, sentence):
    ex = run(nlp, _TITLE, _PRE + sentence)
    assert [(r.value, r.metric, r.relative) for r in ex.results] == [(30.5, "performance", True)]


def test_second_bracketed_score_of_coordinated_subjects_shares_the_measure(nlp):
    got = _results(nlp, "There is a significant performance gap between advanced models (72%) and humans (87%).")
    assert [(v, m) for v, m, _, _ in got] == [(72.0, "performance"), (87.0, "performance")]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Human evaluators prefer FooNet over GPT-4o in 68% of the cases.", "preference"),
        ("In human evaluation, FooNet is preferred 68% of the time.", "preference"),
        ("FooNet wins 68% of the pairwise comparisons against GPT-4o.", "win rate"),
    ],
)
def test_share_of_judgements_won_is_a_preference(nlp, sentence, measure):
    assert [(v, m) for v, m, _, _ in _results(nlp, sentence)] == [(68.0, measure)]


def test_share_of_the_time_without_a_judgement_is_no_result(nlp):
    assert _results(nlp, "Up to 80% of the time is wasted on structuring data.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet closes 60% of the gap between Llama-3 and GPT-4.",
        "FooNet recovers over 60% of the performance gap to full fine-tuning.",
    ],
)
def test_share_of_a_gap_closed_is_a_gap_result(nlp, sentence):
    assert [(v, m) for v, m, _, _ in _results(nlp, sentence)] == [(60.0, "performance gap")]


@pytest.mark.parametrize(
    "sentence, value",
    [("FooNet matches GPT-4 while costing 10x less.", 10.0), ("FooNet costs about 40% less than GPT-4.", 40.0)],
)
def test_costing_less_names_the_cost(nlp, sentence, value):
    assert [(v, m) for v, m, _, _ in _results(nlp, sentence)] == [(value, "cost")]
