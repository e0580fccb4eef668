"""Round 29 (speed and CLI): Ctrl-C during `kg extract --workers 2`, the progress it reports."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.build
from kg.model import Paper

ROOT = Path(__file__).resolve().parents[1]
needs_two_cores = pytest.mark.skipif((os.cpu_count() or 1) < 2 or "fork" not in mp.get_all_start_methods(),
                                     reason="workers are capped at the cores; a pool needs two")  # fmt: skip


def _papers(n: int) -> list[Paper]:
    return [Paper(id=f"p{i}", title=f"ZorbNet-{i}: Fast Quill Sorting",
                  abstract=f"We propose ZorbNet-{i}. It reaches {60 + i % 30}.5% accuracy on QuillSet, "
                           f"outperforming FooNet by {i % 7}.2 points on the Quill sorting task.")
            for i in range(n)]  # fmt: skip


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@needs_two_cores
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the workers through /proc")
def test_ctrl_c_during_extract_with_workers_prints_one_line_and_leaves_the_output(tmp_path):
    src, out = tmp_path / "papers.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(p.to_json()) + "\n" for p in _papers(20000)), encoding="utf-8")
    out.write_text("an earlier run's output\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "-q", "extract", str(src), "--workers", "2", "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
        # its own process group, as a terminal's foreground job; SIGINT at its default even when
        # this test runs in the background (where a shell starts jobs with SIGINT ignored)
        start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while len(_children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(1.0)  # (the workers are extracting)
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole foreground group, workers too
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130
    assert err.strip().splitlines() == [f"Error: interrupted: {out} was left as it was"]
    assert out.read_text(encoding="utf-8") == "an earlier run's output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "papers.jsonl"]  # (no .part left)


def test_progress_is_told_as_extractions_come_back_not_per_chunk():
    # with chunks of 2,000 papers the bar of a run stood still for 2,000 papers at a time
    told: list[tuple[int, int]] = []  # (papers told, papers spilled so far) at each call
    spill = kg.build.Spill()
    try:
        kg.build.extract_and_count(_papers(40), spill,
                                   on_paper=lambda n: told.append((n, spill.count)))  # fmt: skip
    finally:
        spill.close()
    assert sum(n for n, _ in told) == 40
    assert len(told) == 40 and told[0] == (1, 0)  # (before the chunk is spilled)
