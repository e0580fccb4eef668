"""Method-name rules of round 6, each written from an audit of the extractor's output on
unlabelled abstracts (error types, not single papers) and checked on a second unlabelled
sample: each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_an_acronym_defined_for_a_task_is_no_method(nlp):
    # a long form headed by a task-only noun, with no method word: the paper's task
    ex = run(nlp, "Zorb: Glancing at Plates",
             "Automatic Quill Plate Recognition (AQPR) is hard in the wild. We propose Zorb, "
             "a lightweight network that improves AQPR accuracy by 3 points.")
    assert not any("AQPR" in n for n in name_set(ex.methods))
    assert "Zorb" in name_set(ex.methods)
    # but what the paper builds under such a name stays its method
    ex = run(nlp, "Zorb: Glancing at Plates",
             "We propose Quill Plate Recognition (QPR), which beats Zorb by 3 points.")
    assert any("QPR" in n for n in name_set(ex.methods))



def test_an_acronym_defined_inside_a_task_phrase_is_no_method(nlp):
    ex = run(nlp, "Zorb for Quill-Plate Interaction Detection",
             "Quill-Plate interaction (QPI) detection aims to localize pairs. We propose ZorbNet. "
             "ZorbNet decomposes a QPI representation into parts and improves QPI detection.")
    assert "QPI" not in name_set(ex.methods)
    assert "ZorbNet" in name_set(ex.methods)


def test_well_known_lower_case_techniques_are_methods(nlp):
    # general ML knowledge (methods.jsonl): textbook techniques written in lower case
    ex = run(nlp, "Zorb: Tagging Quills",
             "We propose Zorb, a tagger that combines a deep encoder with a conditional random "
             "field and removes duplicate boxes with non-maximum suppression. Zorb beats "
             "graph attention network baselines.")
    assert {"conditional random field", "non-maximum suppression",
            "graph attention network"} <= name_set(ex.methods)
    # paradigms stay out: "active learning" names a setting, not one technique
    ex = run(nlp, "Zorb", "We propose Zorb for active learning and show that Zorb helps.")
    assert "active learning" not in name_set(ex.methods)


def test_a_name_written_only_inside_a_longer_method_name_is_no_method_of_its_own(nlp):
    ex = run(nlp, "Quill Tagging with Kernel Graph Attention Network",
             "We propose the Kernel Graph Attention Network (KGAT), which beats Zorb-Net by "
             "3 points on QuillBench.")
    methods = name_set(ex.methods)
    assert "graph attention network" not in {m.lower() for m in methods}
    assert any("KGAT" in m for m in methods)
    # written alone as well, it stays
    ex = run(nlp, "Quill Tagging with Kernel Graph Attention Network",
             "We propose the Kernel Graph Attention Network (KGAT), which beats a plain "
             "graph attention network by 3 points on QuillBench.")
    assert "graph attention network" in {m.lower() for m in name_set(ex.methods)}
