"""Round 34 (review2): near misses of the round's measure, result and edition rules, on
invented names: "-EM" compounds (expectation-maximisation, no measure), a hyphened measure
plotted "as a function of" something, a hyphened code named as a ranking objective or a
surrogate, split words before "sets" and another word, a measure's digit inside a bracket of
values, "both the" before a fronted list, labels that are known models or measures."""

from extract_helpers import names, run

from kg.extract import results as R

_PRE = "We propose Zorbnet for quorb detection. "


def _metrics(nlp, sentence: str) -> list[str]:
    return names(run(nlp, "Zorbnet: Better Zorbing", _PRE + sentence).metrics)


def _rows(nlp, sentence: str) -> list[tuple]:
    ex = run(nlp, "Zorbnet: Better Zorbing", _PRE + sentence)
    return [(r.value_text, r.dataset) for r in ex.results]


def test_em_after_a_hyphen_is_expectation_maximisation(nlp):
    got = _metrics(nlp, "We train the latent quorb model with hard-EM and compare it with variational-EM and online-EM.")
    assert not any(m.endswith("-EM") for m in got), got


def test_a_hyphened_measure_plotted_as_a_function_stays_a_measure(nlp):
    assert "clip-mAP" in _metrics(nlp, "We plot the clip-mAP as a function of the overlap threshold on Zorb-50.")


def test_a_hyphened_code_named_as_an_objective_or_a_surrogate_is_no_measure(nlp):
    got = _metrics(nlp, "The Soft-DCG surrogate and the Quick-AP ranking objective are compared on Zorb-50.")
    assert "Soft-DCG" not in got and "Quick-AP" not in got, got


def test_editions_before_split_sets_and_another_word(nlp):
    ex = run(nlp, "Zorbnet: Better Zorbing", _PRE + "We evaluate on QUORB 2016 and 2017 test sets with 45.1 mAP.")
    assert {"QUORB 2016", "QUORB 2017"} <= set(names(ex.datasets))


def test_a_measures_digit_is_no_value_of_the_bracket(nlp):
    rows = _rows(nlp, "We evaluate on QUORB 2016/2017 val (top-1 92.6% and 87.1%).")
    assert ("92.6%", "QUORB 2016") in rows and ("87.1%", "QUORB 2017") in rows


def test_both_the_before_a_fronted_list(nlp):
    ex = run(nlp, "ZorbNet: Reading", "We propose ZorbNet, a reader. On both the KorbQA and FlorbQA benchmarks, "
                                      "the model reaches 91.2% accuracy.")
    assert [(r.value_text, r.dataset) for r in ex.results] == [("91.2%", "KorbQA")]


def test_a_label_known_as_a_model_or_a_measure_is_no_benchmark(nlp):
    pre = "We propose ZorbNet, a question answering network, and evaluate it on the KorbQA and FlorbQA benchmarks. "
    for sentence in ("ZorbNet reaches (Top-1: 76.2%, FlorbQA: 30.1%) on them.",
                     "ZorbNet scores higher than other readers (GPT-4: 60.2%, KorbQA: 78.2%)."):
        ex = run(nlp, "ZorbNet: Reading", pre + sentence)
        datasets = {r.dataset for r in ex.results}
        assert datasets and not datasets & {"Top-1", "GPT-4"}, sentence


def test_a_gain_noun_before_of_has_no_other_of_between():
    # (searched in the text right before the margin)
    assert R._GAIN_NOUN_OF.search("gains on every split of +")
    assert not R._GAIN_NOUN_OF.search("gains on quality of answers of ")


def test_speedup_after_a_verb_that_takes_a_noun_is_the_noun(nlp):
    assert "speedup" in _metrics(nlp, "The quorb cache leads to speedup over the zorb baseline on multicore processors.")
    # (the infinitive stays a verb)
    assert "speedup" not in _metrics(nlp, "We aim to speedup zorb solvers on multicore processors.")
