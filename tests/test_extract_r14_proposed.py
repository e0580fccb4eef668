"""Round 14 (proposed names): the parts of the paper's own method it names, and its results' owner."""

from __future__ import annotations

from extract_helpers import run


def test_acronym_defined_part_of_the_own_method_is_proposed(nlp):
    # after the paper names its method, "a novel X (XX) module", "X (XX) is then adopted" and
    # "ZorbNet comprises X (XX)" define its parts
    ex = run(nlp, "ZorbNet: Quux Fusion for Image Dehazing",
             "We propose ZorbNet for dehazing. ZorbNet employs a novel quux gating aggregation (QGA) "
             "module. A Blorp Proposal Network (BPN) is then adopted to initialize the queries. "
             "Specifically, ZorbNet comprises two modules: Frobnic Attention Network (FAN) and "
             "Zibble Attention Network (ZAN).")  # fmt: skip
    for name in ("quux gating aggregation (QGA)", "Blorp Proposal Network (BPN)",
                 "Frobnic Attention Network (FAN)", "Zibble Attention Network (ZAN)"):  # fmt: skip
        assert name in ex.proposed


def test_acronym_defined_for_others_work_or_a_modifier_is_not_proposed(nlp):
    # used, compared, cited, or a modifier of a head named otherwise
    ex = run(nlp, "ZorbNet: Quux Fusion for Image Dehazing",
             "We propose ZorbNet for dehazing. In addition to the commonly used Blorp Token "
             "Modeling (BTM), we train with a frobnic loss. We propose a new quux attention (QA) "
             "mechanism on graphs, termed ZorbAttention. We design a method to make use of the "
             "successful zibble language model (ZLM).")  # fmt: skip
    assert not {"Blorp Token Modeling (BTM)", "quux attention (QA)", "zibble language model (ZLM)"} & set(
        ex.proposed
    )


def test_acronym_defined_as_the_kind_of_the_own_name_is_not_proposed(nlp):
    # "we propose ZorbNAS, an efficient Blorp-aware Quux Search (BQS)": the family it belongs to
    ex = run(nlp, "ZorbNAS: Hybrid Search for Edge Devices",
             "In this paper, we propose ZorbNAS, an efficient Blorp-aware Quux Search (BQS) "
             "including hybrid architectures. ZorbNAS improves the state of the art.")  # fmt: skip
    assert "Blorp-aware Quux Search (BQS)" not in ex.proposed


def test_name_with_a_greek_letter_is_found_and_owns_its_results(nlp):
    # "γ-MoD" (or "gamma-MoD" once LaTeX is cleaned): a name, the paper's own, the owner
    ex = run(nlp, "Efficient Zorbing for Language Models",
             "To address this issue, we propose an innovative adaptation strategy for existing "
             "models called gamma-Zorb. Experiments show that gamma-Zorb reduces training time by 31.0%.")  # fmt: skip
    assert "gamma-Zorb" in ex.proposed
    assert any(r.method == "gamma-Zorb" for r in ex.results)
