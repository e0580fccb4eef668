"""Pages for people, and the JSON the graph explorer reads.

Pages: the home page (counts, search, the most connected entities, charts), one
page per method, dataset, metric, task and paper (``/method/<slug>``,
``/paper/arxiv/<id>`` ...), lists of each kind, the graph explorer and the
front-end libraries from ``node_modules/`` (``/vendor/<file>``, an allow-list).
JSON under ``/api/graph/``: search (autocomplete), neighbourhood, projection,
centrality, communities and the path between two entities.

Everything here reads the store directly (not through the query workers): the
queries are ours and bounded. Whole-graph structures (the label index, the
projections) are built once per app and kept in :class:`UiCache`, dropped
when the store's statistics change (an update).
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
import statistics
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote

import networkx as nx
import pyoxigraph as ox
from flask import Blueprint, abort, current_app, jsonify, redirect, render_template, request, send_file, url_for
from markupsafe import Markup, escape
from werkzeug.exceptions import BadRequest, NotFound

from kg import graph as kgraph
from kg.errors import MlkgError
from kg.leaderboard import (Candidate, best_costs, board_setting, common_scale, is_percent_board,
                            measure_role, percent_score, rank, trusted)
from kg.queries import PAGE, apply_page, bind_params
from kg.rdf import BYTES_IN_UNIT, PREFIXES, UNIT_OF_BYTES, VOCAB, XSD_INTEGER, IriScheme, all_prefixes, arxiv_month, paper_title
from kg.web.state import get_state

bp = Blueprint("ui", __name__)

KINDS = ("method", "dataset", "metric", "task")
PLURAL = {"method": "methods", "dataset": "datasets", "metric": "metrics", "task": "tasks",
          "paper": "papers"}  # fmt: skip
CLASS_KIND = {f"{VOCAB}{k.capitalize()}": k for k in KINDS} | {f"{VOCAB}Paper": "paper"}
PERCENT = "http://qudt.org/vocab/unit/PERCENT"
# a relative result written as a factor: "8.4x", "10,000×"
FACTOR = re.compile(r"\s*(\d[\d,]*(?:\.\d+)?)\s*[xX×]\s*")
SKOS = PREFIXES["skos"]
MLKG = VOCAB

# (stats key, label) in the order the home page shows them
COUNTS = (
    ("papers", "Papers"),
    ("methods", "Methods"),
    ("datasets", "Datasets"),
    ("metrics", "Metrics"),
    ("tasks", "Tasks"),
    ("results", "Results"),
    ("triples", "Triples"),
)

# Front-end files served from node_modules/ (installed by `make install` from package-lock.json)
NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"
VENDOR = {
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "layout-base.js": "layout-base/layout-base.js",
    "cose-base.js": "cose-base/cose-base.js",
    "cytoscape-fcose.js": "cytoscape-fcose/cytoscape-fcose.js",
    "yasgui.min.js": "@zazuko/yasgui/build/yasgui.min.js",
    "yasgui.min.js.map": "@zazuko/yasgui/build/yasgui.min.js.map",
    "yasgui.min.css": "@zazuko/yasgui/build/yasgui.min.css",
}

PAGE_PAPERS = 100  # papers listed per relation on an entity page
SEARCH_ENTITIES = 50  # entities and papers the search page lists
SEARCH_PAPERS = 30
MAX_VIEW = 2000  # nodes one JSON answer may hold


# ---------------------------------------------------------------- running queries


def _value(term):
    """A pyoxigraph term as a plain Python value (IRIs as strings, typed literals as numbers)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        try:
            if dt in ("integer", "int", "long", "nonNegativeInteger", "positiveInteger"):
                return int(term.value)
            if dt in ("decimal", "double", "float"):
                return float(term.value)
        except ValueError:
            return term.value
        if dt == "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def select(text: str, **bindings) -> list[dict]:
    """Rows of a SELECT over the union of all graphs, with ``bindings`` pre-bound.

    A binding is an IRI string (bound as an IRI) or a pyoxigraph term.
    """
    subs = {ox.Variable(k): (ox.NamedNode(v) if isinstance(v, str) else v) for k, v in bindings.items()}
    result = get_state().store.query(text, substitutions=subs or None)
    names = [v.value for v in result.variables]
    return [{n: _value(row[n]) for n in names} for row in result]


# ---------------------------------------------------------------- IRIs and URLs


def scheme() -> IriScheme:
    return IriScheme(get_state().settings.base_iri)


def entity_iri(kind: str, slug: str) -> str:
    """The IRI of the entity at ``/<kind>/<slug>`` (``slug`` as the URL decoded it)."""
    return f"{scheme().base}id/{kind}/{quote(slug, safe='.-_')}"


def paper_iri(path: str) -> str:
    """The IRI of the paper at ``/paper/<path>``, quoting the path as the IRI scheme does.

    A server decodes ``%2F`` in a URL to ``/``, so old arXiv ids (``math%2F0309136``)
    are quoted again here, by the rules of :meth:`kg.rdf.IriScheme.paper_path`.
    """
    source, _, rest = path.partition("/")
    if source == "arxiv":
        rest = quote(rest, safe=".")
    elif source == "doi":
        rest = quote(rest, safe="/.-_;()")
    else:
        rest = quote(rest, safe="/.-_")
    return f"{scheme().base}id/paper/{source}/{rest}"


def kind_of(iri: str) -> tuple[str, str] | None:
    """``(kind, local part)`` of a minted entity or paper IRI, else None."""
    prefix = f"{scheme().base}id/"
    if not iri.startswith(prefix):
        return None
    kind, _, local = iri[len(prefix) :].partition("/")
    if not local or (kind in KINDS and "/" in local) or (kind not in KINDS and kind != "paper"):
        return None
    return kind, local


PAGE_URLS_KEPT = 200_000  # page URLs remembered per app (IRIs of a graph, or any a client sends)


def page_url(iri: str | None) -> str | None:
    """The UI page of an entity or paper IRI, or None for other IRIs.

    Remembered per app and script root: accuracy's page asks for 5,000 links, and building each
    (url_for, the IRI scheme) took a fifth of its time on all sota-arxiv.
    """
    if not iri:
        return None
    known = current_app.extensions.setdefault("mlkg_page_urls", {})
    key = (request.script_root, iri)
    url = known.get(key, False)
    if url is False:
        if len(known) >= PAGE_URLS_KEPT:
            known.clear()
        url = known[key] = _page_url(iri)
    return url


def _page_url(iri: str) -> str | None:
    found = kind_of(iri)
    if not found:
        return None
    kind, local = found
    if kind == "paper":
        return url_for("ui.paper", path=unquote(local))
    return url_for("ui.entity", kind=kind, slug=unquote(local))


def explore_url(iri: str) -> str:
    return url_for("ui.explore", focus=iri)


def sparql_url(query: str) -> str:
    """A permalink that opens ``query`` in the query editor."""
    return url_for("sparql.endpoint") + "#query=" + quote(query, safe="")


# ---------------------------------------------------------------- the per-app cache


@dataclass
class EntityInfo:
    iri: str
    kind: str
    label: str
    papers: int
    labels: dict[str, str] = field(default_factory=dict)  # every label and alias: lower-cased -> as written


class UiCache:
    """Whole-graph structures built on first use and kept for the app's life.

    The store is read-only while serving; after an update (the statistics object
    changes) everything is rebuilt on next use.
    """

    MAX_ANSWERS = 32  # query answers kept (get(bounded=True)): a whole answer may be ~5 MB
    # an entity page's result rows (and a task page's boards) kept (get(bounded=PAGE_RESULTS)), apart
    # from the answers, so that browsing pages does not push out the whole-graph answers warmed at
    # start-up
    PAGE_RESULTS = "page results"
    MAX_PAGE_RESULTS = 128

    def __init__(self):
        self._lock = threading.Lock()  # guards the dicts; builds run under their key's own lock
        self._stats: dict | None = None
        self._items: dict = {}
        self._building: dict = {}
        # the bounded keys of each group, least recently used first
        self._bounded: dict[str, OrderedDict] = {"answers": OrderedDict(), self.PAGE_RESULTS: OrderedDict()}

    @property
    def _answers(self) -> OrderedDict:
        return self._bounded["answers"]

    def _group(self, bounded: bool | str) -> tuple[OrderedDict, int] | None:
        if not bounded:
            return None
        if bounded is True:
            return self._bounded["answers"], self.MAX_ANSWERS
        return self._bounded[bounded], self.MAX_PAGE_RESULTS

    def get(self, key, build: Callable, bounded: bool | str = False):
        """The value under ``key``, built by ``build()`` once (concurrent callers wait for it).
        ``bounded``: one of at most ``MAX_ANSWERS`` such values (the least recently used goes),
        for answers whose keys clients choose, so that no client can fill the memory;
        ``PAGE_RESULTS``: one of at most ``MAX_PAGE_RESULTS`` in a group of their own."""
        stats = get_state().stats()
        group = self._group(bounded)
        with self._lock:
            if stats is not self._stats:
                self._items.clear()
                self._building.clear()
                for kept in self._bounded.values():
                    kept.clear()
                self._stats = stats
            if key in self._items:
                if group:
                    group[0].move_to_end(key)
                return self._items[key]
            key_lock = self._building.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                if key in self._items and self._stats is stats:
                    return self._items[key]
            value = build()
            with self._lock:
                if self._stats is stats:
                    self._items[key] = value
                    if group:
                        kept, most = group
                        kept[key] = None
                        while len(kept) > most:
                            old, _ = kept.popitem(last=False)
                            self._items.pop(old, None)
                            self._building.pop(old, None)
            return value


def cache() -> UiCache:
    return current_app.extensions.setdefault("mlkg_ui", UiCache())


Q_ENTITIES = """
SELECT ?e ?class ?label WHERE {
  VALUES ?class { mlkg:Method mlkg:Dataset mlkg:Metric mlkg:Task }
  ?e a ?class ; skos:prefLabel ?label }"""

Q_LABELS = """
SELECT ?e ?p ?label WHERE {
  VALUES ?p { skos:prefLabel skos:altLabel skos:hiddenLabel }
  ?e ?p ?label }"""

Q_PAPERS = """
SELECT ?p ?title ?date ?arxiv WHERE {
  ?p a mlkg:Paper ; dcterms:title ?title .
  OPTIONAL { ?p dcterms:issued ?date }
  OPTIONAL { ?p fabio:hasArXivId ?arxiv }
}"""

Q_INCIDENCE = "SELECT ?p ?e WHERE { ?p mlkg:mentions ?e }"

# the abstracts of the papers without a title (546 of all sota-arxiv's 10,500: 0.05 s)
Q_UNTITLED = 'SELECT ?p ?text WHERE { ?p dcterms:title "" . ?a mlkg:abstractOf ?p ; rdf:value ?text }'

UNTITLED_WORDS = 60  # characters of the abstract that name an untitled paper


# A title that opens with an author's LaTeX macro for the paper's name ("\\name: Marrying Convolution
# and Attention", "\\ModelName: Decoding-enhanced BERT", "{\\our}: Only Attention is Needed") is stored
# as the macro's bare word ("name: Marrying ..."): about 60 of all sota-arxiv's titles. The words
# are placeholders an author defines once (name, model, method, ours, datasetname, sysname, ...),
# never a title's own first word before a colon.
_PLACEHOLDER_STEM = r"(?:name|model|method|ours?|system|dataset|acronym)"
PLACEHOLDER_TITLE = re.compile(
    r"(?:our|the|my|titled|full|short|fancy|generic|work|nick|proj|sys|tool|net|algo?|kb|gen|data(?:set)?"
    r"|method|model|n)?" + _PLACEHOLDER_STEM + r"(?:full|name|title)?\s*:\s+(?=\S)",
    re.I,
)
UNNAMED_LABEL = re.compile(r"\(proposed in “(.*)”\)", re.S)


