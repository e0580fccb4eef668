"""Round 30 (bytes): sizes in bytes written in different units ("900 KB", "1.2 MB") compare
and sort on one scale on the pages, and show with their unit as written (the method names are
invented)."""

from __future__ import annotations

import re

from test_ui import served_pages
from ui_fixtures import _span, fill_ui

from kg.model import Entity, Extraction, Mention, Paper, Result
from kg.queries import bind_params, load_queries
from kg.rdf import IriScheme, paper_quads, shared_quads
from kg.store import KgStore

_ABSTRACT = ("ZorbNet reaches 80.1% top-1 accuracy on ImageNet with a model size of 900 KB, or 1.2 MB with its "
             "larger head. KelpNet reaches 79.0% top-1 accuracy on ImageNet with a model size of 2 MB.")  # fmt: skip


def _size_store(tmp_path) -> KgStore:
    """The UI store plus one paper giving ZorbNet two sizes in two units, and KelpNet one."""
    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    p = Paper(id="b0", title="ZorbNet: tiny image classifiers", arxiv_id="2406.00002", date="2024-06-02",
              abstract=_ABSTRACT)  # fmt: skip
    t = p.text
    first = _span(t, "ZorbNet reaches")
    first = (first[0], t.index("head.") + 5)
    second = _span(t, "KelpNet reaches")
    second = (second[0], len(t))
    size = dict(dataset="ImageNet", confidence=0.9)
    results = (Result("ZorbNet", "top-1 accuracy", 80.1, "80.1%", unit="%", span=first, **size),
               Result("ZorbNet", "model size", 900.0, "900 KB", unit="KB", span=first, **size),
               Result("ZorbNet", "model size", 1.2, "1.2 MB", unit="MB", span=first, **size),
               Result("KelpNet", "top-1 accuracy", 79.0, "79.0%", unit="%", span=second, **size),
               Result("KelpNet", "model size", 2.0, "2 MB", unit="MB", span=second, **size))  # fmt: skip
    e = Extraction(p.id, p.title,
                   methods=(Mention("ZorbNet", (_span(t, "ZorbNet", len(p.title)),), 0.9),
                            Mention("KelpNet", (_span(t, "KelpNet"),), 0.9)),
                   datasets=(Mention("ImageNet", (_span(t, "ImageNet"),), 0.9),),
                   metrics=(Mention("top-1 accuracy", (_span(t, "top-1 accuracy"),), 0.9),
                            Mention("model size", (_span(t, "model size"),), 0.9)),
                   proposed=("ZorbNet",), results=results, version="test")  # fmt: skip
    store.add_shared(shared_quads(scheme, [Entity("method", "ZorbNet"), Entity("method", "KelpNet"),
                                           Entity("metric", "model size", higher_is_better=False)], []))  # fmt: skip
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    store.refresh_leaderboards(scheme)
    return store


def _row(html: str, method: str) -> str:
    row = html[html.index(f"{method}</a>"):]
    return row[: row.index("</tr>")]


def test_the_cost_column_takes_the_smallest_size_in_bytes_as_written(tmp_path):
    """The Cost column of ZorbNet's row gives its smaller size, 900 KB (not 1.2 MB: 1.2 < 900 only
    as bare numbers), with its unit, as the stored boards' mlkg:cost (the leaderboard query) does."""
    store = _size_store(tmp_path)
    q = load_queries()["leaderboard"]
    subs = bind_params(q, {"dataset": "ImageNet", "metric": "top-1 accuracy"})
    costs = {r["methodLabel"].value: r["cost"].value for r in store.query(q.text, substitutions=subs) if r["cost"]}
    assert costs["ZorbNet"] == "900 KB model size"
    (html,) = served_pages(store, tmp_path, "/dataset/imagenet")
    shown = re.findall(r'<span class="cost-item"><a [^>]*>([^<]*)</a> ([^<]*)</span>', _row(html, "ZorbNet"))
    assert shown == [("900 KB", "model size")]


def test_a_size_board_ranks_and_sorts_sizes_in_bytes(tmp_path):
    """On the measure's page, ImageNet's model-size board ranks in bytes: ZorbNet's best is its
    900 KB, before KelpNet's 2 MB, and its 1.2 MB follows as its other result; each shown with its
    unit and sorted by its size in bytes (data-key)."""
    store = _size_store(tmp_path)
    (html,) = served_pages(store, tmp_path, "/metric/model-size")
    board = html[html.index('id="board-imagenet"'):]
    board = board[: board.index("</table>")]
    cells = re.findall(r'data-label="Value" data-key="([^"]*)">\s*<a [^>]*>([^<]*)</a>', board)
    assert cells == [("900000.0", "900 KB"), ("2000000.0", "2 MB"), ("1200000.0", "1.2 MB")]


