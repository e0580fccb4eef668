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


def test_a_name_a_result_or_an_experiment_was_measured_on_is_a_dataset(nlp):
    ex = run(nlp, "Bridging the Gap: Knowledge-aware Pre-training",
             "We propose a pre-training method, ZorbNet. Detailed experiments and analyses on "
             "QuuxQSP verify its effectiveness, and it improves by 25% on the more challenging "
             "QUUX-to-Mapillary.")
    assert {"QuuxQSP", "QUUX-to-Mapillary"} <= name_set(ex.datasets)
    assert not {"QuuxQSP", "QUUX-to-Mapillary"} & name_set(ex.methods)
    # the model a result was obtained with, or built on, stays a method
    ex = run(nlp, "Prediction Sets for Code Models",
             "We evaluate our approach on GLORPY (a T5 model for semantic parsing). Networks "
             "built on ZorbConv achieve state-of-the-art results on ModelNet40.")
    assert {"GLORPY", "ZorbConv"} <= name_set(ex.methods)
    assert not {"GLORPY", "ZorbConv"} & name_set(ex.datasets)


def test_github_written_in_lower_case_is_no_dataset(nlp):
    ex = run(nlp, "ZorbNet: Ensembles of Graph Networks",
             "We propose ZorbNet, evaluated on the ogbn-arxiv benchmark. The code is available "
             "on github and in our github repository: https://github. com/zorb/zorbnet.")
    assert not {"github", "Github"} & (name_set(ex.datasets) | name_set(ex.methods))
