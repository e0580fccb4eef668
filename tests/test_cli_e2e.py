"""End to end through the `kg` command: build, rebuild, query, export, validate, bad input."""

from __future__ import annotations

import csv
import gc
import io
import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from kg.cli import cli
from kg.queries import load_queries
from kg.store import KgStore


def kg(*args: str, store=None):
    argv = (["--store", str(store)] if store else []) + list(args)
    result = CliRunner().invoke(cli, argv, catch_exceptions=False)
    gc.collect()  # release the command's store handle before the next command opens it
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = tmp_path_factory.mktemp("e2e") / "store"
    result = kg("build", str(EXAMPLES / "papers.jsonl"), store=store)
    assert result.exit_code == 0, result.output
    return store


def copy_store(src, dst) -> None:
    """A consistent copy: Oxigraph's backup, not a file copy of a live RocksDB directory."""
    KgStore(src, read_only=True).store.backup(str(dst))


def stats(store) -> dict:
    result = kg("stats", "--json", store=store)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_build_examples(built):
    s = stats(built)
    assert s["papers"] == 24
    assert s["methods"] > 20 and s["datasets"] > 10 and s["metrics"] > 5 and s["results"] > 20
    assert s["triples"] > 1000


def test_rebuild_changes_nothing_and_changed_abstract_replaces_its_graph(built, tmp_path):
    same = tmp_path / "same"
    copy_store(built, same)
    before = stats(same)
    result = kg("build", str(EXAMPLES / "papers.jsonl"), store=same)
    assert "0 written, 24 unchanged" in result.output
    assert stats(same) == before
    records = [json.loads(line) for line in (EXAMPLES / "papers.jsonl").read_text().splitlines()]
    records[0]["abstract"] += " This sentence was added later."
    changed = tmp_path / "changed.jsonl"
    changed.write_text("".join(json.dumps(r) + "\n" for r in records))
    work = tmp_path / "store"
    copy_store(built, work)
    result = kg("build", str(changed), store=work)
    assert "1 written, 23 unchanged" in result.output, result.output
    after = stats(work)
    assert after["papers"] == 24
    store = KgStore(work, read_only=True)
    texts = [r["t"].value for r in store.query(
        "SELECT ?t WHERE { ?a mlkg:abstractOf ?p ; rdf:value ?t . ?p dcterms:identifier 'ex-01' }")]
    assert len(texts) == 1 and texts[0].endswith("added later.")


def test_named_queries_answer(built):
    result = kg("query", "leaderboard", "-p", "dataset=ImageNet", "-p", "metric=top-1 accuracy", "-f", "csv", store=built)
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("rank,method,methodLabel,value")
    assert len(lines) >= 3, result.output
    assert lines[1].startswith("1,"), result.output  # the top of the board comes first
    # (-p setting=main: the main board only; a setting is read as the extractor names it)
    main = kg("query", "leaderboard", "-p", "dataset=ImageNet", "-p", "metric=top-1 accuracy", "-p", "setting=main",
              "-f", "csv", store=built)  # fmt: skip
    assert main.exit_code == 0, main.output
    rows = list(csv.DictReader(io.StringIO(main.output)))
    assert rows and all(not r["boardSetting"] for r in rows)
    assert set(main.output.strip().splitlines()) <= set(lines)
    shot = kg("query", "leaderboard", "-p", "dataset=ImageNet", "-p", "metric=top-1 accuracy", "-p", "setting=1 Shot",
              "-f", "csv", store=built)  # fmt: skip
    assert shot.exit_code == 0 and all(r["boardSetting"] == "1-shot" for r in csv.DictReader(io.StringIO(shot.output)))
    for name in ("methods_on_dataset", "papers_proposing", "datasets_per_task", "provenance", "lookup",
                 "cooccurrence", "metrics_for_dataset", "extractor_audit"):
        # a required parameter must be given (its default is an example): give the example
        examples = [f"-p{p.name}={p.default}" for p in load_queries()[name].params if p.required]
        result = kg("query", name, *examples, "-f", "json", store=built)
        assert result.exit_code == 0, (name, result.output)
        assert json.loads(result.output)["head"]["vars"]


