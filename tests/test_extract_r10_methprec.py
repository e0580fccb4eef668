"""Method-precision rules of round 10, each written from an audit of the extractor's output on
unlabelled abstracts (error types, not single papers) and checked on a second unlabelled
sample: each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_an_architecture_family_written_out_is_no_method(nlp):
    # "a convolutional neural network", "Graph Neural Networks (GNNs)": the generic family
    ex = run(nlp, "Zorbing Quill Clouds",
             "We zorb quill clouds with a convolutional neural network and Graph Neural "
             "Networks (GNNs). A Recurrent Quill Network (ReQuill) and LSTM baselines follow.")
    names = " | ".join(name_set(ex.methods)).lower()
    assert "convolutional neural network" not in names and "graph neural network" not in names
    assert "ReQuill" in " ".join(name_set(ex.methods)) and "LSTM" in name_set(ex.methods)


def test_the_re_identification_acronym_is_a_task_not_a_method(nlp):
    # "person re-identification (ReID)", "Re-ID models": the task's acronym, like VQA or NER
    ex = run(nlp, "Zorbing Quill Tracks",
             "Person re-identification (ReID) matches quills across cameras. We propose "
             "ZorbReID-Net for it; existing Re-ID models fail under occlusion.")
    names = name_set(ex.methods)
    assert "ReID" not in names and "Re-ID" not in names
    assert "ZorbReID-Net" in names
