"""Results and metrics rules that generalise to unseen hf-daily abstracts: number
constructions (glued LaTeX ratios, ranges), measure naming and method attribution."""

from __future__ import annotations

from extract_helpers import run

from kg.extract.numbers import find_quantities
from kg.model import Extraction


def results(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(r.value_text, r.metric) for r in ex.results}


def test_glued_times_in_a_list_or_bracket_is_a_ratio():
    # a lost LaTeX \times: "4.31times and 4.15times faster", "15times (11.5times) FLOPs"
    qs = find_quantities("are 4.31times and 4.15times faster than the original")
    assert [(q.value, q.unit) for q in qs] == [(4.31, "x"), (4.15, "x")]
    qs = find_quantities("with up to 15times (11.5times) FLOPs (latency) reduction")
    assert [(q.value, q.unit) for q in qs] == [(15.0, "x"), (11.5, "x")]
    # a count stays a count
    assert [q.unit for q in find_quantities("the data is repeated 100 times and 20times")] == [None, None]


def test_a_range_takes_the_unit_of_its_upper_end():
    qs = find_quantities("(26-85% cost savings) and 2\u20133x faster, over 10-20 seconds")
    assert [(q.value, q.unit, q.text) for q in qs] == [
        (26.0, "%", "26-85%"), (2.0, "x", "2\u20133x"), (10.0, None, "10")]


def test_bracketed_values_go_with_bracketed_measures(nlp):
    ex = run(nlp, "FooGen: Long Videos",
             "FooGen matches DiT in quality with up to 15x (11.5x) FLOPs (latency) reduction.")
    assert {("15x", "FLOPs"), ("11.5x", "latency")} <= results(ex)


def test_the_object_of_a_verb_of_change_names_the_measure_of_its_margin(nlp):
    ex = run(nlp, "FooServe: Serving Models",
             "FooServe reduces inference time by up to 13.8% and cloud computation costs by up to "
             "84.6% compared to cloud serving. It improves the efficiency of test-time compute "
             "scaling by more than 4x compared to a best-of-N baseline.")
    assert {("13.8%", "inference time"), ("84.6%", "cloud computation costs"),
            ("4x", "efficiency")} <= results(ex)  # fmt: skip


def test_a_change_in_a_modified_measure_names_that_measure(nlp):
    ex = run(nlp, "FooCache: Caching Chunks",
             "We get a 1.6x speed up in throughput and a 2x reduction in end-to-end response "
             "latency over prefix caching.")
    assert {("1.6x", "throughput"), ("2x", "latency")} <= results(ex)


def test_margins_over_two_baselines_share_their_measure(nlp):
    ex = run(nlp, "FooCache: Caching Chunks",
             "FooCache reduces redundant computation by 51% over prefix caching and 75% over "
             "full recomputation.")
    assert {("51%", "redundant computation"), ("75%", "redundant computation")} <= results(ex)


def test_a_margin_after_coordinated_measures_is_each_ones(nlp):
    ex = run(nlp, "A Survey of Quantization",
             "Four-bit values can reduce the memory footprint and latency by a factor of 16x.")
    assert {("16x", "memory footprint"), ("16x", "latency")} <= results(ex)


def test_sizes_of_a_dataset_are_not_results(nlp):
    ex = run(nlp, "FooPref: A Preference Dataset",
             "FooPref comprises 798,090 human preference choices on 430,060 pairs of images.")
    assert results(ex) == set()


def test_seconds_and_trillions_glued_to_a_decimal_are_measures():
    qs = find_quantities("(554.66s runtime, 12.73T FLOPs) in the 1990s")
    assert [q.text for q in qs] == ["554.66s", "12.73T"]


def test_a_method_before_a_gerund_of_scoring_obtains_the_numbers(nlp):
    ex = run(nlp, "Reasoning versus Search",
             "We find that FooSearch providing exceptional efficiency (8.47s runtime, 2.35T "
             "FLOPs) keeps a comparable accuracy (10.94%) on GSM8K.")
    got = {(r.value_text, r.metric, r.method) for r in ex.results}
    assert {("8.47s", "runtime", "FooSearch"), ("2.35T", "FLOPs", "FooSearch")} <= got


