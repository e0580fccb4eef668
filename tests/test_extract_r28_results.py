"""Round 28: cost results the extractor did not read, each counted over the corpora before it
was fixed (the tests of a shape fail without its rule): a search cost in GPU days and a size
in bytes (a model's size, the memory or storage it uses)."""

from __future__ import annotations

import pytest
from extract_helpers import run

_TITLE = "ZorbNet: Tiny Searched Networks"
_PRE = "We propose ZorbNet, a new architecture search method. "


def _results(nlp, sentence):
    ex = run(nlp, _TITLE, _PRE + sentence)
    return [(r.value, r.metric, r.method) for r in ex.results]


@pytest.mark.parametrize(
    "sentence,value,metric",
    [
        ("ZorbNet finishes the search on CIFAR-10 in 1.2 GPU days.", 1.2, "GPU days"),
        ("ZorbNet discovers detection backbones in 1.4 GPU-days.", 1.4, "GPU-days"),
        ("ZorbNet searches for the architecture for 4.4 GPU day on a single GPU.", 4.4, "GPU day"),
        ("ZorbNet finds near-optimal architectures within 0.3 GPU hour.", 0.3, "GPU hour"),
    ],
)
def test_a_search_cost_in_gpu_days_is_a_result(nlp, sentence, value, metric):
    # (only "GPU hours" was a measure: 10 sota-arxiv abstracts state a search cost in GPU days)
    assert (value, metric, "ZorbNet") in _results(nlp, sentence)


@pytest.mark.parametrize(
    "sentence,value,metric",
    [
        ("Moreover, ZorbNet is only 36.9 KB, the tiniest face detector we know of.", 36.9, "model size"),
        ("We compress ZorbNet to less than 0.5MB with model compression.", 0.5, "model size"),
        ("ZorbNet-lite has only 0.65MB parameters and stays competitive.", 0.65, "model size"),
        ("ZorbNet is 10x smaller, with a maximum size of 6MB.", 6.0, "model size"),
        ("The ZorbNet model weighs 25 MB and runs on a phone.", 25.0, "model size"),
        ("ZorbNet processes 10,000 samples per second with less than 10GB of memory.", 10.0, "memory"),
        ("ZorbNet requires 1.2 GB of GPU memory at inference.", 1.2, "memory"),
        ("The attack succeeds always and requires about 5.65GB storage.", 5.65, "storage"),
    ],
)
def test_a_size_in_bytes_of_the_model_is_a_cost_result(nlp, sentence, value, metric):
    assert (value, metric) in [(v, m) for v, m, _ in _results(nlp, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "All experiments run on one Tesla V100 GPU with 16 GB of memory.",
        "A small web-crawled dataset (4GB) gives results as good as larger ones.",
        "We pre-train ZorbNet on 160GB of text.",
        "We release 600GB worth of logs.",
        "ZorbNet runs on a laptop with 16GB of RAM.",
    ],
)
def test_bytes_of_data_or_hardware_are_no_result(nlp, sentence):
    assert _results(nlp, sentence) == []
