"""Round 16: what is typed a metric on sota-arxiv text, in constructions found on unlabelled
abstracts (invented sentences; each test fails without its rule)."""

from __future__ import annotations

from extract_helpers import name_set, run

_TITLE = "Zorbnet: Counting Crowds with Attention"


def _metrics(nlp, sentence: str) -> set[str]:
    return name_set(run(nlp, _TITLE, "We propose Zorbnet, a network for crowd counting. " + sentence).metrics)


def test_one_property_that_is_evaluated_is_no_measure_without_a_measure_word(nlp):
    # "evaluate / measure the X of": the verb takes any object
    assert "expressive power" not in _metrics(nlp, "We further evaluate the expressive power of Zorbnet on graphs.")
    assert "adverse effects" not in _metrics(nlp, "We measure the adverse effects of crowd density on counting.")
    # (a measure's name keeps its place there)
    assert "counting error" in _metrics(nlp, "We evaluate the counting error of Zorbnet on three crowds.")


def test_a_sort_of_measures_is_no_measure(nlp):
    # "in terms of quantitative metrics": which metrics the text does not say
    got = _metrics(nlp, "Zorbnet outperforms prior counters in terms of objective metrics and counting error.")
    assert "objective metrics" not in got and "counting error" in got
    got = _metrics(nlp, "Zorbnet is better than CrowdNet in terms of quantitative metrics.")
    assert "quantitative metrics" not in got


def test_a_word_of_praise_before_a_measure_is_no_part_of_its_name(nlp):
    # "a near-perfect accuracy of 99%": the measure is "accuracy"
    got = _metrics(nlp, "On ZuangTech, Zorbnet achieves a near-perfect accuracy of 99.1%.")
    assert "accuracy" in got and "near-perfect accuracy" not in got
    got = _metrics(nlp, "On ZuangTech we obtain top-1 accuracy of 88.0% with Zorbnet.")
    assert "top-1 accuracy" in got and "obtain top-1 accuracy" not in got


def test_a_social_platform_is_no_dataset(nlp):
    # "users on Facebook": where the data comes from, not a named benchmark
    ex = run(nlp, _TITLE, "We study how users of Facebook and Instagram share crowd photos. "
                          "Zorbnet counts people on the ShanghaiTech dataset.")
    got = name_set(ex.datasets)
    assert "Facebook" not in got and "Instagram" not in got


def test_a_measure_of_likeness_or_distance_stays_after_evaluate_the_x_of(nlp):
    # "measure the X of": similarity and distance are measured, though not every one is known
    assert "cosine similarity" in _metrics(nlp, "We measure the cosine similarity of the learned crowd embeddings.")
    assert "frechet distance" in _metrics(nlp, "We measure the frechet distance of generated crowd images.")


def test_a_rank_or_record_word_before_a_measure_is_no_part_of_its_name(nlp):
    got = _metrics(nlp, "On ZuangTech, Zorbnet achieves the highest acceptance rate of 61.0%.")
    assert "acceptance rate" in got and "highest acceptance rate" not in got
    got = _metrics(nlp, "On ZuangTech, Zorbnet achieves the best published match rate of 91.2%.")
    assert "match rate" in got and "best published match rate" not in got
    got = _metrics(nlp, "On ZuangTech, Zorbnet sets a record match rate of 91.2%.")
    assert "match rate" in got and "record match rate" not in got


def test_a_sort_of_criteria_is_no_measure(nlp):
    got = _metrics(nlp, "Zorbnet is better than CrowdNet in terms of objective criteria.")
    assert "objective criteria" not in got


def test_every_social_platform_of_the_list_is_no_dataset(nlp):
    ex = run(nlp, _TITLE, "We study how users of TikTok and LinkedIn share crowd photos. "
                          "Zorbnet counts people on the ShanghaiTech dataset.")
    got = name_set(ex.datasets) | name_set(ex.methods)
    assert "TikTok" not in got and "LinkedIn" not in got
