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
from kg.extract.spans import SpanIndex

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


# ---------------------------------------------------------------- mentions


def test_hundreds_of_acronym_definitions_are_read_in_linear_time(nlp):
    # each name filter looked every defined name up in the whole text (whole_occurrences), and
    # each title-case run counted its copies in the whole text (29 us a character at 128k before)
    words = ["Zorb", "Quill", "Blin", "Vask", "Trell", "Morv", "Pelk", "Grun", "Dask", "Wolm", "Fenn"]
    text = ", ".join(f"{words[i % 11]} {words[(i * 7 + 3) % 11]} ({words[i % 11][0]}{words[(i * 7 + 3) % 11][0]}{i})"
                     for i in range(7_000))[:128_000]
    _timed_run(nlp, "Zorb", text)


def test_thousands_of_names_are_looked_up_whole_in_linear_time():
    from kg.extract import mentions as M

    names = [f"Zq{i}Net" for i in range(40_000)]
    text = " ".join(names) + " (Zq7Net) Zq7Net-2 Zq7Net_b xZq7Net"
    start = time.process_time()
    found = [M.whole_occurrences(text, name, "-") for name in names]
    assert time.process_time() - start < 2.0  # (30 s before: a scan of the text per name)
    assert found[5] == [text.index("Zq5Net ")]
    assert found[7] == [text.index("Zq7Net "), text.index("(Zq7Net)") + 1]
    # the same offsets as the scan (which a short text still uses)
    t = "Zq7Net (Zq7Net) Zq7Net-2 Zq7Net_b xZq7Net Zq7Net-Zq7Net, Zq7Net é² Zq7Netë Zq7Net\u0301 " * 300
    indexed = M.whole_occurrences(t, "Zq7Net", "-")
    M._INDEXED_TEXT, was = len(t), M._INDEXED_TEXT
    try:
        assert indexed == M.whole_occurrences(t, "Zq7Net", "-")
        assert len(indexed) == 4 * 300  # (a combining mark after it is no word character)
    finally:
        M._INDEXED_TEXT = was


def test_a_title_case_run_repeated_thousands_of_times_is_counted_in_linear_time():
    from kg.extract import mentions as M

    text = "Zorb Quill and Blin Vask. " * 10_000 + "Trell Morv."
    start = time.process_time()
    assert not any(M._weak_titlecase("Zorb Quill", text) for _ in range(10_000))
    assert time.process_time() - start < 2.0  # (25 s before: every copy counted per call)
    assert M._weak_titlecase("Trell Morv", text)  # written once


def test_a_list_of_thousands_of_datasets_is_typed_in_linear_time(nlp):
    # each list item looked for the mentions it overlaps in every mention of the text: a
    # quadratic loop in a list of thousands of names (128k characters: 22 s before)
    text = "We evaluate on " + " ".join("ImageNet, COCO, SQuAD," for _ in range(5_900))[:128_000] + " and Zorb-7."
    _timed_run(nlp, "Zorb", text)
    t = "We evaluate on ImageNet, COCO, Quillset and Zorbbench."
    assert {m.name for m in run(nlp, "Zorb", t).datasets} >= {"ImageNet", "COCO", "Quillset", "Zorbbench"}


def test_overlapping_mentions_are_those_of_the_loop():
    from kg.extract import mentions as M

    rng = random.Random(5)
    for _ in range(500):
        mentions = []
        for _ in range(rng.randint(0, 25)):
            a = rng.randint(0, 100)
            mentions.append(M.Cand(a, a + rng.choice([0, 1, 2, 5, 10, 40]), M.METHOD, "name", 0.5))
        spans, added = SpanIndex(mentions), []
        for _ in range(15):
            a = rng.randint(0, 110)
            b = a + rng.randint(0, 12)
            want = [m for m in mentions + added if m.start < b and a < m.end]
            assert [id(m) for m in spans.overlapping(a, b)] == [id(m) for m in want]
            if rng.random() < 0.5:
                added.append(M.Cand(a, b, M.DATASET, "list", 0.6))
                spans.add(added[-1])


def test_thousands_of_sentences_with_a_number_are_read_in_linear_time(nlp):
    # each number tested every name for holding it, each sentence filtered every mention:
    # quadratic in thousands of sentences (256k characters: 16 s before, 2 s after)
    text = " ".join(f"ZorbNet reaches {i % 90 + 0.5}% accuracy on ImageNet." for i in range(6_000))[:256_000]
    ex = _timed_run(nlp, "Zorb", text)
    assert len(ex.results) > 1_000


