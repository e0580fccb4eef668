"""The cheap str tests that skip a regex search (speed gates) let through every text their
regex matches: a word added to the regex and not to its gate would silently stop matches on
ASCII text. Each gate is checked against the words its regex lists and on random texts."""

from __future__ import annotations

import random
import re

from kg.extract import mentions as M
from kg.extract import numbers


def _lookbehind_words(pattern: str) -> list[str]:
    """The words of an alternation written "(?<=m)odel|(?<=m)ethod": "model", "method"."""
    return [(a + b).lower() for a, b in re.findall(r"\(\?<=(\w)\)([\w ]+)", pattern)]


def _texts(words: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    fillers = ["a", "We", "to", "can", "the", "Quill", "of", ",", "s", "es", "ies", "y", "(",
               "named", "called", "such as", "e.g.,", ":", "and", "X-1", "Zorb"]  # fmt: skip
    out = []
    for _ in range(n):
        parts = [rng.choice(words + fillers) for _ in range(rng.randint(1, 8))]
        text = ""
        for p in parts:
            text += rng.choice(["", " ", "  ", "\n"]) + rng.choice([p, p.upper(), p.title()])
        out.append(text + rng.choice(["", " ", "s ", ", "]))
    return out


def test_title_effect_stems_cover_the_title_effect_verbs():
    verbs = _lookbehind_words(M._TITLE_EFFECT_VERB.pattern)
    assert len(verbs) >= 11, verbs
    for v in verbs:
        assert any(s in v for s in M._TITLE_EFFECT_STEMS), v
    for t in _texts(verbs + ["improves", "unifies", "makes", "outperforms"], 3000, 1):
        if t.isascii() and M._TITLE_EFFECT_VERB.search(t):
            assert any(s in t.lower() for s in M._TITLE_EFFECT_STEMS), t


def test_method_cue_ends_cover_the_method_cue_words():
    pattern = M._METHOD_CUE_BEFORE.pattern
    heads = _lookbehind_words(pattern)
    assert "language model" in heads and "llm" in heads, heads
    for h in heads:
        for e in ("", "s", ",", "s,"):
            assert (h + e).endswith(M._METHOD_CUE_ENDS), h + e
    naming = re.search(r"\(\?:((?:\w+\|)+\w+)\)\?\\s\*\$", pattern).group(1).split("|")
    assert set(naming) <= set(M._METHOD_CUE_ENDS), naming
    for t in _texts(heads + naming + ["models", "LLMs"], 3000, 2):
        if t.isascii() and M._METHOD_CUE_BEFORE.search(t):
            assert M._may_end(t, M._METHOD_CUE_ENDS), t


def test_dataset_words_cover_the_dataset_cue():
    words = re.search(r"\(\?:((?:[\w?]+\|)+[\w?]+)\)", M._DATASET_BEFORE.pattern).group(1).split("|")
    assert "corpora" in words, words
    for w in words:
        assert any(d in w.replace("?", "") for d in M._DATASET_WORDS), w
    for t in _texts(["datasets", "benchmark", "corpora", "corpus", "MNIST,", "and"], 3000, 3):
        if t.isascii() and M._DATASET_BEFORE.search(t):
            assert any(d in t.lower() for d in M._DATASET_WORDS), t


def test_number_ascii_matches_what_number_matches_on_ascii_text():
    rng = random.Random(4)
    alphabet = "0123456789,.+- ax_%(\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    texts += ["1,234.5", "-3", "+0.5", "a1", "x-2", "1.2.3", "12,34", "1,234,567", ".5", "3-4"]
    ascii_number = re.compile(numbers._NUMBER.pattern, re.ASCII)
    for t in texts:
        spans = [m.span() for m in numbers._NUMBER_ASCII.finditer(t)]
        assert spans == [m.span() for m in numbers._NUMBER.finditer(t)], t
        assert spans == [m.span() for m in ascii_number.finditer(t)], t
