"""Round 33 (results): binding faults found on unlabelled text, each on invented sentences:
a value tied to no benchmark next to a listed set of benchmarks (but not one written on its own
list), an IoU threshold, values of one measure written in parallel (the names are invented)."""

from __future__ import annotations

import pytest
from extract_helpers import run

TITLE = "ZorbNet: Fast Video Networks"
PRE = "We propose ZorbNet, a video recognition network. "


def _rows(sentence: str, nlp) -> list[tuple]:
    ex = run(nlp, TITLE, PRE + sentence)
    return [(r.value_text, r.metric, r.method, r.dataset, r.relative) for r in ex.results]


# --- a value next to a listed set of benchmarks -------------------------------------------------


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Experiments on three datasets, i.e., KorbSet, FlarbSet and UCF101, show that ZorbNet reaches "
         "comparable accuracy with 1.4x higher throughput.", "1.4x"),
        ("Experiments on Kinetics and Charades show that ZorbNet reaches 81.2% top-1 accuracy.", "81.2%"),
        ("ZorbNet outperforms prior trackers on OTB2015, VOT2018 and LaSOT while running at 37 FPS.", "37"),
    ],
)
def test_a_value_beside_a_list_of_benchmarks_names_none_of_them(nlp, sentence, value):
    rows = {r[0]: r for r in _rows(sentence, nlp)}
    assert rows[value][3] is None


def test_a_value_on_one_benchmark_of_a_list_keeps_it(nlp):
    # (a value written "on" the list keeps its first item; a list of values goes in order)
    rows = _rows("ZorbNet reaches 81.2% and 52.3% top-1 accuracy on Kinetics and Charades.", nlp)
    assert [(r[0], r[3]) for r in rows] == [("81.2%", "Kinetics"), ("52.3%", "Charades")]
    rows = _rows("On Kinetics, ZorbNet reaches 81.2% top-1 accuracy.", nlp)
    assert [(r[0], r[3]) for r in rows] == [("81.2%", "Kinetics")]


# --- an IoU threshold is no score ---------------------------------------------------------------

DET_TITLE = "ZorbDet: Sharper Boxes"
DET_PRE = "We propose ZorbDet, an object detector. "


def _det(sentence: str, nlp) -> list[tuple]:
    ex = run(nlp, DET_TITLE, DET_PRE + sentence)
    return [(r.value_text, r.metric, r.relative) for r in ex.results]


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("ZorbDet reaches 52.1 AP at an IoU threshold of 0.7 on COCO.", [("52.1", "AP", False)]),
        ("ZorbDet reaches 52.1 AP on COCO with an IoU of 0.5.", [("52.1", "AP", False)]),
        ("ZorbDet achieves a 4.1% AP gain at IoU=0.8 and a 10.0% AP gain at IoU=0.9 on COCO.",
         [("4.1%", "AP", True), ("10.0%", "AP", True)]),
        # (the threshold's measure measures no value either: the margin is the mAP's)
        ("ZorbDet achieves a 66.4% mAP with the 0.5 IoU threshold on KorbSet, which is 1.9% higher than "
         "the state of the art.", [("66.4%", "mAP", False), ("1.9%", "mAP", True)]),
    ],
)
def test_an_iou_threshold_is_no_score(nlp, sentence, want):
    assert _det(sentence, nlp) == want


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("ZorbDet reaches a mAP of 0.131 and IoU of 0.515 on KorbSet.", [("0.131", "mAP"), ("0.515", "IoU")]),
        ("ZorbDet achieves the Dice coefficient of 0.8818 and the IOU score of 0.8163 on KorbSet.",
         [("0.8818", "Dice coefficient"), ("0.8163", "IOU")]),
        # (review: "with an IoU of" a value no threshold is written with, 0.72, is a score)
        ("ZorbDet segments the liver with an IoU of 0.72 on KorbSet.", [("0.72", "IoU")]),
        ("ZorbDet reaches a Dice score of 0.85 with an IoU of 0.74 on KorbSet.", [("0.85", "Dice score"), ("0.74", "IoU")]),
    ],
)
def test_an_iou_score_stays_a_score(nlp, sentence, want):
    assert [r[:2] for r in _det(sentence, nlp)] == want


