"""kg.sources: readers, format detection, cleanup, de-duplication and bad input."""

from __future__ import annotations

import bz2
import gzip
import json
import logging
import random
import time
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Paper
from kg.sources import FORMATS, dedupe, detect_format, input_files, read_papers
from kg.sources.clean import clean_text, normalize_date, split_authors, title_id

DATA = Path(__file__).parent / "data" / "sources"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DAILY = SHARED / "corpus" / "hf-daily-papers"
SOTA = SHARED / "corpus" / "sota-arxiv"


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def record(**fields) -> str:
    return json.dumps(fields)


GOOD = record(id="g1", title="A Good Paper", abstract="It is fine.")


# --- cleanup -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (r"a 2$\times$ speed-up", "a 2× speed-up"),
        (r"4\times fewer", "4× fewer"),
        (r"improves by 3.2\% over", "improves by 3.2% over"),
        (r"\emph{BERT} and \textbf{RoBERTa}", "BERT and RoBERTa"),
        (r"\textit{x}, \texttt{y}, $\mathrm{z}$, \text{w}", "x, y, z, w"),
        (r"as shown in \cite{devlin2019} and Fig.~\ref{fig:1}.", "as shown in and Fig.."),
        (r"see~Table 2", "see Table 2"),
        ("pages 1--10 --- done", "pages 1–10 — done"),
        (r"first\\second", "first second"),
        ("``quoted'' text", "“quoted” text"),
        (r"$\alpha \leq \beta$, $x \geq 1$, $\pm 0.3$", "α ≤ β, x ≥ 1, ± 0.3"),
        (r"$\approx$ 5, $\sim$ 3, $a \rightarrow b$, $\infty$, $a \cdot b$", "≈ 5, ~ 3, a → b, ∞, a · b"),
        (r"$O(n^{2})$ and $x_{i}$", "O(n^2) and x_i"),
        (r"{Dropout}: {A} simple way", "Dropout: A simple way"),
        (r"Caf\'e, G\"odel, na\"{\i}ve", "Café, Gödel, naïve"),
        ("line one\nline two\r\n   three", "line one line two three"),
        ("  lots   of\tspace  ", "lots of space"),
        ("<p>Some <i>HTML</i> &amp; entities&nbsp;here</p>", "Some HTML & entities here"),
        ("a < b and c > d", "a < b and c > d"),
        ("p<0.05", "p<0.05"),
        ("e\u0301te\u0301", "été"),
        ("×, ≤, α already Unicode", "×, ≤, α already Unicode"),
        ("costs $5 and $10", "costs $5 and $10"),
        (r"\$5 and 50\%", "$5 and 50%"),
        (r"our website\footnote{Code: https://x.org/c}\footnote{Video: https://y} shows", "our website shows"),
        ("\\setcounter{footnote}{0}\nAutomatically", "Automatically"),
        (r"We use\footnotemark[1] BERT.", "We use BERT."),
        (r"for Probabilistic Systems\rsuper *", "for Probabilistic Systems"),
        (r"Join Calculus\rsuper{*} and Automata\rsuper a", "Join Calculus and Automata"),
        (r"Model-Checking\rsuper", "Model-Checking"),
        (r"and optimization\footnote{Code at~\url{https://x.org/y}}. Next", "and optimization. Next"),
        ("", ""),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_clean_text_is_nfc_and_single_line():
    out = clean_text("Cafe\u0301\n\nnext  paragraph\u00a0here")
    assert out == "Café next paragraph here"
    assert "\n" not in out


@pytest.mark.parametrize(
    "raw",
    ["\\", "$", "{", "}", "$$", "\\emph{", "\\frac{", "<", "&", "&#99999999;", "\ud800", "\x00",
     "\\'", "``", "\\verb+", "<!--", "\\begin{CCSXML}", "$\\", "~" * 5, "-" * 7, "\\c{", "\ue000"],
)  # fmt: skip
def test_clean_text_never_raises(raw):
    assert isinstance(clean_text(raw), str)
    assert isinstance(clean_text(raw * 3 + "x" + raw), str)


def test_clean_text_fuzz():
    rng = random.Random(20240311)
    pieces = list("\\{}$~`'\"^_-<>&;#%aZ9 \n\t\x00[]()=.,/!*") + [
        "\ud800", "e\u0301", "\\emph{", "\\cite{", "$$", "<b>", "&amp;", "\\'", "\\frac{",
        "\\verb+", "<!--", "-->", "\\begin{CCSXML}", "\\end{CCSXML}", "``", "''", "\\alpha",
    ]  # fmt: skip
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        out = clean_text(text)
        assert out == out.strip() and "\n" not in out
        assert clean_text(out) == clean_text(clean_text(out))  # settles after a pass


