"""Round 30 (workers): what ``kg extract --workers N`` leaves to the parent process.

The parent serves all the workers (reads the papers, counts the names, writes the output),
so per-paper work it does is work no second worker speeds up: the spill lines are encoded in
the workers, and the output lines, once the corpus is linked, are made by a second pool.
"""

from __future__ import annotations

import io
import json
import multiprocessing as mp
import os

import pytest

import kg.build
import kg.extract
import kg.link
from kg.extract import extract, extract_map
from kg.model import Extraction, Paper
from kg.pool import ordered_map

needs_fork = pytest.mark.skipif((os.cpu_count() or 1) < 2 or "fork" not in mp.get_all_start_methods(),
                                reason="needs two cores, and fork: the checks run in the forked workers")  # fmt: skip


def _papers(n: int) -> list[Paper]:
    # a name written two ways across papers ("Quill-Set"/"QuillSet"), so linking changes some
    return [Paper(id=f"p{i}", title=f"QuillNet-{i}: Fast Quill Sorting",
                  abstract=f"We propose QuillNet-{i}. It reaches {60 + i % 30}.5% accuracy on "
                           f"{'QuillSet' if i % 3 else 'the Quill-Set benchmark'}, outperforming ZorbNet by {i % 7}.2 points.")
            for i in range(n)]  # fmt: skip


def _write(tmp_path, papers: list[Paper]):
    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps(p.to_json()) + "\n" for p in papers), encoding="utf-8")
    return src


def _only_in_a_worker(fn, parent: int):
    def checked(*args, **kwargs):
        assert os.getpid() != parent, f"{fn.__name__} ran in the parent process"
        return fn(*args, **kwargs)

    return checked


def _title_and_id(paper: Paper, extraction: Extraction) -> tuple[str, str]:
    return paper.title, extraction.paper_id


def test_extract_map_runs_the_function_on_each_paper_in_order():
    papers = _papers(9)
    want = [(p.title, p.id) for p in papers]
    assert list(extract_map(papers, _title_and_id)) == want
    assert list(extract_map(papers, _title_and_id, workers=2, batch_size=2)) == want


def test_ordered_map_keeps_the_input_order():
    assert list(ordered_map(sum, [[i, 1] for i in range(50)], 2)) == [i + 1 for i in range(50)]


@needs_fork
def test_spill_lines_are_encoded_in_the_workers(monkeypatch):
    monkeypatch.setattr(kg.build, "spill_line", _only_in_a_worker(kg.build.spill_line, os.getpid()))
    spill = kg.build.Spill()
    try:
        kg.build.extract_and_count(_papers(12), spill, workers=2)
        assert [paper.id for paper, _ in spill] == [f"p{i}" for i in range(12)]
    finally:
        spill.close()


@needs_fork
def test_output_lines_are_made_in_the_workers_and_are_the_same(tmp_path, monkeypatch):
    src = _write(tmp_path, _papers(40))
    outputs = {}
    for workers in (1, 2):
        if workers == 2:  # (one process: in the parent, of course)
            monkeypatch.setattr(kg.link, "output_record", _only_in_a_worker(kg.link.output_record, os.getpid()))
        out = tmp_path / f"out{workers}.jsonl"
        with out.open("w", encoding="utf-8") as f:
            n, skipped = kg.build.extract_papers([src], f, workers=workers, quiet=True)
        assert (n, skipped) == (40, [])
        outputs[workers] = out.read_bytes()
    assert outputs[1] == outputs[2]
    records = [json.loads(line) for line in outputs[2].decode().splitlines()]
    assert [r["id"] for r in records] == [f"p{i}" for i in range(40)]
    assert any(m["name"] != m["canonical"] for r in records for m in r["datasets"])  # (linking did change names)


@needs_fork
def test_an_error_while_writing_the_output_stops_the_output_workers(tmp_path):
    class FullDisk:
        def write(self, text):
            raise OSError(28, "No space left on device")

    src = _write(tmp_path, _papers(200))
    with pytest.raises(OSError):
        kg.build.extract_papers([src], FullDisk(), workers=2, quiet=True)
    assert not mp.active_children()


def test_extract_is_extract_map_keeping_the_extraction():
    papers = _papers(3)
    assert [e.paper_id for e in extract(papers)] == ["p0", "p1", "p2"]


def test_bench_whole_rows_time_kg_extract_after_reading(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[1] / "bench" / "bench_extract.py"
    papers = _write(tmp_path, _papers(3))
    done = subprocess.run([sys.executable, str(bench), "--input", str(papers), "--n", "3", "--repeat", "1",
                           "--workers", "1", "--whole"], capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "kg extract workers=1" in done.stdout


@needs_fork
def test_linking_runs_the_entity_types_in_the_workers_with_the_same_result(monkeypatch):
    from kg.link import Linker, collect_forms

    forms = collect_forms(extract(_papers(30)))
    one = Linker(forms)
    monkeypatch.setattr(kg.link, "_link_kind", _only_in_a_worker(kg.link._link_kind, os.getpid()))
    two = Linker(forms, workers=2)
    assert two.canon == one.canon and two.entities == one.entities and two.broader == one.broader
    assert list(two.canon["datasets"].items()) == list(one.canon["datasets"].items())  # (in the same order)
    assert two.canon["datasets"]["Quill-Set"] == one.canon["datasets"]["Quill-Set"]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="workers are capped at the cores; a pool needs two")
def test_spawned_workers_write_the_same_output(tmp_path, monkeypatch):
    # where fork is missing (macOS, Windows) the workers are spawned: each builds its own
    # pipeline and gets the Linker pickled; linking stays in the parent
    import kg.pool

    papers = _papers(12)
    one, two = io.StringIO(), io.StringIO()
    kg.build.write_extractions(papers, one, quiet=True)
    monkeypatch.setattr(kg.pool, "forks", lambda: False)
    monkeypatch.setattr(kg.extract, "forks", lambda: False)
    monkeypatch.setattr(kg.link, "forks", lambda: False)
    kg.build.write_extractions(papers, two, workers=2, quiet=True)
    assert two.getvalue() == one.getvalue() and one.getvalue().count("\n") == 12
