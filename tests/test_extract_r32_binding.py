"""Round 32 (binding): a single number whose subject is a list of names is each name's; numbers
after a plural that refers back to listed techniques go to them in order (the names are
invented)."""

from __future__ import annotations


import pytest
from extract_helpers import macro_paper, run, zorb_results


def _owners(nlp, sentence: str) -> list[tuple]:
    return zorb_results(nlp, sentence, "value_text", "method")


# --- a coordinated subject with one number -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "QuorbNet-50 and Vexa-B reach 81.2 mAP on COCO.",
        "QuorbNet-50 and Vexa-B both reach 81.2 mAP on COCO.",
        "Both QuorbNet-50 and Vexa-B reach 81.2 mAP on COCO.",
        "Existing detectors such as QuorbNet-50 and Vexa-B reach 81.2 mAP on COCO.",
    ],
)
def test_one_number_of_a_listed_subject_is_each_names(nlp, sentence):
    assert _owners(nlp, sentence) == [("81.2", "QuorbNet-50"), ("81.2", "Vexa-B")]


def test_a_listed_subject_shares_a_margin_too(nlp):
    got = _owners(nlp, "Both QuorbNet-50 and Vexa-B surpass Blorp-12 by up to 9.8% on ImageNet.")
    assert got == [("9.8%", "QuorbNet-50"), ("9.8%", "Vexa-B")]
    # (but the paper's own names listed are one result of the paper)
    for sentence in ("We also build ZorbNet-S and ZorbNet-L. Both ZorbNet-S and ZorbNet-L surpass Blorp-12 by up to 9.8%.",
                     "Both ZorbNet and its Quorb block surpass Blorp-12 by up to 9.8% on ImageNet.",
                     "Both ZorbNet and QuorbBlock surpass Blorp-12 by up to 9.8% on ImageNet.",
                     ):
        assert [v for v, _ in _owners(nlp, sentence)] == ["9.8%"]
    # (an own name written as its acronym: "Both PAAT and PAAB surpass")
    ex = run(nlp, "Focus on Blobs: Learning Blob-Aware Representations",
             "We propose two methods, the Blob-aware Attention Block (BAAB) and the Blob-Aware Auxiliary Task "
             "(BAAT). Both BAAT and BAAB surpass Blorp-12 by up to 9.8% on ImageNet.")
    assert [r.value_text for r in ex.results] == ["9.8%"]


@pytest.mark.parametrize(
    "sentence, owner",
    [
        # (a list that is an object, a setting or alternatives shares nothing)
        ("With QuorbNet-50 and Vexa-B, ZorbNet reaches 81.2 mAP on COCO.", "ZorbNet"),
        ("ZorbNet outperforms QuorbNet-50 and Vexa-B by 3.1% on ImageNet.", "ZorbNet"),
        ("QuorbNet-50 or Vexa-B reaches 81.2 mAP on COCO.", "Vexa-B"),
    ],
)
def test_a_list_that_is_no_subject_shares_nothing(nlp, sentence, owner):
    assert [o for _, o in _owners(nlp, sentence)] == [owner]


def test_listed_numbers_stay_positional(nlp):
    got = _owners(nlp, "QuorbNet-50, Vexa-B and ZorbNet reach 81.2, 79.4 and 77.0 mAP on COCO.")
    assert got == [("81.2", "QuorbNet-50"), ("79.4", "Vexa-B"), ("77.0", "ZorbNet")]


# --- "these techniques (5.9% and 2.2%)" ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We add mixup and label smoothing to QuorbNet-50, and these two techniques improve its accuracy by 1.2% and 0.8% on CIFAR-10.",
        "We compare QuorbNet-50 and Vexa-B on CIFAR-10, and these methods reach 91.2% and 90.8% accuracy.",
    ],
)
def test_numbers_after_these_techniques_go_to_the_list_before(nlp, sentence):
    owners = [o for _, o in _owners(nlp, sentence)]
    assert len(owners) == 2 and "ZorbNet" not in owners and "(unnamed)" not in owners
    assert owners[0] != owners[1]


# --- a name an unknown LaTeX macro left ------------------------------------------------------




def test_a_title_macro_word_names_the_papers_model(nlp):
    ex = macro_paper(
        nlp,
        "^zorbcoder: Boosting Code Models with Ranking Feedback",
        "We propose a novel QRTF framework. Under this framework, we present ^zorbcoder, which achieves "
        "62.2% pass@1 on HumanEval.",
    )
    assert "zorbcoder" in ex.proposed
    assert [(r.value_text, r.method) for r in ex.results] == [("62.2%", "zorbcoder")]


def test_a_macro_word_called_by_a_new_method_is_its_name(nlp):
    ex = macro_paper(
        nlp,
        "",
        "Large models can be pruned in one shot. This is achieved via a new pruning method called ^zorbgpt, "
        "designed for large models. We can execute ^zorbgpt on the largest models in under 4.5 hours. "
        "The code is at https://github.com/zorb/zorbgpt.",
    )
    assert "zorbgpt" in ex.proposed


def test_an_ordinary_word_a_macro_left_is_no_name(nlp):
    # (the text writes "faster" without the macro too: the macro is a handle of a name printed otherwise)
    title = "^faster: Learning Augmentation Strategies"
    ex = macro_paper(nlp, title, "Our search is faster than prior search. We present ^faster, which reaches 97.1% accuracy.")
    assert "faster" not in ex.proposed
    assert "faster" in macro_paper(nlp, title, "We present ^faster, which reaches 97.1% accuracy.").proposed


@pytest.mark.parametrize("handle", ["short", "zdlshort", "self", "Arch", "qa"])
def test_a_handle_word_a_macro_left_is_no_name(nlp, handle):
    # (authors' handles for a name printed otherwise: the word is the handle's role, not the name;
    # its results are the paper's own)
    ex = macro_paper(nlp, f"^{handle}: Boosting Code Models with Ranking Feedback",
                      f"We present ^{handle}, which reaches 97.1% accuracy on Zorb-QA.")
    assert handle not in ex.proposed
    assert [(r.value_text, r.method) for r in ex.results] == [("97.1%", "(proposed)")]
