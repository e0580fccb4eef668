"""JSON Lines (one paper object per line) and JSON arrays of paper objects.

Fields: ``id``, ``title``, ``abstract``, optional ``url``, ``date``, ``authors``
(list or string), ``arxiv_id``, ``doi``; ``summary`` for the abstract, and Hugging Face
daily-papers API records (``{"paper": {...}, ...}``) are read too (:func:`~kg.sources.base.unwrap_paper`).
Lines may end in LF, CRLF or a bare CR; JSON has no comments, and a ``#`` line is a bad record
that says so. Both readers stream: a JSON array is
decoded one element at a time from a bounded buffer.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from kg.model import Paper
from kg.sources.base import (
    MAX_LINE,
    BadRecord,
    OnBad,
    decode_line,
    numbered_lines,
    open_binary,
    paper_from_record,
)

ToPaper = Callable[[Mapping, str], Paper]


def read_jsonl(path: Path, on_bad: OnBad, to_paper: ToPaper = paper_from_record) -> Iterator[Paper]:
    """The papers of a JSON Lines file; blank lines are ignored.

    :param to_paper: maps one decoded object to a Paper (the arXiv reader passes its own).
    :raises InputError: if the (compressed) file is damaged, or via ``on_bad``.
    """
    with open_binary(path) as stream:
        for lineno, raw in numbered_lines(stream, path):
            try:
                text = decode_line(raw, lineno)
                if not text.strip():
                    continue
                paper = to_paper(parse_object(text), f"{path}:{lineno}")
            except BadRecord as e:
                on_bad(lineno, e.reason)
                continue
            yield paper


def parse_object(text: str) -> dict:
    """One JSON object from one line.

    :raises BadRecord: if the line is not valid JSON or not an object.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        if text.lstrip().startswith(_COMMENT_MARKS):
            raise BadRecord(_comment_line(text)) from None
        raise BadRecord(describe_json_error(e, text)) from None
    except (ValueError, RecursionError) as e:  # e.g. an integer with 5000 digits
        raise BadRecord(f"invalid JSON ({e})") from None
    return require_object(value)


# JSON has no comments; a line starting so is one a person added (a header note, a record
# commented out). It stays an error, one that says what the line is instead of "Expecting value".
_COMMENT_MARKS = ("#", "//", "/*")


def _comment_line(text: str) -> str:
    mark = next(m for m in _COMMENT_MARKS if text.lstrip().startswith(m))
    return f"a comment line (starts with {mark!r}): JSON Lines has no comments; delete the line"


def describe_json_error(e: json.JSONDecodeError, text: str) -> str:
    """Why one JSON Lines line is not JSON, saying so when it looks cut off mid-record.

    A line that ends inside the object (json reports the newline as an "Invalid control
    character" inside a string, an unterminated string, or a missing value or delimiter at
    the end) looks truncated; json's own message is kept.

    >>> describe_json_error(_error('{"a": "b'), '{"a": "b')
    'invalid JSON, the line looks truncated (cut off mid-record): Unterminated string starting at column 7'
    >>> describe_json_error(_error('{"a" "b"}'), '{"a" "b"}')
    "invalid JSON (Expecting ':' delimiter at column 6)"
    """
    body = text.rstrip()
    column = e.colno if e.lineno == 1 else len(body) + 1  # past the line's newline: its end
    detail = f"{e.msg.removesuffix(' at')} at column {column}"  # json ends some messages with "at"
    rest = body[e.pos :]
    cut_word = e.msg.startswith("Expecting value") and rest and any(w.startswith(rest) for w in ("true", "false", "null"))
    if e.msg.startswith("Unterminated string") or e.pos >= len(body) or cut_word:
        return f"invalid JSON, the line looks truncated (cut off mid-record): {detail}"
    return f"invalid JSON ({detail})"


def _error(text: str) -> json.JSONDecodeError:  # for the doctest
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        return e
    raise AssertionError(text)


def require_object(value: object) -> dict:
    """``value`` if it is a JSON object.

    :raises BadRecord: otherwise.
    """
    if not isinstance(value, dict):
        kind = {list: "an array", str: "a string", type(None): "null"}.get(type(value), "a value")
        raise BadRecord(f"expected a JSON object with title and abstract, found {kind}")
    return value


