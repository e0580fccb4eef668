"""Run SPARQL queries with a time limit and a row limit, streaming the serialized result.

Two engines, one message protocol. :class:`ThreadRunner` runs queries in
persistent threads of the calling process: ``kg serve`` uses it in each of its
worker processes (see :mod:`kg.web.server`), so a query never leaves the process
that received it; the request thread waits for the answer with the time limit
and answers 503 on time. pyoxigraph cannot cancel a running query from Python,
so a query still running past its limit keeps its thread; the runner then calls
its ``on_abandon`` hook, with which ``kg serve`` replaces the whole worker
process (and so ends the query's CPU work). :class:`ProcessPool` runs queries in
a pool of worker processes, each holding its own ``Store.read_only`` handle, and
kills the process of a query that passes the limit: the default of
:func:`kg.web.create_app` for a read-only store directory, for embedding the app
in any WSGI server. Worker processes need a store on disk that nobody writes
(``Store.read_only``'s docstring calls reading during another process's writes
undefined), so an app that accepts updates, or whose store is in memory, always
runs queries in threads.

Both engines speak the same small message protocol, produced by
:func:`execute`: ``("head", kind, format_name, truncated)``, then
``("data", bytes)`` chunks, then ``("end",)``; or one ``("error", status, message)``.
Messages travel in batches (lists), so a small result is one hand-over between
threads or one pipe round trip; and :func:`run` reads a small result whole, so it
goes out with a ``Content-Length`` (waitress closes the connection after a
chunked response, and keep-alive is most of the speed of small queries).

SELECT results in the SPARQL results formats are written by pyoxigraph's own
serializers (in Rust) when the output is small enough to prove the row limit
holds (see :func:`_serialize_bounded`); larger ones are evaluated again with the
rows counted in Python, so the limit and its warning header still apply.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from kg.queries import apply_values
from kg.web import formats
from kg.sparqltext import syntax_error_message

logger = logging.getLogger(__name__)

Message = tuple


@dataclass(frozen=True)
class QueryJob:
    """One query request, picklable for a worker process.

    ``default_graph``/``named_graphs`` are the protocol's dataset (IRIs); both
    None means the query's own ``FROM`` clauses or, without them, the union of
    all graphs as default graph.
    """

    text: str
    base_iri: str | None = None
    default_graph: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    union: bool = True
    solutions_format: str | None = "json"  # format names from kg.web.formats, None = not acceptable
    graph_format: str | None = "ttl"
    max_rows: int = 0  # 0 = no limit
    substitutions: tuple[tuple[ox.Variable, object], ...] = ()  # bound variables (named queries)


class QueryTimeout(Exception):
    """The query did not answer within the time limit."""


class Busy(Exception):
    """No query slot became free within the time limit."""


def _dataset_args(job: QueryJob) -> dict:
    if job.default_graph is None and job.named_graphs is None:
        return {"use_default_graph_as_union": job.union}
    # SPARQL 1.1 Protocol §2.1.4: a protocol dataset replaces the query's own; graphs it
    # leaves out are empty (no default-graph-uri: empty default graph, and so on)
    return {
        "default_graph": [ox.NamedNode(g) for g in job.default_graph or ()],
        "named_graphs": [ox.NamedNode(g) for g in job.named_graphs or ()],
    }


def execute(store: ox.Store, job: QueryJob, prefixes: dict[str, str], emit: Callable,
            query_prefixes: dict[str, str] | None | bool = True) -> None:  # fmt: skip
    """Run one query and ``emit`` its messages (see the module docstring).

    ``prefixes`` are predeclared for the query and used in RDF output;
    ``query_prefixes``, if not True, are what the query is given instead (those
    of ``prefixes`` it does not declare itself: :func:`undeclared_prefixes`).

    SELECT results in a SPARQL results format are written by pyoxigraph's own
    serializer (:func:`_serialize_bounded`) when that provably stays within
    ``max_rows``; otherwise, and for the other kinds, up to ``max_rows + 1``
    rows are read before the head is emitted (so the head can say whether the
    result was cut, and errors raised while evaluating still become a proper
    status); without ``max_rows``, rows stream as they are produced.
    """
    try:
        if query_prefixes is True:
            query_prefixes = prefixes
        result = _evaluate(store, job, query_prefixes)
        if isinstance(result, ox.QueryBoolean):
            kind, name = formats.BOOLEAN, job.solutions_format
        elif isinstance(result, ox.QuerySolutions):
            kind, name = formats.SOLUTIONS, job.solutions_format
        else:
            kind, name = formats.GRAPH, job.graph_format
        if name is None:
            emit(("error", 406, formats.not_acceptable_message(kind)))
            return
        fmt = formats.by_name(name)
        if kind == formats.SOLUTIONS and fmt.results is not None:
            if not job.max_rows:
                emit(("head", kind, name, False))
                out = formats.ChunkWriter(lambda chunk: emit(("data", chunk)))
                result.serialize(out, format=fmt.results)
                out.flush()
                emit(("end",))
                return
            body = _serialize_bounded(result, fmt, job.max_rows)
            if body is not None:
                emit(("head", kind, name, False))
                if body:
                    emit(("data", body))
                emit(("end",))
                return
            # too large to be sure it has at most max_rows rows: evaluate again, counting rows
            result = _evaluate(store, job, query_prefixes)
        rows, truncated = result, False
        if kind != formats.BOOLEAN and job.max_rows:
            rows = list(islice(result, job.max_rows + 1))
            truncated = len(rows) > job.max_rows
            rows = rows[: job.max_rows]
    except SyntaxError as e:
        emit(("error", 400, syntax_error_message("query", job.text, e, prefixes)))
        return
    except ValueError as e:
        emit(("error", 400, f"bad query request: {e}"))
        return
    except (OSError, RuntimeError) as e:
        emit(("error", 500, f"the query could not be evaluated: {e}"))
        return
    emit(("head", kind, name, truncated))
    out = formats.ChunkWriter(lambda chunk: emit(("data", chunk)))
    if kind == formats.BOOLEAN:
        out.write(formats.write_boolean(fmt, bool(result)))
        out.flush()
    elif kind == formats.SOLUTIONS:
        variables = [v.value for v in result.variables]
        formats.write_solutions(fmt, variables, rows, out)
    else:
        formats.write_triples(fmt, rows, out, prefixes)
    emit(("end",))


def _evaluate(store: ox.Store, job: QueryJob, prefixes: dict[str, str] | None):
    # named-query parameters go into the query's VALUES slots (see kg.queries)
    text, substitutions = apply_values(job.text, dict(job.substitutions)) if job.substitutions else (job.text, None)
    return store.query(
        text,
        base_iri=job.base_iri,
        prefixes=prefixes,
        substitutions=substitutions or None,
        **_dataset_args(job),
    )


# One declaration (or comment) of a query's prologue, after white space.
_DECLARATION = re.compile(r"""\s*(?:\#[^\n\r]*|PREFIX\s+([^\s:<>]*):\s*<[^<>"{}|^`\\\x00-\x20]*>
                             |BASE\s*<[^<>"{}|^`\\\x00-\x20]*>)""", re.VERBOSE | re.IGNORECASE)


def undeclared_prefixes(text: str, prefixes: dict[str, str]) -> dict[str, str] | None:
    r"""The ``prefixes`` a query does not declare in its prologue (None if it declares them all).

    A query's own ``PREFIX`` declarations win over predeclared ones anyway, so
    leaving those out changes nothing but the work: pyoxigraph converts every
    prefix it is given, for every query (5 us for the project's 24). Reading the
    prologue costs more than that (17 us for 24 declarations), so the runner does
    it once for a query it sees repeated (:meth:`ThreadRunner.run_inline`).

    >>> undeclared_prefixes("PREFIX a: <http://a/>\n# PREFIX b: <http://b/>\nASK {}", {"a": "x", "b": "y"})
    {'b': 'y'}
    """
    declared = set()
    match = _DECLARATION.match(text)
    while match:
        declared.add(match.group(1))
        match = _DECLARATION.match(text, match.end())
    return {name: iri for name, iri in prefixes.items() if name not in declared} or None


# The fewest bytes pyoxigraph's serializers write per solution (a solution with nothing
# bound): JSON ``,{}``, XML ``<result></result>``, CSV ``\r\n``, TSV ``\n``. An output of
# at most ``max_rows`` times this many bytes cannot hold more than ``max_rows`` rows.
_MIN_ROW_BYTES = {"json": 3, "srj": 3, "xml": 17, "csv": 2, "tsv": 1}


class _Overflow(Exception):
    pass


class _BoundedBuffer:
    """A binary file for pyoxigraph's serializers that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.overflowed = False

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.overflowed = True
            raise _Overflow
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _serialize_bounded(result: ox.QuerySolutions, fmt: formats.Format, max_rows: int) -> bytes | None:
    """The whole result serialized by pyoxigraph, or None if its output grew past the size
    below which it provably has at most ``max_rows`` rows (the result is then spent).

    Most answers are far below that size (300 KB of JSON for the default 100,000 rows),
    and their rows never become Python objects; a larger one is evaluated again by the
    caller, counting rows.
    """
    out = _BoundedBuffer(max_rows * _MIN_ROW_BYTES[fmt.name])
    try:
        result.serialize(out, format=fmt.results)
    except Exception:
        if out.overflowed:
            return None
        raise
    return b"".join(out.parts)


# ---------------------------------------------------------------- worker processes


def _worker_main(conn, path: str, prefixes: dict[str, str]) -> None:
    """A query worker: open the store read-only once, then run jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    store = None
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if store is None:
            try:
                store = ox.Store.read_only(path)
            except OSError as e:
                conn.send([("error", 503, f"{path}: cannot open the store: {e}")])
                continue
        batch = _Batch(conn.send)
        try:
            execute(store, job, prefixes, batch)
        except (BrokenPipeError, EOFError):
            return
        except Exception as e:  # never leave the server waiting for an answer
            logger.exception("query worker failed")
            batch(("error", 500, f"the query failed: {e}"))


class _Batch:
    """A worker's outgoing messages, sent as lists: at the end, on an error, or once
    a chunk's worth of data is waiting (so large results still stream)."""

    def __init__(self, send: Callable):
        self.send = send
        self.pending: list[Message] = []
        self.size = 0
        self.total = 0  # data bytes, all batches

    def __call__(self, message: Message) -> None:
        self.pending.append(message)
        if message[0] == "data":
            self.size += len(message[1])
            self.total += len(message[1])
        if message[0] in ("end", "error") or self.size >= formats.CHUNK:
            pending, self.pending, self.size = self.pending, [], 0
            self.send(pending)


class _Worker:
    def __init__(self, ctx, path: str, prefixes: dict[str, str]):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, path, prefixes), daemon=True, name="mlkg-query"
        )
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class Channel:
    """One running query: receive its messages, then finish it (releasing its slot)."""

    def recv(self, timeout: float) -> Message:
        """The next message; raises QueryTimeout after ``timeout`` seconds."""
        raise NotImplementedError

    def finish(self, *, complete: bool) -> None:
        """Release the slot; ``complete`` is False if the query was abandoned midway."""
        raise NotImplementedError


