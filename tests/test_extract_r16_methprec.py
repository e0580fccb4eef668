"""Round 16 (methods precision, judged on corpus samples): mentions that are no method where
they stand, and the confidence of a generic technique named once."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_name_inside_a_web_address_is_no_method(nlp):
    # the repository's name in a code link is a piece of the address
    ex = run(nlp, "Fast Quill Tracking",
             "We propose ZorbFlow, a tracker for quills. ZorbFlow improves MOTA by 3 points. "
             "Code: https://github.com/zorblab/ZorbFlow-Quill.")  # fmt: skip
    assert "ZorbFlow" in name_set(ex.methods)
    assert "ZorbFlow-Quill" not in name_set(ex.methods)
    ex = run(nlp, "Quill Tracking at Scale",
             "We track quills with a new model. Videos are at https://youtu.be/_Qx9Vb7TzK2.")  # fmt: skip
    assert not any("Qx9" in n for n in name_set(ex.methods))


def test_a_known_technique_at_the_tail_of_a_title_name_is_part_of_that_name(nlp):
    # "Vision Transformer" is only written as the tail of the paper's own title name
    ex = run(nlp, "QuillViT: Single-Feather Vision Transformer for Fast Quill Sorting",
             "We present QuillViT, a compact model for quill sorting. QuillViT is 2x faster "
             "than prior sorters on the Quill-1K benchmark.")  # fmt: skip
    assert "Vision Transformer" not in name_set(ex.methods)
    assert "QuillViT" in name_set(ex.methods)


def test_a_known_technique_after_a_title_verb_or_variant_word_stays(nlp):
    # an opening verb acts on the technique; a variant word makes the technique's own variant
    ex = run(nlp, "Rethinking Knowledge Distillation for Quill Sorting",
             "We study why students fail to match their teachers on quill sorting.")  # fmt: skip
    assert "Knowledge Distillation" in name_set(ex.methods)
    ex = run(nlp, "Quill Tagging with Bidirectional LSTM Features",
             "We tag quills with a tagger trained on feather images.")  # fmt: skip
    assert any("LSTM" in n for n in name_set(ex.methods))


def test_a_known_technique_naming_the_kind_of_a_coined_method_is_no_method(nlp):
    # "a cross-attention network called ZorbTune": the coined name is the method
    ex = run(nlp, "Feather Sorting with Label Hints",
             "We introduce a label-aware cross-attention network called ZorbTune, which sorts "
             "feathers. ZorbTune beats strong baselines on Quill-1K.")  # fmt: skip
    assert "cross-attention" not in name_set(ex.methods)
    assert "ZorbTune" in name_set(ex.methods)


def test_a_known_technique_the_text_does_without_is_no_method(nlp):
    # "without any pseudo-labeling", "self-attention free": done without
    ex = run(nlp, "Feather Sorting from Few Labels",
             "We train a sorter without any pseudo-labeling, and our self-attention free backbone "
             "runs on phones.")  # fmt: skip
    assert not {"pseudo-labeling", "self-attention"} & name_set(ex.methods)
    ex = run(nlp, "Feather Sorting from Few Labels",
             "We train a sorter with pseudo-labeling and reach 90% accuracy.")  # fmt: skip
    assert "pseudo-labeling" in name_set(ex.methods)


def _confidence(ex, name: str) -> float:
    return next(m.confidence for m in ex.methods if m.name.lower() == name.lower())


def test_a_lower_case_technique_written_once_is_below_the_confident_line(nlp):
    # written once in passing: right about three times in four, so below 0.8
    ex = run(nlp, "Feather Sorting from Few Labels",
             "We sort feathers with a small network trained by contrastive learning on Quill-1K.")  # fmt: skip
    assert 0.5 <= _confidence(ex, "contrastive learning") < 0.8
    # the text comes back to it: confident
    ex = run(nlp, "Feather Sorting from Few Labels",
             "We sort feathers with a network trained by contrastive learning. We show that "
             "contrastive learning helps most on rare feathers.")  # fmt: skip
    assert _confidence(ex, "contrastive learning") >= 0.8
    # a known name in capitals, once: confident
    ex = run(nlp, "Feather Sorting from Few Labels",
             "We sort feathers with a classifier built on BERT and reach 90% accuracy.")  # fmt: skip
    assert _confidence(ex, "BERT") >= 0.8


def test_a_technique_removed_in_an_ablation_stays(nlp):
    # "without X, accuracy drops": the paper uses X
    ex = run(nlp, "Feather Sorting from Few Labels",
             "We sort feathers with a small sorter. Without pseudo-labeling, accuracy drops by "
             "4 points.")  # fmt: skip
    assert "pseudo-labeling" in name_set(ex.methods)


def test_a_lower_case_model_name_with_a_version_stays_confident(nlp):
    # "o3-mini" is a model's name, not a generic technique written in lower case
    ex = run(nlp, "Feather Sorting with Reasoning Models",
             "We sort feathers by prompting o3-mini and reach 90% accuracy.")  # fmt: skip
    assert _confidence(ex, "o3-mini") >= 0.8


def test_a_lower_case_macro_word_is_no_name(nlp):
    # "\sys", "\mname" lost their backslash: the paper's own name, written by a macro
    for word in ("sys", "mname"):
        ex = run(nlp, "Fast Feather Sorting on Phones",
                 f"We propose {word}, a sorter that runs on phones. {word} is 2x faster than "
                 "prior sorters.")  # fmt: skip
        assert word not in name_set(ex.methods)
