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


# --- gain_filed_absolute: a long measure name between the number and its cue ------------------


def test_cue_after_a_long_measure_name_is_the_numbers():
    e = _extract("PlumNet brings a 3.4% panoptic quality (PQ) improvement on the Stanza-9 benchmark.")
    assert _relative(e) == {3.4: True}
    e = _extract("The results show a 2-5% segmentation accuracy improvement over prior methods on Stanza-9.")
    assert _relative(e)[2.0] is True


def test_cue_after_at_belongs_to_another_quantity():
    e = _extract("PlumNet reaches 61.3% box AP at over 40 FPS on the Stanza-9 benchmark.")
    assert _relative(e)[61.3] is False


# --- scripts/check_results.py: the invariants on an invented output -----------------------------


def _checker():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "check_results.py"
    spec = importlib.util.spec_from_file_location("check_results", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_results_flags_what_breaks_an_invariant():
    text = "PlumNet reaches 81.2% top-1 accuracy on Stanza-9 with 5 million parameters, while FooNet gets 1.8x accuracy."
    whole = (0, len(text))

    def result(value_text, value, metric, relative=False, unit="%", span=whole):
        return {"method": "PlumNet", "dataset": "Stanza-9", "metric": metric, "value": value,
                "value_text": value_text, "unit": unit, "relative": relative, "change": None,
                "baseline": None, "span": list(span), "confidence": 0.9}  # fmt: skip
    record = {
        "methods": [{"name": "PlumNet", "aliases": []}], "datasets": [{"name": "Stanza-9", "aliases": []}],
        "metrics": [{"name": "top-1 accuracy", "aliases": []}], "proposed": ["PlumNet"],
        "results": [result("81.2%", 81.2, "top-1 accuracy"),  # right
                    result("5", 5.0, "top-1 accuracy", unit=None),  # a cost filed as a score
                    result("1.8x", 1.8, "top-1 accuracy", relative=True, unit="x"),  # x on a score
                    result("64.0%", 64.0, "top-1 accuracy"),  # not in its evidence
                    result("81.2%", 81.2, "top-1 accuracy", span=(0, len(text) + 9))],  # span past the text
    }  # fmt: skip
    found = {(name, r["value_text"]) for name, r, _ in _checker().check_record(record, text)}
    assert found == {("cost_as_score", "5"), ("times_on_score", "1.8x"), ("value_in_span", "64.0%"),
                     ("span_in_text", "81.2%")}  # fmt: skip


# --- cost_as_score: a cost number bound to a score measure ------------------------------------


def test_spelled_model_size_is_no_score():
    e = _extract("On the Stanza-9 benchmark, PlumNet achieves 77.9% top-1 accuracy with about 4.2 million parameters.")
    assert {(r.value, r.metric) for r in e.results} == {(77.9, "top-1 accuracy")}


def test_lower_cost_after_a_ratio_names_its_measure():
    e = _extract("PlumNet matches the accuracy of FooNet on Stanza-9 in 12.5x lower pre-training time.")
    (r,) = [r for r in e.results if r.value == 12.5]
    assert r.metric == "pre-training time" and r.relative is True


# --- a difference in points written with a percent sign -----------------------------------------
# "by 7.7% absolute", "6% points": the gain is in points of the score (mlkg:delta), not a ratio of
# the baseline's score (mlkg:relativeDelta, as "22% faster" is); 39 sota-arxiv results.


def test_percent_absolute_and_percent_points_are_points():
    e = _extract(
        "PlumNet improves accuracy on the QuillSet benchmark by 4.5% absolute over the previous best. "
        "On BrookQA it gains 6\\% points in F1, and on the FernBench test set 3.2% points in recall."
    )
    got = {r.value: (r.unit, r.relative, r.value_text) for r in e.results}
    assert got == {4.5: ("points", True, "4.5% absolute"), 6.0: ("points", True, "6% points"),
                   3.2: ("points", True, "3.2% points")}


def test_a_range_in_points_takes_its_upper_ends_unit():
    # "1.1%-8.4% absolute" is one range in points, not 1.1% and a negative 8.4 points
    e = _extract("PlumNet gives 1.1%-8.4% absolute AUC improvements on click-through rate prediction.")
    assert [(r.value, r.unit, r.value_text) for r in e.results] == [(1.1, "points", "1.1%-8.4% absolute")]


def test_a_gain_in_points_written_with_percent_keeps_the_scores_measure():
    # the previous sentence's percentage names the measure of the "+0.5% absolute" gain
    e = _extract(
        "PlumNet-S achieves 79.3% top-1 accuracy on ImageNet. "
        "This is a +0.5% absolute improvement over the previous best model."
    )
    gain = next(r for r in e.results if r.relative)
    assert (gain.value, gain.unit, gain.metric) == (0.5, "points", "top-1 accuracy")


def test_a_singular_point_before_another_noun_is_that_nouns():
    # review: "a 3% point cloud subset" is 3% of the points, not a 3-point margin
    from kg.extract.numbers import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("trained on a 3% point cloud subset")] == [(3.0, "%")]
    assert [(q.value, q.unit) for q in find_quantities("a 2.5% point increase in F1")] == [(2.5, "points")]


def test_a_list_of_percentages_ending_in_points_is_in_points():
    # "by 16.7% and 9.5% points", "(4%, 10%, and 10% absolute improvements)": the unit written once
    # after the list is every member's (5 sota-arxiv papers, 7 results)
    from kg.extract.numbers import find_quantities
    got = [(q.value, q.unit) for q in find_quantities("(4%, 10%, and 12% absolute improvements)")]
    assert got == [(4.0, "points"), (10.0, "points"), (12.0, "points")]
    got = [(q.value, q.unit) for q in find_quantities("gains 5% over X and 2% absolute over Y")]
    assert got == [(5.0, "%"), (2.0, "points")]
