"""Method-recall rules of round 7, each written from an audit of the extractor's output on
unlabelled abstracts (error types, not single papers) and checked on a second unlabelled
sample: each test fails without its rule. Names are invented, known techniques excepted."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_known_technique_defined_with_an_acronym_keeps_its_type(nlp):
    # the lexicon knows the long form: its acronym's other sense ("EM" exact match) or a
    # head noun that types nothing ("suppression") must not hide it
    ex = run(nlp, "Zorb: Segmenting Quills",
             "We train Zorb with the Expectation-Maximization (EM) algorithm and remove duplicate "
             "boxes without non-maximum suppression (NMS) in post-processing.")
    names = name_set(ex.methods)
    assert any(n.startswith("Expectation-Maximization") for n in names)
    assert any(n.startswith("non-maximum suppression") for n in names)
    assert "EM" not in name_set(ex.metrics)


def test_an_undefined_acronym_named_by_its_kind_is_a_method(nlp):
    # used once and never defined, but a method noun or a naming verb right before it says
    # what it is
    ex = run(nlp, "Zorb: Tagging Quills",
             "Building upon the recent weakly-supervised pipeline QRL, Zorb tags quills either "
             "via a classical decoder or via a recent variant called WSG.")
    assert {"QRL", "WSG"} <= name_set(ex.methods)
    # not when it modifies the next word: "the baseline PLQ DNN", "called STQ-structures"
    ex = run(nlp, "Zorb: Tagging Quills",
             "Zorb improves over the baseline PLQ DNN and over objects called STQ-structures.")
    assert not {"PLQ", "STQ"} & name_set(ex.methods)


def test_a_defined_model_part_is_a_method(nlp):
    # the heads of a model's parts (branch, extractor, predictor, selector, ...) type a
    # defined or capitalised name like "network" or "module" do
    ex = run(nlp, "Zorb: Segmenting Quills",
             "Zorb has two branches: the Quill Segmentation Branch (QSB) and the Boundary "
             "Offset Branch (BOB). A body code predictor (BCP) and a Quill View Selector refine it.")
    names = name_set(ex.methods)
    assert {"Quill Segmentation Branch (QSB)", "Boundary Offset Branch (BOB)",
            "body code predictor (BCP)", "Quill View Selector"} <= names
    # but a part described in lower case is no name
    ex = run(nlp, "Zorb: Segmenting Quills",
             "We propose an anchor-based quill detector and a sentence selector.")
    assert not {"anchor-based quill detector", "sentence selector"} & name_set(ex.methods)
