"""Round 16: tests for the conditions of this round's method and task rules that no test
decided (each fails with its condition removed; names are invented)."""

from __future__ import annotations

from extract_helpers import run, tasks


def _method(ex, name: str):
    return next(m for m in ex.methods if m.name.lower() == name.lower())


# _opening_technique_as_task: a known technique opening the abstract is also a task


def test_an_opening_known_model_whose_last_word_is_no_action_is_no_task(nlp):
    # "Support vector machines are ...", "Neural radiance fields have ...": models, not a
    # field of work (the last word names no action: no "-tion", "-ing", ...)
    found = tasks(nlp, "Zorb", "Support vector machines are widely used for text. We propose Zorb.")
    assert "support vector machines" not in found, found
    found = tasks(nlp, "Zorb", "Neural radiance fields have become popular for view synthesis. "
                  "We propose Zorb.")  # fmt: skip
    assert "neural radiance fields" not in found and "view synthesis" in found, found


def test_an_opening_coined_technique_no_lexicon_knows_is_no_task(nlp):
    # a capitalised name defined with its acronym is a method the text introduces, not the
    # field the paper works in
    found = tasks(nlp, "Zorb", "Hierarchical Quill Tokenization (HQT) is a new way to sort quills. "
                  "We propose Zorb.")  # fmt: skip
    assert not any("quill tokenization" in t for t in found), found


def test_an_opening_known_metric_is_no_task(nlp):
    # "Structural similarity is a common measure ...": a metric, not a technique
    found = tasks(nlp, "Zorb", "Structural similarity is a common measure of image quality. "
                  "We propose Zorb.")  # fmt: skip
    assert "structural similarity" not in found, found


def test_an_opening_technique_with_a_digit_word_is_a_named_method_not_a_task(nlp):
    # "3D Gaussian Splatting has ...": a named method ("3D" is no plain word); the task is
    # what it is used for
    found = tasks(nlp, "Zorb", "3D Gaussian Splatting has become popular for view synthesis. "
                  "We propose Zorb.")  # fmt: skip
    assert "view synthesis" in found, found
    assert not any("gaussian splatting" in t for t in found), found


def test_a_surveyed_model_name_in_the_title_is_no_task(nlp):
    # "A Survey on RoBERTa": a model's name (inner capitals), not a technique
    found = tasks(nlp, "A Survey on RoBERTa", "We review work on the model.")
    assert "roberta" not in found, found


# _without_title_name_tails: a known architecture at the tail of a longer title name


def test_a_known_architecture_the_paper_proposes_stays_in_its_title(nlp):
    # the paper presents "Graph Attention Network" itself: its title mention is its own name
    ex = run(nlp, "Quill Sorting with Feather Graph Attention Network",
             "We present Graph Attention Network, a new network that sorts quills.")  # fmt: skip
    m = _method(ex, "Graph Attention Network")
    assert any(s[1] <= len("Quill Sorting with Feather Graph Attention Network") for s in m.spans), m


def test_a_name_the_title_defines_with_its_acronym_stays_after_a_modifier(nlp):
    # "Deep Feather Graph Networks (FGN)": the title spells out the model the paper trains
    # (no lexicon name, so not the tail of a longer name); the abstract only uses "FGN"
    ex = run(nlp, "Faster Training of Deep Feather Graph Networks (FGN)",
             "FGN sort quills well but train slowly. We speed up FGN training with a zorb "
             "schedule.")  # fmt: skip
    assert any(m.name.startswith("Feather Graph Networks") for m in ex.methods), ex.methods


# _without_kind_words: a technique naming the kind of a coined name


def test_a_proposed_technique_before_a_coined_name_stays(nlp):
    # the paper proposes contrastive learning; "our contrastive learning framework, called
    # ZorbCL" mentions it again
    text = ("We propose contrastive learning for feather sorting. Our contrastive learning "
            "framework, called ZorbCL, sorts feathers.")  # fmt: skip
    ex = run(nlp, "Feather Sorting", text)
    m = _method(ex, "contrastive learning")
    assert len(m.spans) == 2, m


# _generic_technique_named_once: the 0.75 cap of a lower-case technique written once


def test_a_proposed_technique_written_once_stays_confident(nlp):
    # "We introduce knowledge distillation for ...": the paper's own proposal
    ex = run(nlp, "Feather Sorting",
             "We introduce knowledge distillation for feather sorting on Quill-1K.")  # fmt: skip
    assert _method(ex, "knowledge distillation").confidence >= 0.8


def test_a_technique_defined_with_a_common_acronym_stays_confident(nlp):
    # "chain-of-thought prompting (CoT)": one mention (the common acronym is no mention of
    # its own), but defined with an acronym: a name the text means
    ex = run(nlp, "Feather Sorting",
             "We sort feathers by prompting a chat model with chain-of-thought prompting (CoT) "
             "on Quill-1K.")  # fmt: skip
    m = next(m for m in ex.methods if m.name.startswith("chain-of-thought prompting"))
    assert m.confidence >= 0.8, m
