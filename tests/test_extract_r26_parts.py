"""Round 26: the parts of a proposed method that sota-arxiv abstracts name in lower case,
found by the constructions that introduce them (each test fails without its rule)."""

from __future__ import annotations

import pytest
from extract_helpers import name_set, run

_TITLE = "ZorbNet: Joint Detection and Segmentation of Glimmers"
_PRE = "We propose ZorbNet, a decoder network for glimmer detection. "


def _methods(nlp, sentences: str) -> set[str]:
    return name_set(run(nlp, _TITLE, _PRE + sentences).methods)


def test_the_parts_a_modules_list_names(nlp):
    # "two modules (i.e., A and B)": the list of the method's parts, a part head allowed
    found = _methods(
        nlp,
        "Two light-weight modules (i.e., quorb-connected module and glimmer skip-layer "
        "fusion) are added to each layer of the decoder.",
    )
    assert {"quorb-connected module", "glimmer skip-layer fusion"} <= found


def test_the_parts_a_branches_list_names(nlp):
    found = _methods(
        nlp, "ZorbNet has two branches: glimmer extraction branch and quorb segmentation branch."
    )
    assert {"glimmer extraction branch", "quorb segmentation branch"} <= found


def test_modules_given_as_examples_are_no_parts(nlp):
    # "external modules, such as image encoding and ...": examples of a kind, not its parts
    found = _methods(
        nlp, "LLMs call external modules, such as glimmer encoding and zorb lookup, to solve complex tasks."
    )
    assert not {"glimmer encoding", "zorb lookup"} & found


@pytest.mark.parametrize(
    "sentence,part",
    [
        (
            "To bridge the two branches, a two-head zorb encoder is introduced to learn the prior.",
            "two-head zorb encoder",
        ),
        (
            "Moreover, a novel glimmer-aware fusion module is proposed to merge the features.",
            "glimmer-aware fusion module",
        ),
        ("A zorb consistency loss is also designed to align the predictions.", "zorb consistency loss"),
    ],
)
def test_a_part_introduced_by_a_passive_verb(nlp, sentence, part):
    assert part in _methods(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A new attention module is proposed to encode the context.",  # one word before the head: described
        "A corresponding zorb transfer strategy is also proposed for fast training.",  # judged, not named
        "A pretrained glimmer encoder is used to embed the images.",  # an existing part, used
    ],
)
def test_a_described_part_is_no_name(nlp, sentence):
    found = _methods(nlp, sentence)
    assert (
        not {
            "attention module",
            "zorb transfer strategy",
            "corresponding zorb transfer strategy",
            "pretrained glimmer encoder",
            "glimmer encoder",
        }
        & found
    )


def test_a_known_technique_inside_an_introduced_part_stays_itself(nlp):
    # "a question-aware self-attention module is introduced": it uses self-attention
    found = _methods(
        nlp, "Then, a question-aware self-attention module is introduced to update the features."
    )
    assert "question-aware self-attention module" not in found


def test_both_parts_a_passive_verb_introduces(nlp):
    # "a X encoder and a Y decoder are proposed": the first conjunct is a part too
    found = _methods(
        nlp, "In our model, a global zorb encoder and a local zorb decoder are proposed to share knowledge."
    )
    assert {"global zorb encoder", "local zorb decoder"} <= found
