"""Round 32 (titlefor): in a title "X for Y" an X headed by a technique word is the paper's
means, no task; each test fails without the rule, except the guard tests, which fail if it
reaches too far. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks

ABSTRACT = "We propose Zorb, which improves accuracy by 10% on two benchmarks."


def test_a_technique_before_for_is_no_task(nlp):
    # "X Regularization for Y", "X Training for Y", "X Attention for Y": the means, whether or
    # not Y reads as a task
    for title, means in (
        ("Zorb: Quill Walk Regularization for Graph Auto Encoders", "quill walk regularization"),
        ("Zorb: Glyph-Aware Pooling for Graph Neural Networks", "glyph-aware pooling"),
        ("Zorb: Episodic Quill Training for Spiking Glyph Networks", "episodic quill training"),
        ("Zorb: Adapting Quill Encoders for Named Entity Recognition", "quill encoder adaptation"),
    ):
        found = tasks(nlp, title, ABSTRACT)
        assert means not in found, (title, found)


def test_a_technique_before_a_method_noun_and_for_is_no_task(nlp):
    # "A Joint Quill Training Framework for Y": the technique modifies the method noun
    found = tasks(nlp, "Zorb: A Joint Quill Training Framework for Glyph Sentiment Analysis", ABSTRACT)
    assert "joint quill training" not in found, found
    assert "glyph sentiment analysis" in found, found


def test_known_tasks_task_heads_and_studied_techniques_stay(nlp):
    # guard: a known task, even qualified; a task head before the method noun; a technique
    # the title says it studies or improves
    found = tasks(nlp, "Zorb: Differentiable Neural Architecture Search for Quill Dimensions", ABSTRACT)
    assert "differentiable neural architecture search" in found, found
    found = tasks(nlp, "Zorb: An End-to-End Glyph Detection Algorithm for Quill Imagery", ABSTRACT)
    assert any("glyph detection" in t for t in found), found
    found = tasks(nlp, "Zorb: Revisiting Quill-Parameter Pruning for Fine-Tuned Models", ABSTRACT)
    assert "quill-parameter pruning" in found, found
    found = tasks(nlp, "Zorb: Optimized Quill Training for Large Glyph Models", ABSTRACT)
    assert "quill training" in found, found
