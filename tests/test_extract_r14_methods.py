"""Round 14 (methods): method names found by their role in the sentence, not their shape."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_acronym_proposed_right_after_its_definition_is_a_method(nlp):
    # the long form's head ("suppression", "gate") says nothing; the sentence proposes it
    ex = run(nlp, "Quux Networks for Face Analysis",
             "A special-purpose procedure, zorbic gradient suppression (ZGS), is proposed for "
             "network training. It keeps features stable.")  # fmt: skip
    assert "zorbic gradient suppression (ZGS)" in name_set(ex.methods)


def test_acronym_used_as_a_winner_or_a_compared_method_is_a_method(nlp):
    ex = run(nlp, "Zorbing Speech Recognition",
             "We study speech recognition with a quux aggregation (QXA) of frames. On three "
             "datasets, QXA outperforms strong baselines.")  # fmt: skip
    assert "quux aggregation (QXA)" in name_set(ex.methods)
    ex = run(nlp, "Zorbing Image Warps",
             "Earlier systems rely on zorbic perspective mapping (ZPM) of frames. Our approach "
             "is more accurate compared to ZPM.")  # fmt: skip
    assert "zorbic perspective mapping (ZPM)" in name_set(ex.methods)


def test_acronym_of_a_setting_stays_untyped(nlp):
    # "the proposed ZRF detector", "ZRF-based", "than ZRF": a modifier, a field, a setting
    ex = run(nlp, "Zorbing Indoor Localization",
             "Sensors harvest zorbic radio frequency (ZRF) power. ZRF-based systems are cheap, "
             "and the proposed ZRF detector covers more rooms than ZRF beacons.")  # fmt: skip
    assert not any("ZRF" in n for n in name_set(ex.methods))


def test_acronym_defined_after_our_kind_of_work_is_a_method(nlp):
    # "Our proposed model, LONG (SHORT)": the paper names its own model, whatever the head
    ex = run(nlp, "Adversarial Video Generation on Complex Datasets",
             "Our proposed model, Dual Quux Zorbinator GAN (DQZ-GAN), scales to longer and "
             "higher resolution videos.")  # fmt: skip
    assert "Dual Quux Zorbinator GAN (DQZ-GAN)" in name_set(ex.methods)


def test_acronym_coined_in_the_past_tense_is_a_method(nlp):
    ex = run(nlp, "Sensor Network Routing",
             "Considering the homogeneity of the network, we proposed Zorbic Sleep Awake Quux "
             "(ZSAQ). It extends the network lifetime.")  # fmt: skip
    assert "Zorbic Sleep Awake Quux (ZSAQ)" in name_set(ex.methods)


def test_acronym_apposed_to_a_method_noun_is_a_method(nlp):
    # "a simple model, LONG (SHORT)", "a benchmark algorithm: LONG (SHORT)"
    ex = run(nlp, "Predict then Zorb: Graph Networks for Node Labels",
             "We use this to construct a simple model, zorbic propagation of quux predictions "
             "(ZPQP). It is fast.")  # fmt: skip
    assert "zorbic propagation of quux predictions (ZPQP)" in name_set(ex.methods)


def test_own_name_that_wins_is_a_method_not_a_listed_dataset(nlp):
    # "including ZIDD and ZND, and ZBNet achieves": the list would make ZBNet a dataset
    ex = run(nlp, "ZBNet: Noise Basis Learning for Image Denoising",
             "In this paper, we introduce ZBNet, a novel framework for image denoising. We "
             "conduct evaluations on benchmarks, including ZIDD and ZND, and ZBNet achieves "
             "state-of-the-art performance on PSNR.")  # fmt: skip
    assert "ZBNet" in name_set(ex.methods)
    assert "ZBNet" not in name_set(ex.datasets)


def test_coined_acronym_with_task_words_is_a_method_when_the_text_says_what_it_does(nlp):
    # "we propose LONG (SHORT), to select ...": proposed and then acting, though "Object
    # Detection" ends its long form; "(SHORT) task" stays a task
    ex = run(nlp, "Multiple Instance Quux Learning for Object Detection",
             "There still lacks a quux learning method for object detection. In this paper, we "
             "propose Multiple Instance Zorbic Object Detection (MI-ZOD), to select the most "
             "informative images for detector training.")  # fmt: skip
    assert "Multiple Instance Zorbic Object Detection (MI-ZOD)" in name_set(ex.methods)
    ex = run(nlp, "Zorbic Navigation",
             "In this paper, we introduce a Scenario Zorbed Object Navigation (SZON) task, where "
             "an agent navigates from anywhere.")  # fmt: skip
    assert not any("SZON" in n for n in name_set(ex.methods))
