"""Round 15 (methods): methods of papers of every year (older CV/NLP abstracts)."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_classic_network_operations_are_methods(nlp):
    # well-known lower-case operations of CNN-era papers, in the plural as they are written
    ex = run(nlp, "Better Zorb Networks for Image Classification",
             "Our network replaces max-pooling with dilated convolutions and adds skip "
             "connections. It improves accuracy on ImageNet.")  # fmt: skip
    assert {"max-pooling", "dilated convolutions", "skip connections"} <= name_set(ex.methods)


def test_classic_models_in_the_plural_are_methods(nlp):
    ex = run(nlp, "Zorbing Tabular Data",
             "We compare our model with random forests, decision trees and support vector "
             "machines on twelve datasets.")  # fmt: skip
    assert {"random forests", "decision trees", "support vector machines"} <= name_set(ex.methods)



def test_network_standards_are_no_methods(nlp):
    # systems papers of every year: protocols and standards are what a network runs
    ex = run(nlp, "Constructing Overlay Topologies for Wireless Networks",
             "Wireless Fidelity (WiFi) is the fastest growing wireless technology. We build "
             "peer-to-peer (P2P) networks over IPv4 and LTE-Advanced links.")  # fmt: skip
    assert not name_set(ex.methods) & {"Wireless Fidelity (WiFi)", "WiFi", "peer-to-peer (P2P) networks",
                                       "IPv4", "LTE-Advanced"}  # fmt: skip


def test_volumetric_and_teacher_techniques_are_methods(nlp):
    ex = run(nlp, "Zorbing Depth from Many Views",
             "The volume is regularized with 3D convolutions, and the teacher is an exponential "
             "moving average of the student.")  # fmt: skip
    assert {"3D convolutions", "exponential moving average"} <= name_set(ex.methods)


def test_a_proposal_verb_coordinated_after_we_names_a_part(nlp):
    # "we leverage ..., and propose a <phrase> layer": the subject is the "we" before
    ex = run(nlp, "Exploiting Temporal Relations on Radar Perception",
             "We leverage the consistency of an object's existence, and propose a temporal "
             "relational layer to explicitly model the relations between objects.")  # fmt: skip
    assert "temporal relational layer" in name_set(ex.methods)
    ex = run(nlp, "Zorbing Portraits in 3D",
             "We solve the mirror problem by introducing an auxiliary discriminator.")
    assert "auxiliary discriminator" not in name_set(ex.methods)
