"""Result rules of round 10 (owner, benchmark and measure of results, and numbers that are no
result), each written from an audit of the extractor's output on unlabelled abstracts (error
types, not single papers) and checked on a second unlabelled sample: each test fails without
its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import run


def _tuples(ex):
    return {(r.value_text, r.metric, r.dataset) for r in ex.results}


def test_respective_margins_follow_the_scores_before_them(nlp):
    # "EPE=1.4 on A and F1=9.38% on B, which outperform ... by 22.2% and 15.7%, respectively":
    # the i-th margin is the gain of the i-th score, on its measure and benchmark
    ex = run(nlp, "ZorbFlow: Zorbing Quill Flow",
             "We propose ZorbFlow for quill flow. In particular, we achieve EPE=1.4 on "
             "QuillSet-12 and F1=9.38% on QuillSet-15, which outperform the previous "
             "state-of-the-art methods by 22.2% and 15.7%, respectively.")
    got = _tuples(ex)
    assert ("22.2%", "EPE", "QuillSet-12") in got
    assert ("15.7%", "F1", "QuillSet-15") in got