def shown_title(title: str) -> str:
    """``title`` without a leading placeholder left by an unexpanded LaTeX macro.

    >>> shown_title("name: Marrying Convolution and Attention for All Data Sizes")
    'Marrying Convolution and Attention for All Data Sizes'
    >>> shown_title("ModelName: Decoding-enhanced BERT with Disentangled Attention")
    'Decoding-enhanced BERT with Disentangled Attention'
    >>> shown_title("Model-based RL: a survey"), shown_title("espresso: A Fast Toolkit")
    ('Model-based RL: a survey', 'espresso: A Fast Toolkit')
    """
    found = PLACEHOLDER_TITLE.match(title)
    return title[found.end() :] if found else title


def shown_label(label: str) -> str:
    """An entity's label as pages show it: a paper's unnamed method quotes the shown title.

    >>> shown_label("(proposed in “model: Dual Attention…”)"), shown_label("ResNet-50")
    ('(proposed in “Dual Attention…”)', 'ResNet-50')
    """
    found = UNNAMED_LABEL.fullmatch(label)
    return f"(proposed in “{shown_title(found[1])}”)" if found else label


def readable_title(title: str | None, iri: str, abstract: str | None) -> str:
    """What to call a paper in a list: its title; without one, the start of its abstract, quoted,
    and its id ("arxiv/1909.06317 (untitled)" said nothing of what the paper is about).

    >>> readable_title("", "https://w3id.org/mlkg/id/paper/arxiv/1909.06317",
    ...                "\\n\\nSequence-to-sequence models have been widely used in end-to-end speech processing.")
    '“Sequence-to-sequence models have been widely used in…” (untitled, arXiv 1909.06317)'
    >>> readable_title("", "https://w3id.org/mlkg/id/paper/arxiv/1909.06317", None)
    'arxiv/1909.06317 (untitled)'
    """
    if (title and title.strip()) or not abstract or not abstract.strip():
        return shown_title(paper_title(title, iri))
    words = " ".join(abstract.split())
    if len(words) > UNTITLED_WORDS:
        cut = words.rfind(" ", 0, UNTITLED_WORDS + 1)
        words = words[: cut if cut > UNTITLED_WORDS // 2 else UNTITLED_WORDS].rstrip(",;:.") + "…"
    local = paper_title("", iri).removesuffix(" (untitled)")
    ident = "arXiv " + local[len("arxiv/"):] if local.startswith("arxiv/") else local
    return f"“{words}” (untitled, {ident})"

Q_RESULT_METHODS = "SELECT ?m ?p WHERE { ?r mlkg:method ?m ; mlkg:reportedIn ?p }"


def entities() -> dict[str, EntityInfo]:
    """Every method, dataset, metric and task with its label, aliases and paper count."""

    def build():
        out: dict[str, EntityInfo] = {}
        papers = mentioned_in()
        # a paper's unnamed method is mentioned by no paper, only reported in its results: counted
        # by those ("(proposed in “…”)" showed "0 papers" in search and the lists)
        reporting: dict[str, set[str]] = defaultdict(set)
        for r in select(Q_RESULT_METHODS):
            reporting[r["m"]].add(r["p"])
        for r in select(Q_ENTITIES):
            if r["e"] not in out:
                count = len(papers.get(r["e"]) or reporting.get(r["e"], ()))
                out[r["e"]] = EntityInfo(r["e"], CLASS_KIND[r["class"]], shown_label(r["label"]), count)
        for r in select(Q_LABELS):
            info = out.get(r["e"])
            if info is not None and isinstance(r["label"], str):
                key = r["label"].casefold()
                if key not in info.labels or r["p"] != SKOS + "hiddenLabel":
                    info.labels[key] = r["label"]
        return out

    return cache().get("entities", build)


def papers_index() -> dict[str, dict]:
    """Every paper's title and date (``dcterms:issued``, else the month of its arXiv id)."""

    def build():
        out = {}
        untitled = {r["p"]: r["text"] for r in select(Q_UNTITLED)}
        for r in select(Q_PAPERS):
            if r["p"] not in out:
                title = readable_title(r["title"], r["p"], untitled.get(r["p"]))
                out[r["p"]] = {"title": title, "date": r["date"] or arxiv_month(r["arxiv"]),
                               "key": title.casefold()}  # fmt: skip
        return out

    return cache().get("papers", build)


def incidence() -> dict[str, set[str]]:
    """The entities each paper mentions (``mlkg:mentions``), by paper (cached)."""

    def build():
        out: dict[str, set[str]] = defaultdict(set)
        for r in select(Q_INCIDENCE):
            out[r["p"]].add(r["e"])
        return dict(out)

    return cache().get("incidence", build)


def mentioned_in() -> dict[str, set[str]]:
    """The papers that mention each entity (cached)."""

    def build():
        out: dict[str, set[str]] = defaultdict(set)
        for p, members in incidence().items():
            for e in members:
                out[e].add(p)
        return dict(out)

    return cache().get("mentioned-in", build)


def projection(name: str) -> nx.Graph:
    """The weighted co-mention graph ``name`` (see :data:`kg.graph.PROJECTIONS`), cached.

    Same graph as :func:`kg.graph.projection` (nodes carry ``label``, ``type``,
    ``papers``), counted in Python from one incidence query, which is several
    times faster than grouping every pair in SPARQL on a large graph.

    :raise 400: for an unknown projection.
    """
    if name not in kgraph.PROJECTIONS:
        raise BadRequest(f"unknown projection {name!r}; choose one of {', '.join(kgraph.PROJECTIONS)}")

    def build():
        a, b = kgraph.PROJECTIONS[name]
        kinds = {k for k in (a, b) if k} or set(KINDS)
        info = {iri: e for iri, e in entities().items() if e.kind in kinds}
        weights: Counter = Counter()
        for members in incidence().values():
            for x, y in itertools.combinations(sorted(m for m in members if m in info), 2):
                tx, ty = info[x].kind, info[y].kind
                if a is None or {tx, ty} == {a, b}:
                    weights[(x, y)] += 1
        g = nx.Graph(projection=name)
        g.add_weighted_edges_from((x, y, w) for (x, y), w in weights.items())
        for n in g.nodes:
            e = info[n]
            g.nodes[n].update(label=e.label, type=e.kind, papers=e.papers)
        return g

    return cache().get(("projection", name), build)


def ranking(name: str) -> tuple[dict[str, float], list[str]]:
    """Weighted degree of every node of a projection, and its nodes best-connected first (cached)."""

    def build():
        g = projection(name)
        degree = dict(g.degree(weight="weight"))
        return degree, sorted(g.nodes, key=lambda n: (-degree[n], n))

    return cache().get(("ranking", name), build)


def paper_graph() -> nx.Graph:
    """Papers and the entities they mention, one edge per mention (for paths), cached."""

    def build():
        info, papers = entities(), papers_index()
        g = nx.Graph(projection="paper-entity")
        for paper, members in incidence().items():
            p = papers.get(paper)
            for entity in members:
                e = info.get(entity)
                if e is None or p is None:
                    continue
                g.add_node(paper, label=p["title"], type="paper", papers=1)
                g.add_node(entity, label=e.label, type=e.kind, papers=e.papers)
                g.add_edge(paper, entity, weight=1)
        return g

    return cache().get("paper-graph", build)


# ---------------------------------------------------------------- search


def search(q: str, *, limit: int = 10, kinds: Iterable[str] = KINDS, papers: bool = True) -> list[dict]:
    """Entities (and papers) whose label or alias matches ``q``, best first.

    An exact label beats a prefix, a prefix beats the start of a word, which beats
    any substring; ties go to the entity in more papers. Papers fill what entities leave.
    """
    out = entity_matches(q, kinds)[:limit]
    if papers and len(out) < limit:
        out += paper_matches(q)[: limit - len(out)]
    return out


def named_entity(kind: str, name: str) -> str | None:
    """The IRI of the ``kind`` entity whose label or alias is ``name`` (any case; the one in
    most papers), or None: how a page or a comparison takes "BERT" for BERT's slug."""
    hits = entity_matches(name, [kind])
    key = " ".join(name.casefold().split())
    if hits and key in entities()[hits[0]["id"]].labels:  # best first: an exact label, if any
        return hits[0]["id"]
    return None


def entity_matches(q: str, kinds: Iterable[str] = KINDS) -> list[dict]:
    """Every entity whose label or alias matches ``q``, best first (:func:`search`)."""
    key = " ".join(q.casefold().split())
    if not key:
        return []
    word = re.compile(r"(?:^|[\s\-_/(])" + re.escape(key))
    kinds = set(kinds)
    found = []
    for e in entities().values():
        if e.kind not in kinds:
            continue
        best, matched = None, None
        for label in e.labels:
            if key not in label:
                continue
            score = 0 if label == key else 1 if label.startswith(key) else 2 if word.search(label) else 3
            if best is None or score < best:
                best, matched = score, label
        if best is not None:
            found.append((best, -e.papers, e.label.casefold(), e, matched))
    found.sort(key=lambda t: t[:3])
    return [
        {"id": e.iri, "label": e.label, "type": e.kind, "papers": e.papers, "url": page_url(e.iri),
         "match": None if matched == e.label.casefold() else e.labels[matched]}
        for _, _, _, e, matched in found
    ]  # fmt: skip


def paper_matches(q: str) -> list[dict]:
    """Every paper whose title holds ``q`` (three characters or more): titles that start with it,
    then those with a word that does ("ViT/MLP-Mixer"), then the others ("Activity")."""
    key = " ".join(q.casefold().split())
    if len(key) < 3:
        return []
    word = re.compile(r"(?:^|[\s\-_/(])" + re.escape(key))
    hits = [(0 if p["key"].startswith(key) else 1 if word.search(p["key"]) else 2, iri, p)
            for iri, p in papers_index().items() if key in p["key"]]  # fmt: skip
    hits.sort(key=lambda t: (t[0], t[2]["key"]))
    return [{"id": iri, "label": p["title"], "type": "paper", "papers": 1, "url": page_url(iri), "match": None}
            for _, iri, p in hits]  # fmt: skip


def resolve(value: str | None, *, name: str = "node") -> str:
    """An IRI for ``value``: an IRI as it is, else the best search hit for a name.

    :raise 400: if the parameter is missing.
    :raise 404: if no entity or paper has that name.
    """
    value = (value or "").strip()
    if not value:
        raise BadRequest(f"parameter {name!r} is required (an IRI or a name)")
    if re.match(r"^https?://", value):
        return value
    hits = search(value, limit=1)
    if not hits:
        raise NotFound(f"nothing in the graph is called {value!r}")
    return hits[0]["id"]


# ---------------------------------------------------------------- entity pages

Q_ENTITY = """
SELECT ?e ?p ?o ?olabel WHERE {
  VALUES ?p { rdf:type skos:prefLabel skos:altLabel skos:broader skos:exactMatch skos:closeMatch
              mlkg:higherIsBetter mlkg:forTask }
  ?e ?p ?o . OPTIONAL { ?o skos:prefLabel ?olabel } }"""

Q_NARROWER = "SELECT ?e ?n ?label WHERE { ?n skos:broader ?e ; skos:prefLabel ?label } ORDER BY ?label"

Q_ENTITY_PAPERS = """
SELECT ?e ?rel ?p WHERE { VALUES ?rel { mlkg:proposes mlkg:uses mlkg:addresses } ?p ?rel ?e }"""

# Two plain patterns (no OPTIONAL: Oxigraph evaluates those over the whole store first);
# labels, titles and directions come from the per-app caches. The role and the entity go into
# VALUES slots (kg.queries.apply_values), not pyoxigraph substitutions: a predicate bound by
# substitution is not used to plan ``?r ?role ?e`` (ImageNet's page on sota-arxiv: 0.15 s for
# the first query, 0.04 s with the slot; a paper or method page: 0.45 s -> 0.04 s).
# (?role and ?e are bound in their VALUES slots and not projected: as columns they were two IRIs
# more to decode in each of the 3,200 rows of accuracy's page)
Q_RESULT_PROPS = """
SELECT ?r ?p ?o WHERE {
  VALUES ?role { UNDEF } VALUES ?e { UNDEF } ?r ?role ?e ; a mlkg:Result ; ?p ?o }"""

Q_RESULT_EVIDENCE = """
SELECT ?r ?confidence ?start ?end ?sentence WHERE {
  VALUES ?role { UNDEF } VALUES ?e { UNDEF } ?r ?role ?e ; a mlkg:Result .
  ?a mlkg:assertsResult ?r ; mlkg:confidence ?confidence ; prov:wasDerivedFrom ?span .
  ?span oa:hasSelector ?sel ; oa:hasSource ?abstract . ?sel oa:start ?start ; oa:end ?end .
  ?abstract rdf:value ?text BIND(SUBSTR(?text, ?start + 1, ?end - ?start) AS ?sentence)
}"""

Q_DIRECTIONS = "SELECT ?m ?hib WHERE { ?m mlkg:higherIsBetter ?hib }"

ROLE = {"method": MLKG + "method", "dataset": MLKG + "dataset", "metric": MLKG + "metric",
        "task": MLKG + "task", "paper": MLKG + "reportedIn"}  # fmt: skip


@dataclass
class ResultRow:
    """One reported number with its evidence, as the pages show it."""

    iri: str
    method: str | None
    method_label: str | None
    dataset: str | None
    dataset_label: str | None
    metric: str | None
    metric_label: str | None
    higher_is_better: bool
    task: str | None
    task_label: str | None
    value: float | None
    value_text: str
    percent: bool
    setting: str | None
    delta: float | None
    relative_delta: float | None
    baseline: str | None
    paper: str
    title: str
    date: str | None
    start: int | None
    end: int | None
    sentence: str | None
    confidence: float | None
    best: bool = False  # the method's best on its leaderboard
    rank: int | None = None  # among the methods of its leaderboard (trusted rows only)
    board_key: float | None = None  # the value on its leaderboard's scale
    on_board: bool = False
    note: str | None = None  # why a row is ranked after the others
    costs: dict[str, ResultRow] = field(default_factory=dict)  # cost measure label -> the row giving it
    baseline_iri: str | None = None  # the method a relative result beats (``baseline`` is its label)
    bytes_per_unit: int | None = None  # a size in bytes: how many one of its unit is (kg.rdf.BYTES_IN_UNIT)

    @property
    def amount(self) -> float | None:
        """The value as boards and Cost columns compare it: a size in bytes in bytes ("900 KB" is
        smaller than "1.2 MB", as kg.store.board_costs reads them), any other as it is."""
        if self.value is None or self.bytes_per_unit is None:
            return self.value
        return self.value * self.bytes_per_unit

    @property
    def key(self) -> float | None:
        """The value on a common scale (percent as a fraction, a size in bytes), for sorting."""
        if self.on_board:
            return self.board_key
        if self.value is None:
            return None
        return self.value / 100 if self.percent else self.amount

    @property
    def goodness(self) -> float | None:
        """Larger is better, whatever the metric's direction."""
        k = self.key
        return None if k is None else (k if self.higher_is_better else -k)

    @property
    def trusted(self) -> bool:
        """On the board's scale and extracted with enough confidence (kg.leaderboard)."""
        return self.key is not None and trusted(self.confidence)

    @property
    def shown(self) -> str:
        """The number as printed, with its unit."""
        if self.value is None:
            if self.relative_delta is not None:
                factor = FACTOR.fullmatch(self.value_text)
                if factor:  # "8.4x faster": the factor as written, not "+740% (relative)"
                    if self.relative_delta < 0 and float(factor[1].replace(",", "")) > 1:
                        return f"{factor[1]}× lower"  # "8.4x fewer parameters" (relativeDelta 1/8.4 - 1)
                    return f"{factor[1]}×"
                return f"{self.relative_delta * 100:+.4g}% (relative)"
            if self.delta is not None:
                return f"{self.delta:+g} points"
            return self.value_text
        if self.bytes_per_unit is not None and self.value_text.strip()[-1:].isalpha():
            return self.value_text.strip()  # a size with its unit as written: "36.9 kB", "0.65MB"
        return shown_number(self.value, self.value_text, self.percent)

    @property
    def method_slug(self) -> str | None:
        """The method's slug, as its page's URL (/method/<slug>) and /compare?method= name it."""
        return _local(self.method)

    @property
    def anchor(self) -> str | None:
        return None if self.start is None else f"char={self.start},{self.end}"

    @property
    def evidence_url(self) -> str:
        """The paper page, scrolled to the sentence the number was read from."""
        url = page_url(self.paper) or "#"
        return f"{url}#{self.anchor}" if self.anchor else url

    @property
    def excerpt(self) -> Markup:
        """The evidence sentence as a result table shows it (:func:`evidence_excerpt`)."""
        return evidence_excerpt(self.sentence or "", self.value_text)


# characters of a long evidence sentence kept before its number: a table cell shows four lines
# of the sentence (about 180 characters at 1280 px), and in 1,164 of all sota-arxiv's 4,129
# results the number came after the 150th (BERT's SQuAD F1 of 93.2 after GLUE and MultiNLI)
EXCERPT_BEFORE = 80


def evidence_excerpt(sentence: str, value_text: str) -> Markup:
    """``sentence`` as HTML with its number marked; one whose number comes late starts with "…"
    a few words before it, so the number is within the lines the cell shows.

    >>> str(evidence_excerpt("BERT gets 93.2 F1 & more.", "93.2"))
    'BERT gets <mark class="num">93.2</mark> F1 &amp; more.'
    >>> long = "It obtains new state-of-the-art results on eleven tasks, " * 4 + "SQuAD v1.1 F1 to 93.2."
    >>> str(evidence_excerpt(long, "93.2"))[:40]
    '…It obtains new state-of-the-art results'
    """
    found = None
    for needle in (value_text.strip(), value_text.rstrip("%").strip()):
        if needle and (i := sentence.find(needle)) >= 0:
            found = (i, i + len(needle))
            break
    if found is None:
        return Markup(escape(sentence))
    start, end = found
    head = sentence[:start]
    if start > 2 * EXCERPT_BEFORE:  # cut at the first space after the kept stretch begins
        cut = head.find(" ", start - EXCERPT_BEFORE)
        head = "…" + head[cut + 1 :] if 0 <= cut < start else head
    number = escape(sentence[start:end])
    return Markup(f'{escape(head)}<mark class="num">{number}</mark>{escape(sentence[end:])}')


def directions() -> dict[str, bool]:
    """``mlkg:higherIsBetter`` of every metric that states it (cached)."""
    return cache().get("directions", lambda: {r["m"]: r["hib"] is not False for r in select(Q_DIRECTIONS)})


def result_answers(role: str, iri: str) -> tuple[list[dict], list[dict]]:
    """The rows of the two queries :func:`results` reads for ``role`` = ``iri``, kept for the next
    visit (bounded): they were 80% of a busy board's page on all sota-arxiv (accuracy's 400
    results, 3,200 property rows and their evidence), the same rows on every visit."""
    def build():
        return select(Q_RESULT_PROPS, role=ROLE[role], e=iri), select(Q_RESULT_EVIDENCE, role=ROLE[role], e=iri)

    return cache().get(("results", role, iri), build, bounded=UiCache.PAGE_RESULTS)


def results(role: str, iri: str) -> list[ResultRow]:
    """Every result whose ``role`` (method, dataset, metric, task, paper) is ``iri``, best first.

    One row per result: when several extractors assert it, the most confident evidence.
    """
    prop_rows, evidence_rows = result_answers(role, iri)
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for row in prop_rows:
        props[row["r"]][row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]].append(row["o"])
    evidence: dict[str, dict] = {}
    for row in evidence_rows:
        old = evidence.get(row["r"])
        if old is None or (row["confidence"] or 0) > (old["confidence"] or 0):
            evidence[row["r"]] = row
    info, papers, hib = entities(), papers_index(), directions()

    def one(values: dict, key: str):
        found = values.get(key)
        return found[0] if found else None

    def label(e: str | None) -> str | None:
        return (info[e].label if e in info else _local(e)) if e else None

    rows = []
    for r, values in props.items():
        paper = one(values, "reportedIn")
        ev = evidence.get(r, {})
        method, dataset, metric, task = (one(values, k) for k in ("method", "dataset", "metric", "task"))
        value, unit = one(values, "value"), one(values, "unit")
        rows.append(ResultRow(
            iri=r, method=method, method_label=label(method), dataset=dataset, dataset_label=label(dataset),
            metric=metric, metric_label=label(metric), higher_is_better=hib.get(metric, True),
            task=task, task_label=label(task), value=value if isinstance(value, float) else None,
            value_text=str(one(values, "valueText") or ""), percent=unit == PERCENT,
            bytes_per_unit=BYTES_IN_UNIT.get(ox.NamedNode(unit)) if unit and unit != PERCENT else None,
            setting=one(values, "setting"), delta=one(values, "delta"),
            relative_delta=one(values, "relativeDelta"), baseline=label(one(values, "baseline")),
            baseline_iri=one(values, "baseline"),
            paper=paper, title=papers.get(paper, {}).get("title") or _local(paper) or "",
            date=papers.get(paper, {}).get("date"), start=ev.get("start"), end=ev.get("end"),
            sentence=ev.get("sentence"), confidence=ev.get("confidence"),
        ))  # fmt: skip
    rows.sort(key=lambda x: (x.goodness is None, -(x.goodness or 0), x.method_label or "", x.title))
    return rows


