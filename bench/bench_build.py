"""How `kg build` cost grows with corpus size: throughput, peak memory, store size, query times.

Generates synthetic corpora (bench/gen_corpus.py, fixed seed) of each size, runs
`kg build` on each in a fresh process (peak RSS from the OS), then times every
named query on the built store. Linear cost means papers/s at the largest size is
within 20% of papers/s at the smallest, measured in the same run.

    python bench/bench_build.py 10000 100000 [1000000] [--workers 2] [--bulk] [--keep]
    python bench/bench_build.py --time-queries bench/out/store-1000000
    python bench/bench_build.py --increment-only bench/out/store-1000000 --increment 1000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "bench"))


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _phase(message: str) -> str | None:
    """The build phase a log line of kg.build starts, if any."""
    for word in ("extracting", "linking", "writing", "loading", "leaderboards", "built"):
        if message.startswith(word):
            if word == "writing":
                return "late entities" if "late" in message else "entities"
            return None if message.startswith("leaderboards:") else word
    return None


def build_once(corpus: Path, store: Path, workers: int, extra: list[str]) -> dict:
    """Run `kg build` in a child process: wall and CPU time, peak RSS overall and per phase.

    Phases come from the build's INFO log lines; RSS is sampled every 0.2 s
    (a peak shorter than that can be missed: ru_maxrss gives the true overall peak).
    """
    import threading

    import psutil

    kg = Path(sys.executable).parent / "kg"
    before_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before = before_usage.ru_maxrss
    started = time.perf_counter()
    proc = subprocess.Popen([str(kg), "--store", str(store), "build", "--on-error", "skip",
                             "--workers", str(workers), *extra, str(corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    child = psutil.Process(proc.pid)
    phase = ["start"]
    peaks: dict[str, float] = {}
    starts: dict[str, float] = {"start": 0.0}
    log: list[str] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            try:
                rss = sum(p.memory_info().rss for p in [child, *child.children(recursive=True)]) / 2**20
            except psutil.Error:
                continue
            peaks[phase[0]] = max(peaks.get(phase[0], 0.0), rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    for line in proc.stderr:
        log.append(line)
        message = line.split(": ", 1)[-1].strip()
        if line.startswith("INFO kg.build") and (name := _phase(message)):
            phase[0] = name
            starts[name] = time.perf_counter() - started
    proc.wait()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"kg build failed:\n{''.join(log)[-3000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage.ru_utime + usage.ru_stime) - (before_usage.ru_utime + before_usage.ru_stime)
    names = list(starts)
    durations = {n: (starts[names[i + 1]] if i + 1 < len(names) else seconds) - starts[n] for i, n in enumerate(names)}
    # ru_maxrss of children is the largest child so far: each size runs after smaller ones
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_rss_mb": max(usage.ru_maxrss, before) / 1024,
            "phase_peak_rss_mb": peaks, "phase_seconds": durations, "log": "".join(log).strip()[-600:]}


def time_queries(store: Path, repeats: int = 3) -> dict[str, float]:
    """Median ms of the named queries a user runs with parameters, bound to the busiest
    dataset and metric of the store (the unbounded overview queries scan everything by design)."""
    from kg.queries import bind_params, load_queries
    from kg.store import KgStore

    kg_store = KgStore(store, read_only=True)
    top = next(iter(kg_store.query(
        "SELECT ?d ?m WHERE { ?r mlkg:dataset ?d ; mlkg:metric ?m ; mlkg:value ?v } "
        "GROUP BY ?d ?m ORDER BY DESC(COUNT(*)) LIMIT 1")))  # fmt: skip
    dataset, metric = f"<{top['d'].value}>", f"<{top['m'].value}>"
    method = next(iter(kg_store.query("SELECT ?m WHERE { ?p mlkg:proposes ?m } LIMIT 1")))["m"].value
    baseline = next(iter(kg_store.query(
        "SELECT ?b WHERE { ?r mlkg:baseline ?b } GROUP BY ?b ORDER BY DESC(COUNT(*)) LIMIT 1")))["b"].value  # fmt: skip
    board = {"dataset": dataset, "metric": metric}
    # (query, parameters, whether unset parameters take their defaults)
    bound = {
        "leaderboard": ("leaderboard", board, True),  # page 1, as the API and the CLI run it
        "leaderboard_whole": ("leaderboard", board, False),  # every page of the busiest board
        "sota_progression": ("sota_progression", board, True),
        "methods_on_dataset": ("methods_on_dataset", {"dataset": dataset}, True),
        "metrics_for_dataset": ("metrics_for_dataset", {"dataset": dataset}, True),
        "papers_proposing": ("papers_proposing", {"method": f"<{method}>"}, True),
        "lookup": ("lookup", {"q": "imagenet"}, True),
        "beats_baseline": ("beats_baseline", {"baseline": f"<{baseline}>"}, True),  # the most compared-to baseline
    }
    queries = load_queries()
    out = {}
    for name, (query, params, defaults) in bound.items():
        q = queries[query]
        subs = bind_params(q, params, use_defaults=defaults)
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            for _ in kg_store.query(q.text, substitutions=subs):
                pass
            times.append(time.perf_counter() - t)
        out[name] = statistics.median(times) * 1000
    return out


def increment_corpus(n: int) -> Path:
    """``n`` new papers (seed 8: other ids, titles and sentence mixes than the seed-7 corpora)."""
    from gen_corpus import generate

    path = OUT / f"syn-increment-{n}.jsonl"
    if not path.exists():
        with path.open("w", encoding="utf-8") as f:
            for record in generate(n, seed=8):
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def increment(store: Path, n: int, workers: int) -> dict:
    """A daily update: ``n`` new papers built into the existing ``store`` (per-paper path,
    leaderboards recomputed for the pairs they touch), timed like a build."""
    result = build_once(increment_corpus(n), store, workers, [])
    print(f"          increment of {n} papers: {result['seconds']:.1f} s ({n / result['seconds']:.0f} papers/s, "
          f"{n / result['cpu_seconds']:.0f} per CPU-s), peak {result['peak_rss_mb']:.0f} MB; phases: "
          + ", ".join(f"{k} {v:.1f} s" for k, v in result["phase_seconds"].items()), flush=True)  # fmt: skip
    return {"papers": n, "seconds": result["seconds"], "cpu_seconds": result["cpu_seconds"],
            "peak_rss_mb": result["peak_rss_mb"], "phase_seconds": result["phase_seconds"]}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--bulk", action="store_true", help="pass --bulk to kg build")
    ap.add_argument("--keep", action="store_true", help="keep the built stores in bench/out/")
    ap.add_argument("--increment", type=int, default=0, metavar="N",
                    help="after each build, build N new papers into the same store (a daily update), timed")
    ap.add_argument("--time-queries", metavar="STORE", type=Path,
                    help="only time the named queries on an existing store (e.g. after kg refresh)")
    ap.add_argument("--increment-only", metavar="STORE", type=Path,
                    help="only time an --increment of N new papers into an existing store")
    args = ap.parse_args(argv)
    if args.increment_only:
        increment(args.increment_only, args.increment or 1000, args.workers)
        return 0
    if args.time_queries:
        for name, ms in time_queries(args.time_queries).items():
            print(f"{name:20} {ms:10.1f} ms")
        return 0
    from gen_corpus import generate

    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.sizes:
        corpus = OUT / f"syn-{n}.jsonl"
        if not corpus.exists():
            with corpus.open("w", encoding="utf-8") as f:
                for record in generate(n, seed=7):
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
        store = OUT / f"store-{n}"
        subprocess.run(["rm", "-rf", str(store)], check=True)
        result = build_once(corpus, store, args.workers, ["--bulk"] if args.bulk else [])
        print(f"{n:>9} papers built in {result['seconds']:.0f} s ({n / result['seconds']:.0f} papers/s, "
              f"{n / result['cpu_seconds']:.0f} per CPU-s), peak {result['peak_rss_mb']:.0f} MB", flush=True)
        print("          phases: " + ", ".join(f"{k} {result['phase_seconds'].get(k, 0):.0f} s peak {v:.0f} MB"
                                            for k, v in result["phase_peak_rss_mb"].items()), flush=True)
        print(f"          load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        size = du(store)
        from kg.store import KgStore

        import shutil

        if shutil.disk_usage(store).free > size:  # compaction writes the new files before dropping the old
            compact = KgStore(store)
            compact.store.optimize()  # measure the settled size, not pending write-ahead logs
            del compact
        else:
            print(f"          not compacted: {size / 2**30:.0f} GB store, too little free disk", flush=True)
        settled = du(store)
        queries = time_queries(store)
        rows.append({"papers": n, "papers_per_s": n / result["seconds"], "papers_per_cpu_s": n / result["cpu_seconds"],
                     "peak_rss_mb": result["peak_rss_mb"], "phase_peak_rss_mb": result["phase_peak_rss_mb"],
                     "phase_seconds": result["phase_seconds"], "loadavg": os.getloadavg(),
                     "store_mb": settled / 2**20, "store_mb_before_optimize": size / 2**20, "seconds": result["seconds"], "queries_ms": queries})  # fmt: skip
        r = rows[-1]
        print(f"{n:>9} papers  {r['papers_per_s']:8.0f} papers/s  {r['papers_per_cpu_s']:6.0f} papers/CPU-s  peak {r['peak_rss_mb']:7.0f} MB  "
              f"store {r['store_mb']:7.0f} MB  leaderboard {queries['leaderboard']:7.1f} ms", flush=True)  # fmt: skip
        if args.increment:
            r["increment"] = increment(store, args.increment, args.workers)
        if not args.keep:
            subprocess.run(["rm", "-rf", str(store)], check=True)
    if len(rows) > 1:
        ratio = rows[-1]["papers_per_s"] / rows[0]["papers_per_s"]
        cpu_ratio = rows[-1]["papers_per_cpu_s"] / rows[0]["papers_per_cpu_s"]
        print(f"throughput at {rows[-1]['papers']} / at {rows[0]['papers']}: wall {ratio:.2f}, CPU {cpu_ratio:.2f} "
              "(target >= 0.8; CPU time is the steadier measure on a shared machine)")
    print("query medians (ms):")
    names = sorted(rows[0]["queries_ms"])
    print("  " + " ".join(f"{n[:14]:>15}" for n in names))
    for r in rows:
        print(f"  {r['papers']:>9} " + " ".join(f"{r['queries_ms'][n]:15.1f}" for n in names))
    (OUT / "bench_build.json").write_text(json.dumps({"workers": args.workers, "cpus": os.cpu_count(), "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
