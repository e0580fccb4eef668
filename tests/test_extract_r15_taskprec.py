"""Round 15 task precision and names; each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_a_title_clause_verb_in_the_s_form_ends_the_subject(nlp):
    # "X Explains the Y of Z", "Reading X Encourages Y": the title is a statement; its
    # subject and verb are no task, the object may be
    for title, abstract, task in (
        ("Quill Sparsity Explains the Effectiveness of Zorb Fine-Tuning",
         "Zorb fine-tuning works well. We study why, with a quill analysis of the loss.", "zorb fine-tuning"),
        ("Reading Quill Logs Encourages Cheating: Adding Zorb Text Improves Log Parsing",
         "We study log parsing with Zorb.", "log parsing"),
    ):  # fmt: skip
        found = tasks(nlp, title, abstract)
        assert found == {task}, found


def test_a_task_phrase_naming_an_output_or_part_is_no_task(nlp):
    # "dependency parsing trees", "instance segmentation labels", "a line segmentation
    # branch", "temporal localization annotations": what a task produces or a model part
    found = tasks(nlp, "Zorb: Sparse Pooling for Quill Detection",
                  "We propose Zorb for quill detection. Our loss minimizes the video-level action "
                  "classification error and needs no temporal localization annotations. Zorb has two "
                  "branches: a point extraction branch and a line segmentation branch. We compare "
                  "its trees with dependency parsing trees and predict instance segmentation labels.")  # fmt: skip
    assert found == {"quill detection"}, found
