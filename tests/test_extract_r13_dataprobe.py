"""LLM-era benchmark-name shapes and constructions that round 13's dataset probe
(invented names in carrier sentences) found untyped or unfound, each test failing
without its rule."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_capitalised_compound_ending_in_a_benchmark_part_is_a_dataset(nlp):
    # "Zorb-Bench", "Zorb-Arena-Hard" made no candidate: a compound of capitalised words
    # ("Self-Attention", "Zero-Shot") is no name unless a part names a benchmark
    for name in ("Zorb-Bench", "Zorb-Eval", "Zorb-Arena-Hard"):
        ex = run(nlp, "Plimo: Better Reasoning", f"Plimo achieves 45.1% accuracy on {name}.")
        assert name in name_set(ex.datasets), name
        assert {r.dataset for r in ex.results} == {name}


def test_other_capitalised_compounds_stay_no_names(nlp):
    ex = run(nlp, "Plimo: Better Reasoning",
             "Plimo uses Zero-Shot prompts and Multi-Head layers and achieves 45.1% on Real-World data.")
    assert not {"Zero-Shot", "Multi-Head", "Real-World"} & (name_set(ex.datasets) | name_set(ex.methods))


def test_a_title_case_arena_or_leaderboard_used_once_is_a_dataset(nlp):
    # a title-case run used once is dropped unless its head names what it is: like
    # "Environment", "Arena" and "Leaderboard" head data names
    ex = run(nlp, "Plimo: Better Reasoning",
             "Plimo ranks first on the Open Zorb Leaderboard and wins 60% of games in Quorble Arena.")
    assert {"Open Zorb Leaderboard", "Quorble Arena"} <= name_set(ex.datasets)


def test_a_benchmark_subset_written_after_the_name_is_part_of_it(nlp):
    # "MixEval Hard" was cut to "MixEval", "SWE-bench Lite" to the lexicon's "SWE-bench": the
    # subset is what was measured, and results take its name
    ex = run(nlp, "Plimo: Better Reasoning",
             "Plimo achieves 45.1% on ZorbBench Verified, 40.2% on ZorbQA Hard and 30.5% on SWE-bench Lite.")
    assert {"ZorbBench Verified", "ZorbQA Hard", "SWE-bench Lite"} <= name_set(ex.datasets)
    assert not {"ZorbBench", "ZorbQA", "SWE-bench"} & name_set(ex.datasets)
    assert {r.dataset for r in ex.results} == {"ZorbBench Verified", "ZorbQA Hard", "SWE-bench Lite"}


def test_well_known_llm_era_benchmarks_are_datasets_without_a_cue(nlp):
    # no context rule types a benchmark that opens a sentence or is the subject; the
    # lexicon knows the widely used ones (general ML knowledge)
    ex = run(nlp, "Plimo: Better Reasoning",
             "On EgoSchema, Plimo outperforms GPT-4o by 5.2%. Procgen and MiniGrid remain hard. "
             "The quality of answers improves on QuALITY and Tanks and Temples.")
    assert {"EgoSchema", "Procgen", "MiniGrid", "QuALITY", "Tanks and Temples"} <= name_set(ex.datasets)
    assert not {"quality", "Tanks", "Temples"} & name_set(ex.datasets)


def test_a_name_a_scoring_sentence_opens_with_on_is_a_dataset(nlp):
    # "On ZorbWorld, Plimo outperforms ..." typed ZorbWorld a method (no rule read the
    # fronted "On X,"); the result then had no dataset
    ex = run(nlp, "Plimo: Better Reasoning", "On ZorbWorld, Plimo outperforms GPT-4o by 5.2%.")
    assert "ZorbWorld" in name_set(ex.datasets)
    assert {r.dataset for r in ex.results} == {"ZorbWorld"}


def test_a_platform_a_sentence_opens_with_on_stays_no_dataset(nlp):
    # a device or runtime: the scores are measured on another benchmark, or speed is reported
    ex = run(nlp, "Plimo: Better Backbones",
             "On ZorbRT, Plimo surpasses ResNet by 5.5 mAP (from 40.4 to 45.9) on COCO detection. "
             "On ZorbML, Plimo runs 2.1x faster than ResNet.")
    assert not {"ZorbRT", "ZorbML"} & name_set(ex.datasets)


def test_more_well_known_benchmarks_and_environments_are_datasets(nlp):
    # widely used text, code, safety and embodied benchmarks were typed methods by default
    ex = run(nlp, "Plimo: Better Agents",
             "Plimo solves bAbI and reaches 61.2% on BioASQ. It also transfers to REVERIE and ViZDoom, "
             "while HoVer-Net remains a segmentation model.")
    assert {"bAbI", "BioASQ", "REVERIE", "ViZDoom"} <= name_set(ex.datasets)
    assert "HoVer-Net" not in name_set(ex.datasets)
