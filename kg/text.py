"""Small pure helpers over text: normalised keys, slugs, sentence splitting.

Used by more than one stage, so they live here rather than in any one of them.
"""

from __future__ import annotations

import re
import unicodedata

from kg.model import Span

# lone UTF-16 surrogates ("\ud800" from a JSON escape): not encodable, read as U+FFFD
SURROGATE = re.compile(r"[\ud800-\udfff]")

_SLUG_WORDS = {"+": "plus", "#": "sharp", "&": "and", "%": "percent"}
_NOT_SLUG = re.compile(r"[^\w.]+")


def slugify(name: str) -> str:
    """A readable, typable IRI segment for an entity name (ontology.md §2.3).

    Characters that carry meaning become words, so "C++" and "C" do not collide.

    >>> slugify("BERT-Large"), slugify("SQuAD v1.1"), slugify("C++ Net")
    ('bert-large', 'squad-v1.1', 'c-plus-plus-net')
    >>> slugify("Top-1 Accuracy (%)")
    'top-1-accuracy-percent'
    """
    s = unicodedata.normalize("NFKC", name).casefold()
    s = "".join(f" {_SLUG_WORDS[c]} " if c in _SLUG_WORDS else c for c in s)
    s = _NOT_SLUG.sub("-", s).strip("-.")
    s = re.sub(r"-{2,}", "-", s)
    return s or "unnamed"


_GREEK_NAMES = str.maketrans({
    "\u03b1": "alpha", "\u03b2": "beta", "\u03b3": "gamma", "\u03b4": "delta", "\u03b5": "epsilon",
    "\u03b6": "zeta", "\u03b7": "eta", "\u03b8": "theta", "\u03b9": "iota", "\u03ba": "kappa",
    "\u03bb": "lambda", "\u03bc": "mu", "\u03bd": "nu", "\u03be": "xi", "\u03c0": "pi",
    "\u03c1": "rho", "\u03c3": "sigma", "\u03c2": "sigma", "\u03c4": "tau", "\u03c5": "upsilon",
    "\u03c6": "phi", "\u03c7": "chi", "\u03c8": "psi", "\u03c9": "omega",
})  # fmt: skip


def name_key(name: str) -> str:
    """A key under which spelling variants of one name meet (case, dashes, spaces).

    >>> name_key("Top-1  accuracy") == name_key("top-1 Accuracy")
    True
    >>> name_key("PanGu-\u03b1") == name_key("PanGu-alpha")
    True
    """
    s = unicodedata.normalize("NFKC", name).casefold()
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    if not s.isascii():
        s = s.translate(_GREEK_NAMES)  # "PanGu-α" is written "PanGu-alpha" too
    # each run of spaces, "_", "-" and "/" becomes one space (as a regex sub of
    # ``[\s_\-/]+`` would; str methods take half the time, and keys are made ~80 times
    # per abstract): str.split() splits at the same whitespace as \s
    s = " ".join(s.replace("_", " ").replace("-", " ").replace("/", " ").split())
    return s.strip(" .")


# The shape of an ASCII text, one byte per character: "U" a capital, "w" a lower-case letter,
# "d" a digit, "p" ' or +, "." any of . ! ? and a line break, any other character itself.
# A whole-text scan whose regex starts with a character class ("[A-Z]", "[0-9]", "[.!?\n]")
# is tried at each character of the text (some 20 us per abstract each); in the shape the
# same starts are a literal ("U", "d", "."), which the regex engine skips ahead to (~1 us).
# Built once per document (DocState.shape) and read by every such scan (find_shaped).
_SHAPE = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'+.!?\n",
    b"U" * 26 + b"w" * 26 + b"d" * 10 + b"pp...."
)


def text_shape(text: str) -> bytes | None:
    """The shape of ``text`` (see _SHAPE), or None when it holds other than ASCII characters
    (more of them are word characters and offsets would not be one byte each).

    >>> text_shape("We get 93.2 F1!")
    b'Uw www dd.d Ud.'
    """
    return text.encode().translate(_SHAPE) if text.isascii() else None


def find_shaped(pattern: re.Pattern, text: str, starts, pos: int = 0, endpos: int | None = None):
    """``pattern.finditer(text, pos, endpos)``, with the match tried only at ``starts``, the
    offsets (increasing) read from the text's shape where a match may begin. They must hold
    every offset where ``pattern`` can match (more do no harm); ``pattern`` never matches the
    empty string. Matches do not overlap: the next is tried after the last one's end."""
    last = pos
    if endpos is None:
        endpos = len(text)
    for i in starts:
        if i >= last:
            if i >= endpos:
                return
            m = pattern.match(text, i, endpos)
            if m:
                last = m.end()
                yield m


