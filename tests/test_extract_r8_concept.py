"""Method rules of round 8 (concept acronyms and mistyped names), each written from an audit
of the extractor's output on unlabelled abstracts (error types, not single papers) and
checked on a second unlabelled sample: each test fails without its rule. Names are invented,
known notions and techniques excepted."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_an_x_of_y_notion_with_a_mixed_case_acronym_is_no_method(nlp):
    # the small letters of "QoS", "FoV" spell the small words of the long form: a notion,
    # not a coined name
    ex = run(nlp, "Zorb: Routing Quills",
             "Zorb routes quills while users keep a minimum quality of service (QoS). Cameras "
             "with a narrow Field of View (FoV) miss them.")
    names = " ".join(name_set(ex.methods))
    assert "QoS" not in names and "FoV" not in names
    # a small letter of a word, not of "of": a coined name ("Dialogue-based GRU (DiaGRU)")
    ex = run(nlp, "Zorb: Routing Quills",
             "Zorb is compared with a Quill-based Gated Recurrent Unit (QuiGRU).")
    assert any("QuiGRU" in n for n in name_set(ex.methods))
    # used as a method: "Program-of-Quills (PoQ) methods"
    ex = run(nlp, "Zorb: Routing Quills",
             "Chain-of-Quills and Program-of-Quills (PoQ) methods route quills; Zorb beats them.")
    assert any("PoQ" in n for n in name_set(ex.methods))


def test_a_latex_size_command_left_in_a_title_is_no_part_of_its_name(nlp):
    # "\LARGE Zorbnet: ..." cleaned elsewhere leaves "LARGE Zorbnet: ..."
    ex = run(nlp, "LARGE Zorbnet: Segmenting Quills with Spines",
             "We present Zorbnet, which segments quills with spines.")
    assert "Zorbnet" in ex.proposed
    assert not any(n.startswith("LARGE") for n in name_set(ex.methods))
    ex = run(nlp, "LARGE Spine Fusion Network for Quill Segmentation",
             "Quills are hard to segment. We fuse spines to segment them.")
    assert not any(n.startswith("LARGE") for n in name_set(ex.methods))


def test_a_name_that_ends_in_a_measure_is_no_method(nlp):
    # "ROUGE1", "Content-F1", "mAPs", "FID-30k": scores, not methods; "FIDNet" stays
    ex = run(nlp, "Zorb: Summarising Quills",
             "Zorb obtains higher ROUGE1 scores and Content-F1 than QuillNet, and lower FID-30k "
             "than FIDNet, with mAPs above those of SpineNet.")
    names = name_set(ex.methods)
    assert not {"ROUGE1", "Content-F1", "FID-30k", "mAPs"} & names
    assert "FIDNet" in names


def test_a_name_written_before_a_year_or_an_edition_is_no_method(nlp):
    # a venue or challenge: "QuillConf 2014"; a dataset whose edition the paper lists
    ex = run(nlp, "Zorb: Counting Quills",
             "Zorb extends counting to polygons (Smith et al., QuillConf 2014). It is trained on "
             "the QuillSet-100 dataset, which extends QuillSet.")
    names = name_set(ex.methods)
    assert not {"QuillConf", "QuillSet"} & names


def test_an_acronym_with_a_2_or_4_for_to_or_for_is_defined(nlp):
    # "2" stands for "to", "4" for "for": the definition types the acronym and names it
    ex = run(nlp, "Zorb: Translating Quills",
             "Zorb improves unpaired quill-to-spine translation (Q2S) with a Transformer for "
             "Quills (Trans4Q). Q2S is hard.")
    names = name_set(ex.methods)
    assert "Q2S" not in names
    assert any(n.endswith("(Trans4Q)") for n in names)
