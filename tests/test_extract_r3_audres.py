"""Results rules of round 3, written from an audit of unlabelled hf-daily and sota-arxiv
abstracts: general constructions of numbers and measures, no names read in any paper."""

from __future__ import annotations

from extract_helpers import run

from kg.model import Extraction


def results(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(r.value_text, r.metric) for r in ex.results}


def test_a_percentage_a_system_achieves_is_a_score_with_no_measure_named(nlp):
    ex = run(nlp, "FooBench: Benchmarking Kernel Repair",
             "We introduce FooBench. Our evaluations reveal that the best performing LLM achieves "
             "0.72% and 5.38% in the unassisted and assisted settings, respectively.")
    assert {("0.72%", "performance"), ("5.38%", "performance")} <= results(ex)
    # an unknown measure written after it is not "performance"; nor is a share of data
    ex = run(nlp, "FooScale: Training at Scale",
             "We build FooScale. FooScale achieves 55.2% Foo Utilization when training a large "
             "model and reaches 60% of the training data budget.")
    assert not ex.results


def test_a_signed_number_with_no_unit_is_a_margin(nlp):
    ex = run(nlp, "FooPrompt: Prompting for Math",
             "We propose FooPrompt. With FooPrompt, we achieve an accuracy of 96.0 and 94.1 on "
             "BarQA and BazQA, respectively, outperforming the previous method by +11.7 and +11.1.")
    assert {("+11.7", "accuracy"), ("+11.1", "accuracy")} <= results(ex)
    assert all(r.relative for r in ex.results if r.value_text.startswith("+"))


def test_a_factor_of_n_is_a_ratio(nlp):
    ex = run(nlp, "FooTrans: Faster Re-translation",
             "We propose FooTrans. The proposed model reduces the average inference time by a "
             "factor of 20 when compared to the baseline model.")
    assert ("20x", "average inference time") in {(r.value_text, r.metric) for r in ex.results}
    from kg.extract.numbers import find_quantities

    # "acceleration factor 4" is a setting, not a ratio of a result
    assert [q.unit for q in find_quantities("at acceleration factor 4 and (factor up to 38)")] == [None, "x"]


def test_a_name_with_its_head_noun_is_the_subject_of_a_score(nlp):
    ex = run(nlp, "FooMath: Tool Use for Math",
             "We propose FooMath. Our FooMath-7B achieves 83.8 on GSM8K, while FooMath-70B model "
             "achieves new state-of-the-art performance among open methods, achieving 90.7% on "
             "GSM8K.")
    assert {(r.value_text, r.method) for r in ex.results} >= {("83.8", "FooMath-7B"), ("90.7%", "FooMath-70B")}
    # a passive or a modal after the head noun leaves the subject to the verb's own
    ex = run(nlp, "FooMVD: Video Distillation",
             "We propose FooMVD. When a larger ViT-Huge model is adopted, FooMVD achieves 77.3% "
             "top-1 accuracy on Kinetics-400.")
    assert {(r.value_text, r.method) for r in ex.results} == {("77.3%", "FooMVD")}


def test_a_decimal_after_by_in_a_comparison_is_a_margin(nlp):
    ex = run(nlp, "FooDet: Open-Vocabulary Detection",
             "We propose FooDet. FooDet obtains 16.1 mask AP, even outperforming the supervised "
             "counterpart by 3.8. FooNet outperforms the counterpart LLMs by 10.0 and 7.6 in "
             "average accuracy.")
    got = {(r.value_text, r.metric, r.relative) for r in ex.results}
    assert {("3.8", "mask AP", True), ("10.0", "average accuracy", True), ("7.6", "average accuracy", True)} <= got
    # a whole number after "by" is no margin of its own ("by 2 layers")
    ex = run(nlp, "FooNet: Depth", "We propose FooNet. FooNet improves the depth by 2 while the "
             "accuracy reaches 71.2%.")
    assert {r.value_text for r in ex.results} == {"71.2%"}


def test_a_one_digit_number_in_brackets_before_a_word_is_an_enumerator(nlp):
    ex = run(nlp, "FooGraph: Graph Learning",
             "We propose FooGraph with high Robustness: (1) a simplified graph encoder, (2) a "
             "symmetric alignment loss, and (3) incremental learning. FooGraph reaches an "
             "accuracy of 71.2% (3) on BarGraph.")
    assert {r.value_text for r in ex.results} == {"71.2%"}
