"""Round 25: the tokenizer's affix and infix patterns are written so that the regex engine
skips ahead over word characters, and the prefix test calls no Python function; the
tokens are those of the plain alternations the patterns were before."""

from __future__ import annotations

import random
import re
from re import _parser as sre_parse

import spacy

from kg.extract import tokenizer as T

CH, MOD = T._CH, T._MODIFIER
# the rules as plain alternations (how round 18 wrote them): what the patterns must match
PLAIN_SUFFIX = re.compile(rf"[^{CH}+]$|(?<![{CH}+])\+$")
PLAIN_INFIX = re.compile(
    rf"[^{CH}.+@_-]|(?<=[{CH}])-(?={MOD}\b)|[.@_-](?![{CH}])|(?<![{CH}])[.@_-]|(?<![{CH}+])\+"
)


def _chunks() -> list[str]:
    rnd = random.Random(25)
    alphabet = "aZ09é-.+@_()'/,:;\"%$\\α–×"  # word characters, joiners, others, non-ASCII
    made = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 10))) for _ in range(20_000)}
    made |= {"LLM-based", "x-Driven", "(-based", "a-+", "C++", "HumanEval+,", "+5", "pass@1", "G_stack",
             "GPT-3.5's", "(ViT)", "Rank-1/mAP", "e.g.,", "-", "+", "++", "a.", ".a", "é-aware"}  # fmt: skip
    return sorted(made)


def test_suffix_and_infix_match_as_the_plain_alternations():
    for chunk in _chunks():
        assert [m.span() for m in T._INFIX.finditer(chunk)] == [
            m.span() for m in PLAIN_INFIX.finditer(chunk)
        ], chunk
        old, new = PLAIN_SUFFIX.search(chunk), T._SUFFIX.search(chunk)
        assert (old and old.span()) == (new and new.span()), chunk


def test_affixes_are_regexes_that_leave_long_chunks_to_the_infix_rule():
    tok = T.make_tokenizer(spacy.blank("en").vocab)
    # compiled patterns' own searches: no Python frame per chunk the tokenizer has not seen
    assert isinstance(tok.prefix_search.__self__, re.Pattern)
    assert isinstance(tok.suffix_search.__self__, re.Pattern)
    assert tok.prefix_search("(ViT").span() == (0, 1)
    assert tok.suffix_search("(ViT)").span() == (4, 5)
    assert tok.prefix_search("ViT)") is None and tok.suffix_search("(ViT") is None
    limit = T._AFFIX_CHUNK
    for n in (limit - 1, limit, limit + 1, 5 * limit):  # longer than the limit: the infix rule's
        assert (tok.prefix_search("(" + "x" * (n - 1)) is not None) == (n <= limit)
        assert (tok.suffix_search("x" * (n - 1) + ")") is not None) == (n <= limit)
    assert [t.text for t in tok("(" * (limit + 5) + "x")] == ["("] * (limit + 5) + ["x"]
    assert [t.text for t in tok("x" + ")" * (limit + 5))] == ["x"] + [")"] * (limit + 5)


def test_patterns_open_with_a_character_class():
    # a pattern that opens with an alternation is tried at every character; one that opens
    # with a class lets the engine skip to the characters of that class
    for rx in (T._INFIX, T._SUFFIX):
        first_op = sre_parse.parse(rx.pattern)[0][0]
        assert first_op is sre_parse.IN, rx.pattern
