"""Results rules of round 4, written from an audit of unlabelled hf-daily and sota-arxiv
abstracts (who gets a result, how numbers are read): general constructions, invented names."""

from __future__ import annotations

from extract_helpers import by_value, run


def test_a_name_after_a_comparison_cue_and_a_noun_phrase_is_a_baseline(nlp):
    ex = run(nlp, "FooViT: Memory Efficient Vision Transformers",
             "We propose FooViT. Compared to the recent efficient model BarNet-S, FooViT-M2 "
             "achieves 1.8% superior accuracy, while running 5.8x/3.7x faster on the GPU/CPU.")
    assert by_value(ex, "method")["5.8x"] == "FooViT-M2"


def test_the_names_listed_after_a_compared_name_are_baselines_too(nlp):
    ex = run(nlp, "Quxon: Searching Inference-Time Architectures",
             "We propose Quxon. Quxon architectures outperform frontier models, such as "
             "BarLM-4o and BazLM 3.5 Sonnet, on these benchmarks, achieving an average accuracy "
             "increase of 15.1 percentage points.")
    assert by_value(ex, "method")["15.1 percentage points"] == "Quxon"


def test_respectively_numbers_go_to_the_subject_list_not_the_compared_list(nlp):
    ex = run(nlp, "FooNet: Light Vision Backbones",
             "We propose FooNet. FooNet-0.5 and FooNet-0.75 outperform BarNet-0.5 and BarNet-0.75 "
             "by 2.1% and 1.0% respectively on ImageNet-1K dataset.")
    assert by_value(ex, "method") == {"2.1%": "FooNet-0.5", "1.0%": "FooNet-0.75"}


def test_a_range_with_the_unit_on_both_ends_is_one_value(nlp):
    from kg.extract.numbers import find_quantities

    assert [(q.value, q.unit, q.text) for q in find_quantities("by 3%-8% in AUC")] == [(3.0, "%", "3%-8%")]
    assert [q.text for q in find_quantities("1.48x-12.1x higher")] == ["1.48x-12.1x"]
    # a difference written with spaces is two numbers
    assert len(find_quantities("(80.94% - 12.0%)")) == 2
    ex = run(nlp, "FooAD: Few-Shot Anomaly Detection",
             "We propose FooAD. Experimental results show that FooAD outperforms the "
             "state-of-the-art methods by 3%-8% in AUC on the BarTec benchmark.")
    assert [r.value_text for r in ex.results] == ["3%-8%"]


def test_a_score_followed_by_a_verb_of_comparison_is_absolute(nlp):
    ex = run(nlp, "FooGraph: Reasoning Over Atoms",
             "We propose FooGraph. Notably, on BarQA, FooGraph achieves an 80.6% F1 score, "
             "surpassing BazLM by 3.4%.")
    assert by_value(ex, "relative") == {"80.6%": False, "3.4%": True}
    ex = run(nlp, "FooSeg: Material Segmentation",
             "We propose FooSeg. FooSeg achieves 52.05% mIoU outperforming the current "
             "state-of-the-art on the BarMat dataset.")
    assert by_value(ex, "relative") == {"52.05%": False}


def test_the_numbers_of_a_list_are_all_differences_when_one_is(nlp):
    ex = run(nlp, "FooReID: Text-based Person Search",
             "We propose FooReID. FooReID outperforms existing state-of-the-art methods by "
             "6.94%, 4.45% and 15.35% in terms of Rank@1 on BarA, BarB and BarC datasets, "
             "respectively.")
    assert by_value(ex, "relative") == {"6.94%": True, "4.45%": True, "15.35%": True}
    ex = run(nlp, "FooPose: Pose Estimation",
             "We propose FooPose. FooPose significantly outperforms state-of-the-art methods "
             "(e.g., up to 3%, 17%, and 14% error reductions on BarA, BarB, and BarC, "
             "respectively).")
    assert all(by_value(ex, "relative").values()) and len(by_value(ex, "relative")) == 3
    # scores listed after "from" are not made differences by the list
    ex = run(nlp, "FooSeg3D: Point Cloud Segmentation",
             "We propose FooSeg3D. The benchmarks are improved from 71.7%/77.6% (mIoU/mAcc) to "
             "72.2%/78.2%.")
    assert not by_value(ex, "relative")["71.7%"] and not by_value(ex, "relative")["72.2%"]
