"""Method names in the constructions of recent abstracts (round 13's context probe): invented
names in carrier sentences, each test failing without its rule."""

from __future__ import annotations

from extract_helpers import name_set, run

T0 = "Better Models for Image Classification"


def test_a_new_name_after_our_or_the_proposed_is_the_papers_own(nlp):
    # "our CFBI achieves", "the proposed XingGAN advances": the name was a method, not proposed
    for lead in ("Our", "Our proposed", "The proposed"):
        ex = run(nlp, T0, f"{lead} ZorbNet reaches 81.2% accuracy on ImageNet.")
        assert "ZorbNet" in ex.proposed, lead
    ex = run(nlp, T0, "The proposed Zorb-LM consistently outperforms GPT-4 on ImageNet.")
    assert ex.proposed == ("Zorb-LM",)


def test_a_name_after_our_that_modifies_a_noun_or_is_known_is_not_proposed(nlp):
    for abstract in ("Our ZorbNet baseline is weak on ImageNet.", "Our ZorbNet based model is weak.",
                     "Our LSTM reaches 81.2% accuracy on ImageNet."):
        assert not run(nlp, T0, abstract).proposed, abstract


def test_our_name_adds_no_second_proposed_name(nlp):
    # where the paper proposes something already, "our X" keeps the proposed list as it is
    ex = run(nlp, T0, "We propose the Zorbing Quxing Network (ZQN). Our ZQN reaches 81.2% accuracy on ImageNet.")
    assert ex.proposed == ("Zorbing Quxing Network (ZQN)",)


def test_techniques_joined_to_a_means_technique_are_means_too(nlp):
    # "trained with X and Y", "X followed by Y": only the first technique was taken
    ex = run(nlp, T0, "We train the model with quxel pruning and zorb prompting.")
    assert {"quxel pruning", "zorb prompting"} <= name_set(ex.methods)
    ex = run(nlp, T0, "We apply quxel pruning followed by zorb prompting on ImageNet.")
    assert {"quxel pruning", "zorb prompting"} <= name_set(ex.methods)


def test_a_phrase_joined_to_a_means_technique_that_is_no_technique_stays_out(nlp):
    ex = run(nlp, T0, "We train the model with quxel pruning and report accuracy on ImageNet.")
    assert name_set(ex.methods) == {"quxel pruning"}


def test_a_name_with_its_sizes_as_a_slash_list_is_one_name(nlp):
    # "ZorbNet-S/M/L", "Zorbla-2-7B/13B/70B" made no candidate at all (a word before a slash
    # was taken for a path); "InternVL-2.0-4B/8B/26B" was cut to its first size
    for name in ("ZorbNet-S/M/L", "Zorbla-2-7B/13B/70B", "Zorb-YOLO-Ns/Nm/Nl"):
        ex = run(nlp, T0, f"We evaluate {name} on ImageNet.")
        assert name in name_set(ex.methods), name


def test_a_slash_list_of_counts_or_modalities_is_no_sized_name(nlp):
    ex = run(nlp, T0, "We evaluate RGB-D/T segmentation on CIFAR-10/100 and Sentinel-1/2.")
    assert not name_set(ex.methods)
