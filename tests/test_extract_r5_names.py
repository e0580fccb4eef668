"""Method-name rules of round 5 (names the extractor missed), each written from an audit of
the extractor's output on unlabelled abstracts and checked on a second unlabelled sample:
each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_plural_name_the_paper_coins_right_after_its_proposal_verb_is_a_method(nlp):
    ex = run(nlp, "Zorbic Flow Networks",
             "This paper introduces Zorbic Flow Networks (ZFNs), a new class of generative "
             "model. ZFNs outperform discrete diffusion models on text8.")
    assert "Zorbic Flow Networks (ZFNs)" in name_set(ex.methods)
    assert "Zorbic Flow Networks (ZFNs)" in ex.proposed
    # a family the paper only uses stays out
    ex = run(nlp, "Quill Detection with Graphs",
             "We propose to use zorbic flow networks (ZFNs) for quill detection, and show "
             "that ZFNs are accurate.")
    assert not any("ZFN" in n for n in name_set(ex.methods))


def test_openai_o_series_models_are_methods(nlp):
    # general knowledge: OpenAI's reasoning models, written in lower case with a digit
    ex = run(nlp, "Can Zorb Models Reason?",
             "We evaluate GPT-4o, o1-mini and o3-mini on ZorbBench. Notably, o1 beats "
             "GPT-4o by 12 points.")
    assert {"o1-mini", "o3-mini", "o1"} <= name_set(ex.methods)


def test_a_name_defined_name_first_is_kept_and_its_long_form_words_are_no_names(nlp):
    # the long form reads like a task ("... Tree Search") and the title repeats it
    ex = run(nlp, "Quill Agent Tree Search Unifies Reasoning Acting and Planning in Language Models",
             "We introduce QATS (Quill Agent Tree Search), a general framework that lets "
             "language models plan. QATS achieves 94.4% on HumanEval with GPT-4.")
    # (named as written, or as the definition it is: "Quill Agent Tree Search (QATS)", round 35)
    assert {"QATS", "Quill Agent Tree Search (QATS)"} & name_set(ex.methods)
    assert {"QATS", "Quill Agent Tree Search (QATS)"} & set(ex.proposed)
    # the title-case words inside the definition are not names of their own
    ex = run(nlp, "Unsupervised Segmentation by Distilling Correspondences",
             "We design ZTEGO (Zorb-supervised Transformer with Energy-based Graph Optimization), "
             "a novel framework that distills features into labels.")
    assert name_set(ex.methods) in ({"ZTEGO"}, {"Zorb-supervised Transformer with Energy-based Graph Optimization (ZTEGO)"})


def test_the_subject_of_outperforms_after_a_dataset_phrase_is_a_method(nlp):
    ex = run(nlp, "ZorbFuse: Sensor Fusion for Pose Estimation",
             "We introduce three fusion approaches: NaiveZorb, KineZorb and DeepZorb. On the "
             "Total Capture dataset, KineZorb surpasses the previous state of the art by 8.6%.")
    assert "KineZorb" in name_set(ex.methods)
    assert "KineZorb" not in name_set(ex.datasets)
    # the data after "on" stays data
    ex = run(nlp, "ZorbNet for Segmentation",
             "We propose ZorbNet. Results on QuuxSeg outperform prior work.")
    assert "QuuxSeg" not in name_set(ex.methods)


def test_a_capitalised_name_inside_a_sentence_before_an_algorithm_head_is_a_method(nlp):
    ex = run(nlp, "Structured Zorb Parsing",
             "We decode with the modified Zorbel-Quint algorithm and train with the Quux "
             "loss, which generates the labeled tree.")
    assert {"Zorbel-Quint algorithm", "Quux loss"} <= name_set(ex.methods)
    # the last word of a title-case name is no name of its own
    ex = run(nlp, "Zorb Estimation",
             "We propose ZorbNet, a Real-time Intermediate Flow Estimation algorithm for "
             "frame interpolation.")
    assert "Estimation algorithm" not in name_set(ex.methods)


def test_benchmark_as_a_verb_is_no_dataset_cue(nlp):
    ex = run(nlp, "ZorbBlock: Contrastive Blocking for Entity Resolution",
             "This paper presents ZorbBlock, a blocking method. We benchmark ZorbBlock against "
             "eight blocking methods and show that ZorbBlock is 2 times faster.")
    assert "ZorbBlock" in name_set(ex.methods)
    assert "ZorbBlock" not in name_set(ex.datasets)
