"""Batches through worker processes, results in input order: the extractor's pass over the
papers (:func:`kg.extract.extract_map`) and ``kg extract``'s output pass
(:func:`kg.build.extract_papers`)."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

B = TypeVar("B")
R = TypeVar("R")


def forks() -> bool:
    """Whether the workers are forked (Linux): they then inherit the parent's objects, and an
    ``initargs`` object reaches them as it is, not pickled (a spaCy pipeline, a Linker)."""
    return "fork" in mp.get_all_start_methods()


def _worker_init(initializer: Callable[..., None] | None, initargs: tuple) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool and reports it once;
    # a worker taking it too printed its own KeyboardInterrupt traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def ordered_map(fn: Callable[[B], R], batches: Iterable[B], workers: int, *,
                initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()) -> Iterator[R]:  # fmt: skip
    """``fn(batch)`` for each batch in ``workers`` processes (at most one per core), yielded in
    input order. One pool for the whole stream; ``initializer(*initargs)`` runs once in each
    worker. At most two batches per worker are read ahead (``Pool.imap`` would read the whole
    input into its task queue), so memory stays bounded and every worker stays busy. Close the
    iterator (or exhaust it) to stop the workers: an error or Ctrl-C in the loop over it.

    ``fn`` and each batch are pickled to a worker and its result back: send text or small
    objects, and do per-item work in ``fn`` rather than in the parent, which is one process
    for all the workers' output.
    """
    workers = max(1, min(workers, os.cpu_count() or 1))
    ctx = mp.get_context("fork" if forks() else "spawn")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(initializer, initargs)) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(fn, (batch,)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
