"""Model-name shapes of LLM-era abstracts that round 11's span audit found in probes: each test
fails without its rule. Names are invented, around well-known ones."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_release_tags_after_version_and_size_are_part_of_the_name(nlp):
    # "Llama-3.1-8B-Instruct", "Gemma-2-9B-it", "Mistral-7B-Instruct-v0.2" were no candidates
    ex = run(nlp, "Zorb: Better Reasoning",
             "We fine-tune Zorbla-3.1-8B-Instruct on our data. Zorb improves accuracy by 3 points "
             "over Quarma-2-9B-it. We also tune Blistral-7B-Instruct-v0.2.")
    names = name_set(ex.methods)
    assert {"Zorbla-3.1-8B-Instruct", "Quarma-2-9B-it", "Blistral-7B-Instruct-v0.2"} <= names


def test_a_tag_word_that_is_no_release_tag_makes_no_name(nlp):
    ex = run(nlp, "Zorb: Better Reasoning",
             "Zorb improves accuracy in Stage-2-Training and on Covid-19-Related posts.")
    assert not {"Stage-2-Training", "Covid-19-Related"} & name_set(ex.methods)


def test_a_variant_is_not_the_spelled_out_form_of_its_base_model(nlp):
    # "GPT-4 Turbo and GPT-4" are two models, not "GPT-4 Turbo (GPT-4)"
    ex = run(nlp, "Zorb: Better Reasoning",
             "We compare ZPT-4 Turbo and ZPT-4 on MATH, where Zorb reaches 61.2% accuracy.")
    names = name_set(ex.methods)
    assert {"ZPT-4 Turbo", "ZPT-4"} <= names and "ZPT-4 Turbo (ZPT-4)" not in names


def test_a_lower_case_mini_after_a_model_name_is_its_variant(nlp):
    # "GPT-4o mini" is a model of its own, not "GPT-4o"
    ex = run(nlp, "Zorb: Better Reasoning",
             "Our method beats ZPT-4o mini by 4% and uses mini-batches of 32.")
    names = name_set(ex.methods)
    assert "ZPT-4o mini" in names and "ZPT-4o" not in names
