"""Round 21: which way a relative result goes (Result.change), and the signed deltas of the KG.

The extractor keeps a relative result's magnitude as printed (``value``) and says in
``change`` whether the text words an increase, a decrease or a share of the reference;
kg.rdf signs mlkg:delta / mlkg:relativeDelta by it, the web pages show the sign and
beats_baseline's gain is positive for a reduction of a lower-is-better measure.
(Invented sentences, not from the corpus.)
"""

from __future__ import annotations

import json

import pytest

from kg.extract import extract
from kg.model import Paper, Result


def _changes(abstract: str) -> list[tuple[str, str | None, str | None]]:
    (e,) = extract([Paper(id="t", title="A study of things", abstract=abstract)])
    return [(r.value_text, r.metric, r.change) for r in e.results if r.relative]


@pytest.mark.parametrize("abstract, want", [
    # words of the value's direction, after the number or before it
    ("Our Gralp network gives a 61% relative reduction in WER on Fenwick.", ("61%", "WER", "decrease")),
    ("Gralp reduces the error rate by 3 points on Fenwick.", ("3 points", "error rate", "decrease")),
    ("Gralp needs 6.5x fewer parameters than ResNet-50.", ("6.5x", "parameters", "decrease")),
    ("Gralp achieves 4.1% higher accuracy than BERT on Fenwick.", ("4.1%", "accuracy", "increase")),
    ("Gralp cuts the memory by more than 40% compared to BERT.", ("40%", "memory", "decrease")),
    # words of goodness: which way depends on the measure
    ("Gralp improves the WER by 13% over the baseline on Fenwick.", ("13%", "WER", "decrease")),
    ("Gralp outperforms BERT by 2.7% in accuracy on Fenwick.", ("2.7%", "accuracy", "increase")),
    ("Gralp is 3x faster than BERT.", ("3x", "speed", "increase")),
    ("Gralp shortens the inference time by 15% compared to BERT.", ("15%", "inference time", "decrease")),
    ("Gralp gives a 5.2% relative character error rate (CER) reduction on Fenwick.", ("5.2%", "character error rate (CER)", "decrease")),
    # a share of the reference
    ("Gralp retains 93% of the performance of BERT.", ("93%", "performance", "share")),
    # the reference is larger: the result's own measure is smaller
    ("Gralp surpasses 9x larger models on Fenwick.", ("9x", "parameters", "decrease")),
])  # fmt: skip
def test_change_is_read_from_the_words_around_the_number(abstract, want):
    assert want in _changes(abstract)


def test_a_list_or_range_takes_the_change_its_last_number_is_worded_with():
    got = _changes("Gralp yields 11.5%, 8.2% and 6.4% lower latency than BERT. Gralp needs 20% to 30% less memory than BERT.")
    assert [c for _, _, c in got] == ["decrease"] * 5


def test_a_list_takes_the_word_after_it_before_a_word_before_it():
    """ "compressed models are 3.1x and 2.9x faster": the word after the list, not "compressed"."""
    got = _changes("The compressed Gralp models are 3.1x and 2.9x faster than BERT at inference.")
    assert [c for _, _, c in got] == ["increase", "increase"]


@pytest.mark.parametrize("abstract, want", [
    ("Gralp saves up to 45% of annotation costs compared to training from scratch.", "decrease"),  # not "to 45% of"
    ("Gralp improves the accuracy of BERT by 2.1% when compressing its layers.", "increase"),  # "when" opens a clause
    ("Gralp narrows the F1 gap between BERT and humans by 35%.", "increase"),  # a narrower gap is a gain
])  # fmt: skip
def test_words_that_are_no_change_of_the_result(abstract, want):
    assert [c for _, _, c in _changes(abstract)] == [want]


def test_coordinated_measures_each_go_their_own_way():
    """ "improving speed and latency by 2.5x": speed goes up, latency down."""
    got = {(m, c) for _, m, c in _changes("Gralp beats BERT on Fenwick, improving throughput and latency by 2.5x.")}
    assert got == {("throughput", "increase"), ("latency", "decrease")}


