"""Round 24, newcomer pass with messy input: what failed on the real CLI, each fixed."""

from __future__ import annotations

import json

from click.testing import CliRunner

import kg.build
from kg.cli import cli

ABSTRACT = "We propose FooNet for image classification. FooNet reaches 85.2% top-1 accuracy on ImageNet."


def _run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_abstract_over_the_extractor_limit_is_a_bad_record_not_a_traceback(tmp_path):
    # spaCy raises past 1,000,000 characters: `kg extract` ended in a ValueError, even with skip
    path = _jsonl(tmp_path / "p.jsonl", {"id": "big", "title": "Big", "abstract": "word " * 220_000},
                  {"id": "ok", "title": "Fine", "abstract": ABSTRACT})  # fmt: skip
    _fails_then_skips_the_first_record(path, tmp_path / "out.jsonl", ValueError,
                                       "abstract has 1,099,999 characters, more than the 1,000,000")  # fmt: skip


def _fails_then_skips_the_first_record(path, out, exception: type, message: str) -> None:
    """`kg extract` stops at the file's first record, naming it (``message``, not ``exception``'s
    traceback), and with --on-error=skip writes only the second paper, "ok"."""
    failed = _run("-q", "extract", path, "-o", out)
    assert failed.exit_code == 1 and not isinstance(failed.exception, exception)
    assert f"{path}:1: {message}" in failed.output
    skipped = _run("-q", "extract", path, "-o", out, "--on-error=skip")
    assert skipped.exit_code == 0, skipped.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["ok"]


def test_windows_1252_csv_names_line_column_and_how_to_convert(tmp_path):
    # Excel's plain "CSV" on Windows: a short file used to get "binary or not UTF-8 encoded" and
    # the list of formats, with no line and no hint
    path = tmp_path / "export.csv"
    path.write_bytes('id,title,abstract\n1,Caf\u00e9 cr\u00e8me,"R\u00e9sum\u00e9 \u00e0 venir."\n'.encode("cp1252"))
    result = _run("-q", "extract", path)
    assert result.exit_code == 1
    assert f"{path}:2: not UTF-8 encoded (byte 0xe9 at column 6)" in result.output
    assert "Windows-1252" in result.output and "iconv -f cp1252 -t utf-8" in result.output
    # a longer file is read record by record: the record's line, column and the same hint
    path.write_bytes(f'id,title,abstract\n1,Caf\u00e9 nets,"{ABSTRACT * 3}"\n'.encode("cp1252"))
    result = _run("-q", "extract", path)
    assert result.exit_code == 1
    assert f"{path}:2: invalid UTF-8 in column 'title' (byte 0xe9)" in result.output
    assert "iconv -f cp1252 -t utf-8" in result.output


def test_latin1_record_in_a_long_file_gets_the_hint_too(tmp_path):
    good = json.dumps({"id": "g", "title": "Good", "abstract": ABSTRACT}) + "\n"
    bad = json.dumps({"id": "b", "title": "Caf\u00e9", "abstract": ABSTRACT}, ensure_ascii=False) + "\n"
    path = tmp_path / "p.jsonl"
    path.write_bytes(good.encode() * 40 + bad.encode("latin-1"))
    result = _run("-q", "extract", path, "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 1
    assert f"{path}:41: invalid UTF-8 (byte 0xe9 at column " in result.output
    assert "iconv" in result.output


def test_utf16_without_bom_is_named(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_bytes((json.dumps({"id": "1", "title": "T", "abstract": ABSTRACT}) + "\n").encode("utf-16-le"))
    result = _run("-q", "extract", path)
    assert result.exit_code == 1
    assert "UTF-16 text (without a byte-order mark) is not supported" in result.output


def test_absent_abstract_lists_the_record_fields(tmp_path):
    # an export that wraps each paper in a field of its own ({"item": {... "text": ...}}) or
    # names the abstract otherwise: "record has no abstract" did not say why (the Hugging Face
    # daily-papers API's {"paper": {...}} is read since; see test_hugging_face_daily_papers_...)
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"item": {"id": "2401.00001", "text": ABSTRACT}, "title": "T"}]))
    result = _run("-q", "extract", path)
    assert result.exit_code == 1
    assert f"{path}:1: record has no abstract (no 'abstract' field; its fields: 'item', 'title')" in result.output


