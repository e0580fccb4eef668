"""Plumbing shared by the readers: opening files, numbered lines, record fields, bad records.

Readers are generators ``read(path, on_bad) -> Iterator[Paper]``. A record that
cannot become a :class:`~kg.model.Paper` raises :class:`BadRecord` inside the
reader, which passes its line and reason to ``on_bad`` and carries on;
``on_bad`` decides whether that stops the run (``kg.sources.Problems``).
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.model import TITLE_SEPARATOR, Paper
from kg.rdf import normalize_arxiv_id
from kg.sources.clean import Span, clean_text, clean_text_macros, normalize_date, split_authors, title_id

# A longer line is not a paper record; the cap keeps memory bounded on odd input.
MAX_LINE = 16 * 1024 * 1024
# The longest text (title, separator, abstract) the extractor takes (spaCy's ``nlp.max_length``,
# which raises past it); arXiv caps abstracts at 1,920 characters, so a longer one is a whole
# paper's text or a field that ran on into the records after it (an unclosed quote).
MAX_TEXT = 1_000_000

OnBad = Callable[[int, str], None]

# Errors a damaged compressed stream raises while being read.
READ_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError)


class BadRecord(Exception):
    """One record that cannot become a Paper; ``reason`` goes into the message."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# fmt: off
_COMPRESSED = (
    (b"\x1f\x8b", gzip.open),
    (b"\xfd7zXZ\x00", lzma.open),
    (b"BZh", bz2.open),
)
# fmt: on


def open_binary(path: Path) -> BinaryIO:
    """Open ``path`` for reading bytes, decompressing gzip, xz or bzip2 on the fly.

    Compression is recognised by its magic bytes, not the file name.

    :raises OSError: if the file cannot be opened.
    """
    with open(path, "rb") as f:
        head = f.read(6)
    for magic, opener in _COMPRESSED:
        if head.startswith(magic) and (magic != b"BZh" or head[3:4].isdigit()):
            return opener(path, "rb")
    return open(path, "rb")


def numbered_lines(stream: BinaryIO, path: Path) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, raw line)`` pairs, 1-based; ``None`` for a line over MAX_LINE bytes.

    Lines end at LF, CRLF or a bare CR (old Mac OS text, and Excel for Mac's "CSV": a whole
    file that ``readline`` would see as one line).

    :raises InputError: if the (compressed) stream is damaged.
    """
    lineno = 0
    carry = b""  # the unfinished last line of a CR-ended chunk that readline cut at MAX_LINE
    try:
        while chunk := stream.readline(MAX_LINE):
            cut = len(chunk) == MAX_LINE and not chunk.endswith(b"\n")
            line, carry = carry + chunk, b""
            if b"\r" in line and _BARE_CR.search(line):
                *lines, last = _AFTER_BARE_CR.split(line)
                if cut:
                    carry = last
                elif last:
                    lines.append(last)
                for piece in lines:
                    lineno += 1
                    yield lineno, piece if len(piece) <= MAX_LINE else None
                continue
            lineno += 1
            if cut:
                while (rest := stream.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                    pass  # drop the rest of the overlong line without keeping it
                yield lineno, None
            else:
                yield lineno, line
        if carry:
            yield lineno + 1, carry if len(carry) <= MAX_LINE else None
    except READ_ERRORS as e:
        raise InputError(f"cannot read on: damaged or truncated data ({e})", str(path), lineno + 1) from None


_BARE_CR = re.compile(rb"\r(?!\n)")
_AFTER_BARE_CR = re.compile(rb"(?<=\r)(?!\n)")


def decode_line(raw: bytes | None, lineno: int) -> str:
    """One line as text, without BOM.

    :raises BadRecord: for NUL bytes, invalid UTF-8 or an overlong line.
    """
    if raw is None:
        raise BadRecord(f"line longer than {MAX_LINE // 2**20} MiB")
    if lineno == 1:
        raw = raw.removeprefix(codecs.BOM_UTF8)
    if b"\0" in raw:
        raise BadRecord("NUL byte in line (binary data?)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadRecord(
            f"invalid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
            f"the file must be UTF-8 encoded{legacy_encoding_hint(raw)}"
        ) from None


def legacy_encoding_hint(raw: bytes) -> str:
    """How to convert bytes that are not UTF-8 but read as Windows-1252 (which Latin-1 text
    also is, as a rule): the encoding of Excel's plain "CSV" on Windows. "" otherwise, and for
    bytes that are mostly not ASCII (binary data decodes as Windows-1252 too)."""
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return ""
    if len(raw) - len(raw.decode("ascii", errors="ignore")) > len(raw) * 3 // 10:  # (random bytes: half)
        return ""
    return (
        "; it looks Windows-1252 / Latin-1 encoded (Excel's plain CSV): save it as \"CSV UTF-8\", "
        "or convert it with iconv -f cp1252 -t utf-8 FILE > NEWFILE"
    )


def has_words(text: str) -> bool:
    """True if ``text`` has a letter or digit: "." is not an abstract."""
    return any(c.isalnum() for c in text)


def text_field(record: Mapping, key: str) -> str:
    """A text field as a string ("" when absent).

    :raises BadRecord: if the value is a list, object or boolean.
    """
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise BadRecord(f"field {key!r} is {_kind(value)}, expected text")


def record_id(value: object) -> str | None:
    """The record's own id as a string, unchanged, or None when absent or empty.

    :raises BadRecord: if it is not a string or integer.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise BadRecord(f"field 'id' is {_kind(value)}, expected a string or integer")


