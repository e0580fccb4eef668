"""Second review mend (tasks, results): the review's invented inputs that the task leads and
the result rules got wrong (invented names and figures; each test fails without its fix)."""

from __future__ import annotations

from extract_helpers import run, tasks

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
    # (10) "learning" opening a compound with a noun of the learner or of learning stays
    for sentence, task in (("We study learning disability detection in children.", "learning disability detection"),
                           ("We address learning curve prediction for quill networks.", "learning curve prediction"),
                           ("We study learning engagement recognition in classrooms.",
                            "learning engagement recognition")):  # fmt: skip
        found = tasks(nlp, "Zorb: Quill Graphs", sentence)
        assert task in found, (sentence, found)


def _results(nlp, sentence: str) -> list[tuple]:
    ex = run(nlp, "Zorbnet: Quill Layers", "We propose Zorbnet, a new quill network. " + sentence)
    return [(r.value, r.metric, r.relative) for r in ex.results]


def test_a_gain_after_up_to_or_leads_to_is_no_setting_value(nlp):
    # (11) "up to 3.1 improvement", "leads to 2.4 improvement": the noun, not a value set
    assert _results(nlp, "Zorbnet achieves up to 3.1 improvement over the Transformer baseline on ZMT14.") == [
        (3.1, "performance", True)]
    assert _results(nlp, "Zorbnet leads to 2.4 improvement over Faster R-CNN on ZOCO.") == [
        (2.4, "performance", True)]
    # still no gain: the value a setting is set to before the verb
    assert _results(nlp, "Setting the temperature to 0.7 increases the diversity of Zorbnet's outputs.") == []


def test_a_change_of_a_modified_or_possessed_performance_is_read(nlp):
    # (12) a modifier or a possessive between the verb of change and "performance"
    for sentence in ("Zorbnet improves the zero-shot performance on ZSM8K from 68.2% to 81.5%.",
                     "Zorbnet improves Llama-2's performance on ZSM8K from 68.2% to 81.5%.",
                     "Zorbnet boosts the average performance on ZSM8K from 68.2% to 81.5%."):  # fmt: skip
        assert [v for v, *_ in _results(nlp, sentence)] == [68.2, 81.5], sentence


def test_a_setting_pair_in_brackets_is_no_score_pair(nlp):
    # (D-d) a setting the bracket list missed, and a measure of another clause
    assert _results(nlp, "Zorbnet improves robustness; we test two dropout probabilities (0.1 vs. 0.3).") == []
    assert _results(nlp, "Zorbnet improves robustness; we compare two quill modes (0.1 vs. 0.3).") == []
    # still a score pair: the measure in the bracket's clause
    assert [v for v, *_ in _results(nlp, "Zorbnet improves accuracy over Quxnet (0.812 vs. 0.794) on ZIFAR-10.")] == [
        0.812, 0.794]
