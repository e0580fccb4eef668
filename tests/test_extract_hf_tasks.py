"""Task rules written to generalise to unseen hf-daily abstracts (each test fails without
its rule): list cues, phrase boundaries, title chunks that name no task."""

from __future__ import annotations

from extract_helpers import tasks


def test_items_listed_after_tasks_i_e_are_tasks(nlp):
    found = tasks(nlp, "Shrinking Models of Code",
                  "We evaluate FooNet with two pre-trained models on two important tasks, i.e., "
                  "vulnerability prediction and clone detection.")  # fmt: skip
    assert {"vulnerability prediction", "clone detection"} <= found


def test_vs_and_modal_verbs_end_a_task_phrase(nlp):
    found = tasks(nlp, "Inference Scaling vs Reasoning: A Study",
                  "We ask how one should tradeoff inference and training compute.")  # fmt: skip
    assert not any(" vs " in t or "should" in t for t in found)


def test_an_empirical_analysis_is_how_a_study_is_done_not_a_task(nlp):
    found = tasks(nlp, "An Empirical Analysis of Compute-Optimal LLM Problem-Solving",
                  "We study how to spend compute at inference time.")  # fmt: skip
    assert not any("empirical" in t for t in found)


def test_title_environment_or_competition_is_not_a_task(nlp):
    found = tasks(nlp, "WebArena: A Realistic Web Environment for Building Autonomous Agents",
                  "We build an environment for agents.")  # fmt: skip
    assert not any("environment" in t for t in found)


def test_title_gerund_acting_on_a_property_of_something_names_no_task(nlp):
    found = tasks(nlp, "CodeSearchNet Challenge: Evaluating the State of Semantic Code Search",
                  "Semantic code search is the task of retrieving code.")  # fmt: skip
    assert "semantic code search" in found
    assert "state evaluation" not in found


def test_scaling_heads_a_task(nlp):
    found = tasks(nlp, "Retrieval-Based Language Models with a Trillion-Token Datastore",
                  "We design an efficient pipeline for studying datastore scaling in a "
                  "computationally accessible manner.")  # fmt: skip
    assert "datastore scaling" in found


def test_a_task_and_the_same_words_with_an_acronym_are_one_task():
    from kg.extract.convert import select_tasks

    groups = [{"name": "reinforcement learning", "conf": 0.65, "spans": [(0, 22)]},
              {"name": "reinforcement learning (RL)", "conf": 0.65, "spans": [(40, 67)]}]
    assert len(select_tasks("", groups)) == 1


def test_title_learning_from_a_source_is_one_task(nlp):
    found = tasks(nlp, "Scaling Laws and Interpretability of Learning from Repeated Data",
                  "Models are trained on data with repeats.")  # fmt: skip
    assert "learning from repeated data" in found


def test_the_technique_a_survey_is_on_is_its_task(nlp):
    found = tasks(nlp, "A Survey on Mixture of Experts",
                  "We review the literature on sparse expert layers.")  # fmt: skip
    assert "mixture of experts" in found


def test_language_model_is_the_object_of_a_task(nlp):
    from kg.extract.names import find_task_phrases

    t = "We study black-box language model adaptation without prompt search."
    assert "black-box language model adaptation" in [t[a:b] for a, b in find_task_phrases(t, 0, len(t))]


def test_the_problem_a_paper_studies_is_its_task(nlp):
    found = tasks(nlp, "CrossTune: Few-Shot Classification with Label Enhancement",
                  "Prompt search is costly. Therefore, we are motivated to study black-box "
                  "language model adaptation without prompt search.")  # fmt: skip
    assert "black-box language model adaptation" in found


def test_a_task_after_other_is_not_the_papers_task(nlp):
    found = tasks(nlp, "CodeSearchNet Challenge: Evaluating the State of Semantic Code Search",
                  "Semantic code search is the task of retrieving code. While related to other "
                  "information retrieval tasks, it requires bridging a gap.")  # fmt: skip
    assert "information retrieval" not in found


def test_a_verb_in_s_ends_a_task_phrase(nlp):
    from kg.extract.names import find_task_phrases

    t = "Prior work frames program synthesis as a game. It compares sequence modeling methods."
    found = [t[a:b] for a, b in find_task_phrases(t, 0, len(t))]
    assert "program synthesis" in found and "sequence modeling" in found


def test_a_lone_title_word_without_a_task_head_is_no_task(nlp):
    found = tasks(nlp, "What Matters in Transformers? Not All Attention is Needed",
                  "Scaling models brings redundancy; we drop layers.")  # fmt: skip
    assert "attention" not in found