def _local(iri: str | None) -> str | None:
    return unquote(iri.rsplit("/", 1)[-1]) if iri else None


@dataclass
class Board:
    """The results on one dataset for one metric (or one metric on one dataset), best first."""

    title: str
    url: str | None
    higher_is_better: bool
    rows: list[ResultRow]
    chart: dict | None = None
    chart_tall: dict | None = None  # the chart twice as tall, shown on a phone instead (TALL_CHART_DOTS)
    setting: str | None = None  # the regime of a board of its own (kg.leaderboard.board_setting)
    unnamed: bool = False  # the results with no dataset (or no metric) named: listed, not ranked
    anchor: str = "board"  # its id on the page (board_anchors)
    key: tuple[str | None, str | None] = (None, None)  # what it groups by (metric or dataset) and its regime
    cost_columns: list[str] = field(default_factory=list)  # the cost measures its rows give, in its Cost column

    @property
    def methods(self) -> int:
        """How many named methods the board ranks (a result whose method is not named ranks none)."""
        return len({r.method for r in self.rows if r.method})

    @property
    def cost_first(self) -> str:
        """How a click first sorts a Cost column of one measure: best first, as the Value
        column does ("desc" for frames per second, "asc" for parameters or a size)."""
        if len(self.cost_columns) != 1:
            return "asc"
        given = next((r.costs[self.cost_columns[0]] for r in self.rows if self.cost_columns[0] in r.costs), None)
        return "desc" if given is not None and given.higher_is_better else "asc"

    @property
    def ranked(self) -> bool:
        """Whether any row is ranked; a board of only low-confidence rows shows them all, unranked
        (else "best result per method only" would leave "1 result" over an empty table)."""
        return any(r.best for r in self.rows)


