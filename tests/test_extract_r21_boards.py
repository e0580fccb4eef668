"""Round 21 (boards): rows of the leaderboards that are right; the regime a score was measured
in (Result.setting) for weak, semi- and unsupervised scores, on invented sentences."""

from kg.extract import extract
from kg.leaderboard import board_setting
from kg.model import Paper


def _settings(abstract: str, title: str = "A study") -> dict[float, str | None]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return {r.value: r.setting for r in e.results if not r.relative}


def test_weak_and_semi_supervision_in_the_sentence_are_regimes():
    got = _settings("We propose QuuxSeg. QuuxSeg reaches 71.4% mIoU on PASCAL VOC 2012 using only image-level labels.")
    assert got == {71.4: "weakly supervised"}
    got = _settings("On a standard semi-supervised benchmark, CIFAR-10, QuuxMatch reaches an error rate of 5.43% "
                    "with only 250 examples.")
    assert got == {5.43: "semi-supervised"}
    got = _settings("QuuxSeg reaches 68.0 and 76.9 mIoU on PASCAL VOC for weakly and semi-supervised semantic "
                    "segmentation, respectively.")
    assert got == {68.0: "weakly supervised", 76.9: "semi-supervised"}


def test_a_label_count_names_the_semi_supervised_board_and_weak_pretraining_data_is_none():
    got = _settings("With 4000 labels, semi-supervised training of QuuxMatch reaches 95.1% accuracy on CIFAR-10.")
    assert got == {95.1: "4000 labels"}
    # (not the weakly supervised regime: web-scale pre-training data, extra training data of the main
    # board since round 32, as Papers with Code marks it)
    got = _settings("Scaled up with 1.5B weakly supervised image and text pairs, QuuxNet reaches 90.4% top-1 "
                    "accuracy on ImageNet.")
    assert got == {90.4: "extra training data"} and board_setting(got[90.4]) is None


def test_the_title_names_weak_semi_or_unsupervised_regimes():
    got = _settings("QuuxSeg reaches 71.4% mIoU on PASCAL VOC 2012.",
                    title="QuuxSeg: Weakly-Supervised Semantic Segmentation with Prototypes")
    assert got == {71.4: "weakly supervised"}
    got = _settings("QuuxViT reaches 75.5% top-1 accuracy on ImageNet.", title="Semi-Supervised Quux Transformers")
    assert got == {75.5: "semi-supervised"}
    got = _settings("QuuxReID reaches 89.5% rank-1 accuracy on Market-1501.",
                    title="QuuxReID: Unsupervised Person Re-Identification by Clustering")
    assert got == {89.5: "unsupervised"}


def test_title_phrases_that_are_pretraining_or_a_benchmarks_standard_regime_are_none():
    got = _settings("QuuxNet reaches 85.4% top-1 accuracy on ImageNet.", title="Exploring Weakly Supervised Pretraining")
    assert got == {85.4: None}
    got = _settings("QuuxGCN reaches 83.1% accuracy on Cora.",
                    title="QuuxGCN: Semi-Supervised Node Classification with Graph Networks")
    assert got == {83.1: None}
    got = _settings("QuuxAD reaches 99.1% AUROC on MVTec AD.", title="QuuxAD: Unsupervised Anomaly Detection with Flows")
    assert got == {99.1: None}
    got = _settings("QuuxDA reaches 58.2% mIoU on GTA5-to-Cityscapes.",
                    title="QuuxDA: An Unsupervised Cross Domain Adaptation Approach")
    assert got == {58.2: None}


def test_pretraining_on_a_larger_labelled_or_web_scale_set_is_extra_training_data():
    got = _settings("By further pretraining on the larger dataset ImageNet-22K, QuuxViT reaches 87.1% top-1 accuracy "
                    "on ImageNet-1K and 54.9 mIoU on ADE20K.")
    assert got == {87.1: "extra training data", 54.9: "extra training data"}
    got = _settings("Without extra data, QuuxViT attains 85.2% top-1 accuracy on ImageNet; with JFT-300M pre-training, "
                    "it achieves 88.1% top-1 accuracy.")
    assert (got[85.2], got[88.1]) == (None, "extra training data")
    got = _settings("QuuxViT pre-trained on ImageNet-1K reaches 84.0% top-1 accuracy on ImageNet.")
    assert got == {84.0: None}
    got = _settings("When we further scale up QuuxNet with JFT-3B, it achieves 90.1% top-1 accuracy on ImageNet; "
                    "scaled up to 3B parameters, QuuxNet-H reaches 89.0% top-1 accuracy.")
    assert (got[90.1], got[89.0]) == ("extra training data", None)


def _datasets(abstract: str) -> tuple[set[str], dict[float, str | None]]:
    (e,) = extract([Paper(id="t", title="A study", abstract=abstract)])
    return {d.name for d in e.datasets}, {r.value: r.dataset for r in e.results if not r.relative}


def test_a_translation_benchmarks_language_pair_is_part_of_its_name():
    names, got = _datasets("QuuxMT sets new results on WMT14 English-French (42.9 BLEU) and WMT14 English-German "
                           "(29.7 BLEU).")
    assert names == {"WMT14 English-French", "WMT14 English-German"}
    assert got == {42.9: "WMT14 English-French", 29.7: "WMT14 English-German"}
    names, got = _datasets("QuuxMT reaches 33.1 BLEU on the WMT 2016 English-to-Romanian task.")
    assert got == {33.1: "WMT 2016 English-to-Romanian"}