class _ProcessChannel(Channel):
    def __init__(self, pool: ProcessPool, worker: _Worker):
        self.pool = pool
        self.worker = worker
        self.pending: deque[Message] = deque()  # the rest of the last batch received

    def recv(self, timeout: float) -> Message:
        if not self.pending:
            try:
                if not self.worker.conn.poll(max(timeout, 0)):
                    raise QueryTimeout
                self.pending.extend(self.worker.conn.recv())
            except (EOFError, OSError):
                return ("error", 500, "the query worker stopped unexpectedly")
        return self.pending.popleft()

    def finish(self, *, complete: bool) -> None:
        self.pool.release(self.worker, reusable=complete)


class ProcessPool:
    """Up to ``size`` worker processes over a read-only store directory, started on demand."""

    def __init__(self, path: str, prefixes: dict[str, str], size: int):
        self.path = path
        self.prefixes = prefixes
        self.size = size
        self._ctx = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded server
        self._slots = threading.BoundedSemaphore(size)
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self, job: QueryJob, wait: float) -> Channel:
        """Send ``job`` to a free worker; raises Busy if none frees up within ``wait`` seconds."""
        if not self._slots.acquire(timeout=wait):
            raise Busy
        try:
            worker = self._take()
            worker.conn.send(job)
        except Exception:
            self._slots.release()
            raise
        return _ProcessChannel(self, worker)

    def warm(self) -> None:
        """Start every worker now, so the first queries do not wait for a process to start."""
        with self._lock:
            while len(self._all) < self.size and not self._closed:
                worker = _Worker(self._ctx, self.path, self.prefixes)
                self._all.add(worker)
                self._idle.append(worker)

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
                self._all.discard(worker)
            worker = _Worker(self._ctx, self.path, self.prefixes)
            self._all.add(worker)
            return worker

    def release(self, worker: _Worker, *, reusable: bool) -> None:
        with self._lock:
            if reusable and not self._closed and worker.process.is_alive():
                self._idle.append(worker)
                worker = None
            else:
                self._all.discard(worker)
        if worker is not None:
            # a killed worker is replaced by the next query that needs one
            threading.Thread(target=worker.kill, daemon=True).start()
        self._slots.release()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all, self._idle = list(self._all), set(), []
        for worker in workers:
            worker.kill()


