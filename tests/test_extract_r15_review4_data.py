"""Review 4 mends (datasets and tasks): the coordinated-editions rule, the "error" output noun
and title -s verbs that are plural nouns; each test fails without its mend."""

from __future__ import annotations

from extract_helpers import run, tasks

from kg.extract.mentions import DATASET, Cand, _coordinated_editions

_TITLE = "Zorbnet: Finding Salient Objects with Attention"
_PRE = "We propose Zorbnet, a new network for salient object detection. "


def _run(nlp, sentence: str):
    return run(nlp, _TITLE, _PRE + sentence)


def _datasets(nlp, sentence: str) -> list[str]:
    return [m.name for m in _run(nlp, sentence).datasets]


def test_a_score_after_a_dataset_is_no_sibling_edition(nlp):
    # finding 3: a number followed by a (capitalised) metric or name is a score, not an edition
    got = _run(nlp, "Zorbnet achieves 90.9 F1 on SQuAD v1.1 and 89.1 F1 on SQuAD v2.0.")
    assert "SQuAD 89.1" not in [m.name for m in got.datasets]
    assert (89.1, "SQuAD v2.0") in [(r.value, r.dataset) for r in got.results]
    got = _run(nlp, "Zorbnet achieves 84.8% top-1 on Kinetics-400 and 40 mAP on AVA.")
    assert "Kinetics-40" not in [m.name for m in got.datasets]
    assert (40.0, "AVA") in [(r.value, r.dataset) for r in got.results]
    assert "ImageNet-58" not in _datasets(nlp, "Zorbnet reaches 87.1% top-1 accuracy on ImageNet-1K and 58 mIoU on ADE20K.")
    assert "CIFAR-100" not in _datasets(nlp, "We test on CIFAR-10 and 100 ImageNet classes.")
    # a name after a comma or a period still ends the list
    assert _datasets(nlp, "We test on CIFAR-10/100, ImageNet and Kinetics 400 and 600. It works.") == [
        "CIFAR-10", "CIFAR-100", "ImageNet", "Kinetics 400", "Kinetics 600"]  # fmt: skip


def test_an_edition_after_the_name_is_kept_only_with_a_sibling(nlp):
    # finding 4: "MNIST 99/98.5": 99 and 98.5 are of different kinds, so the name keeps no number
    # (the rule itself: the name recogniser may already span "MNIST 99" on its own)
    text = "Results on MNIST 99/98.5 and CIFAR-10."
    got = _coordinated_editions(text, [Cand(11, 16, DATASET, "lexicon", 0.9)])
    assert [(c.name, text[c.start : c.end]) for c in got] == [("", "MNIST")]


def test_a_sibling_edition_adds_no_bare_number_alias(nlp):
    # finding 5: the sibling's surface is the bare suffix ("100"), which must not become an alias
    # (link.collect_forms would make the dataset entity "100")
    got = _run(nlp, "Zorbnet improves results on CIFAR-10/100 and PASCAL VOC 2007 and 2012.")
    names = [m.name for m in got.datasets]
    assert "CIFAR-100" in names and "PASCAL VOC 2012" in names
    assert not [a for m in got.datasets for a in m.aliases if a.isdigit()]


def test_a_task_measured_by_its_error_stays_the_task(nlp):
    # finding 6: "classification error" measures the task, it is no other output of it
    title = "Zorb: A Simple Regularizer for Deep Networks"
    abstract = "We propose Zorb. Zorb reduces the top-1 image classification error of ResNet-50 by 1.2% on ImageNet."
    got = {m.name.lower(): m.confidence for m in run(nlp, title, abstract).tasks}
    assert got.get("image classification", 0) >= 0.5


def test_a_plural_noun_in_a_title_does_not_cut_the_task(nlp):
    # finding 7: "remains", "causes", "handles" are -s verbs and plural nouns
    for title, task in (("Human Remains Detection in Disaster Images", "human remains detection"),
                        ("Root Causes Localization in Microservice Systems", "root causes localization"),
                        ("Door Handles Detection for Mobile Robots", "door handles detection")):  # fmt: skip
        assert task in tasks(nlp, title, "We study this problem."), title
    # a verb before a non-task word still ends the subject
    assert "parallel prefix polymorphism permits parallelization" not in tasks(
        nlp, "Parallel Prefix Polymorphism Permits Parallelization, Presentation & Proof", "We study this problem.")
