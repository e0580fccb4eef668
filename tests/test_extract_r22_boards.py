"""Round 22 (boards): leaderboard rows that are right, on invented sentences (none of the names
real). Each test fails without its rule."""

from __future__ import annotations

from kg.extract import extract
from kg.leaderboard import board_metric
from kg.link import link
from kg.model import Paper


def _extract(abstract: str, title: str = "KelpNet: One Network for Boxes, Masks and Poses"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


# --- COCO's box, mask and keypoint AP are three boards ----------------------------------------


def test_an_ap_score_records_the_task_its_sentence_names():
    e = _extract("KelpNet sets a new record on instance segmentation (51.3 AP on COCO) and on panoptic "
                 "segmentation (57.2 PQ on COCO).")
    tasks = {r.value: r.task for r in e.results}
    assert tasks[51.3] == "instance segmentation"
    assert tasks[57.2] is None  # not an AP
    e = _extract("With a larger backbone, KelpNet reaches 77.4 AP on COCO test-dev, a new state of the "
                 "art for multi-person pose estimation.")
    assert [r.task for r in e.results if r.value == 77.4] == ["multi-person pose estimation"]  # (the paper's name)


def test_a_sentence_with_two_ap_tasks_names_none():
    e = _extract("KelpNet obtains 50.2 and 44.1 AP on COCO object detection and instance segmentation.")
    assert {r.task for r in e.results} == {None}


def test_mask_and_keypoint_ap_go_on_their_own_boards():
    papers = [
        _extract("KelpNet achieves 52.6 AP on COCO, outperforming all detectors.", "KelpNet for object detection"),
        _extract("ZorbSeg sets a new record on instance segmentation (49.8 AP on COCO).", "ZorbSeg: masks"),
        _extract("MintPose reaches 76.9 AP on COCO, a new state of the art for human pose estimation.",
                 "MintPose: keypoints"),
    ]
    linked, _ = link(papers)
    boards = {r.value: r.metric for e in linked for r in e.results}
    assert boards[49.8] == "mask AP" and boards[76.9] == "keypoint AP"
    assert boards[52.6] in ("AP", "average precision")  # the detection board


def test_a_plain_ap_of_a_pose_or_instance_segmentation_paper_is_its_task_s():
    # the sentence names no task: the paper's tasks decide, unless one is object detection
    assert board_metric("COCO test-dev", "AP", ("human pose estimation", "keypoint detection")) == "keypoint AP"
    assert board_metric("COCO", "AP", ("real-time instance segmentation",)) == "mask AP"
    assert board_metric("COCO", "AP", ("object detection", "instance segmentation")) is None
    assert board_metric("COCO", "mAP", ("object detection", "instance segmentation")) == "AP"


# --- a percentage among bare points is on their scale -----------------------------------------


def test_a_percentage_among_bare_points_ranks_on_their_scale():
    from decimal import Decimal

    from kg.leaderboard import Candidate, rank

    def cand(name, value, percent):
        return Candidate(name, name, name, Decimal(value), percent, Decimal("0.9"))

    # "52.1 AP", "41.6 AP" and "54.1% AP" are one scale: the percentage is the best, not the last
    board = rank([cand("a", "52.1", False), cand("b", "41.6", False), cand("c", "54.1", True)], True)
    assert [e.candidate.method for e in board] == ["c", "a", "b"]
    # fractions and counts keep their bare numbers
    board = rank([cand("a", "0.452", False), cand("b", "0.439", False), cand("c", "44.1", True)], True)
    assert [e.candidate.method for e in board] == ["a", "c", "b"]


# --- the task word of an AP score is read in its own clause -----------------------------------


def test_an_ap_task_is_read_in_the_clause_of_its_number():
    e = _extract("KelpNet gets 48.0 AP on COCO object detection and 43.0 AP on COCO instance segmentation.")
    assert {r.value: r.task for r in e.results} == {48.0: "object detection", 43.0: "instance segmentation"}
    # a task word that qualifies another method is not the score's
    e = _extract("KelpNet obtains 39.8 AP on COCO, outperforming the keypoint detection baseline.")
    assert [r.task for r in e.results if r.value == 39.8] == [None]
    # a detector is no object detection: a pose paper runs one to find the people
    e = _extract("Using an off-the-shelf person detector, KelpNet reaches 75.3 AP on COCO test-dev.")
    assert [r.task for r in e.results if r.value == 75.3] == [None]
    # a sentence's opening phrase is about all its clauses
    e = _extract("On COCO instance segmentation, KelpNet reaches 44.1 AP with a strong detector backbone.")
    assert [r.task for r in e.results if r.value == 44.1] == ["instance segmentation"]


def test_an_ap_task_takes_the_paper_s_name_of_it():
    # one Task entity: the paper's "human pose estimation", not the rule's "pose estimation" beside it
    e = _extract("We study human pose estimation. KelpNet reaches 76.5 AP on COCO for pose estimation.",
                 "KelpNet")
    assert "human pose estimation" in [t.name for t in e.tasks]
    assert [r.task for r in e.results if r.value == 76.5] == ["human pose estimation"]
