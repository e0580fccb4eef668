"""Round 27: the word an unknown LaTeX macro leaves ("\\ourM" -> "ourM") is no name.

The cleaner marks where such words are (``clean_text_macros``), the readers carry the spans on
``Paper.macros`` into the extractor, which keeps stand-ins ("ourM", "sArt", "modelInTable-Tiny")
out of every field and gives their results to the paper's own work or an unnamed baseline,
while a name a formatting macro wraps (``\\textsc{BERT}``) or written plainly ("kNN") stays.
"""

from __future__ import annotations

import csv
import json

from click.testing import CliRunner

from kg.cli import cli
from kg.extract import extract
from kg.model import TITLE_SEPARATOR, Paper
from kg.sources import read_papers
from kg.sources.base import paper_from_record
from kg.sources.clean import clean_text, clean_text_macros

TITLE = r"Glimmer: Multi-Scale Zorb Blocks for Backbones"
ABSTRACT = (
    r"We propose a novel building block for CNNs, namely \ourM{}, which mixes features at several scales. "
    r"The \ourM{} block can be plugged into \sArt backbone models, \eg ResNet and DLA. "
    r"On ImageNet, \ourM{} achieves 79.4\% top-1 accuracy, outperforming \sArt (77.2\%). "
    r"The larger \modelInTable-Tiny reaches 81.3\% top-1 accuracy on ImageNet. "
    r"Our \textsc{BERT} baseline, kNN and mBART are compared as well."
)
RECORD = {"id": "zorb-1", "title": TITLE, "abstract": ABSTRACT}
STAND_INS = ("ourM", "sArt", "modelInTable")


def _holds_stand_in(name: str | None) -> bool:
    return name is not None and any(w.lower() in name.lower() for w in STAND_INS)


def _extract_cli(tmp_path, records: list[dict]) -> list[dict]:
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["-q", "extract", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_the_cleaner_marks_unknown_macros_words_and_spells_text_macros():
    text, spans = clean_text_macros(r"We propose \ourM, not \textsc{BERT} (\eg\ \sArt, \etc.) in \LaTeX.")
    assert text == "We propose ourM, not BERT (e.g. sArt, etc.) in LaTeX."
    assert [text[a:b] for a, b in spans] == ["ourM", "sArt"]
    assert clean_text(r"\ourM{} wins") == "ourM wins"  # the marks never reach the text
    # font switches and sizes print nothing
    assert clean_text(r"\fontsize{16pt}{10pt}\selectfont \LARGE\bfseries Zorb Nets") == "Zorb Nets"
    # a mark written in the input is no mark
    assert clean_text_macros("a \ue005b\ue006 c") == ("a b c", ())


def test_every_reader_carries_the_spans_into_the_paper(tmp_path):
    paper = paper_from_record(RECORD, "x")
    assert {paper.text[a:b] for a, b in paper.macros} == set(STAND_INS)
    assert paper.text == clean_text(TITLE) + TITLE_SEPARATOR + clean_text(ABSTRACT)
    assert Paper.from_json(paper.to_json()) == paper  # spills keep them
    rows = tmp_path / "papers.csv"
    with rows.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "title", "abstract"], ["zorb-1", r"\sys: Zorbing", ABSTRACT]])
    daily = tmp_path / "daily.txt"
    daily.write_text("Mar 11\n" + r"\sys: Zorbing Fast" + "\n" + ABSTRACT + "\n", encoding="utf-8")
    for path in (rows, daily):
        (read,) = read_papers([path])
        words = [read.text[a:b] for a, b in read.macros]
        assert words[0] == "sys" and set(words[1:]) == set(STAND_INS), path


def test_stand_ins_are_no_names_and_their_results_go_to_the_paper_or_a_baseline(tmp_path):
    (out,) = _extract_cli(tmp_path, [RECORD])
    fields = [m["name"] for f in ("methods", "datasets", "metrics", "tasks") for m in out[f]]
    assert not [n for n in fields + out["proposed"] if _holds_stand_in(n)]
    methods = {m["name"] for m in out["methods"]}
    assert {"BERT", "kNN", "mBART", "ResNet"} <= methods  # wrapped in \textsc{} or written plainly
    owners = {r["value"]: r["method"] for r in out["results"]}
    # the macro method's and its variant's scores are the paper's (the title names it); the
    # compared macro baseline's is an unnamed baseline's
    assert owners == {79.4: "Glimmer", 77.2: "(baseline)", 81.3: "Glimmer"}
    # offsets refer to the cleaned text
    text = clean_text(TITLE) + TITLE_SEPARATOR + clean_text(ABSTRACT)
    bert = next(m for m in out["methods"] if m["name"] == "BERT")
    assert all(text[a:b] == "BERT" for a, b in bert["spans"])


def test_without_a_title_name_the_own_result_is_the_proposed_one(nlp):
    record = dict(RECORD, title="Multi-Scale Zorb Blocks for Backbones")
    (ex,) = extract([paper_from_record(record, "x")], nlp=nlp)
    assert {r.value: r.method for r in ex.results} == {
        79.4: "(proposed)",
        77.2: "(baseline)",
        81.3: "(proposed)",
    }
    assert not [n for n in ex.proposed if _holds_stand_in(n)]


def test_a_paper_built_through_the_api_from_latex_source_or_with_spans(nlp):
    raw = Paper(id="raw", title=TITLE, abstract=ABSTRACT)  # LaTeX left in: "\ourM" read as it is
    text = clean_text(ABSTRACT)
    spans = tuple((a + len(TITLE) + 2, b + len(TITLE) + 2) for a, b in clean_text_macros(ABSTRACT)[1])
    given = Paper(id="clean", title=TITLE, abstract=text, macros=spans)
    for ex in extract([raw, given], nlp=nlp):
        names = [m.name for m in ex.methods] + list(ex.proposed) + [r.method for r in ex.results]
        assert not [n for n in names if _holds_stand_in(n)], ex.paper_id


def test_the_same_words_written_out_are_names_as_before(nlp):
    # no macro: the words are what the text says (lower-case camel words stay a guess of
    # mentions._not_a_name, as before this round)
    (ex,) = extract([Paper(id="p", title="Zorb Blocks", abstract="We compare kNN, mBART and ResNet on ImageNet.")],
                    nlp=nlp)  # fmt: skip
    assert {"kNN", "mBART", "ResNet"} <= {m.name for m in ex.methods}
