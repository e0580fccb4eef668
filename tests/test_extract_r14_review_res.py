"""Round 14 review mend (results): the result rules of round 14 read settings as scores and gave
a pair's scores to the wrong side in the review's invented sentences (invented names and
figures; each test fails without its fix)."""

from __future__ import annotations

from extract_helpers import run

_TITLE = "Zorbnet: Counting Crowds with Attention"
_PRE = "We propose Zorbnet, a new network for crowd counting. "


def _results(nlp, sentence: str) -> list[tuple]:
    ex = run(nlp, _TITLE, _PRE + sentence)
    return [(r.value, r.metric, r.method, r.relative) for r in ex.results]


def test_a_setting_range_after_the_performance_is_no_change_of_score(nlp):
    # (review 6) "the performance on X with noise ratios from 20% to 80%": the range is the
    # setting's, not a score raised from 20 to 80 (no verb of change)
    assert _results(nlp, "We study the performance on ZIFAR-10 with noise ratios from 20% to 80%.") == []
    assert _results(nlp, "We report the performance for sparsity levels from 50% to 90%.") == []
    # still read as the object of a verb of change
    got = _results(nlp, "Zorbnet boosts the performance on ZSM8K with 4000 labels from 68.2% to 81.5%.")
    assert [v for v, *_ in got] == [68.2, 81.5]


def test_a_setting_value_before_a_verb_of_change_is_no_gain(nlp):
    # (review 7) "increases" is the verb here, not the noun of "a 2.4 increase"
    assert _results(nlp, "Setting the temperature to 0.7 increases the diversity of Zorbnet's outputs.") == []
    assert _results(nlp, "Raising the weight decay to 0.05 increases training time.") == []
    assert _results(nlp, "A temperature 0.7 increases the diversity of the outputs.") == []
    # the gain noun still read
    got = _results(nlp, "Zorbnet yields a 2.4 improvement over the current best model.")
    assert [(v, m) for v, m, *_ in got] == [(2.4, "performance")]


def test_a_bracketed_pair_of_setting_values_is_no_pair_of_scores(nlp):
    # (review 8) no measure named and no gain: two values of a setting
    assert _results(nlp, "We compare two learning rates (0.001 vs. 0.01) for Zorbnet.") == []
    assert _results(nlp, "Zorbnet is compared at two scales (0.5 vs. 1.0).") == []
    assert _results(nlp, "Zorbnet outperforms Crowd-GPT at two learning rates (0.001 vs. 0.01).") == []
    # a measure that ends like a setting is still one
    got = _results(nlp, "Zorbnet has lower word error rates (0.12 vs. 0.15) than Crowd-GPT.")
    assert [v for v, *_ in got] == [0.12, 0.15]


def test_a_gain_written_between_the_two_numbers_makes_them_margins(nlp):
    # (review 9) the pair's margins were only seen before the first number
    got = _results(nlp, "Zorbnet brings a 12.5% relative improvement compared with 8.1% for Crowd-GPT.")
    assert [(v, meth, rel) for v, _, meth, rel in got] == [(12.5, "Zorbnet", True), (8.1, "Crowd-GPT", True)]
    got = _results(nlp, "Zorbnet gives 3.2% lower error against 1.5% for Crowd-GPT.")
    assert [rel for *_, rel in got] == [True, True]
    # two scores stay absolute
    got = _results(nlp, "Zorbnet reaches an F1 score of 81.43% compared with 80.47% for Crowd-GPT.")
    assert [(v, meth, rel) for v, _, meth, rel in got] == [(81.43, "Zorbnet", False), (80.47, "Crowd-GPT", False)]


def test_a_comparison_across_two_benchmarks_keeps_one_owner(nlp):
    # (review 10) the second score is the paper's own on another benchmark, not the baseline's
    ex = run(nlp, _TITLE, _PRE + "Zorbnet reaches 45.2% on ZuangTech compared with 30.1% on ZuperCrowd.")
    got = [(r.value, r.method, r.dataset, r.relative) for r in ex.results]
    assert got == [(45.2, "Zorbnet", "ZuangTech", False), (30.1, "Zorbnet", "ZuperCrowd", False)]
    # on one benchmark the second is the compared model's
    got = _results(nlp, "Zorbnet reaches 45.2% on ZuangTech compared with 30.1% for Crowd-GPT.")
    assert [meth for _, _, meth, _ in got] == ["Zorbnet", "Crowd-GPT"]
    # two lists in order on two benchmarks: the pair across them is still the compared one's
    got = _results(nlp, "We evaluate on two challenging datasets, ZuangTech v2 and ZuperCrowd, on which Zorbnet "
                        "achieves the highest performance, 63.6% and 64.0%, compared to 54.9% and 54.4% achieved "
                        "by former best solutions in terms of mAP.")
    assert (54.9, "mAP", "(baseline)", False) in got


def test_human_and_matching_in_a_task_name_are_no_comparison_words(nlp):
    # (review 11) the compared model was lost to a cue inside the task name
    for task in ("human crowd counting", "image matching"):
        got = _results(nlp, f"Zorbnet outperforms Crowd-DINO on {task} (55.3% vs. 54.7%).")
        assert [(v, meth) for v, _, meth, _ in got] == [(55.3, "Zorbnet"), (54.7, "Crowd-DINO")]
    # still cues as a verb and as a human reference
    got = _results(nlp, "Zorbnet nearly matches human performance (89.1% vs. 90.2%).")
    assert [(v, meth) for v, _, meth, _ in got] == [(89.1, "Zorbnet"), (90.2, "(baseline)")]


def test_a_cut_before_a_pair_gives_the_lower_error_to_the_paper(nlp):
    # (review 12) "reduces" is a gain on an error as "improves" is
    for verb in ("reduces", "improves"):
        got = _results(nlp, f"Zorbnet {verb} the error rate by 4.4% (11.8% vs. 7.4%).")
        assert (7.4, "error rate", "Zorbnet", False) in got and (11.8, "error rate", "(baseline)", False) in got
