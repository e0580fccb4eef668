"""Authors in their order: input files -> kg build -> on-disk store -> SPARQL, page, exports, validate.

A paper's authors are ``dcterms:creator`` literals plus a ``bibo:authorList``
rdf:Seq (``rdf:_1`` = first author) at ``<paper>/authors`` in the paper's graph.
The names below are deliberately not in alphabetical order, so that an order
coming from the store's indexes (sorted) cannot pass for the input's.
"""

from __future__ import annotations

import gc
import json

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import cli
from kg.export import FORMATS, export
from kg.queries import bind_params, load_queries
from kg.store import KgStore
from kg.validate import validate_graph, validate_store
from kg.web import create_app
from kg.settings import Settings

PAPER = "https://w3id.org/mlkg/id/paper/"
BIBO_LIST = rdflib.URIRef("http://purl.org/ontology/bibo/authorList")
ABSTRACT = "We propose ZorbNet, a network for image classification. ZorbNet reaches 81.5% top-1 accuracy on ImageNet."

JSONL_AUTHORS = ["Zoe Zimmer", "Adam Abel", "Mia Moss", "Adam Abel"]  # a name twice keeps both places
CSV_AUTHORS = ["Yara Young", "Bo Berg", "Kai Kern"]  # "Yara Young; Bo Berg and Kai Kern" in the file
ARXIV_AUTHORS = ["Wim Wolf", "Cem Cole"]  # from authors_parsed [last, first, suffix]

ORDERED = """
SELECT ?paper ?position ?name WHERE {
  ?paper bibo:authorList ?list . ?list ?member ?name .
  FILTER(STRSTARTS(STR(?member), STR(rdf:_)))
  BIND(xsd:integer(STRAFTER(STR(?member), "#_")) AS ?position)
} ORDER BY ?position"""


def kg(*args: str, store=None):
    argv = (["--store", str(store)] if store else []) + list(args)
    result = CliRunner().invoke(cli, argv, catch_exceptions=False)
    gc.collect()  # release the command's store handle before the next command opens it
    assert result.exit_code == 0, result.output
    return result


def write_inputs(folder, jsonl_authors=JSONL_AUTHORS):
    folder.mkdir(exist_ok=True)
    (folder / "papers.jsonl").write_text(json.dumps(
        {"id": "j1", "title": "ZorbNet for images", "abstract": ABSTRACT, "arxiv_id": "2401.00011",
         "authors": jsonl_authors}) + "\n")  # fmt: skip
    (folder / "papers.csv").write_text(
        "id,title,abstract,authors,arxiv_id\n"
        f'c1,QuuxNet for text,"We propose QuuxNet. QuuxNet reaches 90.1% accuracy on SST-2.",'
        f"{CSV_AUTHORS[0]}; {CSV_AUTHORS[1]} and {CSV_AUTHORS[2]},2401.00012\n")  # fmt: skip
    (folder / "arxiv.jsonl").write_text(json.dumps(
        {"id": "2401.00013", "title": "BlipNet for speech", "authors": "Wim Wolf, Cem Cole",
         "abstract": "We propose BlipNet. BlipNet reaches 3.1% word error rate on LibriSpeech.",
         "update_date": "2024-01-05", "authors_parsed": [["Wolf", "Wim", ""], ["Cole", "Cem", ""]]}) + "\n")  # fmt: skip
    return [str(folder / n) for n in ("papers.jsonl", "papers.csv", "arxiv.jsonl")]


def ordered(store: KgStore, arxiv: str) -> list[str]:
    result = store.query(
        ORDERED, substitutions={ox.Variable("paper"): ox.NamedNode(PAPER + "arxiv/" + arxiv)}
    )
    rows = [(int(r["position"].value), r["name"].value) for r in result]
    assert [p for p, _ in rows] == list(range(1, len(rows) + 1))
    return [n for _, n in rows]


@pytest.fixture
def built(tmp_path):
    store = tmp_path / "store"
    kg("build", *write_inputs(tmp_path / "in"), store=store)
    return store


def test_every_input_format_keeps_the_author_order_in_the_store(built):
    store = KgStore(built, read_only=True)
    assert ordered(store, "2401.00011") == JSONL_AUTHORS
    assert ordered(store, "2401.00012") == CSV_AUTHORS
    assert ordered(store, "2401.00013") == ARXIV_AUTHORS
    # dcterms:creator still answers "who wrote it" with one pattern (a set: the repeated name once)
    creators = {
        r["n"].value
        for r in store.query(f"SELECT ?n WHERE {{ <{PAPER}arxiv/2401.00011> dcterms:creator ?n }}")
    }
    assert creators == set(JSONL_AUTHORS)
    # the first author is one triple pattern
    first = store.query("SELECT ?p ?n WHERE { ?p bibo:authorList/rdf:_1 ?n }")
    assert {r["n"].value for r in first} == {"Zoe Zimmer", "Yara Young", "Wim Wolf"}


