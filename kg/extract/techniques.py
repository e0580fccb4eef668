"""Method names from grammar rather than from their spelling.

Lower-case technique names ("query batching", "rematerialization") and common capitalised
words ("Anchor") do not look like names; the constructions around them show that they
are: an eponym with a technique head ("Newton's method"), a list that a technique word
introduces or that holds a known technique ("techniques: A and B", "including data
parallelism, B and C"), a numbered list after a method word ("methods: (1) A, (2) B"), and
a phrase introduced in quotes with a method head (we call them "xyz heads").

Each function returns ``(start, end, score)`` spans; :mod:`kg.extract.mentions` makes
them METHOD candidates. Pure functions over a string; the word lists are grammar.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract import names as N
from kg.extract.lexicon import lookup_label

# --- eponyms: "Newton's method", "Bayes' rule" --------------------------------------------

_EPONYM_HEADS = (
    "trick", "algorithm", "method", "technique", "rule", "heuristic", "procedure", "scheme",
    "estimator", "sampler", "construction", "transform", "filter", "test", "update",
    "criterion", "decomposition", "kernel", "lemma",
)  # fmt: skip
_EPONYM = re.compile(
    r"(?<![\w'\u2019-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['\u2019]s|(?<=s)['\u2019]) "
    r"((?:[a-z][a-z-]* ){0,2}(?:" + "|".join(_EPONYM_HEADS) + r"))(?![\w-])"
)

# "Zorbel's proposed method" is a paper's method, not one named after a person
_NOT_EPONYM_MODIFIERS = {"proposed", "new", "novel", "own", "original", "previous", "recent",
                         "main", "first", "earlier", "prior"}  # fmt: skip


def eponyms(text: str, start: int, words: set[str] | None = None) -> list[tuple[int, int, float]]:
    """ "X's trick", "X's algorithm", "the X algorithm": a person's name with a technique head.

    >>> t = "It combines Zorbel's trick with Quint's fast algorithm and Google's method."
    >>> [t[a:b] for a, b, _ in eponyms(t, 0)]
    ["Zorbel's trick", "Quint's fast algorithm"]
    >>> t = "We decode with the Zorbel-Quint algorithm, not a Fast Zorb Search algorithm."
    >>> [t[a:b] for a, b, _ in eponyms(t, 0)]
    ['Zorbel-Quint algorithm']
    """
    out = []
    # each apostrophe once (a one-character find is a memchr), its mark "'s " or "s' " read
    # around it, rather than a multi-character scan of the text for each of the four marks
    for apostrophe in ("'", "\u2019"):
        j = text.find(apostrophe, start)
        while j >= 0:
            if not (text.startswith("s ", j + 1) or (j > start and text[j - 1] == "s" and text[j + 1 : j + 2] == " ")):
                j = text.find(apostrophe, j + 1)
                continue
            # the possessor starts at the beginning of its word: a capital, letters, a hyphen
            k = j
            while k > start and (text[k - 1].isalpha() or text[k - 1] == "-"):
                k -= 1
            m = _EPONYM.match(text, k) if text[k : k + 1].isupper() else None
            if m:
                who = m.group(1)
                if not (who in N.STOP_START or who in N.NOT_NAMES
                        or who.split("-")[0] in N.NOT_NAMES
                        or m.group(2).split()[0] in _NOT_EPONYM_MODIFIERS):  # fmt: skip
                    score = 0.6 if m.group(2).endswith("lemma") else 0.75
                    out.append((m.start(), m.end(), score))
            j = text.find(apostrophe, j + 1)
    # (``words``, the text's lower-case words: in an ASCII text each match is a whole word
    # of them, so none there means no match, and no scan that stops at every space)
    if words is not None and text.isascii() and words.isdisjoint(_TECHNIQUE_HEAD_WORDS):
        return sorted(out)
    for h in _TECHNIQUE_HEAD.finditer(text, start):  # the rare head first: cheaper
        m = _NAME_BEFORE_HEAD.search(text, max(start, h.start() - 60), h.start())
        if m and not (m.group(1) in N.STOP_START or m.group(1).split("-")[0] in N.NOT_NAMES):
            out.append((m.start(1), h.end(), 0.75))
    out.sort()
    return out


# "the Viterbi algorithm", "the Chiu-Liu-Edmonds algorithm", "using Bloom filters": one
# capitalised name after a lower-case word (inside a sentence, not the end of a title-case
# run) before a technique head
_TECHNIQUE_HEADS = ("algorithm", "filter", "transform", "estimator", "iteration", "trick", "sampler", "loss")
_TECHNIQUE_HEAD = re.compile(r" (?:" + "|".join(_TECHNIQUE_HEADS) + r")s?(?![\w-])")
_TECHNIQUE_HEAD_WORDS = frozenset(_TECHNIQUE_HEADS + tuple(h + "s" for h in _TECHNIQUE_HEADS))
_NAME_BEFORE_HEAD = re.compile(r"(?<![\w-])[a-z]+ ([A-Z][a-z]+(?:-[A-Z][a-z]+)*)$")


# --- lists of techniques -------------------------------------------------------------------

# a list item: lower-case words or acronyms ("TF-IDF filtering", "bit-packed FFT")
_LW = r"(?!(?:and|or|as)\b)[a-z][a-z0-9]*(?:-[A-Za-z0-9]+)*"
_AC = r"[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*"
_EP = r"[A-Z][a-z]+['\u2019]s"  # "Zorbel's trick" inside a list
_ITEM = rf"(?:{_LW}|{_AC}|{_EP})(?: (?:{_LW}|{_AC})){{0,4}}"
_ITEM_AT = re.compile(rf"{_ITEM}(?![\w-])")
_ITEM_FULL = re.compile(rf"(?<![\w'\u2019-]){_ITEM}")
_ITEM_WORD = re.compile(rf"{_LW}|{_AC}|{_EP}")
# nouns among the task-phrase breakers are parts of technique names ("model parallelism")
_ITEM_NOUNS = {"model", "models", "method", "methods", "approach", "framework", "system",
               "systems", "data", "feature", "features", "inference", "training", "test",
               "evaluation", "stage", "step", "time", "speed", "quality", "accuracy",
               "performance", "cost", "candidate"}  # fmt: skip
_CONJ = r"\s(?:and|or)\s"
_SEP_AFTER = re.compile(rf",\s|{_CONJ}")
# (after a defined acronym only a conjunction, with or without the serial comma)
_CONJ_AFTER = re.compile(rf",?{_CONJ}")
# a technique word introduces the list: "two techniques ...: A and B", "a combination of"
_CUE_WORDS = ("techniques", "tricks", "strategies", "algorithms", "heuristics",
              "optimizations", "methods", "approaches", "mechanisms", "combination of",
              "combines", "combining")  # fmt: skip
_CLAUSE = re.compile(r"[^.;:()]{0,90}")
_INTRO_WORDS = (" such as ", " including ", " like ", " namely ", " e.g. ", " e.g., ", " i.e. ",
                " i.e., ")  # fmt: skip


# a list of the parts a method is made of: "two light-weight modules (i.e., A and B)",
# "two modules: A and B" (but "external modules, such as image encoding and ...": examples
# of a kind, not the paper's parts; so only a colon, "i.e." or "namely" opens it)
_PART_CUE_WORDS = ("modules", "branches")
_PART_INTRO_WORDS = (" namely ", " namely, ", " i.e. ", " i.e., ")


def _cue_end(low: str, i: int, cue: str) -> int | None:
    """Where a list introduced by the technique word at ``i`` starts: after "combination
    of", after a colon or "such as"/"including"/... in the same clause, else None (after a
    part word, :data:`_PART_CUE_WORDS`, only a colon, "i.e." or "namely" opens it)."""
    j = i + len(cue)
    if cue.startswith("combin"):
        return j
    if j < len(low) and low[j].isalpha():
        return None  # "methodsX"
    e = _CLAUSE.match(low, j).end()
    if e < len(low) and low[e] == ":":
        return e + 1
    if low.startswith(" (", e - 1) and low[e + 1 : e + 6] in ("i.e.,", "e.g.,"):
        return e + 6  # "decoding methods (i.e., beam search, ...)"
    parts = cue in _PART_CUE_WORDS
    for w in _PART_INTRO_WORDS if parts else _INTRO_WORDS:
        # (a part list's clause stops at the dot of "i.e.": "two branches, i.e., the ...")
        k = low.find(w, j, e + (len(w) if parts else 1))
        if k >= 0:
            if _MEASURE_NOUN_BEFORE.search(low, max(j, k - 12), k):
                return None  # "algorithms in multiple metrics such as utility, power consumption":
                # the examples of the nearer noun, measures
            return k + len(w)
    return None


# the nouns that call a list of examples measures, and the cue that opens such a list
# ("outperforms ... in multiple metrics such as utility, power consumption, and convergence
# speed", "measures like latency and memory"): one definition for every rule that reads the
# list (components._TERMS_LIST_BEFORE and _MEASURE_CONTEXT, _MEASURE_NOUN_BEFORE here)
# (the words that open a list of examples of a kind: also of measures in
# mentions._CRITERIA_LIST, of methods in mentions._KIND_EXAMPLES_BEFORE)
EXAMPLES_CUE = r"(?:such as|like|including|e\.g\.,?|namely,?)"
MEASURE_LIST_NOUN = r"(?:metrics?|measures|criteria)"
MEASURE_LIST_CUE = MEASURE_LIST_NOUN + r"\s*,?\s*" + EXAMPLES_CUE
_MEASURE_NOUN_BEFORE = re.compile(rf"\b{MEASURE_LIST_NOUN}\s*,?$")


_ITEM_STOP = (N.TASK_BREAK - _ITEM_NOUNS) | {"including", "include", "includes", "combination", "combines",
                             "combining", "techniques", "strategies", "algorithms",
                             "namely", "e.g", "i.e", "etc", "respectively", "use", "using",
                             "apply", "applies", "employ", "employs", "adopt", "adopts",
                             # (the finite verbs of means: "we combine A, B and C")
                             "combine", "exploit", "exploits", "integrate", "integrates", "incorporate",
                             "incorporates", "leverage", "leverages", "utilize", "utilizes", "utilise",
                             "utilises", "replace", "replaces"}  # fmt: skip
_NOMINALISATION = re.compile(r"(?:[iy]zation|[iy]sation|ism)$")
_TECH_HEADS = N.METHOD_HEADS - {"model", "method", "framework", "approach", "system", "module",
                                "mechanism", "strategy", "technique", "pipeline", "agent",
                                "architecture", "algorithm", "memory", "function", "functions",
                                "reasoning", "inference", "consistency", "alignment", "editing",
                                "policy", "flow", "flows", "search", "training", "tuning"} - N.COMPONENT_HEADS  # fmt: skip


# "proposed", "used": a participle before a list ends the clause before it
_VERB_FORM = re.compile(r"^[a-z]+(?<!e)ed$|^(?:proposed|used|named|called|termed|dubbed)$")


_NON_SPACE = re.compile(r"\S+")
_NAME_PART = re.compile(r"[^\s,;:.()]+(?:\.\d+)?")


_MODALS = frozenset(("can", "cannot", "could", "will", "would", "may", "might", "must", "should"))


def _trim_item(text: str, a: int, b: int, first: bool) -> tuple[int, int] | None:
    """An item without leading function words (the first item also without the words of
    the clause before it) and without trailing ones."""
    words = [m.span() for m in _NON_SPACE.finditer(text, a, b)]
    k0 = 0
    for k, (x, y) in enumerate(words):
        w = text[x:y].lower()
        if w in _ITEM_STOP or (first and (w.endswith("ly") or _VERB_FORM.search(w))):
            k0 = k + 1
            if w in _MODALS:
                k0 += 1  # "can offer powerful conversation": the verb after it goes too
    if k0 >= len(words):
        return None
    return words[k0][0], words[-1][1]


def _trim_last(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The item after the conjunction, which the item pattern may run on into the clause
    after the list ("and diverse beam search produce ...", "and quantization in ..."):
    cut at its first word that cannot be inside a name, after its first word."""
    words = [m.span() for m in _NON_SPACE.finditer(text, a, b)]
    for k in range(len(words)):
        w = text[words[k][0] : words[k][1]].lower()
        if w in _ITEM_STOP or (_VERB_FORM.search(w) and w not in N._ED_KEEP):
            if k == 0:
                return None  # "and then ...", "and diverse ...": not read as an item
            words = words[:k]
            break
    return words[0][0], words[-1][1]


