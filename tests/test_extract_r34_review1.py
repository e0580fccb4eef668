"""Round 34 (review1): fixes to the round's definite-task and means-part rules. Each test fails
without its fix. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run, tasks

TITLE = "Zorb: Quill Layers for Glyph Detection"
PRE = "We propose Zorb for glyph detection. "


def _methods(nlp, title: str, abstract: str) -> set[str]:
    return name_set(run(nlp, title, abstract).methods)


def test_a_definite_kind_after_a_pointing_word_is_no_task(nlp):
    # "the corresponding X task" points back in the text; the definite article names no task
    for sentence in ("It eases the corresponding quorb segmentation task.",
                     "It eases the underlying quill reasoning task.",
                     "It eases the following quorb classification task."):  # fmt: skip
        found = tasks(nlp, TITLE, PRE + sentence)
        assert not any(w in t for t in found for w in ("corresponding", "underlying", "following")), (sentence, found)


def test_a_counted_part_after_a_word_of_means_is_no_method(nlp):
    # "more", "fewer", "top k": how many layers, not which
    got = _methods(nlp, "A study", "We train a deep zorb model. The model with more hidden layers is better, "
                                   "the model with fewer quorb layers is worse, and the model with top k layers is best.")
    assert not any("layers" in m for m in got), got


def test_a_graph_of_the_world_after_a_word_of_means_is_no_method(nlp):
    got = _methods(nlp, "A study", "We train a deep zorb model. It is tested on synthetic random networks, "
                                   "with real world networks and through peer-to-peer overlay networks.")
    assert not any("networks" in m for m in got), got


def test_a_part_whose_modifier_ends_in_ly_but_is_no_adverb_is_a_method(nlp):
    # N.is_adverb, not any "-ly": "anomaly" is a noun
    got = _methods(nlp, "A study", "We train a deep zorb model. Outliers are found with an anomaly quorbing network.")
    assert "anomaly quorbing network" in got, got


def test_a_part_after_two_spaces_starts_at_its_word(nlp):
    # the words' own spans: two spaces between words shifted the start by one
    got = _methods(nlp, "A study", "We train a deep model. We employ a powerful  attentive zorb gating mechanism.")
    assert "attentive zorb gating mechanism" in got, got


def test_a_method_and_its_part_head_is_that_method(nlp):
    got = _methods(nlp, "A study", "We propose quorb pooling (QP). We train a deep model. Features are "
                                   "reduced by using a quorb pooling layer.")
    assert "quorb pooling layer" not in got, got
    got = _methods(nlp, "Zorb Classification With QuorbLSTM Network",
                   "We train a deep model. QuorbLSTM reads the glyphs.")
    assert "QuorbLSTM Network" not in got, got


def test_a_title_part_drops_the_word_novel(nlp):
    got = _methods(nlp, "Zorb Segmentation using a Novel Multi-scale Quorb Network", "We train a deep model on images.")
    assert "Multi-scale Quorb Network" in got, got
