"""Round 34 task rules; each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_a_definite_kind_before_task_is_a_task_written_once(nlp):
    # "the X task", singular: one named task, even written once and with a task head the
    # phrase finder scores low or cannot read ("the challenging quorb transfer task")
    found = tasks(nlp, "Zorb: Quill Layers for Glyph Detection",
                  "We propose Zorb for glyph detection. Zorb also gives the best results on "
                  "the challenging quorb transfer task.")  # fmt: skip
    assert "quorb transfer" in found, found
    found = tasks(nlp, "Zorb: Quill Layers for Glyph Detection",
                  "We propose Zorb for glyph detection. Zorb is also applied to the quill "
                  "calligraphy composition task.")  # fmt: skip
    assert "quill calligraphy composition" in found, found


def test_a_definite_kind_of_a_comment_a_name_or_a_contest_is_none(nlp):
    # guard: an opinion of the task ("classical", an adverb), a name before a task head
    # (the data: "the Quorbset recognition task"), a contest ("Shared Task"), a means
    # ("the pretext task"), or plural kinds written once stay out
    for sentence in ("We adapt the classical glyph analogy task to images.",
                     "We adapt the seemingly distant glyph composition task to images.",
                     "We also report results on the Quorbset recognition task.",
                     "We took part in the Glyph-Aff Shared Task.",
                     "We add the auxiliary quill rotation task.",
                     "We also evaluate it on quill composition tasks."):  # fmt: skip
        found = tasks(nlp, "Zorb: Quill Layers for Glyph Detection",
                      "We propose Zorb for glyph detection. " + sentence)  # fmt: skip
        assert found <= {"glyph detection"}, (sentence, found)
