"""Methods, round 4: lower-case techniques the work uses as its means (each test fails
without its rule). Names are invented or general knowledge; no text is copied from the
audited abstracts."""

from __future__ import annotations

from extract_helpers import names, run


def test_technique_after_a_word_of_means_is_a_method(nlp):
    # "trained with X", "we employ X", "through X": the paper's means, a method
    ex = run(nlp, "Quokka: Learning to Plan",
             "We present Quokka, a planner trained with hierarchical reinforcement learning. "
             "We further employ meta-learning to adapt it to new maps, and prove the plans "
             "with standard expert iteration.")
    assert {"hierarchical reinforcement learning", "meta-learning", "expert iteration"} <= set(
        names(ex.methods))


def test_technique_named_as_the_means_in_the_title(nlp):
    ex = run(nlp, "Scaling Inference Compute with Repeated Sampling",
             "We study how the number of samples drawn per problem changes coverage.")
    assert "repeated sampling" in names(ex.methods)


def test_acronym_after_a_word_of_means_stands_for_its_technique(nlp):
    ex = run(nlp, "Zorbel: Better Provers",
             "Scaling reinforcement learning (RL) is a new axis of progress. We report the "
             "training of Zorbel, a model trained with RL on many problems.")
    assert "reinforcement learning (RL)" in names(ex.methods)


def test_settings_fields_and_plain_procedures_are_no_means_technique(nlp):
    ex = run(nlp, "Zorbel: Better Provers",
             "Many systems rely on supervised learning, or on deep learning, or on few-shot "
             "learning. We fine-tune Zorbel via COCO training, with minimal tuning, and "
             "without fine-tuning, then via adversarial training. The cost associated with "
             "model finetuning is high.")
    assert "adversarial training" in names(ex.methods)
    assert not {"supervised learning", "deep learning", "few-shot learning", "COCO training",
                "minimal tuning", "fine-tuning", "model finetuning"} & set(names(ex.methods))


def test_technique_used_as_a_modifier_is_no_means(nlp):
    # "via an RL (RL) based process": the technique modifies the process, which is the means
    ex = run(nlp, "Zorbel: Skipping Layers",
             "Zorbel observes its modules via a reinforcement learning (RL) based process, "
             "and learns hatefulness-aware embeddings via learning rich features, and "
             "adapts via self-distillation.")
    assert "self-distillation" in names(ex.methods)
    assert "reinforcement learning (RL)" not in names(ex.methods)
    assert "learning rich features" not in names(ex.methods)


def test_technique_phrase_ends_before_a_preposition_or_a_bracket(nlp):
    # "via self-play between ..." and "using repeated sampling (pass@100 ...)": the noun
    # phrase ends there
    ex = run(nlp, "Zorbel: Better Provers",
             "We sample pairs of proofs via self-play between two models. Zorbel beats a "
             "baseline using beam sampling (pass@100 = 41.2%).")
    assert {"self-play", "beam sampling"} <= set(names(ex.methods))
