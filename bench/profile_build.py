"""Peak RSS per phase of one `kg build` (phases from the build's log lines), in process.

    python bench/profile_build.py CORPUS STORE [--workers N]
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time

import psutil


class Phases(logging.Handler):
    def __init__(self):
        super().__init__()
        self.proc = psutil.Process()
        self.phase = "start"
        self.started = time.perf_counter()
        self.peaks: dict[str, float] = {}
        self.rows: list[tuple[float, str, float]] = []
        self.phase_lock = threading.Lock()

    def sample(self) -> None:
        rss = self.proc.memory_info().rss / 2**20
        with self.phase_lock:
            self.peaks[self.phase] = max(self.peaks.get(self.phase, 0), rss)

    def emit(self, record: logging.LogRecord) -> None:
        self.sample()
        msg = record.getMessage()
        rss = self.proc.memory_info().rss / 2**20
        t = time.perf_counter() - self.started
        self.rows.append((t, msg[:60], rss))
        print(f"{t:8.1f}s rss {rss:7.0f} MB  {msg[:90]}", file=sys.stderr, flush=True)
        with self.phase_lock:
            self.phase = msg.split(" ")[0] + (" " + msg.split(" ")[1] if msg.startswith("writing") else "")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("store")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    from kg.build import build
    from kg.store import KgStore

    h = Phases()
    for name in ("kg.build", "kg.store"):
        lg = logging.getLogger(name)
        lg.setLevel(logging.INFO)
        lg.addHandler(h)
    stop = threading.Event()

    def sampler():
        last = 0.0
        while not stop.wait(0.25):
            h.sample()
            now = time.perf_counter()
            if now - last > 30:
                last = now
                print(f"{now - h.started:8.1f}s rss {h.proc.memory_info().rss / 2**20:7.0f} MB  ({h.phase})",
                      file=sys.stderr, flush=True)

    threading.Thread(target=sampler, daemon=True).start()
    store = KgStore(args.store)
    report = build([args.corpus], store, on_error="skip", quiet=True, workers=args.workers)
    stop.set()
    print(f"built {report.papers_read} in {report.seconds:.0f}s; peak RSS per phase (MB):")
    for phase, peak in h.peaks.items():
        print(f"  {phase:30s} {peak:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
