"""A title "X: Long Form" is the paper's own definition of X (round 32).

The corpus's only definition of an acronym gives its long form to every paper's bare uses; the
paper whose title names X with a long form of another meaning keeps its own X."""

from __future__ import annotations

from kg.build import missing_entities
from kg.link import Linker, collect_forms, link, output_record
from kg.model import Extraction, Mention, Result


def ex(pid: str, title: str, methods=(), results=()) -> Extraction:
    return Extraction(pid, title, methods=tuple(Mention(n) for n in methods), results=tuple(results))


def res(method: str) -> Result:
    return Result(method=method, metric="accuracy", value=81.0, value_text="81.0%")


CORPUS = [
    ex("a", "Caching on small devices", ["Tiny Cache Device (TCD)"]),
    ex("p", "TCD: Temporal Contrast Detector for Zeta Scenes", ["TCD"], results=[res("TCD")]),
]


def test_a_title_acronym_of_another_meaning_keeps_the_papers_own_entity():
    exs, _ = link(CORPUS)
    assert exs[1].methods[0].name == "TCD" and exs[1].results[0].method == "TCD"
    record = output_record(CORPUS[1], Linker(collect_forms(CORPUS)))
    assert record["methods"][0]["canonical"] == "TCD"
    assert exs[0].methods[0].name == "Tiny Cache Device (TCD)"  # the other paper keeps its own


def test_the_papers_own_entity_is_described_in_the_graph():
    exs, ents = link(CORPUS)
    known = {(e.kind, e.name) for e in ents}
    assert [(e.kind, e.name) for e in missing_entities(exs[1], known)] == [("method", "TCD")]


def test_a_title_acronym_of_the_corpus_meaning_keeps_the_corpus_entity():
    corpus = [
        ex("a", "Detection at speed", ["Temporal Contrast Detector (TCD)"]),
        ex("p", "TCD: Temporal Contrast Detector for Zeta Scenes", ["TCD"]),
    ]
    exs, _ = link(corpus)
    assert exs[1].methods[0].name == "Temporal Contrast Detector (TCD)"


def test_a_subtitle_that_does_not_spell_the_acronym_is_no_definition():
    corpus = [CORPUS[0], ex("p", "TCD: Going Beyond Zeta Scenes", ["TCD"])]
    exs, _ = link(corpus)
    assert exs[1].methods[0].name == "Tiny Cache Device (TCD)"
