"""Round 8 dataset rules (h8-datarec): each test fails without its rule."""

from kg.extract import extract
from kg.model import Paper


def _datasets(abstract: str, title: str = "A study of things") -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name for m in e.datasets]


def test_task_acronym_before_plural_data_word_is_no_dataset():
    text = ("Human-Object Interaction (HOI) Detection is an important problem. We found that "
            "interactiveness knowledge can be learned across HOI datasets. We evaluate the method "
            "on HICO-DET and V-COCO datasets.")
    got = _datasets(text)
    assert "HOI" not in got
    assert "HICO-DET" in got and "V-COCO" in got


def test_speech_separation_acronym_is_no_dataset():
    text = ("One of the leading single-channel speech separation (SS) models is based on TasNet. "
            "Our model achieves the best results on two benchmark SS datasets, WSJ0-2mix and WSJ0-3mix.")
    got = _datasets(text)
    assert "SS" not in got and "WSJ0-2mix" in got


def test_names_listed_with_datasets_are_datasets():
    got = _datasets("It achieves state-of-the-art results on Waymo, nuScenes, Argoverse V2, and ONCE dataset.")
    assert "Waymo" in got
    got = _datasets("LLMs are measured on challenging benchmarks like SWE-Bench and Agent-Bench.")
    assert "Agent-Bench" in got


def test_list_of_implementations_is_no_list_of_datasets():
    text = ("It yields a speedup over the leading CUDPP, Thrust, ModernGPU and CUB implementations "
            "running on the same GPU.")
    assert "Thrust" not in _datasets(text)


def test_task_acronym_the_derived_lexicon_holds_as_dataset_is_the_task():
    # ASQP and SSC stand in the sota-derived dataset lexicon, though they name tasks
    text = ("Recently, aspect sentiment quad prediction (ASQP) has become a popular task. "
            "We propose a template-order data augmentation method for ASQP.")
    assert not any("ASQP" in d for d in _datasets(text))
    text = ("3D Semantic Scene Completion (SSC) can provide dense geometric and semantic scene "
            "representations. Our method outperforms others on SemanticKITTI and NYUv2 datasets.")
    got = _datasets(text)
    assert not any("SSC" in d for d in got) and "SemanticKITTI" in got


def test_known_name_written_without_its_version_hyphen_keeps_its_type():
    (e,) = extract([Paper(id="t", title="A study of things", abstract=(
        "Our extended experiments on GPT4 and GPT3.5 characterize common failure modes."))])
    assert [m.name for m in e.datasets] == []
    assert {m.name for m in e.methods} == {"GPT4", "GPT3.5"}
