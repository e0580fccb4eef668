"""Proposed-name rules of round 5 (a second audit of the proposed flag on fresh unlabelled
abstracts, each rule checked on sota-arxiv abstracts nobody read while writing it): each
test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import run


def test_name_after_a_preposition_in_the_proposal_gap_is_not_proposed(nlp):
    # "we introduce preference distillation via ZPO", "a variant of ZIFT descriptor": the
    # name is what the proposal uses or builds on
    ex = run(nlp, "Making Models Tiny",
             "We introduce Quokka, a novel framework. Following this, we introduce preference "
             "distillation via Zorb Preference Optimization (ZPO), where the key lies in the "
             "reference model. To use spatial information we propose a global representation "
             "with a variant of ZIFT descriptor.")
    assert "Quokka" in ex.proposed
    assert not any("ZPO" in p or "ZIFT" in p for p in ex.proposed)

    # the words of a long form before its acronym are no gap: "Learning to Zap (L2Zap)"
    ex = run(nlp, "Better Navigation",
             "Therefore, we propose Learning to Zap (L2Zap), a simple yet effective policy "
             "module that differentiates actions.")
    assert any("L2Zap" in p for p in ex.proposed)


def test_past_tense_and_devise_are_proposal_verbs(nlp):
    # "we designed a new X (ACR)", "we devise a Y (ACR)": the paper's own names
    ex = run(nlp, "Denoising Images",
             "We designed a new residual zorb block (RZB) for the upper branch. Based on this "
             "graph, we devise a graph quux network for textual reasoning (GQR) by supervising "
             "it with a loss.")
    assert any("RZB" in p for p in ex.proposed)
    assert any("GQR" in p for p in ex.proposed)


def test_known_dataset_introduced_with_its_kind_is_proposed(nlp):
    # the lexicon holds datasets their own papers introduce: "we introduce MATH, a new
    # dataset", "we introduce ImageNet-Sketch dataset that ..."
    ex = run(nlp, "Measuring Problem Solving",
             "To measure this ability, we introduce MATH, a new dataset of challenging "
             "competition mathematics problems. Models reach 6.9% accuracy on MATH.")
    assert "MATH" in ex.proposed
    ex = run(nlp, "Learning Robust Representations",
             "To evaluate transfer, we introduce ImageNet-Sketch dataset that matches the "
             "validation set in categories and scale.")
    assert "ImageNet-Sketch" in ex.proposed
    # a known dataset merely used after the verb is not
    ex = run(nlp, "Zorbnet", "We present Zorbnet. We present results on ImageNet-Sketch dataset.")
    assert "ImageNet-Sketch" not in ex.proposed


def test_namely_after_a_plural_of_used_works_marks_nothing(nlp):
    # "we present the winning solution ... using two different approaches, namely A and B":
    # the list names works the paper uses; the result goes to the model that obtains it
    ex = run(nlp, "Robust Entity Recognition",
             "In this paper, we present the winning solution of the Zorb Challenge using two "
             "different approaches, namely Quux Random Fields (QRF) and finetuning ZorbBERT. "
             "For comparison, we used three external datasets, namely ZorbWriting, QuuxDB "
             "and Blah-13.")
    assert not any("QRF" in p or "ZorbWriting" in p for p in ex.proposed)
    # "two novel modules, namely A and B" are the paper's own
    ex = run(nlp, "Better Segmentation",
             "We propose two novel modules, namely Zorb Fusion Block (ZFB) and Quux Head.")
    assert any("ZFB" in p for p in ex.proposed)
