"""Metric precision rules of round 10 (spurious metrics of frequent shapes), each written from
an audit of the extractor's output on unlabelled abstracts (error types, not single papers)
and checked on a second unlabelled sample: each test fails without its rule. Names are
invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_task_after_in_terms_of_is_no_measure(nlp):
    # "in terms of point cloud classification and segmentation tasks", "in terms of shape
    # estimation": what is compared is a task, not a measure
    ex = run(nlp, "Zorbing Quill Clouds",
             "ZorbNet outperforms prior methods in terms of quill segmentation tasks. It also "
             "beats them in terms of quill shape estimation and BLEU.")
    metrics = name_set(ex.metrics)
    assert not any("segmentation" in m or "estimation" in m for m in metrics)
    assert "BLEU" in metrics


def test_sorts_and_lone_adjectives_after_in_terms_of_are_no_measures(nlp):
    # "in terms of both qualitative and quantitative aspects", "in terms of spatial and
    # temporal dimensions", "in terms of prediction accuracy, e.g., ..."
    ex = run(nlp, "Zorbing Quill Clouds",
             "ZorbNet is better in terms of both qualitative and quantitative aspects. Quills are "
             "split in terms of spatial and temporal dimensions. It wins in terms of quill "
             "recall, e.g., on QuillSet.")
    metrics = {m.lower() for m in name_set(ex.metrics)}
    assert not metrics & {"qualitative", "quantitative aspects", "spatial", "temporal dimensions", "e"}
    assert "quill recall" in metrics or "recall" in metrics


def test_in_terms_of_without_a_comparison_names_no_measure(nlp):
    # "images are severely biased (in terms of race, lighting ...)", "specified in terms of
    # social relationships": nothing is compared or evaluated, so only a measure word counts
    ex = run(nlp, "Zorbing Quill Clouds",
             "Quill images are severely skewed (in terms of hue, lighting and pose). Access is "
             "specified in terms of quill relationships. ZorbNet outperforms QuillNet in terms "
             "of zorb naturalness, e.g. in terms of quill fidelity.")
    metrics = {m.lower() for m in name_set(ex.metrics)}
    assert not metrics & {"hue", "lighting", "pose", "quill relationships"}
    assert "zorb naturalness" in metrics


def test_a_measure_acronym_spelled_out_as_no_measure_is_no_measure(nlp):
    # "electron microscopy (EM)", "Retrospection Consistency (RC)": the lexicon's exact
    # match and RC are other things; a long form with a measure word stays a measure
    ex = run(nlp, "Zorbing Quill Images",
             "Quills are imaged by electron microscopy (EM). ZorbNet segments EM images with "
             "71.2 mIoU.")
    assert not any("EM" in m for m in name_set(ex.metrics))
    ex = run(nlp, "Zorbing Quill Answers", "ZorbNet reaches 71.2 Exact Match (EM) on QuillQA.")
    assert any("EM" in m for m in name_set(ex.metrics))
    ex = run(nlp, "Zorbing Quill Images",
             "We add two constraints, Quill Consistency (QC) and Retrospection Consistency (RC). "
             "ZorbNet reaches 71.2 SPICE on QuillCap.")
    assert not any("RC" in m for m in name_set(ex.metrics))