def test_a_cost_column_of_one_measure_sorts_by_its_size_in_bytes(tmp_path):
    """ImageNet's top-1 board has one cost measure, model size: its Cost column sorts as numbers,
    each cell by its size in bytes (ZorbNet's 900 KB before KelpNet's 2 MB), not as text, and a
    first click puts the smallest first (a size is better smaller)."""
    (html,) = served_pages(_size_store(tmp_path), tmp_path, "/dataset/imagenet")
    assert re.search(r'<th data-type="number" data-first="asc" scope="col" class="cost-col" title="model size, as [^"]*">Cost</th>', html)
    keys = {m: re.search(r'<td class="cost" data-label="Cost" data-key="([^"]*)">', _row(html, m))[1]
            for m in ("ZorbNet", "KelpNet")}  # fmt: skip
    assert keys == {"ZorbNet": "900000.0", "KelpNet": "2000000.0"}


def test_a_chart_of_sizes_labels_its_axis_in_a_unit_of_bytes(tmp_path):
    """The model-size board's chart over time (two papers, two dates) labels its ticks "0.5 MB",
    "1 MB" ..., not "500000" and "1e+06" (its scale is bytes)."""
    store = _size_store(tmp_path)
    scheme = IriScheme()
    p = Paper(id="b1", title="QuillNet", arxiv_id="2301.00003", date="2023-01-03",
              abstract="QuillNet reaches 78.0% top-1 accuracy on ImageNet with a model size of 1.5 MB.")  # fmt: skip
    t = p.text
    span = (_span(t, "QuillNet reaches")[0], len(t))
    results = (Result("QuillNet", "top-1 accuracy", 78.0, "78.0%", dataset="ImageNet", unit="%", span=span, confidence=0.9),
               Result("QuillNet", "model size", 1.5, "1.5 MB", dataset="ImageNet", unit="MB", span=span, confidence=0.9))  # fmt: skip
    e = Extraction(p.id, p.title, methods=(Mention("QuillNet", (_span(t, "QuillNet", len(p.title)),), 0.9),),
                   datasets=(Mention("ImageNet", (_span(t, "ImageNet"),), 0.9),),
                   metrics=(Mention("model size", (_span(t, "model size"),), 0.9),),
                   proposed=("QuillNet",), results=results, version="test")  # fmt: skip
    store.add_shared(shared_quads(scheme, [Entity("method", "QuillNet")], []))
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    (html,) = served_pages(store, tmp_path, "/metric/model-size")
    chart = html[html.index('<svg class="chart timeline'):]
    ticks = re.findall(r'class="tick y">([^<]*)</text>', chart[: chart.index("</svg>")])
    assert ticks and all(t.endswith(" MB") for t in ticks) and "1 MB" in ticks


def test_a_cost_column_sorts_best_first_in_its_measures_direction():
    """A first click on a one-measure Cost column puts the best first: the fewest parameters, the
    most frames per second (Board.cost_first, the Cost header's data-first)."""
    from kg.web.ui import Board, ResultRow

    def row(method: str, cost: str, higher_is_better: bool) -> ResultRow:
        fields = dict(iri="r", method=method, method_label=method, dataset=None, dataset_label=None,
                      metric=None, metric_label=cost, higher_is_better=higher_is_better, task=None,
                      task_label=None, value=1.0, value_text="1", percent=False, setting=None, delta=None,
                      relative_delta=None, baseline=None, paper="p", title="t", date=None, start=None,
                      end=None, sentence=None, confidence=0.9)  # fmt: skip
        scored = ResultRow(**{**fields, "metric_label": "accuracy", "higher_is_better": True})
        scored.costs[cost] = ResultRow(**fields)
        return scored

    for cost, higher, first in (("parameters", False, "asc"), ("FPS", True, "desc")):
        board = Board("ImageNet", None, True, [row("ZorbNet", cost, higher)], cost_columns=[cost])
        assert board.cost_first == first
    assert Board("ImageNet", None, True, [row("ZorbNet", "FPS", True)], cost_columns=["FPS", "params"]).cost_first == "asc"
