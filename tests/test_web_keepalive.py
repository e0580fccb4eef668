"""Small query answers go out whole, with a Content-Length, so connections stay open.

waitress closes the connection after every chunked response; a client that sends
many small queries (a dashboard, a benchmark) would reconnect each time. Checked
under waitress (the app in this process, both engines) and under `kg serve`.
"""

from __future__ import annotations

import http.client
import json
import urllib.parse

import pytest
from web_fixtures import build_store, kg_serve, running, settings

from kg.web import create_app

PAPERS = "SELECT ?p ?title WHERE { ?p a mlkg:Paper ; dcterms:title ?title } ORDER BY ?title"


def check_keep_alive(base: str) -> None:
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        for query, status in ((PAPERS, 200), ("SELECT ?x WHERE { ?x", 400), (PAPERS, 200)):
            conn.request(
                "POST",
                "/sparql",
                body=query.encode(),
                headers={
                    "Content-Type": "application/sparql-query",
                    "Accept": "application/sparql-results+json",
                },
            )
            r = conn.getresponse()
            body = r.read()
            assert r.status == status
            assert r.getheader("Content-Length") == str(len(body))
            assert not r.will_close
            if status == 200:
                assert len(json.loads(body)["results"]["bindings"]) == 3
        sock = conn.sock
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}))
        assert conn.getresponse().read() and conn.sock is sock  # the same connection all along
    finally:
        conn.close()


@pytest.mark.parametrize("workers", [0, 1], ids=["threads", "processes"])
def test_small_answers_keep_the_connection_alive(tmp_path, workers):
    path = build_store(tmp_path / "kg")
    app = create_app(settings(path), workers=workers)
    with running(app) as base:
        check_keep_alive(base)


def test_small_answers_keep_the_connection_alive_on_kg_serve(tmp_path):
    path = build_store(tmp_path / "kg")
    with kg_serve(path) as server:
        check_keep_alive(server.url)
