"""Results of round 6, written from an audit of unlabelled hf-daily and sota-arxiv abstracts
(numbers no result used): general constructions, invented names."""

from __future__ import annotations

from extract_helpers import by_value, run


def values(ex) -> list[str]:
    return [r.value_text for r in ex.results]


def test_a_second_score_after_a_setting_phrase_shares_the_first_ones_measure(nlp):
    ex = run(nlp, "FooNER: A Named Entity Dataset",
             "We release FooNER. Our dataset helps achieve a weighted F1 score of 88.78 with all the "
             "tags and 92.22 when we collapse the tag-set.")
    assert values(ex) == ["88.78", "92.22"]
    assert set(by_value(ex, "metric").values()) == {"weighted F1 score"}
    ex = run(nlp, "FooSeg: Fast Segmentation",
             "We propose FooSeg. FooSeg achieves an F1 score of 0.323 on the hidden test set and "
             "0.362 on the validation set.")
    assert values(ex) == ["0.323", "0.362"]


def test_a_second_change_from_a_to_b_shares_the_measure(nlp):
    ex = run(nlp, "FooDehaze: Image Dehazing",
             "We propose FooDehaze. FooDehaze boosts the best published PSNR from 28.53 dB to 33.49 dB "
             "on the BarHaze test set and from 37.17 dB to 38.41 dB on the BarIndoor test set.")
    assert values(ex) == ["28.53", "33.49", "37.17", "38.41"]
    assert set(by_value(ex, "metric").values()) == {"PSNR"}
    assert by_value(ex, "relative")["37.17"] is False