def test_query_inline_file_and_errors(built, tmp_path):
    result = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?p a mlkg:Paper }", store=built)
    assert result.exit_code == 0 and "24" in result.output
    path = tmp_path / "q.rq"
    path.write_text("ASK { ?p a mlkg:Paper }")
    assert kg("query", str(path), store=built).output.strip() == "true"
    bad = kg("query", "SELECT ?x WHERE { ?x ", store=built)
    assert bad.exit_code == 1 and "malformed query" in bad.output


def test_export_and_reimport(built, tmp_path):
    out = tmp_path / "dump.nq.gz"
    result = kg("export", "--format", "nq", "--gzip", "-o", str(out), store=built)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "dump.nq.gz.void.ttl").exists()
    fresh = KgStore(tmp_path / "fresh")
    fresh.load(out)
    assert len(fresh) == stats(built)["triples"]


def test_validate_clean(built):
    result = kg("validate", store=built)
    assert result.exit_code == 0, result.output


def test_extract_contract_carries_ids(tmp_path):
    out = tmp_path / "out.jsonl"
    result = kg("extract", str(EXAMPLES / "papers.jsonl"), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in lines] == [f"ex-{i:02d}" for i in range(1, 25)]
    assert {"methods", "datasets", "metrics", "tasks", "proposed", "results"} <= set(lines[0])


def test_extract_reports_duplicates_dropped(tmp_path):
    """Another version of an arXiv paper read before is dropped, and the summary says so
    (10,673 sota-arxiv records give 10,525 papers: 146 are other versions)."""
    src = tmp_path / "in.jsonl"
    records = [{"id": "arXiv:2301.00001v1", "title": "A", "abstract": "We propose FooNet."},
               {"id": "arXiv:2301.00001v2", "title": "A", "abstract": "We propose FooNet."},
               {"id": "arXiv:2301.00002v1", "title": "B", "abstract": "We propose BarNet."}]  # fmt: skip
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "out.jsonl"
    result = kg("extract", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 2
    assert "extracted 2 papers (1 duplicates dropped)" in result.output


BAD_INPUTS = {
    "truncated.jsonl": (b'{"id": "a", "title": "T", "abstract": "A."}\n{"id": "b", "title": "U", "abstr', "truncated.jsonl:2"),
    "noabstract.jsonl": (b'{"id": "a", "title": "T", "abstract": "A."}\n{"id": "b", "title": "U"}\n', "noabstract.jsonl:2"),
    "binary.jsonl": (bytes(range(256)) * 8, "binary.jsonl"),
    "empty.jsonl": (b"", "empty.jsonl"),
    "unknown.dat": (b"just some words\nand more words\n", "unknown.dat"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_leaves_store_as_it_was(built, tmp_path, name):
    data, where = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    work = tmp_path / "store"
    copy_store(built, work)
    before = stats(work)
    result = kg("build", str(EXAMPLES / "papers.jsonl"), str(path), store=work)
    assert result.exit_code == 1
    assert where in result.output, result.output
    assert stats(work) == before


def test_skip_mode_goes_on(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(BAD_INPUTS["truncated.jsonl"][0])
    result = kg("build", "--on-error", "skip", str(path), store=tmp_path / "s")
    assert result.exit_code == 0
    assert "skipped 1 bad record" in result.output and "mixed.jsonl:2" in result.output


def test_daily_papers_corpus_gives_364_papers(shared, tmp_path):
    store = tmp_path / "hf"
    result = kg("build", str(shared / "corpus" / "hf-daily-papers"), store=store)
    assert result.exit_code == 0, result.output
    assert stats(store)["papers"] == 364
    assert kg("validate", store=store).exit_code == 0


def test_installed_command_runs():
    exe = shutil.which("kg", path=str(__import__("pathlib").Path(sys.executable).parent))
    assert exe, "the kg console script is not installed"
    out = subprocess.run([exe, "--help"], capture_output=True, text=True, check=True).stdout
    assert "Exit codes" in out and "build" in out