@pytest.mark.parametrize("unit", ["<!--", "``a", " ~\\cite[", "\\begin{CCSXML}", "$ \\", "<a b='", "\\'{"])
def test_clean_text_is_linear_on_adversarial_input(unit):
    started = time.perf_counter()
    clean_text(unit * (200_000 // len(unit)))
    assert time.perf_counter() - started < 1.0  # about 20 ms; quadratic regexes took seconds


def test_title_id_is_stable_and_uses_the_title_key():
    assert title_id("Attention Is All You Need") == title_id("attention  is all you need!")
    assert title_id("Attention Is All You Need") != title_id("Attention Is Not All You Need")
    assert len(title_id("x")) == 16 and int(title_id("x"), 16) >= 0


def test_normalize_date():
    assert normalize_date("2018-10-11") == "2018-10-11"
    assert normalize_date("2018-10-11T08:00:00Z") == "2018-10-11"
    assert normalize_date("12 Jun 2017") == "2017-06-12"
    assert normalize_date("Mar 11") is None
    assert normalize_date("sometime") is None
    assert normalize_date(20180101) is None


def test_split_authors():
    assert split_authors("A. B, C. D and E. F") == ("A. B", "C. D", "E. F")
    assert split_authors("He, Kaiming; Ren, Shaoqing", commas=False) == ("He, Kaiming", "Ren, Shaoqing")


# --- detection ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("daily.txt", "daily"), ("papers.jsonl", "jsonl"), ("papers.csv", "csv"),
     ("arxiv.jsonl", "arxiv"), ("papers.json", "json")],
)  # fmt: skip
def test_detect_format(name, fmt):
    assert detect_format(DATA / name) == fmt


def test_detect_format_ignores_misleading_extension(tmp_path):
    assert detect_format(write(tmp_path / "papers.txt", GOOD + "\n")) == "jsonl"
    daily = (DATA / "daily.txt").read_bytes()
    assert detect_format(write(tmp_path / "dump.csv", daily)) == "daily"


def test_detect_format_through_compression(tmp_path):
    plain = (DATA / "arxiv.jsonl").read_bytes()
    assert detect_format(write(tmp_path / "a.jsonl.gz", gzip.compress(plain))) == "arxiv"
    assert detect_format(write(tmp_path / "b.bin", bz2.compress(plain))) == "arxiv"


def test_unknown_format(tmp_path):
    path = write(tmp_path / "notes.txt", "Just some notes.\nNothing to see here.\n")
    with pytest.raises(InputError) as e:
        detect_format(path)
    assert str(path) in str(e.value)
    assert "unknown input format" in str(e.value)
    for fmt in FORMATS:
        assert fmt in str(e.value)


