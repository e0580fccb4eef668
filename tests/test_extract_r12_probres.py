"""Round 12 probes of result number shapes: invented carrier sentences crossing number forms
with frames (each test fails without its rule)."""

from __future__ import annotations

import pytest
from extract_helpers import run

_TITLE = "FooNet: Efficient Reasoning for Language Models"
_PRE = "We propose FooNet, a new method for question answering. "


def _results(nlp, sentence: str) -> list[tuple]:
    ex = run(nlp, _TITLE, _PRE + sentence)
    return [(r.value, r.metric, r.method, r.relative) for r in ex.results]


@pytest.mark.parametrize("ratio", [r"2.5$\times$", r"$2.5\times$", r"2.5 $\times$", r"$2.5 \times$"])
def test_latex_ratio_closed_before_its_comparative(nlp, ratio):
    # the math closes between the ratio and "faster": the comparative still names the measure
    got = _results(nlp, f"FooNet is {ratio} faster than Llama-2 on GSM8K.")
    assert got == [(2.5, "speed", "FooNet", True)]


def test_latex_ratio_range_closed_in_math(nlp):
    got = _results(nlp, r"FooNet is 1.5$\times$-2.5$\times$ faster than Llama-2 on GSM8K.")
    assert [(v, m) for v, m, _, _ in got] == [(1.5, "speed")]


def test_latex_percent_closed_before_dataset(nlp):
    got = _results(nlp, r"FooNet achieves $45.1\%$ on GSM8K in accuracy.")
    assert got == [(45.1, "accuracy", "FooNet", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet speeds up inference by 2.5x.",
        "FooNet speeds up inference by up to 2.5 times.",
        r"FooNet speeds up inference by $2.5\times$.",
        "FooNet accelerates LLM decoding by 2.5-fold.",
    ],
)
def test_speeds_up_by_names_speed(nlp, sentence):
    # the verb names the measure: no metric mention in the sentence, yet a speed result
    assert _results(nlp, sentence) == [(2.5, "speed", "FooNet", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet yields a 3.2 ± 0.3 gain in accuracy on GSM8K.",
        r"FooNet yields a $3.2 \pm 0.3$ gain in accuracy on GSM8K.",
        r"FooNet outperforms Llama-2 by $3.2 \pm 0.3$ accuracy on GSM8K.",
    ],
)
def test_deviation_between_value_and_its_words(nlp, sentence):
    # the words after "± 0.3" belong to the value before it
    assert [(v, m) for v, m, _, _ in _results(nlp, sentence)] == [(3.2, "accuracy")]


def test_deviation_after_a_percentage(nlp):
    got = _results(nlp, "FooNet achieves 45.1%±0.3 on GSM8K in accuracy.")
    assert got == [(45.1, "accuracy", "FooNet", False)]


def test_second_value_with_deviation_in_a_pair(nlp):
    got = _results(nlp, "FooNet achieves an ROC-AUC of 87.74 ± 0.13 and 88.24 ± 0.15 on GSM8K.")
    assert sorted(v for v, *_ in got) == [87.74, 88.24]


@pytest.mark.parametrize("opening", ["(vs. ", "(cf. "])
def test_abbreviation_after_a_bracket_ends_no_sentence(nlp, opening):
    # "(vs. 40.1% ...)" was split after "vs.", which lost the value after it
    got = _results(nlp, f"FooNet achieves 45.1% accuracy on GSM8K {opening}40.1% for Llama-2).")
    assert sorted(v for v, *_ in got) == [40.1, 45.1]


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet achieves 45.1% accuracy on GSM8K (vs. 40.1% for Llama-2).",
        "FooNet achieves 45.1% accuracy on GSM8K, compared to 40.1% for Llama-2.",
        "FooNet achieves 45.1% accuracy on GSM8K versus 40.1% accuracy of Llama-2.",
    ],
)
def test_compared_value_belongs_to_the_model_after_it(nlp, sentence):
    owners = {v: m for v, _, m, _ in _results(nlp, sentence)}
    assert owners == {45.1: "FooNet", 40.1: "Llama-2"}


def test_second_object_of_speeds_up(nlp):
    got = _results(nlp, "FooNet speeds up training by 3.1x and inference by 2.4x.")
    assert [(v, m) for v, m, _, _ in got] == [(3.1, "speed"), (2.4, "speed")]


def test_second_object_of_another_verb_is_not_speed(nlp):
    got = _results(nlp, "FooNet speeds up inference by 2x and reduces memory by 30%.")
    assert [(v, m) for v, m, _, _ in got] == [(2.0, "speed"), (30.0, "memory")]


def test_compared_model_score_in_brackets(nlp):
    got = _results(nlp, "FooNet achieves 45.1% accuracy on GSM8K, surpassing Llama-2 (40.1%).")
    assert (40.1, "accuracy", "Llama-2", False) in got


def test_margin_in_brackets_after_compared_model_stays_a_margin(nlp):
    got = _results(nlp, "FooNet outperforms GPT-4 (+3.2%) on GSM8K.")
    assert [(v, m, r) for v, _, m, r in got] == [(3.2, "FooNet", True)]


@pytest.mark.parametrize("benchmark", ["GSM8K", "MMLU"])
def test_benchmark_qualified_measure_after_change_verb(nlp, benchmark):
    got = _results(nlp, f"FooNet boosts {benchmark} accuracy by 3.2%.")
    assert [(v, m) for v, m, _, _ in got] == [(3.2, "accuracy")]


def test_decimal_without_leading_zero(nlp):
    got = _results(nlp, "FooNet achieves an average F1-score of .46 on GoEmotions.")
    assert [(v, m) for v, m, _, _ in got] == [(0.46, "average F1-score")]
