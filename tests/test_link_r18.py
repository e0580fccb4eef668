"""Linking never merges two different things that share an acronym (round 18).

A paper's own definition wins for its own bare uses of the acronym; an acronym the corpus
defines with several meanings is expanded in other papers only to a clear majority meaning."""

from __future__ import annotations

from kg.link import Linker, _same_meaning, collect_forms, link, output_record
from kg.model import Extraction, Mention, Result


def ex(pid: str, methods=(), results=()) -> Extraction:
    return Extraction(pid, f"title {pid}", methods=tuple(Mention(n) for n in methods), results=tuple(results))


def res(method: str) -> Result:
    return Result(method=method, metric="accuracy", value=81.0, value_text="81.0%")


def test_a_papers_own_definition_wins_for_its_bare_acronym():
    # the corpus says ZKP = Zeta Kernel Pooling (2 papers); paper p defines its own ZKP
    corpus = [
        ex("a", ["Zeta Kernel Pooling (ZKP)"]),
        ex("b", ["Zeta Kernel Pooling (ZKP)"]),
        ex("p", ["Zonal Key Propagation (ZKP)"], results=[res("ZKP")]),
    ]
    exs, _ = link(corpus)
    assert exs[2].results[0].method == "Zonal Key Propagation (ZKP)"
    linker = Linker(collect_forms(corpus))
    assert linker.rewrite(corpus[2]).results[0].method == "Zonal Key Propagation (ZKP)"
    record = output_record(corpus[2], linker)
    assert record["methods"][0]["canonical"] == "Zonal Key Propagation (ZKP)"
    assert record["results"][0]["method"] == record["methods"][0]["name"]  # as the paper writes it


def test_an_own_definition_spelled_like_the_corpus_one_keeps_the_corpus_entity():
    # "dense zeta retrieval" is a spelling of "Dense Zeta Retriever": one thing, one entity
    corpus = [ex(i, ["Dense Zeta Retriever (DZR)"]) for i in "abc"]
    corpus.append(ex("p", ["dense zeta retrieval (DZR)"], results=[res("DZR")]))
    exs, _ = link(corpus)
    assert exs[3].results[0].method == "Dense Zeta Retriever (DZR)"


def test_an_acronym_with_two_meanings_stays_bare_where_the_paper_does_not_define_it():
    exs, ents = link([
        ex("a", ["Quorum Vote Transformer (QVT)"]),
        ex("b", ["Quantile Value Tracking (QVT)"]),
        ex("c", ["QVT"], results=[res("QVT")]),
    ])  # fmt: skip
    assert [m.name for m in exs[2].methods] == ["QVT"] and exs[2].results[0].method == "QVT"
    methods = sorted(e.name for e in ents if e.kind == "method")
    assert methods == ["QVT", "Quantile Value Tracking (QVT)", "Quorum Vote Transformer (QVT)"]


def test_a_clear_majority_meaning_still_takes_the_bare_acronym():
    exs, _ = link([
        *(ex(i, ["Quorum Vote Transformer (QVT)"]) for i in "abc"),
        ex("d", ["Quantile Value Tracking (QVT)"]),
        ex("e", ["QVT"]),
    ])  # fmt: skip
    assert [m.name for m in exs[4].methods] == ["Quorum Vote Transformer (QVT)"]


def test_spellings_of_one_long_form_are_one_meaning():
    exs, _ = link([
        ex("a", ["Bidirectional Zeta LSTM (BZL)"]),
        ex("b", ["bi-directional zeta long short-term memory (BZL)"]),
        ex("c", ["BZL"]),
    ])  # fmt: skip
    assert exs[2].methods[0].name in ("Bidirectional Zeta LSTM (BZL)", "bi-directional zeta long short-term memory (BZL)")
    assert _same_meaning("residual network", "residual net") and _same_meaning("phoneme error rate", "phone error rate")
    assert not _same_meaning("multiplexed routing network", "multimodal residual networks")
    assert not _same_meaning("diarization error rate", "diacritic error rate")


def test_spellings_of_one_definition_are_one_entity():
    _, ents = link([
        ex("a", ["Quantized Zeta Descent (QZD)"]),
        ex("b", ["quantised zeta decent (QZD)"]),  # a misspelling, same acronym
        ex("c", ["Quantum Zeta Distillation (QZD)"]),  # another meaning: stays apart
    ])  # fmt: skip
    assert sorted(e.name for e in ents if e.kind == "method") == [
        "Quantized Zeta Descent (QZD)", "Quantum Zeta Distillation (QZD)"]


def test_spellings_do_not_join_through_a_long_form_another_acronym_shares():
    # "zeta neural search" is written for ZS and for ZNS: ZNS is not thereby ZS
    _, ents = link([
        ex("a", ["Zeta Search (ZS)"]),
        ex("b", ["zeta neural search (ZS)"]),
        ex("c", ["Zeta Neural Search (ZNS)"]),
    ])  # fmt: skip
    names = {e.name for e in ents if e.kind == "method"}
    assert "Zeta Neural Search (ZNS)" in names and len(names) == 2
