"""Metric mentions, round 14: types found by classifying the mismatch between the annotated
metrics of the readable sets (dev, sota40, hf40a, hf40b) and the extractor's, confirmed on
unlabelled text; each test failing without its rule."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_asr_in_a_paper_that_never_speaks_of_attacks_is_the_speech_task(nlp):
    # the lexicon's "ASR" is the attack success rate; in a speech paper it is automatic
    # speech recognition, and no measure
    ex = run(nlp, "BAT: Boundary aware transducer for memory-efficient and low-latency ASR",
             "RNN-T tends to access more contexts, leading to higher emission latency in streaming ASR. "
             "In the hybrid ASR framework, BAT reduces the character error rate by 5%.")
    assert "ASR" not in name_set(ex.metrics)


def test_asr_in_an_attack_paper_stays_the_attack_success_rate(nlp):
    ex = run(nlp, "Zorb: Jailbreaking Speech Models",
             "Jailbreak attacks on speech models with Zorb reach a 90% ASR.")
    assert "ASR" in name_set(ex.metrics)


def test_a_leaderboard_only_code_without_a_number_or_measure_context_is_no_metric(nlp):
    # "ARM", "MR", "SNR" are measures only in the leaderboard-derived lexicon; in a text that
    # gives them no number they name a processor, an imaging modality, a channel condition
    ex = run(nlp, "Zorb: Fast Segmentation on Devices",
             "Zorb segments tumours pictured in MR images and runs on ARM Cortex-M devices "
             "for users with instantaneous SNR above the median. Zorb improves the Dice score by 3%.")
    assert not {"MR", "ARM", "SNR"} & name_set(ex.metrics)


def test_a_leaderboard_only_code_named_as_a_metric_stays(nlp):
    ex = run(nlp, "Zorb: Saliency Prediction",
             "Zorb surpasses human performance on the CC, SIM and AUC metrics.")
    assert "CC" in name_set(ex.metrics)


def test_a_leaderboard_only_code_after_state_of_the_art_stays(nlp):
    # the number lost with the LaTeX: "achieving state-of-the-art SDR performance"
    ex = run(nlp, "Zorb: Source Separation",
             "Zorb improves the baseline, achieving state-of-the-art SDR performance on MUSDB18.")
    assert "SDR" in name_set(ex.metrics)


def test_a_weak_measure_the_work_attains_is_kept_without_a_number(nlp):
    # "brings actual speedup", "achieving substantial speedups": the object of a verb of
    # attaining is a measure reported for the work, though the abstract gives no number
    ex = run(nlp, "Zorb: Token Pruning for Vision Models",
             "With efficient implementation, our method brings actual speedup. Zorb keeps 81.7% top-1 accuracy.")
    assert "speedup" in name_set(ex.metrics)


def test_a_weak_word_modifying_the_property_attained_stays_dropped(nlp):
    ex = run(nlp, "Zorb: Green Networks",
             "Zorb is a protocol for achieving energy efficiency in cellular networks, yielding significant energy savings.")
    assert "energy" not in name_set(ex.metrics)
    # nor when it names a thing: "we obtain a reward model"
    ex = run(nlp, "Zorb: Aligned Agents", "From human preferences we obtain a reward model that guides Zorb.")
    assert "reward" not in name_set(ex.metrics)


def test_orders_of_magnitude_faster_names_speed(nlp):
    # "X% faster" gives "speed" (GUIDELINES); "orders of magnitude faster" quantifies the
    # speed-up without a number, so it makes no result, but the measure is named
    ex = run(nlp, "Zorb: Fast Influence Estimation",
             "Zorb achieves similar accuracy to exact estimators while being orders of magnitude faster.")
    assert "speed" in name_set(ex.metrics)
    # (once: not beside a speed the text names)
    ex = run(nlp, "Zorb: Fast Denoising",
             "Zorb improves the inference speed by 2x and is an order of magnitude faster than Quxnet in training.")
    assert name_set(ex.metrics) == {"inference speed"}


def test_an_error_the_method_minimises_is_its_objective_not_a_metric(nlp):
    ex = run(nlp, "Zorb: 1-bit Adapters",
             "We propose a quantization method which minimizes the quantization error. "
             "Zorb improves accuracy by 2% on VTAB-1K.")
    assert "quantization error" not in name_set(ex.metrics)
    ex = run(nlp, "Zorb: Pose Estimation", "The 3D rotation is estimated by minimizing the reprojection error.")
    assert "reprojection error" not in name_set(ex.metrics)


def test_a_minimised_error_with_a_number_stays_a_metric(nlp):
    ex = run(nlp, "Zorb: Better Recognition", "Zorb minimizes the error rate by 30% compared to Quxnet.")
    assert "error rate" in name_set(ex.metrics)
