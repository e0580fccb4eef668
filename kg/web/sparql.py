"""The SPARQL 1.1 Protocol: queries at /sparql and /query, updates at /update (and /sparql).

https://www.w3.org/TR/sparql11-protocol/ — query via GET, POST form and POST
direct; the protocol dataset (``default-graph-uri``, ``named-graph-uri``) over
the union of all graphs by default; results negotiated by ``Accept`` or
``format``; a service description on a plain GET.

The protocol is implemented once, by functions that take a
:class:`ProtocolRequest` (what the protocol reads of a request, parsed from its
WSGI environ) and the app's :class:`~kg.web.state.WebState`, and return a
:class:`Reply` (status, headers, body). Two doors lead to them: the Flask views
below, which turn a reply into a Flask response, and :class:`ProtocolFastPath`,
a WSGI layer in front of Flask that sends queries and updates to them without
Flask's per-request machinery (request context, routing, response hooks, and
werkzeug's request and response objects), which cost about as much CPU as
running a small query; it hands everything else, and error pages, to Flask.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qsl

import pyoxigraph as ox
import werkzeug.urls  # noqa: F401 - registers the "werkzeug.url_quote" codec error handler
from flask import Blueprint, Flask, Response, abort, current_app, render_template, request
from werkzeug.exceptions import (BadRequest, NotAcceptable, RequestEntityTooLarge, ServiceUnavailable,
                                 UnsupportedMediaType)  # fmt: skip
from werkzeug.http import parse_options_header
from werkzeug.wrappers import Request

from kg.errors import QueryError
from kg.export import dataset_description
from kg.rdf import PREFIXES
from kg.web import engine, formats
from kg.sparqltext import add_using, has_dataset_clause, has_service
from kg.web.state import WebState, get_state

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


@dataclass(frozen=True)
class Operation:
    kind: str  # "query" or "update"
    text: str


QUERY_PATHS = ("/sparql", "/sparql/", "/query")
UPDATE_PATH = "/update"


@dataclass(slots=True)
class Reply:
    """A protocol answer: status, headers and body (a list of one bytes object when whole,
    else a stream with a ``close()`` that WSGI servers call)."""

    status: int
    headers: list[tuple[str, str]]
    body: Iterable[bytes] = ()

    def to_response(self) -> Response:
        """The reply as a Flask response (the Flask door's views return these)."""
        response = Response(self.body, status=self.status, headers=self.headers)
        if not any(name == "Content-Type" for name, _ in self.headers):
            del response.headers["Content-Type"]  # Flask's default (a 204 has no body to type)
        return response


class Params(dict):
    """Request parameters: each name with its values, in order (a small MultiDict)."""

    def getlist(self, name: str) -> list[str]:
        return dict.get(self, name) or []

    def first(self, name: str) -> str | None:
        values = dict.get(self, name)
        return values[0] if values else None

    @classmethod
    def parse(cls, text: str) -> Params:
        """``a=1&b=2`` parsed as werkzeug parses query strings and forms (undecodable bytes
        stay percent-encoded)."""
        params = cls()
        for name, value in parse_qsl(text, keep_blank_values=True, errors="werkzeug.url_quote"):
            params.setdefault(name, []).append(value)
        return params


@functools.lru_cache(maxsize=64)
def _content_type(header: str) -> tuple[str, dict[str, str]]:
    mimetype, options = parse_options_header(header)
    return mimetype.lower(), options


class ProtocolRequest:
    """What the protocol reads of a request, parsed from its WSGI environ on demand.

    Both doors build one: the fast path from the environ granian hands it, the
    Flask views from ``request.environ`` (Flask reads no body before a view runs).
    Bodies over ``max_body`` bytes get 413, as Flask's ``MAX_CONTENT_LENGTH`` does.
    """

    __slots__ = ("environ", "method", "max_body", "_args", "_body", "_form")

    def __init__(self, environ: dict, max_body: int | None):
        self.environ = environ
        self.method = environ.get("REQUEST_METHOD", "GET").upper()
        self.max_body = max_body
        self._args: Params | None = None
        self._body: bytes | None = None
        self._form: Params | None = None

    @property
    def args(self) -> Params:
        """The URL's parameters."""
        if self._args is None:
            query = self.environ.get("QUERY_STRING", "")
            self._args = Params.parse(query.encode("latin-1").decode("utf-8", "replace")) if query else Params()
        return self._args

    @property
    def mimetype(self) -> str:
        return _content_type(self.environ.get("CONTENT_TYPE", ""))[0]

    @property
    def mimetype_params(self) -> dict[str, str]:
        return _content_type(self.environ.get("CONTENT_TYPE", ""))[1]

    @property
    def form(self) -> Params:
        """A url-encoded form body's fields (empty for other bodies)."""
        if self._form is None:
            self._form = Params.parse(self.get_data().decode("utf-8", "replace")) if self.mimetype == FORM else Params()
        return self._form

    @property
    def values(self) -> Params:
        """The protocol's parameters: the URL's, and a form body's (other bodies are not parsed)."""
        if self.method != "POST" or self.mimetype != FORM:
            return self.args
        both = Params({name: list(values) for name, values in self.args.items()})
        for name, values in self.form.items():
            both.setdefault(name, []).extend(values)
        return both

    def header(self, name: str) -> str | None:
        """A request header (``Authorization``, ``Origin``, ...)."""
        return self.environ.get("HTTP_" + name.upper().replace("-", "_"))

    def get_data(self) -> bytes:
        """The body, read once: up to ``Content-Length`` bytes, or to the end of a body the
        server terminates (chunked), else none (werkzeug's rules).

        :raise 413: for a body over ``max_body`` bytes.
        """
        if self._body is None:
            environ, limit = self.environ, self.max_body
            try:
                length = int(environ.get("CONTENT_LENGTH") or -1)
            except ValueError:
                length = -1
            if length >= 0:
                if limit is not None and length > limit:
                    raise RequestEntityTooLarge()
                self._body = environ["wsgi.input"].read(length) if length else b""
            elif environ.get("wsgi.input_terminated"):
                self._body = environ["wsgi.input"].read() if limit is None else environ["wsgi.input"].read(limit + 1)
                if limit is not None and len(self._body) > limit:
                    raise RequestEntityTooLarge()
            else:
                self._body = b""
        return self._body


@bp.route("/query", methods=["GET", "POST"])
@bp.route("/sparql", methods=["GET", "POST"], strict_slashes=False)  # the first rule names url_for's URL
def endpoint():
    """Queries (GET, POST), updates (POST), and the service description or query page."""
    return _flask_door(update_only=False)


@bp.route("/update", methods=["POST"])
def update_endpoint():
    """SPARQL updates only (form ``update=`` or ``application/sparql-update``)."""
    return _flask_door(update_only=True)


def _flask_door(*, update_only: bool) -> Response:
    req = ProtocolRequest(request.environ, current_app.config["MAX_CONTENT_LENGTH"])
    state = get_state()
    op = read_operation(req)
    if op is None and not update_only and req.method != "POST":
        return describe_service(req, state)
    return perform(req, state, op, update_only=update_only).to_response()


def perform(req: ProtocolRequest, state: WebState, op: Operation | None, *, update_only: bool) -> Reply:
    """Run the request's query or update (``op``, from :func:`read_operation`).

    :raise 400: for a POST without an operation, or a query sent to /update.
    """
    if update_only:
        if op is None or op.kind != "update":
            raise BadRequest("this endpoint takes updates; send queries to /sparql")
        return run_update(req, state, op.text)
    if op is None:
        raise BadRequest("the request has neither a query nor an update")
    if op.kind == "update":
        return run_update(req, state, op.text)
    return run_query(req, state, op.text)


def read_operation(request: ProtocolRequest) -> Operation | None:
    """The query or update in the request, or None if it has neither.

    :raise 400: for several queries or updates, or an update sent with GET.
    :raise 415: for a POST body that is not a form or SPARQL, or not UTF-8.
    """
    if request.method in ("GET", "HEAD"):
        if "update" in request.args:
            raise BadRequest("updates must be sent with POST, not GET")
        return _single("query", request.args.getlist("query"))
    mimetype = request.mimetype
    if mimetype == FORM:
        queries, updates = request.form.getlist("query"), request.form.getlist("update")
        if queries and updates:
            raise BadRequest("the form has both a query and an update; send one")
        return _single("query", queries) or _single("update", updates)
    if mimetype in (QUERY_TYPE, UPDATE_TYPE):
        # SPARQL 1.1 Protocol §2.1.3, §2.2.2: direct POST bodies are UTF-8
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            raise UnsupportedMediaType(f"{mimetype} bodies must be UTF-8, not {charset}")
        try:
            text = request.get_data().decode("utf-8")
        except UnicodeDecodeError as e:
            raise BadRequest(f"the body is not valid UTF-8: {e}") from e
        return _operation("query" if mimetype == QUERY_TYPE else "update", text)
    raise UnsupportedMediaType(
        f"cannot read a POST body of type {mimetype or '(none)'}; use {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}"
    )


def base_url(environ: dict) -> str:
    """werkzeug's ``Request.base_url`` (the query's base IRI), remembered per server name and path."""
    e = environ
    key = (e.get("wsgi.url_scheme"), e.get("HTTP_HOST"), e.get("SERVER_NAME"), e.get("SERVER_PORT"),
           e.get("SCRIPT_NAME"), e.get("PATH_INFO"))  # fmt: skip
    url = _BASE_URLS.get(key)
    if url is None:
        if len(_BASE_URLS) >= 1024:
            _BASE_URLS.clear()
        url = _BASE_URLS[key] = Request(environ).base_url
    return url


_BASE_URLS: dict[tuple, str] = {}


def _single(kind: str, values: list[str]) -> Operation | None:
    if len(values) > 1:
        raise BadRequest(f"the request has {len(values)} {kind} parameters; send one")
    return _operation(kind, values[0]) if values else None


def _operation(kind: str, text: str) -> Operation:
    """The operation, without the byte-order mark a query saved by Windows editors starts with
    (the parser stops at it: "error at 1:8: expected one of VERSION").

    :raise 400: for an empty query (the parser's "error at 1:1: expected [_]" said little); an
        empty update is SPARQL 1.1 Update's grammar's, and does nothing.
    """
    text = text.removeprefix("\ufeff")
    if kind == "query" and not text.strip():
        raise BadRequest("the query is empty")
    return Operation(kind, text)


def graph_iris(request: ProtocolRequest, name: str) -> list[str]:
    """The IRIs given in parameter ``name`` (URL or form), checked.

    :raise 400: if one is not an absolute IRI.
    """
    out = []
    for value in request.values.getlist(name):
        try:
            out.append(ox.NamedNode(value.strip()).value)
        except ValueError as e:
            raise BadRequest(f"{name}: {value!r} is not an IRI ({e})") from e
    return out


def run_query(request: ProtocolRequest, state: WebState, text: str) -> Reply:
    """Run a protocol query: negotiate the format, read the dataset, answer."""
    format_param = formats.format_parameter(request.values.first)
    accept = formats.parse_accept(request.environ.get("HTTP_ACCEPT", ""))
    solutions_fmt = formats.negotiate(formats.SOLUTIONS, accept, format_param)
    graph_fmt = formats.negotiate(formats.GRAPH, accept, format_param)
    if format_param and solutions_fmt is None and graph_fmt is None:
        raise BadRequest(formats.unknown_format_message(format_param))
    return answer_query(
        request.environ,
        state,
        text,
        solutions_format=solutions_fmt,
        graph_format=graph_fmt,
        default_graph=graph_iris(request, "default-graph-uri"),
        named_graphs=graph_iris(request, "named-graph-uri"),
    )


def answer_query(environ: dict, state: WebState, text: str, *, solutions_format: formats.Format | None,
                 graph_format: formats.Format | None = None, default_graph: list[str] = (),
                 named_graphs: list[str] = (), substitutions: dict | None = None,
                 max_rows: int | None = None) -> Reply:  # fmt: skip
    """Run a query under the time and row limits (``max_rows``: the setting's unless given; 0 = none)
    and stream the answer.

    ``environ`` is the request's WSGI environ (its URL is the query's base IRI).

    Without protocol graphs, the query's own FROM clauses or else the union of
    all graphs is the default graph.

    :raise 400: for a malformed query, or one using SERVICE.
    :raise 406: if the result's kind has no acceptable format.
    :raise 503: if the query passes ``query_timeout`` or no query slot frees up.
    """
    if has_service(text):
        # pyoxigraph would fetch any URL the query names, the server's own network included
        raise QueryError("SERVICE (federated query) is disabled on this endpoint" + _label_service_hint(text))
    settings = state.settings
    protocol_dataset = bool(default_graph or named_graphs)
    job = engine.QueryJob(
        text=text,
        base_iri=base_url(environ),
        default_graph=tuple(default_graph) if protocol_dataset else None,
        named_graphs=tuple(named_graphs) if protocol_dataset else None,
        union=not has_dataset_clause(text),
        solutions_format=solutions_format and solutions_format.name,
        graph_format=graph_format and graph_format.name,
        max_rows=settings.max_rows if max_rows is None else max_rows,
        substitutions=tuple((substitutions or {}).items()),
    )
    try:
        answer = engine.run(state.engine, job, settings.query_timeout)
    except engine.Busy:
        raise _busy(settings.query_timeout) from None
    except engine.QueryTimeout:
        raise _too_long(settings.query_timeout) from None
    except engine.QueryFailed as e:
        if e.status == 400:
            raise QueryError(e.message) from None
        if e.status == 406:
            raise NotAcceptable(e.message) from None
        abort(e.status, e.message)
    headers = [("Content-Type", answer.format.content_type), ("Vary", "Accept")]
    if answer.truncated:
        headers.append(("X-Mlkg-Max-Rows", str(settings.max_rows)))
        headers.append(("Warning", f'199 mlkg "result cut to the first {settings.max_rows} rows (max_rows)"'))
    return Reply(200, headers, answer.body)


def _label_service_hint(text: str) -> str:
    """For a query copied from Wikidata's service, where its labels are here instead."""
    if "wikibase:label" not in text:
        return ""
    return ("; wikibase:label is Wikidata's label service: here a label is a triple, skos:prefLabel "
            "(methods, datasets, metrics, tasks) or dcterms:title (papers): ?x skos:prefLabel ?xLabel")  # fmt: skip


def _busy(timeout: float) -> ServiceUnavailable:
    return ServiceUnavailable(f"the server is busy: no query slot freed up within {timeout:g} s; try again later")


def _too_long(timeout: float) -> ServiceUnavailable:
    return ServiceUnavailable(f"the query exceeded the {timeout:g} s limit and was stopped")


def select_rows(environ: dict, state: WebState, text: str) -> ox.QuerySolutions:
    """All the rows of a SELECT the server asks itself (a paged query's keys, kg.web.api), run as
    any query (in a query slot, under ``query_timeout``: a huge store cannot hang a worker) but
    whole (no ``max_rows``: the answer is the server's own, not sent).

    :raise 503: if the query passes ``query_timeout`` or no query slot frees up.
    """
    reply = answer_query(environ, state, text, solutions_format=formats.by_name("json"), max_rows=0)
    try:
        body = b"".join(reply.body)
    except engine.QueryTimeout:
        raise _too_long(state.settings.query_timeout) from None
    except engine.QueryFailed as e:
        abort(e.status, e.message)
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)


