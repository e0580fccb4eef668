"""Input files to :class:`~kg.model.Paper` records: format detection, readers, de-duplication.

``read_papers(paths)`` streams the papers of files and directories, detecting
each file's format from its content; ``dedupe`` drops papers seen before.
Formats (``FORMATS``): ``daily`` (the daily-papers page dump), ``jsonl``
(JSON Lines), ``json`` (a JSON array of paper objects, or objects written over
several lines one after another, as ``jq '.[]'`` prints them), ``csv`` and ``arxiv``
(the arXiv metadata snapshot). Any of them may be gzip-, xz- or
bzip2-compressed. Titles and abstracts are cleaned by
:func:`kg.sources.clean.clean_text`.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from kg.errors import InputError, MlkgError
from kg.model import Paper
from kg.rdf import normalize_arxiv_id, title_key
from kg.sources.arxiv import SNAPSHOT_KEYS, read_arxiv
from kg.sources.base import READ_ERRORS, in_categories, legacy_encoding_hint, open_binary
from kg.sources.csv_reader import REQUIRED, read_csv
from kg.sources.daily import is_marker, read_daily
from kg.sources.jsonl import read_json_array, read_jsonl

__all__ = ["FORMATS", "ON_ERROR", "InputError", "Problems", "dedupe", "detect_format", "parse_categories",
           "read_papers", "select_categories"]

logger = logging.getLogger(__name__)

FORMATS = {
    "daily": read_daily,
    "jsonl": read_jsonl,
    "json": read_json_array,
    "csv": read_csv,
    "arxiv": read_arxiv,
}
ON_ERROR = ("fail", "skip")
ACCEPTED = (
    "accepted formats: daily (daily-papers page dump), jsonl (JSON Lines, one paper object "
    "per line), json (a JSON array of paper objects), csv (with a header row naming at least "
    "title and abstract), arxiv (arXiv metadata snapshot lines); each may be gzip-, xz- or "
    "bzip2-compressed"
)
SKIP_HINT = "use --on-error=skip to skip such records"

_SAMPLE = 1 << 16  # bytes looked at to detect a format
_SIGNATURES = {b"PK\x03\x04": "a zip archive", b"%PDF": "a PDF document", b"PAR1": "a Parquet file"}
# What to do with a binary file a newcomer is likely to have: a Kaggle download, or a Hugging Face
# dataset's data/*.parquet
_BINARY_HINTS = {
    "a zip archive": "unzip it and pass the files (or their folder)",
    "a Parquet file": "convert it to JSON Lines first, e.g. with pandas: "
    "pandas.read_parquet(FILE).to_json(NEWFILE, orient='records', lines=True)",
}
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "csv"}
_SNAPSHOT_KEY = re.compile(r'"(?:' + "|".join(sorted(SNAPSHOT_KEYS)) + r')"\s*:')


class Problems:
    """The ``on_error`` policy: raise at the first bad record, or log it and go on.

    :param on_error: ``"fail"`` or ``"skip"``.
    :param errors: list that receives one message per skipped record or file.
    """

    def __init__(self, on_error: str, errors: list[str] | None = None):
        self.skip = on_error == "skip"
        self.errors = errors

    def record(self, path: str, line: int, reason: str) -> None:
        """A bad record at ``path:line``.

        :raises InputError: when ``on_error="fail"``.
        """
        if not self.skip:
            raise InputError(f"{reason}; {SKIP_HINT}", path, line)
        self._note(f"{path}:{line}: {reason}")

    def file(self, error: InputError, *, midway: bool = False) -> None:
        """A file that cannot be read, or (``midway``) not beyond some point.

        :raises InputError: ``error`` itself when ``on_error="fail"``.
        """
        if not self.skip:
            raise error
        self._note(f"{error}; {'skipped the rest of the file' if midway else 'file skipped'}")

    def _note(self, message: str) -> None:
        logger.warning("%s", message)
        if self.errors is not None:
            self.errors.append(message)


def detect_format(path: str | os.PathLike) -> str:
    """The format of one input file, from its first 64 KiB (decompressed) and its name.

    Content decides; the extension only settles files whose content is
    ambiguous (a ``.csv`` whose header lacks the required columns is reported
    as CSV, so that the message names the missing columns).

    :return: one of :data:`FORMATS`: ``"daily"``, ``"jsonl"``, ``"json"``, ``"csv"``, ``"arxiv"``.
    :raises InputError: if the file is missing, empty, binary, not UTF-8 or of
        an unknown format.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "papers.jsonl"
    >>> _ = p.write_text('{"id": "1", "title": "T", "abstract": "A"}\\n')
    >>> detect_format(p)
    'jsonl'
    """
    path = Path(path)
    text = _sample_text(path)
    first = text.lstrip()[:1]
    if first == "[":
        return "json"
    if first == "{":
        first_line = text.lstrip().split("\n", 1)[0]
        if _is_snapshot(first_line):
            return "arxiv"
        return "json" if _pretty_printed_object(text.lstrip(), first_line) else "jsonl"
    lines = [line.strip() for line in text.splitlines() if line.strip()][:10]
    if not lines:
        raise InputError("empty file (only white space)", str(path))
    if _is_csv_header(lines[0]):
        return "csv"
    if any(is_marker(line) for line in lines):
        return "daily"
    hint = _EXTENSIONS.get(_suffix(path))
    if hint in ("csv", "jsonl"):
        return hint  # the reader will say what is wrong, with a line number
    raise InputError(f"unknown input format; {ACCEPTED}", str(path))


def _sample_text(path: Path) -> str:
    """The decoded start of the file.

    :raises InputError: if it cannot be read, is empty, binary or not UTF-8.
    """
    try:
        with open_binary(path) as stream:
            sample = stream.read(_SAMPLE)
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", str(path)) from None
    except READ_ERRORS as e:
        raise InputError(f"cannot read the file ({e})", str(path)) from None
    if not sample.strip():
        raise InputError("empty file", str(path))
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("UTF-16 text is not supported; save the file as UTF-8", str(path))
    if _looks_utf16(sample):
        raise InputError("UTF-16 text (without a byte-order mark) is not supported; save the file as UTF-8", str(path))
    kind = next((name for magic, name in _SIGNATURES.items() if sample.startswith(magic)), None)
    if kind or _looks_binary(sample):
        hint = _BINARY_HINTS.get(kind) or ACCEPTED
        raise InputError(f"binary file ({kind or 'NUL bytes'}), not a paper list; {hint}", str(path))
    text = sample.decode("utf-8", errors="replace").removeprefix("\ufeff")
    # A few bad bytes are reported per record later; many mean this is not UTF-8 text
    # (the sample may also end inside a character, hence the slack of one).
    if text.count("\ufffd") > 1 + len(text) // 100:
        raise _not_utf8(sample, path)
    return text


def _looks_utf16(sample: bytes) -> bool:
    """ASCII text saved as UTF-16 without a BOM: a NUL as every other byte."""
    head = sample[:1024]
    return len(head) >= 8 and (head[1::2].count(0) >= len(head) // 2 - 1 or head[0::2].count(0) >= len(head) // 2 - 1)


def _not_utf8(sample: bytes, path: Path) -> InputError:
    """The error for text that is not UTF-8, naming the first bad byte's line and column, and
    how to convert the file when it reads as Windows-1252 / Latin-1 (Excel's plain CSV)."""
    try:
        sample.decode("utf-8")
        start = len(sample)  # not reached: the sample has replacement characters
    except UnicodeDecodeError as e:
        start = e.start
    line_start = sample.rfind(b"\n", 0, start) + 1
    byte = f"byte 0x{sample[start]:02x} at column {start - line_start + 1}" if start < len(sample) else "bytes"
    hint = legacy_encoding_hint(sample) or f"; {ACCEPTED}"
    return InputError(f"not UTF-8 encoded ({byte}){hint}", str(path), sample.count(b"\n", 0, start) + 1)


def _looks_binary(sample: bytes) -> bool:
    """NUL bytes in the first line, or more than a stray few: a stray NUL in a text
    file is reported as a bad record, with its line, by the reader."""
    first_line = sample[: sample.find(b"\n") if b"\n" in sample else 1024]
    return b"\0" in first_line or sample.count(b"\0") > 1 + len(sample) // 1000


def _is_snapshot(first_line: str) -> bool:
    try:
        record = json.loads(first_line)
    except ValueError:  # a truncated first line: look for the keys instead
        return _SNAPSHOT_KEY.search(first_line) is not None
    return isinstance(record, dict) and not SNAPSHOT_KEYS.isdisjoint(record)


def _pretty_printed_object(text: str, first_line: str) -> bool:
    """Objects written over several lines one after another (``jq '.[]'`` without ``-c``): the
    first line is no JSON object, but the text starts with one that spans lines."""
    try:
        json.loads(first_line)
        return False
    except ValueError:
        pass
    try:
        value, end = json.JSONDecoder().raw_decode(text)
    except ValueError:  # a cut-off first JSON Lines record, or an object longer than the sample
        return False
    return isinstance(value, dict) and "\n" in text[:end]


def _is_csv_header(line: str) -> bool:
    for delimiter in (",", "\t", ";"):
        try:
            names = {name.strip().lower() for name in next(csv.reader([line], delimiter=delimiter), [])}
        except csv.Error:  # e.g. a bare carriage return: not a CSV header
            return False
        if all(name in names for name in REQUIRED):
            return True
    return False


def _suffix(path: Path) -> str:
    """The extension that names the format: ``.jsonl`` for ``papers.jsonl.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in (".gz", ".xz", ".bz2"):
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def read_papers(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    on_error: str = "fail",
    format: str | None = None,
    errors: list[str] | None = None,
    categories: tuple[str, ...] = (),
) -> Iterator[Paper]:
    """Stream the papers of files and directories (all files inside, recursively,
    in sorted order, hidden and documentation files skipped: see :func:`not_data`), each
    file's format detected unless ``format`` is given.

    Bad records (broken JSON, no title or abstract, invalid UTF-8, a malformed
    CSV row, ...) and unreadable files (binary, empty, unknown format) stop the
    run with ``on_error="fail"``; with ``"skip"`` they are logged as warnings,
    appended to ``errors`` and skipped. Messages read ``file:line: reason``.

    :param format: one of :data:`FORMATS`, or None to detect per file.
    :param categories: the arXiv categories the caller keeps (:func:`select_categories`, which must
        follow): an arXiv snapshot's records outside them are read as stubs (id and categories,
        no text), neither cleaned nor checked.
    :raises InputError: for a path that does not exist, and for a bad record or
        file when ``on_error="fail"``.
    :raises ValueError: for an unknown ``on_error`` or ``format``.
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, not {on_error!r}")
    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    problems = Problems(on_error, errors)
    for path in input_files(paths):
        yield from _read_file(path, format, problems, wanted_set_of(categories) if categories else None)


