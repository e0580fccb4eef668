"""Round 33 (results): binding faults found on unlabelled text, each on invented sentences:
a value tied to no benchmark next to a listed set of benchmarks (the names are invented)."""

from __future__ import annotations

import pytest
from extract_helpers import run

TITLE = "ZorbNet: Fast Video Networks"
PRE = "We propose ZorbNet, a video recognition network. "


def _rows(sentence: str, nlp) -> list[tuple]:
    ex = run(nlp, TITLE, PRE + sentence)
    return [(r.value_text, r.metric, r.method, r.dataset, r.relative) for r in ex.results]


# --- a value next to a listed set of benchmarks -------------------------------------------------


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Experiments on three datasets, i.e., KorbSet, FlarbSet and UCF101, show that ZorbNet reaches "
         "comparable accuracy with 1.4x higher throughput.", "1.4x"),
        ("Experiments on Kinetics and Charades show that ZorbNet reaches 81.2% top-1 accuracy.", "81.2%"),
        ("ZorbNet outperforms prior trackers on OTB2015, VOT2018 and LaSOT while running at 37 FPS.", "37"),
    ],
)
def test_a_value_beside_a_list_of_benchmarks_names_none_of_them(nlp, sentence, value):
    rows = {r[0]: r for r in _rows(sentence, nlp)}
    assert rows[value][3] is None


def test_a_value_on_one_benchmark_of_a_list_keeps_it(nlp):
    # (a value written "on" the list keeps its first item; a list of values goes in order)
    rows = _rows("ZorbNet reaches 81.2% and 52.3% top-1 accuracy on Kinetics and Charades.", nlp)
    assert [(r[0], r[3]) for r in rows] == [("81.2%", "Kinetics"), ("52.3%", "Charades")]
    rows = _rows("On Kinetics, ZorbNet reaches 81.2% top-1 accuracy.", nlp)
    assert [(r[0], r[3]) for r in rows] == [("81.2%", "Kinetics")]
