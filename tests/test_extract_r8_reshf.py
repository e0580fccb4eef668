"""Round 8 results rules on hf-style abstracts (h8-reshf)."""

from kg.extract import extract
from kg.model import Paper


def _results(text: str) -> list[tuple[str, str | None, bool]]:
    (e,) = extract([Paper(id="x", title="A method", abstract=text)])
    return [(r.value_text, r.metric, r.relative) for r in e.results]


def test_values_take_the_measures_listed_after_them():
    rs = _results(
        "We propose BiBERT. As the first fully binarized BERT, our method yields 56.3 times and "
        "31.2 times saving on FLOPs and model size, demonstrating its potential."
    )
    assert ("56.3x", "FLOPs", True) in rs
    assert ("31.2x", "model size", True) in rs


def test_margins_take_the_measures_listed_after_them_respectively():
    rs = _results(
        "We propose FooNet. Our method outperforms the state-of-the-art methods by 3.69%, 2.95% "
        "and 2.31% in terms of Top-1, Top-5 and Top-10, respectively."
    )
    assert [m for _v, m, _r in rs] == ["Top-1", "Top-5", "Top-10"]


def test_a_list_shares_the_unit_written_last():
    rs = _results(
        "We propose DupNet. Our DupNet gives 1,694.2 and 389.9 times savings on model size and "
        "computation complexity respectively."
    )
    assert ("1,694.2x", "model size", True) in rs
    assert ("389.9x", "computation complexity", True) in rs

