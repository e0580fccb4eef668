"""Round 29 (methods): numbered lists that hold problems, clauses or running-text marks,
lexicon names spelled with a hyphen for a space, and a name in apposition after a proposal
verb's object (each test fails without its rule)."""

from __future__ import annotations

from extract_helpers import name_set, run

_TITLE = "ZorbNet: Glimmer Retrieval with Quorb Features"
_PRE = "We propose ZorbNet, a network for glimmer retrieval. "


def _methods(nlp, sentences: str, title: str = _TITLE) -> set[str]:
    return name_set(run(nlp, title, _PRE + sentences).methods)


def test_a_list_of_counted_problems_after_a_method_word_is_no_method_list(nlp):
    found = _methods(
        nlp,
        "We find three issues behind the high cost of existing glimmer methods: (1) Inefficient "
        "quorb encoders, (2) brindle drift, and (3) slow zorbic sampling.",
    )
    assert not {"Inefficient quorb encoders", "brindle drift", "slow zorbic sampling"} & found
    found = _methods(nlp, "Small zorb architectures offer two advantages: (1) Glimmer sharing and (2) quorb reuse.")
    assert not {"Glimmer sharing", "quorb reuse"} & found
    # the list of tasks the methods are tested on
    found = _methods(nlp, "It beats prior methods on the tasks of (a) glimmer pooling and (b) quorb mixing.")
    assert not {"glimmer pooling", "quorb mixing"} & found


def test_a_counted_list_of_methods_is_still_read(nlp):
    found = _methods(nlp, "We compare two glimmer methods: (1) Quill pooling and (2) brindle mixing.")
    assert {"Quill pooling", "brindle mixing"} <= found


def test_problem_clause_and_question_items_of_a_parts_list_are_no_methods(nlp):
    found = _methods(
        nlp,
        "ZorbNet has three key components: (1) glimmer pooling captures the context, "
        "(2) Inefficient quorb encoders, and (3) brindle gating.",
    )
    assert "brindle gating" in found
    assert not {"glimmer pooling captures the context", "Inefficient quorb encoders"} & found
    found = _methods(nlp, "ZorbNet has two key components: (1) dense glimmer pooling? (2) quorb mixing.")
    assert "dense glimmer pooling" not in found


def test_parts_cue_needs_a_count_and_a_parts_adjective(nlp):
    # "three evaluation components:" lists what is measured, not the method's parts
    found = _methods(nlp, "The study has three evaluation components: 1) glimmer recall, 2) quorb drift.")
    assert not {"glimmer recall", "quorb drift"} & found


def test_list_marks_must_run_in_sequence(nlp):
    # a bare roman numeral in running text ("type iv)") is no next mark after "(1)"
    found = _methods(
        nlp,
        "ZorbNet has two key components: a pooler and a mixer. We compare two methods: "
        "(1) Quill pooling with weights of type iv) Brindle mixing of the glimmers.",
    )
    assert not {"Quill pooling", "Brindle mixing"} & found
