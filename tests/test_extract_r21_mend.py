"""Round 21 mend: the review's findings on regimes, compared names and WMT pairs (invented sentences)."""

from kg.extract import extract
from kg.model import Paper


def _results(title: str, abstract: str) -> list:
    return next(iter(extract([Paper(id="x", title=title, abstract=abstract)]))).results


def _setting(results: list, value: float) -> str | None:
    return next(r.setting for r in results if r.value == value)


def test_level_tags_and_autoattack_are_regime_cues():
    # (no other cue in the sentence: the regime phrases were never searched for)
    rs = _results("Zorb", "Our ZorbSeg trained with image-level tags reaches 60.1% mIoU on PASCAL VOC 2012.")
    assert _setting(rs, 60.1) == "weakly supervised"
    rs = _results("Zorb", "ZorbNet reaches 50.2% accuracy on CIFAR-10 under AutoAttack.")
    assert _setting(rs, 50.2) == "adversarial"


def test_a_regime_naming_a_baseline_is_no_setting():
    rs = _results("Zorb", "Our ZorbNet reaches 45.1% accuracy on CIFAR-10, while a semi-supervised baseline gets 40.2%.")
    assert _setting(rs, 40.2) is None


def test_pretraining_on_fewer_than_10m_images_is_no_extra_data():
    rs = _results("Zorb", "ZorbNet pre-trained on 1.28M images of ImageNet reaches 84.1% top-1 accuracy on ImageNet.")
    assert _setting(rs, 84.1) is None
    rs = _results("Zorb", "KelpNet pre-trained on 300M images reaches 88.1% top-1 accuracy on ImageNet.")
    assert _setting(rs, 88.1) == "extra training data"


def test_fully_supervised_models_end_the_weak_phrase():
    rs = _results("Zorb", "Our ZorbSeg using image-level labels reaches 71.4% mIoU on PASCAL VOC 2012, close to fully "
                  "supervised models (75.0%).")
    assert _setting(rs, 71.4) == "weakly supervised"
    assert _setting(rs, 75.0) is None


def test_supervised_fine_tuning_ends_the_title_regime():
    rs = _results("Unsupervised Representation Learning of Zorb Features",
                  "We learn features without labels. After supervised fine-tuning, ZorbNet reaches 84.1% top-1 accuracy "
                  "on ImageNet. Its linear classifier gets 60.2% top-1 accuracy on ImageNet.")
    assert _setting(rs, 84.1) is None
    assert _setting(rs, 60.2) == "unsupervised"


def _baselines(abstract: str) -> dict:
    return {r.value: r.baseline for r in _results("Zorb", abstract)}


def test_names_and_margins_of_other_lengths_give_no_baseline():
    got = _baselines("Our ZorbNet outperforms KelpNet, MintNet and FernNet by 2.1% and 3.4% top-1 accuracy on ImageNet.")
    assert got == {2.1: None, 3.4: None}
    got = _baselines("Our ZorbNet outperforms KelpNet and MintNet by 2.1% and 3.4% top-1 accuracy on ImageNet.")
    assert got == {2.1: "KelpNet", 3.4: "MintNet"}


def test_listed_compared_names_with_nested_brackets():
    got = _baselines("Our ZorbNet outperforms KelpNet (Lee et al. (2016)) and MintNet (Kim et al. (2017)) by 2.1% and "
                     "3.4% top-1 accuracy on ImageNet.")
    assert got == {2.1: "KelpNet", 3.4: "MintNet"}


def _datasets(abstract: str) -> list[str]:
    return [m.name for m in next(iter(extract([Paper(id="x", title="Zorb", abstract=abstract)]))).datasets]


def test_lower_case_and_apostrophe_translation_editions_keep_their_pair():
    assert _datasets("ZorbNet reaches 29.1 BLEU on WMT14 en-de and 41.0 BLEU on WMT14 en-fr.") == [
        "WMT14 en-de", "WMT14 en-fr"]
    assert _datasets("KelpNet gets 28.0 BLEU on WMT'14 En→De and 30.1 BLEU on WMT'14.") == ["WMT'14 En→De", "WMT'14"]


def test_one_canonical_name_per_translation_pair():
    from kg.link import link
    from kg.model import Extraction, Mention

    spellings = ["WMT14 English-German", "WMT 2014 English-German", "WMT 2014 English-to-German", "WMT14 EN-DE",
                 "WMT14 English→German", "WMT'14 en-de"]
    exs, ents = link([Extraction(f"p{i}", f"t{i}", datasets=(Mention(n),)) for i, n in enumerate(spellings + ["WMT 2014"])])
    assert [(e.datasets[0].name, e.datasets[0].broader) for e in exs] == [("WMT14 English-German", "WMT14")] * 6 + [
        ("WMT14", None)]
    assert sorted(e.name for e in ents) == ["WMT14", "WMT14 English-German"]
    # (an unknown code is left as written)
    exs, _ = link([Extraction("p", "t", datasets=(Mention("WMT14 Xx-De"),))])
    assert exs[0].datasets[0].name == "WMT14 Xx-De"
