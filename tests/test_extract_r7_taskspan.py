"""Task rules of round 7 (task spans, methods taken as tasks), each written from an audit of
the extractor's output on unlabelled abstracts and checked on a second unlabelled sample:
each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_a_technique_the_title_names_as_its_means_is_no_task(nlp):
    # the abstract's "which utilizes reinforcement learning" does not make it the paper's task
    abstract = ("Quill relation extraction suffers from noisy labels. We propose ZorbNet, which "
                "utilizes reinforcement learning to select sentences, and reinforcement learning "
                "rewards guide it. ZorbNet improves quill relation extraction by 3 points.")
    got = tasks(nlp, "ZorbNet: Improving Quill Relation Extraction via Reinforcement Learning", abstract)
    assert "quill relation extraction" in got
    assert "reinforcement learning" not in got, got
    # "with" a technique is a means too; "with" a second task is not ("with Text Segmentation")
    got = tasks(nlp, "Quill Relation Extraction with Reinforcement Learning", abstract)
    assert "reinforcement learning" not in got, got


def test_x_of_y_after_a_participle_or_joint_keeps_its_object():
    # "Automated Design of X", "Joint Extraction of A and B": the action's object is the task,
    # not "automated design" / "joint extraction"
    from kg.extract.names import title_task_chunks

    def names(title):
        return [n for _, _, n in title_task_chunks(title)]

    assert names("Automated Design of Zorbic Systems") == ["zorbic system design"]
    assert names("Joint Extraction of Quills and Relations with Zorb Learning")[0] == "quill and relation extraction"
    assert "geometry-based estimation" not in names("Geometry-based Estimation of Stability Regions")
    # a hyphenated setting stays with its action: no object taken across it
    assert names("Long-Tailed Classification of Zorbic Diseases") == ["long-tailed classification"]
