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
