"""bench/bench_extract.py --input: the throughput of abstracts the pipeline has not seen."""

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_extract.py"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True, timeout=300)


def test_input_times_the_papers_of_a_file(tmp_path):
    papers = tmp_path / "papers.jsonl"
    rows = [{"id": f"p{i}", "title": f"ZorbNet {i}: Fast Detection", "abstract": f"ZorbNet reaches {40 + i}.1 AP on COCO."}
            for i in range(3)]  # fmt: skip
    papers.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = _run("--input", str(papers), "--n", "2", "--repeat", "1", "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert f"2 abstracts (2 unique papers of {papers}, each run on a new pipeline)" in done.stdout
    assert "extract workers=1" in done.stdout


def test_input_that_does_not_exist_is_named(tmp_path):
    done = _run("--input", str(tmp_path / "missing.jsonl"))
    assert done.returncode == 1
    assert "missing.jsonl: no such file or directory" in done.stderr
