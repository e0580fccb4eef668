"""Review mend (tasks, metrics): inputs of the review of round 14 that the task-lead and
measure rules got wrong; each test fails without its fix. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run, tasks

from kg.model import Paper

ABSTRACT = "We propose Zorb, which improves accuracy by 2%."


def test_a_lead_that_is_part_of_the_task_name_stays(nlp):
    # "sufficient dimension reduction", "public health surveillance", "complete coverage path
    # planning" and "network-based intrusion detection" (the input) name their task whole
    for title, task in (("Zorb: Sufficient Dimension Reduction with Quill Kernels", "sufficient dimension reduction"),
                        ("Zorb: Public Health Surveillance from Quill Media", "public health surveillance"),
                        ("Zorb: Complete Coverage Path Planning for Quill Robots", "complete coverage path planning"),
                        ("Zorb: Network-based Intrusion Detection with Quill Features",
                         "network-based intrusion detection")):  # fmt: skip
        found = tasks(nlp, title, ABSTRACT)
        assert task in found, (title, found)


def test_a_lead_before_a_task_name_is_still_cut(nlp):
    # the narrow fixes keep what the rules were written for: "public" data sets, the verb
    # "learning" in a sentence, "joint" before a list of conjuncts
    found = tasks(nlp, "Zorb: Quill Layers", "Experiments on three public action segmentation datasets "
                  "show that Zorb improves accuracy by 2%.")
    assert "action segmentation" in found and not any(t.startswith("public") for t in found), found
    found = tasks(nlp, "Zorb: Quill Layers", "We study the problem of learning image classification models "
                  "under label noise with Zorb, which improves accuracy by 2%.")
    assert "image classification" in found and not any(t.startswith("learning") for t in found), found
    found = tasks(nlp, "Zorb: Joint Quill Detection, Tagging, and Segmentation", ABSTRACT)
    assert "quill detection" in found and not any(t.startswith("joint") for t in found), found
    found = tasks(nlp, "Joint Unsupervised Learning of Quill Representations and Image Clusters", ABSTRACT)
    assert not any(t.startswith("joint") for t in found), found


def test_joint_not_before_a_coordination_stays(nlp):
    # "joint angle estimation": the angles of joints, not "joint" before one conjunct
    found = tasks(nlp, "Zorb: Joint Angle Estimation from Monocular Quill Video", ABSTRACT)
    assert "joint angle estimation" in found, found


def test_joint_before_a_coordination_written_with_an_ampersand_or_hyphen_stays(nlp):
    found = tasks(nlp, "Zorb: Joint Intent Detection & Slot Filling", ABSTRACT)
    assert "joint intent detection & slot filling" in found, found
    # (with a conjunct after it, else "joint" is never at risk: second review, T)
    found = tasks(nlp, "Zorb for Joint Entity-Relation Extraction and Event Coreference", ABSTRACT)
    assert "joint entity-relation extraction" in found, found


def test_learning_opening_a_compound_stays_in_the_task_name(nlp):
    # "learning resource recommendation", "learning outcome prediction": no verb "learning"
    found = tasks(nlp, "Zorb: Quill Graphs", "We propose a graph model for learning resource recommendation.")
    assert "learning resource recommendation" in found, found
    found = tasks(nlp, "Zorb: Quill Graphs", "We study learning outcome prediction.")
    assert "learning outcome prediction" in found, found


def test_a_cut_lead_leaves_the_span_and_alias_of_a_title_task(nlp):
    # the title's words are capitalised where the name is lower-cased
    ex = run(nlp, "Zorb: High Quality Quill Depth Estimation via Transfer Learning",
             "We propose Zorb, a simple encoder with quill layers. Zorb lowers the error by 10% on two benchmarks.")
    text = Paper(id="t", title=ex.title, abstract="").text
    (task,) = [m for m in ex.tasks if m.name.lower() == "quill depth estimation"]
    assert [text[a:b] for a, b in task.spans] == ["Quill Depth Estimation"], task
    assert not any(a.lower().startswith("high") for a in task.aliases), task


def test_an_error_bound_a_theory_paper_obtains_is_no_measure(nlp):
    # M1: "we obtain the error bounds": the object of "obtain" is a theorem's, not a measure
    ex = run(nlp, "Zorb: Bounds for Quill Estimators", "We obtain the error bounds for this estimator.")
    assert not name_set(ex.metrics), name_set(ex.metrics)
    ex = run(nlp, "Zorb: Quill Estimators", "We obtain error rates of convergence for this estimator.")
    assert not name_set(ex.metrics), name_set(ex.metrics)


def test_orders_of_magnitude_faster_names_speed_only_for_the_work_and_beside_no_other_speed(nlp):
    # M2: who is faster is not the paper's side, or the text names its speed measure already
    ex = run(nlp, "Zorb: Quill Labels", "Crowd workers are orders of magnitude faster than experts.")
    assert "speed" not in name_set(ex.metrics), name_set(ex.metrics)
    ex = run(nlp, "Zorb: Fast Quill Networks",
             "Zorb is orders of magnitude faster than Quxnet and reduces latency to 12 ms.")
    assert name_set(ex.metrics) == {"latency"}, name_set(ex.metrics)
    ex = run(nlp, "Zorb: Fast Quill Networks", "Our method is orders of magnitude faster than exact solvers.")
    assert "speed" in name_set(ex.metrics), name_set(ex.metrics)


def test_eval_sota40_help_gives_the_output_path_of_every_set():
    # the default -o of each set, not only of sets a and b
    import re
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "eval_sota40.py"
    run_ = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=60)
    shown = " ".join(re.sub(r"-\n\s+", "-", run_.stdout).split())
    sys.path.insert(0, str(script.parent))
    from eval_sota40 import SETS, default_output

    assert len({default_output(k) for k in SETS}) == len(SETS)
    for k in SETS:
        assert f"{k}: {default_output(k)}" in shown, (k, shown)


def test_a_qualifier_task_phrases_drop_opens_no_task_name_either(nlp):
    # D1: the task leads extend names.TASK_LEAD_QUALIFIERS ("relevant"), one list for both
    found = tasks(nlp, "Zorb: Selecting Relevant Features for Few-shot Quill Classification", ABSTRACT)
    assert "feature selection" in found and "relevant feature selection" not in found, found
