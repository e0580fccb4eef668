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
