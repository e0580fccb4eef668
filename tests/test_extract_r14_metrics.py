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
