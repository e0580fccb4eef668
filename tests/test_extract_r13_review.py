"""Review mends of round 13's rules: over-firings a reviewer found, each test failing without
its guard."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_subset_word_is_no_part_of_a_name_before_a_predicate_or_a_title_word(nlp):
    # "SWE-bench Verified", "MixEval Hard" are subsets; "ResNet Hard to Prune", "GSM8K Hard Again" are not
    ex = run(nlp, "Why Is ResNet Hard to Prune?", "We study the pruning of ResNet on ImageNet.")
    assert "ResNet" in name_set(ex.methods) and "ResNet Hard" not in name_set(ex.methods)
    ex = run(nlp, "Making GSM8K Hard Again", "We rewrite the problems of GSM8K with harder numbers.")
    assert "GSM8K Hard" not in name_set(ex.datasets)
    ex = run(nlp, "Zorb Agents", "On SWE-bench Verified and MixEval Hard, our agent solves 45.1% of the issues.")
    assert {"SWE-bench Verified", "MixEval Hard"} <= name_set(ex.datasets)


def test_a_model_at_a_resolution_or_a_clock_rate_is_no_cut_off_measure(nlp):
    ex = run(nlp, "Zorb Training", "We train ViT-B@224 and DeiT-S@384 on a CPU@3.2 GHz and report Recall@10 "
                                   "and mAP@0.5:0.95 on COCO.")  # fmt: skip
    assert name_set(ex.metrics) == {"Recall@10", "mAP@0.5:0.95"}


def test_measures_that_are_actions_list_no_metrics(nlp):
    ex = run(nlp, "Zorb Spread", "Public health measures such as lockdowns, mask mandates and school closures "
                                 "slowed the spread. Cryptographic circuits integrate countermeasures (e.g. "
                                 "masking techniques, asynchronous designs).")  # fmt: skip
    assert not name_set(ex.metrics)
    ex = run(nlp, "Zorb Images", "We report quality measures such as PSNR and SSIM on Set5.")
    assert {"PSNR", "SSIM"} <= name_set(ex.metrics)


def test_a_qualifier_prefix_makes_no_new_name(nlp):
    ex = run(nlp, "Zorb Tuning", "We compare Non-LoRA fine-tuning with LoRA, and Zip-NeRF with NeRF.")
    assert "Non-LoRA" not in name_set(ex.methods) and "Zip-NeRF" in name_set(ex.methods)


def test_techniques_in_sequence_are_all_means(nlp):
    # (an invented technique: a known one is found by the lexicon anyway)
    for joint in (" and then ", ", then "):
        ex = run(nlp, "Zorb Training", f"The model is trained with contrastive learning{joint}quux pruning.")
        assert "quux pruning" in name_set(ex.methods), joint


def _results(ex) -> list[tuple]:
    return [(r.value_text, r.metric, r.method, r.dataset) for r in ex.results]


def test_a_counted_measure_ends_at_by_after_a_line_break(nlp):
    ex = run(nlp, "Zorb Decoding", "Our method reduces the number of generated tokens\nby 40% on GSM8K.")
    assert [r.metric for r in ex.results] == ["number of generated tokens"]


def test_a_model_or_sota_in_brackets_before_a_score_is_no_measure(nlp):
    ex = run(nlp, "Zorb Models", "Our model achieves 88.1% accuracy, outperforming strong baselines "
                                 "(BERT 85.3%, RoBERTa 87.1%).")  # fmt: skip
    assert {r.metric for r in ex.results} == {"accuracy"} and "BERT" not in name_set(ex.metrics)
    ex = run(nlp, "Zorb Models", "Our model achieves 88.1% accuracy on SST-2 (SOTA 85.3%).")
    assert {r.metric for r in ex.results} == {"accuracy"}


def test_models_a_proposed_method_enables_do_not_make_its_result_unnamed(nlp):
    ex = run(nlp, "ZorbTool: Tools for LLMs", "We propose ZorbTool, a plug-in for tool use. With ZorbTool, "
                                              "open-source LLMs reach 65.2% accuracy on GSM8K.")  # fmt: skip
    assert _results(ex) == [("65.2%", "accuracy", "ZorbTool", "GSM8K")]


def test_two_verbs_with_their_objects_share_no_head(nlp):
    ex = run(nlp, "Zorb Efficiency", "Our method reduces latency and improves accuracy by 30% and 2%, respectively.")
    assert "improves accuracy" not in {r.metric for r in ex.results}
