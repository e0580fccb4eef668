"""Measures named by context, round 4: error types counted in an audit of hf-daily 161-304
and sota-arxiv samples (seeds 2031, 2038), each rule checked on sota-arxiv abstracts nobody
read while writing it (each test fails without its rule). Names are invented."""

from __future__ import annotations

from extract_helpers import names, run


def _measures(ex) -> dict[str, str]:
    return {r.value_text: r.metric for r in ex.results}


def test_long_forms_and_plurals_of_known_measures(nlp):
    # "Floating Point Operations", "area under ROC", "SI-SDRi", "F1-scores": well-known
    # measures written in a form the lexicon lacked; the result fell back to another measure
    ex = run(nlp, "Quokka: Sparse Graphs",
             "We propose Quokka. Quokka yields a reduction of 30% in Floating Point Operations "
             "while contributing to a 1.8% increase in AUC on ZorbHIV. Quokka outperforms "
             "baselines by a large margin of 6.2% in area under ROC. Quokka reaches an SI-SDRi "
             "of 21.2 dB on Zorb-2mix. Quokka reaches F1-scores of 97.77% and 83.07% on ZorbA "
             "and ZorbB, respectively.")
    got = _measures(ex)
    assert got["30%"] == "Floating Point Operations"
    assert got["6.2%"] == "area under ROC"
    assert got["21.2"] == "SI-SDRi" or got.get("21.2 dB") == "SI-SDRi"
    assert got["97.77%"] == "F1-scores" and got["83.07%"] == "F1-scores"
    assert "F1-scores" not in names(ex.methods)
