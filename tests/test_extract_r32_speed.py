"""Round 32 (speed): the tokenizer takes a chunk of word characters as one token without its
affix and infix searches, and the name flag answers a plain word without name_stem; the
tokens and flags are those computed before."""

from __future__ import annotations

import random

import spacy
from spacy.tokenizer import Tokenizer

from kg.extract import names as N
from kg.extract import tokenizer as T


def _texts() -> list[str]:
    rnd = random.Random(32)
    alphabet = "aZ09é-.+@_()'/,:;\"%$\\α–× "  # word characters, joiners, others, a space
    made = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 40))) for _ in range(5_000)]
    made += ["We use GPT-3.5's (ViT) on ImageNet-1K: 81.7%.", "C++ and HumanEval+, LLM-based search.",
             "Zorblax achieves 3x on QuxBench", "(" * 400 + "x", "é-aware αβγ Zorb_stack pass@1"]  # fmt: skip
    return made


def test_word_chunks_are_the_tokens_of_the_affix_and_infix_rules():
    vocab = spacy.blank("en").vocab
    fast = T.make_tokenizer(vocab)
    assert fast.token_match is not None
    # the same rules without the whole-chunk match
    plain = Tokenizer(vocab, prefix_search=T._PREFIX.search, suffix_search=T._SUFFIX.search,
                      infix_finditer=T._INFIX.finditer)  # fmt: skip
    for text in _texts():
        assert [t.text for t in fast(text)] == [t.text for t in plain(text)], text


def test_name_word_is_name_stem_or_a_glued_name():
    words = {w for text in _texts() for w in text.split()}
    words |= {"GPT-4's", "objective-ZorbSTaR", "multi-ZorbNet", "logic", "Calculus", "cut-elimination",
              "ViT", "T5", "word2vec", "Q-Former", "Zorb++", "G_stack", "A", "α-mod", "γ-MoD"}  # fmt: skip
    for w in words:
        assert N.name_word(w) == (N.name_stem(w) is not None or N.glued_name_word(w)), w