def test_binary_file(tmp_path):
    path = write(tmp_path / "image.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as e:
        detect_format(path)
    assert str(e.value).startswith(f"{path}: binary file")
    assert "accepted formats" in str(e.value)


def test_undecodable_file(tmp_path):
    path = write(tmp_path / "latin1.txt", bytes(range(128, 256)) * 4)
    with pytest.raises(InputError, match="not UTF-8"):
        detect_format(path)


def test_empty_file(tmp_path):
    for content in ("", "  \n\n "):
        path = write(tmp_path / "empty.jsonl", content)
        with pytest.raises(InputError) as e:
            detect_format(path)
        assert str(e.value).startswith(f"{path}: empty file")


def test_utf16_file(tmp_path):
    path = write(tmp_path / "p.csv", "title,abstract\nT,A\n".encode("utf-16"))
    with pytest.raises(InputError, match="UTF-16"):
        detect_format(path)


# --- readers -----------------------------------------------------------------------------


def test_read_daily():
    errors: list[str] = []
    papers = list(read_papers(DATA / "daily.txt", on_error="skip", errors=errors))
    assert [p.title for p in papers] == [
        "SHViT: Single-Head Vision Transformer with Memory Efficient Macro Design",
        "CodeChain: Towards Modular Code Generation Through Chain of Self-revisions",
        "A Third Paper About α-Divergences",
    ]
    assert (
        papers[2].abstract
        == "We study α-divergences and show a 2× speed-up over prior work on 10% of the data."
    )
    assert papers[0].source == f"{DATA / 'daily.txt'}:11"
    assert all(p.date is None and p.id == title_id(p.title) for p in papers)
    # the dump is cut after the last title
    assert errors == [
        f"{DATA / 'daily.txt'}:27: title without abstract at the end of the file (truncated dump?)"
    ]


def test_read_daily_title_without_abstract_mid_file(tmp_path):
    body = "\n\n".join(
        ["new", "Mar 11", "First Title", "A" * 500 + ".", "Orphan Title", "Third Title", "B" * 500 + "."]
    )
    errors: list[str] = []
    papers = list(read_papers(write(tmp_path / "d.txt", body), on_error="skip", errors=errors))
    assert [p.title for p in papers] == ["First Title", "Third Title"]
    assert errors == [f"{tmp_path / 'd.txt'}:9: title without abstract"]


def test_read_jsonl():
    papers = list(read_papers(DATA / "papers.jsonl"))
    bert, attention, cut, no_id = papers
    assert bert.id == "p-001"
    assert bert.abstract == (
        "We introduce a new language representation model called BERT. It obtains 80.5% on GLUE."
    )
    assert bert.authors == ("Jacob Devlin", "Ming-Wei Chang")
    assert (bert.date, bert.doi, bert.arxiv_id) == ("2018-10-11", "10.18653/v1/N19-1423", "1810.04805")
    assert bert.source == f"{DATA / 'papers.jsonl'}:1"
    assert attention.id == "42"
    assert attention.arxiv_id == "1706.03762"
    assert attention.date == "2017-06-12"
    assert attention.authors == ("Ashish Vaswani", "Noam Shazeer", "Niki Parmar")
    # sota-arxiv style: the id is carried unchanged, the arXiv id is read from it
    assert (cut.id, cut.arxiv_id) == ("arXiv:0704.1707", "0704.1707")
    assert cut.title == "A Cut-free Sequent Calculus for Bi-Intuitionistic Logic"
    assert cut.source.endswith("papers.jsonl:4")  # blank line 3 still counts
    assert no_id.id == title_id("A Paper Without Id")
    assert no_id.date is None


def test_read_json_array():
    papers = list(read_papers(DATA / "papers.json"))
    assert [(p.id, p.source.rsplit(":", 1)[1]) for p in papers] == [("j1", "2"), ("j2", "4")]


def test_read_json_array_streams_large_elements(tmp_path):
    items = [{"id": str(i), "title": f"Paper {i}", "abstract": "word " * 30000} for i in range(5)]
    path = write(tmp_path / "big.json", json.dumps(items, indent=1))
    papers = list(read_papers(path))
    assert [p.id for p in papers] == ["0", "1", "2", "3", "4"]
    assert papers[1].source == f"{path}:7"


def test_read_csv():
    c1, c2 = read_papers(DATA / "papers.csv")
    assert c1.id == "c1"
    assert c1.abstract == (
        "Deeper neural networks are more difficult to train. "
        "We present a residual learning framework, reaching 3.57% error on ImageNet."
    )
    assert c1.authors == ("Kaiming He", "Xiangyu Zhang", "Shaoqing Ren")
    assert (c1.date, c1.arxiv_id, c1.doi) == ("2015-12-10", "1512.03385", None)
    assert c1.source == f"{DATA / 'papers.csv'}:2"
    assert c2.source == f"{DATA / 'papers.csv'}:4"  # the record of line 2 spans two lines
    assert c2.authors == ("Kingma, Diederik P.",)
    assert c2.date is None and c2.url is None


def test_read_csv_tab_separated_with_extra_columns(tmp_path):
    path = write(tmp_path / "p.tsv", "Title\tAbstract\tVenue\nA Title\tAn abstract.\tNeurIPS\n")
    (paper,) = read_papers(path)
    assert (paper.title, paper.abstract, paper.id) == ("A Title", "An abstract.", title_id("A Title"))


def test_read_arxiv_snapshot():
    first, old = read_papers(DATA / "arxiv.jsonl")
    assert (first.id, first.arxiv_id) == ("0704.0001", "0704.0001")
    assert (
        first.title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"
    )
    assert first.authors == ("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan")
    assert first.date == "2007-04-02"  # v1 (update_date, 2008-11-13, is the last metadata change)
    assert first.doi == "10.1103/PhysRevD.76.013009"
    assert first.url == "https://arxiv.org/abs/0704.0001"
    assert (old.id, old.arxiv_id, old.authors) == ("math/0406001", "math/0406001", ("A. Author", "B. Writer"))


def test_read_gzip_transparently(tmp_path):
    plain = (DATA / "papers.jsonl").read_bytes()
    path = write(tmp_path / "papers.jsonl.gz", gzip.compress(plain))
    assert [p.id for p in read_papers(path)] == [
        "p-001",
        "42",
        "arXiv:0704.1707",
        title_id("A Paper Without Id"),
    ]


def test_read_directory_recursively_sorted_skipping_hidden(tmp_path):
    write(tmp_path / "b.jsonl", record(id="b", title="B", abstract="b."))
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.jsonl", record(id="sub-a", title="S", abstract="s."))
    write(tmp_path / "a.jsonl", record(id="a", title="A", abstract="a."))
    write(tmp_path / ".hidden.jsonl", "not even json")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git" / "x.jsonl", "not even json")
    assert [p.id for p in read_papers(tmp_path)] == ["a", "b", "sub-a"]
    assert [p.id for p in read_papers([tmp_path / "b.jsonl", tmp_path / "a.jsonl"])] == ["b", "a"]


def test_explicit_format(tmp_path):
    path = write(tmp_path / "plain.txt", "My Title\n\nMy abstract is this sentence.\n")
    with pytest.raises(InputError, match="unknown input format"):
        list(read_papers(path))
    (paper,) = read_papers(path, format="daily")
    assert paper.title == "My Title"
    with pytest.raises(ValueError, match="format must be one of"):
        list(read_papers(path, format="xml"))
    with pytest.raises(ValueError, match="on_error"):
        list(read_papers(path, on_error="ignore"))


def test_missing_path_is_reported_before_reading(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        input_files([DATA / "papers.jsonl", tmp_path / "nope.jsonl"])


# --- bad input ---------------------------------------------------------------------------


def bad_record_message(path: Path, **kwargs) -> str:
    with pytest.raises(InputError) as e:
        list(read_papers(path, **kwargs))
    return str(e.value)


def test_truncated_json_line(tmp_path):
    path = write(tmp_path / "p.jsonl", GOOD + "\n" + GOOD[:25] + "\n" + GOOD + "\n")
    message = bad_record_message(path)
    assert message.startswith(f"{path}:2: invalid JSON")
    assert message.endswith("use --on-error=skip to skip such records")
    errors: list[str] = []
    assert len(list(read_papers(path, on_error="skip", errors=errors))) == 2
    assert len(errors) == 1 and errors[0].startswith(f"{path}:2: invalid JSON")


def test_record_without_abstract(tmp_path):
    lines = [GOOD, record(id="x", title="No Abstract"), record(id="y", title="T", abstract="  \\emph{} ")]
    path = write(tmp_path / "p.jsonl", "\n".join(lines) + "\n")
    # an absent field shows the record's fields (a renamed or wrapped abstract), an empty one does not
    absent = "record has no abstract (no 'abstract' field; its fields: 'id', 'title')"
    assert bad_record_message(path).startswith(f"{path}:2: {absent};")
    errors: list[str] = []
    assert [p.id for p in read_papers(path, on_error="skip", errors=errors)] == ["g1"]
    assert errors == [f"{path}:2: {absent}", f"{path}:3: record has no abstract"]


def test_record_without_title(tmp_path):
    """Without a title a record needs an id to name it by (sota-arxiv has 691 such records)."""
    path = write(tmp_path / "p.jsonl", record(title="", abstract="Text.") + "\n")
    assert bad_record_message(path).startswith(f"{path}:1: record has no title (and no id to name it by)")
    path = write(tmp_path / "q.jsonl", record(id="arXiv:0707.2436", title="  ", abstract="Filters are studied.") + "\n")
    (paper,) = read_papers(path)
    assert (paper.title, paper.arxiv_id, paper.abstract) == ("", "0707.2436", "Filters are studied.")


def test_non_object_and_wrong_types(tmp_path):
    lines = [
        "[1, 2]",
        '"just a string"',
        record(id="x", title=["A"], abstract="B"),
        record(id={}, title="A", abstract="B"),
    ]
    path = write(tmp_path / "p.jsonl", GOOD + "\n" + "\n".join(lines) + "\n")
    errors: list[str] = []
    assert len(list(read_papers(path, on_error="skip", errors=errors))) == 1
    assert [e.split(": ", 1)[0] for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "expected a JSON object" in errors[0]
    assert "field 'title' is a list" in errors[2]


def test_invalid_utf8_line(tmp_path):
    path = write(tmp_path / "p.jsonl", (GOOD + "\n").encode() + b'{"title": "caf\xe9", "abstract": "x"}\n')
    assert bad_record_message(path).startswith(f"{path}:2: invalid UTF-8 (byte 0xe9")
    errors: list[str] = []
    assert len(list(read_papers(path, on_error="skip", errors=errors))) == 1
    assert errors[0].startswith(f"{path}:2: invalid UTF-8")


def test_invalid_utf8_in_csv_and_daily(tmp_path):
    csv_path = write(tmp_path / "p.csv", b"title,abstract\nGood,Fine.\nBad \xff,Text.\n")
    assert bad_record_message(csv_path).startswith(f"{csv_path}:3: invalid UTF-8")
    daily = b"new\n\nMar 11\n\nTitle \xff\n\nAbstract.\n\nGood Title\n\nGood abstract.\n"
    daily_path = write(tmp_path / "d.txt", daily)
    errors: list[str] = []
    assert [p.title for p in read_papers(daily_path, on_error="skip", errors=errors)] == ["Good Title"]
    assert errors[0].startswith(f"{daily_path}:5: invalid UTF-8")


def test_nul_bytes_in_a_line(tmp_path):
    path = write(tmp_path / "p.jsonl", (GOOD + "\n" + GOOD + "\n").encode() + b'{"ti\x00tle": 1}\n')
    assert bad_record_message(path).startswith(f"{path}:3: NUL byte")


def test_binary_file_is_rejected_or_skipped(tmp_path):
    write(tmp_path / "a.jsonl", GOOD + "\n")
    binary = write(tmp_path / "b.bin", bytes(range(256)) * 10)
    with pytest.raises(InputError, match="binary file"):
        list(read_papers(tmp_path))
    errors: list[str] = []
    assert [p.id for p in read_papers(tmp_path, on_error="skip", errors=errors)] == ["g1"]
    assert len(errors) == 1
    assert errors[0].startswith(f"{binary}: binary file (NUL bytes), not a paper list; accepted formats")
    assert errors[0].endswith("; file skipped")


def test_empty_and_unknown_files_in_skip_mode(tmp_path):
    write(tmp_path / "a.jsonl", GOOD + "\n")
    write(tmp_path / "b.jsonl", "")
    write(tmp_path / "c.txt", "hello\n")
    errors: list[str] = []
    assert len(list(read_papers(tmp_path, on_error="skip", errors=errors))) == 1
    assert errors[0].startswith(f"{tmp_path / 'b.jsonl'}: empty file")
    assert errors[1].startswith(f"{tmp_path / 'c.txt'}: unknown input format")


def test_csv_header_without_required_columns(tmp_path):
    path = write(tmp_path / "p.csv", "id,name,summary\n1,x,y\n")
    message = bad_record_message(path)
    assert message.startswith(f"{path}:1: the CSV header has no title and abstract column")
    assert "'id', 'name', 'summary'" in message
    errors: list[str] = []
    list(read_papers(path, on_error="skip", errors=errors))
    assert errors[0].startswith(f"{path}:1: the CSV header has no title and abstract column")


def test_csv_rows_missing_columns(tmp_path):
    path = write(
        tmp_path / "p.csv", 'id,title,abstract\n1,Only a title\n2,T,"A, B",extra\n3,Fine,Abstract.\n'
    )
    message = bad_record_message(path)
    assert message.startswith(f"{path}:2: row has 2 fields but the header has 3")
    errors: list[str] = []
    assert [p.id for p in read_papers(path, on_error="skip", errors=errors)] == ["3"]
    assert [e.split(": ", 1)[0] for e in errors] == [f"{path}:2", f"{path}:3"]
    assert "unquoted delimiter" in errors[1]


def test_truncated_gzip(tmp_path):
    plain = ("\n".join(record(id=str(i), title=f"T{i}", abstract="x " * 50) for i in range(3000))).encode()
    path = write(tmp_path / "p.jsonl.gz", gzip.compress(plain)[:-2000])
    with pytest.raises(InputError, match="damaged or truncated"):
        list(read_papers(path))
    errors: list[str] = []
    papers = list(read_papers(path, on_error="skip", errors=errors))
    assert 0 < len(papers) < 3000
    assert "skipped the rest of the file" in errors[-1]


def test_skip_logs_a_warning(tmp_path, caplog):
    path = write(tmp_path / "p.jsonl", "{broken\n" + GOOD + "\n")
    with caplog.at_level(logging.WARNING, logger="kg.sources"):
        assert len(list(read_papers(path, on_error="skip"))) == 1
    (warning,) = [r.getMessage() for r in caplog.records]
    assert warning.startswith(f"{path}:1: invalid JSON (Expecting property")  # not cut off: broken


def test_broken_json_array(tmp_path):
    path = write(
        tmp_path / "p.json", '[\n{"id": "1", "title": "T", "abstract": "A"},\n{"id": "2", "title": \n'
    )
    errors: list[str] = []
    assert [p.id for p in read_papers(path, on_error="skip", errors=errors)] == ["1"]
    assert errors[0].startswith(f"{path}:3: invalid JSON")


# --- dedupe ------------------------------------------------------------------------------


def paper(title: str, arxiv_id: str | None = None, id: str = "x") -> Paper:
    return Paper(id=id, title=title, abstract="a", arxiv_id=arxiv_id)


def test_dedupe_by_arxiv_id_then_title():
    papers = [
        paper("Attention Is All You Need", "1706.03762", id="1"),
        paper("Attention is all you need (v7)", "arXiv:1706.03762v7", id="2"),  # same arXiv id
        paper("attention is ALL you need!", id="3"),  # same title, no arXiv id
        paper("Introduction", "2001.00001", id="4"),
        paper("Introduction", "2001.00002", id="5"),  # same title, other arXiv id: kept
        paper("A Title Only Paper", id="6"),
        paper("A title-only paper", id="7"),
    ]
    stats: dict = {}
    assert [p.id for p in dedupe(papers, stats=stats)] == ["1", "4", "5", "6"]
    assert stats == {"duplicates": 3}


def test_dedupe_streams():
    def endless():
        n = 0
        while True:
            n += 1
            yield paper(f"Paper {n // 2}", id=str(n))

    unique = dedupe(endless())
    assert [next(unique).id for _ in range(3)] == ["1", "2", "4"]


# --- the shared corpus -------------------------------------------------------------------


@pytest.mark.shared
def test_daily_corpus_pairs_and_unique_papers():
    if not DAILY.is_dir():
        pytest.skip("../shared is not available")
    errors: list[str] = []
    papers = list(read_papers(DAILY, errors=errors))
    assert len(papers) == 439 and errors == []
    assert all(detect_format(p) == "daily" for p in DAILY.iterdir())
    stats: dict = {}
    assert len(list(dedupe(papers, stats=stats))) == 364
    assert stats["duplicates"] == 75


@pytest.mark.shared
def test_sota_arxiv_corpus_reads_without_exception():
    if not SOTA.is_dir():
        pytest.skip("../shared is not available")
    paths = [SOTA / "train.jsonl", SOTA / "validation.jsonl"]
    errors: list[str] = []
    started = time.perf_counter()
    papers = list(read_papers(paths, on_error="skip", errors=errors))
    seconds = time.perf_counter() - started
    assert len(papers) + len(errors) == 10_673
    # 559 records have an empty title and one has "." as abstract
    assert len(errors) < 600 and all("record has no" in e for e in errors)
    assert all(p.arxiv_id and p.id.startswith("arXiv:") for p in papers)
    assert not any("\\emph" in p.abstract or "$" in p.title for p in papers)
    print(f"sota-arxiv: {10_673 / seconds:,.0f} records/s through read_papers + clean_text")


def test_csv_authors_split_on_commas_only_between_whole_names(tmp_path):
    """A CSV author field is "Family, Given; ..." as a rule, but "A. Smith, B. Jones" lists two
    people: the first author of that paper is A. Smith, not the whole string."""
    path = write(tmp_path / "p.csv", (
        b'title,abstract,authors\n'
        b'One,Text one.,"A. Smith, B. Jones and C. Lee"\n'
        b'Two,Text two.,"Smith, Anna"\n'
        b'Three,Text three.,"He, Kaiming; Ren, Shaoqing"\n'))  # fmt: skip
    one, two, three = read_papers(path)
    assert one.authors == ("A. Smith", "B. Jones", "C. Lee")
    assert two.authors == ("Smith, Anna",)
    assert three.authors == ("He, Kaiming", "Ren, Shaoqing")