def board_anchor(group: str | None, setting: str | None) -> str:
    """The id of a board on an entity page, from what it groups by (the metric on a dataset's page,
    the dataset on a metric's) and its regime, so that other pages can link to it (a task page's
    benchmarks: /dataset/imagenet#board-top-1-accuracy--1-shot); its position on the page would
    change as boards grow.

    >>> board_anchor("https://w3id.org/mlkg/id/metric/top-1-accuracy", "1% labels")
    'board-top-1-accuracy--1pct-labels'
    >>> board_anchor(None, None), board_anchor("https://w3id.org/mlkg/id/metric/ap@.5", None)
    ('board-unnamed', 'board-ap-5')

    "--" only separates the regime: each part's run of marks is one "-" ("AP@.5" is "ap-5", not a
    regime "5"). Two names may still give one anchor ("F1.macro", "F1 (macro)"):
    :func:`board_anchors` suffixes all but the first in key order.
    """
    parts = [_local(group) or "unnamed", *([setting] if setting else [])]
    return "board-" + "--".join(re.sub(r"\W+", "-", p.casefold().replace("%", "pct")).strip("-") for p in parts)


def board_anchors(keys: Iterable[tuple[str | None, str | None]]) -> dict[tuple[str | None, str | None], str]:
    """The anchor of each board of a page, from the keys (group IRI, regime) of all its boards.

    Two keys may give one :func:`board_anchor` ("F1.macro", "F1 (macro)"): the later in key order
    (IRI, then regime) takes "-2", "-3". Key order, not the page's order (largest board first), so
    that a page linking to a board (a task page's benchmarks) gives it the anchor the board's own
    page gives it from the page's keys alone (its link reached only the first of the two), and a
    link does not move to another board when the boards' sizes change.

    >>> a = board_anchors([("http://x/f1.macro", None), ("http://x/f1-(macro)", None), ("http://x/acc", None)])
    >>> a[("http://x/f1-(macro)", None)], a[("http://x/f1.macro", None)], a[("http://x/acc", None)]
    ('board-f1-macro', 'board-f1-macro-2', 'board-acc')
    """
    ordered = sorted(set(keys), key=lambda k: (k[0] or "", k[1] or ""))
    plain = {board_anchor(*k) for k in ordered}
    out: dict[tuple[str | None, str | None], str] = {}
    taken: set[str] = set()
    for key in ordered:
        anchor = base = board_anchor(*key)
        n = 1
        while anchor in taken or (anchor != base and anchor in plain):  # nor another board's own anchor
            n += 1
            anchor = f"{base}-{n}"
        out[key] = anchor
        taken.add(anchor)
    return out


def leaderboards(rows: list[ResultRow], group_by: str) -> list[Board]:
    """Absolute results grouped by metric (``group_by="metric"``) or dataset, and by regime:
    the main boards, largest first, then the boards of results measured in a regime of their
    own ("1-shot", "1% labels": kg.leaderboard.board_setting), largest first.

    Each group is ranked by the rules of the materialised leaderboards
    (kg.leaderboard): each method's best results come first, in board order and
    with their rank; the method's other results, and those the board leaves out
    (low confidence, out of range for a percentage), follow with a note.
    """
    groups: dict[tuple[str | None, str | None], list[ResultRow]] = defaultdict(list)
    rows, costs = _board_rows_and_costs([r for r in rows if r.value is not None], group_by)
    for r in rows:
        group = getattr(r, group_by)
        if group_by == "metric" and measure_role(r.metric_label):
            group = None  # a cost no board row of its paper and method takes, or a bare "performance"
        groups[(group, board_setting(r.setting))].append(r)
    boards = []
    for (iri, setting), members in groups.items():
        # results with no dataset (on a metric's page) or no metric (on a dataset's) were measured
        # on different things: listed, after the boards, but neither ranked nor charted
        candidates = [Candidate(r.iri, r.method, r.method_label or "", r.amount, r.percent, r.confidence)
                      for r in members if r.method and iri is not None]  # fmt: skip
        # the scale of the ranked candidates, as the stored boards (kg.store) read it: a row with
        # no method must not turn the board's note and chart scale away from its ranks
        scaled = [r for r in members if r.method] if iri is not None else members
        percent = bool(scaled) and is_percent_board([r.percent for r in scaled], [r.amount for r in scaled],
                                                    members[0].higher_is_better, members[0].metric_label)
        share = percent_score(members[0].metric_label)
        for r in members:
            r.on_board = True
            r.board_key, r.note = common_scale(r.amount, r.percent, percent, share)
            if not trusted(r.confidence):
                r.note = "; ".join(filter(None, (r.note, "low confidence")))
        placed = {e.candidate.result: e for e in rank(candidates, members[0].higher_is_better, members[0].metric_label)}
        for r in members:
            entry = placed.get(r.iri)
            r.best, r.rank = entry is not None, entry.rank if entry else None
        if iri is None:  # not ranked, so not best-first either: newest first, as a paper list
            members.sort(key=lambda x: (x.date or "", x.paper), reverse=True)
        else:
            members.sort(key=lambda x: (0, placed[x.iri].position) if x.iri in placed else
                         (1, not x.trusted, x.goodness is None, -(x.goodness or 0), x.method_label or ""))  # fmt: skip
        first = members[0]
        named = first.metric_label if group_by == "metric" else first.dataset_label
        title = named if iri else "other measures" if any(getattr(r, group_by) for r in members) else f"no {group_by} named"
        board = Board(title, page_url(iri), first.higher_is_better, members, setting=setting, unnamed=iri is None,
                      key=(iri, setting))  # fmt: skip
        if iri is not None:
            dated = [r for r in members if r.trusted]
            board.chart = timeline(dated, first.higher_is_better, percent=percent)
            if board.chart and len(board.chart["dots"]) >= TALL_CHART_DOTS:
                board.chart_tall = timeline(dated, first.higher_is_better, percent=percent, height=TALL_CHART_HEIGHT)
        boards.append(board)
    boards.sort(key=lambda b: (b.unnamed, b.setting is not None, -len(b.rows), b.title.casefold(), b.setting or ""))
    for b in boards:
        if not b.unnamed:
            cost_columns(b, costs)
    anchors = board_anchors(b.key for b in boards)
    for b in boards:
        b.anchor = anchors[b.key]
    return boards


# a chart of this many results is drawn a second time, twice as tall, for a phone: at 390 px the
# 640 x 220 chart is 107 px tall, and ImageNet's 84 top-1 results between 0% and 100% were a smear
# over the 75% label; a chart of few results stays one drawing (each drawing is ~250 bytes a dot)
TALL_CHART_DOTS = 12
TALL_CHART_HEIGHT = 440

FOLD_PAGE_BOARDS = 8  # a page of more boards than this folds its small ones
FOLD_BOARD_ROWS = 2  # a board of at most this many results is folded on such a page


def fold_small_boards(boards: list[Board]) -> tuple[list[Board], list[Board]]:
    """The boards a page shows in full, and the small ones it folds into one compact table
    ("other datasets") after them: on a page of many boards, the named boards of one or two
    results. Accuracy's page on sota-arxiv showed 134 boards, 114 of them of one or two results,
    each with its heading, chart and evidence column (486 KB, 0.5 s): its 20 real boards were lost
    among them. The folded boards keep their anchors (a task page's benchmarks link to them), on
    their first row of the table, in the order of their names (a list of 114 names is read A to Z).
    """
    if len(boards) <= FOLD_PAGE_BOARDS:
        return boards, []
    shown, folded = [], []
    for b in boards:
        (folded if not b.unnamed and len(b.rows) <= FOLD_BOARD_ROWS else shown).append(b)
    folded.sort(key=lambda b: (b.title.casefold(), b.setting or ""))
    return shown, folded


def _board_rows_and_costs(rows: list[ResultRow], group_by: str) -> tuple[list[ResultRow], dict]:
    """A dataset page's rows for its boards, and its cost results (kg.leaderboard.measure_role:
    parameters, FLOPs, speed, ...) by (paper, method) that become columns of those boards: a cost
    whose paper and method have no row on a board stays a row (of "other measures"), not lost.
    On a metric's page (``group_by="dataset"``) every row stays: the page is the measure's."""
    if group_by != "metric":
        return rows, {}
    ranked = {(r.paper, r.method) for r in rows if r.method and r.metric and not measure_role(r.metric_label)}
    costs: dict[tuple[str, str], list[ResultRow]] = defaultdict(list)
    kept = []
    for r in rows:
        if measure_role(r.metric_label) == "cost" and (r.paper, r.method) in ranked:
            costs[(r.paper, r.method)].append(r)
        else:
            kept.append(r)
    return kept, costs


def cost_columns(board: Board, costs: dict[tuple[str, str], list[ResultRow]]) -> None:
    """Give ``board`` the cost measures its rows' papers report for the row's method (one Cost column), as
    Papers with Code's boards show parameters, FLOPs or speed next to the score (the cost comes
    from the same paper and method; the best in the measure's direction when the paper gives several,
    as the stored boards' mlkg:cost: kg.leaderboard.best_costs)."""
    labels: dict[str, None] = {}
    for r in board.rows:
        given = [c for c in costs.get((r.paper, r.method), ()) if c.value is not None]
        best = best_costs((c.metric_label, c.amount, c.percent, c.higher_is_better, c.value_text, c) for c in given)
        for label, c in best.items():
            r.costs.setdefault(label, c)
            labels.setdefault(label)
    board.cost_columns = sorted(labels, key=str.casefold)


def comentions(iri: str, *, per_kind: int = 12) -> dict[str, list[dict]]:
    """The entities most often mentioned in the same papers as ``iri``, by kind."""
    by_paper, info = incidence(), entities()
    counts: Counter = Counter()
    for p in mentioned_in().get(iri, ()):
        counts.update(e for e in by_paper[p] if e != iri and e in info)
    out: dict[str, list[dict]] = {}
    for e, n in sorted(counts.items(), key=lambda kv: (-kv[1], info[kv[0]].label.casefold())):
        items = out.setdefault(info[e].kind, [])
        if len(items) < per_kind:
            items.append({"iri": e, "label": info[e].label, "papers": n, "url": page_url(e)})
    return {k: out[k] for k in KINDS if k in out}