def input_files(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[Path]:
    """The files named by ``paths``; directories expand to their non-hidden files, sorted.

    :raises InputError: if a path does not exist (checked for all before any is read).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(_walk(path))
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or directory", str(path))
    return files


def _walk(directory: Path) -> list[Path]:
    """The data files under ``directory``, sorted. Hidden files and folders (``.DS_Store``,
    ``.gitattributes``, ``.git/``) and files that are clearly no data (a downloaded dataset
    folder's README.md, LICENSE, dataset card) are left out, with one note naming them; a file
    of an unknown format that is not named so is still an error."""
    found, skipped = [], []
    for root, dirs, names in os.walk(directory):
        skipped.extend(os.path.relpath(os.path.join(root, d), directory) + "/" for d in dirs if d.startswith("."))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or not_data(name):
                skipped.append(os.path.relpath(os.path.join(root, name), directory))
            else:
                found.append(Path(root, name))
    if skipped:
        shown = ", ".join(sorted(skipped)[:10]) + (f" and {len(skipped) - 10} more" if len(skipped) > 10 else "")
        logger.info("%s: skipped %d file(s) that are not paper lists (hidden or documentation): %s",
                    directory, len(skipped), shown)  # fmt: skip
    return sorted(found)


# Files a dataset folder (a git clone, a Hugging Face download, a Kaggle zip) holds besides its
# data: documentation by name (README.md, LICENSE, CITATION.cff) or by extension, and the
# Hugging Face `datasets` metadata files.
_NOT_DATA_STEMS = ("readme", "license", "licence", "copying", "notice", "changelog", "changes", "authors",
                   "contributing", "citation", "code_of_conduct", "security", "makefile")
_NOT_DATA_EXTENSIONS = frozenset((".md", ".markdown", ".rst", ".adoc", ".cff", ".html", ".htm", ".yaml", ".yml",
                                  ".toml", ".cfg", ".ini", ".py", ".sh", ".ipynb", ".png", ".jpg", ".jpeg",
                                  ".gif", ".svg", ".lock"))
_NOT_DATA_NAMES = frozenset(("dataset_info.json", "dataset_infos.json", "dataset_dict.json", "thumbs.db",
                             "desktop.ini"))


def not_data(name: str) -> bool:
    """Whether a file found in a directory is, by its name, clearly not a paper list.

    A documentation stem with a data extension ("authors.csv", "changes.jsonl.gz") is data.

    >>> [not_data(n) for n in ("README.md", "LICENSE", "LICENSE.txt", "CITATION.cff", "papers.jsonl")]
    [True, True, True, True, False]
    >>> [not_data(n) for n in ("notes.txt", "authors.csv", "changes.jsonl.gz")]
    [False, False, False]
    """
    lower = name.lower()
    stem, suffix = os.path.splitext(lower)
    if lower in _NOT_DATA_NAMES or suffix in _NOT_DATA_EXTENSIONS:
        return True
    return _suffix(Path(lower)) not in _EXTENSIONS and stem.split(".")[0].split("-")[0] in _NOT_DATA_STEMS


def _read_file(path: Path, format: str | None, problems: Problems,
               categories: frozenset[str] | None = None) -> Iterator[Paper]:  # fmt: skip
    count = 0
    try:
        fmt = format or detect_format(path)
        reader = partial(read_arxiv, categories=categories) if fmt == "arxiv" and categories else FORMATS[fmt]
        for paper in reader(path, partial(problems.record, str(path))):
            count += 1
            yield paper
    except InputError as e:
        problems.file(e, midway=count > 0)
    except csv.Error as e:  # malformed CSV the reader could not place on a line
        problems.file(InputError(f"not valid CSV ({e})", str(path)), midway=count > 0)
    except READ_ERRORS as e:  # e.g. a file that vanished or became unreadable midway
        problems.file(InputError(f"cannot read the file ({e})", str(path)), midway=count > 0)
    logger.debug("read %d papers from %s", count, path)


_CATEGORY = re.compile(r"[a-z][a-z-]*(?:\.[a-z][a-z-]*)?", re.IGNORECASE)


def parse_categories(values: Iterable[str]) -> tuple[str, ...]:
    """The arXiv categories a user asked for (``--category``): each value may list several,
    separated by commas; ``cs`` and ``cs.*`` mean every ``cs.`` category.

    >>> parse_categories(["cs.LG, cs.CV", "stat.*"])
    ('cs.LG', 'cs.CV', 'stat')

    :raises ValueError: for a value that is no arXiv category or archive ("cs.LG", "hep-th", "cs").
    """
    out = []
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if not item:
                continue
            name = item.removesuffix(".*")
            if not _CATEGORY.fullmatch(name):
                raise ValueError(f"{item!r} is not an arXiv category (such as cs.LG, stat.ML) or archive (cs, math); "
                                 "separate several with commas")  # fmt: skip
            out.append(name)
    if values and not out:  # `--category ""` would otherwise keep every paper
        raise ValueError("no category given; name one or more, such as cs.LG,stat.ML")
    return tuple(dict.fromkeys(out))


def wanted_set_of(wanted: Iterable[str]) -> frozenset[str]:
    """The names of :func:`parse_categories` as :func:`~kg.sources.base.in_categories` takes them."""
    return frozenset(name.lower() for name in wanted)


def select_categories(papers: Iterable[Paper], wanted: tuple[str, ...], *,
                      stats: dict | None = None) -> Iterator[Paper]:  # fmt: skip
    """The papers in one of the ``wanted`` categories (:func:`parse_categories`), streamed;
    ``stats["off_category"]`` counts the others.

    :raises MlkgError: at the end, if no paper was in them: naming the categories the input
        has instead, or saying that it has none (only the arXiv snapshot, and JSON Lines or CSV
        records with a ``categories`` field, carry them).
    """
    wanted_set = wanted_set_of(wanted)
    seen: dict[str, int] = {}
    kept = left_out = 0
    for paper in papers:
        if in_categories(paper.categories, wanted_set):
            kept += 1
            yield paper
            continue
        left_out += 1
        for category in paper.categories:
            seen[category] = seen.get(category, 0) + 1
    if stats is not None:
        stats["off_category"] = left_out
    if kept or not left_out:
        return
    asked = ", ".join(wanted)
    if not seen:
        raise MlkgError(f"no paper is in the categories asked for ({asked}): none of the {left_out} papers read "
                         "has categories (the arXiv snapshot's `categories`, or a `categories` field of "
                         "JSON Lines and CSV records)")  # fmt: skip
    common = sorted(seen.items(), key=lambda item: (-item[1], item[0]))[:8]
    listed = ", ".join(f"{name} ({count})" for name, count in common)
    raise MlkgError(f"no paper of the {left_out} read is in the categories asked for ({asked}); "
                     f"the most common ones they have: {listed}")  # fmt: skip


def dedupe(papers: Iterable[Paper], *, stats: dict | None = None) -> Iterator[Paper]:
    """Drop papers seen before; the first occurrence wins.

    Papers are the same when their normalised arXiv ids are equal, or, when one
    of them has no arXiv id, when their title keys (:func:`kg.rdf.title_key`)
    are equal. Two papers with different arXiv ids are never merged, even with
    the same title ("Introduction" is a title more than one paper has). Memory
    grows with the number of unique papers only.

    :param stats: if given, ``stats["duplicates"]`` counts the papers dropped.
    """
    if stats is not None:
        stats.setdefault("duplicates", 0)
    seen_arxiv: set[str] = set()
    by_title: dict[str, bool] = {}  # title key -> whether that paper had an arXiv id
    for paper in papers:
        arxiv = paper.arxiv_id and normalize_arxiv_id(paper.arxiv_id)
        key = title_key(paper.title) or paper.title
        if arxiv:
            duplicate = arxiv in seen_arxiv or by_title.get(key) is False
        else:
            duplicate = key in by_title
        if duplicate:
            if stats is not None:
                stats["duplicates"] += 1
            logger.debug("%s: duplicate of a paper read before, skipped", paper.source)
            continue
        if arxiv:
            seen_arxiv.add(arxiv)
        by_title.setdefault(key, bool(arxiv))
        yield paper
