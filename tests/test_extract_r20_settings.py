"""Round 20 (settings): the regime a score was measured in (Result.setting), on invented
sentences: k-shot, label fractions, linear probing, attacks, extra data and test-time
augmentation; phrases of the default regime; the title's regime as a fallback."""

from kg.extract import extract
from kg.model import Paper


def _settings(abstract: str, title: str = "A study") -> dict[float, str | None]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return {r.value: r.setting for r in e.results if not r.relative}


def test_shots_after_each_score_and_listed_with_respectively():
    got = _settings("We propose QuuxSeg. QuuxSeg reaches 51.2% mIoU on PASCAL-5i in the 1-shot "
                    "setting and 58.3% in 5-shot.")
    assert got == {51.2: "1-shot", 58.3: "5-shot"}
    got = _settings("We propose QuuxSeg. QuuxSeg obtains 44.1% and 52.9% mIoU on PASCAL-5i for "
                    "one-shot and five-shot segmentation, respectively.")
    assert got == {44.1: "1-shot", 52.9: "5-shot"}
    got = _settings("We propose QuuxLM. QuuxLM reaches 61.5% accuracy on the Foo benchmark zero-shot.")
    assert got == {61.5: "zero-shot"}


def test_examples_per_class_are_shots():
    got = _settings("We propose QuuxRE. On the Foo relations benchmark QuuxRE gets 58% F1 zero-shot "
                    "and 66% F1 with 8 examples per relation.")
    assert (got[58.0], got[66.0]) == ("zero-shot", "8-shot")


def test_label_fractions_and_counts_and_full_labels():
    got = _settings("We propose QuuxMatch. Using only 1% of the labels, QuuxMatch reaches 71.4% top-1 "
                    "accuracy on ImageNet, and 83.0% top-1 accuracy with full labels.")
    assert got[71.4] == "1% labels" and got[83.0] is None
    got = _settings("We propose QuuxMatch. QuuxMatch reaches 69.0% top-1 accuracy on ImageNet under the linear "
                    "evaluation protocol, and 61.2% and 73.4% top-1 accuracy with only 1% and 10% labels, respectively.")
    assert (got[69.0], got[61.2], got[73.4]) == ("linear probe", "1% labels", "10% labels")
    got = _settings("We propose QuuxMatch. QuuxMatch lowers the error on CIFAR-10 from 9.2% to 7.1% "
                    "with 250 labels and from 6.3% to 5.0% with 4000 labels.")
    assert got == {9.2: "250 labels", 7.1: "250 labels", 6.3: "4000 labels", 5.0: "4000 labels"}


def test_linear_probe_attack_and_clean():
    got = _settings("We propose QuuxSSL. QuuxSSL reaches 77.9% top-1 accuracy on ImageNet under the "
                    "linear evaluation protocol.")
    assert got == {77.9: "linear probe"}
    got = _settings("We propose QuuxSSL. QuuxSSL reaches 79.1% linear probing accuracy and 85.6% fine-tuning "
                    "accuracy on ImageNet.")
    assert got == {79.1: "linear probe", 85.6: None}
    got = _settings("We propose QuuxDefense. On CIFAR-10 QuuxDefense keeps 58.2% accuracy under "
                    "strong PGD attacks, with 88.4% clean accuracy.")
    assert got == {58.2: "adversarial", 88.4: None}


def test_extra_data_and_test_time_augmentation_and_their_negations():
    got = _settings("We propose QuuxNet. QuuxNet reaches 86.1% top-1 accuracy on ImageNet with extra "
                    "training data.")
    assert got == {86.1: "extra training data"}
    got = _settings("We propose QuuxSeg. QuuxSeg reaches 55.2% mIoU on ADE20K with multi-scale testing.")
    assert got == {55.2: "multi-scale testing"}
    got = _settings("We propose QuuxSeg. Without test-time augmentation, QuuxSeg reaches 83.5% mIoU "
                    "on Cityscapes.")
    assert got == {83.5: None}


def test_the_title_names_the_regime_when_the_sentence_does_not():
    got = _settings("We propose QuuxSeg. QuuxSeg reaches 49.0% mIoU on PASCAL-5i.",
                    title="QuuxSeg: Prototype Routing for Few-Shot Segmentation")
    assert got == {49.0: "few-shot"}
    # a one-shot supernet is a search method, not a regime
    got = _settings("We propose QuuxNAS. QuuxNAS reaches 76.0% top-1 accuracy on ImageNet.",
                    title="QuuxNAS: Searching Networks with a One-Shot Supernet")
    assert got == {76.0: None}
    got = _settings("We propose QuuxNet. QuuxNet reaches 79.0% top-1 accuracy on ImageNet.")
    assert got == {79.0: None}


