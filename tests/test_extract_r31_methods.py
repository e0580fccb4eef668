"""Round 31 (methods): techniques used after "by", "by means of", "uses" and "the use of", and
the procedure heads of older and non-LLM work ("regression", "re-parameterization",
"assignment", ...), on invented sentences."""

from extract_helpers import names, run


def _methods(nlp, abstract: str) -> list[str]:
    return names(run(nlp, "A study", abstract).methods)


def test_a_technique_after_by_or_by_means_of_is_a_method(nlp):
    got = _methods(nlp, "The glimmer boundaries are refined by zorbic coordinate regression, and the "
                        "poses are lifted by means of a weighted quill triangulation.")
    assert "zorbic coordinate regression" in got
    assert "weighted quill triangulation" in got


def test_a_technique_after_uses_or_the_use_of_is_a_method(nlp):
    got = _methods(nlp, "The encoder uses glimmer-aware token attention to mix scales. We explore the use "
                        "of zorbic expert iteration in the context of theorem proving.")
    assert "glimmer-aware token attention" in got
    assert "zorbic expert iteration" in got


def test_the_procedure_heads_of_older_work_are_technique_heads(nlp):
    got = _methods(nlp, "The module is folded into one convolution via structural re-parameterization. "
                        "Detected tracks are matched with a quill label assignment, and logits are corrected "
                        "with an offline zorb-wise adjustment.")
    assert "structural re-parameterization" in got
    assert "quill label assignment" in got
    assert "offline zorb-wise adjustment" in got


def test_what_inspires_or_drives_a_work_is_no_means(nlp):
    # (the means "by" reads in the same text stays: the cue, not the sentence, is checked)
    for text in (
        "We propose a resampling method inspired by zorbic active learning techniques.",
        "Driven by large-glimmer pre-training, the segmenter generalises to new scenes.",
        "The delay caused by quill controller recomputation is avoided by preconfiguration.",
    ):
        got = _methods(nlp, text + " The features are then fused by glimmer token propagation.")
        assert "glimmer token propagation" in got, text
        assert not any(m.split()[-1] in ("learning", "pre-training", "recomputation") for m in got), text


def test_by_a_gerund_clause_or_a_judged_technique_is_no_method(nlp):
    got = _methods(nlp, "Earlier systems detect glimmers by training supervised zorb learning methods. "
                        "They are outperformed by earlier meta-learning approaches, and by zorbic "
                        "meta-learning.")
    assert "zorbic meta-learning" in got
    assert not any(m.endswith("learning") and m != "zorbic meta-learning" for m in got), got


def test_a_default_procedure_of_a_model_is_no_technique(nlp):
    got = _methods(nlp, "Pairs are distilled from glimmer sources, followed by LLM fine-tuning and by "
                        "zorbic prompt tuning. The other arm is trained with network training.")
    assert "zorbic prompt tuning" in got
    assert not any(m in ("LLM fine-tuning", "network training") for m in got), got


def test_a_technique_may_end_before_a_plural_verb_or_an_adverb(nlp):
    got = _methods(nlp, "Large glimmer models with zorbic instruction fine-tuning demonstrate strong "
                        "skills. Readers using quill label-wise attention significantly improve.")
    assert "zorbic instruction fine-tuning" in got
    assert "quill label-wise attention" in got
