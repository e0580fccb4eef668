"""Named SPARQL queries: ``queries/*.rq`` with a ``#+`` header, and parameter binding.

A header looks like (grlc-style decorators, our own small dialect)::

    #+ summary: Leaderboard for one dataset and metric
    #+ description: ...
    #+ tags:
    #+   - leaderboard
    #+ params:
    #+   - dataset: iri, required, the dataset (IRI, prefixed name or name)
    #+ defaults:
    #+   - dataset: imagenet

"required" means the caller must give the parameter (``kg query -p``, the REST
API's query string): a required parameter's default is only an example, which
the ``/queries`` page's links and the query editor's examples fill in; an
optional parameter's default is used when it is not given.

A parameter is a variable with a slot ``VALUES ?name { UNDEF }`` wherever it
should constrain the query (in subqueries too, which is what makes a bound
leaderboard fast: Oxigraph then never computes the others). Unbound, the slot
means "any value", so a query file runs as it is in any SPARQL editor. A value
is first made an RDF term (``bind_params``) and the slot then receives that
term as serialised by pyoxigraph (``apply_values``): user text never reaches
the query except as one escaped IRI or literal, so a parameter cannot change
the query's structure.

A query that reads the whole graph can answer one page at a time: a ``page``
parameter and a slot, a comment line ``#PAGE 100: { SELECT ?method WHERE { ... } }``
where the page's keys should be read first. Given ``page=N``, the line becomes
that subquery with ``LIMIT 100 OFFSET (N-1)*100``: the store stops after the
page's keys (in its own order) and looks the rest up for them alone, so a page
answers in a fraction of a second where the whole answer takes seconds. Unbound
(a SPARQL editor, or ``page=`` left empty), the line stays a comment and the
query is the whole answer, as before. The pages' rows together are the whole
answer's; the query's ORDER BY sorts each page's rows, and the pages follow
the subquery's ORDER BY (the shipped queries order their keys by label, so
page 2 goes on where page 1 stopped), else the store's order of the keys.

Sorting every key in the store takes Oxigraph seconds (it reads each label from
the store at each comparison: 1.3-3 s for the 5,700 proposed methods or 8,500
tasks of all sota-arxiv, where a page takes 0.05-0.3 s). The web API therefore
reads the sorted keys once (``page_subquery``, kept until the store changes) and
binds a page's keys in the slot (``apply_page_keys``); ``apply_page`` (``kg
query``, the query editor's examples) leaves the sorting to the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Variable

from kg.errors import QueryError
from kg.rdf import VOCAB, XSD_DECIMAL, XSD_INTEGER, IriScheme, all_prefixes

PARAM_KINDS = ("iri", "label", "string", "number", "integer")
ENTITY_PARAMS = {"method", "dataset", "metric", "task", "baseline"}


class MissingParameter(QueryError):
    """A required parameter of a named query was not given (bad usage)."""


class UnknownName(QueryError):
    """An entity parameter given as a plain name that no entity of its kind has."""

    def __init__(self, message: str, name: str):
        super().__init__(message)
        self.name = name


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: str  # one of PARAM_KINDS
    required: bool
    description: str
    default: str | None = None


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    summary: str
    description: str
    text: str
    tags: tuple[str, ...] = ()
    params: tuple[Param, ...] = field(default_factory=tuple)
    # how much of the graph it reads, when that is all of it ("#+ scope: whole graph unless ..."):
    # the /queries page says so next to "Run it", which otherwise looks as cheap as a leaderboard's
    scope: str = ""

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "summary": self.summary,
            "description": self.description,
            "tags": list(self.tags),
            "scope": self.scope,
            "params": [
                {"name": p.name, "type": p.kind, "required": p.required,
                 "description": p.description, "default": p.default}
                for p in self.params
            ],  # fmt: skip
        }


def parse_header(text: str) -> dict:
    """Read the ``#+`` decorators at the top of a query into a dict.

    >>> h = parse_header("#+ summary: S\\n#+ tags:\\n#+   - a\\n#+ defaults:\\n#+   - q: x\\nSELECT")
    >>> h["summary"], h["tags"], h["defaults"]
    ('S', ['a'], [('q', 'x')])
    """
    out: dict = {}
    key = None
    for line in text.splitlines():
        if not line.startswith("#+"):
            break
        body = line[2:].strip()
        if body.startswith("- ") and key:
            item = body[2:].strip()
            if ":" in item and key in ("params", "defaults"):
                k, v = item.split(":", 1)
                out.setdefault(key, []).append((k.strip(), v.strip()))
            else:
                out.setdefault(key, []).append(item)
        elif ":" in body:
            key, value = (s.strip() for s in body.split(":", 1))
            if value:
                out[key] = value
    return out


def _parse_param(name: str, spec: str, defaults: dict[str, str], path: Path) -> Param:
    parts = [s.strip() for s in spec.split(",", 2)]
    if len(parts) < 2 or parts[0] not in PARAM_KINDS or parts[1] not in ("required", "optional"):
        raise QueryError(f"{path}: param {name!r} must read 'kind, required|optional, description'")
    return Param(name, parts[0], parts[1] == "required", parts[2] if len(parts) > 2 else "",
                 defaults.get(name))  # fmt: skip


MAX_INTEGER = 10**9  # the largest integer parameter (a page, a limit) a query takes
_SLOT = re.compile(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}")
# a page slot (see the module's docstring): its size and the subquery that reads the page's keys
PAGE = "page"
_PAGE_SLOT = re.compile(r"^([ \t]*)#PAGE (\d+): (\{.*\})[ \t]*$", re.M)


def apply_page(text: str, page: int) -> str:
    r"""Fill the query's page slots for page ``page`` (counted from 1).

    >>> apply_page("SELECT * WHERE {\n  #PAGE 100: { SELECT ?m WHERE { ?m a ?c } }\n  ?m ?p ?o }", 3)
    'SELECT * WHERE {\n  { SELECT ?m WHERE { ?m a ?c } LIMIT 100 OFFSET 200 }\n  ?m ?p ?o }'
    """

    def fill(m: re.Match) -> str:
        size = int(m.group(2))
        return f"{m.group(1)}{m.group(3)[:-1].rstrip()} LIMIT {size} OFFSET {(page - 1) * size} }}"

    return _PAGE_SLOT.sub(fill, text)


_KEY_VARIABLE = re.compile(r"^\{\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\?(\w+)", re.I)


def page_subquery(text: str) -> tuple[str, str, int] | None:
    r"""The query that lists the page slot's keys in page order, the keys' variable and the page
    size; None without a slot, or with slots that differ (a query may repeat one slot, in each
    branch of a UNION: they must read the same keys).

    >>> page_subquery("SELECT * {\n  #PAGE 50: { SELECT ?m WHERE { ?m a ?c } ORDER BY ?m }\n  ?m ?p ?o }")
    ('SELECT ?m WHERE { ?m a ?c } ORDER BY ?m', 'm', 50)
    """
    slots = {(m.group(3), int(m.group(2))) for m in _PAGE_SLOT.finditer(text)}
    if len(slots) != 1:
        return None
    ((subquery, size),) = slots
    key = _KEY_VARIABLE.match(subquery)
    if key is None:
        return None
    return subquery[1:-1].strip(), key.group(1), size


def apply_page_keys(text: str, variable: str, keys: list) -> str:
    r"""Put one page's keys (pyoxigraph terms, in page order) into the query's page slots.

    >>> from pyoxigraph import NamedNode
    >>> apply_page_keys("SELECT * {\n  #PAGE 2: { SELECT ?m WHERE { ?m a ?c } }\n  ?m ?p ?o }", "m", [NamedNode("http://e/1")])
    'SELECT * {\n  VALUES ?m { <http://e/1> }\n  ?m ?p ?o }'
    """
    values = " ".join(str(k) for k in keys)
    return _PAGE_SLOT.sub(lambda m: f"{m.group(1)}VALUES ?{variable} {{ {values} }}", text)


def apply_values(text: str, substitutions: dict | None) -> tuple[str, dict]:
    r"""Put bound terms into the query's ``VALUES ?name { UNDEF }`` slots.

    Returns the new text and the substitutions that had no slot (left for
    pyoxigraph's ``substitutions``, which binds top-level variables only).

    >>> from pyoxigraph import Literal
    >>> apply_values("SELECT ?q WHERE { VALUES ?q { UNDEF } }", {Variable("q"): Literal('a"} b')})
    ('SELECT ?q WHERE { VALUES ?q { "a\\"} b" } }', {})
    """
    if not substitutions:
        return text, {}
    by_name = {v.value: t for v, t in substitutions.items()}
    used: set[str] = set()

    def fill(m: re.Match) -> str:
        term = by_name.get(m.group(1))
        if term is None:
            return m.group(0)
        used.add(m.group(1))
        return f"VALUES ?{m.group(1)} {{ {term} }}"

    text = _SLOT.sub(fill, text)
    page = by_name.get(PAGE)
    if page is not None and PAGE not in used and _PAGE_SLOT.search(text):
        text = apply_page(text, int(page.value))
        used.add(PAGE)
    return text, {v: t for v, t in substitutions.items() if v.value not in used}


def load_query(path: Path) -> NamedQuery:
    """Read one named query.

    :raises QueryError: if the header is malformed or a parameter has no ``VALUES`` slot.
    """
    text = path.read_text(encoding="utf-8")
    header = parse_header(text)
    defaults = dict(header.get("defaults", []))
    params = tuple(_parse_param(n, s, defaults, path) for n, s in header.get("params", []))
    slots = set(_SLOT.findall(text)) | ({PAGE} if _PAGE_SLOT.search(text) else set())
    for p in params:
        if p.name not in slots:
            raise QueryError(f"{path}: parameter {p.name!r} has no slot 'VALUES ?{p.name} {{ UNDEF }}'"
                             + (" nor '#PAGE n: { subquery }'" if p.name == PAGE else ""))
    return NamedQuery(
        name=path.stem,
        summary=header.get("summary", path.stem),
        description=header.get("description", ""),
        text=text,
        tags=tuple(header.get("tags", [])),
        params=params,
        scope=header.get("scope", ""),
    )


def load_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """All named queries of a directory (default: the shipped ``queries/``), by name."""
    if directory is None:
        from kg.resources import data_path

        directory = data_path("queries")
    return {
        p.stem: load_query(p) for p in sorted(Path(directory).glob("*.rq")) if p.stem != "prefixes"
    }


_PREFIXED = re.compile(r"^([A-Za-z][\w-]*):(\S*)$")


def _iri(param: Param, raw: str, scheme: IriScheme) -> NamedNode:
    raw = raw.strip()
    if raw.startswith("<") and raw.endswith(">"):
        raw = raw[1:-1]
    if re.match(r"^[a-z][a-z0-9+.-]*://", raw, re.I):
        return NamedNode(raw)
    m = _PREFIXED.match(raw)
    prefixes = all_prefixes(scheme.base)
    if m and m.group(1) in prefixes:
        return NamedNode(prefixes[m.group(1)] + m.group(2))
    if param.name in ENTITY_PARAMS:  # a plain name: the entity minted from it
        kind = "method" if param.name == "baseline" else param.name
        return scheme.entity(kind, raw)
    raise QueryError(f"parameter {param.name!r} needs an IRI, got {raw!r}")


def bind_params(query: NamedQuery, raw: dict[str, str], *, base: str | None = None,
                use_defaults: bool = True) -> dict[Variable, object]:  # fmt: skip
    """Turn ``name=value`` strings into pyoxigraph substitutions for ``query``.

    Entity parameters accept a full IRI, a prefixed name (``dataset:imagenet``)
    or a plain name (``ImageNet``, minted like the build does).

    :raises QueryError: unknown parameter or a bad value; :class:`MissingParameter` for a
        required one not given (its default is only an example).
    """
    scheme = IriScheme(base) if base else IriScheme()
    known = {p.name: p for p in query.params}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)}; "
                         f"it takes: {', '.join(known) or 'none'}")  # fmt: skip
    out: dict[Variable, object] = {}
    for p in query.params:
        value = raw.get(p.name)
        if value is None and use_defaults and not p.required:  # a required one's default is an example
            value = p.default
        if value is None or value == "":
            if p.required:
                example = f" (e.g. {p.name}={p.default})" if p.default else ""
                raise MissingParameter(f"query {query.name!r} needs parameter {p.name!r}{example}: {p.description}")
            continue
        if p.kind == "iri":
            term = _iri(p, value, scheme)
        elif p.kind == "label":
            term = Literal(value.strip().casefold())
        elif p.kind == "number":
            try:
                float(value)
            except ValueError:
                raise QueryError(f"parameter {p.name!r} must be a number, got {value!r}") from None
            term = Literal(value, datatype=XSD_DECIMAL)
        elif p.kind == "integer":  # an xsd:integer term, so it joins with stored integers
            # counted from 1 (page=1 is the top): 0 would match nothing and answer an empty page
            # (ASCII digits only: str.isdigit takes "١" and "²"; at most 10^9, as the store's
            # OFFSET overflows past 2^63 and no graph has that many pages)
            digits = value.strip()
            if not (digits.isascii() and digits.isdigit()) or not 1 <= int(digits) <= MAX_INTEGER:
                raise QueryError(f"parameter {p.name!r} must be a whole number from 1 to {MAX_INTEGER:,}, got {value!r}")
            term = Literal(str(int(value)), datatype=XSD_INTEGER)
        elif p.name == "setting":  # a board's regime, named as the extractor names it
            from kg.leaderboard import board_parameter

            term = Literal(board_parameter(value))
        else:
            term = Literal(value)
        out[Variable(p.name)] = term
    return out


@cache
def _lookup() -> NamedQuery:
    """The shipped ``lookup`` query (entities by any label or alias, most papers first), read once."""
    from kg.resources import data_path

    return load_query(data_path("queries") / "lookup.rq")


# An entity some paper mentions or some result is about (not one that only has its labels: a
# baseline or a family node can carry the name a mentioned entity also has as an alias)
Q_USED = "ASK { { ?p mlkg:mentions ?e } UNION { ?r a mlkg:Result ; ?role ?e } }"


def resolve_names(query: NamedQuery, raw: dict[str, str], substitutions: dict, store, *,
                  base: str | None = None) -> None:  # fmt: skip
    """Bind an entity parameter given as a plain name to the entity that has that name.

    bind_params mints the IRI a plain name would get (``MS COCO`` -> dataset:ms-coco), but the
    build links names to one entity under its canonical name (COCO, "Residual Network (ResNet)"),
    so an alias or a short form matched nothing and the answer was silently empty. A minted IRI
    no paper or result uses is looked up as the ``lookup`` query looks names up, the first entity
    of that kind (in most papers). IRIs and prefixed names are kept as given. ``store`` is a
    :class:`kg.store.GraphStore` (local or remote).

    :raises UnknownName: when no entity of that kind has the name.
    """
    scheme = IriScheme(base) if base else IriScheme()
    for p in query.params:
        value = (raw.get(p.name) or "").strip()
        var = Variable(p.name)
        if p.kind != "iri" or p.name not in ENTITY_PARAMS or not value or var not in substitutions:
            continue
        kind = "method" if p.name == "baseline" else p.name
        term = substitutions[var]
        if term != scheme.entity(kind, value) or store.query(Q_USED, substitutions={Variable("e"): term}):
            continue  # an IRI or prefixed name, kept as given; or a name the graph uses
        cls = NamedNode(VOCAB + kind.capitalize())
        lookup = _lookup()
        found = [r["entity"] for r in store.query(lookup.text, substitutions=bind_params(lookup, {"q": value}))
                 if r["type"] == cls]  # fmt: skip
        if found:
            substitutions[var] = found[0]
        elif not store.query(f"ASK {{ {term} ?p ?o }}"):
            raise UnknownName(f"no {kind} in the graph is called {value!r} ({p.name}={value})", value)
