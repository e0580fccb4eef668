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


def test_a_manner_restatement_of_a_kept_tasks_last_words_is_not_a_second_task():
    # "end-to-end speech separation", "real-time syllable detection": how the kept task is done
    got = _tasks("We address two-speaker speech separation in noisy rooms. Quillnet performs "
                 "end-to-end speech separation with zorb masks and improves SI-SNR by 2.1 dB.",
                 "Quillnet: Two-Speaker Speech Separation with Zorb Masks")
    assert got == ["two-speaker speech separation"]
    got = _tasks("We tackle birdsong syllable detection for ecology surveys. Fennel enables "
                 "real-time syllable detection on field recorders and runs at 40 FPS.",
                 "Fennel: Birdsong Syllable Detection on Field Recorders")
    assert got == ["birdsong syllable detection"]


def test_a_named_kind_of_a_task_stays_beside_another_kind():
    # "skeleton-based" names a kind of action recognition (its input), not a manner
    got = _tasks("We study video action recognition and skeleton-based action recognition on "
                 "two new benchmarks, and show that zorb pooling helps both.",
                 "Zorb Pooling for Action Recognition")
    assert "skeleton-based action recognition" in got
