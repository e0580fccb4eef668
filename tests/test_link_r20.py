"""Round 20: a dataset's release is its own board and a release of the dataset the corpus knows."""

from __future__ import annotations

from kg.link import link
from kg.model import Extraction, Mention, Result


def _paper(pid: str, dataset: str, value: float, method: str) -> Extraction:
    return Extraction(
        pid, "t", methods=(Mention(method),), datasets=(Mention(dataset),), metrics=(Mention("F1"),),
        results=(Result(method, "F1", value, f"{value}", dataset),),
    )  # fmt: skip


def test_a_release_of_a_known_dataset_has_it_as_family():
    exs, ents = link([
        _paper("a", "Zorbaqa", 80.0, "ReadA"),
        _paper("b", "Zorbaqa 2.0", 70.0, "ReadB"),
        _paper("c", "Zorbaqa v1.1", 88.0, "ReadC"),
        _paper("d", "Quux 2017", 50.0, "ReadD"),
        _paper("e", "Blarg 3.0", 40.0, "ReadE"),
    ])  # fmt: skip
    assert [e.results[0].dataset for e in exs] == ["Zorbaqa", "Zorbaqa 2.0", "Zorbaqa v1.1", "Quux 2017", "Blarg 3.0"]
    broader = {e.name: e.broader for e in ents if e.kind == "dataset"}
    assert broader["Zorbaqa 2.0"] == "Zorbaqa" and broader["Zorbaqa v1.1"] == "Zorbaqa"
    assert broader["Quux 2017"] is None  # a year, not a release
    assert broader["Blarg 3.0"] is None and "Blarg" not in broader  # no dataset "Blarg" in the corpus
