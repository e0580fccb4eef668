"""``kg serve``: the app under granian, a Rust HTTP server, in several worker processes.

Each worker process builds its own copy of the app (:func:`worker_app`) with its
own read-only handle on the store, and runs queries in threads of its own
(:class:`kg.web.engine.ThreadRunner`): no hand-over to another process on the way
of a query, and the HTTP parsing, keep-alive and the socket work happen in
granian's Rust threads. Page caches are per process, each warmed in the
background when its worker starts.

A query that passes ``query_timeout`` is answered with 503 on time by its
request thread, but pyoxigraph cannot stop it, so its worker process *retires*:
it asks the supervisor (:class:`Supervisor`, granian's process manager plus a
retirement watch) for a replacement, by writing its pid into a directory the
supervisor watches. The supervisor starts a fresh worker, then stops the old one
the way granian stops workers (SIGTERM: it stops accepting connections and
finishes the requests it has), and kills it if it is not gone within
:data:`RETIRE_GRACE` seconds (or ``query_timeout``, if shorter) -- and with it
the query's CPU work. Other workers serve meanwhile; connections open on the
retiring worker are closed (keep-alive clients reconnect), and connections still
in its accept queue may be reset (granian's caveat for any worker respawn, unless
the ``net.ipv4.tcp_migrate_req`` sysctl is on).

With ``allow_updates`` the app writes the store, which allows one writer: one
worker process, queries in its threads, and no retirement (a replacement could
not open the store until the old process let go of it); a runaway query there
gets its 503 and finishes in the background, holding one of the bounded query
slots.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import os
import shutil
import socket
import sys
import tempfile
import threading
from functools import partial
from pathlib import Path

from granian.constants import Interfaces
from granian.log import LogLevels
from granian.server import Server as Granian

from kg.errors import MlkgError
from kg.settings import Settings

logger = logging.getLogger(__name__)

RETIRE_GRACE = 10.0  # seconds a retiring worker has to finish its other requests
BLOCKING_THREADS = 16  # request threads per worker (each waits for one query or page)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------- in each worker process


def worker_app(config: dict):
    """The WSGI app of one worker process (granian calls this in the worker)."""
    from kg.web import create_app, warm_pages

    settings = Settings(**config["settings"])
    app = create_app(settings, workers=0)
    state = app.extensions["mlkg"]
    if config["retire_dir"]:  # a read-only store
        state.engine.on_abandon = partial(retire, config["retire_dir"])
        state.engine.repeat_inline = True
        state.engine.fast_limit = min(0.1, settings.query_timeout / 20)
    threading.Thread(target=warm_pages, args=(app,), daemon=True, name="mlkg-warm").start()
    return app


def retire(retire_dir: str) -> None:
    """Ask the supervisor to replace this worker process (its query cannot be stopped)."""
    pid = os.getpid()
    logger.warning("worker %d: a query passed its time limit and cannot be stopped; "
                   "the worker is being replaced", pid)  # fmt: skip
    try:
        (Path(retire_dir) / str(pid)).touch()
    except OSError:
        logger.exception("worker %d could not ask to be replaced", pid)


# ---------------------------------------------------------------- the supervisor


class Supervisor(Granian):
    """granian's process manager, which also replaces workers that ask to retire."""

    def __init__(self, *args, retire_dir: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.retire_dir = retire_dir
        self._workers_lock = threading.RLock()
        self._stopping = threading.Event()

    def startup(self, spawn_target, target_loader):
        super().startup(spawn_target, target_loader)
        if self.retire_dir:
            threading.Thread(target=self._watch_retirements, args=(spawn_target, target_loader),
                             daemon=True, name="mlkg-retire").start()  # fmt: skip

    def _watch_retirements(self, spawn_target, target_loader) -> None:
        while not self._stopping.wait(0.1):
            try:
                names = os.listdir(self.retire_dir)
            except OSError:
                return
            for name in names:
                try:
                    os.unlink(os.path.join(self.retire_dir, name))
                    pid = int(name)
                except (OSError, ValueError):
                    continue
                with self._workers_lock:
                    if self._stopping.is_set() or self.interrupt_signal:
                        return
                    idx = next((w.idx for w in self.wrks if w._id() == pid), None)
                    if idx is None:
                        continue
                    logger.warning("replacing worker-%d (pid %d), which has a runaway query", idx + 1, pid)
                    self._respawn_workers([idx], spawn_target, target_loader, delay=0.5)

    def _respawn_workers(self, *args, **kwargs):
        with self._workers_lock:
            return super()._respawn_workers(*args, **kwargs)

    def _stop_workers(self):
        self._stopping.set()
        with self._workers_lock:
            return super()._stop_workers()


def _reserve_port(host: str, port: int) -> tuple[int, socket.socket | None]:
    """The port to serve on: ``port``, or for 0 a free one, held (bound, not listening,
    SO_REUSEPORT, so granian's workers can bind it too) until the workers have it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    if port != 0:
        # granian's workers bind with SO_REUSEPORT, so a second `kg serve` on the same port would
        # bind it too and share its connections; a bind without SO_REUSEPORT fails if anyone has it
        probe = socket.socket(family, socket.SOCK_STREAM)
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT leftovers are fine
        try:
            probe.bind((host, port))
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise MlkgError(f"port {port} is in use: another server (a kg serve?) listens on "
                                f"{host}:{port}; stop it, or pass another --port (0 picks a free one)") from None
            raise MlkgError(f"cannot serve on {host}:{port}: {e.strerror or e}") from None
        finally:
            probe.close()
        return port, None
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if hasattr(socket, "SO_REUSEPORT"):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, 0))
    return sock.getsockname()[1], sock


def serve(settings: Settings, *, workers: int | None = None) -> None:
    """Serve the app on ``settings.host``/``settings.port`` until interrupted (Ctrl-C, SIGTERM).

    ``workers`` processes (default: one per CPU; always one with updates on).
    Prints the URL to stderr (port 0 picks a free port, and the URL shows which).

    :raises MlkgError: if the store cannot be opened or the address is taken.
    """
    from kg.store import KgStore

    # open the store once here, so a bad store is one clear error instead of one per worker
    probe = KgStore(settings.store, read_only=not settings.allow_updates)
    del probe  # closes it (a writable store is locked while open)
    if settings.allow_updates:
        workers = 1
    workers = workers or default_workers()
    port, held = _reserve_port(settings.host, settings.port)
    settings = dataclasses.replace(settings, port=port)
    retire_dir = None if settings.allow_updates else tempfile.mkdtemp(prefix="mlkg-retire-")
    config = {"settings": dataclasses.asdict(settings), "retire_dir": retire_dir}
    verbose = logging.getLogger().isEnabledFor(logging.DEBUG)  # kg -vv
    grace = max(1, int(min(RETIRE_GRACE, settings.query_timeout) + 0.999))
    server = Supervisor(
        "kg.web.server:worker_app",
        address=settings.host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        blocking_threads=BLOCKING_THREADS,
        respawn_failed_workers=True,
        workers_kill_timeout=grace,
        log_level=LogLevels.info if verbose else LogLevels.warning,
        retire_dir=retire_dir,
    )
    # granian finds 16 request threads many for few cores; they mostly wait for queries
    logging.getLogger("_granian").addFilter(lambda record: "blocking threads" not in record.getMessage()
                                            and "Python threads" not in record.getMessage())  # fmt: skip
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    url = f"http://{host}:{port}/"

    @server.on_startup
    def _announce() -> None:
        if held is not None:
            held.close()  # the workers bind the port themselves (SO_REUSEPORT)
        print(f"mlkg: serving {url} (SPARQL endpoint {url}sparql) with {workers} worker "
              f"process{'es' if workers > 1 else ''}; Ctrl-C to stop", file=sys.stderr, flush=True)  # fmt: skip

    try:
        server.serve(target_loader=partial(worker_app, config), wrap_loader=False)
    except OSError as e:
        raise MlkgError(f"cannot serve on {settings.host}:{port}: {e}") from e
    finally:
        if held is not None:
            held.close()
        if retire_dir:
            shutil.rmtree(retire_dir, ignore_errors=True)
