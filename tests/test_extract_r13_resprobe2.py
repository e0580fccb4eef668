"""Round 13, second probe of results in LLM-era abstracts: coordinated measures, slash
pairs, owners of contrasted values and missed cost figures (each test fails without its rule)."""

from __future__ import annotations

import pytest
from extract_helpers import probe_results as _results


@pytest.mark.parametrize(
    "sentence, measures",
    [
        (
            "FooNet reduces the training and inference time of Llama-3 by 31.0% and 53.2%, respectively.",
            ["training time", "inference time"],
        ),
        (
            "FooNet reduces prefill and decoding latency by 2.1x and 3.2x.",
            ["prefill latency", "decoding latency"],
        ),
        ("FooNet improves precision and recall by 3.1% and 4.2%, respectively.", ["precision", "recall"]),
        (
            "FooNet reduces memory and inference time by 31% and 53%, respectively.",
            ["memory", "inference time"],
        ),
        ("FooNet achieves approximately ~42% time and ~30% memory savings.", ["time", "memory"]),
    ],
)
def test_two_margins_take_their_own_coordinated_measures(nlp, sentence, measures):
    got = _results(nlp, sentence)
    assert [m for _, m, _, _ in got] == measures


@pytest.mark.parametrize(
    "sentence, measures",
    [
        ("FooNet achieves 85.3/90.1 EM/F1 on SQuAD.", ["EM", "F1"]),
        ("FooNet reaches 45.1%/50.2% accuracy/F1 on GSM8K.", ["accuracy", "F1"]),
        ("FooNet reaches 45.1/50.2/60.3 BLEU/ROUGE/METEOR on WMT.", ["BLEU", "ROUGE", "METEOR"]),
    ],
)
def test_slash_values_take_the_slash_measures_after_them(nlp, sentence, measures):
    assert [m for _, m, _, _ in _results(nlp, sentence)] == measures


@pytest.mark.parametrize(
    "sentence",
    [
        "GPT-4o achieves 45.1% accuracy, while FooNet achieves 50.2%.",
        "While GPT-4o achieves 45.1% accuracy, FooNet achieves 50.2%.",
    ],
)
def test_contrasted_value_belongs_to_its_own_clauses_subject(nlp, sentence):
    assert [(v, m) for v, _, m, _ in _results(nlp, sentence)] == [(45.1, "GPT-4o"), (50.2, "FooNet")]


def test_measure_with_its_own_compared_number_is_no_fallback_for_another(nlp):
    # "51% fewer FLOPs" is FLOPs' own number: the score before it does not take FLOPs
    got = _results(nlp, "FooNet-B6 achieves 87.4%, outperforming Swin-L with 51% fewer FLOPs.")
    assert (87.4, "FLOPs") not in [(v, m) for v, m, _, _ in got]
    assert (51.0, "FLOPs") in [(v, m) for v, m, _, _ in got]
    got = _results(
        nlp,
        "FooNet reaches 42% accuracy on NQ, outperforming Llama-3 by 3% despite having 50x fewer parameters.",
    )
    assert (3.0, "accuracy") in [(v, m) for v, m, _, _ in got]


def test_object_of_change_verb_names_the_measure(nlp):
    # "the number of X" is the measure with its object; "the state of the art" is no measure
    got = _results(nlp, "FooNet reduces the number of generated tokens by 40%.")
    assert [(v, m) for v, m, _, _ in got] == [(40.0, "number of generated tokens")]
    got = _results(
        nlp, "FooNet improves the state-of-the-art by 3.3% in terms of Root Mean Squared Error (RMSE)."
    )
    assert [m for _, m, _, _ in got] == ["Root Mean Squared Error (RMSE)"]


def test_models_a_method_improves_do_not_own_its_gains(nlp):
    got = _results(
        nlp, "Quantitatively, it improves GPT-4o and Qwen2.5-Math-72B by 3.6% and 2.0% respectively."
    )
    assert [(v, m) for v, _, m, _ in got] == [(3.6, "FooNet"), (2.0, "FooNet")]
    # a list that is the subject still owns its numbers by position
    got = _results(nlp, "FooNet and BarNet improve F1 by 5.9% and 2.2%, respectively.")
    assert [(v, m) for v, _, m, _ in got] == [(5.9, "FooNet"), (2.2, "BarNet")]


