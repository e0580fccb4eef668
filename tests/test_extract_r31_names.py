"""Round 31 (names): proposed names that were not recognised, so that their results went to
"(proposed)" or another name. Invented sentences, one construction each."""

from __future__ import annotations

from extract_helpers import by_value, name_set, run


def test_capitalised_word_before_a_technique_acronym_is_a_name(nlp):
    # "CoT" alone is no name; "Zorbmodal-CoT" is the paper's (a prefix of any length)
    ex = run(nlp, "Zorbing Language Models for Science",
             "We propose Zorbmodal-CoT that incorporates language and vision modalities into a two-stage"
             " framework. Zorbmodal-CoT achieves 91.7% accuracy on ScienceQA.")  # fmt: skip
    assert "Zorbmodal-CoT" in name_set(ex.methods)
    assert by_value(ex, "method") == {"91.7%": "Zorbmodal-CoT"}


def test_lower_case_long_form_apposed_to_a_method_noun(nlp):
    # "a method, explicit LONG (ACR), to ...": the method proposed, though "verification" heads tasks
    for lead in ("a method, explicit", "a method,", "explicit"):
        ex = run(nlp, "Robust Answers",
                 f"We propose {lead} zorb-based self-verification (ZSV), to boost reasoning. With ZSV, the model"
                 " reaches 84.3% accuracy on GSM8K.")  # fmt: skip
        assert by_value(ex, "method") == {"84.3%": "zorb-based self-verification (ZSV)"}, lead


def test_task_long_form_in_a_scene_stays_no_method(nlp):
    ex = run(nlp, "Robust Answers",
             "In our framework, visual zorb detection (VZD), which detects zorbs, is solved by a new model."
             " Our method reaches 84.3% accuracy on VQAv2.")  # fmt: skip
    assert not ex.methods