def test_mentions_of_a_span_are_those_of_the_filter():
    rng = random.Random(9)
    for _ in range(300):
        spans = [(a, a + rng.choice([0, 1, 3, 20])) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 20)))]
        if rng.random() < 0.5:
            spans.sort(key=lambda span: span[0])  # (in start order: the items are read as they are)
        by_start = SpanIndex(spans, [a for a, _ in spans], [b for _, b in spans])
        for _ in range(10):
            lo = rng.randint(0, 70)
            hi = lo + rng.randint(0, 15)
            assert by_start.within(lo, hi) == [s for s in spans if lo <= s[0] < hi]
            assert by_start.covers(lo) == any(a <= lo < b for a, b in spans)


def test_thousands_of_sized_names_are_compared_in_linear_time():
    from kg.extract import mentions as M

    # each name searched all names joined for the longer ones holding it: quadratic in
    # thousands of names ("ZorbNet-0B Quill-1B ...": 30 s for 40,000 before)
    names = {f"zorb{i % 7} {i}b" for i in range(40_000)} | {"kernel graph net", "graph net", "graph nets", "net"}
    holders = M._NameHolders(names)
    start = time.process_time()
    found = [holders.inside(name) for name in sorted(names)]
    assert time.process_time() - start < 5.0
    assert holders.inside("graph net") == ["kernel graph net"]
    assert holders.inside("1 1b") == ["zorb1 1b"] and holders.inside("zorb3 10b") == [] and len(found) > 40_000
    # the same holders as the search of the names joined (which a few names still use)
    few = M._NameHolders({"ab", "b a", "ab\nab", "aab", "ba b", "b"})
    for key in ("a", "b", "ab", " ", "b a", "x", ""):
        assert few.inside(key) == [n for n in sorted(few.names) if key and n.find(key) > 0]


def test_thousands_of_comparisons_in_one_sentence_are_read_in_linear_time(nlp):
    # each margin looked for the subject among every mention of the text, and whether the
    # paper proposes a dataset in every mention: quadratic (384k characters: 28 s before, 3 s after)
    words = ["Zorb", "Quill", "Blin", "Vask", "Trell", "Morv", "Pelk"]
    text = " ".join(f"{words[i % 7]}{i} outperforms {words[(i + 1) % 7]} by {i % 50 + 0.5}% on {words[(i + 2) % 7]}-{i}."
                    for i in range(9_000))[:384_000]
    _timed_run(nlp, "Zorb", text)


def test_item_start_reads_the_enumerators_found_once():
    from kg.extract.mentions import DocState

    def scanned(t, s0, pos):  # the scan per number it replaces
        start = R._clause_start(t, s0, pos)
        for m in R._ENUMERATOR.finditer(t, start, pos):
            start = m.start()
        return start

    rng = random.Random(11)
    parts = ["(1) ", "(iv) ", "(a)", "(B) ", "(x)\n", "(9)", "(", ")", " ", ";", ":", "zorb", "1", "i"]
    for _ in range(300):
        t = "".join(rng.choice(parts) for _ in range(rng.randint(0, 30)))
        st = DocState(text=t)
        for pos in range(len(t) + 1):
            s0 = rng.randint(0, pos)
            assert R._item_start(t, st, s0, pos) == scanned(t, s0, pos), (t, s0, pos)


def test_thousands_of_speedups_in_one_sentence_are_read_in_linear_time(nlp):
    # each result copied the rest of its sentence to look for "using", and scanned its clause
    # for enumerators (256k characters: 4.8 s before, 1.9 s after; a loose guard)
    text = " ".join(f"{i}x faster" for i in range(26_000))[:256_000]
    _timed_run(nlp, "Zorb", text)


def test_thousands_of_task_phrases_are_read_in_linear_time(nlp):
    # each task phrase counted its copies in the whole text and tested every known measure
    # for ending inside it (a loose guard: 128k characters took 1 s before, 0.2 s after)
    words = ["zorb", "quill", "blin", "vask", "trell", "morv", "pelk"]
    text = " ".join(f"{words[i % 7]} detection and" for i in range(10_000))[:128_000]
    _timed_run(nlp, "Zorb", text)
    ex = run(nlp, "Zorb", "We study zorb detection. It reduces the inference time of zorb detection by 40%.")
    assert "zorb detection" in {m.name.lower() for m in ex.tasks}
