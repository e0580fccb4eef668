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


def _relative(abstract: str) -> dict[str, bool]:
    (e,) = extract([Paper(id="t", title=_TITLE, abstract=abstract)])
    return {r.value_text: r.relative for r in e.results}


def test_measures_coordinated_before_by_take_the_margins_in_order():
    # "reduces WER and latency by 30% and 7%": the i-th margin is the i-th measure's
    found = {(v, m) for v, m, _, _ in _results("Plimo reduces the WER and CER by 31% and 6%, respectively.")}
    assert found == {("31%", "WER"), ("6%", "CER")}
    found = {(v, m) for v, m, _, _ in _results("Plimo improves BLEU and METEOR by 1.4 and 0.7 points, respectively.")}
    assert found == {("1.4", "BLEU"), ("0.7 points", "METEOR")}
    # one margin of a list of measures is each measure's
    found = {(v, m) for v, m, _, _ in _results("Plimo cuts the memory footprint and latency by 12x.")}
    assert found == {("12x", "memory footprint"), ("12x", "latency")}


def test_a_score_beside_a_bracketed_margin_is_no_margin():
    # "to 65.0% (7.1% absolute improvement)": the improvement is the bracket's number's
    rel = _relative("Plimo lifts the FoobQA accuracy to 70.4% (3.3% absolute improvement) and the "
                    "GlorpQA accuracy to 61.5% (6.2% absolute improvement).")
    # (a margin written "N% absolute" is in points and keeps its words: round 24)
    assert rel == {"70.4%": False, "3.3% absolute": True, "61.5%": False, "6.2% absolute": True}
    rel = _relative("This includes raising FoobQA to 88.1% (2.5% gain), GlorpQA to 77.3% (1.6% gain).")
    assert rel["77.3%"] is False and rel["1.6%"] is True
    # a bracket of names, or a cue after the bracket, leaves the margin a margin
    rel = _relative("Plimo beats Zorbnet by 0.6% mAP with ResNet-50 (ResNet-50 vs ResNet-101) and 2.9% mAP "
                    "with the same backbone.")
    assert rel["2.9%"] is True


def test_values_listed_in_latex_share_the_change_after_the_last():
    # raw arXiv text keeps its LaTeX: "$21.3\%$, $18.2\%$ and $9.5\%$ lower latency"
    (e,) = extract([Paper(id="t", title=_TITLE, abstract=(
        r"Plimo achieves $24.1\%$, $17.2\%$ and $9.3\%$ lower latency than Zorbnet."))])
    assert [(r.value_text, r.relative, r.change) for r in e.results] == [
        ("24.1%", True, "decrease"), ("17.2%", True, "decrease"), ("9.3%", True, "decrease")]
    (e,) = extract([Paper(id="t", title=_TITLE, abstract=(
        r"Plimo cuts the error by $11.2\%$ and $7.9\%$ on two splits."))])
    assert [(r.value_text, r.relative) for r in e.results] == [("11.2%", True), ("7.9%", True)]


def test_a_margin_above_or_below_a_reference_has_its_direction():
    (e,) = extract([Paper(id="t", title=_TITLE, abstract=(
        "Plimo obtains an F1 of 81.4 on FoobQA, 2.3 points above Zorbnet, and an F1 of 70.2 on "
        "GlorpQA, 1.1 points below Quuxformer."))])
    assert {(r.value_text, r.change) for r in e.results if r.relative} == {
        ("2.3 points", "increase"), ("1.1 points", "decrease")}


def test_above_before_a_number_is_a_threshold_not_a_change():
    # "keeps the accuracy above 90%": no increase of 90%; "1.2 points above X" is one
    (e,) = extract([Paper(id="t", title="ZorbNet", abstract=(
        "We propose ZorbNet. ZorbNet keeps the accuracy above 90% while reducing FLOPs by 40%."))])
    assert {(r.value, r.change) for r in e.results if r.metric == "accuracy"} <= {(90.0, None)}
