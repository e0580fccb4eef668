"""Round 15 review mend (results binding): a measure named after "with fewer ..." or "with a
small ..." is a side condition only when it has no number of its own; each test fails without
its fix."""

from __future__ import annotations

from extract_helpers import run


def _results(nlp, abstract: str) -> list[tuple]:
    ex = run(nlp, "Zorb", abstract)
    return [(r.value_text, r.metric) for r in ex.results]


def test_a_coordinated_side_condition_is_a_noun_phrase_not_the_next_clause(nlp):
    # "and" followed by a verb or an article starts a new clause or item, not a second cost
    assert _results(nlp, "Zorb works with little supervision and boosts mIoU by 4.2 points on Cityscapes.") == [
        ("4.2 points", "mIoU")
    ]
    assert _results(nlp, "Zorb runs with no additional parameters and an accuracy of 80.2% on ImageNet.") == [
        ("80.2%", "accuracy")
    ]
    got = _results(nlp, "Zorb achieves 80.1% top-1 accuracy on ImageNet with fewer FLOPs, and an inference "
                        "time of 12 ms on a phone.")
    assert ("12", "inference time") in got
