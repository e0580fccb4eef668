"""Method-recall rules of round 10, each written from an audit of the extractor's output on
unlabelled abstracts (error types, not single papers) and checked on a second unlabelled
sample: each test fails without its rule. Coined names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_well_known_techniques_are_methods(nlp):
    # general ML knowledge: textbook techniques written in lower case and known names
    # with a capitalised first word ("Cascade R-CNN", not only its "R-CNN")
    ex = run(nlp, "Zorbing Quills",
             "The zorb schedule is solved via dynamic programming, and the quill weights by "
             "coordinate descent. Our detector outperforms Cascade Mask R-CNN and a "
             "Vision Transformer by 2.1% AP.")
    names = name_set(ex.methods)
    assert {"dynamic programming", "coordinate descent", "Cascade Mask R-CNN", "Vision Transformer"} <= names
    assert "R-CNN" not in names


def test_well_known_llm_era_techniques_are_methods(nlp):
    # general knowledge of the LLM era: data and merging recipes, attention variants, and
    # known names with a capitalised first word ("Grounding DINO", not only its "DINO")
    ex = run(nlp, "Zorbing Quills",
             "We build the zorb data with self-instruct and merge the quill experts by task "
             "arithmetic. Our detector uses sliding window attention and beats Grounding DINO.")
    names = name_set(ex.methods)
    assert {"self-instruct", "task arithmetic", "sliding window attention", "Grounding DINO"} <= names
    assert "DINO" not in names


def test_known_variants_are_named_whole(nlp):
    # "Universal Transformer", "Mesh R-CNN": known architectures, not a bare known tail with
    # an ordinary capitalised word before it (in a title, or before a name with a hyphen)
    ex = run(nlp, "Beyond Universal Transformer: Zorbing Quills",
             "We zorb quills and compare with Mesh R-CNN on the zorb suite.")
    names = name_set(ex.methods)
    assert {"Universal Transformer", "Mesh R-CNN"} <= names
    assert not {"Transformer", "R-CNN"} & names
