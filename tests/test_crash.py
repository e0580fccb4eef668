"""A build killed at any moment leaves a readable, consistent store; re-running completes it."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from servers import venv_tool

from kg.store import KgStore

KG = venv_tool("kg")


def corpus(shared: Path, tmp: Path, n: int = 400) -> Path:
    """A JSON Lines corpus of real abstracts (several seconds of work)."""
    src = (shared / "corpus" / "sota-arxiv" / "train.jsonl").read_text(encoding="utf-8").splitlines()
    out = tmp / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for line in src[:n]:
            record = json.loads(line)
            if record.get("title") and record.get("abstract"):
                f.write(json.dumps(record) + "\n")
    return out


def run_build(store: Path, data: Path, kill_at: str | None = None, delay: float = 0.0) -> int:
    """Run `kg -v build`; with kill_at, SIGKILL it `delay` s after stderr shows that phase."""
    proc = subprocess.Popen([KG, "-v", "--store", str(store), "build", "--on-error", "skip", str(data)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)  # fmt: skip
    if kill_at is None:
        proc.communicate(timeout=600)
        return proc.returncode
    for line in proc.stderr:
        if kill_at in line:
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    proc.stderr.close()
    return proc.returncode


def snapshot(store_dir: Path) -> dict:
    store = KgStore(store_dir, read_only=True)
    stats = store.stats()
    # every paper graph is whole: a title, one abstract, and its assertions point at spans of it
    broken = list(store.query("""SELECT ?g WHERE { GRAPH ?g { ?p a mlkg:Paper }
        FILTER NOT EXISTS { GRAPH ?g { ?a mlkg:abstractOf ?p ; rdf:value ?t } } }"""))
    dupes = list(store.query("""SELECT ?s WHERE { GRAPH ?g1 { ?s a mlkg:Paper } GRAPH ?g2 { ?s a mlkg:Paper }
        FILTER(?g1 != ?g2) } LIMIT 1"""))
    del store
    return {"stats": stats, "broken": len(broken), "dupes": len(dupes)}


@pytest.mark.skipif(KG is None or os.name != "posix", reason="needs the installed kg command and POSIX signals")
@pytest.mark.parametrize("phase", ["extracting", "loading"])
def test_kill_minus_nine_then_rerun(shared, tmp_path, phase):
    data = corpus(shared, tmp_path)
    reference = tmp_path / "reference"
    assert run_build(reference, data) == 0
    expected = snapshot(reference)
    rng = random.Random(phase)
    for attempt in range(2):
        store = tmp_path / f"killed-{attempt}"
        code = run_build(store, data, kill_at=phase, delay=rng.uniform(0.05, 1.5))
        if store.exists() and any(store.iterdir()):
            after_kill = snapshot(store)  # readable, no half-written paper, nothing twice
            assert after_kill["broken"] == 0 and after_kill["dupes"] == 0
            assert after_kill["stats"]["papers"] <= expected["stats"]["papers"]
        assert run_build(store, data) == 0, f"re-run after kill (exit {code}) failed"
        got = snapshot(store)
        assert got == expected, (got, expected)


@pytest.mark.skipif(sys.platform != "linux", reason="linux only")
def test_reference_snapshot_is_consistent(tmp_path):
    from factory import fill

    fill(KgStore(tmp_path / "s"))
    snap = snapshot(tmp_path / "s")
    assert snap["broken"] == 0 and snap["dupes"] == 0