def run_update(request: ProtocolRequest, state: WebState, text: str) -> Reply:
    """Check the token, apply the protocol's USING graphs, run the update: 204 when done."""
    own_origin = f"{request.environ.get('wsgi.url_scheme', 'http')}://{request.environ.get('HTTP_HOST', '')}"
    state.check_update_allowed(request.header("Authorization"), origin=request.header("Origin"),
                               fetch_site=request.header("Sec-Fetch-Site"), own_origin=own_origin)  # fmt: skip
    using = [f"<{iri}>" for iri in graph_iris(request, "using-graph-uri")]
    using_named = [f"<{iri}>" for iri in graph_iris(request, "using-named-graph-uri")]
    state.update(add_using(text, using, using_named), base_iri=base_url(request.environ))
    return Reply(204, [])


# ---------------------------------------------------------------- service description

SD = "http://www.w3.org/ns/sparql-service-description#"

EXAMPLE_QUERY = """SELECT ?paper ?title WHERE {
  ?paper a mlkg:Paper ;
         dcterms:title ?title .
}
LIMIT 20"""


def describe_service(request: ProtocolRequest, state: WebState) -> Response:
    """The query page for browsers, else a SPARQL 1.1 Service Description (Turtle by default).

    The query page is a template: it needs Flask's request context, which the fast
    path does not set up (it hands such requests to Flask).
    """
    accept = formats.parse_accept(request.environ.get("HTTP_ACCEPT", ""))
    offers = [m for fmt in formats.GRAPH_FORMATS for m in fmt.media_types] + ["text/html"]
    endpoint = base_url(request.environ)
    if accept and accept.best_match(offers) == "text/html":
        return Response(render_template("query.html", endpoint=endpoint, query=EXAMPLE_QUERY))
    fmt = formats.negotiate(formats.GRAPH, accept, formats.format_parameter(request.args.first))
    if fmt is None:
        raise NotAcceptable("the service description is available as RDF (Turtle, JSON-LD, ...)")
    triples = service_description(endpoint, state.settings.allow_updates and not state.read_only,
                                  dataset=ox.NamedNode(f"{state.settings.base_iri}dataset"))  # fmt: skip
    triples += dataset_description(state.stats(), base=state.settings.base_iri, endpoint=endpoint)
    body = ox.serialize(
        triples,
        format=fmt.rdf,
        prefixes={"sd": SD, "void": "http://rdfs.org/ns/void#", "formats": "http://www.w3.org/ns/formats/",
                  "dcat": PREFIXES["dcat"], "dcterms": PREFIXES["dcterms"], "mlkg": PREFIXES["mlkg"]},
    )  # fmt: skip
    response = Response(body, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response


def service_description(endpoint: str, updates: bool, dataset: ox.NamedNode | None = None) -> list[ox.Triple]:
    """Triples describing the endpoint: languages, result formats, union default graph.

    ``dataset`` names the default dataset, so its VoID description (counts,
    vocabularies, class partitions) can be attached to the same node.
    """
    sd = lambda local: ox.NamedNode(SD + local)  # noqa: E731
    a = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    service, graph = ox.BlankNode(), ox.BlankNode()
    dataset = dataset or ox.BlankNode()
    triples = [
        ox.Triple(service, a, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(
            service, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")
        ),  # fmt: skip
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, a, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, a, sd("Graph")),
    ]
    if updates:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for fmt in formats.RESULT_FORMATS + formats.GRAPH_FORMATS:
        if not fmt.iri:  # the text table: no W3C format names it
            continue
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(fmt.iri)))
    return triples


