"""Round 25, a newcomer with Kaggle's arXiv metadata snapshot: what went wrong on the real CLI and
store, each fixed (dates, affiliations in names, categories and a category filter)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.sources import read_papers
from kg.store import KgStore

ABSTRACT = (
    "  We propose FooNet for image\n  classification. FooNet reaches 85.2% top-1 accuracy on\n  ImageNet.\n"
)


def _run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _snapshot_record(arxiv_id: str, categories: str, **extra) -> dict:
    """One line of arxiv-metadata-oai-snapshot.json, with every key the snapshot has."""
    record = {
        "id": arxiv_id, "submitter": "Ada Lovelace", "authors": "Ada Lovelace (1), L. Scheck (2) ((1) Lab, (2) MPI)",
        "title": "FooNet: a network\n  for images", "comments": "10 pages", "journal-ref": None, "doi": None,
        "report-no": None, "categories": categories, "license": None, "abstract": ABSTRACT,
        "versions": [{"version": "v1", "created": "Mon, 12 Jun 2017 17:57:34 GMT"},
                     {"version": "v2", "created": "Wed, 6 Dec 2017 03:30:32 GMT"}],
        "update_date": "2023-08-03",
        "authors_parsed": [["Lovelace", "Ada", "", "Lab"], ["Scheck", "L.", "", "MPI for Astrophysics, Garching"]],
    }  # fmt: skip
    return {**record, **extra}


def _write(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_snapshot_paper_is_dated_by_its_first_version_not_its_last_metadata_update(tmp_path):
    # update_date is when arXiv last touched the record (2023 for a 2017 paper, and it moves with
    # each weekly snapshot): papers were dated by it, so boards' state-of-the-art-when-published
    # records and charts put a 2017 result in 2023
    path = _write(tmp_path / "arxiv-metadata-oai-snapshot.json", _snapshot_record("1706.03762", "cs.CL cs.LG"),
                  _snapshot_record("2101.00001", "cs.LG", versions=[]))  # fmt: skip
    first, no_versions = read_papers(path)
    assert first.date == "2017-06-12"
    assert no_versions.date == "2023-08-03"  # (no versions: the update date is all there is)
    store = tmp_path / "store"
    assert _run("-q", "--store", store, "build", path).exit_code == 0
    issued = KgStore(store, read_only=True).query(
        'SELECT ?d WHERE { ?p <http://purl.org/dc/terms/identifier> "1706.03762" ; '
        "<http://purl.org/dc/terms/issued> ?d }"
    )
    assert [row["d"].value for row in issued] == ["2017-06-12"]


def test_affiliations_in_authors_parsed_are_not_part_of_the_names(tmp_path):
    # arXiv's author parser appends affiliations after [last, first, suffix]: they became part of
    # the name ("L. Scheck MPI for Astrophysics, Garching")
    path = _write(tmp_path / "snap.json", _snapshot_record("1706.03762", "cs.LG"))
    (paper,) = read_papers(path)
    assert paper.authors == ("Ada Lovelace", "L. Scheck")


def test_categories_reach_the_graph(tmp_path):
    path = _write(tmp_path / "snap.json", _snapshot_record("1706.03762", "cs.CL cs.LG"))
    (paper,) = read_papers(path)
    assert paper.categories == ("cs.CL", "cs.LG")
    store = tmp_path / "store"
    assert _run("-q", "--store", store, "build", path).exit_code == 0
    result = _run("--store", store, "query", "-f", "csv",
                  'SELECT ?c WHERE { ?p mlkg:arxivCategory ?c } ORDER BY ?c')  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["c", "cs.CL", "cs.LG"]
    assert _run("--store", store, "validate").exit_code == 0


def test_category_filter_keeps_only_the_papers_asked_for(tmp_path):
    # the snapshot holds every field (2.5 million papers, most of them physics and mathematics):
    # there was no way to build only the machine-learning ones
    path = _write(tmp_path / "snap.json", _snapshot_record("1706.03762", "cs.CL cs.LG"),
                  _snapshot_record("0704.0001", "hep-ph"), _snapshot_record("1901.00002", "stat.ML math.ST"),
                  _snapshot_record("1901.00003", "cs.CV"))  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = _run("-q", "extract", path, "--category", "cs.LG,stat", "-o", out)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["1706.03762", "1901.00002"]
    assert "extracted 2 papers (2 outside the categories left out)" in result.output
    store = tmp_path / "store"
    built = _run("-q", "--store", store, "build", path, "--category", "cs.*", "--category", "hep-ph")
    assert built.exit_code == 0, built.output
    assert "1 outside the categories left out" in built.output
    ids = KgStore(store, read_only=True).query(
        "SELECT ?id WHERE { ?p <http://purl.org/dc/terms/identifier> ?id }"
    )
    assert sorted(row["id"].value for row in ids) == ["0704.0001", "1706.03762", "1901.00003"]


def test_category_filter_says_what_the_input_has_when_nothing_matches(tmp_path):
    path = _write(tmp_path / "snap.json", _snapshot_record("0704.0001", "hep-ph"),
                  _snapshot_record("0704.0002", "hep-ph math.CO"))  # fmt: skip
    result = _run("-q", "extract", path, "--category", "cs.LG")
    assert result.exit_code == 1
    assert "no paper of the 2 read is in the categories asked for (cs.LG); the most common ones they " \
           "have: hep-ph (2), math.CO (1)" in result.output  # fmt: skip
    plain = _write(tmp_path / "p.jsonl", {"id": "p1", "title": "FooNet", "abstract": ABSTRACT})
    result = _run("-q", "extract", plain, "--category", "cs.LG")
    assert result.exit_code == 1 and "none of the 1 papers read has categories" in result.output
    result = _run("-q", "extract", plain, "--category", "cs LG")
    assert result.exit_code == 2 and "'cs LG' is not an arXiv category" in result.output


def test_jsonl_records_may_carry_categories_as_a_list(tmp_path):
    # the arXiv API (feedparser) gives [{"term": "cs.LG"}, ...]; the `arxiv` package a list of names
    path = _write(tmp_path / "api.jsonl",
                  {"id": "2401.00001", "title": "A", "summary": ABSTRACT, "categories": [{"term": "cs.LG"}]},
                  {"id": "2401.00002", "title": "B", "abstract": ABSTRACT, "categories": ["math.OC", "cs.LG"]})  # fmt: skip
    assert [p.categories for p in read_papers(path)] == [("cs.LG",), ("math.OC", "cs.LG")]


def test_records_outside_the_categories_are_not_cleaned_or_checked(tmp_path):
    # reading cleans every title and abstract (1,750 records/s against 17,000/s to parse the JSON):
    # for the snapshot's millions of other fields the filter now reads them as stubs, so a broken
    # record there (no abstract) no longer stops a build of the categories asked for
    broken = _snapshot_record("0704.0001", "hep-ph", abstract="")
    path = _write(tmp_path / "snap.json", broken, _snapshot_record("1706.03762", "cs.LG"))
    assert (
        _run("-q", "extract", path, "-o", tmp_path / "all.jsonl").exit_code == 1
    )  # (no filter: it is checked)
    out = tmp_path / "out.jsonl"
    result = _run("-q", "extract", path, "--category", "cs", "-o", out)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["1706.03762"]
    assert "(1 outside the categories left out)" in result.output


def test_kg_shard_takes_the_category_filter_too(tmp_path):
    pytest.importorskip("dask.distributed")
    path = _write(
        tmp_path / "snap.json",
        _snapshot_record("1706.03762", "cs.LG"),
        _snapshot_record("0704.0001", "hep-ph"),
    )
    out = tmp_path / "shards"
    result = _run("shard", path, "-o", out, "--local-workers", "1", "--category", "cs")
    assert result.exit_code == 0, result.output
    assert "(1 outside the categories left out)" in result.output
    assert _run("-q", "--store", tmp_path / "s", "load", *sorted(out.glob("*.nq"))).exit_code == 0
    assert KgStore(tmp_path / "s", read_only=True).stats()["papers"] == 1


def test_paper_page_lists_its_categories(tmp_path):
    from kg.settings import Settings
    from kg.web import create_app

    path = _write(tmp_path / "snap.json", _snapshot_record("1706.03762", "cs.LG cs.CL"))
    store = tmp_path / "store"
    assert _run("-q", "--store", store, "build", path).exit_code == 0
    app = create_app(Settings(store=str(store)), workers=0)
    try:
        page = app.test_client().get("/paper/arxiv/1706.03762").get_data(as_text=True)
    finally:
        app.extensions["mlkg"].close()
    assert (
        '· <a class="category" href="https://arxiv.org/list/cs.CL/recent" rel="external">cs.CL</a>, ' in page
    )
    assert ">cs.LG</a>" in page and "2017-06-12" in page


def test_category_column_of_a_csv_export_is_read(tmp_path):
    # the README says CSV records may carry categories: the column was dropped (review of round 25)
    path = tmp_path / "p.csv"
    path.write_text('id,title,abstract,categories\np1,FooNet,"We propose FooNet.",cs.LG cs.AI\n'
                    'p2,BarNet,"We propose BarNet.",hep-ph\n', encoding="utf-8")  # fmt: skip
    out = tmp_path / "out.jsonl"
    result = _run("-q", "extract", path, "--category", "cs.LG,stat.ML", "-o", out)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["p1"]


@pytest.mark.parametrize("value", ["", ",", " , "])
def test_a_category_option_naming_nothing_is_a_usage_error(tmp_path, value):
    # `--category ""` kept every paper, exit 0
    path = _write(tmp_path / "p.jsonl", {"id": "p1", "title": "FooNet", "abstract": ABSTRACT})
    result = _run("-q", "extract", path, "--category", value)
    assert result.exit_code == 2 and "no category given" in result.output
