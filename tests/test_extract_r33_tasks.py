"""Round 33 task rules; each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run, tasks


def test_a_lexicon_name_is_read_in_the_other_spelling(nlp):
    # British and American spellings of one lexicon name: "dialog" / "dialogue",
    # "-isation" / "-ization", "modelling" / "modeling"
    found = tasks(nlp, "Zorb: Quill Memories for Task-Oriented Dialog Systems",
                  "We propose Zorb, which improves task-oriented dialog systems by 10%.")  # fmt: skip
    assert "task-oriented dialog systems" in found, found
    found = tasks(nlp, "Zorb: Quill Layers for Domain Generalisation",
                  "We propose Zorb for domain generalisation. Zorb improves accuracy by 10%.")  # fmt: skip
    assert "domain generalisation" in found, found
    found = name_set(run(nlp, "Zorb: Glyph Detection",
                         "We propose Zorb for glyph detection, trained by expectation maximisation.").methods)  # fmt: skip
    assert "expectation maximisation" in {m.lower() for m in found}, found


def test_a_kind_of_task_written_twice_before_tasks_is_a_task(nlp):
    # "X tasks" with no task head in X: a task when X is written again in the paper
    found = tasks(nlp, "QuillBench: Evaluating Language Models for Glyph Calculations",
                  "We present QuillBench, a benchmark of 50 glyph calculation tasks. Models "
                  "struggle with glyph calculation and score 30% accuracy.")  # fmt: skip
    assert "glyph calculation" in found, found
    found = tasks(nlp, "Zorb: Quill Layers",
                  "We evaluate Zorb on Hindi NLP tasks. Zorb is the first model for Hindi NLP "
                  "and improves accuracy by 10%.")  # fmt: skip
    assert "hindi nlp" in found, found


def test_a_kind_of_task_written_once_or_as_a_participle_is_none(nlp):
    # guard: written once, or ending in "-ing", or after a qualifier only
    found = tasks(nlp, "Zorb: Quill Layers",
                  "We evaluate Zorb on glyph calculation tasks and reach 30% accuracy.")  # fmt: skip
    assert "glyph calculation" not in found, found
    found = tasks(nlp, "Zorb: Quill Layers",
                  "Zorb adds quill pre-training tasks. With quill pre-training, accuracy rises by 10%.")  # fmt: skip
    assert "quill pre-training" not in found, found


def test_a_thing_or_a_qualified_kind_before_tasks_is_no_task(nlp):
    # review: "long sequence", "simulated environment", "text-rich document" name things, not
    # kinds of task; "difficult" says how hard, not which
    for kind in ("long sequence", "simulated environment", "text-rich document", "difficult perception"):
        found = tasks(nlp, "Zorb: Quill Layers",
                      f"We evaluate Zorb on {kind} tasks. On {kind} tasks, Zorb improves accuracy by 10%.")  # fmt: skip
        assert not found, (kind, found)