def _paper_section(title: str, papers: Iterable[str], more: str | None) -> dict | None:
    """A section of an entity's page listing ``papers``: how many, and the newest of them
    (None when the graph has none of them)."""
    index = papers_index()
    found = sorted({p for p in papers if p in index},
                   key=lambda p: (index[p]["date"] or "", index[p]["key"]), reverse=True)  # fmt: skip
    if not found:
        return None
    shown = [{"iri": p, "title": index[p]["title"], "url": page_url(p), "date": index[p]["date"]}
             for p in found[:PAGE_PAPERS]]  # fmt: skip
    return {"title": title, "count": len(found), "papers": shown, "more": more}


def entity_papers(iri: str) -> list[dict]:
    """Proposed in / used in / addressed in: how many papers, and the newest of them."""
    by_rel: dict[str, set[str]] = defaultdict(set)
    for r in select(Q_ENTITY_PAPERS, e=iri):
        by_rel[r["rel"].rsplit("#", 1)[-1]].add(r["p"])
    sections = []
    for rel, title in (("proposes", "Proposed in"), ("uses", "Used in"), ("addresses", "Addressed in")):
        query = (f"SELECT ?paper ?title WHERE {{\n  ?paper mlkg:{rel} <{iri}> ; dcterms:title ?title .\n}}"
                 " ORDER BY ?title")  # fmt: skip
        if section := _paper_section(title, by_rel.get(rel, ()), sparql_url(query)):
            sections.append(section)
    return sections


def result_papers(rows: list[ResultRow]) -> list[dict]:
    """The papers that report ``rows``, for an entity no paper proposes, uses or addresses: a
    paper's unnamed method ("(proposed in “…”)", 696 of them on sota-arxiv) has only its results,
    and its page said "No paper mentions it directly" without naming the paper it comes from."""
    section = _paper_section("Results reported in", (r.paper for r in rows), None)
    return [section] if section else []


# The entries of the materialised leaderboards (kg.leaderboard: a method's best results, ranked)
# whose result a paper addressing the task reports: the boards the task's results sit on, as
# Papers with Code's task pages list their benchmarks. One query, the task in a VALUES slot
# (image classification on sota-arxiv: 66 rows in 0.02 s). The OPTIONAL comes last: with patterns
# after it Oxigraph joined them to the optional's every board first (7 s).
Q_TASK_BENCHMARKS = """
SELECT ?t ?board ?dataset ?metric ?setting ?entries ?rank ?position ?r ?method ?paper ?value ?valueText ?unit
WHERE {
  VALUES ?t { UNDEF }
  ?paper mlkg:addresses ?t . ?r mlkg:reportedIn ?paper .
  ?entry mlkg:result ?r ; mlkg:rank ?rank ; mlkg:position ?position .
  ?board mlkg:entry ?entry ; mlkg:forDataset ?dataset ; mlkg:forMetric ?metric ; mlkg:entryCount ?entries .
  ?r mlkg:method ?method ; mlkg:value ?value ; mlkg:valueText ?valueText ; qudt:unit ?unit
  OPTIONAL { ?board mlkg:forSetting ?setting } }"""

# The keys of a dataset page's boards (ui.leaderboards: its results with a number, by metric and
# regime), which the page's anchors are made unique among: a task page links to the board by the
# anchor the dataset page gives it (board_anchors), so it needs the other boards' keys too.
Q_DATASET_BOARD_KEYS = """
SELECT DISTINCT ?d ?metric ?setting WHERE {
  VALUES ?d { UNDEF }
  ?r mlkg:dataset ?d ; a mlkg:Result ; mlkg:value ?value .
  FILTER(DATATYPE(?value) IN (xsd:decimal, xsd:double, xsd:float))  # a number to the page (ui._value)
  OPTIONAL { ?r mlkg:metric ?metric } OPTIONAL { ?r mlkg:setting ?setting } }"""


def dataset_board_anchors(dataset: str) -> dict[tuple[str | None, str | None], str]:
    """The anchors of the boards on ``dataset``'s page, by (metric, regime), as that page gives them."""
    # kept (bounded): every task page that lists a board on ImageNet or COCO asks for the same keys,
    # half of semantic segmentation's page on all sota-arxiv (seven datasets)
    keys = cache().get(("board keys", dataset), lambda: select(Q_DATASET_BOARD_KEYS, d=dataset),
                       bounded=UiCache.PAGE_RESULTS)  # fmt: skip
    return board_anchors((r["metric"], board_setting(r["setting"])) for r in keys)


MIN_BENCHMARK_ENTRIES = 2  # a board with one of the task's results benchmarks nothing


def shown_number(value: float, text: str, percent: bool) -> str:
    """A value as printed in the paper when that is the same number, with its unit.

    >>> shown_number(84.1, " 84.10 %", True), shown_number(2.5, "2,5", False)
    ('84.10%', '2.5')
    """
    printed = text.strip().rstrip("%").strip()
    try:
        same = float(printed) == value
    except ValueError:
        same = False
    return f"{printed if same else format(value, 'g')}{'%' if percent else ''}"


def task_benchmarks(iri: str) -> list[dict]:
    """The task's benchmarks: each (dataset, metric, regime) leaderboard with at least
    MIN_BENCHMARK_ENTRIES of the task's results on it, the most first, with the best of them
    (its method, value and rank on the whole board) and a link to the board on the dataset's page."""
    boards: dict[str, list[dict]] = defaultdict(list)
    found = cache().get(
        ("task benchmarks", iri), lambda: select(Q_TASK_BENCHMARKS, t=iri), bounded=UiCache.PAGE_RESULTS
    )
    for row in found:
        boards[row["board"]].append(row)
    info = entities()

    def label(e: str) -> str:
        return info[e].label if e in info else _local(e) or e

    out = []
    anchors: dict[str, dict] = {}  # the anchors of each dataset page's boards
    for rows in boards.values():
        if len(rows) < MIN_BENCHMARK_ENTRIES or measure_role(label(rows[0]["metric"])):
            continue  # (a cost, "parameters", is a column of the dataset's boards, not a benchmark)
        best = min(rows, key=lambda x: x["position"])
        first = rows[0]
        url = page_url(first["dataset"])
        if first["dataset"] not in anchors:
            anchors[first["dataset"]] = dataset_board_anchors(first["dataset"])
        key = (first["metric"], first["setting"])
        anchor = anchors[first["dataset"]].get(key) or board_anchor(*key)
        out.append({
            "dataset": label(first["dataset"]), "metric": label(first["metric"]), "setting": first["setting"],
            "url": f"{url}#{anchor}" if url else None,
            "dataset_url": url, "metric_url": page_url(first["metric"]),
            "best": shown_number(best["value"], best["valueText"] or "", best["unit"] == PERCENT),
            "best_method": label(best["method"]), "best_method_url": page_url(best["method"]),
            "best_method_slug": _local(best["method"]),
            "best_paper_url": page_url(best["paper"]), "best_rank": best["rank"], "entries": first["entries"],
            "results": len(rows), "methods": len({x["method"] for x in rows}),
            "papers": len({x["paper"] for x in rows}),
        })  # fmt: skip
    out.sort(key=lambda b: (-b["results"], -b["entries"], b["dataset"].casefold(), b["metric"].casefold(),
                            b["setting"] or ""))  # fmt: skip
    return out


# ---------------------------------------------------------------- charts (server-side SVG)


