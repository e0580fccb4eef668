"""Round 26: `curl -H 'Accept: text/plain'` (a Fuseki habit) on a SELECT gets a table to read
instead of a 406; the app on a real port, a real on-disk store."""

from __future__ import annotations

import urllib.parse

import pytest
from test_web_r25_clients import PAPER, call
from web_fixtures import build_store, running, settings

from kg.web import create_app

QUERY = f"SELECT ?p ?title WHERE {{ ?p a <{PAPER}> ; <http://purl.org/dc/terms/title> ?title }} ORDER BY ?p LIMIT 3"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    app = create_app(settings(build_store(tmp_path_factory.mktemp("r26text") / "kg")), workers=0)
    with running(app) as url:
        yield url


def _get(base: str, query: str, **params) -> tuple[int, dict, str]:
    return call(base + "/sparql?" + urllib.parse.urlencode({"query": query, **params}),
                headers={"Accept": "text/plain"})  # fmt: skip


def test_select_as_text_is_an_aligned_table_with_a_row_count(base):
    status, headers, body = _get(base, QUERY)
    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
    lines = body.splitlines()
    assert lines[0].split() == ["p", "title"] and set(lines[1].replace(" ", "")) == {"-"}
    assert lines[-1] == "(3 rows)" and len(lines) == 6
    # the title column starts at the same place on every line
    column = lines[0].index("title")
    assert all(line[column - 2 : column] == "  " and line[column] != " " for line in lines[2:5])
    assert all(line.split()[0].startswith("https://") for line in lines[2:5])


def test_text_is_chosen_by_format_parameters_too_and_ask_is_one_word(base):
    for params in ({"format": "text"}, {"output": "txt"}):
        status, _, body = call(base + "/sparql?" + urllib.parse.urlencode({"query": QUERY, **params}))
        assert status == 200 and body.endswith("(3 rows)\n")
    status, _, body = _get(base, f"ASK {{ ?p a <{PAPER}> }}")
    assert (status, body) == (200, "true\n")


def test_construct_with_text_plain_is_still_n_triples(base):
    status, headers, body = _get(base, f"CONSTRUCT WHERE {{ ?p a <{PAPER}> }} LIMIT 2")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert body.count(f"<{PAPER}> .") == 2


def test_an_empty_answer_still_names_its_columns(base):
    status, _, body = _get(base, "SELECT ?nothing WHERE { ?nothing a <urn:no-such-class> }")
    assert status == 200 and body.splitlines() == ["nothing", "-------", "(0 rows)"]


def test_the_service_description_names_only_w3c_formats(base):
    status, _, body = call(base + "/sparql", headers={"Accept": "application/n-triples"})
    formats = [line.split()[2] for line in body.splitlines() if "#resultFormat>" in line]
    assert status == 200 and "<http://www.w3.org/ns/formats/SPARQL_Results_CSV>" in formats
    assert all(f.startswith("<http://www.w3.org/ns/formats/") for f in formats) and len(formats) == 10


def test_named_queries_answer_a_text_table(base):
    status, _, body = call(base + "/api/queries/papers_proposing?format=text")
    assert status == 200 and body.splitlines()[1].startswith("-") and body.rstrip().endswith("rows)")


def test_wide_characters_keep_the_columns_aligned():
    from kg.text import aligned_table

    lines = aligned_table(["name", "n"], [["日本語", "1"], ["Cafe\u0301", "2"], ["ViT", "3"]])
    # every line's second column starts at the same terminal column
    from kg.text import display_width

    starts = {display_width(line[: line.rindex(" ") + 1]) for line in lines[2:]}
    assert starts == {8} and lines[0] == "name    n"
