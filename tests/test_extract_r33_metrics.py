"""Round 33 (metrics): two margins of measures whose modifiers are coordinated before one shared
head ("the task and episode success rates by 12% and 8%") name the first measure with the whole
shared head, not only its last word (the names are invented)."""

from __future__ import annotations

import pytest
from extract_helpers import run

TITLE = "Zorb: Better Agents for Zorbing"
PRE = "We propose Zorb, an agent framework. "


def _measures(nlp, sentence: str) -> list[tuple[str, str]]:
    return [(r.value_text, r.metric) for r in run(nlp, TITLE, PRE + sentence).results]


@pytest.mark.parametrize(
    "sentence, want",
    [
        # a modifier of the second measure stands before the measure the text names: the
        # first takes that measure whole (was "task rates", "attack rates", "word rates")
        ("Zorb improves both task and episode success rates by 12% and 8%.",
         [("12%", "task success rates"), ("8%", "episode success rates")]),
        ("Zorb lowers the attack and jailbreak success rates by 10% and 20%, respectively.",
         [("10%", "attack success rates"), ("20%", "jailbreak success rates")]),
        ("Zorb improves the word and character error rates by 1.2% and 0.8%.",
         [("1.2%", "word error rates"), ("0.8%", "character error rates")]),
        # one modifier before a named measure: its last word, as before
        ("Zorb reduces training and inference time by 30% and 50%, respectively.",
         [("30%", "training time"), ("50%", "inference time")]),
        ("Zorb reduces both prefill and decoding latency by 2x and 3x.",
         [("2x", "prefill latency"), ("3x", "decoding latency")]),
    ],
)
def test_coordinated_modifiers_share_the_whole_head(nlp, sentence, want):
    assert _measures(nlp, sentence) == want
