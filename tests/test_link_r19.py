"""Linking (round 19): spellings of one name that differ only by written marks meet.

"WHAMR!" and "WHAMR", "THUMOS'14" and "THUMOS14", "NTU RGB+D" and "NTU-RGBD" are one dataset;
a dot between digits ("1.3B" and "13B") and a "+" that ends a name ("DeepLabv3+") tell names apart."""

from __future__ import annotations

from kg.link import link
from kg.model import Extraction, Mention


def ex(pid: str, methods=(), datasets=()) -> Extraction:
    return Extraction(pid, f"title {pid}", methods=tuple(Mention(n) for n in methods),
                      datasets=tuple(Mention(n) for n in datasets))  # fmt: skip


def entity_names(ents, kind):
    return sorted(e.name for e in ents if e.kind == kind)


def test_names_written_with_and_without_marks_are_one_entity():
    _, ents = link([
        ex("a", datasets=["ZORBA!", "QUIVER'19", "Zed RGB+D"]),
        ex("b", datasets=["ZORBA", "QUIVER19", "Zed-RGBD"]),
        ex("c", datasets=["ZORBA", "QUIVER19", "Zed RGB+D", "Kestrel's"]),
        ex("d", datasets=["Kestrel"], methods=["Qlin.int4()", "Qlin.int4"]),
    ])  # fmt: skip
    assert entity_names(ents, "dataset") == ["Kestrel", "QUIVER19", "ZORBA", "Zed RGB+D"]
    assert entity_names(ents, "method") == ["Qlin.int4()"]


def test_marks_that_tell_names_apart_stay():
    _, ents = link([
        ex("a", methods=["Zorb-1.3B", "ZebraLab+", "Zr@1"]),
        ex("b", methods=["Zorb-13B", "ZebraLab", "Zr1"]),
    ])  # fmt: skip
    names = entity_names(ents, "method")
    assert {"Zorb-1.3B", "Zorb-13B", "ZebraLab+", "ZebraLab", "Zr@1", "Zr1"} <= set(names)


def test_a_junk_long_form_does_not_block_the_acronyms_spelled_meaning():
    # "results on four other tasks" does not spell Z2Z: Zebra-to-Zebra is its only meaning
    exs, _ = link([
        ex("a", datasets=["Zebra-to-Zebra (Z2Z)"]),
        ex("b", datasets=["results on four other tasks (Z2Z)"]),
        ex("c", datasets=["Z2Z"]),
    ])  # fmt: skip
    assert [m.name for m in exs[2].datasets] == ["Zebra-to-Zebra (Z2Z)"]


def test_two_spelled_meanings_still_leave_the_acronym_bare():
    exs, _ = link([
        ex("a", methods=["Quiet Zeta Pooling (QZP)"]),
        ex("b", methods=["quasi zonal propagation (QZP)"]),
        ex("c", methods=["QZP"]),
    ])  # fmt: skip
    assert [m.name for m in exs[2].methods] == ["QZP"]


def test_a_sole_junk_definition_does_not_capture_other_papers_bare_uses():
    exs, _ = link([
        ex("a", datasets=["train on several large corpora (ZOO)"]),
        ex("b", datasets=["ZOO"]),
        ex("c", methods=["Convolution-augmented Zeta Former (Conzeformer)"]),
        ex("d", methods=["Conzeformer"]),
    ])  # fmt: skip
    assert [m.name for m in exs[1].datasets] == ["ZOO"]
    assert [m.name for m in exs[3].methods] == ["Convolution-augmented Zeta Former (Conzeformer)"]
