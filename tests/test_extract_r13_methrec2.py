"""Method recall, round 13: well-known techniques the lexicon lacked and lower-case technique
constructions; each test fails without its rule."""

from __future__ import annotations

from extract_helpers import names, run

T0 = "Better Models for Image Classification"


def test_well_known_techniques_are_methods(nlp):
    # general knowledge (LLM efficiency, RL, speech, diffusion, interpretability), added to the lexicon
    for name in ("token merging", "position interpolation", "GPTQ", "conservative Q-learning",
                 "Listen, Attend and Spell", "connectionist temporal classification", "SHAP",
                 "denoising diffusion probabilistic models", "textual inversion", "activation patching"):
        ex = run(nlp, T0, f"Our approach is based on {name}. It improves accuracy on ImageNet by 2%.")
        assert name in names(ex.methods), name


def test_a_longer_known_name_is_not_cut_to_the_shorter_one(nlp):
    ex = run(nlp, T0, "We train the policy with implicit Q-learning and report returns on D4RL.")
    assert "implicit Q-learning" in names(ex.methods)
    assert "Q-learning" not in names(ex.methods)


def test_more_well_known_llm_era_techniques_are_methods(nlp):
    for name in ("logit lens", "causal tracing", "representation engineering", "Contriever",
                 "DPM-Solver++", "Depth Anything", "graph of thoughts", "MEMIT"):
        ex = run(nlp, T0, f"Our approach is based on {name}. It improves accuracy on ImageNet by 2%.")
        assert name in names(ex.methods), name


def test_a_listed_capitalised_word_keeps_the_title_case_name_it_ends(nlp):
    # "Journey Learning, and Graph of Thoughts" gave "Learning"; "Random Forests" gave "Forests"
    ex = run(nlp, T0, "Schemes such as Quux Zorbing, Blim Learning, and LoRA fit as special cases.")
    found = names(ex.methods)
    assert "Blim Learning" in found and "Learning" not in found
    ex = run(nlp, T0, "Zorb Agnostic Meta Learning or MAML is one of the best approaches.")
    assert "Learning" not in names(ex.methods)
    # (a lone capital that opens the sentence is not part of the name)
    ex = run(nlp, T0, "We study lane detection. Previous CNN and LoRA based methods are slow.")
    assert "Previous CNN" not in names(ex.methods)


def test_a_capitalised_prefix_before_a_camel_case_name_makes_a_name(nlp):
    # "Uni-ControlNet", "Conv-TasNet", "Patch-NetVLAD": no candidate at all before
    for name in ("Uni-QuxNet", "Zorb-NeRF", "Patch-ZorbVLAD"):
        ex = run(nlp, T0, f"We train the model with {name} and report accuracy on ImageNet.")
        assert name in names(ex.methods), name
    # not a data set or a measure after the prefix, nor a capital that spells an acronym out
    ex = run(nlp, T0, "We train the model with Non-AutOregressive decoding on Tiny-ImageNet.")
    assert "Non-AutOregressive" not in names(ex.methods)


def test_well_known_models_in_odd_shapes_are_methods(nlp):
    # lower-case API model names and hyphenated names the shape rules do not read as names
    for name in ("text-davinci-003", "gpt-3.5-turbo", "Paint-by-Example", "K-Planes", "Open-Sora"):
        ex = run(nlp, T0, f"Our approach is based on {name}. It improves accuracy on ImageNet by 2%.")
        assert name in names(ex.methods), name


def test_classic_lower_case_techniques_are_methods(nlp):
    for name in ("back-translation", "gradual unfreezing", "Polyak averaging", "mixture of depths"):
        ex = run(nlp, T0, f"We train the model with {name} and report accuracy on ImageNet.")
        assert name in names(ex.methods), name
