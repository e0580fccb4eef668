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
