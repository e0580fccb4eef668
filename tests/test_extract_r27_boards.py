"""Round 27 (boards): leaderboard rows judged wrong on a third fresh sample of the graph of all
sota-arxiv (main boards ranked 51-80 by size) and on round 26's samples, each class fixed by a
rule and tried on invented sentences it should and should not fire on (the method names are
not real). Each test fails without its rule."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli
from kg.extract import extract
from kg.link import release_key
from kg.model import Paper


def _extract(abstract: str, title: str = "KelpNet: Boxes for Everyone"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _datasets(e) -> dict[float, str]:
    return {r.value: r.dataset for r in e.results}


# --- a split coordinated after a benchmark's split is that benchmark's -------------------------


def test_a_split_coordinated_after_a_split_names_the_same_benchmark():
    e = _extract("Using huge KelpNet, we achieved 64.3 and 64.4 mAP on COCO \\textit{minival} and "
                 "\\textit{test-dev}, respectively.")  # fmt: skip
    assert _datasets(e) == {64.3: "COCO minival", 64.4: "COCO test-dev"}
    e = _extract("We achieve 41.5 and 41.2 AP on LVIS v1.0 val and test-dev splits respectively.")
    assert _datasets(e) == {41.5: "LVIS v1.0 val", 41.2: "LVIS v1.0 test-dev"}
    # (the bare split is no alias of the dataset: it would name a "test-dev" entity of its own)
    assert [(d.name, d.aliases) for d in e.datasets] == [("LVIS v1.0 val", ()), ("LVIS v1.0 test-dev", ())]
    e = _extract("KelpNet reaches 5.42% and 14.70% WER on Librispeech test-clean and test-other set, respectively.",
                 title="KelpNet: Speech for Everyone")  # fmt: skip
    assert _datasets(e) == {5.42: "Librispeech test-clean", 14.7: "Librispeech test-other"}
    # a bare name with its splits after it, the first one a split the lexicon knows
    e = _extract("KelpNet reaches 50.9/51.3 mask mAP on COCO mini-val/test-dev.")
    assert sorted(d.name for d in e.datasets) == ["COCO minival", "COCO test-dev"]


def test_words_after_a_split_that_are_no_split_name_nothing():
    # a list of images, of other benchmarks, of a split the lexicon does not know
    e = _extract("KelpNet reaches 45.1 AP on COCO val and test images.")
    assert [d.name for d in e.datasets] == ["COCO"]
    e = _extract("KelpNet reaches 45.1 AP on COCO test-dev and 30.2 AP on the val set of LVIS.")
    assert [d.name for d in e.datasets] == ["COCO test-dev", "LVIS"]
    e = _extract("KelpNet reaches 45.1 AP on COCO test-dev and 30.1 AP on the LVIS val set.")
    assert _datasets(e) == {45.1: "COCO test-dev", 30.1: "LVIS"}
    e = _extract("They are evaluated on the standard LibriSpeech dev and test sets, reaching 2.1% WER.",
                 title="KelpNet: Speech for Everyone")  # fmt: skip
    assert [d.name for d in e.datasets] == ["LibriSpeech"]
    e = _extract("We split COCO into train, val and test sets and report 45.1 AP.")
    assert [d.name for d in e.datasets] == ["COCO"]


# --- a release is one dataset however its number is written -------------------------------------


def test_a_release_written_two_ways_is_one_key():
    assert release_key("DOTA-V1.0") == release_key("DOTA 1.0") == release_key("DOTA-v1.0") == "DOTA 1"
    assert release_key("SQuAD v2.0") == release_key("SQuAD 2.0") == release_key("SQuAD2.0")
    assert release_key("ActivityNet v1.3") == release_key("ActivityNet-1.3")
    assert release_key("VQAv2") == release_key("VQA v2") == release_key("VQA 2.0")
    # a name's own number, a year, another release
    assert (
        release_key("CIFAR-10") is None
        and release_key("Kinetics-400") is None
        and release_key("MOT17") is None
    )
    assert release_key("COCO 2017") is None and release_key("VOC2007") is None
    assert release_key("MultiWOZ 2.1") != release_key("MultiWOZ 2.0")


def test_a_release_written_two_ways_is_one_board_of_a_built_store(tmp_path):
    papers = tmp_path / "p.jsonl"
    papers.write_text("".join(json.dumps(p) + "\n" for p in (
        {"id": "a", "title": "KelpDet: Rotated Boxes", "abstract": "We propose KelpDet, a rotated object detector. "
         "KelpDet achieves 78.1 mAP on the DOTA 1.0 dataset."},
        {"id": "b", "title": "ZorbDet: Rotated Windows", "abstract": "We propose ZorbDet, a rotated object "
         "detector. ZorbDet achieves 81.2% mAP on the DOTA-V1.0 dataset."},
        {"id": "c", "title": "QuuxDet: Rotated Anchors", "abstract": "We propose QuuxDet, a rotated object "
         "detector. QuuxDet achieves 79.4 mAP on DOTA 1.5."},
    )), encoding="utf-8")  # fmt: skip
    store = tmp_path / "store"
    built = CliRunner().invoke(cli, ["-q", "--store", str(store), "build", str(papers)])
    assert built.exit_code == 0, built.output
    query = (
        "SELECT ?dl ?val WHERE { ?board a mlkg:Leaderboard ; mlkg:forDataset ?d . ?d skos:prefLabel ?dl . "
        "?board mlkg:page ?p . ?p mlkg:pageEntry ?e . ?e mlkg:result ?r . ?r mlkg:value ?val } ORDER BY ?dl ?val"
    )
    out = CliRunner().invoke(cli, ["-q", "--store", str(store), "query", "-f", "json", query])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    rows = rows["results"]["bindings"] if isinstance(rows, dict) else rows
    got = [(r["dl"]["value"] if isinstance(r["dl"], dict) else r["dl"],
            float(r["val"]["value"] if isinstance(r["val"], dict) else r["val"])) for r in rows]  # fmt: skip
    # one board for release 1.0 (whichever spelling names it), another for 1.5
    one = {dl for dl, v in got if v in (78.1, 81.2)}
    assert len(one) == 1 and {dl for dl, v in got if v == 79.4} != one, got


# --- a clustering accuracy is an unsupervised score ---------------------------------------------


def test_a_clustering_accuracy_is_on_the_unsupervised_board():
    e = _extract("KelpNet outperforms state-of-the-art techniques with an average clustering accuracy of 89.1%, "
                 "49.0% and 83.1%, respectively, on CIFAR-10, CIFAR-100 and STL10.",
                 title="KelpNet: Clustering Images")  # fmt: skip
    assert {r.value: r.setting for r in e.results} == {89.1: "unsupervised", 49.0: "unsupervised",
                                                       83.1: "unsupervised"}  # fmt: skip
    e = _extract("Using KelpNet, the test clustering accuracy was 96.2% on the MNIST dataset.",
                 title="KelpNet: Clustering Digits")  # fmt: skip
    assert [r.setting for r in e.results] == ["unsupervised"]


def test_clustering_elsewhere_leaves_a_classifiers_score_alone():
    e = _extract(
        "KelpNet reaches 91.2% accuracy on CIFAR-10, and its features give a clustering of the classes."
    )
    assert [r.setting for r in e.results] == [None]
    e = _extract(
        "KelpNet reaches 91.2% accuracy on CIFAR-10, improving spectral clustering accuracy on graphs too."
    )
    assert [(r.value, r.setting) for r in e.results] == [(91.2, None)]


# --- an open-vocabulary detector's or segmenter's scores are not the supervised boards' ----------


def test_an_open_vocabulary_title_gives_its_scores_their_regime():
    e = _extract("In particular, with COCO training only, our method achieves 23.4 PQ on the ADE20K dataset.",
                 title="Open-Vocabulary Panoptic Segmentation with Kelp Models")  # fmt: skip
    assert [r.setting for r in e.results] == ["open-vocabulary"]
    e = _extract("KelpDETR reaches 17.4 mask mAP on novel classes of LVIS.",
                 title="Open-Vocabulary DETR with Conditional Matching")  # fmt: skip
    assert [r.setting for r in e.results] == ["open-vocabulary"]


def test_open_vocabulary_words_and_language_models_keep_their_boards():
    e = _extract("KelpBERT reaches 84.1% accuracy on MedNLI.",
                 title="KelpBERT: Word-Level Open-Vocabulary Representations From Characters")  # fmt: skip
    assert [r.setting for r in e.results] == [None]
    e = _extract("KelpLM reaches a perplexity of 18.1 on WikiText-103.",
                 title="Open Vocabulary Language Modeling with Kelp Units")  # fmt: skip
    assert [r.setting for r in e.results] == [None]


# --- a change named as the clause's subject, its size after "is" --------------------------------


def test_the_size_of_a_change_after_is_is_a_margin():
    e = _extract("The relative improvement in the sentence-level frame accuracy of our model is 3.79% and 5.42% "
                 "on ATIS and Snips, respectively, compared to the state-of-the-art model.")  # fmt: skip
    assert {r.value: r.relative for r in e.results} == {3.79: True, 5.42: True}
    e = _extract("Compared with ZorbNet, the improvement of accuracy is 2.0% for quantized networks.")
    assert {r.value: r.relative for r in e.results} == {2.0: True}


def test_a_score_after_is_in_another_clause_stays_a_score():
    e = _extract("The improvement of KelpNet is clear: its accuracy on CIFAR-10 is 91.2%.")
    assert {r.value: r.relative for r in e.results} == {91.2: False}
    e = _extract("The reduction in error of KelpNet is large while the accuracy is 91.2% on CIFAR-10.")
    assert {r.value: r.relative for r in e.results} == {91.2: False}
    e = _extract("Our improvement on ImageNet is small, and the top-1 accuracy is 81.2%.")
    assert {r.value: r.relative for r in e.results} == {81.2: False}


# --- a hedged margin after a margin whose comparison follows it (round 26's LISA row) ----------


def test_a_hedged_number_after_a_margin_and_its_comparison_is_a_margin():
    e = _extract("KelpNet attains 2.5 F1 absolute higher than the previous state-of-the-art on newswire and "
                 "more than 3.5 F1 on out-of-domain data.")  # fmt: skip
    assert {r.value: r.relative for r in e.results} == {2.5: True, 3.5: True}


def test_a_score_in_a_clause_of_its_own_after_such_a_margin_stays_a_score():
    e = _extract(
        "KelpNet is 1.2 F1 better than the previous best on news, while reaching 3.5 F1 on web text."
    )
    assert {r.value: r.relative for r in e.results} == {1.2: True, 3.5: False}


# --- "by large margins (N on A, and M on B)": the plural names margins too ---------------------


def test_numbers_bracketed_after_margins_are_margins():
    e = _extract("KelpNet outperforms existing methods by large margins (5.37 mAP on HICO-DET, and 5.7 mAP "
                 "on V-COCO).")  # fmt: skip
    assert {r.value: r.relative for r in e.results} == {5.37: True, 5.7: True}
    e = _extract("KelpNet reaches 31.3 mAP on HICO-DET, beating prior methods by wide margins.")
    assert {r.value: r.relative for r in e.results} == {31.3: False}
    # (a number after "at" is where the margins hold: a speed, no margin)
    e = _extract(
        "KelpNet-Lite also outperforms the state-of-the-art by large margins at over 35fps on Titan Xp."
    )
    assert {r.value: r.relative for r in e.results} == {35.0: False}
    # (only after "margins at": elsewhere "at" keeps what it gives)
    e = _extract("KelpNet shows overall fuel savings at more than 5% thanks to coordinated platoon planning.")
    assert {r.value: r.relative for r in e.results} == {5.0: True}
    e = _extract("KelpNet runs at more than 100x faster than realtime on GPU.")
    assert {r.value: r.relative for r in e.results} == {100.0: True}
    # (nor is a number after "at" a result of its own: "recall at 1 FPPI", "34.4% AP at 30ms")
    e = _extract(
        "KelpNet reports the best known results on the Caltech dataset, reaching 93% recall at 1 FPPI."
    )
    assert [r.value for r in e.results] == [93.0]
