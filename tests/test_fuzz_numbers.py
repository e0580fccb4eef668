"""Property-based tests of the result-number parser: it never crashes and reads what it prints."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import build_pipeline, extract
from kg.extract.numbers import find_quantities, parse_number
from kg.model import Paper

FUZZ = settings(max_examples=300, deadline=None)


@FUZZ
@given(st.text())
def test_never_raises_and_spans_are_inside(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert math.isfinite(q.value)
        assert q.unit in ("%", "x", "points", None)
    parse_number(text)


@FUZZ
@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["%", r"\%", " points", "x", "×", r"$\times$", ""]))  # fmt: skip
def test_printed_numbers_read_back(value, unit):
    printed = f"{value:.2f}"
    sentence = f"Our model reaches {printed}{unit} on the benchmark."
    found = [q for q in find_quantities(sentence)]
    assert found, sentence
    assert abs(found[0].value - float(printed)) < 1e-9
    assert parse_number(printed) == float(printed)


NLP = build_pipeline()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,%x×$\\{}()- abcXYZ")), max_size=200))
def test_number_soup_through_the_whole_extractor(text):
    (extraction,) = list(extract([Paper(id="f", title="T", abstract=text or ".")], nlp=NLP))
    total = len("T") + 2 + len(text or ".")
    for r in extraction.results:
        assert r.span is None or 0 <= r.span[0] <= r.span[1] <= total
