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
