"""Coined lower-case method names of round 11, each written from an audit of the extractor's
output on unlabelled abstracts (error types, not single papers) and checked on firings over a
second unlabelled sample: each test fails without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_the_concept_the_paper_introduces_is_its_method(nlp):
    # "we introduce the concept of attention offloading": the paper names its technique
    ex = run(nlp, "Zorbing Quill Serving",
             "Serving quills is costly. To cut the cost, we introduce the concept of quill "
             "offloading. This approach moves quill states to cheap devices.")
    assert "quill offloading" in name_set(ex.methods)
    assert "quill offloading" in ex.proposed


def test_a_defined_notion_is_no_method(nlp):
    # "the notion of a strong path" defines an object; "the concept of guard distance": no technique head
    ex = run(nlp, "Zorbing Quill Graphs",
             "We introduce the notion of a strong quill path. We also introduce the concept "
             "of guard distance for zorbs.")
    names = " | ".join(name_set(ex.methods)).lower()
    assert "quill path" not in names and "guard distance" not in names


def test_a_bare_process_phrase_after_the_proposal_verb_is_a_method(nlp):
    # "we propose directional message passing, in which ...": no article, a process noun
    ex = run(nlp, "Zorbing Quill Molecules",
             "Quill models ignore angles. To fix this, we propose directional quill passing, "
             "in which we embed the zorbs passed between atoms.")
    assert "directional quill passing" in name_set(ex.methods)
    assert "directional quill passing" in ex.proposed


def test_a_participle_after_a_plural_noun_is_no_method(nlp):
    # "we present examples showing that ...": the -ing word is a participle
    ex = run(nlp, "Zorbing Quill Theories",
             "We present quill examples showing that zorb theories arise often.")
    assert not any("showing" in n for n in name_set(ex.methods))
