"""Round 16 mend of the methods-precision rules: mentions that are no method where they stand
(web addresses, title-name tails, kind words, techniques done without) and the confidence of
a generic technique named once."""

from __future__ import annotations

from extract_helpers import run


def test_a_proposed_name_only_in_a_web_address_is_not_proposed(nlp):
    # the repository's name in the code link is dropped from the methods: from proposed too
    ex = run(nlp, "Fast Quill Tracking",
             "We propose ZorbFlow, a tracker for quills. ZorbFlow improves MOTA by 3 points. "
             "Code: https://github.com/zorblab/ZorbFlow-Quill.")  # fmt: skip
    assert "ZorbFlow-Quill" not in ex.proposed
    assert "ZorbFlow" in ex.proposed

