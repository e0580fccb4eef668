"""Round 16 (metres): measures and result values of LLM-era abstracts; invented sentences,
each test failing without its rule."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_counted_list_of_introduced_measures_gives_each_item(nlp):
    # "two metrics, X and Y, to ...": the items of a list whose length the count word gives
    ex = run(nlp, "Zorb: Better Models",
             "We introduce two metrics, blipness and zorb spread, to quantify both properties.")
    assert {"blipness", "zorb spread"} <= name_set(ex.metrics)
    ex = run(nlp, "Zorb: Better Models",
             "We propose three new measures: the Quxel Gap, the Blip Drift, and the Zorb Spread Error, "
             "which we report for every model.")
    assert {"Quxel Gap", "Blip Drift", "Zorb Spread Error"} <= name_set(ex.metrics)


def test_a_counted_list_that_stops_early_gives_no_measure(nlp):
    # "two metrics, and they agree": no list of two names follows the count
    ex = run(nlp, "Zorb: Better Models", "We use two metrics, and they agree on zorbing.")
    assert not name_set(ex.metrics)
    ex = run(nlp, "Zorb: Better Models",
             "We track two measures, we show that Zorb helps, and blipness drops.")
    assert "blipness" not in name_set(ex.metrics)


def test_an_acronym_defined_in_a_list_of_introduced_measures_is_a_metric(nlp):
    # "a new metric, Name (ACR)" and the second definition of "two metrics: A (X), which ...,
    # and B (Y)" were typed by the acronym's capitals (a method) or not at all
    ex = run(nlp, "Zorb: Better Models",
             "We introduce a new metric, normalized zorb flicker (NZF), and a new video corpus.")
    assert "normalized zorb flicker (NZF)" in name_set(ex.metrics)
    ex = run(nlp, "Zorb: Better Models",
             "We propose two key metrics: zorb accuracy (ZAcc), which measures the share of solved "
             "problems, and blip gap (BG), which assesses robustness.")
    assert {"zorb accuracy (ZAcc)", "blip gap (BG)"} <= name_set(ex.metrics)


def test_a_model_size_the_experiments_scale_to_is_no_result(nlp):
    # "when scaling up to 66M parameters", "ranging from 1.9M to 303M parameters": the size
    # of the models tried, not a cost the method reaches
    ex = run(nlp, "Zorb: Better Models",
             "When scaling up to 48M parameters, ZorbNet achieves 81.7% top-1 accuracy on ImageNet.")
    assert {r.value_text for r in ex.results} == {"81.7%"}
    ex = run(nlp, "Zorb: Better Models",
             "Across nine backbones ranging from 2.1M to 207M parameters, ZorbNet improves the "
             "average accuracy by 4.2%.")
    assert {r.value_text for r in ex.results} == {"4.2%"}


def test_a_size_a_method_reaches_stays_a_result(nlp):
    # a cost: "with only 3.9M parameters", "from 86M to 8M parameters" (compression)
    ex = run(nlp, "Zorb: Better Models",
             "ZorbNet reaches 2.31% test error on CIFAR-10 with only 3.9M parameters.")
    assert "3.9M" in {r.value_text for r in ex.results}
    ex = run(nlp, "Zorb: Better Models", "ZorbNet compresses BlipNet-B from 86M to 8M parameters.")
    assert "8M" in {r.value_text for r in ex.results}


def test_unitless_scores_listed_before_as_many_benchmarks_are_all_kept(nlp):
    # "85.2, 78.1 and 66.0 on A, B and C": only the last, next to its benchmark, was kept;
    # the others took its measure along the chain a little weaker, below what a unit-less
    # number needs (with "%" all three were kept)
    ex = run(nlp, "Zorb: Better Models",
             "ZorbLM-8B obtains 71.4, 63.9, and 48.2 on MMLU, GSM8K, and HumanEval.")
    assert {r.value_text for r in ex.results} == {"71.4", "63.9", "48.2"}
    assert {(r.value_text, r.dataset) for r in ex.results} == {
        ("71.4", "MMLU"), ("63.9", "GSM8K"), ("48.2", "HumanEval")}


def test_unitless_numbers_before_fewer_benchmarks_stay_unshared(nlp):
    # two numbers, one benchmark: not a list of scores one per benchmark
    ex = run(nlp, "Zorb: Better Models", "ZorbLM-8B obtains 71.4 and 63.9 on MMLU.")
    assert "71.4" not in {r.value_text for r in ex.results}
