"""Round 30, techniques typed as tasks: a modelling objective the work uses as its means is a
method, not only a task; the test fails without its rule."""

from __future__ import annotations

from extract_helpers import names, run

T0 = "Better Models for Speech Decoding"
AFTER = " It improves accuracy on LibriSpeech by 2%."


def test_a_modified_modeling_used_as_means_is_a_method(nlp):
    for sentence, name in (
        ("We learn contextual embeddings through discrete codebook-guided mask modeling.",
         "discrete codebook-guided mask modeling"),
        ("In particular, we employ masked frame modeling to learn embeddings.", "masked frame modeling"),
    ):
        ex = run(nlp, T0, sentence + AFTER)
        assert name in names(ex.methods), sentence
    # a word of the field alone, or the field's own objective, names no technique of the work
    for sentence in ("We learn contextual embeddings through modeling.",
                     "We learn contextual embeddings via language modeling."):
        ex = run(nlp, T0, sentence + AFTER)
        assert not any(n.lower().endswith("modeling") for n in names(ex.methods)), sentence
