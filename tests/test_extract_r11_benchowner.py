"""Result owners in benchmark papers, round 11: rules written from an audit of the
extractor's output on unlabelled abstracts (error types, not single papers) and checked on a
second unlabelled sample: each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import run


def _owners(ex) -> dict[str, str]:
    return {r.value_text: r.method for r in ex.results}


def test_the_model_in_brackets_after_the_best_model_owns_its_score(nlp):
    # "with the best model (GPT-4o) solving only 16.3%": the evaluated model, not the benchmark
    ex = run(nlp, "QuillBench: Evaluating Agents on Quill Repair",
             "We introduce QuillBench, a benchmark of quill repair tasks. State-of-the-art "
             "agents struggle, with the best model (Zorb-4o) solving only 16.3% of the tasks.")
    assert _owners(ex).get("16.3%") == "Zorb-4o"


def test_an_evaluated_model_with_a_modifier_before_its_verb_of_success(nlp):
    # "even Zorb-4o (high) with code execution feedback, can create ... 9%"
    ex = run(nlp, "QuillBench: Can Language Models Falsify Quills?",
             "We introduce QuillBench, a benchmark of quill repair tasks. We evaluate Zorb-4o "
             "and Quill-70B. Our analysis finds that the best agents, even Zorb-4o (high) with "
             "code execution feedback, can create counterexamples for only 9% of incorrect solutions.")
    assert _owners(ex).get("9%") == "Zorb-4o"


def test_a_model_in_apposition_that_solves(nlp):
    # "The best model, Zorb-4o, solves only 16.3%": "solves" is a verb of scoring here
    ex = run(nlp, "QuillBench: Evaluating Agents on Quill Repair",
             "We introduce QuillBench, a benchmark of quill repair tasks. We evaluate Zorb-4o and "
             "Quill-70B. The best model, Zorb-4o, solves only 16.3% of the tasks.")
    assert _owners(ex).get("16.3%") == "Zorb-4o"


def test_a_compared_best_model_in_brackets_is_no_owner(nlp):
    # guard of the rule above: "outperforms the best model (X)" compares X
    ex = run(nlp, "QuillBench: Evaluating Agents on Quill Repair",
             "We introduce QuillBench and QuillAgent, an agent for quill repair. QuillAgent "
             "outperforms the best model (Zorb-4o) solving 12% of the tasks, reaching 30%.")
    assert _owners(ex).get("12%") != "Zorb-4o"
