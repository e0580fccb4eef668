"""Round 32 (measures): measure names an audit of unlabelled abstracts found unread: the plural of
a mixed-case acronym ("mAPs", "mask mAPs") and the text-detection "Hmean" (the names are
invented)."""

from __future__ import annotations

import pytest
from extract_helpers import zorb_results


@pytest.mark.parametrize(
    "sentence, want",
    [
        # a list of scores before the plural of a mixed-case acronym
        ("Zorb-T/S/M achieve 43.6/47.7/50.2 mAPs on COCO.", [("43.6", "mAPs"), ("47.7", "mAPs"), ("50.2", "mAPs")]),
        ("ZorbNet outperforms ResNet-101 by 3.7% and 3.6% mAPs on COCO.", [("3.7%", "mAPs"), ("3.6%", "mAPs")]),
        ("On VOC 2012, ZorbNet achieves mIoUs of 68.0 and 76.9.", [("68.0", "mIoUs"), ("76.9", "mIoUs")]),
        # (a measure that ends on one: the mask's, not the boxes')
        ("ZorbNet yields 50.9/51.3 mask mAPs on COCO.", [("50.9", "mask mAPs"), ("51.3", "mask mAPs")]),
        # (the upper-case plural, as before)
        ("ZorbNet reaches FIDs of 3.1 and 4.2 on CelebA.", [("3.1", "FIDs"), ("4.2", "FIDs")]),
    ],
)
def test_the_plural_of_a_mixed_case_acronym_is_a_measure(nlp, sentence, want):
    assert zorb_results(nlp, sentence, "value_text", "metric") == want


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("ZorbNet reaches Hmean 84.1% on ICDAR2015.", [("84.1%", "Hmean")]),
        ("ZorbNet runs at 27.6 FPS on Total-Text with an H-mean of 81.0%.", [("27.6", "FPS"), ("81.0%", "H-mean")]),
    ],
)
def test_hmean_is_a_measure(nlp, sentence, want):
    assert zorb_results(nlp, sentence, "value_text", "metric") == want
