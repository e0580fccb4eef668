"""A sustained mixed load on `kg serve` over loopback: errors and latency over time.

8 clients (keep-alive connections) for 60 s send a mix of what users do: small
SPARQL SELECTs, a leaderboard through the named-query API, name look-ups,
entity pages, the home page and explorer JSON. Printed per 10-second window:
requests, errors, p50 and p99 latency; stable means the last window's p50 is
within 1.5x of the first's and there are no errors.

    python bench/load_test.py [--store DIR] [--seconds 60] [--clients 8]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_endpoint import ensure_store, free_port, mlkg_server  # noqa: E402

SMALL = "SELECT ?p ?t WHERE { ?p a mlkg:Paper ; dcterms:title ?t } LIMIT 10"


def requests_mix(port: int) -> list[tuple[str, str]]:
    """(name, path) pairs to draw from, built from what the served graph holds."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    q = urllib.parse.quote("SELECT ?d ?m WHERE { ?r mlkg:dataset ?d ; mlkg:metric ?m } GROUP BY ?d ?m ORDER BY DESC(COUNT(*)) LIMIT 5")
    conn.request("GET", f"/sparql?query={q}", headers={"Accept": "application/sparql-results+json"})
    pairs = [(b["d"]["value"], b["m"]["value"]) for b in json.loads(conn.getresponse().read())["results"]["bindings"]]
    mix = [("small-select", "/sparql?query=" + urllib.parse.quote(SMALL)), ("home", "/")]
    for d, m in pairs:
        mix.append(("leaderboard-api", "/api/queries/leaderboard?" + urllib.parse.urlencode({"dataset": d, "metric": m})))
        mix.append(("dataset-page", "/dataset/" + d.rsplit("/", 1)[1]))
        mix.append(("neighbourhood", "/api/graph/neighbourhood?" + urllib.parse.urlencode({"node": d})))
    for name in ("vit", "bert", "imagenet", "coco", "resnet"):
        mix.append(("lookup-api", "/api/queries/lookup?q=" + name))
        mix.append(("search", "/api/graph/search?q=" + name))
    return mix


def client(port: int, mix, stop: float, out: list, seed: int) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while time.monotonic() < stop:
        name, path = rng.choice(mix)
        t = time.monotonic()
        try:
            conn.request("GET", path, headers={"Accept": "application/sparql-results+json, application/json, text/html;q=0.5"})
            resp = conn.getresponse()
            resp.read()
            ok = resp.status == 200
            if resp.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        except OSError:
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        out.append((t, time.monotonic() - t, name, ok))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, help="store to serve (default: the endpoint benchmark's sota-arxiv store)")
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--clients", type=int, default=8)
    args = ap.parse_args(argv)
    store = ensure_store(args.store)
    port = free_port()
    server = mlkg_server(store, port)
    server.start()
    try:
        mix = requests_mix(port)
        for _, path in mix:  # warm the caches once, as a running server would be
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            c.request("GET", path)
            c.getresponse().read()
        samples: list = []
        start = time.monotonic()
        stop = start + args.seconds
        threads = [threading.Thread(target=client, args=(port, mix, stop, samples, i)) for i in range(args.clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    finally:
        server.stop()
    windows = []
    print(f"{'window':>8} {'requests':>9} {'errors':>7} {'rps':>7} {'p50 ms':>8} {'p99 ms':>8}")
    for w in range(int(args.seconds // 10)):
        lat = sorted(d for t, d, _, ok in samples if start + 10 * w <= t < start + 10 * (w + 1))
        errors = sum(1 for t, _, _, ok in samples if start + 10 * w <= t < start + 10 * (w + 1) and not ok)
        if not lat:
            continue
        p50, p99 = statistics.median(lat) * 1000, lat[int(0.99 * (len(lat) - 1))] * 1000
        windows.append({"window": w, "requests": len(lat), "errors": errors, "p50_ms": p50, "p99_ms": p99})
        print(f"{10 * w:>5}-{10 * w + 10:<2} {len(lat):>9} {errors:>7} {len(lat) / 10:>7.1f} {p50:>8.1f} {p99:>8.1f}")
    by_kind: dict[str, list[float]] = {}
    for _, d, name, _ in samples:
        by_kind.setdefault(name, []).append(d * 1000)
    print("per request kind: count, p50 ms, p99 ms")
    for name, lat in sorted(by_kind.items()):
        lat.sort()
        print(f"  {name:<16} {len(lat):>6} {statistics.median(lat):8.1f} {lat[int(0.99 * (len(lat) - 1))]:8.1f}")
    errors = sum(1 for *_, ok in samples if not ok)
    stable = windows and windows[-1]["p50_ms"] <= 1.5 * windows[0]["p50_ms"]
    print(f"total {len(samples)} requests, {errors} errors, {len(samples) / args.seconds:.1f} rps; "
          f"latency {'stable' if stable else 'NOT stable'} (last/first window p50 "
          f"{windows[-1]['p50_ms'] / windows[0]['p50_ms']:.2f})")  # fmt: skip
    out = Path(__file__).resolve().parent / "out" / "load_test.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"windows": windows, "errors": errors, "requests": len(samples)}, indent=1))
    return 0 if errors == 0 and stable else 1


if __name__ == "__main__":
    sys.exit(main())
