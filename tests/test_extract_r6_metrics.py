"""Metric rules of round 6, each written from an audit of the extractor's output on
unlabelled abstracts and checked on a second unlabelled sample: each test fails without
its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_measure_acronym_the_text_spells_out_as_a_task_or_things_is_no_metric(nlp):
    # the lexicon knows "SR" (success rate), "RE", "APs": here they name a task or devices
    ex = run(nlp, "Zorb Networks for Image Super-Resolution",
             "Recent advances in image super-resolution (SR) explored deep learning. We "
             "propose ZorbNet, which beats existing SR methods on Set5 in PSNR.")
    assert "SR" not in name_set(ex.metrics)
    assert "PSNR" in name_set(ex.metrics)
    ex = run(nlp, "Quill Relation Extraction",
             "Document-level relation extraction (RE) aims to identify relations between "
             "entities. QuillRE reaches 61.3 F1 on DocRED, improving document-level RE.")
    assert "RE" not in name_set(ex.metrics)
    ex = run(nlp, "Zorb Localization",
             "We localize phones with the signal strength of access points (APs). The APs "
             "are cheap.")
    assert not {"AP", "APs"} & name_set(ex.metrics)


def test_a_measure_acronym_that_names_a_system_is_no_metric(nlp):
    # "ASR" (attack success rate in the lexicon) heads a system: speech recognition
    ex = run(nlp, "Zorb Pre-training for Speech",
             "We restore punctuation in the output of an ASR system and evaluate the "
             "summaries with ROUGE.")
    assert "ASR" not in name_set(ex.metrics)
    assert "ROUGE" in name_set(ex.metrics)
    # an attack paper keeps it
    ex = run(nlp, "Zorb Jailbreaks",
             "Our jailbreak attack reaches an ASR of 92% against GPT-4.")
    assert "ASR" in name_set(ex.metrics)


def test_robustness_fidelity_diversity_are_properties_unless_a_number_is_reported(nlp):
    # like "quality" and "efficiency" (GUIDELINES): improved, not measured
    ex = run(nlp, "Zorb Maps Improve Robustness",
             "We propose ZorbMap, which improves robustness to domain shifts and keeps high "
             "fidelity samples, while it improves attention diversity. ZorbMap reaches 81.2% "
             "top-1 accuracy on ImageNet.")
    assert not {"robustness", "Robustness", "fidelity", "diversity"} & name_set(ex.metrics)
    assert "top-1 accuracy" in name_set(ex.metrics)
    # a number reported for it, or a measure named after it, keeps it
    ex = run(nlp, "Zorb Robustness",
             "ZorbNet improves robustness by 12 points on five out-of-domain test sets.")
    assert "robustness" in name_set(ex.metrics)
    ex = run(nlp, "Zorb Robustness Evaluation",
             "ZorbCoder shows higher robustness scores than ZorbGen under perturbations.")
    assert "robustness" in name_set(ex.metrics)


def test_a_bare_probability_rate_or_divergence_object_is_no_metric(nlp):
    # the object of a verb of change names no measure without its modifier
    ex = run(nlp, "Zorb Domains",
             "The discriminator improves the probability that the input is real. ZorbGen "
             "maximizes the divergence between domains.")
    assert not {"probability", "divergence"} & name_set(ex.metrics)
    # a named one, or one said of what it measures, stays
    ex = run(nlp, "Zorb Networks",
             "ZorbNet greatly improves the survival probability of the deployed models.")
    assert "survival probability" in name_set(ex.metrics)
    ex = run(nlp, "Zorb Relays", "Multiple relays improve the rate of transmissions.")
    assert "rate" in name_set(ex.metrics)


def test_a_measure_named_as_the_training_loss_is_no_metric(nlp):
    ex = run(nlp, "Zorb Retrieval",
             "We distill the query tower of ZorbRet using mean squared error loss, and we "
             "minimize the L1 loss in camera space.")
    assert not {"mean squared error", "L1"} & name_set(ex.metrics)
    # a drop in a measure is no objective: "minimal accuracy loss" keeps accuracy
    ex = run(nlp, "Zorb Compression",
             "ZorbPrune compresses BERT by 10x with minimal accuracy loss on GLUE.")
    assert any("accuracy" in m for m in name_set(ex.metrics))


def test_a_bare_loss_after_a_noun_or_before_in_is_a_loss_function_or_a_drop(nlp):
    ex = run(nlp, "Zorb Detectors",
             "Detectors suffer a severe performance loss on corrupted images. We add a "
             "contrastive loss, and ZorbNet can be pruned by 40% with 3% loss in accuracy.")
    assert not {"loss", "Loss"} & name_set(ex.metrics)
    # the measured loss stays
    ex = run(nlp, "Zorb Growth",
             "Stacking layers accelerates training, leading to decreased loss and improved "
             "downstream accuracy.")
    assert "loss" in name_set(ex.metrics)