@pytest.mark.parametrize(
    "sentence, owner",
    [
        ("The best model, GPT-4o, achieves only 30.2% accuracy.", "GPT-4o"),
        (
            "Even the top-performing open model, Claude 3.5 Sonnet, reaches only 30.2% accuracy.",
            "Claude 3.5 Sonnet",
        ),
    ],
)
def test_name_apposed_to_the_best_model_owns_its_score(nlp, sentence, owner):
    assert [m for _, _, m, _ in _results(nlp, sentence)] == [owner]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "FooNet proves 26.3% of the statements in LeanWorkbook, doubling the previous best result of 13.2% "
            "achieved through expert iteration.",
            (13.2, "success rate", "expert iteration"),
        ),
        (
            "FooNet achieves a test F1 score of 99.36 on PPI, while the previous best result was 98.71.",
            (98.71, "F1 score", "(baseline)"),
        ),
    ],
)
def test_previous_best_score_is_a_compared_result(nlp, sentence, expected):
    assert expected in [(v, m, o) for v, m, o, _ in _results(nlp, sentence)]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("FooNet achieves a 40% token reduction.", "token"),
        ("FooNet achieves a 4x KV cache compression with no accuracy loss.", "KV cache"),
        ("FooNet achieves more than twofold model reduction.", "model size"),
    ],
)
def test_thing_before_a_noun_of_reduction_is_the_measure(nlp, sentence, measure):
    assert [m for _, m, _, _ in _results(nlp, sentence)] == [measure]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("FooNet shortens reasoning chains by 40%.", "reasoning chains"),
        ("FooNet prunes the visual tokens by 75% with no loss.", "visual tokens"),
    ],
)
def test_object_of_a_verb_that_cuts_a_cost_is_the_measure(nlp, sentence, measure):
    assert [m for _, m, _, _ in _results(nlp, sentence)] == [measure]


@pytest.mark.parametrize(
    "sentence, owners",
    [
        (
            "The results reveal that current LLMs fall short, with an overall score of merely 35.80%.",
            ["(unnamed)"],
        ),
        ("FooNet improves fairness by 20.96%, compared to 18.78% for related work.", ["FooNet", "(unnamed)"]),
        ("We find that even the best model only scores 58.1% on our benchmark.", ["(unnamed)"]),
        ("Our evaluations reveal that the best performing LLM achieves 0.72% on FooBench.", ["(unnamed)"]),
        # the paper's own, or an object of a comparison: not generic owners
        ("Our best model achieves 45.1% accuracy.", ["FooNet"]),
        ("FooNet surpasses all prior methods on GoPro (by up to 2.47 dB).", ["FooNet"]),
    ],
)
def test_models_the_text_does_not_name_own_their_numbers_as_unnamed(nlp, sentence, owners):
    assert [m for _, _, m, _ in _results(nlp, sentence)] == owners


def test_share_of_the_original_accuracy_is_a_result(nlp):
    got = _results(
        nlp, "FooNet reduces inference latency by 53.2% while retaining 98.5% of the original accuracy."
    )
    assert (98.5, "accuracy") in [(v, m) for v, m, _, _ in got]


@pytest.mark.parametrize(
    "tail",
    [
        "with a performance drop of 1.5%.",
        "with a minor performance drop (1.5%).",
        "with a minor performance drop, i.e., 1.5%.",
    ],
)
def test_number_after_a_change_of_performance_measures_performance(nlp, tail):
    got = _results(nlp, "FooNet reduces the inference time of Llama-3 by 53.2% " + tail)
    assert [(v, m) for v, m, _, _ in got] == [(53.2, "inference time"), (1.5, "performance")]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("FooNet saves 40% of the tokens.", "tokens"),
        ("FooNet saves 35% of the logic resources compared to a baseline.", "logic resources"),
        ("FooNet can save up to 60% of annotation efforts.", "annotation efforts"),
    ],
)
def test_what_a_saving_saves_is_the_measure(nlp, sentence, measure):
    assert [m for _, m, _, _ in _results(nlp, sentence)] == [measure]


def test_decimal_compared_with_a_score_is_a_score(nlp):
    got = _results(nlp, "FooNet achieves 45.1 on GSM8K, compared with 40.2 for GPT-3.5.")
    assert [(v, o) for v, _, o, _ in got] == [(45.1, "FooNet"), (40.2, "GPT-3.5")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("On MT-Bench, FooNet scores 8.5, outperforming GPT-3.5 (7.9).", [(8.5, "FooNet"), (7.9, "GPT-3.5")]),
        (
            "FooNet achieves 45.1 accuracy on GSM8K, surpassing GPT-4o (40.2) and Claude (38.5).",
            [(45.1, "FooNet"), (40.2, "GPT-4o"), (38.5, "Claude")],
        ),
    ],
)
def test_bracketed_decimal_after_a_compared_model_is_its_score(nlp, sentence, expected):
    assert [(v, o) for v, _, o, _ in _results(nlp, sentence)] == expected


def test_slash_margins_against_slash_lists_belong_to_the_subject(nlp):
    got = _results(
        nlp,
        "Our largest model FooNet-d32 registers 1.78 FID on ImageNet and outperforms the prior models LlamaGen/VAR "
        "by 0.4/0.19 and diffusion models LDM/DiT by 1.82/0.49, respectively.",
    )
    assert [(v, m, o) for v, m, o, _ in got] == [
        (1.78, "FID", "FooNet-d32"),
        (0.4, "FID", "FooNet-d32"),
        (0.19, "FID", "FooNet-d32"),
        (1.82, "FID", "FooNet-d32"),
        (0.49, "FID", "FooNet-d32"),
    ]
