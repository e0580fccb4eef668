"""Mends of the round-16 task rules (title acronym task, opening technique as task,
learning paradigm not kept as a second task), after review; each test fails without its
fix. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_a_title_acronym_the_abstract_defines_otherwise_is_not_the_known_task(nlp):
    # the abstract defines "VQA" as video quality assessment: the title's "Blind VQA" is
    # not visual question answering
    found = tasks(nlp, "Blind VQA with Quill Features",
                  "Video quality assessment (VQA) of streamed zorbs is hard. We propose a blind "
                  "model that rates compressed zorbs.")
    assert "visual question answering" not in found, found
    # "attack success rate (ASR)": no speech recognition
    found = tasks(nlp, "Raising Jailbreak ASR with Zorb Suffixes",
                  "We craft zorb suffixes that raise the attack success rate (ASR) of quill "
                  "prompts from 40% to 90% on aligned chat models.")
    assert "automatic speech recognition" not in found, found


def test_a_title_acronym_the_abstract_defines_as_its_task_stays_named_in_full(nlp):
    found = tasks(nlp, "Zorb Lattices for Welsh NER",
                  "Named entity recognition (NER) finds names in text. We attach zorb lattices "
                  "to a tagger and tag Welsh news text.")
    assert "named entity recognition" in found, found


def test_a_modifier_that_makes_a_known_task_with_the_acronym_is_kept(nlp):
    # "Visual QA": visual question answering is a known task, not question answering
    found = tasks(nlp, "Zorb Fusion for Visual QA",
                  "We fuse image and question features with zorb blocks and answer questions "
                  "about pictures.")
    assert "visual question answering" in found, found
    assert "question answering" not in found, found


def test_a_modifier_the_text_writes_with_the_full_task_is_kept(nlp):
    # "Quill ReID", with "quill re-identification" written in the abstract
    found = tasks(nlp, "Zorb: Scalable and Robust Quill ReID",
                  "We propose Zorb, which matches quills across cameras; quill re-identification "
                  "needs large galleries.")
    assert "quill re-identification" in found, found


def test_a_learning_paradigm_the_title_names_by_its_acronym_stays_a_task(nlp):
    # "Sample-Efficient RL": the title is about reinforcement learning, though its task
    # phrase ranks first
    found = tasks(nlp, "Zorb: Sample-Efficient RL for Quill Grasping",
                  "Reinforcement learning (RL) needs many samples. We propose Zorb, which learns "
                  "quill grasping from few trials.")
    assert any(t.startswith("reinforcement learning") for t in found), found


def test_a_learning_paradigm_the_title_names_in_its_words_stays_a_task(nlp):
    # "... and Deep Reinforcement Learning": the title's own words, not a means
    found = tasks(nlp, "Quill Pose Estimation and Deep Reinforcement Learning",
                  "Quill pose estimation is hard for rare poses. We propose ZorbPose for quill pose "
                  "estimation, which we train with reinforcement learning (RL). ZorbPose "
                  "outperforms RL baselines on QuillBench.")
    assert any("reinforcement learning" in t for t in found), found


def test_a_learning_paradigm_the_title_names_as_its_means_is_no_second_task(nlp):
    # "... via Reinforcement Learning": how the paper estimates quill poses
    found = tasks(nlp, "ZorbPose: Quill Pose Estimation via Reinforcement Learning",
                  "Quill pose estimation is hard for rare poses. We propose ZorbPose for quill "
                  "pose estimation, which we train with reinforcement learning (RL) and a zorb "
                  "reward. ZorbPose outperforms RL baselines on QuillBench.")
    assert "quill pose estimation" in found, found
    assert not any("reinforcement learning" in t for t in found), found


def test_a_building_block_or_training_trick_the_abstract_opens_with_is_no_task(nlp):
    # "Positional encoding is ...", "Mixed precision training is ...": a part of the model
    # or a way to run it, not what the paper works on
    found = tasks(nlp, "Zorb", "Positional encoding is essential for transformers to see word "
                  "order. We propose Zorb, a new encoding.")
    assert "positional encoding" not in found, found
    found = tasks(nlp, "Zorb", "Mixed precision training is now standard for large models. "
                  "We propose Zorb, a new loss scaler.")
    assert "mixed precision training" not in found, found


def test_an_opening_technique_after_a_time_phrase_or_before_a_which_clause_is_a_task(nlp):
    found = tasks(nlp, "Zorb", "Over the past few years, data augmentation has become a common "
                  "way to regularize networks. We propose Zorb.")
    assert "data augmentation" in found, found
    found = tasks(nlp, "Zorb", "Data augmentation, which enlarges the training set, is widely "
                  "used to regularize networks. We propose Zorb.")
    assert "data augmentation" in found, found
    found = tasks(nlp, "Zorb", "Recently, data augmentation has become a common way to "
                  "regularize networks. We propose Zorb.")
    assert "data augmentation" in found, found


def test_an_opening_technique_not_in_a_claim_or_after_another_word_is_no_task(nlp):
    # no verb of a claim after it; an opening word the rule does not know
    found = tasks(nlp, "Zorb", "Data augmentation of quills before training. We propose Zorb.")
    assert "data augmentation" not in found, found
    found = tasks(nlp, "Zorb", "Yesterday, data augmentation is a common way to regularize "
                  "networks. We propose Zorb.")
    assert "data augmentation" not in found, found


def test_a_one_word_opening_technique_is_no_task(nlp):
    # "Quantization is ...": one word is too vague to be the paper's task
    found = tasks(nlp, "Zorb", "Quantization is a common way to shrink networks. We propose Zorb.")
    assert "quantization" not in found, found
