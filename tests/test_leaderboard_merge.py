"""Results added to a store are merged into the stored leaderboards (GraphStore.merge_leaderboards),
and the leaderboards graph is then, quad for quad, what recomputing every board gives.

Hand-made papers put new results where a merge can go wrong: rank 1 of a board of three pages,
a method whose best rises to tie an old uncounted result, ties with older entries, a paper
dated before the records it beats, a board whose percent scale flips (recomputed), a new board.
A second test adds generated abstracts to a store made by `kg build`.
"""

from __future__ import annotations

import logging
import re

from test_leaderboards import _corpus, _write, assert_same_leaderboards

from kg.build import build
from kg.model import Entity, Extraction, Paper, Result
from kg.rdf import IriScheme, paper_quads, shared_quads
from kg.store import BoardChanges, KgStore

SCHEME = IriScheme()
G = SCHEME.leaderboards_graph


def _paper(pid: str, date: str, results: list[tuple]) -> tuple:
    """A paper graph with ``results``: (method, dataset, metric, value, unit, confidence)."""
    paper = Paper(id=pid, title=f"Paper {pid}", abstract=f"Paper {pid} reports results.", date=date)
    span = (0, len(paper.text))
    extraction = Extraction(pid, paper.title, version="test", results=tuple(
        Result(m, k, v, f"{v}{u or ''}", dataset=d, unit=u, span=span, confidence=c) for m, d, k, v, u, c in results))  # fmt: skip
    return SCHEME.paper_graph(paper), paper_quads(SCHEME, paper, extraction), results


def _add(store: KgStore, papers: list[tuple]) -> BoardChanges:
    """What kg build does: describe the entities, write the papers, then bring the boards up to date."""
    entities = {Entity("metric", "accuracy", higher_is_better=True), Entity("metric", "error", higher_is_better=False)}
    for _, _, results in papers:
        entities |= {Entity("method", r[0]) for r in results} | {Entity("dataset", r[1]) for r in results}
    store.add_shared(shared_quads(SCHEME, sorted(entities, key=lambda e: (e.kind, e.name)), [("mlkg-rules", "test")]))
    changes = BoardChanges()
    store.replace_papers(((g, quads) for g, quads, _ in papers), changes=changes)
    store.update_leaderboards(SCHEME, changes)
    return changes


def _boards(store: KgStore) -> set:
    return set(store.store.quads_for_pattern(None, None, None, G))


def _merged(caplog) -> tuple[int, int]:
    """(boards merged, boards recomputed) of the last merge_leaderboards."""
    line = [r.getMessage() for r in caplog.records if "boards merged" in r.getMessage()][-1]
    merged, redone = map(int, re.findall(r"\d+", line))
    return merged, redone


def _assert_as_recomputed(store: KgStore) -> None:
    """The leaderboards graph equals what recomputing every board makes of the store, and the oracle."""
    merged = _boards(store)
    store.refresh_leaderboards(SCHEME)
    assert _boards(store) == merged
    assert_same_leaderboards(store)