_CATEGORY_SPLIT = re.compile(r"[\s,;]+")


def categories_field(value: object) -> tuple[str, ...]:
    """arXiv categories, in order, each once: the snapshot's one string (``"cs.CV cs.LG"``), or a
    list of names or of ``{"term": ...}`` objects (the arXiv API as feedparser reads it).

    >>> categories_field("cs.CV cs.LG cs.CV"), categories_field([{"term": "stat.ML"}, "cs.LG"])
    (('cs.CV', 'cs.LG'), ('stat.ML', 'cs.LG'))
    """
    if isinstance(value, str):
        items = _CATEGORY_SPLIT.split(value)
    elif isinstance(value, (list, tuple)):
        items = [item.get("term") if isinstance(item, Mapping) else item for item in value]
    else:
        return ()
    return tuple(dict.fromkeys(item.strip() for item in items if isinstance(item, str) and item.strip()))


def in_categories(categories: Iterable[str], wanted: frozenset[str]) -> bool:
    """Whether any of a paper's categories is one of ``wanted`` (lower-cased names from
    :func:`parse_categories`): a category itself ("cs.lg") or an archive, which holds its dotted
    categories ("cs": "cs.LG")."""
    for category in categories:
        name = category.lower()
        archive = name.partition(".")[0]
        if name in wanted or archive in wanted:
            return True
    return False


def authors_field(value: object, *, commas: bool | None = None) -> tuple[str, ...]:
    """Author names from a list (of names or ``{"name": ...}``) or one string.

    ``commas=None`` splits a string on commas only when it has no semicolon.
    """
    if isinstance(value, str):
        return split_authors(value, commas=(";" not in value) if commas is None else commas)
    if not isinstance(value, (list, tuple)):
        return ()
    names = []
    for item in value:
        if isinstance(item, Mapping):
            item = item.get("name") or " ".join(
                str(item[k]) for k in ("given", "first", "family", "last") if item.get(k)
            )
        name = clean_text(item) if isinstance(item, str) else ""
        if name:
            names.append(name)
    return tuple(names)


def optional_text(value: object) -> str | None:
    """A stripped string, or None for anything else or an empty string."""
    return (value.strip() or None) if isinstance(value, str) else None


def paper_from_record(record: Mapping, source: str, *, author_commas: bool | None = None) -> Paper:
    """A Paper from the fields of the JSON Lines / CSV contract.

    :raises BadRecord: if the abstract is missing, the title is missing and there is
        no id to name the paper by, or a field has the wrong type.
    """
    record = unwrap_paper(record)
    raw_id = record_id(record.get("id"))
    title, abstract, macros = required_text(record, untitled_ok=raw_id is not None)
    url = optional_text(record.get("url"))
    # An explicit arxiv_id wins; else an id or URL that is one (sota-arxiv: "arXiv:0704.1707").
    arxiv_id = next((a for a in map(_arxiv, (record.get("arxiv_id"), raw_id, url)) if a is not None), None)
    return Paper(
        id=raw_id if raw_id is not None else title_id(title),
        title=title,
        abstract=abstract,
        url=url,
        date=normalize_date(record.get("date") or record.get("publishedAt")),
        authors=authors_field(record.get("authors"), commas=author_commas),
        arxiv_id=arxiv_id,
        doi=optional_text(record.get("doi")),
        source=source,
        categories=categories_field(record.get("categories")),
        macros=macros,
    )


