"""Round 18, speed (typing stage): faster forms that must keep the results of the plain ones."""

import random

from kg.extract import techniques as T


def _plain_list_start(text: str, start: int, s: int) -> int:
    """list_start as it was: the end-anchored search from the last character no list holds."""
    lo = max(start, s - 120)
    if not T._ends_with_sep(text, lo, s):
        return s
    stop = T._LIST_STOP.match(text, lo, s)
    m = T._SIB_HEAD.search(text, stop.end() if stop else lo, s)
    return m.start() if m else s


def test_list_start_skips_to_the_last_function_word():
    # a list after "such as" starts at its first item; after "the model," a match may start
    # inside "the" ("he model, ..."), which the skip must keep
    for text in ("We compare with methods such as Zorb, Quix, and Blent",
                 "It beats the model, Zorb and Quix",
                 "Results on image parsing, scene labeling, and depth ordering",
                 "We run on-device tests with Zorb-2, Quix v2.0, Blent/Vorn, and Klee"):  # fmt: skip
        s = text.rindex(" ") + 1
        assert T.list_start(text, 0, s) == _plain_list_start(text, 0, s)


def test_list_start_agrees_with_plain_search_on_random_lists():
    words = ["such", "as", "the", "of", "and", "or", "to", "in", "on", "by", "Zorb", "Quix-2", "The",
             "model", "he", "state-of-the-art", "3D", "x+", "e.g.", "Vorn3", "inside", "ondemand"]  # fmt: skip
    seps = [", ", " and ", ", and ", " or ", "/", " ", " ", ",", "\n", " (", ": ", ". "]
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 12)))
        s = rng.randint(0, len(text))
        start = rng.randint(0, s)
        assert T.list_start(text, start, s) == _plain_list_start(text, start, s), (text[:s], start)
