"""Result owners and datasets of round 7, written from an audit of unlabelled hf-daily and
sota-arxiv abstracts (who a result belongs to, on which benchmark): general constructions,
invented names. Each test fails without its rule."""

from __future__ import annotations

from extract_helpers import by_value, run


def test_a_score_in_brackets_after_a_name_is_that_names(nlp):
    ex = run(nlp, "Studying Quill Notes",
             "We study quill notes. Our best-performing models were fine-tuned Zorb-XL (macro-F1 0.71) "
             "for any note type, and Zorb-XXL (macro-F1 0.70).")
    assert by_value(ex, "method") == {"0.71": "Zorb-XL", "0.70": "Zorb-XXL"}
    ex = run(nlp, "FooSearch: Searching Plans",
             "We propose FooSearch. FooSearch achieves a pass@200 of 77.0% on BarBench, outperforming "
             "BarNet-L (pass@200 = 60.6%) and MixMatch (52.4%).")
    owners = by_value(ex, "method")
    assert owners["60.6%"] == "BarNet-L" and owners["52.4%"] == "MixMatch"
    assert owners["77.0%"] == "FooSearch"


def test_a_bracket_that_compares_or_lists_benchmarks_keeps_the_subject(nlp):
    ex = run(nlp, "FooMatch: Semi-Supervised Learning",
             "We propose FooMatch. FooMatch achieves state-of-the-art accuracy on CIFAR-100, "
             "outperforming MixMatch (73.50% vs. 71.82%) when using 250 labels. FooMatch improves "
             "MixMatch (by 3.2%).")
    owners = by_value(ex, "method")
    assert owners["73.50%"] == "FooMatch"
    assert owners.get("3.2%", "FooMatch") == "FooMatch"
