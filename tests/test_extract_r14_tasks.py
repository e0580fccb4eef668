"""Task naming and keeping rules of round 14, each written from audits of unlabelled
abstracts and checked on a second sample: each test fails without its rule. Names are
invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_an_evaluative_adjective_does_not_open_a_task_name(nlp):
    # "High Quality Quill Depth Estimation": how well, not which task
    found = tasks(nlp, "Zorb: High Quality Quill Depth Estimation via Transfer Learning",
                  "We propose Zorb, a simple encoder with quill layers. Zorb lowers the error by "
                  "10% on two benchmarks.")
    assert found == {"quill depth estimation"}, found
    found = tasks(nlp, "Quill Losses for Speech",
                  "We compare quill losses and find the best speech enhancement with Zorb, which "
                  "improves the score by 0.3.")
    assert found == {"speech enhancement"}, found
    found = tasks(nlp, "Zorb: Towards High Performance Quill-based 3D Object Detection",
                  "We propose Zorb, a quill network. Zorb improves AP by 2 points on two benchmarks.")
    assert found == {"quill-based 3d object detection"}, found


def test_a_system_kind_named_for_its_task_is_that_task(nlp):
    # "for Recommender Systems": annotators name the task, recommendation
    found = tasks(nlp, "Quill Graph Networks for Recommender Systems",
                  "Recommender systems suggest items to users. We propose Zorb, a quill graph "
                  "network, which improves recall by 4% on two benchmarks.")
    assert "recommendation" in found and "recommender systems" not in found, found
    found = tasks(nlp, "Zorb: Quill Topic Models at Scale",
                  "We train topic models over quills with Zorb, which halves the perplexity.")
    assert "topic models" not in found, found


def test_a_dataset_or_exam_subject_is_no_task(nlp):
    # leaderboard "tasks" of the derived lexicon that are a dataset or an MMLU subject
    found = tasks(nlp, "Zorb: Quill Question Generation",
                  "We generate natural questions about quills with Zorb and use general knowledge "
                  "from a quill base. Zorb improves BLEU by 2 points.")
    assert not {"natural questions", "general knowledge"} & found, found


def test_a_model_family_the_task_is_done_with_does_not_open_its_name(nlp):
    # "Transformer-based Quill Parsing": done with a transformer, the task is quill parsing;
    # "skeleton-based" names the input and stays
    found = tasks(nlp, "Incorporating Graph Information in Transformer-based Quill Parsing",
                  "We add graph structure to Zorb, which improves Smatch by 1.2 points.")
    assert "quill parsing" in found and not any("transformer" in t for t in found), found
    found = tasks(nlp, "Zorb: Quill Graphs for Skeleton-based Action Recognition",
                  "We propose Zorb, which improves accuracy by 2% on two benchmarks.")
    assert "skeleton-based action recognition" in found, found


def test_joint_before_one_conjunct_and_a_cut_large_scale_leave_the_task_name(nlp):
    # "Joint Quill Segmentation and Localization": each conjunct is a task of its own;
    # "Joint Entity and Relation Extraction" names one task and stays
    found = tasks(nlp, "Zorb: Joint Quill Segmentation and Localization with Multi-Task Learning",
                  "We propose Zorb, which improves IoU by 3 points.")
    assert "quill localization" in found and not any(t.startswith("joint") for t in found), found
    found = tasks(nlp, "Zorb for Joint Entity and Relation Extraction",
                  "We propose Zorb, which improves F1 by 1.5 points on two benchmarks.")
    assert "joint entity and relation extraction" in found, found
    found = tasks(nlp, "Large scale quill bandwidth estimation",
                  "We estimate quill bandwidth with Zorb, which halves the error.")
    assert "quill bandwidth estimation" in found, found


def test_benchmark_or_baseline_does_not_open_a_task_name(nlp):
    # "results on benchmark text classification tasks": where it is measured, not which task
    found = tasks(nlp, "Zorb: Quill Networks with Shared Layers",
                  "We propose Zorb, a quill network. Experiments on four benchmark text classification "
                  "tasks show that Zorb improves accuracy by 2%.")
    assert "text classification" in found and not any(t.startswith("benchmark") for t in found), found


def test_learning_before_a_task_is_the_verb_not_part_of_the_task(nlp):
    # "Learning quill depth estimation from stereo": the task is quill depth estimation;
    # "learning with noisy labels" names a task and stays
    found = tasks(nlp, "Learning quill depth estimation infusing stereo knowledge",
                  "We propose Zorb, which lowers the depth error by 8% on two benchmarks.")
    assert "quill depth estimation" in found and not any(t.startswith("learning") for t in found), found
    found = tasks(nlp, "Zorb: Quill Sample Selection for Learning with Noisy Labels",
                  "We propose Zorb, which improves accuracy by 3% on two benchmarks.")
    assert "learning with noisy labels" in found, found


def test_available_public_or_sota_does_not_open_a_task_name(nlp):
    # "on publicly available quill segmentation datasets": how the data stands, not the task
    found = tasks(nlp, "Zorb: A Quill Network for Real-Time Segmentation",
                  "We propose Zorb. On two publicly available quill segmentation datasets Zorb "
                  "improves Dice by 2%.")
    assert not any(t.startswith("available") for t in found), found
    found = tasks(nlp, "Zorb: Quill Layers for SOTA Quill Recognition",
                  "We propose Zorb, which lowers the error by 10%.")
    assert not any(t.startswith("sota") for t in found), found


def test_natural_language_understanding_is_a_field_not_the_papers_task(nlp):
    # "natural language understanding" named beside the paper's task: the field it belongs to
    found = tasks(nlp, "Zorb: Quill Attention for Constituency Parsing",
                  "Constituency parsing is a core problem of natural language understanding. We "
                  "propose Zorb, which improves F1 by 0.5 points on two benchmarks.")
    assert "constituency parsing" in found and "natural language understanding" not in found, found
