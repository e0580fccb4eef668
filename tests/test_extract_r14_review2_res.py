"""Second review mend (tasks, results): the review's invented inputs that the task leads and
the result rules got wrong (invented names and figures; each test fails without its fix)."""

from __future__ import annotations

from extract_helpers import tasks

ABSTRACT = "We propose Zorb, which improves accuracy by 2%."


def test_joint_beside_a_clause_an_of_phrase_or_written_after_and_stays(nlp):
    # (9) a comma or "of" before a later "and" is no list of conjuncts when a clause or an
    # article comes between; "joint" written after "and" is not handed on
    found = tasks(nlp, "Zorb: Quill Sensors", "We study joint angle estimation, which is key for "
                  "rehabilitation and sports medicine.")
    assert "joint angle estimation" in found, found
    found = tasks(nlp, "Zorb: Quill Sensors", "We study joint angle estimation of the knee and hip.")
    assert "joint angle estimation" in found, found
    found = tasks(nlp, "Zorb: Gait Analysis and Joint Angle Estimation from Wearable Sensors", ABSTRACT)
    assert "joint angle estimation" in found, found


def test_joint_before_a_hyphen_coordination_and_a_conjunct_stays(nlp):
    # (T) the hyphen half of the review-1 test had no conjunct; with one "joint" stays too
    found = tasks(nlp, "Zorb: Joint Entity-Relation Extraction and Event Coreference", ABSTRACT)
    assert "joint entity-relation extraction" in found, found


def test_learning_opening_a_compound_the_lexicons_do_not_know_stays(nlp):
    # (10) "learning" is cut only before a task the lexicons know or opening the title
    for sentence, task in (("We study learning disability detection in children.", "learning disability detection"),
                           ("We address learning curve prediction for quill networks.", "learning curve prediction"),
                           ("We study learning engagement recognition in classrooms.",
                            "learning engagement recognition")):  # fmt: skip
        found = tasks(nlp, "Zorb: Quill Graphs", sentence)
        assert task in found, (sentence, found)
