"""Round 20 (datahf): LLM-era benchmark and model names read by their shape, on invented
sentences (the shapes of 2024-25 abstracts, none of the names real)."""

from kg.extract import extract
from kg.extract.names import is_namey
from kg.model import Paper

_TITLE = "Plimo: Better Reasoning with Language Models"


def _typed(abstract: str, title: str = _TITLE) -> tuple[set[str], set[str]]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return {d.name for d in e.datasets}, {m.name for m in e.methods}


def test_a_benchmark_with_its_split_or_release_is_data_beside_a_score():
    # "NAME (score)" reads like a model with its score; the benchmark head decides
    data, methods = _typed("Plimo scores well on FoobEval 2.0 (68.2) and GlimEval 3.1 (45.1).")
    assert {"FoobEval 2.0", "GlimEval 3.1"} <= data and not methods & data
    data, _ = _typed("Plimo scores well on QuuxBench-Hard (68.2) and GlorpQA-Diamond (45.1).")
    assert {"QuuxBench-Hard", "GlorpQA-Diamond"} <= data


def test_a_fronted_benchmark_with_its_split_is_data():
    data, methods = _typed("On QuuxBench-Hard, Plimo attains a score of 61.2, and on "
                           "GlorpBench-Hard it reaches 40.3%.")
    assert {"QuuxBench-Hard", "GlorpBench-Hard"} <= data
    assert "QuuxBench-Hard" not in methods


def test_a_hyphened_benchmark_with_a_split_after_it_is_a_name():
    assert is_namey("Frob-Bench-Lite") and is_namey("Quib-Arena-Hard-Auto")
    data, _ = _typed("We evaluate Plimo on Frob-Bench-Lite, Quib-Bench-Lite, and GSM8K.")
    assert {"Frob-Bench-Lite", "Quib-Bench-Lite"} <= data


def test_a_lower_case_bench_head_stays_in_the_name():
    # "-bench" is no modifier like "-based": "ZRB-bench" is not "ZRB"
    data, _ = _typed("We evaluate Plimo on ZRB-bench and GSM8K.")
    assert "ZRB-bench" in data and "ZRB" not in data
    data, _ = _typed("We evaluate Plimo on Zork-bench Verified and GSM8K.")
    assert "Zork-bench Verified" in data
    data, _ = _typed("Plimo resolves 40% of the issues on QRB-bench Verified.")
    assert "QRB-bench Verified" in data


def test_a_known_data_sets_version_after_it_stays_in_the_name():
    # "SQuAD 1.1" was cut to "SQuAD" and its version read as a score
    data, _ = _typed("Plimo improves accuracy in GLUE and SQuAD 1.1 experiments.")
    assert "SQuAD 1.1" in data and "SQuAD" not in data
    data, _ = _typed("Plimo reaches 97.2% accuracy on Speech Commands V2.")
    assert "Speech Commands V2" in data
    # a score or a second version after the name is not its version
    data, _ = _typed("Plimo gets GLUE 80.5 on average and wins on Something-Something V1 V2.")
    assert "GLUE" in data and "Something-Something V1" in data
