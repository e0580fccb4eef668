"""Round 26 mends: the two method rules of this round (a defined acronym whose long form ends on
a technique's last word; a part introduced by a passive verb or listed after "modules:") kept
from firing on tasks, phenomena, measures, prepositional objects and existing or generic parts;
and a part list whose items carry an article is read (each test fails without its mend)."""

from __future__ import annotations

import pytest
from extract_helpers import name_set, run

_TITLE = "ZorbNet: Learning Glimmers from Quorbs"
_PRE = "We propose ZorbNet, a network for glimmer recognition. "
_POST = " Experiments on the GlimmerBench dataset show gains."


def _methods(nlp, sentence: str) -> set[str]:
    return name_set(run(nlp, _TITLE, _PRE + sentence + _POST).methods)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a task cue after the definition
        ("Mesh upsampling (MU) aims to densify sparse quorb meshes.", "Mesh upsampling (MU)"),
        (
            "Ontology expansion (OE) is the task of attaching new glimmers to a hierarchy.",
            "Ontology expansion (OE)",
        ),
        ("Glimmer smoothing (GS) is a long-standing problem in quorb imaging.", "Glimmer smoothing (GS)"),
        ("Quorb stopping (QS) is a classical topic in decision theory.", "Quorb stopping (QS)"),
        ("Blind mixing (BM) of glimmer tracks remains challenging.", "Blind mixing (BM)"),
        # a data noun before a tail that takes an object: what is done to the data
        (
            "Guided video upsampling (GVU) recovers sharp frames from a quorb stream.",
            "Guided video upsampling (GVU)",
        ),
        ("Depth map thresholding (DMT) is used to cut out glimmers.", "Depth map thresholding (DMT)"),
        # the loose single tails are phenomena: "fire", "feedback", "perturbation", "relaxation"
        ("Wild fire (WF) risk is estimated from quorb imagery.", "Wild fire (WF)"),
        ("Tactile feedback (TF) improves remote glimmer handling.", "Tactile feedback (TF)"),
        (
            "Adversarial perturbation (AP) can fool glimmer classifiers with faint noise.",
            "Adversarial perturbation (AP)",
        ),
        ("Spin relaxation (SR) times were measured in the quorb samples.", "Spin relaxation (SR)"),
        # a measure's head after the acronym
        (
            "Optimal transport (OT) distance between glimmer sets is reported as a metric.",
            "Optimal transport (OT)",
        ),
        ("The least squares (LS) error is reported for each quorb.", "least squares (LS)"),
    ],
)
def test_a_defined_task_phenomenon_or_measure_is_no_technique(nlp, sentence, name):
    assert name not in _methods(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The glimmer head is trained with relevance feedback (RF) from users.", "relevance feedback (RF)"),
        (
            "Spikes are produced by a leaky integrate-and-fire (LIF) neuron per quorb.",
            "leaky integrate-and-fire (LIF)",
        ),
        (
            "The bound follows from a semidefinite relaxation (SDR) of the glimmer program.",
            "semidefinite relaxation (SDR)",
        ),
        ("Training applies label smoothing (LS) to the glimmer targets.", "label smoothing (LS)"),
        (
            "The quorb detector is solved by semi-definite relaxation (SDR) at each step.",
            "semi-definite relaxation (SDR)",
        ),
        (
            "We regularise glimmer nets by adversarial model perturbation (AMP) of the weights.",
            "adversarial model perturbation (AMP)",
        ),
        ("The quorb encoder relies on message passing (MP) between neighbours.", "message passing (MP)"),
    ],
)
def test_a_defined_technique_stays_a_method(nlp, sentence, name):
    assert name in _methods(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # a prepositional object is no subject of the passive verb
        ("The output of a glimmer fusion module is presented in Figure 2.", "glimmer fusion module"),
        (
            "The weights of a quorb speech recognition encoder are also introduced.",
            "quorb speech recognition encoder",
        ),
        # existing or generic parts
        (
            "A simple linear classification head is introduced on top of the frozen glimmer backbone.",
            "linear classification head",
        ),
        ("A linear projection head is introduced after the quorb encoder.", "linear projection head"),
        ("A residual skip connection layer is introduced between stages.", "residual skip connection layer"),
        (
            "An off-the-shelf glimmer captioning decoder is introduced to describe the frames.",
            "off-the-shelf glimmer captioning decoder",
        ),
        (
            "A publicly available quorb recognition decoder is presented as a baseline.",
            "publicly available quorb recognition decoder",
        ),
        ("A glimmer-aware quorb decoder is presented as a baseline.", "glimmer-aware quorb decoder"),
        (
            "In recent work, a dual glimmer attention module is proposed, but it is costly.",
            "dual glimmer attention module",
        ),
    ],
)
def test_a_cited_generic_or_prepositional_part_is_no_method(nlp, sentence, part):
    assert part not in _methods(nlp, sentence)


def test_a_rejected_subject_takes_its_first_conjunct_along(nlp):
    # "a softmax output layer and a ... layer are introduced": one generic conjunct, both go
    found = _methods(nlp, "A softmax output layer and a glimmer-wise quorb layer are introduced.")
    assert not {"softmax output layer", "glimmer-wise quorb layer"} & found
    # "the outputs of a X and a standard Y are presented": the subject is rejected, X too
    found = _methods(
        nlp, "The outputs of a glimmer fusion module and a standard quorb feature decoder are presented."
    )
    assert "glimmer fusion module" not in found


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Furthermore, a glimmer-aware temporal fusion module is designed to aggregate the frames.",
            {"glimmer-aware temporal fusion module"},
        ),
        # a numbered point, and a generic word beside the part's own ones
        (
            "(2) A linear quorb compressing layer is designed for the skip connection.",
            {"linear quorb compressing layer"},
        ),
        (
            "A quorb-guided contrastive alignment loss and a glimmer consistency loss are proposed.",
            {"quorb-guided contrastive alignment loss", "glimmer consistency loss"},
        ),
    ],
)
def test_a_new_part_introduced_by_a_passive_verb_stays(nlp, sentence, parts):
    assert parts <= _methods(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ZorbNet has two modules: a glimmer-aware fusion module and a quorb refinement block.",
        "ZorbNet has two key modules, namely a glimmer-aware fusion module and a quorb refinement block.",
        "ZorbNet has two modules, i.e., the glimmer-aware fusion module and the quorb refinement block.",
    ],
)
def test_a_part_list_with_articles_names_its_parts(nlp, sentence):
    assert {"glimmer-aware fusion module", "quorb refinement block"} <= _methods(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        (
            "Spoken glimmer systems contain the following modules: speech recognition, language "
            "understanding, quorb management and response generation.",
            "quorb management",
        ),
        (
            "Our system is organised into modules: data collection, glimmer cleaning, model training "
            "and deployment.",
            "glimmer cleaning",
        ),
    ],
)
def test_a_part_list_without_a_named_part_lists_stages(nlp, sentence, stage):
    assert stage not in _methods(nlp, sentence)


def test_a_part_list_ending_on_plural_parts_keeps_its_items(nlp):
    found = _methods(
        nlp,
        "ZorbNet has three modules, namely, glimmer completion, quorb propagation, "
        "and zorb hallucination modules.",
    )
    assert "quorb propagation" in found


def test_generic_two_word_parts_in_a_list_are_no_methods(nlp):
    found = _methods(
        nlp, "Prior detectors add two branches: a classification branch and a regression branch."
    )
    assert not {"classification branch", "regression branch"} & found
