"""Start real servers for tests: a free port, a subprocess, a wait until it answers."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    """Poll ``url`` until it answers; on failure show the server's output."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except Exception:
            time.sleep(0.1)
    proc.kill()
    out, err = proc.communicate(timeout=5)
    raise RuntimeError(f"server at {url} did not start\nstdout:\n{out}\nstderr:\n{err}")


def venv_tool(name: str) -> str | None:
    """An executable installed beside the running Python (the project's venv), or on PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else shutil.which(name)


def start_oxigraph(location: Path | None = None) -> tuple[subprocess.Popen, str]:
    """A real `oxigraph serve --union-default-graph` on a free loopback port."""
    exe = venv_tool("oxigraph")
    if exe is None:
        raise RuntimeError("the oxigraph CLI is not installed (pip install oxigraph)")
    port = free_port()
    args = [exe, "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    if location is not None:
        args += ["--location", str(location)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "RUST_LOG": "warn"})  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    wait_for(url + "/query?query=ASK%7B%7D", proc)
    return proc, url
