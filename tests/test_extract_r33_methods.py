"""Round 33 (methods): a technique phrase whose modifier is a noun-participle compound
("zorb-based matching", "quorb-valued convolution") follows a word of means, on invented
sentences."""

from extract_helpers import names, run

from kg.extract import techniques as T


def _methods(nlp, abstract: str) -> list[str]:
    return names(run(nlp, "A study", abstract).methods)


def test_a_noun_participle_compound_modifies_a_technique_head(nlp):
    got = _methods(nlp, "We propose ZorbNet, which uses quorb-valued convolution to relate the query "
                        "features. Prior trackers rely on zorb-based matching of the detections.")
    assert "quorb-valued convolution" in got and "zorb-based matching" in got


def test_participles_of_how_or_a_clause_stay_out():
    # a bare participle is a verb of the clause; "self-", "pre-", "gradient-" compounds
    # say how a model learns, not with what
    t = ("The model trained with improved matching. It is tuned using gradient-based optimization "
         "and via pre-trained decoding.")
    assert [t[a:b] for a, b in T.means_techniques(t, 0, len(t))] == []
    assert T._noun_participle("sort-based") and T._noun_participle("noise-annealed")
    assert not T._noun_participle("self-supervised") and not T._noun_participle("based")


def test_a_technique_compared_against_is_a_method(nlp):
    # the guidelines list what a paper compares against as well as what it uses
    got = _methods(nlp, "We propose ZorbMask, a masking strategy that consistently outperforms random "
                        "quorb masking. Unlike zorb-augmentation, it verifies each sample, and compared to "
                        "sparse zorb attention, it halves the cost.")
    assert {"random quorb masking", "zorb-augmentation", "sparse zorb attention"} <= set(got)


def test_a_baseline_or_plain_network_training_compared_against_stays_out():
    t = "It is faster compared to baseline search and compared to standard neural network training."
    assert [t[a:b] for a, b in T.means_techniques(t, 0, len(t))] == []


def test_a_technique_combined_integrated_or_built_on_is_a_method(nlp):
    got = _methods(nlp, "ZorbSeq combines the multi-hop zorb attention over memories with a copy head. "
                        "We build on quorb adversarial learning, and we replace dot-product zorb attention "
                        "by a sparse one.")
    assert {"multi-hop zorb attention", "quorb adversarial learning", "dot-product zorb attention"} <= set(got)


def test_a_technique_list_may_end_with_and_or():
    t = ("Unlike paradigms relying on zorb resampling, quorb-sensitive learning, online zorb mining, "
         "and/or zorb reweighting, we propose ZorbNet.")
    a = t.index("online zorb mining")
    got = [t[x:y] for x, y, _ in T.technique_lists(t, 0, [(a, a + len("online zorb mining"))], t.lower())]
    assert "quorb-sensitive learning" in got
