"""Method rules of round 9 (method names of hf-style abstracts in odd shapes), each written
from an audit of the extractor's output on unlabelled abstracts (error types, not single
papers) and checked on a second unlabelled sample: each test fails without its rule. Names
are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_name_after_a_dimension_prefix_is_a_name(nlp):
    # "3DETR", "3D-LaneNet": the "3D" prefix hid the name from the name-word pattern
    ex = run(nlp, "Zorbing Quill Clouds",
             "We propose 3DZorbNet, an end-to-end model for quill clouds. Earlier works "
             "(e.g., 3D-QuiLL2) use recurrent networks.")
    names = name_set(ex.methods)
    assert "3DZorbNet" in names and "3D-QuiLL2" in names
    assert "3DZorbNet" in ex.proposed
    # the rest decides: a generic family ("3D-CNN") or a plain word ("4D-Var") stays out
    ex = run(nlp, "Zorbing Quill Clouds", "A 3D-CNN and a 4D-Var scheme zorb quills.")
    assert not any(n.startswith(("3D", "4D")) for n in name_set(ex.methods))


def test_an_acronym_with_a_dimension_prefix_is_defined_by_its_long_form(nlp):
    # "3D object detection (3DOD)": a task acronym, typed by its long form, not a name
    ex = run(nlp, "Zorbing Quill Clouds",
             "Accurate 3D quill detection (3DQD) is crucial. We propose a 3D Zorbing "
             "Attention (3DZA) module for it.")
    methods = " ".join(name_set(ex.methods))
    assert "3DQD" not in methods
    assert "3D Zorbing Attention (3DZA)" in name_set(ex.methods)


def test_a_one_letter_prefix_before_a_network_word_names_a_network(nlp):
    # "R-Net and M-Net", "Q-Former": the one-letter prefix hid the name
    ex = run(nlp, "Zorbing Quill Lines",
             "We develop two networks, a ranking network (R-Zorb) and a matching network "
             "called Q-Net, and a bridging Z-Former.")
    names = name_set(ex.methods)
    assert "Q-Net" in names and "Z-Former" in names
    # not other capitalised compounds ("X-Ray", "Q-Network")
    ex = run(nlp, "Zorbing Quill Lines", "Zorbs sort X-Ray quills with a Q-Network.")
    assert not {"X-Ray", "Q-Network"} & name_set(ex.methods)


def test_well_known_llm_era_and_generative_techniques_are_known_methods(nlp):
    # undefined all-caps acronyms and one-word names are kept only when the lexicon knows
    # them: general ML knowledge (RL algorithms, diffusion samplers, efficient transformers)
    ex = run(nlp, "Zorb: Training Quill Models",
             "Zorb trains quill models with GRPO and samples them with DDIM. Its encoder "
             "follows Longformer and its decoder is trained with a CTC objective.")
    names = name_set(ex.methods)
    assert {"GRPO", "DDIM", "Longformer", "CTC"} <= names
