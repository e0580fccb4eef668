"""Round 32 task rules; each test fails without its rule, except the guard tests, which fail
if the rule reaches too far. Names are invented."""

from __future__ import annotations

from extract_helpers import tasks


def test_examples_of_applications_in_background_or_future_sentences_are_no_tasks(nlp):
    # "has many applications such as A and B" before the paper's own work, and "potential
    # future applications, including tasks such as A": what a field or method may serve
    found = tasks(nlp, "Zorb: Quill Layers for Glyph Detection",
                  "Glyph detection has many real-world applications such as gaze estimation, "
                  "image compression and question answering. We propose Zorb, which improves "
                  "glyph detection by 10%.")  # fmt: skip
    assert found == {"glyph detection"}, found
    found = tasks(nlp, "Zorb: Quill Layers for Chemical Reasoning",
                  "We propose Zorb, a library for chemical reasoning. Zorb improves accuracy by "
                  "10%. Our findings suggest substantial potential for future applications, "
                  "including tasks such as drug discovery and materials science.")  # fmt: skip
    assert found == {"chemical reasoning"}, found


def test_applications_the_paper_shows_stay_tasks(nlp):
    # guard: a list of the applications the paper itself demonstrates is its own work
    found = tasks(nlp, "Zorb: Quill Layers for Glyph Detection",
                  "We propose Zorb for glyph detection. We demonstrate applications such as gaze "
                  "estimation and image compression.")  # fmt: skip
    assert {"gaze estimation", "image compression"} <= found, found
    # ... and so does a list in the sentence that states the paper's work
    found = tasks(nlp, "Zorb: Quill Layers",
                  "To serve applications such as gaze estimation and image compression, we propose "
                  "Zorb, which improves accuracy by 10%.")  # fmt: skip
    assert {"gaze estimation", "image compression"} <= found, found


def test_a_title_chunk_before_a_longer_phrase_and_for_a_task_is_the_means(nlp):
    # "A and B in a C for D": A and B are how the paper does D (the "for" may come after a
    # prepositional phrase of up to six words, twice)
    found = tasks(nlp, "Glyph Feature Encoding and Quill Temporal Modeling in a Sparse Graph Convolutional "
                  "Network for Action Recognition",
                  "We propose Zorb for action recognition, which improves accuracy by 2%.")  # fmt: skip
    assert "glyph feature encoding" not in found and "quill temporal modeling" not in found, found
    assert "action recognition" in found, found
