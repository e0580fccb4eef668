"""Precision leads of round 19 (software and hardware names, defined acronyms, judges).

Each test reads an invented sentence; those that guard a rule fail without it."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_inference_runtimes_are_no_methods(nlp):
    # the guidelines: software libraries are no methods; "TensorRT" came out as one in
    # every sota-arxiv paper that deploys with it (8 papers)
    ex = run(nlp, "Quickdet: A Fast Detector",
             "We propose Quickdet. Exported with TensorRT and CoreML, Quickdet runs at 120 FPS "
             "and an OpenCL kernel built on cuDNN handles the rest.")
    assert name_set(ex.methods) == {"Quickdet"}
    assert not name_set(ex.datasets)
