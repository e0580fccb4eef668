"""Round 32 (review1): faults found reviewing r32-leftovers, on invented sentences."""

from extract_helpers import names, run


def _methods(nlp, abstract: str) -> list[str]:
    return names(run(nlp, "A study", abstract).methods)


def test_a_technique_free_of_something_is_used(nlp):
    # ("X free of Y": X is used, Y is what it does without; "X-free" still drops X)
    got = _methods(nlp, "We apply knowledge distillation free of labels to zorb parsing.")
    assert "knowledge distillation" in got, got
    got = _methods(nlp, "We apply knowledge distillation free from labels to zorb parsing.")
    assert "knowledge distillation" in got, got
    assert "knowledge distillation" not in _methods(nlp, "ZorbNet is a knowledge distillation free parser.")


def test_a_reuse_in_a_language_model_or_image_abstract_is_a_technique(nlp):
    # (an LLM or image abstract need not say learn / train / neural: the head keeps its ML sense)
    got = _methods(nlp, "We present ZorbServe, which accelerates LLM inference through quill prefix cache reuse.")
    assert "quill prefix cache reuse" in got, got
    got = _methods(nlp, "ZorbKV speeds up language model decoding with glimmer token reuse.")
    assert "glimmer token reuse" in got, got
    got = _methods(nlp, "ZorbStereo estimates depth from image pairs via quill cost volume reuse.")
    assert "quill cost volume reuse" in got, got


def test_a_negated_manner_of_use_keeps_the_technique(nlp):
    # ("not X alone / only / naively": X is used, in another way)
    for tail in ("alone but combines it with glimmer pooling", "naively; instead it is made adaptive"):
        got = _methods(nlp, f"Our parser does not rely on zorbic keypoint pooling {tail}.")
        assert "zorbic keypoint pooling" in got, (tail, got)


def test_what_prior_work_does_not_use_stays_a_method(nlp):
    # (a singular negated use said of other work named before it in the clause)
    got = _methods(nlp, "Prior work does not use zorbic keypoint pooling. We parse with it.")
    assert "zorbic keypoint pooling" in got, got
    got = _methods(nlp, "Existing parsers avoid knowledge distillation, but our parser relies on it.")
    assert "knowledge distillation" in got, got
    # (the work's own, other work named in another clause)
    got = _methods(nlp, "Unlike existing parsers, ZorbParse does not require zorbic keypoint pooling.")
    assert "zorbic keypoint pooling" not in got, got


def test_what_still_holds_without_a_technique_is_a_variant_that_uses_it(nlp):
    got = _methods(nlp, "ZorbNet reaches 31.2 BLEU. We can still reach 30.1 BLEU even without using label smoothing.")
    assert "label smoothing" in got, got
    # (a "distillation" before is no "still")
    got = _methods(nlp, "ZorbNet reaches 31.2 BLEU with self-distillation, even without using label smoothing.")
    assert "label smoothing" not in got, got
