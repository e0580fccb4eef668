"""Task rules of round 2 (tasks), written to generalise to unseen hf-daily abstracts: each
test fails without its rule."""

from __future__ import annotations

from extract_helpers import tasks

from kg.extract.names import title_task_chunks


def chunks(title: str) -> list[str]:
    return [n for _, _, n in title_task_chunks(title)]


def test_a_title_that_opens_with_an_action_gerund_names_its_object_and_the_action():
    assert "test-time compute scaling" in chunks("Scaling Test-Time Compute Without Verification")
    assert "discrete diffusion model fine-tuning" in chunks(
        "Fine-Tuning Discrete Diffusion Models via Reward Optimization")
    assert chunks("Training Very Deep Networks") == ["very deep network training"]
    assert "test-time compute scaling" in chunks("FooNet: Scaling Test-Time Compute for Coding")
    # a noun compound, a generic object, a count, an object that goes on after "and"
    assert chunks("Scaling Laws for Neural Language Models") == []
    assert chunks("Training Complex Models with Weak Supervision") == ["weak supervision"]
    assert chunks("Partial FC: Training 10 Million Identities on a Single Machine") == []
    assert chunks("Scaling Dense and Sparse Transformers") == []
    # not in mid-title, where a gerund after a preposition says how
    assert "test-time compute scaling" not in chunks("Better Retrieval by Scaling Test-Time Compute")


def test_a_capitalised_acronym_is_not_singularised():
    assert "DARTS fine-tuning" in chunks("Fine-Tuning DARTS for Image Classification")


def test_training_a_model_for_a_task_names_the_task_after_for(nlp):
    found = tasks(nlp, "Qux: Training LLMs for Generating Quantum Computing Code",
                  "We train models that write quantum computing code. Qux reaches 46% pass@1.")
    assert "quantum computing code generation" in found
    assert "llm training" not in found


def test_the_subject_of_x_is_a_task_names_a_task(nlp):
    found = tasks(nlp, "Pragmatic Examples for Program Synthesizers",
                  "Programming-by-example is the task of synthesizing a program from examples. "
                  "We train a synthesizer that reaches 60% accuracy.")  # fmt: skip
    assert "programming-by-example" in found


def test_the_subject_read_before_is_a_task_must_be_a_plain_noun_phrase():
    from kg.extract.mentions import _defined_tasks

    def subjects(abstract: str) -> list[str]:
        return [c.name for c in _defined_tasks("T\n\n" + abstract, 3)]

    assert subjects("Makespan minimization on unrelated machines is a classic problem.") == [
        "makespan minimization"]
    assert subjects("Multi-view stereo is a crucial task. Graph partitioning is the "
                    "problem of dividing graphs.") == ["multi-view stereo", "graph partitioning"]  # fmt: skip
    # defined with an acronym: the definition names it, "multi-view stereo (MVS)"
    assert subjects("Multi-view stereo (MVS) is a crucial task.") == []
    assert subjects("Tracking objects is a hard task. Domain shift is a problem.") == []
    assert subjects("SimpleTOD is a simple approach to task-oriented dialogue.") == []
    assert subjects("Accurate estimation of 3D pose remains a challenging task.") == []
    assert subjects("Estimating depth from images is a long-standing problem.") == []
    assert subjects("Our analysis indicates that redundancy is a serious problem.") == []
    assert subjects("It is a hard problem.") == []


def test_a_task_phrase_before_a_part_or_failure_noun_is_not_the_task(nlp):
    found = tasks(nlp, "Foo: Tool Libraries for Chemistry",
                  "We design a library-enhanced reasoning component and a planning module. "
                  "Foo improves chemical question answering by 10%. Prior systems show "
                  "retrieval augmented generation failures.")  # fmt: skip
    assert "library-enhanced reasoning" not in found
    assert "retrieval augmented generation" not in found


def test_a_quantifier_is_not_part_of_a_task_phrase():
    from kg.extract.names import find_task_phrases

    t = "Despite some recognition of redundancy, we study some unsupervised document classification."
    assert [t[a:b] for a, b in find_task_phrases(t, 0, len(t))] == ["unsupervised document classification"]
