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


def test_privacy_and_data_collection_are_no_tasks(nlp):
    # a property the system should have, a step of building the data: the task is the other one
    ex = run(nlp, "Zorb: Guaranteed Privacy for Quill Sensing",
             "Quill sensing in wireless networks raises privacy concerns. We propose Zorb for quill "
             "sensing. Data collection in quill networks is costly. Zorb reduces data collection "
             "cost by 30%.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "data collection" not in tasks and "privacy" not in tasks, tasks
    assert "quill sensing" in tasks


def test_a_latex_size_leftover_opens_no_title_task(nlp):
    # "\LARGE Fast Quill Detection ..." loses its backslash in the corpus: "LARGE" is no word
    # of the task
    ex = run(nlp, "LARGE Fast Quill Detection from a Single Image",
             "We detect quills in single images with a patched network. Our detector runs at "
             "30 fps and beats ZorbNet on QuillSet.")
    tasks = name_set(ex.tasks)
    assert tasks and not any("LARGE" in t for t in tasks), tasks


def test_speech_processing_and_hci_are_fields(nlp):
    # the field a task belongs to, named in a background sentence, is no task of the paper
    ex = run(nlp, "ZorbNet: Deformable Networks for Quill Speech Separation",
             "Isolating speakers matters in many speech processing applications and in "
             "human-computer interaction. We propose ZorbNet for quill speech separation. "
             "ZorbNet improves quill speech separation by 2 dB on QuillMix.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert not tasks & {"speech processing", "human-computer interaction"}, tasks
    assert "quill speech separation" in tasks


def test_data_annotation_is_no_task(nlp):
    ex = run(nlp, "ZorbViT: Language Meets Vision in Quill Segmentation",
             "Quill segmentation lacks labels due to the prohibitive data annotation cost. We "
             "propose ZorbViT for quill segmentation. ZorbViT improves quill segmentation by 3 "
             "Dice points on QuillSeg.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "data annotation" not in tasks, tasks
    assert "quill segmentation" in tasks
