"""Round 16 review mends of the methods-recall rules (naming verbs, technique lists, the
attention mechanism): invented sentences."""

from __future__ import annotations

from extract_helpers import name_set, run


def _has(names: set[str], acronym: str) -> bool:
    return any(f"({acronym})" in n or n == acronym for n in names)


def test_a_naming_verb_naming_a_phenomenon_or_a_claim_names_no_method(nlp):
    ex = run(nlp, "On Zorb Training Dynamics",
             "Full-batch zorb descent enters a regime we call Edge of Quxability (EoQ), where "
             "sharpness hovers near a bound. Models put large weight on the first token, an effect "
             "we term Attention Zink (AZ). We identify a failure mode, which we call Dimensional "
             "Zorbing (DZ), in contrastive quxing. The recently proposed Lottery Zorb Hypothesis "
             "(LZH) states that dense nets hold sparse ones.")  # fmt: skip
    names = name_set(ex.methods) | set(ex.proposed)
    assert not any(_has(names, a) for a in ("EoQ", "AZ", "DZ", "LZH"))


def test_a_naming_verb_after_an_issue_it_does_not_name_still_names_a_method(nlp):
    ex = run(nlp, "Zorb Retrieval", "To avoid this effect, we propose Quxel Zorb Mining (QZM) for retrieval.")
    assert _has(name_set(ex.methods), "QZM")


def test_a_plural_family_after_a_proposal_verb_is_no_method(nlp):
    # a family in the plural is named only by a calling verb ("which we call X (ACRs)")
    ex = run(nlp, "Zorb Cameras",
             "We develop Spiking Zorb Networks (SZNs) for event cameras. The recently proposed "
             "Implicit Quxel Representations (IQRs) encode signals.")  # fmt: skip
    names = name_set(ex.methods) | set(ex.proposed)
    assert not _has(names, "SZNs") and not _has(names, "IQRs")


def test_a_calling_verb_names_a_plural_method(nlp):
    ex = run(nlp, "Zorb Audio", "We stack layers into what we call Temporal Zorb Networks (TZNs) for audio.")
    assert _has(name_set(ex.methods), "TZNs")


def test_a_definition_with_an_adverb_or_past_copula_names_no_method(nlp):
    ex = run(nlp, "On Zorb Graphs",
             "A graph is sometimes called a Quxel Zorbing Graph (QZG) if it has a zorb tree. A tree "
             "was called a Blim Quxel Tree (BQT) if it has no zorb.")  # fmt: skip
    names = name_set(ex.methods)
    assert not _has(names, "QZG") and not _has(names, "BQT")


def test_refer_to_as_is_a_naming_verb(nlp):
    ex = run(nlp, "Zorb Retrieval", "This yields what we refer to as Quxel Preserving Zorb Mining (QPZM) for retrieval.")
    assert _has(name_set(ex.methods), "QPZM")


def test_a_defined_technique_first_in_a_list_starts_at_the_technique(nlp):
    # a base-form verb before "X (ACR) and Y" is no part of X
    for verb in ("combine", "compare", "unify"):
        ex = run(nlp, "Small Zorb Models", f"We {verb} knowledge distillation (KD) and weight decay for small datasets.")
        names = name_set(ex.methods)
        assert "knowledge distillation (KD)" in names and not any(n.startswith(verb) for n in names)


def test_a_serial_comma_after_a_defined_acronym_continues_the_list(nlp):
    ex = run(nlp, "Zorbing Math Word Problems",
             "Chain-of-thought prompting (CoT), and query quxing help models on hard problems.")
    assert "query quxing" in name_set(ex.methods)


def test_a_year_in_brackets_after_a_technique_opens_no_list(nlp):
    # the acronym a technique defines starts with a letter: "(2023) and" is a citation
    ex = run(nlp, "Zorbing Forests", "We train with random forest (2023) and query quxing of the zorbs.")
    assert "query quxing" not in name_set(ex.methods)


def test_the_attention_mechanism_opening_the_abstract_or_a_sentence(nlp):
    ex = run(nlp, "Zorbing Long Inputs", "The attention mechanism is a key part of zorb readers. We study it on long inputs.")
    assert "attention mechanism" in {n.lower() for n in name_set(ex.methods)}
    ex = run(nlp, "Zorbing Long Inputs", "We study long inputs. Attention mechanism is widely used in zorb readers.")
    assert "attention mechanism" in {n.lower() for n in name_set(ex.methods)}


def test_the_papers_own_or_the_brains_attention_mechanism_is_not_the_technique(nlp):
    for sentence in ("Inspired by the attention mechanism of the human visual system, we build a zorb reader.",
                     "We propose an attention mechanism that adaptively weights the zorbs."):  # fmt: skip
        ex = run(nlp, "Zorbing Long Inputs", "We study zorb reading. " + sentence)
        assert "attention mechanism" not in {n.lower() for n in name_set(ex.methods)}


def test_the_attention_mechanisms_or_a_compound_is_not_the_technique(nlp):
    for sentence in ("Zorb readers differ in the attention mechanisms they stack.",
                     "Zorb readers use the attention mechanism-based pooling."):  # fmt: skip
        ex = run(nlp, "Zorbing Long Inputs", "We study zorb reading. " + sentence)
        assert "attention mechanism" not in {n.lower() for n in name_set(ex.methods)}


def test_a_naming_verb_before_a_setting_a_task_or_a_kind_names_no_method(nlp):
    # a one-word long form (a setting), a definition that poses a task ("(X) aims at"), a
    # head noun after the acronym (what the verb introduces is the kind or the task)
    for sentence, acronym in (("The recently proposed open-vocabulary (OV) is harder than the closed one.", "OV"),
                              ("The recently introduced Cross-Domain Zorb Learning (CD-ZL) aims at moving quxels.", "CD-ZL"),
                              ("We use the recently proposed Zorb Quxing (ZQ) models for the blims.", "ZQ"),
                              ("We revisit the recently proposed Zorb Quxel Blimming (ZQB) detection of blims.", "ZQB")):  # fmt: skip
        ex = run(nlp, "Zorbing Blims", sentence)
        assert not _has(name_set(ex.methods), acronym), sentence


def test_a_proposal_verb_before_an_article_or_novel_coins_a_plural_definition(nlp):
    ex = run(nlp, "Zorb Pose Estimation",
             "Additionally, we design novel Hourglass Zorb Units (HZUs) to widen the field.")
    assert _has(name_set(ex.methods), "HZUs")


def test_a_definition_opening_a_longer_name_is_not_named_by_the_verb(nlp):
    ex = run(nlp, "Zorb Segmentation", "We train a network, which we refer to as Synthetic Zorb (SZ) Mask R-CNN, on quxels.")
    assert not _has(name_set(ex.methods), "SZ")