def test_named_queries_give_papers_by_author_with_position_and_first_authors(built):
    store = KgStore(built, read_only=True)
    queries = load_queries()

    def run(name, **params):
        q = queries[name]
        return [{k.value: r[k].value if r[k] is not None else None for k in res.variables}
                for res in [store.query(q.text, substitutions=bind_params(q, params, use_defaults=False))]
                for r in res]  # fmt: skip

    by = run("papers_by_author", author="Adam Abel")
    assert [(r["position"], r["firstAuthor"], r["title"]) for r in by] == [
        ("2", "Zoe Zimmer", "ZorbNet for images"),
        ("4", "Zoe Zimmer", "ZorbNet for images"),
    ]
    assert [r["position"] for r in run("papers_by_author", author="Kai Kern")] == ["3"]
    assert run("papers_by_author", author="Nobody") == []
    firsts = run("first_authors")
    assert [(r["author"], r["title"]) for r in firsts] == [
        ("Wim Wolf", "BlipNet for speech"),
        ("Yara Young", "QuuxNet for text"),
        ("Zoe Zimmer", "ZorbNet for images"),
    ]
    assert [r["title"] for r in run("first_authors", author="Yara Young")] == ["QuuxNet for text"]
    assert run("first_authors", author="Bo Berg") == []  # second author, not first


def test_rebuild_and_update_keep_one_list(tmp_path, built):
    store_path = built
    # the same input again writes nothing: the list has a fixed IRI, no blank node
    out = kg("build", *write_inputs(tmp_path / "in"), store=store_path).output
    assert "0 written, 3 unchanged" in out, out
    # new author list for the same paper (shorter and reordered): replaced, not added to
    kg("build", *write_inputs(tmp_path / "in2", ["Mia Moss", "Zoe Zimmer"])[:1], store=store_path)
    store = KgStore(store_path, read_only=True)
    assert ordered(store, "2401.00011") == ["Mia Moss", "Zoe Zimmer"]
    lists = list(store.query(f"SELECT ?l WHERE {{ <{PAPER}arxiv/2401.00011> bibo:authorList ?l }}"))
    assert [r["l"].value for r in lists] == [f"{PAPER}arxiv/2401.00011/authors"]
    members = list(store.query(f"SELECT ?m ?n WHERE {{ <{PAPER}arxiv/2401.00011/authors> ?m ?n }}"))
    assert len(members) == 3  # rdf:type rdf:Seq, rdf:_1, rdf:_2: no rdf:_3 / rdf:_4 left over
    creators = {
        r["n"].value
        for r in store.query(f"SELECT ?n WHERE {{ <{PAPER}arxiv/2401.00011> dcterms:creator ?n }}")
    }
    assert creators == {"Mia Moss", "Zoe Zimmer"}
    assert validate_store(store) == []


def test_paper_page_lists_authors_in_order(built):
    app = create_app(Settings(store=str(built)))
    try:
        client = app.test_client()
        for arxiv, names in (("2401.00011", JSONL_AUTHORS), ("2401.00012", CSV_AUTHORS)):
            page = client.get(f"/paper/arxiv/{arxiv}").get_data(as_text=True)
            line = page.split('<p class="authors">', 1)[1].split("</p>", 1)[0]
            assert line == ", ".join(names)
    finally:
        app.extensions["mlkg"].close()


def test_paper_page_joins_names_holding_a_comma_with_semicolons(tmp_path):
    names = ["Smith, Anna", "Lee, Bo"]  # ("Smith, Anna, Lee, Bo" would read as four names)
    store = tmp_path / "store"
    kg("build", write_inputs(tmp_path / "in", jsonl_authors=names)[0], store=store)
    app = create_app(Settings(store=str(store)))
    try:
        page = app.test_client().get("/paper/arxiv/2401.00011").get_data(as_text=True)
        assert page.split('<p class="authors">', 1)[1].split("</p>", 1)[0] == "Smith, Anna; Lee, Bo"
    finally:
        app.extensions["mlkg"].close()


@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld", "nq", "rdfxml"])
def test_exports_keep_the_order(built, tmp_path, fmt):
    store = KgStore(built, read_only=True)
    info = export(store, fmt, tmp_path / f"dump.{FORMATS[fmt][2]}")
    fresh = KgStore(tmp_path / "fresh")
    fresh.load(info.path)
    assert ordered(fresh, "2401.00011") == JSONL_AUTHORS
    assert ordered(fresh, "2401.00013") == ARXIV_AUTHORS
    if fmt in ("nt", "ttl"):  # and rdflib reads the same sequence
        g = rdflib.Graph().parse(str(info.path), format="turtle" if fmt == "ttl" else "nt")
        seq = g.value(rdflib.URIRef(PAPER + "arxiv/2401.00012"), BIBO_LIST)
        assert [str(o) for o in rdflib.Seq(g, seq).items()] == CSV_AUTHORS


def test_validate_passes_on_a_build_and_flags_broken_lists(built):
    assert validate_store(KgStore(built, read_only=True)) == []
    bad = rdflib.Graph().parse(
        format="turtle",
        data="""
        @prefix mlkg: <https://w3id.org/mlkg/ns#> . @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix bibo: <http://purl.org/ontology/bibo/> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        <urn:p> a mlkg:Paper ; dcterms:title "T" ; bibo:authorList <urn:l> , <urn:l2> .
        <urn:l> a rdf:Seq ; rdf:_1 "A" , "B" .
        <urn:l2> rdf:_2 "A" .
        <urn:q> a mlkg:Paper ; dcterms:title "U" ; bibo:authorList <urn:l3> .
        <urn:l3> a rdf:Seq ; rdf:_1 <urn:someone> .""",
    )
    found = {(v.focus, v.path) for v in validate_graph(bad)}
    assert ("urn:p", "bibo:authorList") in found  # two lists
    assert ("urn:l", "rdf:_1") in found  # two first authors
    assert ("urn:l2", "rdf:_1") in found  # no first author
    assert ("urn:l2", "") in found  # not an rdf:Seq
    assert ("urn:l3", "rdf:_1") in found  # not a name literal
