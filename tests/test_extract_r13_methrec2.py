"""Method recall, round 13: well-known techniques the lexicon lacked and lower-case technique
constructions; each test fails without its rule."""

from __future__ import annotations

from extract_helpers import run

T0 = "Better Models for Image Classification"


def test_well_known_techniques_are_methods(nlp):
    # general knowledge (LLM efficiency, RL, speech, diffusion, interpretability), added to the lexicon
    for name in ("token merging", "position interpolation", "GPTQ", "conservative Q-learning",
                 "Listen, Attend and Spell", "connectionist temporal classification", "SHAP",
                 "denoising diffusion probabilistic models", "textual inversion", "activation patching"):
        ex = run(nlp, T0, f"Our approach is based on {name}. It improves accuracy on ImageNet by 2%.")
        assert name in [m.name for m in ex.methods], name


def test_a_longer_known_name_is_not_cut_to_the_shorter_one(nlp):
    ex = run(nlp, T0, "We train the policy with implicit Q-learning and report returns on D4RL.")
    assert "implicit Q-learning" in [m.name for m in ex.methods]
    assert "Q-learning" not in [m.name for m in ex.methods]


def test_more_well_known_llm_era_techniques_are_methods(nlp):
    for name in ("logit lens", "causal tracing", "representation engineering", "Contriever",
                 "DPM-Solver++", "Depth Anything", "graph of thoughts", "MEMIT"):
        ex = run(nlp, T0, f"Our approach is based on {name}. It improves accuracy on ImageNet by 2%.")
        assert name in [m.name for m in ex.methods], name

