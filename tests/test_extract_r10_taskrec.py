"""Task rules of round 10 (task recall / selection), each written from an audit of the
extractor's output on unlabelled abstracts and checked on a second unlabelled sample: each
test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_two_wordings_of_one_task_by_a_synonym_head_are_one_task(nlp):
    # "quill flow estimation" and "quill flow prediction" name one task: listed once
    ex = run(nlp, "ZorbNet: A Lightweight Network for Quill Flow Estimation",
             "Quill flow estimation is a core problem. We propose ZorbNet for quill flow "
             "prediction tasks. ZorbNet is 2x faster than QuillNet on Sintel.")
    tasks = name_set(ex.tasks)
    assert len([t for t in tasks if t.startswith("quill flow")]) == 1, tasks
    # different heads that are no synonyms name two tasks
    from kg.extract.convert import select_tasks

    groups = [{"name": "quill gesture segmentation", "conf": 0.7, "spans": [(0, 26)]},
              {"name": "quill gesture classification", "conf": 0.7, "spans": [(40, 68)]}]
    assert len(select_tasks("", groups)) == 2


def test_software_engineering_is_a_field_not_a_task(nlp):
    # the field a paper serves, written out with its acronym and used again ("SE tasks"):
    # the task is the one the paper addresses
    ex = run(nlp, "ZorbBench: Benchmarking Language Models on Quill Crash Resolution",
             "Language models are improving at realistic software engineering (SE) tasks. Much SE "
             "effort goes into quill crash resolution. ZorbBench provides an SE environment for "
             "quill crash resolution, and we hope it helps SE tasks.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert not any("software engineering" in t for t in tasks), tasks
    assert "quill crash resolution" in tasks


def test_software_engineering_after_for_in_a_title_is_a_field(nlp):
    ex = run(nlp, "QuillMonkeys: Scaling Test-Time Compute for Software Engineering",
             "Scaling test-time compute is a promising axis. We study test-time compute scaling "
             "on zorbic issues. QuillMonkeys resolves 57% of the issues.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "software engineering" not in tasks, tasks


def test_a_modified_known_task_the_paper_is_evaluated_on_is_kept(nlp):
    # "image classification" (known) is written only inside the longer phrase, where the
    # paper reports its performance: the phrase is scored as the known task
    abstract = ("We pretrain ZorbNet on quill pairs with contrastive quill pretraining. ZorbNet "
                "achieves competitive performance in zero-shot image classification on Quill-10.")
    ex = run(nlp, "ZorbNet: Contrastive Quill Pretraining", abstract)
    assert "zero-shot image classification" in name_set(ex.tasks)
    # a step of the method is no task: "we apply ..."
    ex = run(nlp, "ZorbNet: Contrastive Quill Pretraining",
             "We pretrain ZorbNet on quill pairs with contrastive quill pretraining. We apply "
             "zero-shot image classification to filter the quill pairs.")
    assert "zero-shot image classification" not in name_set(ex.tasks)
