"""The exceptions mlkg raises for problems a user can fix.

The CLI turns every :class:`MlkgError` into a one-line message and exit code 1;
the web app turns it into a 4xx answer with the same message.
"""

from __future__ import annotations


class MlkgError(Exception):
    """Base class of every error a user can act on."""


class InputError(MlkgError):
    """A problem in an input file, located by file and (where known) line."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        self.reason = message
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class QueryError(MlkgError):
    """A SPARQL query that cannot be parsed or run, or an unknown named query."""


class StoreError(MlkgError):
    """The store cannot be opened, read or written (locked, missing, corrupt)."""


class Interrupted(MlkgError):
    """A run stopped by Ctrl-C (SIGINT); the message says what state it left. The CLI exits 130."""
