"""Numbers as abstracts print them: values, units, ratios, ranges, LaTeX marks.

Everything here works on raw text (LaTeX as written by authors is allowed) and
returns character offsets into that same text, so the caller can cite evidence.

>>> [(q.value, q.unit, q.text) for q in find_quantities(r"reaching 79.4\\% top-1 and a $1.8\\times$ speedup")]
[(79.4, '%', '79.4\\\\%'), (1.8, 'x', '1.8\\\\times$')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.text import DIGIT_RUN, find_shaped, text_shape

# fmt: off
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
}
# "twice as fast" is a 2x ratio; "half the memory" is not a ratio we can print as "Nx".
WORD_RATIOS = {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4}
# fmt: on

_NUM_LOOSE = r"(?<![\w.])[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SP = r"(?:\s|~|\\,|\\;|\\!|\\ )*"  # spaces, including LaTeX thin spaces
_DOLLAR = r"\$?"
# "7.7% points", "6\\% absolute": a difference in points written with a percent sign (taken
# before the bare "%", so the unit is points, not a ratio of the baseline); a singular "point"
# before another noun is that noun's ("a 3% point cloud subset", "a 5% point mutation rate")
_POINT_CHANGE_NOUN = (r"(?:absolute|improvements?|gains?|increases?|decreases?|drops?|reductions?|boosts?|margins?|"
                      r"higher|lower|better|worse|more|less|over|in|on|for|than|and|or|with|compared|to|at|of)\b")
_PERCENT = (
    r"(?:\\?%\s?(?:absolute\b|(?:points|pts\.?|pt)\b|point\b(?!\s+(?!" + _POINT_CHANGE_NOUN + r")[a-z]))"
    r"|\\?%|\s?percent(?:age points?)?\b|\s?pp\b|\s?p\.p\.)"
)
_TIMES = r"(?:\\times\b|\\x\b|×|x\b|X\b|-?fold\b|\s?times\b)"
_POINTS = r"(?:\s?(?:absolute\s+)?(?:points?|pts\.?|pt)\b)"

# _NUM_LOOSE with its first character matched before the look-behind, so the regex engine
# skips ahead to signs and digits (same matches, twice as fast)
_NUMBER = re.compile(
    r"[-+\u2212\d](?<![\w.][-+\u2212\d])"
    r"(?:(?<=[-+\u2212])(?:\d{1,3}(?:,\d{3})+|\d+)|(?<=\d)(?:\d{0,2}(?:,\d{3})+|\d*))(?:\.\d+)?"
)
# _NUMBER for ASCII text, where \w and \d mean the same in ASCII mode and the engine skips
# ahead twice as fast (a Unicode \d is a table look-up per character); written with [0-9]
# and without the "\u2212" that ASCII text cannot hold, so each class is one bitmap test
# rather than a chain of literal and category tests per character (the scan twice as fast again)
# (a change to _NUMBER must be made here too)
_NUMBER_ASCII = re.compile(
    r"[-+0-9](?<![\w.][-+0-9])"
    r"(?:(?<=[-+])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)|(?<=[0-9])(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*))(?:\.[0-9]+)?",
    re.ASCII,
)
# what may follow a number as its unit: LaTeX math marks and spaces, then the unit
_UNIT_AFTER = re.compile(rf"{_DOLLAR}{_SP}{_DOLLAR}(?P<unit>{_PERCENT}|{_TIMES}|{_POINTS})")

# what may follow a ratio whose "times" is glued to its digits ("15times (11.5times) FLOPs
# (latency) reduction", "4.31times and 4.15times faster"): other ratios of a list or a
# bracket, then a comparative or a measure and a noun of change
_GLUED_TIMES_GOES_ON = re.compile(
    r"(?:\s*(?:\(|,|and\b|or\b)\s*\d+(?:\.\d+)?times\b)*\s*\)?"
    r"(?:\s+(?:faster|slower|more|less|larger|smaller|higher|lower|fewer|better|greater|"
    r"cheaper|speedup|speed)|\s+[\w-]+(?:\s*\([^)]*\))?\s+(?:reduction|speedup|speed-up|"
    r"improvement|increase|decrease|gain|acceleration))\b"
)
# a standard deviation after a value: "± 1.3", "\pm 1.3", "pm 1.3" (a lost \pm), "+/- 1.3"
_PM = r"(?:±|\\pm(?![A-Za-z])|(?<![A-Za-z])pm(?![A-Za-z])|\+/-|\+-)"
_PLUS_MINUS = re.compile(rf"\s*\$?\s*{_PM}\s*\$?\s*\d+(?:\.\d+)?")
_PLUS_MINUS_BEFORE = re.compile(rf"{_PM}\s*\$?\s*$")
# the hedges before a margin or a factor: "by up to", "by more than", "a factor of about"
MARGIN_HEDGE = (
    r"(?:up to\s+|about\s+|over\s+|nearly\s+|around\s+|more than\s+|at least\s+|"
    r"approximately\s+|almost\s+|roughly\s+|~\s*)?"
)
# "by", then "up to", "more than", "a factor of" ... before a margin (also read by results)
BY_MARGIN = r"by\s+" + MARGIN_HEDGE + r"(?:a factor of\s+)?$"
# (r"\b" + BY_MARGIN with the word boundary tested after "by": the engine skips ahead to "by")
_BY_BEFORE = re.compile(r"by(?<!\wby)" + BY_MARGIN.removeprefix("by"))
# "by a factor of", "a factor of up to", "factor up to" before a ratio written without its x
# (not "acceleration factor 4": a setting)
_FACTOR_BEFORE = re.compile(r"\bfactor\s+(?:of\s+" + MARGIN_HEDGE + r"|up to\s+)$", re.I)
# the total after a count: "8/644" (not a slash list of scores, "45.2/38.1", nor "1/2/3")
_FRACTION_OF = re.compile(r"/(\d+)(?![\w./%]|\s*(?:%|x\b|×))")
# ... what makes "1/N" a share of something: "1/10 the cost", "1/7th the footprint", "1/3 of
# the energy", "1/25 parameters of X" (a plural noun, then "of" or "than"), not "1/2 split"
_FRACTION_SHARE = re.compile(
    r"/(\d+)(th)?\s+(?:(?:of\s+)?(?:the|its|their|our)\s|[a-z]+s\s+(?:of|than|compared)\s)"
)
_RANGE_END = re.compile(r"[-\u2013]\d+(?:\.\d+)?(?![\d.])")
# the upper end of a range whose two ends both carry the unit: "3%-8%", "1.48x-12.1x"
_UNIT_RANGE_END = re.compile(r"[-\u2013](\d+(?:\.\d+)?)")
# the unit a range's upper end may give the whole range: "1.1%-8.4% absolute" is in points
_POINTS_OF = {"%": "points", "x": "x", "points": "points", None: None}
# the number words of "ten-fold" and "ten times"
_RATIO_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
                  "fifty", "hundred")  # fmt: skip
_WORD_RATIO = re.compile(
    r"\b(?P<word>twice|thrice|double|triple|quadruple|"
    r"(?:" + "|".join(_RATIO_NUMBERS) + r")"
    r"[- ]?fold)\b",
    re.IGNORECASE,
)


_GLUED_UNIT = re.compile(r"(?:fps|FPS|ms|mm|cm|dB|db|px|[KMGT]B|[KMGT]iB|kB)(?![A-Za-z])")
# a size in millions or thousands (or giga-operations) followed, maybe through a slash list,
# by parameters or operations: "7.6M parameters", "7.6M/8.3M params", "6.5G FLOPs"
_GLUED_COST = re.compile(r"[MKGT](?:\s*/\s*\d+(?:\.\d+)?[MKGT])*\s?(?:parameters|params|FLOPs|FLOPS|MACs)\b")
# seconds glued to a decimal: "554.66s runtime" (a whole number may be a decade: "1990s")
_GLUED_SECONDS = re.compile(r"s(?![A-Za-z])")
_COMPARATIVE_AFTER = re.compile(
    r"\s+(?:faster|slower|more|less|larger|smaller|higher|lower|fewer|better|greater|as|"
    r"cheaper|longer|shorter|speed|speedup|the)\b"
)
# "56.3 times and 31.2 times saving on FLOPs", "a 4 times reduction": a "times" with a
# space before it is a ratio when a saving or a reduction follows it, through a list
_SPACED_TIMES_GOES_ON = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)\d+(?:\.\d+)?\s*times\b)*"
    r"\s+(?:saving|reduction)s?\b"
)
_DOUBLE_THE = re.compile(r"\s+(?:the|its|their|our)\b")
_WORD_TIMES = re.compile(
    r"\b(" + "|".join(_RATIO_NUMBERS[1:]) + r")\s+times"
    r"(?=\s+(?:more|less|faster|slower|fewer|smaller|larger|higher|lower|cheaper|better|greater|"
    r"as)\b)",
    re.IGNORECASE,
)
# a verb of a ratio before what it changes: "doubles the throughput", "tripling its speed",
# "halves the error rate" (a 50% reduction, a share as "half the memory" is); only before a
# determiner ("doubling dimension", "extracts triples" are no ratios) and not of a count, a
# setting ("halving the number of points")
_VERB_RATIO = re.compile(
    r"\b(doubl|tripl|quadrupl|halv)(?:es|ed|ing)(?=\s+(?:the|its|their|our)\s+(?!(?:number|amount)\s+of\b))",
    re.IGNORECASE,
)
_VERB_RATIO_VALUES = {"doubl": (2.0, "x"), "tripl": (3.0, "x"), "quadrupl": (4.0, "x"), "halv": (50.0, "%")}
_SHARES = {"half": 50.0, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
# "a quarter of the parameters", "one tenth of the memory", "half the FLOPs", "half of its"
_WORD_SHARE = re.compile(
    r"\b(?:(?:a|one)[ -](quarter|fifth|tenth)\s+of|(half)\s+(?:of\s+)?)\s*(?=(?:the|its|their)\s)",
    re.IGNORECASE,
)
# a decimal without its leading zero after a space, ending at a space or a comma or a unit
# (the period first, the space behind it tested after: the engine skips ahead to periods
# instead of testing the look-behind at every character)
_BARE_DECIMAL = re.compile(r"\.(?<=\s\.)\d+(?=\s|[,;)]|\\?%)")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the text: value as printed, unit ("%", "x", "points" or None), where."""

    value: float
    unit: str | None
    start: int
    end: int
    text: str
    word: bool = False  # written as a word or a fraction ("twice", "ten-fold", "1/10 the cost")


