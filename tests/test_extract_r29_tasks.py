"""Round 29 (tasks): title chunks that name what the paper offers ("A ... Solution to X",
"An Unsupervised Methodology for X") are not tasks; on invented papers."""

from kg.extract import extract
from kg.model import Paper

ABSTRACT = ("We study {task}. We propose Zorbnet, which groups quill capsules to solve it. "
            "Zorbnet improves accuracy by 3.1% on two benchmarks.")  # fmt: skip


def _tasks(title: str, abstract: str) -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name.lower() for m in e.tasks]


def test_a_solution_or_methodology_in_the_title_is_not_a_task():
    for title in ("Zorbnet: An Elegant Solution to Quill Graph Sparsification",
                  "1st Place Solution for the Zorb Challenge 2021: Quill Graph Sparsification",
                  "Zorbnet: A Network-based Methodology for Quill Graph Sparsification"):  # fmt: skip
        got = _tasks(title, ABSTRACT.format(task="quill graph sparsification"))
        assert not any(t.endswith(("solution", "methodology")) for t in got), (title, got)
        assert "quill graph sparsification" in got, (title, got)
