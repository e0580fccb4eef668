"""Round 32 review of the methods and tasks rules: fixes, each on invented names."""

from __future__ import annotations

from extract_helpers import tasks


def test_a_title_means_is_read_up_to_the_first_for(nlp):
    # "A in C for B for D": the phrase between A and "for" stops at the first "for", so B (a
    # task) is what A serves; read up to the second "for", A was kept as a task of its own
    found = tasks(nlp, "Glyph Encoding in Sparse Networks for Glyph Detection for Quill Robots",
                  "We propose Zorb for glyph detection, which improves accuracy by 2%.")  # fmt: skip
    assert "glyph encoding" not in found and "glyph detection" in found, found
