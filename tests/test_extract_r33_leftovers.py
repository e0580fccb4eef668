"""Round 33 (leftovers): macro handles, sentence-opening gerunds, evaluated application
examples and names a lost math symbol cut, on invented sentences."""

import re

from extract_helpers import macro_paper, names, run




# --- (1) macro words ---------------------------------------------------------------------------


def test_a_macro_handle_of_the_title_name_is_no_second_name(nlp):
    # ("Zorb3D: ..." and "a detector dubbed \zorb": the author's handle for the title's name)
    ex = macro_paper(nlp, "Zorb3D: Seeing Far in Quill Detection",
                      "We propose a sparse detector, dubbed ^zorb. ^zorb beats ^petrix on QuillSet.")
    got = names(ex.methods)
    assert "zorb" not in got, got
    assert "Zorb3D" in got, got


def test_a_macro_word_before_a_phrase_is_no_handle(nlp):
    # ("we propose \quillous spatial pooling": a word of the phrase, not the work's handle)
    from kg.extract.mentions import title_handle_spans

    text = "ZorbLab: Quill Parsing\n\nWe propose quillous spatial pooling (QSP) for parsing."
    a = text.index("quillous")
    assert title_handle_spans(text, [(a, a + 8)], ()) == ()


def test_a_lower_case_kind_word_macro_is_a_stand_in(nlp):
    ex = macro_paper(nlp, "Proofs of Quill for Robust Storage",
                      "We present ^protocol, the first robust quill storage protocol. ^protocol tolerates faults.")
    assert "protocol" not in names(ex.methods)


def test_a_two_letter_macro_with_digits_or_a_noun_after_spells_a_name(nlp):
    # ("\zf176" is a version; "the \qo complexity" an abbreviation modifying a noun)
    ex = macro_paper(nlp, "Quill identification for rare languages",
                      "ZorbID outperforms three baselines (CLD3, ^zf176 and ZorbLID) in quill identification.")
    assert "zf176" in names(ex.methods), names(ex.methods)
    from kg.extract.mentions import stand_in_spans

    text = "The qo complexity of zorb sorting. We introduce ia that scales, with Rat100 of 40."
    spans = [(m.start(), m.end()) for m in re.finditer(r"\bqo|\bia|(?<=R)at", text)]
    # (a handle before a clause word stays one; "R\at100" is recall at 100, no "at100")
    assert [text[a:b] for a, b in stand_in_spans(text, spans)] == ["ia", "at"]


# --- (2) a sentence-opening gerund --------------------------------------------------------------


def test_a_sentence_opening_gerund_is_no_part_of_the_name(nlp):
    ex = run(nlp, "Quill sorting",
             "Combining Zorbic Adversarial Networks (ZANs) with priors helps. Training Deep Neural "
             "Networks is hard. We use Denoising Diffusion Probabilistic Models (DDPMs) for quill sorting.")
    got = names(ex.methods)
    assert not any(n.startswith(("Combining", "Training")) for n in got), got
    assert "Denoising Diffusion Probabilistic Models (DDPMs)" in got, got


# --- (3) application examples the paper evaluates -----------------------------------------------


def test_an_application_example_named_by_the_papers_data_stays_a_task(nlp):
    ex = run(nlp, "Zorb Rationalization with Quill Augmentations",
             "In graph applications such as glimmer property prediction, rationales matter. We propose "
             "ZorbRat, a rationalization framework. Experiments on seven glimmer datasets show its "
             "effectiveness.")
    assert "glimmer property prediction" in names(ex.tasks), names(ex.tasks)
    ex = run(nlp, "Zorb Rationalization with Quill Augmentations",
             "In graph applications such as glimmer property prediction, rationales matter. We propose "
             "ZorbRat, a rationalization framework. Experiments on seven Glimmer Prop datasets show its "
             "effectiveness.")
    assert "glimmer property prediction" not in names(ex.tasks), names(ex.tasks)


# --- (4) a hyphen a lost math symbol left --------------------------------------------------------


def test_a_lost_symbols_hyphen_is_no_part_of_the_name(nlp):
    ex = run(nlp, "-Level Zorb Hypergraph Partitioning",
             "We study the partitioning of zorb hypergraphs. On QuillSet- we reach 40.1% accuracy.")
    assert "zorb hypergraph partitioning" in names(ex.tasks), names(ex.tasks)
