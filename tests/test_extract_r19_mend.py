"""Round 19 (mend): narrowing this round's method, proposal and margin rules, on invented sentences."""

from kg.extract import extract
from kg.model import Paper


def _methods(abstract: str, title: str = "A study") -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name for m in e.methods]


def test_a_procedure_modified_by_software_or_a_generic_word_is_no_method():
    got = _methods("With TensorRT optimization, QuickDet runs at 120 FPS on a phone. We build it "
                   "with particular attention to small glimmers. The head interacts with text "
                   "embedding via known factorization, and we train it with local optimization.")
    assert not any(w in m for m in got for w in ("optimization", "attention", "embedding", "factorization")), got


def test_a_procedure_keeps_its_descriptive_modifiers():
    got = _methods("The encoder is trained with structure-aware input encoding. The loss is "
                   "approximated via optimal interpolation.")
    assert "structure-aware input encoding" in got
    assert "optimal interpolation" in got


def test_a_procedure_modifying_a_plural_kind_noun_is_no_method():
    got = _methods("We shrink the glimmer network with model compression techniques and solve the "
                   "layout using zorbic decomposition algorithms.")
    assert "model compression" not in got and "zorbic decomposition" not in got, got


def test_a_judged_or_built_on_part_is_no_method():
    for text in (
        "We propose a straightforward negative glimmer sampling strategy for zorbs.",
        "We propose a carefully designed glimmer fusion module to merge the streams.",
        "We introduce a unique self quill distillation strategy for the student.",
        "We design a deep learning-based module for glimmer forecasting.",
        "We propose a transformer-based architecture block for zorb maps.",
    ):
        assert not any(m.split()[-1] in ("module", "strategy", "block") for m in _methods(text)), text


def test_a_part_built_on_something_it_names_stays_a_method():
    got = _methods("We propose a ray-based glimmer grouping module to gather points. We also "
                   "introduce an early quill fusion strategy for the two streams.")
    assert "ray-based glimmer grouping module" in got
    assert "early quill fusion strategy" in got


def _proposed(abstract: str) -> tuple[str, ...]:
    (e,) = extract([Paper(id="t", title="A study", abstract=abstract)])
    return e.proposed


def test_an_acronym_modifying_the_proposed_noun_or_targeted_is_not_the_papers_own():
    assert _proposed("We propose a memory-efficient Zorb Attention (ZA) accelerator design on FPGA. "
                     "ZA is widely used in vision.") == ()
    assert _proposed("We present a hardware accelerator, targeting Quux Neural Networks (QNN). QNN "
                     "are popular in vision.") == ()


def test_an_acronym_the_proposal_defines_is_still_the_papers_own():
    assert _proposed("We propose a sparse zorbic retrieval model (FZoRT) for search. FZoRT cuts "
                     "latency by 3x.") == ("FZoRT",)


def test_a_name_after_an_agent_noun_the_proposal_acts_on_is_not_the_papers_own():
    for text in ("We propose a plug-in for any detector, YOLOv3 or FCOS, that improves recall. It "
                 "improves AP by 2.1 on COCO.",
                 "We propose an adapter for a frozen vision transformer, ViT-B/16, for segmentation. "
                 "It improves mIoU by 2.1 on ADE20K."):
        assert _proposed(text) == (), text
    assert _proposed("We propose a novel multiview detector, ZorbDet, for crowds. ZorbDet improves AP "
                     "by 2.1 on COCO.") == ("ZorbDet",)


def _relative(abstract: str) -> list[tuple[float, bool]]:
    (e,) = extract([Paper(id="t", title="A study", abstract=abstract)])
    return [(r.value, r.relative) for r in e.results]


def test_a_score_listed_after_a_margin_stays_a_score():
    assert (58.3, False) in _relative("QuuxNet outperforms DETR by 2.1 AP on COCO, and 58.3 AP with "
                                      "test-time augmentation.")
    assert (51.2, False) in _relative("ZorbNet beats all detectors by a large margin (mAP 49.4 with "
                                      "ResNet-101, 51.2 with SENet154) on COCO.")


def test_margins_listed_with_their_settings_stay_margins():
    got = _relative("ZorbNet improves over the baseline by 2.3 mAP with ResNet-50, 2.9 mAP with "
                    "ResNet-101 on COCO, and by 2.5% on A and 21% on B.")
    assert (2.9, True) in got


# guards of _described_component and _proposed_phrases (each test fails without its guard)


def test_a_recipe_strategy_is_no_part():
    # (words[-2] not in _RECIPE_WORDS)
    assert _methods("We propose a two-stage glimmer training strategy for quills.") == []


def test_a_part_with_a_judging_task_breaker_is_no_method():
    # (the TASK_BREAK exclusion: "robust" judges the part)
    assert "robust quill sampling strategy" not in _methods("We propose a robust quill sampling strategy for zorbs.")


def test_an_auxiliary_part_is_no_method():
    # (_PART_ONLY_LEADS)
    assert _methods("We propose an auxiliary glimmer fusion module for quills.") == []


def test_a_generic_part_is_no_method():
    # (N.is_generic_phrase)
    assert _methods("We propose a deep neural network module for quills.") == []


def test_a_part_holding_a_known_technique_names_the_technique():
    # (the known-technique-inside check of _proposed_phrases)
    for text, known in (("We propose a glimmer knowledge distillation module for quills.", "knowledge distillation"),
                        ("We propose a quill label smoothing strategy for zorbs.", "label smoothing")):
        assert _methods(text) == [known], text


def test_a_number_of_another_unit_after_a_margin_is_no_margin():
    # (the unit-equality check of _carry_margin_lists)
    assert (3.0, False) in _relative("ZorbNet outperforms DETR by 2.1% AP on COCO and 3 FPS on a phone.")