def parse_number(text: str) -> float | None:
    """The first number in ``text`` as a float (thousands separators and LaTeX removed).

    >>> parse_number("1,024"), parse_number(r"81.7\\%"), parse_number("−3.2 points")
    (1024.0, 81.7, -3.2)
    >>> parse_number("ten-fold"), parse_number("twice"), parse_number("no digits")
    (10.0, 2.0, None)
    """
    m = re.search(r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?", text)
    if m:
        return float(m.group().replace(",", "").replace("\u2212", "-"))
    w = _WORD_RATIO.search(text)
    if w:
        return float(_word_value(w.group("word")))
    return None


def _word_value(word: str) -> int:
    w = word.lower()
    if w in WORD_RATIOS:
        return WORD_RATIOS[w]
    head = re.sub(r"[- ]?fold$", "", w)
    return WORD_NUMBERS.get(head, 0)


def unit_of(mark: str | None) -> str | None:
    """Normalise a unit mark to "%", "x", "points" or None.

    >>> [unit_of(m) for m in ("\\\\%", " percent", "×", "\\\\times", "-fold", " points", None)]
    ['%', '%', 'x', 'x', 'x', 'points', None]
    >>> [unit_of(m) for m in ("% points", "\\\\% absolute", "%pt")]
    ['points', 'points', 'points']
    """
    if not mark:
        return None
    m = mark.strip().lower()
    if m[:1] == "%" or m[:2] == "\\%":  # "% points", "\\% absolute": a difference in points
        return "%" if m.endswith("%") else "points"
    if m.endswith("%") or m.startswith("percent") or m in ("pp", "p.p."):
        return "points" if m.startswith("percentage point") or m in ("pp", "p.p.") else "%"
    if m in ("\\times", "\\x", "×", "x") or m.endswith("fold") or m == "times":
        return "x"
    if m.startswith(("point", "pts", "pt", "absolute")):
        return "points"
    return None


def _number_starts(text: str, shape: bytes):
    """Where _NUMBER_ASCII may match, read in the shape: the first digit of each run of digits
    not glued to a word, and the sign or hyphen before it ("-0.5", "+3"), which is tried first."""
    for r in DIGIT_RUN.finditer(shape):
        i = r.start()
        if i and text[i - 1] in "-+":
            yield i - 1
        yield i


# the sign of a gain in brackets spaced off its number: "79.3% (+ 2.6%)", "79.28 (+ 3.7)"
_SPACED_PLUS_IN_BRACKET = re.compile(r"\(\s*\+\s+$")
# "(1+x)", "1+x^2", "1+xy": a plus before a variable x is a sum, not "at least" a factor
_SUM_WITH_X = re.compile(r"\+[xX](?:[\w^_)]|$)")

def find_quantities(
    text: str, low: str | None = None, words: set[str] | None = None, shape: bytes | None = None
) -> list[Quantity]:
    """Every number in ``text`` with its unit, in order, including word ratios.

    ``low`` is ``text.lower()`` when the caller has it already (a copy of the text saved);
    ``words`` its set of words (:func:`kg.extract.names.lower_words`), which tells at once
    whether a word that the number words are read around occurs (see :func:`_whole_words`);
    ``shape`` its shape (:func:`kg.text.text_shape`), where the numbers' starts are found.

    Numbers inside words (``GPT-4``, ``YOLOv10``, ``7B``) are not quantities; ``4x4``
    is kept as 4 with unit x only when the caller accepts it (it is returned).

    >>> [(q.value, q.unit) for q in find_quantities("up to 2.1x faster, 3.2 points and 22%")]
    [(2.1, 'x'), (3.2, 'points'), (22.0, '%')]
    >>> [(q.value, q.unit, q.word) for q in find_quantities("a ten-fold gain, twice as fast")]
    [(10.0, 'x', True), (2.0, 'x', True)]
    >>> [q.value for q in find_quantities("GPT-4 and LLaMA-2 7B on COCO2017")]
    []
    """
    out: list[Quantity] = []
    # (the big-O spans are found at the first number: two scans of the text saved where it
    # has none, as in most abstracts without a digit)
    asymptotic = None
    if shape is None:
        shape = text_shape(text)
    numbers = _NUMBER.finditer(text) if shape is None else find_shaped(_NUMBER_ASCII, text, _number_starts(text, shape))
    for m in numbers:
        start = m.start()
        if out and start < out[-1].end:
            continue  # the upper end of a range ("26–85%") taken with its lower end
        if asymptotic is None:
            asymptotic = _asymptotic_spans(text) if "O(" in text or "Theta(" in text else ()
        if asymptotic and any(a < start < b for a, b in asymptotic):
            continue  # "O(n^1.5)", "O(nm(log m)^1/4) time": a complexity, not a result
        num = m.group()
        num_end = m.end()
        before = text[start - 1] if start else " "
        # part of a name: "GPT-4", "v1.5", "B7", "pass@1"
        if (
            before.isalpha()
            or before in "@^_"
            or (before == "-" and start >= 2 and text[start - 2].isalnum())
        ):
            continue
        if before == " " and _SPACED_PLUS_IN_BRACKET.search(text, max(0, start - 6), start):
            # "79.3% (+ 2.6%)": a signed gain whose sign the source spaced off is a margin, as "(+2.6%)" is
            start, num = text.rindex("+", 0, start), "+" + num
        sign = 1 if num[0] in "+-\u2212" else 0  # "+/-3%": the number starts at "-"
        if _PLUS_MINUS_BEFORE.search(text, max(0, start - 8), start + sign):
            continue  # "11.0 ± 1.3", "+20% (+/-3%)": a deviation, not a result of its own
        u = _UNIT_AFTER.match(text, num_end)
        if u is None and _PLUS_MINUS.match(text, num_end):
            # "11.0 pm 1.3 points": the unit after the deviation is the value's
            u = _UNIT_AFTER.match(text, _PLUS_MINUS.match(text, num_end).end())
        if u is None and text[num_end : num_end + 1] == "+" and not _SUM_WITH_X.match(text, num_end):
            # "60+% recovery", "by 9+%", "a 2+x speedup": at least the number
            u = _UNIT_AFTER.match(text, num_end + 1)
        if u is None and text[num_end : num_end + 1] in ("-", "\u2013"):
            # "26-85%", "2–3x": a range takes the unit written after its upper end
            r = _RANGE_END.match(text, num_end)
            u = _UNIT_AFTER.match(text, r.end()) if r else None
        unit_mark = u.group("unit") if u else None
        if unit_mark is None and before == "(" and text[num_end : num_end + 2] == ") " and len(num) == 1:
            continue  # "(1) Simplified graph encoder, (2) ...": an enumerator in brackets
        if unit_mark is None and text[num_end : num_end + 1] == ")" and len(num) <= 2 and num.isdigit():
            lo = max(0, start - 60)
            if text.rfind("(", lo, start) <= text.rfind(")", lo, start):
                continue  # "1) the cost ... 2) the accuracy": an enumerator, no bracket open
        if unit_mark is None and text[num_end : num_end + 1] == "/":
            frac = _FRACTION_OF.match(text, num_end)
            share = _FRACTION_SHARE.match(text, num_end) if num == "1" and before != "/" else None
            if share and int(share.group(1)) > 1:
                # "at 1/10 the cost", "only 1/3 of the energy": a share, as "a tenth of" is
                # (a percentage), not the count 1 out of 10
                end = share.end(2) if share.group(2) else share.end(1)
                value = round(100 / int(share.group(1)), 2)
                out.append(Quantity(value, "%", start, end, text[start:end], word=True))
                continue
            if frac and num.isdigit() and before != "/" and int(num) < int(frac.group(1)):
                # "8/644": a count out of a total is one value (as written), not two
                out.append(Quantity(float(num), None, start, frac.end(), text[start : frac.end()]))
                continue
        after = text[num_end : num_end + 1]
        if not unit_mark and after and (after.isalpha() or after in "_"):
            cost = _GLUED_COST.match(text, num_end) if after in "MKGT" else None
            if cost or (after == "s" and "." in num and _GLUED_SECONDS.match(text, num_end)):
                num_end += 1  # "7.6M parameters", "12.7T FLOPs", "7.6M/8.3M params": a cost
            elif not _GLUED_UNIT.match(text, num_end):
                continue  # "7B", "3D", "2nd", "10k"; but "22.4fps", "42.1mm" are measures
        if not unit_mark and after == "-" and text[num_end + 1 : num_end + 2].isalpha():
            continue  # "5-digit", "4-stage"
        # "repeated 100 times" is a count unless a comparative follows; "times" glued to the
        # digits is a lost LaTeX \\times, which may also go on through a list or a bracket
        if unit_mark and unit_mark.strip().lower() == "times":
            glued = u.start("unit") == num_end
            if not _COMPARATIVE_AFTER.match(text, u.end("unit")) and not (
                glued and _GLUED_TIMES_GOES_ON.match(text, u.end("unit"))
            ) and not _SPACED_TIMES_GOES_ON.match(text, u.end("unit")) and not _BY_BEFORE.search(
                text, max(0, start - 24), start
            ):  # "by 2.4 times"
                unit_mark = None  # "repeated 100 times": a count, not a ratio
        if unit_mark:
            end = u.end("unit")
            if unit_mark.strip().lower().startswith(("x", "×")):
                nxt = text[end : end + 1]
                if nxt.isdigit():
                    continue  # "4x4", "224x224"
            end = _closing_dollar(text, start, end)
            if text[end : end + 1] in ("-", "\u2013") and (r := _UNIT_RANGE_END.match(text, end)):
                # "by 3%-8% in AUC": one range as written, not 3% and a negative 8%
                u2 = _UNIT_AFTER.match(text, r.end())
                if u2 and unit_of(u2.group("unit")) in (unit_of(unit_mark), _POINTS_OF[unit_of(unit_mark)]):
                    end = _closing_dollar(text, start, u2.end("unit"))
                    unit_mark = u2.group("unit")  # "by 1%-8% absolute": points, as its upper end says
            if pm := _PLUS_MINUS.match(text, end):
                end = _closing_dollar(text, start, pm.end())  # "45.1%±0.3 on GSM8K"
        elif pm := _PLUS_MINUS.match(text, num_end):
            # "a 3.2 ± 0.3 gain", "$3.2 \pm 0.3$ accuracy": the words after the deviation are
            # the value's
            end = _closing_dollar(text, start, pm.end())
        else:
            end = num_end
        value = float(num.replace(",", "").replace("\u2212", "-"))
        unit = unit_of(unit_mark)
        if unit is None and _FACTOR_BEFORE.search(text, max(0, start - 40), start):
            unit = "x"  # "by a factor of 20", "(factor up to 38)": a ratio
        elif unit is None and num[0] == "+":
            unit = "points"  # "by +11.7 and +11.1", "49.4 (+1.0)": a signed gain is a margin
        out.append(Quantity(value, unit, start, end, text[start:end]))
    low = text.lower() if low is None else low
    whole = _whole_words(words, shape)
    # skip the scan in most abstracts (str "in" tests: a regex alternation is five times slower)
    has_words = not whole.isdisjoint(_RATIO_WORDS) if whole is not None else any(k in low for k in _RATIO_KEYS)
    for m in _word_ratio_matches(text, low) if has_words else ():
        word = m.group("word")
        if word.lower() in ("double", "triple", "quadruple") and not _DOUBLE_THE.match(text, m.end()):
            continue  # "double descent"; but "double the throughput" is a ratio
        out.append(Quantity(float(_word_value(word)), "x", m.start(), m.end(), word, word=True))
    # "three times more efficient": a number word before "times" and a comparative
    # (the word first: "times" as a whole word is needed, " times " is the gate as written)
    for m in _word_times_matches(text, low) if (whole is None or "times" in whole) and " times " in low else ():
        value = float(WORD_NUMBERS[m.group(1).lower()])
        out.append(Quantity(value, "x", m.start(), m.end(), m.group(), word=True))
    if "doubl" in low or "tripl" in low or "halv" in low or "quadrupl" in low:
        for m in _VERB_RATIO.finditer(text):
            value, unit = _VERB_RATIO_VALUES[m.group(1).lower()]
            out.append(Quantity(value, unit, m.start(), m.end(), m.group(), word=True))
    # "a quarter of the parameters", "half the memory": a share of something, as a percentage
    if (not whole.isdisjoint(_SHARES) if whole is not None
            else "quarter" in low or "half" in low or "fifth" in low or "tenth" in low):  # fmt: skip
        for m in _WORD_SHARE.finditer(text):
            end = m.end(1) if m.group(1) else m.end(2)
            value = _SHARES[(m.group(1) or m.group(2)).lower()]
            out.append(Quantity(value, "%", m.start(), end, text[m.start() : end], word=True))
    # ".82 F-score", "an AUC of .91": a decimal written without its leading zero (none in an
    # ASCII text whose shape holds no digit, "d": a byte test, not a scan of the text for " .")
    for m in _BARE_DECIMAL.finditer(text) if (shape is None or b"d" in shape) and " ." in text else ():
        u = _UNIT_AFTER.match(text, m.end())
        end = u.end("unit") if u and unit_of(u.group("unit")) == "%" else m.end()
        out.append(Quantity(float(m.group()), unit_of(u.group("unit")) if end > m.end() else None,
                            m.start(), end, text[m.start() : end]))
    out.sort(key=lambda q: q.start)
    _points_through_lists(text, out)
    return out


# what joins the numbers of a list: "0.86% and 2%", "3.1%, 9.7%, and 3.6%"
_LIST_GAP = re.compile(r",?\s*(?:and|or)\s+|,\s*")


def _points_through_lists(text: str, out: list[Quantity]) -> None:
    """A list of percentages whose last is in points ("0.86% and 2% absolute", "by 3.1%, 9.7% and
    3.6% points") is in points throughout, as a range is ("1.1%-8.4% absolute")."""
    for i in range(len(out) - 1, 0, -1):
        if out[i].unit != "points" or "%" not in out[i].text:
            continue
        j = i - 1
        while j >= 0 and out[j].unit == "%" and _LIST_GAP.fullmatch(text, out[j].end, out[j + 1].start):
            out[j] = replace(out[j], unit="points")
            j -= 1


# the key words of _WORD_RATIO: every match holds one, at most a number word and a hyphen
# ("hundred-") after its start
_RATIO_KEYS = ("twice", "thrice", "double", "triple", "quadruple", "fold")
# ... and the whole words one of which every match is ("ten-fold" and "ten fold" hold the
# word "fold", "tenfold" is one word)
_RATIO_WORDS = frozenset(_RATIO_KEYS + tuple(w + "fold" for w in _RATIO_NUMBERS))
# the ASCII characters that are neither word characters (\w) nor split words in lower_words
# (whitespace and punctuation do): the control characters but whitespace. They are
# themselves in the text's shape (kg.text.text_shape), where deleting every other byte
# (bytes.translate, ~2 us) tells whether there is one, not a class-led regex search (~13 us)
_NOT_UNSPLIT_NON_WORD = bytes(b for b in range(256) if not (b <= 0x08 or 0x0E <= b <= 0x1B or b == 0x7F))


def _whole_words(words: set[str] | None, shape: bytes | None) -> set[str] | None:
    """``words`` when it holds every word that a regex reads between word boundaries
    ("\\btwice\\b", "\\bhalf\\s"), else None: in ASCII text every character that is no word
    character is whitespace or punctuation, where lower_words splits, unless it is a control
    character; outside ASCII (curly quotes, dashes) it need not be. The number words
    are then looked up in the set, not searched for in the text (four to eleven str scans
    of the text, about 15 us per abstract)."""
    if words is None or shape is None or shape.translate(None, _NOT_UNSPLIT_NON_WORD):
        return None
    return words


def _word_ratio_matches(text: str, low: str):
    """``_WORD_RATIO.finditer(text)``, tried only in the 8 characters before each of its key
    words: the full scan tries its opening \\b and alternatives at every character (about
    0.2 ms per abstract).  ``low`` is the lower-case text (ASCII: the same offsets, and no
    character IGNORECASE equates with a letter that lower() does not give)."""
    if not text.isascii() or len(low) != len(text):
        return _WORD_RATIO.finditer(text)
    keys = sorted(i for k in _RATIO_KEYS for i in occurrences(low, k))
    return _matches_from(_WORD_RATIO, text, ((max(0, p - 8), p) for p in keys))


def _word_times_matches(text: str, low: str):
    """``_WORD_TIMES.finditer(text)``, tried only at the number word (up to 7 letters) before
    the whitespace before each "times" (see :func:`_word_ratio_matches`)."""
    if not text.isascii() or len(low) != len(text):
        return _WORD_TIMES.finditer(text)
    ranges = []
    for p in occurrences(low, "times"):
        k = p
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k < p:
            ranges.append((max(0, k - 7), k))
    return _matches_from(_WORD_TIMES, text, ranges)


def _matches_from(rx: re.Pattern, text: str, ranges) -> list[re.Match]:
    """The matches ``rx.finditer(text)`` gives when every match starts inside one of
    ``ranges`` (start, last start; ascending): each position tried once, in order, from the
    end of the previous match on."""
    out = []
    pos = 0
    for a, b in ranges:
        for i in range(max(a, pos), b + 1):
            m = rx.match(text, i)
            if m:
                out.append(m)
                pos = m.end()
                break
        else:
            pos = max(pos, b + 1)
    return out


def occurrences(s: str, word: str, start: int = 0) -> list[int]:
    """Every offset of ``word`` in ``s`` from ``start`` (overlapping ones too)."""
    out = []
    i = s.find(word, start)
    while i >= 0:
        out.append(i)
        i = s.find(word, i + 1)
    return out


def _closing_dollar(text: str, start: int, end: int) -> int:
    r"""``end`` moved past the "$" that closes the math a unit was written in, so what
    follows the value is its words ("2.5$\times$ faster", "$2.5\times$ speedup").

    >>> t = r"is $2.5\times$ faster"; t[3:_closing_dollar(t, 4, 13)]
    '$2.5\\times$'
    """
    if text[end : end + 1] == "$" and "$" in text[max(0, start - 1) : end]:
        return end + 1
    return end


ASYMPTOTIC = re.compile(r"(?<![A-Za-z])(?:O|Theta|Omega)\(")  # a big-O bound opens


def _asymptotic_spans(text: str) -> list[tuple[int, int]]:
    """Where big-O expressions are written ("O(n log n)", "Theta(n^2)"), up to their
    closing parenthesis (nested ones included)."""
    spans = []
    for m in ASYMPTOTIC.finditer(text):
        depth, i = 1, m.end()
        while i < len(text) and depth and i - m.end() < 120:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        spans.append((m.start(), i))
    return spans


_GLUED_TIMES_WORD = re.compile(r"(?<=\d)\s*times\b")
_SPACE_BEFORE_UNIT = re.compile(r"(?<=\d)\s+(?=[x%])")


def clean_value_text(text: str) -> str:
    r"""The value as a reader would write it: LaTeX marks removed, × as x.

    >>> clean_value_text(r"81.7\%"), clean_value_text(r"1.8\times"), clean_value_text("2×")
    ('81.7%', '1.8x', '2x')
    >>> clean_value_text(" 3.2 points"), clean_value_text("ten-fold"), clean_value_text("1.8times")
    ('3.2 points', 'ten-fold', '1.8x')
    """
    s = text.replace("\\%", "%").replace("\\times", "x").replace("×", "x").replace("$", "")
    s = s.replace("\\,", "").replace("~", " ").replace("\u2212", "-")
    s = _GLUED_TIMES_WORD.sub("x", s)
    s = _PLUS_MINUS.sub("", s)
    s = _SPACE_BEFORE_UNIT.sub("", s)
    return s.strip()
