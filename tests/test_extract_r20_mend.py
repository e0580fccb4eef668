"""Round 20 (mend): the shared span index, guards of round 19 that had no test, and the
proposed names read from later in the proposal sentence."""

from __future__ import annotations

import random

from kg.extract.spans import SpanIndex


def test_a_span_index_with_added_items_answers_as_the_filters_do():
    # (one index serves the sentences of the results stage and the list items of the mentions
    # stage: every query, before and after items are added, is the filter over the list then
    # the added items in the order added)
    rng = random.Random(20)
    for _ in range(300):
        spans = [(a, a + rng.choice([0, 1, 3, 20])) for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 20)))]
        if rng.random() < 0.5:
            spans.sort()
        index, added = SpanIndex(spans, [a for a, _ in spans], [b for _, b in spans]), []
        for _ in range(12):
            lo = rng.randint(0, 70)
            hi = lo + rng.randint(0, 15)
            every = spans + added
            assert index.within(lo, hi) == [s for s in every if lo <= s[0] < hi]
            assert index.covers(lo) == any(a <= lo < b for a, b in every)
            assert index.overlapping(lo, hi) == [s for s in every if s[0] < hi and lo < s[1]]
            if rng.random() < 0.3:
                added.append((lo, hi))
                index.add(added[-1], lo, hi)


# --- guards of round 19 that had no test (each test fails when its guard is removed) ---

from kg.extract import extract  # noqa: E402
from kg.model import Paper  # noqa: E402


def _results(abstract: str) -> list[tuple[float, str | None, bool]]:
    (e,) = extract([Paper(id="t", title="A study", abstract=abstract)])
    return [(r.value, r.metric, r.relative) for r in e.results]


def _proposed(abstract: str) -> tuple[str, ...]:
    (e,) = extract([Paper(id="t", title="A study", abstract=abstract)])
    return e.proposed


def test_a_bare_number_after_a_margin_in_points_is_a_margin_too():
    # (_carry_margin_lists: "points" is the unit of the margin only: the next number of the
    # list is written bare)
    assert (3.4, "AP", True) in _results("ZorbNet improves over DETR by 2.1 points AP on COCO and 3.4 AP on LVIS.")


def test_a_clause_or_score_word_between_a_margin_and_the_next_number_ends_the_list():
    # (_MARGIN_LIST_BREAK: a new clause, a verb of scoring, a comparison's "from" / "to",
    # "respectively"; its comparison and change words are read by other rules here as well)
    for words in ("while YOLO", "whereas YOLO", "which YOLO", "who", "from scratch", "to YOLO", "achieving",
                  "reaching", "obtaining", "scoring", "respectively", "baseline"):
        got = _results(f"ZorbNet beats DETR by 2.1% AP on COCO {words} and 4.4% AP on LVIS.")
        assert (4.4, "AP", False) in got, (words, got)


def test_a_rank_followed_by_a_list_of_ranks_is_not_the_numbers_own():
    # (_TOP_K_AFTER's look-ahead: "95.2% top-1 / top-5" lists the ranks of both numbers)
    got = _results("ZorbNet reaches 80.1% / 95.2% top-1 / top-5 accuracy on ImageNet.")
    assert (95.2, "top-5 accuracy", False) in got, got


_ZAT = ("We present in this paper a new architecture, the {}, built on a new kernel. {} uses "
        "octagon kernels.")


def test_the_proposal_acronym_is_read_only_when_nothing_else_is_the_papers_own():
    # (_mark_proposal_acronym runs only when no other name is proposed: here "our QuuxNet")
    assert _proposed(_ZAT.format("Zorbic Attention Transformer (ZAT)", "ZAT")
                     + " Our QuuxNet reaches 81.2% top-1 accuracy on ImageNet.") == ("QuuxNet",)


def test_a_known_acronym_defined_in_a_proposal_sentence_is_not_the_papers_own():
    # (the lexicon span check: "GCN", "LSTM" are known, whatever their long form)
    for long, short in (("Long Short-Term Memory (LSTM)", "LSTM"), ("Glimmer Convolutional Network (GCN)", "GCN")):
        assert _proposed(_ZAT.format(long, short)) == (), long


def test_a_bare_acronym_in_parentheses_after_the_description_is_the_papers_own():
    # (_proposal_acronym's "(ACR)" branch: letters that are not the description's initials)
    assert _proposed(_ZAT.format("sparse glimmer transformer (QuixR)", "QuixR")) == ("QuixR",)


# --- a proposed part's name later in its clause ---


def _methods(abstract: str) -> list[str]:
    (e,) = extract([Paper(id="t", title="A study", abstract=abstract)])
    return [m.name for m in e.methods]


def test_a_camel_case_word_in_apposition_is_the_proposed_parts_name():
    # (a LaTeX macro "\\zorbModelName" reads "zorbModelName" once the source text is cleaned)
    text = ("We introduce a dialogue safety detection module, zorbModelName, to flag unsafe replies. "
            "zorbModelName reaches 91.2% F1.")
    assert _proposed(text) == ("zorbModelName",)
    assert "dialogue safety detection module" not in _methods(text)


def test_a_part_named_later_in_its_clause_is_no_method_of_its_own():
    for text in ("We introduce a dialogue safety detection module for chat bots, which we call "
                 "ZorbGuard, to flag unsafe replies.",
                 "We design a lightweight glimmer fusion block for noisy streams, named QuorbFB (QFB), "
                 "to merge streams."):
        got = _methods(text)
        assert not any(m.endswith(("module", "block")) for m in got), (text, got)
    # (a naming word after the clause is another sentence's)
    assert "glimmer fusion block" in _methods("We introduce a lightweight glimmer fusion block for noisy "
                                              "streams. It is called so because it merges.")


def test_every_acronym_of_a_proposed_list_is_proposed():
    # (_mark_listed_with steps over the short form of "Long Form (LF)" to the next item)
    got = _proposed("We propose two novel attention mechanisms, inter-modality zorb attention (IMZ) and "
                    "inter-frame zorb attention (IFZ). IMZ and IFZ improve AP by 2.1 on COCO.")
    assert got == ("inter-modality zorb attention (IMZ)", "inter-frame zorb attention (IFZ)"), got
    got = _proposed("This paper designs three modules: Time-Overlapping Zorb (TOZ), Spatio-Temporal "
                    "Glimmer (STG) and Same-Camera Quux (SCQ).")
    assert len(got) == 3, got
    # (not what the proposal is evaluated on)
    assert _proposed("We propose ZorbNet, which we evaluate on Glimmer Bench (GB) and Quux Bench (QB).") == ("ZorbNet",)
