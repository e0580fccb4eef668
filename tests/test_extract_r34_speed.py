"""Round 34 (speed): str.find loops that stand in for a case-blind pattern compiled per word
must find what the pattern finds, on text not all ASCII too."""

from __future__ import annotations

import random
import re

from kg.extract.components import _macro_names, _plain_occurrences
from kg.extract.mentions import _DATA_NOUN, _FOLDS_TO_ASCII, _data_named_after, _data_named_by, _used_as_written
from kg.extract.mentions import Cand


def _pattern_starts(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w/.-]){re.escape(word)}(?![\w-])", text, re.I)]


def test_plain_occurrences_equal_the_pattern_on_ascii_text():
    rng = random.Random(3401)
    for _ in range(20000):
        text = "".join(rng.choice("zqZQ_-/. 1x") for _ in range(rng.randint(0, 18)))
        word = "".join(rng.choice("zqZQ-.x1") for _ in range(rng.randint(1, 3)))
        assert list(_plain_occurrences(text, text.lower(), word.lower())) == _pattern_starts(text, word)


def test_macro_names_keep_the_pattern_reading():
    # a macro word also written plainly is an ordinary word, not a name ("\zorbnet" and "Zorbnet")
    text = "We present zorbnet, a model. Zorbnet beats quxnet/zorbnet and zorbnet-base."
    macros = ((11, 18),)
    assert _macro_names(text, macros, ()) == ()
    text = "We present zorbnet, a model. It beats quxnet/zorbnet and zorbnet-base and zorbnets."
    assert _macro_names(text, macros, ()) == ((11, 18),)
    # text not all ASCII: the same reading
    text = "We present zorbnet, a modèl. Zorbnet wins."
    assert _macro_names(text, macros, ()) == ()
    text = "We present zorbnet, a modèl. Zorbnets win."
    assert _macro_names(text, macros, ()) == ((11, 18),)


def test_macro_names_equal_the_pattern_on_text_not_all_ascii():
    rng = random.Random(3403)
    pieces = ["zorb", "Zorb", "k", "s", "é", "-", "/", ".", "_", " ", "1", "\uff12", *_FOLDS_TO_ASCII]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        starts = [i for i in range(len(text)) if text.startswith(("zorb", "Zorb", "k", "s"), i)]
        if not starts:
            continue
        a = rng.choice(starts)
        b = a + (4 if text[a] in "zZ" else 1)
        plain = _pattern_starts(text, text[a:b])
        expected = ((a, b),) if all(a <= i < b for i in plain) else ()
        assert _macro_names(text, ((a, b),), ()) == expected, (text, a, b)


def test_used_as_written_equals_the_pattern_on_text_not_all_ascii():
    rng = random.Random(3402)
    alphabet = "zqZQ -é\u00c9x" + "".join(_FOLDS_TO_ASCII)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        prefix = "".join(rng.choice("zqZQ -xk") for _ in range(rng.randint(1, 3)))
        start = rng.randint(0, 4)
        m = re.search(re.escape(prefix) + r"(?![ -]?[A-Z])", text[start:], re.I)
        low = text.lower()
        low = low if len(low) == len(text) else text
        assert _used_as_written(prefix, text, low, start) == (m.group() if m else None), (text, prefix, start)
        found += m is not None
    assert found > 1000


def test_used_as_written_reads_an_accented_title_by_find():
    # (an accented letter after the name is no [A-Z]: "Zorb Qux-é" is the name as written)
    text = "Zorb Qux: Réseaux\n\nWe train zorb qux models and Zorb Qux-é on data."
    low = text.lower()
    assert _used_as_written("Zorb Qux", text, low, 19) == "Zorb Qux"
    assert _used_as_written("Qux Mod", text, low, 19) is None
    # a Kelvin sign folds to "k": the pattern decides
    text = "Zorb \u212aux\n\nzorb \u212aux, wins"
    assert _used_as_written("zorb kux", text, text.lower(), 10) == "zorb \u212aux"


def test_data_named_by_equals_the_pattern():
    rng = random.Random(3404)
    pieces = ["zorb", "zorbing", "zorbular", "zorbulas", "zorbulaly", "Zorb", "-", "_", " ", "dataset", "datasets", "benchmark",
              "corpora", "corpus", "x", "é", "1", "qux"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(0, 10)))
        w = rng.choice(["zorb", "zorbula", "zorbular", "zorbing", "qux"])
        start = rng.randint(0, 6)
        # (the pattern _data_named_after used, one word at a time: a long word's stem and any
        # ending but an adverb's, or its plural in -es; a short word whole)
        word = (rf"(?:{re.escape(w[:-1])}\w*|{re.escape(w[:-2])}es)(?<!ly)\b" if len(w) >= 7
                else re.escape(w) + r"\b")
        pattern = re.compile(rf"(?<![\w-]){word}(?=(?:[ -][\w-]+){{0,3}}? {_DATA_NOUN})")
        expected = sorted({m.end() for m in pattern.finditer(text, start)})
        if len(w) >= 7:
            ends = [*_data_named_by(text, w[:-1], True, start), *_data_named_by(text, w[:-2] + "es", False, start)]
        else:
            ends = list(_data_named_by(text, w, False, start))
        assert sorted(set(ends)) == expected
        found += bool(expected)
    assert found > 500


def test_data_named_after_reads_the_task_word():
    text = ("Zorbular quxing is studied widely. We evaluate on seven zorbular and two quxing datasets. "
            "Done.")
    c = Cand(0, 15, "TASK", "task", 0.5)
    assert _data_named_after(text, c, 15)
    text = "Zorbular quxing is studied widely. We evaluate on the Zorbular Quxing dataset. Done."
    assert not _data_named_after(text, c, 15)


def test_no_pattern_is_compiled_per_word():
    # the point of the change: neither reads a new pattern for a macro word or a title prefix
    # (each was a fresh IGNORECASE compile, 0.1-2 ms, a few percent of a sota-arxiv run)
    compiled = []
    real = re._compile

    def counting(pattern, flags):
        compiled.append(pattern)
        return real(pattern, flags)

    accented = "Zorb Quxer: Réseaux\n\nWe train zorb quxer, with data; it wins."
    plain = "We present zorbnet, a model. Zorbnet beats quxnet."
    re._compile = counting
    try:
        used = _used_as_written("Zorb Quxer", accented, accented.lower(), 21)
        names = _macro_names(plain, ((11, 18),), ())
        accented_names = _macro_names(accented.replace("data", "zorbnet"), ((47, 54),), ())
        data = _data_named_after("Zorbular quxing matters. We test on two zorbular datasets. Done.",
                                 Cand(0, 15, "TASK", "task", 0.5), 15)
    finally:
        re._compile = real
    assert (used, names, accented_names, data, compiled) == ("zorb quxer", (), ((47, 54),), True, [])
