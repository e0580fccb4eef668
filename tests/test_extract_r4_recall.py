"""Results recall of round 4, written from an audit of unlabelled hf-daily and sota-arxiv
abstracts (numbers a result was missed for): general constructions, invented names."""

from __future__ import annotations

from extract_helpers import run


def values(ex) -> list[str]:
    return [r.value_text for r in ex.results]


def test_a_long_list_of_scores_shares_its_measure_to_the_first_value(nlp):
    ex = run(nlp, "FooPT: Pre-trained Prompt Tuning",
             "We propose FooPT. FooPT achieves 16.08, 11.52, 6.36, 2.94 and 1.95 average "
             "accuracy improvement on BarA, BarB, BarC, BarD and BarE, respectively.")
    assert values(ex) == ["16.08", "11.52", "6.36", "2.94", "1.95"]
    assert {r.metric for r in ex.results} == {"average accuracy"}
