"""Round 16 mend of the methods-precision rules: mentions that are no method where they stand
(web addresses, title-name tails, kind words, techniques done without) and the confidence of
a generic technique named once."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_proposed_name_only_in_a_web_address_is_not_proposed(nlp):
    # the repository's name in the code link is dropped from the methods: from proposed too
    ex = run(nlp, "Fast Quill Tracking",
             "We propose ZorbFlow, a tracker for quills. ZorbFlow improves MOTA by 3 points. "
             "Code: https://github.com/zorblab/ZorbFlow-Quill.")  # fmt: skip
    assert "ZorbFlow-Quill" not in ex.proposed
    assert "ZorbFlow" in ex.proposed


def test_a_name_in_a_web_address_without_its_scheme_is_no_method(nlp):
    # "huggingface.co/...", "x.github.io/...", "github.com/...", "www....": an address all the same
    for address in ("huggingface.co/zorblab/ZorbFlow-Quill", "zorblab.github.io/ZorbFlow-Quill",
                    "github.com/zorblab/ZorbFlow-Quill", "www.zorblab.org/ZorbFlow-Quill"):
        ex = run(nlp, "Fast Quill Tracking",
                 f"We propose ZorbFlow, a tracker for quills. Models are at {address}.")
        assert "ZorbFlow-Quill" not in name_set(ex.methods), address
        assert "ZorbFlow" in name_set(ex.methods)
    # a slash between two names is no address
    ex = run(nlp, "Fast Quill Tracking",
             "We propose ZorbFlow, a tracker for quills, and compare it with ResNet/ZorbViT-Quill.")  # fmt: skip
    assert "ZorbViT-Quill" in name_set(ex.methods)


def test_a_dataset_named_only_in_its_web_address_stays(nlp):
    # the methods-only check: a dataset the text names only by its address is still named there
    ex = run(nlp, "Quill Sorting",
             "We evaluate on the https://github.com/zorblab/QuillBench dataset and reach 90% accuracy.")  # fmt: skip
    assert "QuillBench" in name_set(ex.datasets)


def test_a_technique_at_the_tail_of_a_title_name_stays_unless_an_architecture(nlp):
    # "MoE Knowledge Distillation": the paper distils; only an architecture family ends a longer name
    ex = run(nlp, "QuillMoD: Making Quill Sorters Tiny via MoE Knowledge Distillation",
             "We distill a large quill sorter into a small one.")  # fmt: skip
    assert "Knowledge Distillation" in name_set(ex.methods)
    ex = run(nlp, "QuillViT: Single-Feather Vision Transformer for Quill Sorting",
             "We present QuillViT, a compact model for quill sorting.")  # fmt: skip
    assert "Vision Transformer" not in name_set(ex.methods)


def test_an_architecture_after_a_modifier_or_verb_in_the_title_stays(nlp):
    # "Attention-Based" modifies it (any case), "Efficient" rates it, "Across" is a preposition,
    # "How to Train", "and Improving", "Make", "...: Rethinking" act on it
    lost = []
    for title in ("Quill Tagging with Attention-Based LSTM",
                  "Efficient Vision Transformer for Quill Sorting",
                  "Knowledge Distillation Across Vision Transformer Sizes",
                  "How to Train Vision Transformer on Quills",
                  "Understanding and Improving Vision Transformer",
                  "Make Vision Transformer Sort Quills",
                  "QuillBench: Rethinking Vision Transformer for Quill Sorting"):
        ex = run(nlp, title, "We study quill sorting on feather images.")
        if not {"LSTM", "Vision Transformer"} & name_set(ex.methods):
            lost.append(title)
    assert not lost


def test_a_technique_before_a_phrase_naming_another_thing_stays(nlp):
    # the coined name belongs to the teacher or the corpus, not to the technique's kind
    for text, technique in (
            ("We train a student with knowledge distillation from a teacher called ZorbBig. "
             "It sorts feathers.", "knowledge distillation"),
            ("We train a sorter by contrastive learning on a corpus named QuillText. It sorts "
             "feathers.", "contrastive learning")):  # fmt: skip
        ex = run(nlp, "Feather Sorting", text)
        assert technique in name_set(ex.methods), text


def test_a_technique_naming_the_kind_of_a_coined_name_is_dropped_in_lower_case_only(nlp):
    # "a transformer-based network named ZorbNet": the kind; "referred to as" names too (NAMING);
    # a capitalised name before "called" is a name the text uses
    for text in ("We build a transformer-based network named ZorbNet. ZorbNet sorts feathers.",
                 "We build a cross-attention network, referred to as ZorbNet. ZorbNet sorts feathers."):
        ex = run(nlp, "Feather Sorting", text)
        assert not {"transformer", "cross-attention"} & {n.lower() for n in name_set(ex.methods)}, text
    ex = run(nlp, "Feather Sorting",
             "We fine-tune a BERT sorter called ZorbBERT. ZorbBERT sorts feathers.")  # fmt: skip
    assert "BERT" in name_set(ex.methods)


def test_a_technique_in_an_ablation_or_a_comparative_stays(nlp):
    # "less reliable" is a comparative; an ablation says what the removal costs, before or after
    for text in ("We sort feathers. Label noise makes knowledge distillation less reliable.",
                 "We sort feathers. Without knowledge distillation the student loses 4 points.",
                 "We sort feathers. Training the student without knowledge distillation lowers accuracy.",
                 "We sort feathers. Accuracy drops by 4 points without knowledge distillation.",
                 "We sort feathers. Our student gains 4 points over the same student trained "
                 "without knowledge distillation."):  # fmt: skip
        ex = run(nlp, "Feather Sorting", text)
        assert "knowledge distillation" in name_set(ex.methods), text


def test_a_technique_the_text_does_without_by_a_suffix_is_dropped(nlp):
    # "self-attention free": done without ("self-attention-less" is no mention of the technique)
    for text in ("We sort feathers with a self-attention-less backbone that runs on phones.",
                 "We sort feathers with a self-attention free backbone that runs on phones."):
        ex = run(nlp, "Feather Sorting", text)
        assert "self-attention" not in name_set(ex.methods), text


def test_a_technique_written_once_with_its_acronym_stays_confident(nlp):
    # "contrastive learning (CL)": defined with an acronym, a name the text means
    ex = run(nlp, "Feather Sorting from Few Labels",
             "We sort feathers with a small network trained by contrastive learning (CL) on Quill-1K.")  # fmt: skip
    assert all(m.confidence >= 0.8 for m in ex.methods if m.name.startswith("contrastive learning"))
    assert any(m.name.startswith("contrastive learning") for m in ex.methods)


def test_a_lower_case_macro_abbreviation_is_no_name(nlp):
    # "\alg", "\algo", "\arch" lost their backslash: the paper's own name
    for word in ("alg", "algo", "arch"):
        ex = run(nlp, "Fast Feather Sorting on Phones",
                 f"We propose {word}, a sorter that runs on phones. {word} is 2x faster than "
                 "prior sorters.")  # fmt: skip
        assert word not in name_set(ex.methods), word
