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


def test_a_list_of_benchmarks_with_unmarked_names_goes_in_order(nlp):
    # "Qux" and "Proofnet-test" are not marked as benchmarks: the list itself names them
    ex = run(nlp, "FooNCA: Metric Learning",
             "We propose FooNCA. We achieve state-of-the-art results on the CUB200, Cars196, Qux, "
             "and InShop datasets, achieving Recall@1 scores of 72.2, 90.1, 81.4, and 90.9, "
             "respectively.")
    assert by_value(ex, "dataset") == {"72.2": "CUB200", "90.1": "Cars196", "81.4": "Qux",
                                       "90.9": "InShop"}
    ex = run(nlp, "FooProver: Theorem Proving",
             "We propose FooProver. The final model achieves state-of-the-art performance on "
             "miniF2F-test (61.7%, pass@3200), Proofnet-test (23.1%, pass@3200) and PutnamBench "
             "(8/644, pass@3200).")
    datasets = by_value(ex, "dataset")
    assert datasets["23.1%"] == "Proofnet-test" and datasets["8/644"] == "PutnamBench"


def test_numbers_and_measures_are_no_listed_benchmarks(nlp):
    ex = run(nlp, "FooReID: Person Re-identification",
             "We propose FooReID. FooReID achieves mAP of 90.8% on Market-1501 and 89.1% on "
             "DukeMTMC-reID, improving from the baseline 82.2% and 72.7%, respectively.")
    assert by_value(ex, "dataset")["72.7%"] != "89.1"


def test_a_range_of_results_is_no_change_from_a_baseline(nlp):
    ex = run(nlp, "FooNet: Continual Learning",
             "We propose FooNet. FooNet outperforms existing methods by large margins, with average "
             "accuracy improvements ranging from 10.3% to 35.8% under different settings.")
    assert set(by_value(ex, "method").values()) == {"FooNet"}
    # a change from a baseline to the method keeps its start as the baseline's
    ex = run(nlp, "FooNet: Continual Learning",
             "We propose FooNet. FooNet improves the average accuracy from 60.3% to 65.8%.")
    assert by_value(ex, "method")["60.3%"] != "FooNet"


def test_a_list_with_one_marked_benchmark_still_goes_in_order(nlp):
    ex = run(nlp, "FooGrasp: Robotic Grasping",
             "We propose FooGrasp. We achieved state-of-the-art accuracy of 97.7% and 94.6% on "
             "Cornell and Quxquard grasping datasets, respectively.")
    assert by_value(ex, "dataset") == {"97.7%": "Cornell", "94.6%": "Quxquard"}


def test_a_backbone_named_before_we_is_no_owner(nlp):
    # no proposed name: the result is ours, not the backbone's written before "we"
    ex = run(nlp, "Ignoring Irrelevant Conditions in Math Word Problems",
             "We study how models ignore irrelevant conditions. Notably, with GPT-3.5-Turbo and our "
             "selection of demonstrations, we achieve an accuracy of 96.0 on GSM-IC.")
    assert by_value(ex, "method")["96.0"] != "GPT-3.5-Turbo"
    # but a model that is itself the subject keeps its results
    ex = run(nlp, "Ignoring Irrelevant Conditions in Math Word Problems",
             "We study how models ignore irrelevant conditions. GPT-3.5-Turbo without any "
             "demonstrations achieves an accuracy of 76.0 on GSM-IC.")
    assert by_value(ex, "method")["76.0"] == "GPT-3.5-Turbo"


def test_a_pretraining_dataset_is_no_benchmark_of_the_score(nlp):
    ex = run(nlp, "FooNet: Vision Backbones",
             "We propose FooNet and evaluate it on ImageNet-1K. By pretraining on the ImageNet-21K, "
             "our FooNet-B6 achieves 87.4% top-1 accuracy.")
    assert by_value(ex, "dataset")["87.4%"] == "ImageNet-1K"
