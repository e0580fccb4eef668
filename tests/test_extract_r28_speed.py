"""Round 28 (speed): how ``kg extract --workers N`` spreads its work over processes."""

from __future__ import annotations

import json
import multiprocessing as mp
import os

import pytest
from click.testing import CliRunner

import kg.build
import kg.extract
from kg.cli import cli
from kg.extract import extract
from kg.model import Paper

needs_two_cores = pytest.mark.skipif((os.cpu_count() or 1) < 2 or "fork" not in mp.get_all_start_methods(),
                                     reason="workers are capped at the cores; the counts below need fork")  # fmt: skip


def _papers(n: int) -> list[Paper]:
    return [Paper(id=f"p{i}", title=f"ZorbNet-{i}: Fast Quill Sorting",
                  abstract=f"We propose ZorbNet-{i}. It reaches {60 + i}.5% accuracy on QuillSet.")
            for i in range(n)]  # fmt: skip


@needs_two_cores
def test_extract_command_keeps_one_worker_pool_for_all_chunks(tmp_path, monkeypatch):
    # the papers are counted in chunks; a pool per chunk forked cold workers each time
    pools = []
    context = type(mp.get_context("fork"))
    real_pool = context.Pool

    def counted_pool(self, *args, **kwargs):
        pools.append(kwargs["initargs"][0])  # (what each worker sets up: which pass the pool runs)
        return real_pool(self, *args, **kwargs)

    monkeypatch.setattr(context, "Pool", counted_pool)
    monkeypatch.setattr(kg.build, "CHUNK", 3)
    src, out = tmp_path / "papers.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(p.to_json()) + "\n" for p in _papers(8)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["-q", "extract", str(src), "--workers", "2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [f"p{i}" for i in range(8)]
    # one pool for the extraction pass over all the chunks; (round 30) one linking the entity
    # types at once (no initializer), one for the output pass
    assert pools == [kg.extract._worker_init, None, kg.build._set_output_linker]


def test_a_hundred_papers_go_out_in_several_batches(monkeypatch):
    # batches of 256 left a run of 100 papers to one worker while the other idled
    sizes = []
    real_batches = kg.extract.batched

    def logged_batches(papers, size):
        for batch in real_batches(papers, size):
            sizes.append(len(batch))
            yield batch

    monkeypatch.setattr(kg.extract, "batched", logged_batches)
    assert len(list(extract(_papers(100), workers=2))) == 100
    assert sum(sizes) == 100 and len(sizes) >= 3


def test_lexicon_word_types_get_only_the_attributes_the_steps_read():
    # the lexicon's ~7,000 word types are made while the pipeline is built: spaCy's shape,
    # norm, like_num, ... getters (which no step reads) are dropped before, not after
    nlp = kg.extract.build_pipeline()
    for word in ("BLEU", "accuracy"):
        assert word in nlp.vocab.strings  # (a lexicon word: its type was made by the build)
        lexeme = nlp.vocab[word]
        assert lexeme.lower_ == word.lower() and lexeme.shape_ == ""


@needs_two_cores
def test_an_error_while_spilling_stops_the_workers_at_once(monkeypatch):
    # the one pool lives as long as the extract() stream: closed when the loop over it stops
    class FullDisk(kg.build.Spill):
        def write_line(self, line):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.build, "CHUNK", 3)
    spill = FullDisk()
    raised = False
    try:
        kg.build.extract_and_count(_papers(20), spill, workers=2)
    except OSError:
        raised = True
        # (while the error is handled, as the CLI reports it: its traceback holds the run's frames)
        assert kg.extract._WORKER_NLP is None and not mp.active_children()
    finally:
        spill.close()
    assert raised