def unwrap_paper(record: Mapping) -> Mapping:
    """The paper of a Hugging Face daily-papers API record, ``{"paper": {"id": "2401.01234",
    "title": ..., "summary": ..., "publishedAt": ..., "authors": [{"name": ...}]}, "title": ...,
    "numComments": ...}`` (as ``/api/daily_papers`` returns them): the inner object's fields, over
    the outer ones. Other records are returned as they are."""
    inner = record.get("paper")
    if not isinstance(inner, Mapping) or "abstract" in record:
        return record  # (a paper record that merely has a "paper" field of its own)
    if not any(key in inner for key in ("title", "summary", "abstract")):
        return record
    return {**{k: v for k, v in record.items() if k != "paper"}, **inner}


def required_text(record: Mapping, *, untitled_ok: bool = False) -> tuple[str, str, tuple[Span, ...]]:
    """Cleaned title and abstract, and the spans of unknown macros' words in the paper's text
    (:func:`text_macros`).

    ``untitled_ok``: a record that has an id to name it by may come without a
    title (691 of the 10,673 sota-arxiv records do); its title is then "".

    :raises BadRecord: if the abstract (or, unless ``untitled_ok``, the title) is
        missing or has no words after cleanup.
    """
    title, title_macros = clean_text_macros(text_field(record, "title"))
    if not has_words(title):
        if not untitled_ok:
            raise BadRecord(f"record has no title (and no id to name it by){_fields_found(record, 'title')}")
        title, title_macros = "", ()
    # "summary" is the abstract's name in the arXiv API (and the `arxiv` package, feedparser) and in
    # the Hugging Face daily-papers API; an "abstract" field wins when both are there
    key = "summary" if "abstract" not in record and "summary" in record else "abstract"
    abstract, abstract_macros = clean_text_macros(text_field(record, key))
    if not has_words(abstract):
        raise BadRecord(f"record has no abstract{_fields_found(record, 'abstract') if key == 'abstract' else ''}")
    check_text_length(title, abstract)
    return title, abstract, text_macros(title, title_macros, abstract_macros)


def text_macros(title: str, title_macros: tuple[Span, ...], abstract_macros: tuple[Span, ...]) -> tuple[Span, ...]:
    """Unknown macros' spans in :attr:`kg.model.Paper.text` from those in its title and abstract.

    >>> text_macros("ZorbNet: a sys", ((11, 14),), ((0, 4),))
    ((11, 14), (16, 20))
    """
    shift = len(title) + len(TITLE_SEPARATOR)
    return title_macros + tuple((a + shift, b + shift) for a, b in abstract_macros)


def check_text_length(title: str, abstract: str) -> None:
    """A 5 MB "abstract" is a bad record (with its line), not a crash of the extractor, which
    analyses title, separator and abstract together (:attr:`kg.model.Paper.text`).

    :raises BadRecord: if that text is longer than MAX_TEXT characters.
    """
    size = len(title) + len(TITLE_SEPARATOR) + len(abstract)
    if size > MAX_TEXT:
        what = f"abstract has {len(abstract):,}" if len(abstract) > MAX_TEXT else (
            f"title and abstract have {size:,}")  # fmt: skip
        raise BadRecord(
            f"{what} characters, more than the {MAX_TEXT:,} the extractor "
            "takes (a whole paper's text, or a field that runs on into the records after it?)"
        )


def _fields_found(record: Mapping, key: str) -> str:
    """When ``key`` is absent, the record's fields, so that a wrapped or renamed field shows
    (``{"paper": {...}}``, ``"summary"`` for the abstract, ``{"papers": [...]}``)."""
    if key in record:
        return ""  # present but empty: the message says enough
    names = ", ".join(repr(str(k)) for k in list(record)[:12]) or "none"
    return f" (no {key!r} field; its fields: {names}{', ...' if len(record) > 12 else ''})"


def _arxiv(value: object) -> str | None:
    return normalize_arxiv_id(value) if isinstance(value, str) else None


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", bool: "a boolean", float: "a number"}
    return names.get(type(value), f"a {type(value).__name__}")
