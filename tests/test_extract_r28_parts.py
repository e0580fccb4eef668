"""Round 28: the items of a counted, numbered list of a method's parts ("comprises three
components: (1) ..., (2) ...", "with two key designs: 1) ... 2) ..."), which sota-arxiv
abstracts write one sentence or clause each (each test fails without its rule)."""

from __future__ import annotations

from extract_helpers import name_set, run

_TITLE = "ZorbNet: Glimmer Retrieval with Quorb Features"
_PRE = "We propose ZorbNet, a network for glimmer retrieval. "


def _methods(nlp, sentences: str) -> set[str]:
    return name_set(run(nlp, _TITLE, _PRE + sentences).methods)


def test_a_counted_list_of_designs_marked_without_an_opening_bracket(nlp):
    # the items are a sentence each: the next mark is past a full stop
    found = _methods(
        nlp,
        "ZorbNet has two key designs: 1) Glimmer Pooling finds the references that fit the "
        "query in both meaning and motion. 2) Quorb Mixing blends them at inference time.",
    )
    assert {"Glimmer Pooling", "Quorb Mixing"} <= found


def test_a_list_item_capitalised_only_as_its_first_word_is_taken_whole(nlp):
    found = _methods(
        nlp,
        "Our approach comprises three components: (1) In-sample glimmer uncertainty, which captures "
        "the diversity of each query; (2) Cross-sample glimmer uncertainty, which mines the ranking "
        "of other samples; and (3) Distribution smoothing, which aligns the two.",
    )
    assert {
        "In-sample glimmer uncertainty",
        "Cross-sample glimmer uncertainty",
        "Distribution smoothing",
    } <= found
    assert not {"In-sample", "Cross-sample", "Distribution"} & found


def test_problems_and_findings_marked_without_a_bracket_are_no_methods(nlp):
    # a "methods" cue, but a list marked "1)" counts only after a count of parts
    found = _methods(
        nlp,
        "Existing retrieval methods have two issues: 1) glimmer drift, which lowers accuracy, "
        "and 2) quorb collapse, which hurts recall.",
    )
    assert not {"glimmer drift", "quorb collapse"} & found


def test_an_existing_part_and_a_cut_phrase_are_no_items(nlp):
    found = _methods(
        nlp,
        "The base model has three major components: (1) pretrained convolution backbone, "
        "(2) Answer verification by a second model, and (3) Glimmer Pooling.",
    )
    assert "Glimmer Pooling" in found
    assert not {"pretrained convolution backbone", "Answer"} & found


def test_components_given_as_examples_are_no_list(nlp):
    found = _methods(nlp, "Several components such as 1) glimmer pooling, and 2) quorb mixing, are studied.")
    assert not {"glimmer pooling", "quorb mixing"} & found