def test_summary_is_read_as_the_abstract_when_there_is_none(tmp_path):
    # the arXiv API (and the `arxiv` package) names the abstract "summary": every record was bad
    path = _jsonl(tmp_path / "p.jsonl", {"id": "s", "title": "T", "summary": ABSTRACT},
                  {"id": "both", "title": "U", "abstract": ABSTRACT, "summary": "A one-line TL;DR."})  # fmt: skip
    papers = {p.id: p.abstract for p in read_papers(path)}
    assert papers == {"s": ABSTRACT, "both": ABSTRACT}
    out = tmp_path / "o.jsonl"
    assert _run("-q", "extract", path, "-o", out).exit_code == 0
    assert len(out.read_text().splitlines()) == 2


def test_failed_extract_keeps_the_existing_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n")
    path = _jsonl(tmp_path / "p.jsonl", {"id": "1", "title": "No abstract"})
    assert _run("-q", "extract", path, "-o", out).exit_code == 1
    assert out.read_text() == "earlier results\n"  # was truncated to nothing


def test_rebuild_of_a_zero_delta_writes_nothing(tmp_path):
    # "0 dB loss of SNR compared to the oracle": a delta of -0.0 was written as "-0", which the
    # store keeps as "0", so every build found the paper changed and rewrote it
    path = _jsonl(tmp_path / "p.jsonl", {"id": "n2", "title": "Still Nets", "abstract":
                  "We propose StillNet. StillNet has 0 dB loss of SNR compared to the oracle on the MIMO benchmark."})  # fmt: skip
    store = tmp_path / "kg-data"
    assert _run("--store", store, "build", path).exit_code == 0
    again = _run("--store", store, "build", path)
    assert again.exit_code == 0 and "0 written, 1 unchanged" in again.output


def test_ctrl_c_says_what_was_written_and_exits_130(tmp_path, monkeypatch):
    path = _jsonl(tmp_path / "p.jsonl", {"id": "1", "title": "T", "abstract": ABSTRACT})

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.build, "extract_and_count", interrupted)
    result = _run("--store", tmp_path / "kg-data", "build", path)
    assert result.exit_code == 130
    assert "interrupted while reading and extracting: nothing was written" in result.output


