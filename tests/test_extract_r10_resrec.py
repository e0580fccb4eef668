"""Result values of round 10 (result value recall), written from an audit of unlabelled
hf-daily and sota-arxiv abstracts (numbers no result used): general constructions, invented
names. Each test fails without its rule."""

from __future__ import annotations

from extract_helpers import by_value, run


def test_a_share_of_a_references_performance_is_a_relative_result(nlp):
    ex = run(nlp, "FooPrune: Layer Dropping",
             "We propose FooPrune. With half of its layers removed, the pruned model still retains "
             "90% of the performance on the BarQA task.")
    assert by_value(ex, "metric") == {"90%": "performance"}
    assert by_value(ex, "relative") == {"90%": True}


def test_a_share_of_a_references_cost_names_the_cost(nlp):
    # once bound to the nearest measure (PSNR) as an absolute score
    ex = run(nlp, "FooNet: Simple Baselines for Deblurring",
             "We propose FooNet. FooNet reaches 33.1 dB PSNR on BarBlur, with only 8.4% of its "
             "computational costs.")
    assert by_value(ex, "metric")["8.4%"] == "computational costs"
    assert by_value(ex, "relative")["8.4%"] is True



def test_a_value_repeated_for_another_benchmark_is_another_result(nlp):
    # the same number, measure and method on two benchmarks: two results, not one
    ex = run(nlp, "FooNER: Prompting for Entity Recognition",
             "We propose FooNER. FooNER achieves a 4% (absolute) improvement in F1 score on the "
             "BarNER dataset, a 9% (absolute) improvement on the BazBio dataset, and a 4% (absolute) "
             "improvement on the QuxFew dataset.")
    assert sorted((r.value_text, r.dataset) for r in ex.results) == [
        ("4%", "BarNER"), ("4%", "QuxFew"), ("9%", "BazBio")]


def test_the_time_a_method_takes_is_a_time_result(nlp):
    ex = run(nlp, "FooMesh: Fast Image-to-3D",
             "We propose FooMesh. FooMesh generates a textured mesh from a single image in 3 seconds. "
             "Training takes only 8 hours on 8 GPUs.")
    assert by_value(ex, "metric") == {"3": "time", "8": "time"}
    # a time measure the sentence names wins; an amount of data is no result
    ex = run(nlp, "FooASR: Speech Recognition",
             "We propose FooASR, trained on 960 hours of speech. It cuts the training time from "
             "3 days to just 76 minutes.")
    assert by_value(ex, "metric") == {"3": "training time", "76": "training time"}


def test_a_time_difference_before_a_comparative_is_a_time_result(nlp):
    ex = run(nlp, "FooNMS: Fast Suppression",
             "We propose FooNMS, a drop-in 12 ms faster replacement for standard NMS.")
    assert by_value(ex, "metric") == {"12": "time"}
    assert by_value(ex, "relative") == {"12": True}


def test_a_number_in_decibels_takes_the_papers_measure_in_decibels(nlp):
    ex = run(nlp, "FooSR: Image Super-Resolution",
             "We propose FooSR. FooSR achieves a PSNR of 32.83 dB on BarManga, which is 0.8 dB higher "
             "than the previous best model.")
    assert by_value(ex, "metric") == {"32.83": "PSNR", "0.8": "PSNR"}


def test_a_time_per_processed_item_is_a_time_result(nlp):
    ex = run(nlp, "FooSeg: Fast Instance Segmentation",
             "We propose FooSeg. FooSeg is also fast, running at 345ms per scan on BarScan.")
    assert by_value(ex, "metric") == {"345": "time"}
