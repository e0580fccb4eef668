"""Round 24, boards: COCO's box AP is its detection AP, one board with the plain AP.

Invented names and values throughout.
"""

from __future__ import annotations

from kg.link import link
from kg.model import Extraction, Mention, Result


def _paper(pid: str, dataset: str, metric: str, value: float, method: str, tasks=()) -> Extraction:
    return Extraction(
        pid, "t", methods=(Mention(method),), datasets=(Mention(dataset),), metrics=(Mention(metric),),
        tasks=tuple(Mention(t) for t in tasks), results=(Result(method, metric, value, str(value), dataset),),
    )  # fmt: skip


def test_box_ap_goes_on_the_coco_detection_board():
    """"KelpDet reaches 51.2 box AP on COCO" and "ZorbDet 49.8 AP on COCO" (a detection paper) rank
    on one board; a box AP of an instance segmentation paper too (its mask AP has its own)."""
    exs, _ = link([
        _paper("a", "COCO", "box AP", 51.2, "KelpDet"),
        _paper("b", "COCO", "AP", 49.8, "ZorbDet", tasks=["object detection"]),
        _paper("c", "MS COCO", "bbox mAP", 47.5, "QuillSeg", tasks=["instance segmentation"]),
        _paper("d", "COCO", "mask mAP", 41.0, "QuillSeg", tasks=["instance segmentation"]),
    ])  # fmt: skip
    assert [(r.dataset, r.metric) for e in exs for r in e.results] == [
        ("COCO", "AP"), ("COCO", "AP"), ("COCO", "AP"), ("COCO", "mask AP")]


# --- a bare "detection" beside COCO is its object detection -----------------------------------


def test_an_ap_on_coco_detection_goes_on_the_detection_board():
    """"47.2 mAP on COCO detection" in a backbone paper with no detection task: the result's task is
    object detection, so its mAP is COCO's AP (one board with the detectors), not a "mAP" board of
    its own; "detection on MS-COCO" too. Another benchmark's detection names no COCO task."""
    from kg.extract import extract
    from kg.model import Paper

    (e,) = extract([Paper(id="t", title="GlimmerNet: a Backbone for Fast Deployment", abstract=(
        "GlimmerNet surpasses the baseline by 4.1 mAP (from 43.0 to 47.1) on COCO detection and by 2.2% mIoU "
        "on ADE20K segmentation. A larger GlimmerNet reaches 49.5 AP for detection on MS-COCO. On the Vexil "
        "anomaly detection benchmark it reaches 61.0 mAP."))])  # fmt: skip
    tasks = {r.value_text: r.task for r in e.results}
    assert tasks["47.1"] == tasks["49.5"] == "object detection"
    assert tasks["61.0"] is None
    linked, _ = link([e])
    boards = {r.value_text: r.metric for e in linked for r in e.results if r.dataset and "COCO" in r.dataset}
    assert boards["47.1"] == boards["49.5"] == "AP"
