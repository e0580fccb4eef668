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


def test_title_second_action_shares_the_object():
    # "A B Detection and Tracking": the bare second action acts on the same object
    assert "video object tracking" in _names("Efficient Video Object Detection and Tracking")
    assert "image synthesis" in _names("Focal Frequency Loss for Image Reconstruction and Synthesis")


def test_title_manner_words_are_not_shared():
    # "Joint" says how both are done; "Reliability" names no action
    assert "joint adaptation" not in _names("Joint Disentangling and Adaptation for Cross-Domain Person Re-Identification")
    assert "data reliability" not in _names("Progressive Decoding for Data Availability and Reliability in Storage")
