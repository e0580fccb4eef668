"""One board per thing: names of one dataset are one entity, and names of one measure of a
benchmark go on one board (round 19, boards split over two entities).

Invented names and sentences throughout.
"""

from __future__ import annotations

import json

import pytest

from kg.build import build
from kg.leaderboard import board_metric
from kg.link import Linker, collect_forms, link, output_record
from kg.model import Extraction, Mention, Result
from kg.store import KgStore


def _paper(pid: str, dataset: str, metric: str, value: float, method: str, tasks=()) -> Extraction:
    return Extraction(
        pid, "t", methods=(Mention(method),), datasets=(Mention(dataset),), metrics=(Mention(metric),),
        tasks=tuple(Mention(t) for t in tasks), results=(Result(method, metric, value, f"{value}%", dataset, unit="%"),),
    )  # fmt: skip


# --- entity identity: ImageNet-1K is ImageNet -------------------------------------------------


def test_imagenet_1k_and_ilsvrc_2012_are_imagenet():
    exs, ents = link([
        _paper("a", "ImageNet", "top-1 accuracy", 80.0, "FooNet"),
        _paper("b", "ImageNet", "top-1 accuracy", 81.0, "BarNet"),
        _paper("c", "ImageNet-1K", "top-1 accuracy", 82.0, "QuxNet"),
        _paper("d", "ILSVRC-2012", "top-1 accuracy", 79.0, "ZedNet"),
        _paper("e", "ImageNet-1k", "top-1 accuracy", 78.0, "MuNet"),
    ])  # fmt: skip
    assert {r.dataset for e in exs for r in e.results} == {"ImageNet"}
    [imagenet] = [e for e in ents if e.kind == "dataset" and e.name == "ImageNet"]
    assert {"ImageNet-1K", "ILSVRC-2012", "ImageNet-1k"} <= set(imagenet.aliases)


def test_other_imagenet_datasets_stay_apart():
    exs, _ = link([
        _paper("a", "ImageNet", "top-1 accuracy", 80.0, "FooNet"),
        _paper("b", "ImageNet-21K", "top-1 accuracy", 81.0, "BarNet"),
        _paper("c", "ImageNet-A", "top-1 accuracy", 40.0, "QuxNet"),
        _paper("d", "ILSVRC", "top-5 error", 7.0, "ZedNet"),
    ])  # fmt: skip
    assert [e.results[0].dataset for e in exs] == ["ImageNet", "ImageNet-21K", "ImageNet-A", "ILSVRC"]


# --- one board per measure of a benchmark -----------------------------------------------------


@pytest.mark.parametrize(("dataset", "metric", "board"), [
    ("ImageNet", "accuracy", "top-1 accuracy"),
    ("ImageNet", "Top-1 acc", "top-1 accuracy"),
    ("ImageNet", "top-1 accuracy", None),  # already the board's measure
    ("ImageNet", "top-5 accuracy", None),
    ("ImageNet", "error", None),  # top-1 or top-5: old papers report the challenge's top-5 error
    ("ImageNet-A", "accuracy", None),
    ("SST-2", "accuracy", None),  # plain accuracy elsewhere
    ("COCO", "mAP", "AP"),
    ("COCO test-dev", "mAP", "AP"),  # the split stays the dataset
    ("MS COCO minival", "box mAP", "AP"),  # (round 24: COCO's detection AP, one board)
    ("COCO", "mask mAP", "mask AP"),
    ("COCO-QA", "mAP", None),
    ("PASCAL VOC 2007", "mAP", None),  # AP at IoU 0.5 there
    ("CIFAR-10", "test error", "error"),
    ("CIFAR-100", "classification error", "error"),
    ("CIFAR-10", "top-1 accuracy", "accuracy"),
    ("CIFAR-10", "FID", None),
    ("Yelp", "test error", None),
])  # fmt: skip
def test_board_metric(dataset, metric, board):
    assert board_metric(dataset, metric, ("object detection",)) == board


@pytest.mark.parametrize(("metric", "tasks", "board"), [
    ("mAP", ("instance segmentation",), "mask AP"),  # (round 22: an instance segmentation paper's AP is its mask AP)
    ("mAP", ("panoptic segmentation",), "AP"),
    ("mAP", ("multi-label image classification",), None),  # other mAPs than COCO's detection AP
    ("mAP", ("image hashing",), None),
    ("mAP", ("human-object interaction",), None),
    ("mAP", (), None),  # no task at hand: not decided
    ("box mAP", (), "AP"),
    ("mask mAP", ("image retrieval",), "mask AP"),
])  # fmt: skip
def test_coco_map_is_ap_only_for_detection_and_segmentation(metric, tasks, board):
    assert board_metric("COCO", metric, tasks) == board


