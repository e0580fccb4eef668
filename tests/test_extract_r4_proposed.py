"""Proposed-name rules of round 4 (audit of the proposed flag and of the owners of "our
method" results on unlabelled abstracts, checked on a second unlabelled sample): each test
fails without its rule."""

from __future__ import annotations

from extract_helpers import run


def test_name_after_a_described_kind_with_a_task_word_is_proposed(nlp):
    # a task mention inside "a new plug-and-play training framework, X" no longer hides X
    ex = run(nlp, "Sparse Experts as the New Dropout",
             "To this end, we propose a new plug-and-play training framework, ZorbDrop, to "
             "enable scaling transformers. ZorbDrop improves accuracy by 1.2% on Quux.")
    assert "ZorbDrop" in ex.proposed


def test_name_as_modifier_of_what_is_proposed_is_not_proposed(nlp):
    # "we propose a CLIP-based discriminator": CLIP is used, not proposed
    ex = run(nlp, "Adversarial Learning for Synthesis",
             "We propose Glorpnet for text-to-image synthesis. Specifically, we propose a "
             "ZorbNet-based discriminator and a ZorbNet-empowered generator.")
    assert "ZorbNet" not in ex.proposed


def test_name_before_a_dataset_word_after_we_present_is_proposed(nlp):
    ex = run(nlp, "Integrating curation into publishing",
             "Results: We present the QuuxData-NLP dataset produced through the routine curation "
             "of papers. We annotate eight classes of entities.")
    assert "QuuxData-NLP" in ex.proposed


def test_proposal_verb_coordinated_with_we_marks_its_name(nlp):
    ex = run(nlp, "Exploring Sparsity in Graph Models",
             "We first discuss the redundancy of graph models, and then propose a comprehensive "
             "Graph Zorb Sparsification (GZSP) framework. GZSP yields a reduction of 30% in FLOPs.")
    assert any("GZSP" in p for p in ex.proposed)
    # not when the verb belongs to a subordinate clause ("we show that models ... and develop")
    ex = run(nlp, "Learning Dynamics of Models",
             "We show that models trained on Quux learn quickly and develop Zorbnet-like features.")
    assert not ex.proposed


def test_known_name_used_for_a_purpose_or_modifying_a_head_is_not_proposed(nlp):
    ex = run(nlp, "Secrets of Reward Modeling",
             "From an algorithmic standpoint, we introduce contrastive learning to enhance the "
             "ability of reward models. We also propose a seq2seq pre-training approach.")
    assert not {"contrastive learning", "seq2seq"} & set(ex.proposed)


def test_names_listed_with_a_proposed_name_are_proposed(nlp):
    ex = run(nlp, "Can Language Models Solve Graph Problems?",
             "We then propose Build-a-Zorb Prompting and Quuxic Prompting, two instruction-based "
             "approaches to enhance LLMs. We also introduce kZym (a platform) and kQench (a dataset).")
    assert {"Build-a-Zorb Prompting", "Quuxic Prompting", "kZym", "kQench"} <= set(ex.proposed)
    ex = run(nlp, "Iris Segmentation",
             "We introduce two new benchmarks, ZorbBench and QuuxBench-2, for iris segmentation.")
    assert {"ZorbBench", "QuuxBench-2"} <= set(ex.proposed)
    # a list after "namely" may name compared works
    ex = run(nlp, "Private Aggregation",
             "We propose Zorb-AAE. It improves accuracy when compared with alternative "
             "solutions, namely QUUX-GAN and DP-ZORB, while keeping privacy.")
    assert "DP-ZORB" not in ex.proposed


def test_name_the_paper_calls_our_kind_of_work_is_proposed(nlp):
    ex = run(nlp, "Fusing Appearance and Geometry for Tracking",
             "The algorithm extends our previous method ZORB, which uses geometry. Experiments "
             "on the YCB-Video dataset show that our approach ZORB+ performs best, and our "
             "proposed SR network QuuxSR achieves better results.")
    assert {"ZORB+", "QuuxSR"} <= set(ex.proposed)
    assert "ZORB" not in ex.proposed
