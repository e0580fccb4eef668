"""Round 20: a newcomer's run through the command line on the real corpora.

Each test is a bad path that printed a Python traceback or did the wrong thing.
"""

from __future__ import annotations

import gc

import pytest
from click.testing import CliRunner

from kg.cli import cli

SOTA = "corpus/sota-arxiv/train.jsonl"


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    """The first 40 records of the real sota-arxiv corpus (LaTeX and all)."""
    from tests.conftest import SHARED

    source = SHARED / SOTA
    if not source.is_file():
        pytest.skip("../shared is not available")
    path = tmp_path_factory.mktemp("in") / "papers.jsonl"
    with open(source, encoding="utf-8") as f:
        path.write_text("".join(next(f) for _ in range(40)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(papers, tmp_path_factory):
    """A store built from those papers with `kg build`."""
    location = tmp_path_factory.mktemp("store") / "kg-data"
    result = CliRunner().invoke(cli, ["-q", "--store", str(location), "build", str(papers)])
    assert result.exit_code == 0, result.output
    return location


@pytest.fixture(scope="module")
def boards_store(tmp_path_factory):
    """A store built from one real hf-daily page dump (it has leaderboards; the sota sample has none)."""
    from tests.conftest import SHARED

    pages = sorted((SHARED / "corpus" / "hf-daily-papers").glob("*.txt"))
    if not pages:
        pytest.skip("../shared is not available")
    location = tmp_path_factory.mktemp("boards") / "kg-data"
    result = CliRunner().invoke(cli, ["-q", "--store", str(location), "build", str(pages[0])])
    assert result.exit_code == 0, result.output
    return location


def _run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _clean_failure(result, *fragments):
    """Exit 1 with a one-line message naming what went wrong, not an exception."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    for fragment in fragments:
        assert fragment in result.output


def test_an_output_in_a_missing_directory_is_named_without_a_traceback(papers, store, tmp_path):
    missing = tmp_path / "no-such-dir"
    _clean_failure(_run("extract", papers, "-o", missing / "out.jsonl"), "no-such-dir/out.jsonl", "No such file")
    _clean_failure(_run("--store", store, "export", "-o", missing / "d.nt"), "no-such-dir/d.nt")
    _clean_failure(_run("--store", store, "graph", "-o", missing / "g.graphml"), "no-such-dir/g.graphml")
    assert not missing.exists()


def test_a_query_that_fails_while_running_is_a_message_not_a_traceback(store):
    # a SERVICE to a host that does not resolve fails inside the result iteration
    result = _run("--store", store, "query", "SELECT * WHERE { SERVICE <http://no-such-host.invalid/sparql> { ?s ?p ?o } }")
    _clean_failure(result, "the query failed while running")


def test_sparql_update_given_to_kg_query_says_where_updates_go(store):
    result = _run("--store", store, "query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    _clean_failure(result, "SPARQL Update goes through `kg serve --allow-updates")


def test_kg_load_reads_the_rdfxml_file_kg_export_writes(store, tmp_path):
    dump = tmp_path / "dump.rdfxml"
    assert _run("--store", store, "export", "--format", "rdfxml", "-o", dump).exit_code == 0
    result = _run("--store", tmp_path / "copy", "load", dump)
    assert result.exit_code == 0, result.output


def test_kg_load_names_a_broken_dump_and_its_line_and_loads_nothing(store, tmp_path):
    dump = tmp_path / "dump.nq"
    assert _run("--store", store, "export", "--format", "nq", "-o", dump).exit_code == 0
    lines = dump.read_text(encoding="utf-8").splitlines(keepends=True)
    truncated = tmp_path / "truncated.nq"
    truncated.write_text("".join(lines[:30]) + lines[30][:25], encoding="utf-8")
    copy = tmp_path / "copy"
    _clean_failure(_run("--store", copy, "load", truncated), "truncated.nq:31: not valid")
    not_gzip = tmp_path / "dump.nq.gz"
    not_gzip.write_bytes(b"\x1f\x8bnot really gzip")
    _clean_failure(_run("--store", tmp_path / "copy2", "load", not_gzip), "dump.nq.gz: not a complete gzip file")
    gc.collect()  # in-process runs: close the failed load's store handle, as the process exit does
    stats = _run("--store", copy, "stats", "--json")
    assert '"triples": 0' in stats.output


def test_a_bad_number_in_an_mlkg_variable_names_the_variable(monkeypatch):
    monkeypatch.setenv("MLKG_PORT", "eighty")
    _clean_failure(_run("settings"), "MLKG_PORT='eighty' is not a valid int")


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_a_dump_without_graphs_loads_without_doubling_the_leaderboards(boards_store, tmp_path, fmt):
    store = boards_store
    dump = tmp_path / f"dump.{fmt}"
    assert _run("--store", store, "export", "--format", fmt, "-o", dump).exit_code == 0
    copy = tmp_path / "copy"
    assert _run("-q", "--store", copy, "load", dump).exit_code == 0
    gc.collect()
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?entry a mlkg:LeaderboardEntry ; mlkg:rank ?rank }"
    before = _run("--store", store, "query", count, "-f", "csv").output
    after = _run("--store", copy, "query", count, "-f", "csv").output
    assert before == after
    assert before.split()[1] != "0"


def _stderr_on_a_terminal(*args) -> str:
    """Run `kg ARGS` as a process whose stderr is a real pseudo-terminal (80 columns); what it drew."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    from tests.conftest import ROOT

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)], stderr=follower,
                            stdout=subprocess.DEVNULL, env=env, cwd=ROOT)  # fmt: skip
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed when the process ended
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert proc.wait(timeout=120) == 0
    return drawn.decode("utf-8", "replace")


