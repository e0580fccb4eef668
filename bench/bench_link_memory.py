#!/usr/bin/env python3
"""Memory of the corpus-wide name counts and the Linker (:mod:`kg.link`) as a corpus grows.

The papers of ``--input`` (default: sota-arxiv train and validation) are extracted once and
kept in bench/out/link-memory.jsonl (one extraction a line). A corpus of ``--copies N`` repeats
them N times, each copy after the first with new ids and with its rare names and title words
(those of at most two papers of the input) spelled anew, every letter shifted by the copy's
number (an acronym still spells its long form): a bigger corpus coins new names as a real one
does and shares the common ones. (Repeating the papers as they are would not grow the field
counts at all: the same pairs of acronym and item, counted more often.)

Each way of counting runs in a child process of its own, over the corpus read from its file:

- ``one-pass``: :func:`kg.link.collect_forms` with the field counts of every paper, then
  :class:`kg.link.Linker` (the way before round 34; in-memory callers such as
  ``kg.extract.evaluate`` still count so);
- ``two-reads``: ``collect_forms(..., fields=False)``, then the Linker, which reads the
  corpus again for the few acronyms whose field it weighs (:func:`kg.link.count_fields`;
  what ``kg build`` and ``kg extract`` do with their spill).

Reported per way and size: the counts' memory after the first pass and the peak while
counting and linking (Python allocations, tracemalloc; the lexicon is loaded before), each
also per paper; then, in another child without tracemalloc, seconds of the first pass, of
the Linker (with the second read) and of the second read alone, and the child's peak RSS.
``--tree DIR`` imports kg from another worktree (one without ``fields=``: ``one-pass`` only),
to compare trees; the corpus file is the same.

Usage: .venv/bin/python bench/bench_link_memory.py [--copies 1,5] [--modes one-pass,two-reads]
       [--tree ../wt-base] [--input FILE ...] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
CORPUS = ROOT.parent / "shared" / "corpus" / "sota-arxiv"
DEFAULT_INPUT = [CORPUS / "train.jsonl", CORPUS / "validation.jsonl"]
RARE = 2  # papers: a name or title word of at most this many is coined anew in each copy
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")


def extractions_file(inputs: list[Path]) -> Path:
    """The input's extractions, one JSON object a line (made once, then reused)."""
    path = OUT / "link-memory.jsonl"
    if path.exists():
        return path
    sys.path.insert(0, str(ROOT))
    from kg.build import iter_papers
    from kg.extract import extract

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as f:
        for ex in extract(iter_papers(inputs, on_error="skip")):
            f.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
    tmp.rename(path)
    return path


def _shift(text: str, k: int) -> str:
    return "".join(chr((ord(c) - 65 + k) % 26 + 65) if "A" <= c <= "Z" else
                   chr((ord(c) - 97 + k) % 26 + 97) if "a" <= c <= "z" else c for c in text)  # fmt: skip


def corpus_file(source: Path, copies: int) -> Path:
    """``source`` repeated ``copies`` times, rare names and title words coined anew per copy."""
    path = OUT / f"link-memory-x{copies}.jsonl"
    if copies == 1:
        return source
    if path.exists():
        return path
    records = [json.loads(line) for line in source.open(encoding="utf-8")]
    papers: Counter = Counter()  # lower-case name or title word -> papers
    for r in records:
        words = {w.lower() for w in _WORD.findall(r.get("title") or "")}
        for kind in ("methods", "datasets", "metrics", "tasks"):
            for m in r.get(kind, ()):
                words.update(n.lower() for n in (m["name"], *m.get("aliases", ())))
        papers.update(words)

    def coin(name, k: int):
        return _shift(name, k) if isinstance(name, str) and papers[name.lower()] <= RARE else name

    with path.with_suffix(".part").open("w", encoding="utf-8") as f:
        for k in range(copies):
            for r in records:
                if k:
                    r = json.loads(json.dumps(r))
                    r["id"] = f"{r['id']}~{k}"
                    r["title"] = _WORD.sub(lambda w, k=k: coin(w.group(), k), r.get("title") or "")
                    for kind in ("methods", "datasets", "metrics", "tasks"):
                        for m in r.get(kind, ()):
                            m["name"] = coin(m["name"], k)
                            m["aliases"] = [coin(a, k) for a in m.get("aliases", ())]
                    r["proposed"] = [coin(p, k) for p in r.get("proposed", ())]
                    for res in r.get("results", ()):
                        for key in ("method", "dataset", "metric", "task", "baseline"):
                            res[key] = coin(res.get(key), k)
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    path.with_suffix(".part").rename(path)
    return path