# ---------------------------------------------------------------- threads


class _Cancelled(Exception):
    pass


class _ThreadChannel(Channel):
    def __init__(self):
        self.queue: queue.Queue = queue.Queue(maxsize=8)
        self.cancelled = threading.Event()

    def emit(self, message: Message) -> None:
        while True:
            if self.cancelled.is_set():
                raise _Cancelled
            try:
                self.queue.put(message, timeout=0.1)
                return
            except queue.Full:
                continue

    def recv(self, timeout: float) -> Message:
        try:
            return self.queue.get(timeout=max(timeout, 0))
        except queue.Empty:
            raise QueryTimeout from None

    def finish(self, *, complete: bool) -> None:
        self.cancelled.set()  # the query thread stops at its next message, if still running


class _QueryChannel(Channel):
    """A query run by a :class:`ThreadRunner` thread: messages travel in batches, as from
    a worker process, through a C-level queue (a small result is one hand-over)."""

    def __init__(self, runner: ThreadRunner, deadline: float):
        self.runner = runner
        self.deadline = deadline
        self.batches: queue.SimpleQueue = queue.SimpleQueue()
        self.batch = _Batch(self._send)
        self.pending: deque[Message] = deque()
        self.cancelled = False
        self.running = True  # until the query thread is done with it

    def _send(self, batch: list[Message]) -> None:
        while self.batches.qsize() >= 4 and not self.cancelled:  # a large result: let the client catch up
            time.sleep(0.002)
        if self.cancelled:
            raise _Cancelled
        self.batches.put(batch)

    def recv(self, timeout: float) -> Message:
        if not self.pending:
            try:
                self.pending.extend(self.batches.get(timeout=max(timeout, 0)))
            except queue.Empty:
                raise QueryTimeout from None
        return self.pending.popleft()

    def finish(self, *, complete: bool) -> None:
        if self.cancelled:
            return
        self.cancelled = True  # the query thread stops at its next batch, if still running
        if not complete:
            # The thread stops at its next message; one still running a moment after the
            # time limit is inside pyoxigraph, which cannot be interrupted: the runner decides.
            delay = max(self.deadline - time.monotonic(), 0) + 0.25
            timer = threading.Timer(delay, self._check_stopped)
            timer.daemon = True
            timer.start()

    def _check_stopped(self) -> None:
        if self.running:
            self.runner.abandoned()


