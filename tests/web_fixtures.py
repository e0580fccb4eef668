"""Stores, apps and running servers for the web tests (imported by tests/test_web*.py).

The data is hand-made Paper/Extraction objects turned into quads by kg.rdf, so
these tests do not depend on the extractor. One title carries HTML, to check
that pages escape what comes from the data.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import waitress
from waitress import wasyncore

from kg.model import Entity, Extraction, Mention, Paper, Result
from kg.rdf import IriScheme, paper_quads, shared_quads
from kg.settings import Settings
from kg.store import KgStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOKEN = "s3cret-token"

XSS_TITLE = "Tricky <script>alert(1)</script> & title"


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return (start, start + len(needle))


def papers() -> list[tuple[Paper, Extraction]]:
    """Three papers: two ImageNet results and one title with markup."""
    out = []
    for i, (method, value) in enumerate((("AlphaNet", 81.5), ("BetaNet", 79.4)), start=1):
        abstract = f"We propose {method}. {method} reaches {value}% top-1 accuracy on ImageNet."
        paper = Paper(id=f"w{i}", title=f"{method}: a network", abstract=abstract,
                      arxiv_id=f"2401.0000{i}", date="2024-01-0" + str(i))  # fmt: skip
        text = paper.text
        sentence = f"{method} reaches {value}% top-1 accuracy on ImageNet."
        extraction = Extraction(
            paper.id, paper.title,
            methods=(Mention(method, (_span(text, method),), 0.9),),
            datasets=(Mention("ImageNet", (_span(text, "ImageNet"),), 0.9),),
            metrics=(Mention("top-1 accuracy", (_span(text, "top-1 accuracy"),), 0.9),),
            tasks=(Mention("image classification", (), 0.5),),
            proposed=(method,),
            results=(Result(method, "top-1 accuracy", value, f"{value}%", dataset="ImageNet", unit="%",
                            span=_span(text, sentence), confidence=0.9),),
            version="test",
        )  # fmt: skip
        out.append((paper, extraction))
    paper = Paper(id="w3", title=XSS_TITLE, abstract="GammaNet is evaluated on CIFAR-10.")
    extraction = Extraction(
        "w3", paper.title,
        methods=(Mention("GammaNet", (_span(paper.text, "GammaNet"),), 0.8),),
        datasets=(Mention("CIFAR-10", (_span(paper.text, "CIFAR-10"),), 0.8),),
        version="test",
    )  # fmt: skip
    out.append((paper, extraction))
    return out


ENTITIES = [
    Entity("method", "AlphaNet"), Entity("method", "BetaNet"), Entity("method", "GammaNet"),
    Entity("dataset", "ImageNet", aliases=("ImageNet-1K",)), Entity("dataset", "CIFAR-10"),
    Entity("metric", "top-1 accuracy", higher_is_better=True),
    Entity("task", "image classification"),
]  # fmt: skip


def fill(store: KgStore) -> KgStore:
    scheme = IriScheme()
    store.add_shared(shared_quads(scheme, ENTITIES, [("mlkg-rules", "test")]))
    store.replace_papers((scheme.paper_graph(p), paper_quads(scheme, p, e)) for p, e in papers())
    store.flush()
    return store


def build_store(path: Path) -> Path:
    """A filled store on disk at ``path``, closed again (so it can be opened read-only)."""
    store = fill(KgStore(path))
    del store
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 20.0, output=None) -> None:
    """Poll ``url`` until it answers; fail with the server's output otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    detail = output() if output else ""
    raise AssertionError(f"server at {url} did not answer within {timeout} s\n{detail}")


@contextmanager
def running(app) -> Iterator[str]:
    """Serve ``app`` with waitress on a free port in a thread; yields the base URL.

    The thread runs waitress's loop in short steps and closes the server itself
    when asked to stop: closing its sockets from another thread races the loop.
    """
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=6)
    stopping = threading.Event()

    def loop() -> None:
        while not stopping.is_set():
            wasyncore.loop(timeout=0.05, map=server._map, count=1)
        server.task_dispatcher.shutdown()
        wasyncore.close_all(server._map)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.effective_port}"
    try:
        wait_for(url + "/sparql?query=ASK%7B%7D")
        yield url
    finally:
        stopping.set()
        thread.join(timeout=10)
        app.extensions["mlkg"].close()


def settings(path: Path, **overrides) -> Settings:
    return Settings(store=str(path), **overrides)


KG = Path(sys.executable).parent / "kg"


class KgServe:
    """A real `kg serve` (granian, worker processes) on a free port, in its own session."""

    def __init__(self, store: Path, *args: str):
        self.proc = subprocess.Popen([str(KG), "--store", str(store), "serve", "--port", "0", *args],
                                     cwd=ROOT, stderr=subprocess.PIPE, text=True,
                                     start_new_session=True)  # fmt: skip
        self.lines: list[str] = []
        self.url = ""
        found = threading.Event()

        def read() -> None:  # keep draining stderr, so the server never blocks on it
            for line in self.proc.stderr:
                self.lines.append(line)
                match = re.search(r"serving (http://\S+?)/ ", line)
                if match:
                    self.url = match.group(1)
                    found.set()
            found.set()

        self.reader = threading.Thread(target=read, daemon=True)
        self.reader.start()
        if not found.wait(60) or not self.url:
            self.stop()
            raise AssertionError("kg serve did not start:\n" + self.output())
        wait_for(self.url + "/sparql?query=ASK%7B%7D", timeout=60, output=self.output)

    def output(self) -> str:
        return "".join(self.lines)

    def processes(self) -> list[int]:
        """The pids of the server's session (the supervisor and its workers)."""
        out = subprocess.run(["ps", "-o", "pid=", "-s", str(self.proc.pid)], capture_output=True, text=True)
        return [int(p) for p in out.stdout.split()]

    def workers(self) -> list[int]:
        out = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(self.proc.pid)], capture_output=True, text=True
        )
        return [int(p) for p in out.stdout.split()]

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.reader.join(timeout=5)
        self.proc.stderr.close()
        return self.proc.returncode


@contextmanager
def kg_serve(store: Path, *args: str) -> Iterator[KgServe]:
    server = KgServe(store, *args)
    try:
        yield server
    finally:
        server.stop()
        leftover = server.processes()
        if leftover:
            os.killpg(server.proc.pid, signal.SIGKILL)
            raise AssertionError(f"kg serve left processes behind: {leftover}")
