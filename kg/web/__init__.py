"""The mlkg web service: SPARQL 1.1 Protocol, Graph Store reads, named-query API, pages.

:func:`create_app` builds the Flask app around one store opened for the app's
life (any WSGI server can run it); :func:`serve` runs it the way ``kg serve``
does, under granian in several worker processes (see :mod:`kg.web.server`).
"""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES

from kg.errors import MlkgError, StoreError
from kg.settings import Settings, allowed_origins
from kg.store import KgStore
from kg.web import api, compare, graphstore, sparql, ui  # noqa: F401 (compare: its routes are ui's)
from kg.web.state import WebState, get_state

logger = logging.getLogger(__name__)

MAX_BODY = 1 << 20  # bytes; larger request bodies get 413 (app.config["MAX_CONTENT_LENGTH"])


def create_app(settings: Settings | None = None, store: KgStore | None = None, *,
               workers: int | None = None) -> Flask:  # fmt: skip
    """Build the app over ``store``, or over the store at ``settings.store``.

    The store is opened read-only unless ``settings.allow_updates``. Queries
    run in ``workers`` processes (default: up to 4) when the store is a
    read-only directory the app opened itself, else in threads of this
    process; ``workers=0`` forces threads (``kg serve`` does: it runs several
    copies of the app in processes of its own), ``workers>0`` forces processes
    for a store with a path (the caller then promises that nothing writes it).

    :raises StoreError: if the store cannot be opened.
    :raises MlkgError: if updates are allowed without an update token.
    """
    settings = settings or Settings()
    if settings.allow_updates and not settings.update_token.strip():
        raise MlkgError(
            "allow_updates is on but update_token is empty or blank; set MLKG_UPDATE_TOKEN "
            "to the token clients must send with updates"
        )
    if store is None:
        if str(settings.store).startswith(("http://", "https://")):
            raise StoreError(
                f"{settings.store} is a remote SPARQL server; the web app serves a local store "
                "directory (query the server directly, or build a local store with `kg build`)"
            )
        read_only = not settings.allow_updates
        store = KgStore(settings.store, read_only=read_only)
    else:
        # a store handed in may be written by its owner: threads, unless the caller asks
        # for worker processes (and so promises that nothing writes it)
        read_only = False if workers is None else workers > 0

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    app.extensions["mlkg"] = WebState(settings, store, read_only=read_only, workers=workers)
    app.register_blueprint(sparql.bp)

    @app.context_processor
    def _store_state() -> dict:
        return {"store_changed": app.extensions["mlkg"].store_changed()}

    app.register_blueprint(graphstore.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(ui.bp)
    app.register_error_handler(MlkgError, _mlkg_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _internal_error)
    app.after_request(_cors)
    app.wsgi_app = sparql.ProtocolFastPath(app, app.wsgi_app, cors_headers)
    return app


def warm_pages(app: Flask) -> None:
    """Fill the app's page caches (counts, charts, projections) and the answers of the
    whole-graph named queries' "Run it" links, so the first visitor does not wait seconds.

    ``kg serve`` calls it in a background thread of each worker when the worker starts
    (requests are served meanwhile; one that comes first builds the answer itself, and the
    warming thread then waits for it instead of building it twice). A whole-graph answer took
    3-6 s on the first "Run it" after start-up on all sota-arxiv (cooccurrence 3.2 s,
    extractor_audit 5.6 s), ms after. Computing them in the server, not in ``kg build``, keeps
    them right for any store (one built before, or updated through SPARQL) at no cost to
    builds; the price is some CPU seconds per worker at start-up.
    """
    try:
        with app.test_client() as client:
            # /papers builds the papers' index that search and its autocomplete read too: on all
            # sota-arxiv the first /papers took 2.1 s and the first search 2.6 s in each worker
            # then the boards the home page links (their results, kept per page: 0.3-0.6 s each on
            # all sota-arxiv the first time, a fifth of that after)
            for path in ("/", "/papers", *home_board_pages(app), "/api/graph/projection?name=entity",
                         *whole_graph_runs(app)):  # fmt: skip
                client.get(path)
    except Exception:  # warming is an optimisation; a failure shows up on the real request
        logger.debug("warming the page caches failed", exc_info=True)


def home_board_pages(app: Flask) -> list[str]:
    """The pages of the datasets and metrics the home page lists (ui.home_boards)."""
    with app.test_request_context():
        return ui.home_boards()


def whole_graph_runs(app: Flask) -> list[str]:
    """The "Run it" URLs (JSON) of the named queries that read the whole graph, slowest first."""
    slow_first = {"extractor_audit": 0, "cooccurrence": 1}
    queries = sorted((q for q in api.named_queries().values() if q.scope),
                     key=lambda q: (slow_first.get(q.name, 2), q.name))  # fmt: skip
    with app.test_request_context():
        return [api.run_url(q) for q in queries]


def serve(settings: Settings, *, workers: int | None = None) -> None:
    """Serve the app as ``kg serve`` does until interrupted (see :func:`kg.web.server.serve`)."""
    from kg.web.server import serve as run

    run(settings, workers=workers)


# ---------------------------------------------------------------- errors and CORS


def error_response(status: int, message: str, headers=None) -> Response:
    """An error in the form the client reads best: JSON for the API, HTML for browsers, text."""
    if request.path.startswith("/api/"):
        response = jsonify({"error": message, "status": status})
    elif _wants_html():
        reason, hints = HTTP_STATUS_CODES.get(status, ""), _hints(status)
        page = render_template("error.html", status=status, message=message, reason=reason, hints=hints)
        response = Response(page)
    else:
        response = Response(message + "\n", content_type="text/plain; charset=utf-8")
    response.status_code = status
    for name, value in headers or ():
        if name.lower() != "content-type":
            response.headers.add(name, value)  # (add: a 401 challenges with Bearer and Basic)
    return response


def _hints(status: int) -> list[tuple[str, str]]:
    """Where a reader of an HTML error page can go next: (text, url) pairs."""
    kinds = "method", "dataset", "metric", "task"
    kind, _, slug = request.path.strip("/").partition("/")
    if status == 404 and kind in kinds and slug and "/" not in slug:
        words = slug.replace("-", " ")
        return [
            (f"Search for “{words}”", url_for("ui.search_page", q=words)),
            (f"Browse the {kind}s", url_for("ui.browse", plural=kind + "s")),
        ]
    if status == 404 and kind == "paper":
        return [("Browse the papers", url_for("ui.browse_papers"))]
    query = request.args.get("query") if request.method == "GET" else None
    if status == 400 and query and request.endpoint == "sparql.endpoint":  # (behind a path prefix too)
        return [("Fix the query in the query editor", ui.sparql_url(query))]
    return []


def _wants_html() -> bool:
    """Whether the client names text/html and prefers it to plain text (browsers do)."""
    accept = request.accept_mimetypes
    named = any(value == "text/html" for value, _ in accept)
    return named and accept.best_match(["text/plain", "text/html"]) == "text/html"


def _mlkg_error(e: MlkgError) -> Response:
    status = 503 if isinstance(e, StoreError) else 400
    return error_response(status, str(e))


def _http_error(e: HTTPException) -> Response:
    return error_response(e.code or 500, e.description or e.name, e.get_headers())


def _internal_error(e: Exception) -> Response:
    if isinstance(e, HTTPException):
        return _http_error(e)
    logger.exception("unexpected error on %s %s", request.method, request.path)
    return error_response(500, "internal error; the server log has the details")


def _cors(response: Response) -> Response:
    settings = get_state().settings
    if settings.cors_origins:
        extra = cors_headers(settings, request.headers.get("Origin"), request.method,
                             request.headers.get("Access-Control-Request-Headers"))  # fmt: skip
        for name, value in extra:
            if name == "Vary":
                response.vary.add(value)
            else:
                response.headers[name] = value
    return response


def cors_headers(settings: Settings, origin: str | None, method: str,
                 requested_headers: str | None = None) -> list[tuple[str, str]]:  # fmt: skip
    """The CORS headers for a request from ``origin``, for the origins listed in
    ``settings.cors_origins`` (none when it is empty or does not list the origin).

    Both doors add them: Flask's response hook and the protocol's fast path.
    """
    allowed = allowed_origins(settings.cors_origins)
    if not allowed or not origin:
        return []
    if "*" in allowed:
        headers = [("Access-Control-Allow-Origin", "*")]
    elif origin in allowed:
        headers = [("Access-Control-Allow-Origin", origin), ("Vary", "Origin")]
    else:
        return []
    headers.append(("Access-Control-Expose-Headers", "Warning, X-Mlkg-Max-Rows"))
    if method == "OPTIONS":  # preflight
        headers.append(("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS"))
        headers.append(("Access-Control-Allow-Headers",
                        requested_headers or "Accept, Authorization, Content-Type"))  # fmt: skip
        headers.append(("Access-Control-Max-Age", "600"))
    return headers


__all__ = ["create_app", "serve"]