def test_n_way_k_shot_is_one_setting_and_keeps_both_numbers():
    got = _settings("We propose QuuxFew. QuuxFew reaches 70.0% accuracy on miniImageNet in the 5-way 1-shot setting.")
    assert got == {70.0: "5-way 1-shot"}
    got = _settings("We propose QuuxFew. QuuxFew reaches 61.3% and 78.2% accuracy on miniImageNet for 5-way "
                    "1-shot and 5-way 5-shot, respectively.")
    assert got == {61.3: "5-way 1-shot", 78.2: "5-way 5-shot"}
    # (the sentence's setting wins over the title's)
    got = _settings("QuuxFew reaches 70.0% accuracy on miniImageNet in the 5-way 1-shot setting.",
                    title="Few-Shot Learning with Quux")
    assert got == {70.0: "5-way 1-shot"}


def test_a_phrase_of_another_clause_or_item_is_not_the_scores_setting():
    got = _settings("We propose FooNet. Unlike few-shot methods, FooNet reaches 80.1% accuracy on ImageNet.")
    assert got == {80.1: None}
    got = _settings("We propose FooNet. Our zero-shot baseline scores 40.2% accuracy on ImageNet, while FooNet "
                    "reaches 60.3% accuracy.")
    assert got[60.3] is None
    got = _settings("We propose FooNet. FooNet gets 70.0% zero-shot accuracy on ImageNet and 85.0% accuracy on "
                    "CIFAR-10 after fine-tuning.")
    assert got == {70.0: "zero-shot", 85.0: None}
    got = _settings("We propose FooNet. FooNet, which is robust to adversarial attacks, achieves 45.1 AP on COCO.")
    assert got == {45.1: None}
    # (a phrase before both scores of one item still reaches both)
    got = _settings("We propose QuuxMatch. With 1% labels, QuuxMatch reaches 72.0% top-1 and 91.0% top-5 "
                    "accuracy on ImageNet.")
    assert got == {72.0: "1% labels", 91.0: "1% labels"}


def test_title_semi_supervised_or_domain_adaptation_is_the_task_and_without_negates():
    got = _settings("We propose QuuxVOS. QuuxVOS reaches 81.0% J&F on DAVIS 2017.",
                    title="QuuxVOS: Semi-Supervised Video Object Segmentation with Memory")
    assert got == {81.0: None}
    got = _settings("We propose QuuxDG. QuuxDG reaches 66.0% accuracy on PACS.",
                    title="QuuxDG: Domain Generalization without Domain Adaptation")
    assert got == {66.0: None}
    got = _settings("We propose QuuxCls. QuuxCls reaches 74.0% accuracy on Foo.",
                    title="QuuxCls: Classifying Images without Few-Shot Labels")
    assert got == {74.0: None}


def test_label_noise_is_no_label_fraction_and_labels_per_class_or_in_context_examples_are_shots():
    got = _settings("We propose QuuxRob. QuuxRob reaches 85.0% accuracy on CIFAR-10 with 40% label noise.")
    assert got[85.0] is None
    got = _settings("We propose QuuxMatch. QuuxMatch reaches 90.0% accuracy on CIFAR-10 with only 4 labels per class.")
    assert got == {90.0: "4-shot"}
    got = _settings("We propose QuuxLM. QuuxLM reaches 55.0% accuracy on the Foo benchmark with 8 in-context examples.")
    assert got == {55.0: "8-shot"}


def test_a_listed_score_after_comma_and_keeps_the_phrase_and_a_shared_phrase_reaches_the_margins():
    got = _settings("In zero-shot 3D classification, FooNet shows 52.0% accuracy on Objaverse-LVIS, 87.4% on "
                    "ModelNet40, and 60.6% on ScanObjectNN.")
    assert set(got.values()) == {"zero-shot"}
    got = _settings("We propose QuuxSeg. On PASCAL-5i, QuuxSeg reaches 67.0% mIoU for 5-shot segmentation, "
                    "outperforming the previous best method by 5.0%.")
    assert got[67.0] == "5-shot"


def test_a_with_phrase_after_a_score_reaches_the_margin_in_brackets_after_it():
    got = _settings("We propose QuuxRE. On the Foo relations benchmark QuuxRE gets 58% F1 zero-shot, 66% F1 with 8 "
                    "examples per relation (12% better than the best supervised system), and 70% F1 fully trained.",
                    title="Zero- and Few-Shot Relation Extraction with Quux")
    assert (got[58.0], got[66.0]) == ("zero-shot", "8-shot")
    (e,) = extract([Paper(id="t", title="A study", abstract="We propose QuuxRE. On the Foo relations benchmark QuuxRE "
                          "gets 58% F1 zero-shot, 66% F1 with 8 examples per relation (12% better than the best "
                          "supervised system).")])
    assert {r.value: r.setting for r in e.results}[12.0] == "8-shot"
