"""Round 34 (results): constructions found on unlabelled text, each on invented sentences: a
benchmark's score written after the value ("a 70.4% KorbQA score"), values labelled by their
benchmark ("KorbQA: 60.2%, FlorbQA: 62.7%"), and a gain noun a few words before "of" and its
margins ("improvement across all backbones of +2.8%"), and a frame rate whose measure is named
before it ("an inference speed of 23.5 FPS")."""

from __future__ import annotations

from extract_helpers import run

TITLE = "ZorbNet: Reading with Fewer Steps"
PRE = "We propose ZorbNet, a question answering network, and evaluate it on the KorbQA benchmark. "


def _rows(sentence: str, nlp) -> list[tuple]:
    ex = run(nlp, TITLE, PRE + sentence)
    return [(r.value_text, r.metric, r.dataset, r.relative) for r in ex.results]


def _benchmark_score(text: str, name: str) -> str | None:
    # (a benchmark the lexicon knows is no measure of its own, so the mention finder leaves
    # "<benchmark> score" to the results; an invented name would be read as a measure "KorbQA
    # score" before this rule is tried: the rule is called on a dataset mention directly)
    from kg.extract.mentions import DATASET, Cand
    from kg.extract.numbers import find_quantities
    from kg.extract.results import _bind_benchmark_scores

    at = text.index(name)
    dataset = Cand(at, at + len(name), DATASET, "test", 1.0, name=name)
    bound = [[q, None, 0.0] for q in find_quantities(text)]
    _bind_benchmark_scores(text, bound, [dataset], 0)
    return bound[0][1]


def test_a_value_before_a_benchmark_and_score_measures_its_score():
    assert _benchmark_score("ZorbNet achieves a 70.4% KorbQA score and outperforms readers.", "KorbQA") == "score"
    assert _benchmark_score("ZorbNet achieves a 70.4 KorbQA benchmark score.", "KorbQA") == "score"
    # (not a benchmark written after the value with other words between: "70.4% on KorbQA")
    assert _benchmark_score("ZorbNet achieves 70.4% on KorbQA, a score no reader reached.", "KorbQA") is None


def test_values_labelled_by_their_benchmarks_keep_their_own_label(nlp):
    rows = _rows("ZorbNet sets new records in accuracy (KorbQA: 62.7%, GlorbQA: 78.2%), with 120 ms latency.", nlp)
    assert [(r[0], r[2]) for r in rows][:2] == [("62.7%", "KorbQA"), ("78.2%", "GlorbQA")]
    # (a label the mention finder does not mark, in a list whose other labels are benchmarks)
    rows = _rows("ZorbNet reaches human-level accuracy on three exams, ZORBEX: 60.2%, KorbQA: 62.7% and "
                 "GlorbQA: 78.2%.", nlp)
    assert [(r[0], r[2]) for r in rows] == [("60.2%", "ZORBEX"), ("62.7%", "KorbQA"), ("78.2%", "GlorbQA")]


def test_a_label_then_a_clause_is_no_label_of_the_value(nlp):
    rows = _rows("Results on KorbQA: ZorbNet reaches 60.2% accuracy, and 62.7% accuracy on FlorbQA.", nlp)
    assert [(r[0], r[2]) for r in rows] == [("60.2%", "KorbQA"), ("62.7%", "FlorbQA")]


def test_margins_after_a_gain_noun_and_of_are_gains(nlp):
    rows = _rows("ZorbNet brings a consistent improvement across all backbones of +2.8% for KorbNet-34, "
                 "+2.3% for KorbNet-101, and +2.96% for FlorbNet.", nlp)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("+2.8%", "performance", True), ("+2.3%", "performance", True), ("+2.96%", "performance", True)]


def test_a_frame_rate_measures_the_speed_the_text_names_before_it(nlp):
    rows = _rows("ZorbNet reaches 55.8 F1 while keeping a real-time inference speed of 23.5 FPS.", nlp)
    assert ("23.5 FPS", "inference speed") in [(r[0], r[1]) for r in rows]
    rows = _rows("ZorbNet reaches a throughput of 1234 FPS and an operation speed of 152.6 frames per second.", nlp)
    assert [r[1] for r in rows] == ["throughput", "operation speed"]
    assert [r[0] for r in rows] == ["1234 FPS", "152.6 frames per second"]  # (the unit kept)
    # (with no measure before it, or a bare "speed", the unit names it)
    rows = _rows("ZorbNet runs at 30 FPS on a single GPU, at a speed of 45 FPS on another.", nlp)
    assert [(r[0], r[1]) for r in rows] == [("30", "FPS"), ("45", "FPS")]