_CAP_AFTER = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?=\s*[,.;:)]|\s+(?:and|or)\s)")
_CAP_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
# capitalised words right before a listed capitalised word: it ends a longer name
# ("Journey Learning, and Graph of Thoughts", "Model Agnostic Meta Learning or MAML")
# (each part capitalised: not "CNN-based ConvNeXt")
_CAP_RUN_BEFORE = re.compile(r"(?:(?<![\w-])[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)* )+$")


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:]\s*|\n)$")


def _sentence_start(text: str, i: int) -> bool:
    """Whether offset ``i`` starts a sentence (or a clause after a colon)."""
    return _SENTENCE_START_BEFORE.search(text[max(0, i - 3) : i]) is not None


# input modalities, listed with a method word's lexicon twin ("RGB and depth"): no methods
_MODALITIES = frozenset(
    ("RGB", "RGB-D", "RGBD", "LiDAR", "Lidar", "LIDAR", "EEG", "ECG", "EMG", "MRI", "fMRI", "IMU")
)


def listed_names(text: str, start: int, anchors: list[tuple[int, int]]) -> list[tuple[int, int, float]]:
    """A capitalised word coordinated with a known method is a method too: "fine-tuned PLMs
    (RoBERTa and Ditto)". Mid-sentence capitals are names; the sentence's first word is not
    taken.

    >>> t = "It beats fine-tuned PLMs (RoBERTa and Ditto) and Magellan."
    >>> [t[a:b] for a, b, _ in listed_names(t, 0, [(t.index("RoBERTa"), t.index("RoBERTa") + 7)])]
    ['Ditto']

    A capitalised word that ends a longer title-case name is taken with the whole name:

    >>> t = "Schemes like Journey Zorbing, and Graph of Thoughts."
    >>> [t[a:b] for a, b, _ in listed_names(t, 0, [(t.index("Graph"), len(t) - 1)])]
    ['Journey Zorbing']
    """
    out = []
    for a, b in anchors:
        if a < start:
            continue
        found = []
        m = _CAP_AFTER.match(text, b)
        if m:
            found.append(m.span(1))
        # (the search tries each start of its window: first the cheap test that the window
        # ends with what the pattern needs there, a comma or "and"/"or" before spaces)
        lo = max(start, a - 40)
        m = _CAP_BEFORE.search(text, lo, a) if text[lo:a].rstrip().endswith((",", "and", "or")) else None
        if m:
            x = m.start(1)
            run = _CAP_RUN_BEFORE.search(text, max(start, x - 60), x)
            if run:  # the whole name, from its first word that can start one
                first = [w for w in _NON_SPACE.finditer(text, run.start(), x)
                         if w.group() not in N.STOP_START and w.group() not in N.NOT_NAMES]
                # one capital that starts the sentence is no name's ("Previous CNN and ...")
                if first and not (len(first) == 1 and _sentence_start(text, first[0].start())):
                    x = first[0].start()
            if x < m.start(1) or not _sentence_start(text, x):
                found.append((x, m.end(1)))
        for x, y in found:
            word = text[x:y]
            if word in N.NOT_NAMES or word in N.STOP_START or len(word) < 3 or word in _MODALITIES:
                continue
            out.append((x, y, 0.55))
    return out


def technique_lists(
    text: str, start: int, anchors: list[tuple[int, int]], low: str, words: set | None = None
) -> list[tuple[int, int, float]]:
    """Items of a coordinated list that holds a known technique (an anchor span) or that a
    technique word introduces: "including data parallelism, tensor slicing and
    rematerialization", "two techniques: KL-free batching and query folding".

    >>> t = "We use two techniques: KL-free batching and query folding."
    >>> [t[a:b] for a, b, _ in technique_lists(t, 0, [], t.lower())]
    ['KL-free batching', 'query folding']
    """
    windows = []
    for a, b in anchors:
        # only a technique with a list separator next to it can be in a list (or a
        # conjunction after the acronym it defines: "chain-of-thought prompting (CoT) and
        # tool augmentation", "(CoT), and ..."; a comma alone there mostly opens an
        # apposition, "(MST), for ...")
        if a >= start and (
            _SEP_AFTER.match(text, b)
            or _CONJ_AFTER.match(text, _after_acronym(text, b))
            or text[a - 2 : a] == ", "
            or text[a - 5 : a] == " and "
            or text[a - 4 : a] == " or "
        ):
            windows.append((max(start, a - 200), min(len(text), b + 200)))
    cue_ends = set()
    part_cue_ends = set()  # (the lists of a method's parts: their items may be headed by a part word)
    for cue in _CUE_WORDS + _PART_CUE_WORDS:
        if words is not None and cue.split()[0] not in words:
            continue
        i = low.find(cue, start)
        while i >= 0:
            e = _cue_end(low, i, cue)
            if e is not None:
                while e < len(text) and text[e] == " ":
                    e += 1
                cue_ends.add(e)
                if cue in _PART_CUE_WORDS:
                    # (a part list's first item starts after its article: "two modules: a
                    # fusion module and ...")
                    starts = (e, _past_article(low, e))
                    cue_ends.update(starts)
                    part_cue_ends.update(starts)
                windows.append((e, min(len(text), e + 250)))
            i = low.find(cue, i + len(cue))
    if not windows:
        return []
    windows.sort()
    merged = [list(windows[0])]
    for a, b in windows[1:]:
        if a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    anchor_set = set(anchors)
    anchor_ends = {x: y for x, y in anchors}
    # the anchors by their end (a list looks its anchors up by where they end: linear, not
    # a scan of every anchor per list)
    starts_by_end: dict[int, list[int]] = {}
    for x, y in anchors:
        starts_by_end.setdefault(y, []).append(x)
    ends = sorted(starts_by_end)
    out = []
    seen = set()
    for wa, wb in merged:
        for items in _coordinations(text, wa, wb):
            if items[-1] in seen:
                continue
            seen.add(items[-1])
            # trimming only narrows the items: a list with no cue end and no anchor inside
            # its span can be neither cued nor anchored, so it is not trimmed at all
            lo, hi = items[0][0], items[-1][1]
            # (an anchor may start before the first item's cut: see _to_anchor)
            if not any(lo <= e <= hi for e in cue_ends) and not _any_between(ends, lo, hi):
                continue
            # the list starts at the last item with words of the clause before it:
            # "processors efficiently, including A, B and C" -> A, B, C
            trimmed: list[tuple[int, int]] = []
            for k, (a, b) in enumerate(items):
                last = k == len(items) - 1
                first = trimmed[0][0] if trimmed else -1
                if first in part_cue_ends and _ARTICLE_BEFORE.search(text, max(0, first - 5), first):
                    # "modules: a fusion module, a zorb block and a quorb block"
                    past = _past_article(low, a)
                    a = past if past < b else a
                t = _trim_last(text, a, b) if last else _trim_item(text, a, b, first=True)
                if t is None and last and anchor_ends.get(a, b + 1) <= b:
                    # a known technique after the conjunction is an item as it stands, though its
                    # first word has a verb's shape ("or masked image modeling", "and supervised
                    # fine-tuning"), which _trim_last reads as the clause going on
                    t = (a, anchor_ends[a])
                if t is None and last:
                    break  # the items before it are still a list
                if t and k == 0:
                    t = _from_anchor(text, _to_anchor(t, starts_by_end), starts_by_end)
                if t is None:
                    trimmed = []
                elif t[0] != a:
                    trimmed = [t]
                else:
                    trimmed.append(t)
            if len(trimmed) < 2:
                continue
            cued = trimmed[0][0] in cue_ends
            anchored = any(x >= a and y <= b for a, b in trimmed for x, y in anchors)
            if not (cued or anchored):
                continue
            parts = trimmed[0][0] in part_cue_ends
            if parts and not any(_named_part(text[a:b].split(), plural=True) for a, b in trimmed):
                # a part list with no named part lists the stages of a pipeline ("the
                # following modules: speech recognition, ..., dialogue management")
                continue
            for a, b in trimmed:
                if (a, b) in anchor_set or text[a:b] in _MODALITIES:
                    continue
                score = _item_score(text[a:b], cued, parts=parts)
                if score:
                    out.append((a, b, score))
    return out


