"""Round 14: who and where a result belongs to (the method and dataset of the tuple), in
constructions found frequent on unlabelled abstracts (invented names and figures; each test
fails without its rule)."""

from __future__ import annotations

from extract_helpers import by_value, run

_TITLE = "Zorbnet: Counting Crowds with Attention"
_PRE = "We propose Zorbnet, a new network for crowd counting. "


def _results(nlp, sentence: str) -> list[tuple]:
    ex = run(nlp, _TITLE, _PRE + sentence)
    return [(r.value_text, r.method, r.relative) for r in ex.results]


def test_the_second_score_of_a_versus_pair_is_the_compared_models(nlp):
    # both took the subject, and the first of the pair was a margin (the "by 4.4%" before it)
    got = _results(nlp, "Zorbnet outperforms the counting method Crowd-DINO on ZuangTech "
                        "(55.3% vs. 54.7%) while being 10 times faster to train.")
    assert ("55.3%", "Zorbnet", False) in got and ("54.7%", "Crowd-DINO", False) in got
    # (a measure higher-is-better: on a lower-is-better one the lower score is the paper's)
    got = _results(nlp, "Zorbnet improves the accuracy by 4.4% (78.4% vs. 74.0%) on ZuangTech.")
    assert ("78.4%", "Zorbnet", False) in got and ("74.0%", "(baseline)", False) in got
    got = _results(nlp, "Zorbnet improves the mean absolute error by 4.4% (78.4% vs. 74.0%) on ZuangTech.")
    assert ("74.0%", "Zorbnet", False) in got and ("78.4%", "(baseline)", False) in got


def test_a_versus_pair_after_a_gain_puts_the_better_score_to_the_paper(nlp):
    got = _results(nlp, "Compared to Crowd-BERT, Zorbnet performs better, with gains on ZuangTech "
                        "by +0.9% (90.2% vs. 91.1%) and on ZCF by +2.3% (88.4% vs. 90.7%).")
    assert ("90.2%", "Crowd-BERT", False) in got and ("91.1%", "Zorbnet", False) in got
    assert ("88.4%", "Crowd-BERT", False) in got and ("90.7%", "Zorbnet", False) in got
    # not when the pair follows a word of closeness: "close to human quality (4.39 vs 4.44)"
    got = _results(nlp, "Zorbnet outperforms Crowd-BERT by 0.05 and is very close to human "
                        "quality (4.39 vs 4.44 in MOS).")
    assert ("4.39", "Zorbnet", False) in got and ("4.44", "(baseline)", False) in got


def test_a_number_takes_the_benchmark_of_its_own_item(nlp):
    # the benchmark named after the number, in the next item, took it
    ex = run(nlp, _TITLE, _PRE + "Zorbnet sets new records, e.g. 33.69 dB PSNR on ZuangTech (for deblurring), "
                                 "exceeding the previous best by 0.38 dB with only 8.4% of its computational "
                                 "costs; 40.30 dB PSNR on ZCF-QNRF (for denoising).")
    got = by_value(ex, "dataset")
    assert got["0.38"] == "ZuangTech" and got["8.4%"] == "ZuangTech" and got["40.30"] == "ZCF-QNRF"
    ex = run(nlp, _TITLE, _PRE + "Zorbnet is the best on counting (84.9 MAE on ZuangTech and 86.1 MAE on "
                                 "ZCF-QNRF with 3x smaller model size) and on density (69.6 MAE on ZuperCrowd).")
    got = by_value(ex, "dataset")
    assert got["3x"] == "ZCF-QNRF" and got["69.6"] == "ZuperCrowd"


def test_the_subject_of_a_versus_pair_is_not_its_compared_model(nlp):
    # the name after "Compared with" was the pair's own subject, and took the second score too
    ex = run(nlp, "ZorbBench: Evaluating Reasoning of Language Models",
             "We introduce ZorbBench, a new benchmark for mathematical reasoning. Compared with prior "
             "work, Zorb-GPT reaches 67% vs. 48% on ZorbBench.")
    got = by_value(ex, "method")
    assert got == {"67%": "Zorb-GPT", "48%": "(baseline)"}


def test_a_score_compared_with_another_score_is_two_absolute_scores(nlp):
    # both were differences ("compared" is a cue of change) and the second one the paper's
    got = _results(nlp, "On ZuangTech, Zorbnet reaches 45.2% accuracy, compared with 30.1% for Crowd-GPT.")
    assert ("45.2%", "Zorbnet", False) in got and ("30.1%", "Crowd-GPT", False) in got
    got = _results(nlp, "Zorbnet outperforms prior work with an F1 score of 86.47% compared with 86.10% "
                        "on ZuangTech.")
    assert ("86.47%", "Zorbnet", False) in got and ("86.10%", "(baseline)", False) in got
    # two margins stay margins: "by 3.2% vs. 1.5% for CoT"
    got = _results(nlp, "Zorbnet improves the accuracy by 3.2% vs. 1.5% for Crowd-GPT on ZuangTech.")
    assert ("3.2%", "Zorbnet", True) in got and ("1.5%", "Crowd-GPT", True) in got
