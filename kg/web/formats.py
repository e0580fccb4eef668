"""Media types <-> result formats, content negotiation, and the result writers.

One table per kind of result (datasette's renderers, in one module): SPARQL
results for ``SELECT``/``ASK`` and RDF syntaxes for ``CONSTRUCT``/``DESCRIBE``
and graph downloads. A client picks a format with the ``Accept`` header
(q-values honoured) or, for clients that cannot set headers, a ``format``
parameter (``json``, ``xml``, ``csv``, ``tsv``, ``ttl``, ``nt``, ... or a media
type), which wins over ``Accept``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.text import aligned_table

SOLUTIONS = "solutions"  # SELECT
BOOLEAN = "boolean"  # ASK
GRAPH = "graph"  # CONSTRUCT, DESCRIBE, graph downloads

XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True, eq=False)  # each format is one object: compared and hashed by identity
class Format:
    """One serialization: its name, media types (first = the one answered) and keys."""

    name: str
    media_types: tuple[str, ...]
    keys: tuple[str, ...]  # values of the ``format`` parameter that select it
    label: str
    iri: str  # http://www.w3.org/ns/formats/... for the service description
    rdf: ox.RdfFormat | None = None
    results: ox.QueryResultsFormat | None = None

    @property
    def media_type(self) -> str:
        return self.media_types[0]

    @property
    def content_type(self) -> str:
        """The Content-Type header: media type, plus charset for text/* types."""
        if self.media_type.startswith("text/"):
            return self.media_type + "; charset=utf-8"
        return self.media_type


_R = ox.QueryResultsFormat
_F = ox.RdfFormat

# fmt: off
# The first entry of each table is the default when the client expresses no preference.
RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", ("application/sparql-results+json", "application/json"),
           ("json", "srj"), "SPARQL results JSON", _R.JSON.iri, results=_R.JSON),
    Format("xml", ("application/sparql-results+xml", "application/xml", "text/xml"),
           ("xml", "srx"), "SPARQL results XML", _R.XML.iri, results=_R.XML),
    Format("csv", ("text/csv",), ("csv",), "CSV", _R.CSV.iri, results=_R.CSV),
    Format("tsv", ("text/tab-separated-values",), ("tsv",), "TSV", _R.TSV.iri, results=_R.TSV),
    # a table to read, as Fuseki answers `curl -H 'Accept: text/plain'` (no W3C format IRI)
    Format("text", ("text/plain",), ("text", "txt"), "Text table", ""),
)
GRAPH_FORMATS: tuple[Format, ...] = (
    # Turtle is also N3 (a subset of it), for clients that ask for N3
    Format("ttl", ("text/turtle", "application/x-turtle", "text/n3"), ("ttl", "turtle", "n3"),
           "Turtle", _F.TURTLE.iri, rdf=_F.TURTLE),
    Format("nt", ("application/n-triples", "text/plain"), ("nt", "ntriples", "n-triples"),
           "N-Triples", _F.N_TRIPLES.iri, rdf=_F.N_TRIPLES),
    Format("nq", ("application/n-quads", "text/x-nquads"), ("nq", "nquads", "n-quads"),
           "N-Quads", _F.N_QUADS.iri, rdf=_F.N_QUADS),
    Format("trig", ("application/trig",), ("trig",), "TriG", _F.TRIG.iri, rdf=_F.TRIG),
    Format("jsonld", ("application/ld+json", "application/json"), ("jsonld", "json-ld", "json"),
           "JSON-LD", "http://www.w3.org/ns/formats/JSON-LD", rdf=_F.JSON_LD),  # (pyoxigraph's iri is no W3C one)
    Format("rdfxml", ("application/rdf+xml", "application/xml", "text/xml"),
           ("rdf", "rdfxml", "rdf+xml", "xml", "owl"), "RDF/XML", _F.RDF_XML.iri, rdf=_F.RDF_XML),
)
# fmt: on

# The named-query API: plain JSON rows first, then the SPARQL results formats.
API_FORMATS: tuple[Format, ...] = (
    (
        Format(
            "rows", ("application/json",), ("json", "rows"), "JSON rows", "https://w3id.org/mlkg/ns#JsonRows"
        ),
    )
    + tuple(f for f in RESULT_FORMATS if f.name != "json")
    + (
        Format(
            "srj",
            ("application/sparql-results+json",),
            ("srj",),
            "SPARQL results JSON",
            _R.JSON.iri,
            results=_R.JSON,
        ),
    )
)

FORMATS_BY_KIND: dict[str, tuple[Format, ...]] = {
    SOLUTIONS: RESULT_FORMATS,
    BOOLEAN: RESULT_FORMATS,
    GRAPH: GRAPH_FORMATS,
}


def by_name(name: str) -> Format:
    """The format called ``name`` (``"json"``, ``"ttl"``, ...).

    >>> by_name("ttl").media_type
    'text/turtle'
    """
    for fmt in RESULT_FORMATS + GRAPH_FORMATS + API_FORMATS:
        if fmt.name == name:
            return fmt
    raise KeyError(name)


def negotiate(kind: str, accept: MIMEAccept, format_param: str | None = None,
              table: Sequence[Format] | None = None) -> Format | None:  # fmt: skip
    """The format to answer a result of ``kind`` in, or None if the client accepts none.

    The ``format`` parameter (a key such as ``csv`` or a media type) wins over
    ``Accept``; an absent or empty ``Accept`` means the table's default.

    >>> from werkzeug.http import parse_accept_header
    >>> negotiate(SOLUTIONS, parse_accept_header("text/csv;q=0.5, application/xml", MIMEAccept)).name
    'xml'
    >>> negotiate(GRAPH, MIMEAccept(), "xml").name, negotiate(SOLUTIONS, MIMEAccept(), "xml").name
    ('rdfxml', 'xml')
    """
    return _negotiate(kind, tuple(accept), format_param, tuple(table or FORMATS_BY_KIND[kind]))


@functools.lru_cache(maxsize=256)  # clients repeat their Accept headers; this is a hot path
def _negotiate(kind: str, accept_values: tuple, format_param: str | None,
               table: tuple[Format, ...]) -> Format | None:  # fmt: skip
    accept = MIMEAccept(accept_values)
    if format_param:
        wanted = format_param.strip().lower()
        for fmt in table:
            if wanted in fmt.keys or wanted in fmt.media_types:
                return fmt
        return None
    if not accept:
        return table[0]
    offers = [m for fmt in table for m in fmt.media_types]
    best = accept.best_match(offers)
    if best is None:
        return None
    return next(fmt for fmt in table if best in fmt.media_types)


@functools.lru_cache(maxsize=256)
def parse_accept(header: str) -> MIMEAccept:
    """An ``Accept`` header, parsed (once per distinct header: clients repeat theirs)."""
    return parse_accept_header(header, MIMEAccept)


# Fuseki reads the format from ``output`` and ``results`` as well as ``format`` (Virtuoso and
# Wikidata's service from ``format``); a client's ``output=csv`` used to get JSON without a word.
FORMAT_PARAMETERS = ("format", "output", "results")


def format_parameter(lookup: Callable[[str], str | None]) -> str | None:
    """The format a request names in one of :data:`FORMAT_PARAMETERS` (``lookup`` reads one
    parameter's first value), or None."""
    for name in FORMAT_PARAMETERS:
        value = lookup(name)
        if value:
            return value
    return None


def unknown_format_message(value: str, kind: str | None = None) -> str:
    """Why a ``format`` value is refused, with the values that work (for ``kind``, or all)."""
    tables = [FORMATS_BY_KIND[kind]] if kind else [RESULT_FORMATS, GRAPH_FORMATS]
    keys = "; ".join(", ".join(fmt.keys[0] for fmt in table) for table in tables)
    return f"unknown format {value!r}; use one of {keys}, or a media type"


def not_acceptable_message(kind: str) -> str:
    """Why a result of ``kind`` cannot be sent in what the request accepts, and what to ask for."""
    table = FORMATS_BY_KIND[kind]
    wanted = "RDF" if kind == GRAPH else "SPARQL results"
    media = ", ".join(fmt.media_type for fmt in table)
    keys = ", ".join(fmt.keys[0] for fmt in table)
    return f"this query returns {wanted}, which the request does not accept; accept one of {media} (or send format={keys})"


def is_format_key(value: str, kind: str) -> bool:
    """Whether ``value`` names a format of ``kind`` (used to reject unknown ``format=`` values)."""
    return negotiate(kind, MIMEAccept(), value) is not None


# ---------------------------------------------------------------- writing

CHUNK = 64 * 1024


class ChunkWriter:
    """A binary file-like object that hands ``emit`` chunks of about CHUNK bytes.

    pyoxigraph's serializers write to it; so do the solution writers below.
    """

    def __init__(self, emit):
        self._emit = emit
        self._parts: list[bytes] = []
        self._size = 0

    def write(self, data) -> int:
        data = bytes(data)
        self._parts.append(data)
        self._size += len(data)
        if self._size >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._parts:
            self._emit(b"".join(self._parts))
            self._parts = []
            self._size = 0


def write_boolean(fmt: Format, value: bool) -> bytes:
    """An ASK answer in a SPARQL results format (CSV and TSV: the bare word, as oxigraph does)."""
    if fmt.name in ("json", "srj"):
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt.name == "rows":
        return json.dumps({"boolean": value}).encode()
    if fmt.name == "xml":
        word = "true" if value else "false"
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head></head><boolean>{word}</boolean></sparql>\n"
        ).encode()
    if fmt.name == "text":  # a line to read
        return b"true\n" if value else b"false\n"
    return b"true" if value else b"false"


def write_solutions(fmt: Format, variables: Sequence[str], rows: Iterable, out: ChunkWriter) -> None:
    """Write SELECT solutions (each indexable by variable name) in a results format.

    Writes row by row, so a result streams through ``out`` in chunks.
    """
    writer = _SOLUTION_WRITERS[fmt.name]
    for piece in writer(list(variables), rows):
        out.write(piece.encode("utf-8"))
    out.flush()


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    # RDF-star triple term
    return {
        "type": "triple",
        "value": {
            "subject": _term_json(term.subject),
            "predicate": _term_json(term.predicate),
            "object": _term_json(term.object),
        },
    }


def _json_rows(variables: list[str], rows: Iterable) -> Iterator[str]:
    yield json.dumps({"head": {"vars": variables}})[:-1] + ',"results":{"bindings":['
    first = True
    for row in rows:
        binding = {}
        for var in variables:
            term = row[var]
            if term is not None:
                binding[var] = _term_json(term)
        yield ("" if first else ",") + json.dumps(binding, ensure_ascii=False)
        first = False
    yield "]}}\n"


def _term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD + "string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_term_xml(term.subject)}</subject>"
        f"<predicate>{_term_xml(term.predicate)}</predicate>"
        f"<object>{_term_xml(term.object)}</object></triple>"
    )


def _xml_rows(variables: list[str], rows: Iterable) -> Iterator[str]:
    yield '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'
    yield "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
    yield "</head><results>\n"
    for row in rows:
        cells = []
        for var in variables:
            term = row[var]
            if term is not None:
                cells.append(f"<binding name={quoteattr(var)}>{_term_xml(term)}</binding>")
        yield "<result>" + "".join(cells) + "</result>\n"
    yield "</results></sparql>\n"


def _term_text(term) -> str:
    """A term's plain text, as CSV and the text table show it (blank nodes as _:label)."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _csv_field(term) -> str:
    # SPARQL 1.1 CSV: IRIs and literals as their plain string, blank nodes as _:label
    text = _term_text(term)
    if any(c in text for c in '",\r\n'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def _csv_rows(variables: list[str], rows: Iterable) -> Iterator[str]:
    yield ",".join(variables) + "\r\n"
    for row in rows:
        yield ",".join(_csv_field(row[v]) for v in variables) + "\r\n"


# Turtle's short forms of numbers and booleans, used in TSV where the lexical form allows it
# fmt: off
_SHORT_FORMS = {
    XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    XSD + "double":  re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
    XSD + "boolean": re.compile(r"true|false"),
}
# fmt: on


def _tsv_field(term) -> str:
    r"""A term in Turtle syntax for SPARQL 1.1 TSV (tabs and newlines escaped).

    >>> _tsv_field(ox.Literal("7", datatype=ox.NamedNode(XSD + "integer"))), _tsv_field(ox.Literal("a\tb"))
    ('7', '"a\\tb"')
    """
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and not term.language:
        short = _SHORT_FORMS.get(term.datatype.value)
        if short is not None and short.fullmatch(term.value):
            return term.value
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _tsv_rows(variables: list[str], rows: Iterable) -> Iterator[str]:
    yield "\t".join("?" + v for v in variables) + "\n"
    for row in rows:
        yield "\t".join(_tsv_field(row[v]) for v in variables) + "\n"


def _plain_value(term):
    """A term as plain JSON: IRIs and strings as strings, numbers and booleans as such."""
    if isinstance(term, ox.Literal) and not term.language:
        datatype = term.datatype.value
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
        if datatype in (XSD + "integer", XSD + "int", XSD + "long"):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
            try:
                return float(term.value)
            except ValueError:
                return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _plain_rows(variables: list[str], rows: Iterable) -> Iterator[str]:
    yield json.dumps({"columns": variables})[:-1] + ',"rows":['
    first = True
    for row in rows:
        values = {v: None if row[v] is None else _plain_value(row[v]) for v in variables}
        yield ("" if first else ",") + json.dumps(values, ensure_ascii=False)
        first = False
    yield "]}\n"


def _text_rows(variables: list[str], rows: Iterable) -> Iterator[str]:
    # every row is read first: the columns are as wide as their widest cell
    cells = [[_term_text(row[v]) for v in variables] for row in rows]
    for line in aligned_table(variables, cells):
        yield line.rstrip() + "\n"
    yield f"({len(cells)} row{'' if len(cells) == 1 else 's'})\n"


# fmt: off
_SOLUTION_WRITERS = {"json": _json_rows, "srj": _json_rows, "xml": _xml_rows, "csv": _csv_rows,
                     "tsv": _tsv_rows, "rows": _plain_rows, "text": _text_rows}
# fmt: on


def write_triples(fmt: Format, triples: Iterable[ox.Triple], out: ChunkWriter,
                  prefixes: dict[str, str] | None = None) -> None:  # fmt: skip
    """Serialize triples (or quads, for N-Quads/TriG) with pyoxigraph into ``out``."""
    kwargs = {}
    if prefixes and fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = prefixes
    ox.serialize(triples, out, format=fmt.rdf, **kwargs)
    out.flush()
