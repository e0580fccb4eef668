"""The named queries (``queries/*.rq``) as a small REST API, described by OpenAPI.

``GET /api/queries`` lists them; ``GET /api/queries/<name>?param=value`` runs
one with its parameters bound as RDF terms (never pasted into the text), and
answers plain JSON rows (default), CSV, TSV or SPARQL results JSON/XML.
"""

from __future__ import annotations

import re
from functools import cache

from flask import Blueprint, Response, jsonify, request, url_for
from werkzeug.exceptions import NotAcceptable, NotFound

from pyoxigraph import Variable

from kg.queries import (MAX_INTEGER, PAGE, NamedQuery, UnknownName, apply_page_keys, apply_values, bind_params,
                        load_queries, page_subquery, resolve_names)  # fmt: skip
from kg.web import formats
from kg.web.sparql import Reply, answer_query, select_rows
from kg.web.state import get_state
from kg.web import ui

bp = Blueprint("api", __name__, url_prefix="/api")

# query-string parameters that steer the response rather than bind a variable
RESERVED = {"format"}


@cache
def named_queries() -> dict[str, NamedQuery]:
    """The shipped named queries, read once per process."""
    return load_queries()


def get_query(name: str) -> NamedQuery:
    """The named query ``name``.

    :raise 404: if there is no such query.
    """
    query = named_queries().get(name)
    if query is None:
        raise NotFound(f"no named query {name!r}; GET /api/queries lists them")
    return query


def _describe(query: NamedQuery) -> dict:
    out = query.to_json()
    out["url"] = url_for("api.run_query", name=query.name, _external=True)
    return out


@bp.route("/queries")
def list_queries():
    """Every named query with its summary, parameters and URL."""
    return jsonify({"queries": [_describe(q) for q in named_queries().values()]})


@bp.route("/queries/<name>")
def run_query(name: str) -> Response:
    """Run one named query with the request's parameters.

    :raise 404: for an unknown query.
    :raise 400: for an unknown parameter, a missing required one or a bad value.
    """
    query = get_query(name)
    raw = {k: v for k, v in request.args.items() if k not in RESERVED}
    fmt = formats.negotiate(
        formats.SOLUTIONS, request.accept_mimetypes, request.args.get("format"), formats.API_FORMATS
    )
    if fmt is None:
        raise NotAcceptable("named queries answer JSON, CSV, TSV, a text table or SPARQL results JSON/XML")
    state = get_state()
    substitutions = bind_params(query, raw, base=state.settings.base_iri)
    try:
        resolve_names(query, raw, substitutions, state.store, base=state.settings.base_iri)
    except UnknownName as e:
        lookup = url_for("api.run_query", name="lookup", q=e.name)
        raise NotFound(f"{e}; GET {lookup} finds names, acronyms and synonyms") from None
    text, left = _page_of(query, substitutions)
    if query.scope:  # a whole-graph query: its answer is kept until the store changes
        # (keyed on the bound terms, not the raw strings, so that "page=01" or "BERT" / "bert" make no
        # second copy; on the host only where the query's answer holds it; a bounded number of answers)
        bound = tuple(sorted((str(v), str(t)) for v, t in substitutions.items()))
        key = ("api", query.name, bound, fmt.name, _base_of_answer(query))
        reply = ui.cache().get(key, lambda: _whole(answer_query(
            request.environ, state, text, solutions_format=fmt, substitutions=left)), bounded=True)
        return reply.to_response()
    reply = answer_query(request.environ, get_state(), text, solutions_format=fmt, substitutions=left)
    return reply.to_response()


def _page_of(query: NamedQuery, substitutions: dict) -> tuple[str, dict]:
    """The query's text for the page ``substitutions`` ask for (a ``page`` parameter and a
    ``#PAGE`` slot, kg.queries), with that page's keys bound in the slot, and the substitutions
    left; else the query's text and ``substitutions`` as they are.

    The keys in page order are read once per store state and parameters: the slot's ORDER BY
    (by label) sorted in the store for each page took 1.3-3 s on all sota-arxiv, where a page
    of the store's order took 0.05-0.3 s and followed no order a reader could follow.
    """
    page = substitutions.get(Variable(PAGE))
    if page is None:
        return query.text, substitutions
    others = {v: t for v, t in substitutions.items() if v.value != PAGE}
    text, left = apply_values(query.text, others)
    found = page_subquery(text)
    if found is None:
        return query.text, substitutions
    subquery, variable, size = found
    keys = ui.cache().get(("page-keys", subquery), lambda: _keys_in_order(subquery, variable), bounded=True)
    first = (int(page.value) - 1) * size
    return apply_page_keys(text, variable, keys[first : first + size]), left