_ARTICLE = re.compile(r"(?:an?|the)\s+")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:an?|the)\s+$")


def _past_article(low: str, i: int) -> int:
    """Where the words after an article at ``i`` start (``i`` if none)."""
    m = _ARTICLE.match(low, i)
    return m.end() if m else i


def _any_between(ends: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of ends has one in ``(lo, hi]``."""
    k = bisect_right(ends, lo)
    return k < len(ends) and ends[k] <= hi


def _to_anchor(item: tuple[int, int], starts_by_end: dict[int, list[int]]) -> tuple[int, int]:
    """A first item cut inside a known technique (its capitalised first word opens the
    sentence: "Chain-of-thought prompting (CoT) and ..." gives "prompting") is the whole
    technique."""
    a, b = item
    for x in starts_by_end.get(b, ()):
        if x < a:
            return x, b
    return item


def _from_anchor(text: str, item: tuple[int, int], starts_by_end: dict[int, list[int]]) -> tuple[int, int]:
    """A first item that ends with a known technique starts at it when a word before it is
    a verb or a plural, words of the clause before the list ("exploits contrastive
    learning", "pre-trained language models BERT"), not a modifier of the technique; and
    always when the technique defines an acronym after it: "X (ACR)" is a whole name
    ("We combine knowledge distillation (KD) and ...", whatever the verb's form).

    >>> t = "It exploits contrastive learning and mixup."
    >>> a, b = _from_anchor(t, (3, 32), {32: [12]}); t[a:b]
    'contrastive learning'
    """
    a, b = item
    starts = [x for x in starts_by_end.get(b, ()) if a < x]
    if not starts:
        return item
    if _ACRONYM_AFTER_ITEM.match(text, b):
        return starts[0], b
    for x in starts:
        before = text[a:x].lower().split()
        if any(_CLAUSE_WORD.search(w) and w not in N._ING_NOUNS for w in before):
            return x, b
    return item


# a verb or a plural noun ("exploits", "models", "enabling"), not "loss", "focus", "analysis"
_CLAUSE_WORD = re.compile(r"(?:[^su]s|[a-z]ing)$")


# an indefinite article the last item of a list may have of its own ("A, B and a C")
_INDEFINITE_AT = re.compile(r"an? ")


def _coordinations(text: str, wa: int, wb: int):
    """Coordinated lists "A, B, and C" / "A or B" / "A and/or B" with their last item in ``[wa, wb)``,
    as item spans, found from each "and"/"or" (a regex scan of the window would try
    every position). The first item may still carry words of the clause before it."""
    for conj in (" and ", " or ", " and/or "):
        j = text.find(conj, wa, wb)
        while j >= 0:
            # (past its own "a"/"an"; not "the", mostly a thing of the clause: "full codes and
            # the UK NHS", "and the top LSTM")
            k = j + len(conj)
            article = _INDEFINITE_AT.match(text, k)
            right = _ITEM_AT.match(text, article.end() if article else k)
            items = _items_before(text, j - 1 if text[j - 1] == "," else j, wa) if right else []
            if items:
                items.append(right.span())
                yield items
            j = text.find(conj, j + len(conj), wb)


# the acronym a listed technique defines, between it and the separator after it
# ("random forest (RF), kernel ridge regression and ..."); letter first, so a year
# ("(2023) and") is none
_ITEM_ACRONYM = r"\s?\([A-Za-z][A-Za-z0-9-]{0,11}\)"
_ACRONYM_AFTER_ITEM = re.compile(_ITEM_ACRONYM)
_ACRONYM_ENDING_ITEM = re.compile(_ITEM_ACRONYM + "$")


def _after_acronym(text: str, b: int) -> int:
    """Where a technique that ends at ``b`` ends with the acronym it defines after it."""
    # the bracket may follow the name without a space: "knowledge distillation(KD) and ..."
    if not text.startswith(("(", " ("), b):
        return b
    m = _ACRONYM_AFTER_ITEM.match(text, b)
    return m.end() if m else b


def _items_before(text: str, end: int, wa: int) -> list[tuple[int, int]]:
    """The comma-separated items that end at ``end``, the leftmost as a tail of its piece;
    an item's own acronym after it is left out ("random forest (RF), ..." -> "random forest")."""
    lo = max(0, wa - 200, end - 400)
    items: list[tuple[int, int]] = []
    pos = end
    while len(items) < 8:
        k = text.rfind(", ", lo, pos)
        a = k + 2 if k >= 0 else lo
        if text[pos - 1 : pos] == ")":
            acr = _ACRONYM_ENDING_ITEM.search(text, max(a, pos - 16), pos)
            if acr:
                pos = acr.start()
        if _ITEM_FULL.fullmatch(text, a, pos):
            items.append((a, pos))
            if k < 0:
                break
            pos = k
            continue
        # the tail of the piece: its last words while they can be words of an item
        words = text[max(a, pos - 120) : pos].split(" ")
        n = 0
        b = pos
        while n < len(words) and n < 5 and _ITEM_WORD.fullmatch(words[-1 - n]):
            b -= len(words[-1 - n]) + (1 if n else 0)
            n += 1
        if n:
            items.append((b, pos))
        break
    items.reverse()
    return items


# the heads of a method's parts, in a list of its parts ("two modules (i.e., an
# inner-connected module and ...)")
_PART_HEADS = frozenset(("module", "block", "layer", "unit", "branch", "encoder", "decoder", "head"))


def _named_part(words: list[str], plural: bool = False) -> bool:
    """Whether a list item's words name a part by more than a generic modifier: "quorb
    refinement block", "inner-connected module"; not "spatial branch", "classification head"
    (``plural``: also parts in the plural, "... and content hallucination modules")."""
    head = words[-1].lower()
    heads = (head, head[:-1], head[:-2]) if plural else (head,)
    return any(h in _PART_HEADS for h in heads) and (len(words) >= 3 or len(words) == 2 and "-" in words[0])


def _item_score(item: str, cued: bool, parts: bool = False) -> float:
    """How likely a list item names a technique: a process noun or a technique head in the
    singular ("query batching", "scale weight standardization", "feed-forward network"),
    not a plural family ("recurrent networks"), a property ("expressive power") or a task;
    in a list of a method's parts (``parts``), also a part head ("inner-connected module")."""
    words = item.split()
    if len(words) > 4 or N.is_generic_phrase(item):
        return 0.0
    head = words[-1].lower()
    if parts and _named_part(words):
        return 0.55
    if head.endswith("s") and not head.endswith(("ss", "us", "sis")) and len(head) > 3:
        return 0.0  # a plural: a family or a set of things, not one technique
    if head in N.TASK_HEAD_SET and head not in N.METHOD_HEADS:
        return 0.0  # "code generation": a task listed with techniques
    if lookup_label(head) == "METRIC":
        return 0.0
    if len(words) == 1:
        # one word: a technical nominalisation ("rematerialization") or an acronym
        if _NOMINALISATION.search(head) or (words[0].isupper() and len(words[0]) >= 3):
            return 0.5
        return 0.0
    if head in _NOT_PROCESS:
        return 0.0
    if _ACRONYM.fullmatch(words[-1]):
        # "bit-packed FFT"; not "encoding GCN", where a verb takes the acronym as object
        if any(w.endswith(("ing", "ed")) and "-" not in w for w in words[:-1]):
            return 0.0
        return 0.55 if cued else 0.5
    if head in _TECH_HEADS or _PROCESS_NOUN.search(head):
        return 0.55 if cued else 0.5
    return 0.0


_PROCESS_NOUN = re.compile(r"(?:[a-z]{3}ing|tion|sion|ment|ysis|ism)$")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")  # "bit-packed FFT": a known technique, modified
# nouns with a process suffix that name a thing, a setting or a property
_NOT_PROCESS = {
    "information",
    "question",
    "questions",
    "environment",
    "setting",
    "thing",
    "nothing",
    "something",
    "everything",
    "position",
    "condition",
    "section",
    "version",
    "dimension",
    "region",
    "population",
    "relation",
    "motion",
    "emotion",
    "requirement",
    "statement",
    "document",
    "element",
    "instruction",
    "description",
    "caption",
    "function",
    "solution",
    "string",
    "building",
    "meaning",
    "morning",
    "evening",
    "ceiling",
    "clothing",
    "housing",
    "imaging",
}


# --- numbered lists after a method word: "methods: (1) Foo, (2) a Bar model" ---------------

# "(1) ", "(ii) ", "(a) "; or, in a list of parts (below), a digit or roman numeral with a
# closing bracket only ("1) "), not after a word or a bracket ("f(x) ", "(1)) ")
_MARK = re.compile(r"\((?P<o>[1-9]|i{1,3}|iv|v|vi{1,3}|[a-h])\)\s+")
_ANY_MARK = re.compile(r"(?:\((?P<o>[1-9]|i{1,3}|iv|v|vi{1,3}|[a-h])|(?<![\w().])(?P<c>[1-9]|i{1,3}|iv))\)\s+")
_METHOD_NOUNS = (r"methods|approaches|techniques|algorithms|baselines|models|strategies|variants|"
                 r"architectures|explainers|heuristics|modules")
_NUM_CUE = re.compile(r"\b(?:" + _METHOD_NOUNS + r")\b[^.;()]{0,40}?:?\s*$")
# what else a list after a method word enumerates: "three issues ... in existing methods:",
# "architectures offer three advantages:", "methods ... on the tasks of (a) ..."; the counted
# noun says what the list holds, else the last of these nouns before the first mark
_LISTED_NOUN = re.compile(
    r"\b(?:(?P<count>two|three|four|five|six|several)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?P<noun>" + _METHOD_NOUNS + r"|issues|problems|challenges|limitations|drawbacks|shortcomings|"
    r"weaknesses|advantages|benefits|questions|findings|observations|insights|tasks|contributions|"
    r"reasons|properties|goals)\b"
)
_METHOD_NOUN = re.compile(_METHOD_NOUNS)
# a counted list of the paper's own parts: "comprises three components:", "with three key
# designs:" (a count, at most two of these adjectives and a colon: not "components such as
# ..." nor "design choices" nor "three evaluation components:"); its items are often a
# sentence each, so the next mark may be further on, past a full stop
_PARTS_CUE = re.compile(
    r"\b(?:two|three|four|five)\s+(?:(?:key|main|major|core|new|novel|essential|important|principal|"
    r"primary|crucial|critical|technical|complementary|simple|effective)\s+){0,2}(?:components|designs)\s*:\s*$"
)
# the marks of a list, in order: "(1) (2) (3)", "i) ii) iii)", "(a) (b) (c)"
_SEQUENCES = (
    ("1", "2", "3", "4", "5", "6", "7", "8", "9"),
    ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"),
    ("a", "b", "c", "d", "e", "f", "g", "h"),
)
_DET = re.compile(r"(?:(?:a|an|the|our|their)\s+)+")
_CAP_WORD = re.compile(r"[A-Z][\w.+-]*|[a-z]+[A-Z][\w.+-]*")


def numbered_items(text: str, start: int) -> list[tuple[int, int, float]]:
    """Items of a numbered list introduced by a method word: "we compare three methods:
    (1) Quill, (2) a Ferrous model, and (3) hashed ranking."

    >>> t = "We compare three methods: (1) Quill, (2) a Ferrous model, and (3) hashed ranking."
    >>> [t[a:b] for a, b, _ in numbered_items(t, 0)]
    ['Quill', 'Ferrous model', 'hashed ranking']
    """
    out = []
    # (the bare "1)" is looked for only where a list of parts may be: it is a common pair of
    # characters, "(2021)")
    cued = has_parts_cue(text)
    mark = _ANY_MARK if cued else _MARK
    m = mark.search(text, start)
    while m:
        i = m.start()
        first = _ordinal(m)
        parts = cued and first == "1" and _PARTS_CUE.search(text, max(start, i - 60), i)
        # (a list marked "1)" only after a count of parts: after "methods have two issues: 1)"
        # it lists findings or problems more often than methods)
        if parts or (
            m["o"] in ("1", "i", "a")
            and _NUM_CUE.search(text, max(start, i - 120), i)
            and _lists_methods(text, max(start, i - 120), i)
        ):
            marks = [m]
            pos = m.end()
            while True:
                nxt = mark.search(text, pos, pos + (300 if parts else 120))
                # the next mark of the same sequence only ("2)" after "1)", not "ii)")
                if not nxt or not _follows(_ordinal(marks[-1]), _ordinal(nxt)):
                    break
                if parts:  # wherever it is
                    if len(marks) >= 5:
                        break
                elif text.find(".", pos, nxt.start()) >= 0 and not _abbrev_dot(text, pos, nxt.start()):
                    break
                marks.append(nxt)
                pos = nxt.end()
            if len(marks) >= 2:
                for k, mk in enumerate(marks):
                    end = marks[k + 1].start() if k + 1 < len(marks) else mk.end() + 120
                    span = _numbered_name(text, mk.end(), min(end, len(text)))
                    if span:
                        out.append(span)
                m = mark.search(text, marks[-1].end())
                continue
        m = mark.search(text, m.end())
    return out


def _ordinal(m: re.Match) -> str:
    """A mark's number or letter ("1" of "(1) " and of "1) ")."""
    return m["o"] or m.groupdict().get("c")


def _follows(prev: str, nxt: str) -> bool:
    """Whether mark ``nxt`` comes next after ``prev`` in one of :data:`_SEQUENCES`."""
    return any(prev in seq and seq.index(prev) + 1 < len(seq) and seq[seq.index(prev) + 1] == nxt
               for seq in _SEQUENCES)  # fmt: skip


def _lists_methods(text: str, a: int, i: int) -> bool:
    """Whether the clause before a list's first mark (at ``i``) says it lists methods, not
    problems, advantages or tasks (:data:`_LISTED_NOUN`)."""
    cut = max(text.rfind(". ", a, i), text.rfind(".\n", a, i))
    found = list(_LISTED_NOUN.finditer(text, cut + 1 if cut >= 0 else a, i))
    counted = [f for f in found if f["count"]]
    noun = (counted or found)[-1]["noun"] if found else ""
    return _METHOD_NOUN.fullmatch(noun) is not None


_PARTS_COLON = re.compile(r"(?:components|designs)\s*:")


def has_parts_cue(text: str) -> bool:
    """Whether the text may hold a counted list of parts (:data:`_PARTS_CUE`): its words
    before a colon."""
    return ("components" in text or "designs" in text) and _PARTS_COLON.search(text) is not None


def _abbrev_dot(text: str, a: int, b: int) -> bool:
    return all(text[j - 1 : j + 1] in ("e.", "g.", "i.") for j in range(a, b) if text[j] == ".")


def _numbered_name(text: str, a: int, b: int) -> tuple[int, int, float] | None:
    d = _DET.match(text, a)
    if d:
        a = d.end()
    words = [(m.start(), m.end()) for m in _NAME_PART.finditer(text[a:b])]
    words = [(a + x, a + y) for x, y in words]
    if not words or text[a : words[0][0]].strip():
        return None
    first = text[words[0][0] : words[0][1]]
    if _CAP_WORD.fullmatch(first) and first not in N.STOP_START:
        # capitalised words, and a lower-case method head after them ("Ferrous model")
        end = words[0][1]
        for x, y in words[1:]:
            if text[end:x] != " ":
                break
            w = text[x:y]
            if _CAP_WORD.fullmatch(w) or N.is_namey(w):
                end = y
            elif w.lower() in N.METHOD_HEADS or w.lower() in ("approach", "model", "method"):
                end = y
                break
            else:
                break
        if end == words[0][1] and _SENTENCE_CASE.fullmatch(first):
            # a lower-case item capitalised as the list's first word ("(1) In-sample
            # uncertainty, which ..."): the whole of it, as for a lower-case item
            whole = _lower_item(text, words)
            if whole:
                end = whole[1]
            elif len(words) > 1 and text[end : words[1][0]] == " " and text[words[1][0]].islower():
                return None  # a longer phrase ("(2) Answer verification by a second model")
        name = text[words[0][0] : end]
        if name in N.NOT_NAMES or N.is_generic_phrase(name):
            return None
        return (words[0][0], end, 0.65)
    # a lower-case item: the whole item, when it is a short noun phrase
    item = _lower_item(text, words)
    return (item[0], item[1], 0.55) if item else None


# a list item that opens with one of these states a problem ("(1) Inefficient graph
# encoders, (2) ..."), not a part of a method
_PROBLEM_LEADS = frozenset((
    "inefficient", "insufficient", "ineffective", "inadequate", "inaccurate", "inconsistent", "incomplete",
    "unstable", "unreliable", "limited", "poor", "weak", "slow", "costly", "expensive", "excessive",
    "missing", "lack", "lacking", "difficult", "hard",
))  # fmt: skip
# "In-sample", "Distribution": a capital, then lower case only
_SENTENCE_CASE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")


def _lower_item(text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A numbered item's words up to its first punctuation, when they are a short noun phrase."""
    k = 0
    while k < len(words) and text[words[k][1] : words[k][1] + 1] not in (",", ";", ".", ")", ":"):
        if k + 1 < len(words) and text[words[k][1] : words[k + 1][0]] != " ":
            break
        k += 1
    item = words[: k + 1]
    if k >= len(words) or len(item) > 4:
        return None
    lows = [text[x:y].lower() for x, y in item]
    if any(w in N.TASK_BREAK for w in lows) or not lows[-1].isalpha() and "-" not in lows[-1]:
        return None
    # a clause, a question or a problem, not a technique: "glimmer pooling captures context",
    # "which glimmer matters?", "inefficient graph encoders"
    if any(N.looks_like_verb_s(w) for w in lows[:-1]) or text.startswith("?", item[-1][1]):
        return None
    if lows[0] in _PROBLEM_LEADS:
        return None
    name = text[item[0][0] : item[-1][1]]
    if N.is_generic_phrase(name) or (lows[-1] in N.TASK_HEAD_SET and lows[-1] not in N.METHOD_HEADS):
        return None
    return (item[0][0], item[-1][1])


# --- names introduced in quotes: we call them "xyz heads" ------------------------------------

_QUOTED = re.compile(r"(?:\"|\u201c|``)([A-Za-z][\w-]*(?: [\w-]+){0,3})(?:\"|\u201d|'')")


def quoted_names(text: str, start: int) -> list[tuple[int, int, float]]:
    """A phrase in quotes headed by a technique noun: specialised "zig heads".

    >>> t = 'It relies on "zig-zag heads" and "good" "hidden state".'
    >>> [t[a:b] for a, b, _ in quoted_names(t, 0)]
    ['zig-zag heads']
    """
    if '"' not in text and "\u201c" not in text and "``" not in text:
        return []
    out = []
    for m in _QUOTED.finditer(text, start):
        words = m.group(1).split()
        head = words[-1].lower()
        if len(words) < 2 or head not in _TECH_HEADS or N.is_generic_phrase(m.group(1)):
            continue
        if any(w.lower() in N.TASK_BREAK for w in words):
            continue
        out.append((m.start(1), m.end(1), 0.6))
    return out


# --- a technique as the subject of "has emerged as a promising approach" ------------------

# the verb phrase after the subject; found with str.find, then the subject is read back
_EMERGED = (" has emerged as ", " have emerged as ", " emerges as ", " emerged as ",
            " has shown promise", " have shown promise", " shows promise")  # fmt: skip
# "While model merging", "Model growth": one to three lower-case words (the first may be
# capitalised at the start of a sentence) after a sentence start or a subordinator
_EMERGED_SUBJECT = re.compile(
    r"(?:\b(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Rr]ecently,?)\s+|^|[.;!?]\s+)"
    r"(?!(?:While|Although|Though|Recently)\b)((?:[A-Za-z][a-z0-9]*(?:-[a-z0-9]+)*)(?: [a-z][a-z0-9]*(?:-[a-z0-9]+)*){1,2})"
    r"(?: \([A-Za-z-]+\))?$"
)
_EMERGED_AS = re.compile(r"\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:approach|technique|method|paradigm|strategy|"
                         r"solution|tool|alternative)\b")  # fmt: skip


def emerged_techniques(text: str, start: int) -> list[tuple[int, int, float]]:
    """A lower-case phrase that "has emerged as a promising approach" or "has shown promise"
    is a technique ("While model merging has emerged as a promising approach").

    >>> t = "While model merging has emerged as a promising approach, it is hard. A big question emerges as well."
    >>> [t[a:b] for a, b, _ in emerged_techniques(t, 0)]
    ['model merging']
    """
    out = []
    if "emerge" not in text and "promise" not in text:
        return out  # (each of _EMERGED holds one of them: two scans instead of seven)
    for verb in _EMERGED:
        i = text.find(verb, start)
        while i >= 0:
            e = i + len(verb)
            if verb.endswith(" as ") and not _EMERGED_AS.match(text, e):
                i = text.find(verb, e)
                continue
            m = _EMERGED_SUBJECT.search(text, max(start, i - 60), i)
            if m:
                words = m.group(1).lower().split()
                if not any(w in _ITEM_STOP for w in words) and not N.is_generic_phrase(m.group(1)):
                    out.append((m.start(1), m.end(1), 0.55))
            i = text.find(verb, e)
    return out


# --- the attention mechanism as a technique: "we employ an attention mechanism" -----------

# the words that may stand right before "attention mechanism" when it names the technique
# itself: an article, a conjunction or a preposition ("the attention mechanism", "via
# attention mechanism", "CNNs and attention mechanism"); a modifier names another one
# ("multi-head", "sparse", "visual", "hard" attention) or the paper's own ("a novel ...")
_ATTENTION_BEFORE = frozenset(("the", "an", "and", "or", "with", "via", "by", "using", "through", "of", "on"))


def attention_mechanisms(text: str, low: str, start: int) -> list[tuple[int, int, float]]:
    """ "the attention mechanism", "an attention mechanism" (in the singular, after an
    article, a conjunction or a preposition, or opening a sentence): the established
    technique. The annotated sets list it where the text writes it so (4 of 4), not "a novel
    attention mechanism", "their attention mechanisms", "we propose an attention mechanism"
    (the paper's own) nor "the attention mechanism of the human visual system".

    >>> t = "We employ an attention mechanism and a sparse attention mechanism; their attention mechanisms differ."
    >>> [t[a:b] for a, b, _ in attention_mechanisms(t, t.lower(), 0)]
    ['attention mechanism']
    """
    out = []
    i = low.find("attention mechanism", start)
    while i >= 0:
        e = i + len("attention mechanism")
        # not the plural nor a compound ("attention mechanisms", "attention mechanism-based")
        if not (e < len(low) and (low[e].isalnum() or low[e] == "-")) and not _BIOLOGICAL_AFTER.match(low, e):
            if i == start or low.endswith((". ", "? ", "! "), start, i):
                out.append((i, e, 0.6))  # "Attention mechanism is widely used ..."
            else:
                j = low.rfind(" ", max(start, i - 12), i - 1)
                w = low[max(j + 1, start) : i - 1]
                if w in _ATTENTION_BEFORE and not _OWN_ATTENTION_BEFORE.search(low, max(start, i - 30), i):
                    out.append((i, e, 0.6))
        i = low.find("attention mechanism", e)
    return out


# the paper's own: "we propose / introduce / design an attention mechanism that ..."
_OWN_ATTENTION_BEFORE = re.compile(r"(?:propos|introduc|design|present|develop)\w*\s+(?:an|the)\s+$")
# the brain's: "the attention mechanism of the human visual system", "in biological vision"
_BIOLOGICAL_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?:human|humans|biological|primate|primates|brain|visual\s+system)\b")


# --- siblings of a method in a list: "LLAMA-2-70B, WizardMath-70B, Gemini-Pro, ChatGPT-3.5" -

# an item: a capitalised word or a short title-case run ("Graph of Thoughts", "Perceiver
# Resampler"), as names are written; lower-case phrases are left to technique_lists
_SIB_WORD = r"[A-Z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*\+*"
_SIB_ITEM = rf"{_SIB_WORD}(?: (?:of )?{_SIB_WORD}){{0,2}}"
_SIB_SEP = r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|/"
_SIB_AFTER = re.compile(rf"({_SIB_SEP})({_SIB_ITEM})(?![\w-])")
_SIB_BEFORE = re.compile(rf"(?<![\w.+-])({_SIB_ITEM})({_SIB_SEP})$")
# a bare comma joins two names inside a longer list, not at a clause boundary ("Unlike
# GPT-4, Gemini ..."): the item must be followed by another separator or a closing bracket
_SIB_NEXT = re.compile(r"\s*(?:,|and\b|or\b|\)|/)")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;(]\s*|\n)$")
_LOWER_TAIL = re.compile(r"-[a-z]{3,}$")
_SEP_START = re.compile(r",|\s+(?:and|or)\s|/")
# the items before, back to where the list starts; lower-case ones too ("such as random
# search and Gaussian Hill Climbing"), but not the words that introduce a list
# the function words that introduce or follow a list ("such as", "the"): no list item
_SIB_FUNCTION = "such|as|like|including|namely|than|over|the|to|in|on|for|with|from|by"
_SIB_LOWER = rf"(?!(?:{_SIB_FUNCTION}|and|or|of)\b)[a-z][\w-]*"
_SIB_HEAD = re.compile(rf"(?:(?:{_SIB_ITEM}|{_SIB_LOWER}(?: {_SIB_LOWER}){{0,2}})(?:{_SIB_SEP}))+$")
# what shows a list of methods, just before it: an introducing word ("such as", "e.g.",
# "including"), a comparison ("outperforms", "compared with", "Compared to" opening a
# sentence, "in comparison with", "with respect to"), or a plural method noun ("baselines",
# "models PP-YOLOv2 and YOLOX", "frameworks (ADM, DDPM, EDM)"); not "on", "in" or "than",
# which come before datasets, formats and hardware too ("on Tesla C1060 and NVidia GTX280")
_SIB_CUE = re.compile(
    r"(?:such as|like|e\.g\.,?|i\.e\.,?|including|include|includes|namely|as well as|versus|vs\.?|"
    r"against|over|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|[Cc]ompar(?:e|es|ed|ing) (?:with|to)|"
    r"[Ii]n comparison (?:with|to)|(?:with respect|relative) to|(?:baselines?|models|methods|"
    r"approaches|algorithms|architectures|networks|detectors|backbones|variants|schemes|"
    r"techniques|frameworks|systems|agents|ones|[A-Z]{2,}s)[,:]?)\s*\(?\s*(?:the\s+)?$"
)

# ... unless the list's own noun names something else: "several metrics, namely PESQ, CSIG",
# "knowledge graphs such as Freebase", "toolkits, namely Kaldi"
_OTHER_KIND = re.compile(
    r"\b(?:metrics?|measures?|scores?|datasets?|benchmarks?|corpora|corpus|graphs?|toolkits?|"
    r"librar(?:y|ies)|formats?|languages?|provers?|websites?|platforms?|hardware|devices?)"
    r"[,:]?\s*(?:\(\s*)?$"
)


# what a separator (_SIB_SEP) leaves at the end of the text before the next item, once
# trailing whitespace is stripped
_SEP_ENDS = (",", "/", "and", "or")


def _ends_with_sep(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may end with a list separator: a necessary condition of the
    end-anchored list regexes (_SIB_HEAD, _SIB_BEFORE), whose backtracking search costs
    tens of microseconds when nothing matches."""
    return text[lo:hi].rstrip().endswith(_SEP_ENDS)


# the last character before a list that no item or separator of _SIB_HEAD holds ("(", ":", ...)
_LIST_STOP = re.compile(r"(?s:.*)[^\w\s.+,/-]")


# a function word _SIB_LOWER refuses, after a space: no match of _SIB_HEAD holds it (a space
# inside a match is followed by a separator's "and"/"or", an item's "of", a capital or a
# _SIB_LOWER word), nor starts at it; only at a letter after its first ("he" of "the")
_LIST_BLOCKER = re.compile(rf"\s(?:{_SIB_FUNCTION})\b")


def list_start(text: str, start: int, s: int) -> int:
    """Where the list that holds the element at ``s`` starts (``s`` when no items precede it)."""
    lo = max(start, s - 120)
    if not _ends_with_sep(text, lo, s):
        return s
    # the list starts after the last character it cannot hold and after the first letter of
    # the last function word that no item takes ("such as", "the"): the backtracking search
    # (which tries every start, each through the rest of the list: 8 ms where a dozen items
    # follow a clause) begins there (_SIB_HEAD has no look-behind; same starts)
    stop = _LIST_STOP.match(text, lo, s)
    begin = stop.end() if stop else lo
    for blocker in _LIST_BLOCKER.finditer(text, begin, s):  # (the last one counts)
        begin = blocker.start() + 2
    m = _SIB_HEAD.search(text, begin, s)
    return m.start() if m else s


def _cued_list(text: str, start: int, s: int) -> bool:
    """Whether the list that holds the element at ``s`` follows a cue of methods."""
    s = list_start(text, start, s)
    cue = _SIB_CUE.search(text, max(start, s - 40), s)
    return cue is not None and not _OTHER_KIND.search(text, max(start, cue.start() - 30), cue.start())


def _sibling_item(text: str, a: int, b: int, label: str = "METHOD") -> tuple[int, int] | None:
    """The item without a leading function word ("Unlike BERT"), or None when it is no name
    (or one the lexicon knows as another type than ``label``)."""
    words = text[a:b].split(" ")
    while words and words[0] in N.STOP_START:
        a += len(words[0]) + 1
        words = words[1:]
    item = " ".join(words)
    # "Text-to-Image" names a modality, "GPT-style" a kind of model
    if (len(item) < 3 or any(w in N.NOT_NAMES for w in words) or "-to-" in item
            or _LOWER_TAIL.search(item) or N.is_generic_phrase(item) or lookup_label(item) not in (None, label)):  # fmt: skip
        return None
    return a, b


def list_siblings(text: str, start: int, anchor: tuple[int, int], label: str = "METHOD",
                  cued=None) -> list[tuple[int, int]]:
    """Capitalised names next to a method in a list ("A, B and C", "A/B") are methods: the
    items just before and after ``anchor`` (the caller walks on from each item it keeps).
    Sentence-initial capitals are not taken. For another ``label`` the caller passes its own
    test of the list's cue, ``cued(text, start, list_start)``.

    >>> t = "It beats models such as LLAMA-2-70B, WizardMath-70B, Gemini-Pro, ChatGPT-3.5 and Graph of Thoughts."
    >>> a = t.index("WizardMath-70B")
    >>> [t[x:y] for x, y in list_siblings(t, 0, (a, a + 14))]
    ['LLAMA-2-70B', 'Gemini-Pro']
    >>> a = t.index("ChatGPT-3.5")
    >>> [t[x:y] for x, y in list_siblings(t, 0, (a, a + 11))]
    ['Gemini-Pro', 'Graph of Thoughts']
    >>> t = "Unlike GPT-4, Gemini is open. Like Cortex, Lobe, GPT-4 is one. It runs on A100 and TPUv4."
    >>> list_siblings(t, 0, (7, 12)), list_siblings(t, 0, (t.rindex("GPT-4"), t.rindex("GPT-4") + 5))
    ([], [])
    >>> list_siblings(t, 0, (t.index("A100"), t.index("A100") + 4))  # no cue of methods
    []
    """
    a, b = anchor
    out = []
    # most anchors stand in no list: a separator on either side, or nothing to do
    before = text[max(start, a - 5) : a]
    if not (_SEP_START.match(text, b) or before.endswith((",", ", ", " and ", " or ", "/"))):
        return out
    m = _SIB_AFTER.match(text, b)
    if m and (m.group(1).strip() != "," or _SIB_NEXT.match(text, m.end())):
        item = _sibling_item(text, *m.span(2), label)
        if item:
            out.append(item)
    lo = max(start, a - 60)
    m = _SIB_BEFORE.search(text, lo, a) if _ends_with_sep(text, lo, a) else None
    if (m and not _SENTENCE_BEFORE.search(text, max(0, m.start() - 3), m.start())
            and (m.group(2).strip() != "," or _SIB_NEXT.match(text, b))):  # fmt: skip
        item = _sibling_item(text, *m.span(1), label)
        if item:
            out.insert(0, item)
    if out and not (cued or _cued_list)(text, start, min(a, out[0][0])):
        return []
    return out


# --- techniques the work uses as its means: "trained with reinforcement learning" ---------

# heads of technique phrases: learning paradigms and training, inference and search
# procedures ("meta-learning", "expert iteration", "repeated sampling", "self-play"), and
# modelling objectives ("through discrete codebook-guided mask modeling", "we employ masked
# modeling"; bare "modeling" and "language modeling" are none: _BARE_HEADS, _SETTING_MODIFIERS)
_MEANS_HEADS = frozenset((
    "learning", "training", "pretraining", "tuning", "finetuning", "distillation", "decoding",
    "sampling", "prompting", "search", "pruning", "quantization", "binarization", "augmentation",
    "iteration", "ensembling", "play", "modeling", "modelling", *(_PROCEDURE_HEADS := (
        # procedures of a model or its training and serving, named by what they do: a means
        # when modified ("using gradient-free prompt optimization", "via one-hot encoding",
        # "with continuous batching"), a word of its field alone ("via optimization")
        "optimization", "optimisation", "regularization", "normalization", "attention",
        "convolution", "matching", "hashing", "caching", "batching", "merging", "compression",
        "parallelism", "checkpointing", "offloading", "guidance", "steering", "reranking",
        "embedding", "encoding", "clustering", "pooling", "interpolation", "propagation",
        "decomposition", "factorization", "relaxation", "masking", "filtering", "calibration",
        # (and the procedures named in older and non-LLM work: "via deep quantile regression",
        # "with structural re-parameterization", "automatic differentiation", "label assignment")
        "regression", "parameterization", "reparameterization", "differentiation", "quadrature",
        "triangulation", "assignment", "adjustment", "reuse")),
    "recomputation", "rematerialization",
))  # fmt: skip
# heads that name a technique only with a modifier ("expert iteration", not "iteration"; the
# default procedures "fine-tuning" and "pre-training" stay generic)
_BARE_HEADS = frozenset(("learning", "training", "pretraining", "pre-training", "tuning",
                         "fine-tuning", "finetuning", "decoding", "sampling", "prompting",
                         "search", "augmentation", "iteration", "play", "modeling", "modelling",
                         *_PROCEDURE_HEADS))  # fmt: skip
# modifiers that make a field, a setting or a problem of a learning head, not a technique
# ("deep learning", "few-shot learning", "continual learning", "end-to-end training")
_SETTING_MODIFIERS = frozenset((
    "deep", "machine", "statistical", "representation", "feature", "metric", "graph", "few-shot",
    "zero-shot", "one-shot", "continual", "lifelong", "incremental", "class-incremental",
    "online", "federated", "distributed", "end-to-end", "joint", "human", "language",
    "architecture", "neighbor", "neighbour", "nearest", "web", "policy", "reward", "task",
    "stage", "two-stage", "multi-stage", "one-stage", "three-stage", "in-context", "large",
    "small", "massive", "huge", "minimal", "careful", "extra", "heavy", "sufficient",
    # how costly, not which: "complex mechanisms with redundant training"
    "redundant", "unnecessary", "expensive", "costly", "excessive", "lengthy", "tedious",
    "time-consuming", "slow", "separate",
))  # fmt: skip
# words that judge a technique or point to one, not name it (with names.TASK_LEAD_QUALIFIERS
# but "optimal", which names some: "optimal interpolation", "optimal transport")
JUDGING_MODIFIERS = frozenset(("another", "incorrect", "correct", "wrong", "proper", "good", "best",
                               "better", "poor", "careful", "naive", "novel", "new", "proposed",
                               "powerful", "sophisticated", "advanced", "either", "adequate",
                               "appropriate", "suitable",
                               # which one, not what: "earlier meta-learning", "a single embedding",
                               # "the available parallelism"
                               "earlier", "later", "single", "available",
                               # how much or how wisely, not what: "with slight adjustment",
                               # "with negligible regression", "a judicious channel assignment"
                               "slight", "minor", "negligible", "judicious",
                               # the role in a comparison, not what: "compared to baseline search"
                               "baseline")) | (N.TASK_LEAD_QUALIFIERS - {"optimal"})
# modifiers that say how much or where a procedure acts, or on which generic thing, not
# which procedure it is ("with particular attention to", "via known factorization", "local
# optimization", "interacts with text embedding"): a procedure head is a word of its field
# with them, as it is alone
_GENERIC_PROCEDURE_MODIFIERS = frozenset((
    "special", "considerable", "known", "distinct", "local", "simultaneous", "weak", "firm"))
# nouns that make a procedure generic only as its sole modifier ("text embedding", "input
# encoding"; not "structure-aware input encoding", "text region-level image masking")
_GENERIC_PROCEDURE_NOUNS = frozenset(("text", "input"))
# "supervised learning", "unsupervised training": the plain ways to learn, no technique
_PLAIN_PARADIGMS = frozenset(("supervised", "unsupervised"))
# the default procedures of a model, and the model words that say only which model they run
# on ("followed by LLM fine-tuning", "with network training"): the procedure, no technique
_DEFAULT_PROCEDURES = frozenset(("training", "tuning", "fine-tuning", "finetuning", "pre-training",
                                 "pretraining"))
_MODEL_WORDS = frozenset(("llm", "llms", "lm", "lms", "model", "models", "network", "networks", "neural",
                          *(a.lower() for a in N.FAMILY_ACRONYMS)))
# participles that belong to technique names ("repeated sampling", "masked training")
_ED_TECHNIQUE = N._ED_KEEP | {"repeated", "masked", "randomized", "regularized", "prioritized",
                              "annealed", "parameterized"}  # fmt: skip
_TECH_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
# what may follow a technique phrase: punctuation, its acronym, a function word or verb, or
# a noun of its kind ("via contrastive learning objectives")
_TECH_END = re.compile(
    r"(?:\s*\([A-Za-z][\w-]*\))?(?:\s*(?:[,.;:)!?\n]|$|\((?![A-Za-z][\w-]*\)))|"
    r"\s+(?:to|for|and|or|in|on|of|with|from|that|which|between|among|across|over|against|during|after|"
    r"as|is|are|was|were|can|could|will|would|may|might|has|have|had|while|where|when|at|by|"
    r"followed|then|under|without|within|into|through|via|using|alone|only|instead|rather|methods?|approach|"
    r"approaches|techniques?|algorithms?|frameworks?|paradigms?|strateg(?:y|ies)|objectives?|"
    r"loss|losses|achieves?|improves?|outperforms?|yields?|leads?|enables?|demonstrates?|shows?|"
    r"allows?|helps?|provides?|requires?|remains?|performs?|brings?|reduces?|increases?|boosts?|"
    r"further|also)\b)",
    re.I,
)
# the word after a technique phrase, an adverb there ending it too ("using X consistently
# improves", "X significantly boosts"; names.is_adverb)
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)\b")


def _ends_technique(text: str, i: int, limit: int) -> bool:
    """Whether a technique phrase may end at ``i``: _TECH_END follows, or an adverb."""
    if _TECH_END.match(text, i, limit):
        return True
    m = _NEXT_LOWER_WORD.match(text, i, limit)
    return m is not None and N.is_adverb(m.group(1))


# a plural kind noun after a procedure head: the phrase names a family of methods, the head
# only modifies it ("using local decomposition algorithms", "with model compression
# techniques"); a singular one often follows a named technique ("the Lyapunov optimization
# technique", "a lazy propagation algorithm") and stays
_KIND_AFTER = re.compile(r"\s+(?:approaches|algorithms|techniques|methods|schemes|frameworks)\b", re.I)


def procedure_head(phrase: str) -> bool:
    """Whether a technique phrase ends in a procedure head (_PROCEDURE_HEADS: "one-hot
    encoding", "continuous batching")."""
    return phrase.rsplit(None, 1)[-1].lower().rsplit("-", 1)[-1] in _PROCEDURE_HEADS


def _technique_head(word: str) -> tuple[str, bool] | None:
    """The technique head of a word and whether the word carries its own modifier
    ("meta-learning", "self-play"), or None."""
    low = word.lower()
    head = low.rsplit("-", 1)[-1]
    if head not in _MEANS_HEADS and low not in _MEANS_HEADS:
        return None
    modified = low not in _BARE_HEADS and "-" in low
    if modified and not _technique_modifier(low.rsplit("-", 1)[0]):
        return None  # "web-search", "in-context-learning"
    return head, modified


def _technique_modifier(word: str) -> bool:
    """Whether a word can modify a technique head: a content word, not a clause word, an
    adverb, a verb in -ing, a word that makes the phrase a setting ("deep", "few-shot") or
    the data it is done on ("COCO training", "ImageNet-21K pre-training")."""
    low = word.lower()
    last = low.rsplit("-", 1)[-1]
    if low in _ITEM_STOP or low in _SETTING_MODIFIERS or low in N.STOP_START or N.is_adverb(low):
        return False
    if low in JUDGING_MODIFIERS:
        return False  # how good it is, not which: "powerful optimization", "another pooling"
    if word[:1].isupper() and lookup_label(word) == "DATASET":
        return False
    if last.endswith("ing") and last not in N._ING_NOUNS and not _nominal_ing(last) and not _noun_participle(low):
        return False
    if last.endswith("ed") and last not in _ED_TECHNIQUE and not _noun_participle(low):
        return False
    return True


# the prefixes of participle compounds that name how, not by what: "self-supervised",
# "pre-trained", "fine-tuned" (the paradigms and settings keep their own rules); and
# "gradient-based", which names most of learning ("using gradient-based learning")
_PARTICIPLE_PREFIXES = frozenset(("self", "semi", "pre", "fine", "un", "non", "co", "re", "over",
                                  "under", "multi", "hand", "human", "gradient"))
# adverbs before a participle say how well or how widely, not by what: "well-known",
# "so-called", "long-standing", "hard-coded" (and any in -ly: "widely-used", "fully-connected")
_ADVERB_PREFIXES = frozenset(("well", "so", "long", "far", "ever", "ill", "hard", "above", "most",
                              "best", "least", "still", "often", "never", "all", "much"))


def _noun_participle(word: str) -> bool:
    """Whether a hyphenated word is a noun and a participle, an adjective that says by what
    or of what a technique works ("quaternion-valued convolution", "sort-based matching",
    "noise-annealed sampling"): no verb of the clause, unlike a bare participle."""
    first, _, last = word.rpartition("-")
    return (bool(first) and last.endswith(("ed", "ing")) and first.isalpha()
            and first not in _PARTICIPLE_PREFIXES and first not in _ADVERB_PREFIXES and not first.endswith("ly"))


# words in -ing before a technique head that are no gerund: a noun with no verb in it ("by
# string matching") or a participle fixed in technique names ("by bounding box regression",
# "with sliding window attention", "an alternating optimization", "exponential moving average")
_ING_PARTICIPLES = frozenset(("bounding", "sliding", "alternating", "moving"))
_VERBLESS_ING = re.compile(r"[^aeiouy]+ing")


def _nominal_ing(word: str) -> bool:
    """Whether a lower-case word in -ing is no gerund where it modifies a technique head."""
    return word in _ING_PARTICIPLES or _VERBLESS_ING.fullmatch(word) is not None


def _procedure_modifiers(mods: list[str]) -> bool:
    """Whether the modifiers of a procedure head make it a technique: none is software or
    hardware ("With TensorRT optimization": a tool, names.NOT_NAMES) or a generic word
    (_GENERIC_PROCEDURE_MODIFIERS: "with particular attention", "local optimization")."""
    for w in mods:
        if w in N.NOT_NAMES or w.split("-")[0] in N.NOT_NAMES or w.lower() in _GENERIC_PROCEDURE_MODIFIERS:
            return False
    return not (len(mods) == 1 and mods[0].lower() in _GENERIC_PROCEDURE_NOUNS)


# a head within reach: most words of means are followed by no technique at all. The heads
# that hold no other head ("pretraining" holds "training"): a window holds a head where it
# holds one of these, found by one substring test each (an alternation regex tries every
# head at every character: 4 us per window)
_HEADS_NEAR = tuple(sorted(h for h in _MEANS_HEADS if not any(o != h and o in h for o in _MEANS_HEADS)))


def _holds_head(window: str, heads: tuple[str, ...] = _HEADS_NEAR) -> bool:
    """Whether a lower-case window holds a technique head (a plain loop: a generator under
    any() costs half as much again); ``heads``: the heads to look for (those of the text)."""
    for head in heads:
        if head in window:
            return True
    return False


def technique_phrase(text: str, a: int, limit: int, low: str | None = None,
                     heads: tuple[str, ...] = _HEADS_NEAR) -> tuple[int, int] | None:
    """The technique phrase that starts at ``a``: up to three modifiers and a technique head,
    ending where a noun phrase ends (not "learning hatefulness-aware embeddings"). ``heads``:
    the technique heads the text holds as words, if known (each window is tested for them).

    >>> t = "we prove them with standard expert iteration. Via learning rich features."
    >>> a, b = technique_phrase(t, t.index("expert"), len(t)); t[a:b]
    'expert iteration'
    >>> technique_phrase(t, t.index("learning"), len(t)) is None
    True
    """
    window = (low or text)[a : min(limit, a + 80)]
    if not low:
        window = window.lower()
    if not _holds_head(window, heads):
        return None
    words = []
    pos = a
    for _ in range(4):
        m = _TECH_WORD.match(text, pos, limit)
        if not m:
            return None
        words.append(m.group())
        head = _technique_head(m.group())
        if head and _ends_technique(text, m.end(), limit):
            mods = words[:-1]
            if not (mods or head[1]) and head[0] in _BARE_HEADS:
                return None
            if not all(_technique_modifier(w) for w in mods):
                return None
            if head[0] in _PROCEDURE_HEADS and (not _procedure_modifiers(mods)
                                                or _KIND_AFTER.match(text, m.end(), limit)):
                return None
            if len(mods) == 1 and head[0] in ("learning", "training") and mods[0].lower() in _PLAIN_PARADIGMS:
                return None  # "rely on supervised learning": the default way to learn
            if mods and words[-1].lower() in _DEFAULT_PROCEDURES and all(w.lower() in _MODEL_WORDS for w in mods):
                return None
            return a, m.end()
        if text[m.end() : m.end() + 1] != " ":
            return None
        pos = m.end() + 1
    return None


# the words of means a title writes before what the work uses ("Zorb Parsing via Glimmer
# Learning", "... with Quorb Blocks", "... using ...", "... through ...", "... by ..."): one list
# for every rule that reads a title's means (mentions._TITLE_PART and _mark_title_technique,
# convert._TITLE_MEANS_WORD), each adding its own words where it reads more
TITLE_MEANS_WORDS = ("via", "with", "using", "through", "by")
# the verbs of use whose object is the means of the work ("we employ X", "using X", "X is
# applied"), every form written out (read by mentions._MEANS_BEFORE's end test, _MEANS_ENDS,
# and by _MEANS_STEMS below)
MEANS_VERB_FORMS = (
    "using", "uses", "used", "use",
    *(s + e for s in ("employ", "adopt") for e in ("", "s", "ing", "ed")),
    "apply", "applies", "applying", "applied", "leverage", "leverages", "leveraging", "leveraged",
)  # fmt: skip


def title_means_pattern(words: tuple[str, ...] = TITLE_MEANS_WORDS) -> str:
    """A regex alternation of ``words`` as a title writes them, lower case or capitalised.

    >>> title_means_pattern(("via", "based on"))
    '[Vv]ia|[Bb]ased [Oo]n'
    """
    return "|".join(" ".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in p.split()) for p in words)


# the means of the work before a technique phrase: "trained with", "via", "we employ", "refined
# by", "by means of", "the encoder uses", "the use of", "combines X with", "we build on",
# "exploits", "integrates", "incorporates", "we replace X"; and the technique it is measured
# against, a method as well ("compared to random masking", "unlike data-augmentation",
# "instead of hard attention", "outperforms direct regression")
_MEANS_WORD = re.compile(
    # (not "the cost associated with model finetuning", "consistent with", "deal with")
    r"(?<![\w-])(?<!associated )(?<!consistent )(?<!compatible )(?<!correlated )(?<!deal )"
    r"(?<!deals )(?<!dealing )"
    # (what a work draws on or suffers from is no means of it: "inspired by active learning",
    # "driven by large-data pre-training", "the delay caused by recomputation", "the overhead
    # implied by the periodic recomputation", "the drop induced by pruning")
    r"(?<!inspired )(?<!motivated )(?<!driven )(?<!caused )(?<!invoked )(?<!implied )(?<!induced )"
    r"(?<!introduced )(?<!incurred )(?<!imposed )(?<!limited )(?<!hampered )(?<!hindered )"
    r"(?:via|using|through|with|employ(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|"
    r"adopt(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|based on|"
    r"rel(?:y|ies|ying) on|uses?(?:\s+of)?|by(?:\s+means\s+of)?|"
    r"compar(?:ed|ing|ison)\s+(?:with|to)|unlike|instead\s+of|rather\s+than|outperform(?:s|ed|ing)?|"
    r"exploit(?:s|ed|ing)?|incorporat(?:e|es|ed|ing)|integrat(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|"
    r"(?:build(?:s|ing)?|built)\s+(?:up)?on|replac(?:e|es|ed|ing))"
    # ("via both X and Y": the conjunct is read as one of the means)
    r"\s+(?:both\s+)?(?:(?:a|an|the|standard|classical|classic|simple|vanilla|"
    r"conventional|existing|off-the-shelf|traditional|plain|naive)\s+)?",
    re.I,
)
# (the same pattern, case-sensitive, matched in the lower-case text: IGNORECASE folds every
# character it compares, and the words of means are found there anyway)
_MEANS_WORD_LOW = re.compile(_MEANS_WORD.pattern)


def _shortest_stems(words: tuple[str, ...]) -> dict[str, str]:
    """Each word's find stem: its first six letters, or the shortest other stem that starts
    them ("uses" and "use" both "use"; "builds" by "build"), so that no word is found twice
    and its phrase read twice."""
    stems = {w[:6] for w in words}
    return {w: min((t for t in stems if w[:6].startswith(t)), key=len) for w in words}


# the words _MEANS_WORD starts with, each found with str.find in the lower-case text when the
# text has it: a regex scan of the whole text for the alternation would cost four times as much
_MEANS_STEMS = _shortest_stems((
    # (not "used": _MEANS_WORD reads the participle only in "applied", "adopted" ...)
    *TITLE_MEANS_WORDS, *(w for w in MEANS_VERB_FORMS if w != "used"), "based", "rely", "relies", "relying",
    *(s + e for s in ("utiliz", "utilis") for e in ("e", "es", "ed", "ing")),
    "compared", "comparing", "comparison", "unlike", "instead", "rather",
    "exploit", "exploits", "exploited", "exploiting", "build", "builds", "building", "built",
    *(s + e for s in ("incorporat", "integrat") for e in ("e", "es", "ed", "ing")),
    *("combin" + e for e in ("e", "es", "ed", "ing")), *("replac" + e for e in ("e", "es", "ed", "ing")),
    *("outperform" + e for e in ("", "s", "ed", "ing")),
))  # fmt: skip


def _means_words(text: str, low: str, start: int, end: int, words: set | None) -> list[re.Match]:
    """The matches of _MEANS_WORD in ``text[start:end]``, in text order (``words``: the
    lower-case words of the text, if known)."""
    stems = set(_MEANS_STEMS.values()) if words is None else {
        _MEANS_STEMS[w] for w in words.intersection(_MEANS_STEMS)}  # fmt: skip
    # (in ``low`` where it is the text lowered in place, unless the text holds a character
    # IGNORECASE equates with s or i but lower() keeps: "ſ", "ı")
    if low is not text and len(low) == len(text) and "\u017f" not in text and "\u0131" not in text:
        rx, where = _MEANS_WORD_LOW, low
    else:
        rx, where = _MEANS_WORD, text
    out = []
    for stem in stems:
        i = low.find(stem, start, end)
        while i >= 0:
            m = rx.match(where, i, end)
            if m:
                out.append(m)
            i = low.find(stem, i + len(stem), end)
    out.sort(key=lambda m: m.start())
    return out


def means_techniques(text: str, start: int, end: int, acronyms: dict[str, tuple[int, int]] | None = None,
                     low: str | None = None, words: set | None = None) -> list[tuple[int, int]]:
    """Technique phrases after a word of means in ``text[start:end]``, as ``(start, end)``
    spans: "trained with reinforcement learning", "we employ meta-learning", "via Multi-task
    Learning". An acronym after the means word stands for its long form when that is a
    technique (``acronyms``: short form -> long form span). ``low`` and ``words``: the text
    in lower case (the same offsets) and its lower-case words, if the caller has them.

    >>> t = "Scaling reinforcement learning (RL). We train with RL and employ meta-learning, via deep learning."
    >>> [t[a:b] for a, b in means_techniques(t, 0, len(t), {"RL": (8, 30)})]
    ['RL', 'meta-learning']
    """
    out = []
    # (the heads the text holds as words: each window is tested for these few, not for all)
    heads = _HEADS_NEAR if words is None else tuple(words.intersection(_MEANS_HEADS))
    if not heads:
        return out
    for m in _means_words(text, low or text.lower(), start, end, words):
        span = technique_phrase(text, m.end(), end, low, heads)
        if span and _by_a_verb(text, m, span):
            span = None
        if span is None and acronyms:
            w = _TECH_WORD.match(text, m.end(), end)
            long = acronyms.get(w.group()) if w else None
            if long and _TECH_END.match(text, w.end(), end) and technique_phrase(text, long[0], long[1]) == long:
                span = w.span()
        while span:
            if not _outside_learning(text, span, low):
                out.append(span)
            # "trained with X and Y", "via X, Y and Z", "X followed by Y": the conjuncts are
            # means as well (each a technique phrase of its own)
            c = _MEANS_CONJUNCTION.match(text, span[1], end)
            span = technique_phrase(text, c.end(), end, low, heads) if c else None
    # (once each: "compared with X" is read from "compared with" and from "with")
    return list(dict.fromkeys(out))


# procedure heads whose plain sense in much of computing is no learning procedure: scheduling
# and networking ("through job assignment", "the static spectrum assignment", "through spatial
# reuse"), hardware design ("manual latency adjustment"): a technique only in a text that
# learns, trains or predicts something (in those abstracts none of these words is written);
# a language-model or image abstract is one though it names no training ("LLM serving through
# prefix cache reuse", "stereo depth from image pairs via cost volume reuse"; not "transformer",
# "token", "embedding" or "video": power grids, blockchains, network embedding, video streaming)
_LEARNING_ONLY_HEADS = frozenset(("assignment", "adjustment", "reuse"))
# (each word with its endings, bounded: not "supervisory control", "deepfake", "ImageNet",
# "Imagen", "PixelCNN", a "trainee"; a name holding the word is no word of learning)
LEARNING_WORD = re.compile(
    r"\b(?:learn(?:s|t|ed|ing|ers?|able|ability)?|neural(?:ly)?|deep(?:er|est|ly)?"
    r"|train(?:s|ed|ing|able|ability|ers?)?|classif(?:y|ies|ied|ying|iers?|ications?|iable)"
    r"|supervis(?:e|es|ed|ing|ions?|edly)|datasets?|benchmark(?:s|ed|ing)?"
    r"|predict(?:s|ed|ing|ions?|ive|ively|ors?|able|ability)?|detect(?:s|ed|ing|ions?|ors?|able|ability)?"
    r"|llms?|language models?|gpt(?:s|\d[\w.]*)?|generative(?:ly)?|fine-tun(?:e|es|ed|ing|ings)"
    r"|image(?:s|d|ry)?|pixel(?:s|wise)?)\b"
)


def _outside_learning(text: str, span: tuple[int, int], low: str | None = None) -> bool:
    """Whether a technique phrase has a head of _LEARNING_ONLY_HEADS in a text with no word
    of learning ("Jobs are balanced through job assignment" in a cloud-systems abstract)."""
    head = text[span[0] : span[1]].rsplit(None, 1)[-1].lower().rsplit("-", 1)[-1]
    return head in _LEARNING_ONLY_HEADS and not LEARNING_WORD.search(low or text.lower())


def _by_a_verb(text: str, means: re.Match, span: tuple[int, int]) -> bool:
    """Whether "by" opens a gerund clause, not a technique: "by training supervised learning
    methods" (the gerund is its first word, the head comes later; "by pruning" alone, a head,
    and "by string matching", no gerund, stay)."""
    first = _TECH_WORD.match(text, span[0], span[1])
    word = first.group().lower()
    return (means.group().lower().startswith("by") and first.end() < span[1]
            and word.endswith("ing") and not _nominal_ing(word))


# what joins two techniques used together: a list separator or a sequence ("followed by")
_MEANS_CONJUNCTION = re.compile(
    # (the sequences first: "and then X" would otherwise stop at "and", leaving "then X")
    r"(?:\s*\([A-Za-z][\w-]*\))?(?:,?\s+(?:followed by|and then|then)\s+|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    r"(?:(?:a|an|the)\s+)?"
)
