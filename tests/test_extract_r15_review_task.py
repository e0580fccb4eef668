"""Review-2 findings on the round-15 task rules; each test fails without its fix. Names are
invented."""

from __future__ import annotations

from extract_helpers import run, tasks

TITLE = "Zorb: Quill Layers"


def _scores(nlp, abstract: str, title: str = TITLE) -> dict[str, float]:
    return {m.name.lower(): m.confidence for m in run(nlp, title, abstract).tasks}


def test_a_new_task_is_not_a_sentence_opener_an_article_or_a_benchmark(nlp):
    # review 2, finding 1: the Title-Case branch took "Specifically", "However", "A Quill
    # Benchmark" and "a new benchmark task called QuillQA" as the paper's task
    for abstract in (
        "We propose a new task: Specifically, we ask a model to answer questions about quills.",
        "We study a new problem: However, existing methods fail on quills.",
        "We introduce a new task: A Quill Benchmark.",
        "We propose a new benchmark task called QuillQA for testing.",
    ):
        assert tasks(nlp, TITLE, abstract) == set(), abstract


def test_a_new_problem_of_great_importance_is_no_task(nlp):
    # review 2, finding 2: "a new problem of X" with an evaluative head is praise, not a name
    assert "high complexity" not in tasks(
        nlp, TITLE, "Long videos raise a novel task of high complexity for current models.")
    for abstract, phrase in (
        ("This is a new problem of great importance, and we study it.", "great importance"),
        ("We study a new problem of practical significance, which arises in robotics.",
         "practical significance"),
    ):  # fmt: skip
        # (another, older rule still reads it at a low score; this one no longer raises it)
        assert _scores(nlp, abstract).get(phrase, 0) < 0.7, abstract


def test_a_new_task_after_a_comma_on_one_line(nlp):
    # review 2, finding 5: ", X" needed two whitespace characters (found only when wrapped)
    for abstract in (
        "We introduce a new task, Quill Range Reporting (QRR), and give an algorithm for it.",
        "We introduce a new task -- Quill Range Reporting (QRR) -- and give an algorithm.",
        "We study a new problem, called data quill detection, and give an algorithm for it.",
    ):
        found = tasks(nlp, TITLE, abstract)
        assert found & {"quill range reporting", "data quill detection"}, (abstract, found)


def test_a_new_method_step_task_and_coordinated_new_tasks(nlp):
    # review 2, finding 7: "a new contrastive task called X" is a training step; two
    # Title-Case names joined by "and" are two tasks
    found = tasks(nlp, TITLE, "We design a new contrastive task called quill order prediction "
                              "to regularise training.")  # fmt: skip
    assert "quill order prediction" not in found, found
    found = tasks(nlp, TITLE, "We propose a new task called Image Captioning and Visual Question "
                              "Answering for quills.")  # fmt: skip
    assert "image captioning and visual question answering" not in found, found
    assert {"image captioning", "visual question answering"} <= found, found


def test_an_inferred_conjunct_is_grouped_by_its_name_not_its_bare_head(nlp):
    # review 2, finding 3: "code generation", read from "code understanding and generation
    # tasks" on the span "generation", joined the title's weak bare "generation" group
    found = tasks(nlp, "Zorb: Quill Layers for Code Understanding and Generation",
                  "Our model supports both code understanding and generation tasks. Zorb "
                  "improves accuracy by 2%.")  # fmt: skip
    assert "generation" not in found, found
    assert "code generation" in found, found


def test_an_inferred_conjunct_ranks_below_the_written_one(nlp):
    # review 2, finding 4: the inferred "semantic parsing" outranked the written "semantic
    # segmentation"; "sentiment classification" pushed out "sentiment analysis"
    found = _scores(nlp, "Zorb achieves strong results on semantic segmentation and parsing tasks.")
    assert found.get("semantic parsing", 0) < found["semantic segmentation"], found
    found = _scores(nlp, "Zorb performs well on question answering and generation tasks.")
    assert found.get("question generation", 0) < found["question answering"], found
    found = tasks(nlp, TITLE, "Zorb is tested on both sentiment analysis and classification "
                              "benchmarks.")  # fmt: skip
    assert "sentiment analysis" in found, found


def test_a_shared_modifier_across_a_line_break(nlp):
    # review 2, duplication 2: the cue and the coordination were read with literal spaces
    found = tasks(nlp, TITLE, "Zorb sets a new state of the art on image deraining,\n  "
                              "deblurring, and denoising\n  tasks.")  # fmt: skip
    assert {"image deblurring", "image denoising"} <= found, found


def test_open_ended_stays_in_the_task_phrase(nlp):
    # review 2, finding 6: "ended" was in _OPEN_SETTINGS but the "-ed" break came first
    found = tasks(nlp, TITLE, "We propose Zorb for open ended question answering.")
    assert "open ended question answering" in found, found
