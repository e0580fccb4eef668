"""Round 23, speed of the results stage: the merged scans give what the scans they stand for give."""

from __future__ import annotations

import random

from kg.extract import numbers as Q
from kg.extract import results as R


def _fuzz(samples: list[str], n: int = 400) -> list[str]:
    rnd = random.Random(23)
    words = " ".join(samples).split(" ")
    return samples + [" ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 12))) for _ in range(n)]


def test_comparative_metric_any_is_the_first_pattern_of_the_list():
    samples = _fuzz([" faster than X", " slower", " preference for Zorb over", " more compact", " - larger models",
                     " as fast as possible", " cheaper and more computationally efficient", " as efficient",
                     " more likely to be judged accurate", " Smaller LLMs", " bigger open teachers", " quicker"])
    for t in samples:
        first = next(((i, m.span()) for i, (rx, _) in enumerate(R._COMPARATIVE_METRIC) if (m := rx.match(t))), None)
        m = R._COMPARATIVE_METRIC_ANY.match(t)
        assert (m and (m.lastindex - 1, m.span())) == first, t


def test_quantities_of_a_text_without_digits_are_its_word_numbers():
    # (no digit: the big-O spans and bare decimals are not looked for)
    assert [(q.value, q.unit, q.word) for q in Q.find_quantities("twice as fast in O(n) time, a .x gain")] == [
        (2.0, "x", True)]
    # (a digit: both read as before)
    assert [q.text for q in Q.find_quantities("an AUC of .91 in O(n 1.5) time and 3% more")] == [".91", "3%"]