def _build_stopped_before_its_leaderboards(tmp_path, monkeypatch):
    """(input, store, CLI result) of a kg build interrupted once its papers were written."""
    path = _jsonl(tmp_path / "p.jsonl", {"id": "1", "title": "FooNet", "abstract": ABSTRACT})
    store = tmp_path / "kg-data"

    def stopped(self, *args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(kg.build.KgStore, "refresh_leaderboards", stopped)
        result = _run("--store", store, "build", path)
    return path, store, result


def test_build_after_one_stopped_before_its_leaderboards_recomputes_them(tmp_path, monkeypatch):
    # a build killed after writing its papers left their boards missing, and the rerun found the
    # papers unchanged, so it recomputed none of them ("running it again completes it" was untrue)
    path, store, result = _build_stopped_before_its_leaderboards(tmp_path, monkeypatch)
    assert result.exit_code == 130 and "interrupted while recomputing the leaderboards" in result.output
    boards = "SELECT (COUNT(*) AS ?n) WHERE { ?e a mlkg:LeaderboardEntry }"
    assert _run("--store", store, "query", boards, "-f", "csv").output.split()[1] == "0"
    again = _run("--store", store, "build", path)
    assert again.exit_code == 0 and "0 written, 1 unchanged" in again.output
    assert _run("--store", store, "query", boards, "-f", "csv").output.split()[1] == "1"
    pending = "ASK { ?g <http://www.w3.org/ns/prov#invalidatedAtTime> ?t }"
    assert _run("--store", store, "query", pending).output.strip() == "false"


def test_every_command_help_has_an_example():
    # only `kg query --help` showed how to call it; a newcomer reads --help first
    for name in cli.commands:
        text = _run(name, "--help").output
        usage = [line.strip() for line in text.splitlines() if line.strip().startswith(("kg ", "MLKG_"))]
        assert usage, f"kg {name} --help has no example"
    assert "130 interrupted" in _run("--help").output


def test_header_only_csv_is_reported_like_an_empty_file(tmp_path):
    # `kg extract` said "extracted 0 papers" and exited 0, where an empty .jsonl is an error
    path = tmp_path / "export.csv"
    path.write_text("id,title,abstract\n\n")
    result = _run("-q", "extract", path)
    assert result.exit_code == 1
    assert f"{path}:1: the CSV has a header row but no records after it" in result.output


# ---------------------------------------------------------------- damage one record, lose no other

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.sources import read_papers  # noqa: E402

_DAMAGE = {
    "nul": lambda line: line[:5] + b"\0" + line[5:],
    "latin-1": lambda line: line.replace(b"Paper", b"Caf\xe9 Paper", 1),
    "cut": lambda line: line[: len(line) // 2] + b"\n",
    "no abstract": lambda line: line.replace(b"abstract", b"abstrakt", 1),
    "junk": lambda line: b"<<<not a record>>>\n",
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(2, 12), damaged=st.data(), kind=st.sampled_from(sorted(_DAMAGE)),
       crlf=st.booleans(), bom=st.booleans(), gz=st.booleans())  # fmt: skip
def test_one_damaged_jsonl_record_costs_that_record_only(tmp_path, n, damaged, kind, crlf, bom, gz):
    import gzip

    i = damaged.draw(st.integers(0, n - 1))
    lines = [(json.dumps({"id": f"p{k}", "title": f"Paper {k}", "abstract": ABSTRACT}) + "\n").encode()
             for k in range(n)]  # fmt: skip
    lines[i] = _DAMAGE[kind](lines[i])
    data = b"".join(lines)
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    if bom:
        data = b"\xef\xbb\xbf" + data
    path = tmp_path / f"p{n}{i}{kind}{crlf}{bom}.jsonl"
    path.write_bytes(gzip.compress(data) if gz else data)
    errors: list[str] = []
    try:
        ids = [p.id for p in read_papers(path, on_error="skip", errors=errors)]
    except Exception as e:  # a whole-file error must still name the file
        raise AssertionError(f"{kind}: {e}") from e
    if errors and "file skipped" in errors[0]:  # a short file judged whole (not UTF-8, binary)
        assert str(path) in errors[0] and ids == []
        return
    assert ids == [f"p{k}" for k in range(n) if k != i]
    assert len(errors) == 1 and errors[0].startswith(f"{path}:{i + 1}: ")


def test_daily_dump_with_a_wrapped_abstract_says_so(tmp_path):
    # an abstract pasted over two lines: its second half was reported as "title without abstract"
    half = "FooNet reaches 85.2% top-1 accuracy on ImageNet and beats ResNet-50 by 2.1 points. " * 2
    path = tmp_path / "daily.txt"
    path.write_text("Mar 11\n\nFooNet: one\n\n" + half + "\n" + half + "\n\nBarNet: two\n\n" + half * 3 + "\n")
    result = _run("-q", "extract", path)
    assert result.exit_code == 1
    assert f"{path}:6: title without abstract; the line ends like an abstract: is the abstract before it " \
           "wrapped over two lines? (each abstract must be one line)" in result.output


def test_pretty_printed_objects_one_after_another_are_read(tmp_path):
    # `jq '.[]' papers.json > papers.jsonl` (no -c) writes each object over several lines: every
    # line was a bad record (15 for 3 papers) and nothing was read
    records = [{"id": f"p{i}", "title": f"Paper {i}", "abstract": ABSTRACT} for i in range(3)]
    snapshot = {"id": "2101.00001", "title": "Snap", "abstract": ABSTRACT, "update_date": "2021-01-05",
                "authors_parsed": [["Lovelace", "Ada", ""]]}  # fmt: skip
    path = tmp_path / "papers.jsonl"
    path.write_text("\n".join(json.dumps(r, indent=2) for r in [*records, snapshot]) + "\n")
    out = tmp_path / "out.jsonl"
    result = _run("-q", "extract", path, "-o", out)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["p0", "p1", "p2", "2101.00001"]
    (paper,) = [p for p in read_papers(path) if p.id == "2101.00001"]
    assert paper.date == "2021-01-05" and paper.authors == ("Ada Lovelace",)


def test_csv_quote_left_open_names_the_lines_it_joined(tmp_path):
    # the record after the open quote went into its abstract, with no message at all ("extracted 4
    # papers" of 5), or (with commas after the next quote) "a field with an unquoted delimiter?"
    rows = [f'{i},Paper {i},"{ABSTRACT}"' for i in range(5)]
    rows[1] = f'1,Paper 1,"{ABSTRACT}'
    path = tmp_path / "p.csv"
    path.write_text("id,title,abstract\n" + "\n".join(rows) + "\n")
    out = tmp_path / "o.jsonl"
    result = _run("-q", "extract", path, "--on-error=skip", "-o", out)
    assert result.exit_code == 0
    assert f"{path}:3: malformed CSV" in result.output
    assert "it runs from line 3 to line 4: a quote left open on line 3?" in result.output
    # (the record the open quote ran into is read again on its own: not lost with the bad one)
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["0", "2", "3", "4"]
    rows[1] = f'1,Paper 1,"{ABSTRACT}, and more'
    rows[2] = f'2,Paper 2,"{ABSTRACT}", extra, fields'
    path.write_text("id,title,abstract\n" + "\n".join(rows) + "\n")
    result = _run("-q", "extract", path, "--on-error=skip", "-o", out)
    assert "it runs from line 3 to line 4: a quote left open on line 3?" in result.output


def test_refresh_without_a_store_says_so_and_creates_none(tmp_path):
    store = tmp_path / "kg-data"
    result = _run("--store", store, "refresh")
    assert result.exit_code == 1 and "no store here to refresh" in result.output
    assert not store.exists()


def test_a_recompute_of_every_board_clears_an_interrupted_builds_mark(tmp_path, monkeypatch):
    # review: `kg load` and a server's whole-store update recompute every board (refresh with no
    # pairs) but left the mark, so the next build recomputed every board once more
    from kg.rdf import IriScheme
    from kg.settings import Settings
    from kg.store import KgStore

    _, store, result = _build_stopped_before_its_leaderboards(tmp_path, monkeypatch)
    assert result.exit_code == 130
    pending = "ASK { ?g <http://www.w3.org/ns/prov#invalidatedAtTime> ?t }"
    assert _run("--store", store, "query", pending).output.strip() == "true"
    opened = KgStore(str(store))
    opened.refresh_leaderboards(IriScheme(Settings().base_iri))
    opened.flush()
    del opened
    assert _run("--store", store, "query", pending).output.strip() == "false"


# ---------------------------------------------------------------- second pass (r24-newcomer2)


def test_a_downloaded_dataset_folder_skips_its_readme_license_and_hidden_files(tmp_path, caplog):
    # `kg extract DIR` on a dataset folder stopped at its README.md / LICENSE: "unknown format"
    folder = tmp_path / "dataset"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (folder / "README.md").write_text("# Papers\n\nA few papers, one per line.\n")
    (folder / "LICENSE").write_text("MIT License\n\nCopyright (c) someone\n")
    (folder / ".gitattributes").write_text("*.jsonl filter=lfs diff=lfs merge=lfs -text\n")
    _jsonl(folder / "papers.jsonl", {"id": "1", "title": "FooNet", "abstract": ABSTRACT})
    out = tmp_path / "out.jsonl"
    with caplog.at_level("INFO", logger="kg.sources"):
        result = _run("extract", folder, "-o", out)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["1"]
    notes = [r.getMessage() for r in caplog.records if "not paper lists" in r.getMessage()]
    assert notes == [f"{folder}: skipped 4 file(s) that are not paper lists (hidden or documentation): "
                     ".git/, .gitattributes, LICENSE, README.md"]  # fmt: skip
    assert _run("--store", tmp_path / "kg-data", "build", folder).exit_code == 0
    # a file that could be data, in a format mlkg does not read, still stops the run
    (folder / "notes.txt").write_text("some text\nmore text\n")
    result = _run("-q", "extract", folder, "-o", out)
    assert result.exit_code == 1 and "notes.txt: unknown input format" in result.output


def test_hugging_face_daily_papers_api_records_are_unwrapped(tmp_path):
    # /api/daily_papers wraps each paper: {"paper": {...}, "title": ..., "numComments": ...};
    # the reader said "record has no abstract (its fields: 'paper', ...)"
    record = {"paper": {"id": "2405.01234", "title": "FooNet: Fast Image Classifiers", "summary": ABSTRACT,
                        "publishedAt": "2024-05-02T17:59:01.000Z", "authors": [{"_id": "x", "name": "Ann Lee"}],
                        "upvotes": 12},
              "publishedAt": "2024-05-03T01:00:00.000Z", "title": "FooNet: Fast Image Classifiers",
              "numComments": 2, "submittedBy": {"fullname": "Someone"}}  # fmt: skip
    for path in (_jsonl(tmp_path / "daily.jsonl", record), tmp_path / "daily.json"):
        if path.suffix == ".json":
            path.write_text(json.dumps([record], indent=2))
        out = tmp_path / "out.jsonl"
        result = _run("-q", "extract", path, "-o", out)
        assert result.exit_code == 0, result.output
        [paper] = [json.loads(line) for line in out.read_text().splitlines()]
        assert paper["id"] == "2405.01234" and paper["title"] == "FooNet: Fast Image Classifiers"
        assert [m["name"] for m in paper["datasets"]] == ["ImageNet"]
    from kg.sources import read_papers

    [paper] = read_papers(tmp_path / "daily.jsonl")
    assert (paper.arxiv_id, paper.date, paper.authors) == ("2405.01234", "2024-05-02", ("Ann Lee",))


def test_extract_from_python_names_the_paper_whose_text_is_too_long():
    # spaCy's ValueError ("Text of length 1100009 exceeds maximum of 1000000 ...") named no paper
    import pytest

    from kg.extract import TextTooLong, extract
    from kg.model import Paper

    papers = [Paper(id="ok", title="Fine", abstract=ABSTRACT), Paper(id="huge-1", title="Big", abstract="word " * 220_000)]
    with pytest.raises(TextTooLong, match=r"paper 'huge-1': title and abstract have 1,100,005 characters"):
        list(extract(papers))
    with pytest.raises(ValueError):  # (still a ValueError, for callers that caught spaCy's)
        list(extract(papers[1:]))


def test_jsonl_with_old_mac_line_ends_is_read_and_a_comment_line_is_named(tmp_path):
    # CR-only line ends: "invalid JSON (Extra data at column 56)" on line 1, for the whole file
    records = [{"id": str(i), "title": f"Paper {i}", "abstract": ABSTRACT} for i in (1, 2, 3)]
    path = tmp_path / "mac.jsonl"
    path.write_bytes(b"".join(json.dumps(r).encode() + b"\r" for r in records))
    out = tmp_path / "out.jsonl"
    result = _run("-q", "extract", path, "-o", out)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["1", "2", "3"]
    # a bad record in such a file is named by its own line
    path.write_bytes(b"\r".join(json.dumps(r).encode() for r in records).replace(b'"Paper 3"', b'"Paper 3'))
    result = _run("-q", "extract", path, "-o", out)
    assert result.exit_code == 1 and f"{path}:3: invalid JSON" in result.output
    # an Excel-for-Mac CSV (CR line ends) too
    csv_path = tmp_path / "mac.csv"
    csv_path.write_bytes(f'id,title,abstract\r1,FooNet,"{ABSTRACT}"\r'.encode())
    assert _run("-q", "extract", csv_path, "-o", out).exit_code == 0
    # JSON has no comments: a '#' line is an error that says what the line is (was "Expecting value")
    path.write_text("# papers of March\n" + json.dumps(records[0]) + "\n")
    result = _run("-q", "extract", path, "-o", out)
    assert result.exit_code == 1
    assert f"{path}:1: a comment line (starts with '#'): JSON Lines has no comments" in result.output
    assert _run("-q", "extract", path, "-o", out, "--on-error=skip").exit_code == 0


def test_cr_ended_lines_longer_than_one_read_are_carried_over(monkeypatch, tmp_path):
    import io

    import kg.sources.base as base

    monkeypatch.setattr(base, "MAX_LINE", 8)  # readline returns at most 8 bytes: lines span reads
    lines = list(base.numbered_lines(io.BytesIO(b"abc\rdefgh\rij\r\nk\rlm"), tmp_path))
    assert lines == [(1, b"abc\r"), (2, b"defgh\r"), (3, b"ij\r\n"), (4, b"k\r"), (5, b"lm")]


def test_export_leaves_out_the_marker_of_a_build_in_progress(tmp_path, caplog):
    # a build writing papers (or killed while writing) marks the leaderboards graph with
    # prov:invalidatedAtTime, and `kg export` dumped that build state with the data
    from kg.rdf import IriScheme
    from kg.store import open_store

    path = _jsonl(tmp_path / "p.jsonl", {"id": "1", "title": "FooNet", "abstract": ABSTRACT})
    store = tmp_path / "kg-data"
    assert _run("--store", store, "build", path).exit_code == 0
    opened = open_store(str(store))
    opened.mark_boards_pending(IriScheme())
    opened.flush()
    del opened
    dump = tmp_path / "dump.nq"
    result = _run("--store", store, "export", "--format", "nq", "-o", dump)
    assert result.exit_code == 0, result.output
    text = dump.read_text()
    assert "FooNet" in text and "invalidatedAtTime" not in text
    assert "the leaderboards are out of date" in caplog.text  # (said once, not left out silently)
    assert caplog.text.count("out of date") == 1


def test_a_parquet_or_zip_file_says_how_to_read_it(tmp_path):
    # a Hugging Face dataset's data/*.parquet got "binary file (NUL bytes)" and the list of formats
    path = tmp_path / "train-00000-of-00001.parquet"
    path.write_bytes(b"PAR1\x15\x04\x15\x10\x15\x14L\x15\x02\x15\x00\x12\x00\x00" + b"\x00" * 64 + b"PAR1")
    result = _run("-q", "extract", path)
    assert result.exit_code == 1
    assert "binary file (a Parquet file), not a paper list; convert it to JSON Lines first" in result.output
    zipped = tmp_path / "papers.zip"
    zipped.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    result = _run("-q", "extract", zipped)
    assert result.exit_code == 1 and "binary file (a zip archive), not a paper list; unzip it" in result.output


# ---------------------------------------------------------------- review mends (lead)


def test_extract_output_through_a_symlink_or_into_a_fifo_keeps_them(tmp_path):
    # review: the temporary file was renamed over the symlink itself (its file kept the old
    # text) and over a FIFO (which became a plain file)
    import os
    import threading

    path = _jsonl(tmp_path / "p.jsonl", {"id": "1", "title": "FooNet", "abstract": ABSTRACT})
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert _run("-q", "extract", path, "-o", link).exit_code == 0
    assert link.is_symlink() and '"id": "1"' in real.read_text()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    assert _run("-q", "extract", path, "-o", fifo).exit_code == 0
    reader.join(10)
    assert fifo.is_fifo() and '"id": "1"' in got[0]


def test_ctrl_c_in_any_command_exits_130(tmp_path, monkeypatch):
    # review: only kg build said what it had written and exited 130; kg extract printed click's
    # "Aborted!" and exited 1, against the documented exit codes
    path = _jsonl(tmp_path / "p.jsonl", {"id": "1", "title": "FooNet", "abstract": ABSTRACT})
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.build, "extract_papers", interrupted)
    result = _run("-q", "extract", path, "-o", out)
    assert result.exit_code == 130 and "interrupted" in result.output and "Aborted" not in result.output
    assert out.read_text() == "earlier results\n"


def _csv_ids(out):
    return [json.loads(line)["id"] for line in out.read_text().splitlines()]


def test_csv_single_line_quote_oddities_are_read_as_text_not_bad_records(tmp_path):
    # review: strict parsing refused rows the lenient reader read (and without --on-error=skip the
    # whole run failed): a space after the closing quote, a bare quote inside a quoted field, \" escapes
    from kg.sources import read_papers

    path = tmp_path / "p.csv"
    path.write_text("id,title,abstract\n"
                    f'1,"Spaced title" ,"{ABSTRACT}"\n'
                    f'2,Inches,"A 7" tablet display. {ABSTRACT}"\n'
                    f'3,Escaped,"They call it \\"FooNet\\" here. {ABSTRACT}"\n'
                    f'4,Plain,"{ABSTRACT}"\n')  # fmt: skip
    out = tmp_path / "o.jsonl"
    result = _run("-q", "extract", path, "-o", out)
    assert result.exit_code == 0, result.output
    assert _csv_ids(out) == ["1", "2", "3", "4"]
    papers = list(read_papers(path))
    assert papers[0].title == "Spaced title" and papers[0].abstract == ABSTRACT
    assert papers[1].abstract == f'A 7" tablet display. {ABSTRACT}'
    assert papers[2].abstract == f'They call it "FooNet" here. {ABSTRACT}'
    assert [p.source for p in papers] == [f"{path}:{n}" for n in (2, 3, 4, 5)]


def test_csv_whose_only_row_has_an_oddity_is_read_with_no_misleading_no_records(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(f'id,title,abstract\n1,"Spaced title" ,"{ABSTRACT}"\n')
    out = tmp_path / "o.jsonl"
    result = _run("-q", "extract", path, "-o", out)
    assert result.exit_code == 0, result.output
    assert "no records" not in result.output and _csv_ids(out) == ["1"]


def test_csv_oddity_then_a_field_over_two_lines_reads_as_the_lenient_reader_did(tmp_path):
    # not a quote left open: the quoted abstract's second line does not read as a record
    from kg.sources import read_papers

    path = tmp_path / "p.csv"
    path.write_text(f'id,title,abstract\n1,"Odd" title,"{ABSTRACT}\nIt goes on here."\n2,Next,"{ABSTRACT}"\n')
    result = _run("-q", "extract", path, "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 0, result.output
    first, second = read_papers(path)
    assert first.title == "Odd title" and first.abstract == f"{ABSTRACT} It goes on here."
    assert second.source == f"{path}:4"


def test_csv_quote_never_closed_is_bad_and_the_records_it_ran_into_are_read(tmp_path):
    rows = [f'{i},Paper {i},{ABSTRACT.replace(",", "")}' for i in range(4)]
    rows[0] = f'0,Paper 0,"{ABSTRACT}'
    path = tmp_path / "p.csv"
    path.write_text("id,title,abstract\n" + "\n".join(rows) + "\n")
    out = tmp_path / "o.jsonl"
    failed = _run("-q", "extract", path, "-o", out)
    assert failed.exit_code == 1 and f"{path}:2: malformed CSV" in failed.output
    result = _run("-q", "extract", path, "--on-error=skip", "-o", out)
    assert result.exit_code == 0, result.output
    assert "it runs from line 2 to line 5: a quote left open on line 2?" in result.output
    assert _csv_ids(out) == ["1", "2", "3"]


def test_title_and_abstract_over_the_extractor_limit_is_a_bad_record_with_its_line(tmp_path):
    # review: the length check saw the abstract alone, spaCy sees title + "\n\n" + abstract: an
    # abstract of 999,990 characters with a title ended the run with TextTooLong, even with skip
    from kg.extract import TextTooLong

    long = "word " * 199_998  # 999,990 characters
    path = _jsonl(tmp_path / "p.jsonl", {"id": "big", "title": "A Long Title", "abstract": long},
                  {"id": "ok", "title": "Fine", "abstract": ABSTRACT})  # fmt: skip
    out = tmp_path / "out.jsonl"
    _fails_then_skips_the_first_record(path, out, TextTooLong,
                                       "title and abstract have 1,000,003 characters, more than the 1,000,000")  # fmt: skip
    daily = tmp_path / "daily.txt"  # the title-and-abstract-lines format checks the same text
    daily.write_text(f"A Long Title\n{long.strip()} end.\n\nFine\n{ABSTRACT}\n")
    skipped = _run("-q", "extract", daily, "--format", "daily", "-o", out, "--on-error=skip")
    assert skipped.exit_code == 0 and f"{daily}:1: title and abstract have" in skipped.output
    assert len(out.read_text().splitlines()) == 1


def test_csv_field_over_the_csv_modules_field_limit_is_read(tmp_path):
    # csv.field_size_limit (131,072) made a 150,000-character abstract "malformed CSV", where the
    # JSON Lines reader takes it; a row of such a field with a field too many is still a bad record
    long = "word " * 30_000
    path = tmp_path / "p.csv"
    path.write_text(f'id,title,abstract\n1,Long,"{long}"\n2,Extra,"{long}",x\n3,Short,"{ABSTRACT}"\n')
    out = tmp_path / "o.jsonl"
    result = _run("-q", "extract", path, "--on-error=skip", "-o", out)
    assert result.exit_code == 0, result.output
    assert f"{path}:3: row has 4 fields but the header has 3" in result.output
    assert _csv_ids(out) == ["1", "3"]
