"""Round 15 (results): error types found in audits of unlabelled abstracts (sota-arxiv of every
year, hf-daily) and in invented carrier sentences; each test fails without its rule."""

from __future__ import annotations

from extract_helpers import run

_TITLE = "Zorbnet: Counting Crowds with Attention"
_PRE = "We propose Zorbnet, a new network for crowd counting. "


def _results(nlp, sentence: str) -> list[tuple]:
    ex = run(nlp, _TITLE, _PRE + sentence)
    return [(r.value, r.metric, r.method) for r in ex.results]


def test_a_cost_named_only_as_a_side_condition_is_no_measure_of_a_gain(nlp):
    # the nearest measure was the cost written as a side condition, with no number of its own
    got = _results(nlp, "Zorbnet outperforms ZeiT by a large margin of 2% with a small to moderate increase "
                        "in FLOPs and model parameters.")
    assert [(v, m) for v, m, _ in got] == [(2.0, "performance")]
    got = _results(nlp, "Zorbnet outperforms ZeiT-T and ZVT-T by 2.6% and 3.1% with a negligible increase in "
                        "the number of parameters.")
    assert [(v, m) for v, m, _ in got] == [(2.6, "performance"), (3.1, "performance")]
    got = _results(nlp, "Zorbnet improves segmentation performance by up to 5.82% with only a moderate cost "
                        "for model size.")
    assert [(v, m) for v, m, _ in got] == [(5.82, "performance")]
    # a cost with its own number is not the gain's measure either
    got = _results(nlp, "Zorbnet achieves 71.2% top-1 accuracy, outperforming ZobileViT with an absolute gain "
                        "of 2.2% with 28% reduction in FLOPs.")
    assert (2.2, "top-1 accuracy") in [(v, m) for v, m, _ in got]
    # a measure with a change of its own stays quantified
    got = _results(nlp, "We use Zorbnet to speed up retrieval by ten times with a minor accuracy drop of 2.92%.")
    assert (2.92, "accuracy") in [(v, m) for v, m, _ in got]
    got = _results(nlp, "Zorbnet preserves image quality with only a negligible FID increase from 1.95 to 1.98.")
    assert [(v, m) for v, m, _ in got] == [(1.95, "FID"), (1.98, "FID")]
