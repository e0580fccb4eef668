"""Round 20, second newcomer pass: weak points the first pass left (real store, files, ports)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.web_fixtures import build_store, free_port

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A small real store (the web tests' papers: ImageNet leaderboards and all)."""
    return build_store(tmp_path_factory.mktemp("store") / "kg-data")


def _run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _kg(*args, cwd=ROOT):
    """`python -m kg.cli ARGS` in a subprocess (for commands that bind ports, run until stopped, or
    write to stdout)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def _wait(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.communicate(timeout=20)  # reads and closes the pipes
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()


# ---------------------------------------------------------------- 1. a port already in use


def test_serve_on_a_port_in_use_fails_instead_of_sharing_it(store):
    port = free_port()
    first = _kg("--store", store, "serve", "--port", port, "--workers", 1)
    try:
        _wait(f"http://127.0.0.1:{port}/", first)
        second = _kg("--store", store, "serve", "--port", port, "--workers", 1)
        try:
            _, err = second.communicate(timeout=60)
        except subprocess.TimeoutExpired:  # it runs: the old behaviour
            pytest.fail("a second kg serve on the same port started")
        finally:
            _stop(second)
        assert second.returncode == 1, err
        assert f"port {port} is in use" in err and "Traceback" not in err
        assert "serving" not in err
        assert first.poll() is None  # the first one is untouched
    finally:
        _stop(first)


# ---------------------------------------------------------------- 2. required query parameters


def test_a_required_query_parameter_left_out_is_bad_usage_not_the_default(store):
    result = _run("--store", store, "query", "lookup")
    assert result.exit_code == 2, result.output
    assert "'q'" in result.output and "-p" in result.output
    result = _run("--store", store, "query", "leaderboard", "-p", "dataset=ImageNet")
    assert result.exit_code == 2, result.output
    assert "'metric'" in result.output
    # given, they run; an optional parameter's default (page=1) still applies
    result = _run("--store", store, "query", "leaderboard", "-p", "dataset=ImageNet", "-p", "metric=top-1 accuracy",
                  "-f", "csv")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "AlphaNet" in result.output
    assert _run("--store", store, "query", "lookup", "-p", "q=imagenet-1k").exit_code == 0


def test_the_web_api_refuses_a_missing_required_parameter_too(store):
    from kg.web import create_app
    from tests.web_fixtures import settings

    app = create_app(settings(store), workers=1)
    try:
        client = app.test_client()
        r = client.get("/api/queries/leaderboard?dataset=ImageNet")
        assert r.status_code == 400 and "'metric'" in r.get_json()["error"]
        assert client.get("/api/queries/lookup?q=imagenet-1k").get_json()["rows"]
        # the /queries page's links fill in the examples, so they run
        page = client.get("/queries").get_data(as_text=True)
        assert "e.g. “top-1 accuracy”" in page
        run = re.search(r'href="(/api/queries/leaderboard\?[^"]*)">Run it', page).group(1)
        assert client.get(run.replace("&amp;", "&")).status_code == 200
        doc = client.get("/api/openapi.json").get_json()
        params = {p["name"]: p for p in doc["paths"]["/api/queries/leaderboard"]["get"]["parameters"]}
        assert params["metric"]["required"] and params["metric"]["schema"]["examples"] == ["top-1 accuracy"]
        assert not params["page"]["required"] and params["page"]["schema"]["default"] == 1  # (a number: the schema says integer)
    finally:
        app.extensions["mlkg"].close()


# ---------------------------------------------------------------- 3. eval with nothing to score


def test_eval_against_an_empty_gold_or_a_disjoint_prediction_is_an_error(tmp_path):
    gold = ROOT / "examples" / "expected.jsonl"
    empty = tmp_path / "empty-gold.jsonl"
    empty.write_text("\n", encoding="utf-8")
    result = _run("eval", empty, gold)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "empty-gold.jsonl" in result.output and "1.0" not in result.output
    none = tmp_path / "none.jsonl"
    none.write_text("", encoding="utf-8")
    result = _run("eval", gold, none)
    assert result.exit_code == 1, result.output
    assert "none.jsonl" in result.output and "none of the 24 gold papers" in result.output
    assert _run("eval", gold, gold).exit_code == 0


# ---------------------------------------------------------------- 4. a JSON Lines line cut off


def test_a_line_cut_off_mid_record_is_called_truncated_with_its_file_and_line(tmp_path):
    lines = (ROOT / "examples" / "papers.jsonl").read_text(encoding="utf-8").splitlines()
    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join(lines[:3] + [lines[3][:60]] + lines[4:6]) + "\n", encoding="utf-8")
    result = _run("extract", cut, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1, result.output
    assert "cut.jsonl:4: invalid JSON, the line looks truncated" in result.output
    assert "Invalid control character at column 61" in result.output  # json's detail kept, no "at at"
    # the same for an extraction or gold file read by kg eval
    gold = ROOT / "examples" / "expected.jsonl"
    records = gold.read_text(encoding="utf-8").splitlines()
    cut_gold = tmp_path / "gold.jsonl"
    cut_gold.write_text("\n".join(records[:1] + [records[1][:50]]) + "\n", encoding="utf-8")
    result = _run("eval", cut_gold, gold)
    assert result.exit_code == 1, result.output
    assert "gold.jsonl:2: invalid JSON, the line looks truncated" in result.output
    # a line broken in the middle is not called truncated
    broken = tmp_path / "broken.jsonl"
    broken.write_text(lines[0] + "\n" + lines[1].replace('", "', '" "', 1) + "\n", encoding="utf-8")
    result = _run("extract", broken, "-o", tmp_path / "out2.jsonl")
    assert "broken.jsonl:2: invalid JSON (Expecting ',' delimiter" in result.output


# ---------------------------------------------------------------- 5. kg graph -o -


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_graph_to_dash_writes_stdout_not_a_file_named_dash(store, tmp_path, fmt):
    import json

    import networkx as nx

    proc = _kg("--store", store, "graph", "--format", fmt, "-o", "-", cwd=tmp_path)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert not (tmp_path / "-").exists()
    assert "to stdout" in err
    if fmt == "json":
        assert json.loads(out)["nodes"]
    else:
        path = tmp_path / f"g.{fmt}"
        path.write_text(out, encoding="utf-8")
        g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
        assert g.number_of_nodes() > 0
    assert "- for stdout" in _run("graph", "--help").output


# ---------------------------------------------------------------- 6. a build under a running server


def test_pages_say_when_the_store_was_written_after_the_server_opened_it(tmp_path):
    import pyoxigraph as ox

    from kg.web import create_app
    from tests.web_fixtures import settings

    location = build_store(tmp_path / "kg-data")
    app = create_app(settings(location), workers=0)  # read-only, as under kg serve
    try:
        client = app.test_client()
        assert "has been written since this server started" not in client.get("/").get_data(as_text=True)
        assert "has been written" not in client.get("/").get_data(as_text=True)  # reading changes nothing
        # a writer meanwhile (what kg build does: the store is not locked by a read-only server)
        writer = ox.Store(str(location))
        writer.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                           ox.Literal("o")))  # fmt: skip
        writer.flush()
        del writer
        html = client.get("/").get_data(as_text=True)
        assert "has been written since this server started" in html and "Restart <code>kg serve</code>" in html
    finally:
        app.extensions["mlkg"].close()
