"""Side-by-side comparisons: of methods, as Papers with Code's method pages list a method's
results across benchmarks, and of papers, as ORKG's comparisons put papers in columns.

``/compare?method=<slug>&method=<slug>`` (2 to 6 methods): a row per leaderboard (dataset, metric
and regime) any of them is ranked on, a column per method, each cell the method's entry on that
board (its best result there, on the board's scale, with its rank and evidence); the boards the
methods share come first, and the best cell of a shared row is marked. The values are the
materialised leaderboards' (kg.leaderboard's rules), read by the named query
``method_leaderboards`` once per method, so a cell says what the dataset page's board says.

``/compare?paper=<id>&paper=<id>``: a column per paper, rows for its date, tasks, proposed
methods, methods, datasets and metrics it uses (what the paper page lists), and its results by
(dataset, metric, regime), the row's best marked where two or more papers report one.

``with=<name>`` (the "compare with..." forms, which work without JavaScript) adds the method or
paper best matching a name and redirects to the page of slugs; ``format=csv`` downloads the table.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from flask import Response, redirect, render_template, request, url_for
from pyoxigraph import NamedNode, Variable
from werkzeug.exceptions import BadRequest, NotFound

from kg.leaderboard import board_setting, common_scale, is_percent_board, percent_score, trusted
from kg.queries import apply_values
from kg.rdf import all_prefixes
from kg.web.state import get_state
from kg.web.ui import (
    PERCENT, ResultRow, UiCache, _local, bp, cache, dataset_board_anchors, directions, entities, entity_iri,
    entity_matches, kind_of, named_entity, paper_iri, paper_links, paper_matches, papers_index, page_url, results, select,
    shown_number, sparql_url,
)  # fmt: skip

MIN_COMPARED, MAX_COMPARED = 2, 6
METHOD_BOARDS = "method_leaderboards"  # the named query behind a comparison of methods


def _named(name: str):
    from kg.web.api import named_queries

    return named_queries()[name]


def method_query(iri: str) -> str:
    """The text of ``method_leaderboards`` with ``iri`` in its slot: what a comparison's column
    reads, to open in the query editor."""
    text, _ = apply_values(_named(METHOD_BOARDS).text, {Variable("method"): NamedNode(iri)})
    return text


def editor_url(query: str) -> str:
    """The query editor opened on ``query`` with the project's prefixes declared, as its examples are
    (the endpoint predeclares them; the editor's checker marks an undeclared one)."""
    header = "".join(
        f"PREFIX {p}: <{iri}>\n" for p, iri in all_prefixes(get_state().settings.base_iri).items()
    )
    return sparql_url(header + "\n" + query)


def method_entries(iri: str) -> list[dict]:
    """The method's entries on the materialised leaderboards (the ``method_leaderboards`` rows), kept
    for the next visit (bounded, beside the entity pages' result rows)."""
    return cache().get(
        ("method boards", iri), lambda: select(method_query(iri)), bounded=UiCache.PAGE_RESULTS
    )


# ---------------------------------------------------------------- what is compared


@dataclass
class Column:
    """One compared method or paper."""

    iri: str
    ident: str  # the slug or paper id the URL names it by
    label: str
    url: str | None
    date: str | None = None
    query: str | None = None  # the query editor with what the column reads
    api_csv: str | None = None  # the named query's answer as CSV (methods)
    without: str | None = None  # this comparison without it (None when two are left)
    shared: int = 0  # rankable rows it reports that another column reports too
    wins: int = 0  # of them, those where it has the best cell


def _idents(kind: str) -> list[str]:
    """The slugs (methods) or ids (papers) the request names, in order, each once."""
    seen: dict[str, None] = {}
    for raw in request.args.getlist(kind):
        value = raw.strip().strip("/")
        if value:
            seen.setdefault(value, None)
    return list(seen)


def _iri(kind: str, ident: str) -> str:
    return entity_iri("method", ident) if kind == "method" else paper_iri(ident)


def _ident(kind: str, iri: str) -> str:
    """The slug or paper id of a method or paper IRI, as its page's URL names it."""
    found = kind_of(iri)
    return unquote(found[1]) if found else iri


def _exists(kind: str, ident: str) -> bool:
    """Whether the graph has the method (not another kind of entity) or paper ``ident`` names."""
    iri = _iri(kind, ident)
    if kind == "method":
        info = entities().get(iri)
        return info is not None and info.kind == "method"
    return iri in papers_index()


def _named_method(name: str) -> str | None:
    """The slug of the method whose name or alias is ``name``, or None: ``method=BERT`` works
    as ``method=<BERT's slug>`` does."""
    iri = named_entity("method", name)
    return _ident("method", iri) if iri is not None else None


def _find(kind: str, name: str) -> str:
    """The IRI of the method (or paper, by title) best matching ``name``, as the search finds it.

    :raise 404: when nothing matches.
    """
    if kind == "method" and name in entities() and entities()[name].kind == "method":
        return name  # an IRI: what the search box sends for a picked suggestion
    if kind == "paper" and name in papers_index():
        return name
    hits = entity_matches(name, ["method"]) if kind == "method" else paper_matches(name)
    if not hits:
        what = "method" if kind == "method" else "paper title"
        raise NotFound(f"no {what} in the graph matches {name!r} (with={name})")
    return hits[0]["id"]


def _compare_url(kind: str, idents: list[str], **extra) -> str:
    return url_for("ui.compare", **{kind: idents}, **extra)


@bp.route("/compare")
def compare():
    """Methods or papers side by side (see the module's docstring).

    :raise 400: for both kinds at once, fewer than two or more than six, or an unknown format.
    :raise 404: naming the slugs or ids the graph does not have (or a ``with`` name nothing matches).
    """
    methods, papers = _idents("method"), _idents("paper")
    if methods and papers:
        raise BadRequest("compare either methods (method=...) or papers (paper=...), not both")
    # (kind=paper: the landing page's form for papers, which names none yet)
    kind = "paper" if papers or request.args.get("kind") == "paper" else "method"
    idents = papers or methods
    added = [w.strip() for w in request.args.getlist("with") if w.strip()]
    if added:  # a "compare with..." form: the slugs of what the names find, as a page of its own
        for name in added:
            ident = _ident(kind, _find(kind, name))
            if ident not in idents:
                idents.append(ident)
        return redirect(_compare_url(kind, idents, **_kept_format()), code=303)
    if not idents:
        return render_template("compare.html", kind=None, columns=[], rows=[], max_compared=MAX_COMPARED)
    # names for slugs (method=BERT&method=RoBERTa): the page of their slugs
    found = [i if _exists(kind, i) else (_named_method(i) if kind == "method" else None) for i in idents]
    missing = [i for i, f in zip(idents, found, strict=True) if f is None]
    if not missing and found != idents:
        return redirect(_compare_url(kind, list(dict.fromkeys(found)), **_kept_format()), code=303)
    if missing:
        page = (
            "slug of a method page, /method/<slug>, or a method's name" if kind == "method" else "id of a paper page, /paper/<id>"
        )
        raise NotFound(f"the graph has no {kind}{'s' if len(missing) > 1 else ''} "
                       f"{', '.join(repr(m) for m in missing)} (compare takes the {page})")  # fmt: skip
    if not MIN_COMPARED <= len(idents) <= MAX_COMPARED:
        raise BadRequest(f"compare takes {MIN_COMPARED} to {MAX_COMPARED} {kind}s; got {len(idents)}"
                         f" ({', '.join(idents)})")  # fmt: skip
    fmt = request.args.get("format", "html")
    if fmt not in ("html", "csv"):
        raise BadRequest(f"format must be html or csv, got {fmt!r}")
    table = method_table(idents) if kind == "method" else paper_table(idents)
    if fmt == "csv":
        return _csv(kind, table)
    return render_template("compare.html", kind=kind, max_compared=MAX_COMPARED,
                           csv_url=_compare_url(kind, idents, format="csv"), **table)  # fmt: skip


def _kept_format() -> dict:
    fmt = request.args.get("format")
    return {"format": fmt} if fmt else {}


def _without(kind: str, idents: list[str], ident: str) -> str | None:
    rest = [i for i in idents if i != ident]
    return _compare_url(kind, rest) if len(rest) >= MIN_COMPARED else None


# ---------------------------------------------------------------- methods


@dataclass
class Cell:
    """A method's entry on one board, or a paper's results in one row."""

    shown: str  # the value as the board shows it
    key: float  # on the row's scale, for the best mark
    url: str  # the sentence it was read from
    rank: int | None = None
    entries: int | None = None
    row: ResultRow | None = None  # the result, with its paper and sentence
    best: bool = False
    others: list[ResultRow] = field(default_factory=list)  # a paper's further results in the row
    owner: str | None = None  # (papers) the method the result is for


@dataclass
class Row:
    """A (dataset, metric, regime) and each column's cell (None: it reports nothing there)."""

    dataset: str | None
    dataset_label: str
    metric: str | None
    metric_label: str
    setting: str | None
    higher_is_better: bool
    percent: bool
    cells: list[Cell | None]
    board_url: str | None = None

    @property
    def reported(self) -> int:
        return sum(c is not None for c in self.cells)


def _label(iri: str | None) -> str:
    info = entities()
    if not iri:
        return ""
    return info[iri].label if iri in info else _local(iri) or iri


def rankable(row: Row) -> bool:
    """Whether a row's values can be ranked against each other: as on the leaderboards, only
    results that name both their dataset and their metric (the boards list the others unranked)."""
    return row.dataset is not None and row.metric is not None


def mark_best(rows: list[Row], columns: list[Column]) -> None:
    """Mark the best cell(s) of each rankable row two or more columns report, and count, per
    column, the shared rows it reports and those it is best in. On a leaderboard the board's rank
    decides (what the dataset page shows, whatever scale a value was written on); otherwise the
    value on the row's scale, in the metric's direction."""
    for row in rows:
        present = [c for c in row.cells if c is not None and c.shown]  # (not a paper's untrusted ones)
        if len(present) < 2 or not rankable(row):
            continue
        by_rank = all(c.rank is not None for c in present)
        top = max(_merit(c, row, by_rank) for c in present)
        for column, cell in zip(columns, row.cells, strict=True):
            if cell is not None and cell.shown:
                column.shared += 1
                if _merit(cell, row, by_rank) == top:
                    cell.best = True
                    column.wins += 1


def _merit(cell: Cell, row: Row, by_rank: bool) -> float:
    """Larger is better: the board's rank, or the value in the metric's direction."""
    if by_rank:
        return -cell.rank
    return cell.key if row.higher_is_better else -cell.key


def _shared(rows: list[Row]) -> int:
    """How many rows two or more columns report and the values of can be ranked."""
    return sum(r.reported > 1 and rankable(r) for r in rows)


def _order(rows: list[Row]) -> None:
    """Rows the most columns report first, then by dataset, metric and regime."""
    rows.sort(key=lambda r: (-r.reported, r.dataset is None, r.dataset_label.casefold(),
                             r.metric_label.casefold(), r.setting or ""))  # fmt: skip


def method_table(slugs: list[str]) -> dict:
    """The columns and rows of a comparison of methods: each method's entries on the boards."""
    hib = directions()
    columns, by_key = [], {}
    for n, slug in enumerate(slugs):
        iri = entity_iri("method", slug)
        info = entities()[iri]
        columns.append(Column(iri, slug, info.label, page_url(iri), query=editor_url(method_query(iri)),
                              api_csv=url_for("api.run_query", name=METHOD_BOARDS, method=iri, format="csv"),
                              without=_without("method", slugs, slug)))  # fmt: skip
        evidence = {r.iri: r for r in results("method", iri)}
        for e in method_entries(iri):
            key = (e["dataset"], e["metric"], e["boardSetting"])
            row = by_key.get(key)
            if row is None:
                row = by_key[key] = Row(e["dataset"], _label(e["dataset"]), e["metric"], _label(e["metric"]),
                                        e["boardSetting"], hib.get(e["metric"], True), e["boardUnit"] == PERCENT,
                                        [None] * len(slugs))  # fmt: skip
            old = row.cells[n]
            if old is not None and old.rank <= e["rank"]:
                continue  # a tied best result of the method: the first is its cell
            result = evidence.get(e["result"])
            row.cells[n] = Cell(
                # (a percentage on a board of plain numbers keeps its "%", as the board lists it)
                shown=shown_number(e["boardValue"], e["valueText"] or "", row.percent or e["unit"] == PERCENT),
                key=e["boardValue"],
                url=result.evidence_url if result else page_url(e["paper"]) or "#",
                rank=e["rank"], entries=e["entries"], row=result)  # fmt: skip
    rows = list(by_key.values())
    anchors: dict[str, dict] = {}
    for row in rows:
        url = page_url(row.dataset)
        if url and row.reported > 1:  # (the anchors of a dataset's boards: one query per dataset)
            if row.dataset not in anchors:
                anchors[row.dataset] = dataset_board_anchors(row.dataset)
            anchor = anchors[row.dataset].get((row.metric, row.setting))
            url = f"{url}#{anchor}" if anchor else url
        row.board_url = url
    _order(rows)
    mark_best(rows, columns)
    return {"columns": columns, "rows": rows, "shared": _shared(rows)}


# ---------------------------------------------------------------- papers


# what a paper comparison lists of each paper's entities, in the order of its rows:
# (row title, relation, kind of entity)
PAPER_FACETS = (
    ("Tasks", "addresses", None),
    ("Proposed methods", "proposes", None),
    ("Methods used", "uses", "method"),
    ("Datasets", "uses", "dataset"),
    ("Metrics", "uses", "metric"),
)


def paper_table(ids: list[str]) -> dict:
    """The columns, facet rows and result rows of a comparison of papers."""
    index = papers_index()
    columns, facets = [], []
    per_paper: list[dict] = []
    result_rows: dict[tuple, list[list[ResultRow]]] = {}
    relative: list[list[ResultRow]] = []
    for n, ident in enumerate(ids):
        iri = paper_iri(ident)
        columns.append(Column(iri, ident, index[iri]["title"], page_url(iri), date=index[iri]["date"],
                              query=sparql_url(f"DESCRIBE <{iri}>"), without=_without("paper", ids, ident)))  # fmt: skip
        per_paper.append(paper_links(iri))
        relative.append([])
        for r in results("paper", iri):
            if r.value is None:
                relative[n].append(r)
                continue
            key = (r.dataset, r.metric, board_setting(r.setting))
            result_rows.setdefault(key, [[] for _ in ids])[n].append(r)
    # an entity two or more of the papers name is marked in every column that names it
    named = Counter(e["url"] for links in per_paper for rel, kind in {(f[1], f[2]) for f in PAPER_FACETS}
                    for e in {x["url"]: x for x in _facet(links, rel, kind)}.values())  # fmt: skip
    for title, rel, kind in PAPER_FACETS:
        cells = [
            [{**e, "shared": named[e["url"]] > 1} for e in _facet(links, rel, kind)] for links in per_paper
        ]
        if any(cells):
            facets.append(
                {"title": title, "cells": cells, "shared": sum(e["shared"] for c in cells for e in c)}
            )
    rows = [_paper_row(key, found) for key, found in result_rows.items()]
    _order(rows)
    mark_best(rows, columns)
    return {"columns": columns, "facets": facets, "rows": rows, "relative": relative if any(relative) else [],
            "shared": _shared(rows)}  # fmt: skip


def _facet(links: dict, rel: str, kind: str | None) -> list[dict]:
    """The paper's entities by ``rel`` (of ``kind`` only, if given), as the paper page lists them."""
    return [e for e in links.get(rel, ()) if kind is None or e["kind"] == kind]


def _paper_row(key: tuple, found: list[list[ResultRow]]) -> Row:
    """One (dataset, metric, regime) row of a comparison of papers: each paper's best result in it,
    the others listed under it; values on one scale by the leaderboards' rules (kg.leaderboard)."""
    dataset, metric, setting = key
    first = next(r for rs in found for r in rs)
    every = [r for rs in found for r in rs]
    percent = is_percent_board([r.percent for r in every], [r.amount for r in every], first.higher_is_better,
                               first.metric_label)  # fmt: skip
    share = percent_score(first.metric_label)
    sign = 1 if first.higher_is_better else -1
    cells: list[Cell | None] = []
    for rs in found:
        scaled = [(common_scale(r.amount, r.percent, percent, share)[0], r) for r in rs]
        ranked = [(k, r) for k, r in scaled if k is not None and trusted(r.confidence)]
        if not ranked:  # nothing the boards would count: listed, never marked best
            cells.append(Cell(shown="", key=float("nan"), url="#", others=rs) if rs else None)
            continue
        k, best = max(ranked, key=lambda kr: sign * kr[0])
        # on the row's scale, as a board shows it: "87.3" beside "88.55%" top-1 is 87.3%
        shown = shown_number(round(k * 100, 10), best.value_text, True) if percent else best.shown
        cells.append(Cell(shown=shown, key=k, url=best.evidence_url, row=best, owner=best.method_label,
                          others=[r for r in rs if r is not best]))  # fmt: skip
    return Row(dataset, first.dataset_label or "(no dataset named)", metric, first.metric_label or "(no metric named)",
               setting, first.higher_is_better, percent, cells, board_url=page_url(dataset))  # fmt: skip


# ---------------------------------------------------------------- CSV


def spreadsheet_safe(value):
    """A CSV cell that a spreadsheet will not run: text opening with = + - or @ (a task called
    "-SAT problem") gets a leading apostrophe; numbers are left as they are.

    >>> spreadsheet_safe("-SAT problem"), spreadsheet_safe("-0.5"), spreadsheet_safe(3)
    ("'-SAT problem", '-0.5', 3)
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


class _SafeWriter:
    """csv.writer whose every cell goes through :func:`spreadsheet_safe`."""

    def __init__(self, out):
        self._writer = csv.writer(out)

    def writerow(self, row) -> None:
        self._writer.writerow([spreadsheet_safe(x) for x in row])


def _attachment(name: str) -> str:
    """A Content-Disposition naming ``name``: an ASCII fallback and the UTF-8 name (RFC 6266),
    since a header must be Latin-1 ("nyströmformer", "δ-glmb")."""
    fallback = name.encode("ascii", "replace").decode("ascii").replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _csv(kind: str, table: dict) -> Response:
    """The comparison as CSV: a row per table row, the columns' values side by side."""
    out = io.StringIO()
    w = _SafeWriter(out)
    columns: list[Column] = table["columns"]
    if kind == "method":
        w.writerow(["dataset", "metric", "setting", "higher_is_better", "unit", "methods_reporting",
                    *(h for c in columns for h in (c.label, f"{c.label} rank", f"{c.label} paper"))])  # fmt: skip
        for row in table["rows"]:
            cells = [(c.key, c.rank, c.row.paper if c.row else "") if c else ("", "", "") for c in row.cells]
            w.writerow([row.dataset_label, row.metric_label, row.setting or "", str(row.higher_is_better).lower(),
                        "percent" if row.percent else "", row.reported, *(x for cell in cells for x in cell)])  # fmt: skip
    else:
        w.writerow(["row", *(c.label for c in columns)])
        w.writerow(["paper", *(c.iri for c in columns)])
        w.writerow(["date", *(c.date or "" for c in columns)])
        for facet in table["facets"]:
            w.writerow([facet["title"], *("; ".join(e["label"] for e in cell) for cell in facet["cells"])])
        for row in table["rows"]:
            name = f"{row.dataset_label} · {row.metric_label}" + (f" · {row.setting}" if row.setting else "")
            w.writerow([name, *("; ".join(_paper_cell_texts(c)) if c else "" for c in row.cells)])
    name = f"compare-{kind}s-" + "-".join(c.ident.replace("/", "_") for c in columns)[:120] + ".csv"
    return Response(out.getvalue(), content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": _attachment(name)})  # fmt: skip


def _paper_cell_texts(cell: Cell) -> list[str]:
    """A paper's results in a row as "owner: value", its best first, on the row's scale as shown."""
    best = [f"{cell.owner or '(not named)'}: {cell.shown}"] if cell.row else []
    return best + [f"{r.method_label or '(not named)'}: {r.shown}" for r in cell.others]


# ---------------------------------------------------------------- the paper page's way in

# The papers whose results share the most materialised leaderboards with the paper's: the ones
# worth comparing it with. Read from the stored boards (each entry is a method's best result);
# among as many shared boards, the nearest on them (ImageNet's board of 60 gave the five oldest
# arXiv ids when the tie went to the IRI).
Q_BOARD_NEIGHBOURS = """
SELECT ?other (COUNT(DISTINCT ?board) AS ?boards) (SUM(ABS(?at - ?near)) AS ?distance) WHERE {
  VALUES ?paper { UNDEF }
  ?r mlkg:reportedIn ?paper . ?entry mlkg:result ?r ; mlkg:position ?at .
  ?board mlkg:entry ?entry , ?other_entry .
  ?other_entry mlkg:result ?o ; mlkg:position ?near . ?o mlkg:reportedIn ?other . FILTER(?other != ?paper)
} GROUP BY ?other ORDER BY DESC(?boards) ?distance ?other LIMIT 5"""


def board_neighbours(iri: str) -> list[dict]:
    """Up to five papers sharing leaderboards with ``iri``, most shared first, each with the link
    that compares the two."""
    text, _ = apply_values(Q_BOARD_NEIGHBOURS, {Variable("paper"): NamedNode(iri)})
    index, me = papers_index(), _ident("paper", iri)
    found = cache().get(("board neighbours", iri), lambda: select(text), bounded=UiCache.PAGE_RESULTS)
    out = []
    for r in found:
        if r["other"] in index:
            other = _ident("paper", r["other"])
            out.append({"title": index[r["other"]]["title"], "url": page_url(r["other"]), "boards": r["boards"],
                        "compare": _compare_url("paper", [me, other]), "ident": other})  # fmt: skip
    return out


def compare_all_url(iri: str, neighbours: list[dict]) -> str | None:
    """The comparison of the paper with all its neighbours (at most MAX_COMPARED papers)."""
    if len(neighbours) < 2:
        return None
    return _compare_url(
        "paper", [_ident("paper", iri), *(n["ident"] for n in neighbours[: MAX_COMPARED - 1])]
    )
