"""Result values of round 10 (result value recall), written from an audit of unlabelled
hf-daily and sota-arxiv abstracts (numbers no result used): general constructions, invented
names. Each test fails without its rule."""

from __future__ import annotations

from extract_helpers import by_value, run


def test_a_share_of_a_references_performance_is_a_relative_result(nlp):
    ex = run(nlp, "FooPrune: Layer Dropping",
             "We propose FooPrune. With half of its layers removed, the pruned model still retains "
             "90% of the performance on the BarQA task.")
    assert by_value(ex, "metric") == {"90%": "performance"}
    assert by_value(ex, "relative") == {"90%": True}


def test_a_share_of_a_references_cost_names_the_cost(nlp):
    # once bound to the nearest measure (PSNR) as an absolute score
    ex = run(nlp, "FooNet: Simple Baselines for Deblurring",
             "We propose FooNet. FooNet reaches 33.1 dB PSNR on BarBlur, with only 8.4% of its "
             "computational costs.")
    assert by_value(ex, "metric")["8.4%"] == "computational costs"
    assert by_value(ex, "relative")["8.4%"] is True

