"""The case guard of linking: short mixed-case acronyms ("BiT", "SoA", "SPIDEr") are not
their all-caps or title-case namesakes ("BIT", "SOA", "Spider"), while case variants of one
name keep linking ("ImageNet" = "Imagenet", "BERT" = "Bert", "DeiT" = "DeIT")."""

from __future__ import annotations

import random

from kg.link import Linker, case_classes, collect_forms, link, output_record
from kg.model import Extraction, Mention

STRONG, WEAK = 0.9, 0.72


def ex(pid: str, methods=(), datasets=(), proposed=()) -> Extraction:
    def ms(v):
        pairs = ((x, STRONG) if isinstance(x, str) else x for x in v)
        return tuple(Mention(n, ((0, len(n)),), c) for n, c in pairs)

    return Extraction(
        pid, f"title {pid}", methods=ms(methods), datasets=ms(datasets), proposed=tuple(proposed)
    )


def canon(exs: list[Extraction], kind: str = "methods") -> list[list[str]]:
    return [[m.name for m in e.mentions(kind)] for e in exs]


def test_a_short_acronym_joins_the_long_form_defined_in_its_own_case():
    exs, ents = link([
        ex("a", methods=["Big Transfer (BiT)"]),
        ex("b", methods=["bitemporal image transformer (BIT)"]),
        ex("c", methods=["BiT"]),
        ex("d", methods=["BIT"]),
    ])  # fmt: skip
    assert canon(exs)[2:] == [["Big Transfer (BiT)"], ["bitemporal image transformer (BIT)"]]
    assert sorted(e.name for e in ents) == ["Big Transfer (BiT)", "bitemporal image transformer (BIT)"]


def test_bare_case_namesakes_stay_apart_and_case_variants_of_one_name_keep_linking():
    exs, ents = link([
        ex("a", methods=["SoA", "BERT", "DeiT", "GloVe", "VGGNet", "BiLSTM"], datasets=["ImageNet"]),
        ex("b", methods=["SOA", "Bert", "DeIT", "GLoVe", "VGG-Net", "BI-LSTM"], datasets=["Imagenet"]),
        ex("c", methods=["SOA", "BERT", "DeiT", "GloVe", "VGGNet", "Bi-LSTM"], datasets=["ImageNet"]),
    ])  # fmt: skip
    a, b, c = canon(exs)
    assert a[0] == "SoA" and b[0] == c[0] == "SOA"
    assert a[1:] == b[1:] == c[1:]  # one entity each: BERT, DeiT, GloVe, VGGNet, BiLSTM
    assert canon(exs, "datasets") == [["ImageNet"]] * 3
    assert {"SoA", "SOA"} <= {e.name for e in ents}


def test_the_type_vote_keeps_a_mixed_case_acronym_apart_from_its_namesake():
    """ "than SPIDEr" (a captioning metric, typed weakly as a method) is not the Spider
    dataset three papers evaluate on; a weakly typed "ZVTec" still takes the type of "ZVTecs"."""
    corpus = [ex(f"s{i}", datasets=[("Spider", STRONG), ("ZVTecs", STRONG)]) for i in range(3)]
    corpus.append(ex("w", methods=[("SPIDEr", WEAK), ("ZVTec", WEAK)]))
    exs, ents = link(corpus)
    w = exs[-1]
    assert [m.name for m in w.methods] == ["SPIDEr"]
    assert [m.name for m in w.datasets] == ["ZVTecs"]
    assert ("method", "SPIDEr") in {(e.kind, e.name) for e in ents}


def test_the_lexicon_links_a_shouted_spelling_but_not_a_mixed_case_namesake():
    # the lexicon lists "XSum" (exact case) and "Spider" (exact case)
    exs, _ = link([
        ex("a", datasets=["XSum", "Spider"]),
        ex("b", datasets=["XSum"]),
        ex("c", datasets=["XSUM", "SPIDEr"]),
    ])  # fmt: skip
    assert canon(exs, "datasets") == [["XSum", "Spider"], ["XSum"], ["XSum", "SPIDEr"]]


def test_a_rarer_title_or_lower_case_spelling_joins_the_acronym_a_more_used_one_does_not():
    corpus = [ex(f"a{i}", datasets=["CULane", "SPIDEr"]) for i in range(3)]
    corpus += [ex("b", datasets=["Culane"])]
    corpus += [ex(f"c{i}", datasets=["Zpider"]) for i in range(4)] + [ex("d", datasets=["ZPIDEr"])]
    exs, _ = link(corpus)
    assert canon(exs, "datasets")[3] == ["CULane"]
    assert canon(exs, "datasets")[4] == ["Zpider"] and canon(exs, "datasets")[-1] == ["ZPIDEr"]


def test_guarded_linking_is_deterministic_and_output_records_keep_the_papers_own_acronym():
    corpus = [
        ex("a", methods=["Structure of Arrays (SoA)"]),
        ex("b", methods=["Service Oriented Architecture (SOA)"]),
        ex("c", methods=["SoA", "soa"]),
        ex("d", methods=["SOA"]),
    ]
    first = link(corpus)
    for seed in range(3):
        shuffled = corpus[:]
        random.Random(seed).shuffle(shuffled)
        exs, ents = link(shuffled)
        assert ents == first[1]
    linker = Linker(collect_forms(corpus))
    rec = output_record(corpus[2], linker)
    assert [(m["name"], m["canonical"]) for m in rec["methods"]] == [
        ("SoA", "Structure of Arrays (SoA)"), ("soa", "Service Oriented Architecture (SOA)")]  # fmt: skip


def test_case_classes():
    mixed = ("\x01A",)
    assert [case_classes(n) for n in ("BiT", "SoA", "mAP", "SPIDEr", "RoIs")] == [mixed] * 5
    assert [case_classes(n) for n in ("BIT", "Bert", "gpt-4", "ImageNet", "CNNs")] == [("",)] * 5
    assert case_classes("VGG-Net") == case_classes("XCore") == ("", "\x01A")
