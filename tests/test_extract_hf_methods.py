"""Methods, datasets and proposed names: general constructions found on hf-daily abstracts
(each test fails without its rule). Names here are invented."""

from __future__ import annotations

from extract_helpers import names, run


def test_proposal_with_us_to_as_subject(nlp):
    ex = run(nlp, "Shrinking Models of Code",
             "Large models are slow. It motivates us to propose Squeezer, a novel approach "
             "that compresses models of code.")
    assert "Squeezer" in ex.proposed
    assert "Squeezer" in names(ex.methods)


def test_name_with_underscore(nlp):
    ex = run(nlp, "Growing Models",
             "We find that a depthwise stacking operator, called G_grow, speeds up training. "
             "G_grow scales to 7B models.")
    assert "G_grow" in names(ex.methods)
    assert "G_grow" in ex.proposed


def test_enumeration_labels_are_not_methods(nlp):
    ex = run(nlp, "Model Growth",
             "This work identifies three obstacles: (O1) lack of evaluation, (O2) untested "
             "scaling, and (O3) no guidelines. To tackle O1, we evaluate T5.")
    assert not {"O1", "O2", "O3"} & set(names(ex.methods))
    assert "T5" in names(ex.methods)


def test_title_prefix_described_as_benchmarking_is_a_dataset(nlp):
    ex = run(nlp, "LongTrip: Benchmarking Long-Context Language Models on Travel Planning",
             "We introduce LongTrip, which requires long-form generation. LongTrip has "
             "six tasks.")
    assert "LongTrip" in names(ex.datasets)
    assert "LongTrip" not in names(ex.methods)


def test_long_form_in_brackets_after_a_name_is_not_another_name(nlp):
    ex = run(nlp, "Language Models on Long Procedural Execution",
             "We introduce LongExec (Long Procedural Execution), a new benchmark for "
             "language models.")
    assert "Long Procedural Execution" not in names(ex.methods) + names(ex.datasets)


def test_dataset_apposition_after_a_bracket(nlp):
    ex = run(nlp, "Reading Long Tables",
             "We introduce TabLong (Table Longform), a new benchmark for language models. "
             "TabLong has six tasks.")
    assert "TabLong" in names(ex.datasets)


def test_data_word_before_naming_word(nlp):
    ex = run(nlp, "Scaling Retrieval",
             "We construct a 1.4 trillion-token datastore named HugeStore, the largest "
             "open datastore to date.")
    assert "HugeStore" in names(ex.datasets)


def test_several_capitalised_words_after_a_proposal_verb(nlp):
    ex = run(nlp, "Learning from Instructions",
             "To study this, we introduce PLAIN DIRECTIVES, a dataset of 61 tasks. We also "
             "present Noisy Tutor Training, a semi-supervised learning approach.")
    assert "PLAIN DIRECTIVES" in names(ex.datasets)
    assert "Noisy Tutor Training" in names(ex.methods)


def test_title_case_environment_is_a_dataset(nlp):
    ex = run(nlp, "Intrinsic Rewards",
             "Our approach achieves state-of-the-art performance across sparse reward tasks "
             "from the MazeCraft Learning Environment.")
    assert "MazeCraft Learning Environment" in names(ex.datasets)
    assert "MazeCraft" not in names(ex.methods)


def test_lower_case_name_after_a_proposal_verb(nlp):
    ex = run(nlp, "Online Rewards",
             "We propose ura, a distributed architecture that learns a policy. We also "
             "present this, a simple idea.")
    assert "ura" in ex.proposed and "ura" in names(ex.methods)
    assert "this" not in names(ex.methods)


def test_unexplained_acronym_used_once_is_not_a_method(nlp):
    ex = run(nlp, "Tracing Code",
             "We extract plans into a TSV format. Models trained with MLE fail. "
             "We evaluate on PICARD (a T5 model for SQL parsing).")
    methods = names(ex.methods)
    assert "TSV" not in methods
    assert "MLE" in methods and "PICARD" in methods


def test_versioned_acronym_and_defining_apposition(nlp):
    ex = run(nlp, "Taste Score v3: A Solid Benchmark for Evaluating Taste",
             "We introduce Taste Dataset v3 (TD v3), a large-scale dataset of choices. By "
             "fine-tuning CLIP on TD v3, we obtain Taste Score v3 (TS v3), a scoring model "
             "that predicts preferences. TS v3 generalizes better.")
    assert "Taste Dataset v3 (TD v3)" in names(ex.datasets)
    assert any(n.startswith("Taste Score v3") for n in names(ex.methods))
    assert not any(n.startswith("Taste Score v3") for n in names(ex.datasets) + names(ex.metrics))


def test_name_before_a_method_head_is_a_method(nlp):
    ex = run(nlp, "Adaptive Detection",
             "We address this by proposing a novel ReXDB framework for detection. Our "
             "proposed ReXDB approach outperforms existing methods.")
    assert "ReXDB" in names(ex.methods)


def test_the_proposed_x_is_proposed(nlp):
    ex = run(nlp, "Adaptive Detection",
             "To alleviate disruptions, the proposed cross-domain inspection (CDI) assesses "
             "pseudo labels. Our proposed ReXDB approach outperforms existing methods.")
    assert "cross-domain inspection (CDI)" in names(ex.methods)
    assert {"cross-domain inspection (CDI)", "ReXDB"} <= set(ex.proposed)


def test_competition_names_data(nlp):
    ex = run(nlp, "Learning from Feedback",
             "We focus on learning from human feedback. The CraftWorld competition "
             "aims to spur forward research on this class of techniques.")
    assert "CraftWorld" in names(ex.datasets)
    assert "CraftWorld" not in names(ex.methods)


def test_technique_with_and_without_its_head_is_one_method(nlp):
    ex = run(nlp, "Modular Code",
             "CodeLink first instructs the LLM to generate code through chain-of-thought "
             "prompting. Then it augments the original chain-of-thought prompt with modules.")
    cot = [n for n in names(ex.methods) if n.startswith("chain-of-thought")]
    assert cot == ["chain-of-thought prompting"]


def test_title_case_name_of_a_task_is_not_a_method(nlp):
    ex = run(nlp, "Circuit Reuse",
             "The circuit is reused to solve a different task: Painted Shapes (Doe, 2023). "
             "We repair the Painted Shapes circuit and boost accuracy on the Painted Shapes task.")
    assert "Painted Shapes" not in names(ex.methods)


def test_technique_that_has_emerged_as_an_approach(nlp):
    ex = run(nlp, "Growing Models",
             "LLMs are expensive to pre-train. Model stacking emerges as a promising approach "
             "by leveraging smaller models. Although weight editing has shown promise, it fails.")
    assert {"Model stacking", "weight editing"} <= set(names(ex.methods))


def test_another_thing_after_a_proposal_verb_is_no_name(nlp):
    ex = run(nlp, "Audio Generation",
             "We also introduce another structured-text encoder to aid in learning alignment.")
    assert not any("encoder" in n for n in names(ex.methods))


def test_variant_of_a_proposed_name(nlp):
    ex = run(nlp, "Huge-Math: A Large-Scale Math Dataset for Reinforcement Learning",
             "We present Huge-Math, a dataset of math questions. We also introduce 47,000 new "
             "questions, Huge-Math-Reformulated: closed-ended questions made open-ended.")
    assert "Huge-Math-Reformulated" in names(ex.datasets)
    assert "Huge-Math-Reformulated" in ex.proposed