CHILD = r"""
import json, resource, sys, time, tracemalloc
from kg.link import Linker, collect_forms
from kg.model import Extraction
mode, path, trace = sys.argv[1], sys.argv[2], sys.argv[3] == "1"

def corpus():
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield Extraction.from_json(json.loads(line))

Linker(collect_forms([]))  # the lexicon and its patterns, loaded before anything is measured
out = {}
if trace:
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
t0 = time.perf_counter()
if mode == "one-pass":
    forms = collect_forms(corpus())
else:
    forms = collect_forms(corpus(), fields=False)
out["papers"] = forms["field items"][""]
out["count_s"] = time.perf_counter() - t0
if trace:
    out["forms_bytes"] = tracemalloc.get_traced_memory()[0] - base
second = []
def fields(need):
    from kg.link import count_fields
    t = time.perf_counter()
    counts = count_fields(corpus(), need)
    second.append(time.perf_counter() - t)
    out["need"] = [sum(map(len, need.definitions.values())), sum(map(len, need.bare.values()))]
    return counts
t0 = time.perf_counter()
linker = Linker(forms, fields=fields) if mode == "two-reads" else Linker(forms)
out["linker_s"] = time.perf_counter() - t0
out["second_read_s"] = second[0] if second else 0.0
if trace:
    out["peak_bytes"] = tracemalloc.get_traced_memory()[1] - base
out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out["entities"] = len(linker.entities)
print(json.dumps(out))
"""


def run(tree: Path, mode: str, path: Path, trace: bool) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, "-c", CHILD, mode, str(path), "1" if trace else "0"],
                          env=env, capture_output=True, text=True)  # fmt: skip
    if proc.returncode:
        sys.exit(f"{mode} on {path.name} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", nargs="*", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--copies", default="1,5", help="corpus sizes, in copies of the input")
    ap.add_argument("--modes", default="one-pass,two-reads")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the worktree whose kg is measured")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs per way and size (best kept)")
    args = ap.parse_args()
    source = extractions_file(args.input)
    print(f"tree {args.tree}")
    print(f"{'copies':>6} {'mode':>10} {'papers':>7} {'counts MB':>9} {'B/paper':>7} {'peak MB':>8} {'B/paper':>7}"
          f" {'count s':>7} {'link s':>7} {'2nd s':>6} {'RSS MB':>7} {'weighed':>11}")  # fmt: skip
    for copies in map(int, args.copies.split(",")):
        path = corpus_file(source, copies)
        for mode in args.modes.split(","):
            mem = run(args.tree, mode, path, trace=True)
            timed = min((run(args.tree, mode, path, trace=False) for _ in range(args.repeat)),
                        key=lambda r: r["count_s"] + r["linker_s"])  # fmt: skip
            n = mem["papers"]
            weighed = "/".join(map(str, mem.get("need", ()))) or "-"
            print(f"{copies:>6} {mode:>10} {n:>7} {mem['forms_bytes'] / 1e6:>9.1f} {mem['forms_bytes'] / n:>7.0f}"
                  f" {mem['peak_bytes'] / 1e6:>8.1f} {mem['peak_bytes'] / n:>7.0f} {timed['count_s']:>7.2f}"
                  f" {timed['linker_s']:>7.2f} {timed['second_read_s']:>6.2f} {timed['maxrss_kb'] / 1024:>7.0f}"
                  f" {weighed:>11}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
