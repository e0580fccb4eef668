"""Round 35 (measures): a result keeps the singular or plural of its measure as written at its
number, where linking gave the paper's first form of that measure."""

from __future__ import annotations

from kg.link import Linker, collect_forms, output_record
from kg.model import Extraction, Mention, Result


def _record(results: tuple[Result, ...], metrics: tuple[str, ...]) -> dict:
    own = Extraction("p", "Zorbnet", metrics=tuple(Mention(m) for m in metrics), results=results)
    return output_record(own, Linker(collect_forms([own])))


def test_result_keeps_its_own_number_of_the_measure():
    rec = _record(
        (Result("Zorbnet", "flarg parameter", 20.0, "20%"), Result("Zorbnet", "flarg parameters", 77.0, "77%")),
        ("flarg parameter", "flarg parameters"),
    )
    assert [r["metric"] for r in rec["results"]] == ["flarg parameter", "flarg parameters"]


def test_result_takes_the_papers_form_of_another_spelling():
    # "Flarg-Score" and "flarg score" differ in more than a plural: the paper's first form stays
    rec = _record(
        (Result("Zorbnet", "Flarg-Score", 20.0, "20%"), Result("Zorbnet", "flarg score", 77.0, "77%")),
        ("Flarg-Score", "flarg score"),
    )
    assert len({r["metric"] for r in rec["results"]}) == 1
