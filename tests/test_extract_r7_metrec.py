"""Metric recall rules of round 7, each written from an audit of the extractor's output on
unlabelled abstracts and checked on a second unlabelled sample: each test fails without
its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import by_value, name_set, run


def test_an_overhead_reported_with_a_number_is_a_measure(nlp):
    # "overhead" is a cost: a measure where a number is reported for it
    ex = run(nlp, "Zorb: Fast Denoising",
             "We propose Zorb. An optimization strategy reduces the computational overhead "
             "by up to 88.9% compared to the naive version.")
    assert "computational overhead" in name_set(ex.metrics)
    assert by_value(ex, "metric")["88.9%"] == "computational overhead"
    ex = run(nlp, "Zorb: Fault-Tolerant Solvers",
             "We show that a single fault can be corrected with less than 10% overhead "
             "in time.")
    assert "overhead" in name_set(ex.metrics)


def test_an_overhead_said_to_be_small_is_no_measure_of_the_sentence_number(nlp):
    # "with minimal overhead, X achieves a 25.1% improvement": the number is not its value
    ex = run(nlp, "Zorb: Planning in Code",
             "With minimal computation overhead during training, Zorb achieves a 25.1% "
             "relative improvement over direct answers. Zorb adds little overhead.")
    assert not {"overhead", "computation overhead"} & name_set(ex.metrics)
    assert by_value(ex, "metric").get("25.1%") != "overhead"


def test_each_code_of_a_list_closed_by_metrics_is_a_measure(nlp):
    # "CC, SIM and AUC metrics": the unknown code is a measure like its known siblings
    ex = run(nlp, "Zorb: Saliency Prediction",
             "Zorb surpasses human performance on the CC, SIM and AUC metrics for the "
             "Zorbset dataset, and improves the QZ1, HOTA and IDsw metrics.")
    assert {"CC", "SIM", "AUC", "QZ1", "HOTA", "IDsw"} <= name_set(ex.metrics)


def test_codes_before_scores_that_name_a_benchmark_are_no_measures(nlp):
    ex = run(nlp, "Zorb: Instruction Tuning",
             "Tuned Zorb reaches MMLU and GSM8K scores competitive to larger models.")
    assert not {"MMLU", "GSM8K"} & name_set(ex.metrics)
