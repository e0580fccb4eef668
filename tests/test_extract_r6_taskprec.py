"""Task-precision rules of round 6 (wrong tasks the extractor kept), each written from an
audit of the extractor's output on unlabelled abstracts and checked on a second unlabelled
sample: each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_title_topic_after_the_titles_task_is_its_setting_not_a_task(nlp):
    abstract = ("We study quill labelling. Zorbic dialog is hard, and zorbic dialog data are "
                "scarce. We propose QuillNet, which improves quill labelling by 3 points.")
    ex = run(nlp, "Hierarchical Pre-training for Quill Labelling in Zorbic Dialog", abstract)
    assert "quill labelling" in name_set(ex.tasks)
    assert "zorbic dialog" not in name_set(ex.tasks)
    # joined to the task by "and", it is a second task
    ex = run(nlp, "Pre-training for Quill Labelling and Zorbic Dialog", abstract)
    assert "zorbic dialog" in name_set(ex.tasks)


def test_two_tasks_one_word_apart_once_hyphens_split_are_one_task(nlp):
    # the scorer splits "single-image" into two words: the two wordings are one task
    ex = run(nlp, "Image Super-Resolution with Quill Networks",
             "Single-image super-resolution (SISR) recovers a sharp image. We propose QuillNet "
             "for single-image super-resolution. QuillNet is 2x faster than ZorbNet on Set5.")
    tasks = name_set(ex.tasks)
    assert len([t for t in tasks if "super-resolution" in t]) == 1, tasks


def test_a_lone_word_in_a_list_of_areas_is_a_field_not_a_task(nlp):
    ex = run(nlp, "Comparing Quill Developers with Zorb Agents",
             "Zorb agents are used in areas such as project management, modeling, testing, "
             "and development. We compare zorb agents with quill developers on 20 problems.")
    assert "modeling" not in name_set(ex.tasks)


def test_a_title_phrase_spelling_the_last_part_of_a_dashed_name_is_no_task(nlp):
    ex = run(nlp, "Zorb-QUMA: Quill Upward Multimodal Alignment to Enhance Mathematical Reasoning",
             "We propose Zorb-QUMA, a method that aligns modalities for mathematical reasoning. "
             "Zorb-QUMA improves accuracy on ZorbMath by 4 points.")
    tasks = name_set(ex.tasks)
    assert "mathematical reasoning" in tasks
    assert not any("upward" in t for t in tasks), tasks


def test_the_applications_a_method_serves_are_no_tasks(nlp):
    ex = run(nlp, "Quill Gaze Estimation in Unconstrained Environments",
             "Gaze estimation is used in applications such as human-robot interaction, "
             "virtual reality and security. We propose QuillNet for quill gaze estimation.")
    tasks = name_set(ex.tasks)
    assert "quill gaze estimation" in tasks
    assert not {"human-robot interaction", "virtual reality", "security"} & tasks, tasks
