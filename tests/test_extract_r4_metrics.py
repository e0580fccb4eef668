"""Metric rules of round 4, written from an audit of unlabelled hf-daily and sota-arxiv
abstracts: general constructions of measures, no names read in any paper."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_measure_the_text_does_not_name_is_not_a_metric_of_the_paper(nlp):
    # "improves X by 3.6%": the result keeps "performance", the paper lists no such metric
    ex = run(nlp, "FooStep: Boosting Math Reasoning",
             "We present FooStep. Quantitatively, it improves BarLM by 3.6% on math benchmarks.")
    assert [r.metric for r in ex.results] == ["performance"]
    assert "performance" not in name_set(ex.metrics)
    # the text's own word, with a number, stays
    ex = run(nlp, "FooStep: Boosting Math Reasoning",
             "We present FooStep. It improves the performance of BarLM by 3.6% on math benchmarks.")
    assert "performance" in name_set(ex.metrics)