class ThreadRunner:
    """Queries in this process, in up to ``size`` persistent threads.

    A request thread hands its query to an idle query thread and waits for the
    answer with the time limit, so it can answer 503 on time. pyoxigraph cannot
    stop a running query, though: a query still running past its limit keeps
    its thread (and its slot: at most ``size`` run at once, abandoned ones
    included) until it ends by itself, and ``on_abandon`` is called, once. Under
    ``kg serve`` that retires the whole worker process, which is replaced (see
    :mod:`kg.web.server`); without a hook the query just finishes in the background.

    With ``repeat_inline`` (only for a store nothing writes), a query seen to
    finish within ``fast_limit`` seconds with a small answer runs in the
    request thread itself the next times it comes, identical (same text,
    parameters, dataset, format): over an unchanging store it does the same
    work again, and skips the ~40 us of CPU a hand-over between threads costs.
    One that turns out slower than ``fast_limit`` goes back to the threads.
    """

    def __init__(self, store: ox.Store, prefixes: dict[str, str], size: int,
                 on_abandon: Callable[[], None] | None = None):  # fmt: skip
        self.store = store
        self.prefixes = prefixes
        self.on_abandon = on_abandon
        self.size = size
        self._running = 0  # queries holding a slot
        self._freed = threading.Condition(threading.Lock())
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._idle = 0
        self._lock = threading.Lock()
        self._abandoned = False
        self.repeat_inline = False
        self.fast_limit = 0.1
        self._known_fast: dict[QueryJob, dict[str, str] | None | bool] = {}  # -> its query_prefixes

    def start(self, job: QueryJob, wait: float) -> Channel:
        deadline = time.monotonic() + wait
        with self._freed:
            while self._running >= self.size:
                if not self._freed.wait(deadline - time.monotonic()):
                    raise Busy
            self._running += 1
            spawn = self._idle == 0
            if not spawn:
                self._idle -= 1
        channel = _QueryChannel(self, deadline)
        if spawn:
            threading.Thread(target=self._loop, daemon=True, name="mlkg-query").start()
        self._jobs.put((job, channel))
        return channel

    def run_inline(self, job: QueryJob) -> list[Message] | None:
        """The messages of ``job`` run in this thread, if it is known to be fast; else None."""
        query_prefixes = self._known_fast.get(job, False)
        if query_prefixes is False:
            return None
        if query_prefixes is True:  # first time inline: read which prefixes it declares
            query_prefixes = self._known_fast[job] = undeclared_prefixes(job.text, self.prefixes)
        messages: list[Message] = []
        t0 = time.monotonic()
        execute(self.store, job, self.prefixes, messages.append, query_prefixes)
        if time.monotonic() - t0 > self.fast_limit:
            self._known_fast.pop(job, None)
        return messages

    def _remember(self, job: QueryJob, seconds: float, size: int) -> None:
        if self.repeat_inline and seconds < self.fast_limit and size < formats.CHUNK:
            if len(self._known_fast) >= 4096:
                self._known_fast.clear()
            self._known_fast[job] = True  # its prefixes not read yet

    def _loop(self) -> None:
        while True:
            job, channel = self._jobs.get()
            if job is None:
                return
            try:
                t0 = time.monotonic()
                execute(self.store, job, self.prefixes, channel.batch)
                self._remember(job, time.monotonic() - t0, channel.batch.total)
            except _Cancelled:
                pass
            except Exception as e:
                logger.exception("query failed")
                try:
                    channel.batch(("error", 500, f"the query failed: {e}"))
                except _Cancelled:
                    pass
            finally:
                channel.running = False
                with self._freed:
                    self._running -= 1
                    self._idle += 1
                    self._freed.notify()

    def abandoned(self) -> None:
        """A query passed its time limit and is still running."""
        with self._lock:
            first, self._abandoned = not self._abandoned, True
        logger.warning("a query passed its time limit and is still running in process %d", os.getpid())
        if first and self.on_abandon is not None:
            self.on_abandon()

    def warm(self) -> None:
        pass

    def close(self) -> None:
        with self._freed:
            idle, self._idle = self._idle, 0
        for _ in range(idle):
            self._jobs.put((None, None))


