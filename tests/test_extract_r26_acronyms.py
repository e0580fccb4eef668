"""Round 26: a lower-case technique that the abstract defines with an acronym is a method when
its long form ends on a technique's last word ("message passing (MP)"); tasks, measures and
data sets defined the same way keep their types (each test of a method fails without the rule)."""

from __future__ import annotations

import pytest
from extract_helpers import name_set, run

_TITLE = "Zorb: Glimmer Alignment for Streaming Quorb Recognition"


def _typed(nlp, abstract: str) -> dict[str, set[str]]:
    ex = run(nlp, _TITLE, abstract)
    return {f: name_set(getattr(ex, f)) for f in ("methods", "datasets", "metrics", "tasks")}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The glimmer lattice is pruned by the alignment from continuous integrate-and-fire (CIF), "
            "which is trained jointly with the decoder.",
            "continuous integrate-and-fire (CIF)",
        ),
        (
            "Quorb encoders that rely on the message passing (MP) paradigm exchange information "
            "between neighbours only.",
            "message passing (MP)",
        ),
        (
            "Unlike plain early stopping, progressive early stopping (PES) trains the glimmer head "
            "in stages.",
            "progressive early stopping (PES)",
        ),
        (
            "The weights are fitted with graph-regularised alternating least squares (GRALS) on each quorb.",
            "graph-regularised alternating least squares (GRALS)",
        ),
        (
            "Previous detectors apply keypoint-based non-maximum suppression (KNMS) to the glimmer "
            "proposals.",
            "keypoint-based non-maximum suppression (KNMS)",
        ),
        (
            "Quorb features are aligned with sliced optimal transport (SOT) between the two domains.",
            "sliced optimal transport (SOT)",
        ),
    ],
)
def test_a_defined_technique_in_lower_case_is_a_method(nlp, sentence, name):
    typed = _typed(nlp, sentence + " Experiments show clear gains.")
    assert name in typed["methods"]


@pytest.mark.parametrize(
    ("sentence", "name", "field"),
    [
        (
            "We study named entity recognition (NER) in noisy quorb transcripts.",
            "named entity recognition (NER)",
            "tasks",
        ),
        (
            "Zorb improves the mean average precision (mAP) by 2.1 points on glimmer detection.",
            "mean average precision (mAP)",
            "metrics",
        ),
        (
            "We release the zorb noise suppression (ZNS) dataset of 5,000 quorb recordings.",
            "zorb noise suppression (ZNS)",
            "datasets",
        ),
    ],
)
def test_tasks_measures_and_data_sets_defined_alike_keep_their_type(nlp, sentence, name, field):
    typed = _typed(nlp, sentence + " Experiments show clear gains.")
    assert name in typed[field]
    assert name not in typed["methods"]


def test_a_tail_word_in_another_sense_is_no_method(nlp):
    # "noise suppression" is a task (only "maximum suppression" is a technique), and "sum of
    # squares" no least-squares fit
    typed = _typed(
        nlp,
        "Glimmer noise suppression (GNS) remains hard for quorb recordings, and the "
        "sum of squares (SOS) of the residuals grows with their length.",
    )
    assert not {"Glimmer noise suppression (GNS)", "sum of squares (SOS)"} & typed["methods"]
