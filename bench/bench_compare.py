#!/usr/bin/env python3
"""Server-side time of a comparison of methods (/compare) against the method pages it stands beside.

Two apps over one store, in this process (Flask's test client, as bench_pages.py): each first
builds the caches every page shares (the label index: /methods; the paper index: /papers), then
one times the method pages of ``--methods`` and the other the page comparing them (and the pair of
the first two), each a first call (which reads the rows the page keeps) and the median of
``--repeats`` after it. Apart, so that the comparison does not find the rows its method pages
read already kept. Printed as ratios: comparison / the method pages together, and / one method
page on average.

Usage: .venv/bin/python bench/bench_compare.py [--store DIR] [--methods resnet-50 ...] [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_pages import ensure_store  # noqa: E402
from kg.settings import Settings  # noqa: E402
from kg.web import create_app  # noqa: E402

HTML = {"Accept": "text/html"}
METHODS = (
    "resnet-50",
    "vision-transformer-vit",
    "bidirectional-encoder-representations-from-transformers-bert",
)


def timed(client, url: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    r = client.get(url, headers=HTML)
    body = r.get_data()
    seconds = time.perf_counter() - t0
    if r.status_code != 200:
        sys.exit(f"{url}: HTTP {r.status_code}: {body[:300]!r}")
    return seconds, len(body)


def measure(store: Path, urls: list[str], repeats: int) -> dict[str, tuple[float, float, int]]:
    """(first, median of repeats, bytes) of each URL, in an app of its own whose shared caches are warm."""
    app = create_app(Settings(store=str(store)), workers=0)
    try:
        client = app.test_client()
        for warm in ("/methods", "/papers"):
            timed(client, warm)
        out = {}
        for url in urls:
            first, size = timed(client, url)
            out[url] = (first, statistics.median(timed(client, url)[0] for _ in range(repeats)), size)
        return out
    finally:
        app.extensions["mlkg"].close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, help="store directory (default: bench_pages.py's, built from sota-arxiv once)")
    parser.add_argument("--methods", nargs="+", default=list(METHODS), help="method slugs (2 to 6)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    pages = [f"/method/{m}" for m in args.methods]
    compares = ["/compare?" + urlencode([("method", m) for m in args.methods])]
    if len(args.methods) > 2:
        compares.append("/compare?" + urlencode([("method", m) for m in args.methods[:2]]))
    store = ensure_store(args.store)
    alone = measure(store, pages, args.repeats)
    together = measure(store, compares, args.repeats)
    print("| page | first ms | median ms | bytes |\n|---|---|---|---|")
    for url, (first, median, size) in {**alone, **together}.items():
        print(f"| {url} | {first * 1000:.0f} | {median * 1000:.1f} | {size:,} |")
    first_pages = sum(v[0] for v in alone.values())
    median_pages = sum(v[1] for v in alone.values())
    first_cmp, median_cmp, _ = together[compares[0]]
    n = len(pages)
    print(f"\ncomparison of {n} / their {n} method pages together: first {first_cmp / first_pages:.2f}, "
          f"median {median_cmp / median_pages:.2f}")  # fmt: skip
    print(f"comparison of {n} / one method page on average: first {first_cmp / (first_pages / n):.2f}, "
          f"median {median_cmp / (median_pages / n):.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
