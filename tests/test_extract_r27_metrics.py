"""Measures named without a number in a ranking or a comparison, round 27.

An everyday measure word ("latency", "perplexity", "recall", "memory footprint") is kept
only where the text reports or compares it; these sentences rank it with a superlative or a
state-of-the-art claim, or make it the dimension of a comparison or an evaluation, and the
annotators list it. An unknown measure after a comparative ("a higher acceptance rate") is
named like one after a verb of change. A long form ending on "Utilization" is a measure
("Model FLOPs Utilization (MFU)"). The negatives are the wrong readings the corpus samples
showed: a level held fixed ("with comparable FLOPs"), a relation ("a strong correlation
with"), what a benchmark has ("assessing LLMs with its wide-ranging coverage"), settings and
model-assigned scores."""

from __future__ import annotations

import pytest
from extract_helpers import name_set, run

TITLE = "Zorblax: Faster Sequence Models"


@pytest.mark.parametrize(
    ("abstract", "measure"),
    [
        ("Zorblax achieves the lowest latency among all methods.", "latency"),
        ("Zorblax attains the best precision among all detectors.", "precision"),
        ("Zorblax achieves state-of-the-art perplexity on WikiText-103.", "perplexity"),
        ("Compared to strong baselines, Zorblax has the smallest memory footprint.", "memory footprint"),
        ("Zorblax obtains the fastest inference speed in comparisons.", "inference speed"),
        ("Zorblax is on par with Llama-2 in perplexity.", "perplexity"),
        ("Zorblax outperforms the baseline both in recall and trajectory accuracy.", "recall"),
        ("We compare Zorblax and Mamba on perplexity.", "perplexity"),
        ("We evaluate all models with latency and throughput on one GPU.", "latency"),
        ("The comparison is with respect to network throughput, latency and cost.", "throughput"),
    ],
)
def test_a_ranked_or_compared_measure_word_is_kept(nlp, abstract, measure):
    assert measure in name_set(run(nlp, TITLE, "We propose Zorblax. " + abstract).metrics)


@pytest.mark.parametrize(
    "abstract",
    [
        "Its results surpass ViT backbones with comparable FLOPs.",
        "When labels have strong correlation with each other, re-balancing over-fits.",
        "The benchmark is adequate for assessing LLMs with its wide-ranging coverage.",
        "Zorblax finds the lowest energy state of the system.",
        "Zorblax outperforms prior kernels on memory-bound workloads.",
    ],
)
def test_a_level_held_fixed_or_a_relation_is_no_measure(nlp, abstract):
    assert name_set(run(nlp, TITLE, "We propose Zorblax. " + abstract).metrics) == set()


def test_a_benchmark_noun_is_no_verb_of_evaluating(nlp):
    ex = run(
        nlp,
        TITLE,
        "Zorblax wins by 3.7% mIoU on the SemanticKITTI benchmark with comparable inference speed.",
    )
    assert name_set(ex.metrics) == {"mIoU"}


@pytest.mark.parametrize(
    ("abstract", "measure"),
    [
        ("Zorblax yields a higher acceptance rate for speculative decoding.", "acceptance rate"),
        ("Zorblax yields higher task completion rate than prior agents.", "task completion rate"),
        ("Zorblax achieves the lowest task failure rate among all agents.", "task failure rate"),
    ],
)
def test_an_unknown_measure_after_a_comparative(nlp, abstract, measure):
    assert name_set(run(nlp, TITLE, "We propose Zorblax. " + abstract).metrics) == {measure}


@pytest.mark.parametrize(
    "abstract",
    [
        "Zorblax trains stably with a higher learning rate.",
        "Zorblax assigns higher attention scores to salient tokens.",
        "Training with a higher masking ratio helps.",
        "The algorithms pick the best code rate on a per request basis.",
        "Both are faster than the best fixed coding rate policy.",
    ],
)
def test_a_setting_or_an_assigned_score_after_a_comparative_is_no_measure(nlp, abstract):
    assert name_set(run(nlp, TITLE, "We propose Zorblax. " + abstract).metrics) == set()


def test_a_utilization_long_form_is_a_measure_with_its_results(nlp):
    ex = run(
        nlp,
        TITLE,
        "Zorblax achieves 55.2% Model FLOPs Utilization (MFU) when training a "
        "175B model, improving the MFU by 1.34x compared to Megatron-LM.",
    )
    assert name_set(ex.metrics) == {"Model FLOPs Utilization (MFU)"}
    assert "Model FLOPs Utilization (MFU)" not in name_set(ex.methods)
    assert {r.value_text for r in ex.results} == {"55.2%", "1.34x"}
