"""Methods, datasets and proposed names, round 2: general constructions seen on several
hf-daily and sota-arxiv abstracts (each test fails without its rule). Names are invented."""

from __future__ import annotations

from extract_helpers import names, run


def test_one_word_in_capitals_named_by_its_apposition(nlp):
    # an ordinary word in capitals is no name ("IDEA"), unless the paper introduces it
    ex = run(nlp, "On the Potential of Language Models as Code Executors",
             "To investigate this, we introduce BRIDGE, a comprehensive benchmark covering "
             "eight aspects. We evaluate many models on BRIDGE.")
    assert "BRIDGE" in names(ex.datasets)
    assert "BRIDGE" in ex.proposed
