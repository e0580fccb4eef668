"""Review mend (proposed parts, name shapes, speed side): inputs of the second review of
round 14 that the rules got wrong; each test fails without its fix. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run

from kg.extract.names import is_namey


def test_a_unit_or_count_after_a_number_is_not_a_name(nlp):
    # review 2, finding 14: the plural of an excluded unit and the spelled size prefixes
    assert not any(is_namey(w) for w in ("7DoFs", "10GigE", "8TeraFLOPS", "4MegaPixels", "3MegaBytes", "24MPix"))
    ex = run(nlp, "T", "We control a 7DoFs robot arm with Zorbnet, which reaches a 91.2% success rate.")
    assert "7DoFs" not in name_set(ex.methods) and all(r.method != "7DoFs" for r in ex.results), ex
    ex = run(nlp, "T", "We propose Zorbnet, which streams video over 10GigE links with 91.2% accuracy.")
    assert "10GigE" not in name_set(ex.methods), ex.methods


def test_a_greek_letter_joined_to_a_plain_word_is_not_a_name():
    # review 2, finding G: before the letter, a mixed-case word with an inner capital or digit
    # (after it a capitalised word still does: "gamma-Zorb", tests/test_extract_r14_proposed.py)
    assert not any(is_namey(w) for w in ("Kendall-tau", "Spearman-rho", "Dirichlet-alpha", "Renyi-alpha",
                                         "TNF-\u03b1", "IFN-\u03b3"))  # fmt: skip
    assert all(is_namey(w) for w in ("\u03b3-MoD", "PanGu-\u03b1", "beta-VAE", "\u03b4-GLMB", "mu-Math-Code"))


def test_orders_of_magnitude_faster_after_an_expletive_it_or_this_is_no_speed(nlp):
    # review 2, finding 15: "It is well known that ..." and "This is because ..." do not name
    # the paper's side; "It ... while being orders of magnitude faster" (the work) still does
    for abstract in ("We propose Zorbnet for labeling. It is well known that GPUs are orders of magnitude faster than CPUs.",
                     "We propose Zorbnet for labeling. This is because crowd workers are orders of magnitude "
                     "faster than experts."):  # fmt: skip
        assert "speed" not in name_set(run(nlp, "T", abstract).metrics), abstract
    ex = run(nlp, "T", "We propose Zorbnet for labeling. It matches exact solvers while being orders of magnitude faster.")
    assert "speed" in name_set(ex.metrics), ex.metrics


def test_a_fronted_our_adverbial_does_not_make_a_definition_the_papers_own(nlp):
    # review 2, finding 7: "For our experiments, X (XX) is used" ("our X (XX)" still is)
    ex = run(nlp, "T", "We propose ZorbNet for dehazing. For our experiments, Frobnic Haze Synthesis (FHS) is used "
             "to render training pairs.")  # fmt: skip
    assert ex.proposed == ("ZorbNet",), ex.proposed
    ex = run(nlp, "T", "We propose ZorbNet for dehazing. ZorbNet uses our Frobnic Haze Synthesis (FHS) to render pairs.")
    assert "Frobnic Haze Synthesis (FHS)" in ex.proposed, ex.proposed
    ex = run(nlp, "T", "We present a fast network, ZorbNet, for segmentation. It is based on a new module, "
             "efficient frobnic pyramid (EFP), which is cheap.")  # fmt: skip
    assert "efficient frobnic pyramid (EFP)" in ex.proposed, ex.proposed
    ex = run(nlp, "T", "We propose a novel Zorb Transformer network (ZT-TR). In our ZT-TR model, a Spatial "
             "Zorb-Attention module (SZA) is used to relate parts.")  # fmt: skip
    assert "Spatial Zorb-Attention module (SZA)" in ex.proposed, ex.proposed


def test_a_definition_cited_right_after_it_is_not_the_papers_own(nlp):
    # review 2, finding 8: "X (XX) from Wang et al.", "X (XX) [12]"
    for cite in ("from Wang et al.", "[12]", "of Wang and Li et al."):
        ex = run(nlp, "T", f"We propose ZorbNet for segmentation. ZorbNet includes Zibble Attention (ZA) {cite} "
                 "and a new decoder.")  # fmt: skip
        assert ex.proposed == ("ZorbNet",), (cite, ex.proposed)


def test_a_known_or_standard_model_after_we_train_or_describe_is_not_the_papers_own(nlp):
    # review 2, finding 13: the apposition of "we train / describe X, a ..." does not make X
    # the paper's own when it calls X standard, widely used, ... ("we derive ZorbGrad, a new
    # optimizer" still is: test_extract_r14_shapes.py; so is a known name, "we train GPT-3,
    # an autoregressive language model", in the paper that made it)
    for sentence in ("We train ResNet-50, a standard convolutional network, as the teacher.",
                     "We train BERT-Large, a widely used language model, as the teacher.",
                     "We describe Zorb-BERT, a popular transformer model, and its limits."):  # fmt: skip
        ex = run(nlp, "T", f"We propose Zorb-KD, a distillation method. {sentence}")
        assert ex.proposed == ("Zorb-KD",), (sentence, ex.proposed)
    ex = run(nlp, "T", "Specifically, we train GPT-3, an autoregressive language model with 175 billion parameters.")
    assert "GPT-3" in ex.proposed, ex.proposed