def test_the_phrase_after_increase_in_names_the_measure(nlp):
    ex = run(nlp, "FooOpt: Memory Optimizations",
             "FooOpt gives an 8x increase in model size and 10x increase in achievable "
             "performance over the state of the art.")
    got = results(ex)
    assert ("8x", "model size") in got and ("10x", "performance") in got


def test_a_property_reaching_a_number_is_its_measure(nlp):
    ex = run(nlp, "FooAct: A Benchmark for Agents",
             "The best model's performance level still reaches only 15% of the human proficiency.")
    assert ("15%", "performance") in results(ex)


def test_a_measure_that_is_the_subject_of_a_verb_of_change_is_kept(nlp):
    ex = run(nlp, "Learning from Repeated Data",
             "Repeated data can lead test loss to increase midway through training, even as the "
             "model size grows.")
    metrics = {m.lower() for m in (m.name for m in ex.metrics)}
    assert any("loss" in m for m in metrics) and "model size" not in metrics


def test_a_measure_named_as_a_metric_is_kept(nlp):
    ex = run(nlp, "The Butterfly Effect of Model Editing",
             "To detect collapse, we propose using perplexity as a surrogate metric.")
    assert "perplexity" in {m.name.lower() for m in ex.metrics}


def test_a_property_changed_right_after_the_number_is_its_measure(nlp):
    ex = run(nlp, "FooPrune: Dropping Layers",
             "Pruning half of the layers gives a 48.4% speedup with only a 2.4% performance drop.")
    assert {("48.4%", "speedup"), ("2.4%", "performance")} <= results(ex)


def test_a_standard_deviation_is_not_a_result_and_passes_the_unit_on():
    qs = find_quantities("gives 11.0 pm 1.3 points, +20% (+/-3%) and 71.2$\\pm$0.4\\% here")
    assert [(q.value, q.unit) for q in qs] == [(11.0, "points"), (20.0, "%"), (71.2, "%")]


def test_measures_written_together_are_a_measure_not_a_method(nlp):
    ex = run(nlp, "Plan-Guided Summaries", "We show ROUGE-2 F1 gains of 0.88 on CNN / Dailymail.")
    assert "ROUGE-2 F1" in {m.name for m in ex.metrics}
    assert "ROUGE-2 F1" not in {m.name for m in ex.methods}


def test_a_measure_with_its_own_size_is_not_the_measure_of_a_later_margin(nlp):
    ex = run(nlp, "FooMoD: Tiny Multimodal Models",
             "FooMoD, with only 2B activated parameters, surpasses Qwen-VL-Chat-7B by an average "
             "of 8.8% across benchmarks.")
    assert ("8.8%", "parameters") not in results(ex)


def test_plural_gains_after_a_percentage_are_a_margin(nlp):
    ex = run(nlp, "FooQuest: Question Synthesis",
             "FooQuest achieves up to 58.9% gains on MATH compared to standard RAG.")
    assert ("58.9%", "performance") in results(ex)


def test_plural_of_a_model_or_a_family_defined_by_its_long_form_is_no_metric(nlp):
    ex = run(nlp, "FooBERT: Binarized Models",
             "We outperform quantized BERTs. Probabilistic programming languages (PPLs) support "
             "variational inference. We report perplexity (PPL) on WikiText.")
    metrics = {m.name for m in ex.metrics}
    assert "BERTs" not in metrics and not any("languages" in m for m in metrics)
    assert any("perplexity" in m for m in metrics)


def test_numerical_precision_and_listed_capabilities_are_not_metrics(nlp):
    ex = run(nlp, "Low-bit Adapters",
             "Adapters are resistant to low numerical precision. A new task is designed to "
             "evaluate the progressive reasoning and problem-solving capabilities of LLMs.")
    metrics = {m.name for m in ex.metrics}
    assert "precision" not in metrics and "progressive reasoning" not in metrics


