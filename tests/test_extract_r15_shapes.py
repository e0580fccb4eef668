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


def test_bare_suffixes_coordinated_after_a_dataset_name_its_editions(nlp):
    def datasets(sentence):
        return _names(nlp, sentence, "datasets")

    assert datasets("Zorbnet improves results on CIFAR-10/100 and ImageNet.") == ["CIFAR-10", "CIFAR-100", "ImageNet"]
    assert datasets("We evaluate on PoseTrack 2017 and 2018.") == ["PoseTrack 2017", "PoseTrack 2018"]
    assert datasets("We test on OTB-2013/50/100 and VOT2016.") == ["OTB-2013", "OTB-50", "OTB-100", "VOT2016"]
    got = run(nlp, _TITLE, _PRE + "Zorbnet reaches 78.9% and 76.3% mAP on PASCAL VOC 2007 and 2012 respectively.")
    assert [(r.value, r.dataset) for r in got.results] == [(78.9, "PASCAL VOC 2007"), (76.3, "PASCAL VOC 2012")]
    # a score or a count after the name is no edition
    assert datasets("Zorbnet achieves 45.1% on CIFAR-10, 23.7% on CIFAR-100 and 69 on STL-10.") == [
        "CIFAR-10", "CIFAR-100", "STL-10"]  # fmt: skip
    assert datasets("We train on CIFAR-10 and 100 epochs suffice.") == ["CIFAR-10"]


def test_mask_map_is_a_measure(nlp):
    got = run(nlp, _TITLE, _PRE + "Zorbnet achieves 60.0 box mAP and 52.2 mask mAP on COCO.")
    assert [(r.value, r.metric) for r in got.results] == [(60.0, "box mAP"), (52.2, "mask mAP")]
