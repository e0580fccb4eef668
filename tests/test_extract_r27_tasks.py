"""Round 27 (tasks): a setting of a kept task that the title names is a second task, on
invented papers; and the loss tally's trace of select_tasks keeps what select_tasks keeps."""

import sys
from pathlib import Path

from kg.extract import extract
from kg.extract.convert import select_tasks, task_groups
from kg.extract.mentions import TASK
from kg.model import Paper

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from task_losses import select_trace  # noqa: E402

# the abstract names the task with an acronym (a surer mention than the title's setting of it)
HPE = ("Human pose estimation (HPE) locates body joints in images. Existing HPE models fail on "
       "{where}. We propose Zorbnet, which groups joints with quill capsules. Zorbnet improves "
       "HPE accuracy by 3.1% on two benchmarks.")  # fmt: skip
SEP = ("Speech separation (SS) splits a mixture into its speakers. We propose Zorbnet, which "
       "predicts quill masks from {what}. Zorbnet improves SS by 1.2 dB SI-SNR on two benchmarks.")  # fmt: skip


def _tasks(title: str, abstract: str) -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name.lower() for m in e.tasks]


def test_a_setting_the_title_names_is_kept_beside_the_task():
    got = _tasks("Zorbnet: Viewpoint-Equivariant Human Pose Estimation using Quill Capsules",
                 HPE.format(where="unseen viewpoints"))  # fmt: skip
    assert "viewpoint-equivariant human pose estimation" in got
    assert "human pose estimation (hpe)" in got
    got = _tasks("Zorbnet: Monaural Speech Separation with Quill Masks", SEP.format(what="one microphone"))
    assert got == ["monaural speech separation", "speech separation (ss)"]


def test_a_setting_named_in_the_abstract_only_is_not_a_second_task():
    # a setting named only in the abstract is as often a restatement or a property of the task
    # ("neural entity linking", "high-accuracy temporal action detection")
    abstract = (
        HPE.format(where="unseen viewpoints") + " We study viewpoint-equivariant human pose estimation."
    )
    got = _tasks("Zorbnet: Quill Capsules for Pose Estimation", abstract)
    assert "viewpoint-equivariant human pose estimation" not in got
    got = _tasks("Zorbnet: Quill Masks for Speech", SEP.format(what="monaural speech separation mixtures"))
    assert "monaural speech separation" not in got


def test_the_loss_tally_traces_the_same_selection():
    from kg.extract import build_pipeline

    nlp = build_pipeline()
    papers = [
        ("Zorbnet: Viewpoint-Equivariant Human Pose Estimation using Quill Capsules", HPE.format(where="occlusion")),
        ("Zorbnet: Monaural Speech Separation with Quill Masks", SEP.format(what="one microphone")),
        ("Quillnet: Two-Speaker Speech Separation with Zorb Masks",
         "We address two-speaker speech separation in noisy rooms. Quillnet performs end-to-end speech "
         "separation with zorb masks and improves SI-SNR by 2.1 dB."),
        ("Learning Geometry Reasoning from Verified Sketches",
         "Geometry reasoning remains hard for language models. We also study symbolic reasoning, "
         "reinforcement learning for sketches and math word problems."),
    ]  # fmt: skip
    for title, abstract in papers:
        text = Paper(id="t", title=title, abstract=abstract).text
        doc = nlp.make_doc(text)
        doc.user_data["mlkg_text"] = text  # (as kg.extract runs the components)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        st = doc._.mlkg
        tasks = [g for (label, _), g in task_groups(text, st.mentions).items() if label == TASK]
        why = select_trace(text, tasks, st.acronyms)
        assert {id(g) for g in select_tasks(text, tasks, st.acronyms)} == {
            id(g) for g in tasks if why.get(id(g)) == "kept"
        }, title


def test_a_method_property_before_the_task_is_no_setting():
    # round 27's review: the method's qualities ("anchor-free", "lightweight", "interpretable",
    # "uncertainty-aware", "deep") and a title phrase that goes on to name the method
    # ("... Pose Estimation Network") are no second task; data and conditions still are
    for title in ("Zorbnet: Anchor-Free Human Pose Estimation with Quill Capsules",
                  "Zorbnet: Lightweight Human Pose Estimation with Quill Capsules",
                  "Zorbnet: Interpretable Human Pose Estimation via Quill Capsules",
                  "Zorbnet: Uncertainty-Aware Human Pose Estimation with Quill Capsules",
                  "Zorbnet: Deep Human Pose Estimation with Quill Capsules",
                  "Zorbnet: A Multi-Person Human Pose Estimation Network"):  # fmt: skip
        got = _tasks(title, HPE.format(where="unseen viewpoints"))
        assert got == ["human pose estimation (hpe)"], (title, got)
    got = _tasks("Zorbnet: Multi-Person Human Pose Estimation with Quill Capsules", HPE.format(where="crowds"))
    assert "multi-person human pose estimation" in got
