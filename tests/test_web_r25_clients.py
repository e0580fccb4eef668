"""Round 25, a newcomer who knows Fuseki, Oxigraph and Wikidata's query service: what their clients
and habits met on the endpoint (the app on a real port), each fixed."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from web_fixtures import TOKEN, build_store, fill, running, settings

from kg.store import KgStore
from kg.web import create_app

PAPER = "https://w3id.org/mlkg/ns#Paper"
PAPERS = f"SELECT ?p WHERE {{ ?p a <{PAPER}> }} ORDER BY ?p LIMIT 1"


def call(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body text) of a request, errors included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, e.headers, e.read().decode()


@pytest.fixture(scope="module")
def read_only(tmp_path_factory):
    app = create_app(settings(build_store(tmp_path_factory.mktemp("r25ro") / "kg")), workers=0)
    with running(app) as base:
        yield base


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    path = tmp_path_factory.mktemp("r25rw") / "kg"
    app = create_app(settings(path, allow_updates=True, update_token=TOKEN), fill(KgStore(path)))
    with running(app) as base:
        yield base


@pytest.mark.parametrize(("name", "value", "content_type"), [
    ("output", "csv", "text/csv"), ("output", "tsv", "text/tab-separated-values"),
    ("results", "xml", "application/sparql-results+xml"), ("output", "text/csv", "text/csv"),
])  # fmt: skip
def test_fuseki_output_and_results_parameters_choose_the_format(read_only, name, value, content_type):
    # Fuseki takes the format from output= (and results=) as well as format=: a Fuseki user's
    # ?output=csv got JSON, with no word about the parameter being ignored
    url = read_only + "/sparql?" + urllib.parse.urlencode({"query": PAPERS, name: value})
    status, headers, _ = call(url)
    assert status == 200 and headers["Content-Type"].startswith(content_type)


def test_unknown_format_lists_the_ones_that_work(read_only):
    status, _, body = call(
        read_only + "/sparql?" + urllib.parse.urlencode({"query": PAPERS, "output": "html"})
    )
    assert status == 400
    assert "unknown format 'html'; use one of json, xml, csv, tsv, text; ttl, nt, nq, trig, jsonld, rdf" in body


def test_undeclared_prefix_is_named_with_its_line(read_only):
    # Wikidata's service predeclares wd:, wdt:...; here the parser answered "error at 2:13: expected
    # one of Prefix not found, ['%'], ['-' | '0' ..= '9' | '\u{00B7}' ..." (600 characters of
    # character classes), or for other positions "expected OPTIONAL", naming no prefix at all
    query = "SELECT ?item WHERE {\n  ?item wdt:P31 wd:Q5 .\n}"
    status, _, body = call(read_only + "/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 400
    assert body.startswith("malformed query: undeclared prefix wdt: (line 2), wd: (line 2); declare it "
                           "(PREFIX wdt: <IRI>) or write the full IRI; predeclared here: ")  # fmt: skip
    assert "mlkg:" in body and "(parser: error at 2:" in body and "\\u{" not in body
    status, _, body = call(read_only + "/sparql?" + urllib.parse.urlencode({"query": "SELECT * { ?s ?p }"}))
    assert status == 400 and body.startswith("malformed query: error at 1:") and "undeclared" not in body


def test_service_description_names_json_ld_by_its_w3c_iri(read_only):
    # pyoxigraph's JSON-LD format IRI is https://www.w3.org/ns/formats/data/JSON-LD, which is not
    # in W3C's list of format IRIs (http://www.w3.org/ns/formats/JSON-LD)
    status, _, body = call(read_only + "/sparql", headers={"Accept": "application/n-triples"})
    assert status == 200
    assert "<http://www.w3.org/ns/formats/JSON-LD>" in body and "formats/data/" not in body


def test_graph_store_writes_are_refused_saying_where_writes_go(read_only, writable):
    # rdflib's and Jena's Graph Store clients got "The method is not allowed for the requested URL."
    for base, hint in ((read_only, "this server is read-only"), (writable, "send SPARQL Update to /update")):
        status, headers, body = call(base + "/store?graph=http://ex/g", data=b"<http://ex/a> <http://ex/b> 1 .",
                                     headers={"Content-Type": "text/turtle"}, method="PUT")  # fmt: skip
        assert status == 405 and headers["Allow"] == "GET, HEAD"
        assert "the Graph Store Protocol here only reads graphs (GET, HEAD)" in body and hint in body


def test_update_token_as_basic_auth_password_from_real_clients(writable):
    # SPARQLWrapper's setCredentials and rdflib's auth= send HTTP Basic (as Fuseki wants); only a
    # hand-made "Authorization: Bearer" header got through
    sparql = SPARQLWrapper(writable + "/sparql", updateEndpoint=writable + "/update")
    sparql.setMethod(POST)
    sparql.setCredentials("anyone", TOKEN)
    sparql.setQuery("INSERT DATA { GRAPH <http://ex/r25> { <http://ex/a> <http://ex/b> 'basic' } }")
    sparql.query()
    store = SPARQLUpdateStore(writable + "/sparql", writable + "/update", auth=("me", TOKEN))
    graph = rdflib.Graph(store=store, identifier=rdflib.URIRef("http://ex/r25b"))
    graph.add((rdflib.URIRef("http://ex/a"), rdflib.URIRef("http://ex/b"), rdflib.Literal("rdflib")))
    sparql.setQuery("SELECT ?o WHERE { <http://ex/a> <http://ex/b> ?o } ORDER BY ?o")
    sparql.setReturnFormat(JSON)
    assert [b["o"]["value"] for b in sparql.queryAndConvert()["results"]["bindings"]] == ["basic", "rdflib"]
    wrong = SPARQLUpdateStore(writable + "/sparql", writable + "/update", auth=("me", "not-the-token"))
    with pytest.raises(urllib.error.HTTPError) as e:
        rdflib.Graph(store=wrong, identifier=rdflib.URIRef("http://ex/r25c")).add(
            (rdflib.URIRef("http://ex/c"), rdflib.URIRef("http://ex/b"), rdflib.Literal(1))
        )
    assert e.value.code == 401
    # the clients send Basic unasked; a Basic challenge would have a browser ask for the token and
    # then attach it by itself to other sites' forms
    assert [v.split()[0] for v in e.value.headers.get_all("WWW-Authenticate")] == ["Bearer"]
    e.value.close()


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "null"},
])  # fmt: skip
def test_an_update_posted_by_another_sites_page_is_refused(writable, headers):
    # a form on another site, posted by a browser that keeps the token (review of round 25)
    update = "INSERT DATA { GRAPH <http://ex/csrf> { <http://ex/a> <http://ex/b> 'csrf' } }"
    data = urllib.parse.urlencode({"update": update}).encode()
    status, _, body = call(writable + "/update", data, {"Authorization": f"Bearer {TOKEN}",
                           "Content-Type": "application/x-www-form-urlencoded", **headers})  # fmt: skip
    assert status == 403 and "another site" in body
    ask = urllib.parse.urlencode({"query": "ASK { GRAPH <http://ex/csrf> { ?s ?p ?o } }", "format": "json"})
    assert call(writable + "/sparql?" + ask)[2].find("false") >= 0
    # the server's own pages (same origin) and clients that send no Origin get through
    own = writable.rstrip("/")
    data = urllib.parse.urlencode({"update": update.replace("/csrf", "/own")}).encode()
    status, _, _ = call(writable + "/update", data, {"Authorization": f"Bearer {TOKEN}", "Origin": own,
                        "Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert status == 204


def test_query_saved_with_a_byte_order_mark_runs_and_an_empty_one_says_so(read_only, tmp_path):
    # Notepad saves UTF-8 with a byte-order mark: the endpoint answered "error at 1:8: expected one of
    # VERSION" and `kg query FILE.rq` "error at 1:10: expected CONSTRUCT"; an empty query got
    # "error at 1:1: expected [_]"
    from click.testing import CliRunner

    from kg.cli import cli

    text = "\ufeffASK { ?s ?p ?o }"
    status, _, body = call(
        read_only + "/sparql", data=text.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert status == 200 and '"boolean": true' in body.replace('":true', '": true')
    status, _, body = call(read_only + "/sparql?" + urllib.parse.urlencode({"query": text}))
    assert status == 200
    status, _, body = call(read_only + "/sparql?query=")
    assert (status, body.strip()) == (400, "the query is empty")
    query = tmp_path / "mine.rq"
    query.write_text(text, encoding="utf-8")
    store = build_store(tmp_path / "kg")
    result = CliRunner().invoke(cli, ["--store", str(store), "query", "-f", "csv", str(query)])
    assert result.exit_code == 0 and result.output.strip() == "true", result.output


def test_not_acceptable_says_what_to_accept(read_only):
    # an Accept no results format meets got "this query returns SPARQL results, which the request
    # does not accept", naming nothing that would work (text/plain: a text table since round 26)
    status, _, body = call(read_only + "/sparql?" + urllib.parse.urlencode({"query": PAPERS}),
                           headers={"Accept": "image/png"})  # fmt: skip
    assert status == 406
    assert "accept one of application/sparql-results+json, application/sparql-results+xml, text/csv, " \
           "text/tab-separated-values, text/plain (or send format=json, xml, csv, tsv, text)" in body  # fmt: skip
    construct = "CONSTRUCT WHERE { ?s a ?o } LIMIT 1"
    status, _, body = call(read_only + "/sparql?" + urllib.parse.urlencode({"query": construct}),
                           headers={"Accept": "text/csv"})  # fmt: skip
    assert status == 406 and "returns RDF" in body and "text/turtle" in body and "format=ttl" in body


def test_wikidata_label_service_is_answered_with_where_labels_are(read_only):
    query = (
        "SELECT ?m ?mLabel WHERE { ?m a mlkg:Method .\n"
        '  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". } }'
    )
    status, _, body = call(read_only + "/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 400 and body.startswith("SERVICE (federated query) is disabled on this endpoint; ")
    assert "here a label is a triple, skos:prefLabel" in body


def test_kg_query_names_an_undeclared_prefix_too(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    store = build_store(tmp_path / "kg")
    result = CliRunner().invoke(
        cli, ["--store", str(store), "query", "SELECT ?m WHERE { ?m wdt:P31 mlkg:Method }"]
    )
    assert result.exit_code == 1
    assert "malformed query: undeclared prefix wdt: (line 1)" in result.output and "\\u{" not in result.output


def test_an_empty_update_does_nothing_as_the_grammar_allows(writable):
    # SPARQL 1.1 Update's grammar allows an empty request (pyoxigraph runs it): it became a 400
    data = urllib.parse.urlencode({"update": "  "}).encode()
    status, _, body = call(writable + "/update", data, {"Authorization": f"Bearer {TOKEN}",
                           "Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert status == 204, body


def test_options_on_the_graph_store_lists_only_what_it_answers(read_only):
    # Flask's automatic answer listed PUT, POST, DELETE and PATCH, each refused with a 405
    for path in ("/store", "/rdf-graph-store"):
        status, headers, _ = call(read_only + path, method="OPTIONS")
        assert status == 204 and headers["Allow"] == "GET, HEAD, OPTIONS"


def test_a_blank_update_token_is_refused_at_start(tmp_path):
    # a Bearer header (stripped) could never match a token of spaces: only Basic could
    from kg.errors import MlkgError

    with pytest.raises(MlkgError, match="empty or blank"):
        create_app(settings(tmp_path / "kg", allow_updates=True, update_token="  "), KgStore(tmp_path / "kg"))
