"""Task rules of round 8 (the paper's own method taken as a task), each written from an audit
of the extractor's output on unlabelled abstracts and checked on a second unlabelled sample:
each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_own_method_serving_a_title_task_is_no_task(nlp):
    # the proposed method's long form, written in the title before the task it serves
    abstract = ("Quill segmentation under fog is hard. We propose Layered Quill Alignment "
                "(LQA), which aligns quills layer by layer. LQA improves quill segmentation "
                "under fog by 3 points.")
    title = "Layered Quill Alignment with Synthetic and Real Data for Quill Segmentation under Fog"
    got = tasks(nlp, title, abstract)
    assert any("quill segmentation" in t for t in got), got
    assert not any("alignment" in t for t in got), got
    # with no other task in the title the method phrase is what the paper presents: it stays
    abstract = ("Curriculum learning orders training data. We propose cyclical quill curriculum "
                "learning (CQCL), in which the data size changes cyclically. CQCL improves "
                "image classification.")
    got = tasks(nlp, "Cyclical Quill Curriculum Learning", abstract)
    assert any("cyclical quill curriculum learning" in t for t in got), got


def test_own_method_is_named_by_its_general_task(nlp):
    # the long form's head, written alone in the text, is the task the method serves
    abstract = ("Quill records are high-dimensional. We present a filter-based feature "
                "selection method, Curl-based Feature Selection (CBFS). CBFS ranks the features "
                "of quill records and improves the classification of quill records.")
    got = tasks(nlp, "Curl-based Feature Selection with Application in Classifying Quill Records", abstract)
    assert "feature selection" in got, got
    assert "curl-based feature selection" not in got, got



def test_a_shorter_tail_of_the_own_method_is_no_task_either(nlp):
    # "deformable alignment" of the "temporally deformable alignment network" for video SR
    abstract = ("Quill super-resolution needs alignment. We propose the zonal quill alignment "
                "network (ZQAN), which performs quill alignment at the feature level. ZQAN "
                "improves quill super-resolution by 3 dB.")
    got = tasks(nlp, "ZQAN: Zonal Quill Alignment Network for Quill Super-Resolution", abstract)
    assert "quill super-resolution" in got, got
    assert "quill alignment" not in got, got
