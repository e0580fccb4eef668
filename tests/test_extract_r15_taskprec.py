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
