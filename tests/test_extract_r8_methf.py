"""Metric rules of round 8 for LLM-era (hf-daily style) abstracts, each written from an
audit of the extractor's output on unlabelled abstracts (error types, not single papers) and
checked on a second unlabelled sample: each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_sized_change_names_the_measure_it_is_in(nlp):
    # the change noun with its value says what was measured, value before or after
    ex = run(nlp, "Zorb: Pruning Quills",
             "We achieve a reduction in computational demands of 88% while keeping quality.")
    assert "computational demands" in name_set(ex.metrics)
    ex = run(nlp, "Zorb: Pruning Quills",
             "Zorb brings over 20% reduction in predictive error across tasks and "
             "up to 89% savings on computational complexity.")
    assert {"predictive error", "computational complexity"} <= name_set(ex.metrics)
    # not without a size ("of 3D" is no value), nor a task
    ex = run(nlp, "Zorb: Pruning Quills",
             "We see an increase in model quality and clear gains in the tasks of 3D shape retrieval.")
    assert not name_set(ex.metrics) & {"model quality", "tasks"}


def test_a_measure_listed_after_in_terms_of_may_end_in_an_everyday_word(nlp):
    # "time", "speed", "cost" end task phrases, but close a measure "in terms of" lists
    ex = run(nlp, "Zorb: Rendering Quills",
             "Zorb outperforms prior renderers in terms of rendering speed, memory and image "
             "quality, and in terms of computation time and storage cost.")
    assert {"rendering speed", "computation time", "storage cost"} <= name_set(ex.metrics)
    # a lone everyday word or one inside the name is no measure
    ex = run(nlp, "Zorb: Rendering Quills",
             "Both problems are equivalent in terms of time and space.")
    assert "time" not in name_set(ex.metrics)


def test_llm_serving_and_compute_budget_measures_are_known(nlp):
    # general knowledge of LLM serving and compute budgets: time to first token (TTFT),
    # time per output token (TPOT), GPU hours
    ex = run(nlp, "Zorb: Serving Quills",
             "Zorb cuts the time to first token by 40% and the TPOT by 20%, and trains in 12 GPU hours.")
    assert {"time to first token", "TPOT", "GPU hours"} <= name_set(ex.metrics)


def test_a_measure_the_paper_names_as_a_metric_is_a_metric(nlp):
    ex = run(nlp, "Zorb: Judging Quills",
             "We formally present the Zorbon ratio as a new gauge of simplicity. We also propose "
             "a new metric called Quill Matching (QM) to evaluate the generated quills, and a new "
             "measure termed as quill occurrence probability is defined for the stream.")
    assert {"Zorbon ratio", "Quill Matching (QM)", "quill occurrence probability"} <= name_set(ex.metrics)
    # not a method of metric learning
    ex = run(nlp, "Zorb: Judging Quills",
             "We design a novel metric learning function called Quill Contrastive Loss.")
    assert "Quill Contrastive Loss" not in name_set(ex.metrics)
