"""Round 31 (tasks): a listed task whose last word is a gerund is also written with a hyphen
("question-answering", "instruction-following ability", "Lip-reading" in a title); the
tokenizer keeps such a compound one word, so the lexicon matched only the spaced form. The
hyphened form is the listed task, named as listed, unless it describes an agent or artifact
("instruction-following models", "a question-answering system"). Names are invented."""

from __future__ import annotations

import pytest
from extract_helpers import run, tasks

PLAIN_TITLE = "ZorbNet: A Better Model"


@pytest.mark.parametrize(
    ("title", "abstract", "task"),
    [
        ("Training Strategies for Improved Lip-Reading", "We train ZorbNet on videos of speakers.",
         "lip reading"),
        (PLAIN_TITLE, "We study the instruction-following ability of LLMs and propose ZorbNet.",
         "instruction following"),
        (PLAIN_TITLE, "ZorbNet improves accuracy on multiple-choice question-answering benchmarks.",
         "question answering"),
        ("ZorbNet: Graph Pruning to Enhance Question-Answering", "We propose ZorbNet.",
         "question answering"),
    ],
)  # fmt: skip
def test_a_listed_gerund_task_written_with_a_hyphen_is_a_task(nlp, title, abstract, task):
    assert task in tasks(nlp, title, abstract)


def test_the_hyphened_task_is_named_as_the_lexicon_lists_it(nlp):
    ex = run(nlp, PLAIN_TITLE, "We propose ZorbNet for question-answering over tables.")
    assert [m.name for m in ex.tasks if "answering" in m.name] == ["question answering"]


@pytest.mark.parametrize(
    "abstract",
    [
        "We propose ZorbNet. We find that instruction-following models are brittle.",
        "We propose ZorbNet. Unlike a question-answering system, it ranks documents.",
        "We propose ZorbNet, which is robust against red-teaming tools.",
    ],
)
def test_a_hyphened_task_before_an_agent_or_artifact_is_no_task(nlp, abstract):
    found = tasks(nlp, PLAIN_TITLE, abstract)
    assert not found & {"instruction following", "question answering", "red teaming"}
