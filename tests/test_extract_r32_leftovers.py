"""Round 32 (leftovers): the faults round 31's reviews left, on invented sentences."""

from extract_helpers import names, run


def _methods(nlp, abstract: str) -> list[str]:
    return names(run(nlp, "A study", abstract).methods)


def test_a_technique_the_work_does_without_is_no_method_of_it(nlp):
    got = _methods(nlp, "We do not use quill token merging. Our parser does not utilize ZorbLM or zorbic "
                        "keypoint pooling. The decoder avoids glimmer beam reranking. We win without even "
                        "using label smoothing.")
    for m in ("quill token merging", "zorbic keypoint pooling", "glimmer beam reranking", "label smoothing"):
        assert m not in got, (m, got)


def test_what_others_or_a_baseline_do_without_stays_a_method(nlp):
    got = _methods(nlp, "Current parsers do not employ zorbic keypoint pooling, which we use.")
    assert "zorbic keypoint pooling" in got
    got = _methods(nlp, "We show that earlier parsers do not employ zorbic keypoint pooling.")
    assert "zorbic keypoint pooling" in got
    # (the work's own subject: "our parsers also do not use X")
    got = _methods(nlp, "Our zorb parsers also do not use quill token merging.")
    assert "quill token merging" not in got, got


def test_an_acronym_the_work_is_free_of_is_no_method_of_it(nlp):
    from kg.extract.mentions import METHOD, Cand, _without_kind_words

    t = "ZorbDet is an anchor-free and NMS-free detector using NMS-like merging."
    cs = [Cand(t.index("NMS-free"), t.index("NMS-free") + 3, METHOD, "lexicon", 0.9),
          Cand(t.index("NMS-like"), t.index("NMS-like") + 3, METHOD, "lexicon", 0.9)]
    assert [t[c.start : c.end] for c in _without_kind_words(t, cs)] == ["NMS"]
    assert _without_kind_words(t, cs)[0].start == t.index("NMS-like")


def test_an_assignment_or_adjustment_outside_learning_is_no_technique(nlp):
    # (scheduling, networking and hardware abstracts: the plain sense of the head)
    got = _methods(nlp, "Cloud costs are cut through zorb job assignment, and radio capacity grows through "
                        "quill spatial reuse and glimmer latency adjustment.")
    assert not got, got
    # (a text that learns something keeps them)
    got = _methods(nlp, "We train a detector whose boxes are matched through zorb label assignment, with "
                        "quill kernel reuse.")
    assert {"zorb label assignment", "quill kernel reuse"} <= set(got), got


def test_an_ing_word_that_is_no_gerund_may_modify_a_technique(nlp):
    got = _methods(nlp, "Boxes are refined by zorbic bounding box regression, entities are linked by string "
                        "matching, and the weights are fitted by an alternating quill optimization.")
    for m in ("zorbic bounding box regression", "string matching", "alternating quill optimization"):
        assert m in got, (m, got)
    # (a gerund after "by" still opens a clause: "by training supervised learning methods")
    assert not _methods(nlp, "Labels are fixed by training zorbic learning methods.")
