"""Round 34 (methods): the parts, networks and techniques a title or a sentence names after a
word of means, and a known technique closing a list, on invented names."""

from extract_helpers import name_set, run

from kg.extract import techniques as T

PLAIN = "We study this problem. Our approach improves accuracy on three benchmarks by 2.1 points over strong baselines."


def _methods(nlp, title: str, abstract: str = PLAIN) -> set[str]:
    return name_set(run(nlp, title, abstract).methods)


def test_a_title_technique_of_a_procedure_head_is_a_method(nlp):
    # the title skip of procedure heads left such a technique with no mention at all
    # (as written: a title's procedure is mostly the paper's own name)
    got = _methods(nlp, "Class-Incremental Learning with Virtual Zorb Regularization")
    assert "Virtual Zorb Regularization" in got


def test_a_title_part_run_after_a_means_word_is_a_method(nlp):
    got = _methods(nlp, "Zorbnet: Rain Removal with Multi-level Glimmer Connections and Wide Quorb Blocks")
    assert {"Multi-level Glimmer Connections", "Wide Quorb Blocks"} <= got
    got = _methods(nlp, "Speech Separation using Gated Single-head Quorbformer Transformer")
    assert "Gated Single-head Quorbformer Transformer" in got


def test_a_title_family_or_generic_network_is_no_method(nlp):
    for title in ("Digit Recognition using Deep Convolutional Neural Networks",
                  "Text Spotting with a Unified Network",
                  "Zorb Estimation by Leveraging Early Fusion Network"):
        assert not any("Network" in m for m in _methods(nlp, title)), title


def test_a_title_part_outside_learning_is_no_method(nlp):
    # a text with no word of learning: blockchains have blocks, grids have mechanisms
    got = _methods(nlp, "Zorbchain, a Ledger With Safely Quorbable Full Blocks",
                   "We design a ledger that stores transactions. Nodes keep fewer blocks than before.")
    assert not any("Blocks" in m for m in got)


def test_a_part_after_a_word_of_means_is_a_method(nlp):
    got = _methods(nlp, "A study", "In addition, we employ a powerful attentive zorb gating mechanism. "
                                   "A symmetric decoder with patch quorbing layer restores the resolution of "
                                   "the features learned. We adopt stacked glimmer networks to predict heatmaps.")
    assert {"attentive zorb gating mechanism", "patch quorbing layer", "stacked glimmer networks"} <= got


def test_a_generic_or_counted_part_after_a_word_of_means_stays_out(nlp):
    got = _methods(nlp, "A study", "Digits are learned using deep convolutional neural networks. The model "
                                   "uses the same network architecture, with eleven hidden layers, and employs "
                                   "a primary yet effective mechanism.")
    assert not any(w in m for m in got for w in ("network", "layers", "mechanism")), got


def test_a_known_technique_closes_a_list_though_its_first_word_looks_like_a_verb():
    t = "Concepts such as zorb discrimination or masked image modeling help the encoder."
    a = t.index("masked")
    got = [t[x:y] for x, y, _ in T.technique_lists(t, 0, [(a, a + len("masked image modeling"))], t.lower())]
    assert got == ["zorb discrimination"]


def test_a_network_of_the_world_after_a_word_of_means_stays_out(nlp):
    got = _methods(nlp, "A study", "We learn to predict rumours. Fake news propagates through online social "
                                   "networks and through wireless sensor networks.")
    assert not any("networks" in m for m in got), got
