"""Round 15 task candidates and names; each test fails without its rule, except the guard
test ``test_a_shared_modifier_in_a_background_list_adds_no_task``, which fails if the rule
loses its "tasks"/"benchmarks" cue. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_a_shared_modifier_names_each_evaluated_conjunct(nlp):
    # "graph classification and regression tasks": the modifier modifies both heads, and
    # the task the lexicon knows ("graph regression") is named though never written whole
    found = tasks(nlp, "Zorb: Quill Layers for Graphs",
                  "We propose Zorb. Zorb achieves state-of-the-art results on graph classification "
                  "and regression tasks.")  # fmt: skip
    assert "graph regression" in found, found
    found = tasks(nlp, "Zorb: Quill Layers",
                  "We propose Zorb, which sets a new state of the art on a wide range of domain "
                  "generalization/adaptation tasks.")  # fmt: skip
    assert "domain adaptation" in found, found


def test_a_shared_modifier_in_a_background_list_adds_no_task(nlp):
    # without "tasks"/"benchmarks" after it, such a list is as often the field's background
    found = tasks(nlp, "Zorb: Quill Layers for Video Object Segmentation",
                  "Quill models have emerged as a powerful tool for video object segmentation and "
                  "tracking. We propose Zorb, which improves accuracy by 2%.")  # fmt: skip
    assert "video object tracking" not in found, found


def test_a_task_the_paper_names_as_new_is_a_task(nlp):
    # "a new problem, which we call X", "a new task termed X", "a novel task – X (ACR)":
    # the paper's own task, named right after the cue
    for abstract, task in (
        ("We study a new problem, which we call quill range reporting, and give an algorithm.",
         "quill range reporting"),
        ("We introduce a new task termed referring quill segmentation and a model for it.",
         "referring quill segmentation"),
        ("In this work, we propose a novel task – Quill Explanation in Dialogue (QED). "
         "The task aims to explain satirical conversations.", "quill explanation in dialogue"),
    ):  # fmt: skip
        found = tasks(nlp, "Zorb: Quill Layers", abstract)
        assert task in found, (abstract, found)
    # a new pre-training task is a step of the method, not the paper's task
    found = tasks(nlp, "Zorb: Quill Layers", "We add a new pre-training task named quill region "
                  "matching, which improves accuracy by 2%.")  # fmt: skip
    assert "quill region matching" not in found, found


def test_open_before_a_setting_word_stays_in_the_task(nlp):
    # "open" is a boundary word ("an open problem"), but "open set", "open domain" name the setting
    found = tasks(nlp, "Zorb: Quill Layers", "We propose Zorb for open set recognition of quill images. "
                  "Zorb improves accuracy by 2%.")  # fmt: skip
    assert "open set recognition" in found and "set recognition" not in found, found
    found = tasks(nlp, "Zorb: Quill Layers", "We study open domain question answering over quill pages. "
                  "Zorb improves accuracy by 2%.")  # fmt: skip
    assert "open domain question answering" in found, found
