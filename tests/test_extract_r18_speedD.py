"""Round 18, speedD: whole-text scans that start with a character class are tried only where
the text's shape (kg.text.text_shape) has a start; they must find what the full scans find."""

from kg.extract import mentions as M
from kg.extract import numbers as NUM
from kg.text import _END_MARK, _SENTENCE_END, DIGIT_RUN, find_shaped, split_sentences, text_shape

TEXTS = [
    "Zorb Nets\n\nWe get 93.2 F1 (vs. 90.1) on QuuxQA! Is it -0.5 or +3.1? Yes.\n\n  \nIt e.g. wins.",
    "A-5 and GPT-4 reach 41.3% QVTA, 0.71 NDS and 1,234 steps... Then (x2) 12.5x faster.",
    'It "works." Next 3 items: a_1, 7B, v1.5, 2-3 and -2%.) End.\nLast line 5',
    "Quux 7 (Zorb) gets +12% ZQA; 5.5 ZQB and 0.3 ZQC. 10-20 runs!",
]


def _spans(matches):
    return [m.span() for m in matches]


def test_shape_marks_letters_digits_and_sentence_marks():
    assert text_shape("Ab1.!?\n'+ -") == b"Uwd....pp -"
    assert text_shape("Café") is None


def test_shaped_scans_find_what_the_full_scans_find():
    for t in TEXTS:
        shape = text_shape(t)
        ends = (m.start() for m in _END_MARK.finditer(shape))
        assert _spans(find_shaped(_SENTENCE_END, t, ends)) == _spans(_SENTENCE_END.finditer(t))
        numbers = find_shaped(NUM._NUMBER_ASCII, t, NUM._number_starts(t, shape))
        assert _spans(numbers) == _spans(NUM._NUMBER.finditer(t))
        for start in (0, 12):
            digits = (m.start() for m in DIGIT_RUN.finditer(shape, start))
            codes = find_shaped(M._CODE_AFTER_SCORE_ASCII, t, digits, start)
            assert _spans(codes) == _spans(M._CODE_AFTER_SCORE.finditer(t, start))


def test_a_text_not_all_ascii_keeps_the_full_scans():
    t = "Café Zorb gets 4.2% ZQA. Next one."
    assert split_sentences(t) == [(0, 24), (25, 34)]
    assert [q.value for q in NUM.find_quantities(t)] == [4.2]
    assert [t[c.start : c.end] for c in M._codes_after_scores(t, 0)] == ["ZQA"]


def test_word_set_stands_for_the_text_only_without_control_characters():
    words = {"twice", "as", "fast"}
    assert NUM._whole_words(words, text_shape("twice as fast")) is words
    assert NUM._whole_words(words, text_shape("twice\x07as fast")) is None  # no split there
    assert NUM._whole_words(words, text_shape("twice\tas\nfast")) is words
    assert NUM._whole_words(words, None) is None  # other than ASCII
