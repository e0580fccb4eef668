"""Round 17 speed rewrites of the names stage give what the plain forms give.

- title_task_chunks splits titles with its function words grouped by first letter
  (names._by_first_letter): the same matches as the plain alternation;
- the cue scans of _shared_modifier_tasks and _listed_tasks read the document's cached
  cue-word offsets (DocState.cue_offsets) instead of their own str.find loops: the same
  cue starts and matches, also where lower() maps a character onto an ASCII letter ("K",
  the Kelvin sign) or IGNORECASE equates letters lower() keeps apart ("ſ", "ı").
"""

from __future__ import annotations

import re

from kg.extract import mentions as M
from kg.extract import names as N

TITLES = [
    "FooNet: Efficient Fault Tolerance for Generating Code",
    "Learning to Zorb: Towards Exact Computation of Inductive Bias via Quux",
    "Zorbs vs. Quuxes -- A Study Without Labels, Within Reach, and Beyond Scale",
    "ON THE ZORBING OF Quux IN THE WILD: WHAT, HOW AND WHY",
    "Zorb\u2014Quux Across Domains; Into the Blue? Over Time, Between Lines Like Ours",
]

TEXTS = [
    "We study image deraining, deblurring, and denoising tasks; tasks such as a, b and c.",
    "Quux classification/regression benchmarks and Zorb datasets, e.g. graph dataset tasks.",
    "TASKS such as a, b. Problems like x and y. A \u212aelvin problem of a and b; \u017fome tasks: p, q.",
    "application areas, e.g., question answering, translation and summarization; domains like x, y.",
    "\u0130 tasks such as a, b, c and image deraining and denoising problems.",
]


def test_title_split_grouped_by_first_letter_matches_the_plain_alternation():
    plain = re.compile(
        rf"[:?!,;]\s*|\s+(?:[:?!,;]\s*|-+\s\s*|[\u2013\u2014]\s\s*|(?i:{N._TITLE_WORDS})\s+)"
    )
    for title in TITLES:
        assert [m.span() for m in N._TITLE_SPLIT.finditer(title)] == [m.span() for m in plain.finditer(title)]


def _state(text: str) -> M.DocState:
    low = text.lower()
    return M.DocState(text=text, low=low if len(low) == len(text) else text)


def test_cue_scans_from_document_offsets_match_their_own_finds():
    for text in TEXTS:
        st = _state(text)
        for start in (0, 5, 30):
            assert list(M._evaluated_cue_starts(text, start, st.cue_offsets)) == list(
                M._evaluated_cue_starts(text, start)
            )
            assert [m.span() for m in M._list_cues(text, start, st.low, st.cue_offsets)] == [
                m.span() for m in M._list_cues(text, start, st.low)
            ]
        assert [(c.start, c.end, c.name) for c in M._shared_modifier_tasks(text, st.low, 0, st.cue_offsets)] == [
            (c.start, c.end, c.name) for c in M._shared_modifier_tasks(text, st.low, 0)
        ]
        assert [(c.start, c.end) for c in M._listed_tasks(text, 0, st.low, st.cue_offsets)] == [
            (c.start, c.end) for c in M._listed_tasks(text, 0, st.low)
        ]


def test_eponym_heads_gated_by_the_words_of_an_ascii_text():
    from kg.extract import techniques as T

    texts = [
        "We decode with the Zorbel-Quint algorithm and the Quux filters (and Zorb's trick).",
        "We decode with the Zorbel-Quint method, not the Quux filtering.",
        "Using the Zorbel transform\u201d and the Quux losses, a Zorb iteration_2.",
        "It uses the Zorbel samplers: Quux estimator-free and the Blip loss.",
    ]
    for text in texts:
        words = N.lower_words(text.lower())
        for start in (0, 10):
            assert T.eponyms(text, start, words) == T.eponyms(text, start)
    assert T.eponyms(texts[0], 0, N.lower_words(texts[0].lower()))  # (a match to keep)
