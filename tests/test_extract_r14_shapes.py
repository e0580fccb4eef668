"""Round 14 (name shapes): names that start with a number, and the own name after "we implement"."""

from __future__ import annotations

from extract_helpers import name_set, run

from kg.extract.names import is_namey


def test_number_before_a_coined_name_is_a_name(nlp):
    # "3C-Net", "3FabRec", "2BiVQA": a number joined to a name with inner capitals or a hyphen
    ex = run(nlp, "3Zorb-Net: Quux Counting for Action Localization",
             "We propose 3Zorb-Net for action localization. We compare it with 2BiZorb and 4ZorbRec "
             "on THUMOS14.")  # fmt: skip
    assert {"3Zorb-Net", "2BiZorb", "4ZorbRec"} <= name_set(ex.methods)
    assert "3Zorb-Net" in ex.proposed


def test_number_before_a_unit_size_or_count_is_no_name():
    for word in ("7B", "4K", "3D", "2x", "8-bit", "3-shot", "2nd", "100M", "10Hz", "5GHz", "10GbE",
                 "1M-Example", "6DoF", "4GPUs", "3G-enabled", "2020s"):  # fmt: skip
        assert not is_namey(word), word


def test_name_after_we_implement_or_an_apposition_is_the_papers_own(nlp):
    # "we implement LMQL", "we derive AvaGrad, a new optimizer", "we describe DRAGON, a
    # late-fusion architecture"
    ex = run(nlp, "Prompting Is Programming: A Query Language for Models",
             "Based on this, we implement ZorbQL, which leverages constraints. ZorbQL reduces cost "
             "by 26%.")  # fmt: skip
    assert "ZorbQL" in ex.proposed
    ex = run(nlp, "On Adaptive Optimizers",
             "We analyse adaptive methods. Then we derive ZorbGrad, a new optimizer which "
             "outperforms SGD on vision tasks.")  # fmt: skip
    assert "ZorbGrad" in ex.proposed


def test_known_or_modifying_name_after_we_implement_is_not_proposed(nlp):
    ex = run(nlp, "A Study of Fine-Tuning",
             "We implement BERT in PyTorch and study its layers. We have implemented ZorbX emulator "
             "on two boards. We use ZorbNet, a recurrent model, as a baseline.")  # fmt: skip
    assert not {"BERT", "ZorbX", "ZorbNet"} & set(ex.proposed)

