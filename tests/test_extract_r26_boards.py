"""Round 26 (boards): leaderboard rows judged wrong on a fresh sample of the graph of all
sota-arxiv (boards ranked 26-50 by size) and on last round's sample (1-25), each class fixed by
a rule and tried on invented sentences it should and should not fire on (the method names are
not real). Each test fails without its rule."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli
from kg.extract import extract
from kg.model import Paper


def _extract(abstract: str, title: str = "KelpNet: Boxes for Everyone"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _rows(e) -> dict[float, tuple]:
    return {r.value: (r.method, r.dataset, r.relative) for r in e.results}


# --- a score bracketed right after a benchmark is that benchmark's -----------------------------


def test_a_score_bracketed_after_a_benchmark_is_that_benchmarks():
    e = _extract("KelpNet achieves the best performance in Pascal Context dataset (mIoU of 53.13%) and "
                 "ADE20K dataset (final score of 0.5584) while running 3 times faster.")  # fmt: skip
    assert {r.value: r.dataset for r in e.results if not r.relative} == {53.13: "Pascal Context"}
    e = _extract("KelpNet obtains a mean error of 2.82% in CIFAR-10 dataset (which the best model achieved "
                 "an error of 2.67%) and 18.83% for CIFAR-100.")  # fmt: skip
    assert {r.value: r.dataset for r in e.results} == {2.82: "CIFAR-10", 2.67: "CIFAR-10", 18.83: "CIFAR-100"}


def test_a_bracket_naming_another_benchmark_or_owner_keeps_it():
    # the bracket says where its own score is from
    e = _extract("KelpNet is evaluated on COCO (and 30.1% AP on LVIS).")
    assert {r.value: r.dataset for r in e.results} == {30.1: "LVIS"}
    # one score a benchmark, as before: the next benchmark's score is its own
    e = _extract("KelpNet reaches state-of-the-art results on COCO (45.3 AP) and LVIS (30.1 AP).")
    assert {r.value: r.dataset for r in e.results} == {45.3: "COCO", 30.1: "LVIS"}


# --- a paper may coin a common acronym for its own method ---------------------------------------


def test_a_paper_coining_a_common_acronym_proposes_its_method():
    # "UDP" is a network protocol in NOT_NAMES; here the paper's own method
    e = _extract("To tackle this, we propose Unbiased Data Processing (UDP), a model-agnostic approach. "
                 "The HRNet-W48 equipped with UDP achieves 76.5 AP on COCO test-dev.",
                 title="The Devil is in the Details of Pose Estimation")  # fmt: skip
    assert e.proposed == ("Unbiased Data Processing (UDP)",)
    assert {r.value: r.method for r in e.results} == {76.5: "Unbiased Data Processing (UDP)"}
    e = _extract("We design a visualization strategy named Region Activation Mapping (RAM). RAM reaches "
                 "78.1% top-1 accuracy on ImageNet.", title="Where Networks Look")  # fmt: skip
    assert e.proposed == ("Region Activation Mapping (RAM)",)


def test_a_common_acronym_in_its_usual_meaning_stays_no_name():
    e = _extract("Packets are sent over the User Datagram Protocol (UDP), and our scheduler reaches 91% "
                 "throughput.", title="A Scheduler for Packets")  # fmt: skip
    assert not any("UDP" in m.name for m in e.methods)
    # introduced or presented, a protocol or a device keeps its usual meaning
    e = _extract("We introduce the User Datagram Protocol (UDP) as transport, reaching 91% throughput.",
                 title="A Scheduler for Packets")  # fmt: skip
    assert not any("UDP" in m.name for m in e.methods)
    e = _extract("We present Solid State Drive (SSD) offloading for training, reaching 2.1x throughput.",
                 title="Offloading for Training")  # fmt: skip
    assert not any("SSD" in m.name for m in e.methods)
    e = _extract("We propose Graphics Processing Unit (GPU) kernels that reach a 3.1x speedup.",
                 title="Kernels for Attention")  # fmt: skip
    assert not any("GPU" in m.name for m in e.methods)
    # a family acronym defined after a coining verb is still the family
    e = _extract("We propose a Convolutional Neural Network (CNN) for tumour grading. It reaches 91.2% "
                 "accuracy on BraTS.", title="Tumour Grading")  # fmt: skip
    assert not any("CNN" in m.name for m in e.methods)


# --- a hedged number after a margin, with its measure, is a margin too --------------------------


def test_a_hedged_number_listed_after_a_margin_is_a_margin():
    e = _extract("KelpNet outperforms the prior state of the art by nearly 1.0 F1 on news and more than "
                 "2.0 F1 on out-of-domain text.")  # fmt: skip
    assert {r.value: r.relative for r in e.results} == {1.0: True, 2.0: True}
    e = _extract("KelpNet improves the baseline by about 0.6 AP in the top-down paradigm and approximately "
                 "1.5 AP in the bottom-up paradigm.")  # fmt: skip
    assert {r.value: r.relative for r in e.results} == {0.6: True, 1.5: True}


def test_scores_listed_after_scores_or_after_a_margin_and_a_verb_stay_scores():
    e = _extract("KelpNet reaches 45.3 AP on COCO and 32.1 AP on LVIS.")
    assert {r.value: r.relative for r in e.results} == {45.3: False, 32.1: False}
    e = _extract("KelpNet outperforms ZorbNet by 2.1 AP on COCO and reaches 45.3 AP on LVIS.")
    assert {r.value: r.relative for r in e.results} == {2.1: True, 45.3: False}


# --- an acronym ending in a capital S is no plural ----------------------------------------------


def test_an_acronym_ending_in_a_capital_s_is_no_plural_of_another(tmp_path):
    papers = tmp_path / "p.jsonl"
    papers.write_text("".join(json.dumps(p) + "\n" for p in (
        {"id": "a", "title": "Mean Teachers for X-rays", "abstract": "We propose Self-supervised Mean Teacher "
         "for Semi-supervised (SMTS) learning. SMTS reaches 90.1% AUC on ChestX-ray14."},
        {"id": "b", "title": "Sequence to Sequence", "abstract": "We propose ZorbSeq, a translation model. "
         "ZorbSeq outperforms SMT by 2.1 BLEU on WMT14, and the SMT system reaches 33.3 BLEU."},
    )), encoding="utf-8")  # fmt: skip
    out = tmp_path / "out.jsonl"
    done = CliRunner().invoke(cli, ["-q", "extract", str(papers), "-o", str(out)])
    assert done.exit_code == 0, done.output
    b = next(r for r in map(json.loads, out.read_text().splitlines()) if r["id"] == "b")
    assert [(m["name"], m["canonical"]) for m in b["methods"] if m["name"] == "SMT"] == [("SMT", "SMT")]


# --- the boards of a built store, and an inline query longer than a file name ------------------


def test_a_bracketed_score_is_on_its_benchmarks_board_of_a_built_store(tmp_path):
    papers = tmp_path / "p.jsonl"
    papers.write_text("".join(json.dumps(p) + "\n" for p in (
        {"id": "a", "title": "KelpNet: Faster Segmentation", "abstract": "We propose KelpNet, a segmentation "
         "model. KelpNet achieves the best performance in Pascal Context dataset (mIoU of 53.13%) and "
         "ADE20K dataset (final score of 0.5584) while running 3 times faster."},
    )), encoding="utf-8")  # fmt: skip
    store = tmp_path / "store"
    built = CliRunner().invoke(cli, ["-q", "--store", str(store), "build", str(papers)])
    assert built.exit_code == 0, built.output
    # (an inline query of more than 255 characters without a "/" was taken for a file name: the
    # OS refused it, ENAMETOOLONG, and `kg query` failed with "File name too long")
    query = (
        "SELECT ?dl ?ml ?val WHERE { ?board a mlkg:Leaderboard ; mlkg:forDataset ?d ; mlkg:forMetric ?m . "
        "?d skos:prefLabel ?dl . ?m skos:prefLabel ?ml . ?board mlkg:page ?p . ?p mlkg:pageEntry ?e . "
        "?e mlkg:result ?r . ?r mlkg:value ?val } ORDER BY ?dl ?ml ?val LIMIT 100 OFFSET 0"
    )
    assert len(query) > 255 and "/" not in query
    out = CliRunner().invoke(cli, ["-q", "--store", str(store), "query", "-f", "json", query])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)["results"]["bindings"]
    assert [(r["dl"]["value"], r["ml"]["value"], float(r["val"]["value"])) for r in rows] == [
        ("Pascal Context", "mIoU", 53.13)
    ]


# --- a language pair written before a translation benchmark is its pair --------------------------


def test_a_language_pair_before_a_translation_benchmark_names_its_board():
    e = _extract("Our main result is that on an English to French translation task from the WMT'14 dataset, "
                 "the translations produced by KelpNet achieve a BLEU score of 34.8.")  # fmt: skip
    assert [(r.dataset, r.value) for r in e.results] == [("WMT'14 English-French", 34.8)]
    e = _extract("KelpNet reaches 29.1 BLEU on the EN-DE WMT14 machine translation benchmark.")
    assert [d.name for d in e.datasets] == ["WMT14 EN-DE"]
    assert [(r.dataset, r.value) for r in e.results] == [("WMT14 EN-DE", 29.1)]


def test_a_language_pair_elsewhere_in_the_sentence_is_no_benchmarks_pair():
    e = _extract("English-French speakers rated KelpNet, which reaches 29.1 BLEU on WMT14.")
    assert [(r.dataset, r.value) for r in e.results] == [("WMT14", 29.1)]


def test_kinetics_accuracy_is_on_its_top1_board_of_a_built_store(tmp_path):
    # one label per clip: "accuracy" on Kinetics is its top-1 accuracy (a board of its own split
    # the Kinetics-400 scores in two)
    papers = tmp_path / "p.jsonl"
    papers.write_text("".join(json.dumps(p) + "\n" for p in (
        {"id": "a", "title": "KelpNet: Video", "abstract": "We propose KelpNet, a video model. KelpNet achieves "
         "an accuracy of 88.6% on Kinetics-400."},
        {"id": "b", "title": "ZorbNet: Video", "abstract": "We propose ZorbNet, a video model. ZorbNet reaches "
         "83.1% top-1 accuracy on Kinetics-400."},
    )), encoding="utf-8")  # fmt: skip
    store = tmp_path / "store"
    built = CliRunner().invoke(cli, ["-q", "--store", str(store), "build", str(papers)])
    assert built.exit_code == 0, built.output
    out = CliRunner().invoke(cli, ["-q", "--store", str(store), "query", "leaderboard", "-f", "json",
                                   "-p", "dataset=Kinetics-400", "-p", "metric=top-1 accuracy"])  # fmt: skip
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)["results"]["bindings"]
    assert [(r["methodLabel"]["value"], float(r["value"]["value"])) for r in rows] == [
        ("KelpNet", 88.6),
        ("ZorbNet", 83.1),
    ]


# --- the count or share of labels a regime names is no score -------------------------------------


def test_the_count_or_share_of_labels_of_a_regime_is_no_score():
    e = _extract("Our method shows superiority when labeled data is scarce, e.g., 92.23% accuracy with only "
                 "20 labeled data on CIFAR-10.")  # fmt: skip
    assert [(r.value, r.setting) for r in e.results] == [(92.23, "20 labels")]
    e = _extract("KelpNet reaches 75.2% top-1 accuracy on ImageNet with 1% and 10% labels.")
    assert [r.value for r in e.results] == [75.2]


def test_a_share_of_labels_that_names_a_score_stays_a_score():
    e = _extract("KelpNet reaches 95% annotation accuracy on the CoNLL data.")
    assert [(r.value, r.setting) for r in e.results] == [(95.0, None)]
