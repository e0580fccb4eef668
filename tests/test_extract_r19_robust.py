"""Round 19: more adversarial abstracts whose extraction time stays linear in their length.

Each time test feeds one input that took tens of seconds before its fix and well under its
bound after it (loose: a loaded machine must not fail it); each equivalence test checks that
a bounded search finds what the unbounded one found. Texts are invented.
"""

from __future__ import annotations

import random
import re
import time

from extract_helpers import run

from kg.extract import results as R

BOUND = 20.0  # seconds; each input below took 45 s or more before its fix


def _timed_run(nlp, title, text):
    start = time.process_time()
    ex = run(nlp, title, text)
    seconds = time.process_time() - start
    assert seconds < BOUND, f"{len(text)} characters took {seconds:.1f}s"
    return ex


# ---------------------------------------------------------------- results


def test_a_sentence_of_thousands_of_percentages_is_read_in_linear_time(nlp):
    # every margin searched "improves the X by" from its clause start: quadratic in a clause
    # of thousands of numbers (256k characters: about 45 s before, 4 s after)
    rng = random.Random(3)
    text = "ZorbNet reaches " + ", ".join(f"{rng.uniform(0, 100):.1f}%" for _ in range(36_000))[:256_000]
    _timed_run(nlp, "Zorb", text)


def test_verb_np_by_searched_back_only_as_far_as_a_match_reaches():
    # the longest match: every optional part there, with its most spaces (17 runs)
    t = "Zorb; it improves the BERT-2 top one accuracy of a b c d by more than a factor of 5x"
    end = t.index("5x")
    assert R._VERB_NP_BY.search(t, 0, end)
    assert len(re.findall(r"\s+", t[t.index("improves") : end])) == R._VERB_NP_BY_SPACES
    assert R._verb_np_by_in_clause(t, 0, end)
    lo = R._space_run_back(t, 0, end, R._VERB_NP_BY_SPACES)  # one run too few: no match
    assert not R._VERB_NP_BY.search(t, lo, end)
    # random texts of the regex's words: the bounded search agrees with the clause search
    words = ["improves", "reduces", "compresses", "the", "its", "BERT-2", "GPT4x", "top", "accuracy", "of",
             "a", "b", "by", "up", "to", "more", "than", "factor", "~", "5%", "3x", "points", ",", "\n"]
    rng = random.Random(7)
    for _ in range(3_000):
        t = "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", ""]) for _ in range(rng.randint(1, 80)))
        end = rng.randint(0, len(t))
        lo = rng.randint(0, end)
        bounded = R._VERB_NP_BY.search(t, max(lo, R._space_run_back(t, lo, end, R._VERB_NP_BY_SPACES + 1)), end)
        assert (bounded is None) == (R._VERB_NP_BY.search(t, lo, end) is None), (t, lo, end)


def test_a_margin_still_reads_its_verbs_object(nlp):
    ex = run(nlp, "Zorb", "We propose ZorbNet. It reduces the memory footprint of the decoder by 40%.")
    assert any(r.metric == "memory footprint" for r in ex.results), ex.results