# Where a number may begin, read in the shape: the first digit of a run of digits not glued to
# a word ("GPT-4" and "-4" start at "4"; the caller tries the "-" or "+" before it too)
DIGIT_RUN = re.compile(rb"d(?<![Uwd_]d)")
# where a sentence may end, read in the shape: a . ! ? or line break not followed by a letter
# or digit (what follows one is a closing mark or space: "93.2", "e.g." and "arXiv.org" skipped)
_END_MARK = re.compile(rb"\.(?![Uwd])")


# Tokens that end in a period but do not end a sentence.
_ABBREVIATIONS = {
    "e.g", "i.e", "etc", "et al", "al", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "ref",
    "approx", "resp", "no", "vol", "dr", "mr", "ms", "prof", "st", "inc", "ltd", "jr", "sr",
}  # fmt: skip
# a sentence end: [.!?]+["')\]]* before space and a capital or digit, or a blank line. The
# first character is matched by one class before the two branches, so the regex engine
# skips ahead to candidates instead of trying both branches at every character. A run of
# [.!?] is tried from its first character only (every later start faces the same text after
# the run): trying each start would read the rest of the run again, quadratic in "......".
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*[\"')\]]*(?=\s+(?:[\"'(\[]?[A-Z0-9]|$))|(?<=\n)\s*\n)"
)


def split_sentences(text: str, shape: bytes | None = None) -> list[Span]:
    """Sentence spans (start, end) covering ``text``, by rule.

    A period ends a sentence when followed by space and a capital or digit and
    not preceded by a known abbreviation or a single capital (initials).

    >>> t = "We use BERT, e.g. on SQuAD. It gets 93.2 F1. Done"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['We use BERT, e.g. on SQuAD.', 'It gets 93.2 F1.', 'Done']
    >>> t = "It gets 45.1% (vs. 40.1% for BERT). Done"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['It gets 45.1% (vs. 40.1% for BERT).', 'Done']
    """
    spans: list[Span] = []
    start = 0
    if shape is None:
        shape = text_shape(text)
    ends = (
        _SENTENCE_END.finditer(text) if shape is None
        else find_shaped(_SENTENCE_END, text, (m.start() for m in _END_MARK.finditer(shape)))
    )  # fmt: skip
    for m in ends:
        end = m.end()
        if text[m.start()] == ".":
            # (an opening bracket is not part of the word: "(vs. 40.1%)", "(cf. Fig. 2)")
            word = _last_word(text, start, m.start()).lower().lstrip("([{")
            # (a single letter a-z: initials; a comparison, not re.fullmatch, per match)
            if word in _ABBREVIATIONS or word.endswith(("e.g", "i.e")) or (len(word) == 1 and "a" <= word <= "z"):
                continue
            if word == "al" or text[max(0, m.start() - 5) : m.start()].lower().endswith("et al"):
                continue
        seg = text[start:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((start + lead, start + len(seg.rstrip())))
        start = end
    tail = text[start:]
    if tail.strip():
        lead = len(tail) - len(tail.lstrip())
        spans.append((start + lead, start + len(tail.rstrip())))
    return spans


def _last_word(text: str, start: int, end: int) -> str:
    """The last white-space separated word of ``text[start:end]``, "" if none.

    Read from a window that grows back from ``end`` until it holds the whole word: slicing
    from ``start`` at each period would be quadratic in a long text whose periods end no
    sentence ("A vs. B vs. C vs. ...", "X et al. Y et al. ...").
    """
    width = 64
    while True:
        lo = max(start, end - width)
        words = text[lo:end].rsplit(None, 1)
        if lo == start or len(words) == 2 or (words and text[lo].isspace()):
            return words[-1] if words else ""
        width *= 4


def sentence_index(sentences: list[Span], offset: int) -> int:
    """The index of the sentence containing ``offset`` (0 when before the first)."""
    lo, hi = 0, len(sentences) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid][0] <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best


def rough_sentence_start(text: str, pos: int) -> int:
    """Where the sentence before ``pos`` starts, without a sentence split: the last ". " or
    line break before ``pos`` (its index), else 0. Cheap enough for a rule's one-off check.

    >>> rough_sentence_start("A b. We propose X.", 12)
    3
    """
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), 0)


