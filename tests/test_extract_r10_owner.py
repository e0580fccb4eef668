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


def test_background_sentences_before_the_own_work_give_no_results(nlp):
    # "recent LLMs achieve over 90% accuracy on GSM8K": prior work's figure in the opening
    # background, before the first sentence about the paper's own work
    ex = run(nlp, "ZorbMath: Zorbing Math Quills",
             "Recent large language models like Zorb-4 reach over 90% accuracy on QuillMath. "
             "However, small models lag behind. We propose ZorbMath, which achieves 81.2% "
             "accuracy on QuillMath.")
    values = {r.value_text for r in ex.results}
    assert "81.2%" in values and "90%" not in values
    # a sentence that names the proposed method keeps its numbers
    ex = run(nlp, "ZorbNet: Zorbing Quills",
             "ZorbNet surpasses all known quill detectors with 56.8% AP. We describe its design.")
    assert "56.8%" in {r.value_text for r in ex.results}


def test_a_sentence_opening_on_an_unmarked_benchmark_is_measured_there(nlp):
    # "On WSJ, we set a new benchmark with a word error rate of 3.65%": the opening names the
    # benchmark (no mention marks it), not the dataset named sentences before
    ex = run(nlp, "ZorbASR: Zorbing Speech Quills",
             "We propose ZorbASR and train it on the QuillSpeech dataset. On QSJ, we set a new "
             "record with a word error rate of 3.65%.")
    assert {(r.value_text, r.dataset) for r in ex.results} == {("3.65%", "QSJ")}
    # an opening on a measure or on hardware names no benchmark
    ex = run(nlp, "ZorbASR: Zorbing Speech Quills",
             "We propose ZorbASR and train it on the QuillSpeech dataset. On NVIDIA A100 GPUs, "
             "ZorbASR runs 83% faster than QuillNet.")
    assert all(r.dataset != "NVIDIA A100 GPUs" for r in ex.results)
