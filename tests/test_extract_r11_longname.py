"""Method-span rules of round 11, each written from an audit of the extractor's output on
unlabelled abstracts (error types, not single papers) and checked on a second unlabelled
sample: each test fails without its rule. Names are invented, around well-known ones."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_capitalised_word_before_a_known_name_is_part_of_the_name(nlp):
    # "Gaussian Hill Climbing", "Adversarial Entropy Minimization": the text names the longer
    # method; the known name inside it must not cut it short
    ex = run(nlp, "Zorbing Quill Clouds",
             "We zorb quill clouds and compare with Zorbic Hill Climbing and simulated annealing. "
             "The loss generalises the Quillian Entropy Minimization of prior work.")
    names = name_set(ex.methods)
    assert "Zorbic Hill Climbing" in names and "Hill Climbing" not in names
    assert "Quillian Entropy Minimization" in names


def test_a_sentence_opener_size_word_or_keyword_list_keeps_the_known_name(nlp):
    # "Standard LoRA ..." opens a sentence, "Base T5" is a size, "Keywords: ... zorbing
    # Quillian Entropy Minimization" runs terms together: the known name stays as the lexicon has it
    ex = run(nlp, "Zorbing Quill Clouds",
             "We zorb quill clouds with adapters. Standard LoRA fails on them, and so do "
             "BERT and Base T5, unlike Zorbic Hill Climbing. Keywords: quill clouds, zorbing "
             "Quillian Entropy Minimization")
    names = name_set(ex.methods)
    assert "LoRA" in names and "T5" in names and "Entropy Minimization" in names
    assert not {"Standard LoRA", "Base T5", "Quillian Entropy Minimization"} & names
    assert "Zorbic Hill Climbing" in names


def test_an_acronym_long_form_starts_with_a_whole_hyphenated_word(nlp):
    # "Multi-modal Quill Learning (MaQuiL)", "small-scale Zorbing Models (s-ZM)": the letters
    # matched inside a hyphenated word; the long form is the whole word on
    ex = run(nlp, "Zorbing Quill Clouds",
             "We propose Multi-modal Quill Learning (MaQuiL) and compare with small-scale "
             "Zorbing Models (s-ZM). MaQuiL improves accuracy by 2% over s-ZM.")
    names = " | ".join(name_set(ex.methods))
    assert "Multi-modal Quill Learning" in names and "small-scale Zorbing Models" in names
