"""Task rules of round 11 (task precision / spans), each written from an audit of the
extractor's output on unlabelled abstracts and checked on a second unlabelled sample: each
test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_version_adjective_does_not_open_a_task(nlp):
    # "vanilla", "classic", "cutting-edge" say which version of the task, not which task
    ex = run(nlp, "ZorbNet: Multi-Task Learning for Conversational Quill Recognition",
             "We study conversational quill recognition. Unlike vanilla quill recognition, "
             "conversational quill recognition needs context. ZorbNet improves vanilla quill "
             "recognition and conversational quill recognition on three benchmarks.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert not any(t.startswith("vanilla") for t in tasks), tasks
    assert "conversational quill recognition" in tasks
