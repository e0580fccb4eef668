"""Results and metrics rules of round 2 that generalise to unseen hf-daily abstracts:
constructions of numbers and measures, not names read in the annotated papers."""

from __future__ import annotations

from extract_helpers import run

from kg.model import Extraction


def results(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(r.value_text, r.metric) for r in ex.results}


def test_the_share_of_items_a_system_solves_is_its_solve_rate(nlp):
    ex = run(nlp, "FooProver: Proving Theorems",
             "We design FooProver. FooProver proves 26.3% of the statements in the BarBench "
             "dataset. Overall, FooProver resolves 57.4% of issues from BazBench, solving up to "
             "18% of 397 test problems.")
    assert {("26.3%", "success rate"), ("57.4%", "resolve rate"), ("18%", "solve rate")} <= results(ex)
    # a share of things that are not solved is no result
    ex = run(nlp, "FooEval: Evaluating Models",
             "We find that over 90% of the perturbed prompts keep their meaning and that 62% of "
             "the generated code contains misuses.")
    assert not ex.results


def test_a_count_out_of_a_total_is_one_value():
    from kg.extract.numbers import find_quantities

    qs = find_quantities("and PutnamBench (8/644, pass@3200), with only 1/10 of the parameters")
    # (round 23: "1/10 of the parameters" is a 10% share, as "a tenth of" is, not the count 1)
    assert [(q.value, q.text) for q in qs] == [(8.0, "8/644"), (10.0, "1/10")]
    # slash lists of scores and chains of counts stay apart
    qs = find_quantities("reaching 45.2/38.1 mAP, 3/4/5 layers and 12/24%")
    assert [q.text for q in qs] == ["45.2", "38.1", "3", "4", "5", "12", "24%"]


def test_an_enumerator_is_no_quantity(nlp):
    ex = run(nlp, "FooBench: Benchmarking Binarization",
             "We present FooBench. Our benchmark reveals that 1) the operator matters; 2) the "
             "accuracy of binarization varies across tasks; and 3) the speed-up is real.")
    assert not ex.results
    # a number closing a bracket it is in is still a number
    ex = run(nlp, "FooNet: Detection", "We propose FooNet. FooNet reaches a high AP (AP of 52) on COCO.")
    assert ("52", "AP") in results(ex)


def test_a_number_after_the_word_score_is_a_score(nlp):
    ex = run(nlp, "FooBench: Benchmarking Code Generation",
             "We introduce FooBench. LLMs are not yet capable of following complex instructions, "
             "with scores up to 60%. The best model only scoring 58.1% in standard settings. "
             "Our system achieved a micro-averaged score of 0.7765 on the leaderboard.")
    assert {("60%", "scores"), ("58.1%", "score"), ("0.7765", "micro-averaged score")} <= results(ex)
    # a named measure before the number still wins; a count after "score" is no score
    ex = run(nlp, "FooNER: Tagging", "We propose FooNER. FooNER obtains an F1 score of 88.4 on "
             "CoNLL and a high score in 3 languages.")
    assert results(ex) == {("88.4", "F1 score")}
