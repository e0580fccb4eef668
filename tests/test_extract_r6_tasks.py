"""Round-6 task rules (each test fails without its rule)."""

from kg.extract.names import title_task_chunks


def _names(title: str) -> list[str]:
    return [n for _, _, n in title_task_chunks(title)]


def test_title_learning_a_representation_is_a_task():
    # a title opening with "Learning" + a learned thing names the task "X learning"
    assert "video representation learning" in _names("Learning Video Representations from Correspondence Proposals")
    assert "spatiotemporal feature learning" in _names("Learning Spatiotemporal Features with 3D Convolutional Networks")
    assert "pose-aware video representation learning" in _names(
        "Focus on What Matters: Learning Pose-Aware Video Representations from Vision Transformers"
    )


def test_title_learning_a_means_is_not_a_task():
    # "Learning Object Detectors", "Learning Transferable Visual Models": a means, not a task
    assert not any(n.endswith("learning") for n in _names("Learning Object Detectors from Weak Supervision"))
    assert not any(n.endswith("learning") for n in _names("Learning Transferable Visual Models From Natural Language Supervision"))
