"""Round 24 (numbers): results that break an invariant of scripts/check_results.py, on invented
sentences (none of the names real). Each test fails without its rule."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Paper


def _extract(abstract: str, title: str = "PlumNet: Denser Features for Sparser Scenes"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _relative(e) -> dict[float, bool]:
    return {r.value: r.relative for r in e.results}


# --- score_filed_relative: a cue word inside a name is no cue ---------------------------------


def test_cue_word_inside_a_method_name_is_no_cue():
    # "Boost..." / "Faster ..." before the number are names, not "boosts" or "faster"
    e = _extract("BoostFormer achieves 81.2% top-1 accuracy on ImageNet.", title="BoostFormer: Plain Vision Models")
    assert _relative(e) == {81.2: False}
    e = _extract("On COCO, Faster R-CNN achieves 42.0 AP.")
    assert _relative(e) == {42.0: False}


def test_cue_word_inside_a_dataset_name_is_no_cue():
    e = _extract("Our PlumNet reaches 64.2% accuracy on the GainQA dataset.")
    assert _relative(e) == {64.2: False}
    e = _extract("Our PlumNet obtains 71.5 F1 on the LiftBench benchmark.")
    assert _relative(e) == {71.5: False}


# --- score_filed_relative: a cue after "with"/"which" is another quantity's -----------------------


def test_cue_after_with_belongs_to_another_quantity():
    e = _extract("On the Stanza-9 benchmark, PlumNet reaches 77.3 top-1 accuracy with less compute per clip.")
    assert _relative(e) == {77.3: False}


def test_cue_after_which_belongs_to_another_quantity():
    e = _extract("PlumNet finds the key with a success rate of 61% which increases to 83% at the third try.")
    assert _relative(e) == {61.0: False, 83.0: False}


def test_margin_with_its_own_cue_stays_relative():
    # the cue before "with" is still the number's own
    e = _extract("PlumNet improves accuracy by 2.4% with fewer parameters on the Stanza-9 benchmark.")
    assert _relative(e)[2.4] is True
    e = _extract("PlumNet is 3.1% more accurate with half the parameters on the Stanza-9 benchmark.")
    assert _relative(e)[3.1] is True


def test_first_word_of_a_compound_is_no_cue():
    # "over-studied", "leader-board": no "over", no "lead"
    e = _extract("PlumNet reaches a F1 score of 90.12 on the over-studied Stanza-9 dataset.")
    assert _relative(e) == {90.12: False}
    e = _extract("PlumNet tops the leader-board with an F1 of 0.7421, without any ensembles.")
    assert _relative(e) == {0.7421: False}


def test_score_compared_with_another_score_is_a_score():
    e = _extract("PlumNet obtains an F1 score of 83.26% compared with 81.09% of the prior method on Stanza-9.")
    assert _relative(e)[83.26] is False


# --- score_filed_relative: "N% of accuracy" is the score, not a share -----------------------------


def test_percent_of_accuracy_is_the_score():
    e = _extract("Our PlumNet achieves 91.7% of mean accuracy on the Stanza-9 dataset.")
    assert _relative(e) == {91.7: False}
    e = _extract("On the Stanza-9 dataset, PlumNet identifies the author with 68% of accuracy.")
    assert _relative(e) == {68.0: False}


def test_share_of_a_reference_accuracy_stays_a_share():
    e = _extract("PlumNet retains 97.5% of the original accuracy on the Stanza-9 dataset.")
    (r,) = [r for r in e.results if r.value == 97.5]
    assert r.relative is True and r.change == "share"
