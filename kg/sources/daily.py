"""The "daily papers" page dump: a header, a date line, then title / abstract line pairs.

Example (``../shared/corpus/hf-daily-papers/``)::

    new
    Get trending papers in your email inbox!
    Subscribe
    byAK and the research community
    Mar 11
    <title>
    <abstract>
    <title>
    ...

(with blank lines in between). Pairing is by line, not by blank lines, so extra
or missing blank lines do not matter. Header and date lines may recur (pages
pasted one after another). Titles are short and do not end with a period,
abstracts are long: that tells a title whose abstract is missing, as happens
at the end of a truncated dump.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.model import Paper
from kg.sources.base import (
    BadRecord,
    OnBad,
    check_text_length,
    decode_line,
    has_words,
    numbered_lines,
    open_binary,
    text_macros,
)
from kg.sources.clean import clean_text_macros, normalize_date, title_id

HEADER_LINES = frozenset(
    {"new", "get trending papers in your email inbox!", "subscribe", "byak and the research community"}
)
DATE_LINE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?", re.I
)
_TITLE_MAX = 300  # the longest title in the corpus has 137 characters
_ABSTRACT_MIN = 400  # a line this long cannot be a title


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    text: str
    problem: str | None = None  # why the line is unusable (invalid UTF-8, NUL bytes)


def read_daily(path: Path, on_bad: OnBad) -> Iterator[Paper]:
    """The papers of a daily-papers page dump; ``date`` is None (the page gives no year).

    :raises InputError: if the (compressed) file is damaged, or via ``on_bad``.
    """
    with open_binary(path) as stream:
        lines = _content_lines(stream, path)
        title: _Line | None = None  # a title waiting for its abstract
        date: str | None = None
        for line, after in _with_next(lines):
            if title is not None and _ends_title_early(line, after):
                on_bad(title.number, _orphan(title, "title without abstract"))
                title = None
            if title is None:
                if is_marker(line.text):
                    date = normalize_date(line.text)  # only a date line with a year gives one
                elif len(line.text) >= _ABSTRACT_MIN:
                    on_bad(line.number, line.problem or _orphan(line, "abstract without a title line before it"))
                else:
                    title = line
                continue
            unusable = next((x for x in (title, line) if x.problem), None)
            try:
                if unusable:
                    raise BadRecord(unusable.problem)
                paper = _paper(title, line, date, path)
            except BadRecord as e:
                on_bad((unusable or title).number, e.reason)
            else:
                yield paper
            title = None
        if title is not None:
            on_bad(title.number, "title without abstract at the end of the file (truncated dump?)")


def is_marker(text: str) -> bool:
    """True for the page's header lines and date lines such as "Mar 11"."""
    return text.lower() in HEADER_LINES or DATE_LINE.fullmatch(text) is not None


def _ends_title_early(line: _Line, after: _Line | None) -> bool:
    """Whether ``line``, seen where an abstract should be, shows the abstract is missing:
    a header or date line, or a title-like line followed by an abstract-like one."""
    if is_marker(line.text):
        return True
    return after is not None and _title_like(line.text) and not _title_like(after.text)


def _orphan(line: _Line, reason: str) -> str:
    """Why a line has no partner; a line that ends like an abstract ("...points.") where a title
    should be is, as a rule, the rest of the abstract before it, wrapped onto a line of its own."""
    if line.text.endswith("."):
        return f"{reason}; the line ends like an abstract: is the abstract before it wrapped over two lines? (each abstract must be one line)"
    return reason


def _title_like(text: str) -> bool:
    return len(text) <= _TITLE_MAX and not text.endswith(".")


def _paper(title: _Line, abstract: _Line, date: str | None, path: Path) -> Paper:
    """A Paper from a title line and an abstract line.

    :raises BadRecord: if either is empty after cleanup.
    """
    (clean_title, title_macros), (clean_abstract, abstract_macros) = map(clean_text_macros, (title.text, abstract.text))
    if not has_words(clean_title):
        raise BadRecord("record has no title")
    if not has_words(clean_abstract):
        raise BadRecord("record has no abstract")
    check_text_length(clean_title, clean_abstract)
    return Paper(
        id=title_id(clean_title),
        title=clean_title,
        abstract=clean_abstract,
        date=date,
        source=f"{path}:{title.number}",
        macros=text_macros(clean_title, title_macros, abstract_macros),
    )


def _content_lines(stream: BinaryIO, path: Path) -> Iterator[_Line]:
    """Non-blank lines, stripped; unusable lines are kept (with their problem) so
    that pairing stays aligned."""
    for number, raw in numbered_lines(stream, path):
        try:
            text = decode_line(raw, number).strip()
        except BadRecord as e:
            text = (raw or b"x" * _ABSTRACT_MIN).decode("utf-8", errors="replace").strip()
            yield _Line(number, text or "?", e.reason)
            continue
        if text:
            yield _Line(number, text)


def _with_next(lines: Iterator[_Line]) -> Iterator[tuple[_Line, _Line | None]]:
    """Each line with the one after it (None at the end)."""
    previous = next(lines, None)
    for line in lines:
        yield previous, line
        previous = line
    if previous is not None:
        yield previous, None
