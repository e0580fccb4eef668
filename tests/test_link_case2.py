"""Refinements of the case guard and of dash-free keys in linking: a rarer all-caps spelling
("ROI") is the mixed-case acronym ("RoI") it shouts; a dashed name with the acronym's word
breaks ("DE-EN") is that acronym ("DeEn"); two acronyms the corpus defines in two dash
spellings with different long forms ("CU-Net", "CUNet") are two things."""

from __future__ import annotations

from kg.link import link
from kg.model import Extraction, Mention, Result


def ex(pid: str, methods=(), datasets=(), results=()) -> Extraction:
    def ms(v):
        return tuple(Mention(n, ((0, len(n)),), 0.9) for n in v)

    return Extraction(pid, f"title {pid}", methods=ms(methods), datasets=ms(datasets), results=tuple(results))


def names(exs: list[Extraction], kind: str = "methods") -> list[list[str]]:
    return [[m.name for m in e.mentions(kind)] for e in exs]


def test_a_much_rarer_all_caps_spelling_joins_the_mixed_case_acronym():
    corpus = [ex("d", methods=["region of interest (RoI)"])]
    corpus += [ex(f"r{i}", methods=["RoI", "FiLM"]) for i in range(4)]
    corpus += [ex("caps", methods=["ROI", "FILM"])]
    corpus += [ex(f"f{i}", methods=["FILM"]) for i in range(1)]
    exs, _ = link(corpus)
    assert names(exs)[-2][0] == "region of interest (RoI)"
    # "FILM" is used 2 times next to 4 "FiLM": not rare enough to be a careless spelling
    assert names(exs)[-1] == ["FILM"]


def test_an_all_caps_spelling_with_its_own_definition_or_lexicon_entry_stays_apart():
    corpus = [ex(f"r{i}", methods=["SoA"], datasets=["ZoQ"]) for i in range(5)]
    corpus += [ex("s", methods=["Service Oriented Architecture (SOA)"]), ex("t", methods=["SOA"])]
    corpus += [ex("z", datasets=["ZOQ"])]
    exs, _ = link(corpus)
    assert names(exs)[-2] == ["Service Oriented Architecture (SOA)"]
    assert names(exs, "datasets")[-1] == ["ZoQ"]  # control: no definition, no lexicon entry
    # the lexicon lists the dataset "BIT" in its own case: not a shout of "BiT"
    exs, _ = link([ex(f"b{i}", datasets=["BiT"]) for i in range(5)] + [ex("c", datasets=["BIT"])])
    assert names(exs, "datasets")[-1] == ["BIT"]


def test_a_dashed_name_with_the_acronyms_word_breaks_is_that_acronym():
    exs, _ = link([
        ex("a", methods=["DeEn", "EnDe"]),
        ex("b", methods=["DE-EN", "EN-DE", "DEEN"]),
        ex("c", methods=["DeEn", "EnDe"]),
    ])  # fmt: skip
    a, b, _ = names(exs)
    assert b[:2] == a
    assert b[2] != a[0]  # the all-caps word stays apart (no dash marks its breaks)


def test_two_dash_spellings_defined_with_different_long_forms_stay_apart():
    exs, ents = link([
        ex("a", methods=["Coupled U-Nets (CU-Net)", "k-Nearest Neighbour (k-NN)"]),
        ex("b", methods=["Conditioned U-Net (CUNet)", "k-nearest neighbors (kNN)"]),
        ex("c", methods=["CU-Net", "CUNet", "kNN", "k-NN"],
           results=(Result(method="CU-Net", metric="accuracy", value=1.0, value_text="1.0"),)),
    ])  # fmt: skip
    c = names(exs)[2]
    assert c[:2] == ["Coupled U-Nets (CU-Net)", "Conditioned U-Net (CUNet)"]
    assert len(c) == 3  # kNN and k-NN: long forms that start alike are one thing
    assert exs[2].results[0].method == "Coupled U-Nets (CU-Net)"
    assert sum(e.name.startswith("k") for e in ents) == 1
