"""Round 35 task rules; each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks

TITLE = "Zorb: Quill Layers for Glyph Harmonization"


def _found(sentence: str) -> set[str]:
    return tasks(nlp_of[0], TITLE, "Glyph harmonization is hard. " + sentence
                 + " Zorb improves glyph harmonization on the Quorb benchmark.")  # fmt: skip


nlp_of: list = []


def test_a_task_the_paper_recasts_its_problem_as_is_its_means(nlp):
    # "we treat A as a B problem": B is how the paper solves A, not a task of the paper
    nlp_of[:] = [nlp]
    for sentence, means in (("We treat glyph harmonization as a quill segmentation problem.", "quill segmentation"),
                            ("We formulate glyph harmonization as a quill stroke classification task.",
                             "quill stroke classification")):  # fmt: skip
        found = _found(sentence)
        assert means not in found and "glyph harmonization" in found, (sentence, found)


def test_a_recast_cue_is_not_such_as(nlp):
    # guard: "such as" after a verb of the frame names examples, not the means
    nlp_of[:] = [nlp]
    found = _found("We consider tasks such as quill stroke segmentation.")
    assert "quill stroke segmentation" in found, found


def test_a_task_an_approach_is_based_on_is_its_means(nlp):
    # "an approach based on X": X is how it works
    nlp_of[:] = [nlp]
    found = _found("The approach is based on the quill stroke segmentation task.")
    assert "quill stroke segmentation" not in found, found
