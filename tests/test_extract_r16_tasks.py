"""Task rules of round 16 (tasks: recall of the tasks annotators name), each checked on the
sota-arxiv corpus and the annotated sets; each test fails without its rule. Names are
invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_a_title_acronym_after_property_words_is_the_task(nlp):
    # "for low-footprint and low-power ASR": the words before the acronym state what
    # the method seeks, not a kind of speech recognition; the acronym alone is the task
    found = tasks(nlp, "QuillT: A Zorbing Transducer for Low-Footprint and Low-Power ASR",
                  "Zorbing transducers are slow to train. We propose QuillT, a transducer that "
                  "trains with half the memory and decodes with lower delay.")
    assert "automatic speech recognition" in found, found


def test_a_title_acronym_after_a_plain_modifier_is_named_in_full(nlp):
    # "Welsh NER": not a variant the rule spells ("Welsh entity recognition"); the task the
    # acronym names, written in full
    found = tasks(nlp, "Zorb Lattices for Welsh NER",
                  "We attach zorb lattices to a tagger and tag Welsh news text.")
    assert "named entity recognition" in found, found


def test_a_technique_the_abstract_opens_with_is_a_task(nlp):
    # the abstract opens on a known technique as the subject of its claim: the paper works
    # on that technique ("knowledge distillation"), besides the task it evaluates on
    found = tasks(nlp, "ZorbKD: Distilling Quill Maps",
                  "Knowledge distillation has become a common way to shrink large networks. "
                  "We propose ZorbKD, which transfers quill maps from teacher to student.")
    assert "knowledge distillation" in found, found


def test_a_building_block_the_abstract_opens_with_is_no_task(nlp):
    # "Dilated convolution is ...": a part of the model, not what the paper works on
    found = tasks(nlp, "ZorbNet: Wider Kernels for Quill Estimation",
                  "Dilated convolution is widely used to enlarge receptive fields. We propose "
                  "ZorbNet for quill estimation, which mixes kernel sizes.")
    assert "dilated convolution" not in found, found


def test_a_learning_paradigm_used_as_the_means_is_no_second_task(nlp):
    # the paper addresses quill pose estimation; reinforcement learning, named in the
    # abstract only, is how it trains
    found = tasks(nlp, "ZorbPose: Quill Pose Estimation for Rare Poses",
                  "Quill pose estimation is hard for rare poses. We propose ZorbPose for quill "
                  "pose estimation, which we train with reinforcement learning (RL). ZorbPose "
                  "outperforms RL baselines on QuillBench.")
    assert "quill pose estimation" in found, found
    assert not any(t.startswith("reinforcement learning") for t in found), found


def test_a_learning_paradigm_the_paper_addresses_stays_a_task(nlp):
    # alone, or named in the title, the paradigm is the paper's task
    found = tasks(nlp, "Zorb Rewards for Reinforcement Learning",
                  "We study reinforcement learning with zorb rewards in quill games.")
    assert "reinforcement learning" in found, found
