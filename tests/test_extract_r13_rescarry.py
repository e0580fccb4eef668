"""Round 13 probes of result binding in LLM-era abstracts: the measure and owner of a value
when its sentence does not repeat them (each test fails without its rule)."""

from __future__ import annotations

import pytest
from extract_helpers import probe_results as _results


@pytest.mark.parametrize(
    "second",
    [
        "On MATH, it reaches 30.2%.",
        "It also attains 30.2% on MATH.",
        "Moreover, FooNet achieves 30.2% on MATH.",
    ],
)
def test_score_without_measure_keeps_the_previous_sentences_measure(nlp, second):
    got = _results(nlp, "FooNet reaches 45.3% accuracy on GSM8K. " + second)
    assert got == [(45.3, "accuracy", "FooNet", "GSM8K"), (30.2, "accuracy", "FooNet", "MATH")]


def test_gain_without_measure_keeps_the_previous_gains_measure(nlp):
    got = _results(nlp, "FooNet improves accuracy by 4.1% on GSM8K. On MATH, it improves by 3.2%.")
    assert got == [(4.1, "accuracy", "FooNet", "GSM8K"), (3.2, "accuracy", "FooNet", "MATH")]
    # with no gain before it, a gain takes the measure of the score before it
    got = _results(nlp, "FooNet reaches 45.3% accuracy on GSM8K. This is a 3.2% improvement over GPT-4o.")
    assert got[-1][:2] == (3.2, "accuracy")
    # but a gain written as one of "performance" keeps that word
    got = _results(nlp, "FooNet reaches 45.3% accuracy on GSM8K. It yields a 3.2% higher performance than GPT-4o.")
    assert got[-1][:2] == (3.2, "performance")


def test_measure_carry_needs_the_same_unit_and_no_measure_of_its_own(nlp):
    # a decimal takes a decimal's measure, not a percentage's; a sentence with its own score
    # word ("scores up to 60%") keeps it
    got = _results(nlp, "FooNet reaches 28.4 BLEU on WMT14. It reaches 30.2 on WMT16.")
    assert got[-1] == (30.2, "BLEU", "FooNet", "WMT16")
    got = _results(nlp, "FooNet reaches 45.3% accuracy on GSM8K. It reaches 30.2 on MATH.")
    assert (30.2, "accuracy", "FooNet", "MATH") not in got
    got = _results(
        nlp, "FooNet reaches 45.3% accuracy on GSM8K. Models reach scores up to 60% on MATH, below 97% on GSM8K."
    )
    assert all(m != "accuracy" for v, m, _, _ in got if v in (60.0, 97.0))


def test_speed_measures_are_not_carried(nlp):
    got = _results(nlp, "FooNet reaches 80.1% accuracy on DAVIS at 22.4fps. It reaches 86.2% on YouTube-VOS.")
    assert got[-1] == (86.2, "accuracy", "FooNet", "YouTube-VOS")
    got = _results(nlp, "FooNet reaches 80.1% on DAVIS at 22.4fps. It reaches 86.2% on YouTube-VOS.")
    assert all(m != "FPS" for v, m, _, _ in got if v == 86.2)


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("FooNet uses 40% fewer tokens than chain-of-thought.", "tokens"),
        ("FooNet reaches the same accuracy with 14 times fewer training steps.", "training steps"),
        ("FooNet generates 3x fewer tokens while matching accuracy.", "tokens"),
        ("FooNet requires 5x less data than existing models.", "data"),
        ("FooNet matches Llama-2 in 10.6x less time.", "time"),
        ("FooNet matches Llama-2 with 5x less training compute.", "training compute"),
    ],
)
def test_cost_counted_in_things_no_measure_names(nlp, sentence, measure):
    got = _results(nlp, sentence)
    assert [m for _, m, _, _ in got] == [measure]


def test_less_before_an_adjective_names_no_cost(nlp):
    got = _results(nlp, "FooNet is 42.0% less complex on computation and 2x fewer layers deep.")
    assert all(m != "complex on computation" for _, m, _, _ in got)
    assert _results(nlp, "FooNet needs 2x less storage.") == [(2.0, "storage", "FooNet", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Mind2Web, it achieves a 50.2% success rate.",
        "On Mind2Web, FooNet achieves a 50.2% success rate.",
        "On CoreML, FooNet surpasses EfficientFormer by 4.6 mAP on COCO.",
    ],
)
def test_name_after_an_opening_preposition_is_no_owner(nlp, sentence):
    # an unknown benchmark or platform opening the sentence names where the number was
    # measured: the owner is the subject
    got = _results(nlp, sentence)
    assert [meth for _, _, meth, _ in got] == ["FooNet"]


def test_starting_value_of_a_change_is_not_the_opening_names(nlp):
    got = _results(nlp, "On FlyingThings3D, we improve the best published accuracy from 34.3% to 83.7%.")
    assert [meth for _, _, meth, _ in got] == ["(baseline)", "FooNet"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Test-time compute lets FooNet outperform a 14x larger model.",
        "FooNet surpasses 7x larger models on GSM8K.",
        "FooNet rivals 500 times larger models, such as GPT-3.",
    ],
)
def test_larger_models_matched_are_a_parameter_cost(nlp, sentence):
    got = _results(nlp, sentence)
    assert [(m, meth) for _, m, meth, _ in got] == [("parameters", "FooNet")]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("FooNet can be pruned to 50% sparsity with minimal loss of accuracy.", []),
        ("FooNet reaches 80.1% top-1 accuracy on ImageNet using only 1% labels.", [80.1]),
        ("FooNet reaches 80.1% top-1 accuracy on ImageNet with 10% labeled data.", [80.1]),
        ("FooNet obtains a mean corruption error (mCE) of 13.50% even with an 80% noise ratio.", [13.5]),
    ],
)
def test_share_of_data_labels_noise_or_weights_is_a_setting(nlp, sentence, kept):
    assert [v for v, _, _, _ in _results(nlp, sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("FooNet matches Llama-2 with only 2% of the original Llama-2 parameters.", "parameters"),
        ("FooNet outperforms full fine-tuning, training only 5.1% of the PLM parameters.", "parameters"),
        ("FooNet outperforms the state-of-the-art decoder with only 20% of computation.", "computation"),
        ("FooNet's router is light-weight (only 1.69% of the backbone FLOPs).", "FLOPs"),
    ],
)
def test_share_of_a_parameter_or_compute_cost_is_a_result(nlp, sentence, measure):
    got = _results(nlp, sentence)
    assert [m for _, m, _, _ in got] == [measure]


def test_share_of_the_training_data_stays_a_setting(nlp):
    got = _results(nlp, "With only 10% of the training data, FooNet matches Llama-2 with only 20% of its FLOPs.")
    assert [(v, m) for v, m, _, _ in got] == [(20.0, "FLOPs")]
