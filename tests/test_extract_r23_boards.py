"""Round 23 (boards): leaderboard rows that are right, on invented sentences (none of the names
real). Each test fails without its rule."""

from __future__ import annotations

from kg.extract import extract
from kg.leaderboard import board_setting
from kg.model import Paper


def _extract(abstract: str, title: str = "PlumGAN: Sharper Samples from Smaller Generators"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _settings(e) -> dict[float, str | None]:
    return {r.value: r.setting for r in e.results}


# --- class-conditional generation is a board of its own ---------------------------------------


def test_conditional_generation_is_a_setting_of_its_own_board():
    e = _extract("PlumGAN reaches a new state-of-the-art FID of 7.6 on conditional CIFAR-10 image generation. "
                 "For class-conditional generation, PlumGAN lowers the FID from 13.9 to 9.7 on CIFAR-10 and "
                 "from 8.4 to 5.9 on ImageNet.")
    s = _settings(e)
    assert s[7.6] == s[9.7] == s[5.9] == "conditional"
    assert board_setting("conditional") == "conditional"  # (not the main board)


def test_unconditional_generation_stays_on_the_main_board():
    # "unconditional" names the default regime, and ends the reach of a conditional phrase before it
    e = _extract("On class-conditional ImageNet, PlumGAN obtains an FID of 4.4, and on unconditional "
                 "CIFAR-10 an FID of 2.9.")
    s = _settings(e)
    assert s[4.4] == "conditional"
    assert s[2.9] is None
    # not a kind of model, nor text-conditional generation
    e = _extract("Our text-conditional image generation model, PlumGAN, reaches an FID of 6.8 on MS-COCO.")
    assert _settings(e)[6.8] is None


# --- a cost given as a percentage is a ratio --------------------------------------------------


def test_a_cost_in_percent_is_a_share_of_another_models_cost():
    # "using only 14% parameters" of another model: a ratio (as "3x fewer parameters" is), which
    # no parameters board ranks as a model of 14% parameters; a count stays an absolute cost
    e = _extract("PlumViT reaches 84.2% top-1 accuracy on ImageNet while using only 14% parameters of "
                 "LargeViT. PlumViT-S needs only 40% FLOPs of LargeViT, and its inference time is only 20% of "
                 "LargeViT. PlumViT-T has 6M parameters.", title="PlumViT: Smaller Vision Transformers")
    rel = {r.value_text: r.relative for r in e.results}
    assert rel["14%"] and rel["40%"] and rel["20%"]
    assert not rel["84.2%"] and not rel["6M"]


# --- a domain adaptation paper's scores are adapted ones ---------------------------------------


def test_a_domain_adaptation_title_makes_single_dataset_scores_adapted():
    title = "PlumSeg: Contrastive Prototypes for Unsupervised Domain Adaptation in Semantic Segmentation"
    e = _extract("PlumSeg reaches 71.2 mIoU on Cityscapes and 64.0 mIoU on GTA5-to-Cityscapes.", title=title)
    s = _settings(e)
    assert s[71.2] == "domain adaptation"
    assert s[64.0] is None  # (the pair's own board)
    e = _extract("PlumSeg reaches 81.2 mIoU on Cityscapes.", title="PlumSeg: Contrastive Prototypes for Segmentation")
    assert _settings(e)[81.2] is None
    e = _extract("PlumBERT reaches 83.1% R@1 on the Ubuntu Corpus.",
                 title="PlumBERT: Domain Adaptive Post-Training of Language Models for Response Selection")
    assert _settings(e)[83.1] is None  # (a way to train the model, not the regime of its scores)