def _keys_in_order(subquery: str, variable: str) -> list:
    """The distinct values of ``variable`` in the rows of ``subquery``, in their order: run by the
    query engine as any query (a query slot, the server's query timeout; 503 past it), so that a
    huge store cannot hang a worker (it was run in the request's thread, with no limit)."""
    rows = select_rows(request.environ, get_state(), subquery)
    return list(dict.fromkeys(row[variable] for row in rows if row[variable] is not None))


def run_url(query: NamedQuery, **extra) -> str:
    """The URL that runs ``query`` with its parameters' defaults (the queries page's "Run it")."""
    defaults = {p.name: p.default for p in query.params if p.default is not None}
    return url_for("api.run_query", name=query.name, **defaults, **extra)


# an IRI reference without a scheme ("<#x>", "<papers/1>"): resolved against the request's URL
_RELATIVE_IRI = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.-]*:)[^<>\s]*>")


def _base_of_answer(query: NamedQuery) -> str:
    """The part of the request a whole-graph answer depends on beyond its parameters and format:
    the host, only if the query holds a relative IRI (the request's URL is the base IRI). The
    shipped queries hold none, so an answer computed when the server starts (warm_pages) is the
    one a visitor gets under whatever host name they use."""
    return request.host_url if _RELATIVE_IRI.search(query.text) else ""


def _whole(reply: Reply) -> Reply:
    """``reply`` with its body read into one bytes object, to keep and answer again.

    The whole-graph queries (a ``#+ scope:`` header: cooccurrence, extractor_audit, and the others
    unbound) read all the graph for each request, 1-5 s on all sota-arxiv, and "Run it" asks the
    same question each time; the store is read-only while serving (the cache empties on an update),
    so the second and later requests answer from memory.
    """
    body = b"".join(reply.body)
    close = getattr(reply.body, "close", None)
    if close:
        close()
    return Reply(reply.status, reply.headers, [body])


@bp.route("/openapi.json")
def openapi():
    """An OpenAPI 3.1 description of this API, one path per named query."""
    return jsonify(openapi_document(named_queries().values(), request.host_url.rstrip("/")))


_SCHEMA_OF_KIND = {"number": {"type": "number"}, "integer": {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER}}
_MEDIA = {f.media_type: {"schema": {"type": "string"}} for f in formats.API_FORMATS[1:]}


def _default_or_example(p) -> dict:
    """A required parameter's default is only an example (kg.queries); an optional one's is used."""
    if p.default is None:
        return {}
    value = int(p.default) if p.kind == "integer" else float(p.default) if p.kind == "number" else p.default
    return {"examples": [value]} if p.required else {"default": value}


def openapi_document(queries, server: str) -> dict:
    """The OpenAPI document for ``queries`` served at ``server``."""
    paths: dict = {
        "/api/queries": {
            "get": {
                "operationId": "listQueries",
                "summary": "List the named queries",
                "responses": {"200": {"description": "The named queries and their parameters"}},
            }
        }
    }
    for q in queries:
        params = [
            {
                "name": p.name,
                "in": "query",
                "required": p.required,
                "description": f"{p.description} ({p.kind})",
                "schema": {
                    **_SCHEMA_OF_KIND.get(p.kind, {"type": "string"}),
                    **_default_or_example(p),
                },
            }  # fmt: skip
            for p in q.params
        ]
        params.append(
            {
                "name": "format",
                "in": "query",
                "required": False,
                "description": "json (default), csv, tsv, xml or srj; overrides Accept",
                "schema": {"type": "string", "enum": ["json", "csv", "tsv", "xml", "srj"]},
            }
        )
        paths[f"/api/queries/{q.name}"] = {
            "get": {
                "operationId": q.name,
                "summary": q.summary,
                "description": q.description,
                "tags": list(q.tags),
                "parameters": params,
                "responses": {
                    "200": {
                        "description": "The rows of the result",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Rows"}},
                            **_MEDIA,
                        },
                    },
                    "400": {"description": "A missing, unknown or malformed parameter"},
                    "503": {"description": "The query passed the time limit"},
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "mlkg named queries",
            "version": "1",
            "description": "Named SPARQL queries over the mlkg knowledge graph.",
        },
        "servers": [{"url": server}],
        "paths": paths,
        "components": {
            "schemas": {
                "Rows": {
                    "type": "object",
                    "properties": {
                        "columns": {"type": "array", "items": {"type": "string"}},
                        "rows": {"type": "array", "items": {"type": "object"}},
                    },
                }
            }
        },
    }
