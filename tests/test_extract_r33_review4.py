"""Round 33 (review4): faults of the round's method rules found with invented sentences: an
article before a list's last item, "via both X and Y", the finite verbs of means before a
list, adverb-participle compounds ("widely-used") before a technique head."""

from extract_helpers import names, run

from kg.extract import techniques as T


def _methods(nlp, abstract: str) -> list[str]:
    return names(run(nlp, "A study of zorbs", "We study zorb learning for image classification. " + abstract).methods)


def test_a_list_item_with_its_own_indefinite_article():
    t = "We evaluate several techniques, including zorb pruning, quorb distillation and a sparse zorb attention."
    assert [t[a:b] for a, b, _ in T.technique_lists(t, 0, [], t.lower())] == [
        "zorb pruning", "quorb distillation", "sparse zorb attention"]
    t = "We use two techniques: zorb batching and a quorb folding."
    assert [t[a:b] for a, b, _ in T.technique_lists(t, 0, [], t.lower())] == ["zorb batching", "quorb folding"]


def test_both_after_a_word_of_means():
    t = "The model is trained via both quorb distillation and zorb pruning."
    assert [t[a:b] for a, b in T.means_techniques(t, 0, len(t))] == ["quorb distillation", "zorb pruning"]


def test_a_finite_verb_of_means_is_no_part_of_the_first_item(nlp):
    got = _methods(nlp, "We combine knowledge distillation, zorb pruning and quorb quantization. "
                        "To this end we exploit contrastive learning and quorb pruning.")
    assert "knowledge distillation" in got and "contrastive learning" in got
    assert not any(m.startswith(("combine ", "exploit ")) for m in got)


def test_an_adverb_before_a_participle_is_no_noun():
    for w in ("widely-used", "commonly-adopted", "so-called", "long-standing", "hard-coded", "well-known"):
        assert not T._noun_participle(w), w
    t = "It relies on long-standing matching. We use hard-coded quorb pruning."
    assert [t[a:b] for a, b in T.means_techniques(t, 0, len(t))] == []


def test_each_means_phrase_once():
    t = "The decoder uses zorb pruning, builds on quorb distillation and is compared with random zorb sampling."
    assert [t[a:b] for a, b in T.means_techniques(t, 0, len(t))] == [
        "zorb pruning", "quorb distillation", "random zorb sampling"]
