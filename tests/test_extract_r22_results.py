"""Round 22 (results): result shapes of 2023-25 abstracts found by invented probe sentences
(none copied from a corpus)."""

from kg.extract import extract
from kg.model import Paper

_TITLE = "Plimo: Better Reasoning with Language Models"


def _results(abstract: str, title: str = _TITLE) -> list[tuple]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [(r.value_text, r.metric, r.method, r.dataset) for r in e.results]


def test_a_benchmark_name_ending_in_a_size_is_no_size_of_the_measure():
    # "GSM8K accuracy", "ImageNet-1K top-1 accuracy": the "8K" / "1K" end a benchmark's name;
    # they are not a size whose own number the measure has ("a 15.5B parameters model")
    assert ("79.6%", "accuracy", "Plimo", "GSM8K") in _results("Plimo attains a GSM8K accuracy of 79.6%.")
    assert ("84.2%", "top-1 accuracy", "Plimo", "ImageNet-1K") in _results(
        "Plimo reaches an ImageNet-1K top-1 accuracy of 84.2% with fewer parameters.")
    found = _results("Plimo lifts its GSM8K accuracy from 41.5% to 63.0%.")
    assert {(v, m) for v, m, _, _ in found} == {("41.5%", "accuracy"), ("63.0%", "accuracy")}


def test_a_size_before_the_measure_still_has_its_own_number():
    found = _results("Plimo beats Grobnik-XL (15.5B parameters) by 38% on QuuxBench.")
    assert [m for v, m, _, _ in found if v == "38%"] != ["parameters"]
