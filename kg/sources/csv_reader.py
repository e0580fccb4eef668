"""CSV with a header row naming the JSON Lines fields.

Named ``csv_reader`` so that it does not shadow the standard ``csv`` module.
The header needs at least ``title`` and ``abstract``; other known columns are
``id``, ``url``, ``date``, ``authors`` (separated by ``;`` or `` and ``),
``arxiv_id`` and ``doi``; unknown columns are ignored. Comma, tab and
semicolon delimiters are recognised from the header.
"""

from __future__ import annotations

import csv
import re
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.model import Paper
from kg.sources.base import MAX_LINE, BadRecord, OnBad, legacy_encoding_hint, numbered_lines, open_binary
from kg.sources.base import paper_from_record
from kg.sources.clean import commas_separate_names

COLUMNS = ("id", "title", "abstract", "url", "date", "authors", "arxiv_id", "doi", "categories")
REQUIRED = ("title", "abstract")
_DELIMITERS = (",", "\t", ";")
_SURROGATE = re.compile(r"[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)


def read_csv(path: Path, on_bad: OnBad) -> Iterator[Paper]:
    """The papers of a CSV file; a record's line is the line where it starts.

    :raises InputError: if the header lacks title or abstract, if the file is
        damaged, or via ``on_bad``.
    """
    with open_binary(path) as stream:
        lines = _text_lines(stream, path)
        header_line, header = _header(lines, path)
        delimiter, names = _delimiter(header, path, header_line)
        columns, width = _columns(names), len(names)
        feed = _Feed(lines, header_line + 1)
        # strict: a quote closed in the middle of a field (`"An abstract` left open, closed by the next
        # record's first quote) is an error, which _unstrict_row then reads again (see there)
        reader = csv.reader(feed, delimiter=delimiter, strict=True)
        rows = 0
        while True:
            feed.record.clear()
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                row = _unstrict_row(feed, delimiter, columns, width)
                if row is None:
                    rows += 1  # (a file whose only record is bad is not also "a header but no records")
                    on_bad(feed.record[0][0], f"malformed CSV ({e}){_open_quote(feed.record[0][0], feed.record[-1][0])}")
                    continue
            if not any(field.strip() for field in row):
                continue
            rows += 1
            start, end = feed.record[0][0], feed.record[-1][0]
            try:
                record = _record(row, columns, width)
                # "Smith, Anna; Lee, Bo" is the usual CSV form; "A. Smith, B. Jones" lists whole names
                commas = commas_separate_names(record.get("authors"))
                paper = paper_from_record(record, f"{path}:{start}", author_commas=commas)
            except BadRecord as e:
                on_bad(start, e.reason + _spans_lines(row, start, end, width))
                continue
            yield paper
    if not rows:  # (an export of an empty search): as an empty file is, not a silent 0 papers
        raise InputError("the CSV has a header row but no records after it", str(path), header_line)


class _Feed:
    """The lines after the header for csv.reader, numbered; ``record`` holds the (number, line)
    pairs handed out since it was last cleared (the current record's), and lines can be put back
    to be read again."""

    def __init__(self, lines: Iterator[str], first: int):
        self._lines = lines
        self._next = first
        self._back: deque[tuple[int, str]] = deque()
        self.record: list[tuple[int, str]] = []

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        if self._back:
            item = self._back.popleft()
        else:
            item = (self._next, next(self._lines))
            self._next += 1
        self.record.append(item)
        return item[1]

    def put_back(self, items: list[tuple[int, str]]) -> None:
        self._back.extendleft(reversed(items))


def _unstrict_row(feed: _Feed, delimiter: str, columns: dict[str, int], width: int) -> list[str] | None:
    """The row that strict parsing refused, read again by :func:`_tolerant_row`; None when it
    runs over several lines into what looks like the next record (a quote left open: the record
    is bad, and reading goes on at that next record, which is no longer lost).

    Strict parsing refuses single-line oddities that a lenient reader reads and that are meant as
    text: a space after a closing quote (`"A title" ,"..."`), a bare quote inside a quoted field
    (`"a 5" screen"`), backslash-escaped quotes (`"he said \\"no\\""`). A field longer than
    ``csv.field_size_limit`` (131,072 characters) is read here too: lines are capped at MAX_LINE,
    and the abstract's length is checked by ``paper_from_record``.
    """
    consumed = list(feed.record)  # csv.reader dropped the rest of the last line: read them all again
    feed.record.clear()
    feed.put_back(consumed)
    row = _tolerant_row(feed, delimiter)
    if len(row) != width:  # (`"A title" x,"An abstract over two lines"`: the lenient csv reading)
        feed.put_back(feed.record)
        feed.record = []
        try:
            lenient = next(csv.reader(feed, delimiter=delimiter, strict=False))
        except csv.Error:  # (a field over csv.field_size_limit)
            lenient = []
        if len(lenient) == width:
            row = lenient
        else:
            feed.put_back(feed.record)
            feed.record = []
            row = _tolerant_row(feed, delimiter)
    lines = feed.record
    for k in range(1, len(lines)):
        if _looks_like_record(lines[k][1], delimiter, columns, width):
            feed.put_back(lines[k:])  # (read again as records of their own)
            return None
    return row


def _tolerant_row(feed: _Feed, delimiter: str) -> list[str]:
    """One record read from ``feed``: a quoted field ends at a quote followed by the delimiter or
    the line's end (spaces between allowed), `""` and `\\"` are quotes inside it; an unquoted
    field ends at the delimiter. A quoted field left open reads on over the next lines."""
    text = next(feed)
    fields: list[str] = []
    i = 0
    while True:
        if text.startswith('"', i):
            parts, j = [], i + 1
            while True:
                q = text.find('"', j)
                if q < 0:  # open at the line's end: the field reads on over the next line
                    more = next(feed, None)
                    if more is None:
                        parts.append(text[j:].rstrip("\r\n"))
                        return [*fields, "".join(parts)]
                    parts.append(text[j:])
                    text, j = more, 0
                    continue
                closing = _CLOSING.match(text, q + 1)
                if text.startswith('"', q + 1):
                    parts.append(text[j:q + 1])
                    j = q + 2
                elif closing and closing.group(1) in (delimiter, ""):
                    parts.append(text[j:q])
                    fields.append("".join(parts))
                    if closing.group(1) != delimiter:
                        return fields
                    i = closing.end()
                    break
                elif q > j and text[q - 1] == "\\":
                    parts.append(text[j:q - 1] + '"')
                    j = q + 1
                else:  # a bare quote inside the field
                    parts.append(text[j:q + 1])
                    j = q + 1
        else:
            end = text.find(delimiter, i)
            if end < 0:
                fields.append(text[i:].rstrip("\r\n"))
                return fields
            fields.append(text[i:end])
            i = end + 1


# after a quote: spaces, then the delimiter (group 1) or the line's end ("")
_CLOSING = re.compile(r"[ \t]*([,\t;]|(?=\r?\n?\Z))")


def _looks_like_record(line: str, delimiter: str, columns: dict[str, int], width: int) -> bool:
    """Whether ``line`` alone reads as a whole record: as many fields as the header, title and
    abstract with words (a line of an abstract rarely does; the next record's line does)."""
    try:
        row = next(csv.reader([line], delimiter=delimiter, strict=True), [])
    except csv.Error:
        return False
    if len(row) < width or any(field.strip() for field in row[width:]):
        return False
    return all(any(c.isalnum() for c in row[columns[name]]) for name in REQUIRED)


def _spans_lines(row: list[str], start: int, end: int, width: int) -> str:
    """For a bad row read over several lines with more fields than the header: a quote left
    open swallows the line break and the next record (`1,T,"An abstract` then `2,U,"...`)."""
    return _open_quote(start, end) if len(row) > width else ""


def _open_quote(start: int, end: int) -> str:
    """Where a record read over several lines ends, and the likely cause."""
    if end > start:
        return (f"; it runs from line {start} to line {end}: a quote left open on line {start}? "
                "(those lines were read as one record)")  # fmt: skip
    return ""


def _text_lines(stream: BinaryIO, path: Path) -> Iterator[str]:
    """Decoded lines with their line endings (csv needs them for quoted newlines).

    Invalid UTF-8 is kept as surrogates and reported per record by :func:`_record`.
    """
    for lineno, raw in numbered_lines(stream, path):
        if raw is None:
            raise InputError(f"line longer than {MAX_LINE // 2**20} MiB", str(path), lineno)
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        yield raw.decode("utf-8", errors="surrogateescape")


def _header(lines: Iterator[str], path: Path) -> tuple[int, str]:
    """The first non-blank line and its number.

    :raises InputError: if the file has no lines.
    """
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            return lineno, line
    raise InputError("empty file", str(path))


def _delimiter(header: str, path: Path, lineno: int) -> tuple[str, list[str]]:
    """The delimiter that makes the header name both title and abstract, and the names.

    :raises InputError: if none does.
    """
    def split(delimiter: str) -> list[str]:
        try:
            return next(csv.reader([header], delimiter=delimiter), [])
        except csv.Error:  # a stray carriage return and the like: no column names here
            return []

    for delimiter in _DELIMITERS:
        names = split(delimiter)
        if all(name in _columns(names) for name in REQUIRED):
            return delimiter, names
    names = split(",")
    found = ", ".join(repr(n.strip()) for n in names if n.strip())[:200] or "nothing"
    missing = " and ".join(n for n in REQUIRED if n not in _columns(names)) or "title and abstract"
    raise InputError(
        f"the CSV header has no {missing} column (found {found}); "
        f"a CSV input needs a header row naming at least {' and '.join(REQUIRED)} "
        f"(known columns: {', '.join(COLUMNS)})",
        str(path),
        lineno,
    )


def _columns(names: list[str]) -> dict[str, int]:
    """Known column name -> index; "arXiv ID" and "arxiv-id" mean arxiv_id, first one wins."""
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        key = re.sub(r"[\s-]+", "_", name.strip().strip("\ufeff").lower())
        if key in COLUMNS and key not in columns:
            columns[key] = index
    return columns


def _record(row: list[str], columns: dict[str, int], width: int) -> dict[str, str]:
    """The row as a field dict.

    :raises BadRecord: for invalid UTF-8, a row without title or abstract field,
        or non-empty fields beyond the header (a field with an unquoted delimiter).
    """
    if (bad := next((i for i, field in enumerate(row) if _SURROGATE.search(field)), None)) is not None:
        name = next((f" in column {n!r}" for n, i in columns.items() if i == bad), "")
        byte = ord(_SURROGATE.search(row[bad]).group()) - 0xDC00
        raw = ",".join(row).encode("utf-8", errors="surrogateescape")
        raise BadRecord(f"invalid UTF-8{name} (byte 0x{byte:02x}); the file must be UTF-8 encoded"
                        f"{legacy_encoding_hint(raw)}")  # fmt: skip
    if len(row) > width and any(field.strip() for field in row[width:]):
        raise BadRecord(
            f"row has {len(row)} fields but the header has {width} (a field with an unquoted delimiter?)"
        )
    if any(columns[name] >= len(row) for name in REQUIRED):
        raise BadRecord(f"row has {len(row)} fields but the header has {width}: no title or abstract")
    return {name: row[index] for name, index in columns.items() if index < len(row)}