def may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[lo:hi]`` holds one of ``words`` (lower case), in any case; always for
    a window with other than ASCII characters (IGNORECASE equates "İ", "ı" and "ſ" with
    "i" and "s", which lower() does not give). The cheap test before a case-blind search
    of the window whose every match holds one of the words, when the pattern opens with
    "\\b" and alternatives and so is tried at every character.

    >>> may_hold("It improves the Quality of", 0, 26, ("quality",)), may_hold("It improves", 0, 11, ("quality",))
    (True, False)
    """
    window = text[lo:hi]
    if not window.isascii():
        return True
    low = window.lower()
    return any(w in low for w in words)


# A name with a release after it ("SQuAD 2.0", "SQuAD v1.1", "OntoNotes 5.0", "VQA-CP v2"): the
# extractor reads a paper's bare "SQuAD" beside one such release as that release, and linking
# makes the named data set the release's family. A dotted single-digit number or v + number
# only: "COCO 2017" is a year, "GLUE 80.5" a score.
_RELEASE = re.compile(r"(?P<family>.*[A-Za-z].*?) (?:[vV]\d+(?:\.\d+)*|[1-9]\.\d)")


def release_of(name: str) -> str | None:
    """The name a release's name names, or None.

    >>> release_of("SQuAD 2.0"), release_of("VQA v2"), release_of("OntoNotes 5.0"), release_of("COCO 2017")
    ('SQuAD', 'VQA', 'OntoNotes', None)
    """
    m = _RELEASE.fullmatch(name)
    return m.group("family") if m else None


# The languages of translation benchmarks' pairs ("WMT14 English-German", "WMT'14 En-De"): their
# two-letter codes and names, read by the extractor (the pair is part of the dataset's name) and
# by linking (one canonical name per pair, "WMT14 EN-DE" -> "WMT14 English-German")
LANGUAGES = {"en": "English", "de": "German", "fr": "French", "ro": "Romanian", "cs": "Czech", "ru": "Russian",
             "zh": "Chinese", "fi": "Finnish", "tr": "Turkish", "ja": "Japanese", "et": "Estonian",
             "lv": "Latvian", "lt": "Lithuanian", "kk": "Kazakh", "gu": "Gujarati", "hi": "Hindi",
             "vi": "Vietnamese", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "ko": "Korean",
             "ar": "Arabic", "es": "Spanish"}  # fmt: skip


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: wide (CJK) characters two, combining marks none.

    >>> display_width("ViT"), display_width("日本"), display_width("e\\u0301")
    (3, 4, 1)
    """
    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def aligned_table(names: list[str], rows: list[list[str]], width: int | None = None) -> list[str]:
    """The lines of a plain-text table: a header, a rule, one line a row, columns padded to
    their widest cell (by :func:`display_width`). Runs of white space in a cell become one space
    (a cell stays on its line); with ``width``, longer cells are cut to it with "…".

    >>> aligned_table(["m", "value"], [["ViT", "88.5"], ["a\\nb", "1"]])
    ['m    value', '---  -----', 'ViT  88.5 ', 'a b  1    ']
    """

    def cell(text: str) -> str:
        text = " ".join(text.split())
        return text if width is None or len(text) <= width else text[: width - 1] + "…"

    def pad(text: str, to: int) -> str:
        return text + " " * (to - display_width(text))

    cells = [[cell(c) for c in r] for r in rows]
    widths = [max([display_width(n)] + [display_width(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(pad(n, w) for n, w in zip(names, widths, strict=True)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return lines


# a variant suffix after a family name: sizes, scales, backbones, editions
_VARIANT = re.compile(
    r"^(?P<family>.*?[A-Za-z].*?)(?:[-_ ](?:\d+(?:\.\d+)?[BMKbmk]|[A-Z]\d{1,3}|[SMLXBTN]|XL|XXL|"
    r"Large|Base|Small|Tiny|Huge|Mini|Nano|Lite|Pro|Plus|Ultra|Instruct|Chat|Turbo)"
    r"|-\d+(?:\.\d+)?[BMKbmk])$"
)


def family_of(name: str) -> str | None:
    """The family name of a variant, or None.

    >>> family_of("EfficientNet-B7"), family_of("LLaMA-2 7B"), family_of("YOLOv10-S")
    ('EfficientNet', 'LLaMA-2', 'YOLOv10')
    >>> family_of("PaLM-540B"), family_of("RT-DETR-R18"), family_of("GPT-4"), family_of("COCO")
    ('PaLM', 'RT-DETR', None, None)
    """
    m = _VARIANT.match(name.strip())
    if not m:
        return None
    fam = m.group("family").rstrip(" -_")
    if len(fam) < 2 or fam == name:
        return None
    return fam
