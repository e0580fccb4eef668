"""A fast rule tokenizer for abstracts, registered as ``mlkg.tokenizer.v2``.

spaCy's English tokenizer handles prefixes, suffixes, infixes and exceptions in a general
way; the mlkg components only need tokens for the lexicon PhraseMatchers (patterns are
tokenised by the same tokenizer, so both sides agree) and work on character offsets
otherwise. The rules below are three small regexes given to spaCy's own (Cython)
``Tokenizer``, which caches the tokens of every whitespace-separated chunk it has seen: on
abstracts it is about three times as fast as ``spacy.blank("en").tokenizer`` and twice as
fast as building a ``Doc`` from a Python ``re.split`` (``mlkg.tokenizer.v1``).

Tokens are runs of letters and digits joined by ``- . + @ _`` ("ImageNet-1K", "GPT-3.5",
"pass@1", "G_stack"), with trailing ``+`` kept ("C++", "HumanEval+"); every other non-space
character is a token of its own ("Rank-1/mAP" is three). A hyphen before a modifier
("-based", "-aware") is split off so "genetic algorithm-based" still holds the lexicon name
"genetic algorithm". ``doc.text`` is always the input text.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> tok = make_tokenizer(nlp.vocab)
>>> [t.text for t in tok("We use GPT-3.5's (ViT) on ImageNet-1K: 81.7%.")]
['We', 'use', 'GPT-3.5', "'", 's', '(', 'ViT', ')', 'on', 'ImageNet-1K', ':', '81.7', '%', '.']
>>> [t.text for t in tok("C++ and HumanEval+, LLM-based search.")]
['C++', 'and', 'HumanEval+', ',', 'LLM', '-', 'based', 'search', '.']
>>> tok("Title\\n\\n  Two  spaces").text == "Title\\n\\n  Two  spaces"
True
"""

from __future__ import annotations

import re

import spacy
from spacy.attrs import LOWER
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

_MODIFIER = (
    r"(?i:based|driven|aware|guided|like|style|level|scale|specific|free|only|powered|centric|"
    r"oriented|agnostic|wise|enhanced|assisted|augmented|conditioned|tuned|trained|sized|"
    r"friendly|efficient|intensive|heavy|bound|generated|related|dependent|enabled|inspired)"
)
_CH = r"A-Za-z0-9\u00C0-\u024F\u0370-\u03FF"
# spaCy strips a chunk's prefixes and suffixes one character at a time, copying and hashing
# the rest of the chunk (and searching it for a suffix) at each step: quadratic in a long run
# of characters that cannot start or end a word ("((((...", a line of "-----", 5,000 spaces).
# A chunk longer than this is left to the infix rule, which splits the same characters off
# in one scan. (Real chunks are at most ~130 characters: URLs, LaTeX left-overs.)
_AFFIX_CHUNK = 300

# Every affix and infix is one character that cannot be part of a word, so the suffix and
# infix patterns open with that class, "[^CH]", and test what the character is in
# lookbehinds after it: the regex engine then skips ahead over the word characters of a
# chunk to the next candidate instead of trying each alternative at every character (on
# the chunks the tokenizer has not seen yet: most of a new abstract's). Their matches are
# those of the plain alternations given with each.
#
# The affix patterns hold the length limit themselves (the lookahead after "^", the
# lookbehind after "$": no more than _AFFIX_CHUNK characters before the chunk's end), so
# that spaCy calls the compiled pattern's search for each chunk it has not seen, not a
# Python function that tests the length first; and the limit is kept where spaCy
# serialises a tokenizer (it stores the ``pattern`` of ``prefix_search.__self__``).
#
# any leading character that cannot start a word is a token of its own
_PREFIX = re.compile(rf"^(?=[\s\S]{{0,{_AFFIX_CHUNK}}}\Z)[^{_CH}]")
# a trailing character that cannot end a word, or a "+" that does not follow a word:
# [^CH+]$ | (?<![CH+])\+$
_SUFFIX = re.compile(rf"[^{_CH}](?:(?<=[^{_CH}+])|(?<=\+)(?<![{_CH}+]\+))$(?<![\s\S]{{{_AFFIX_CHUNK + 1}}})")
# inside a chunk: non-word characters, a hyphen before a modifier, joiners not between words:
# [^CH.+@_-] | (?<=[CH])-(?=MODIFIER\b) | [.@_-](?![CH]) | (?<![CH])[.@_-] | (?<![CH+])\+
_INFIX = re.compile(
    rf"[^{_CH}](?:(?<=[^{_CH}.+@_-])|(?<=[{_CH}]-)(?={_MODIFIER}\b)|(?<=[.@_-])(?![{_CH}])"
    rf"|(?<=[.@_-])(?<![{_CH}].)|(?<=\+)(?<![{_CH}+]\+))"
)


# spaCy's Tokenizer keeps the tokens of each whitespace-separated chunk it has split, but
# only for the first 10,000 distinct chunks (its default): a corpus of abstracts has far
# more, and every chunk past the limit goes through the Python prefix/suffix/infix
# callbacks again at each occurrence. With room for a million chunks (tens of MB, next to
# a vocabulary that spaCy grows with every new word anyway) tokenizing is about twice as
# fast on a repeated or large corpus; the tokens are the same.
CACHE_SIZE = 1_000_000


# a chunk of word characters only, which no affix or infix rule splits: given to spaCy as its
# ``token_match``, such a chunk (most of an abstract's) is one token at once, where spaCy
# would call the prefix, suffix and infix searches on it in turn (the tokens are the same;
# on text the tokenizer has not seen, about 7% fewer instructions for it)
_WORD_CHUNK = re.compile(rf"[{_CH}]+\Z")


def make_tokenizer(vocab: Vocab) -> Tokenizer:
    """A spaCy ``Tokenizer`` with the mlkg rules (no exceptions, no URL matching)."""
    return Tokenizer(
        vocab,
        prefix_search=_PREFIX.search,
        suffix_search=_SUFFIX.search,
        infix_finditer=_INFIX.finditer,
        token_match=_WORD_CHUNK.match,
        max_cache_size=CACHE_SIZE,
    )


def drop_unread_lex_attrs(vocab: Vocab, defaults: set) -> None:
    """Stop computing, for each new word type, the lexical attributes of ``defaults`` (the
    language's getters) that no mlkg step reads.

    spaCy computes every attribute of a word the first time it sees it: shape, prefix,
    suffix, norm, like_num, like_url, is_stop and a dozen more Python functions, most adding
    strings to the StringStore. The steps read only ORTH (kept by the Vocab itself) and
    LOWER (the lexicon's PhraseMatchers), and the flags the components add themselves
    (``mlkg_names``), which are not in ``defaults`` and stay. On unique abstracts (each
    brings ~9 new word types) this cuts a third of the tokenizer's time; the tokens are the
    same.
    """
    getters = vocab.lex_attr_getters
    for attr in defaults - {LOWER}:
        getters.pop(attr, None)


@spacy.registry.tokenizers("mlkg.tokenizer.v2")
def create_tokenizer():
    """Factory for ``[nlp.tokenizer] @tokenizers = "mlkg.tokenizer.v2"``."""

    def make(nlp):
        return make_tokenizer(nlp.vocab)

    return make
