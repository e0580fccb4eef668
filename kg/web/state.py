"""What the app holds for its whole life: settings, the store, the query engine.

Opened once by :func:`kg.web.create_app` into ``app.extensions["mlkg"]``; views
reach it with :func:`get_state`.
"""

from __future__ import annotations

import base64
import hmac
import logging
import os
import threading

from flask import current_app
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Forbidden, Unauthorized

from kg.errors import QueryError, StoreError
from kg.rdf import IriScheme, all_prefixes
from kg.settings import Settings, origin_allowed
from kg.store import KgStore
from kg.web.engine import ProcessPool, ThreadRunner
from kg.sparqltext import syntax_error_message
from kg.web.update_scope import data_subjects

logger = logging.getLogger(__name__)

THREAD_QUERIES = 8  # queries running at once in thread mode, abandoned ones included


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


class WebState:
    """The store and the query engine of one app.

    Queries run in worker processes when the store is a read-only directory
    (unless ``workers=0``, as under ``kg serve``), in threads of this process
    otherwise (see :mod:`kg.web.engine`).
    """

    def __init__(self, settings: Settings, store: KgStore, *, read_only: bool,
                 workers: int | None = None):  # fmt: skip
        self.settings = settings
        self.store = store
        self.read_only = read_only
        self.prefixes = all_prefixes(settings.base_iri)
        if workers is None:
            workers = default_workers() if read_only and store.path is not None else 0
        if workers > 0 and store.path is not None:
            self.engine: ProcessPool | ThreadRunner = ProcessPool(str(store.path), self.prefixes, workers)
        else:
            self.engine = ThreadRunner(store.store, self.prefixes, THREAD_QUERIES)
        self._stats: dict[str, int] | None = None
        self._write_lock = threading.Lock()
        # A read-only handle keeps the store as it was when opened; reopening it while a build
        # writes is undefined behaviour in Oxigraph, so a write meanwhile is only detected:
        # RocksDB creates files on every write, which changes the directory's mtime (one stat,
        # about 4 us; a read-only open changes nothing).
        self._opened_mtime = self._store_mtime() if read_only else None
        if store.boards_outdated(IriScheme(settings.base_iri)):
            # (the leaderboard query would show their old stored values, the pages recomputed ones)
            logger.warning("the store's leaderboards were computed by an older version of mlkg: "
                           "run `kg refresh` (or `kg build` again) to recompute them")  # fmt: skip

    def _store_mtime(self) -> int | None:
        try:
            return os.stat(self.store.path).st_mtime_ns if self.store.path is not None else None
        except OSError:
            return None

    def store_changed(self) -> bool:
        """Whether the store directory was written (a `kg build`, `kg load`) since this
        read-only app opened it; the app still answers from the store as it was then."""
        return self._opened_mtime is not None and self._store_mtime() != self._opened_mtime

    @property
    def uses_processes(self) -> bool:
        return isinstance(self.engine, ProcessPool)

    def stats(self) -> dict[str, int]:
        """Counts for the home page, cached until the next update."""
        stats = self._stats
        if stats is None:
            stats = self._stats = self.store.stats()
        return stats

    def check_update_allowed(self, authorization: str | None, *, origin: str | None = None,
                             fetch_site: str | None = None, own_origin: str | None = None) -> None:  # fmt: skip
        """Let an update through only if updates are on, the request carries the token and it
        does not come from another site's page.

        The token comes as ``Authorization: Bearer <token>``, or as the password of HTTP Basic
        authentication (any user name): SPARQL clients that speak to Fuseki and Virtuoso send
        Basic (SPARQLWrapper's ``setCredentials``, rdflib's ``auth=``, ``curl -u``), few send Bearer.
        The 401 challenges Bearer only: a Basic challenge would have browsers ask for the token
        and then attach it by themselves to later requests, forms posted by other sites included.
        Those are refused too (``origin`` / ``fetch_site``, the request's ``Origin`` and
        ``Sec-Fetch-Site``), unless ``--cors-origins`` lists the origin.

        :raise 403: if updates are off, or the request comes from another site's page.
        :raise 401: if the token is missing or wrong.
        """
        if not self.settings.allow_updates or self.read_only:
            raise Forbidden("updates are disabled on this server (start kg serve with --allow-updates "
                            "--update-token TOKEN)")  # fmt: skip
        if _cross_site(origin, fetch_site, own_origin) and not origin_allowed(self.settings.cors_origins, origin):
            raise Forbidden(f"updates from another site's page ({origin or 'cross-site'}) are refused; "
                            "list its origin in --cors-origins to allow them")  # fmt: skip
        token = _presented_token(authorization or "")
        if token is None or not hmac.compare_digest(token.encode(), self.settings.update_token.encode()):
            raise Unauthorized(
                "updates need the update token: the header 'Authorization: Bearer <update_token>', "
                "or HTTP Basic authentication with the token as the password (any user name)",
                www_authenticate=WWWAuthenticate("Bearer", {"realm": "mlkg"}),
            )

    def update(self, text: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update in one transaction, then recompute the derived leaderboards it reaches.

        The leaderboards (``mlkg:Leaderboard``, what the leaderboard query reads)
        are recomputed after the update, in transactions of their own, so a
        reader sees each board before or after, never half-done. An update made
        of INSERT DATA / DELETE DATA recomputes the boards of the results its
        triples are about (found before and after it); any other update may
        change any result, and every board is recomputed: a pass over every
        result (seconds at 10^5 papers). Large changes belong in ``kg build``.

        :raises QueryError: if the update does not parse or fails (nothing is then written).
        :raises StoreError: if the store cannot be written.
        """
        if not text.strip():  # SPARQL 1.1 Update's grammar allows an empty request: nothing to do
            return
        scheme = IriScheme(self.settings.base_iri)
        with self._write_lock:
            try:
                subjects = data_subjects(text, self.prefixes, base_iri)
                before = self.store.pairs_about(subjects) if subjects else set()
                self.store.store.update(text, base_iri=base_iri, prefixes=self.prefixes)
                if subjects is None:
                    self.store.refresh_leaderboards(scheme)
                elif subjects:
                    self.store.refresh_leaderboards(scheme, before | self.store.pairs_about(subjects))
            except SyntaxError as e:
                raise QueryError(syntax_error_message("update", text, e, self.prefixes)) from e
            except RuntimeError as e:  # e.g. DROP of a graph that does not exist
                raise QueryError(f"the update failed and changed nothing: {e}") from e
            except OSError as e:
                raise StoreError(f"the store could not be written: {e}") from e
            finally:
                self._stats = None
        logger.info("update applied (%d characters)", len(text))

    def close(self) -> None:
        self.engine.close()


def _cross_site(origin: str | None, fetch_site: str | None, own_origin: str | None) -> bool:
    """Whether a request was sent by another site's page: the browser says so
    (``Sec-Fetch-Site: cross-site``), or its ``Origin`` is not this server's. Clients
    that are no browsers (curl, SPARQLWrapper, rdflib) send neither header.

    >>> _cross_site(None, None, "http://localhost:8000"), _cross_site("http://localhost:8000", "same-origin", "http://localhost:8000")
    (False, False)
    >>> _cross_site("http://evil.example", None, "http://localhost:8000"), _cross_site(None, "cross-site", None)
    (True, True)
    """
    if (fetch_site or "").strip().lower() == "cross-site":
        return True
    origin = (origin or "").strip()
    if not origin:
        return False
    return origin.lower() == "null" or own_origin is None or origin.rstrip("/").lower() != own_origin.rstrip("/").lower()


def _presented_token(authorization: str) -> str | None:
    """The token of an ``Authorization`` header: a Bearer token, or a Basic password.

    >>> _presented_token("Bearer abc"), _presented_token("Basic " + base64.b64encode(b"me:abc").decode())
    ('abc', 'abc')
    """
    scheme, _, credentials = authorization.partition(" ")
    scheme, credentials = scheme.lower(), credentials.strip()
    if scheme == "bearer":
        return credentials
    if scheme == "basic":
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return None
        user, colon, password = decoded.partition(":")
        return password if colon else None
    return None


def get_state() -> WebState:
    """The current app's :class:`WebState`."""
    return current_app.extensions["mlkg"]
