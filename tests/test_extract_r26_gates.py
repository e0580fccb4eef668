"""Round 26 speed: the cheap prechecks ("gates") before rule searches must be sound: every text a
gated pattern can match passes its gate, so that skipping the search changes no output."""

import re

from kg.regimes import (
    NON_PRIVATE,
    PRIVACY_CUES,
    PRIVATE_SCORE,
    PRIVATE_TRAINING,
    TITLE_REGIME,
    TITLE_REGIME_CUES,
    may_name_privacy,
    may_name_title_regime,
)

_C = re._constants  # (the opcodes of the re module's parser)


def _always_holds(items, cues: tuple[str, ...]) -> bool:
    """Whether every match of a parsed pattern (a sequence of re parser items) holds one of
    ``cues``: a run of literal characters written in it (a one-character class counts as
    its character; zero-width assertions do not break a run) holds a cue, or a group (not
    case-blind) or repeat (at least once) that must match does, or a branch all of whose
    branches do."""
    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av)
            if any(c in run for c in cues):
                return True
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the literals on either side are adjacent in the text
        if op is _C.IN and len(av) == 1 and av[0][0] is _C.LITERAL:
            run += chr(av[0][1])
            if any(c in run for c in cues):
                return True
            continue
        run = ""
        if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE and _always_holds(av[-1], cues):
            return True
        if op is _C.BRANCH and all(_always_holds(b, cues) for b in av[1]):
            return True
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1 and _always_holds(av[2], cues):
            return True
    return False


def _sound(pattern: re.Pattern, cues: tuple[str, ...]) -> bool:
    assert not pattern.flags & re.IGNORECASE, "a case-blind pattern needs case-blind cues"
    return _always_holds(re._parser.parse(pattern.pattern).data, cues)


def test_the_helper_finds_unsound_cues():
    assert _sound(re.compile(r"a(?:bcd|xbcy)"), ("bc",))
    assert not _sound(re.compile(r"a(?:bcd|xy)"), ("bc",))
    assert not _sound(re.compile(r"(?:bc)?d"), ("bc",))
    assert _sound(re.compile(r"(?<!n)[Pp]rivate"), ("riva",))


def test_privacy_cues_are_in_every_match():
    for pattern in (PRIVATE_TRAINING, PRIVATE_SCORE, NON_PRIVATE):
        assert _sound(pattern, PRIVACY_CUES), pattern.pattern
    for text in (
        "under a DP budget of 8",
        "(ε, δ)-DP",
        "with \\epsilon = 3",
        "a non-private baseline",
        "Differentially Private Image Classification",
    ):
        assert may_name_privacy(text) and (PRIVATE_SCORE.search(text) or NON_PRIVATE.search(text)), text
    assert not may_name_privacy("We propose ZorbNet, which reaches 81.2% top-1 accuracy on ImageNet.")


def test_title_regime_cues_are_in_every_match():
    assert _sound(TITLE_REGIME, TITLE_REGIME_CUES)
    for title in (
        "Zero-Shot Text Classification",
        "Weakly Supervised Semantic Segmentation",
        "Semi-Supervised Learning with Ladder Networks",
        "Unsupervised Machine Translation",
    ):
        assert may_name_title_regime(title) and TITLE_REGIME.search(title), title
    assert not may_name_title_regime("Deep Residual Learning for Image Recognition")
