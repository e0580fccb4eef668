"""Round 35 (cleanup), on invented names: the words of learning are whole words, a "Vision:"
title prefix is a model's name when the abstract uses it so, and a title's technique is no
name of a paper whose own model is unnamed."""

from extract_helpers import names, run

from kg.extract import techniques as T


def test_a_word_of_learning_is_a_whole_word():
    for text in ("supervisory control of zorb plants", "a deepfake of quorbs", "the trainee's quorb",
                 "zorbnet pixelcnn imagenet"):
        assert not T.LEARNING_WORD.search(text), text
    for text in ("we train a zorb", "supervised quorbs", "deeper zorbs", "gpt-4 and gpt4o", "zorb imagery",
                 "fine-tuning zorbs", "a learnable quorb", "pixel-wise zorbs"):
        assert T.LEARNING_WORD.search(text), text


def test_a_title_part_needs_a_word_of_learning_not_a_word_holding_one(nlp):
    # a supervisory-control abstract: "supervisory" held "supervis", which let the part through
    abstract = "We study supervisory control of zorb plants. The supervisor enforces quorb properties."
    ex = run(nlp, "Zorb Plants with Quorbable Merkle Blocks", abstract)
    assert "Quorbable Merkle Blocks" not in names(ex.methods)
    ex = run(nlp, "Zorb Plants with Quorbable Merkle Blocks", abstract + " We train a zorb classifier.")
    assert "Quorbable Merkle Blocks" in names(ex.methods)


def test_a_vision_prefix_is_a_genre_unless_the_abstract_names_its_work_so(nlp):
    title = "Vision: Zorb Models Need Quorb Alignment"
    ex = run(nlp, title, "We argue that zorb models need quorb alignment to be trusted.")
    assert "Vision" not in names(ex.methods)
    ex = run(nlp, title, "We present Vision, a zorb model with quorb alignment. Vision reaches 91.2% accuracy on ZorbBench.")
    assert "Vision" in names(ex.methods)
    assert [r.method for r in ex.results] == ["Vision"]


def test_a_title_technique_is_no_name_of_an_unnamed_own_model(nlp):
    title = "Zorb Markup Generation with Glimmer-Guided Attention"
    ex = run(nlp, title, "We present a neural zorb transducer model that learns to generate quorb markup. "
             "It achieves a BLEU score of 89% on ZorbMarkup.")
    assert "Glimmer-Guided Attention" not in [r.method for r in ex.results]
    # (a paper that names no model of its own still owns its title's technique)
    ex = run(nlp, title, "We learn to generate quorb markup. Our method achieves a BLEU score of 89% on ZorbMarkup.")
    assert [r.method for r in ex.results] == ["Glimmer-Guided Attention"]