def test_change_round_trips_and_scores_are_unchanged():
    r = Result("A", "WER", 12.0, "12%", unit="%", relative=True, change="decrease")
    assert Result.from_json(json.loads(json.dumps(r.to_json()))) == r
    assert Result.from_json({"method": "A", "metric": "WER", "value": 1.0, "value_text": "1"}).change is None
    (e,) = extract([Paper(id="t", title="T", abstract="Gralp reaches 81.2% accuracy on Fenwick.")])
    assert [r.change for r in e.results] == [None]


@pytest.mark.parametrize("value, unit, change, want", [
    (2.0, "x", "increase", ("relativeDelta", 1.0)),
    (2.0, "x", "decrease", ("relativeDelta", -0.5)),  # "a 2x reduction in latency"
    (0.5, "x", "decrease", ("relativeDelta", -0.5)),  # "0.5x the parameters"
    (72.0, "%", "decrease", ("relativeDelta", -0.72)),
    (38.0, "%", "share", ("relativeDelta", -0.62)),  # "uses 38% of the FLOPs"
    (22.0, "%", None, ("relativeDelta", 0.22)),  # unworded: read as a gain, as before
    (4.0, "points", "decrease", ("delta", -4.0)),
    (4.0, None, "increase", ("delta", 4.0)),
])  # fmt: skip
def test_rdf_signs_the_delta_by_the_change(value, unit, change, want):
    from kg.rdf import _signed_delta

    r = Result("A", "m", value, f"{value:g}", unit=unit, relative=True, change=change)
    prop = "relativeDelta" if unit in ("x", "%") else "delta"
    assert (prop, pytest.approx(_signed_delta(r))) == want


ABSTRACTS = [
    ("Gralp for speech", "We propose Gralp. Gralp gives a 30% relative reduction in word error rate on "
     "LibriSpeech compared to Conformer, with 4x fewer parameters than Conformer."),
    ("Blent for images", "We propose Blent. Blent outperforms ResNet-50 by 2.5 points in top-1 accuracy on ImageNet."),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from kg.build import build
    from kg.store import KgStore

    d = tmp_path_factory.mktemp("dir")
    src = d / "papers.jsonl"
    src.write_text("".join(json.dumps({"id": f"x{i}", "title": t, "abstract": a}) + "\n"
                           for i, (t, a) in enumerate(ABSTRACTS)), encoding="utf-8")  # fmt: skip
    store = KgStore(d / "kg")
    build([src], store, quiet=True)
    return store


def test_store_holds_signed_deltas_and_beats_baseline_gains_are_positive(built):
    from kg.queries import load_queries

    deltas = {(str(r["t"].value), float(r["d"].value)) for r in built.query(
        "SELECT ?t ?d WHERE { ?r mlkg:valueText ?t . { ?r mlkg:delta ?d } UNION { ?r mlkg:relativeDelta ?d } }")}
    assert deltas == {("30%", -0.3), ("4x", -0.75), ("2.5 points", 2.5)}
    beats = load_queries()["beats_baseline"]
    gains = {str(r["valueText"].value): float(r["gain"].value) for r in built.query(beats.text)}
    # a 30% reduction of an error rate is a gain, and so are 2.5 more points of accuracy
    assert gains["30%"] == pytest.approx(0.3) and gains["2.5 points"] == pytest.approx(2.5)


def test_web_label_shows_the_sign(built, tmp_path):
    from web_fixtures import settings

    from kg.web import create_app
    from kg.web.ui import results

    app = create_app(settings(tmp_path / "unused"), built)
    with app.test_request_context():
        paper = next(str(r["p"].value) for r in built.query("SELECT ?p WHERE { ?p dcterms:title 'Gralp for speech' }"))
        shown = {r.value_text: r.shown for r in results("paper", paper)}
    assert shown == {"30%": "-30% (relative)", "4x": "4× lower"}