# ---------------------------------------------------------------- the response side


@dataclass
class Answer:
    """A started query: its head (kind, format, truncated) and a body stream."""

    kind: str
    format: formats.Format
    truncated: bool
    body: Iterable[bytes]


class QueryFailed(Exception):
    """The query ended with an HTTP status and a message instead of a result."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def run(engine: ProcessPool | ThreadRunner, job: QueryJob, timeout: float) -> Answer:
    """Start ``job`` and wait for its head.

    :raises Busy: if no query slot is free within ``timeout``.
    :raises QueryTimeout: if the query has not answered within ``timeout``.
    :raises QueryFailed: for a malformed query, an unacceptable format, a store error.
    """
    inline = getattr(engine, "run_inline", None)
    messages = inline(job) if inline is not None else None
    if messages is not None:
        if messages[0][0] == "error":
            raise QueryFailed(messages[0][1], messages[0][2])
        _, kind, name, truncated = messages[0]
        body = b"".join(m[1] for m in messages if m[0] == "data")
        return Answer(kind, formats.by_name(name), truncated, [body])
    deadline = time.monotonic() + timeout
    channel = engine.start(job, wait=timeout)
    try:
        message = channel.recv(deadline - time.monotonic())
    except BaseException:
        channel.finish(complete=False)
        raise
    if message[0] == "error":
        channel.finish(complete=True)
        raise QueryFailed(message[1], message[2])
    _, kind, name, truncated = message
    body = _Body(channel, deadline, timeout).read_ahead(formats.CHUNK)
    return Answer(kind, formats.by_name(name), truncated, body)


class _Body:
    """The response body of a started query: yields its chunks, finishes its channel once.

    ``close()`` (which WSGI servers call, even for HEAD requests and clients
    that went away before the first byte) releases the query slot, killing a
    worker or stopping a thread that has not delivered everything.
    """

    def __init__(self, channel: Channel, deadline: float, timeout: float):
        self.channel = channel
        self.deadline = deadline
        self.timeout = timeout
        self.finished = False
        self.ahead: list[bytes] = []

    def read_ahead(self, limit: int) -> Iterable[bytes]:
        """Read up to ``limit`` bytes of the body now.

        A body that ends within them comes back whole, as a list of one chunk (the
        server then sends it with a ``Content-Length``, and a failure in it still
        gets its own status); a longer one comes back as this stream, which yields
        the chunks read ahead first.

        :raises QueryTimeout: if the query passes the time limit meanwhile.
        :raises QueryFailed: if the query fails meanwhile.
        """
        size = 0
        try:
            while size < limit:
                message = self.channel.recv(self.deadline - time.monotonic())
                if message[0] == "data":
                    self.ahead.append(message[1])
                    size += len(message[1])
                elif message[0] == "end":
                    self._finish(True)
                    return [b"".join(self.ahead)]
                else:
                    self._finish(True)  # the query ended, with an error: its worker is free
                    raise QueryFailed(message[1], message[2])
        except QueryTimeout:
            self._finish(False)
            raise
        return self

    def __iter__(self) -> Iterator[bytes]:
        complete = False
        try:
            ahead, self.ahead = self.ahead, []
            yield from ahead
            while True:
                try:
                    message = self.channel.recv(self.deadline - time.monotonic())
                except QueryTimeout:
                    logger.warning("query passed the %s s limit while streaming; response cut", self.timeout)
                    raise
                if message[0] == "data":
                    yield message[1]
                elif message[0] == "end":
                    complete = True
                    return
                else:  # an error after the head: the status is sent, all we can do is stop
                    logger.warning("query failed while streaming: %s", message[2])
                    raise QueryFailed(message[1], message[2])
        finally:
            self._finish(complete)

    def close(self) -> None:
        self._finish(False)

    def _finish(self, complete: bool) -> None:
        if not self.finished:
            self.finished = True
            self.channel.finish(complete=complete)


def stream_thread(produce: Callable[[formats.ChunkWriter], None]) -> Iterator[bytes]:
    """Run ``produce(writer)`` in a thread and yield what it writes, chunk by chunk.

    Turns pyoxigraph's push-style ``serialize`` into a body Flask can stream;
    the thread starts on the first chunk asked for (so HEAD requests never run
    it) and stops at its next write once the client goes away.
    """
    channel = _ThreadChannel()

    def run() -> None:
        try:
            produce(formats.ChunkWriter(lambda chunk: channel.emit(("data", chunk))))
            channel.emit(("end",))
        except _Cancelled:
            pass
        except Exception as e:
            logger.exception("streaming failed")
            try:
                channel.emit(("error", 500, str(e)))
            except _Cancelled:
                pass

    threading.Thread(target=run, daemon=True, name="mlkg-stream").start()
    try:
        while True:
            message = channel.queue.get()
            if message[0] != "data":
                return
            yield message[1]
    finally:
        channel.finish(complete=False)
