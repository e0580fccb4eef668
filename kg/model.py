"""The plain data passed between stages: Paper, Mention, Result, Extraction.

These dataclasses are the contract between ``sources``, ``extract``, ``link``,
``rdf`` and ``store``. No spaCy or pyoxigraph object crosses a stage boundary.
``Extraction.to_json()`` is the extraction output contract of the architecture
document (one JSON object per paper).

All character offsets are code points into :attr:`Paper.text`, the title and
abstract joined by :data:`TITLE_SEPARATOR`; that exact text is what the store
keeps as the evidence resource, so spans can be checked with SPARQL ``SUBSTR``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from operator import attrgetter

TITLE_SEPARATOR = "\n\n"
ENTITY_TYPES = ("methods", "datasets", "metrics", "tasks")

Span = tuple[int, int]


def _pickled_by_fields(cls):
    """Pickle a frozen dataclass as its class and field values, rebuilt by its constructor.

    ``kg extract --workers N`` sends every :class:`Extraction` (and the Mentions and Results
    in it) from its worker to the main process. A frozen slotted dataclass otherwise
    pickles through ``dataclasses``' Python ``__getstate__``/``__setstate__``, one
    ``object.__setattr__`` per field: about 110 us of CPU per extraction for the two sides
    together, against about 45 us this way; the objects unpickled are equal.
    """
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):
        return (cls, values(self))

    cls.__reduce__ = __reduce__
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as read from an input file, after cleanup.

    ``id`` is the input's own identifier when it has one, otherwise a stable hash
    of the title (see :func:`kg.sources.clean.title_id`). ``source`` says where the
    record came from (``file:line``) for messages. ``macros`` are the spans of :attr:`text`
    that hold the word of a LaTeX macro the cleaner did not know (``\\ourM`` -> "ourM"; see
    :func:`kg.sources.clean.clean_text_macros`): a stand-in for text the abstract does not say.
    """

    id: str
    title: str
    abstract: str
    url: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) when known
    authors: tuple[str, ...] = ()
    arxiv_id: str | None = None
    doi: str | None = None
    source: str | None = None
    categories: tuple[str, ...] = ()  # arXiv categories, primary first ("cs.CV", "cs.LG")
    macros: tuple[tuple[int, int], ...] = ()  # (start, end) in `text` of unknown macros' words

    @property
    def text(self) -> str:
        """The analysed text: title, a blank line, abstract. Offsets refer to it."""
        return self.title + TITLE_SEPARATOR + self.abstract

    @property
    def abstract_offset(self) -> int:
        """Where the abstract starts in :attr:`text`."""
        return len(self.title) + len(TITLE_SEPARATOR)

    @classmethod
    def from_json(cls, data: dict) -> Paper:
        return cls(
            id=str(data["id"]), title=data["title"], abstract=data["abstract"], url=data.get("url"),
            date=data.get("date"), authors=tuple(data.get("authors", ())), arxiv_id=data.get("arxiv_id"),
            doi=data.get("doi"), source=data.get("source"), categories=tuple(data.get("categories", ())),
            macros=_spans(data.get("macros", ()), data),
        )  # fmt: skip

    def to_json(self) -> dict:
        out = {"id": self.id, "title": self.title, "abstract": self.abstract}
        for key in ("url", "date", "arxiv_id", "doi", "source"):
            value = getattr(self, key)
            if value:
                out[key] = value
        if self.authors:
            out["authors"] = list(self.authors)
        if self.categories:
            out["categories"] = list(self.categories)
        if self.macros:
            out["macros"] = [list(span) for span in self.macros]
        return out