def test_a_score_named_as_a_threshold_it_crosses_stays_a_score(nlp):
    rows = _det("On KorbSet, the output of ZorbDet crosses the competitive 96% accuracy threshold.", nlp)
    assert [r[:2] for r in rows] == [("96%", "accuracy")]


# --- values of one measure written in parallel ----------------------------------------------------


def test_labelled_values_in_a_bracket_share_the_first_one_s_measure(nlp):
    ex = run(nlp, "ZorbEye: Landmarks in Fundus Images", "We propose ZorbEye, a landmark detector. ZorbEye achieves "
             "state-of-the-art results on fovea detection (KorbSet: ED of 25.4 pixels, FlarbSet: 32.5 pixels).")
    assert [(r.value_text, r.metric) for r in ex.results] == [("25.4", "ED"), ("32.5", "ED")]


def test_two_values_with_their_own_bracketed_context_share_a_measure(nlp):
    ex = run(nlp, TITLE, PRE + "ZorbNet reaches a mean absolute error of 1.55 (KorbSet) and 2.28 (FlarbSet) on "
             "predicting the remaining length of stay.")
    assert [(r.value_text, r.metric) for r in ex.results] == [("1.55", "mean absolute error"), ("2.28", "mean absolute error")]


# --- a single value written on its own list of benchmarks keeps the first ---------------------


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("ZorbNet is the first method that achieves 60+% recovery on KorbSet, TS50 and TS500 benchmarks.", ["KorbSet"]),
        ("On average, ZorbNet yields a 1% gain in both ImageNet and ImageNet-R.", ["ImageNet"]),
        ("ZorbNet outperforms prior methods by 3%-8% in AUC on the MVTec and MPDD benchmarks.", ["MVTec"]),
        # (up to six words between: review3's "by 3.1% over the strong baseline model on A and B")
        ("ZorbNet gains 3.1% over the strong baseline model on KorbSet and FlarbSet.", ["KorbSet"]),
        ("ZorbNet needs only 40% of the computational cost on KorbSet and FlarbSet benchmarks.", ["KorbSet"]),
    ],
)
def test_a_single_value_on_its_own_list_of_benchmarks_keeps_the_first(nlp, sentence, want):
    assert [r[3] for r in _rows(sentence, nlp)] == want


def test_a_list_of_values_on_a_list_of_benchmarks_still_goes_in_order(nlp):
    rows = _rows("ZorbNet reaches 71.2 and 68.4 mIoU on the Cityscapes and ADE20K datasets.", nlp)
    assert [(r[0], r[3]) for r in rows] == [("71.2", "Cityscapes"), ("68.4", "ADE20K")]


# --- a bracket of scores after a benchmark with its versions --------------------------------------


def test_a_bracketed_pair_of_scores_after_a_benchmark_s_versions(nlp):
    ex = run(nlp, "ZorbVOS: Video Object Segmentation", "We propose ZorbVOS, a video segmenter. ZorbVOS achieves "
             "state-of-the-art performance on DAVIS 2016/2017 val (92.6% and 87.1%) and YouTube-VOS (86.3%).")
    rows = [(r.value_text, r.dataset) for r in ex.results]
    # (round 34: the pair's second value is the second edition's, "DAVIS 2017", which the
    # coordinated editions already name a dataset; before, it kept "DAVIS 2016")
    assert rows == [("92.6%", "DAVIS 2016"), ("87.1%", "DAVIS 2017"), ("86.3%", "YouTube-VOS")]
    ex = run(nlp, "ZorbVOS: Video Object Segmentation", "We propose ZorbVOS, a video segmenter. ZorbVOS sets a new "
             "state of the art on Youtube-VOS 2019 (85.0%) and DAVIS 2016 (92.5%).")
    assert [r.value_text for r in ex.results] == ["85.0%", "92.5%"]
