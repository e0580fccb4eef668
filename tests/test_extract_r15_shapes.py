"""Round 15 (metric and dataset name shapes): shapes found with probes (invented names in carrier
sentences) and confirmed on unlabelled abstracts; each test fails without its rule."""

from __future__ import annotations

from extract_helpers import run

_TITLE = "Zorbnet: Finding Salient Objects with Attention"
_PRE = "We propose Zorbnet, a new network for salient object detection. "


def _names(nlp, sentence: str, field: str) -> list[str]:
    return [m.name for m in getattr(run(nlp, _TITLE, _PRE + sentence), field)]


def test_a_name_both_lexicons_know_is_the_measure_in_a_measure_context(nlp):
    # "MAE": mean absolute error next to other measures, masked autoencoder elsewhere
    sentence = "Zorbnet improves the baseline by 12.7%, 14.4% and 27.4% in the metrics of RMSE, MAE and MAPE."
    assert "MAE" in _names(nlp, sentence, "metrics")
    assert "MAE" not in _names(nlp, sentence, "methods")
    sentence = "Zorbnet outperforms the state of the art by 4.65% and 4.8% in terms of WAPE and MAE respectively."
    assert "MAE" in _names(nlp, sentence, "metrics")
    sentence = "Zorbnet outperforms prior work by up to 4% improvement in MAE measure."
    assert "MAE" in _names(nlp, sentence, "metrics")
    sentence = r"On CoCA, we obtain a gain of 2.0\% for MAE."
    assert "MAE" in _names(nlp, sentence, "metrics")
    # the method stays where nothing reads it as a measure
    for sentence in ("Unlike standard MAE, we reconstruct features in the joint space.",
                     "Zorbnet outperforms MAE by 1.2% on ImageNet.",
                     "Most models are trained with the MAE or MSE loss."):  # fmt: skip
        assert "MAE" not in _names(nlp, sentence, "metrics"), sentence


def test_a_code_before_measure_names_a_measure(nlp):
    sentence = "Zorbnet achieves an S-measure of 0.912 and an E-measure of 0.950 on DUTS."
    assert _names(nlp, sentence, "metrics") == ["S-measure", "E-measure"]
    got = run(nlp, _TITLE, _PRE + sentence).results
    assert [(r.value, r.metric) for r in got] == [(0.912, "S-measure"), (0.95, "E-measure")]
    assert _names(nlp, "Counter-measures against attacks are discussed.", "metrics") == []
