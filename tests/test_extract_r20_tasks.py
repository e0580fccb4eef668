"""Round 20 (tasks): task span and form choice, on invented sentences."""

from kg.extract import extract
from kg.model import Paper


def _tasks(abstract: str, title: str) -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name for m in e.tasks]


def test_a_manner_restatement_of_a_kept_task_is_not_a_second_task():
    # "step-by-step reasoning" says how the geometry reasoning is done, not a second task
    got = _tasks("Geometry reasoning remains hard for language models. We improve step-by-step "
                 "reasoning of small models with verified sketches and outperform prior work.",
                 "Learning Geometry Reasoning from Verified Sketches")
    assert "geometry reasoning" in got
    assert "step-by-step reasoning" not in got


def test_a_second_task_of_another_kind_with_the_same_head_stays():
    got = _tasks("Geometry reasoning remains hard for language models. We also study symbolic "
                 "reasoning and show that verified sketches help on both.",
                 "Learning Geometry Reasoning from Verified Sketches")
    assert "geometry reasoning" in got
    assert "symbolic reasoning" in got
