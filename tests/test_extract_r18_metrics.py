"""Measures of LLM-era abstracts, round 18: regression guards, no new rule.

Probes with invented sentences of the constructions hf-daily abstracts use for their
measures (win rates, pass@k, attack success and hallucination rates, "N points on BENCH",
"2x faster", costs) found them named as GUIDELINES.md asks already; these tests keep
them so while other rules change mentions.py and results.py. The constructions that did
fail ("by 12.5% in task completion rate", "compresses the KV cache by 8x", an unknown
"jailbreak success rate" in a plain list named "success rate") occur in fewer than 40 of
the 10,900 corpus abstracts and were left alone (see the round-18 report)."""

from __future__ import annotations

from extract_helpers import name_set, run

TITLE = "Zorblax: Aligning Language Models"


def _results(nlp, abstract: str) -> set[tuple]:
    ex = run(nlp, TITLE, abstract)
    return {(r.value_text, r.metric, r.method, r.dataset) for r in ex.results}


def test_a_higher_win_rate_is_a_relative_win_rate(nlp):
    ex = run(nlp, TITLE, "We propose Zorblax. Zorblax achieves a 14% higher win rate than "
                         "GPT-4 on AlpacaEval 2.0.")
    assert [(r.value_text, r.metric, r.dataset, r.relative) for r in ex.results] == [
        ("14%", "win rate", "AlpacaEval 2.0", True)]


def test_a_qualified_win_rate_keeps_its_qualifier(nlp):
    ex = run(nlp, TITLE, "We propose Zorblax. Zorblax reaches a length-controlled win rate of "
                         "48.1% on AlpacaEval 2.0.")
    assert {r.metric for r in ex.results} == {"length-controlled win rate"}


def test_points_on_a_benchmark_without_a_measure_are_performance(nlp):
    # no measure named: the annotators write "performance" (or none)
    got = _results(nlp, "We propose Zorblax. It improves Llama-3-8B by 4 points on MMLU.")
    assert {(v, m, d) for v, m, _, d in got} == {("4 points", "performance", "MMLU")}


def test_times_faster_is_speed(nlp):
    # GUIDELINES: "When a result says 'X% faster', the metric is 'speed'"
    got = _results(nlp, "We propose Zorblax, which is 3x faster than vLLM.")
    assert {(v, m) for v, m, _, _ in got} == {("3x", "speed")}


def test_an_attack_success_rate_from_a_to_b(nlp):
    got = _results(nlp, "We propose Zorblax, which lowers the attack success rate from 71% "
                        "to 6% on HarmBench.")
    assert {(v, m, d) for v, m, _, d in got} == {
        ("71%", "attack success rate", "HarmBench"), ("6%", "attack success rate", "HarmBench")}


def test_a_hallucination_rate_reduced_by(nlp):
    got = _results(nlp, "We propose Zorblax, which reduces the hallucination rate by 27% "
                        "on TruthfulQA.")
    assert {(v, m) for v, m, _, _ in got} == {("27%", "hallucination rate")}


def test_serving_costs_speedup_memory_throughput_latency(nlp):
    got = _results(nlp, "Zorblax achieves a 2.6x speedup and reduces memory by 45% compared to "
                        "FlashAttention. It also improves throughput by 1.9x and reduces latency "
                        "by 31%.")
    assert {(v, m) for v, m, _, _ in got} == {
        ("2.6x", "speedup"), ("45%", "memory"), ("1.9x", "throughput"), ("31%", "latency")}


def test_pass_at_1_shared_by_two_benchmarks(nlp):
    got = _results(nlp, "Zorblax attains a pass@1 of 71.3% on HumanEval and 62.4% on MBPP.")
    assert {(v, m, d) for v, m, _, d in got} == {
        ("71.3%", "pass@1", "HumanEval"), ("62.4%", "pass@1", "MBPP")}


def test_accuracy_on_a_benchmark_and_the_margin_over_a_baseline(nlp):
    got = _results(nlp, "Zorblax reaches 83.9% accuracy on GSM8K, outperforming GPT-4 by 3.7%.")
    assert {(v, m, d) for v, m, _, d in got} == {
        ("83.9%", "accuracy", "GSM8K"), ("3.7%", "accuracy", "GSM8K")}


def test_llm_era_measures_without_a_number(nlp):
    ex = run(nlp, TITLE, "We evaluate Zorblax in terms of helpfulness and harmlessness, and "
                         "report its attack success rate and refusal rate.")
    assert {"helpfulness", "harmlessness", "attack success rate", "refusal rate"} <= name_set(
        ex.metrics)


def test_an_elo_rating_and_a_pass_rate(nlp):
    got = _results(nlp, "Zorblax reaches an Elo rating of 1712 on Chatbot Arena and a 58% pass "
                        "rate on LiveCodeBench.")
    assert {(v, m) for v, m, _, _ in got} == {("1712", "Elo rating"), ("58%", "pass rate")}


def test_time_to_first_token_and_flops(nlp):
    got = _results(nlp, "Compared to the dense model, Zorblax reduces FLOPs by 45% and "
                        "time-to-first-token by 22%.")
    assert {(v, m) for v, m, _, _ in got} == {("45%", "FLOPs"), ("22%", "time-to-first-token")}
