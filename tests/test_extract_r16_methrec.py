"""Round 16 (methods recall): techniques the extractor read but did not take."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_technique_coordinated_after_a_defined_acronym(nlp):
    # "A (ACR) and B": the acronym a known technique defines stands between it and the
    # conjunction; B is listed with it
    ex = run(nlp, "Zorbing Math Word Problems",
             "Chain-of-thought prompting (CoT) and query quxing help models on hard problems. "
             "We also combine knowledge distillation (KD) and token zorbing.")  # fmt: skip
    assert {"query quxing", "token zorbing"} <= name_set(ex.methods)


def test_sentence_initial_technique_anchors_its_list(nlp):
    ex = run(nlp, "Zorbing Math Word Problems",
             "Knowledge distillation and query quxing make small models better solvers.")
    assert "query quxing" in name_set(ex.methods)


def test_apposition_comma_after_a_defined_name_opens_no_list(nlp):
    # "(ZST), for ...": the comma after a definition opens an apposition, not a list
    ex = run(nlp, "Zorb Spectral Transformer",
             "We propose a Zorb Spectral Transformer (ZST), for spectral imaging. It treats "
             "each band as a token and calculates self-attention along the spectral axis.")  # fmt: skip
    assert "calculates self-attention" not in name_set(ex.methods)


def test_the_attention_mechanism_is_a_method(nlp):
    ex = run(nlp, "Zorbing Sentiment with Gated Readers",
             "Our reader encodes each review with a recurrent network and employs an attention "
             "mechanism to weight the words.")  # fmt: skip
    assert "attention mechanism" in name_set(ex.methods)


def test_a_modified_or_plural_attention_mechanism_is_not_the_technique(nlp):
    # a modifier names another technique or the paper's own; the plural is a family
    ex = run(nlp, "Zorbing Sentiment with Gated Readers",
             "We design a novel attention mechanism and a zorbed attention mechanism; earlier "
             "readers stack their attention mechanisms.")  # fmt: skip
    assert "attention mechanism" not in name_set(ex.methods)


def test_a_naming_verb_before_a_definition_names_a_method(nlp):
    # whoever the subject: "leads us to introduce X (ACR)", "the recently proposed X (ACR)"
    ex = run(nlp, "Stabilising Zorb Losses",
             "This leads us to introduce Quxel Preserving Zorb Mining (QPZM), which keeps the "
             "loss stable. Our layers use the recently proposed Blim Convolution with Quxel "
             "Spacings (BCQS).")  # fmt: skip
    names = name_set(ex.methods)
    assert any("QPZM" in n for n in names) and any("BCQS" in n for n in names)


def test_a_naming_verb_coins_a_capitalised_plural_definition(nlp):
    ex = run(nlp, "Better Zorb Encoders",
             "We explore encoding positions by presenting Quxel Positional Zorbings (QPZs), "
             "which preserve the scale of the image.")  # fmt: skip
    assert any("QPZs" in n for n in name_set(ex.methods))


def test_a_naming_verb_before_a_definition_of_a_class_or_kind_names_no_method(nlp):
    # a definition ("is called a ..."), a kind in the lower-case plural, a problem named
    ex = run(nlp, "On Zorb Graphs",
             "A graph is called a quxel zorbing graph (QZG) if it has a zorb tree. We design the "
             "first quxel approximation zorbers (QAZs) for it. It is one of the model problems "
             "we term zorbed quxel learning (ZQL).")  # fmt: skip
    names = " ".join(name_set(ex.methods))
    assert not any(a in names for a in ("QZG", "QAZs", "ZQL"))
