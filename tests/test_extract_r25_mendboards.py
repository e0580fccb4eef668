"""Round 25 (mend of the boards rules): sentences a review invented on which the round's
leaderboard rules fired wrongly (none on the corpora yet). Each test fails without its mend;
the round's own cases stay in test_extract_r25_boards.py."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Paper


def _extract(abstract: str, title: str = "KelpNet: Boxes for Everyone"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _boards(abstract: str, title: str = "KelpNet: Boxes for Everyone") -> dict[float, str | None]:
    return {r.value: r.dataset for r in _extract(abstract, title).results}


def test_an_image_size_names_a_board_only_for_a_generation_benchmark_s_generation_score():
    assert _boards("KelpNet reaches 85.1% top-1 accuracy on ImageNet 256x256 images.") == {85.1: "ImageNet"}
    assert _boards("KelpNet reaches 43.1 AP on COCO 512x512.") == {43.1: "COCO"}
    assert _boards("KelpNet reaches 50.2 mIoU on ADE20K 512x512.") == {50.2: "ADE20K"}
    assert _boards("KelpNet reaches 82.1 mIoU on Cityscapes 1024 1024 crops.") == {82.1: "Cityscapes"}
    # density estimation ranks sizes apart too
    assert _boards("KelpFlow reaches 4.06 bits per dimension on ImageNet 32x32.") == {4.06: "ImageNet 32x32"}
    # (CIFAR-10 has one size: its generation board is CIFAR-10's)
    assert _boards("KelpGAN reaches FID 2.10 on CIFAR-10 32x32.") == {2.1: "CIFAR-10"}


def test_a_size_written_alone_later_in_the_sentence_is_its_own_board():
    assert _boards("KelpGAN achieves an FID of 2.10 on ImageNet 256×256 and 3.01 on 512×512.") == {
        2.1: "ImageNet 256x256",
        3.01: "ImageNet 512x512",
    }


def test_differential_privacy_is_read_from_the_paper_s_work_or_the_score_s_sentence():
    def settings(abstract: str) -> list[str | None]:
        return [r.setting for r in _extract(abstract).results]

    # a baseline, dynamic programming, future work: no private training of the paper's
    assert settings("We propose KelpNet, a new optimizer. KelpNet outperforms Adam and DP-SGD, reaching 95.1% "
                    "accuracy on CIFAR-10.") == [None]  # fmt: skip
    assert settings("We propose KelpNet, a parser trained with DP decoding. KelpNet reaches 95.1 F1 on Penn "
                    "Treebank with SGD.") == [None]  # fmt: skip
    assert settings("We propose KelpNet. KelpNet reaches 95.1% accuracy on CIFAR-10. Making KelpNet "
                    "differentially private is left for future work.") == [None]  # fmt: skip
    # a non-private model's score in a private paper is not private
    assert settings("We train KelpNet with differential privacy. KelpNet reaches 65.1% accuracy on CIFAR-10. "
                    "A non-private ResNet reaches 95.0% accuracy on CIFAR-10.") == [
        "differential privacy", None]  # fmt: skip
    assert settings("We propose KelpNet. KelpNet reaches 95.1% accuracy on CIFAR-10, and we also compare "
                    "against the differentially private DPSGD baseline.") == [None]  # fmt: skip
    # the clause of a non-private score, not its whole sentence
    assert settings("We propose KelpNet for differentially private training. KelpNet reaches 65.1% accuracy on "
                    "CIFAR-10 at epsilon 3, and a non-private ResNet reaches 95.0% accuracy on CIFAR-10.") == [
        "differential privacy", None]  # fmt: skip
    # the paper's own work is DP-SGD training
    assert settings("We distil KelpNet, robust to the challenges of DP-SGD training. KelpNet reaches 73.5% "
                    "accuracy on CIFAR-10.") == ["differential privacy"]  # fmt: skip
    # the score's own sentence says it is private
    assert settings(
        "We propose KelpNet. Under DP budget of 8, KelpNet reaches 65.1% accuracy on CIFAR-10."
    ) == ["differential privacy"]


def test_with_our_implementation_leaves_a_model_its_own_score():
    owners = {r.value: r.method for r in _extract(
        "We propose KelpNet. ResNet-50 attains 76.1% top-1 accuracy on ImageNet with our reproduced training "
        "schedule, while KelpNet reaches 79.0%.").results}  # fmt: skip
    assert owners == {76.1: "ResNet-50", 79.0: "KelpNet"}
    owners = {r.value: r.method for r in _extract(
        "We propose KelpNet. ViT-B reaches 81.8% top-1 accuracy on ImageNet using our re-implementation, and "
        "KelpNet reaches 83.1%.").results}  # fmt: skip
    assert owners == {81.8: "ViT-B", 83.1: "KelpNet"}
    owners = {
        r.value: r.method
        for r in _extract(
            "We propose KelpNet. ResNet-50 attains 76.1% top-1 accuracy on ImageNet with our hyper-parameters."
        ).results
    }
    assert owners == {76.1: "ResNet-50"}


def test_a_signed_gain_in_brackets_after_a_score_is_kept():
    e = _extract("KelpNet achieves 48.3 AP (+3.1 AP) on COCO.")
    assert sorted(r.value for r in e.results) == [3.1, 48.3]
    e = _extract("KelpNet achieves 84.3% top-1 accuracy (+1.2% top-1 accuracy) on ImageNet.")
    assert sorted(r.value for r in e.results) == [1.2, 84.3]
    # (another measure than AP: a score of its own)
    e = _extract("KelpNet reaches 85.1% accuracy (83.2% accuracy for the small model) on ImageNet.")
    assert sorted(r.value for r in e.results) == [83.2, 85.1]


def test_a_coordinated_language_pair_must_end_the_list_or_name_translation():
    def datasets(abstract: str) -> set[str]:
        return {d.name for d in _extract(abstract).datasets}

    assert datasets("KelpNet is trained on WMT14 English-German and English-French speakers were recruited for "
                    "evaluation. It reaches 29.1 BLEU.") == {"WMT14 English-German"}  # fmt: skip
    assert "WMT14 English-Chinese" not in datasets(
        "KelpNet reaches 29.1 BLEU on WMT14 English-German and English-French, and English-Chinese is left for "
        "future work.")  # fmt: skip
    assert datasets("KelpNet reaches 29.1 BLEU on WMT16 English-Romanian and English-to-Chinese speech translation "
                    "reaches 21.0 BLEU on MuST-C.") == {"WMT16 English-Romanian", "MuST-C"}  # fmt: skip


def test_the_start_of_a_change_for_a_variant_of_the_paper_s_method_is_a_baseline_s():
    e = _extract("We propose KelpNet. Top-1 accuracy on ImageNet improves from 73.8% to 82.3% for KelpNet-L.")
    owners = {r.value: r.method for r in e.results}
    assert owners[82.3] == "KelpNet-L" and owners[73.8] != "KelpNet-L"


def test_a_split_after_other_words_than_a_task_names_no_split():
    e = _extract("Pretrained on COCO and evaluated on test-dev of VQA v2, KelpNet reaches 75.1% accuracy.")
    assert "COCO test-dev" not in {d.name for d in e.datasets}
