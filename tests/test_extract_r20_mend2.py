"""Round 20 (mend2): the review's findings on the round's dataset and task rules, on invented
sentences (none of the names real unless well known)."""

from kg.extract import extract
from kg.model import Paper

_TITLE = "Plimo: Better Reasoning with Language Models"


def _ext(abstract: str, title: str = _TITLE):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _data(abstract: str, title: str = _TITLE) -> set[str]:
    return {d.name for d in _ext(abstract, title).datasets}


# 1. a score after a data set is no version of it
def test_a_score_after_a_dataset_is_no_version():
    data = _data("Plimo reaches accuracies of MNIST 0.99, SVHN 0.95 and CIFAR-10 0.91.")
    assert {"MNIST", "SVHN"} <= data and not any(" 0." in d for d in data)
    assert "ImageNet" in _data("Plimo lifts ImageNet 1.5 top-1 accuracy over ResNet-50.")
    assert "GLUE" in _data("Plimo improves GLUE 1.2 over BERT and RoBERTa.")


def test_a_version_after_a_dataset_stays():
    data = _data("We report results on SQuAD 1.1 and OntoNotes 5.0, and on LVIS v1.0 val.")
    assert {"SQuAD 1.1", "OntoNotes 5.0"} <= data