def _spans(value: object, data: dict) -> tuple[tuple[int, int], ...]:
    """A paper record's ``macros``: (start, end) pairs of integers, else a ValueError naming
    the field and the record."""
    try:
        spans = tuple((int(a), int(b)) for a, b in value)  # type: ignore[union-attr]
    except (TypeError, ValueError) as e:
        raise ValueError(
            f"paper {data.get('id')!r}: field 'macros' must be a list of [start, end] "
            f"integer pairs, not {value!r:.80}"
        ) from e
    return spans


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found in one paper: canonical name, surface aliases, where, how sure."""

    name: str
    spans: tuple[Span, ...] = ()
    confidence: float = 0.5
    aliases: tuple[str, ...] = ()
    broader: str | None = None  # family name, e.g. EfficientNet for EfficientNet-B7

    def to_json(self) -> dict:
        out = {
            "name": self.name,
            "aliases": list(self.aliases),
            "spans": [list(s) for s in self.spans],
            "confidence": round(self.confidence, 3),
        }
        if self.broader:
            out["broader"] = self.broader
        return out

    @classmethod
    def from_json(cls, data: dict | str) -> Mention:
        if isinstance(data, str):
            return cls(name=data)
        return cls(
            name=data.get("name") or data.get("label") or "",
            spans=tuple(tuple(s) for s in data.get("spans", ())),
            confidence=float(data.get("confidence", 0.5)),
            aliases=tuple(data.get("aliases", ())),
            broader=data.get("broader"),
        )


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Result:
    """A quantitative claim: ``method`` scores ``value`` on ``metric`` of ``dataset``.

    ``value`` is the number as printed (79.4 for "79.4%"); ``unit`` is ``"%"`` or
    ``None`` (unitless, including ratios such as "1.8x"). ``relative`` is true for
    differences and ratios against something else, named by ``baseline`` when the
    text names it. ``change`` says which way a relative result goes, as the text words it
    (``value`` stays the unsigned magnitude as printed): ``"increase"`` ("3.2 points
    higher", "2x faster"), ``"decrease"`` ("reduces the error by 30%", "8.4x fewer
    parameters"), ``"share"`` of the reference ("retains 90% of the performance", "a
    quarter of the parameters"), ``None`` when the text does not say or the result is a
    score. ``span`` is the evidence (usually the sentence) in ``Paper.text``.
    """

    method: str | None
    metric: str | None
    value: float | None
    value_text: str
    dataset: str | None = None
    task: str | None = None
    unit: str | None = None
    relative: bool = False
    baseline: str | None = None
    setting: str | None = None
    span: Span | None = None
    confidence: float = 0.5
    change: str | None = None

    def to_json(self) -> dict:
        return {
            "method": self.method,
            "dataset": self.dataset,
            "metric": self.metric,
            "task": self.task,
            "value": self.value,
            "value_text": self.value_text,
            "unit": self.unit,
            "relative": self.relative,
            "change": self.change,
            "baseline": self.baseline,
            "setting": self.setting,
            "span": list(self.span) if self.span else None,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_json(cls, data: dict) -> Result:
        span = data.get("span")
        return cls(
            method=data.get("method"),
            metric=data.get("metric"),
            value=data.get("value") if isinstance(data.get("value"), (int, float)) else None,
            value_text=str(data.get("value_text") or data.get("value") or ""),
            dataset=data.get("dataset"),
            task=data.get("task"),
            unit=data.get("unit"),
            relative=bool(data.get("relative", False)),
            change=data.get("change"),
            baseline=data.get("baseline"),
            setting=data.get("setting"),
            span=tuple(span) if span else None,
            confidence=float(data.get("confidence", 0.5)),
        )


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read out of one paper; names are canonical after linking."""

    paper_id: str
    title: str
    methods: tuple[Mention, ...] = ()
    datasets: tuple[Mention, ...] = ()
    metrics: tuple[Mention, ...] = ()
    tasks: tuple[Mention, ...] = ()
    proposed: tuple[str, ...] = ()
    results: tuple[Result, ...] = ()
    extractor: str = "mlkg-rules"
    version: str = "0"

    def mentions(self, kind: str) -> tuple[Mention, ...]:
        """The mentions of one entity type (``"methods"``, ``"datasets"``, ...)."""
        return getattr(self, kind)

    def to_json(self) -> dict:
        out: dict = {"id": self.paper_id, "title": self.title}
        for kind in ENTITY_TYPES:
            out[kind] = [m.to_json() for m in self.mentions(kind)]
        out["proposed"] = list(self.proposed)
        out["results"] = [r.to_json() for r in self.results]
        out["extractor"] = {"name": self.extractor, "version": self.version}
        return out

    @classmethod
    def from_json(cls, data: dict) -> Extraction:
        extractor = data.get("extractor") or {}
        return cls(
            paper_id=str(data.get("id", "")),
            title=data.get("title", ""),
            **{k: tuple(Mention.from_json(m) for m in data.get(k, ())) for k in ENTITY_TYPES},
            proposed=tuple(data.get("proposed", ())),
            results=tuple(Result.from_json(r) for r in data.get("results", ())),
            extractor=extractor.get("name", "unknown"),
            version=str(extractor.get("version", "0")),
        )


@dataclass(slots=True)
class BuildReport:
    """What a build did, for the CLI to print and tests to check."""

    papers_read: int = 0
    duplicates: int = 0
    off_category: int = 0  # papers left out by a category filter (kg build --category)
    skipped: list[str] = field(default_factory=list)  # messages for skipped records
    loaded: int = 0  # papers whose graph was written (new or changed)
    unchanged: int = 0
    seconds: float = 0.0


ENTITY_KINDS = {"methods": "method", "datasets": "dataset", "metrics": "metric", "tasks": "task"}

# A result's method when the text gives the paper's own method no name ("our method
# reaches 88%"): the extraction output contract's placeholder, "(proposed)". Other bracketed
# owners are models the text does not name either, but not the paper's own: "(baseline)"
# ("improves ... from 16.4"), "(unnamed)" ("even the best model only scores 58.1%").
PROPOSED = "(proposed)"
UNNAMED_BASELINE = "(baseline)"
_PLACEHOLDER = re.compile(r"^\(.*\)$")


def is_placeholder(name: str | None) -> bool:
    """Whether ``name`` stands for an unnamed thing of one paper, like ``(proposed)``."""
    return bool(name) and bool(_PLACEHOLDER.match(name))


@dataclass(frozen=True, slots=True)
class Entity:
    """One thing across the corpus after linking: a method, dataset, metric or task."""

    kind: str  # "method", "dataset", "metric" or "task"
    name: str  # canonical name, becomes skos:prefLabel and the IRI slug
    aliases: tuple[str, ...] = ()
    broader: str | None = None  # canonical name of the family, same kind
    higher_is_better: bool | None = None  # metrics only
