"""Round 27 (mend of boards): what the review of r27-boards found, each class tried on invented
sentences it should and should not fire on (the method names are not real). Each test fails
without its mend."""

from __future__ import annotations

from kg.extract import extract
from kg.link import release_key, split_of
from kg.model import Paper


def _extract(abstract: str, title: str = "Quillnet: Boxes for Everyone"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _relative(e) -> dict[float, bool]:
    return {r.value: r.relative for r in e.results}


def _settings(e) -> dict[float, str | None]:
    return {r.value: r.setting for r in e.results}


# --- a number in a new clause after "by large margins" is a score ------------------------------


def test_a_score_reached_after_a_margin_is_no_margin():
    e = _extract(
        "Quillnet surpasses previous methods by large margins, reaching 82.1% top-1 accuracy on ImageNet."
    )
    assert _relative(e) == {82.1: False}
    e = _extract(
        "Quillnet surpasses previous methods by large margins and reaches 82.1% top-1 accuracy on ImageNet."
    )
    assert _relative(e) == {82.1: False}
    e = _extract("Quillnet beats prior detectors by clear margins with 51.2 AP on COCO test-dev.")
    assert _relative(e) == {51.2: False}
    e = _extract(
        "Quillnet surpasses previous methods by a large margin, reaching 82.1% top-1 accuracy on ImageNet."
    )
    assert _relative(e) == {82.1: False}


def test_a_margin_named_after_margins_stays_a_margin():
    e = _extract(
        "Quillnet outperforms previous methods by a large margin of 3.1% top-1 accuracy on ImageNet."
    )
    assert _relative(e) == {3.1: True}
    e = _extract("Quillnet outperforms previous methods by large margins (3.1% on ImageNet).")
    assert _relative(e) == {3.1: True}
    # (a change between "with" and the number: the number is its size)
    e = _extract("Quillnet outperforms previous methods by large margins with gains of 3.1% on ImageNet.")
    assert _relative(e) == {3.1: True}


# --- "the gain in X is N%" stays within its clause ---------------------------------------------


def test_a_change_named_in_an_earlier_clause_makes_no_later_score_a_change():
    e = _extract(
        "The gain in accuracy for larger models is small and the final accuracy is 91.2% on CIFAR-10."
    )
    assert _relative(e) == {91.2: False}
    e = _extract("Our improvement on ImageNet is consistent and the accuracy of the model is 81.4%.")
    assert _relative(e) == {81.4: False}
    # (the change's own "is" still gives its size)
    e = _extract("The relative improvement in the sentence-level accuracy of our model is 3.79% on ATIS.")
    assert _relative(e) == {3.79: True}
    e = _extract("The improvement in precision and recall of our model is 2.0% on ImageNet.")
    assert _relative(e) == {2.0: True}


# --- regimes: a clustering accuracy's "unsupervised" gives way; open vocabulary is visual --------


def test_a_named_supervision_wins_over_a_clustering_accuracy():
    e = _extract(
        "With 10% of the labels, our semi-supervised model reaches 91.2% clustering accuracy on MNIST."
    )
    assert _settings(e) == {91.2: "10% labels"}
    e = _extract("Our semi-supervised model reaches 91.2% clustering accuracy on MNIST.")
    assert _settings(e) == {91.2: "semi-supervised"}
    e = _extract("Our model reaches 91.2% clustering accuracy on MNIST.")
    assert _settings(e) == {91.2: "unsupervised"}


def test_only_a_visual_open_vocabulary_title_names_the_setting():
    e = _extract("Our model reaches 91.2% accuracy on Speech Commands.",
                 title="Open-Vocabulary Keyword Detection for Spoken Commands")  # fmt: skip
    assert _settings(e) == {91.2: None}
    for title in ("Open-Vocabulary Object Detection with Quillnet", "Open-Vocabulary One-Stage Detection with Quillnet",
                  "Open-Vocabulary DETR with Quillnet", "Quillnet for Open-Vocabulary Detection"):  # fmt: skip
        e = _extract("Our model reaches 31.2 AP on LVIS.", title=title)
        assert _settings(e) == {31.2: "open-vocabulary"}, title


# --- a capital V glued to a name and a long number is the name's --------------------------------


def test_a_glued_capital_v_before_a_long_number_is_no_release():
    assert release_key("UAV123") is None
    assert release_key("ECCV2018") is None
    # (after a separator, a small v, or glued with a one-digit number, it is one)
    assert release_key("ScanNetV2") == release_key("ScanNet v2") == "ScanNet 2"
    assert release_key("NYUV2") == release_key("NYUv2") == "NYU 2"
    assert release_key("DOTA-V1.0") == "DOTA 1"
    assert release_key("DOTA V1.5") == "DOTA 1.5"
    assert release_key("VQAv2") == "VQA 2"


# --- one list of split words: the bracketed splits and the linker's split families read it too ---


def test_every_split_word_names_a_bracketed_split_and_a_family():
    e = _extract(
        "Quillnet reaches 2.1% WER on LibriSpeech (test-clean).", title="Quillnet: Speech for Everyone"
    )
    assert [d.name for d in e.datasets] == ["LibriSpeech test-clean"]
    e = _extract("Quillnet reaches 45.1 AP on COCO (mini-val).")
    assert [d.name for d in e.datasets] == ["COCO minival"]
    e = _extract("Quillnet reaches 80.1% top-1 accuracy on ImageNet (validation).")
    assert [d.name for d in e.datasets] == ["ImageNet"]
    assert split_of("LibriSpeech test-clean") == "LibriSpeech"
    assert split_of("COCO test-challenge") == "COCO"
    assert split_of("Story Cloze Test") is None
