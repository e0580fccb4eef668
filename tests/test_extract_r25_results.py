"""Round 25: result shapes from the fresh results-only set (``results50.jsonl``), each counted
over the corpora before it was fixed (each test fails without its rule)."""

from __future__ import annotations

import pytest
from extract_helpers import run

from kg.extract.numbers import find_quantities

_TITLE = "ZorbNet: Robust Pruning for Vision Transformers"
_PRE = "We propose ZorbNet, a new pruning method. "


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("an 80+% F1-score", 80.0, "%"),
        ("by 9+%", 9.0, "%"),
        ("60+ % recovery", 60.0, "%"),
        ("a 2+x speedup", 2.0, "x"),
    ],
)
def test_a_lower_bound_plus_keeps_its_unit(text, value, unit):
    # "60+%" is at least 60%: the "+" between the number and its unit does not drop the unit
    q = find_quantities(text)
    assert [(x.value, x.unit) for x in q] == [(value, unit)]
    assert q[0].text.replace(" ", "").endswith(unit)


def test_a_lower_bound_plus_is_a_result(nlp):
    ex = run(nlp, _TITLE, _PRE + "ZorbNet reaches an 80+% F1-score on the Zorb benchmark.")
    assert [(r.value, r.value_text, r.metric, r.method, r.relative) for r in ex.results] == [
        (80.0, "80+%", "F1-score", "ZorbNet", False)
    ]


def test_a_sum_is_not_a_lower_bound():
    # "3+4": a plus between two numbers is arithmetic, and a unitless number stays unitless
    assert [(q.value, q.unit) for q in find_quantities("in 3+4 steps")] == [(3.0, None), (4.0, None)]


@pytest.mark.parametrize("text", ["a (1+x) memory cost", "grows as 1+x^2", "with 1+xy terms"])
def test_a_plus_before_a_variable_x_is_a_sum(text):
    # review of round 25: "(1+x)" was read as at least 1x
    assert all(q.unit != "x" for q in find_quantities(text))
