#!/usr/bin/env python3
"""Server-side time of every UI page and /api/graph endpoint on the sota-arxiv graph.

The app runs in this process (``create_app`` over the store, opened read-only as
``kg serve`` does) and requests go through Flask's test client, so the times are
the server's own work (routing, queries, rendering, the whole body) without the
network. Each URL is asked ``--repeats`` times after one first call; the table
shows the first call (which builds the per-app caches the later ones reuse: the
label index, the incidence of papers and entities, the projections) and the
median of the repeats, as a ratio to a trivial endpoint measured in the same run:
``GET /sparql?query=ASK{}`` (a protocol round trip through a query worker).

The store is bench/out/store-sota (built from ../shared/corpus/sota-arxiv when
missing, like bench_endpoint.py) or ``--store DIR``. Results also go to
bench/out/bench_pages.json.

Usage: .venv/bin/python bench/bench_pages.py [--store DIR] [--repeats 7]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.settings import Settings  # noqa: E402
from kg.web import create_app  # noqa: E402
from kg.web import ui  # noqa: E402

OUT = ROOT / "bench" / "out"
CORPUS = ROOT.parent / "shared" / "corpus" / "sota-arxiv"
BASELINE = "/sparql?query=" + quote("ASK {}")
HTML = {"Accept": "text/html"}


def ensure_store(store: Path | None) -> Path:
    """``store``, or bench/out/store-sota built from the sota-arxiv corpus if missing."""
    if store is not None:
        return store
    store = OUT / "store-sota"
    if (store / ".complete").exists():
        return store
    inputs = [CORPUS / "train.jsonl", CORPUS / "validation.jsonl"]
    if not all(p.exists() for p in inputs):
        sys.exit(f"{CORPUS} not found; pass --store DIR")
    shutil.rmtree(store, ignore_errors=True)
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"building {store} from {CORPUS} (takes minutes, once) ...", file=sys.stderr, flush=True)
    cmd = [str(Path(sys.executable).parent / "kg"), "-q", "--store", str(store), "build",
           *map(str, inputs), "--on-error", "skip"]  # fmt: skip
    with open(OUT / "build.log", "w") as log:
        subprocess.run(cmd, check=True, stdout=log, stderr=log, cwd=ROOT)
    (store / ".complete").touch()
    return store


def examples(app) -> dict[str, str]:
    """Busy entities and a paper to ask for: the ones with the most results or papers."""
    with app.test_request_context():
        rows = ui.select("""
            SELECT ?d ?m (COUNT(?r) AS ?n) WHERE { ?r mlkg:dataset ?d ; mlkg:metric ?m ; mlkg:value ?v }
            GROUP BY ?d ?m ORDER BY DESC(?n) LIMIT 1""")
        dataset, metric = rows[0]["d"], rows[0]["m"]
        paper = ui.select("""
            SELECT ?p (COUNT(?r) AS ?n) WHERE { ?r mlkg:reportedIn ?p } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1""")[
            0
        ]["p"]
        top = {}
        for kind in ("Method", "Task"):  # SPARQL, not the UI's caches: first calls below build those
            top[kind] = ui.select(f"""
                SELECT ?e (COUNT(?p) AS ?n) WHERE {{ ?p mlkg:mentions ?e . ?e a mlkg:{kind} }}
                GROUP BY ?e ORDER BY DESC(?n) LIMIT 1""")[0]["e"]
        return {
            "dataset": ui.page_url(dataset), "metric": ui.page_url(metric),
            "method": ui.page_url(top["Method"]), "task": ui.page_url(top["Task"]),
            "paper": ui.page_url(paper), "dataset_iri": dataset, "method_iri": top["Method"],
        }  # fmt: skip


def urls(ex: dict[str, str]) -> list[tuple[str, str, dict]]:
    """(name, URL, headers) of every page and JSON endpoint, in the order asked."""
    focus = quote(ex["dataset_iri"], safe="")
    return [
        ("ASK (baseline)", BASELINE, {"Accept": "application/sparql-results+json"}),
        ("home", "/", HTML),
        ("search page ?q=vit", "/search?q=vit", HTML),
        ("list of methods", "/methods", HTML),
        ("list of papers", "/papers", HTML),
        ("dataset page", ex["dataset"], HTML),
        ("metric page", ex["metric"], HTML),
        ("method page", ex["method"], HTML),
        ("task page", ex["task"], HTML),
        ("paper page", ex["paper"], HTML),
        ("explorer page", f"/explore?focus={focus}", HTML),
        ("SPARQL page (YASGUI)", "/sparql", HTML),
        ("api search ?q=vit", "/api/graph/search?q=vit", {}),
        ("api search ?q=trans", "/api/graph/search?q=trans", {}),
        ("api neighbourhood", f"/api/graph/neighbourhood?node={focus}&limit=40", {}),
        ("api projection 300", "/api/graph/projection?name=entity&limit=300", {}),
        ("api projection 2000", "/api/graph/projection?name=entity&limit=2000", {}),
        ("api centrality", "/api/graph/centrality?top=20", {}),
        ("api communities", "/api/graph/communities?top=20", {}),
        ("api path", f"/api/graph/path?source={quote(ex['method_iri'], safe='')}&target={focus}", {}),
    ]


def timed(client, url: str, headers: dict) -> tuple[float, int]:
    t0 = time.perf_counter()
    r = client.get(url, headers=headers)
    body = r.get_data()  # the whole body, streamed or not
    seconds = time.perf_counter() - t0
    if r.status_code != 200:
        sys.exit(f"{url}: HTTP {r.status_code}: {body[:300]!r}")
    return seconds, len(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, help="store directory (default bench/out/store-sota)")
    parser.add_argument("--repeats", type=int, default=7, help="timed calls per URL after the first [7]")
    args = parser.parse_args()
    store = ensure_store(args.store)
    app = create_app(Settings(store=str(store)))
    app.extensions["mlkg"].engine.warm()
    client = app.test_client()
    try:
        ex = examples(app)
        rows = []
        for name, url, headers in urls(ex):
            first, size = timed(client, url, headers)
            times = [timed(client, url, headers)[0] for _ in range(args.repeats)]
            rows.append({"name": name, "url": url, "first_ms": first * 1000, "median_ms":
                         statistics.median(times) * 1000, "min_ms": min(times) * 1000, "bytes": size})  # fmt: skip
            print(f"  {name}: {rows[-1]['median_ms']:.1f} ms", file=sys.stderr, flush=True)
        stats = app.extensions["mlkg"].stats()
    finally:
        app.extensions["mlkg"].close()
    base = rows[0]["median_ms"]
    for r in rows:
        r["ratio"] = r["median_ms"] / base
    print(f"\nUI pages and /api/graph on {store} ({stats['papers']:,} papers, {stats['triples']:,} triples);")
    print(f"server-side time in-process, median of {args.repeats} after a first call; "
          f"ratio = median / median of {BASELINE}\n")  # fmt: skip
    print(f"| {'endpoint':<24} | {'first ms':>9} | {'median ms':>9} | {'x ASK':>7} | {'bytes':>9} |")
    print(f"|{'-' * 26}|{'-' * 11}|{'-' * 11}|{'-' * 9}|{'-' * 11}|")
    for r in rows:
        print(f"| {r['name']:<24} | {r['first_ms']:>9.1f} | {r['median_ms']:>9.1f} | {r['ratio']:>7.1f} "
              f"| {r['bytes']:>9,} |")  # fmt: skip
    print("\nExamples:", ", ".join(f"{k} {v}" for k, v in ex.items() if not k.endswith("_iri")))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench_pages.json").write_text(json.dumps({"store": str(store), "stats": stats, "examples": ex,
                                                      "repeats": args.repeats, "rows": rows}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
