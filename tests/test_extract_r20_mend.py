"""Round 20 (mend): the shared span index, guards of round 19 that had no test, and the
proposed names read from later in the proposal sentence."""

from __future__ import annotations

import random

from kg.extract.spans import SpanIndex


def test_a_span_index_with_added_items_answers_as_the_filters_do():
    # (one index serves the sentences of the results stage and the list items of the mentions
    # stage: every query, before and after items are added, is the filter over the list then
    # the added items in the order added)
    rng = random.Random(20)
    for _ in range(300):
        spans = [(a, a + rng.choice([0, 1, 3, 20])) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 20)))]
        if rng.random() < 0.5:
            spans.sort()
        index, added = SpanIndex(spans, [a for a, _ in spans], [b for _, b in spans]), []
        for _ in range(12):
            lo = rng.randint(0, 70)
            hi = lo + rng.randint(0, 15)
            every = spans + added
            assert index.within(lo, hi) == [s for s in every if lo <= s[0] < hi]
            assert index.covers(lo) == any(a <= lo < b for a, b in every)
            assert index.overlapping(lo, hi) == [s for s in every if s[0] < hi and lo < s[1]]
            if rng.random() < 0.3:
                added.append((lo, hi))
                index.add(added[-1], lo, hi)