# A record larger than this is not a paper: stop rather than buffer the whole file.
_MAX_RECORD = 4 * MAX_LINE
_CHUNK = 1 << 16
_SURROGATE = re.compile(r"[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)


def read_json_array(path: Path, on_bad: OnBad) -> Iterator[Paper]:
    """The papers of a file holding one JSON array of paper objects, or paper objects one after
    another (over several lines each, as ``jq '.[]'`` prints them).

    Elements are decoded one by one; the array is never loaded whole. After a
    syntax error the rest of the file cannot be resynchronised and is skipped.

    :raises InputError: if the (compressed) file is damaged, or via ``on_bad``.
    """
    from kg.sources.arxiv import SNAPSHOT_KEYS, paper_from_snapshot  # (arxiv imports this module)

    with open_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        for lineno, item in _array_items(text, on_bad):
            try:
                record = require_object(item)
                # arXiv snapshot records pretty-printed (jq without -c) keep their dates and authors
                to_paper = paper_from_snapshot if not SNAPSHOT_KEYS.isdisjoint(record) else paper_from_record
                paper = to_paper(record, f"{path}:{lineno}")
            except BadRecord as e:
                on_bad(lineno, e.reason)
                continue
            yield paper


def _array_items(text: io.TextIOBase, on_bad: OnBad) -> Iterator[tuple[int, object]]:
    """``(line, element)`` for each element of the top-level array in ``text``."""
    decoder = json.JSONDecoder()
    buf, pos, line, eof = "", 0, 1, False

    def more() -> bool:
        nonlocal buf, pos, eof
        if eof:
            return False
        chunk = text.read(max(_CHUNK, len(buf) - pos))  # doubling: no quadratic re-parsing
        if not chunk:
            eof = True
            return False
        buf, pos = buf[pos:] + chunk, 0
        return True

    def skip(chars: str) -> None:
        nonlocal pos, line
        while True:
            start = pos
            while pos < len(buf) and buf[pos] in chars:
                pos += 1
            line += buf.count("\n", start, pos)
            if pos < len(buf) or not more():
                return

    skip(" \t\r\n")
    # a stream of objects one after another (jq '.[]' prints them so) is read as the array's elements
    stream = pos < len(buf) and buf[pos] == "{"
    if not stream and (pos >= len(buf) or buf[pos] != "["):
        on_bad(line, "expected a JSON array of paper objects")
        return
    pos += 0 if stream else 1
    while True:
        skip(" \t\r\n,")
        if pos >= len(buf) or (buf[pos] == "]" and not stream):
            return  # end of array (or a missing "]" at end of file: everything was read)
        try:
            item, end = decoder.raw_decode(buf, pos)
        except json.JSONDecodeError as e:
            if _incomplete(e, buf) and len(buf) - pos < _MAX_RECORD and more():
                continue
            # A cut-off element is reported where it starts, a syntax error where it is.
            where = line if _incomplete(e, buf) else line + buf.count("\n", pos, e.pos)
            on_bad(where, _array_error(e, buf, len(buf) - pos))
            return
        except (ValueError, RecursionError) as e:
            on_bad(line, f"invalid JSON ({e}); the rest of the file is skipped")
            return
        if _SURROGATE.search(buf, pos, end):
            on_bad(line, "invalid UTF-8 in record; the file must be UTF-8 encoded")
        else:
            yield line, item
        line += buf.count("\n", pos, end)
        pos = end


def _incomplete(e: json.JSONDecodeError, buf: str) -> bool:
    """Whether the error may only mean that the buffer ends inside the element.

    Near the end covers a token cut in half ("tr|ue", "\\u00|e9"); an unterminated
    string is reported where the string starts, however long it is.
    """
    return e.pos >= len(buf) - 16 or e.msg.startswith("Unterminated string")


def _array_error(e: json.JSONDecodeError, buf: str, size: int) -> str:
    if size >= _MAX_RECORD:
        return f"array element larger than {_MAX_RECORD // 2**20} MiB; the rest of the file is skipped"
    if _incomplete(e, buf):
        return f"invalid JSON at the end of the file ({e.msg}): truncated file?"
    return f"invalid JSON ({e.msg}); the rest of the file is skipped"