def _base() -> list[tuple]:
    papers = []
    # A long board (ImageNet accuracy, percent): 250 methods, three pages; pairs of methods tie.
    for i in range(250):
        papers.append(_paper(f"L{i}", f"20{10 + i % 10}-01-01", [(f"M{i:03d}", "ImageNet", "accuracy", 50 + (i // 2) * 0.1, "%", 0.9)]))  # fmt: skip
    # M010 has an uncounted (low confidence) 99.0 besides its counted best; M020 a second equal best.
    papers.append(_paper("U1", "2015-01-01", [("M010", "ImageNet", "accuracy", 99.0, "%", 0.3)]))
    papers.append(_paper("U2", "2019-06-01", [("M020", "ImageNet", "accuracy", 51.0, "%", 0.2)]))
    # A board on the edge of the percent rule: 2 of 4 percentages (a percent board: 86.8 is 86.8%).
    papers.append(_paper("S1", "2020-01-01", [("A", "CIFAR-10", "error", 5.0, "%", 0.9), ("B", "CIFAR-10", "error", 4.0, "%", 0.9),
                                              ("C", "CIFAR-10", "error", 3.5, None, 0.9), ("D", "CIFAR-10", "error", 0.2, None, 0.9)]))  # fmt: skip
    # A fraction board: bare numbers, lower is better.
    papers.append(_paper("F1", "2020-01-01", [("A", "WMT", "error", 0.3, None, 0.9), ("B", "WMT", "error", 0.25, None, 0.9)]))
    return papers


def _increment() -> list[tuple]:
    return [
        # rank 1 of the long board, from a new method; and from M010, whose new best ties its uncounted 99.0
        _paper("N1", "2024-01-01", [("Zeta", "ImageNet", "accuracy", 99.5, "%", 0.9)]),
        _paper("N2", "2023-01-01", [("M010", "ImageNet", "accuracy", 99.0, "%", 0.8)]),
        # an uncounted result equal to M020's standing best (listed), a lower one of M030 (not listed)
        _paper("N3", "2018-01-01", [("M020", "ImageNet", "accuracy", 51.0, "%", 0.1), ("M030", "ImageNet", "accuracy", 40.0, "%", 0.9)]),
        # a new method tying old ones in the middle of page 2 (its label sorts first), a bare 62.35 read as 62.35%
        _paper("N4", "2012-06-01", [("AAA", "ImageNet", "accuracy", 57.0, "%", 0.9), ("BBB", "ImageNet", "accuracy", 62.35, None, 0.9)]),
        # dated before the records it beats: the later records are no longer records
        _paper("N5", "2009-01-01", [("Old", "ImageNet", "accuracy", 70.0, "%", 0.95)]),
        # two bare numbers: 2 of 6 are percentages, CIFAR-10 error is no longer a percent board (recomputed)
        _paper("N6", "2021-01-01", [("E", "CIFAR-10", "error", 4.5, None, 0.9), ("F", "CIFAR-10", "error", 0.1, None, 0.9)]),
        # a tie at the top of the fraction board, and a new board
        _paper("N7", "2021-01-01", [("C", "WMT", "error", 0.25, None, 0.9), ("A", "SQuAD", "accuracy", 88.0, "%", 0.9)]),
        # untrusted only: the board does not change
        _paper("N8", "2021-01-01", [("Q", "WMT", "error", 0.01, None, 0.2)]),
    ]  # fmt: skip


def test_added_results_are_merged_as_a_recompute_would_rank_them(tmp_path, caplog):
    store = KgStore(tmp_path / "s")
    _add(store, _base())
    before = _boards(store)
    with caplog.at_level(logging.INFO, logger="kg.store"):
        changes = _add(store, _increment())
    assert changes.added is not None and len(changes.added) == 4
    # ImageNet, WMT merged (SQuAD is new, CIFAR-10 changes scale: both recomputed)
    assert _merged(caplog) == (2, 2)
    after = _boards(store)
    assert after != before
    _assert_as_recomputed(store)
    # the same papers in one go make the same boards
    fresh = KgStore(tmp_path / "fresh")
    _add(fresh, _base() + _increment())
    assert _boards(fresh) == after
    # a second day on the merged boards
    with caplog.at_level(logging.INFO, logger="kg.store"):
        _add(store, [_paper("D2", "2025-01-01", [("Zeta", "ImageNet", "accuracy", 99.5, "%", 0.9), ("M249", "ImageNet", "accuracy", 99.6, "%", 0.9)])])  # fmt: skip
    assert _merged(caplog) == (1, 0)
    _assert_as_recomputed(store)


def test_a_replaced_paper_recomputes_instead(tmp_path, caplog):
    store = KgStore(tmp_path / "s")
    _add(store, _base())
    graph, _, _ = _paper("L0", "2010-01-01", [])
    with caplog.at_level(logging.INFO, logger="kg.store"):
        changes = _add(store, [_paper("L0", "2010-01-01", [("M000", "ImageNet", "accuracy", 10.0, "%", 0.9)])])
    assert changes.added is None and not any("boards merged" in r.getMessage() for r in caplog.records)
    _assert_as_recomputed(store)


def test_a_daily_build_merges_into_a_built_store(tmp_path, caplog):
    """kg build of new abstracts into a store built by kg build: boards merged, the graph as recomputed."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "shared"
    records = _corpus(root if (root / "corpus").is_dir() else None, 500, seed=12)
    store = KgStore(tmp_path / "s")
    build([_write(tmp_path / "a.jsonl", records[:350])], store, quiet=True, on_error="skip")
    with caplog.at_level(logging.INFO, logger="kg.store"):
        build([_write(tmp_path / "b.jsonl", records[350:])], store, quiet=True, on_error="skip")
    merged, _ = _merged(caplog)
    assert merged > 0
    _assert_as_recomputed(store)
