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


def test_a_name_coined_after_a_common_term_keeps_apart_from_the_term():
    corpus = [ex("a", methods=["ridge regression (RidgeRE)"])]
    corpus += [ex(p, methods=["ridge regression"]) for p in "bcd"]
    corpus += [ex("e", methods=["RidgeRE"])]
    # "PointZet" is used bare by many papers: one paper's "pointer zeta network (PointZet)" does not rename it
    corpus += [ex("f", methods=["pointer zeta network (PointZet)"])]
    corpus += [ex(p, methods=["PointZet", "pointer zeta network"]) for p in "ghi"]
    exs, ents = link(corpus)
    assert [m.name for m in exs[1].methods] == ["ridge regression"]
    assert [m.name for m in exs[4].methods] == ["ridge regression (RidgeRE)"]
    assert [m.name for m in exs[6].methods] == ["PointZet", "pointer zeta network"]
    # an initialism still joins its term: "Long Zeta Memory (LZM)" and "long zeta memory"
    exs, _ = link([ex("a", methods=["Long Zeta Memory (LZM)"])] + [ex(p, methods=["long zeta memory"]) for p in "bcd"])
    assert [m.name for m in exs[1].methods] == ["Long Zeta Memory (LZM)"]


def test_a_mark_does_not_defeat_the_case_guard():
    exs, _ = link([ex("a", methods=["Big Transfer (BiT)"]), ex("b", methods=["BiT"]), ex("c", methods=["BiT's"]),
                   ex("d", methods=["bitemporal image transformer (BIT)"]), ex("e", methods=["BIT"]),
                   ex("f", methods=["BIT"]), ex("g", methods=["GeM!"]), ex("h", methods=["GEM"])])  # fmt: skip
    names = [e.methods[0].name for e in exs]
    assert names[2] == "Big Transfer (BiT)"
    assert names[4] == names[5] == "bitemporal image transformer (BIT)"
    assert names[6] != names[7]


def test_a_colon_between_digits_tells_names_apart():
    _, ents = link([ex("a", datasets=["Zorb 1:1"]), ex("b", datasets=["Zorb 11"]), ex("c", datasets=["Zorb 11"])])
    assert set(entity_names(ents, "dataset")) == {"Zorb 1:1", "Zorb 11"}


def test_a_short_form_the_corpus_defines_does_not_join_by_one_thing():
    _, ents = link([ex("a", datasets=["volatile organic compounds (VOC)"]), ex("b", datasets=["VOC"]),
                    ex("c", datasets=["PASCAL VOC"]), ex("d", datasets=["PASCAL VOC"])])  # fmt: skip
    assert entity_names(ents, "dataset") == ["PASCAL VOC", "volatile organic compounds (VOC)"]


def test_acronyms_with_unread_digits_or_x_spell_their_long_form():
    from kg.link import _spells

    for long, short in [("extreme gradient boosting", "XGBoost"), ("text to text transfer transformer", "T5"),
                        ("cross lingual language model", "XLM"), ("three dimensional", "3D")]:  # fmt: skip
        assert _spells(long, short), short
    assert not _spells("results on four downstream vln tasks", "R2R")


def test_the_spelling_veto_keeps_a_definitions_own_short_form():
    from kg.model import Result

    own = Extraction("a", "t", methods=(Mention("quiet oracle frame (ZIPPO)", aliases=("ZIPPO",)),),
                     results=(Result(method="ZIPPO", dataset="D", metric="accuracy", value=1.0, value_text="1.0"),))  # fmt: skip
    _, ents = link([own, ex("b", methods=["Zorbo"])])
    assert "ZIPPO" not in entity_names(ents, "method")
    # other papers' bare uses still stay apart
    _, ents = link([own, ex("b", methods=["ZIPPO"])])
    assert "ZIPPO" in entity_names(ents, "method")


def test_building_a_linker_leaves_no_memo_behind():
    from kg.link import Linker, _keys, _spells, collect_forms

    Linker(collect_forms([ex("a", methods=["Quiet Oracle (QO)", "Zorb's"]), ex("b", methods=["QO", "Zorb"])]))
    assert _keys.cache_info().currsize == 0 and _spells.cache_info().currsize == 0
