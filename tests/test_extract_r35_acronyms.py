"""Acronyms and their long forms (round 35, acronyms): a definition written acronym first and a
qualifier before a defined long form (each test fails without its rule). Names are invented."""

from __future__ import annotations

from extract_helpers import names, run


def test_acronym_before_its_long_form_is_a_definition(nlp):
    # "ARQ (Automatic Repeat reQuest)": the same definition as "Automatic Repeat reQuest (ARQ)"
    ex = run(nlp, "Secure Coding over Erasure Channels",
             "We study channels with public feedback for authenticated ZRQ (Zorb Relay reQuxing). "
             "ZRQ lowers the delay of the code.")
    assert "Zorb Relay reQuxing (ZRQ)" in names(ex.methods)
    assert "ZRQ" not in names(ex.methods)


def test_acronym_first_with_an_article_in_the_brackets(nlp):
    ex = run(nlp, "Tours on Graphs",
             "We solve ZSP (the Zorb Salesman Path) on sparse graphs. ZSP is hard.")
    assert "Zorb Salesman Path (ZSP)" in names(ex.methods)


def test_name_inside_the_brackets_stays_its_own(nlp):
    # "CoDiM (Contrastive DivideMix)": a name inside the long form is another method
    ex = run(nlp, "Noisy Labels",
             "We build on QuxMix and propose ZQM (Zorb QuxMix), a new method. ZQM beats QuxMix.")
    assert "Zorb QuxMix (ZQM)" in names(ex.methods)
    assert "QuxMix" in names(ex.methods)


def test_coined_name_before_its_spelling_keeps_its_name(nlp):
    ex = run(nlp, "Reading Long Tables",
             "We introduce TabLong (Table Longform), a new benchmark for language models. "
             "TabLong has six tasks.")
    assert "TabLong" in names(ex.datasets)


def test_qualifier_before_a_defined_long_form(nlp):
    # "Vanilla Vision Transformer (ViT)": one method, the defined one, not a vanilla one beside it
    ex = run(nlp, "Masked Pre-training of Pyramids",
             "The success relies on the global property of Vanilla Zorb Transformer (ZoT), whose "
             "attention reasons over patches. We propose QuxNet.")
    assert "Zorb Transformer (ZoT)" in names(ex.methods)
    assert "Vanilla Zorb Transformer" not in names(ex.methods)


def test_qualifier_before_an_unknown_defined_long_form(nlp):
    ex = run(nlp, "Masked Pre-training of Pyramids",
             "The success relies on Original Quxing Network (QN), whose attention reasons over "
             "patches. We propose FooNet.")
    assert "Original Quxing Network" not in names(ex.methods)


def test_first_words_of_the_long_form_are_no_method_of_their_own(nlp):
    ex = run(nlp, "Sparse Sequences",
             "Our method ZFQT (Zorb Functions for Quxing Tables) is based on set learning. "
             "ZFQT scales well.")
    assert "Zorb Functions for Quxing Tables (ZFQT)" in names(ex.methods)
    assert "Zorb Functions" not in names(ex.methods)


def test_acronym_first_whose_long_form_starts_with_a_name_stays_apart(nlp):
    # "ViT-PCM (ViT Patch-Class Mapping)": the paper's bare "ViT" would be linked to it
    ex = run(nlp, "Weak Labels",
             "We use ZoT and propose ZoT-QCM (ZoT Quxing-Class Mapping). ZoT-QCM is fast.")
    assert "ZoT Quxing-Class Mapping (ZoT-QCM)" not in names(ex.methods)


def test_description_in_brackets_after_an_acronym_is_no_long_form(nlp):
    # "SHD (speech digit recognition)": the letters are not the words' starts
    ex = run(nlp, "Spiking Networks",
             "We test on QHD (quixhe digit recognition) and more. QHD is hard for FooNet.")
    assert "quixhe digit recognition (QHD)" not in names(ex.methods) + names(ex.datasets)