def test_quiet_refresh_draws_no_progress_bar_on_a_terminal(boards_store):
    assert "board/s" in _stderr_on_a_terminal("--store", boards_store, "refresh")
    assert "board/s" not in _stderr_on_a_terminal("-q", "--store", boards_store, "refresh")


def test_eval_json_with_diff_is_one_json_document_and_a_disjoint_prediction_is_flagged(shared, tmp_path):
    import json

    gold = shared / "gold" / "dev.jsonl"
    first = gold.read_text(encoding="utf-8").splitlines()[:3]
    small_gold = tmp_path / "gold.jsonl"
    small_gold.write_text("\n".join(first) + "\n", encoding="utf-8")
    # the gold file scored against itself, and against a prediction with other ids
    result = _run("eval", small_gold, small_gold, "--json", "--diff")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["methods"]["f1"] == 1.0 and len(scores["diff"]) == 3
    other = tmp_path / "other.jsonl"
    other.write_text("\n".join(json.dumps(dict(json.loads(line), id="x" + json.loads(line)["id"], title="Another paper")) for line in first) + "\n",
                     encoding="utf-8")  # fmt: skip
    assert "none of the 3 gold papers is in the prediction" in _run("eval", small_gold, other).stderr


def test_a_syntax_error_in_a_query_file_names_the_file_and_line(store, tmp_path):
    query = tmp_path / "mine.rq"
    query.write_text("SELECT ?x WHERE {\n  ?x ?y\n}\n", encoding="utf-8")
    _clean_failure(_run("--store", store, "query", query), "mine.rq: malformed query: error at ")


def test_a_store_never_mixes_papers_in_graphs_with_papers_of_a_dump_without_graphs(boards_store, tmp_path):
    """A union dump loaded beside paper graphs (or a build over a loaded union dump) would keep two
    copies of each paper, and the union default graph repeats every query row per copy: refused,
    naming the file or store, and nothing is written."""
    store = boards_store
    nt, nq = tmp_path / "dump.nt", tmp_path / "dump.nq"
    for dump, fmt in ((nt, "nt"), (nq, "nq")):
        assert _run("--store", store, "export", "--format", fmt, "-o", dump).exit_code == 0
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = _run("--store", store, "query", count, "-f", "csv").output
    _clean_failure(_run("-q", "--store", store, "load", nt), "dump.nt", "without graphs")
    gc.collect()
    assert _run("--store", store, "query", count, "-f", "csv").output == before

    union = tmp_path / "union"
    assert _run("-q", "--store", union, "load", nt).exit_code == 0
    gc.collect()
    _clean_failure(_run("-q", "--store", union, "load", nq), "dump.nq", "without graphs")
    gc.collect()
    from tests.conftest import SHARED

    page = sorted((SHARED / "corpus" / "hf-daily-papers").glob("*.txt"))[0]
    _clean_failure(_run("-q", "--store", union, "build", page), str(union), "without graphs")
    gc.collect()
    _clean_failure(_run("-q", "--store", tmp_path / "mixed", "load", nt, nq), "with graphs and without")
    # the quad dump loads into a store kg build keeps, and a rebuild over it adds nothing
    keeps = tmp_path / "keeps"
    assert _run("-q", "--store", keeps, "load", nq).exit_code == 0
    gc.collect()
    assert _run("-q", "--store", keeps, "build", page).exit_code == 0
    gc.collect()
    assert _run("--store", keeps, "query", count, "-f", "csv").output == before


def test_a_file_in_another_format_than_its_extension_is_named_without_a_line_none(tmp_path):
    """Turtle saved as .rdf fails as RDF/XML: the message names the file, not 'FILE:None:'."""
    wrong = tmp_path / "papers.rdf"
    wrong.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n", encoding="utf-8")
    result = _run("--store", tmp_path / "s", "load", wrong)
    _clean_failure(result, "papers.rdf", "not valid RDF/XML")
    assert ":None:" not in result.output