# ---------------------------------------------------------------- the fast path


_STATUS_LINES = {s.value: f"{s.value} {s.phrase}" for s in HTTPStatus}


class ProtocolFastPath:
    """WSGI middleware: protocol requests go to :func:`perform` directly, the rest to Flask.

    Queries (GET with a query string, POST) and updates skip Flask's request
    context, URL routing, response hooks and werkzeug's request and response
    objects; CORS headers come from the same function Flask's hook uses
    (``cors``: settings, origin, method, requested headers -> header pairs). Whatever needs Flask goes to it
    untouched: other paths and methods (OPTIONS preflights, 405s), the query page
    and service description (a GET without a query), and error responses
    (rendered by the app's error handlers, in a request context built for them).
    """

    def __init__(self, app: Flask, wsgi_app, cors: callable):
        self.app = app
        self.wsgi_app = wsgi_app  # Flask's own
        self.cors = cors
        self.state: WebState = app.extensions["mlkg"]
        self.max_body = app.config["MAX_CONTENT_LENGTH"]

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if path in QUERY_PATHS:
            if not (method == "POST" or (method in ("GET", "HEAD") and environ.get("QUERY_STRING"))):
                return self.wsgi_app(environ, start_response)
            update_only = False
        elif path == UPDATE_PATH and method == "POST":
            update_only = True
        else:
            return self.wsgi_app(environ, start_response)
        req = ProtocolRequest(environ, self.max_body)
        state = self.state
        try:
            op = read_operation(req)
            if op is None and not update_only and req.method != "POST":
                return self.wsgi_app(environ, start_response)  # the service description: Flask's
            reply = perform(req, state, op, update_only=update_only)
        except Exception as e:  # noqa: BLE001 - every error becomes the app's error response
            return self._error(environ, e)(environ, start_response)
        headers = reply.headers
        if state.settings.cors_origins:
            add_headers(headers, self.cors(state.settings, req.header("Origin"), req.method,
                                           req.header("Access-Control-Request-Headers")))  # fmt: skip
        body = reply.body
        if isinstance(body, (list, tuple)):
            # a whole body (small results): one bytes object, sent with its length
            data = body[0] if len(body) == 1 else b"".join(body)
            if reply.status != 204:
                headers.append(("Content-Length", str(len(data))))
            start_response(_STATUS_LINES[reply.status], headers)
            return [] if method == "HEAD" or reply.status == 204 else [data]
        start_response(_STATUS_LINES[reply.status], headers)
        if method == "HEAD":
            body.close()  # releases the query's slot
            return []
        return body  # a stream; the server calls its close()

    def _error(self, environ, error: Exception) -> Response:
        with self.app.request_context(environ):
            try:
                rv = self.app.handle_user_exception(error)
            except Exception as e:  # noqa: BLE001 - no handler for it: the app's 500
                rv = self.app.handle_exception(e)
            return self.app.process_response(self.app.make_response(rv))


def add_headers(headers: list[tuple[str, str]], extra: list[tuple[str, str]]) -> None:
    """Add ``extra`` to a header list; a ``Vary`` joins the one already there."""
    for name, value in extra:
        if name == "Vary":
            for i, (have, old) in enumerate(headers):
                if have == "Vary":
                    headers[i] = ("Vary", f"{old}, {value}")
                    break
            else:
                headers.append((name, value))
        else:
            headers.append((name, value))
