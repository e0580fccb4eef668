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


def test_scores_set_side_by_side_with_vs_are_absolute(nlp):
    ex = run(nlp, "FooKB: Embedding Entities and Relations",
             "We propose FooKB. FooKB achieves new state-of-the-art results (a top-10 accuracy of "
             "73.2% vs. 54.7% by BarE on BazBase).")
    assert by_value(ex, "relative") == {"73.2%": False, "54.7%": False}


def test_the_words_of_a_measures_name_are_no_cue_of_a_difference(nlp):
    ex = run(nlp, "FooSeg: Bridging Segmentation Levels",
             "We propose FooSeg. On the PASCAL VOC 2012 dataset, FooSeg obtains the best mean "
             "intersection-over-union score of 79.1%.")
    assert by_value(ex, "relative") == {"79.1%": False}
    ex = run(nlp, "FooNet: Fast Parsing",
             "We propose FooNet. FooNet brings a speedup of 212 over the file-based system.")
    assert by_value(ex, "relative") == {"212": True}


def test_the_upper_end_of_a_margins_range_is_a_margin_too(nlp):
    ex = run(nlp, "FooGraph: Graph Problems in Natural Language",
             "We propose FooGraph. FooGraph prompting improves the performance of LLMs on BarGraph "
             "by 3.07% to 16.85% across multiple tasks and settings.")
    assert by_value(ex, "relative") == {"3.07%": True, "16.85%": True}


def test_the_value_a_measure_is_raised_to_is_a_score(nlp):
    ex = run(nlp, "FooSearch: Inductive Reasoning with Language Models",
             "We propose FooSearch. With the minimal human input of selecting candidates, the "
             "performance is boosted to 37.5%.")
    assert by_value(ex, "relative") == {"37.5%": False}
    ex = run(nlp, "FooGuide: Guided Diffusion",
             "We propose FooGuide. With FooGuide, the LQE accuracy can be improved up to 50% in comparison to "
             "generic beacons.")
    assert by_value(ex, "relative") == {"50%": True}


def test_a_rate_of_things_per_second_is_a_throughput_or_fps(nlp):
    ex = run(nlp, "FooDecode: Collaborative Decoding",
             "We propose FooDecode. FooDecode reaches 41 images/s at 256x256 resolution on a single GPU.")
    assert [(r.value_text, r.metric) for r in ex.results] == [("41", "throughput")]
    ex = run(nlp, "FooReel: High-Fidelity Video",
             "We propose FooReel. FooReel renders at up to 18 frames-per-second at megapixel resolution.")
    assert [(r.value_text, r.metric) for r in ex.results] == [("18", "FPS")]


def test_a_hedge_before_a_score_is_no_comparison(nlp):
    ex = run(nlp, "FooParse: Fast Constituency Parsing",
             "We propose FooParse. FooParse achieves an accuracy of over 97% on BarSpeech.")
    assert by_value(ex, "relative") == {"97%": False}
