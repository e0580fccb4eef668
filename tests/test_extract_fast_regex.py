"""The speed rewrites of kg.extract regexes match exactly what the plain patterns match.

Several IGNORECASE patterns are written with their first letter in a case-sensitive class
(so Python's regex engine can skip ahead to it), and some scans run ``rx.match`` only where
their words occur (:func:`kg.extract.mentions.finditer_at`). These tests compare them with
the plain forms on text that holds the characters IGNORECASE treats specially.
"""

from __future__ import annotations

import re

from kg.extract import mentions as M
from kg.extract import names as N
from kg.extract.tokenizer import CACHE_SIZE, make_tokenizer

SAMPLES = [
    "We study tasks such as question answering, translation and summarization.",
    "Two Tasks of code refinement and code summarization; application areas, e.g., QA, MT.",
    "DOMAINS including vision and speech. x-tasks like a, b. _problems of c and d.",
    "Taſks such as a, b and c. ı problems like x, y. İ tasks such as a, b, c.",
    "A model, named FooNet, and a language model called BarLM; we also use the method "
    "dubbed Baz, referred to as: Qux, DENOTED AS Q, coined as Z, ſystem termed W.",
    "trained with the standard Adam, via reinforcement learning, inspired by active "
    "learning, ıNSPIRED BY the, employs k-means, built on\nthe, relies on a simple RL.",
    "In this paper, we propose X. This work introduces Y; we present Z and we dub it W.",
    "Results in terms of accuracy, latency and memory; measured by the F1 and recall on "
    "SQuAD; we evaluated the length, cyclomatic complexity and API number of the code.",
]

PLAIN = {
    "_LIST_CUE": re.compile(
        r"\b(?:tasks?|problems?|applications?|(?:application )?areas|domains)"
        r"(?:\s+(?!such\b|of\b|including\b|like\b)[\w-]+){0,3}?"
        r"(?:,?\s+(?:such as|including|like|e\.g\.,?|namely|of)|:)\s+",
        re.I,
    ),
    "_MEANS_BEFORE": re.compile(
        r"\b(?:via|using|uses|used|use|employ|employs|employing|employed|apply|applies|"
        r"applying|applied|leverag(?:e|es|ing|ed)|adopt|adopts|adopting|adopted|inspired by|"
        r"relies on|rely on|relying on|built on|builds on|trained with|trained by|trained via)"
        r"\s+(?:(?:a|an|the|standard|classical|classic|simple|off-the-shelf|existing|"
        r"conventional)\s+)?$",
        re.I,
    ),
    "_METHOD_CUE_BEFORE": re.compile(
        r"\b(?:model|method|framework|approach|system|network|agent|architecture|algorithm|"
        r"technique|pipeline|LLM|language model)s?,?\s+(?:named|called|dubbed|termed)?\s*$",
        re.I,
    ),
    "_TASK_BEFORE": re.compile(
        r"(?:tasks?|problems?|applications?|domains?|areas?)(?:\s+[\w-]+){0,3}?\s*(?:,\s*)?"
        r"(?:such as|like|including|of|e\.g\.,?|:)\s*(?:[\w-]+(?:\s[\w-]+){0,3}"
        r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+))*(?:and\s+|or\s+)?$",
        re.I,
    ),
}
PLAIN_NAMING = re.compile(
    r"\b(?:(?:called|named|dubbed|termed|coined)(?-i: as)?|namely|denoted(?: as)?|referred to as)\s*[:,]?\s*",
    re.IGNORECASE,
)


def _spans(it):
    return [m.span() for m in it]


def test_first_letter_patterns_match_the_plain_ones():
    fast = {name: getattr(M, name) for name in PLAIN}
    for text in SAMPLES:
        for name, plain in PLAIN.items():
            assert _spans(fast[name].finditer(text)) == _spans(plain.finditer(text)), name
            # window searches, as the components run them
            for end in range(1, len(text) + 1):
                a, b = plain.search(text, max(0, end - 40), end), fast[name].search(
                    text, max(0, end - 40), end
                )
                assert (a and a.span()) == (b and b.span()), (name, text[:end])
        assert _spans(N.NAMING.finditer(text)) == _spans(PLAIN_NAMING.finditer(text))


def test_scans_from_words_match_finditer():
    for text in SAMPLES:
        low = text.lower()
        low = low if len(low) == len(text) else text
        for start in (0, 10):
            assert _spans(M._list_cues(text, start, low)) == _spans(
                PLAIN["_LIST_CUE"].finditer(text, start)
            )
            assert _spans(M.finditer_at(M._TERMS_OF, text, M._TERMS_OF_STARTS, start)) == _spans(
                M._TERMS_OF.finditer(text, start)
            )
            assert _spans(
                M.finditer_at(M._EVALUATED_LIST, text, M._EVALUATED_STARTS, start)
            ) == _spans(M._EVALUATED_LIST.finditer(text, start))
        if low is not text:
            assert _spans(M.finditer_at(N.PROPOSE_LOW, low, M._PROPOSE_STARTS)) == _spans(
                N.PROPOSE_LOW.finditer(low)
            )


def test_tokenizer_keeps_many_chunks():
    import spacy

    tok = make_tokenizer(spacy.blank("en").vocab)
    assert tok.max_cache_size == CACHE_SIZE >= 100_000
