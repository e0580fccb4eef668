"""Measures named by context, round 4: error types counted in an audit of hf-daily 161-304
and sota-arxiv samples (seeds 2031, 2038), each rule checked on sota-arxiv abstracts nobody
read while writing it (each test fails without its rule). Names are invented."""

from __future__ import annotations

from extract_helpers import by_value, names, run


def test_long_forms_and_plurals_of_known_measures(nlp):
    # "Floating Point Operations", "area under ROC", "SI-SDRi", "F1-scores": well-known
    # measures written in a form the lexicon lacked; the result fell back to another measure
    ex = run(nlp, "Quokka: Sparse Graphs",
             "We propose Quokka. Quokka yields a reduction of 30% in Floating Point Operations "
             "while contributing to a 1.8% increase in AUC on ZorbHIV. Quokka outperforms "
             "baselines by a large margin of 6.2% in area under ROC. Quokka reaches an SI-SDRi "
             "of 21.2 dB on Zorb-2mix. Quokka reaches F1-scores of 97.77% and 83.07% on ZorbA "
             "and ZorbB, respectively.")
    got = by_value(ex, "metric")
    assert got["30%"] == "Floating Point Operations"
    assert got["6.2%"] == "area under ROC"
    assert got["21.2"] == "SI-SDRi" or got.get("21.2 dB") == "SI-SDRi"
    assert got["97.77%"] == "F1-scores" and got["83.07%"] == "F1-scores"
    assert "F1-scores" not in names(ex.methods)


def test_measure_named_next_to_its_value(nlp):
    # a measure nobody listed, named right after its value ("2.9x acceleration ratio",
    # "4-16x better scaling rate") or as a code before "score of/up to" ("PRO score of"):
    # the result took the nearest other measure (FID) or the fallback 'performance'
    ex = run(nlp, "Quokka: Faster Drafting",
             "Quokka achieves an impressive 2.9x acceleration ratio, reaching a commendable "
             "FID of 2.27. Our methods have a 4-16x better scaling rate over deterministic "
             "search. On ZorbAD, Quokka achieves a detection ZAUC score up to 99.7% and PRO "
             "score of 97.1%.")
    got = by_value(ex, "metric")
    assert got["2.9x"] == "acceleration ratio"
    assert got["2.27"] == "FID"
    assert got["4-16x"] == "scaling rate"
    assert got["97.1%"] == "PRO score"
    assert got["99.7%"] == "detection ZAUC score"
    # what a paper sets ("90% noise rate") and words that qualify the value name nothing
    ex = run(nlp, "Quokka: Robust Training",
             "We train Quokka with a 90% noise rate and a 15% masking ratio. Quokka has a "
             "3.2% relative error, a 2.1x speedup ratio and achieves 83.8 percent accuracy.")
    found = set(names(ex.metrics))
    assert "speedup ratio" in found
    assert not {"noise rate", "masking ratio", "relative error", "percent accuracy"} & found
    assert by_value(ex, "metric")["83.8 percent"] == "accuracy"