def test_results_of_one_measure_go_on_one_board_in_the_graph_names():
    papers = [
        _paper("a", "ImageNet", "top-1 accuracy", 80.0, "FooNet"),
        _paper("b", "ImageNet-1K", "accuracy", 82.0, "QuxNet"),
        _paper("c", "SST-2", "accuracy", 91.0, "BarNet"),
        _paper("d", "COCO test-dev", "mAP", 45.3, "DetA", tasks=["object detection"]),
        _paper("e", "COCO test-dev", "AP", 47.0, "DetB"),
        _paper("f", "COCO test-dev", "mAP", 85.0, "TagC", tasks=["multi-label classification"]),
    ]  # fmt: skip
    exs, _ = link(papers)
    pairs = [(r.dataset, r.metric) for e in exs for r in e.results]
    assert pairs == [("ImageNet", "top-1 accuracy"), ("ImageNet", "top-1 accuracy"), ("SST-2", "accuracy"),
                     ("COCO test-dev", "AP"), ("COCO test-dev", "AP"), ("COCO test-dev", "mAP")]  # fmt: skip


def test_the_output_record_keeps_the_papers_measure():
    papers = [_paper("a", "ImageNet", "top-1 accuracy", 80.0, "FooNet"),
              _paper("b", "ImageNet", "accuracy", 82.0, "QuxNet")]  # fmt: skip
    linker = Linker(collect_forms(papers))
    assert output_record(papers[1], linker)["results"][0]["metric"] == "accuracy"


def test_the_board_measure_exists_when_no_paper_names_it(tmp_path):
    """A measure only the board rule names ("top-1 accuracy") is still an entity with a direction,
    so the board is built."""
    lines = [
        {"id": "x1", "title": "FooNet: a compact network",
         "abstract": "On ImageNet-1K, FooNet reaches 81.2% accuracy with 5M parameters."},
        {"id": "x2", "title": "BarNet for vision",
         "abstract": "BarNet achieves 80.4% accuracy on ImageNet, better than prior models."},
    ]  # fmt: skip
    path = tmp_path / "p.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    store = KgStore(tmp_path / "s")
    build([path], store, quiet=True, on_error="skip")
    rows = store.query("""SELECT ?dl ?ml ?n WHERE { ?b mlkg:forDataset ?d ; mlkg:forMetric ?m ; mlkg:entryCount ?n .
        ?d skos:prefLabel ?dl . ?m skos:prefLabel ?ml }""")  # fmt: skip
    boards = {(r["dl"].value, r["ml"].value): int(r["n"].value) for r in rows}
    assert boards.get(("ImageNet", "top-1 accuracy")) == 2


# --- a split is a dataset of its own, in its benchmark's family -----------------------------


def test_a_split_is_its_own_board_with_the_benchmark_as_family():
    exs, ents = link([
        _paper("a", "COCO", "AP", 44.0, "DetA"),
        _paper("b", "COCO test-dev", "AP", 47.0, "DetB"),
        _paper("c", "Story Cloze Test", "accuracy", 70.0, "LmC"),
    ])  # fmt: skip
    assert [e.results[0].dataset for e in exs] == ["COCO", "COCO test-dev", "Story Cloze Test"]
    broader = {e.name: e.broader for e in ents if e.kind == "dataset"}
    assert broader["COCO test-dev"] == "COCO"
    assert broader["Story Cloze Test"] is None


def test_a_dataset_written_with_its_head_noun_is_the_dataset():
    exs, ents = link([
        _paper("a", "Zorbascapes", "mIoU", 80.0, "SegA"),
        _paper("b", "Zorbascapes Dataset", "mIoU", 81.0, "SegB"),
        _paper("c", "Qualm Benchmark", "accuracy", 70.0, "LmC"),
        _paper("d", "Pix-Ray Dataset", "accuracy", 60.0, "LmD"),
        _paper("e", "Pix Ray", "accuracy", 61.0, "LmE"),
    ])  # fmt: skip
    assert [e.results[0].dataset for e in exs] == ["Zorbascapes", "Zorbascapes", "Qualm Benchmark", "Pix Ray", "Pix Ray"]


def test_voc_is_pascal_voc():
    exs, _ = link([
        _paper("a", "PASCAL VOC 2007", "mAP", 80.0, "DetA"),
        _paper("b", "VOC07", "mAP", 81.0, "DetB"),
        _paper("c", "VOC 2012", "mIoU", 70.0, "SegC"),
        _paper("d", "PASCAL VOC 2012", "mIoU", 72.0, "SegD"),
        _paper("e", "PASCAL VOC 2010", "mIoU", 50.0, "SegE"),
    ])  # fmt: skip
    assert [e.results[0].dataset for e in exs] == ["PASCAL VOC 2007", "PASCAL VOC 2007", "PASCAL VOC 2012",
                                                   "PASCAL VOC 2012", "PASCAL VOC 2010"]  # fmt: skip


def test_a_split_family_is_a_known_dataset_only():
    _, ents = link([
        _paper("a", "Turing test", "accuracy", 44.0, "BotA"),
        _paper("b", "stress test", "accuracy", 47.0, "BotB"),
        _paper("c", "VOC2012 val", "mIoU", 70.0, "SegC"),
        _paper("d", "PASCAL VOC 2012", "mIoU", 72.0, "SegD"),
    ])  # fmt: skip
    broader = {e.name: e.broader for e in ents if e.kind == "dataset"}
    assert "Turing" not in broader and "stress" not in broader
    assert broader["Turing test"] is None and broader["stress test"] is None
    assert broader["VOC2012 val"] == "PASCAL VOC 2012"
