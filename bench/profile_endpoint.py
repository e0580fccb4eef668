#!/usr/bin/env python3
"""CPU per request of `kg serve`'s query path, called directly (no HTTP): where the time goes.

Builds one worker's app exactly as ``kg serve`` does (:func:`kg.web.server.worker_app`)
over the endpoint benchmark's store, then calls it as a WSGI callable with the request
bench_endpoint.py's ``small`` scenario sends (POST ``application/sparql-query``, the
project's PREFIX declarations, JSON results). Prints CPU microseconds per call for:

* ``wsgi``: the whole app call, as granian makes it (environ in, body out);
* ``query``: only the query pyoxigraph runs and serializes (``Store.query`` + ``serialize``),
  the floor no Python layer can go below;
* ``parse``: pyoxigraph parsing the same query text without running it
  (``Store.query`` on an empty store);

and, with ``--profile``, the top of a cProfile of the ``wsgi`` calls.

Usage: .venv/bin/python bench/profile_endpoint.py [--store DIR] [--calls 20000] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_endpoint import SMALL_SELECT, WORK, prologue  # noqa: E402


def environ(body: bytes) -> dict:
    """What granian hands a WSGI app for the benchmark's request (the keys it sets)."""
    return {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/sparql",
        "QUERY_STRING": "",
        "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "CONTENT_TYPE": "application/sparql-query",
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_ACCEPT": "application/sparql-results+json",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def per_call_us(fns: dict, calls: int, rounds: int) -> dict[str, float]:
    """CPU microseconds per call of each function: the best of ``rounds`` interleaved
    rounds of ``calls // rounds`` calls (the machine is shared; the minimum is the steadiest)."""
    best = {name: float("inf") for name in fns}
    n = max(1, calls // rounds)
    for _ in range(rounds):
        for name, fn in fns.items():
            for _ in range(min(100, n)):
                fn()
            t0 = time.process_time()
            for _ in range(n):
                fn()
            best[name] = min(best[name], (time.process_time() - t0) / n * 1e6)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, default=WORK / "store-sota")
    ap.add_argument("--calls", type=int, default=20000, help="calls per function, all rounds (default 20000)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile of the wsgi calls")
    args = ap.parse_args(argv)

    import pyoxigraph as ox

    from kg.rdf import all_prefixes
    from kg.settings import Settings
    from kg.web.server import worker_app

    settings = Settings(store=str(args.store))
    app = worker_app({"settings": dataclasses.asdict(settings), "retire_dir": "/nonexistent"})
    text = prologue() + SMALL_SELECT
    body = text.encode()
    statuses: list[str] = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    def wsgi():
        out = app(environ(body), start_response)
        data = b"".join(out)
        close = getattr(out, "close", None)
        if close:
            close()
        return data

    first = wsgi()
    assert statuses[-1].startswith("200"), (statuses[-1], first[:300])
    time.sleep(0.5)  # the query thread records the query as fast; it then runs inline
    store = ox.Store.read_only(str(args.store))
    empty = ox.Store()
    prefixes = all_prefixes()

    def query():
        buf = io.BytesIO()
        store.query(text, use_default_graph_as_union=True).serialize(buf, format=ox.QueryResultsFormat.JSON)
        return buf

    def query_predeclared():  # the same query with the prefixes passed instead of declared
        buf = io.BytesIO()
        store.query(SMALL_SELECT, prefixes=prefixes, use_default_graph_as_union=True).serialize(
            buf, format=ox.QueryResultsFormat.JSON
        )
        return buf

    rows = per_call_us({
        "wsgi (the app, as granian calls it)": wsgi,
        "query (Store.query + serialize)": query,
        "query, prefixes= instead of PREFIX lines": query_predeclared,
        "parse only (empty store)": lambda: empty.query(text),
    }, args.calls, args.rounds)  # fmt: skip
    assert wsgi() == query().getvalue(), "the app's answer differs from pyoxigraph's"
    for name, us in rows.items():
        print(f"{name:<44} {us:8.1f} us CPU/call")
    overhead = rows["wsgi (the app, as granian calls it)"] - rows["query (Store.query + serialize)"]
    print(f"{'app overhead (wsgi - query)':<44} {overhead:8.1f} us CPU/call")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(args.calls):
            wsgi()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
