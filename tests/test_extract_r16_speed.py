"""Round 16, speed: the fast scans give the same matches as the patterns they stand for."""

from __future__ import annotations

import random

from kg.extract import mentions as M

_SAMPLES = [
    "We study the gap and  \n then   propose Y, and then also introducing Z; (a) proposes 2) introduce",
    "\t then also propose but also introduces by proposing proposed, band proposes",
    "and propose",
    "x, propose; ,then propose (1) introduce and introduces and introducing",
    "We collect data and introduced a loss, but also introduce a toolkit.",
]


def _fuzz(samples: list[str], n: int = 300) -> list[str]:
    rnd = random.Random(16)
    words = " ".join(samples).split(" ")
    return samples + [" ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 30))) for _ in range(n)]


def test_coordinated_propose_matches_are_the_pattern_matches():
    for t in _fuzz(_SAMPLES):
        for start in range(0, len(t), 7):
            want = [m.span() for m in M._COORDINATED_PROPOSE.finditer(t, start)]
            assert [m.span() for m in M._coordinated_propose_matches(t, start)] == want, (t, start)


def test_new_task_matches_are_the_pattern_matches():
    samples = _fuzz(["We introduce A  NEW task: Foo Bar. the new novel problem, This\tNovel  task of Y.",
                     "athe new task, Y and a new problem called Baz Qux, a novel task - Quux"])
    for t in samples:
        for start in range(0, len(t), 5):
            want = [m.span() for m in M._NEW_TASK.finditer(t, start)]
            assert [m.span() for m in M._new_task_matches(t, t.lower(), start)] == want, (t, start)


def test_evaluated_cue_starts_are_the_pattern_starts():
    def by_pattern(text, start):
        for m in M._EVALUATED_WORD.finditer(text, start):
            i = m.start()
            while i > 0 and text[i - 1].isspace():
                i -= 1
            if i >= start:
                yield i

    samples = _fuzz(["image deblurring and denoising  tasks, the datasets\tbenchmark problems",
                     "subtasks Tasks task-specific problem. datasets benchmarks, taskss dataset"])
    for t in samples:
        for start in range(0, len(t), 3):
            assert list(M._evaluated_cue_starts(t, start)) == list(by_pattern(t, start)), (t, start)


def test_last_generic_subject_is_the_patterns_last_match():
    from kg.extract import results as R

    samples = _fuzz(["We find that even the best model only scores 58.1%, while existing methods reach 40%",
                     "and most open-source LLMs fail; none of the evaluated systems, (prior work) and our MODEL"])
    from kg.extract.mentions import DocState

    for t in samples:
        # (the head-word offsets are kept per sentence: the text is one; st.low as mlkg_sentences sets it)
        st = DocState(text=t, low=t.lower(), sentences=[(0, len(t))], starts=[0])
        for lo in range(0, len(t), 9):
            for end in (len(t), lo + 40):
                # (_GENERIC_SUBJECT_AT_START is the pattern as written; _GENERIC_SUBJECT its class-led form past 0)
                want = next(reversed(list(R._GENERIC_SUBJECT_AT_START.finditer(t, lo, end))), None)
                got = R._last_generic_subject(t, st, lo, end)
                assert (got and got.span()) == (want and want.span()), (t, lo, end)
                if lo:
                    led = [m.span() for m in R._GENERIC_SUBJECT.finditer(t, lo, end)]
                    assert led == [m.span() for m in R._GENERIC_SUBJECT_AT_START.finditer(t, lo, end)], (t, lo, end)


def test_word_ratio_and_times_matches_are_the_pattern_matches():
    from kg.extract import numbers as Q

    samples = _fuzz(["It is twice as fast, a ten-fold, hundredfold and two fold gain, three  times faster,",
                     "TEN TIMES more; double the speed, manifold, fivefold times  twenty\ttimes as Thrice"])
    for t in samples:
        low = t.lower()
        assert [m.span() for m in Q._word_ratio_matches(t, low)] == [m.span() for m in Q._WORD_RATIO.finditer(t)], t
        assert [m.span() for m in Q._word_times_matches(t, low)] == [m.span() for m in Q._WORD_TIMES.finditer(t)], t


def test_bare_decimal_pattern_reads_a_decimal_after_a_space():
    from kg.extract import numbers as Q

    t = "an AUC of .91, F-score .82% and 0.5 or x.7 and\t.66) or .5x"
    assert [m.group() for m in Q._BARE_DECIMAL.finditer(t)] == [".91", ".82", ".66"]