def test_a_name_the_paper_calls_its_own_obtains_the_number(nlp):
    ex = run(nlp, "Stacking Your Transformers",
             "Compared to a conventionally trained 7B model, our G_stack model converges to the same "
             "loss with fewer tokens, resulting in a 54.6% speedup.")
    assert [(r.value_text, r.method) for r in ex.results] == [("54.6%", "G_stack")]


def test_a_name_introduced_by_the_paper_replaces_the_proposed_placeholder(nlp):
    ex = run(nlp, "Compressing Models of Code into 3 MB",
             "It motivates us to propose Compressor, a novel approach that compresses models. We "
             "use our method to compress models to a size which is 160times smaller than the "
             "original size.")
    assert [(r.value_text, r.method) for r in ex.results] == [("160x", "Compressor")]


def test_a_transfer_result_is_measured_on_the_target_dataset(nlp):
    ex = run(nlp, "FooDA: Domain-Adaptive 3D Detection",
             "FooDA outperforms existing methods, improving 23.15% mAP on the nuScenes \u2192 KITTI task.")
    assert [(r.value_text, r.dataset) for r in ex.results] == [("23.15%", "KITTI")]


def test_the_agent_after_a_number_obtains_it(nlp):
    ex = run(nlp, "FooMathBench: A Benchmark",
             "We introduce FooMathBench, a benchmark. Our evaluation of 23 LLMs reveals that the "
             "highest accuracy achieved is 56.3% by GPT-4.")
    assert [(r.value_text, r.method) for r in ex.results] == [("56.3%", "GPT-4")]


def test_one_property_of_several_words_that_is_evaluated_is_a_metric(nlp):
    ex = run(nlp, "FooArena: A Web Environment",
             "Our tasks focus on evaluating the functional correctness of task completions. We also "
             "assess the correctness of outputs.")
    metrics = {m.name for m in ex.metrics}
    assert "functional correctness" in metrics and "correctness" not in metrics


def test_a_capability_named_after_in_terms_of_is_not_a_metric(nlp):
    ex = run(nlp, "Mathematical Capabilities of Chatbots",
             "We compare chatbots in terms of advanced mathematical comprehension and in terms of "
             "latency.")
    metrics = {m.name for m in ex.metrics}
    assert "latency" in metrics and not any("comprehension" in m for m in metrics)


def test_measures_listed_after_criteria_and_a_colon_are_metrics(nlp):
    ex = run(nlp, "FooEval: Health Answers",
             "FooEval focuses on three criteria for evaluating responses to health questions: "
             "correctness, consistency, and verifiability.")
    assert {"correctness", "consistency", "verifiability"} <= {m.name for m in ex.metrics}


def test_the_parameter_count_of_a_model_in_brackets_is_not_a_result(nlp):
    ex = run(nlp, "Learning from Repeated Data",
             "Performance of an 800M parameter model degrades to that of a smaller model (400M "
             "params). FooRNN provides 99% of the quality at 360M params.")
    assert not [r for r in ex.results if r.value in (400.0, 360.0)]


def test_slash_lists_by_n_times_and_a_named_baselines_own_scores(nlp):
    ex = run(nlp, "FooViT: Memory Efficient Transformers",
             "FooViT-M2 runs 5.8x/3.7x faster on the GPU/CPU. It reduces the memory requirement by "
             "2.4 times. FooLlama reaches accuracies of 36.48% and 33.61%, surpassing the GPT-4 "
             "baseline of 22.95% and 25.41%.")
    got = {(r.value_text, r.metric) for r in ex.results}
    assert {("5.8x", "speed"), ("3.7x", "speed"), ("2.4x", "memory")} <= got
    assert {r.method for r in ex.results if r.value in (22.95, 25.41)} == {"GPT-4"}
