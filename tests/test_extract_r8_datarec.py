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
