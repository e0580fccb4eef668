"""Round 30 (hf40d results): a verb of a ratio before the measure it changes, and one ratio
shared by the measures coordinated after its comparative (each test fails without its rule;
the method names are invented)."""

from __future__ import annotations

import pytest
from extract_helpers import ZORB_PRE, ZORB_TITLE, run, zorb_results

def _results(nlp, sentence):
    return set(zorb_results(nlp, sentence, "value", "unit", "metric"))


@pytest.mark.parametrize(
    "sentence,value,unit,metric",
    [
        ("ZorbNet halves the error rate of the previous best model.", 50.0, "%", "error rate"),
        ("Feedback from a user halved the error rate compared to the first prediction.", 50.0, "%", "error rate"),
        ("ZorbNet doubles the throughput of glimmer serving.", 2.0, "x", "throughput"),
        ("ZorbNet triples the throughput of glimmer serving.", 3.0, "x", "throughput"),
    ],
)
def test_a_verb_of_a_ratio_before_a_measure_is_a_result(nlp, sentence, value, unit, metric):
    assert (value, unit, metric) in _results(nlp, sentence)


def test_a_ratio_word_before_no_determiner_changes_nothing(nlp):
    # only a verb before "the", "its", "their" or "our" is a ratio ("doubling dimension",
    # "extracts triples from" are not)
    found = _results(
        nlp,
        "ZorbNet halves the error rate of Quill. We bound the doubling dimension of the glimmer space, "
        "and ZorbNet extracts triples from quorb documents.",
    )
    assert found == {(50.0, "%", "error rate")}


@pytest.mark.parametrize(
    "sentence,value,unit",
    [
        ("ZorbNet-S is 1.8 times faster than Quill, meanwhile enjoying 2.8times smaller number of "
         "parameters and FLOPs.", 2.8, "x"),
        ("ZorbNet has 3x fewer parameters and FLOPs than Quill.", 3.0, "x"),
    ],
)  # fmt: skip
def test_one_ratio_is_each_measure_coordinated_after_its_comparative(nlp, sentence, value, unit):
    found = _results(nlp, sentence)
    assert {(value, unit, "parameters"), (value, unit, "FLOPs")} <= found


@pytest.mark.parametrize(
    "sentence,pairs",
    [
        ("ZorbNet is competitive on Quorb-10 with 2 and 3 times less memory usage and computational cost "
         "than the best approach.", {(2.0, "memory usage"), (3.0, "computational cost")}),
        ("ZorbNet-S achieved 15.4 and 4.71 fewer parameters and floating-point operations (FLOPs), "
         "respectively, compared to the baseline model.",
         {(15.4, "parameters"), (4.71, "floating-point operations (FLOPs)")}),
    ],
)  # fmt: skip
def test_listed_values_before_a_comparative_take_the_listed_measures_in_order(nlp, sentence, pairs):
    found = {(value, metric) for value, _, metric in _results(nlp, sentence)}
    assert found == pairs


@pytest.mark.parametrize(
    "sentence,metric",
    [
        ("ZorbNet provides 1.48x higher estimated throughput per dollar than homogeneous solutions.",
         "throughput per dollar"),
        ("ZorbNet improves the throughput per watt by 30% over Quill.", "throughput per watt"),
    ],
)  # fmt: skip
def test_a_measure_per_unit_of_cost_is_its_own_measure(nlp, sentence, metric):
    ex = run(nlp, ZORB_TITLE, ZORB_PRE + sentence)
    assert metric in {m.name for m in ex.metrics}
    assert {r.metric for r in ex.results} == {metric}


def test_a_score_restated_with_its_measure_is_one_result(nlp):
    found = _results(
        nlp,
        "ZorbNet achieves 86.81% on Quorb-8K without any external tool. Trained with supervised "
        "fine-tuning alone, ZorbNet achieves 81.50% pass@1 on Quorb-8K. With preference learning, "
        "ZorbNet achieves 86.81% pass@1.",
    )
    assert found == {(81.5, "%", "pass@1"), (86.81, "%", "pass@1")}
