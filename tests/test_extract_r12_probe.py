"""Model-name shapes that round 12's probes found to make no candidate: invented names in
neutral sentences, each test failing without its rule."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_each_name_of_a_slash_pair_is_a_candidate(nlp):
    # "ZERT/ZoBERTa" made no candidate at all: a word next to a slash was taken for a path
    ex = run(nlp, "Zorb: Better Encoders",
             "We compare Zorb with ZiniGPT/ZoBERTa on several benchmarks.")
    assert {"ZiniGPT", "ZoBERTa"} <= name_set(ex.methods)


def test_a_path_or_version_list_gives_no_slash_pair(nlp):
    ex = run(nlp, "Zorb: Better Encoders",
             "Code is at github.com/ZorbLab/ZorbNet and src/QuxFormer.py; we compare with ZPT-3.5/4.")
    names = name_set(ex.methods)
    assert not {"ZorbLab", "ZorbNet", "QuxFormer", "4"} & names


def test_a_repository_after_available_at_is_no_slash_pair(nlp):
    ex = run(nlp, "Zorb: Better Encoders",
             "Zorb beats QuxFormer. Code is available at: ZorbLab/ZorbNet-V2.")
    assert not {"ZorbLab", "ZorbNet-V2"} & name_set(ex.methods)


def test_lower_case_release_tags_after_a_size_are_part_of_the_name(nlp):
    # "Llama-2-7b-chat" was cut to "Llama-2-7b", "Phi-3.5-mini-instruct" made no candidate
    ex = run(nlp, "Zorb: Better Reasoning",
             "We compare Zorb with Zlama-2-7b-chat, Zhi-3.5-mini-instruct and Zlaude-3.5-Sonnet.")
    names = name_set(ex.methods)
    assert {"Zlama-2-7b-chat", "Zhi-3.5-mini-instruct", "Zlaude-3.5-Sonnet"} <= names
    assert "Zlama-2-7b" not in names


def test_other_lower_case_tails_are_still_cut(nlp):
    ex = run(nlp, "Zorb: Better Reasoning",
             "We train Zorb on ZPT-4-generated data and compare with Zlama-2-7b-distilled.")
    names = name_set(ex.methods)
    assert {"ZPT-4", "Zlama-2-7b"} <= names
    assert not {"ZPT-4-generated", "Zlama-2-7b-distilled"} & names


def test_a_one_letter_prefix_before_a_name_makes_a_name(nlp):
    # "G-NeRF", "V-MoE", "U-PaLM" made no candidate (the all-caps shape wants "RT-DETR")
    ex = run(nlp, "Zorb: Better Rendering",
             "We compare Zorb with G-ZeRF and U-ZaLM on three benchmarks.")
    assert {"G-ZeRF", "U-ZaLM"} <= name_set(ex.methods)


def test_a_one_letter_prefix_before_a_word_or_data_set_makes_no_name(nlp):
    ex = run(nlp, "Zorb: Better Rendering",
             "Zorb reads X-Ray images and is tested on T-ImageNet and V-ReID.")
    assert not {"X-Ray", "T-ImageNet", "V-ReID"} & name_set(ex.methods)
