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
