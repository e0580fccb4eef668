"""Round 31 (review3): probes of the merged boards and names rules (the names are invented)."""

from __future__ import annotations

import pytest
from extract_helpers import by_value, run

GAN_TITLE = "ZorbGAN: Fast Generators"
GAN_PRE = "We propose ZorbGAN, a generator for image synthesis. StyleGAN2 achieves an FID of 3.8 on FFHQ. "


@pytest.mark.parametrize(
    "sentence",
    [
        "It is worth noting that our method achieves an FID of 2.4.",
        "It is clear that this design yields an FID of 2.4.",
        "It can be seen that our generator reaches an FID of 2.4.",
    ],
)
def test_an_extraposed_it_stands_for_no_model_of_the_sentence_before(nlp, sentence):
    # "It is worth noting that ...": the "It" is the clause after "that", not StyleGAN2
    ex = run(nlp, GAN_TITLE, GAN_PRE + sentence)
    assert by_value(ex, "method") == {"3.8": "StyleGAN2", "2.4": "ZorbGAN"}
    # (a noun before "that" describes the model before: "It is the first model that")
    ex = run(nlp, GAN_TITLE, GAN_PRE + "It is the first model that reaches an FID of 3.1 on CIFAR-10.")
    assert by_value(ex, "method") == {"3.8": "StyleGAN2", "3.1": "StyleGAN2"}


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("ZorbGAN reaches 41.2 mAP (std 0.2) on COCO.", {"41.2": "mAP"}),
        ("ZorbGAN reaches 82.1% accuracy (sd 0.3%) on ImageNet.", {"82.1%": "accuracy"}),
    ],
)
def test_a_marked_spread_after_the_measure_word_is_no_result(nlp, sentence, want):
    assert by_value(run(nlp, GAN_TITLE, GAN_PRE + sentence), "metric") == {"3.8": "FID"} | want
    # (unmarked, a bracket after the measure word is another score: "45.3 mAP (4.1 mAP over the baseline)")
    ex = run(nlp, GAN_TITLE, GAN_PRE + "ZorbGAN reaches 41.2 mAP (4.1 mAP over the baseline) on COCO.")
    assert set(by_value(ex, "metric")) == {"3.8", "41.2", "4.1"}


def test_our_agent_noun_is_the_last_one_before_the_number(nlp):
    ex = run(nlp, "Zorb Tracking",
             "We propose a zorb fusion (ZF) module and build a tracker, named ZorbTrack, and a detector, named"
             " ZorbDet. Our detector achieves 45.1 AP on COCO, and our tracker reaches 71.1% AUC on LaSOT.")  # fmt: skip
    assert by_value(ex, "method") == {"45.1": "ZorbDet", "71.1%": "ZorbTrack"}


def test_two_coordinated_splits_before_respectively_are_one_setting_each(nlp):
    pre = "We propose ZorbDet, a detector for open-vocabulary detection. "
    ex = run(nlp, "ZorbDet: Open Detection", pre + "On COCO, ZorbDet obtains 45.1 and 30.2 AP on the seen and unseen"
             " categories, respectively.")  # fmt: skip
    assert by_value(ex, "setting") == {"45.1": "seen categories", "30.2": "unseen categories"}
    # (without "respectively" the pair is the whole benchmark)
    ex = run(nlp, "ZorbDet: Open Detection", pre + "ZorbDet obtains 45.1 AP on COCO on the seen and unseen categories.")
    assert by_value(ex, "setting") == {"45.1": None}
