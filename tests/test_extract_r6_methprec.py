"""Method-precision rules of round 6, each written from an audit of the extractor's output on
unlabelled abstracts (error types, not single papers) and checked on a second unlabelled
sample: each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_name_only_written_before_a_hardware_or_data_noun_is_no_method(nlp):
    # "QX7 motes", "ZQ-12 codes": the name is a device or a code system, not a method
    ex = run(nlp, "Zorb: Scheduling on QX7 Motes",
             "We propose Zorb, a scheduler for sensor networks. We implement Zorb on QX7 motes "
             "and label the records with ZQ-12 codes. Zorb beats Quillo by 3 points.")
    methods = name_set(ex.methods)
    assert "QX7" not in methods and "ZQ-12" not in methods
    assert "Zorb" in methods
    # a name also used on its own stays
    ex = run(nlp, "Zorb: Scheduling for Sensor Networks",
             "We propose Zorb, a scheduler. Zorb outperforms QuillNet by 3 points, though "
             "QuillNet devices are cheaper.")
    assert "QuillNet" in name_set(ex.methods)


def test_a_title_case_task_phrase_is_no_method(nlp):
    # written in capitals but headed like a task, and not coined by the paper
    ex = run(nlp, "Quill Plate Retrieval using Contrastive Zorbing",
             "Quill Plate Retrieval aims to find plates from a sketch. We propose Zorb, which "
             "improves Quill Plate Retrieval by 3 points.")
    assert "Quill Plate Retrieval" not in name_set(ex.methods)
    assert "Zorb" in name_set(ex.methods)


def test_lower_case_words_with_an_inner_capital_are_no_names(nlp):
    # a lost LaTeX macro ("\\projectLink") or a word capitalised to spell an acronym
    ex = run(nlp, "Zorb: Quill Detection with LInear grOup Blocks",
             "We propose Zorb, a detector built on LInear grOup blocks. Zorb beats QuillNet by "
             "3 points. See projectLink for videos.")
    methods = name_set(ex.methods)
    assert "grOup" not in methods and "projectLink" not in methods
    assert {"Zorb", "QuillNet"} <= methods
    # a lexicon name of that shape stays
    ex = run(nlp, "Zorb: Quill Tagging", "We propose Zorb, which beats fastText by 3 points.")
    assert "fastText" in name_set(ex.methods)


def test_a_name_and_the_words_it_abbreviates_are_one_method(nlp):
    # "QPNet, a Quill Plate Network": never written "Quill Plate Network (QPNet)", one method
    ex = run(nlp, "Quill Plate Network for Plate Tagging",
             "We present QPNet, a Quill Plate Network that tags plates. QPNet beats Zorb by "
             "3 points.")
    methods = name_set(ex.methods)
    assert "Quill Plate Network (QPNet)" in methods
    assert "QPNet" not in methods and "Quill Plate Network" not in methods
