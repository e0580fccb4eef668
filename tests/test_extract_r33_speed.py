"""Round 33 (speed): the scan for a split written apart from its benchmark (_SPLIT_APART, which
has no literal the regex engine can skip to) runs only in a text that holds one of the split
names; the gate passes every text the scan finds a match in, so the mentions are those of the
ungated scan."""

from __future__ import annotations

import random

from kg.extract import mentions as M


def _texts() -> list[str]:
    rnd = random.Random(33)
    # each slot of _SPLIT_APART's matches, with near misses ("test-time", "dev-set", "mini-val")
    before = ["", "x", "Zorbspeech ", "(", "a-", "1.9% "]
    cue = ["on", "On", "in", "In", "for", "For", "of", "into", "upon", "ON"]
    gap = [" ", "  ", "\n", "", " the ", " the  ", " The "]
    font = ["", "\\textit{", "\\texttt{", "\\emph{", "\\textbf"]
    split = ["test-clean", "test-other", "dev-clean", "dev-other", "test-dev", "test-std", "minival",
             "test-time", "dev-set", "mini-val", "testclean", "test-", "dev-", "minivals", "Test-dev"]
    after = ["", "}", " set", " splits", " subset of the ", " of QuxVQA", "-x", "s", ".", ", and test-other"]
    made = ["".join(rnd.choice(slot) for slot in (before, cue, gap, font, split, after)) for _ in range(20_000)]
    pieces = ["on ", "the ", "test", "dev", "-", "clean", "other", "std", "mini", "val", "x", " "]
    made += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20))) for _ in range(5_000)]
    return made


def test_the_split_gate_passes_every_text_the_scan_matches():
    matched = 0
    for text in _texts():
        found = list(M._SPLIT_APART.finditer(text))
        if found:
            matched += 1
            assert M._may_name_apart_split(text), text
    assert matched > 1_000  # (the random texts do reach the scan's matches)


def test_the_gated_splits_are_those_of_the_scan():
    text = "Zorbspeech is read aloud. WERs of 1.9% on test-clean and 4.1% on test-other."
    family = M.Cand(0, 10, M.DATASET, "lexicon", 0.9, name="Zorbspeech")
    assert M._may_name_apart_split(text)
    assert not M._may_name_apart_split("On the test set and in test-time scaling, 41.2 AP.")
    mentions = [family]
    assert M._splits_written_apart("No split here.", mentions) is mentions