def _nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering [lo, hi].

    >>> _nice_ticks(0, 100), _nice_ticks(1, 91.2)
    ([0.0, 20.0, 40.0, 60.0, 80.0, 100.0], [0.0, 20.0, 40.0, 60.0, 80.0, 100.0])
    """
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(s * mag for s in (1, 2, 2.5, 5, 10) if s * mag >= raw)
    ticks = [float(math.floor(lo / step) * step)]
    while ticks[-1] < hi - step * 1e-9:
        ticks.append(float(round(ticks[-1] + step, 10)))
    return ticks


def _date_number(d: str | None) -> float | None:
    try:
        y, m, day = (int(x) for x in d[:10].split("-"))
        return date(y, m, day).toordinal()
    except (TypeError, ValueError):
        return None


def _time_ticks(lo: date, hi: date, px: Callable[[float], float]) -> list[tuple[float, str]]:
    """Ticks on a time axis from ``lo`` to ``hi``: years (at most 8), or, when fewer than two
    new years fall inside, month starts as YYYY-MM (at most 4), or, when fewer than two month
    starts do, two days as YYYY-MM-DD, so that every chart shows at least two dates."""
    years = range(lo.year + 1, hi.year + 1)
    if len(years) >= 2:
        step = max(1, math.ceil(len(years) / 8))
        return [(px(date(y, 1, 1).toordinal()), str(y)) for y in years[::step]]
    first = lo.year * 12 + lo.month  # the month after lo's: month numbers counted from year 0
    months = range(first, hi.year * 12 + hi.month)
    step = next(s for s in (1, 2, 3, 6, 12) if len(months) / s <= 4)
    starts = [m for m in months if m % step == 0]
    if len(starts) < 2:  # a span of about a month: two days, a quarter in from each end, as YYYY-MM-DD
        quarter = (hi.toordinal() - lo.toordinal()) // 4
        days = [date.fromordinal(lo.toordinal() + quarter), date.fromordinal(hi.toordinal() - quarter)]
        return [(px(d.toordinal()), d.isoformat()) for d in days]
    return [(px(date(m // 12, m % 12 + 1, 1).toordinal()), f"{m // 12}-{m % 12 + 1:02d}") for m in starts]


def chart_range(ys: list[float], keep: Iterable[float] = ()) -> tuple[float, float]:
    """The y-range a results-over-time chart draws: all of ``ys`` unless a few lie far out.

    One misread value (an FID of 120 among values of 2-15) squeezed every other point of the
    chart into a thin band. With at least 4 values, those beyond 3 interquartile ranges from
    the quartiles (Tukey's far-out fences) are left off the range; of 3 values, an end one
    more than 10 times as far from the middle one as the other end is (quartiles of 3 values
    fence nothing: an AUROC written 0.811 beside 85.8 and 86.7 drew a climb from 0 to 86), and
    an order of magnitude away from it (30.0, 30.1 and 33.0 are one scale).
    Either only when that shrinks the range to a quarter or less (30.2 among PSNRs of 36-40
    stays: a plain 30-40 scale); the values in ``keep`` (the best-so-far line's points)
    always stay inside.

    >>> chart_range([2.2, 2.2, 3.2, 9.6, 9.8, 9.9, 11.5, 11.9, 14.7, 120.5])
    (2.2, 14.7)
    >>> chart_range([2.2, 2.2, 3.2, 9.6, 9.8, 9.9, 11.5, 11.9, 14.7, 120.5], keep=[120.5])
    (2.2, 120.5)
    >>> chart_range([0.811, 85.8, 86.7])
    (85.8, 86.7)
    >>> chart_range([30.0, 30.0, 33.0]), chart_range([30.0, 30.1, 33.0])
    ((30.0, 33.0), (30.0, 33.0))
    """
    lo, hi = min(ys), max(ys)
    if len(ys) < 3:
        return lo, hi
    if len(ys) == 3:
        a, b, c = sorted(ys)
        # (and an order of magnitude away, above 5x or below a fifth of the middle one: the
        # distance rule alone cut 33.0 off 30.0 and 30.1; never down to a tied pair's zero range)
        if a < b and b > 0 and c > 5 * b and c - b > 10 * (b - a):
            inside = [a, b]
        elif b < c and b > 0 and 5 * a < b and b - a > 10 * (c - b):
            inside = [b, c]
        else:
            inside = [a, b, c]
    else:
        q1, _, q3 = statistics.quantiles(ys, n=4, method="inclusive")
        inside = [y for y in ys if q1 - 3 * (q3 - q1) <= y <= q3 + 3 * (q3 - q1)]
    kept = [*inside, *keep]
    r_lo, r_hi = min(kept), max(kept)
    if (r_hi - r_lo) * 4 > hi - lo:  # a gain of less than 4x is not worth points drawn off the scale
        return lo, hi
    return r_lo, r_hi


def timeline(rows: list[ResultRow], higher_is_better: bool, *, percent: bool, width: int = 640,
             height: int = 220) -> dict | None:  # fmt: skip
    """Geometry of a chart of results over time (paper date), with the best-so-far line.

    ``percent``: draw the values as percentages (else on their unitless scale).
    None unless at least two results have a date, on two different dates.
    """
    points = [(d, r) for r in rows if r.key is not None and (d := _date_number(r.date)) is not None]
    if len(points) < 2 or len({d for d, _ in points}) < 2:
        return None
    ys = [round(r.key * 100, 10) if percent else r.key for _, r in points]
    xs = [d for d, _ in points]
    left, right, top, bottom = 56, 16, 12, 28
    # best so far, in the metric's direction: (index, value) of each new record, by date
    order = sorted(range(len(points)), key=lambda i: xs[i])
    records, best = [], None
    for i in order:
        if best is None or (ys[i] > best if higher_is_better else ys[i] < best):
            best = ys[i]
            records.append(i)
    # a percentage is bounded: at worst an outlier widens its chart to 0-100%, the scale readers
    # know (ImageNet top-1 from 2.6% to 91%); an unbounded scale (FID, PSNR, GPU hours) is not
    # the line's first point stays only if it is near the others: it is a record because nothing came
    # before it, not because it beat anything (a misread first value set the whole scale)
    lo_y, hi_y = (min(ys), max(ys)) if percent else chart_range(ys, keep=[ys[i] for i in records[1:]])
    ticks_y = _nice_ticks(lo_y, hi_y, 4)
    lo_y, hi_y = ticks_y[0], ticks_y[-1]
    # values off the scale get a band of their own beyond the last grid line, so that their
    # marks do not sit on points at the scale's end
    band = 16
    plot_top = top + band * any(y > hi_y for y in ys)
    plot_bottom = bottom + band * any(y < lo_y for y in ys)
    lo_x, hi_x = min(xs), max(xs)
    pad = max((hi_x - lo_x) * 0.04, 15)
    lo_x, hi_x = lo_x - pad, hi_x + pad

    def px(x):
        return round(left + (x - lo_x) / (hi_x - lo_x) * (width - left - right), 1)

    def py(y):
        if y > hi_y or y < lo_y:  # off the scale: the middle of its band
            return top + 5 if y > hi_y else height - bottom - 5
        span = height - plot_top - plot_bottom
        return round(height - plot_bottom - (y - lo_y) / ((hi_y - lo_y) or 1) * span, 1)

    ticks_x = _time_ticks(date.fromordinal(int(lo_x)), date.fromordinal(int(hi_x)), px)
    dots = []
    for (x, r), y in zip(points, ys, strict=True):
        # a value beyond the range: a mark in the band past the edge, its value beside it and in the title
        off = "above" if y > hi_y else "below" if y < lo_y else None
        dots.append({"x": px(x), "y": py(y), "url": r.evidence_url, "best": False,
                     "off": off, "shown": r.shown,
                     "title": f"{r.method_label}: {r.shown}{' (off the chart)' if off else ''}"
                              f" ({r.title}, {r.date[:7]})"})  # fmt: skip
    line = []
    for n, i in enumerate(records):
        if n:
            line.append((px(xs[i]), py(ys[records[n - 1]])))
        dots[i]["best"] = True
        line.append((px(xs[i]), py(ys[i])))
    line.append((px(max(xs)), py(ys[records[-1]])))
    unit = "%" if percent else ""
    in_bytes = all(r.bytes_per_unit is not None for _, r in points)  # (a size's key is its bytes)
    labels = bytes_ticks(ticks_y) if in_bytes else [f"{t:g}{unit}" for t in ticks_y]
    return {
        "width": width, "height": height, "left": left, "right": width - right, "top": top,
        "bottom": height - bottom, "dots": dots, "line": " ".join(f"{x},{y}" for x, y in line),
        "ticks_y": [(py(t), label) for t, label in zip(ticks_y, labels, strict=True)], "ticks_x": ticks_x,
    }  # fmt: skip


# the units a chart of sizes labels its axis in: the decimal ones ("1.5 MB", as most papers write)
_DECIMAL_BYTES = sorted((BYTES_IN_UNIT[iri], name) for name, iri in UNIT_OF_BYTES.items() if "i" not in name)


def bytes_ticks(ticks: list[float]) -> list[str]:
    """The labels of a chart's ticks in bytes, in the largest decimal unit of the top one.

    >>> bytes_ticks([0, 500000, 1000000, 1500000])
    ['0 MB', '0.5 MB', '1 MB', '1.5 MB']
    >>> bytes_ticks([0, 400, 800])
    ['0 B', '400 B', '800 B']
    """
    top = max(abs(t) for t in ticks)
    scale, name = max(((s, n) for s, n in _DECIMAL_BYTES if s <= top), default=(1, "B"))
    return [f"{t / scale:g} {name}" for t in ticks]


def bars(items: list[dict], *, width: int = 440, row: int = 22, label_width: int = 190) -> dict:
    """Geometry of a horizontal bar chart of ``items`` (``label``, ``value``, ``url``)."""
    top = max((i["value"] for i in items), default=1) or 1
    span = width - label_width - 48
    out = []
    for n, item in enumerate(items):
        label = item["label"]
        short = label if len(label) <= 25 else label[:24] + "…"
        out.append({**item, "y": n * row, "w": max(2, round(item["value"] / top * span, 1)), "short": short})
    return {"width": width, "height": len(items) * row + 4, "row": row, "x0": label_width, "items": out}


# ---------------------------------------------------------------- paper pages

Q_PAPER = """
SELECT ?paper ?p ?o WHERE {
  VALUES ?p { rdf:type dcterms:title dcterms:issued dcterms:identifier dcterms:creator fabio:hasArXivId
              prism:doi schema:url mlkg:arxivCategory }
  ?paper ?p ?o }"""

def author_separator(authors: list[str]) -> str:
    """How the paper page joins author names: "; " when a name holds a comma ("Smith, Anna"), where
    ", " would read as two names, else ", "."""
    return "; " if any("," in a for a in authors) else ", "


# The paper's authors in their order (bibo:authorList, an rdf:Seq: rdf:_1 is the first author).
Q_AUTHORS = """
SELECT ?paper ?name ?position WHERE {
  ?paper bibo:authorList ?list . ?list ?member ?name .
  FILTER(STRSTARTS(STR(?member), STR(rdf:_)))
  BIND(xsd:integer(STRAFTER(STR(?member), "#_")) AS ?position) } ORDER BY ?position"""

Q_ABSTRACT = "SELECT ?paper ?abstract ?text WHERE { ?abstract mlkg:abstractOf ?paper ; rdf:value ?text }"

Q_MENTIONS = """
SELECT ?paper ?abstract ?e ?class ?label ?rel ?start ?end ?confidence WHERE {
  ?a rdf:subject ?paper ; rdf:predicate ?rel ; rdf:object ?e ; mlkg:confidence ?confidence ;
     prov:wasDerivedFrom ?span .
  ?span oa:hasSelector ?sel ; oa:hasSource ?abstract . ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL { ?e a ?class } OPTIONAL { ?e skos:prefLabel ?label } }"""

Q_LINKS = """
SELECT ?paper ?rel ?e ?class ?label WHERE {
  VALUES ?rel { mlkg:proposes mlkg:uses mlkg:addresses }
  ?paper ?rel ?e . OPTIONAL { ?e a ?class } OPTIONAL { ?e skos:prefLabel ?label } }"""


@dataclass(frozen=True)
class Mark:
    """A stretch of the abstract to highlight: a mention, a result's evidence or its number."""

    start: int
    end: int
    layer: str  # "evidence", "mention" or "value"
    attrs: tuple  # (name, value) pairs of the element
    tag: str = "span"


def locate_number(text: str, start: int, end: int, row: ResultRow) -> tuple[int, int] | None:
    """Where the printed number of ``row`` is in ``text[start:end]``, or None."""
    part = text[start:end]
    for needle in (row.value_text, row.value_text.rstrip("%").strip()):
        if needle and (i := part.find(needle)) >= 0:
            return start + i, start + i + len(needle)
    return None


def reading_position(text: str, row: ResultRow) -> tuple[int, int]:
    """Where a reader meets ``row`` in ``text``: its number, else its sentence; rows with no span last."""
    if row.start is None or row.end is None:
        return (1, 0)
    where = locate_number(text, row.start, row.end, row)
    return (0, where[0] if where else row.start)


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` as HTML with ``marks`` wrapped around their stretches, everything else escaped.

    Overlapping marks nest: evidence outside, mentions inside, numbers innermost;
    where two marks of one layer overlap, the shorter wins. Offsets are code points.

    >>> str(highlight("a <b> c", [Mark(2, 5, "mention", (("class", "m"),))]))
    'a <span class="m">&lt;b&gt;</span> c'
    """
    layers = ("evidence", "mention", "value")
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[Mark | None] = []
    for a, b in itertools.pairwise(cuts):
        state = []
        for layer in layers:
            covering = [m for m in marks if m.layer == layer and m.start <= a and m.end >= b]
            state.append(min(covering, key=lambda m: (m.end - m.start, m.start)) if covering else None)
        keep = 0
        while keep < len(stack) and stack[keep] is state[keep]:
            keep += 1
        for m in reversed(stack[keep:]):
            if m is not None:
                out.append(f"</{m.tag}>")
        stack = stack[:keep]
        for m in state[keep:]:
            if m is not None:
                attrs = "".join(f' {k}="{escape(v)}"' for k, v in m.attrs)
                out.append(f"<{m.tag}{attrs}>")
            stack.append(m)
        out.append(str(escape(text[a:b])))
    for m in reversed(stack):
        if m is not None:
            out.append(f"</{m.tag}>")
    return Markup("".join(out))


def paper_marks(text: str, mentions: list[dict], rows: list[ResultRow]) -> list[Mark]:
    """The marks of a paper's abstract: every mention span, every result's evidence and number."""
    marks = []
    for m in mentions:
        kind = CLASS_KIND.get(m["class"] or "", "entity")
        url = page_url(m["e"])
        title = f"{kind}: {m['label'] or _local(m['e'])} (confidence {m['confidence']:g})"
        attrs = (("class", f"mention {kind}"), ("title", title), ("data-entity", m["e"]))
        if url:
            marks.append(Mark(m["start"], m["end"], "mention", (("href", url), *attrs), tag="a"))
        else:
            marks.append(Mark(m["start"], m["end"], "mention", attrs))
    spans: dict[tuple[int, int], list[ResultRow]] = defaultdict(list)
    for r in rows:
        if r.start is not None:
            spans[(r.start, r.end)].append(r)
    for (start, end), members in spans.items():
        label = "; ".join(_result_summary(r) for r in members)
        marks.append(Mark(start, end, "evidence", (("class", "evidence"), ("id", f"char={start},{end}"),
                                                   ("title", label))))  # fmt: skip
        for r in members:
            where = locate_number(text, start, end, r)
            if where:
                marks.append(Mark(*where, "value", (("class", "number"), ("title", _result_summary(r)),
                                                    ("data-result", r.iri))))  # fmt: skip
    return marks


def _result_summary(r: ResultRow) -> str:
    parts = [r.method_label or "?", f"{r.shown}"]
    if r.metric_label:
        parts.append(r.metric_label)
    if r.dataset_label:
        parts.append(f"on {r.dataset_label}")
    return " ".join(parts)


# ---------------------------------------------------------------- views: pages


def most_connected(kind: str, n: int = 8) -> list[EntityInfo]:
    """The ``n`` entities of ``kind`` in the most papers, as the home page lists them.

    The metrics the most papers score by: a cost (parameters, speed, FLOPs) is a column of a board
    and a bare "performance" names no measure (kg.leaderboard.measure_role); /metrics lists all.
    """

    def build():
        # (cached: sorting all 23,000 entities of the sota-arxiv graph took ~0.1 s a visit)
        wanted = (e for e in entities().values() if e.kind == kind and not (kind == "metric" and measure_role(e.label)))
        return heapq.nsmallest(n, wanted, key=lambda e: (-e.papers, e.label.casefold()))

    return cache().get(f"most-connected:{kind}:{n}", build)


def home_boards() -> list[str]:
    """The pages of the datasets and metrics the home page lists: the boards most visitors open."""
    return [page_url(e.iri) for kind in ("dataset", "metric") for e in most_connected(kind)]


@bp.route("/")
def home():
    """Counts, search, the most connected entities of each kind, and charts."""
    stats = get_state().stats()
    counts = [(label, stats.get(key, 0), PLURAL.get(key[:-1]) if key[:-1] in PLURAL else None)
              for key, label in COUNTS]  # fmt: skip
    top = {kind: [{"label": e.label, "url": page_url(e.iri), "papers": e.papers, "iri": e.iri}
                  for e in most_connected(kind)] for kind in KINDS}  # fmt: skip
    charts = []
    for kind, title in (("dataset", "Most used datasets"), ("metric", "Most used metrics")):
        items = [{"label": e["label"], "value": e["papers"], "url": e["url"]}
                 for e in sorted(top[kind], key=lambda e: -e["papers"])]  # fmt: skip
        items = [i for i in items if i["value"]]
        if items:
            charts.append({"title": title, "unit": "papers", "bars": bars(items)})
    rich = result_counts()
    if rich:
        charts.append({"title": "Datasets with the most results", "unit": "results", "bars": bars(rich)})
    return render_template("home.html", counts=counts, top=top, charts=charts,
                           triples_count=stats.get("triples", 0))  # fmt: skip


Q_RESULT_COUNTS = """
SELECT ?d ?label (COUNT(DISTINCT ?r) AS ?n) WHERE {
  ?r mlkg:dataset ?d ; mlkg:value ?v . ?d skos:prefLabel ?label
} GROUP BY ?d ?label ORDER BY DESC(?n) ?label LIMIT 8"""


def result_counts() -> list[dict]:
    """The datasets with the most numeric results (cached)."""

    def build():
        return [
            {"label": r["label"], "value": r["n"], "url": page_url(r["d"])} for r in select(Q_RESULT_COUNTS)
        ]

    return cache().get("result-counts", build)


@bp.route("/search")
def search_page():
    """Search results as a page (the search box without JavaScript)."""
    q = request.args.get("q", "").strip()
    # entities and papers apart, each with its count: one list of 50 was all entities for "vit"
    # (90 of them), so no paper with ViT in its title was found, and "50 matches" hid the rest
    entities_found, papers_found = (entity_matches(q), paper_matches(q)) if q else ([], [])
    return render_template("search.html", q=q, hits=entities_found[:SEARCH_ENTITIES],
                           entities_total=len(entities_found), papers=papers_found[:SEARCH_PAPERS],
                           papers_total=len(papers_found))  # fmt: skip


@bp.route("/<any(methods, datasets, metrics, tasks):plural>")
def browse(plural: str):
    """Every entity of one kind, most mentioned first, a page at a time."""
    kind = plural[:-1]
    rows = sorted((e for e in entities().values() if e.kind == kind),
                  key=lambda e: (-e.papers, e.label.casefold()))  # fmt: skip
    page, pages, shown = _page(rows, 100)
    items = [{"label": e.label, "url": page_url(e.iri), "papers": e.papers} for e in shown]
    return render_template("browse.html", kind=kind, plural=plural, items=items, total=len(rows),
                           page=page, pages=pages)  # fmt: skip


@bp.route("/papers")
def browse_papers():
    """Every paper, newest first, a page at a time."""
    # newest first, and A to Z within a date (reversing the whole key listed each month's titles Z to A)
    rows = sorted(papers_index().items(), key=lambda kv: kv[1]["key"])
    rows.sort(key=lambda kv: kv[1]["date"] or "", reverse=True)  # stable: a date's titles stay A to Z
    page, pages, shown = _page(rows, 100)
    items = [{"label": p["title"], "url": page_url(iri), "date": p["date"]} for iri, p in shown]
    return render_template("browse.html", kind="paper", plural="papers", items=items, total=len(rows),
                           page=page, pages=pages)  # fmt: skip


def _page(rows: list, size: int) -> tuple[int, int, list]:
    pages = max(1, math.ceil(len(rows) / size))
    try:
        page = min(max(1, int(request.args.get("page", 1))), pages)
    except ValueError:
        raise BadRequest("page must be a number") from None
    return page, pages, rows[(page - 1) * size : page * size]


@bp.route("/<any(method, dataset, metric, task):kind>/<slug>")
def entity(kind: str, slug: str):
    """One method, dataset, metric or task: labels, leaderboards, co-mentions, papers.

    :raise 404: if the graph says nothing about it.
    """
    iri = entity_iri(kind, slug)
    facts = select(Q_ENTITY, e=iri)
    if not facts:
        # a name or alias instead of the slug (/method/BERT, /dataset/ms-coco): its page
        named = named_entity(kind, slug) or named_entity(kind, slug.replace("-", " "))
        if named is not None and named != iri:
            return redirect(page_url(named), code=303)
        raise NotFound(f"the graph has no {kind} {slug!r}")
    labels = [f["o"] for f in facts if f["p"] == SKOS + "prefLabel"]
    label = shown_label(labels[0]) if labels else slug
    aliases: dict[str, str] = {}  # one spelling per case-insensitive alias, none equal to the label
    for f in facts:
        if f["p"] == SKOS + "altLabel" and f["o"].casefold() != label.casefold():
            aliases.setdefault(f["o"].casefold(), f["o"])
    hib = next((f["o"] for f in facts if f["p"] == MLKG + "higherIsBetter"), None)
    broader = [{"label": f["olabel"] or _local(f["o"]), "url": page_url(f["o"])}
               for f in facts if f["p"] == SKOS + "broader"]  # fmt: skip
    matches = [f["o"] for f in facts if f["p"] in (SKOS + "exactMatch", SKOS + "closeMatch")]
    narrower = [{"label": r["label"], "url": page_url(r["n"])} for r in select(Q_NARROWER, e=iri)]
    rows = results(kind, iri)
    boards = []
    if kind == "dataset":
        boards = leaderboards(rows, "metric")
    elif kind == "metric":
        boards = leaderboards(rows, "dataset")
    boards, folded = fold_small_boards(boards)
    relative = [r for r in rows if r.value is None]
    benchmarks = task_benchmarks(iri) if kind == "task" else []
    if not boards:  # a method's or task's results: grouped by dataset and metric, best first in each
        rows.sort(key=lambda r: ((r.dataset_label or "~").casefold(), (r.metric_label or "~").casefold(),
                                 -(r.goodness or 0)))  # fmt: skip
    return render_template(
        "entity.html", kind=kind, iri=iri, slug=slug, label=label, higher_is_better=hib,
        aliases=sorted(aliases.values(), key=str.casefold),
        broader=broader, narrower=narrower, matches=matches, boards=boards, folded=folded, benchmarks=benchmarks,
        min_benchmark=MIN_BENCHMARK_ENTRIES,
        rows=[r for r in rows if r.value is not None], relative=relative,
        related=comentions(iri), sections=entity_papers(iri) or result_papers(rows), explore=explore_url(iri),
        query=sparql_url(f"DESCRIBE <{iri}>"),
    )  # fmt: skip


@bp.route("/paper/<path:path>")
def paper(path: str):
    """One paper: metadata, the abstract with every mention and result highlighted, its results.

    :raise 404: if there is no such paper.
    """
    iri = paper_iri(path)
    facts = select(Q_PAPER, paper=iri)
    if not any(f["o"] == MLKG + "Paper" for f in facts):
        raise NotFound(f"the graph has no paper {path!r}")
    meta: dict[str, list] = defaultdict(list)
    for f in facts:
        meta[f["p"].rsplit("/", 1)[-1].rsplit("#", 1)[-1]].append(f["o"])
    # in order from the author list; a graph without one (built before it existed) has only creators
    authors = [r["name"] for r in select(Q_AUTHORS, paper=iri)] or meta["creator"]
    abstracts = select(Q_ABSTRACT, paper=iri)
    text = abstracts[0]["text"] if abstracts else ""
    title = readable_title(meta["title"][0] if meta["title"] else None, iri, text)
    mentions = select(Q_MENTIONS, paper=iri, abstract=abstracts[0]["abstract"]) if abstracts else []
    rows = results("paper", iri)
    # the table beside the abstract lists the results in the order the abstract gives them: best
    # first across metrics put "1774 FPS" above "73.4% AP" on Scaled-YOLOv4's page
    rows.sort(key=lambda r: reading_position(text, r))
    body = highlight(text, paper_marks(text, mentions, rows)) if text else Markup("")
    # an untitled paper's text starts with the blank line that follows a title (kg.model.Paper.text):
    # in the pre-wrap box it opened the abstract with two empty lines
    body = Markup(body.lstrip("\n"))
    links = paper_links(iri)
    from kg.web.compare import board_neighbours, compare_all_url

    neighbours = board_neighbours(iri)
    arxiv = meta["hasArXivId"][0] if meta["hasArXivId"] else None
    date_ = meta["issued"][0] if meta["issued"] else arxiv_month(arxiv)
    return render_template(
        "paper.html", iri=iri, title=title, meta=meta, authors=authors, author_separator=author_separator(authors), arxiv=arxiv, date=date_, body=body,
        mentions=len(mentions), rows=rows, links=links, explore=explore_url(iri),
        query=sparql_url(f"DESCRIBE <{iri}>"), neighbours=neighbours, compare_all=compare_all_url(iri, neighbours),
    )  # fmt: skip


def paper_links(iri: str) -> dict[str, list[dict]]:
    """The entities the paper proposes, uses and addresses (by the relation's local name), each
    with its label, page and kind, methods first, then datasets, metrics and tasks, A to Z."""
    links: dict[str, list] = defaultdict(list)
    seen = set()
    for r in select(Q_LINKS, paper=iri):
        key = (r["rel"], r["e"])
        if key in seen:
            continue
        seen.add(key)
        links[r["rel"].rsplit("#", 1)[-1]].append(
            {"label": shown_label(r["label"]) if r["label"] else _local(r["e"]), "url": page_url(r["e"]),
             "kind": CLASS_KIND.get(r["class"] or "", "entity")})  # fmt: skip
    for items in links.values():
        items.sort(key=lambda x: (KINDS.index(x["kind"]) if x["kind"] in KINDS else 9, x["label"].casefold()))
    return links


@bp.route("/queries")
def queries_page():
    """The named queries for a reader: what each asks, its parameters, and links that run it
    through the REST API (JSON, CSV) or open it in the query editor."""
    from kg.web.api import named_queries, run_url

    examples = {e["name"]: e["query"] for e in sparql_page_config()["examples"]}
    out = []
    for q in named_queries().values():
        out.append({"name": q.name, "summary": q.summary, "description": q.description, "scope": q.scope,
                    "params": q.params, "run": run_url(q), "csv": run_url(q, format="csv"),
                    "editor": sparql_url(examples[q.name])})  # fmt: skip
    return render_template("queries.html", queries=out)


@bp.route("/explore")
def explore():
    """The graph explorer (Cytoscape.js): a neighbourhood to expand, filter and export."""
    focus = request.args.get("focus", "").strip()
    if focus and not focus.startswith(("http://", "https://")):
        hits = search(focus, limit=1)
        focus = hits[0]["id"] if hits else ""
    label = None
    if focus:
        e = entities().get(focus)
        label = e.label if e else papers_index().get(focus, {}).get("title")
    return render_template("explore.html", focus=focus, focus_label=label,
                           projections=list(kgraph.PROJECTIONS))  # fmt: skip


@bp.route("/vendor/<name>")
def vendor(name: str):
    """A front-end file from node_modules/, if it is on the allow-list.

    :raise 404: for other names, or when ``npm ci`` has not run.
    """
    rel = VENDOR.get(name)
    if rel is None:
        abort(404)
    path = NODE_MODULES / rel
    if not path.is_file():
        raise NotFound(f"{name} is not installed; run `make install` (npm ci) in the repository")
    return send_file(path, max_age=86400)


@bp.app_context_processor
def _template_helpers() -> dict:
    return {"page_url": page_url, "sparql_page_config": sparql_page_config, "kinds": KINDS}


# ---------------------------------------------------------------- views: JSON for the explorer


def _int_arg(name: str, default: int, lo: int, hi: int) -> int:
    try:
        value = int(request.args.get(name, default))
    except ValueError:
        raise BadRequest(f"{name} must be an integer") from None
    return min(max(value, lo), hi)


def thinned(g: nx.Graph, keep: list[str], *, max_links: int, min_weight: int = 1,
            hub: str | None = None) -> nx.Graph:  # fmt: skip
    """The sub-graph of ``g`` on ``keep`` with at most ``max_links`` links of ``min_weight``.

    Kept first: every link of ``hub``, then each node's heaviest link (so no node
    is left alone), then the heaviest of the rest.
    """
    kept = set(keep)
    links = [(u, v, attrs["weight"]) for u in keep for v, attrs in g.adj[u].items()
             if u < v and v in kept and attrs["weight"] >= min_weight]  # fmt: skip
    links.sort(key=lambda e: (-e[2], e[0], e[1]))
    chosen: dict[tuple[str, str], int] = {}
    covered: set[str] = set()
    for u, v, w in links:
        if hub in (u, v) or u not in covered or v not in covered:
            chosen[(u, v)] = w
            covered.update((u, v))
    for u, v, w in links:
        if len(chosen) >= max_links:
            break
        chosen.setdefault((u, v), w)
    sub = nx.Graph(projection=g.graph.get("projection"))
    sub.add_nodes_from((n, g.nodes[n]) for n in keep)
    sub.add_weighted_edges_from((u, v, w) for (u, v), w in chosen.items())
    return sub


def view_json(g: nx.Graph, *, full: nx.Graph | None = None, extra: dict | None = None) -> dict:
    """Node-link JSON of ``g`` (:func:`kg.graph.to_json`), each node with its page and degree."""
    data = kgraph.to_json(g)
    ref = full if full is not None else g
    for node in data["nodes"]:
        node["url"] = page_url(node["id"])
        node["degree"] = ref.degree(node["id"]) if node["id"] in ref else 0
    return {"nodes": data["nodes"], "links": data["links"], **(extra or {})}


@bp.route("/api/graph/search")
def api_search():
    """Autocomplete: entities and papers whose labels or aliases match ``q``.

    ``type``: the kinds of entity, comma-separated (``type=paper``: papers only); ``papers=0``: no papers.
    """
    q = request.args.get("q", "")
    asked = [k for k in request.args.get("type", "").split(",") if k]
    # type=paper: papers only (the comparison of papers adds one by its title)
    kinds = [k for k in asked if k in KINDS] or ([] if asked == ["paper"] else KINDS)
    limit = _int_arg("limit", 10, 1, 50)
    return jsonify({"q": q, "results": search(q, limit=limit, kinds=kinds,
                                              papers=request.args.get("papers", "1") != "0")})  # fmt: skip


@bp.route("/api/graph/neighbourhood")
def api_neighbourhood():
    """The nodes within ``depth`` hops of ``node`` (an IRI or a name), heaviest links first.

    All the links of ``node`` are kept, and of the others the heaviest, up to
    ``max_links`` in all (default three per node): a neighbourhood of hubs is
    otherwise a clique too dense to read.

    :raise 404: if the node is in neither the projection nor the paper graph.
    """
    node = resolve(request.args.get("node"))
    name = request.args.get("projection", "entity")
    depth = _int_arg("depth", 1, 1, 3)
    limit = _int_arg("limit", 40, 1, MAX_VIEW)
    g = projection(name)
    if node not in g:
        g = paper_graph()
    if node not in g:
        raise NotFound(f"{node} has no links in the graph")
    max_links = _int_arg("max_links", 3 * limit, 1, 10 * MAX_VIEW)
    nodes = list(kgraph.neighbourhood(g, node, depth=depth, limit=limit))
    sub = thinned(g, nodes, max_links=max_links, hub=node)
    return jsonify(view_json(sub, full=g, extra={"focus": node, "projection": g.graph.get("projection")}))


@bp.route("/api/graph/projection")
def api_projection():
    """A whole projection, cut to the ``limit`` best-connected nodes.

    Links shared by fewer than ``min_weight`` papers are left out, and at most
    ``max_links`` (default three per node) of the heaviest are kept, so that a
    large view stays light to send and to draw.
    """
    name = request.args.get("name", "entity")
    limit = _int_arg("limit", 300, 1, MAX_VIEW)
    min_weight = _int_arg("min_weight", 1, 1, 10**6)
    max_links = _int_arg("max_links", 3 * limit, 1, 10 * MAX_VIEW)
    g = projection(name)
    sub = thinned(g, ranking(name)[1][:limit], max_links=max_links, min_weight=min_weight)
    return jsonify(view_json(sub, full=g, extra={"projection": name, "nodes_total": g.number_of_nodes(),
                                                 "links_total": g.number_of_edges()}))  # fmt: skip


@bp.route("/api/graph/centrality")
def api_centrality():
    """The most central entities of a projection by PageRank, optionally of one type."""
    name = request.args.get("projection", "entity")
    kind = request.args.get("type") or None
    if kind is not None and kind not in KINDS:
        raise BadRequest(f"type must be one of {', '.join(KINDS)}")
    top = _int_arg("top", 20, 1, 500)
    rows = cache().get(("centrality", name), lambda: kgraph.centrality(projection(name), top=10**9))
    rows = [r for r in rows if kind is None or r.get("type") == kind][:top]
    return jsonify({"projection": name, "nodes": [{**r, "url": page_url(r["id"])} for r in rows]})


@bp.route("/api/graph/communities")
def api_communities():
    """Louvain communities of a projection, largest first, each with its best-connected members."""
    name = request.args.get("projection", "entity")
    top = _int_arg("top", 20, 1, 200)
    members = _int_arg("members", 10, 1, 200)
    g = projection(name)
    found = cache().get(("communities", name), lambda: kgraph.communities(g))
    degree = ranking(name)[0]
    out = []
    for i, community in enumerate(found[:top]):
        ranked = sorted(community, key=lambda n: (-degree[n], n))[:members]
        out.append({"id": i, "size": len(community),
                    "nodes": [{"id": n, **g.nodes[n], "url": page_url(n)} for n in ranked]})  # fmt: skip
    return jsonify({"projection": name, "count": len(found), "communities": out})


@bp.route("/api/graph/path")
def api_path():
    """How two entities are related: a path through the papers that mention them.

    Of the shortest paths, the most specific: each step costs more the more links
    its nodes have, so a path goes through a shared paper or a niche method
    rather than through "accuracy" or "loss", which link everything.
    ``via=entities`` looks for the path in the entity co-mention graph instead.

    :raise 404: if an end is unknown or the two are not connected.
    """
    source = resolve(request.args.get("source"), name="source")
    target = resolve(request.args.get("target"), name="target")
    via = request.args.get("via", "papers")
    g = projection("entity") if via == "entities" else paper_graph()
    for node in (source, target):
        if node not in g:
            raise NotFound(f"{node} is not in the graph")
    degree = g.degree
    try:
        ids = nx.shortest_path(g, source, target,
                               weight=lambda u, v, _: 1 + math.log1p(degree[u]) + math.log1p(degree[v]))  # fmt: skip
    except nx.NetworkXNoPath:
        raise NotFound(f"no path between {source} and {target}") from None
    sub = g.subgraph(ids)
    sub = nx.Graph(sub.edge_subgraph(itertools.pairwise(ids)))
    return jsonify(view_json(sub, full=g, extra={"path": ids, "source": source, "target": target}))


# ---------------------------------------------------------------- the SPARQL page (YASGUI)


def _term(term) -> str:
    """A term as a person would type it in a query: integers bare (1, not "1"^^xsd:integer)."""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.Literal) and term.datatype == XSD_INTEGER:
        return term.value
    return str(term)


def sparql_page_config() -> dict:
    """What the YASGUI page needs: endpoint, prefixes, and the named queries as examples.

    A named query's parameters are bound in the API; here their defaults are
    written as a trailing ``VALUES`` clause, to edit or remove.
    """
    from kg.web.api import named_queries

    base = get_state().settings.base_iri
    prefixes = all_prefixes(base)
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())
    examples = []
    for q in named_queries().values():
        text = q.text
        try:
            # the defaults of required parameters too: they are the examples
            bound = bind_params(q, {p.name: p.default for p in q.params if p.default is not None}, base=base)
        except MlkgError:
            bound = {}
        page = bound.get(ox.Variable(PAGE))
        if page is not None and (paged := apply_page(text, int(page.value))) != text:
            # a '#PAGE n:' slot (kg.queries): the page the API answers, its LIMIT and OFFSET in the text
            # to edit; a trailing VALUES ?page binds nothing there, so the editor ran the whole answer
            text = paged
            del bound[ox.Variable(PAGE)]
        if bound:
            names = " ".join(f"?{v.value}" for v in bound)
            values = " ".join(_term(t) for t in bound.values())
            text = (text.rstrip() + f"\n# the API binds these parameters; edit or remove\n"
                    f"VALUES ({names}) {{ ({values}) }}\n")  # fmt: skip
        examples.append({"name": q.name, "summary": q.summary, "query": header + "\n" + text})
    return {"endpoint": url_for("sparql.endpoint", _external=True), "prefixes": prefixes,
            "header": header, "examples": examples}  # fmt: skip
