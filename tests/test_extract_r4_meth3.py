"""Method and dataset rules of round 4 (third methods audit), each written from an audit of
the extractor's output on unlabelled abstracts and checked on a second unlabelled sample:
each test fails without its rule."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_name_a_list_types_as_dataset_is_a_dataset_at_its_other_mentions_too(nlp):
    # "on both A and B" types B by the known dataset A; B's first mention had no cue
    ex = run(nlp, "Rethinking Test-Time Scaling",
             "Through experiments on MATH-500 and challenging ZORB24 tasks, we observe "
             "that small models can outperform larger ones. On both MATH-500 and ZORB24, "
             "a 1B model beats GPT-4o.")
    assert "ZORB24" in name_set(ex.datasets)
    assert "ZORB24" not in name_set(ex.methods)
