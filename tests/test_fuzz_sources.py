"""Property-based tests: readers and cleanup never crash on hostile input."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Paper
from kg.sources import read_papers
from kg.sources.clean import clean_text

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.text())
def test_clean_text_never_raises(s):
    out = clean_text(s)
    assert isinstance(out, str)
    assert "\x00" not in out
    assert out == out.strip()


@FUZZ
@given(st.text(alphabet=st.sampled_from(list("\\{}$^_%&~ab1 \n<>;#")), max_size=300))
def test_clean_text_survives_latex_soup(s):
    assert isinstance(clean_text(s), str)


def _read_all(data: bytes, name: str, on_error: str) -> list[Paper]:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(data)
        return list(read_papers([path], on_error=on_error))


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["x.jsonl", "x.csv", "x.txt", "x.json", "x"]))
def test_any_bytes_give_papers_or_a_located_input_error(data, name):
    try:
        papers = _read_all(data, name, "fail")
    except InputError as e:
        assert name in str(e)
        return
    assert all(isinstance(p, Paper) and p.title and p.abstract for p in papers)
    # skip mode never raises on content problems
    _read_all(data, name, "skip")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(st.lists(st.one_of(json_values, st.fixed_dictionaries(
    {"title": st.text(max_size=50), "abstract": st.text(max_size=200)},
    optional={"id": json_values, "authors": json_values, "date": json_values, "doi": json_values})), max_size=8))
def test_json_lines_of_any_shape(records):
    data = "\n".join(json.dumps(r) for r in records).encode()
    try:
        papers = _read_all(data, "x.jsonl", "fail")
    except InputError as e:
        assert "x.jsonl" in str(e)
        return
    assert all(isinstance(p.id, str) for p in papers)


def _peak_mb_of(fn) -> float:
    import tracemalloc

    tracemalloc.start()
    try:
        fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / 2**20


def test_gzip_bomb_with_a_huge_line_is_rejected_in_bounded_memory(tmp_path):
    import gzip

    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=9) as f:
        f.write(b'{"title": "t", "abstract": "')
        chunk = b"a" * (1 << 20)
        for _ in range(200):  # 200 MiB of one line, about 200 KB compressed
            f.write(chunk)
        f.write(b'"}\n{"title": "ok", "abstract": "fine"}\n')
    assert path.stat().st_size < 1 << 20
    errors: list[str] = []
    papers: list = []
    peak = _peak_mb_of(lambda: papers.extend(read_papers([path], on_error="skip", errors=errors)))
    assert [p.title for p in papers] == ["ok"]
    assert errors and "bomb.jsonl.gz:1" in errors[0] and "longer than" in errors[0]
    assert peak < 100, f"peak {peak:.0f} MiB"


def test_deeply_nested_json_and_nul_bytes(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_bytes(b'{"title": "first", "abstract": "fine"}\n' + b"[" * 100_000 + b"]" * 100_000
                     + b'\n{"title": "a\\u0000b", "abstract": "c\x00d"}\n{"title": "ok", "abstract": "fine"}\n')
    errors: list[str] = []
    papers = list(read_papers([path], on_error="skip", errors=errors))
    assert papers[-1].title == "ok"
    assert any("deep.jsonl:2" in e for e in errors)
    assert all("\x00" not in p.title + p.abstract for p in papers)


def test_huge_abstract_under_the_line_limit_is_a_bad_record(tmp_path):
    # read through (under the 16 MiB line limit), then reported with its line: the extractor
    # (spaCy) raises past 1,000,000 characters, which made `kg extract` end in a traceback (round 24)
    path = tmp_path / "big.jsonl"
    words = "word " * 2_000_000  # 10 MB abstract
    path.write_text(json.dumps({"title": "Big", "abstract": words}) + "\n" + json.dumps({"title": "T", "abstract": "A."}) + "\n")
    errors: list[str] = []
    (paper,) = read_papers([path], on_error="skip", errors=errors)
    assert paper.title == "T"
    assert errors == [f"{path}:1: abstract has 9,999,999 characters, more than the 1,000,000 the extractor "
                      "takes (a whole paper's text, or a field that runs on into the records after it?)"]


def test_carriage_return_csv_is_an_input_error(tmp_path):
    # found by hypothesis: b"\r\x01" named x.csv made the csv module raise its own error
    path = tmp_path / "x.csv"
    path.write_bytes(b"\r\x01")
    try:
        list(read_papers([path]))
    except InputError as e:
        assert "x.csv" in str(e)
    assert list(read_papers([path], on_error="skip")) == []
