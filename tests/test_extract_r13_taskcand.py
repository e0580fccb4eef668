"""Task-candidate rules of round 13, each written from the annotated tasks no candidate
found and checked on unlabelled abstracts: each test fails without its rule. Names are
invented. (The guard test of a rule fails without that rule's filter.)"""

from __future__ import annotations

from extract_helpers import tasks


def test_a_title_task_written_with_a_task_acronym_is_a_task(nlp):
    # "for Multi-hop QA": a variant of question answering, named by its acronym in the title
    found = tasks(nlp, "Zorbing while Quilling: Multi-Task Learning for Multi-hop QA",
                  "We zorb quills with a multi-task learner. Zorb improves answer F1 by 3 points on "
                  "two benchmarks.")
    assert "multi-hop qa" in found, found


def test_a_title_task_acronym_the_abstract_defines_heads_a_task(nlp):
    # "for on-device QSU" where the abstract defines "quill speech understanding (QSU)"
    found = tasks(nlp, "Zorb: Fusing Quills for On-Device QSU",
                  "Quill speech understanding (QSU) maps quills to intents. We propose Zorb, which "
                  "cuts latency by 30%.")
    assert "on-device qsu" in found, found


def test_a_property_before_a_title_task_acronym_names_no_variant(nlp):
    # "for memory-efficient and low-latency ASR": what the method seeks, not a kind of ASR;
    # and "Open-Domain QA" written out in the abstract keeps the long form's name
    found = tasks(nlp, "Zorb: A Quill Transducer for Memory-Efficient and Low-Latency ASR",
                  "We propose Zorb, a quill transducer. Zorb halves memory in training.")
    assert not any(t.endswith(" asr") for t in found), found
    found = tasks(nlp, "Pruning Quill Indexes for Open-Domain QA",
                  "We prune quill indexes for open-domain question answering. Exact match drops by "
                  "only 0.5 points.")
    assert "open-domain qa" not in found and "open-domain question answering" in found, found
