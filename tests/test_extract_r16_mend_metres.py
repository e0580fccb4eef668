"""Round 16 (mend metres): narrowings of the counted-measure-list, acronym-in-list,
scaled-size and shared-bare-score rules; invented sentences, each test failing without its fix."""

from __future__ import annotations

from extract_helpers import name_set, run

T = "Zorb: Better Models"


def test_a_counted_list_needs_a_verb_that_introduces_the_measures(nlp):
    # "In terms of two metrics, ZorbNet outperforms ...": a clause follows, not measure names
    ex = run(nlp, T, "In terms of two metrics, ZorbNet outperforms GPT-4 and Claude.")
    assert not name_set(ex.metrics)
    assert {"ZorbNet", "GPT-4"} <= name_set(ex.methods)
    ex = run(nlp, T, "Across three metrics, ZorbNet beats BlipNet, QuxNet and FooNet.")
    assert not name_set(ex.metrics)
    assert {"BlipNet", "QuxNet"} <= name_set(ex.methods)
    ex = run(nlp, T, "We use two metrics, closeness and dispersion, to evaluate the embeddings.")
    assert {"closeness", "dispersion"} <= name_set(ex.metrics)


def test_a_counted_list_of_known_names_gives_no_measure(nlp):
    # "Using two metrics, GPT-4 and Claude rank ...": a known model is no measure
    ex = run(nlp, T, "Using two metrics, GPT-4 and Claude rank the responses.")
    assert not name_set(ex.metrics)


def test_a_lead_in_word_is_no_part_of_the_first_counted_measure(nlp):
    # "two metrics, namely accuracy and ...": "namely" opens the list
    ex = run(nlp, T, "We compare models across two metrics, namely accuracy and calibration error.")
    assert "namely accuracy" not in name_set(ex.metrics)
    ex = run(nlp, T, "We adopt two metrics, specifically blipness and zorb spread, to evaluate ZorbNet.")
    assert {"blipness", "zorb spread"} <= name_set(ex.metrics)


def test_counted_measures_are_measures_only_when_new_or_said_to_quantify(nlp):
    # "two measures, input filtering and ..., to mitigate": countermeasures, not metrics
    ex = run(nlp, T, "We propose two measures, input zorbing and output blipping, to mitigate jailbreaks.")
    assert not name_set(ex.metrics)
    ex = run(nlp, T, "We propose two new measures, blipness and zorb spread, for every model.")
    assert {"blipness", "zorb spread"} <= name_set(ex.metrics)
    ex = run(nlp, T, "We define two measures, blipness and zorb spread, to quantify the drift.")
    assert {"blipness", "zorb spread"} <= name_set(ex.metrics)


def test_a_method_defined_after_a_list_of_new_metrics_is_no_metric(nlp):
    # "two new metrics, and propose an approach, Name (ACR)": the approach is a method
    for s in ("We introduce two new metrics, and propose a simple approach, Zorb Blip Quxing (ZBQ), "
              "that improves both.",
              "We introduce two new metrics, and a plug-in module, Blip Attention Gate (BAG), improves both."):
        ex = run(nlp, T, s)
        assert not name_set(ex.metrics), s
    # after a first definition in the list: a method head, or "our ...", still says method
    ex = run(nlp, T, "We propose two new metrics: zorb gap (ZG) and blip ratio (BR), and propose a simple "
             "approach, Zorb Alignment Tuning (ZAT), that improves both.")
    assert "Zorb Alignment Tuning (ZAT)" not in name_set(ex.metrics)
    ex = run(nlp, T, "We propose two new metrics: zorb gap (ZG) and blip ratio (BR), and our plug-in, "
             "Blip Attention Gate (BAG), improves both.")
    assert "Blip Attention Gate (BAG)" not in name_set(ex.metrics)


def test_a_size_a_method_shrinks_to_stays_a_result(nlp):
    # "scales the model down to 14M parameters", "the trainable parameters to 0.3M": a cost
    ex = run(nlp, T, "Our pruning method scales the model down to 14M parameters with 97% of its accuracy on SQuAD.")
    assert "14M" in {r.value_text for r in ex.results}
    ex = run(nlp, T, "ZorbLoRA reduces the number of trainable parameters to 0.3M parameters on GLUE.")
    assert "0.3M" in {r.value_text for r in ex.results}
    # a compression that scales the model to a size: the size it reaches
    ex = run(nlp, T, "ZorbPrune compresses BlipNet by scaling it to 14M parameters with 97% of its accuracy on SQuAD.")
    assert "14M" in {r.value_text for r in ex.results}


def test_a_relative_size_or_another_measure_reached_by_scaling_stays_a_result(nlp):
    # "trained with up to 40% fewer parameters": a saving; "grows the F1 score to 91.2": no size
    ex = run(nlp, T, "ZorbNet is trained with up to 40% fewer parameters than BlipNet.")
    assert "40%" in {r.value_text for r in ex.results}
    ex = run(nlp, T, "ZorbNet grows the F1 score to 91.2 on SQuAD.")
    assert "91.2" in {r.value_text for r in ex.results}


def test_only_unitless_decimals_share_the_last_score_of_a_list(nlp):
    # whole numbers may be counts ("85, 78 and 66.0"), a number with a unit is another
    # rule's ("85.2%, 78.1 and 66.0"): the share stays with lists of unit-less decimals
    ex = run(nlp, T, "ZorbNet obtains 85, 78 and 66.0 on MMLU, GSM8K and HumanEval.")
    assert {r.value_text for r in ex.results} == {"66.0"}
    ex = run(nlp, T, "ZorbNet obtains 85.2%, 78.1 and 66.0 on MMLU, GSM8K and HumanEval.")
    assert "78.1" not in {r.value_text for r in ex.results}


def test_a_long_run_of_scores_is_not_shared(nlp):
    # past twelve scores the run is a table (and sharing it costs a scan of the datasets
    # per score): only the scores bound on their own are kept
    names = ["MMLU", "GSM8K", "HumanEval", "MATH", "ARC"] * 3
    ex = run(nlp, T, "ZorbLM obtains " + ", ".join(f"{50 + i}.5" for i in range(13)) + " on "
             + ", ".join(names[:13]) + ".")
    assert len(ex.results) < 13
    ex = run(nlp, T, "ZorbLM obtains " + ", ".join(f"{50 + i}.5" for i in range(5)) + " on "
             + ", ".join(names[:5]) + ".")
    assert len(ex.results) == 5


def test_a_generic_item_of_a_counted_list_is_no_measure(nlp):
    # "two metrics, blipness and the baselines": "baselines" names no measure
    ex = run(nlp, T, "We use two metrics, blipness and the baselines, to rank the models.")
    assert "blipness" in name_set(ex.metrics)
    assert "baselines" not in name_set(ex.metrics)


def test_a_counted_list_of_quantitative_or_automatic_metrics(nlp):
    # "two quantitative metrics, ZAG and ZAGGap, to measure ...": the adjective is no item
    ex = run(nlp, T, "We introduce two quantitative metrics, blipness and zorb spread, to measure the drift.")
    assert {"blipness", "zorb spread"} <= name_set(ex.metrics)
    ex = run(nlp, T, "We use two automatic metrics, blipness and zorb spread, for every model.")
    assert {"blipness", "zorb spread"} <= name_set(ex.metrics)
