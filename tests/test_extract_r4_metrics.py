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


def test_a_weak_measure_word_followed_by_what_it_is_a_property_of_is_not_a_metric(nlp):
    ex = run(nlp, "FooPrompt: Calibrating Prompts",
             "Prompt engineering is hard due to the high sensitivity of language models to the "
             "given prompt. We propose FooPrompt, which outperforms prior methods.")
    assert "sensitivity" not in name_set(ex.metrics)
    ex = run(nlp, "FooCS: A Benchmark",
             "We introduce FooCS. Experiments show a high correlation between coding skills "
             "and math skills.")
    assert "correlation" not in name_set(ex.metrics)
    # reported as a measure of the method: kept
    ex = run(nlp, "FooNet: Fast Networks",
             "We propose FooNet. Our model achieves better accuracy and higher speed than "
             "recent competitors.")
    assert "speed" in name_set(ex.metrics)


def test_a_bare_measure_also_named_qualified_is_one_metric(nlp):
    ex = run(nlp, "FooViT: Deeper Vision Transformers",
             "We propose FooViT. Deeper models easily gain accuracy from increased depth. "
             "FooViT-B achieves 86.2% top-1 accuracy on ImageNet.")
    metrics = {m.name: m for m in ex.metrics}
    assert "top-1 accuracy" in metrics and "accuracy" not in metrics
    assert "accuracy" in metrics["top-1 accuracy"].aliases


def test_a_weak_measure_word_reported_as_an_outcome_without_a_number_is_kept(nlp):
    for sentence, measure in (
        ("Feedback from a human halves the error rate compared to the first attempt.", "error rate"),
        ("Our detector has a fast inference time compared to prior methods.", "inference time"),
        ("The strategy yields gains in both pre-training perplexity and downstream tasks.",
         "perplexity"),
        ("Over float32 numbers, the method attains a speedup over baselines.", "speedup"),
    ):
        ex = run(nlp, "FooMethod: A Method", "We propose FooMethod. " + sentence)
        assert measure in name_set(ex.metrics), sentence
    # "double precision" is a number format, "energy-efficient" a compound modifier
    ex = run(nlp, "FooSolver: A Solver",
             "We propose FooSolver, a double precision code for fast and energy-efficient GPUs.")
    assert not {"precision", "energy"} & name_set(ex.metrics)
