"""Candidate mentions and their types: the logic behind ``mlkg_names`` and ``mlkg_typing``.

Candidates come from the lexicons, acronym definitions, name-like words, title-case runs,
the title prefix ("SHViT: ...") and task phrases; :func:`resolve` removes overlaps, gives
each a type (method, dataset, metric, task) from lexicon and context, and marks what the
paper proposes.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Sequence, Set as AbstractSet
from functools import lru_cache
from itertools import chain

from kg.extract import names as N
from kg.extract import nominal as NOM
from kg.extract import techniques as T
from kg.extract.lexicon import (
    LexiconEntry,
    common_words,
    hyphened_variant,
    longest_surface,
    lookup_label,
    lookup_label_any_case,
    lookup_variant,
)
from kg.extract.names import cached_name_key as name_key
from kg.extract.numbers import WORD_NUMBERS, occurrences
from kg.extract.spans import SpanIndex
from kg.text import DIGIT_RUN, LANGUAGES, family_of, find_shaped, rough_sentence_start, text_shape

METHOD, DATASET, METRIC, TASK = "METHOD", "DATASET", "METRIC", "TASK"

# priority when two candidates cover the same text (higher wins at equal length)
_LABEL_RANK = {"DATASET": 0, "METHOD": 1, "METRIC": 2, "TASK": 3}
_PRIORITY = {"titletask": 8, "title": 7, "acronym": 6, "lexicon": 5, "context": 4,
             "eponym": 4, "numbered": 4, "name": 3, "quoted": 3, "rare": 2, "titlecase": 2,
             "terms": 2, "phrase": 2, "list": 2, "task": 1, "problem": 8, "topic": 0}  # fmt: skip


@dataclass(slots=True)
class Cand:
    """A candidate mention: where, what type, from which rule, canonical name if known."""

    start: int
    end: int
    label: str | None
    source: str
    score: float
    canonical: str | None = None
    short: tuple[int, int] | None = None  # acronym span when this is "Long Form (ACR)"
    proposed: bool = False
    name: str = ""  # surface name chosen for output
    weak: bool = False  # a metric word kept only when a result or number supports it
    derived: bool = False  # from a derived lexicon only (sota/scierc), not the general lists
    ctx: int = -1  # for a task built from a coordination: where its phrase ends


@dataclass(slots=True)
class DocState:
    """Everything the components compute for one document."""

    text: str = ""
    low: str = ""  # text.lower() when it keeps offsets, else text with IGNORECASE regexes
    shape: bytes | None = None  # kg.text.text_shape(text): None for a text not all ASCII
    words: set = field(default_factory=set)  # lower-case words of the text
    sentences: list[tuple[int, int]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    title_end: int = 0
    lexicon: list[Cand] = field(default_factory=list)
    acronyms: list[tuple[int, int, int, int]] = field(default_factory=list)
    names: list[Cand] = field(default_factory=list)
    mentions: list[Cand] = field(default_factory=list)
    proposed: list[str] = field(default_factory=list)
    proposals: list = field(default_factory=list)  # matches of names.PROPOSE
    name_spans: list | None = None  # name-like words from the token flags
    results: list = field(default_factory=list)
    cues: dict = field(default_factory=dict)  # cue word -> its offsets in low (cue_offsets)
    memo: dict = field(default_factory=dict)  # per-document values a stage computes once
    stand_ins: tuple = ()  # spans of unknown LaTeX macros' words that stand in for names
    macro_names: tuple = ()  # spans of the other unknown macros' words: names as written ("\\pgcoder")

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentence_span(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return (0, 0)
        return self.sentences[self.sentence_of(offset)]

    def cue_offsets(self, word: str) -> list[int]:
        """Every offset of ``word`` in ``low`` (overlapping ones too), found on first use and
        kept for the document: several rules look for the same cue words ("dataset",
        "benchmark", ...), and each search scans the whole text."""
        found = self.cues.get(word)
        if found is None:
            found = self.cues[word] = occurrences(self.low, word)
        return found

    def once(self, key: str, make):
        """``make()``, computed on first use and kept for the document under ``key`` (what
        several numbers of one sentence ask for: a scan per number is quadratic in a
        sentence of thousands of numbers; a None is kept too)."""
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]


_DATASET_AFTER = re.compile(
    r"^(?:[\s-]*(?:and|,|/)?\s*[A-Z][\w.+-]*)?[\s-]*(?:\(\w+\)\s*)?"
    r"(?:dataset|datasets|benchmark|benchmarks|corpus|corpora|suite|leaderboard|test set|"
    r"testbed|data set|challenge|competition|split|database(?=\s+(?:by|from)\b))\b",
    re.IGNORECASE,
)
# (after an optional bracket: "LongProc (Long Procedural Generation), a new benchmark")
_DATASET_INTRO = re.compile(
    r"^(?:\s*\([^()]{1,60}\))?,?\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:dataset|benchmark|corpus|suite|collection|"
    r"leaderboard|testbed|evaluation (?:set|framework))\b",
    re.IGNORECASE,
)
# the kinds of work every method cue below names (each adds its own)
_METHOD_KINDS = "method|model|framework|approach|architecture|algorithm|technique"
_METHOD_INTRO = re.compile(
    rf"^(?:\s*\([^()]{{1,60}}\))?,?\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,6}}?(?:{_METHOD_KINDS}|system|"
    r"network|agent|pipeline|family|library|toolkit)\b",
    re.IGNORECASE,
)
# (a bracket opens the list too: "four traffic benchmarks (PEMS03, PEMS04, and PEMS08)")
_DATASET_BEFORE = re.compile(
    r"(?<!we )(?<!to )(?:datasets?|benchmarks?|corpora|corpus)\s*(?:,\s*)?\(?(?:such as|like|including|"
    r"namely|e\.g\.,?|i\.e\.,?|:)?\s*(?:[\w.+-]+(?:\s[\w.+-]+)?,\s*(?:and\s+)?)*$",
    re.IGNORECASE,
)
# a word one of whose forms every match of _DATASET_BEFORE holds (the cheap test before its
# search; tests/test_extract_r15_gates.py keeps the two in step)
_DATASET_WORDS = ("dataset", "benchmark", "corp")
_TITLE_DATASET = re.compile(r"\b(?:benchmark|dataset|corpus|suite|leaderboard)s?\b", re.I)
_PROPOSE_NAME_GAP = re.compile(
    r"^\s*(?:(?:a|an|the|our|two|three|several|novel|new|simple|general|unified|"
    r"first|family of|series of)\s+)*"
)
# "we propose a new plug-and-play training framework, SMoE-Dropout, ...", "a simple
# framework, the Zorb Transformer, that ...": the name in apposition after what it is
# (read with :func:`_kind_then_name`, which says when "the" may lead the name)
_KIND_THEN_NAME = re.compile(
    r"\s*(?:(?:a|an)\s+(?:(?:[\w-]+\s+){0,5}?(?:framework|method|approach|model|system|algorithm|"
    r"technique|strategy|architecture|pipeline|network|module|benchmark|dataset|tool|agent|"
    r"paradigm|mechanism|scheme|toolkit|library|solution|protocol|function|objective)|"
    # an agent noun: "a novel multiview detector, ZorbDet", "a simple tracker, ZorbTrack";
    # in the same noun phrase (not "a plug-in for any detector, ZorbDet", "an adapter for a
    # frozen transformer, ZorbViT": the name is what the proposal acts on)
    r"(?:(?!(?:for|to|of|with|on|from|any|a|an|the)\s)[\w-]+\s+){0,5}?[\w-]+(?:er|or)),(?P<the>\s*the(?=\s))?"
    # "two new benchmarks, MBPP and ...", "three new benchmarks: A, B, and C"
    r"|(?:two|three|four|five|several)\s+(?:[\w-]+\s+){0,3}?(?:frameworks|methods|approaches|"
    r"models|algorithms|techniques|strategies|architectures|networks|modules|benchmarks|datasets|"
    r"corpora|tools|agents)\s*[,:])\s*"
)
_LONG_TITLE_WORD = re.compile(r"[A-Z][\w'-]*")


# heads too general for a lower-case phrase to be a name ("a training-free method")
_GENERIC_HEADS = N.COMPONENT_HEADS | {  # (a part named in lower case is described, not named)
    "block",  # "we design a new building block"
    "blocks",
    "method",
    "methods",
    "framework",
    "approach",
    "model",
    "system",
    "mechanism",
    "scheme",
    "strategy",
    "technique",
    "pipeline",
    "architecture",
    "algorithm",
    "module",
    "agent",
    "network",
    "tool",
    "solution",
    "paradigm",
    "process",
    "procedure",
}
# a capitalised phrase (or name) right before a dataset word: "the Motion-Sense dataset"
_BEFORE_DATASET_WORD = re.compile(
    r"(?<![\w-])([A-Z][\w+'-]*(?:\.\d+)?(?:[ -](?:[A-Z][\w+'-]*|\d[\w-]*)(?:\.\d+)?){0,3})"
    r"\s+(?:dataset|datasets|benchmark|benchmarks|corpus|suite|leaderboard|test set|testbed)\b"
)
_ING_START = re.compile(r"^(?:[A-Z][a-z]+ing|Towards?|On|Beyond|When|Why|How|What|Is|Are|Do|Can)\b")
# "we propose outer momentum clipping, ...": a lower-case phrase after a proposal verb
_PROPOSED_PHRASE = re.compile(
    r"\s+(?:(?:a|an|the|two|three|novel|new|simple|general|simple yet effective|"
    r"lightweight|efficient|effective)\s+)*"
    r"((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){0,3}[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
    r"(?=\s*(?:,|\.|\(|;|:|\s+(?:to|that|which|for|and|where|with|in|as|on|by)\b))"
)

# "we introduce the concept of attention offloading.": the paper coins the idea it names
# ("the notion of a strong path": an object defined, not named, so no article after "of";
# "a new paradigm of unsupervised few-shot learning": a setting, not a technique)
_COINED_CONCEPT = re.compile(
    r"\s+(?:the|a)\s+(?:(?:new|novel|general)\s+)?(?:concept|notion|idea)\s+of\s+"
    r"((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,3}[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
    r"(?=\s*(?:,|\.|\(|;|:|\s+(?:to|that|which|for|and|where|with|in|as|on|by)\b))"
)
_PROCESS_NOUN = re.compile(r"[a-z-]{3,}(?:ing|tion|sion|ment)$")


def _coined_process(phrase: str) -> bool:
    """Whether a lower-case phrase the paper coins ("we propose directional message passing,",
    "the concept of language family experts") ends in a technique: a method head or a
    process noun that heads no task, after no plural noun (in "we present examples showing
    that" the -ing word is a participle), from the second word on.

    >>> _coined_process("directional message passing"), _coined_process("examples showing")
    (True, False)
    >>> _coined_process("guard distance"), _coined_process("motion planning")
    (False, False)
    """
    words = phrase.split()
    head = words[-1]
    if len(words) < 2 or words[0] in N.STOP_START or head in _GENERIC_HEADS:
        return False
    if head in N.METHOD_HEADS:
        return True
    return bool(_PROCESS_NOUN.match(head)) and head not in N.TASK_HEAD_SET and not words[-2].endswith("s")


_AND_PHRASE = re.compile(
    r"\s+and\s+((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,3}[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
    r"(?=\s*(?:,|\.|\(|;|:|\s+(?:to|that|which|for|where|with|in|as|on|by|together|are|is)\b))"
)
# a capitalised word inside a sentence (after a lower-case word or a comma)
_RARE_CAP = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{2,}[A-Za-z0-9]*)(?![\w'-])")
_FUNCTION_AFTER = re.compile(
    r"^(?:\s*[,.;:)]|\s+(?:and|or|is|are|was|were|with|on|to|in|for|achieves?|uses?|outperforms?|"
    r"model|models|as|which|that|by|at|from)\b)"
)
_NAME_CUE_BEFORE = re.compile(
    r"\b(?:like|such as|including|over|than|named|called|dubbed|vs\.?|versus|e\.g\.,?|and|or)\s+[A-Z]$"
)
_PROPOSE_STARTS = ("we", "this ", "in this paper", "in this work", "us to")
# "we propose Color, ...", "we propose Make-an-Audio 2, a latent diffusion-based method"
_PROPOSED_WORD = re.compile(r"\s+([A-Z][a-z]+[A-Za-z]*(?:-[A-Za-z]+)*(?: \d+(?:\.\d+)?)?)(?=\s*[,:(]|\s+\()")
# "we introduce Noisy Student Training, a ...", "we introduce NATURAL INSTRUCTIONS, a
# dataset", "we introduce SURGE, a benchmark": capitalised words named by the apposition
# after them (one word in capitals too, though it spells an ordinary word)
_PROPOSED_WORDS = re.compile(
    r"\s+((?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s+){0,3}[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
    r"|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"  # one lower-case word: "we propose oni, a ..."
    r"(?=,\s+(?:a|an|the)\s)"
)
_TITLE_LEAD = re.compile(
    r"((?:[A-Z][\w'-]*\s+){1,4}?[A-Z][\w'-]*)\s+(?:for|via|with|in|on|:|through|towards?)\b"
)
# what a LaTeX title's size command leaves in text cleaned elsewhere ("\LARGE UniFuse: ..."
# -> "LARGE UniFuse: ..."): no part of the title's name
_TITLE_SIZE_LEFTOVER = re.compile(r"LARGE\s+(?=[A-Z])")


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s|(?:[A-Z][a-z]+)+[A-Z][a-z]*s")
_TWO_CAPS = re.compile(r"[A-Z]{2}")
_VERSION_WORD = re.compile(r"(?:V|v)?\d+(?:\.\d+)?[BMK]?|[A-Z]\d*|XL")


# a title's part after the colon that says what the prefix is: a method
_DESCRIBED_AS_METHOD = re.compile(
    r"\s*(?:An?|The)\s+(?:(?!(?:of|for|on|in|to|with|and|via)\s)[\w-]+\s+){0,5}?(?:Method|Framework|Approach|Model|Network|Architecture|"
    r"Algorithm|Technique|System)s?\b",
    re.I,
)


def _used_as_written(prefix: str, text: str, low: str, start: int) -> str | None:
    """The first case-insensitive occurrence of ``prefix`` in ``text[start:]`` not followed
    by a letter, after an optional space or hyphen ("Make-an-Audio 2" for "Make-An-Audio 2",
    not "inverse scaling laws" for "Inverse Scaling"), as the text writes it.

    That is ``re.search(re.escape(prefix) + r"(?![ -]?[A-Z])", text[start:], re.I)``; for
    an ASCII prefix a str.find loop on the lower-cased text (``low``) gives the same, without
    compiling a new IGNORECASE pattern for each title (about 130 us each; 1-2 ms for a text
    not all ASCII). Other than ASCII, only "\u0130", "\u0131", "\u017f" and "\u212a" match
    an ASCII letter under re.I (``_FOLDS_TO_ASCII``): a text without them, whose lower case
    keeps its offsets, matches the prefix and the letter after it only where its ASCII does.
    """
    if not (prefix.isascii() and len(low) == len(text)
            and (text.isascii() or no_ascii_folds(text))):  # fmt: skip
        m = re.search(re.escape(prefix) + r"(?![ -]?[A-Z])", text[start:], re.I)
        return m.group() if m else None
    key = prefix.lower()
    i = low.find(key, start)
    while i >= 0:
        j = i + len(key)
        nxt = text[j : j + 2]
        if not (_ascii_letter(nxt[:1]) or (nxt[:1] in (" ", "-") and _ascii_letter(nxt[1:]))):
            return text[i:j]
        i = low.find(key, i + 1)
    return None


# the characters other than ASCII that an ASCII letter matches under re.I (and [A-Z] with
# re.I): dotted and dotless i, long s, Kelvin sign
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def no_ascii_folds(text: str) -> bool:
    """Whether ``text`` holds none of ``_FOLDS_TO_ASCII`` (four substring searches: a set's
    isdisjoint hashes every character, about 50 us for an abstract)."""
    return not any(ch in text for ch in _FOLDS_TO_ASCII)


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()  # ("" is neither)


# well-known task acronyms: the words of their tasks (a title phrase one ends names a
# variant of the task: "Multi-hop QA", "on-device SLU" once the text defines SLU), and the
# task in full, for a title that names the task by the acronym alone
TASK_ACRONYMS = {"QA": ("question answering", "question answering"),
                 "VQA": ("visual question answering", "visual question answering"),
                 "ASR": ("speech recognition", "automatic speech recognition"),
                 "TTS": ("text-to-speech", "text-to-speech"),
                 "NMT": ("machine translation", "neural machine translation"),
                 "NER": ("entity recognition", "named entity recognition"),
                 "OCR": ("character recognition", "optical character recognition"),
                 "NLI": ("language inference", "natural language inference"),
                 "ReID": ("re-identification", "re-identification"),
                 "Re-ID": ("re-identification", "re-identification")}  # fmt: skip
TASK_ACRONYM_HEADS = {short: head for short, (head, _) in TASK_ACRONYMS.items()}
TASK_ACRONYM_NAMES = {short: full for short, (_, full) in TASK_ACRONYMS.items()}
BARE_TITLE_ACRONYM_SCORE = 0.6
# the last part of a compound naming a property the paper seeks, not a kind of task
_PROPERTY_TAILS = N.TASK_BREAK | {"latency", "footprint", "power", "memory", "resolution"}


def _title_task_acronyms(text: str, title_end: int, acronyms) -> tuple[list[tuple[int, int]], dict[str, str]]:
    """Where a task acronym stands in the title (a well-known one, or one the text defines
    with a task as long form: "speaker identification (SID)"), and each one's long form.
    A task the title names by its acronym is the paper's task, as one it spells out is; in
    the abstract the same phrases name settings the paper compares ("supervised CD") or
    background more often than its task.

    >>> t = "Few-shot SID and Multi-hop QA\\n\\nSpeaker identification (SID) matters."
    >>> spans, heads = _title_task_acronyms(t, 29, N.find_acronyms(t))
    >>> [t[a:b] for a, b in spans], heads["SID"]
    (['SID', 'QA'], 'Speaker identification')
    """
    title = text[:title_end]
    heads = {short: long for short, long in TASK_ACRONYM_HEADS.items() if short in title}
    for ls, le, ss, se in acronyms:
        short = text[ss:se]
        if (short in title and text[ls:le].rsplit(None, 1)[-1].lower() in N.TASK_HEAD_SET
                and lookup_label(short) not in (METHOD, DATASET)):  # fmt: skip
            heads[short] = text[ls:le]
    spans = [(i, i + len(short)) for short in heads for i in whole_occurrences(title, short, "-")]
    return sorted(spans), heads


def _bare_title_acronym_task(text: str, low: str, a: int, start: int, b: int, name: str) -> Cand:
    """The task a well-known title acronym names where the words before it are no variant
    of the task ("... for memory-efficient and low-latency ASR", "Chinese NER"): the
    acronym alone, named in full ("automatic speech recognition"). It is scored below a
    title task phrase, so a more specific task of the abstract ("cross-modal person
    re-identification") is kept before it, and it stands where nothing else does.
    A plain modifier before the acronym stays when, with the full name, it is a known task
    or the text writes it ("Visual QA": visual question answering).

    >>> t = "X: A Decoder for Low-Latency ASR\\n\\nWe study it."
    >>> c = _bare_title_acronym_task(t, t.lower(), 18, 29, 32, "automatic speech recognition")
    >>> t[c.start:c.end], c.name, c.score
    ('ASR', 'automatic speech recognition', 0.6)
    >>> t = "Zorbs for Visual QA\\n\\nWe study it."
    >>> c = _bare_title_acronym_task(t, t.lower(), 10, 17, 19, "question answering")
    >>> t[c.start:c.end], c.name
    ('Visual QA', 'visual question answering')
    """
    before = text[a:start].split()
    if before and not before[-1].isupper():
        longer = before[-1].lower() + " " + name
        if lookup_label(longer) == TASK or longer in low:
            start, name = text.rfind(before[-1], a, start), longer
    # a title chunk read as a task: it outranks a lexicon reading of the same acronym
    # ("ASR" is also an attack success rate)
    c = Cand(start, b, TASK, "titletask", BARE_TITLE_ACRONYM_SCORE)
    c.name = name
    return c


def _defined_otherwise(text: str, acronyms, short: str) -> bool:
    """Whether the text defines a well-known task acronym as something else ("Test-time
    scaling (TTS)", "attack success rate (ASR)"): then the title's acronym is not that task.

    >>> t = "Test-time scaling (TTS) helps."
    >>> _defined_otherwise(t, N.find_acronyms(t), "TTS")
    True
    >>> t = "Text-to-speech synthesis (TTS) and person re-identification (ReID) help."
    >>> _defined_otherwise(t, N.find_acronyms(t), "TTS"), _defined_otherwise(t, N.find_acronyms(t), "ReID")
    (False, False)
    """
    head = set(_HYPHEN_SPACE.split(TASK_ACRONYM_HEADS[short]))
    return any(text[ss:se] == short and not head <= set(_HYPHEN_SPACE.split(text[ls:le].lower()))
               for ls, le, ss, se in acronyms)  # fmt: skip


_HYPHEN_SPACE = re.compile(r"[\s-]+")


def _task_variant(text: str, low: str, a: int, b: int, head: str) -> bool:
    """Whether a phrase an acronym task ends (``text[a:b]``, the acronym's long form
    ``head``) names a variant of that task: its words before the acronym are compounds
    ("multi-hop QA", "on-device SLU", "semi-supervised sequence-to-sequence ASR"), not a
    property or a comparison ("memory-efficient ASR", "low-latency ASR", "commonly-used
    VAD"), and the text does not write it with the long form (that is the name annotators
    copy: "open-domain question answering").

    >>> t = "for multi-hop QA and low-latency ASR"
    >>> _task_variant(t, t, 4, 16, "question answering"), _task_variant(t, t, 21, 36, "speech recognition")
    (True, False)
    """
    *before, _ = text[a:b].split()
    tails = [w.rsplit("-", 1)[1].lower() for w in before if "-" in w]
    return (len(tails) == len(before)
            and not any(t in _PROPERTY_TAILS or (t.endswith("ed") and t not in N._ED_KEEP) for t in tails)
            and " ".join([*before, head]).lower() not in low)  # fmt: skip


_OPENING_GERUND = re.compile(r"[A-Z][a-z]+ing ")
# a gerund clause takes a verb in the singular ("Training Deep Neural Networks is hard"), a
# plural family named with a participle one in the plural ("Spiking Neural Networks are ...")
_SINGULAR_VERB_AFTER = re.compile(r" (?:is|was|has|remains|requires|becomes|poses|involves|needs)\b")
# a gerund clause before the sentence's subject ("Leveraging Transformers, we ...", "Combining
# Zorb Attention with ..., this paper ..."): the gerund is the clause's verb, whatever follows
# it. Not the -ing words that are prepositions: "Following Zorbson and Quorb, we ..." cites a
# work, and the rest is a person's name, no method
_PREPOSITION_GERUNDS = frozenset(("following", "according", "regarding", "concerning", "including", "excluding",
                                  "considering", "during", "notwithstanding", "barring", "pending"))
_SUBJECT_AFTER_CLAUSE = re.compile(r"[^.;:!?,]{0,100},\s+(?:we|our|I|this (?:paper|work|study|article))\b")


# the words a title opens with to say what kind of paper it is ("Position: Zorb Models Need
# Alignment", "Survey: ..."): no name of the work ("Primer: ..." is a model, so not listed)
_TITLE_GENRES = frozenset(("position", "survey", "review", "perspective", "perspectives", "tutorial", "overview",
                          "commentary", "editorial", "erratum", "corrigendum", "retrospective", "opinion",
                          "essay", "viewpoint", "rebuttal", "notes", "note", "vision"))


# a one-word title prefix the abstract coins as its work's name, though the word is generic
# or says what kind of paper it is: "Vision: Zorb Models Need Quorbs" is a vision paper, but
# "we present Vision, a ..." names a model (the word after a coining verb, before a comma or
# a bracket)
def _coined_prefix(prefix: str, text: str, title_end: int) -> bool:
    """Whether the abstract coins the one-word title prefix ``prefix`` as its work's name.

    >>> t = "Vision: Zorb Models Need Quorbs" + 2 * chr(10) + "We argue that zorb models need quorbs."
    >>> _coined_prefix("Vision", t, 31), _coined_prefix("Vision", t.replace("We argue", "We present Vision, a model;"), 31)
    (False, True)
    """
    if text.find(prefix, title_end) < 0:
        return False
    return re.compile(rf"\b(?:[Ww]e|[Tt]his (?:paper|work)){_WE_COIN_VERB}\s+{re.escape(prefix)}\s*[,(]").search(
        text, title_end) is not None


def _past_opening_gerund(text: str, st: DocState, a: int, b: int, long_forms: AbstractSet[tuple[int, int]]) -> int:
    """Where a capitalised run starts once a sentence-opening gerund whose object it is is
    left out: "Customizing Convolution Neural Networks (CNN) for ...", "Training Deep Neural
    Networks is hard" (the rest is the long form its acronym spells without the gerund, or
    a plural generic family before a verb in the singular, or a clause before its sentence's
    subject: "Leveraging Transformers, we ..."); else ``a``. "Denoising Diffusion
    Probabilistic Models (DDPMs)" and "Spiking Neural Network (SNN)" spell their gerund,
    "Spiking Neural Networks are efficient" is the family, "Parsing R-CNN" is one name."""
    g = _OPENING_GERUND.match(text, a, b)
    if g is None or st.sentence_span(a)[0] != a:
        return a
    rest = g.end()
    if _SUBJECT_AFTER_CLAUSE.match(text, b) and text[a:rest].lower().strip() not in _PREPOSITION_GERUNDS:
        return rest
    if text.count(" ", rest, b) < 1:
        return a
    if (rest, b) in long_forms:
        return rest
    if text[b - 1] == "s" and _SINGULAR_VERB_AFTER.match(text, b) and N.is_generic_phrase(text[rest:b]):
        return rest
    return a


def find_candidates(text: str, st: DocState) -> None:
    """Fill ``st.names`` with unlabeled name candidates and labeled task phrases."""
    cands: list[Cand] = []
    title_end = st.title_end
    # title prefix before a colon: "SHViT: Single-Head Vision Transformer ..."
    colon = text.find(":", 0, title_end) if title_end else -1
    leftover = _TITLE_SIZE_LEFTOVER.match(text, 0, title_end) if title_end else None
    skip = leftover.end() if leftover else 0
    if colon > 0:
        start = skip + 4 if text.startswith("The ", skip) else skip
        prefix = text[start:colon].strip()
        words = prefix.split()
        ok = False
        if len(words) == 1:
            # (a lower-case prefix a macro left is the author's name for the work: "\\pgcoder: Boosting ...";
            # a word of the paper's kind is none: "Position: ...", "Survey: ...")
            ok = (N.is_namey(prefix) or prefix[:1].isupper() or (start, start + len(prefix)) in st.macro_names
                  ) and not _ING_START.match(prefix) and prefix.lower() not in _TITLE_GENRES
        elif 2 <= len(words) <= 4 and not _ING_START.match(prefix):
            # a multi-word prefix is a name when the abstract uses it as one, when it has a
            # name-like word, or when it is headed like a method ("Qiskit Code Assistant")
            # written as a name in the abstract ("Make-an-Audio 2" for "Make-An-Audio 2"),
            # not as ordinary words ("inverse scaling" for "Inverse Scaling")
            used = _used_as_written(prefix, text, st.low, title_end)
            in_abstract = used is not None and all(  # each word starts the same way
                a[0] == b[0] for a, b in zip(used.split(), prefix.split(), strict=True))
            # "Alternative Telescopic Displacement: An Efficient Multimodal Alignment Method"
            described = _DESCRIBED_AS_METHOD.match(text, colon + 1, title_end) is not None
            ok = in_abstract or described or (
                (any(N.is_namey(w) for w in words) or words[-1].lower() in N.METHOD_HEADS)
                and not any(w.islower() for w in words)  # "Dynamics of Instruction Tuning"
            )
        if len(words) >= 2 and words[-1].lower() in N.TASK_HEAD_SET and not any(
            N.is_namey(w) for w in words
        ):
            ok = False  # "Responsible Task Automation: ...": the prefix names a task
        if ok and (N.is_generic_phrase(prefix) or prefix in N.NOT_NAMES):
            ok = False
        if (not ok and len(words) == 1 and prefix[:1].isupper() and not _ING_START.match(prefix)
                and _coined_prefix(prefix, text, title_end)):  # fmt: skip
            ok = True  # "Vision: ...", where the abstract says "we present Vision, a ..."
        if ok:
            cands.append(Cand(start, start + len(prefix), None, "title", 0.95, proposed=True))
    titled = bool(cands)  # (the title candidates are the only ones so far: read below)
    if title_end and not titled:
        # "Window-Based Early-Exit Cascades for Uncertainty Estimation": a leading name
        m = _TITLE_LEAD.match(text, skip, title_end)
        if m:
            lead = m.group(1)
            head = lead.rsplit(None, 1)[-1].lower()
            if (
                head in N.METHOD_HEADS
                and not N.is_generic_phrase(lead)
                and not _ING_START.match(lead)
                and lead.split()[0].lower() not in N.TASK_BREAK
            ):
                cands.append(Cand(skip, skip + len(lead), None, "title", 0.8, proposed=True))
                titled = True
    for ls, le, ss, se in st.acronyms:
        c = Cand(ls, le, None, "acronym", 0.85, short=(ss, se))
        head = _ACRONYM_HEAD.match(text, se)
        if head and head.group(1) in N.METHOD_HEADS and head.group(1) not in _GENERIC_HEADS:
            # "global-regional interactive (GRI) attention": the head after the acronym
            # names what it is; the candidate covers it (ctx keeps the end of the long form)
            c.ctx, c.end = le, head.end(1)
        cands.append(c)
    spans = st.name_spans if st.name_spans is not None else N.find_name_words(text)
    for a, b in spans:
        cands.append(Cand(a, b, None, "name", 0.7))
    for a, b in N.find_spaced_releases(text, st.words):  # "Zemini 1.5 Pro": a family named by its release
        cands.append(Cand(a, b, None, "name", 0.7))
    body = title_end + 2 if title_end else 0
    long_forms = {(ls, le) for ls, le, _, _ in st.acronyms}
    long_starts = {le: ls for ls, le in long_forms}
    for a, b in N.find_title_case_runs(text, body, len(text), st.shape):
        a = _past_opening_gerund(text, st, a, b, long_forms)
        if a < long_starts.get(b, a) and N.qualifies_only(text[a : long_starts[b]]):
            continue  # "Vanilla Vision Transformer (ViT)": the defined name, qualified
        if lookup_label(text[a:b].rsplit(None, 1)[-1]) == METRIC:
            continue  # "Test F1", "Mean AP": a measure, which the lexicon finds
        if not _weak_titlecase(text[a:b], text):
            cands.append(Cand(a, b, None, "titlecase", 0.5))
    if "in terms of" in st.low or "measur" in st.low or "evaluat" in st.low or "assess" in st.low or (
            "metrics" in st.low):  # fmt: skip
        cands.extend(_terms_of_metrics(text, st.low, body))
    if "trade" in st.low:
        traded, spans = _traded_measures(text, body)
        if traded:
            # neither the compound nor its part is a name ("CER" of "CER-latency" would
            # outrank the measure at equal length)
            cands[:] = [c for c in cands if c.label is not None or (c.start, c.end) not in spans]
            cands.extend(traded)
    if "metric" in st.low or "measure" in st.low or "gauge" in st.low or "criterion" in st.low:
        cands.extend(_named_metrics(text, st.low, body))
        if "metrics" in st.words or "measures" in st.words:  # (the list's noun is plural)
            cands.extend(_counted_metric_lists(text, st.low, body))
    # (ungated: its finditer_at looks for exactly these change nouns, a gate would scan twice)
    cands.extend(_changed_measures(text, st.low, body))
    measure_heads = _MEASURE_HEADS.intersection(st.words)
    if measure_heads:
        cands.extend(_measure_objects(text, body, st.low, measure_heads))
    cands.extend(_codes_after_scores(text, body, st.shape))
    if "core" in st.low:  # (s)core, (S)core
        cands.extend(_named_scores(text, st.low, body))
    if "-measure" in st.low:
        cands.extend(_letter_measures(text, body))
    if "metrics" in st.words or "measures" in st.words or "scores" in st.words:
        cands.extend(_codes_before_metrics(text, st.low, body))
    cands.extend(_hyphened_measures(text, body))
    # "micro average accuracy", "macro F1": a qualifier before a listed measure is part of it
    for c in st.lexicon:
        if c.label == METRIC and c.start > body:
            lo = max(body, c.start - 40)
            q = _METRIC_QUALIFIER.search(text, lo, c.start) if _may_be_qualified(text, lo, c.start) else None
            if q:
                cands.append(Cand(q.start(), c.end, METRIC, "lexicon", 0.85))
    for m in N.METRIC_AT.finditer(text, body) if "@" in text else ():
        c = Cand(m.start(), m.end(), METRIC, "lexicon", 0.85)
        cands.append(c)
    if "mean " in st.low or "average " in st.low:
        cands.extend(_averaged_measures(text, body, [c for c in (*st.lexicon, *cands) if c.label == METRIC]))
    for m in _before_dataset_words(text, st, body):
        a, b = m.span(1)
        words = m.group(1).split()
        while words and words[0] in N.STOP_START:
            a += len(words[0]) + 1
            words = words[1:]
        if words and not N.is_generic_phrase(" ".join(words)) and words[-1] not in N.NOT_NAMES:
            cands.append(Cand(a, b, DATASET, "context", 0.8))
    if st.words & _PROPOSE_HINTS:
        if st.low is not text:  # PROPOSE_LOW starts at "we", "this paper|work", "in this"
            st.proposals = list(finditer_at(N.PROPOSE_LOW, st.low, _PROPOSE_STARTS, offsets=st.cue_offsets))
        else:
            st.proposals = list(N.PROPOSE.finditer(text))
    else:
        st.proposals = []
    if not _NAMING_HINTS.isdisjoint(st.words):
        cands.extend(_named_after(text, st, body))
    known = [(c.start, c.end) for c in st.lexicon if c.label == METHOD]  # (what a part may hold)
    for m in st.proposals:
        if m.start() < body:
            continue
        w = _PROPOSED_WORD.match(text, m.end())
        if w and w.group(1) not in N.STOP_START and w.group(1) not in N.NOT_NAMES:
            cands.append(Cand(w.start(1), w.end(1), None, "name", 0.75, proposed=True))
        elif macro := _macro_name_at(st, m.end()):
            cands.append(Cand(*macro, None, "name", 0.75, proposed=True))  # "we present \\zorbcoder, which"
        w = _PROPOSED_WORDS.match(text, m.end())
        if w and w.group(1).split(None, 1)[0] not in N.STOP_START and w.group(1) not in N.TASK_BREAK:
            cands.append(Cand(w.start(1), w.end(1), None, "name", 0.75, proposed=True))
        k = _COINED_CONCEPT.match(text, m.end())
        if k and not any(w in N.TASK_BREAK for w in k.group(1).split()) and _coined_process(
                k.group(1)) and not N.is_generic_phrase(k.group(1)):  # fmt: skip
            cands.append(Cand(k.start(1), k.end(1), METHOD, "phrase", 0.6, proposed=True))
        cands.extend(_proposed_phrases(text, m.end(), known))
    if not _INTRODUCED_PART_VERBS.isdisjoint(st.words):
        cands.extend(_introduced_parts(text, body, known))
    # "we leverage X and propose a temporal relational layer", "by introducing ...": a
    # proposal verb of the same sentence whose subject "we" came before
    if "propos" in st.low or "introduc" in st.low:
        for m in _coordinated_propose_matches(text, body):
            if _we_subject(text, m):
                cands.extend(c for c in _proposed_phrases(text, m.end(), known)
                             if text[c.start : c.end].split(None, 1)[0] not in _PART_ONLY_LEADS)
    topics: list[tuple[int, int, str]] = []
    heads = N.task_heads(text, st.low, st.words)  # for the title's task phrases and the abstract's
    if title_end:
        # (after a "LARGE " size-command leftover: no word of a task)
        t0 = colon + 1 if colon > 0 and titled else skip
        prefix = text[:colon].strip() if colon > 0 and " " not in text[:colon].strip() else ""
        chunks = N.title_task_chunks(text[t0:title_end], t0, topics)

        def spelled(a: int, b: int) -> bool:
            """ "SARA: Sparse Attention Routing Adaptation": the name spelled out (in
            "Math-PUMA: Progressive Upward Multimodal Alignment", its last part)"""
            return bool(prefix) and a == _first_word(text, colon + 1) and (
                N.spells(prefix, text[a:b]) or N.spells(prefix.rsplit("-", 1)[-1], text[a:b]))

        for a, b, name in chunks:
            if spelled(a, b):
                continue
            words = name.split()
            surface = text[a:b].split()
            # "SMT-Assisted Proof-Oriented Programming": a leading name modifies the task
            while (len(words) > 2 and len(surface) == len(words) and N.is_namey(surface[0])
                   and not surface[0].isupper()):  # fmt: skip
                a += len(surface[0]) + 1
                words, surface = words[1:], surface[1:]
                name = " ".join(words)
            score = 0.6 + (0.1 if words[-1] in N.TASK_HEAD_SET else 0.0)
            if len(words) == 1:
                # "Sparsity", "Analysis": too vague alone; "Attention", "Usability": no task
                score = 0.45 if words[0] in N.TASK_HEAD_SET else 0.25
            if any(N.is_namey(w) and not w.isupper() for w in surface):
                score -= 0.25
            if name in BROAD_FIELDS:
                score -= 0.3
            if len(words) > 1:
                score += _title_role(text, t0, a)
            c = Cand(a, b, TASK, "titletask", round(score, 3))
            c.name = name
            cands.append(c)
        acronym_spans, acronym_heads = _title_task_acronyms(text, title_end, st.acronyms)
        head_ending = {b: acronym_heads[text[a:b]] for a, b in acronym_spans}  # end -> long form
        for a, b in N.find_task_phrases(text, skip, title_end, title=True, low=st.low,
                                        words=st.words, heads=heads + acronym_spans):  # fmt: skip
            if b in head_ending and not _task_variant(text, st.low, a, b, head_ending[b]):
                s = max(a, text.rfind(" ", a, b) + 1)
                if text[s:b] in TASK_ACRONYM_NAMES and not _defined_otherwise(text, st.acronyms, text[s:b]):
                    cands.append(_bare_title_acronym_task(text, st.low, a, s, b, TASK_ACRONYM_NAMES[text[s:b]]))
                continue
            c = Cand(a, b, TASK, "task", round(task_score(text[a:b], True)
                                               + _title_role(text, t0, a), 3))
            if spelled(a, b):
                c.score = SPELLED_NAME_SCORE  # kept as a candidate: it holds its words
            c.name = N.llm_short(_task_name(text[a:b]), text[a:b])
            cands.append(c)
        _demote_title_means(text, cands, title_end, st.lexicon)
        _drop_title_technique_means(text, cands, title_end)
    phrases = N.find_task_phrases(text, body, len(text), low=st.low, words=st.words, heads=heads)
    for a, b in phrases:
        hidden = _hidden_known_task(text, st.low, a, b, body)  # "zero-shot image classification"
        c = Cand(a, b, TASK, "task", task_score(text[a:b], False, lexicon=hidden))
        if "(" in text[a:b]:  # an acronym inside hid the phrase from the lexicon
            c.name = _task_name(text[a:b])
            if lookup_label(c.name) == TASK:
                c.score = task_score(c.name, False, lexicon=True)
        cands.append(c)
    # "arithmetic and symbolic reasoning tasks": each conjunct with the shared head
    for a, b in phrases:
        if text[a - 5 : a] in (" and ", ", or ") or text[a - 4 : a] == " or ":
            cands.extend(_coordinated_tasks(text, a, b, body))
    # (the cue words' offsets are the document's: "dataset", "task" ... are read by several rules)
    shared = _shared_modifier_tasks(text, st.low, body, st.cue_offsets)
    if shared:
        # the bare head the lexicon found there ("deblurring") is the same task, less named
        shared_spans = {(c.start, c.end) for c in shared}
        st.lexicon = [c for c in st.lexicon if c.label != TASK or (c.start, c.end) not in shared_spans]
        cands.extend(shared)
    # "a framework for detecting objects": the task named by its noun, "object detection"
    for a, b, name, score in NOM.verb_phrase_tasks(text, st.low, st.words, body):
        c = Cand(a, b, TASK, "task", score)
        c.name = name
        cands.append(c)
    if any(h in st.words for h in _LIST_HINTS):
        cands.extend(_listed_tasks(text, body, st.low, st.cue_offsets))
        cands.extend(_apposed_tasks(text, body, st.low))
        if "problem" in st.words:
            cands.extend(_named_problems(text, body))
        cands.extend(_new_task_names(text, body, st.low))
        cands.extend(_defined_tasks(text, body))
        # (only where no other candidate is, but for a shorter one inside it, "Hindi NER":
        # elsewhere it would rename a task found already)
        taken = [(c.start, c.end) for c in cands + st.lexicon]
        others = [(c.start, c.end) for c in cands + st.lexicon + st.names if c.label in (DATASET, METHOD)]
        for k in _task_kinds(text, body, st.low):
            definite = k.score == DEFINITE_TASK_KIND
            if definite and any(k.start <= a and b <= k.end for a, b in others):
                continue  # around a known dataset or a name: "the ShapeNetPart segmentation task"
            same = [c for c in cands if c.label == TASK and (c.start, c.end) == (k.start, k.end)]
            if definite and same:
                for c in same:  # the phrase finder's reading of "the X task": as sure as the kind
                    c.score = max(c.score, k.score)
            elif not any(a < k.end and k.start < b and not (k.start <= a and b <= k.end and b - a < k.end - k.start)
                         for a, b in taken):  # fmt: skip
                cands.append(k)
    cands.extend(_technique_cands(text, st, body))
    # (the topics the abstract uses first: most titles have none, and then the spans taken
    # are not gathered)
    used_topics = _title_topics(text, st.low, topics, t0, body) if title_end and topics else []
    if used_topics:
        # a topic only where no other rule found anything: it is the weakest reading; and
        # not after a task the title names ("Operator Learning in Frequency Domain",
        # "Sequence Labelling in Spoken Dialog": the setting of that task), unless joined
        # to it by "and" ("Stereo Matching and Optical Flow": a second task)
        taken = [(c.start, c.end) for c in cands + st.lexicon if c.start < title_end]
        task_ends = [c.end for c in cands + st.lexicon if c.label == TASK and c.end <= title_end
                     and c.score >= TITLE_TASK_NAMED]  # fmt: skip
        for c in used_topics:
            last = max((e for e in task_ends if e <= c.start), default=-1)
            if not any(a < c.end and c.start < b for a, b in taken) and (
                    last < 0 or text[last : c.start].strip(" ,") == "and"):  # fmt: skip
                cands.append(c)
    st.names = cands


# "and propose", "by introducing", "2) propose", "and then propose", "but also introduce",
# "..., then propose", "..., also proposing": a proposal verb without its subject ("we also/then
# propose" is N.PROPOSE's; the comma keeps it out here)
# (each alternative led by a character, the word boundary tested after it, "[ab](?<!\w.)", so
# the engine skips ahead to a, b, comma, digit or bracket; same matches as "\band|\bbut also|
# ,\s*then|,\s*also|\bby|\d\)|\([a-z0-9]\)")
_COORDINATED_PROPOSE = re.compile(
    r"(?:[ab](?<!\w.)(?:(?<=a)nd|(?<=b)ut also|(?<=b)y)|,\s*(?:then|also)|\d\)|\([a-z0-9]\))\s+(?:then\s+|also\s+)?"
    r"(?:propos|introduc)(?:e|es|ing)\b")
_PROPOSAL_VERBS = ("propos", "introduc")


def _skip_space_back(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():  # (str.isspace is the regex engine's \s)
        i -= 1
    return i


def _coordinated_propose_matches(text: str, start: int):
    """``_COORDINATED_PROPOSE.finditer(text, start)``, searched only in the few characters
    before each "propos"/"introduc" of the text: every match ends on such a verb and starts
    at most a whitespace run, "then"/"also", a whitespace run, "but also" (or a comma and a
    whitespace run) before it. The full scan stops at every "a" and "b" of the text."""
    verbs = sorted(i for w in _PROPOSAL_VERBS for i in occurrences(text, w, start))
    end = start
    for v in verbs:
        if v < end:
            continue
        # the earliest start a match ending on this verb can have
        lo = _skip_space_back(text, v)
        lo = _skip_space_back(text, max(0, lo - 4))  # "then"/"also" and the spaces before it
        lo = _skip_space_back(text, max(0, lo - 4))  # "then"/"also" of ", then", "but also"
        lo = max(end, lo - 8)  # "but", the comma, "2)", "(b)"
        # (to the end of the verb's word: the pattern's closing \b reads as in the full text)
        w = v + 6
        while w < len(text) and (text[w].isalnum() or text[w] == "_"):
            w += 1
        m = _COORDINATED_PROPOSE.search(text, lo, w)
        if m:
            end = m.end()
            yield m


_WE_BEFORE = re.compile(r"\b[Ww]e\b")
# "we observe that", "we empirically show that": a clause with a subject of its own opens
_WE_THAT = re.compile(r"[Ww]e\s+(?:[a-z]+ly\s+|also\s+|further\s+)?[a-z]+\s+that\b")
# "by introducing an auxiliary discriminator", "intermediate layers": a part, not a name
_PART_ONLY_LEADS = frozenset(("auxiliary", "additional", "intermediate", "extra", "several", "multiple"))


def _we_subject(text: str, m: re.Match) -> bool:
    """ "we" of the same sentence (within 200 characters) is the subject of the coordinated
    proposal verb ``m``; not after a "that" clause of the last "we" that no comma closes ("We
    observe that detectors rely on anchors and introduce a heavy head": the detectors do; but
    "We observe that ... neighbors, and propose a self regularization loss"). Only "and"/"but
    also" can join the clause's own verb; "by introducing" and "2) propose" have no subject of
    their own ("we show that accuracy can be improved by introducing X": ours)."""
    a = max(rough_sentence_start(text, m.start()), m.start() - 200)
    we = [w.start() for w in _WE_BEFORE.finditer(text, a, m.start())]
    return bool(we) and (not m.group().startswith(("and", "but")) or not _WE_THAT.match(text, we[-1])
                         or text[we[-1] : m.start()].rstrip().endswith(","))


# a part the paper proposes, named by what it does in two or more words before a part head:
# "we design a zorb-guided glimmer fusion module", "we propose a foreground biased sampling
# strategy" (the sota-arxiv annotators list such parts; a part in fewer words is described,
# not named: "a memory module", "a training strategy"). Not "scheme", "mechanism": in the
# corpus they are as often a systems paper's plan ("a resource allocation scheme", "an
# admission control mechanism"), and the dev and hf annotators list none of them
_COMPONENT_PART_HEADS = frozenset(("module", "block", "strategy"))
# ... unless a name follows that is the part's ("a warping module named ACF", "a tagging
# strategy, Grid Tagging (GT)", "a training strategy called R2"; a camel-case word in
# apposition is a name, as a LaTeX macro reads once cleaned: "a glimmer fusion module,
# \zorbName," -> "zorbName"), or later in its clause ("a glimmer fusion module for noisy
# streams, named QuorbFB (QFB)", "..., which we call ZoG")
_NAME_FOLLOWS = re.compile(r"\s*(?:,\s*(?:named|called|dubbed|termed|namely|[A-Z]|[a-z]+[A-Z])|\(|(?:named|called|dubbed|termed|coined)\b)")
_NAMED_LATER = re.compile(r"(?:named|called|dubbed|termed|coined|we\s+call)\s+(?:it\s+)?(?:as\s+)?[\"'\u201c]?(?:[A-Z]|[a-z]+[A-Z])")
_CLAUSE_END = re.compile(r"[.;:]\s")
DESCRIBED_COMPONENT_SCORE = 0.55
# a strategy of learning or training is a recipe described ("an adaptive learning strategy",
# "a two-stage training strategy", "a self-supervised pretraining strategy")
_RECIPE_WORDS = frozenset(("learning", "training", "pretraining", "pre-training", "fine-tuning",
                           "finetuning", "tuning", "optimization"))
# nouns among the task-phrase breakers that are words of a part's name ("feature fusion
# module", "data sampling strategy", "inference acceleration scheme")
_PART_NOUNS = frozenset(("feature", "features", "data", "model", "inference", "training", "test",
                         "time", "stage", "step", "cost", "quality", "candidate"))


# first words that judge a part or say how many, not what it does ("a straightforward
# negative sampling strategy", "a unique self distillation strategy", "a single shared
# transformer module"), besides the judging words of techniques and task phrases
_JUDGED_PART_LEADS = frozenset(("straightforward", "unique", "tailored", "single", "simple",
                                "easy-to-implement", "learnable", "dedicated", "specific",
                                "corresponding"))


def _judged_part(words: list[str]) -> bool:
    """Whether a part phrase's words open with a judging word or an adverb of a participle
    ("carefully designed"), or say only what it is built on before its head ("a deep
    learning-based module", "a transformer-based architecture block", "a neural architectural
    block"; not "a ray-based feature grouping module"): the part is described, not named."""
    first, before = words[0], words[-2]
    return (first in _JUDGED_PART_LEADS or first in T.JUDGING_MODIFIERS
            or N.is_adverb(first) and words[1].endswith("ed")
            or before.endswith("-based") or before in ("architecture", "architectural"))


def _described_component(text: str, phrase: str, end: int) -> bool:
    """Whether a lower-case phrase a proposal verb names is a part named by what it does
    (_COMPONENT_PART_HEADS), with no name of its own after it.

    >>> t = "a zorb-guided glimmer fusion module to fuse"
    >>> _described_component(t, "zorb-guided glimmer fusion module", t.index(" to"))
    True
    >>> t = "a glimmer fusion module, named GFM"
    >>> _described_component(t, "glimmer fusion module", t.index(","))
    False
    >>> _described_component("a memory module", "memory module", 15)
    False
    """
    return _described_part(text, phrase, end, _COMPONENT_PART_HEADS)


def _described_part(text: str, phrase: str, end: int, heads: AbstractSet[str]) -> bool:
    """:func:`_described_component` with the part heads ``heads``."""
    words = phrase.split()
    return (len(words) >= 3 and words[-1] in heads and words[-2] not in _RECIPE_WORDS
            and not any((w in N.TASK_BREAK and w not in _PART_NOUNS) or w in _PART_ONLY_LEADS for w in words[:-1])
            and not _NAME_FOLLOWS.match(text, end) and not N.is_generic_phrase(phrase)
            and not _judged_part(words) and not _named_later(text, end))  # fmt: skip


# a part the paper introduces as the subject of a passive verb of making: "a two-head label
# encoder is introduced to ...", "an adaptive fusion strategy is designed" (the same parts
# the proposal verbs name, :func:`_described_component`, and a few more part heads that a
# new part is made of; not "is used", "is adopted": an existing part)
_INTRODUCED_PART = re.compile(
    r" (?:is|are) (?:(?:also|further|then|first|additionally|newly|carefully|specially|specifically) )?"
    r"(?:introduced|proposed|designed|developed|devised|presented|constructed)\b"
)
_INTRODUCED_PART_VERBS = frozenset(("introduced", "proposed", "designed", "developed", "devised",
                                    "presented", "constructed"))
_INTRODUCED_PART_HEADS = _COMPONENT_PART_HEADS | {"encoder", "decoder", "layer", "loss", "branch", "head"}
# the judging words a part's article may have before the part's own words ("a novel
# distractor-aware module", "a simple but effective two-stream module")
_INTRODUCED_PART_LEAD = re.compile(
    r"(?:(?:novel|new|simple|lightweight|light-weight|efficient|effective|simple (?:yet|but) effective)\s+)*"
)
# the subject of the passive verb: "a"/"an" and up to six lower-case words (no article among
# them) right before it; and a first conjunct before it, "a X encoder and " + the subject
_PART_WORDS = r"((?:(?!an?\s)[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){0,5}(?!an?$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
_PART_SUBJECT = re.compile(r"(?<!\S)[Aa]n?\s+" + _PART_WORDS + "$")
_PART_CONJUNCT = re.compile(r"(?<!\S)[Aa]n?\s+" + _PART_WORDS + r"\s+and\s+$")
# the subject starts a clause: the sentence's start, a comma, a linking adverb or "and" before
# its article (not a preposition: "The output of a fusion module is presented in Figure 2")
_CLAUSE_START_BEFORE = re.compile(
    r"(?:^|[.!?;:,)]\s*|\b(?:[Tt]hen|[Mm]oreover|[Ff]urthermore|[Ss]pecifically|[Aa]dditionally|"
    r"[Ff]inally|[Aa]lso|[Nn]ext|and)\s+)$"
)
# an existing or a generic part, not the paper's own: "a pretrained speech encoder", "an
# off-the-shelf decoder", "a standard transformer decoder", "a linear projection head"
_EXISTING_PART_LEADS = frozenset(("pretrained", "pre-trained", "off-the-shelf", "publicly", "existing",
                                  "standard", "conventional", "vanilla", "traditional", "classical",
                                  "typical", "popular", "well-known", "common"))  # fmt: skip
# (words of generic layers: a part that has only these before its head is a common layer)
_GENERIC_PART_WORDS = frozenset(("linear", "softmax", "output", "input", "projection", "pooling", "mlp",
                                 "fully", "connected", "skip", "residual", "connection", "dropout",
                                 "classification", "average", "global", "max", "hidden", "dense",
                                 "batch", "normalization", "two-layer", "simple", "single"))  # fmt: skip
# the sentence says the part is someone else's: "In recent work, a ... is proposed", "is
# presented as a baseline", "is introduced in [12]"
_CITED_PART = re.compile(
    r"\b(?:[Ii]n|[Bb]y)\s+(?:(?:the|their|some|many)\s+)?(?:prior|previous|recent|earlier|existing|related|their|other)"
    r"\s+(?:work|works|studies|literature|papers?)\b|\bas\s+(?:a|the)\s+(?:\w+\s+)?(?:baselines?|teachers?)\b"
    r"|\bin\s+\[\d"
)


def _introduced_parts(text: str, body: int, known: Sequence[tuple[int, int]] = ()) -> list[Cand]:
    """The parts a sentence introduces as the subject of a passive verb of making: "To
    bridge the branches, a two-head label encoder is introduced to ...", "a global memory
    encoder and a local memory decoder are proposed".

    >>> t = "Then, a two-head label encoder is introduced to learn the prior."
    >>> [t[c.start : c.end] for c in _introduced_parts(t, 0)]
    ['two-head label encoder']
    >>> t = "A global zorb encoder and a local zorb decoder are proposed."
    >>> [t[c.start : c.end] for c in _introduced_parts(t, 0)]
    ['global zorb encoder', 'local zorb decoder']
    >>> t = "A new attention module is proposed. The output of a fusion module is designed."
    >>> _introduced_parts(t, 0)
    []
    >>> t = "The output of a glimmer fusion module is presented in Figure 2."
    >>> _introduced_parts(t, 0)
    []
    """
    out = []
    for m in _INTRODUCED_PART.finditer(text, body):
        lo = max(body, m.start() - 80)
        subject = _PART_SUBJECT.search(text, lo, m.start())
        if subject is None:
            continue
        spans = [subject.span(1)]
        start = subject.start()
        if m.group().startswith(" are"):  # "a global memory encoder and a local memory decoder are"
            first = _PART_CONJUNCT.search(text, max(body, subject.start() - 80), subject.start())
            if first is not None:
                spans.insert(0, first.span(1))
                start = first.start()
        sentence = text[_sentence_start_at(text, start, body) : _sentence_end_at(text, m.end())]
        opens_clause = _CLAUSE_START_BEFORE.search(text, max(body, start - 16), start) is not None
        if not opens_clause or _CITED_PART.search(sentence):
            continue
        parts = []
        for a, b in spans:
            words = text[a:b].lower().split()
            if words[-1] not in _INTRODUCED_PART_HEADS or _existing_or_generic_part(words):
                break  # (one conjunct an existing part: "a softmax layer and a ... layer are introduced")
            a = _INTRODUCED_PART_LEAD.match(text, a, b).end()
            # (a known technique inside it is named as such, as after a proposal verb:
            # "a question-aware self-attention module" uses self-attention)
            if _described_part(text, text[a:b], b, _INTRODUCED_PART_HEADS) and not any(
                    a <= x and y <= b for x, y in known):  # fmt: skip
                parts.append(Cand(a, b, METHOD, "phrase", DESCRIBED_COMPONENT_SCORE))
        else:
            out.extend(parts)
    return out


def _existing_or_generic_part(words: list[str]) -> bool:
    """Whether a part's words say it exists already ("pretrained", "off-the-shelf", "standard")
    or are only those of a generic layer ("linear projection head", "softmax output layer";
    not "linear compressing layer")."""
    return words[0] in _EXISTING_PART_LEADS or _GENERIC_PART_WORDS.issuperset(words[:-1])


def _sentence_start_at(text: str, i: int, lo: int) -> int:
    """Where the sentence holding offset ``i`` starts (not before ``lo``)."""
    k = max(text.rfind(". ", lo, i), text.rfind("? ", lo, i), text.rfind("! ", lo, i))
    return k + 2 if k >= 0 else lo


def _sentence_end_at(text: str, i: int) -> int:
    """Where the sentence holding offset ``i`` ends."""
    k = text.find(". ", i)
    return k + 1 if k >= 0 else len(text)


def _named_later(text: str, end: int) -> bool:
    """Whether the clause of a part phrase ending at ``end`` names it further on ("a fusion
    module for noisy streams, named QuorbFB"): a naming word before a capital or a macro."""
    window = text[end : end + 120]
    if "call" not in window and "named" not in window and "dubbed" not in window and "termed" not in window \
            and "coined" not in window:
        return False
    stop = _CLAUSE_END.search(window)
    return _NAMED_LATER.search(window, 0, stop.start() if stop else len(window)) is not None


def _proposed_phrases(text: str, end: int, known: Sequence[tuple[int, int]] = ()) -> list[Cand]:
    """The lower-case method phrase a proposal verb ending at ``end`` names ("we propose
    outer momentum clipping, ...", "we introduce a staleness gap penalty and outer momentum
    clipping techniques"), with its conjunct; or the part it names by what the part does
    (:func:`_described_component`; ``known``: the spans of known techniques)."""
    cands: list[Cand] = []
    p = _PROPOSED_PHRASE.match(text, end)
    if not p:
        return []
    phrase = p.group(1)
    head = phrase.rsplit(None, 1)[-1]
    if _described_component(text, phrase, p.end(1)):
        # (a known technique inside it is named as such: "a zorb-aware contrastive learning
        # strategy" uses contrastive learning; and a part is not the paper's whole method,
        # which the results of the paper stay bound to)
        if any(p.start(1) <= a and b <= p.end(1) for a, b in known):
            return []
        return [Cand(p.start(1), p.end(1), METHOD, "phrase", DESCRIBED_COMPONENT_SCORE)]
    if any(w in N.TASK_BREAK for w in phrase.split()[:-1]) or phrase.startswith("another "):
        phrase = ""  # "to search": a verb phrase; "another text encoder": no name
    if (phrase and (head in N.METHOD_HEADS or (  # a bare phrase (no article) coins a process
            p.start(1) == end + 1 and head.endswith("ing") and _coined_process(phrase)))
            and head not in _GENERIC_HEADS
            and len(phrase.split()) >= 2
            and not N.is_generic_phrase(phrase)):  # fmt: skip
        c = Cand(p.start(1), p.end(1), METHOD, "phrase", 0.6, proposed=True)
        cands.append(c)
        # "the staleness gap penalty and outer momentum clipping techniques"
        q = _AND_PHRASE.match(text, p.end(1))
        if q:
            words = q.group(1).split()
            if words[-1] in _GENERIC_HEADS or words[-1] in ("techniques", "methods",
                                                             "strategies", "modules"):
                words = words[:-1]
            if (len(words) >= 2 and words[-1] in N.METHOD_HEADS
                    and words[-1] not in _GENERIC_HEADS
                    and not any(w in N.TASK_BREAK for w in words)):  # fmt: skip
                e = q.start(1) + len(" ".join(words))
                cands.append(Cand(q.start(1), e, METHOD, "phrase", 0.6, proposed=True))
    return cands


# "we study the classic Text-to-Pattern Hamming Distances problem": the paper's problem
# ("\b(?:[Ww]e|[Pp]aper|[Ww]ork)..." with the first letter in a class and the word boundary
# tested after it, so the engine skips ahead to w and p; same matches, see _LIST_CUE)
_NAMED_PROBLEM = re.compile(
    r"[WwPp](?<!\w.)(?:(?<=[Ww])e|(?<=[Pp])aper|(?<=[Ww])ork)\s+(?:\w+\s+)?(?:study|studies|consider|considers|address|"
    r"addresses|tackle|tackles|solve|solves|revisit|revisits|investigate|investigates|"
    r"focus on|focuses on)\s+the\s+(?:(?:classic|classical|well-known|fundamental|famous|"
    r"standard|challenging|long-standing)\s+)?((?:[\w-]+ ){0,4}[\w-]+) problem\b"
)
_NOT_PROBLEM_WORDS = NOM.NOT_PROBLEM_WORDS
NAMED_PROBLEM_SCORE = 0.55


def _named_problems(text: str, start: int) -> list[Cand]:
    out = []
    for m in _NAMED_PROBLEM.finditer(text, start):
        words = m.group(1).split()
        if any(w.lower() in _NOT_PROBLEM_WORDS or w.lower() in N.TASK_BREAK for w in words):
            continue
        head = words[-1]
        if not (N._NOMINAL.search(head.lower()) or head.lower() in N.TASK_HEAD_SET
                or head[0].isupper() or len(words) >= 2):  # fmt: skip
            continue
        if _ADJ_LIKE.search(head.lower()) and not head[0].isupper():
            continue  # "the NP-hard problem"
        # its own source: "the X problem" says X is a task, whatever a name rule read in X
        c = Cand(m.start(1), m.end(1), TASK, "problem", NAMED_PROBLEM_SCORE)
        c.name = _task_name(m.group(1))
        out.append(c)
    return out


_ADJ_LIKE = re.compile(r"(?:al|ic|ive|ous|ary|ble|ful|less|-hard|-complete)$")

# "we propose a new task, X", "a novel problem named X", "the new task of X", "a new task
# that we term X", "a novel task – X (ACR)": the paper's own task, named right after (a
# naming word, N.NAMING or "which we call", may follow the comma or stand alone)
_NEW_TASK = re.compile(
    r"\b(?:a|the|this)\s+(?:new|novel)\s+((?:[\w-]+\s+)?)(?:task|problem)\b"
    r"(\s+of\s|\s*,|\s*[:\u2013\u2014]|\s+-{1,3}|-{2,3})?\s*",  # (not "task-Specific": a compound)
    re.I,
)
_NEW_WORDS = ("new", "novel")


def _new_task_matches(text: str, low: str | None, start: int):
    """``_NEW_TASK.finditer(text, start)``, tried only where a match can start: at the
    article ("a", "the", "this") that ends right before the whitespace before each "new" or
    "novel" of ``low`` (the lower-case text; the full scan where it is none). The full scan
    stops at every "a" and "t" of the text."""
    if low is None or low is text:
        yield from _NEW_TASK.finditer(text, start)
        return
    end = start
    for v in sorted(i for w in _NEW_WORDS for i in occurrences(low, w, start)):
        k = _skip_space_back(text, v)
        if k == v:
            continue
        for s in (k - 4, k - 3, k - 1):  # "this", "the", "a"
            if s >= end and (m := _NEW_TASK.match(text, s)):
                end = m.end()
                yield m
                break


_NEW_TASK_WE_CALL = re.compile(r"(?:(?:which|that)\s+)?we\s+(?:call|term|name|dub)\s+", re.I)
_NEW_TASK_TC = r"[A-Z][\w'-]*"
# where a noun phrase ends at punctuation: a comma, a bracket (also a citation's "[12]"), a
# dash ("X - and", "X—and") or the end of the text (components' measures read it too)
NP_END_PUNCT = r"\s*(?:[,.;:()\[\]\u2013\u2014]|--?\s|$)"
# a Title-Case name (function words inside, an acronym after) or a lower-case phrase
_NEW_TASK_NAME = re.compile(
    rf"({_NEW_TASK_TC}(?:\s+(?:(?:in|of|for|from|with|on|and|to)\s+)?{_NEW_TASK_TC}){{0,6}}"
    r"(?:\s+\([A-Z][\w-]*\))?|[a-z][\w-]*(?:\s+[a-z][\w-]*){1,5}?)"
    rf"(?={NP_END_PUNCT}|\s+(?:which|that|where|wherein|whose|to|in which|for|with|is|as|by|"
    r"and|using|on|from|under)\b)"
)
# "a new pre-training task named X", "a new contrastive task": a step of the method, not
# the paper's task
_NEW_TASK_OF_METHOD = frozenset(("pre-training", "pretraining", "pretext", "auxiliary", "proxy",
                                 "training", "self-supervised", "surrogate", "contrastive",
                                 "learning", "additional", "extra"))  # fmt: skip
# what a new task is not named after: "a new benchmark task called X", "a new task: A Quill
# Benchmark"; "a new problem of great importance" (an evaluative head, not a task)
_NEW_TASK_NOT_HEADS = frozenset(("benchmark", "dataset", "importance", "significance",
                                 "interest", "complexity", "difficulty", "relevance"))  # fmt: skip
_NEW_TASK_DETERMINERS = frozenset(("a", "an", "the", "this", "these", "our", "its"))
NEW_TASK_SCORE = 0.7


def _new_task_names(text: str, start: int, low: str | None = None) -> list[Cand]:
    """The task a paper says it introduces, named right after "a new/novel task/problem".

    >>> t = "We introduce the new task of Video Corpus Moment Retrieval (VCMR), which retrieves."
    >>> [c.name for c in _new_task_names(t, 0)]
    ['video corpus moment retrieval']
    >>> t = "We propose a novel problem of segmenting an image based on an expression."
    >>> _new_task_names(t, 0)
    []
    """
    out = []
    if "new" not in text and "novel" not in text:
        return out
    for m in _new_task_matches(text, low, start):
        if m.group(1).strip().lower() in _NEW_TASK_OF_METHOD | _NEW_TASK_NOT_HEADS:
            continue
        pos = m.end()
        named = N.NAMING.match(text, pos) or _NEW_TASK_WE_CALL.match(text, pos)
        if named:  # "called X", "we term X": a name
            pos = named.end()
        elif not m.group(2):
            continue  # "a new task for X": nothing names it
        n = _NEW_TASK_NAME.match(text, pos)
        if not n:
            continue
        words = [w for w in n.group(1).split() if not w.startswith("(")]
        first, head = words[0].lower(), words[-1].lower()
        if first in _NEW_TASK_DETERMINERS or head in _NEW_TASK_NOT_HEADS:
            continue
        if words[0][0].isupper():
            if len(words) == 1 and "(" not in n.group(1) and (N.is_adverb(first) or first in common_words()):
                continue  # "a new task: Specifically, ...": a sentence opener, not a name
        elif not named and (
            (first.endswith("ing") and first not in N._ING_NOUNS)  # "of segmenting an image"
            or any(w in N.TASK_BREAK for w in words)  # "a new problem of how ...", "a new task: shape"
            or not (head in N.TASK_HEAD_SET or _NOMINAL_HEAD.search(head))
        ):
            continue
        # "called Image Captioning and Visual Question Answering": two tasks (not "Vision
        # and Language Navigation", whose parts are not each a name)
        parts = re.split(r"\s+and\s+", n.group(1)) if words[0][0].isupper() else [n.group(1)]
        if len(parts) == 1 or any(len(p.split()) < 2 for p in parts):
            parts = [n.group(1)]
        i = n.start(1)
        for p in parts:
            i = text.find(p, i)
            c = Cand(i, i + len(p), TASK, "problem", NEW_TASK_SCORE)
            c.name = _task_name(p)
            out.append(c)
            i += len(p)
    return out

# "Entity linking is the task of ...", "Multi-view stereo (MVS) is a crucial task": a sentence
# that opens by saying what task its subject is (the subject is read back from the verb)
# ("\s\s*" rather than "\s+": a pattern that opens with a character class lets the regex
# engine skip ahead to spaces; an opening repeat makes it try every character)
_IS_A_TASK_VERB = re.compile(
    r"\s\s*(?:is|refers to|remains|has become|has been)\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(task|problem)|one of the\s+(?:[\w-]+\s+){0,4}?(task|problem)s)(?![\w-])"
)
# the head of a subject said to be a "problem" (an issue, too: "Domain shift is a problem")
_PROBLEM_HEAD = re.compile(r"(?:ing|tion|sion|ment|sis|ance)$")
_SUBJECT_END = re.compile(r"\s+(?:on|in|of|for|from|with|under|over|across|at|by)\s")
_CLAUSE_INSIDE = re.compile(r"[,;()]|\b(?:that|which|who|whose|where|when|while|if)\b")
_NOT_SUBJECT_START = frozenset(("this", "it", "that", "there", "such", "our", "these", "which",
                                "what", "the", "however", "thus", "here", "each", "its",
                                "their", "one", "so", "hence", "yet", "but", "and"))  # fmt: skip


# where a match of _IS_A_TASK_VERB can start: at the whitespace before one of its verbs
_TASK_VERB_STARTS = [re.compile(v + "(?<=\\s" + v + ")") for v in ("is", "refers to", "remains", "has ")]


def _task_verb_matches(text: str, start: int):
    """``_IS_A_TASK_VERB.finditer(text, start)``, tried only at the start of the whitespace
    before a verb (found by literal-led regexes the engine skips ahead to) instead of at
    every whitespace character; the same matches: from inside that whitespace the regex
    matches only what it matches from its start."""
    starts = set()
    for rx in _TASK_VERB_STARTS:
        for v in rx.finditer(text, start + 1):  # (the whitespace at start or later)
            i = v.start() - 1
            while i > start and text[i - 1].isspace():
                i -= 1
            starts.add(i)
    end = start
    for i in sorted(starts):
        if i >= end:
            m = _IS_A_TASK_VERB.match(text, i)
            if m:
                end = m.end()
                yield m


# "X tasks" names a kind of task X: the words before "task(s)", after these qualifiers of
# which or how many ("downstream", "real-world", "long-horizon", "unseen"), are the kind
_TASK_KIND_QUALIFIERS = frozenset("""
    more most other certain key open real-world hard harder hardest easy easier standard typical
    common classic numerous each all any unique targeted strict consistent auxiliary primary
    related similar individual distinct important popular well-known traditional conventional
    relevant practical realistic critical basic essential core main additional long-horizon
    multi-step single end-to-end fine-grained open-ended zero-shot few-shot one-shot unseen seen
    given selected representative proxy subsequent target source remaining respective artificial
    synthetic toy proposed downstream various several different diverse new novel difficult
    challenging complex simple long short""".split())
# things, not actions or states, though their ending is a nominal's: "long sequence tasks",
# "simulated environment tasks", "text-rich document tasks" name no kind of task
_TASK_KIND_THINGS = frozenset("""
    sequence sentence instance environment document element segment experiment entity""".split())
_KIND_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_SPACED_WORD = re.compile(r"\S+")


def _task_kinds(text: str, start: int, low: str) -> list[Cand]:
    """A kind of task named before "task(s)" and written again elsewhere in the paper, whose
    head is no task head ("medical calculation tasks", "Colored Objects task"): the phrase
    finder, which needs a task head, never sees it. Two to four words, the last a noun of
    action or state ("-tion", "-ity" ...; not "-ing"), an acronym or a title-case name; written
    once, such a phrase is as often a passing kind ("table-based reasoning tasks of varying
    complexity")."""
    out = []
    if len(low) != len(text):
        return out
    for i in _task_word_starts(low, start):
        spans: list[tuple[int, int]] = []
        lo = max(start, i - 80)
        for w in reversed(list(_SPACED_WORD.finditer(text, lo, i))):
            if not _KIND_WORD.fullmatch(w.group()) or w.group().lower() in N.TASK_BREAK or len(spans) == 4:
                break
            spans.append(w.span())
        spans.reverse()
        # "the LiDAR segmentation task", "on the challenging viewpoint transfer task": one
        # named task, not a passing kind (see _definite_kind)
        definite = bool(spans) and _definite_kind(low, spans, i)
        while spans and text[spans[0][0] : spans[0][1]].lower() in _TASK_KIND_QUALIFIERS:
            spans = spans[1:]
        if len(spans) < 2:
            continue
        words = [text[a:b] for a, b in spans]
        last = words[-1]
        if last.lower() in _TASK_KIND_QUALIFIERS or last.lower() in _TASK_KIND_THINGS:
            continue  # (a qualifier or a thing: no kind)
        if last.lower() in N.TASK_HEAD_SET:
            # (elsewhere a task head is the phrase finder's; a name before it, as there, is
            # the data or the model: "the Switchboard recognition task")
            if definite and not any(w[0].isupper() and not w.isupper() for w in words):
                out.append(Cand(spans[0][0], spans[-1][1], TASK, "task", DEFINITE_TASK_KIND))
            continue
        if last.endswith("ing") or not (_NOMINAL_HEAD.search(last) or last.isupper()
                                        or all(w[0].isupper() for w in words)):  # fmt: skip
            # "cooperative multi-agent", "sparse reward": no named kind; "-ing": as often a
            # participle or a technique ("graph considering", "contrastive pre-training")
            continue
        a, b = spans[0][0], spans[-1][1]
        phrase = " ".join(words)
        if N.is_generic_phrase(phrase) or phrase.lower() in BROAD_FIELDS:
            continue
        if _count_word_phrase(low, low[a:b]) >= 2:
            out.append(Cand(a, b, TASK, "task", 0.5))
        elif definite and (_NOMINAL_HEAD.search(last) or all(w[0].isupper() for w in words)):
            # (not an acronym kind written once: "the nuScenes rightarrow KITTI task", data)
            out.append(Cand(a, b, TASK, "task", DEFINITE_TASK_KIND))
    return out


# words of a definite "the X task" that say what the writer thinks of X or how old it is, not
# which task it is ("the classical word-analogy task", "the prevalent discrimination task"):
# a task the paper only speaks about
_DEFINITE_NOT_KIND = frozenset(("classical", "prevalent", "popular", "conventional", "traditional",
                                "complex", "well-known", "famous", "classic", "original"))
# words by which "the" points back or ahead in the text, not at a task of its own ("the
# corresponding segmentation task", "the underlying reasoning task", "the following
# classification task"): the definite article is the text's reference, not a name
_DEFINITE_POINTING = frozenset(("corresponding", "following", "underlying", "associated", "considered",
                                "aforementioned", "above", "above-mentioned", "latter", "former",
                                "preceding", "previous", "resulting", "respective", "current", "present",
                                "same", "actual", "entire", "whole", "overall", "final", "next"))
DEFINITE_TASK_KIND = 0.35  # with the +0.15 of "task" after it (_TASK_AFTER), the floor of a second task


def _definite_kind(low: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether the words before "task" at ``i`` are "the [qualifiers] X task", singular: a
    definite "the X task" names one task the paper evaluates on or addresses ("results on
    the LiDAR segmentation task", "the challenging viewpoint transfer task"), where "X tasks"
    is as often a passing kind. Not a means ("the auxiliary depth task", "the pretext
    task": _NEW_TASK_OF_METHOD words)."""
    if low.startswith("tasks", i) or any(low[a:b] in _NEW_TASK_OF_METHOD for a, b in spans):
        return False
    if low[spans[-1][0] : spans[-1][1]] == "shared" or any(ch.isdigit() for ch in low[spans[0][0] : spans[-1][1]]):
        return False  # a competition ("the CL-Aff Shared Task") or its edition ("WMT19")
    if any(N.is_adverb(low[a:b]) or low[a:b] in _DEFINITE_NOT_KIND or low[a:b] in _DEFINITE_POINTING
           for a, b in spans):  # fmt: skip
        return False  # "the seemingly distant summarization task", "the prevalent X task": a comment
    k = spans[0][0]
    for _ in range(3):  # back over qualifiers the reading stopped at ("the challenging X task")
        if k < 1 or low[k - 1] != " ":
            return False  # (the text's start or a bracket: no word before; at 0, rfind's end -1 is the text's end)
        w = low.rfind(" ", 0, k - 1) + 1
        word = low[w : k - 1]
        if word == "the":
            return True
        if word not in _TASK_KIND_QUALIFIERS or word in _DEFINITE_NOT_KIND or word in _DEFINITE_POINTING:
            return False
        k = w
    return False


def _task_word_starts(low: str, start: int):
    """Where the words "task" and "tasks" start after a space (not "multitask", "taskonomy"),
    found by str.find rather than a regex tried at every position."""
    i = low.find("task", start)
    while i >= 0:
        j = i + 4 + (low.startswith("s", i + 4))
        if i > 0 and low[i - 1].isspace() and (j == len(low) or not (low[j].isalnum() or low[j] == "-")):
            yield i
        i = low.find("task", j)


def _count_word_phrase(low: str, phrase: str) -> int:
    """How often ``phrase`` is written in ``low`` as whole words."""
    n = 0
    k = low.find(phrase)
    while k >= 0:
        end = k + len(phrase)
        if (k == 0 or not (low[k - 1].isalnum() or low[k - 1] == "-")) and (
                end == len(low) or not (low[end].isalnum() or low[end] == "-")):  # fmt: skip
            n += 1
        k = low.find(phrase, end)
    return n


def _defined_tasks(text: str, start: int) -> list[Cand]:
    """Subjects of "X is a (challenging) task/problem" at the start of a sentence: X names a
    task (cut before a preposition: "Makespan minimization on unrelated machines")."""
    out = []
    if "task" not in text and "problem" not in text:
        return out  # every match ends in one of them; the scan tries each space
    for m in _task_verb_matches(text, start):
        s0 = max(text.rfind(". ", start, m.start()) + 2, text.rfind("\n", start, m.start()) + 1, start)
        end = m.start()
        if m.start() - s0 > 90 or _CLAUSE_INSIDE.search(text, s0, end):
            continue  # "Our analysis ... indicates that redundancy is a serious problem"
        cut = _SUBJECT_END.search(text, s0, end)
        if cut:
            if cut.group().strip() == "of":
                continue  # "Accurate estimation of 3D human pose": the head is after "of"
            end = cut.start()
        words = text[s0:end].split()
        if not 1 <= len(words) <= 5 or words[0].lower() in _NOT_SUBJECT_START:
            continue
        if any(w.lower() in N.TASK_BREAK or not w[-1].isalnum() for w in words):
            continue  # a clause, not a noun phrase: "It is", "Image guided depth completion"
        low0, head = words[0].lower(), words[-1].lower()
        if (low0.endswith("ing") and (len(words) > 1 or low0 not in N._ING_NOUNS)
                or low0.endswith("ed") or (len(words) == 1 and (words[0].isupper()
                                                                 or low0 == "learning"))):  # fmt: skip
            # "Tracking objects is ...", "Compared with X, Y is ...": a verb; "MRP is a
            # task": the acronym's definition names it
            continue
        if m.group(1 if m.group(1) else 2) == "problem" and not (
                head in N.TASK_HEAD_SET or _PROBLEM_HEAD.search(head)):  # fmt: skip
            continue
        c = Cand(s0, s0 + len(" ".join(words)), TASK, "problem", NAMED_PROBLEM_SCORE)
        c.name = _task_name(" ".join(words))
        out.append(c)
    return out


# what a naming word introduces: "termed contrastive adjustment,", "named Color is"
_NAMED_PHRASE = re.compile(
    r"((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){0,3}[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
    r"(?=\s*(?:,|\.|;|:|\s+(?:to|that|which|for|and|where|with|is|was|as|on|by)\b))"
)
_NAMED_WORD = re.compile(
    r"([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){0,3})"
    r"(?=\s*(?:,|\.|;|:|\(|\s+(?:is|was|to|that|which|for|and)\b))"
)
# (unless a method word comes between: "on five benchmark datasets, our method, named as X")
_NAMED_DATASET_BEFORE = re.compile(
    r"\b(?:dataset|benchmark|corpus|suite|datastore|testbed|leaderboard|environment)s?\b"
    r"(?:(?!\b(?:method|model|framework|approach|network|architecture|algorithm)s?\b)[^.;]){0,30}$",
    re.I,
)


_NEW_BEFORE = re.compile(r"\b(?:new|novel)\b", re.I)


def _macro_name_at(st: DocState, pos: int) -> tuple[int, int] | None:
    """The span of a word an unknown LaTeX macro left that is no stand-in (``st.macro_names``:
    the author's name as written, "\\zorbgpt{}" -> "zorbgpt") starting at ``pos`` or after
    the spaces there, else None."""
    for a, b in st.macro_names:
        if pos <= a <= pos + 2 and not st.text[pos:a].strip():
            return a, b
    return None


def _named_after(text: str, st: DocState, body: int) -> list[Cand]:
    """The name after "called", "named", "termed", "dubbed" in a sentence about the paper's
    own work ("We introduce a new algorithm, termed contrastive adjustment,"; "a solution
    named Color is proposed"): a method (a dataset after a dataset word) the paper proposes."""
    out = []
    for m in _naming(text, st.low, body):
        if text[m.start() : m.start() + 6].lower() in ("namely", "referr", "denote"):
            continue  # "namely X, Y": a list; "denoted as x": a symbol
        s0, s1 = st.sentence_span(m.start())
        if not _PROPOSAL_SENTENCE.search(text, s0, s1) and not (
                _macro_name_at(st, m.end()) and _NEW_BEFORE.search(text, max(s0, m.start() - 60), m.start())):
            continue  # (a macro's word after "a new method called" is the paper's name, in any sentence)
        before = text[max(s0, m.start() - 60) : m.start()]
        label = DATASET if _NAMED_DATASET_BEFORE.search(before) else METHOD
        w = _NAMED_WORD.match(text, m.end())
        if w and w.group(1) not in N.STOP_START and not N.is_generic_phrase(w.group(1)):
            out.append(Cand(w.start(1), w.end(1), label, "name", 0.75, proposed=True))
            continue
        if macro := _macro_name_at(st, m.end()):
            out.append(Cand(*macro, label, "name", 0.75, proposed=True))  # "a pruning method called \\zorbgpt{}"
            continue
        p = _NAMED_PHRASE.match(text, m.end())
        if p and " " in p.group(1) and not N.is_generic_phrase(p.group(1)) and not any(
                w in N.TASK_BREAK for w in p.group(1).split()):  # fmt: skip
            out.append(Cand(p.start(1), p.end(1), label, "phrase", 0.6, proposed=True))
    return out


# the verbs with which a paper coins something of its own, in the present or the past ("we
# proposed Energy Efficient Sleep Awake Aware (EESAA)"); narrower than names.PROPOSE on
# purpose: "we release/create/curate ... (ACR)" more often names data or a resource than a
# method (with PROPOSE, dev and sota40 methods drop)
_COIN_VERBS = "propose|introduce|present|develop|design|devise|construct"
# the verb after "we" that coins a name ("we propose", "we further design", "we built",
# "we customize"), shared by the method and the proposed-part rules
_WE_COIN_VERB = rf"\s+(?:\w+\s+)?(?:{_COIN_VERBS}|build|built|customi[sz]e)(?:s|e?d)?\b"
_PROPOSE_BEFORE = re.compile(rf"\b(?:we|this (?:paper|work)){_WE_COIN_VERB}[^.;]*$", re.I)


def _proposed_in_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` follows "we propose/introduce/design ..." in its sentence."""
    return _PROPOSE_BEFORE.search(text, rough_sentence_start(text, pos), pos) is not None


def _spelled_in_title(text: str, c: Cand, title_end: int) -> bool:
    """Whether the title's words after its name spell the name out (the paper coins it, so a
    lexicon entry of the same letters, like the MARS dataset, is another thing)."""
    rest = text[c.end : title_end].lstrip(": ")
    rest = re.split(r"\s+(?:for|in|on|via|with)\s+", rest, maxsplit=1)[0]
    if _TITLE_DATASET.search(rest):
        return False  # "GLUE: General Language Understanding Evaluation Benchmark" is data
    return N.spells_by_initials(text[c.start : c.end], rest)


def _first_word(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _technique_cands(text: str, st: DocState, body: int) -> list[Cand]:
    """Methods shown by grammar (see :mod:`kg.extract.techniques`): eponyms, technique
    lists, numbered lists after a method word, quoted names with a technique head."""
    out = [Cand(a, b, METHOD, "eponym", s) for a, b, s in T.eponyms(text, body, st.words)]
    anchors = [(c.start, c.end) for c in st.lexicon if c.label == METHOD and c.start >= body]
    out += [Cand(a, b, METHOD, "list", s)
            for a, b, s in T.technique_lists(text, body, anchors, st.low, st.words)]  # fmt: skip
    # a numbered list opens with "(1)", "(i)" ("(ii)", "(iv)") or "(a)" (numbered_items reads
    # only lists whose first mark is one of them): most texts hold none
    if "(1)" in text or "(i" in text or "(a)" in text or "1)" in text and T.has_parts_cue(text):
        # (not an existing part: "(1) pretrained convolution backbone")
        out += [Cand(a, b, METHOD, "numbered", s) for a, b, s in T.numbered_items(text, body)
                if text[a:b].split(None, 1)[0].lower() not in _EXISTING_PART_LEADS]  # fmt: skip
    out += [Cand(a, b, METHOD, "quoted", s) for a, b, s in T.quoted_names(text, body)]
    out += [Cand(a, b, METHOD, "phrase", s) for a, b, s in T.emerged_techniques(text, body)]
    out += [Cand(a, b, METHOD, "list", s) for a, b, s in T.listed_names(text, body, anchors)]
    if "attention mechanism" in st.low:
        out += [Cand(a, b, METHOD, "phrase", s) for a, b, s in T.attention_mechanisms(text, st.low, body)]
    return out


SPELLED_NAME_SCORE = 0.2  # a title phrase that spells the name before the colon: no task
TOPIC_SCORE = 0.5  # a topic the abstract uses twice or more: at the floor of a second task
TOPIC_ONCE_SCORE = 0.25  # used once: below the floor of the first task
TITLE_TASK_NAMED = 0.5  # a title task this sure makes a topic after it its setting


def _title_topics(text: str, low: str, topics, t0: int, body: int) -> list[Cand]:
    """Title noun phrases headed by no task noun ("A Closer Look at Model Growth") that the
    abstract uses again: the paper's topic. Not after "with", "via", "using" ... (how,
    not what)."""
    out = []
    for a, b, name in topics:
        head = name.rsplit(None, 1)[-1]
        if NOM.singular(head) != head:
            continue  # "Point Clouds", "Low-Resource Languages": things studied, not a task
        role = _title_role(text, t0, a)
        n = low.count(name, body) if role >= 0 else 0
        if n:
            score = (TOPIC_SCORE if n >= 2 else TOPIC_ONCE_SCORE) + role
            c = Cand(a, b, TASK, "topic", round(score, 3))
            c.name = name
            out.append(c)
    return out


_TITLE_FOR = re.compile(r"\s+for\s+", re.I)
TITLE_MEANS_PENALTY = 0.25


def _demote_title_means(text: str, cands: list[Cand], title_end: int, lexicon: Sequence[Cand] = ()) -> None:
    """In a title "A for B" where both A and B read as tasks, B is the problem and A the
    way to it ("Scaling Instruction Tuning for Mathematical Reasoning", "Neural Synthesis
    for SMT-Assisted Proof-Oriented Programming"): A loses confidence. A gerund phrase
    ("Generating Protein Sequences for Drug Discovery") states the work itself and stays."""
    chunks = _title_task_chunks(cands, title_end)
    # a known task can be the B ("Global-to-Local Modeling for ... Pose Estimation")
    problems = chunks + [c for c in lexicon if c.label == TASK and c.end <= title_end]
    if not chunks or len(problems) < 2:
        return
    for c in chunks:
        # "A for B", or "A on Blended Images for B": the next "for" of the same clause
        m = _TITLE_FOR_LATER.match(text, c.end, title_end)
        if not m or (c.name and not text[c.start : c.end].lower().endswith(c.name.lower())
                     and text[c.start : c.end].split()[0].lower() not in N.OBJECT_GERUNDS):
            # "Generating Protein Sequences for ...": a gerund states the work; but
            # "Training LLMs for Generating Code" is the way to the task after "for"
            continue
        for o in problems:
            # B may start after a name that modifies it ("SMT-Assisted")
            if o.start >= m.end() and _SAME_CHUNK.fullmatch(text, m.end(), o.start):
                c.score = round(c.score - TITLE_MODIFIER_PENALTY, 3)
                break


_SAME_CHUNK = re.compile(r"(?:[\w'-]+ ){0,2}")


def _title_task_chunks(cands: list[Cand], title_end: int) -> list[Cand]:
    """The task candidates the title's chunks made (not the lexicon's names)."""
    return [c for c in cands if c.label == TASK and c.end <= title_end and c.source in ("titletask", "task")]


TITLE_TECHNIQUE_MEANS = 0.3  # below the floor of the first task (TASK_FLOOR_FIRST)
# a method noun of up to two words between a title phrase and its "for" ("Temporal Reasoning
# Graph for ...", "A Joint Training Dual-MRC Framework for ...")
_BEFORE_METHOD_FOR = re.compile(r"(?:\s+[\w'-]+)?\s+([A-Za-z-]+)\s+for\s+", re.I)

# a verb of study or a word of improvement before the technique: what the paper examines or
# makes better ("Revisiting X for Y", "Optimized RLHF Training for Y")
_STUDIED_BEFORE = re.compile(
    r"\b(?:Revisiting|Rethinking|Exploring|Understanding|Analy[sz]ing|Investigating|Studying|"
    r"Evaluating|Benchmarking|Optimized|Efficient|Scalable|Faster|Accelerat(?:ed|ing))\s+(?:the\s+)?$",
    re.I,
)


def _drop_title_technique_means(text: str, cands: list[Cand], title_end: int) -> None:
    """In a title "X for Y" whose X is headed by a technique word ("Random Walk
    Regularization for Graph Auto Encoders", "Episodic Training for Domain Generalization",
    "Pruning Filters for ...", or before a method noun: "Joint Training Dual-MRC Framework for
    ..."), X is how the paper works, not what it addresses, whether or not Y reads as a task:
    no task (the readable gold lists such an X as a task in none of 13 titles). A known task
    stays ("Neural Architecture Search for ...", "Unsupervised Domain Adaptation for ..."), and so does a
    task head before a method noun ("Cloud Detection Algorithm for ...")."""
    for c in _title_task_chunks(cands, title_end):
        name = c.name or text[c.start : c.end]
        head = name.rsplit(None, 1)[-1].lower()  # (of a gerund phrase, its action: "filter pruning")
        if head not in N.METHOD_HEADS and NOM.singular(head) not in N.METHOD_HEADS:
            continue
        words = name.split()
        if any(lookup_label(" ".join(words[i:])) == TASK for i in range(len(words) - 1)):
            continue  # "Differentiable Neural Architecture Search": a known task, qualified
        if _STUDIED_BEFORE.search(text, max(0, c.start - 30), c.start):
            continue  # "Revisiting Delta-Parameter Pruning for ...": the technique is studied
        m = _BEFORE_METHOD_FOR.match(text, c.end, title_end)
        if _TITLE_FOR_LATER.match(text, c.end, title_end) or (m and m.group(1).lower() in N.METHOD_HEADS):
            c.score = min(c.score, TITLE_TECHNIQUE_MEANS)


# what may stand between A and the "for" of "A for B": up to two phrases of up to six words
# ("Vertex Feature Encoding and Hierarchical Temporal Modeling in a Spatial-Temporal Graph
# Convolutional Network for Action Recognition"; with one phrase of three words, 13 more
# sota-arxiv titles kept a means of theirs as a task); no phrase runs over a "for", so the
# match ends at the first one ("A in C for B for D": A serves B)
_TITLE_FOR_LATER = re.compile(r"(?:\s+(?:on|in|with|of|and)(?:\s+(?!for\b)[\w'-]+){1,6}){0,2}\s+for\s+", re.I)


def _title_role(text: str, t0: int, a: int) -> float:
    """In "X via Y" the Y is how, not what: a title chunk after "via", "through", "with",
    "using", "by", "from" or "based on" is less likely the task (below the floor of a second
    task), one after "for", "in", "on" more likely. The last such word before the chunk
    decides, across adjectives and "and" ("based on X and Y": Y is a means too). What a
    title does "without" is a means it avoids, no task either ("Captions without
    Localization Supervision", "Deep Metric Learning Without Triplet Sampling")."""
    word = _title_role_word(text, t0, a)
    if not word:
        return 0.0
    return 0.05 if word in ("for", "in", "on") else -0.25


def _title_role_word(text: str, t0: int, a: int) -> str:
    """The last role word ("via", "for", "based on" ...) before ``a`` in the title's
    sentence, or "" (a title glued to a notice, "Copyright may be transferred without
    notice, after which ... Learning to Predict ...", starts again after its full stop)."""
    last = None
    for m in _TITLE_ROLE_WORD.finditer(text, max(t0, text.rfind(". ", t0, a) + 1), a):
        last = m
    return last.group(1).lower() if last else ""


_TITLE_ROLE_WORD = re.compile(
    r"(?<![\w-])(via|through|with|without|using|by|from|for|in|on|(?:based|built|relying|conditioned) on)\s",
    re.I,
)


# conjuncts before a task phrase: "mathematical, symbolic, and " + "algorithmic reasoning"
_CONJUNCTS = re.compile(r"((?:[a-z][a-z0-9-]*,\s+)*[a-z][a-z0-9-]*),?\s+(?:and|or)\s+$")


# a conjunct that names a discipline is a noun of its own, no modifier of the last item's head:
# "used in robotics, bio-informatics, and speech recognition" lists fields, not
# "bio-informatics recognition" (the suffixes of discipline nouns, and a few field words)
_FIELD_NOUN = re.compile(r"(?:ics|ology|onomy|ography|science|sciences|medicine|healthcare|finance|education)$")


def _coordinated_tasks(text: str, a: int, b: int, start: int) -> list[Cand]:
    words = text[a:b].split()
    if len(words) < 2:
        return []
    m = _CONJUNCTS.search(text, max(start, a - 60), a)
    if not m:
        return []
    # the conjuncts open a noun phrase: a function word or punctuation comes before them
    before = text[max(start, m.start() - 20) : m.start()].rstrip()
    if before and before[-1].isalnum() and before.rsplit(None, 1)[-1].lower() not in N.TASK_BREAK:
        return []
    out = []
    pos = m.start(1)
    for w in m.group(1).split(","):
        w = w.strip()
        i = text.find(w, pos, a)
        if i < 0:
            break
        pos = i + len(w)
        lw = w.lower()
        # (a hyphenated "-ed" word is an adjective, as in task phrases: "class-conditioned and
        # text-conditioned image generation")
        if (lw in N.TASK_BREAK or lw in N.TASK_HEAD_SET or lw.endswith("ly") or len(lw) < 3
                or (lw.endswith("ed") and "-" not in lw and lw not in N._ED_KEEP) or lw.endswith("ing")
                or _FIELD_NOUN.search(lw)):
            continue
        name = " ".join([w] + words[1:])
        c = Cand(i, i + len(w), TASK, "task", task_score(name, False))
        c.name = name
        c.ctx = b
        out.append(c)
    return out


# a modifier written once before coordinated heads the text evaluates on: "image deraining,
# deblurring, and denoising tasks", "graph classification and regression benchmarks",
# "domain generalization/adaptation tasks" (read back from the cue word)
# (any whitespace between words: arXiv abstracts are hard-wrapped)
_SHARED_MODIFIER = re.compile(
    r"(?<![\w-])((?:[a-z][a-z0-9-]*\s)?[a-z][a-z0-9-]*)\s+([a-z][a-z-]*)((?:,\s+[a-z][a-z-]*)*)"
    r"(?:,?\s+(?:and|or)\s+|/)([a-z][a-z-]*)$"
)


# the characters a _SHARED_MODIFIER match is made of (its \s: the characters str.isspace takes,
# listed; tests/test_extract_r21_speed.py checks the list): the search starts after the last
# other character before the cue word instead of trying each start of its window
_SHARED_MODIFIER_CHARS = ("abcdefghijklmnopqrstuvwxyz0123456789-,/\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0"
                          "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                          "\u2028\u2029\u202f\u205f\u3000")
_LOWER_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz-"  # (str.rstrip takes the characters as a string)
# "... tasks", "... benchmarks": the words after a list that say it names what is evaluated
_EVALUATED_WORDS = ("task", "benchmark", "dataset", "problem")
# (from the start of a whitespace run only: finditer would otherwise try `\s+` from each of
# its positions, quadratic in a long run of PDF or LaTeX spaces)
_EVALUATED_AFTER = re.compile(r"(?<!\s)\s+(?:" + "|".join(w + "s?" for w in _EVALUATED_WORDS) + r")\b")
# the same words after a space, led by their letter: a scan the engine can skip through,
# unlike "\s+" tried at every position
_EVALUATED_WORD = re.compile(
    "(?:" + "|".join(rf"{w[0]}(?={w[1:]}s?\b)" for w in _EVALUATED_WORDS) + r")(?<=\s.)")


def _evaluated_cue_starts(text: str, start: int, offsets=None):
    """Where _EVALUATED_AFTER's matches from ``start`` begin: the whitespace run before each
    cue word ("image deblurring and denoising  tasks"). ``offsets``: every offset of a word
    in the lower-case text (:meth:`DocState.cue_offsets`), of which those the text writes so."""
    # (the pattern tried where its words are written, not from every "t", "b", "d" and "p")
    if offsets is None:
        found = sorted(i for w in _EVALUATED_WORDS for i in occurrences(text, w, start))
    else:
        found = sorted(i for w in _EVALUATED_WORDS for i in offsets(w) if i >= start and text.startswith(w, i))
    for i in found:
        if not _EVALUATED_WORD.match(text, i):
            continue
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i >= start:
            yield i


def _ends_on_conjunct(text: str, lo: int, end: int) -> bool:
    """Whether text[lo:end] can end as _SHARED_MODIFIER does: a lower-case word after "/" or
    after "and"/"or" and a space.

    >>> [_ends_on_conjunct(t, 0, len(t)) for t in ("image deraining and deblurring",
    ...     "graph classification/regression", "image deraining", "A and B")]
    [True, True, False, False]
    """
    # (the last word's start found by one rstrip, not a Python step per character)
    i = lo + len(text[lo:end].rstrip(_LOWER_WORD_CHARS))
    if i == end or i == lo or not text[i].isalpha():
        return False
    if text[i - 1] == "/":
        return True
    if not text[i - 1].isspace():
        return False
    before = text[max(lo, i - 16) : i].rstrip()
    return ((before.endswith("and") and len(before) > 3 and before[-4].isspace())
            or (before.endswith("or") and len(before) > 2 and before[-3].isspace()))


def _shared_modifier_tasks(text: str, low: str, start: int, offsets=None) -> list[Cand]:
    """The later conjuncts of a shared modifier, each with the modifier, where the lexicon
    knows the task so named and the text writes it nowhere ("image deblurring", "image
    denoising"): the first conjunct is written out and found as it stands; the others
    are not. Only before "tasks", "benchmarks" ...: elsewhere such lists are as often
    background ("a powerful tool for video object segmentation and tracking").

    >>> t = "We set a new state of the art on image deraining, deblurring, and denoising tasks."
    >>> [c.name for c in _shared_modifier_tasks(t, t.lower(), 0)]
    ['image deblurring', 'image denoising']
    """
    out = []
    if len(low) != len(text):
        return out
    for cue in _evaluated_cue_starts(text, start, offsets):
        lo = max(start, cue - 100)
        # (the search tries every start in its window: first the cheap test that the words
        # before the cue end on a conjunct, "and/or X" or "/X", which it needs)
        if not _ends_on_conjunct(text, lo, cue):
            continue
        m = _SHARED_MODIFIER.search(text, lo + len(text[lo:cue].rstrip(_SHARED_MODIFIER_CHARS)), cue)
        if not m:
            continue
        first = m.group(2)
        if not (first in N.TASK_HEAD_SET or _NOMINAL_HEAD.search(first)):
            continue  # "model parameters and training": no task is coordinated
        mods = m.group(1).split()
        # the written first conjunct outranks the inferred ones: "question answering and
        # generation tasks" is about question answering first
        written = " ".join(mods + [first])
        cap = task_score(written, False, lexicon=lookup_label(written) == TASK) - 0.05
        pos = m.end(2)
        for head in [h.strip() for h in m.group(3).split(",") if h.strip()] + [m.group(4)]:
            i = text.find(head, pos, m.end())
            pos = i + len(head)
            if not (head in N.TASK_HEAD_SET or _NOMINAL_HEAD.search(head)):
                continue
            for k in range(len(mods)):
                name = " ".join(mods[k:] + [head])
                if mods[k] in N.TASK_BREAK or lookup_label(name) != TASK:
                    continue
                if name not in BROAD_FIELDS and low.find(name) < 0:
                    c = Cand(i, pos, TASK, "task", min(task_score(name, False, lexicon=True), cap))
                    c.name = name
                    c.ctx = m.end()  # its context is the whole coordination's
                    out.append(c)
                break
    return out


_LIST_HINTS = ("task", "tasks", "problem", "problems", "applications", "areas", "domains")
# "tasks such as A, B and C", "two tasks of A and B", "domains requiring X, including A and B"
# (read case-insensitively: \b(?:tasks?|problems?|applications?|(?:application )?areas|domains)
# ...). The first letter is matched by a case-sensitive class and the word boundary is
# tested after it, so the engine skips ahead to t, p, a and d instead of trying the
# alternation at every character (an IGNORECASE pattern that starts with a letter gets no
# such skip); same matches, twice as fast.
_LIST_CUE = re.compile(
    r"[TtPpAaDd](?<!\w.)"
    r"(?i:(?<=t)asks?|(?<=p)roblems?|(?<=a)pplications?|(?<=a)(?:pplication a)?reas|(?<=d)omains)"
    r"(?i:(?:\s+(?!such\b|of\b|including\b|like\b)[\w-]+){0,3}?"
    r"(?:,?\s+(?:such as|including|like|e\.g\.,?|i\.e\.,?|namely|of)|:)\s+)"
)
_LIST_ITEM = re.compile(r"[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){0,3}(?=\s*(?:[,.;:)]|and\b|or\b))")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|as well as\s+)?|\s(?:and|or)\s+)")


def finditer_at(rx: re.Pattern, s: str, words, start: int = 0, where: str | None = None,
                endpos: int | None = None, offsets=None):  # fmt: skip
    """``rx.finditer(s, start, endpos)`` for a pattern whose every match starts where one
    of ``words`` occurs in ``where`` (default ``s``; else a string of the same length, such
    as its lower-case form): ``rx.match`` at those offsets only, one ``str.find`` loop per
    word instead of the regex engine trying each character. The pattern must not match
    the empty string. ``offsets``: every offset of a word in ``where``, when the document
    keeps them (:meth:`DocState.cue_offsets`, shared with other rules), for a scan to the end.
    """
    where = s if where is None else where
    endpos = len(s) if endpos is None else endpos
    if offsets is not None and endpos == len(where):
        starts = {i for w in words for i in offsets(w) if i >= start}
    else:
        starts = set()
        for w in words:
            i = where.find(w, start, endpos)
            while i >= 0:
                starts.add(i)
                i = where.find(w, i + 1, endpos)
    end = start
    for i in sorted(starts):
        if i >= end:
            m = rx.match(s, i, endpos)
            if m:
                end = m.end()
                yield m


_NAMING_WORDS = ("called", "named", "dubbed", "termed", "coined", "namely", "denoted", "referred")


def _naming(text: str, low: str, start: int, endpos: int | None = None):
    """``N.NAMING.finditer(text, start, endpos)``, tried only where ``low`` has one of its
    words (the full scan where ``low`` is no lower-case copy of the text or the text holds
    a dotless i, which IGNORECASE equates with i; see :func:`_list_cues`)."""
    if low is text or "\u0131" in text:
        return N.NAMING.finditer(text, start, len(text) if endpos is None else endpos)
    return finditer_at(N.NAMING, text, _NAMING_WORDS, start, low, endpos)


def _list_cues(text: str, start: int, low: str | None, offsets=None):
    """``_LIST_CUE.finditer(text, start)``, tried only where ``low`` has one of its words.

    Every match starts at one of those words once lower-cased, unless the text holds a
    character that IGNORECASE equates with s or i but lower() does not ("ſ", "ı"; "İ"
    changes the length, and then ``low`` is the text itself): then the full scan.
    """
    if low is None or low is text or "\u017f" in text or "\u0131" in text:
        return _LIST_CUE.finditer(text, start)
    return finditer_at(_LIST_CUE, text, _LIST_CUE_WORDS, start, low, offsets=offsets)


_LIST_CUE_WORDS = ("task", "problem", "application", "area", "domain")
_LIST_WORD = re.compile(r"[A-Za-z]+")  # the cue word a list follows: "tasks", "areas", ...
# "tasks in areas like", "problems across domains such as": the list names the fields
_IN_FIELDS = re.compile(r"\b(?:in|across|from|over|spanning)\s+(?:[\w-]+\s+)?(?:areas|domains|fields)\b", re.I)


# a lone gerund coordinated with one that takes an object shares it: no task of its own
# ("identifying and segmenting object instances"; not "freeriding and whitewashing in ...")
_SHARED_OBJECT_AFTER = re.compile(
    r"\s*,?\s+(?:and|or)\s+[a-z]+ing\s+(?!(?:and|or|in|on|of|for|with|to|at|by|from|as|is|are|was|were)\b)[a-z]"
)


def _listed_tasks(text: str, start: int, low: str | None = None, offsets=None) -> list[Cand]:
    """Noun phrases listed after a task word: "two tasks of code refinement and code
    summarization", "application areas, e.g., question answering, translation"."""
    out = []
    for m in _list_cues(text, start, low, offsets):
        of = m.group().rstrip().endswith(" of")
        if of and not re.fullmatch(r"(?:tasks?|problems?)\s+of\s+", m.group(), re.I):
            continue  # "applications of X", "tasks in the fields of X": a field or a method
        pos = m.end()
        items = []
        while len(items) < 6:
            it = _LIST_ITEM.match(text, pos)
            if not it:
                break
            items.append(it.span())
            sep = _LIST_SEP.match(text, it.end())
            if not sep:
                break
            pos = sep.end()
        # "areas such as mathematics, coding, medicine", "applications such as augmented
        # reality, security", "tasks in areas like mathematics, coding": fields a method
        # serves, tasks only by a task head (not "application areas, e.g., question
        # answering, translation": areas of application are tasks)
        fields = (_LIST_WORD.match(m.group()).group().lower() in ("areas", "domains", "applications")
                  or bool(_IN_FIELDS.search(m.group())))
        for a, b in items:
            words = text[a:b].split()
            head = words[-1].lower()
            if (any(w.lower() in N.TASK_BREAK for w in words) or N.is_generic_phrase(text[a:b])
                    or text[a:b].lower() in BROAD_FIELDS):  # fmt: skip
                continue
            if not (_NOMINAL_HEAD.search(head) or head in N.TASK_HEAD_SET):
                continue
            if fields and (head not in N.TASK_HEAD_SET or len(words) == 1):
                continue  # "areas such as modeling, testing": a lone word there is a field
            if len(words) == 1 and head.endswith("ing") and _SHARED_OBJECT_AFTER.match(text, b):
                continue  # "task, i.e., identifying and segmenting object instances": a verb
            c = Cand(a, b, TASK, "task", 0.4)
            out.append(c)
    return out


# "a typical arithmetic task, integer multiplication, ..." and "X, a task where ...":
# a noun phrase in apposition to "task" or "problem" names it
_DET_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?$")
_NP_AFTER = re.compile(r"([a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*){0,3})(?=,|\s+(?:to|is|as)\b)")
_RELATIVE_AFTER = re.compile(r"\s+(?:where|that|which|in which|requiring)\b")
_NP_BEFORE_DET = re.compile(
    r"(?<![\w-])([A-Za-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$"
)


def _apposition_spans(text: str, low: str, start: int):
    """Spans of noun phrases in apposition to "task"/"problem", found from each of those
    words (a regex scan of the whole text would try every position)."""
    for kw in ("task", "problem"):
        i = low.find(kw, start)
        while i >= 0:
            j = i + len(kw)
            if i == 0 or not low[i - 1].isalpha():
                if low.startswith(", ", j):
                    if _DET_BEFORE.search(low, max(start, i - 60), i):
                        m = _NP_AFTER.match(text, j + 2)
                        if m:
                            yield m.span(1)
                elif _RELATIVE_AFTER.match(low, j):
                    m = _NP_BEFORE_DET.search(text, max(start, i - 120), i)
                    if m:
                        yield m.span(1)
            i = low.find(kw, j)


def _apposed_tasks(text: str, start: int, low: str | None = None) -> list[Cand]:
    """Tasks named in apposition to "task"/"problem" (see :func:`_apposition_spans`)."""
    out = []
    if low is None:
        low = text.lower()
    if len(low) != len(text):
        return out
    for a, b in _apposition_spans(text, low, start):
        words = text[a:b].split()
        # the phrase starts after the last function word ("we study X" -> X)
        k = max((i + 1 for i, w in enumerate(words) if w.lower() in N.TASK_BREAK
                 or w.endswith("ly")), default=0)  # fmt: skip
        words = words[k:]
        if not words or len(words) > 4:
            continue
        a = b - len(" ".join(words))
        head = words[-1]
        if N.is_generic_phrase(text[a:b]) or text[a:b] in BROAD_FIELDS:
            continue
        if not (_NOMINAL_HEAD.search(head) or head in N.TASK_HEAD_SET):
            continue
        if any(w.endswith("ing") and w.lower() not in N._ING_NOUNS
               and w.lower() not in N.TASK_HEAD_SET for w in words[:1]):  # fmt: skip
            continue  # "task, owing to ...": a verb, not a name
        out.append(Cand(a, b, TASK, "task", 0.6))
    return out


_NOMINAL_HEAD = re.compile(r"(?:tion|sion|ment|ance|ence|ing|sis|ity|ness|ics|ogy|problems)$")


_METRIC_QUALIFIER = re.compile(
    r"(?<![\w-])(?:(?:micro|macro|weighted|balanced|class-balanced|mean|average|averaged|"
    r"zero-shot|few-shot|one-shot|exact|top-[1-9]|token-level|word-level|character-level|"
    r"sentence-level|instance-level|per-class)[ -])+$",
    re.I,
)
# the last words of those qualifiers ("top-5" ends in a digit)
_QUALIFIER_ENDS = ("micro", "macro", "weighted", "balanced", "mean", "average", "averaged", "shot",
                   "exact", "level", "class")  # fmt: skip


# a mean or average over what the words after it name, before an error or a rate already read
# as a measure: "mean per-joint position error", "mean 3D joint error", "mean flip rate",
# "log average miss rate", "normalized mean square error" (the measure read was "error",
# "joint error" or nothing); up to three words between, none a function word, verb or number
_AVERAGED_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:log|root|normalized|normalised)\s+)?(?:mean|average|averaged)\s+"
    r"((?:(?:[a-z][a-z-]*|[0-9][A-Za-z]+|[A-Z][a-z]+)\s+){0,3})$"
)
_AVERAGED_HEADS = ("error", "errors", "rate", "rates", "distance")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z]")


def _averaged_measures(text: str, start: int, metrics: list[Cand]) -> list[Cand]:
    """A measure read as its head ("error", "position error") extended to the mean or average
    that names it whole (see _AVERAGED_BEFORE)."""
    out = []
    for c in metrics:
        if c.start <= start or not text[c.start : c.end].lower().endswith(_AVERAGED_HEADS):
            continue
        if c.short is not None or _ACRONYM_AFTER.match(text, c.end):
            continue  # a long form spelled out for its acronym: "average Target Registration Error (TRE)"
        m = _AVERAGED_BEFORE.search(text, max(start, c.start - 50), c.start)
        if m is None or m.end() != c.start:
            continue
        if any((w in N.TASK_BREAK and w != "per") or w.endswith("ly") or w in _NOT_MEASURE_MODIFIERS
               for w in m.group(1).lower().split()):  # fmt: skip
            continue  # "the mean of the error", "average and error"
        out.append(Cand(m.start(), c.end, METRIC, c.source, max(c.score, 0.6), weak=c.weak))
    return out


def _may_be_qualified(text: str, lo: int, end: int) -> bool:
    """Whether ``text[lo:end]`` may end with a _METRIC_QUALIFIER (a qualifier, then a space or
    hyphen, before an optional final newline): a cheap test before the search, which tries
    every start in the window. Non-ASCII tails (which IGNORECASE may equate with ASCII
    letters) are always tried."""
    tail = text[max(lo, end - 17) : end]
    if tail.endswith("\n"):
        tail = tail[:-1]
    if not tail.endswith((" ", "-")):
        return False
    tail = tail[:-1]
    return not tail.isascii() or tail.lower().endswith(_QUALIFIER_ENDS) or tail[-1:] in "123456789"


_TERM = r"[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*){0,2}|[A-Z][A-Za-z0-9@-]*"
# in a list of measured properties an acronym may lead a noun ("API number")
_TERM2 = rf"{_TERM}(?:\s[a-z][a-z0-9-]*)?"
# what introduces a list of measures ("in terms of A and B"); _measure_readings reads it too
_TERMS_OF_CUE = r"in terms of|measured (?:in|by|with|using)|as measured by"
# the last words of measures named by an everyday word ("loading time", "rendering speed")
_MEASURE_LAST = {"time", "times", "speed", "cost", "costs", "memory", "delay", "delays",
                 "consumption", "usage", "overhead", "footprint", "accuracy", "latency"}  # fmt: skip
# an item "in terms of" lists: a _TERM, or a name of four words whose last word is a measure's
# ("web page loading time"); a later item may open with an article ("throughput and the
# data transfer delay"), which _TERM_LEAD then drops
_TERMS_OF_ITEM = (
    r"(?:(?:the|its|their)\s+)?(?:[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*){2}\s"
    rf"(?:{'|'.join(sorted(_MEASURE_LAST))})(?![\w-])|{_TERM})"
)
_TERMS_OF = re.compile(
    rf"(?:{_TERMS_OF_CUE})\s+(?:the\s+)?((?:{_TERMS_OF_ITEM})(?:\s*,\s*(?:and\s+)?(?:{_TERMS_OF_ITEM}))*"
    rf"(?:,?\s+and\s+(?:{_TERMS_OF_ITEM}))?)"
    r"(?=\s*[,.;:()]|\s+(?:on|in|for|with|while|when|than|compared|across|over|at|by|of)\b|$)"
)
_TERMS_OF_STARTS = ("in terms of", "measured ", "as measured by")  # where _TERMS_OF starts
_EVALUATED_STARTS = ("evaluat", "measur", "assess", "quantif")  # and _EVALUATED_LIST
# "evaluated the length, cyclomatic complexity and API number of the generated code": a
# list of at least two properties that are measured, closed by "of"
_EVALUATED_LIST = re.compile(
    rf"(?:evaluat|measur|assess|quantif)(?:ed|es|e|ing|ied|ies|y)\s+(?:the|their|its)\s+"
    rf"((?:{_TERM2})(?:\s*,\s*(?:{_TERM2}))*,?\s+and\s+(?:{_TERM2})"
    # or one property named by two or three words: "evaluating the functional correctness of"
    rf"|[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*){{1,2}})(?=\s+of\b)"
)
# properties too general to be named measures without a reported number
_NOT_MEASURE_HEADS = {"performance", "quality", "effectiveness", "efficiency", "impact",
                      "effect", "effects", "ability", "abilities", "capability", "capabilities",
                      "behavior", "behaviour", "potential", "feasibility", "utility",
                      "usefulness", "value", "role", "nature", "extent", "benefits",
                      "application", "applications", "understanding", "constructions",
                      "convergence", "generalization", "generalisation", "scalability",
                      "stability", "flexibility", "applicability", "usability", "versatility",
                      "interpretability", "transferability", "adaptability"}  # fmt: skip


# the grade a value is given, never part of a measure's name: "high accuracy", "good recall"
_GRADE_WORDS = frozenset(("high", "low", "higher", "lower", "best", "good", "better", "competitive", "impressive",
                          "remarkable", "strong", "promising", "comparable", "similar"))  # fmt: skip
_TERM_SPLIT = re.compile(r"(\s*,\s*(?:and\s+)?|,?\s+and\s+)")
_TERM_SEP = re.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+")
_TERM_LEAD = re.compile(r"(?:the|its|their|our|both)\s+")
# what may stand before a listed measure's name without being part of it: an owner's "own"
# ("in terms of our own accuracy"), degree adverbs ("extremely", "very") and the
# grade a result has ("low", "high": "in terms of extremely low inference time")
_TERM_MODIFIER = re.compile(r"(?:own|very|much|[a-z]+ly|(?:" + "|".join(sorted(_GRADE_WORDS)) + r"))\s+")


def _past_term_modifiers(text: str, a: int, b: int) -> int:
    """Where a listed measure's name starts in ``text[a:b]``, past _TERM_MODIFIER words.

    >>> t = "extremely low inference time"; t[_past_term_modifiers(t, 0, len(t)):]
    'inference time'
    >>> t = "family size"; t[_past_term_modifiers(t, 0, len(t)):]
    'family size'
    """
    while (m := _TERM_MODIFIER.match(text, a, b)) and (not m.group().rstrip().endswith("ly")
                                                       or N.is_adverb(m.group().rstrip())):
        a = m.end()
    return a
# a statement expressed through a quantity, not a measurement of it: "sufficient conditions
# for concavity in terms of the weights", "a characterization of X in terms of Y"
_CHARACTERIZED = re.compile(
    r"\b(?:conditions? (?:for|on)|characteri[sz]\w*|express(?:ed|es|ing|ible)?|formula(?:s|e)?)\b[^.;]*$"
)
# a bound, condition or definition stated right before the cue, in a clause that compares
# nothing: "an upper bound in terms of the mixing time", "tight bounds also in terms of the
# graph size", "defined in terms of kernels" (the quantities are the variables of a formula;
# not "outperforms methods for facial expression recognition in terms of", "well-defined")
_STATED_BEFORE = re.compile(
    r"(?<![\w-])(?:bound(?:s|ed)?|conditions?|defined|decomposed|parametri[sz]ation|expressions?)(?:\s+[\w-]+){0,2}\s*$"
)


def characterized(text: str, at: int, lo: int = 0) -> bool:
    """Whether the list cue at ``at`` lists the variables a statement is expressed in
    (_CHARACTERIZED, or _STATED_BEFORE where the clause before it compares nothing), not
    measures."""
    near = max(lo, at - 70)
    if _CHARACTERIZED.search(text, near, at):
        return True
    m = _STATED_BEFORE.search(text, near, at)
    return m is not None and not _OUTRANKS.search(text, _clause_start(text, max(lo, at - 200), m.start()), m.start())


# a comparison of methods before a bound or a condition ("outperforms the baselines under
# noisy conditions in terms of"); narrower than _TERMS_COMPARED, whose "bound", "analysis",
# "obtain" or "efficient" also sit in clauses that state a bound ("an analysis showing that
# its running time is bounded in terms of")
_OUTRANKS = re.compile(
    r"outperform|better|worse|superior|surpass|exceed|\bbeats?\b|compar|competitive|state[- ]of[- ]the[- ]art"
    r"|improv|on par|advantage|faster|slower|fastest",
    re.I,
)


# "three criteria for evaluating responses: correctness, consistency, and verifiability"
_CRITERIA_STARTS = ("criteria", "metrics", "measures")
_CRITERIA_LIST = re.compile(
    r"(?<![\w-])(?:criteria|metrics|measures)(?:\s+[\w-]+){0,10}?\s*:\s*"
    rf"((?:{_TERM})(?:\s*,\s*(?:{_TERM}))*,?\s+and\s+(?:{_TERM}))(?=\s*[.;)]|$)"
    # "metrics such as PSNR, SSIM and LPIPS", "automatic metrics (BLEU, METEOR)": the
    # examples of a measure word (two at least in brackets; after "measures", one must be an
    # acronym or a known metric: _lists_a_measure); not of "criteria", which lists
    # properties ("criteria (balancedness, avalanche)")
    rf"|(?<![\w-])(?:metrics|measures)\s*(?:,\s*)?(?:{T.EXAMPLES_CUE}\s+(?!the\s)"
    rf"((?:{_TERM})(?:\s*,\s*(?:{_TERM}))*(?:,?\s+(?:and|or)\s+(?:{_TERM}))?)"
    rf"|\(\s*(?:(?:e\.g\.,?|such as)\s*((?:{_TERM})(?:\s*,\s*(?:{_TERM}))*(?:,?\s+(?:and|or)\s+(?:{_TERM}))?)"
    rf"|((?:{_TERM})(?:\s*,\s*(?:{_TERM}))+(?:,?\s+(?:and|or)\s+(?:{_TERM}))?)))"
    r"(?=\s*[.;,)]|\s+(?:are|is|were|was|to|for|on|in|that|which|as)\b|$)"
)
_CAPABILITY_TAIL = re.compile(r"\b(?:abilit(?:y|ies)|capabilit(?:y|ies)|skills?)$")
# what a model can do, not a measure of it: "in terms of advanced mathematical comprehension"
_CAPABILITY_WORDS = {"ability", "abilities", "capability", "capabilities", "skill", "skills",
                     "comprehension", "understanding", "reasoning", "knowledge"}  # fmt: skip


def _names_a_task(last: str) -> bool:
    """Whether a phrase with this last word names a task, not a measure: "in terms of shape
    estimation", "in terms of point cloud classification and segmentation tasks"."""
    last = last.lower()
    return last in N.TASK_HEAD_SET or last in ("task", "tasks")


# what "in terms of" lists that is no measure: sorts of things ("in terms of both qualitative
# and quantitative aspects", "in terms of spatial and temporal dimensions"), a lone
# adjective cut from such an elliptic pair ("qualitative", "spatial"), and a fragment of
# an abbreviation ("e" of "e.g.")
_KIND_HEADS = {"aspects", "aspect", "dimensions", "perspectives", "viewpoints", "properties",
               "characteristics", "factors", "terms"}  # fmt: skip
_LONE_ADJECTIVE = re.compile(r"[a-z]{2,}(?:al|ic|ive|ous)")
# a sort of measures, not one measure's name: "in terms of quantitative metrics", "in terms of
# both objective and subjective measures", "in terms of human evaluations"
_MEASURE_KIND_HEADS = {"metric", "metrics", "measures", "evaluations", "criteria"}


def _no_measure_term(words: list[str]) -> bool:
    """
    >>> _no_measure_term(["quantitative", "aspects"]), _no_measure_term(["spatial"])
    (True, True)
    >>> _no_measure_term(["e"]), _no_measure_term(["latency"]), _no_measure_term(["recall"])
    (True, False, False)
    >>> _no_measure_term(["objective", "metrics"])
    True
    """
    if words[-1].lower() in _KIND_HEADS or words[-1].lower() in _MEASURE_KIND_HEADS:
        return True
    if len(words) > 1:
        return False
    word = words[0]
    return len(word) < 3 or word == "etc" or (
        _LONE_ADJECTIVE.fullmatch(word) is not None and lookup_label(word) != METRIC)


# what a measure is named for: a comparison, an evaluation or a cost ("outperforms X in
# terms of", "evaluated in terms of", "efficient in terms of", "demanding in terms of")
_TERMS_COMPARED = re.compile(
    r"outperform|better|worse|superior|improv|gains?\b|advantage|compar|evaluat|assess|measur|"
    r"competitive|state[- ]of[- ]the[- ]art|\bbest\b|efficien|effective|fast|slow|higher|lower|"
    r"benchmark|perform|exceed|surpass|\bbeat|achiev|results?\b|significant|trade-?off|cost|"
    r"expensive|demanding|constrain|scalab|quantif|analy[sz]|excel|enhanc|boost|reduc|increas|"
    r"decreas|gap\b|rank|score|demonstrat|good|poor|strong|weak|optimi[sz]|favou?rabl|promising|"
    r"on par|accura|robust|success|obtain|yield|attain|bound|benefi",
    re.I,
)


def terms_compared(text: str, at: int, lo: int = 0) -> bool:
    """Whether the list cue at ``at`` is named for a comparison or an evaluation: any cue
    but "in terms of", which needs a _TERMS_COMPARED word earlier in its sentence (from
    ``lo`` at the earliest), or, when it opens its sentence (a capital "In"), later in the
    sentence, after its first item ("In terms of robustness and coverage, X surpasses Y":
    the comparison follows the list). Also read by the weak-measure check of components."""
    if text[at : at + 11].lower() != "in terms of":
        return True
    if text[at] != "I":
        return _TERMS_COMPARED.search(text, _clause_start(text, max(lo, at - 200), at), at) is not None
    end = text.find(". ", at)
    end = len(text) if end < 0 else end
    comma = text.find(",", at, end)
    return _TERMS_COMPARED.search(text, at + 11 if comma < 0 else comma, end) is not None


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the sentence of ``at`` starts, at ``lo`` at the earliest (a full stop before an
    upper-case letter; "e.g. that" does not end a sentence).

    >>> _clause_start("Big. It quantifies, e.g. that in terms of X.", 0, 31)
    5
    """
    i = text.rfind(". ", lo, at)
    while i >= 0 and not text[i + 2 : i + 3].isupper():
        i = text.rfind(". ", lo, i)
    return lo if i < 0 else i + 2


def _measure_word(word: str) -> bool:
    """Whether a word is one that heads a measure's name: "time", "throughput", "BLEU"."""
    low = word.lower()
    return (low in _MEASURE_HEADS or low in _MEASURE_LAST or low.rstrip("s") in _MEASURE_LAST
            or lookup_label(word) == METRIC or low in _MEASURE_WORDS_EXTRA)  # fmt: skip


_MEASURE_WORDS_EXTRA = {"probabilities", "complexity", "consumption", "requirements",
                        "utilization", "bandwidth", "size", "energy", "loss", "efficiency"}  # fmt: skip


def _lists_a_measure(items: str) -> bool:
    """Whether a list of examples holds a measure by its name: an acronym or a lexicon metric
    ("measures such as PSNR and SSIM"; not "measures (encryption, access control)").

    >>> _lists_a_measure("PSNR, SSIM and LPIPS"), _lists_a_measure("lockdowns and mask mandates")
    (True, False)
    """
    parts = [p.strip() for p in re.split(r",|\band\b|\bor\b", items) if p.strip()]
    return any(_MEASURE_CODE.fullmatch(p) or lookup_label(p) == METRIC for p in parts)


def _unmeasured_property(phrase: str) -> bool:
    """Whether the one property (no list) that "evaluate / measure the X of" names is no
    measure: the verb takes any object ("evaluate the intrinsic power of", "measure the
    adverse effects of", "assess the clinical realism of"); a measure's name there ends in
    a measure word ("the error rate of", "the memory usage of") or is a quality in -ness
    ("the functional correctness of").

    >>> _unmeasured_property("expressive power"), _unmeasured_property("error rate")
    (True, False)
    >>> _unmeasured_property("functional correctness"), _unmeasured_property("depth, width and size")
    (False, False)
    """
    if _TERM_SEP.search(phrase):
        return False
    last = phrase.split()[-1]
    return not (_measure_word(last) or last.endswith("ness") or last.lower() in _COMPARISON_MEASURES
                or lookup_label(phrase) == METRIC)  # fmt: skip


# what compares two things is measured, not only owned: "measure the cosine similarity of",
# "the Frechet distance of" (the lexicon knows only some of these by name)
_COMPARISON_MEASURES = {"similarity", "similarities", "distance", "distances", "divergence"}


# nouns that end task phrases but may modify a measure's last word: "data access latency",
# "feature extraction time", "inference time", "system throughput"
_MEASURED_NOUNS = frozenset(("data", "feature", "features", "inference", "system"))


def _measured_noun(word: str, words: list[str]) -> bool:
    """Whether ``word``, inside a listed phrase ``words``, is a noun that the phrase's last
    word, an everyday measure word, is measured on ("data transfer delay"; not "data sets",
    nor "data efficiency", a property, or "increased data rates").

    >>> _measured_noun("data", ["data", "access", "latency"]), _measured_noun("data", ["data", "sets"])
    (True, False)
    >>> _measured_noun("data", ["data", "efficiency"])
    False
    """
    return word in _MEASURED_NOUNS and words[-1].lower() in _MEASURE_LAST


def _terms_of_metrics(text: str, low: str, start: int) -> list[Cand]:
    """Measures named after "in terms of": "in terms of compression ratio and latency"."""
    out = []
    matches = list(finditer_at(_TERMS_OF, text, _TERMS_OF_STARTS, start))
    # (no "in low" gates: each finditer_at looks for the same words, a gate scans twice)
    matches += finditer_at(_EVALUATED_LIST, text, _EVALUATED_STARTS, start)
    matches += finditer_at(_CRITERIA_LIST, text, _CRITERIA_STARTS, start)
    for m in matches:
        if characterized(text, m.start(), start):
            continue  # "conditions for concavity in terms of the weights": not measured
        g = m.lastindex  # the list's group (_CRITERIA_LIST has one per form)
        if _CAPABILITY_TAIL.search(m.group(g)):
            continue  # "the progressive reasoning and problem-solving capabilities": abilities
        if m.re is _EVALUATED_LIST and _unmeasured_property(m.group(g)):
            continue  # "we measure the temporal reliance of": a property, no measure's name
        if g > 1 and text.startswith("measures", m.start()) and not _lists_a_measure(m.group(g)):
            continue  # "health measures such as lockdowns and mask mandates": actions taken
        # (nor "countermeasures (e.g. masking ...)": the cue is a whole word)
        # "biased in terms of race", "formulate the problem in terms of antennas": with no
        # comparison or evaluation before it, only a measure word is a measure there
        compared = terms_compared(text, m.start(), start)
        # "as measured by expert human judges", "measured using standardized questionnaires":
        # who or what measures; a lower-case measure there ends in a measure word or a unit
        measured = m.re is _TERMS_OF and text.startswith(("measured", "as measured"), m.start())
        pos = m.start(g)
        for part in _TERM_SPLIT.split(m.group(g)):
            if part and not _TERM_SEP.fullmatch(part):
                lead = _TERM_LEAD.match(part)
                a = pos + (lead.end() if lead else 0)
                a = _past_term_modifiers(text, a, pos + len(part))
                b = pos + len(part)
                words = text[a:b].split()
                if (
                    words
                    and not any(w in N.TASK_BREAK and not _measured_noun(w, words) for w in words[:-1])
                    # (a word that ends task phrases may close the name of a measure that
                    # "in terms of" or "metrics such as" lists: "web page loading time",
                    # "rendering speed", "convergence speed")
                    and (words[-1] not in N.TASK_BREAK or (
                        m.re is not _EVALUATED_LIST and len(words) > 1 and words[-1] in _MEASURE_LAST))
                    and not N.is_generic_phrase(part)
                    and not _names_a_task(words[-1])
                    and not _no_measure_term(words)
                    and (compared or _measure_word(words[-1]))
                    and words[0] not in ("number", "amount", "use", "set", "kind", "type")
                    and not (len(words) == 1 and words[0].lower() in _NOT_MEASURE_HEADS)
                    and words[-1] not in _CAPABILITY_WORDS
                    and not (measured and words[-1].islower() and not _measure_word(words[-1])
                             and words[-1] not in _UNIT_NOUNS)
                ):
                    out.append(Cand(a, b, METRIC, _terms_source(text[a:b], compared), 0.6))
            pos += len(part)
    return out


# two measures traded against each other, joined by a hyphen: "a better speed-accuracy
# trade-off", "good CER-latency trade-offs", "the efficiency-vs-accuracy tradeoff" (the
# tokenizer keeps such a compound one word, so the lexicon never sees its parts; the slash
# form, "accuracy/speed trade-off", is split into words and found there)
_TRADED_PAIR = re.compile(
    r"(?<![\w-])([A-Za-z][A-Za-z0-9@]*)(?:-vs\.?-|-versus-|-)([A-Za-z][A-Za-z0-9@]*)\s+trade-?offs?\b"
)


# measure words that name a property traded, not a measure reported ("quality-diversity
# trade-off", "fairness-overhead trade-off")
_TRADED_PROPERTIES = frozenset(("diversity", "fairness", "robustness", "overhead", "privacy", "utility"))
# sides that name the notion traded, no measure by name, unless a number is reported for
# them: "an accuracy-cost trade-off", "the energy-accuracy trade-off" (GUIDELINES.md: like
# "efficiency" alone; the gold lists "cost" only with its value), where "speed-accuracy" or
# "CER-latency" name measures the gold lists
_TRADED_NOTIONS = frozenset(("cost", "costs", "error", "errors", "energy", "loss"))


# the other side of a trade-off may be a cost no lexicon lists alone: "accuracy-efficiency",
# "throughput-delay", "accuracy-complexity" (a measure's head word, _measure_word, or these)
_TRADED_COSTS = frozenset(("computation", "compute", "performance", "power", "sparsity"))
# a trade-off the work attains or improves: "achieves a better", "obtains the state-of-the-art",
# "a favorable", "improves the" (a comparative or a verb of attaining close before it, with
# no preposition between: "provides a theoretical analysis of the", "offers insights into
# the" talk about the trade-off, which the gold then does not list as measured)
_TRADE_ATTAINED_BEFORE = re.compile(
    r"\b(?:achiev\w*|obtain\w*|yield\w*|offer\w*|provid\w*|attain\w*|deliver\w*|improv\w*|"
    r"better|superior|good|excellent|favou?rable|best|state[- ]of[- ]the[- ]art|optimal|competitive|"
    r"strong|impressive|outstanding|great)\b"
    r"(?:(?!(?<![\w-])(?:of|about|on|into|for|regarding|behind|underlying)(?![\w-]))[^.;:])*$",
    re.I,
)


def _traded_part(word: str) -> bool:
    """Whether a side of a hyphen-joined trade-off is a measure or a cost: "speed",
    "CER", "efficiency" (not "bias", "benefit", "exploration")."""
    return _measure_word(word) or word.lower() in _TRADED_COSTS


def _traded_measures(text: str, start: int) -> tuple[list[Cand], set[tuple[int, int]]]:
    """The parts of a hyphen-joined trade-off that the lexicon knows as measures ("speed"
    and "accuracy" of "speed-accuracy trade-off", "accuracy" of "accuracy-efficiency
    trade-off": efficiency alone is no measure; none of "bias-variance tradeoff"), and the
    spans of those parts and of the compounds they come from."""
    out, spans = [], set()
    for m in _TRADED_PAIR.finditer(text, start):
        if not (_traded_part(m.group(1)) and _traded_part(m.group(2))):
            continue  # "cost-benefit trade-offs", "bias-variance tradeoff": no two measures
        if not _TRADE_ATTAINED_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue  # "chosen based on the speed-accuracy trade-off": not what is attained
        for g in (1, 2):
            if lookup_label(m.group(g)) == METRIC and m.group(g).lower() not in _TRADED_PROPERTIES:
                c = Cand(m.start(g), m.end(g), METRIC, "terms", 0.6)
                c.weak = m.group(g).lower() in _TRADED_NOTIONS
                out.append(c)
                spans |= {(m.start(g), m.end(g)), (m.start(1), m.end(2))}
    return out, spans


# units a measure is given in: "measured in accelerator hours"
_UNIT_NOUNS = frozenset(("hours", "seconds", "minutes", "days", "tokens", "bits", "bytes", "joules",
                         "watts", "dollars"))  # fmt: skip
# an acronym no lexicon knows, listed as what is compared: "in terms of SROCC and PLCC"
_MEASURE_CODE = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9@.-]*")


def _terms_source(surface: str, compared) -> str:
    """The rule name of a measure that "in terms of" lists: "context" for an unknown
    acronym after a comparison, whose name candidate would otherwise win the tie of spans
    and be typed a method ("in terms of ZQS and accuracy").

    >>> _terms_source("ZQS", True), _terms_source("ZQS", False), _terms_source("latency", True)
    ('context', 'terms', 'terms')
    """
    if compared and _MEASURE_CODE.fullmatch(surface) and lookup_label(surface) is None:
        return "context"
    return "terms"


# a change with its size names what changed: "a 20% reduction in average predictive error",
# "a reduction in computational demands of 88%", "89% savings on computational complexity";
# the value stands before the change noun or after the measure ("of 88%", "by 3 points")
_CHANGE_NOUNS = ("reduction", "decrease", "increase", "improvement", "gain", "saving", "drop",
                 "degradation")  # fmt: skip
_CHANGE_IN = re.compile(
    r"(?:(?:reductions?|decreases?|increases?|improvements?|gains?|drops?|degradations?)\s+in|savings?\s+(?:in|on))"
    rf"\s+(?:the\s+|its\s+|their\s+)?({_TERM})"
    r"(?:(?=\s*[,.;:()]|\s+(?:on|in|for|with|while|when|than|compared|across|over|at|and)\b|$)"
    r"|\s+(?:of|by)\s+(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+|approximately\s+|~\s*)?(\d+(?:[.,]\d+)*)(?:\s*(?:\\?%|x\b|×|-fold\b|times\b|points?\b|dB\b)|(?![\w-])))"
)
_VALUE_BEFORE_CHANGE = re.compile(
    r"\d(?:\.\d+)?\s*(?:\\?%|x|×|-fold|times|points?|percentage\s+points|dB)?\s+"
    r"(?:relative\s+|absolute\s+|average\s+|overall\s+)?$"
)


def _changed_measures(text: str, low: str, start: int) -> list[Cand]:
    """The measure a sized change is in: "a 20% reduction in average predictive error"."""
    out = []
    for m in finditer_at(_CHANGE_IN, text, _CHANGE_NOUNS, start, low):
        if m.group(2) is None and not _VALUE_BEFORE_CHANGE.search(text, max(start, m.start() - 30), m.start()):
            continue  # no size: "an increase in model size" is a setting, not a result
        a, b = m.span(1)
        words = text[a:b].split()
        last = words[-1].lower()
        if (
            any(w.lower() in N.TASK_BREAK and w.lower() not in _MEASURE_HEADS for w in words[:-1])
            or _names_a_task(last)  # "a 5% gain in image classification"
            or last in _NOT_MEASURE_HEADS | _CAPABILITY_WORDS
            or words[0].lower() in ("number", "amount", "terms", "both")
            or text.startswith(".r.t", b)  # "in accuracy w.r.t. others": the measure is "accuracy"
            or (len(words) == 1 and last in ("average", "all", "most", "general"))
            or lookup_label(text[a:b]) in (METHOD, DATASET, TASK)
            or N.is_generic_phrase(text[a:b])
            # "in end-to-end response latency": a known measure under a long description
            # is that measure, which the lexicon finds
            or (len(words) > 2 and lookup_label(last) == METRIC)
        ):
            continue
        out.append(Cand(a, b, METRIC, "terms", 0.6))
    return out


# a measure the paper names as such: "a new metric, called human correction effort", "we
# propose the coupling factor as a new metric", "the Rashomon ratio as a new gauge of"
_METRIC_WORDS = ("metric", "measure", "gauge", "criterion", "indicator")
_METRIC_WORD = "(?:" + "|".join(_METRIC_WORDS) + ")"
_NEW_METRIC_CALLED = re.compile(
    rf"(?:new|novel)\s+(?:evaluation\s+)?{_METRIC_WORD}s?\b(?:\s+is\s+proposed)?[^.;()]{{0,60}}?"
    r"\b(?:namely|called|named|dubbed|termed)\s+(?:as\s+)?(?:the\s+)?"
    r"((?:[A-Za-z][\w-]*\s){0,4}?[A-Za-z][\w-]*)(?=\s*[,.;(]|\s+(?:which|that|to|for|as)\b)"
)
_AS_A_NEW_METRIC = re.compile(
    r"(?:propos|introduc|defin|present|adopt|employ|suggest)\w*\s+(?:the\s+|a\s+|an\s+)?"
    rf"((?:[A-Za-z][\w-]*\s){{0,3}}?[A-Za-z][\w-]*)\s+as\s+(?:a|an|the)\s+(?:new\s+|novel\s+|proxy\s+)*{_METRIC_WORD}\b"
)
_VERB_INSIDE = re.compile(r"\s(?:is|are|was|were|has|have)\b")
# a name the rules above read that is a method of the metric, not a metric
_NOT_METRIC_NAME_END = re.compile(r"(?:loss|learning|function|network|model|method)$", re.I)


def _named_metrics(text: str, low: str, start: int) -> list[Cand]:
    """Measures the paper names as measures ("a new metric called X", "X as a new metric")."""
    out = []
    for rx, words in ((_NEW_METRIC_CALLED, ("new", "novel")),
                      (_AS_A_NEW_METRIC, ("propos", "introduc", "defin", "present", "adopt", "employ", "suggest"))):  # fmt: skip
        for m in finditer_at(rx, text, words, start, low):
            a, b = m.span(1)
            verb = _VERB_INSIDE.search(text, a, b)
            if verb:
                b = verb.start()  # "termed as handover occurrence probability is defined for"
            if text.startswith(" (", b) or _NOT_METRIC_NAME_END.search(text, a, b):
                continue  # "Name (ACR)": the acronym's type says it (_acronym_label)
            if "learning" in text[m.start() : a] or N.is_generic_phrase(text[a:b]):
                continue  # "a novel metric learning function called ...": a method
            out.append(Cand(a, b, METRIC, "context", 0.6))
    return out



# measures the text lists right after introducing them as measures: "we introduce two
# metrics, closeness and dispersion, to ...", "two new measures: the zorb gap and the
# blip ratio." The list must hold as many items as the count word says (one that stops
# early is no list of names), each a short noun phrase (no pronoun, verb or preposition,
# nor a known name). A verb that introduces or uses the measures stands right before the
# count: after "In terms of two metrics, ZorbNet outperforms GPT-4" a clause follows
_COUNT_AND_MODIFIERS = r"(two|three|four|five)\s+(?:(?:new|novel|key|complementary|additional|evaluation|quantitative|automatic)\s+)*$"
_COUNT_BEFORE_METRICS = re.compile(
    r"(?:introduc|propos|defin|design|develop|present|adopt|employ|report)\w*\s+(?:the\s+following\s+)?"
    + _COUNT_AND_MODIFIERS + r"|(?<![\w-])(?:use[sd]?|using)\s+" + _COUNT_AND_MODIFIERS,
    re.I,
)
_NEW_MEASURES = re.compile(r"\b(?:new|novel|evaluation)\b", re.I)
_QUANTIFY_AFTER = re.compile(r"\s*,?\s*(?:to|that|which)\s+(?:quantify|evaluate|assess|measure|capture)", re.I)
_LIST_OPENS = re.compile(r"s\s*[:,]\s*")
# (a lead-in word is skipped like "the": "two metrics, namely accuracy and calibration error")
_COUNTED_ITEM = re.compile(r"(?:(?:namely|including|specifically|such\s+as|like|i\.e\.,?|e\.g\.,?)\s+)?(?:the\s+)?((?:[A-Za-z][\w'-]*\s){0,5}?[A-Za-z][\w'-]*)(?=\s*(?:,|\band\b|[.;:)]))")
_COUNTED_JOIN = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)")
_NOT_IN_A_MEASURE_NAME = frozenset((
    "we", "our", "it", "they", "this", "that", "which", "who", "is", "are", "was", "were", "be",
    "to", "for", "with", "by", "from", "on", "in", "can", "show", "use", "using", "both", "each",
))  # fmt: skip


def _counted_metric_lists(text: str, low: str, start: int) -> list[Cand]:
    """The items of "two metrics, X and Y" / "three new measures: X, Y and Z", when the list
    has as many short noun phrases as the count says."""
    out = []
    for noun in ("metrics", "measures"):
        i = low.find(noun, start)
        while i >= 0:
            window = low[max(start, i - 50) : i]
            count = (
                _COUNT_BEFORE_METRICS.search(text, max(start, i - 50), i)
                if "two" in window or "three" in window or "four" in window or "five" in window
                else None
            )
            opens = _LIST_OPENS.match(text, i + len(noun) - 1) if count else None
            i = low.find(noun, i + 1)
            if opens is None:
                continue
            items = _counted_items(text, opens.end(), WORD_NUMBERS[(count.group(1) or count.group(2)).lower()])
            if items and noun == "measures" and not _NEW_MEASURES.search(count.group()):
                # "measures" are countermeasures ("two measures, input filtering and output
                # sanitization, to mitigate ...") unless new or said to quantify something
                if not _QUANTIFY_AFTER.match(text, items[-1].end):
                    continue
            out.extend(items)
    return out


def _counted_items(text: str, pos: int, want: int) -> list[Cand]:
    """The ``want`` items of a list starting at ``pos``, as metrics, or none."""
    items: list[tuple[int, int]] = []
    while len(items) < want:
        item = _COUNTED_ITEM.match(text, pos)
        if item is None or _NOT_IN_A_MEASURE_NAME.intersection(item.group(1).lower().split()):
            break
        items.append(item.span(1))
        join = _COUNTED_JOIN.match(text, item.end())
        if join is None:
            break
        pos = join.end()
    if len(items) != want:
        return []  # fewer items than counted: not this list
    if any(lookup_label(text[a:b]) == METHOD for a, b in items):
        return []  # "using two metrics, GPT-4 and Claude rank ...": models (a dataset may share a measure's acronym)
    return [Cand(a, b, METRIC, "context", 0.6) for a, b in items if not N.is_generic_phrase(text[a:b])]


# nouns that head the name of a measure ("survival probability", "top-5 error rate")
_MEASURE_HEADS = frozenset((
    "accuracy", "precision", "recall", "rate", "score", "error", "probability", "frequency",
    "ratio", "latency", "throughput", "perplexity", "divergence", "coefficient", "correlation",
    "errors", "scores", "rates",
))  # fmt: skip
# the object of a verb of change or a verb of scoring: "greatly improves the survival
# probability", "lowers the word error rate"; at most two modifiers, all lower-case, after the
# name of a judge model ("raises the GPT-4 judge score to 8.2": the judge's score, not GPT-4's)
_MEASURE_OBJECT = re.compile(
    r"\b(?:improv|increas|reduc|boost|rais|lower|decreas|enhanc|maximiz|minimiz|degrad|hurt)"
    r"(?:e|es|ed|ing|s)?\s+(?:the\s+|its\s+|their\s+|our\s+|overall\s+|average\s+)*"
    r"((?:[A-Z][A-Za-z0-9.-]*\s+(?=judge\b))?(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){0,2}"
    r"(?:accuracy|precision|recall|rate|score|error|probability|frequency|ratio|latency|"
    r"throughput|perplexity|divergence|coefficient|correlation))s?\b(?!-)"
)
# a measure named after a comparative or superlative: "a higher acceptance rate", "the
# lowest task failure rate", "the best known approximation ratio" ("lower" is
# _MEASURE_OBJECT's verb). Rates, ratios and errors only: a "higher attention score",
# "higher probability" or "greater correlation" is what a model assigns or a relation, and
# an accuracy, precision or latency is the lexicon's, which decides how much of its
# qualifier to keep. _measure_objects drops the words that only place the value ("known",
# "absolute") and wants a name of two or more words left (a bare "rate" names nothing);
# after "or" the comparative is coordinated with another ("higher or comparable accuracy")
_COMPARED_MEASURE = re.compile(
    r"\b(?:higher|better|greater|highest|lowest|best)\s+(?!or\b|and\b)"
    r"((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,2}(?:rate|ratio|error))s?\b(?!-)"
)
_PLACING_WORDS = frozenset(("known", "absolute", "relative", "reported", "previous", "current", "close"))
# ... and these before another modifier only: "the best possible approximation ratio", but
# "a higher achievable rate" names the measure of information theory
_REACHABLE_WORDS = frozenset(("possible", "achievable", "attainable"))
# ... but a rate that is chosen or held fixed is a setting: "pick the best code rate per
# request", "the best fixed coding rate policy"
_CHOSEN_BEFORE = re.compile(r"\b(?:pick|choos|chose|select|find|found|tun|set)\w*\s+(?:the\s+|a\s+)?$", re.I)
# a measure named just before its value: "P1 errors of 38.4 mm", "a dice coefficient of
# 0.81", "an end-point-error of 2.85 pixels"; one or two lower-case modifiers (or a short
# code such as "P1"), which _measure_objects checks (no verbs, adjectives or measures)
_MEASURE_OF_VALUE = re.compile(
    r"(?<![\w-])((?:(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z][0-9]{1,2}|[A-Z]{2,}[A-Za-z0-9]{0,6})\s+){1,2}"
    r"(?:[a-z][a-z0-9]*-)*"
    r"(?:accuracy|precision|recall|rate|score|error|probability|ratio|latency|throughput|"
    r"perplexity|divergence|coefficient|correlation)s?)\b\s+(?:of|up\s+to)\s+(?:only\s+|just\s+|about\s+|"
    r"around\s+|approximately\s+|nearly\s+|~\s*)?\$?\d"
)
# a measure named just after its value: "a 2.9x acceleration ratio", "10.40% miss rate",
# "4-16x better scaling rate", "0.14 cross validation error"; the value has a unit or a
# decimal point (a bare count before a noun is a setting or a size)
_VALUE_BEFORE_MEASURE = re.compile(
    r"(?<![\w.-])\d+(?:\.\d+)?(?:\s*[-–~]\s*\d+(?:\.\d+)?)?"
    r"(?:\s*(?:\\?%|x\b|×|-fold\b|times\b)|(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))\s+"
    r"(?:(?:better|higher|lower|faster|greater|smaller|relative|absolute)\s+)?"
    r"((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,2}"
    r"(?:ratio|rate|score|error|accuracy|precision|recall|distance|coefficient))s?\b(?![\w-])"
)
# quantities that a paper sets rather than measures: "a 90% noise rate", "15% masking ratio"
_SETTING_MODIFIERS = {"learning", "dropout", "drop", "mask", "masking", "noise", "noisy",
                      "sampling", "pruning", "sparsity", "keep", "mixing", "label", "labeling",
                      "labelling", "annotation", "split", "aspect", "data", "training",
                      "compression", "corruption", "poisoning", "injection", "bit", "frame"}  # fmt: skip
# the settings among those that a verb of change names as what it changes, right before a
# rate, ratio or probability ("requiring lower learning rates", "increase the sparsity
# ratio"); a compression ratio, a frame or bit rate, a data rate or a Markov chain's mixing
# rate that a method raises is measured, not set
_SET_QUANTITY_WORDS = frozenset(_SETTING_MODIFIERS - {"compression", "frame", "bit", "data", "mixing"})
_SET_QUANTITY_HEADS = frozenset(("rate", "ratio", "probability"))
# words between a value and its measure that are no part of the measure's name: "3.2%
# relative error" is an error, "6% points", "regarding accuracy"
_NOT_VALUE_MODIFIERS = {"relative", "absolute", "better", "higher", "lower", "points", "point",
                        "percent", "percentage", "regarding", "concerning", "including", "in",
                        "of"}  # fmt: skip
_NOT_MEASURE_MODIFIERS = _GRADE_WORDS | {"final", "reported", "baseline", "new", "top", "state", "sota",
                                         "overall", "average", "mean", "total", "an", "a", "the"}  # fmt: skip


# measure heads that name no measure alone: which probability, rate or divergence the
# modifier says ("survival probability", "word error rate", "KL divergence") or the thing
# it is of ("the rate of transmissions")
_BARE_QUANTITIES = frozenset(("probability", "rate", "divergence", "frequency", "ratio", "coefficient"))
_OF_WHAT = re.compile(r"s?\s+of\s+(?!the\b|a\b|an\b)[a-z]")


def _names_a_known_thing(words: list[str]) -> bool:
    """Whether the words before a compared rate's head end in a name the lexicons list
    ("weight decay", "dropout"): the rate is that thing's, and the name stays its own."""
    return any(lookup_label(" ".join(words[k:])) is not None for k in range(len(words)))


def _measure_objects(
    text: str, start: int, low: str | None = None, heads: AbstractSet[str] | None = None
) -> list[Cand]:
    """Measures named as the object of a verb of change ("improves the survival probability").

    With ``low`` and ``heads`` (the measure nouns present), the regex runs only in a short
    window before each head instead of over the whole text.
    """
    out = []
    for m in _measure_object_matches(text, start, low, heads):
        b = m.end(1)
        spans = [w.span() for w in _NON_SPACE.finditer(text, m.start(1), b)]
        words = [text[x:y] for x, y in spans]
        if m.re is _VALUE_BEFORE_MEASURE and any(
            w.lower() in _SETTING_MODIFIERS or w.lower() in _NOT_MEASURE_MODIFIERS
            or w.lower() in _NOT_VALUE_MODIFIERS or w.endswith("ly")
            for w in text[m.start(1) : b].split()[:-1]
        ):
            continue
        if m.re in (_MEASURE_OBJECT, _COMPARED_MEASURE) and len(words) > 1 and words[-1].lower().rstrip("s") in _SET_QUANTITY_HEADS and (
                words[-2].lower() in _SET_QUANTITY_WORDS):  # fmt: skip
            continue  # "a lower masking ratio", "decreasing the learning rates": a setting (the
            # mask accuracy, the sampling error: measured)
        if m.re is _MEASURE_OF_VALUE:
            # "reaches P1 errors of": the name starts at the first word that names a kind
            k = 0
            while k < len(words) - 1 and not _named_before_value(words[k:]):
                k += 1
            if k == len(words) - 1:
                continue
            spans, words = spans[k:], words[k:]
            if any(w.isupper() and lookup_label(w) is not None for w in words):
                continue  # "an MMLU score of 70.2": a benchmark's; "AUC score of": the lexicon's
        # the measure starts after the last function word or adverb: "the reliability and
        # rate" -> "rate", "gracefully with error" -> "error"
        for k in range(len(words) - 2, -1, -1):
            w = words[k]
            lw = w.lower()
            if lw in N.TASK_BREAK or w in _NOT_MEASURE_WORDS or w.endswith("ly") or lw in _PRAISE_WORDS:
                spans, words = spans[k + 1 :], words[k + 1 :]
                break
        if m.re is _COMPARED_MEASURE:
            while words and (words[0].lower() in _PLACING_WORDS or (len(words) > 2 and words[0].lower() in _REACHABLE_WORDS)):  # fmt: skip
                # "the best known approximation ratio"
                spans, words = spans[1:], words[1:]
            if len(words) < 2 or "fixed" in (w.lower() for w in words) or _CHOSEN_BEFORE.search(
                    text, max(0, m.start() - 20), m.start()):  # fmt: skip
                continue
            if _names_a_known_thing(words[:-1]):
                continue  # "a higher weight decay rate": the method weight decay's setting
        if not spans:
            continue
        if len(words) == 1 and words[0].lower().rstrip("s") in _BARE_QUANTITIES and not _OF_WHAT.match(text, b):
            continue  # "maximize the divergence between", "improves the probability that"
        a = spans[0][0]
        if any(text[x:y] != " " for (_, x), (y, _) in zip(spans, spans[1:], strict=False)):
            continue  # a line break inside: not one name
        if words and not N.is_generic_phrase(" ".join(words)):
            end = b + 1 if text[b : b + 1] == "s" else b
            out.append(Cand(a, end, METRIC, "terms", 0.6))
    return out


# an upper-case code right after a score: "52.8% TETA on BDD100K", "reaches 0.71 NDS and"
_CODE_AFTER_SCORE = re.compile(
    r"[\d](?<![\w.-][\d])\d*(?:(?:\.\d+)?\s*\\?%|\.\d+)\s*([A-Z][A-Z0-9]{1,7})(?![\w@-])"
    r"(?=\s+(?:on|in|for|and|across|over|while|with|at|score|scores)\b|\s*[,.;:)]|$)"
)
# the same for ASCII text, where the first [\d] is [0-9]: the engine skips ahead over a range
# test per character instead of a Unicode digit look-up (the rest keeps its Unicode classes)
_CODE_AFTER_SCORE_ASCII = re.compile("[0-9]" + _CODE_AFTER_SCORE.pattern.removeprefix("[\\d]"))
_DECIMAL_POINT = re.compile(r"\.\d")
# units, hardware and other codes that follow a number without being its measure
_NOT_MEASURE_CODES = frozenset((
    "GB", "MB", "KB", "TB", "GPU", "GPUS", "CPU", "TPU", "SOTA", "LLM", "LLMS", "AI", "NLP",
    "CV", "US", "USD", "UK", "EU", "GHZ", "MHZ", "KHZ", "HZ", "FPS", "MS", "AM", "PM", "IID",
))  # fmt: skip


def _codes_after_scores(text: str, start: int, shape: bytes | None = None) -> list[Cand]:
    """An upper-case code that no lexicon knows, written right after a percentage or a
    decimal score, is the measure of that score ("52.8% TETA on BDD100K")."""
    out = []
    # every score it reads has a "%" or a decimal point: a text with neither (most of them) is
    # not scanned (a regex that opens with a class steps through every character, ~9 us per
    # abstract, where "in" and a regex that opens with a literal skip ahead)
    if "%" not in text and _DECIMAL_POINT.search(text, start) is None:
        return out
    # (in ASCII text, tried only at the first digit of each run of digits, read in the shape)
    if shape is None:
        shape = text_shape(text)
    scores = (
        _CODE_AFTER_SCORE.finditer(text, start) if shape is None
        else find_shaped(_CODE_AFTER_SCORE_ASCII, text, (r.start() for r in DIGIT_RUN.finditer(shape, start)), start)
    )  # fmt: skip
    for m in scores:
        code = m.group(1)
        if code.upper() in _NOT_MEASURE_CODES or lookup_label(code) in (METHOD, DATASET, TASK):
            continue
        out.append(Cand(m.start(1), m.end(1), METRIC, "context", 0.6))
    return out


# a score named by a capitalised name or code no lexicon knows is one measure: "QZS scores",
# "a Zorb Preference Score of 0.8"; the name is one to three capitalised
# words, the first not one that opens a sentence ("The score", "Our scores"), not a method
# ("SHAP scores") nor a benchmark ("the GLUE score", "VBench scores": the name stays a
# dataset), and the measure word closes it ("Denoising Score Matching" goes on: a method)
_NAMED_SCORE = re.compile(
    r"((?:[A-Z][\w@.+-]*[\w+]|[A-Z]) (?:[A-Z][\w@.+-]*[\w+] ){0,2})"
    r"[Ss]cores?(?![\w-]| [A-Z])"
)
# capitalised words that open no score's name, besides the measure modifiers ("Average
# scores", "Higher scores"): "Test scores", "Human scores", "Automatic scores"
_NOT_SCORE_NAMES = {"Raw", "Test", "Training", "Validation", "Human", "Automatic", "Automatically",
                    "Numeric", "Numerical"}  # fmt: skip


def _score_name_before(text: str, start: int, at: int) -> re.Match | None:
    """The capitalised name that ends right before the score word at ``at``, if any (the
    regex runs on a short window before it, not over the whole text)."""
    if at - 1 <= start or text[at - 1] != " ":
        return None
    word = text.rfind(" ", max(start, at - 40), at - 1) + 1 or max(start, at - 40)
    if not text[word : word + 1].isupper():
        return None  # (most scores follow a lower-case word: "the score", "F1 score" aside)
    for m in _NAMED_SCORE.finditer(text, max(start, at - 60), min(len(text), at + 40)):
        if m.end(1) == at:
            before = text[m.start() - 1] if m.start() else " "
            if before.isalnum() or before == "-":
                return None
            # "the Learned Perceptual Image Patch Similarity score": a longer name, cut by the
            # regex's three words, is no measure of its own
            prev = text.rfind(" ", max(start, m.start() - 40), m.start() - 1) + 1
            return None if before == " " and text[prev : prev + 1].isupper() else m
    return None


def _named_scores(text: str, low: str, start: int) -> list[Cand]:
    """ "QZS scores", "a Zorb Preference Score of": a score named by a capitalised name no
    lexicon knows is a measure, the name and the score word together."""
    out = []
    i = low.find("score", start)
    while i >= 0:
        m = _score_name_before(text, start, i)
        i = low.find("score", i + 5)
        if m is None:
            continue
        words = m.group(1).split()
        first = words[0]
        if first in N.STOP_START or first in _NOT_SCORE_NAMES or first.lower() in _NOT_MEASURE_MODIFIERS:
            continue
        name = m.group(1).strip()
        if any(lookup_label(w) is not None for w in words) or (len(words) > 1 and lookup_label(name) is not None):
            # "SHAP scores": what a model outputs; "the GLUE score": the benchmark stays a
            # dataset; "BLEU-4 scores", "the AUC score": the lexicon's measure keeps its name
            continue
        if "bench" in name.lower() or text.startswith(" data", m.end()):
            continue  # "the ZorbBench score", "the Zorb Buzz Score data set": a data set
        if len(words) == 1 and _opens_sentence(text, start, m.start()) and first[1:] == first[1:].lower():
            continue  # "Click-through"-like: a capital only because the sentence opens
        if _SCORES_VERB.match(text, m.end()) and m.group().endswith("scores"):
            continue  # "Go-Explore scores over 43,000 points": the verb, after a method's name
        if _SCORING_FUNCTION_BEFORE.search(text, max(start, m.start() - 50), m.start()) or _SCORE_DERIVED.match(text, m.end()):
            continue  # "a scoring function, Image Grounding score", "deriving OOD scores": a model's output
        if text[max(start, m.start() - 6) : m.start()].endswith(_TOOL_BEFORE):
            continue  # "rerank passages with BM25 scores": the scores of a method, which stays one
        if not _score_evaluated(text, start, m):
            continue  # "assigns an Anomaly Score to each sample": a model's output, not a measure
        out.append(Cand(m.start(), m.end(), METRIC, "context", 0.6))
    return out


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """Whether a sentence opens at ``at``: the body's start, after a line break, a
    sentence's end, a closing bracket or a colon."""
    return at <= start or text[at - 1] == "\n" or text[at - 2 : at] in (". ", ") ", ": ", "? ", "! ")


def _score_evaluated(text: str, start: int, m: re.Match) -> bool:
    """Whether the clause evaluates with the named score: a value right after it ("QZS
    score of 0.8", "QZS scores (0.8)"), "metric" or "to measure" after it, or a verb of
    change, of reporting or a comparison before it in the clause ("raises QZS scores", "in
    terms of the QZS score", "achieves higher QZS scores")."""
    if _SCORE_VALUE_AFTER.match(text, m.end()):
        return True
    lo = max(start, m.start() - 80)
    cut = max(text.rfind(". ", lo, m.start()), text.rfind(";", lo, m.start()))
    return _SCORE_EVALUATION_BEFORE.search(text, cut + 1 if cut >= 0 else lo, m.start()) is not None


# after a named score: its value ("of 0.8", "up to 99.7%", "(0.81)", "= 0.8"), or it is
# named as a measure ("the QZS score metric", "a QZS Score to measure")
_SCORE_VALUE_AFTER = re.compile(
    r"(?: ?\([^()]{0,12}\))?,?(?: (?:of|by|up to|=|is|was|reaches|reached|improves|rises|drops|from|at|over))?"
    r"(?: about| around| over| only| nearly)? ?[~\u2248$<>]*\d|(?: metrics?\b| to (?:measure|evaluate|assess|quantify)\b)"
)
# in the clause before a named score: a verb of change, of reporting or of comparison
_SCORE_EVALUATION_BEFORE = re.compile(
    r"(?i:in terms of|improv|increas|decreas|reduc|rais|boost|lower|higher|better|worse|achiev|report"
    r"|obtain|attain|outperform|exceed|surpass|gains?\b|state-of-the-art|sota\b|evaluat)"
)
_TOOL_BEFORE = (" with", " using", " by", " via")
_SCORES_VERB = re.compile(
    r" (?:(?:a|an|the|nearly|about|around|only|just|well|highly|higher|lower|better|worse|above|below"
    r"|more|less|comparabl[ey]|competitively|favorably|favourably)\b|(?:over |up to )?\d)"
)
# a scoring function or a score derived from something before the name: "a scoring function,
# Image Grounding score", "we design an OOD score", "deriving OOD scores": a model's output
_SCORING_FUNCTION_BEFORE = re.compile(r"scoring|function|deriv|design", re.I)
# the same after it: "the OOD score of outliers, derived from the energy"
_SCORE_DERIVED = re.compile(r"[^.;]{0,30}?\b(?:derived|computed|calculated) (?:from|by|with|using)\b")


# a measure named by a short code and "-measure", like the F-measure: "S-measure", "E-measure",
# "Fw-measure" (not "Counter-measures", nor a word prefix: "Re-measure", "Haar-measure")
_LETTER_MEASURE = re.compile(
    r"(?<![\w-])(?!(?:Re|Pre|Post|Non|Co|Sub|Anti|Self|Semi|Haar)-)[A-Z][A-Za-z0-9\u03b2\u03c9]{0,3}-measure(?![\w-])"
)


def _letter_measures(text: str, start: int) -> list[Cand]:
    """ "an S-measure of 0.912 and an E-measure of 0.950": a code before "-measure" names a
    measure, as the F-measure (the lexicon's) does."""
    return [Cand(m.start(), m.end(), METRIC, "context", 0.6) for m in _LETTER_MEASURE.finditer(text, start)]


# a measure code joined by a hyphen to the word that says what it is taken over: "frame-mAP"
# and "video-mAP", "box-AP", "detection-mAP", "weighted-F1-score", "Intra-FID" (the tokenizer
# keeps such a compound one token, so the lexicon's "mAP" is not found inside it); the code
# after the hyphen is one of the common measure codes and the words before it are plain words
# ("Rank-1", "ROUGE-L", "high-precision", "DeepSeek-R1", "KD-Loss", "RelEns-DSC" are not read).
# Not "EM": after a hyphen it is expectation-maximisation ("hard-EM", "variational-EM",
# "online-EM"), not exact match
_HYPHENED_CODES = r"(?:m?AP|F1|IoU|IOU|mIoU|AUC|AUROC|FID|BLEU|MRR|n?DCG|NDCG|PSNR|SSIM|WER|CER)"
_HYPHENED_MEASURE = re.compile(
    r"(?<![\w@./-])((?:[A-Za-z][a-z]+-){1,2})"
    rf"({_HYPHENED_CODES})(-[Ss]core)?(?![\w@-])"
)
# what a compound so written names when it is no measure: a loss or an objective built on the
# measure ("Smooth-AP is a plug-and-play objective", "Inner-IoU loss", "the Fast-AP ranking
# objective", "a Soft-DCG surrogate"); not a measure plotted "as a function of" something
# ("the clip-mAP as a function of the threshold"): after "is a" or "as a" only a loss, an
# objective or a surrogate, or one of their functions
_HYPHENED_NOT_MEASURE = re.compile(
    r"\s*(?:-\s*)?(?:loss|losses|objective|surrogate|function|based|guided|aware|weights?)\b"
    r"|\s+(?!(?:and|or|the|of|on|in|at|for|with|to|by|as|than|is|are|was|were)\b)[a-z]+\s+"
    r"(?:loss|losses|objective|surrogate)\b"
    r"|(?:,|\s+is|\s+as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:loss|objective|surrogate|(?:objective|loss|cost|surrogate)\s+function)\b",
    re.I,
)
# (opens with the hyphen, a literal the regex engine skips ahead to: about 5 us an abstract)
_HYPHENED_CODE = re.compile(rf"-{_HYPHENED_CODES}\b")
_HYPHENED_NOT_PREFIX = frozenset({"non", "pseudo", "anti", "self", "semi", "multi", "cross", "full", "high", "low"})


def _hyphened_measures(text: str, start: int) -> list[Cand]:
    """ "outperforms the state of the art for frame-mAP and video-mAP": a common measure code
    after a hyphen is a measure with its qualifier, unless the compound names a loss."""
    found: list[re.Match] = []
    for h in _HYPHENED_CODE.finditer(text, start):  # (most abstracts: none)
        if not text[h.start() - 1 : h.start()].islower():
            continue
        # (the compound whose code this is; the window may hold an earlier one)
        m = next((m for m in _HYPHENED_MEASURE.finditer(text, max(start, h.start() - 40), h.end() + 7)
                  if m.end(2) == h.end()), None)  # fmt: skip
        if m is None:
            continue
        if lookup_label(m.group(0)) is not None:
            continue  # a listed name of its own (a lexicon hit already)
        if m.group(1).split("-", 1)[0].lower() not in _HYPHENED_NOT_PREFIX:
            found.append(m)
    # a compound that one of its uses calls a loss or an objective is none anywhere
    losses = {m.group(0) for m in found if _HYPHENED_NOT_MEASURE.match(text, m.end())}
    return [Cand(m.start(), m.end(), METRIC, "context", 0.6) for m in found if m.group(0) not in losses]


# a list of codes closed by "metrics" or "scores": "the CC, SIM and AUC metrics",
# "AMD/AMV metrics"; each item is a code (a capital after the first letter or a digit)
_CODE = r"[A-Za-z][A-Za-z0-9@-]*[A-Z0-9][A-Za-z0-9@-]*"
_CODES_BEFORE_METRICS = re.compile(
    rf"(?<![\w-])({_CODE}(?:\s*(?:,|/)\s*(?:and\s+|or\s+)?{_CODE}|,?\s+(?:and|or)\s+{_CODE})+)"
    r"\s+(?:evaluation\s+)?(?:metrics|measures|scores)\b"
)
_CODE_ITEM = re.compile(_CODE)


def _codes_before_metrics(text: str, low: str, start: int) -> list[Cand]:
    """Each code of a list that "metrics" closes is a measure, known or not: the list
    names what the metrics are ("IDF1, HOTA and IDsw metrics": IDsw with the others)."""
    out = []
    for w in ("metrics", "measures", "scores"):
        i = low.find(w, start)
        while i >= 0:
            j = i + len(w)
            for m in _CODES_BEFORE_METRICS.finditer(text, max(start, i - 100), j):
                out.extend(_listed_codes(text, m))
            i = low.find(w, j)
    return out


def _listed_codes(text: str, m: re.Match) -> list[Cand]:
    out = []
    items = list(_CODE_ITEM.finditer(text, m.start(1), m.end(1)))
    if any(lookup_label(i.group()) in (METHOD, DATASET, TASK) for i in items):
        return out  # "MMLU and Big-Bench scores": the scores of benchmarks
    for i in items:
        if i.group().upper() not in _NOT_MEASURE_CODES:
            out.append(Cand(i.start(), i.end(), METRIC, "context", 0.6))
    return out


def _named_before_value(words: list[str]) -> bool:
    """Whether the words before the measure noun (the last of ``words``) name a kind of it
    ("P1", "dice", "end-point") rather than describe the value ("high", "achieving")."""
    mods = [w for w in words[:-1] if w.lower() not in N.TASK_BREAK]
    return bool(mods) and not any(
        w.lower() in _NOT_MEASURE_MODIFIERS
        or w.endswith(("ing", "ed", "ly"))
        or (w.endswith("s") and not w.endswith("ss"))  # "reaches", "obtains": a verb
        or w in _MEASURE_HEADS
        for w in mods
    )


def _measure_object_matches(text, start, low, heads):
    if low is None or heads is None:
        yield from _MEASURE_OBJECT.finditer(text, start)
        yield from _COMPARED_MEASURE.finditer(text, start)
        yield from _MEASURE_OF_VALUE.finditer(text, start)
        yield from _VALUE_BEFORE_MEASURE.finditer(text, start)
        return
    # Windows around different heads can match at one start with different ends; the
    # longest match wins and starts come in order, so the result does not depend on
    # the order of ``heads`` (a set: its order changes with PYTHONHASHSEED).
    longest: dict[int, re.Match] = {}
    for h in heads:
        i = low.find(h, start)
        while i >= 0:
            j = i + len(h)
            for m in _MEASURE_OBJECT.finditer(text, max(start, i - 90), min(len(text), j + 40)):
                old = longest.get(m.start(1))
                if old is None or m.end(1) > old.end(1):
                    longest[m.start(1)] = m
            for m in _COMPARED_MEASURE.finditer(text, max(start, i - 50), min(len(text), j + 1)):
                old = longest.get(m.start(1))
                if old is None or m.end(1) > old.end(1):
                    longest[m.start(1)] = m
            if low.startswith((" of ", "s of ", " up to ", "s up to "), j):
                for m in _MEASURE_OF_VALUE.finditer(text, max(start, i - 50), min(len(text), j + 30)):
                    old = longest.get(m.start(1))
                    if old is None or m.end(1) > old.end(1):
                        longest[m.start(1)] = m
            for m in _VALUE_BEFORE_MEASURE.finditer(text, max(start, i - 60), min(len(text), j + 1)):
                old = longest.get(m.start(1))
                if old is None or m.end(1) > old.end(1):
                    longest[m.start(1)] = m
            i = low.find(h, j)
    for k in sorted(longest):
        yield longest[k]


_NON_SPACE = re.compile(r"\S+")
_NOT_MEASURE_WORDS = {"model", "models", "overall", "average", "general", "significant",
                      "substantial", "greatly", "further", "considerably", "dramatically"}  # fmt: skip


# words that praise or place a score, or a verb that reaches it, before a measure's name
# (lower-cased): "the best published accuracy of", "a near-perfect accuracy of 99%", "the
# highest acceptance rate of 61%", "a desirable detection rate of", "we obtain top-1 accuracy
# of", "improved alongside accuracy"; the name follows
_PRAISE_WORDS = {"best", "published", "reported", "previous", "perfect", "near-perfect",
                 "desirable", "desired", "excellent", "superior", "impressive", "remarkable",
                 "obtain", "obtains", "achieve", "achieves", "reach", "reaches", "alongside",
                 "highest", "lowest", "record"}  # fmt: skip


_TASK_AFTER = re.compile(r"\s*(?:tasks?|problems?|challenges?|skills?)\b", re.I)
# case-insensitive "(?:tasks?|problems?|applications?|domains?|areas?)..." with the first
# letter in a case-sensitive class, so the engine skips to t, p, a, d (see _LIST_CUE)
_TASK_BEFORE = re.compile(
    r"[TtPpAaDdBb](?i:(?<=t)asks?|(?<=p)roblems?|(?<=a)pplications?|(?<=d)omains?|(?<=a)reas?|"
    r"(?<=b)enchmarks)"
    r"(?i:(?:\s+[\w-]+){0,3}?\s*(?:,\s*)?(?:such as|like|including|"
    r"of|e\.g\.,?|i\.e\.,?|namely|:|both)\s*(?:[\w-]+(?:\s[\w-]+){0,3}(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+))*"
    r"(?:and\s+|or\s+)?$)"
)


_TASK_HINTS = ("task", "problem", "application", "domain", "area")
# how a window that _TASK_BEFORE or _STUDIED matches ends, trailing spaces aside: a cue
# ("such as", "e.g.", ":"), a list separator, a verb of study, "the", "of"
_TASK_BEFORE_ENDS = ("as", "like", "including", "of", ".", ",", "namely", ":", "both", "and", "or")
_STUDIED_ENDS = ("study", "studies", "address", "addresses", "tackle", "tackles", "on",
                 "investigate", "investigates", "consider", "considers", "explore", "explores",
                 "the", "of")  # fmt: skip


def _may_end(window: str, ends: tuple[str, ...]) -> bool:
    """Whether ``window`` can match an end-anchored cue regex ending in one of ``ends`` (a
    cheap test before a backtracking search that most windows fail). Case-insensitive for
    ASCII; a tail with other characters (which IGNORECASE may equate with ASCII letters)
    is always tried."""
    tail = window.rstrip()[-12:]  # (the longest end, "investigates", has 12 letters)
    return not tail.isascii() or tail.lower().endswith(ends)


def _task_context_boost(text: str, low: str, c: Cand) -> float:
    end = c.ctx if c.ctx >= 0 else c.end
    window = low[max(0, c.start - 120) : c.start]
    if window.endswith(" other "):
        return -0.2  # "related to other information retrieval tasks": not this paper's
    if _TASK_AFTER.match(text, end, end + 15):
        return 0.15
    if ("task" in window or "problem" in window or "application" in window
            or "domain" in window or "area" in window or "benchmarks" in window
            ) and _may_end(window, _TASK_BEFORE_ENDS) and _TASK_BEFORE.search(window):  # fmt: skip
        return 0.15  # (the words of _TASK_HINTS)
    if window.endswith(_OF_FOR_END) and _TASK_OF_DATA.search(window):
        return 0.15  # "a benchmark of math word problems"
    if " on " in window[-40:] and _EVALUATED_ON.search(window):
        return 0.1  # "we evaluate X on UI task automation"
    if " for " in window[-50:] and _MADE_FOR.search(window):
        return 0.1  # "a framework for task automation"
    # (_STUDIED starts at "we", "paper" or "work": a substring test skips most windows)
    if (("we" in window or "paper" in window or "work" in window) and _may_end(window, _STUDIED_ENDS)
            and _STUDIED.search(window)):  # fmt: skip
        return 0.15  # "we study black-box language model adaptation"
    if _TOPIC_VERB.match(text, end) and _SENTENCE_START.search(window):
        return 0.1  # "Sequence modeling plays a vital role ..."
    return 0.0


_MADE_FOR = re.compile(
    r"\b(?:method|framework|approach|model|system|technique|algorithm|pipeline|benchmark|"
    r"dataset|metric|tool|solution|agent|strategy)s?\s+(?:[\w-]+\s+)?for\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:task of\s+|problem of\s+)?$"
)
# the problem a paper works on: "we study X", "this paper tackles the task of X"
_STUDIED = re.compile(
    r"\b(?:we|paper|work)\s+(?:\w+\s+){0,3}?(?:study|studies|address|addresses|tackle|tackles|"
    r"focus on|focuses on|investigate|investigates|consider|considers|explore|explores)\s+"
    r"(?:the\s+)?(?:(?:task|problem) of\s+)?$"
)
# the subject of a sentence about the field: "X plays a vital role", "X has emerged as"
_TOPIC_VERB = re.compile(
    r"\s+(?:is|are|has|have|plays|remains|aims|refers|involves|requires|seeks|poses|"
    r"has emerged|remains)\b"
)
_SENTENCE_START = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:(?:while|although|recently|however|in recent years|today|"
    r"currently|nowadays),?\s+)?$"
)


# _TASK_OF_DATA ends in " of " or " for " (``$`` also matches before a final newline)
_OF_FOR_END = (" of ", " for ", " of \n", " for \n")
_TASK_OF_DATA = re.compile(r"\b(?:benchmarks?|datasets?|suite|collection|corpus) (?:of|for) $")
_EVALUATED_ON = re.compile(
    r"\b(?:evaluat\w*|tested|tests?|experiments?|results?|outperform\w*|state-of-the-art)\b"
    r"[^.;]{0,50}\bon (?:the |a |an )?(?:tasks? of )?$"
)


@lru_cache(maxsize=65536)
def _content_words(low: str) -> frozenset[str]:
    """Lower-case words of a title, plural "s" removed, function words left out (cached:
    task phrases recur across a corpus)."""
    out = set()
    for w in N.lower_words(low):
        if w in N.TASK_BREAK or len(w) < 3:
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(out)


def _task_salience(low: str, c: Cand, title_words: frozenset[str]) -> float:
    """A task phrase of the abstract is more likely the paper's own task when the abstract
    repeats it or the title shares its words ("... of Model Merging Recipes" and "model
    merging techniques")."""
    phrase = c.name.lower() if c.name else low[c.start : c.end]
    boost = 0.0
    if _written_twice(low, phrase):
        boost += 0.1
    if _shares_title(phrase, title_words):
        boost += 0.1
    return boost


def _shares_title(phrase: str, title_words: frozenset[str]) -> bool:
    """Whether most of a phrase's words are title words."""
    words = _content_words(phrase)
    return bool(title_words and words and len(words & title_words) * 2 >= len(words) + 1)


PARADIGM_PENALTY = 0.15


def _paradigm_not_topic(phrase: str, title_words: frozenset[str]) -> bool:
    """A learning paradigm the lexicon knows ("reinforcement learning", "self-supervised
    learning", "meta-learning") that the title does not speak of: a means of the paper
    ("we fine-tune with RL"), not its task."""
    low = phrase.lower()
    return low.endswith("learning") and len(low) > 8 and not _shares_title(low, title_words)


# the first sentence about the paper's own work: "we", "our", "this paper", "in this work"
# (the first letter is one class before the look-behind and the branches, so the engine
# skips ahead to those letters instead of testing "\b" and four branches at each character)
_OWN_WORK = re.compile(
    r"[WwOoTtIi](?<!\w[WwOoTtIi])(?:(?<=[Ww])e|(?<=[Oo])ur|(?<=[Tt])his (?:paper|work|study|article|report)"
    r"|(?<=[Ii])n this (?:paper|work|study))\b"
)
# what a family of models or methods has achieved so far: "LLMs have demonstrated remarkable
# capabilities in code-related tasks, such as ...", "Similar methods have shown promising
# results in code generation"
# ("ha(?<!\wha)(?:ve|s)" is "\b(?:have|has)" written so that the engine can skip ahead to "ha")
_CLAIM = re.compile(
    r"ha(?<!\wha)(?:ve|s)\s+(?:(?:recently|already|also|increasingly|widely|successfully)\s+)?"
    r"(?:shown|demonstrated|achieved|exhibited|made|seen|gained|attracted|garnered|proven|"
    r"been\s+(?:shown|proven|demonstrated|successful|widely|successfully|applied|used|adopted))\b"
)
BACKGROUND_CLAIM_PENALTY = 0.1


def _background_claims(text: str, body: int) -> list[tuple[int, int]]:
    """Sentences before the paper's own work that state what models in general have
    achieved: the tasks they list ("on tasks such as X and Y") are the field's, not the
    paper's, unless the title or a repetition says otherwise (:func:`_task_salience`).
    Also the examples of applications such a sentence or one about the future lists
    (:func:`_application_examples`)."""
    own = _OWN_WORK.search(text, body)
    end = own.start() if own else len(text)
    out = []
    for m in _CLAIM.finditer(text, body, end):
        a = max(text.rfind(". ", body, m.start()) + 2, body)
        b = text.find(". ", m.end(), end)
        out.append((a, b if b >= 0 else end))
    return out + _application_examples(text, body, end)


# a list of the applications something has: "X has wide applications in industry, such as A
# and B", "potential future applications, including tasks such as A"
_APPLICATION_LIST = re.compile(r"\bapplications?\b[^.;]{0,60}?(?:such as|like|including|e\.g\.)\s", re.I)
_FUTURE = re.compile(r"\b(?:future|potential)\b", re.I)


def _application_examples(text: str, body: int, own: int) -> list[tuple[int, int]]:
    """The spans from an application list's cue to its sentence's end, where the sentence
    is background (before ``own``, the paper's own work) or about the future: what a field
    or a method may serve, not what the paper does ("has applications such as gaze
    estimation, virtual reality"). The sentence's subject, before the cue, stays ("The graph
    partitioning problem has many applications such as ..."); a list of the applications
    the paper shows ("we demonstrate applications like motion transfer") is its own work."""
    if "pplication" not in text:
        return []
    out = []
    for m in _APPLICATION_LIST.finditer(text, body):
        a = max(text.rfind(". ", body, m.start()) + 2, body)
        b = text.find(". ", m.end())
        b = b if b >= 0 else len(text)
        # (background: the whole sentence before the own work, not "To serve applications
        # such as X, we propose ...")
        if b > own and not _FUTURE.search(text, a, m.start()):
            continue
        out.append((m.start(), b))
    return out


def _field_example(text: str, c: Cand, claims: list[tuple[int, int]]) -> bool:
    """Whether a task is one of the examples a background claim lists ("LLMs have shown ...
    on tasks such as X and Y"); not one it names with "tasks" after it ("have shown ... on
    arithmetic reasoning tasks" may be the paper's own)."""
    end = max(c.end, c.ctx)
    return (any(a <= c.start < b for a, b in claims) and not _TASK_AFTER.match(text, end, end + 15)
            and not _data_named_after(text, c, end))


def _data_named_after(text: str, c: Cand, end: int) -> bool:
    """Whether a later sentence names the paper's data by a word of the task (a modifier, not
    its head) or by the acronym defined right after it: the paper evaluates on the task the
    background listed ("applications such as molecule and polymer property prediction ... on
    seven molecular and four polymer datasets", "person re-identification (ReID) ... on two
    ReID datasets"). The word is written in lower case: a word of a dataset's name is none
    ("keyword spotting ... on the Google Speech Commands dataset" is no speech recognition),
    and not before another task's head ("image captioning ... on four image classification
    datasets" is no image captioning)."""
    words = [w.lower() for w in _LETTERS.findall(text, c.start, end)[:-1] if len(w) >= 4 and w.lower() not in N.TASK_BREAK]
    head = (text[c.start : end].rsplit(None, 1) or [""])[-1].lower()
    acronym = _BRACKETED_ACRONYM.match(text, end)
    if acronym:
        words.append(acronym.group(1))
    stop = text.find(". ", end)
    if not words or stop < 0:
        return False
    for w in words:
        # (a long word without its last letter and any ending, or with "es" for its last two
        # letters: "molecule" and "molecular", "property" and "properties", "analysis" and
        # "analyses", not an adverb of a shorter word, "properly"; a short one whole, "multi" is
        # no "multiple"; up to three words between)
        if len(w) >= 7:
            ends = chain(_data_named_by(text, w[:-1], True, stop), _data_named_by(text, w[:-2] + "es", False, stop))
        else:
            ends = _data_named_by(text, w, False, stop)
        for end in ends:
            after = _WORD_AFTER.match(text, end)
            if after is None or after.group(1).lower() not in N.TASK_HEAD_SET or after.group(1).lower() == head:
                return True
    return False


def _data_named_by(text: str, stem: str, longer: bool, start: int):
    r"""The ends of the matches of ``(?<![\w-])STEM\w*(?<!ly)`` (``longer``: an adverb is no
    inflection) or ``(?<![\w-])STEM\b``, followed by up to three words and a data noun
    (``_DATA_NOUN_AHEAD``), from ``start``, as ``re.finditer`` gives them (``stem`` letters
    only), by a str.find loop: a pattern compiled for each word took 1-4 ms (on a first pass
    over hf-daily, some 5% of the time).
    (``\w*`` never gives back a letter: the look-ahead needs a space or hyphen after it.)"""
    i = text.find(stem, start)
    while i >= 0:
        j = i + len(stem)
        if i and (text[i - 1].isalnum() or text[i - 1] in "_-"):
            i = text.find(stem, i + 1)
            continue
        if longer:
            j = _WORD_CHARS.match(text, j).end()
        # (the data noun's space or hyphen is the \b of a short stem)
        if _DATA_NOUN_AHEAD.match(text, j) and not (longer and text.endswith("ly", i, j)):
            yield j
            i = text.find(stem, j)
        else:
            i = text.find(stem, i + 1)


_WORD_AFTER = re.compile(r"[ -]([\w-]+)")


_LETTERS = re.compile(r"[A-Za-z]+")
_BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)")
_DATA_NOUN = r"(?:datasets?|benchmarks?|corpora|corpus)\b"
_DATA_NOUN_AHEAD = re.compile(rf"(?:[ -][\w-]+){{0,3}}? {_DATA_NOUN}")
_WORD_CHARS = re.compile(r"\w*")


# heads too general to name a task with one modifier ("model training", "then search")
_GENERIC_TASK_HEADS = {
    "training",
    "search",
    "inference",
    "analysis",
    "evaluation",
    "alignment",
    "selection",
    "optimization",
    "modeling",
    "modelling",
    "understanding",
    "prediction",
    "control",
    "transfer",
    "tuning",
    "fine-tuning",
    "matching",
    "decoding",
    "coding",
    "programming",
    "completion",
    "editing",
    "extraction",
    "solving",
    "formulation",
    "identification",
    "quantification",
    "discovery",
    "estimation",
    "adaptation",
    "acceleration",
    "compression",
}
BROAD_FIELDS = {
    "machine learning",
    "deep learning",
    "artificial intelligence",
    "natural language processing",
    "natural language understanding",
    "computer vision",
    "data science",
    "robotics",
    "statistics",
    "optimization",
    "computer science",
    "computer graphics",
    "software engineering",
    "signal processing",
    "data mining",
    "image processing",
    "pattern recognition",
    "speech processing",
    "text mining",
    "human-computer interaction",
    "cloud computing",
    # application areas a paper serves, not the task it addresses
    "autonomous driving",
    "self-driving",
    "healthcare",
    "finance",
    "education",
    "e-commerce",
    "autonomous vehicles",
    "video surveillance",
    # what a task acts on, not a task: "link prediction on knowledge graphs"
    "knowledge graphs",
    # a property a system should have or a step of building data, not a task: "a platform
    # with guaranteed privacy", "the data collection infrastructure"
    "privacy",
    "data collection",
    "data annotation",
}


@lru_cache(maxsize=65536)
def task_score(phrase: str, in_title: bool, lexicon: bool = False) -> float:
    """How likely a phrase names the paper's task: title and lexicon raise it, broad fields
    and generic heads with a single modifier lower it.

    >>> task_score("video recognition", True) > task_score("model training", False)
    True
    """
    low = phrase.lower()
    words = low.split()
    score = 0.45 if lexicon else 0.4
    if in_title:
        score += 0.3
    if lexicon and len(words) >= 2:
        score += 0.1
    if lexicon and len(words) == 1 and "-" not in low:
        score -= 0.15
    if words and words[-1] in _GENERIC_TASK_HEADS and len(words) <= 2:
        score -= 0.1
    if words and words[-1] in ("problems", "questions") and not lexicon:
        score -= 0.1  # "grade school math problems": often the data, not the task
    if low in BROAD_FIELDS:
        score -= 0.3
    return round(max(0.05, min(0.95, score)), 3)


# where a paper is evaluated: "competitive performance in zero-shot image classification",
# "experiments on RGB-D semantic segmentation datasets" (not a step of its method: "we apply
# per-frame image segmentation")
_EVALUATED_BEFORE = re.compile(
    r"\b(?:performance|results?|experiments?|evaluat\w*|benchmark\w*|state-of-the-art|outperform\w*|"
    r"accuracy|achiev\w*|improv\w*|tested|gains?)\b[^.;]*$"
)


def _hidden_known_task(text: str, low: str, a: int, b: int, body: int) -> bool:
    """Whether the task phrase ``text[a:b]`` (three or more words) ends in a task the
    lexicon knows that the text writes nowhere else, and the paper is evaluated on it
    ("competitive performance in zero-shot image classification"): the longer phrase hides
    the known task's evidence, so it is scored as the known task. (Written elsewhere too,
    the known task is a candidate of its own and the longer phrase a variant of it:
    "pixel-level anomaly detection".)

    >>> t = "We achieve competitive performance in zero-shot image classification."
    >>> _hidden_known_task(t, t.lower(), 38, 68, 0)
    True
    >>> t = "We apply zero-shot image classification to image classification."
    >>> _hidden_known_task(t, t.lower(), 9, 39, 0)
    False
    """
    words = low[a:b].split()
    if len(words) < 3:
        return False
    for k in range(1, len(words) - 1):
        tail = " ".join(words[k:])
        if lookup_label(tail) == TASK:
            # the words before it set the task (an adjective or a compound: "formal",
            # "zero-shot"), not its object or means ("solver code generation", "LLVM",
            # "transformer-based")
            return (low.count(tail) == low.count(low[a:b])  # nowhere but inside the phrase
                    and all((_ADJ_LIKE.search(w) or "-" in w) and not w.endswith("-based") for w in words[:k])
                    and (_EVALUATED_AFTER.match(text, b) is not None
                         or _EVALUATED_BEFORE.search(low, max(body, a - 120), a) is not None))  # fmt: skip
    return False


def _task_name(surface: str) -> str:
    """Title-case task phrases in lower case, acronyms kept: "Video Object Segmentation";
    an acronym inside is left out: "text-to-image (T2I) generation"."""
    words = [w for w in surface.split() if not (w.startswith("(") and w.endswith(")"))]
    return " ".join(w if (w.isupper() or N.is_namey(w)) else w.lower() for w in words)


def _select(cands: list[Cand], size: int) -> list[Cand]:
    """Non-overlapping candidates, longest first, ties by rule priority.

    A longer unlabeled name that contains a lexicon match takes its label ("ImageNet-1K"
    contains "ImageNet"). Occupied characters are kept in a bytearray, so each test is
    one C-level search.
    """
    # of two candidates for the same span by the same rule, the better scored (a listed task
    # found by the list rule and by the phrase rule keeps the list's context)
    order = sorted(
        cands, key=lambda c: (c.start - c.end, -_PRIORITY[c.source],
                              c.derived, _LABEL_RANK.get(c.label, 9), -c.score, c.start)
    )  # fmt: skip
    occupied = bytearray(size + 1)
    chosen: list[Cand] = []
    for c in order:
        a, b = c.start, c.end
        if occupied.find(1, a, b) >= 0:
            if c.label in (DATASET, METHOD) and c.source == "lexicon":
                for other in chosen:  # rare: a lexicon name inside an unlabeled name
                    if (other.label is None and other.source == "name" and other.start <= a
                            and b <= other.end):  # fmt: skip
                        other.label = c.label
                        other.score = max(other.score, c.score - 0.05)
                        break
            continue
        occupied[a:b] = b"\x01" * (b - a)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# the architecture families whose common acronyms are no names ("a convolutional neural
# network (CNN)", "a variational autoencoder (VAE)")
# A paper may coin, for a name of its own, an acronym that is usually something else ("we
# propose Unbiased Data Processing (UDP)", "we propose the Adaptive Channel Mixing (ACM)", "a
# strategy named Region Activation Mapping (RAM)"): its definition is then a name like any
# other, not the protocol or device NOT_NAMES lists. Only a title-cased long form right after
# "we propose" or "named/called/termed", neither a known name nor a family ("we propose a
# Convolutional Neural Network (CNN)" keeps the generic meaning; "we introduce the User
# Datagram Protocol (UDP) as transport", "we present Solid State Drive (SSD) offloading" use
# the usual one).
_COINS_ACRONYM_BEFORE = re.compile(
    r"(?:\b[Ww]e\s+(?:\w+\s+)?propose[sd]?|\b(?:named|called|termed|dubbed))\s+(?:(?:a|an|the|our)\s+)?"
    r"(?:(?:new|novel)\s+)?$"
)
_TITLE_WORD = re.compile(r"[A-Z][\w-]*|of|for|and|the|with|to|in|on|via|by")
# (the heads of the hardware, protocols and languages NOT_NAMES holds: "Graphics Processing Unit
# (GPU)", "Field Programmable Gate Array (FPGA)" are never a paper's coinage)
_INFRASTRUCTURE_HEAD = re.compile(
    r"(?:Units?|Protocols?|Drives?|Devices?|Memory|Arrays?|Processors?|Interfaces?|Languages?|Circuits?|Systems?)$"
)


def _coined_over_common_acronym(text: str, c: Cand, long: str) -> bool:
    """Whether the definition ``c`` (long form ``long``) coins the paper's own meaning for an
    acronym of NOT_NAMES (see _COINS_ACRONYM_BEFORE)."""
    words = long.split()
    return (
        len(words) >= 2
        and all(_TITLE_WORD.fullmatch(w) for w in words)
        and words[0][0].isupper()
        and not _FAMILY_HEAD.search(long)
        and not _INFRASTRUCTURE_HEAD.search(long)
        and lookup_label(long) is None
        and _COINS_ACRONYM_BEFORE.search(text, max(0, c.start - 60), c.start) is not None
    )


_FAMILY_HEAD = re.compile(r"(?:network|autoencoder|perceptron|model)s?$", re.I)
# after a number: a value, not a version ("GPT-4 50%", "Llama 3.5x")
_AFTER_VALUE = re.compile(r"\s*(?:%|x\b|\u00d7|\.\d|points?\b)")


_BENCHMARK_SUBSET = re.compile(r" " + N.BENCHMARK_SUBSET + r"(?![\w-])")
# the words after "N.N" that make it a gain, not a version: "ImageNet 1.5 top-1 accuracy over X"
_GAIN_WORDS = (r"over|than|top|higher|lower|better|worse|gains?|pp|points?|accuracy|acc|score|"
               r"improvements?|increases?|margin|absolute|relative|on\s+average")
# ... and a known data set's version after it is that version, named as written: "SQuAD 2.0",
# "Zorbverse V2", "LVIS v1.0" (a version: "v"/"V" and a number, or a digit 1-9, a point
# and one digit; then a clause end or a lower-case word, "val", "dataset": not a score,
# "GLUE 80.5", "MNIST 0.99", "AFEW 8.0 AP", "COCO 2.1 points", "CIFAR-10 3.2%", nor a gain a
# comparison or a measure word follows: "lifts ZorbNet 1.5 top-1 accuracy over X", "improves
# GLUE 1.2 over BERT")
_DATASET_VERSION = re.compile(
    r" (?:[vV]\d+(?:\.\d+)*|[1-9]\.\d(?!\d)(?!\s*(?:" + _GAIN_WORDS + r")\b))"
    r"(?=\s*(?:[,;:)\]]|\.(?!\d)|\(|$|(?!x\b)[a-z]))"
)
# (not after a name that ends in a version already: "Something-Something V1 V2" lists two)
_ENDS_IN_VERSION = re.compile(r"[ -][vV]?\d+(?:\.\d+)?$")


# names a method and a measure by general knowledge ("MAE": masked autoencoder or mean absolute
# error); other names both lexicons list (BERT, also a metric in sota_metrics for BERTScore) are
# models wherever they are written, so only these get a measure reading
_METHOD_OR_MEASURE = {"MAE"}
# what marks such a name as the measure: a measure noun after it ("MAE measure", not the verb
# "MAE scores 83.6%") or a value ("MAE of 57.6", not "MAE: 83.6%" in a list of baselines), a
# measure cue before it ("in terms of WAPE and MAE"), or a list of known measures it is part of
# (_listed_measures)
_MEASURE_AFTER = re.compile(r"\s*(?:(?:metrics?|measures?|score|values?)\b|(?:of|=)\s*\d)")
_MEASURE_CUE_BEFORE = re.compile(
    rf"(?:\b(?:{_TERMS_OF_CUE})|\bmetrics?(?: of| such as| including| like)?)\s+(?:the\s+)?"
    r"(?:[A-Z][\w@-]*\s*(?:,|/|\band\b|\bor\b)\s*(?:and\s+)?){0,2}$"  # earlier items of its list
)
# "a gain of 2.0% for MAE" (_gain_in_measure)
_PERCENT_FOR = re.compile(r"\d\\?%\s+(?:for|in)\s+(?:the\s+)?")
# "the MAE or MSE loss": a loss the model is trained with, no measure
_LOSS_AFTER = re.compile(r"(?:\s*(?:,|/|\band\b|\bor\b)\s*[A-Z][\w-]*)*\s+loss")
_LIST_LINK = re.compile(r"\s*(?:,|/|\band\b|\bor\b)\s*(?:and\s+|or\s+)?")


def _listed_measures(text: str, a: int, b: int, metrics: list[Cand]) -> bool:
    """Whether the name at a..b stands in a list of known measures: two others ("RMSE, MAE and
    MAPE"), or one joined by "and"/"or"/"/" ("RMSE and MAE"); a comma alone is no list
    ("Compared to MAE, AP on COCO ...") and a measure must be a whole word ("RMSE-guided")."""
    n, joined, seen, todo = 0, False, {(a, b)}, [(a, b)]
    while todo:
        x, y = todo.pop()
        for c in metrics:
            if (c.start, c.end) in seen:
                continue
            gap = text[y : c.start] if c.start >= y else text[c.end : x] if c.end <= x else None
            if gap is not None and len(gap) < 12 and _LIST_LINK.fullmatch(gap) and not text.startswith("-", c.end):
                seen.add((c.start, c.end))
                todo.append((c.start, c.end))
                n, joined = n + 1, joined or gap.strip() != ","
    return n >= 2 or (n == 1 and joined)


def _gain_in_measure(text: str, a: int, b: int, measures: list[Cand]) -> bool:
    """ "a gain of 2.0% for MAE, 5.4% for maximum F-measure": a gain in the measure at a..b,
    when every other "N% for X" of its sentence names a known measure too; else the gains are
    per method ("3.2% for MAE and 2.5% for SimMIM", "15% in BERT and 75% in MAE")."""
    if not any(m.end() == a for m in _PERCENT_FOR.finditer(text, max(0, a - 30), a)):
        return False
    lo, hi = text.rfind(". ", 0, a) + 1, text.find(". ", b)  # its sentence
    hi = len(text) if hi < 0 else hi
    # known measures and "S-measure" codes, which are no lexicon entries
    starts = [c.start for c in measures] + [m.start() for m in _LETTER_MEASURE.finditer(text, lo, hi)]
    return all(
        m.end() == a or any(0 <= s - m.end() <= 12 for s in starts)  # "for maximum F-measure"
        for m in _PERCENT_FOR.finditer(text, lo, hi)
    )


# a measure per unit of a cost is another measure: "throughput per dollar", "performance per
# watt", "accuracy per joule"
_PER_COST_UNIT = re.compile(r" per (?:dollar|watt|joule|kWh|unit (?:of )?cost)\b")


def _measure_readings(text: str, lexicon: list[Cand]) -> list[Cand]:
    """Drop the method reading of a name in ``_METHOD_OR_MEASURE`` when its context reads it as
    a measure ("12.7% in the metrics of MAE, RMSE and MAPE"); elsewhere the method stays
    ("Unlike standard MAE, we ...")."""
    metrics = [c for c in lexicon if c.label == METRIC]
    dual = {(c.start, c.end) for c in lexicon if c.label == METHOD} & {(c.start, c.end) for c in metrics}
    both = {(a, b) for a, b in dual if text[a:b] in _METHOD_OR_MEASURE}
    if not both:
        return lexicon
    measures = [c for c in metrics if (c.start, c.end) not in dual]  # of a single reading
    drop = set()
    for a, b in both:
        if _LOSS_AFTER.match(text, b):
            continue
        if (
            _MEASURE_AFTER.match(text, b)
            or _MEASURE_CUE_BEFORE.search(text, max(0, a - 30), a)
            or _gain_in_measure(text, a, b, measures)
            or _listed_measures(text, a, b, measures)
        ):
            drop.add((a, b))
    return [c for c in lexicon if not (c.label == METHOD and (c.start, c.end) in drop)]


def _hyphened_task(written: str, canonical: str | None) -> bool:
    """Whether a lexicon task is written with a hyphen where the lexicon has a space
    (:func:`kg.extract.lexicon.hyphened_variant`: "question-answering").

    >>> _hyphened_task("Question-Answering", "question answering"), _hyphened_task("fine-tuning", "fine-tuning")
    (True, False)
    >>> _hyphened_task("multi-hop question-answering", "multi-hop question answering")
    True
    """
    if canonical is None or "-" not in written:
        return False
    listed = LexiconEntry(TASK, canonical.lower(), canonical, "lower")
    return written.lower() in hyphened_variant(listed)


# what a hyphened task before it describes is a kind of agent or artifact, not the paper's task:
# "instruction-following models", "a question-answering system", "red-teaming tools"
_ARTIFACT_AFTER = re.compile(
    r"\s+(?:models?|systems?|LLMs?|tools?|agents?|engines?|networks?|pipelines?|components?|modules?)\b"
)


def resolve(text: str, st: DocState) -> None:
    """Choose and type the mentions of a document; fill ``st.mentions`` and ``st.proposed``."""
    title_end = st.title_end
    lexicon = []
    for c in _measure_readings(text, st.lexicon):
        if c.label == TASK:
            written = text[c.start : c.end]
            if _hyphened_task(written, c.canonical):
                if _ARTIFACT_AFTER.match(text, c.end):
                    continue  # "a question-answering system": what the system is, no task
                # "instruction-following ability": the listed task, named and scored as listed
                c.name = written = c.canonical
            c.score = task_score(written, c.end <= title_end, lexicon=True)
            if c.end <= title_end:
                c.name = _task_name(written)
        lexicon.append(c)
    st.lexicon = lexicon
    # a known name with what the text writes after it is that variant, named as written:
    # "Claude 3.5 Sonnet", "Mistral 7B" (a model's version or size); "SWE-bench Verified",
    # "GPQA Diamond" (a benchmark's subset)
    for c in st.lexicon:
        if not text.startswith(" ", c.end):
            continue
        if c.label == METHOD and text[c.start].isupper():
            end = N.extend_suffix(text, c.end)
            if end > c.end and not _AFTER_VALUE.match(text, end):
                c.end, c.canonical = end, None
        elif c.label == METRIC and (per := _PER_COST_UNIT.match(text, c.end)):
            c.end, c.canonical = per.end(), None
        elif c.label == DATASET and (subset := _BENCHMARK_SUBSET.match(text, c.end)):
            c.end, c.canonical = subset.end(), None
        elif (c.label == DATASET and (version := _DATASET_VERSION.match(text, c.end))
              and not _ENDS_IN_VERSION.search(text, c.start, c.end)):
            c.end, c.canonical = version.end(), None
    # "Gaussian Hill Climbing", "Deep Q-Learning": a capitalised word before a known name in
    # the abstract is part of a longer name, which the text names as written
    for c in st.lexicon:
        if c.label == METHOD and c.start > title_end and text[c.start].isupper():
            start = N.extend_prefix(text, c.start)
            if start < c.start:
                c.start, c.canonical = start, None
    # (a title is seen once: not through the cache)
    title_words = _content_words.__wrapped__(st.low[:title_end]) if title_end else frozenset()
    # the background claims are found on first use: most documents have no task that the
    # test reaches (a context boost without salience), and the scan runs to "we"
    claims: list[tuple[int, int]] | None = None
    for c in st.lexicon + st.names:
        if c.label == TASK and c.start > title_end:
            context = _task_context_boost(text, st.low, c)
            salience = _task_salience(st.low, c, title_words)
            if context > 0 and not salience and claims is None:
                claims = _background_claims(text, title_end + 2 if title_end else 0)
            if claims and context > 0 and not salience and _field_example(text, c, claims):
                context = -BACKGROUND_CLAIM_PENALTY
            if c.source == "lexicon" and _paradigm_not_topic(text[c.start : c.end], title_words):
                context -= PARADIGM_PENALTY
            c.score = round(min(0.95, c.score + context + salience), 3)
    # (the keys of known names are needed only where the title names a task)
    if any(c.source == "titletask" for c in st.names):
        lex_other = {name_key(text[c.start : c.end]) for c in st.lexicon if c.label != TASK}
        names = [c for c in st.names
                 if not (c.source == "titletask" and name_key(c.name) in lex_other)]  # fmt: skip
    else:
        names = list(st.names)
    # "genetic algorithm-based search": a known method used as a modifier stays a method;
    # the task phrase around it would hide it
    based = [(c.start, c.end) for c in st.lexicon if c.label in (METHOD, DATASET)
             and text.startswith("-", c.end) and _BASED_TAIL.match(text, c.end)]  # fmt: skip
    if based:
        names = [c for c in names if not (c.label == TASK and c.source == "task" and any(
            c.start <= a and b < c.end for a, b in based))]  # fmt: skip
    # "with similar inference speed", "reduces overall training time": a task phrase that
    # ends on the modifier of a known measure cuts the noun phrase before its head
    measures = [c for c in st.lexicon if c.label == METRIC]
    if measures:
        # (only the measures that start inside the phrase, by bisection: a test of every
        # measure per phrase is quadratic in a text of thousands of both)
        measures_at = SpanIndex(measures)
        names = [c for c in names if not (c.label == TASK and c.source == "task" and any(
            c.end < m.end for m in measures_at.within(c.start + 1, c.end)))]  # fmt: skip
    task_acronyms = _task_acronyms(text, names)
    if task_acronyms:
        names = [c for c in names if not (c.source == "acronym" and text[c.short[0] : c.short[1]] in task_acronyms)]
    cands = _select(st.lexicon + names, len(text))
    by_key: dict[str, str] = {}
    for c in cands:
        if c.label and c.source == "lexicon":
            by_key.setdefault(name_key(text[c.start : c.end]), c.label)
    cues = _LazyCues(st)
    acr_labels: dict[str, str | None] = dict.fromkeys(task_acronyms, TASK)
    acr_shorts = {text[a.short[0] : a.short[1]] for a in cands if a.source == "acronym"}
    labels = _enumeration_labels(text, cands)
    unexplained: list[Cand] = []
    task_names = {text[c.start : c.end] for c in cands
                  if c.source == "titlecase" and _NAMES_TASK.match(text, c.end)}  # fmt: skip
    out: list[Cand] = []
    covered: list[tuple[int, int]] = []
    headed: set[str] = set()  # acronyms defined with a method head after them
    field_scores: dict[str, float] = {}  # acronyms of broad fields: their definition's score
    for c in cands:
        surface = text[c.start : c.end]
        if c.source == "acronym":
            long = text[c.start : c.ctx] if c.ctx >= 0 else surface
            short = text[c.short[0] : c.short[1]]
            head = _ACRONYM_HEAD.match(text, c.short[1]) if c.ctx >= 0 else None
            if short in N.NOT_NAMES and not head and not _coined_over_common_acronym(text, c, long):
                acr_labels[short] = None
                known = lookup_label(long)
                if known in (METHOD, DATASET) and not _FAMILY_HEAD.search(long):
                    # "Chain-of-thought prompting (CoT)": a known technique defined with a
                    # common acronym stays; the definition would hide it from the lexicon
                    c.end = c.ctx if c.ctx >= 0 else c.end
                    c.label, c.name = known, f"{long} ({short})"
                    c.source = "lexicon"  # a known name: proposed only as the lexicon's are
                    out.append(c)
                continue
            label = _acronym_label(long, short, text, c, by_key)
            acr_labels[short] = label
            if short.endswith("s") and short[:-1] not in acr_labels:
                acr_labels[short[:-1]] = label  # "MSUs" defined, "MSU" used
            elif not short.endswith("s"):
                acr_labels.setdefault(short + "s", label)
            if head and label != METRIC and head.group(1) in N.TASK_HEAD_SET and (
                    head.group(1) not in N.METHOD_HEADS or head.group(1) in _TOPIC_HEADS):  # fmt: skip
                continue  # "large language model (LLM) reasoning": a topic, not a method
            if head and label != METRIC:
                label = METHOD  # "Named Entity Recognition (NER) adapters"
                c.name = f"{long} ({short}) {head.group(1)}"
                covered.append((c.start, c.end))
                headed.add(short)
                acr_labels[short] = METHOD
            else:
                c.end = c.ctx if c.ctx >= 0 else c.end
                c.name = f"{long} ({short})"
            if label is None:
                continue
            if label == TASK and long.lower() in BROAD_FIELDS:
                c.score = task_score(long, c.end <= title_end)  # "knowledge graphs (KGs)": a topic
                field_scores[short] = c.score  # and so are its uses: "SE tasks"
            c.label = label
            c.canonical = None
            out.append(c)
            continue
        if c.source == "lexicon" and c.label in (METHOD, DATASET):
            if surface in N.NOT_NAMES or _SIZE_TAIL.match(text, c.end):
                continue  # "ImageNet-scale data" speaks of a size, not of ImageNet
        if c.label is None:
            if (surface in N.NOT_NAMES or N.is_generic_phrase(surface)) and not (
                    c.source == "title" and _coined_prefix(surface, text, title_end)):  # fmt: skip
                continue
            if c.source in ("name", "rare") and _not_a_name(surface, c, acr_shorts, by_key):
                continue
            if surface in labels:
                continue
            if c.source == "titlecase" and (_weak_titlecase(surface, text) or surface in task_names):
                continue  # "on the Colored Objects task": a task's name, not a method
            year = _EDITION_AFTER.match(text, c.end)
            if year and c.source in ("name", "rare") and surface.isupper():
                if _cites_a_venue(text, c.start, year.end()):
                    continue  # "Chen et al. [ISAAC 2003]", "published in PODC 2011": a venue cited
                # "WMT 2014 English-German", "SemEval 2017": an edition of a shared task
                c.end = year.end()
                c.name = surface = text[c.start : c.end]
                c.label = DATASET
                out.append(c)
                continue
            if c.source == "title" and _spelled_in_title(text, c, title_end):
                c.label = METHOD  # "MARS: Model-agnostic biased object Removal ...": coined here
                c.name = surface
                out.append(c)
                continue
            defined = _long_form_after(text, c)
            if defined:
                covered.append((c.end, defined.end()))  # its long form's words are no names
            c.label = (
                by_key.get(name_key(surface))
                or _lexicon_label(surface)
                # "AG-News", "WNUT-2017": a listed name with other separators
                or lookup_variant(surface)
                # "ROUGE-2 F1", "BLEU-4 F1": measures written together are a measure
                or (METRIC if " " in surface and all(lookup_label(w) == METRIC for w in surface.split()) else None)
                or _context_label(text, c, title_end, cues)
            )
            if c.label == METHOD and c.source == "name" and _unexplained_acronym(text, st, c, acr_shorts, by_key):
                unexplained.append(c)
        if not (c.label == TASK and c.name):
            c.name = surface
            if c.label == METRIC and surface[:10].lower() == "number of ":  # ("The Number of" too)
                c.name = surface[10:]  # "a smaller number of parameters": the measure is "parameters"
        out.append(c)
    if covered:
        out = [c for c in out if c.source == "acronym"
               or not any(a <= c.start and c.end <= b for a, b in covered)]  # fmt: skip
    # acronyms used alone later take the type of their definition
    for c in out if acr_labels else ():  # (no acronym defined: nothing to pass on)
        surface = text[c.start : c.end]
        # a lexicon acronym too: "ASR" is a task where the text defines "automatic speech
        # recognition (ASR)", though the lexicon knows an "attack success rate (ASR)"
        if c.source == "context" and acr_labels.get(surface) == TASK:
            c.label = None  # "four CSLR datasets" where the text defines the task CSLR
            continue
        if (c.source in ("name", "lexicon") and surface in acr_labels
                and (c.source == "name" or surface in headed or surface.isupper())):  # fmt: skip
            lab = acr_labels[surface]
            if lab:
                c.label = lab
            if lab == TASK and surface in field_scores:
                c.score = min(c.score, field_scores[surface])
            if surface in task_acronyms:  # one task with its long form
                c.name = f"{task_acronyms[surface]} ({surface})"
    if None in acr_labels.values():
        out = [c for c in out if not (c.source == "name" and acr_labels.get(text[c.start : c.end], 0) is None)]
    out = _without_other_sense_measures(text, out, st.acronyms)
    out = [c for c in out if not (c.label == METRIC and (_objective(text, c) or _loss_not_measured(text, c)))]
    _initialisms_of_tasks(text, out)
    _abbreviations_of_tasks(text, out, acr_labels)
    out = _without_spelled_out_names(text, out)
    out = _named_by_macro(text, out)
    out = _without_family_transformer(text, out)
    # "we study the classic Text-to-Pattern Hamming Distances problem": the name is the task
    problems = {name_key(c.name) for c in out if c.source == "problem"}
    if problems:
        out = [c for c in out if not (c.label == METHOD and name_key(text[c.start : c.end]) in problems)]
    _mark_proposed(text, st, out)
    # "Composed Image Retrieval", "Biomedical Question Answering": a task in capitals, headed
    # like one, unless the paper coins it; "Semantic Question Similarity": a plain-headed topic
    out = [c for c in out if not (c.source == "titlecase" and c.label == METHOD and not c.proposed
                                  and (_task_long_form(c.name.lower(), c.name.rsplit(None, 1)[-1].lower())
                                       or _headless_titlecase(c.name)))]
    out = _without_network_families(out)
    out = _without_base_transformer(text, out)
    out = _with_variants(text, st, out)
    _propagate_lists(text, out)
    _vote_labels(text, out)  # after the lists: "on A and B" typed B, its other mentions follow
    _list_sibling_datasets(text, out, title_end + 2 if title_end else 0)
    _editions_of_datasets(text, out)
    out = _coordinated_editions(text, out)
    _language_pairs_of_datasets(text, out)
    out = _coordinated_language_pairs(text, out)
    _bracketed_splits_of_datasets(text, out)
    out = _coordinated_splits(text, out)
    out = _splits_written_apart(text, out)
    out = _resolutions_of_datasets(text, out, st)
    _real_labels_of_imagenet(text, out)
    _own_winners_are_methods(text, out)
    listed = _list_sibling_methods(text, out, title_end + 2 if title_end else 0)
    if unexplained:  # unless a list of datasets made it one, or a list of methods holds it
        drop = {id(c) for c in unexplained} - listed
        out = [c for c in out if not (c.label == METHOD and id(c) in drop)]
    _join_headless_forms(out)
    _join_short_first(text, out)
    _join_spelled_forms(text, out)
    _demote_means(text, out, title_end)
    _cap_title_means(text, out, title_end)
    out.extend(_title_techniques_as_tasks(text, out, title_end))
    out.extend(_opening_technique_as_task(text, out, title_end))
    _demote_title_subjects(text, out, title_end)
    out.extend(_means_techniques(text, st, out))
    out.extend(_title_means_parts(text, st, out))
    out.extend(_means_parts(text, st, out))
    _mark_title_technique(text, st, out)
    out.extend(_rl_techniques(text, st, out))
    _own_methods_by_task(text, st.low, out, title_end)
    ends: dict[str, list[int]] = {}  # (where the names both passes test occur: found once)
    out = _without_thing_modifiers(text, _without_inner_names(text, out, st.low), ends)
    out = _without_edition_names(text, _without_metric_names(text, out), ends)
    out = _without_concept_acronyms(text, _without_standards(text, out, st.acronyms), st.acronyms, st.proposed)
    out = _without_problem_names(text, out)
    _name_tasks_as_annotators(text, out)
    out = _without_misread_methods(text, out, title_end, st.proposed)
    out = _without_bare_objectives(text, out, st.proposed)
    st.mentions = _without_kind_acronyms(text, out)
    if "-" in text:
        _past_lost_symbols(text, st.mentions)


# a hyphen left where a math symbol was: "the $k$-level hypergraph partitioning" reads "the
# -level hypergraph partitioning", "COCO-$20^i$" reads "COCO-"
_LOST_SYMBOL_LEAD = re.compile(r"-[\w]+ (?=\S+ \S)")


# the compounds whose symbol the field writes one way ("$k$-nearest neighbor search" is
# "k-nearest neighbor search" whatever the paper's letter): the lost letter is put back and the
# name kept whole, not cut to "neighbor search"
_CONVENTIONAL_SYMBOL = {"nearest": "k", "means": "k", "medoids": "k", "median": "k", "medians": "k",
                        "center": "k", "centers": "k", "gram": "n", "grams": "n"}


def _past_lost_symbols(text: str, mentions: list[Cand]) -> None:
    """Names without the hyphenated word a lost math symbol began ("-level hypergraph
    partitioning" -> "hypergraph partitioning", when two or more words remain; "-center
    clustering" stays, no shorter name says it), with the conventional letter back where the
    field writes the compound one way ("-nearest neighbor search" -> "k-nearest neighbor
    search", `_CONVENTIONAL_SYMBOL`) and without a hyphen it left at the end of a name ("COCO-"
    -> "COCO"; a task's is a suspended hyphen, "Zero- and Few-Shot Learning")."""
    for c in mentions:
        name = c.name or ""
        if name.startswith("-") and (letter := _CONVENTIONAL_SYMBOL.get(name[1:].split(" ", 1)[0].lower())):
            c.name = letter + name
        elif name.startswith("-") and (lead := _LOST_SYMBOL_LEAD.match(name)) and "(" not in name:
            if text[c.start : c.end].lower() == name.lower():
                c.start += lead.end()
            c.name = name[lead.end() :]
        elif name.endswith("-") and c.label != TASK and len(name) > 2 and text[c.end - 1 : c.end] == "-":
            c.end -= 1
            c.name = name[:-1]


OWN_METHOD_CAP = 0.3  # the paper's own method where the title names the task it serves
# the noun a method's long form may end on after the words that describe it ("Dual-Visual
# Graph Reasoning Unit", "Bipartite Graph Reasoning GAN"): those words alone name it too
_OWN_METHOD_NOUN = re.compile(r"\s+(?:[A-Z]{2,}s?|[Uu]nits?|[Bb]locks?|[Mm]odules?|[Nn]et(?:work)?s?|[Mm]odels?|"
                              r"[Ff]rameworks?|[Mm]ethods?|[Aa]pproach(?:es)?|[Aa]lgorithms?)$")


def _own_methods_by_task(text: str, low: str, mentions: list[Cand], title_end: int) -> None:
    """A task phrase that spells the paper's own method (the long form of a proposed name)
    where the title names the task that method serves ("Curriculum Model Adaptation ... for
    Semantic Foggy Scene Understanding", "Free Lunch for Domain Adversarial Training:
    Environment Label Smoothing") is no task of its own. It names the task by its head
    where the text writes that head more often than the whole phrase and the head is no
    technique ("Curvature-based Feature Selection with Application in Classifying EHRs":
    feature selection); else it falls below the floor. A method phrase the title names alone
    ("Cyclical Curriculum Learning", "Responsible Task Automation: Empowering LLMs as ...")
    stays: it is what the paper presents, and the lenient scorer matches its head.

    >>> t = ("Curvature-based Feature Selection for EHR Classification" + 2 * chr(10) +
    ...      "A feature selection method, Curvature-based Feature Selection (CFS), is presented.")
    >>> ms = [Cand(0, 33, TASK, "titletask", 0.6), Cand(38, 56, TASK, "titletask", 0.75),
    ...       Cand(86, 125, METHOD, "acronym", 0.85, proposed=True)]
    >>> ms[0].name, ms[1].name, ms[2].name = "curvature-based feature selection", "EHR classification", t[86:125]
    >>> _own_methods_by_task(t, t.lower(), ms, 56); ms[0].name
    'feature selection'
    """
    own = set()
    for c in mentions:
        if c.label == METHOD and c.proposed:
            long = _unbracketed(c.name)
            if " " in long:
                own.add(name_key(long))
                bare = _OWN_METHOD_NOUN.sub("", long).split()
                # and its shorter tails but a known task ("deformable alignment" of the
                # "temporal deformable alignment network"; not "logical reasoning")
                for i in range(len(bare) - 1):
                    tail = " ".join(bare[i:])
                    if not i or lookup_label(tail) != TASK:
                        own.add(name_key(tail))
    if not own:
        return
    colon = text.find(":", 0, title_end) if title_end else -1
    t0 = colon + 1 if colon > 0 else 0
    for c in mentions:
        if c.label != TASK or not c.name:
            continue
        name = _unbracketed(c.name)
        if name_key(name) not in own or not _served_title_task(text, mentions, title_end, name, own):
            continue
        if c.end <= title_end and _title_role_word(text, t0, c.start) in ("for", "in", "on"):
            continue  # "... for Test-Agnostic Long-Tailed Recognition": the task after all
        head = _general_task(low, name)
        if head and lookup_label(head) != METHOD and head.rsplit(None, 1)[-1].lower() not in N.METHOD_HEADS:
            c.name = head
        else:
            c.score = min(c.score, OWN_METHOD_CAP)


def _served_title_task(text: str, mentions: list[Cand], title_end: int, name: str, own: set[str]) -> bool:
    """Whether the title names a task other than the method phrase ``name``."""
    key = name_key(name)
    return any(o.label == TASK and o.end <= title_end and o.score >= TITLE_TASK_NAMED
               and name_key(_unbracketed(o.name or text[o.start : o.end])) not in own
               and key not in name_key(o.name or text[o.start : o.end])
               for o in mentions)  # fmt: skip


def _general_task(low: str, phrase: str) -> str | None:
    """The longest tail of a method phrase that is a task of its own: written in the text
    more often than the whole phrase ("a filter-based feature selection method, namely
    Curvature-based Feature Selection"), or a lexicon task; at least two words."""
    words = phrase.split()
    whole = len(whole_occurrences(low, phrase.lower(), "-"))
    for i in range(1, len(words) - 1):
        tail = " ".join(words[i:])
        if lookup_label(tail) == TASK or len(whole_occurrences(low, tail.lower(), "-")) > whole:
            return tail
    return None


def _without_inner_names(text: str, mentions: list[Cand], low: str | None = None) -> list[Cand]:
    """A method name the text only ever writes after the first words of a longer method name
    is a piece of it, not a method of its own: "Graph Attention Network" where the text always
    says "Kernel Graph Attention Network (KGAT)", "Agent Search" inside "Meta Agent Search". A
    name also written alone ("adversarial training" beside "smooth adversarial training") is
    kept.
    Hyphens count as spaces ("Vector Quantised-Variational Autoencoder"). ``low``: the text
    in lower case, if the caller has it (DocState.low: the text itself where lower() moves
    offsets, and then the text is lower-cased here as before).

    >>> t = "Kernel Graph Attention Network. We propose the Kernel Graph Attention Network."
    >>> ms = [Cand(0, 30, METHOD, "title", 0.9), Cand(7, 30, METHOD, "lexicon", 0.85)]
    >>> [t[c.start : c.end] for c in _without_inner_names(t, ms)]
    ['Kernel Graph Attention Network']
    """
    methods = [c for c in mentions if c.label == METHOD]
    if len(methods) < 2:
        return mentions
    flat = (low if low is not None and low is not text else text.lower()).replace("-", " ")
    longer = {flat[c.start : c.end] for c in methods}
    longer |= {flat[c.short[0] : c.short[1]] for c in methods if c.short}
    holders = _NameHolders(longer)
    inner: dict[str, bool] = {}
    for c in methods:
        if c.proposed or c.short or c.source == "acronym":
            continue
        key = flat[c.start : c.end]
        if key not in inner:
            # (a longer name that only adds to the right is a variant: "PanGu" and "PanGu-α")
            outer = holders.inside(key)
            inner[key] = bool(outer) and all(
                _inside_any(flat, start, len(key), outer)
                for start in whole_occurrences(flat, key))  # fmt: skip
    return [c for c in mentions if not (c.label == METHOD and inner.get(flat[c.start : c.end])
                                        and not c.proposed and not c.short)]  # fmt: skip


# nouns that say a name before them names a thing, not a method: hardware, data and records,
# formats and standards ("FIFO queues", "TelosB motes", "ICD-10 codes", "P2P overlays", "MS1M
# data"; not "CutMix data augmentation", "MissForest data imputation": a method of processing data)
_DEVICE_OR_DATA_AFTER = re.compile(
    r"\)?\s+(?:devices?|motes?|boards?|chips?|processors?|sensors?|cameras?|phones?|smartphones?|"
    r"servers?|antennas?|stations?|vehicles?|drones?|satellites?|hardware|queues?|codes|files?|"
    r"formats?|packets?|overlays?|images|pairs?|pairing|regions?|categories|standards?|"
    r"specifications?|compliance|records|traces|signals|recordings|scans|logs|"
    r"data(?!\s+(?:augmentation|compression|modell?ing|imputation|cleaning|cleansing|generation|"
    r"selection|filtering|fusion|synthesis|mining|curation|pruning|distillation|assimilation)))\b(?!-)",
    re.IGNORECASE,
)


def _without_thing_modifiers(text: str, mentions: list[Cand], ends: dict[str, list[int]] | None = None) -> list[Cand]:
    """An unknown name the text only writes before a noun of hardware, data or standards names
    that thing, not a method ("FIFO queues", "TelosB motes", "ICD-10 codes", "(P2P) overlay").
    ``ends``: where each name's occurrences end, shared with :func:`_without_edition_names`.

    >>> t = "Shared FIFO Queues. First-In, First-Out (FIFO) queues over networks."
    >>> [t[c.start : c.end] for c in _without_thing_modifiers(t, [Cand(7, 11, METHOD, "name", 0.7)])]
    []
    """

    def names_a_thing(surface: str) -> bool:
        found = _occurrence_ends(text, surface, ends)
        return bool(found) and all(_DEVICE_OR_DATA_AFTER.match(text, e) for e in found)

    return _without_unproposed_names(text, mentions, names_a_thing)


# ---- method precision: mentions that are no method where they stand (round 16) ----

# what a web address holds before the names in it: "https://github.com/zorb/ZorbNet-Pose",
# "www.youtube.com/watch?v=Qx9", "github.com/zorb/zorbnet", "huggingface.co/zorb/Zorb-7B",
# "zorb.github.io/ZorbNet" (a path written without its scheme: a slash after a web word, names._WEB);
# looked for only in the chunk of a mention that no space or bracket opens (scanning every
# text for them would cost more than the whole rule)
def _opens_web_address(opening: str) -> bool:
    """Whether the space-free ``opening`` of a word is the start of a web address."""
    return "www." in opening or "/" in opening and (".co/" in opening or N._WEB.search(opening) is not None)


def _without_url_mentions(text: str, mentions: list[Cand]) -> list[Cand]:
    """A method mention inside a web address is a piece of the address, not a name the text
    uses ("code at https://github.com/zorb/ZorbNet-Pose": no method "ZorbNet-Pose"); the same
    name written elsewhere in the text stays. (Datasets stay: where a stripped macro left
    the dataset's name only in its download address, the address is all that names it.)

    >>> t = "ZorbNet wins. Code: https://github.com/zorb/Zorb-Pose."
    >>> cs = [Cand(0, 7, METHOD, "name", 0.7), Cand(43, 52, METHOD, "name", 0.7)]
    >>> [t[c.start : c.end] for c in _without_url_mentions(t, cs)]
    ['ZorbNet']
    """

    def in_url(c: Cand) -> bool:
        # (most mentions follow a space or a bracket: no address runs into them)
        if c.label != METHOD or not c.start or text[c.start - 1] in " \n\t(":
            return False
        # the space-free chunk that leads to the mention holds an address's opening
        space = text.rfind(" ", 0, c.start)
        return _opens_web_address(text[max(space, text.rfind("\n", space + 1, c.start)) + 1 : c.start])

    # (an address's opening holds "www." or "/": a text with neither has no address)
    if "/" not in text and "www." not in text:
        return mentions
    return [c for c in mentions if not in_url(c)]


# a title word that is no part of the name after it: articles, prepositions, conjunctions,
# copulas ("A Transformer Meets ..."); adjectives that rate or size the technique ("a New
# Variational Autoencoder", "Plain Vision Transformer", "Efficient Knowledge Distillation of
# ...": the technique itself, made better); and the variant words that make a
# known technique's own variant, which the technique's name matches ("Bidirectional LSTM",
# "Convolutional LSTM", "Sparse Mixture of Experts")
_TITLE_NON_NAME_WORDS = frozenset((
    "a", "an", "the", "and", "or", "of", "for", "with", "via", "by", "from", "to", "in", "on",
    "at", "into", "through", "towards", "toward", "using", "meets", "is", "are", "as", "vs",
    "versus", "without", "beyond", "under", "over", "when", "do", "does", "can", "your", "our",
    "across", "between", "within", "against", "like", "than", "after", "about",
    "new", "novel", "simple", "plain", "standard", "vanilla", "original", "large-scale",
    "efficient", "fast", "faster", "robust", "scalable", "accurate", "improved", "better",
    "effective", "practical", "lightweight",
    "bidirectional", "convolutional", "sparse", "block", "ensemble"))
_TITLE_WORD_BEFORE = re.compile(r"([A-Z][\w'-]*) $")
# the last word of a known architecture family, which a longer title name ends on ("Single-Head
# Vision Transformer", "Radar Region Proposal Network", "Deep Hierarchical Variational
# Autoencoder"); a technique's or model's name ("Knowledge Distillation", "Contrastive
# Learning", "BERT") after a capitalised word is that technique used ("MoE Knowledge Distillation")
_ARCHITECTURE_HEADS = frozenset((
    "transformer", "transformers", "network", "networks", "net", "nets", "autoencoder",
    "autoencoders", "encoder", "decoder", "lstm", "rnn", "cnn", "gan", "unet", "u-net"))
# the word before the one that precedes a title technique, which makes that one a verb acting
# on it ("How to Train Vision Transformer", "Understanding and Improving ...")
_TITLE_VERB_LEAD = re.compile(r"(?:[Tt]o|[Aa]nd|[Oo]r) $")


def _without_title_name_tails(text: str, mentions: list[Cand], title_end: int) -> list[Cand]:
    """A known architecture the title writes after a capitalised word of the same phrase is
    the tail of a longer name ("Single-Head Vision Transformer", "Radar Region Proposal
    Network"), not that architecture: the title mention is dropped (the architecture named on
    its own in the abstract stays). Not after a function word ("A Transformer Meets ...",
    "... Across Vision Transformer Sizes") nor after a verb ("Rethinking Vision Transformer",
    "How to Train Vision Transformer"); a known technique ("MoE Knowledge Distillation") or
    model stays.

    >>> t = "Zorb: Single-Head Vision Transformer\\n\\nWe build a fast model."
    >>> [t[c.start : c.end] for c in _without_title_name_tails(t, [Cand(18, 36, METHOD, "lexicon", 0.9)], 36)]
    []
    >>> t = "Rethinking Vision Transformer\\n\\nWe study it."
    >>> [t[c.start : c.end] for c in _without_title_name_tails(t, [Cand(11, 29, METHOD, "lexicon", 0.9)], 29)]
    ['Vision Transformer']
    """

    def tail(c: Cand) -> bool:
        if not (c.label == METHOD and c.source == "lexicon" and c.end <= title_end and not c.proposed):
            return False
        if text[c.start : c.end].rsplit(" ", 1)[-1].lower() not in _ARCHITECTURE_HEADS:
            return False
        m = _TITLE_WORD_BEFORE.search(text, max(0, c.start - 40), c.start)
        if not m or m.group(1).lower() in _TITLE_NON_NAME_WORDS or m.group(1).lower().endswith("-based"):
            return False  # ("LSTM-based Variational Autoencoder": a modifier, no name part)
        if _TITLE_VERB_LEAD.search(text, max(0, m.start() - 4), m.start()):
            return False  # ("Learning to Train Vision Transformer": a verb before it)
        # an opening verb or gerund ("Rethinking", "Improving", "Scaling") at the title's or
        # a segment's start acts on the name, it does not qualify it
        at_start = _TITLE_SEGMENT_START.search(text, max(0, m.start() - 3), m.start()) or m.start() == 0
        return not (at_start and (m.group(1).endswith("ing") or m.group(1) in _TITLE_OPENING_VERBS))

    if not title_end:
        return mentions
    return [c for c in mentions if not tail(c)]


_TITLE_SEGMENT_START = re.compile(r"[:\u2013\u2014-] $|\? $")
# (the gerunds end in "-ing"; "Towards", "Does", "Can" are non-name words)
_TITLE_OPENING_VERBS = frozenset(("Make",))


# a known technique read as the kind of a name the text coins for it ("a label-enhanced
# cross-attention network called ZorbTune", "a graph convolutional network named Zorb-GCN",
# "a contrastive learning technique, termed Zorb-BERT"), or one the text does without
# ("self-attention free", "without any pseudo-labeling", "no data augmentation")
# (up to three words between the technique and the naming verb, none a preposition, which
# would open a phrase naming another thing: "a student with knowledge distillation from a
# teacher called ZorbBig")
_KIND_OF_COINED_NAME = re.compile(
    r"(?: (?!(?:with|on|from|to|of|in|for|by|using|against) )[a-z][\w-]*){0,3}?,? "
    rf"(?:{N.NAMING.pattern})(?:the )?[A-Z\d]")
# (no "less": "less reliable" is a comparative; not "X free of / from Y", where X is used and
# Y is what it does without, nor "free-form")
_DONE_WITHOUT_AFTER = re.compile(r"[ -]free\b(?! (?:of|from)\b|-)")
# (a negated verb of use before it too: "without even using X", "without the need for X", "does
# not require X", "we do not use any X", "which avoids the X"; and the second of two things done
# without: "without any ensembling or X", "does not utilize ZorbLM or X")
_DONE_WITHOUT_BEFORE = re.compile(
    r"(?:\bwithout(?: even| further)?(?: using| applying| requiring| resorting to| relying on| the use of| use of|"
    r" the need (?:for|of)| need for)?|\b(?:do|does|did|need) not (?:use|require|need|utili[sz]e|employ|rely on|"
    r"resort to)|\bavoids?|\bno|w/o)(?: any| an| a| the)?(?: [\w-]+(?: [\w-]+)? or)? $", re.I)
# "do not use X" said of the work itself: "we do not use X", "our models do not require X" ("other
# approaches that do not use X", "current detectors do not use X": others do without it)
_DO_NOT = re.compile(r"d(?:o|id) not ", re.I)
_OTHER_NEGATED_USE = re.compile(r"(?:does|need) not |avoids?\b", re.I)
_OWN_SUBJECT = re.compile(r"\b(?:we|our(?: [\w-]+){1,2})(?: [a-z]+)? $", re.I)
# other work as the subject of a singular negated use ("prior work does not use X", "existing
# detectors avoid X"): others do without it, not the work (not further back: "adds a layer to
# the conventional detector and does not require X" is the work's own)
_OTHERS_SUBJECT = re.compile(r"\b(?:prior|previous|existing|earlier|conventional|traditional)(?: [\w-]+){1,2} $", re.I)


def _said_of_others(text: str, negation: re.Match) -> bool:
    """Whether a negated verb of use ("do not use", "does not require", "avoids") is said of
    other work: "do not" with no "we" / "our ..." right before it, any other with other work
    as its subject."""
    before = text[max(0, negation.start() - 40) : negation.start()]
    if _DO_NOT.match(negation.group()):
        return not _OWN_SUBJECT.search(before)
    return _OTHER_NEGATED_USE.match(negation.group()) is not None and _OTHERS_SUBJECT.search(before) is not None


# what an ablation does to the result, written before or after the technique it removes
# ("accuracy drops without X", "Without X the student loses 4 points", "... without X
# lowers accuracy"), or the comparison it is the baseline of ("gains 4 points over the same
# network trained without X")
_ABLATION_WORD = re.compile(r"(?:drop|degrad|decreas|remov|ablat|hurt|wors|declin|fall|lower|los[et]|reduc|fail)", re.I)
_ABLATION_AFTER = re.compile(r"[^,;.]{0,40}?(?:drop|degrad|decreas|hurt|wors|declin|fall|lower|los[eit]|reduc|fail)", re.I)
_BASELINE_BEFORE = re.compile(r"(?:than|over|unlike|contrast to|compared to|compared with) ")
# what "still" holds without the technique is a variant of a model that uses it ("we achieve N
# with an attention model ... We can still achieve M even without using an attention mechanism")
_STILL_BEFORE = re.compile(r"\bstill\b(?:[^,;.]|\.(?=\d))*$", re.I)
# a negation of how the technique is used, not of its use ("we do not rely on X alone", "does not
# use X naively; instead ...")
_MANNER_NEGATED_AFTER = re.compile(r" (?:alone|only|solely|naively|directly|exclusively|by itself|in isolation)\b")


def _without_kind_words(text: str, mentions: list[Cand]) -> list[Cand]:
    """A lower-case known technique that only names the kind of the paper's coined method,
    or a technique the text does without ("without using X", "we do not use X", "X-free";
    an acronym only in "NMS-free"), is no method the paper uses: that mention is dropped.

    >>> t = "We propose a cross-attention network called ZorbTune, trained without pseudo-labeling."
    >>> cs = [Cand(13, 28, METHOD, "lexicon", 0.9), Cand(70, 85, METHOD, "lexicon", 0.9)]
    >>> [t[c.start : c.end] for c in _without_kind_words(t, cs)]
    []
    """

    def kind_word(c: Cand) -> bool:
        if c.label != METHOD or c.proposed:
            return False
        if not text[c.start].islower():
            # (a capital name is done without only when the text says so after it: "NMS-free")
            return text[c.start : c.end].isupper() and _DONE_WITHOUT_AFTER.match(text, c.end) is not None
        if c.source == "lexicon" and _KIND_OF_COINED_NAME.match(text, c.end):
            return True
        if _DONE_WITHOUT_AFTER.match(text, c.end):
            return True
        # (not an ablation, which uses the technique: "Without self-attention, accuracy
        # drops", "accuracy degrades without self-attention"; nor what others do without)
        m = _DONE_WITHOUT_BEFORE.search(text, max(0, c.start - 70), c.start)
        return bool(m and not (m.group().startswith("W") and text.startswith(",", c.end))
                    and not _said_of_others(text, m)
                    and not _ABLATION_WORD.search(text, max(0, c.start - 60), c.start)
                    and not _ABLATION_AFTER.match(text, c.end)
                    and not _MANNER_NEGATED_AFTER.match(text, c.end)
                    and not _STILL_BEFORE.search(text, max(0, c.start - 60), c.start)
                    and not _BASELINE_BEFORE.search(text, max(0, c.start - 60), c.start))

    return [c for c in mentions if not kind_word(c)]


def _without_misread_methods(text: str, mentions: list[Cand], title_end: int, proposed: list[str]) -> list[Cand]:
    """The mentions that are no method where they stand (web addresses, the tail of a longer
    title name, the kind word of a coined name or a technique done without) dropped; a
    proposed name none of whose mentions is left ("ZorbNet-Pose" only in
    "github.com/zorb/ZorbNet-Pose") is taken out of ``proposed`` too."""
    kept = _without_url_mentions(text, mentions)
    if len(kept) < len(mentions) and proposed:
        left = {name_key(c.name or text[c.start : c.end]) for c in kept}
        was = {name_key(c.name or text[c.start : c.end]) for c in mentions if c.proposed}
        proposed[:] = [p for p in proposed if name_key(p) in left or name_key(p) not in was]
    kept = _without_title_name_tails(text, kept, title_end)
    return _without_kind_words(text, kept)


def _occurrence_ends(text: str, surface: str, memo: dict[str, list[int]] | None = None) -> list[int]:
    """Where each whole-word occurrence of ``surface`` in ``text`` ends (kept in ``memo``, if
    given, for the next pass that asks of the same names)."""
    found = memo.get(surface) if memo is not None else None
    if found is None:
        found = [i + len(surface) for i in whole_occurrences(text, surface, joiners="-")]
        if memo is not None:
            memo[surface] = found
    return found


def whole_occurrences(text: str, word: str, joiners: str = "") -> list[int]:
    r"""Where ``word`` occurs in ``text`` as a whole: no word character (nor one of
    ``joiners``) right before or after it; non-overlapping, left to right.

    The same as ``re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)`` for
    ``joiners="-"`` (``\w`` is ``str.isalnum`` or "_"), without compiling a pattern for
    every name of every abstract, which the regex cache cannot hold.

    >>> whole_occurrences("a-b ab b b_ (b)", "b"), whole_occurrences("a-b ab", "b", "-")
    ([2, 7, 13], [])
    >>> whole_occurrences("a b", "")  # (an empty word would be found at every index forever)
    []
    """
    if not word:
        return []
    if joiners == "-" and len(text) > _INDEXED_TEXT and _WORD_RUN.fullmatch(word):
        # (a word of word characters and hyphens occurs whole as a whole run of them)
        return list(_word_runs(text).get(word, ()))
    out: list[int] = []
    size = len(word)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + size] if i + size < len(text) else " "
        if not (before.isalnum() or before == "_" or before in joiners
                or after.isalnum() or after == "_" or after in joiners):  # fmt: skip
            out.append(i)
            i = text.find(word, i + size)
        else:
            i = text.find(word, i + 1)
    return out


# a run of word characters and hyphens ("\w" is str.isalnum or "_", as whole_occurrences reads)
_WORD_RUN = re.compile(r"[\w-]+")
# (the length from which a text's runs are indexed: below it a scan per word is cheaper, above
# it a scan per name is quadratic in a text of thousands of names, each looked up)
_INDEXED_TEXT = 4000


@lru_cache(maxsize=4)
def _word_runs(text: str) -> dict[str, list[int]]:
    """Where each run of word characters and hyphens of ``text`` starts, by the run."""
    runs: dict[str, list[int]] = {}
    for m in _WORD_RUN.finditer(text):
        runs.setdefault(m.group(), []).append(m.start())
    return runs


def _without_unproposed_names(
    text: str, mentions: list[Cand], wrong, label: str = METHOD, sources: tuple[str, ...] = ("name",)
) -> list[Cand]:
    """``mentions`` without the unproposed ``label`` mentions from ``sources`` (by default
    methods found by shape) whose surface ``wrong(surface)`` says is no such thing (asked
    once per surface)."""

    # (the test inline, not in a function called per mention: three passes ask it of all)
    checked = [c for c in mentions if c.label == label and c.source in sources and not c.proposed]
    if not checked:
        return mentions
    drop: dict[str, bool] = {}
    for c in checked:
        surface = text[c.start : c.end]
        if surface not in drop:
            drop[surface] = wrong(surface)
    if not any(drop.values()):
        return mentions
    dropped = {id(c) for c in checked if drop[text[c.start : c.end]]}
    return [c for c in mentions if id(c) not in dropped]


# a name that ends in a measure names a score, not a method: "ROUGE1", "Content-F1", "mAPs",
# "FID-30k", "BLEU-n", "top1", "BERT-Precision", "OverallAccuracy" (not "FIDNet", "RFID",
# nor "Mixed Precision", whose measure word is a word of its own)
_MEASURE_ENDED_NAME = re.compile(
    r"(?:^|(?<=[-\w]))(?:F1|mAPs?|[Tt]op-?\d+)(?:-?\d+)?$"
    r"|(?:^|(?<=[-a-z]))(?:FID|BLEU|ROUGE|Precision|Recall|Accuracy)(?:-?(?:\d+[kK]?|[nNL]))?$"
)


def _without_metric_names(text: str, mentions: list[Cand]) -> list[Cand]:
    """Unproposed method names that end in a measure are no methods.

    >>> t = "Scores: ROUGE1 and Content-F1 of FIDNet."
    >>> cs = [Cand(8, 14, METHOD, "name", 0.7), Cand(19, 29, METHOD, "name", 0.7), Cand(33, 39, METHOD, "name", 0.7)]
    >>> [t[c.start : c.end] for c in _without_metric_names(t, cs)]
    ['FIDNet']
    """
    return [c for c in mentions if not (c.label == METHOD and not c.proposed
                                        and _measure_ended(text[c.start : c.end]))]  # fmt: skip


@lru_cache(maxsize=65536)
def _measure_ended(name: str) -> bool:
    """Whether a name ends in a measure (``_MEASURE_ENDED_NAME``; cached: names recur)."""
    return _MEASURE_ENDED_NAME.search(name) is not None


# a year or an edition number after a name: "SoCG 2014", "the CoNLL 2018 Shared Task",
# "PoseTrack 2017", "CoNLL-2012", "EPIC-KITCHENS-100", "P3M-10k"
_EDITION_YEAR_AFTER = re.compile(r"[- ]?(?:19[5-9]\d|20[0-4]\d)\b")
_EDITION_SUFFIX = re.compile(r"[- ]?\d[\w.]*")



def _short_or_surface(text: str, c: Cand) -> str:
    """The acronym of a "Long Form (ACR)" mention, else the mention as written."""
    return text[c.short[0] : c.short[1]] if c.short else text[c.start : c.end]


def _without_standards(text: str, mentions: list[Cand], acronyms: list) -> list[Cand]:
    """Drop the methods that are a network standard, protocol or data format ("WiFi", "IPv4",
    "peer-to-peer (P2P) networks", which "we build" too), unless the paper names its own method
    so ("P2P: Tuning Pre-trained Image Models ...") or defines the acronym as something else."""
    def standard_name(c: Cand) -> str | None:
        # a defined acronym by its short form; a bare name unless the paper names its method so
        if c.label != METHOD or not (c.short or not c.proposed):
            return None
        name = _short_or_surface(text, c)
        return name if name in N.STANDARDS_AND_FORMATS else None

    named = [standard_name(c) for c in mentions]
    if not any(named):
        return mentions  # (most documents: no method is named as a standard)
    # "Prompt-to-Prompt (P2P)", "Local Texture Estimator (LTE)": the acronym is not the standard
    # in this paper, nor are its bare mentions
    other = {text[ss:se] for ls, le, ss, se in acronyms if not _STANDARD_LONG_FORM.search(text, ls, le)}
    return [c for c, name in zip(mentions, named, strict=True) if not (name and name not in other)]


# a name used as a method: "refine poses with Bundle Adjustment (BA)", "compared to ICP",
# "better than ICP", "outperforms ICP", "ICP outperforms" (not "we deal with the Zorb Packing
# problem"); read around each occurrence of the name
_METHOD_USE_BEFORE = re.compile(r"(?:with|than|against|compared to|outperforms|surpasses)\s+(?:the\s+)?$")
_METHOD_USE_AFTER = re.compile(r"\s+(?:outperforms|achieves)\b")
_PROBLEM_WORD_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[Pp]roblem")


def _used_as_method(text: str, name: str) -> bool:
    for i in occurrences(text, name, 0):
        e = i + len(name)
        if _METHOD_USE_AFTER.match(text, e) or (
            _METHOD_USE_BEFORE.search(text, max(0, i - 30), i) and not _PROBLEM_WORD_AFTER.match(text, e)
        ):
            return True
    return False


_PROBLEM_WORD = re.compile(r"[Pp]roblems?\b")
# the space, and an acronym's bracket, between a name and "problem": "MAXSAT) problem"
_BEFORE_PROBLEM_GAP = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+$")


def _ends_at(text: str, name: str, ends: set[int]) -> bool:
    """Whether ``name`` occurs in ``text`` ending at one of ``ends``."""
    return any(i + len(name) in ends for i in occurrences(text, name, 0))


def _without_problem_names(text: str, mentions: list[Cand]) -> list[Cand]:
    """Drop the capitalised methods the text itself calls a problem ("the Colored Bin Packing
    problem", "Approximating the MaxCover Problem", "the VNE problem"): a problem of theory or
    systems written in capitals, not a method (a technique in lower case stays: "cast as a
    matrix factorization problem" uses matrix factorization).

    >>> t = "In the Zorb Packing problem items arrive online. We give an algorithm for Zorb Packing."
    >>> cs = [Cand(7, 19, METHOD, "titlecase", 0.7), Cand(74, 86, METHOD, "titlecase", 0.7)]
    >>> _without_problem_names(t, cs)
    []
    """
    if "roblem" not in text:
        return mentions
    named: dict[str, bool] = {}
    lexicon = {name_key(text[c.start : c.end]) for c in mentions if c.label == METHOD and c.source == "lexicon"}
    # where a name before "problem(s)" would end, found once: "the VNE problem", "the Zorb
    # Cover (ZC) problem" (a name is then tested against these, not searched over the text)
    # (each "roblem" found by str.find, then matched from its capital or small "p": a regex
    # scan for "[Pp]roblem" tests every character of the text)
    ends = set()
    i = text.find("roblem", 1)
    while i >= 0:
        if text[i - 1] in "Pp" and _PROBLEM_WORD.match(text, i - 1):
            gap = _BEFORE_PROBLEM_GAP.search(text, max(0, i - 31), i - 1)
            if gap:
                ends.add(gap.start())
        i = text.find("roblem", i + 6)
    if not ends:
        return mentions

    def problem(c: Cand) -> bool:
        if c.label != METHOD or c.source == "lexicon" or c.proposed:
            return False  # (the paper's own scheme may share its problem's name: "Sleep-Route")
        if c.short and c.name and not c.name.endswith(")"):
            return False  # a method headed after the problem: "maximum satisfiability (MAXSAT) solver"
        name = _short_or_surface(text, c)
        if not name[:1].isupper() or name_key(name) in lexicon:
            return False  # (a method the lexicon knows: "the MAML problem" is MAML's)
        if name not in named:
            named[name] = _ends_at(text, name, ends)
            if named[name]:  # a method the text uses too: "the ICP problem", "outperforms ICP"
                named[name] = not (_used_as_method(text, name) or (
                    c.short is not None and _used_as_method(text, text[c.start : c.short[0]].rstrip(" ("))))
        return named[name]

    return [c for c in mentions if not problem(c)]


# the words of a standard's or a format's long form: "Wireless Fidelity", "peer-to-peer",
# "Long Term Evolution", "Code Division Multiple Access", "Resource Description Framework"
_STANDARD_LONG_FORM = re.compile(
    r"\b(?:networks?|wireless|LANs?|access|evolution|mobile|telecommunications?|fidelity|peer|"
    r"multiplexing|radio|voice|internet|protocol|markup|description framework|switching|"
    r"ultra-wideband|ultra wideband|device)\b", re.I)


# a model word after an acronym: "MAC networks", "the SAT model"
_MODEL_WORD_AFTER = re.compile(r"\s+(?:network|model|architecture)s?\b")


def _bare_acronym_is_notion(text: str, name: str) -> bool:
    """Whether a concept acronym the text never spells out (by a parsed pair) is the notion.
    Not when the text defines it otherwise in a way we could not parse ("\\textbf{Ma}sked
    \\textbf{C}ontrastive Pretraining~(MAC)"); for a name shared with a well-known model ("We
    compare against FiLM and MAC on CLEVR"), only when a model word never follows it ("MAC
    networks") and the text speaks of the notion ("the MAC protocol of wireless networks")."""
    i = text.find(f"({name})")
    if i >= 0:  # ... unless the words before the bracket are the notion's ("\\emph{explainable AI (XAI)}")
        return re.search(N.CONCEPT_ACRONYMS[name], text[max(0, i - 60) : i], re.I) is not None
    cue = N.CONCEPT_ACRONYM_CUES.get(name)
    if cue is None:
        return True
    if any(_MODEL_WORD_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name) + r"\b", text)):
        return False
    return re.search(cue, text, re.I) is not None


def _without_concept_acronyms(text: str, mentions: list[Cand], acronyms: list, proposed: list[str] | None = None) -> list[Cand]:
    """Drop the methods that are the acronym of a general notion ("RoI", "QoS", "SINR", "FPT",
    "UAV", "KKT", "PAC", "SAT", "ODE"), bare or spelled out as that notion ("Quality of Service
    (QoS)"), unless the paper names its own method so or defines the acronym as something else
    ("we propose Size-Aware Transformer (SAT)").

    >>> t = "Pooling over each RoI helps. We propose Size-Aware Transformer (SAT). SAT is fast."
    >>> cs = [Cand(18, 21, METHOD, "name", 0.7), Cand(40, 68, METHOD, "acronym", 0.9, short=(64, 67))]
    >>> [t[c.start : c.end] for c in _without_concept_acronyms(t, cs, [(40, 62, 64, 67)])]
    ['Size-Aware Transformer (SAT)']
    """
    defined = {text[ss:se]: re.search(N.CONCEPT_ACRONYMS[text[ss:se]], text[ls:le], re.I) is not None
               for ls, le, ss, se in acronyms if text[ss:se] in N.CONCEPT_ACRONYMS}  # fmt: skip
    bare_notion: dict[str, bool] = {}

    def concept(c: Cand) -> bool:
        if c.label != METHOD:
            return False
        name = _short_or_surface(text, c)
        if name not in N.CONCEPT_ACRONYMS or not defined.get(name, True):
            return False
        if not c.short and name not in defined:
            if c.proposed:
                return False  # the paper's own name, never spelled out as the notion
            if name not in bare_notion:
                bare_notion[name] = _bare_acronym_is_notion(text, name)
            if not bare_notion[name]:
                return False
        # (a method named after the notion stays: "knowledge graph (KG) embeddings")
        return not (c.short and c.name and not c.name.endswith((")", " layer", " layers")))

    dropped = [concept(c) for c in mentions]
    if proposed and any(dropped):  # "WBAN", spelled out as the notion, is no proposal
        gone = {name_key(_short_or_surface(text, c)) for c, d in zip(mentions, dropped, strict=True) if d}
        proposed[:] = [p for p in proposed if name_key(re.sub(r"^.*\((.+)\)$", r"\1", p)) not in gone]
    return [c for c, d in zip(mentions, dropped, strict=True) if not d]


def _without_edition_names(text: str, mentions: list[Cand], ends: dict[str, list[int]] | None = None) -> list[Cand]:
    """An unknown, unproposed name the text only writes before a year, or whose edition the
    paper lists as a dataset, names a venue, a challenge or a dataset, not a method.
    ``ends``: where each name's occurrences end, shared with :func:`_without_thing_modifiers`.

    >>> t = "As shown at SoCG 2014, X wins."
    >>> [t[c.start : c.end] for c in _without_edition_names(t, [Cand(12, 16, METHOD, "name", 0.7)])]
    []
    """
    editions = [text[d.start : d.end] for d in mentions if d.label == DATASET]

    def names_an_edition(surface: str) -> bool:
        found = _occurrence_ends(text, surface, ends)
        return (bool(found) and all(_EDITION_YEAR_AFTER.match(text, e) for e in found)) or any(
            d.startswith(surface) and _EDITION_SUFFIX.fullmatch(d, len(surface)) for d in editions)

    return _without_unproposed_names(text, mentions, names_an_edition)


# an acronym in capitals (or with hyphens), as kinds of data are abbreviated (datasets
# often carry digits: "THUMOS-14", "COCO20K")
_KIND_ACRONYM = re.compile(r"[A-Z][A-Z-]*[A-Z]")
# a plural data word after it: "three UDA benchmark datasets", "across HOI datasets"
_KIND_PLURAL_DATA_AFTER = re.compile(r"\s+(?:benchmark\s+)?(?:datasets|benchmarks|corpora)\b")
# ... not the last of a list, nor one the article singles out ("on the NTU-60 and NW-UCLA
# datasets", "on the MIMIC datasets")
_KIND_LISTED_BEFORE = re.compile(r"(?:,|/|\band|\bor|\bthe)\s*$")
# a modifier: a lower-case word follows ("HOI detection", "SS models", "RS images"), or the
# bracket of its definition ("Human-Object Interaction (HOI) Detection")
_KIND_MODIFIER_AFTER = re.compile(r"\)|\s+[a-z]")


def _without_kind_acronyms(text: str, mentions: list[Cand]) -> list[Cand]:
    """An unknown acronym the text only writes as a modifier, once before a plural data word,
    abbreviates a task or field, a kind of data, not one dataset ("across HOI datasets" and
    "HOI detection"; "three UDA benchmark datasets"; "two benchmark SS datasets" and "SS
    models"); a dataset's name stands alone somewhere ("results on COCO").

    >>> t = "HOI detection is hard. We learn across HOI datasets."
    >>> _without_kind_acronyms(t, [Cand(39, 42, DATASET, "context", 0.8)])
    []
    >>> t = "We evaluate on the MIMIC datasets. MIMIC is large."
    >>> len(_without_kind_acronyms(t, [Cand(19, 24, DATASET, "context", 0.8)]))
    1
    """

    def names_a_kind(surface: str) -> bool:
        starts = whole_occurrences(text, surface, "-") if _KIND_ACRONYM.fullmatch(surface) else []
        return (len(starts) > 1 and any(_KIND_PLURAL_DATA_AFTER.match(text, i + len(surface))
                                        and not _KIND_LISTED_BEFORE.search(text, max(0, i - 6), i) for i in starts)
                and all(_KIND_MODIFIER_AFTER.match(text, i + len(surface)) for i in starts))  # fmt: skip

    return _without_unproposed_names(text, mentions, names_a_kind, DATASET, ("context", "name"))


class _NameHolders:
    """The names that hold a key past their first character, found by searching all names
    joined in one string: a Python loop over every name for every key is quadratic in a
    text that writes hundreds of names ("Foo Bar (FB), Baz Qux (BQ), ...").

    >>> _NameHolders({"kernel graph net", "graph net", "graph nets", "net"}).inside("graph net")
    ['kernel graph net']
    """

    def __init__(self, names: set[str]):
        self.names = sorted(names)
        self.joined = "\n".join(self.names)
        self.starts = []
        at = 0
        for name in self.names:
            self.starts.append(at)
            at += len(name) + 1
        self.suffixes: list[tuple[str, int]] | None = None  # (see _suffix_holders)
        self.long: list[int] = []

    def inside(self, key: str) -> list[str]:
        """The names in which ``key`` first occurs after their start (``name.find(key) > 0``)."""
        if key and len(self.names) > _SUFFIX_INDEXED_NAMES:
            return self._suffix_holders(key)
        out = []
        i = self.joined.find(key) if key else -1
        while i >= 0:
            j = bisect.bisect_right(self.starts, i) - 1
            # (the first occurrence at or after name j's start: its first in name j if it fits)
            if self.starts[j] < i and i + len(key) <= self.starts[j] + len(self.names[j]):
                out.append(self.names[j])
            if j + 1 == len(self.names):
                break
            i = self.joined.find(key, self.starts[j + 1])
        return out

    def _suffix_holders(self, key: str) -> list[str]:
        """``inside`` from the names' suffixes past their first character, sorted once: the
        ones that start with ``key`` are a range (a search of all names joined per key is
        quadratic in thousands of names, "AlphaNet-0B Beta-1B ..."); names longer than
        _SUFFIXED_NAME are searched one by one."""
        if self.suffixes is None:
            self.suffixes = sorted((name[i:], j) for j, name in enumerate(self.names)
                                   if len(name) <= _SUFFIXED_NAME for i in range(1, len(name)))  # fmt: skip
            self.long = [j for j, name in enumerate(self.names) if len(name) > _SUFFIXED_NAME]
        found = {j for j in self.long if self.names[j].find(key) > 0}
        k = bisect.bisect_left(self.suffixes, (key,))
        while k < len(self.suffixes) and self.suffixes[k][0].startswith(key):
            found.add(self.suffixes[k][1])
            k += 1
        return [self.names[j] for j in sorted(found) if not self.names[j].startswith(key)]


# (how many names from which _NameHolders sorts their suffixes, and the longest name it
# suffixes: a few dozen names are searched joined faster than sorted)
_SUFFIX_INDEXED_NAMES = 200
_SUFFIXED_NAME = 64


def _inside_any(flat: str, pos: int, size: int, outer: list[str]) -> bool:
    """Whether the occurrence of a name at ``pos`` lies inside an occurrence of one of ``outer``."""
    key = flat[pos : pos + size]
    for s in outer:
        k = s.find(key)
        while k >= 0:
            if pos - k >= 0 and flat.startswith(s, pos - k):
                return True
            k = s.find(key, k + 1)
    return False


MEANS_METHOD = 0.6


def _means_techniques(text: str, st: DocState, mentions: list[Cand]) -> list[Cand]:
    """Techniques the work uses as its means are methods (GUIDELINES: a training or inference
    technique the text names): "trained with reinforcement learning (RL)", "we employ
    meta-learning", "Scaling Inference Compute with Repeated Sampling" (see
    :func:`kg.extract.techniques.means_techniques`); the task the same phrase may also be
    keeps its own (lowered) confidence."""
    acronyms = {text[ss:se]: (ls, le) for ls, le, ss, se in st.acronyms}
    taken = [(c.start, c.end) for c in mentions if c.label == METHOD]
    out = []
    for a, b in T.means_techniques(text, 0, len(text), acronyms, st.low, st.words):
        if any(x < b and a < y for x, y in taken):
            continue
        taken.append((a, b))
        c = Cand(a, b, METHOD, "means", MEANS_METHOD)
        surface = text[a:b]
        # "with RL" or "reinforcement learning (RL)": one method, named as the text defines it
        short = surface if surface in acronyms else next(
            (s for s, span in acronyms.items() if span == (a, b)), None)  # fmt: skip
        if short:
            ls, le = acronyms[short]
            c.name = f"{text[ls:le]} ({short})"
        elif a < st.title_end and T.procedure_head(surface):
            # "Pose Tracking via Zorbic Keypoint Pooling": the paper's own name, as written
            c.name = surface
        else:
            c.name = _task_name(surface) if a < st.title_end else surface
        out.append(c)
    return out


# an architecture or a part a title names as its means ("Video Deraining with Multi-level Zorb
# Connections", "Tracking using Space-time Glimmer Networks", "Segmentation using Global Quorb
# Module"): a title-case run of two to five words after a means word, ending in a part head
_TITLE_PART_RUN = (r"((?:[A-Z][\w'-]*\s+){1,4}(?:Network|Networks|Net|Layers?|Blocks?|Modules?|Encoder|"
                   r"Decoder|Auto-?[Ee]ncoder|Transformer|Mechanism|Connections?|Units?))(?![\w-])(?!\s+[A-Z])")
_TITLE_PART = re.compile(
    rf"(?<![\w-])(?:{T.title_means_pattern((*T.TITLE_MEANS_WORDS, 'based on'))})\s+(?:(?:[Aa]n?|[Tt]he)\s+)?"
    + _TITLE_PART_RUN
)
# a second part joined to the first: "with Multi-level Zorb Connections and Wide Quorb Blocks"
_TITLE_PART_AND = re.compile(r",?\s+and\s+(?:(?:[Aa]n?|[Tt]he)\s+)?" + _TITLE_PART_RUN)
# words that leave a part run a family or a description, not one architecture ("with Deep
# Convolutional Neural Networks", "with Graph Neural Networks", "with a Unified Network")
_FAMILY_PART_WORDS = frozenset((
    "deep", "neural", "convolutional", "recurrent", "graph", "generative", "adversarial",
    "artificial", "attention-based", "transformer-based", "cnn-based", "spiking", "feed-forward",
    "feedforward", "fully-connected", "multi-layer", "multilayer", "shallow", "bayesian",
    "probabilistic", "pre-trained", "pretrained", "trained", "large", "small", "simple", "unified",
    "lightweight", "light-weight", "efficient", "novel", "new", "single", "standard", "modern",
    "end-to-end", "hybrid", "dual", "multiple", "two", "three", "multi-task", "multitask", "learned",
    "learnable", "trainable", "residual", "dense", "language", "vision", "visual", "neural-network",
))  # fmt: skip


# the paper calling its part new, not a word of the part's name: "a Novel Multi-scale Zorb
# Network" is the "Multi-scale Zorb Network"
_NOVELTY_WORDS = frozenset(("novel", "new", "proposed"))


def _title_means_parts(text: str, st: DocState, mentions: list[Cand]) -> list[Cand]:
    """Architectures and parts the title names after a means word: "Rain Removal with
    Multi-level Zorb Connections" -> "Multi-level Zorb Connections" (a method; the means rule
    reads techniques only, and a title-case run before a part head is no name of the lexicon).
    Not a family or a description in generic words (:data:`_FAMILY_PART_WORDS`: "with Deep
    Neural Networks", "with a Unified Network"), a run opening with a verb in -ing
    ("by Leveraging ..."), nor a run a mention already holds."""
    if not st.title_end or not T.LEARNING_WORD.search(st.low):
        return []  # (a text that learns nothing: "a Blockchain with Safely Pruneable Full Blocks")
    taken = [(c.start, c.end) for c in mentions if c.label in (METHOD, DATASET)]
    # the words of the methods named already: a run in their words is one of them written
    # again, whose own name (often with its acronym) stays ("with Categorical Generative
    # Adversarial Networks" and "categorical generative adversarial networks (CatGAN)")
    named = [_part_words(c.name or text[c.start : c.end]) for c in mentions if c.label == METHOD]
    out = []
    spans = []
    for m in _TITLE_PART.finditer(text, 0, st.title_end):
        spans.append(m.span(1))
        more = _TITLE_PART_AND.match(text, m.end(), st.title_end)
        if more:
            spans.append(more.span(1))
    for a, b in spans:
        words = text[a:b].split()
        while len(words) > 2 and words[0].lower() in _NOVELTY_WORDS:
            a = text.index(words[1], a + len(words[0]))  # "using a Novel Multi-scale Zorb Network"
            words = words[1:]
        mods = [w.lower() for w in words[:-1]]
        if all(w in _FAMILY_PART_WORDS or w in N.GENERIC_WORDS for w in mods) or any(
                w in _NOT_PART_WORDS for w in mods):  # fmt: skip
            continue
        if mods[0].endswith("ing") and mods[0] not in N._ING_NOUNS:
            continue  # "by Leveraging Early Fusion", "through Learning Feature Networks"
        # (a name inside the run does not hold it: "Gated Single-head Transformer")
        if any(x < b and a < y and not (a <= x and y <= b) for x, y in taken) or lookup_label(text[a:b]):
            continue
        own = _part_words(text[a:b])
        if any(own <= other for other in named):
            continue
        if _part_words(" ".join(words[:-1])) in named:
            continue  # a named method and a part head ("with LSTM Network" beside "LSTM"): that method again
        c = Cand(a, b, METHOD, "titlepart", MEANS_METHOD)
        c.name = text[a:b]
        out.append(c)
    return out


# a part or a network the work uses, named in lower case by two or three words before a part
# head after a word of means: "we employ an attentive gating mechanism", "a decoder with patch
# expanding layer", "we adopt stacked hourglass networks" (the means rule reads technique
# heads only; these heads name things, not procedures)
_MEANS_PART_HEAD = re.compile(r"(?<![\w-])(?:networks?|mechanism|layers?|blocks?|encoder|decoder|auto-?encoder)(?![\w-])")
_MEANS_PART_BEFORE = re.compile(
    r"(?<![\w-])(?:us(?:e|es|ed|ing)|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|utili[sz](?:e|es|ed|ing)|"
    r"leverag(?:e|es|ed|ing)|based\s+on|buil(?:t|ds?|ding)\s+(?:up)?on|with|via|through)\s+"
    r"(?:(?:a|an|the)\s+)?((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+){1,4})$"
)
# modifiers that judge, count or point, dropped before the phrase ("a powerful attentive gating
# mechanism", "an additional disentanglement mapping layer")
_PART_LEAD_WORDS = T.JUDGING_MODIFIERS | N.TASK_LEAD_QUALIFIERS | frozenset((
    "additional", "extra", "simple", "lightweight", "light-weight", "efficient", "effective",
    "small", "large", "shallow", "deep", "several", "multiple", "two-layer", "innovative", "strong",
    "primary", "main", "key", "hidden", "independent",
    # how many, not which: "with more hidden layers", "fewer conv layers", "top k layers"
    "more", "fewer", "less", "many", "few", "top", "k", "n",
)) | frozenset(WORD_NUMBERS)  # fmt: skip
# words that leave the phrase generic or show it is no noun phrase of its own
_NOT_PART_WORDS = frozenset((
    "of", "or", "and", "from", "to", "in", "for", "by", "on", "at", "as", "is", "are", "be", "its",
    "over", "under", "between", "into", "per", "across", "within", "than", "via", "without",
    "their", "our", "this", "that", "these", "those", "such", "some", "any", "each", "same",
    "other", "different", "various", "specific", "existing", "proposed", "standard", "current",
    "special", "distinct", "diverse", "respect", "black-box", "whole", "entire", "typical",
    "traditional", "conventional", "classical", "popular", "well-known", "well-developed",
    "well-designed", "designed", "not", "only", "also", "both", "then", "which", "yet", "but",
    # networks of the world a text studies, not of a model: "through online social networks"
    "social", "wireless", "sensor", "communication", "cellular", "mobile", "road", "power",
    "citation", "biological", "gene", "protein", "transportation", "telecommunication",
    "overlay", "area", "web", "peer-to-peer", "defined", "software-defined", "ad-hoc", "vehicular",
    "iot", "computer", "internet", "regulatory", "metabolic", "brain", "traffic", "electrical",
    "satellite", "radio",
    # a graph a text measures, not a model's network: "scale-free random networks", "real world networks"
    "random", "scale-free", "world", "real-world", "complex",
))  # fmt: skip
MEANS_PART_SCORE = 0.55


def _means_parts(text: str, st: DocState, mentions: list[Cand]) -> list[Cand]:
    """Parts and networks the work uses, named in lower case after a word of means (see
    :data:`_MEANS_PART_BEFORE`): two or three words before a part head, none of them generic, a
    family word (:data:`_FAMILY_PART_WORDS`: "with deep convolutional neural networks"), a verb
    in -ing or an adverb; leading judging words dropped. Not a phrase a mention already holds
    or crosses, nor one holding a task or dataset."""
    body = st.title_end + 1 if st.title_end else 0
    low = st.low
    if not _MEANS_PART_HEAD.search(low, body) or not T.LEARNING_WORD.search(low):
        return []
    others = [(c.start, c.end, c.label) for c in mentions]
    named = {_part_words(c.name or text[c.start : c.end]) for c in mentions if c.label == METHOD}
    out = []
    for h in _MEANS_PART_HEAD.finditer(low, body):
        m = _MEANS_PART_BEFORE.search(low, max(body, h.start() - 90), h.start())
        if not m:
            continue
        words = m.group(1).split()
        k = 0
        while k < len(words) and words[k] in _PART_LEAD_WORDS:
            k += 1
        mods = words[k:]
        if not 2 <= len(mods) <= 3:
            continue
        if any(w in _NOT_PART_WORDS or w in _FAMILY_PART_WORDS or w in N.GENERIC_WORDS
               or N.is_adverb(w) for w in mods):
            continue  # (N.is_adverb, not any "-ly": "an anomaly scoring network" is a part)
        if mods[0].endswith("ing") and mods[0] not in N._ING_NOUNS and not _ING_MODIFIER.search(mods[0]):
            continue  # "using training networks": a verb, not a modifier
        # (from the words' own spans: the space between two words may be a line break or two spaces)
        starts = [w.start() for w in _SPACED_WORD.finditer(low, m.start(1), m.end(1))]
        a = starts[k]
        b = h.end()
        if _part_words(" ".join(mods)) in named:
            continue  # a method and its part head ("a zorb pooling layer" beside "zorb pooling (ZP)"): that method again
        if any(x < b and a < y and (label != METHOD or not (a <= x and y <= b)) for x, y, label in others):
            continue
        c = Cand(a, b, METHOD, "meanspart", MEANS_PART_SCORE)
        c.name = text[a:b]
        out.append(c)
        others.append((a, b, METHOD))
    return out


# a hyphenated modifier in -ing names what a part does ("feature-sharing", "self-gating")
_ING_MODIFIER = re.compile(r"-[a-z]+ing$")


def _part_words(name: str) -> frozenset[str]:
    """The lower-case words of a method name in the singular, its acronym left out."""
    return frozenset(NOM.singular(w) for w in name_key(re.sub(r"\s*\([^()]*\)", "", name)).split())


# a learning paradigm, not a technique of one paper: "with Weakly-Supervised Learning",
# "via Multitask Learning", "using Ensembling" name the setting the paper works in
_PARADIGM_WORDS = frozenset((
    "supervised", "unsupervised", "self-supervised", "semi-supervised", "weakly-supervised",
    "contrastive", "multi-task", "multitask", "meta", "ensemble", "ensembling", "transfer",
    "reinforcement", "hierarchical", "multi-instance", "deep", "active", "federated", "online",
    "continual", "incremental", "few-shot", "zero-shot", "self-distillation", "distillation",
    "learning", "training", "pre-training", "pretraining", "fine-tuning", "search", "sampling",
    "random", "uniform", "local", "local-search", "recomputation", "pruning", "network"))
_TITLE_MEANS_WORDS = tuple(f" {w} " for w in T.TITLE_MEANS_WORDS)


# the paper's own work an unnamed model: "We present a neural transducer model with visual
# attention that ...", "we present a new queueing model providing ..." (the title's technique
# is a part or a setting of that model, not its name: "... with Interpretable Attention",
# "Queueing Models for Zorb Networks with Traffic Differentiation"); not an "architecture"
# or a "system", which a title's technique often names ("we propose a siamese architecture"
# for "... with Siamese Equivariant Embedding"), nor a model described in the technique's
# words ("a graph-based reranking model" for "... with Iterative Document Reranking")
# (or in what it is for: "a deep model for the soft multilabel learning")
_UNNAMED_OWN_MODEL = re.compile(
    rf"\b[Ww]e{_WE_COIN_VERB}\s+(?:a|an)\s+((?:[\w-]+\s+){{0,3}}?)model\b(?:\s+for\s+((?:[\w-]+\s+){{0,4}}[\w-]+))?"
)


def _own_model_apart(text: str, title_end: int, technique: str) -> bool:
    """Whether the paper presents an unnamed model of its own described in none of the
    words of the title's ``technique`` (:data:`_UNNAMED_OWN_MODEL`).

    >>> t = "Zorbing with Glimmer Attention" + 2 * chr(10) + "We present a neural zorb model that learns."
    >>> _own_model_apart(t, 30, "Glimmer Attention"), _own_model_apart(t, 30, "Zorb Attention")
    (True, False)
    """
    words = set(technique.lower().replace("-", " ").split()) - {"based"}
    found = False
    for m in _UNNAMED_OWN_MODEL.finditer(text, title_end):
        if words & set(f"{m.group(1)} {m.group(2) or ''}".lower().replace("-", " ").split()):
            return False
        found = True
    return found


def _mark_title_technique(text: str, st: DocState, mentions: list[Cand]) -> None:
    """When the paper names nothing as its own, the technique its title names after a means
    word is its own: "Zorb Parsing via Glimmer-Guided Curriculum Learning", "Few-Shot Zorbing
    with Template-Order Augmentation" (a phrase :func:`_means_techniques` reads; round 23: 39
    corpus papers, 21 of 22 sampled right). Without it the
    results go to "(proposed)". A technique the lexicons list ("with Reinforcement Learning")
    or a bare paradigm ("via Multitask Learning") is what the paper uses, not its own, and
    where the paper presents a model it does not name (:func:`_own_model_apart`) the
    technique is a part or a setting of it."""
    if not st.title_end or st.proposed or any(c.proposed for c in mentions):
        return
    own = min((c for c in mentions if c.source == "means" and c.start < st.title_end),
              key=lambda c: c.start, default=None)  # fmt: skip
    if own is None or not text[max(0, own.start - 9) : own.start].lower().endswith(_TITLE_MEANS_WORDS):
        return
    if _own_model_apart(text, st.title_end, text[own.start : own.end]):
        return  # the paper's own model is unnamed; the technique is a part or a setting of it
    surface = text[own.start : own.end]
    if _PARADIGM_WORDS.issuperset(surface.lower().split()) or any(
            lookup_label(v) for v in (surface, surface.replace("-", " "), surface.replace(" ", "-"))):  # fmt: skip
        return
    key = name_key(own.name)
    for c in mentions:
        if c.label == METHOD and name_key(c.name) == key:
            c.proposed = True
    st.proposed = [own.name]


# reinforcement learning the text names as a technique, wherever it stands ("Although
# reinforcement learning or expert iteration mitigates this", "analogous to reinforcement
# learning (RL)", "methods such as instruction tuning and reinforcement learning"): the
# annotated sets list it as a method in 6 of the 8 papers that name it, where the lexicon
# types it a task and the means rule reads only "with/via/using RL". Not part of a longer
# word ("meta-reinforcement learning"); nor the field: "in reinforcement learning", "the field
# of reinforcement learning"; nor what work is for or applied to: "an algorithm for
# reinforcement learning", "a deep learning approach to reinforcement learning"
_RL_PARADIGM = re.compile(r"(?<![\w-])reinforcement learning(?![\w-])", re.IGNORECASE)
# nor a modifier of the noun after it (after its acronym, if any): "reinforcement learning
# tasks/agents/environments/models/frameworks", "RL-based", "a reinforcement learning
# testbed", "the reinforcement learning stage", "reinforcement learning libraries": the nouns
# a task phrase may modify (_MODIFIED_NOUNS: stage, phase, objectives, rewards, pipelines, ...)
# and these
_RL_NEXT_WORD = re.compile(r"(?:\s*\([A-Za-z-]+\))?[\s-]+([A-Za-z][\w-]*)")
_RL_MODIFIED_NOUNS = frozenset((
    "task", "tasks", "problem", "problems", "environment", "environments", "benchmark", "benchmarks",
    "domain", "domains", "algorithm", "algorithms", "method", "methods", "approach", "approaches",
    "architecture", "architectures", "formulation", "perspective", "system", "systems", "application",
    "applications", "game", "games", "based", "model", "models", "framework", "frameworks", "testbed",
    "testbeds", "test-bed", "curriculum", "curricula", "controller", "controllers", "meta-controller",
    "baselines", "toolkit", "toolkits",
))  # fmt: skip
# its modifiers that keep it the technique ("deep reinforcement learning", "offline ..."), and
# what makes it the field or topic just before: "in", "of", "for" ("advances in", "the field
# of", "exploration for"), "approach to"
_RL_MODIFIER = re.compile(r"(?<![\w-])(?:deep|model-based|model-free|offline|inverse|hierarchical|distributional)\s+$", re.I)
_RL_FIELD_BEFORE = re.compile(
    r"(?:\b(?:in|of|on|for)(?:\s+both)?|\b(?:approach(?:es)?|extensions?|applications?) to|multi-agent)\s+$", re.I)
# another adjective before it names a variant or a field, not the technique ("safe
# reinforcement learning", "visual reinforcement learning in 3D", "a consistency-based
# reinforcement learning", "efficient reinforcement learning"): a hyphenated word or one of
# an adjective's endings ("-al", "-ive", "-ous", ...), or a past participle names keep
# (names._ED_KEEP: "constrained", "federated"); one that says only how good or usual it is
# (EVALUATIVE_TASK_LEADS, "standard", "traditional") leaves the technique itself
_RL_ADJECTIVE = re.compile(
    r"[a-z][a-z-]*(?:-[a-z]+|al|[st]ive|ous|ic|[^n]able|ible|ful|less|ary|ient|cent|rent|stent|dent|"
    r"gent|vant|cant|tant)")
_RL_VARIANT_ADJECTIVES = frozenset((
    "safe", "robust", "online", "continual", "lifelong", "decentralized", "decentralised", "sparse",
))  # fmt: skip
_RL_PLAIN_WORDS = frozenset(("standard", "traditional", "general", "classical", "simple", "existing",
                             "novel", "new", "usual", "plain", "unless"))  # fmt: skip
# ... or a list of fields or tasks it ends: "tools in robotics and reinforcement learning",
# "tasks including image classification, retrieval and reinforcement learning" (a
# preposition of the field before the list, in the same clause)
_RL_CONJUNCT_BEFORE = re.compile(r"(?:,|\band|\bor)\s+$")
_FIELD_LIST_OPENER = re.compile(r"\b(?:in|on|for|to|across|including)\s")
_CLAUSE_BREAK = re.compile(r"[.;:(]")


def _rl_techniques(text: str, st: DocState, mentions: list[Cand]) -> list[Cand]:
    """Reinforcement learning named in the abstract as a technique (_RL_PARADIGM) is a
    method, once, named as the text first writes it (with its acronym when it defines one)."""
    if "reinforcement learning" not in st.low:
        return []
    body = st.title_end + 2 if st.title_end else 0
    if any(c.label == METHOD and "reinforcement learning" in text[c.start : c.end].lower() for c in mentions):
        return []
    acronyms = {(ls, le): text[ss:se] for ls, le, ss, se in st.acronyms}
    i = st.low.find("reinforcement learning", body)
    while i >= 0:
        m = _RL_PARADIGM.match(text, i)
        lo = max(body, i - 20)
        mod = _RL_MODIFIER.search(text, lo, i)
        a = mod.start() if mod else i
        # the start of a longer technique the text abbreviates ("Reinforcement learning with
        # verifiable rewards (RLVR)"): not reinforcement learning alone
        longer = any(ls in (a, i) and le > m.end() for ls, le in acronyms) if m else False
        if (m and not longer and not _rl_modifies_next(text, m.end())
                and not _RL_FIELD_BEFORE.search(text, max(body, a - 17), a)
                and not _ends_field_list(text, body, a) and not _variant_adjective_before(text, body, a)):
            c = Cand(a, m.end(), METHOD, "means", MEANS_METHOD)
            short = acronyms.get((a, m.end()))
            c.name = f"{text[a : m.end()]} ({short})" if short else text[a : m.end()]
            return [c]
        i = st.low.find("reinforcement learning", i + 22)
    return []


def _rl_modifies_next(text: str, end: int) -> bool:
    """Whether the reinforcement learning ending at ``end`` modifies the noun after it (or
    the first part of a hyphenated one: "policy-gradient")."""
    m = _RL_NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return any(w in _RL_MODIFIED_NOUNS or w in _MODIFIED_NOUNS for w in (word, word.partition("-")[0]))


def _variant_adjective_before(text: str, body: int, a: int) -> bool:
    """Whether the word right before ``a`` is an adjective that makes the phrase a variant or
    a field of reinforcement learning ("safe ...", "visual ..."; _RL_ADJECTIVE)."""
    before = text[max(body, a - 30) : a].split()
    if not before or a == body or not text[a - 1].isspace():
        return False
    word = before[-1].lower()
    if word in _RL_PLAIN_WORDS or word in EVALUATIVE_TASK_LEADS:
        return False
    return word in _RL_VARIANT_ADJECTIVES or word in N._ED_KEEP or _RL_ADJECTIVE.fullmatch(word) is not None


def _ends_field_list(text: str, body: int, a: int) -> bool:
    """Whether the phrase at ``a`` is a later item of a list a field preposition opens in its
    clause ("in robotics and ...")."""
    lo = max(body, a - 80)
    if not _RL_CONJUNCT_BEFORE.search(text, lo, a):
        return False
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, a)]
    return _FIELD_LIST_OPENER.search(text, breaks[-1] if breaks else lo, a) is not None


# a title verb of effect: "Collaborative Decoding Makes X Efficient", "Clustering, Removing,
# and Sharing Enhance Fine-tuning" (a base form needs a subject before it, not "to" or "can")
# (the first letter is matched by a case-sensitive class before the look-behinds, so the
# engine skips ahead to those letters; "\u0130" and "\u0131" are the letters IGNORECASE
# equates with i; same matches as the verbs after "(?<=\w )")
_TITLE_EFFECT_VERB = re.compile(
    r"[IiEeBbHhMmYyUuOo\u0130\u0131](?<![Tt]o .)(?<![Cc]an .)(?<![Dd]oes .)(?<![Dd]o .)(?<![Hh]ow .)"
    r"(?<=\w .)(?i:(?<=i)mproves?|(?<=e)nhances?|(?<=b)oosts?|(?<=e)nables?|(?<=h)elps?|(?<=m)akes?|"
    r"(?<=y)ields?|(?<=u)nlocks?|(?<=u)nif(?:y|ies)|(?<=b)eats|(?<=o)utperforms?)\s"
)
_TITLE_EFFECT_STEMS = ("improve", "enhance", "boost", "enable", "help", "make", "yield", "unlock", "unif",
                       "beats", "outperform")  # fmt: skip


# adjectives that say how well or how fully a task is done, not which task: the
# qualifiers task phrases drop (names.TASK_LEAD_QUALIFIERS: "original scaling", "vanilla
# emotion recognition") and "best speech enhancement", "overall 3D instance segmentation"
EVALUATIVE_TASK_LEADS = N.TASK_LEAD_QUALIFIERS | frozenset((
    "best", "good", "poor", "poorer", "bad", "easy", "overall", "complete", "fluent",
    "insufficient", "sufficient", "correct", "wrong", "proper", "pure", "reliable", "inaccurate",
    "high-performing", "low-cost", "excellent", "satisfactory",
    # where the task is measured or how its state stands, not which: "on benchmark text
    # classification", "publicly available polyp segmentation datasets", "SOTA pose estimation"
    "benchmark", "baseline", "available", "public", "another", "sota", "modern",
    "actual",
))  # fmt: skip
# a lead word opening a compound that names the task, not a quality of it nor the verb
# "learning": "sufficient dimension reduction", "public health surveillance", "complete
# coverage path planning", "learning resource recommendation", "learning outcome prediction";
# after "learning" a noun of the learner or of learning itself ("learning disability
# detection", "learning curve prediction"), not the task's own modifier ("learning video
# matching", "learning temporal forgery localization" in the corpus are the verb)
_LEAD_COMPOUND = re.compile(
    r"(?:sufficient dimension|public (?:health|transport\w*|safety|opinion|policy|sector)|complete coverage|"
    r"learning (?:resources?|outcomes?|analytics|styles?|paths?|materials?|objects?|environments?|management|"
    r"curves?|disabilit(?:y|ies)|difficult(?:y|ies)|disorders?|engagement|progress|behaviou?rs?|motivation|"
    r"achievements?|gains?|interests?|activit(?:y|ies)|experiences?|effects?|status|states?))\b",
    re.I)
_HIGH_LEAD = re.compile(r"(?:high[- ](?:quality|performance)|(?:large|small) scale) ", re.I)
_SCALE_BEFORE = re.compile(r"\b(?:[Ll]arge|LARGE|[Ss]mall) $")
# "joint" shared by conjuncts: the name is one of them ("Joint Depth Estimation and
# Detection") but does not coordinate tasks itself ("Joint Intent Detection & Slot Filling");
# without a conjunct beside it "joint" is part of the name ("joint angle estimation");
# "Joint Unsupervised Learning of Deep Representations and Image Clusters": of both objects;
# a list after a comma or "of" holds a few words each and no clause ("joint angle estimation,
# which is key for rehabilitation and ...", "... of the knee and hip" stay); "joint" written
# after "and" is not shared ("Gait Analysis and Joint Angle Estimation"), nor is it before a
# hyphen coordination ("Joint Entity-Relation Extraction and ...": not a prefix, "Multi-Task")
_COORDINATION_IN = re.compile(
    r"\s(?:and|&)\s|^(?!(?:multi|cross|self|semi|fine|coarse|zero|long|short|high|real|open|large|"
    r"small|single|post|inter|intra|under|over|end)-)[A-Za-z]{4,}-[A-Za-z]{4,}\s", re.I)
_CONJUNCT_WORD = r"(?!(?:which|that|who|whose|where|when|while|is|are|was|were|for|of|in|on|with|to|from|by)\b)[\w-]+"
_CONJUNCT_AFTER = re.compile(
    rf"\s*(?:&|and\b|(?:,\s*{_CONJUNCT_WORD}(?:\s+{_CONJUNCT_WORD}){{0,3}})+,?\s+(?:and|&)\s|"
    rf"\s+of\s+(?!(?:the|a|an)\b){_CONJUNCT_WORD}(?:\s+{_CONJUNCT_WORD}){{0,3}}\s+(?:and|&)\s)", re.I)
# (before the name only where "joint" was handed on to the last conjunct, "joint quill
# localization" of "Joint Quill Segmentation and Localization", not where it is written)
_CONJUNCT_BEFORE = re.compile(r"(?:&|\band)\s*$", re.I)
# a model family the task is done with, not a kind of task: "transformer-based end-to-end
# speech recognition", "neural-network-based real-time speech enhancement" (but
# "skeleton-based action recognition", "aspect-based sentiment analysis", "network-based
# intrusion detection" name the input)
_MEANS_FAMILY_LEAD = re.compile(
    r"(?:(?:deep-|machine-)?learning|(?:deep-|graph-)?neural-networks?|transformers?|attention|"
    r"cnns?|rnns?|lstms?|gans?|gnns?|dnns?|llms?|u-net|bert|diffusion)-(?:based|driven|powered) ", re.I)


# a kind of system or model named for the task it does: annotators name the task
SYSTEM_KIND_TASKS = {"recommender systems": "recommendation", "recommender system": "recommendation",
                     "recommendation systems": "recommendation", "recommendation system": "recommendation",
                     "topic models": "topic modeling", "topic model": "topic modeling"}  # fmt: skip


def _name_tasks_as_annotators(text: str, mentions: list[Cand]) -> None:
    """Task names in the annotators' form: a kind of system named for its task is the task
    ("recommender systems": recommendation), and words that open a task name but name no
    task are left out when a task is left (:func:`_task_lead`). Names the lexicons know stay
    whole ("optimal control"), and so does an adjective before a bare head ("complete
    reasoning": lowering those cost an annotated task on the held-out hf set)."""
    for c in mentions:
        if c.label != TASK:
            continue
        name = c.name or text[c.start : c.end]
        if (kind := SYSTEM_KIND_TASKS.get(name.split(" (", 1)[0].lower())) is not None:
            c.name = kind
            continue
        lead = _task_lead(text, (c.start, c.end), name)
        if not lead or lookup_label(name):
            continue
        rest = name[len(lead) :]
        if " " in rest or lookup_label(rest) == TASK:
            c.name = rest
            if text[c.start : c.start + len(lead)].lower() == lead.lower():  # (a title's name is lower-cased)
                c.start += len(lead)


@lru_cache(maxsize=65536)
def _fixed_lead(name: str) -> str:
    """The opening words of a task name that ``_HIGH_LEAD`` or ``_MEANS_FAMILY_LEAD`` read,
    or "" (cached: task names recur)."""
    m = _HIGH_LEAD.match(name) or _MEANS_FAMILY_LEAD.match(name)
    return m.group(0) if m else ""


def _task_lead(text: str, span: tuple[int, int], name: str) -> str:
    """The words (with their space) opening the task ``name`` written at ``span`` that
    name no task, or "": an evaluative adjective ("best speech enhancement"), "high
    quality", "large scale" (or its "scale" where the phrase was cut after "Large"), a model
    family ("transformer-based speech recognition"), "joint" before one conjunct ("joint
    depth estimation" of "Joint Depth Estimation and Detection"; "joint entity and relation
    extraction" stays) and the verb "learning" before a task ("learning monocular depth
    estimation"); not a word that opens a compound naming the task (``_LEAD_COMPOUND``).

    >>> _task_lead("", (0, 0), "best speech enhancement"), _task_lead("", (0, 0), "speech enhancement")
    ('best ', '')
    """
    start, end = span
    lead = _fixed_lead(name)
    if lead:
        return lead
    first, _, rest = name.partition(" ")
    if not rest or _LEAD_COMPOUND.match(name):
        return ""
    low = first.lower()
    if (low in EVALUATIVE_TASK_LEADS
            or low == "scale" and _SCALE_BEFORE.search(text, max(0, start - 7), start)
            or low == "joint" and _joint_shared(text, start, end, rest)
            or low == "learning" and rest.rsplit(None, 1)[-1].lower() in N.TASK_HEAD_SET):  # fmt: skip
        return first + " "
    return ""


def _joint_shared(text: str, start: int, end: int, rest: str) -> bool:
    """Whether the "joint" opening the task at ``start``-``end`` (``rest`` after it) is shared
    with a conjunct beside it, not part of the name (see ``_COORDINATION_IN``)."""
    if _COORDINATION_IN.search(rest):
        return False
    return _CONJUNCT_AFTER.match(text, end) is not None or (
        text[start : start + 6].lower() != "joint "
        and _CONJUNCT_BEFORE.search(text, max(0, start - 6), start) is not None
    )


def _demote_title_subjects(text: str, mentions: list[Cand], title_end: int) -> None:
    """The subject of a title verb of effect is the paper's means, its object the task:
    in "Collaborative Decoding Makes Visual Auto-Regressive Modeling Efficient" the task
    phrases before the verb (in the same part of the title) fall below the floor."""
    if not title_end:
        return
    # one of the verbs is a necessary part: str tests skip the search, which stops at most
    # letters of the title (a non-ASCII title is searched: "\u0130", "\u212a" fold to ASCII)
    title = text[:title_end]
    low = title.lower()
    if title.isascii() and not any(v in low for v in _TITLE_EFFECT_STEMS):
        return
    m = _TITLE_EFFECT_VERB.search(text, 0, title_end)
    if not m:
        return
    colon = text.rfind(":", 0, m.start())
    for c in mentions:
        if c.label == TASK and colon < c.start and c.end <= m.start():
            c.score = round(c.score - TITLE_MODIFIER_PENALTY, 3)


_VARIANT_TAIL = re.compile(r"-[A-Z][A-Za-z0-9]+(?![\w-])")


def _with_variants(text: str, st: DocState, mentions: list[Cand]) -> list[Cand]:
    """A capitalised suffix on a proposed name names a variant the paper also introduces
    ("Big-Math" and "Big-Math-Reformulated", "AoPS-Instruct"): a mention of the same type,
    though the word alone does not look like a name."""
    added = []
    for c in mentions:
        if not (c.proposed and c.label in (METHOD, DATASET)) or c.short:
            continue
        name = text[c.start : c.end]
        i = text.find(name + "-", st.title_end)
        while i >= 0:
            m = _VARIANT_TAIL.match(text, i + len(name))
            if m and (i == 0 or not text[i - 1].isalnum()) and not any(
                    o.start <= i < o.end or i <= o.start < m.end() for o in mentions + added):  # fmt: skip
                v = Cand(i, m.end(), c.label, "name", 0.7, proposed=True)
                v.name = text[i : m.end()]
                added.append(v)
            i = text.find(name + "-", i + 1)
    if not added:
        return mentions
    known = {name_key(p) for p in st.proposed}
    for v in added:
        if name_key(v.name) not in known:
            known.add(name_key(v.name))
            st.proposed.append(v.name)
    return sorted(mentions + added, key=lambda c: c.start)


def _join_headless_forms(mentions: list[Cand]) -> None:
    """A lower-case technique written with its head noun and without it in one paper
    ("through chain-of-thought prompting", "the chain-of-thought prompt") is one method,
    named by the longer form."""
    names = {c.name for c in mentions if c.label == METHOD and c.name[:1].islower()}
    if len(names) < 2:
        return
    longer = {}
    for n in names:
        short, _, head = n.rpartition(" ")
        if short in names and head in N.METHOD_HEADS:
            longer[short] = n
    for c in mentions:
        if c.label == METHOD and c.name in longer:
            c.name = longer[c.name]


_TWO_LOWER = re.compile(r"[a-z]{2}")
# (a capital inside a word starts a word the acronym may take: "Automatic Repeat reQuest (ARQ)";
# no other letter inside a word, "SHD (speech digit recognition)" is no definition: N.spells_apart)
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")
# the words an acronym stands for, in brackets after it: "ARQ (Automatic Repeat reQuest)"
_LONG_IN_BRACKETS = re.compile(r" \((?:(?i:the|an?) )?(?P<long>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){1,7})\)")


def _join_short_first(text: str, mentions: list[Cand]) -> None:
    """An acronym defined before its long form ("ARQ (Automatic Repeat reQuest)") is the
    same definition as "Automatic Repeat reQuest (ARQ)": its mentions, and a mention of the
    long form in the brackets, are named "Long Form (ACR)".

    >>> t = "with ZQR (Zorb Quxing Relay) feedback; ZQR is cheap."
    >>> cs = [Cand(5, 8, METHOD, "name", 0.7), Cand(39, 42, METHOD, "name", 0.7)]
    >>> for c in cs: c.name = t[c.start : c.end]
    >>> _join_short_first(t, cs); [c.name for c in cs]
    ['Zorb Quxing Relay (ZQR)', 'Zorb Quxing Relay (ZQR)']
    """
    joined: dict[tuple[str, str], str] = {}
    for c in mentions:
        if c.label not in (METHOD, DATASET) or c.short is not None or " " in c.name:
            continue
        if not text.startswith(" (", c.end) or text[c.start : c.end] != c.name:
            continue
        m = _LONG_IN_BRACKETS.match(text, c.end)
        short, long = c.name, m.group("long") if m else ""
        # (a coined name is the paper's own, written as such: "TabLong (Table Longform)")
        if (m and sum(ch.isupper() for ch in short) >= 2 and not _TWO_LOWER.search(short)
                and long[0].lower() == short[0].lower()
                and N.spells_apart(short, _CAMEL_BREAK.sub(" ", long)) and not _part_of_words(short, long)
                and not _starts_with_acronym(short, long)):  # fmt: skip
            joined.setdefault((c.label, short), f"{long} ({short})")
            # a mention of the long form in the brackets, or of its first words, is the same
            # name ("SeFT (Set Functions for Time Series)"); a name inside it is its own
            # ("CoDiM (Contrastive DivideMix)")
            for d in mentions:
                if d.label == c.label and d.start == m.start("long") and d.end <= m.end("long"):
                    d.name = joined[c.label, short]
    for c in mentions:
        c.name = joined.get((c.label, c.name), c.name)


def _starts_with_acronym(short: str, long: str) -> bool:
    """Whether ``short`` starts with a name the long form writes as a word ("ViT-PCM (ViT
    Patch-Class Mapping)", "ARDiMP50 (AR strengthened DiMP50)"): linking would read the
    paper's bare "ViT" or "AR" as this name, so the two stay apart."""
    return any(short.startswith(w) for w in long.split() if sum(ch.isupper() for ch in w) >= 2)


def _join_spelled_forms(text: str, mentions: list[Cand]) -> None:
    """A method written both as a name and as the words it abbreviates, in one paper and
    never as "Long Form (ACR)" ("EAFNet, an Efficient Attention-bridged Fusion Network";
    "LSTM" and "Long Short-Term Memory") is one method: named "Long Form (ACR)"."""
    methods = [c for c in mentions if c.label == METHOD and c.short is None and c.source != "acronym"]
    # (ordered, not sets: the first pairing wins, the same in every process; the long forms
    # first: most texts have none, and then the short names need no count of capitals)
    longs = dict.fromkeys(c.name for c in methods if " " in c.name and "(" not in c.name)
    if not longs:
        return
    defined = {text[c.short[0] : c.short[1]] for c in mentions if c.short}  # has its long form
    shorts = dict.fromkeys(c.name for c in methods if " " not in c.name and c.name not in defined
                           and sum(ch.isupper() for ch in c.name) >= 2)  # fmt: skip
    if not shorts:
        return
    joined = {}
    for short in shorts:
        # a longer name that contains the short one is a variant of it, not its spelling
        # ("GPT-4 Turbo" and "GPT-4", "LLaMA-Adapter V2" and "LLaMA" are two models)
        # (the two are not written together: a loose reading joins an acronym to words it does
        # not abbreviate, "SIG" to "stochastic gradient descent", N.spells_apart)
        spelled = [long for long in longs if not _part_of_words(short, long) and N.spells_apart(short, long)]
        if len(spelled) == 1 and spelled[0] not in joined:
            joined[short] = joined[spelled[0]] = f"{spelled[0]} ({short})"
    for c in methods:
        c.name = joined.get(c.name, c.name)


def _part_of_words(short: str, long: str) -> bool:
    """Whether ``short`` is a word of ``long`` or a hyphenated part of one: then ``long`` is a
    variant of it, not its spelling ("LLaMA-Adapter V2" is another model than "LLaMA")."""
    words = long.split()
    return short in words or short in {p for w in words for p in w.split("-")}


def _task_acronyms(text: str, names: list[Cand]) -> dict[str, str]:
    """Acronyms that are not names, defined with a known task as long form ("question
    answering (QA)"): short -> long form. Their definitions would hide the task from the
    lexicon; the task is kept and the acronym stands for it wherever it is used."""
    out = {}
    for c in names:
        if c.source != "acronym":
            continue
        short, long = text[c.short[0] : c.short[1]], text[c.start : c.short[0]].rstrip(" (")
        if short in N.NOT_NAMES and lookup_label(long) == TASK and not (
                c.ctx >= 0 and _ACRONYM_HEAD.match(text, c.short[1])):  # "(NER) adapters"  # fmt: skip
            out[short] = long
    return out


_TECHNIQUE_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
TITLE_TECHNIQUE_TASK = 0.55


_SURVEY_OF = re.compile(r"\b(?:[Ss]urvey|[Rr]eview|[Oo]verview)\s+(?:on|of)\s+(?:the\s+)?$")


def _title_techniques_as_tasks(text: str, mentions: list[Cand], title_end: int) -> list[Cand]:
    """A known technique written in the title ("Knowledge Distillation", "Model Merging") is
    what the paper works on, so it is also one of its tasks; a named model is not."""
    out = []
    colon = text.find(":", 0, title_end)
    prefix = text[:colon].strip() if colon > 0 else ""
    for c in mentions:
        if c.label != METHOD or c.source != "lexicon" or c.end > title_end:
            continue
        if prefix and N.spells(prefix, text[c.start : c.end]):
            continue  # "LoRA: Low-Rank Adaptation": the paper's own method, spelled out
        words = text[c.start : c.end].split()
        if not _plain_technique(words):
            continue
        # "A Survey on Mixture of Experts", "A Survey of Quantization Methods": the topic
        if not _SURVEY_OF.search(text, max(0, c.start - 30), c.start):
            if len(words) < 2 and "-" not in words[0]:
                continue
            if not N._NOMINAL.search(words[-1].lower()):
                continue  # "Vision Transformer", "Mixture of Experts": a model, not an action
        # "... via MoE Knowledge Distillation", "Contrastive Learning for Person Re-ID": the
        # technique is how the paper works, not what it addresses (below the floor)
        score = TITLE_TECHNIQUE_TASK + min(0.0, _title_role(text, colon + 1 if colon > 0 else 0, c.start))
        if _means_for_task(text, c, mentions, title_end):
            score -= TITLE_MODIFIER_PENALTY
        t = Cand(c.start, c.end, TASK, "titletask", round(score, 3))
        t.name = _task_name(text[c.start : c.end])
        out.append(t)
    return out


# the start of an abstract, up to the subject: "Recently, ", "In recent years, ", "Over the
# past few years, "
_OPENING = re.compile(r"\s*(?:(?:[Rr]ecently|[Nn]owadays|[Cc]urrently|[Ii]n recent years|"
                      r"(?:[Ii]n|[Oo]ver) the (?:past|last) (?:[a-z]+ ){0,2}(?:years|decades?)),?\s+)?")
# what follows an opening subject that the abstract is about: a verb of a definition or a
# claim ("is", "has become", "aims to", after a "which ..." clause or not), or the kind of
# thing it is ("methods")
_OPENING_CLAIM = re.compile(
    r"(?:\s+\([A-Za-z-]+\))?(?:,\s+which\s[^,.]*,)?\s+(?:is|are|has|have|aims|enables|allows|can|plays|remains|provides|"
    r"offers|refers|methods|techniques|approaches|algorithms|strategies)\b"
)


OPENING_TECHNIQUE_TASK = 0.55
# heads of a network's building blocks and training tricks: what a model is made of or how
# it is run, not a field of work ("Positional encoding is ...", "Residual connections ...")
_COMPONENT_HEADS = frozenset(("convolution", "convolutions", "attention", "normalization",
                              "pooling", "embedding", "embeddings", "activation", "encoding",
                              "encodings", "connection", "connections", "layer", "layers",
                              "checkpointing"))  # fmt: skip
# words of a memory or speed trick ("Mixed precision training is now standard")
_EFFICIENCY_TRICK_WORDS = frozenset(("precision", "checkpointing", "offloading"))


def _opening_technique_as_task(text: str, mentions: list[Cand], title_end: int) -> list[Cand]:
    """A known technique the abstract opens with, as the subject of its first claim ("Data
    augmentation is a powerful technique ...", "Knowledge distillation (KD) aims to ..."),
    is the field the paper works in, so it is also one of its tasks (below a title task).

    >>> t = "Quill: Zorbs\\n\\nData augmentation is a cheap way to regularize networks."
    >>> c = Cand(14, 31, METHOD, "lexicon", 0.9)
    >>> [(t[x.start:x.end], x.name) for x in _opening_technique_as_task(t, [c], 12)]
    [('Data augmentation', 'data augmentation')]
    """
    start = _OPENING.match(text, title_end).end()
    for c in mentions:
        if c.start != start:
            continue
        if c.label != METHOD or c.source != "lexicon" or not _OPENING_CLAIM.match(text, c.end):
            return []
        words = text[c.start : c.end].split()
        if len(words) < 2 or not N._NOMINAL.search(words[-1].lower()) or not _plain_technique(words):
            return []  # "Transformers are ...", "GPT-4 has ...": a model, not a technique
        low = [w.lower() for w in words]
        if low[-1] in _COMPONENT_HEADS or not _EFFICIENCY_TRICK_WORDS.isdisjoint(low):
            return []  # "Depthwise convolution is ...": a building block the paper uses
        t = Cand(c.start, c.end, TASK, "titletask", OPENING_TECHNIQUE_TASK)
        t.name = _task_name(text[c.start : c.end])
        return [t]
    return []


def _plain_technique(words: list[str]) -> bool:
    """Whether a known technique's words are plain words ("knowledge distillation"), not a
    model's name ("GPT-4", "ResNet")."""
    return all(_TECHNIQUE_WORD.fullmatch(w) and not N.is_namey(w) for w in words)


def _means_for_task(text: str, c: Cand, mentions: list[Cand], title_end: int) -> bool:
    """Whether a title phrase is the A of "A for B" with B a task of the title."""
    m = _TITLE_FOR_LATER.match(text, c.end, title_end)
    return m is not None and any(o.label == TASK and o.start >= m.end() and o.end <= title_end
                                 and _SAME_CHUNK.fullmatch(text, m.end(), o.start)
                                 for o in mentions)  # fmt: skip


# a task phrase used as a means, not addressed: "via reinforcement learning", "inspired by
# active learning techniques", "employs k-means clustering", "an RL-based process", "a
# pipeline based on question generation" (29 sota-arxiv output tasks after "based on", nearly
# all the means: "approaches based on semantic parsing", "prior methods are heavily based on
# human parsing")
# (case-insensitive "\b(?:via|using|uses|...)\s+...$": the first letter in a case-sensitive
# class, with the letters IGNORECASE equates with i, and the word boundary tested after it,
# so the engine skips ahead to those letters; same matches, see _LIST_CUE)
_MEANS_BEFORE = re.compile(
    r"[VvUuEeAaLlIi\u0130\u0131RrBbTt](?<!\w.)(?i:(?:(?<=v)ia|(?<=u)sing|(?<=u)ses|(?<=u)sed|"
    r"(?<=u)se|(?<=e)mploy|(?<=e)mploys|(?<=e)mploying|(?<=e)mployed|(?<=a)pply|(?<=a)pplies|"
    r"(?<=a)pplying|(?<=a)pplied|(?<=l)everag(?:e|es|ing|ed)|(?<=a)dopt|(?<=a)dopts|"
    r"(?<=a)dopting|(?<=a)dopted|(?<=i)nspired by|(?<=r)elies on|(?<=r)ely on|(?<=r)elying on|"
    r"(?<=b)uilt on|(?<=b)uilds on|(?<=b)ased on|(?<=b)ased upon|(?<=t)rained with|(?<=t)rained by|"
    r"(?<=t)rained via)\s+"
    r"(?:(?:a|an|the|standard|classical|classic|simple|off-the-shelf|existing|conventional)\s+)?$)"
)
_MEANS_AFTER = re.compile(
    r"(?:\s*\([\w-]+\))?(?:-|\s+)(?:based(?!\s+(?:on|upon)\b)|driven|guided|inspired|style|"
    r"objectives?|loss(?:es)?)\b",
    re.I,
)
MEANS_CAP = 0.45
# a problem recast as another: "we treat image harmonization as a style transfer problem",
# "formulates person re-id as a multi-label classification task", "regard lane detection as
# pixel-wise segmentation": the second is how the paper solves the first, not its task (not
# "such as", "as well as"; no sentence or clause break between the verb and "as"; "model"
# only as a verb: "a generative model for X, which is defined as the task of ..." defines)
_RECAST_BEFORE = re.compile(
    r"\b(?:(?:treat|formulat|reformulat|cast|regard|view|fram|consider)\w*|modell?(?:ed|ing))\b[^.;:]{0,60}?"
    r"(?<!\bsuch)(?<!\bwell)\s+as\s+(?:an?\s+|the\s+)?(?:(?:problem|task)\s+of\s+)?$",
    re.I,
)
_RECAST_ENDS = (" as", " a", " an", " the", " of")
# what _MEANS_BEFORE leaves at the end of its window once trailing whitespace is stripped
# (a suffix of at most 12 letters, as _may_end reads them: "shelf" for "off-the-shelf")
_MEANS_ENDS = ("via", *T.MEANS_VERB_FORMS, "by", "on", "upon", "with", "a", "an", "the", "standard", "classical",
               "classic", "simple", "shelf", "existing", "conventional")  # fmt: skip


def _demote_means(text: str, mentions: list[Cand], title_end: int) -> None:
    """Tasks of the abstract written as the means of the work lose confidence (the paper's
    task is what it addresses; see GUIDELINES, tasks). Other uses of the same task keep
    theirs, since a task's confidence is its best mention's."""
    for c in mentions:
        if c.label != TASK or c.start < title_end:
            continue
        end = c.ctx if c.ctx >= 0 and c.source != "acronym" else c.end
        if c.source == "acronym" and c.short:
            end = max(end, c.short[1] + 1)
        lo = max(0, c.start - 40)
        if _MEANS_AFTER.match(text, end, end + 30) or (
                _may_end(text[lo : c.start], _MEANS_ENDS) and _MEANS_BEFORE.search(text, lo, c.start)):  # fmt: skip
            c.score = min(c.score - 0.3, MEANS_CAP)
        elif (text[lo : c.start].rstrip().lower().endswith(_RECAST_ENDS)
              and text[c.start : c.end].lower() not in text[:title_end].lower()
              and _RECAST_BEFORE.search(text, max(0, c.start - 100), c.start)):  # fmt: skip
            # (a recast the title names is what the paper does: "Pair Trading with
            # Hierarchical Reinforcement Learning" ... "we cast pair trading as an RL problem")
            c.score = min(c.score - 0.3, MEANS_CAP)
    _demote_modifiers(text, mentions, title_end)


TITLE_MEANS_CAP = 0.4  # with the bonus of three more mentions still below TASK_FLOOR


def _cap_title_means(text: str, mentions: list[Cand], title_end: int) -> None:
    """A task the title names as its means ("Improving Relation Extraction via
    Reinforcement Learning", "Anomaly Detection via Multi-Task Learning") is how the paper
    works, however the abstract words it ("RH-Net, which utilizes reinforcement learning"):
    all its mentions stay below the floor of a second task.

    >>> t = "X via Reinforcement Learning" + 2 * chr(10) + "We use reinforcement learning for detection."
    >>> ms = [Cand(6, 28, TASK, "titletask", 0.35), Cand(37, 59, TASK, "lexicon", 0.75)]
    >>> ms[0].name = ms[1].name = "reinforcement learning"
    >>> _cap_title_means(t, ms, 28); [c.score for c in ms]
    [0.35, 0.4]
    """
    colon = text.find(":", 0, title_end) if title_end else -1
    t0 = colon + 1 if colon > 0 else 0
    means = {name_key(c.name or text[c.start : c.end]) for c in mentions
             if c.label == TASK and c.end <= title_end and _title_means(text, t0, c)}  # fmt: skip
    if not means:
        return
    for c in mentions:
        if c.label == TASK and c.start > title_end and name_key(c.name or text[c.start : c.end]) in means:
            c.score = min(c.score, TITLE_MEANS_CAP)


def _title_means(text: str, t0: int, c: Cand) -> bool:
    """Whether a title task phrase is the paper's means: after "via", "using", "based on"
    ...; after "with" only a technique ("with Reinforcement Learning", "with Network
    Pruning"), since "Summarization with Text Segmentation" names a second task it solves;
    not after "from" ("From POS Tagging to Dependency Parsing": what is studied)."""
    word = _title_role_word(text, t0, c.start)
    if word in ("", "for", "in", "on", "from"):
        return False
    if word == "with":
        head = (c.name or text[c.start : c.end]).lower().rsplit(None, 1)[-1]
        return head in N.METHOD_HEADS or head.endswith("learning")
    return True


# nouns a task phrase may modify without being the work's task: what a process leaves
# ("reasoning paths"), a property of it ("generalization difficulties"), a field ("deep
# learning research"); not measures of it ("detection accuracy"), nor "tasks", "models"
_MODIFIED_NOUNS = frozenset((
    "data", "paths", "path", "steps", "chains", "chain", "traces", "trajectories", "process",
    "processes", "capabilities", "capability", "abilities", "ability", "difficulty",
    "difficulties", "research", "researchers", "community", "communities", "literature",
    "field", "fields", "paradigm", "paradigms", "setting", "settings", "scenarios",
    "scenario", "agents", "agent", "policies", "policy", "objectives", "objective",
    "signals", "signal", "rewards", "libraries", "library", "modules", "module", "heads", "head",
    "layers", "layer", "pipelines", "pipeline", "language", "languages", "engines", "engine",
    "space", "spaces", "principles", "theory", "generalization", "phase", "stage",
    # failures and parts of a process ("reasoning breakdown", "a reasoning component"):
    # about it, not the work's task
    "breakdown", "breakdowns", "failure", "failures", "errors", "bottleneck",
    "bottlenecks", "component", "components", "behavior", "behaviors", "behaviour",
    "behaviours", "dynamics", "limits",
    # what a task's model outputs or is trained on, and its parts ("dependency parsing trees",
    # "segmentation masks", "temporal localization annotations", "a line segmentation branch");
    # "error" measures its task, so it counts only beside a title task (_demote_modifiers)
    "error", "trees", "tree", "masks", "mask", "map", "maps", "annotations", "annotation",
    "labels", "label", "branch", "branches",
))  # fmt: skip
_NEXT_WORD = re.compile(r" ([a-z]+)\b(?!-)")
_NEXT_TITLE_WORD = re.compile(r" ([A-Za-z][a-z]+)(?![\w-])")
MODIFIER_PENALTY = 0.15
TITLE_MODIFIER_PENALTY = 0.3  # a title phrase is a task at 0.7-0.8: below the floor


def _demote_modifiers(text: str, mentions: list[Cand], title_end: int) -> None:
    """A task phrase that modifies a following noun ("low-probability
    reasoning paths", "meta-learning generalization difficulties") names no task of the
    paper; the conjuncts right before it ("supervised learning, reinforcement learning and
    meta-learning generalization") share its fate."""
    tasks = [c for c in mentions if c.label == TASK and c.start >= title_end]
    for c in mentions:
        # in the title too: "... for Pre-Trained Programming Language Models"
        if c.label == TASK and c.end <= title_end and c.source == "task":
            m = _NEXT_TITLE_WORD.match(text, c.end, title_end)
            if m and m.group(1).lower() in _MODIFIED_NOUNS:
                c.score = round(c.score - TITLE_MODIFIER_PENALTY, 3)
    # "classification error" also measures a task: it is about another task only when the
    # title names the paper's own ("... for Quill Detection": "action classification error")
    title_task = any(c.label == TASK and c.end <= title_end for c in mentions)
    for i, c in enumerate(tasks):
        m = _NEXT_WORD.match(text, c.ctx if c.ctx >= 0 else c.end)
        if not (m and m.group(1) in _MODIFIED_NOUNS) or (m.group(1) == "error" and not title_task):
            continue
        c.score = round(c.score - MODIFIER_PENALTY, 3)
        k = i
        while k > 0 and N.LIST_GAP.fullmatch(text, tasks[k - 1].end, tasks[k].start):
            k -= 1
            tasks[k].score = round(tasks[k].score - MODIFIER_PENALTY, 3)


_BASED_TAIL = re.compile(r"-(?:based|driven|guided|assisted|enhanced|augmented|inspired)\b")
_ACRONYM_HEAD = re.compile(r"s?\)\s([a-z][a-z-]*[a-z])\b(?![-(])")
_SIZE_TAIL = re.compile(r"-(?:scale|sized|size|like|style|level)\b")


def _not_a_name(surface: str, c: Cand, acr_shorts: set[str], by_key: dict) -> bool:
    """Plural families ("ResNets", "VLPs"), undefined two-letter acronyms ("SD"), ordinary
    words in capitals ("IDEA") and lower-case words with one inner capital that no lexicon
    knows: a lost LaTeX macro ("websiteLink", "ourM") or a word capitalised to spell an
    acronym ("LInear grOup RNN"), not a name of its own."""
    if name_key(surface) in by_key:
        return False
    if _MACRO_WORD.fullmatch(surface):
        return lookup_label(surface) is None
    if c.proposed:
        return False
    if surface.isupper() and len(surface) >= 4 and surface.lower() in common_words():
        return lookup_label(surface) is None
    if _PLURAL_ACRONYM.fullmatch(surface):
        return surface[:-1] not in acr_shorts
    if _TWO_CAPS.fullmatch(surface) and surface not in acr_shorts:
        return True
    return False


# "websiteLink", "ourM", "grOup" (but "fastText", a lexicon name, stays)
_MACRO_WORD = re.compile(r"[a-z]{2,}[A-Z][a-z]*")
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
_EXPLAINED_AFTER = re.compile(r"\s*(?:\(|,\s+(?:a|an)\s)")
# used as a method: "learning ... with MLE", "outperforms GAT"
_COMPARED_BEFORE = re.compile(r"\b(?:with|using|via|than|over|vs\.?|versus|against|like|outperforms?)\s+$")
# a plural method noun and a word that gives examples of it, right before a name: the noun
# says what the name is ("existing methods such as ZMGCN", "pruning techniques like Lottery
# Ticket Zorbing (LTZ)", "training approaches, e.g., Adversarial Logit Zorbing (ALZ)"); not
# "networks", "systems" or "protocols", which name communication and computing set-ups too,
# nor "frameworks", which names software libraries too ("NLP frameworks (e.g., FLAIR, spaCy)")
_KIND_EXAMPLES_BEFORE = re.compile(
    r"(?<![\w-])(?:methods|models|approaches|architectures|algorithms|techniques|baselines|"
    r"optimizers|solvers|detectors|backbones)\s*,?\s*\(?" + T.EXAMPLES_CUE + r"\s+$"
)


# a method noun and an opening bracket before a name: the noun says what the name is
_KIND_BEFORE = re.compile(
    r"(?<![\w-])[a-z][a-z-]*(?:er|or|model|method|baseline|algorithm|network|architecture)s?\s+"
    r"\((?:(?:i\.e\.|e\.g\.),?\s+)?$"
)


# a method noun or a naming verb right before a name, without a bracket
_KIND_NAMED_BEFORE = re.compile(
    r"(?:\b(?:called|named|dubbed|termed)|(?<![\w-])(?:[a-z-]+-)?(?:model|method|baseline|algorithm|"
    r"network|architecture|pipeline|framework|variant|detector|approach|optimizer|technique))\s+$"
)

# the name modifies what follows: "the baseline PLP DNN", "called STC-structures"
_MODIFIER_AFTER = re.compile(r"-|\s[A-Z]{2}")


def _unexplained_acronym(text: str, st: DocState, c: Cand, acr_shorts: set[str], by_key: dict) -> bool:
    """An acronym the text never defines, explains ("PICARD (a T5 model ...)", "TEFAL, a
    text-conditioned ... method"), proposes, uses again or the lexicons know: on
    abstracts it is more often a format, a field or a symbol ("TSV", "OOP", "KKT") than a
    method."""
    surface = text[c.start : c.end]
    if c.proposed or not _ACRONYM_WORD.fullmatch(surface) or surface in acr_shorts:
        return False
    if name_key(surface) in by_key or not st.once("used once: " + surface, lambda: _used_once(text, surface)):
        return False
    if _EXPLAINED_AFTER.match(text, c.end) or _COMPARED_BEFORE.search(text, max(0, c.start - 12), c.start):
        return False
    if _KIND_EXAMPLES_BEFORE.search(text, max(0, c.start - 40), c.start):
        return False  # "existing methods such as ZMGCN": an example of methods
    if text[c.start - 1 : c.start] in ("(", " ") and _KIND_BEFORE.search(text, max(0, c.start - 40), c.start):
        return False  # "an existing re-ranker (BRIO)", "detectors (i.e., SECOND)": named by its kind
    if _KIND_NAMED_BEFORE.search(text, max(0, c.start - 30), c.start) and not _MODIFIER_AFTER.match(text, c.end):
        return False  # "the weakly-supervised pipeline PCL", "a variant called ASG"
    s0, s1 = st.sentence_span(c.start)
    return not any(s0 <= m.start() < s1 for m in st.proposals)


def _used_once(text: str, word: str) -> bool:
    """Whether ``word`` occurs once in the text as a word of its own."""
    i = text.find(word)
    n = 0
    while i >= 0 and n < 2:
        j = i + len(word)
        if not (i and (text[i - 1].isalnum() or text[i - 1] == "-")) and not (
                j < len(text) and (text[j].isalnum() or text[j] == "-")):  # fmt: skip
            n += 1
        i = text.find(word, j)
    return n < 2


_LABEL = re.compile(r"([A-Z]{1,2})(\d)")


def _enumeration_labels(text: str, cands: list[Cand]) -> set[str]:
    """Labels of a numbered series ("(O1) lack of evaluation, (O2) ...", "RQ1", "RQ2"): one
    or two capitals with a digit, written with another number of the same letters. A model
    named so stands alone ("T5"); a known one (the lexicon's) is kept.

    >>> t = "three obstacles: (O1) cost, (O2) scale. We use T5 for O1."
    >>> sorted(_enumeration_labels(t, [Cand(m.start(), m.end(), None, "name", 0.7)
    ...                                for m in re.finditer(r"[OT]\\d", t)]))
    ['O1', 'O2']
    """
    numbers: dict[str, set[str]] = {}
    for c in cands:
        m = _LABEL.fullmatch(text, c.start, c.end) if c.source == "name" else None
        if m:
            numbers.setdefault(m.group(1), set()).add(m.group(2))
    return {stem + n for stem, ns in numbers.items() if len(ns) >= 2 for n in ns}


# (past a bracketed aside: "QMNIST, EMNIST (Letters, Digits, and Balanced) datasets")
_LIST_NEXT = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:,|and\b|or\b|\)|datasets?\b|benchmarks?\b)")
# (case-insensitive "\b(?:model|method|...|language model)s?...$", first letter in a
# case-sensitive class with "\u017f", which IGNORECASE equates with s; see _MEANS_BEFORE)
_METHOD_CUE_BEFORE = re.compile(
    r"[MmFfAaSs\u017fNnTtPpLl](?<!\w.)(?i:(?:(?<=m)odel|(?<=m)ethod|(?<=f)ramework|(?<=a)pproach|"
    r"(?<=s)ystem|(?<=n)etwork|(?<=a)gent|(?<=a)rchitecture|(?<=a)lgorithm|(?<=t)echnique|"
    r"(?<=p)ipeline|(?<=l)LM|(?<=l)anguage model)s?,?\s+(?:named|called|dubbed|termed)?\s*$)"
)
# how a window _METHOD_CUE_BEFORE matches ends, trailing spaces aside (a cheap test before
# its search, which tries each of the window's letters): the end of a head word, its
# plural and comma, or a naming word
_METHOD_CUE_ENDS = tuple(
    w + e for w in ("odel", "ethod", "ramework", "pproach", "ystem", "etwork", "gent", "itecture",
                    "orithm", "chnique", "ipeline", "llm")
    for e in ("", "s", ",", "s,")
) + ("named", "called", "dubbed", "termed")  # fmt: skip


def _own_winners_are_methods(text: str, mentions: list[Cand]) -> None:
    """A name the paper proposes that wins ("NBNet achieves state-of-the-art performance",
    "RAFT outperforms ...") is a method, though a list of datasets or a dataset of the same
    name in the lexicon typed it a dataset: data is not the subject of a win. Not the paper's
    own data winning over other data ("ZorbBench surpasses existing benchmarks in size")."""
    winners = {name_key(c.name) for c in mentions if c.proposed and c.label == DATASET
               and _wins(text, c) and not _WINS_OVER_DATA.match(text, c.end)}  # fmt: skip
    for c in mentions if winners else ():
        if c.label == DATASET and name_key(c.name) in winners:
            c.label, c.canonical = METHOD, None


def _vote_labels(text: str, mentions: list[Cand]) -> None:
    """One name, one type in a paper: a method cue ("a language model, named X") wins, then
    a dataset cue at any mention makes all mentions datasets."""
    # a title name the abstract defines ("Human Preference Score v2 (HPS v2), a scoring
    # model") has the type of its definition, not of the subtitle's "A Benchmark for ..."
    defined = {name_key(text[c.start : c.end]): c.label for c in mentions if c.source == "acronym"}
    for c in mentions:
        if c.source == "title" and defined.get(name_key(c.name)) in (METHOD, DATASET):
            c.label = defined[name_key(c.name)]
    datasets = {name_key(c.name) for c in mentions if c.label == DATASET and c.source != "lexicon"}
    if not datasets:
        return  # (most documents: no name typed a dataset, nothing to vote on)
    # (a method cue matters only for a name also typed a dataset: the cue is looked for
    # only before those names)
    methods = {
        k for c in mentions
        if c.label in (METHOD, DATASET) and c.source != "lexicon" and (k := name_key(c.name)) in datasets
        and _may_end(text[max(0, c.start - 40) : c.start], _METHOD_CUE_ENDS)
        and _METHOD_CUE_BEFORE.search(text, max(0, c.start - 40), c.start)
    }  # fmt: skip
    datasets -= methods
    for c in mentions:
        if c.source == "lexicon":
            continue
        k = name_key(c.name)
        if c.label == METHOD and k in datasets:
            c.label = DATASET
        elif c.label == DATASET and k in methods and c.source != "context":
            c.label = METHOD


# ("utilization": "Model FLOPs Utilization (MFU)" is a measure, not a coined method)
_METRIC_HEADS = {"score", "rate", "accuracy", "error", "distance", "ratio", "precision", "utilization",
                 "recall", "measure", "metric", "index", "coefficient", "divergence"}  # fmt: skip


# Last words of a long form that name a technique once the abstract defines it with an
# acronym ("message passing (MP)", "early stopping (ES)", "label smoothing (LS)", "continuous
# integrate-and-fire (CIF)"), though too loose for N.METHOD_HEADS in free text ("thermal
# annealing", "audio mixing"); the pairs are techniques only with their modifier ("least
# squares" but "sum of squares", "optimal transport" but "public transport")
_TECHNIQUE_TAILS = frozenset((
    "passing", "stopping", "smoothing", "annealing", "mixing", "conditioning", "expansion",
    "minimization", "minimisation", "pretraining", "backoff", "multiplexing", "queueing",
    "queuing", "thresholding", "bagging", "warping", "whitening", "weighting", "reweighting",
    "resampling", "upsampling", "downsampling", "subsampling", "oversampling",
))  # fmt: skip
# ("fire", "feedback", "relaxation" alone name phenomena too: "forest fire", "haptic
# feedback", "signal relaxation"; with their modifier they are techniques)
_TECHNIQUE_TAIL_PAIRS = frozenset((
    "least squares", "optimal transport", "maximum suppression", "temporal difference",
    "and fire", "model perturbation", "relevance feedback", "human feedback", "ai feedback", "semidefinite relaxation",
    "definite relaxation", "lagrangian relaxation", "convex relaxation", "continuous relaxation", "lp relaxation",
))  # fmt: skip
# tails that take an object: after a data noun the long form names what is done to the data,
# a task ("point cloud upsampling", "image smoothing", "taxonomy expansion")
_OBJECT_TAILS = frozenset((
    "smoothing", "expansion", "mixing", "thresholding", "warping", "upsampling", "downsampling",
    "resampling", "subsampling", "oversampling", "whitening",
))  # fmt: skip
_TAIL_OBJECT_NOUNS = frozenset((
    "image", "images", "video", "audio", "signal", "signals", "cloud", "map", "maps", "depth",
    "mesh", "taxonomy", "ontology", "base", "graph", "text", "speech", "music", "surface",
))  # fmt: skip
# what the text says of a long form after its acronym that makes it a task, a problem or a
# measure, not a technique: "(PU) aims to", "(KBE) is the task of", "(IS) is a fundamental
# problem", "(IW) are related tasks", "(AM) ... remains challenging", "(OT) distance"
_NOT_A_TECHNIQUE_AFTER = re.compile(
    r"\)\s+(?:aims?\b|(?:is|are)\s+(?:(?:the|an?|a\s+classical|related)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:tasks?|problems?|topics?)\b|(?:[\w-]+\s+){0,4}?remains?\s+(?:challenging|difficult|hard|open)\b"
    r"|(?:errors?|distances?|loss(?:es)?|costs?|scores?|metrics?)\b)"
)


def _technique_tail(low: str) -> bool:
    """Whether the lower-cased long form of a definition ends on a technique's last word(s).

    >>> _technique_tail("progressive early stopping"), _technique_tail("non-maximum-suppression")
    (True, True)
    >>> _technique_tail("noise suppression"), _technique_tail("topological data analysis")
    (False, False)
    >>> _technique_tail("point cloud upsampling"), _technique_tail("haptic feedback")
    (False, False)
    >>> _technique_tail("leaky integrate-and-fire"), _technique_tail("semidefinite relaxation")
    (True, True)
    """
    words = re.split(r"[-\s]+", low.strip())
    if len(words) >= 2 and words[-1] in _OBJECT_TAILS and words[-2] in _TAIL_OBJECT_NOUNS:
        return False
    return words[-1] in _TECHNIQUE_TAILS or " ".join(words[-2:]) in _TECHNIQUE_TAIL_PAIRS


_PROBLEM_AFTER = re.compile(r"s?\)\s+(?:problems?|tasks?)\b")
# task heads that are also method heads but, after "Long Form (ACR)", name a topic
_TOPIC_HEADS = frozenset(("reasoning", "alignment"))


def _long_form_not_a_measure(long: str) -> bool:
    """Whether the long form is headed by a plural noun that names things, not a measure
    ("probabilistic programming languages"; but "word error rates" is one)."""
    head = long.lower().split()[-1] if long.split() else ""
    return (
        head.endswith("s") and not head.endswith("ss") and head[:-1] not in _METRIC_HEADS
        and lookup_label(head[:-1]) != METRIC and lookup_label(long) != METRIC
    )  # fmt: skip


# "tasks such as A (X), B (Y), and": the list of examples a long form is in (to its end)
_TASK_EXAMPLES_BEFORE = re.compile(r"tasks?,?\s+(?:such as|like|including|e\.g\.,?)\s[^.;:]*$")


def _long_form_task_head(long: str) -> bool:
    """Whether the long form is headed by a task noun, so its acronym is no measure the
    lexicon knows by the same letters: "session-based recommendation (SR)" is no success
    rate, "conversational question answering (CQA)" no measure ("mean average precision
    (mAP)" is headed by a measure word)."""
    words = long.lower().split()
    if len(words) < 2:
        return False
    head = words[-1]
    return head in N.TASK_HEAD_SET and head not in N.METHOD_HEADS and head not in _METRIC_HEADS and (
        lookup_label(long) != METRIC)  # fmt: skip


# a measure's acronym that names a thing: "SR methods", "ASR systems", "RE models"
_SYSTEM_NOUN_AFTER = re.compile(
    r"[ -](?:methods?|models?|networks?|systems?|tasks?|toolkits?|corpus|corpora|benchmarks?|"
    r"datasets?|algorithms?|architectures?|encoders?|decoders?|pipelines?|queries|"
    r"problems?|modules?|branch|latch|car)\b", re.I
)


_WORD_START = re.compile(r"\w")


def _measure_acronym(surface: str) -> bool:
    return " " not in surface and len(surface) <= 6 and sum(ch.isupper() for ch in surface) >= 2


def _other_sense(long: str) -> bool:
    """Whether a long form names a task or things, not a measure ("relation extraction",
    "image super-resolution", "access points"; but "Optimal Dataset Scale" may be one)."""
    head = long.lower().split()[-1] if long.split() else ""
    return (head in N.TASK_HEAD_SET or lookup_label(long) in (TASK, METHOD, DATASET)
            or _long_form_not_a_measure(long) and head not in ("operations", "parameters", "flops")
            or _names_no_measure(long))  # fmt: skip


def _names_no_measure(long: str) -> bool:
    """Whether a long form has no word of a measure in it: "electron microscopy (EM)",
    "Model Order Selection (MOS)" are not the exact match and mean opinion score the
    lexicon knows (but "Exact Match (EM)", "Bilingual Evaluation Understudy (BLEU)" are).

    >>> _names_no_measure("electron microscopy"), _names_no_measure("Word Error Rate")
    (True, False)
    """
    if lookup_label(long) == METRIC:
        return False
    words = re.split(r"[\s-]+", long.lower())
    return not any(w.rstrip("s") in _METRIC_HEADS or w in _MEASURE_HEADS or lookup_label(w) == METRIC
                   or w in _MEASURE_LONG_WORDS for w in words)  # fmt: skip


# words of well-known measures' long forms that name no measure on their own
_MEASURE_LONG_WORDS = {"match", "understudy", "evaluation", "curve", "union", "similarity",
                       "opinion", "error", "gain", "likelihood", "entropy", "loss", "percentage",
                       "rank", "hits", "second", "operations", "deviation", "bits", "quality",
                       "scale", "performance"}  # fmt: skip


def _without_other_sense_measures(text: str, out: list[Cand], acronyms) -> list[Cand]:
    """Drop a lexicon measure acronym the text uses in another sense: spelled out as no
    measure ("image super-resolution (SR)", "relation extraction (RE)", "access points
    (APs)") or naming a thing ("streaming ASR systems", "existing SR methods"), though the
    lexicon knows an "SR" success rate and an "ASR" attack success rate.

    >>> t = "Relation extraction (RE) is hard. RE needs F1."
    >>> cs = [Cand(21, 23, METRIC, "lexicon", 0.9), Cand(34, 36, METRIC, "lexicon", 0.9)]
    >>> _without_other_sense_measures(t, cs, [(0, 19, 21, 23)])
    []
    """
    shorts = {text[c.start : c.end] for c in out if c.label == METRIC and c.source == "lexicon"
              and _measure_acronym(text[c.start : c.end])}  # fmt: skip
    if not shorts:
        return out
    other = {text[ss:se] for ls, le, ss, se in acronyms if text[ss:se] in shorts | {s + "s" for s in shorts}
             and _other_sense(text[ls:le])}  # fmt: skip
    other |= {s[:-1] for s in other if s.endswith("s")}  # "convolutions (DSCs)", "DSC-based"
    other |= {s for s in shorts if _task_field_sense(text, s, out)}
    other -= {text[ss:se] for ls, le, ss, se in acronyms if not _other_sense(text[ls:le])}  # "perplexity (PPL)"
    for short in shorts - other:
        # r"\b" + short + r"\b", with the first boundary tested as a look-behind after the
        # acronym: the regex engine skips ahead to the acronym, where a leading \b makes it
        # try every character
        edge = "(?<!\\w" if _WORD_START.match(short) else "(?<=\\w"
        for m in re.finditer(re.escape(short) + edge + re.escape(short) + r")\b", text):
            if _SYSTEM_NOUN_AFTER.match(text, m.end()):
                other.add(short)
                break
    if not other:
        return out
    return [c for c in out if not (c.label == METRIC and (
        c.source == "lexicon" and text[c.start : c.end] in other
        or c.source == "acronym" and text[c.short[0] : c.short[1]] in other))]  # fmt: skip


def _task_field_sense(text: str, short: str, out: list[Cand]) -> bool:
    """Whether a measure acronym that is also a well-known task's ("ASR": attack success
    rate, automatic speech recognition) names the task: the text never speaks of what the
    measure measures ("attack"), as every paper that reports an attack success rate does.

    >>> t = "BAT: a transducer for low-latency ASR. It has lower emission latency in streaming ASR."
    >>> _task_field_sense(t, "ASR", [Cand(34, 37, METRIC, "lexicon", 0.9, "attack success rate")])
    True
    >>> t = "Jailbreak attacks on speech models reach a 90% ASR."
    >>> _task_field_sense(t, "ASR", [Cand(47, 50, METRIC, "lexicon", 0.9, "attack success rate")])
    False
    """
    if short not in TASK_ACRONYM_HEADS:
        return False  # (the cheap test first: most measure acronyms are no task's)
    measure = next((c.canonical for c in out if c.canonical and text[c.start : c.end] == short), None)
    if measure is None:
        return False
    return re.search(r"\b" + re.escape(measure.split()[0]), text, re.I) is None


# a measure named as what training minimises: "the smooth L1 loss", "trained by MSE loss",
# "a scale-invariant signal-to-distortion ratio loss function" (but "minimal accuracy loss",
# "performance loss" speak of a drop in a measure)
_OBJECTIVE_AFTER = re.compile(r"[ -](?:loss|losses|objective|regulari[sz]er|regulari[sz]ation|penalty)\b")
_DROPPED_MEASURE = re.compile(r"accura|precision|recall|performance|F1|score|BLEU|quality", re.I)


def _objective(text: str, c: Cand) -> bool:
    # (the name's head first: one short search, where the window's end-anchored one tries
    # each of its 30 characters)
    if _OBJECTIVE_HEAD.search(text, c.start, c.end) and _MINIMISED_BEFORE.search(text, max(0, c.start - 30), c.start):
        return _NUMBER_AFTER_IN_SENTENCE.match(text, c.end) is None
    return _OBJECTIVE_AFTER.match(text, c.end) is not None and not _DROPPED_MEASURE.search(text, c.start, c.end)


# an error, divergence or probability the method minimises or maximises is its objective, not a
# measure the paper reports: "a quantization method which minimizes the quantization error",
# "estimated by minimizing the reprojection error" (unless a number follows in the sentence)
_MINIMISED_BEFORE = re.compile(r"\b(?:minimi[sz]|maximi[sz])(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+|an?\s+)?$", re.I)
_OBJECTIVE_HEAD = re.compile(r"(?:errors?|divergences?|probability|probabilities|likelihood|distance|discrepancy)$", re.I)
_NUMBER_AFTER_IN_SENTENCE = re.compile(r"[^.;]*\d")


# a bare "loss" is the measured loss only after a word of comparison or change or an article
# ("lower loss", "decreased loss", "the loss decreases"); after another word it is a loss
# function or a drop ("contrastive loss", "performance loss", "information loss"), and so
# before "in"/"of" ("3% loss in accuracy") or "function"
_LOSS_BEFORE_OK = re.compile(
    r"(?:^|[\s(,;:])(?:[a-z]+(?:ed|ing|er|est)|low|high|final|minimum|average|overall|worse|"
    r"comparable|similar|same|the|a|its|their|our|and|or|of|in|with|to)\s+$", re.I
)
_LOSS_AFTER_NOT = re.compile(r"(?:es)?\s+(?:in|of|on|functions?|terms?|based|landscapes?|shifts?)\b")


def _loss_not_measured(text: str, c: Cand) -> bool:
    if c.source != "lexicon" or text[c.start : c.end].lower() not in ("loss", "losses"):
        return False
    return (_LOSS_AFTER_NOT.match(text, c.start + 4) is not None
            or _LOSS_BEFORE_OK.search(text, max(0, c.start - 14), c.start) is None)  # fmt: skip


# one generic method noun, in the singular, after a defined acronym: what the long form names
# ("systems" and the plurals name families or settings: "the Virtual Reality (VR) system")
_METHOD_NOUN_AFTER = re.compile(
    r"\)\s+(?:model|module|framework|algorithm|approach|method|architecture|technique|"
    r"strategy|scheme|mechanism|layer|block|loss|tool|network|approximation)\b(?![-(])"
)


def _method_long_form(long: str) -> bool:
    """Whether a long form is headed like a method ("multimodal feature adapter"), not like
    a task or a resource ("Natural Language Inference", "Unified Medical Language System")
    nor with a word of data in it.

    >>> _method_long_form("margin-aware distillation"), _method_long_form("Stanford Sentiment Treebank")
    (True, False)
    >>> _method_long_form("Stanford Natural Language Inference")
    False
    """
    low = long.lower()
    head = low.rsplit(None, 1)[-1]
    return (head in N.METHOD_HEADS and head not in N.TASK_HEAD_SET and head != "system"
            and not _TITLE_DATASET.search(low))  # fmt: skip


# the proposal verb right before a defined name: what the paper coins ("we introduce
# self-normalizing neural networks (SNNs)"), not what it uses ("we propose to use ...")
_PROPOSAL_VERB = r"(?:propose|introduce|present)(?:s|e?d)?"
# the verbs that name a thing ("which we call", "termed", "what we refer to as")
# ("we refer to as", not the passive "referred to as", which mostly renames what others
# built: "a standard, referred to as Dual Band Femtocell (DBF) in this paper")
_CALLING_VERB = r"(?:call(?:s|ed)?|name[ds]?|dub(?:s|bed)?|term(?:s|ed)?|refer to as|denote as)"
_COINED_BEFORE = re.compile(
    rf"\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:\w+\s+)?{_PROPOSAL_VERB}\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:new|novel)\s+)?(?:(?:class|family) of\s+)?$"
)


# after a coined definition, a clause about what it does or an apposition that is no task,
# data or measure ("(PADA), which ...", "(MV-AT), a feature-based distillation", "(aLRP), a
# ... loss function"); not "(SOON) task", "(PSG), a new problem task", "(TVR), a new
# multimodal retrieval dataset", "(NQAS), a simple score", nor the clause that defines a task
# or a measure ("(ZVOD), which aims to detect ...", "(RZE), which measures", "(FRD) to evaluate");
# the apposition's noun comes before its own clause ("(UQS), a training scheme that lowers the
# calibration error" is a scheme)
_COINED_CLAUSE_AFTER = re.compile(
    r"\),?\s+(?:which|that|to|by)\b(?!\s+(?:aims?|requires?|asks?|involves?|measures?|evaluates?|"
    r"assess(?:es)?|quantif(?:y|ies))\b)|(?P<apposed>\),\s+(?:a|an)\s+)"
    r"(?!(?:(?!(?:that|which|who|whose|for|to)\b)[\w-]+\s+){0,8}?(?:tasks?|problems?|datasets?|benchmarks?|settings?|challenges?|corpus|corpora|"
    r"metrics?|measures?|scores?|index|indices|distances?|errors?)\b)"
)


# lower-case words an acronym keeps as small letters: "Quality of Service (QoS)", "State of
# the Art (SotA)", "Infrastructure as a Service (IaaS)", "structure-from-motion (SfM)"
_ACRONYM_SMALL_WORDS = frozenset(("of", "the", "a", "an", "as", "and", "in", "on", "for", "from", "to", "with", "at", "by"))
# the acronym used as a method is: "Program-of-Thoughts (PoT) methods", "the ToT framework"
# (matched after each occurrence of the acronym: a pattern built per acronym would be compiled
# anew for most texts, 0.3 ms each, as the acronyms of unseen texts miss the regex cache)
_CONCEPT_ACR_AS_METHOD = re.compile(r"\)?\s+(?:methods?|models?|prompting|frameworks?|approach(?:es)?|algorithms?|"
                                    r"networks?|layers?|modules?|techniques?|architectures?)\b")


def _concept_acronym(long: str, short: str, text: str) -> bool:
    """Whether the small letters of a mixed-case acronym only spell the small words of its
    long form ("region of interest (RoI)", "Field of View (FoV)"): an "X of Y" notion, not a
    coined name ("Dialogue-based GRU (DiaGRU)"), unless the text uses it as a method.

    >>> _concept_acronym("Quality of Service", "QoS", "a minimum Quality of Service (QoS).")
    True
    >>> _concept_acronym("Program-of-Thoughts", "PoT", "Program-of-Thoughts (PoT) methods")
    False
    >>> _concept_acronym("Dialogue-based Gated Recurrent Unit", "DiaGRU", "")
    False
    """
    small = [ch for ch in short if ch.islower()]
    initials = [w[0] for w in re.split(r"[\s-]+", long) if w in _ACRONYM_SMALL_WORDS]
    if not small or not initials:
        return False
    for ch in small:
        if ch not in initials:
            return False
        initials.remove(ch)
    i = text.find(short)
    while i >= 0:
        if _CONCEPT_ACR_AS_METHOD.match(text, i + len(short)):
            return False
        i = text.find(short, i + 1)
    return True


_METRIC_NAMED_BEFORE = re.compile(
    rf"(?:new|novel)\s+(?:evaluation\s+)?{_METRIC_WORD}s?\b(?:\s+is\s+proposed)?[^.;()]{{0,60}}?"
    r"\b(?:namely|called|named|dubbed|termed)\s+(?:as\s+)?(?:the\s+)?$"
)
# the definition heads a measure noun, alone or with a second definition coordinated:
# "the generalized object confidence (GOC) score", "a quality of monitoring (QoM) metric",
# "the X (APQ) and Y (APC) metrics" (not a verb: "(PRM) scores every step", "(DN) measure
# how"; nor a compound's first part: "(HPA) metric learning", "(SDE) score-based models")
_METRIC_NOUN_AFTER = re.compile(
    r"s?\)(?:(?:\s*,\s*|\s+and\s+)(?:[\w-]+\s+){1,5}\([A-Z][\w-]*\))?\s+(?:evaluation\s+)?(?:metrics?|scores?|measure)"
    r"(?![\w-])(?!\s+(?:learning|models?|networks?|functions?|matching|each|every|how|whether|the|an?)\b)"
)
# a definition in the list that follows a measure introduced as such: "a new metric,
# normalized zorb flicker (NZF), and ...", "two key metrics: zorb accuracy (ZAcc), which
# ..., and blip gap (BG)": right after the measure word, or after a first definition in the
# list (not "two new metrics, and propose an approach, Name (ACR)"), with what stands
# between them naming no other kind of thing
_METRIC_LISTED_BEFORE = re.compile(
    r"(?:new|novel|key|two|three|four|five)\s+(?:(?:new|novel|key|evaluation)\s+)*"
    rf"{_METRIC_WORD}s?\s*[:,]\s*"
    r"(?:(?:[\w-]+\s+){0,5}[\w-]+\s*\([^()]{1,20}\)"
    r"(?:(?!\b(?:we|our|its|their|datasets?|benchmarks?|models?|methods?|framework)\b)[^.;]){0,140}?"
    r"(?:,\s*and|,|\band)\s+)?(?:the\s+)?$"
)


def _names_a_measure_word(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds a word for a measure (a cheap gate before a windowed search)."""
    window = text[a:b].lower()
    return any(w in window for w in _METRIC_WORDS)


_AS_A_METRIC_AFTER = re.compile(rf"\s*as\s+(?:a|an|the)\s+(?:new\s+|novel\s+|proxy\s+)*{_METRIC_WORD}\b")


def _acronym_label(long: str, short: str, text: str, c: Cand, by_key: dict) -> str | None:
    """The type of "Long Form (ACR)": lexicon, then the head noun of the long form."""
    if _PROBLEM_AFTER.match(text, c.short[1]):
        return TASK  # "the Local Path Planning (LPP) problem"
    if _METRIC_NAMED_BEFORE.search(text, max(0, c.start - 100), c.start) or _AS_A_METRIC_AFTER.match(text, c.short[1] + 1):
        return METRIC  # "a new metric called Relative Matching (RM)", "CVaR as a metric"
    if (long.split()[-1].lower() not in N.METHOD_HEADS  # (not "..., and X Alignment Tuning (XAT)")
            and _names_a_measure_word(text, max(0, c.start - 200), c.start)
            and _METRIC_LISTED_BEFORE.search(text, max(0, c.start - 200), c.start)):  # fmt: skip
        return METRIC  # "a new metric, normalized mean flicker (NMF)", "two metrics: X (A), and Y (B)"
    # (a long form headed by a method noun names a method: "process reward model (PRM)")
    if (_METRIC_NOUN_AFTER.match(text, c.short[1]) and " " in long.strip()
            and long.split()[-1].lower() not in N.METHOD_HEADS):  # fmt: skip
        # (a one-word long form names a kind of measure: "full-reference (FR) metrics")
        return METRIC  # "the amodal panoptic quality (APQ) and amodal parsing coverage (APC) metrics"
    named = N.NAMING.search(text, max(0, c.start - 14), c.start)
    if named and named.end() == c.start and not _DATASET_AFTER.match(text[c.short[1] + 1 :]):
        return METHOD  # "The first method, called Pose-aware Attention Block (PAAB), ..."
    lk = name_key(long)
    if lk in by_key:
        return by_key[lk]
    known = lookup_label(long)
    if known:
        # "Video Object Segmentation (VOS)": a known task, though in capitals; the
        # "Expectation-Maximization (EM)" the lexicon knows is no "EM" (exact match) metric
        return known
    sk = name_key(short)
    if by_key.get(sk) == DATASET and _task_long_form(long.lower(), long.lower().rsplit(None, 1)[-1]):
        return TASK  # "Semantic Scene Completion (SSC)": no "SSC" dataset the lexicon knows
    if sk in by_key and not (by_key[sk] == METRIC and (
            _long_form_not_a_measure(long) or _long_form_task_head(long) or _names_no_measure(long))) and not (
            by_key[sk] == DATASET and _method_long_form(long)):  # fmt: skip
        # (but "probabilistic programming languages (PPLs)" is no "PPL", "margin-aware
        # distillation (MAD)" no "MAD" dataset, "we propose Weight Aligning (WA)" no "WA"
        # score, "session-based recommendation (SR)" no success rate: the text says what its
        # acronym stands for)
        return by_key[sk]
    if re.search(r"[A-Z0-9]s$", short):
        # "SSMs", "MDPs": a family in the plural, not one named thing; unless the paper coins
        # it: "This paper introduces Bayesian Flow Networks (BFNs)"
        # (by a coining verb only in capitals: "which we call Zorb Nets (ZNs)", "by presenting
        # Zorb Encodings (ZEs)", "we design novel Zorb Units (ZUs)"; "we design the
        # first polynomial time approximation schemes (PTASs)" names a kind of algorithm, and
        # "the recently proposed Implicit Neural Representations (INRs)" a cited family)
        return METHOD if (_COINED_BEFORE.search(text, max(0, c.start - 80), c.start)
                          or (long.split()[-1][:1].isupper() and _named_by_verb(text, c, coined_only=True))) else None
    words = long.split()
    low = long.lower()
    head = re.split(r"[-\s]", re.sub(r"[ -]v?\d+(?:\.\d+)?$", "", low))[-1]  # "model 2": model
    if _DATASET_AFTER.match(text[c.short[1] + 1 :]) or head in ("dataset", "benchmark", "corpus"):
        return DATASET
    if _METHOD_NOUN_AFTER.match(text, c.short[1]):
        return METHOD  # "the Point-Voxel Interaction (PVI) module", "the (EK-FAC) approximation"
    intro = text[c.short[1] + 1 : c.short[1] + 101]
    if _METHOD_INTRO.match(intro) and not _DATASET_INTRO.match(intro):
        return METHOD  # "Human Preference Score v2 (HPS v2), a scoring model that ..."
    clause = _COINED_CLAUSE_AFTER.match(text, c.short[1])
    # (the proposal may name one adjective the acronym leaves out: "we propose explicit
    # zorb-based self-verification (ZSV), which ...")
    lead = _unspelled_lead(text, c.start)
    if clause and (_COINED_BEFORE.search(text, max(0, c.start - 80), c.start)
                   or _COINED_BEFORE.search(text, max(0, lead - 80), lead)) and (
            head not in _METRIC_HEADS or clause["apposed"]):  # fmt: skip
        return METHOD  # "we propose Multiple Instance Active Object Detection (MI-AOD), to select ...":
        # what the paper proposes and then says what it does, though its words name a task; a
        # measure's clause says what it measures in any verb ("(ZPD), which correlates with
        # human judgments"), but "(aLRP), a ... loss function" says what it is
    if head == "utilization" and _COINED_BEFORE.search(text, max(0, c.start - 80), c.start):
        return METHOD  # "we present Elastic Memory Utilization (EMU)": what the paper coins
    if head in _METRIC_HEADS:
        return METRIC
    if clause and _named_by_its_kind(text, lead, c.short[1], in_scene=False):
        # "we propose a method, explicit zorb-based self-verification (ZSV), to ...": apposed
        # to the kind of work and saying what it does, the method the paper proposes, though
        # its head names a task (not in a scene: "In our framework, zorb detection (ZD), which")
        return METHOD
    # a capital that only starts the sentence does not make a coined name: "Few-shot
    # segmentation (FSS) aims to ..."
    starts_sentence = re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, c.start - 3) : c.start]) is not None
    capitals = sum(1 for w in words[1 if starts_sentence else 0 :] if w[:1].isupper())
    titled = capitals >= max(1, len(words) - 1)
    coined = any(N.is_namey(w) for w in re.split(r"[\s]", long)) or (
        re.search(r"[a-z]", short) is not None and len(short) >= 3
        and not _concept_acronym(long, short, text)
    )
    tail2 = name_key(" ".join(words[-2:]))
    if by_key.get(tail2) == TASK and not coined:
        return TASK
    if head in N.TASK_HEAD_SET and head not in N.METHOD_HEADS and not titled and not coined:
        return TASK
    if _task_long_form(low, head) and (
            not (_proposed_in_sentence(text, c.start) or _OUR_BEFORE.search(text, max(0, c.start - 15), c.start))
            or _TASK_EXAMPLES_BEFORE.search(text, max(0, c.start - 150), c.start)):  # fmt: skip
        # (a proposal earlier in the sentence does not make a method of an example of the
        # tasks it serves: "we propose Zorb, which transfers to tasks such as Facial
        # Attribute Recognition (FAR), ...")
        return TASK  # "Automatic License Plate Recognition (ALPR)", "document-level relation extraction (DocRE)"
    if N.is_generic_phrase(long):
        return None
    if head in N.METHOD_HEADS or coined or (head == "models" and titled) or (
            _technique_tail(low) and not _NOT_A_TECHNIQUE_AFTER.match(text, c.short[1])):  # fmt: skip
        return METHOD
    if titled and head in N.TASK_HEAD_SET:
        return METHOD  # a coined title-case name: "Token Type Classification (TTC)"
    if head not in N.TASK_HEAD_SET and (_proposed_in_sentence(text, c.start)
                                        or _OUR_BEFORE.search(text, max(0, c.start - 15), c.start)
                                        or _named_by_its_kind(text, c.start, c.short[1])
                                        or _KIND_EXAMPLES_BEFORE.search(text, max(0, c.start - 40), c.start)):
        return METHOD  # "we design a ... Feature Alignment (TEFAL)", "the proposed cross-domain
        # examination (CDE)", "Our proposed model, Dual Video Discriminator GAN (DVD-GAN)":
        # what the paper builds; "a simple model, personalized propagation of neural
        # predictions (PPNP)": named by its kind; "pruning techniques like Lottery Ticket
        # Zorbing (LTZ)": an example of its kind
    if _acronym_used_as_method(text, short, c.short[1]):
        return METHOD  # "A unimodal aggregation (UMA) is proposed", "UMA outperforms ..."
    if _named_by_verb(text, c):
        return METHOD  # "we design a Pyramid Residual Module (PRMs)", "the recently proposed X (DCLS)"
        # (a task's long form never gets here: the branches above type it a task, or a
        # method when it is title-case or coined)
    return None


# a proposal or naming verb right before a defined name, whoever its subject ("This leads us
# to introduce X (RPTM)", "the recently proposed X (DCLS)", "which we call X (TCNs)", "a
# network named the X (LMU)"): a named method, coined here or cited
_NAMING_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_PROPOSAL_VERB}|(?P<ing>(?:propos|introduc|present)ing)|design(?:s|ed|ing)?|develop(?:s|ed|ing)?|"
    rf"(?P<call>{_CALLING_VERB}))\s+(?:(?P<art>a|an|the)\s+)?(?:(?P<new>new|novel|simple|first)\s+)?$"
)
# ... unless the clause after it says that it poses a task: "(CD-FSL) aims at transferring",
# or the noun the verb names is a problem, a phenomenon or a measure: "a family of model
# problems we term X (ICLL)", "a regime we call Edge of Stability (EoS)", "a failure mode,
# which we call X (DC)"
_POSES_A_TASK_AFTER = re.compile(r"\)\s+(?:aims?|requires?|asks?|involves?|refers?)\b")
_PROBLEM_NOUN_BEFORE = re.compile(r"\b(?:problems?|tasks?|settings?|challenges?|benchmarks?|datasets?|metrics?|measures?)\b")
# (a phenomenon only as the noun the verb names, not "To avoid this effect, we propose X")
_PHENOMENON_NAMED_BEFORE = re.compile(
    r"\b(?:phenomen(?:on|a)|effects?|regimes?|failure modes?|propert(?:y|ies)|quantit(?:y|ies)|"
    r"process(?:es)?|behaviou?rs?|conditions?|issues?)(?:,?\s+(?:which|that))?\s+(?:we\s+)?(?:\w+ly\s+)?$"
)
# ... or a capitalised word after it: the definition is the first part of a longer name
_NAME_AFTER_ACRONYM = re.compile(r"\)\s[A-Z]")
# ... or a copula before the verb makes it a definition of a class ("is sometimes called a")
_DEFINED_AS_BEFORE = re.compile(r"(?<![\w-])(?:is|are|was|were|be|been)\s+(?:[a-z]+\s+)?$")
# ... or the long form names a claim or a phenomenon: "the recently proposed Lottery Ticket
# Hypothesis (LTH)", "an effect we term Attention Collapse (AC)"
_CLAIM_LONG_FORM = re.compile(r"(?:[Hh]ypothes[ie]s|[Pp]rinciples?|[Tt]heorems?|[Ll]aws?|[Ee]ffects?|[Cc]ollapse)[\s(]*$")


def _coining_verb(verb: re.Match) -> bool:
    """Whether a naming verb coins the name: a calling verb or a by-gerund ("which we call",
    "by presenting"), or any verb before "a", "an", "new", "novel" ("we design novel X
    (HRUs)", "we design a X (PRMs)"); not "We develop Spiking Neural Networks (SNNs)" nor
    "the recently proposed X (INRs)", a family."""
    return bool(verb["call"] or verb["ing"] or verb["art"] in ("a", "an") or verb["new"] in ("new", "novel"))


def _named_by_verb(text: str, c: Cand, coined_only: bool = False) -> bool:
    """Whether a proposal or naming verb introduces the definition "Long Form (ACR)" at ``c``
    (with ``coined_only``, a verb that coins it: see _coining_verb).

    >>> t = "This leads us to introduce Zorb Triplet Mining (ZTM), a scheme."
    >>> _named_by_verb(t, Cand(t.index("Zorb"), t.index(")") + 1, None, "acronym", 0.9, short=(t.index("ZTM"), t.index("ZTM") + 3)))
    True
    """
    if " " not in text[c.start : c.short[0]].rstrip(" ("):
        return False  # one word: "open-vocabulary (OV)" is a setting, not a name
    verb = _NAMING_VERB_BEFORE.search(text, max(0, c.start - 40), c.start)
    if verb is None or (coined_only and not _coining_verb(verb)) or _POSES_A_TASK_AFTER.match(text, c.short[1]):
        return False
    if _CLAIM_LONG_FORM.search(text, c.start, c.short[0]):
        return False  # "the recently proposed Lottery Ticket Hypothesis (LTH)": a claim
    if _DEFINED_AS_BEFORE.search(text, max(0, verb.start() - 25), verb.start()):
        return False  # "a graph is (sometimes) called a pairwise compatibility graph (PCG) if": a definition
    # a head noun after the acronym is what the verb introduces: "the recently proposed Zorb
    # Quxing (ZQ) models", "(ZQB) detection" (a kind of model or a task; with the paper as
    # subject _COINED_BEFORE may still type it: "This paper introduces quantum natural
    # language processing (QNLP) models")
    head = _ACRONYM_HEAD.match(text, c.short[1])
    if head and any(h in N.METHOD_HEADS or h in N.TASK_HEAD_SET for h in (head.group(1), head.group(1).rstrip("s"))):
        return False
    if _NAME_AFTER_ACRONYM.match(text, c.short[1]):
        return False  # "which we refer to as Synthetic Zorb (SZ) Mask R-CNN": part of a longer name
    return not (_PROBLEM_NOUN_BEFORE.search(text, max(0, verb.start() - 30), verb.start())
                or _PHENOMENON_NAMED_BEFORE.search(text, max(0, verb.start() - 40), verb.start()))


# one method noun with its article, then a comma or colon: the definition after it names it
# (up to three modifiers, two of them coordinated: "a novel and effective prompting method, ")
_KIND_APPOSED_BEFORE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Oo]ur)\s+(?:[\w-]+\s+(?:and\s+)?){{0,3}}?(?:{_METHOD_KINDS}|module|scheme|strategy|"
    r"mechanism|procedure|protocol)\s*[,:]\s+$"
)
# a preposition or gerund opening the sentence before the article makes the kind a scene, not
# the name's apposition: "In the model, quality of service (QoS) is ...", "Using this model,",
# "For our framework, ..." (but "based on a new module, efficient spatial pyramid (ESP)")
_SCENE_BEFORE = re.compile(
    r"(?:^|[.!?;]\s+|\n)(?:in|for|with|within|using|by|on|from|to|into|under|at|of|after|\w+ing)\s+$", re.I)


def _after_scene_opener(text: str, pos: int) -> bool:
    """Whether a scene opener (``_SCENE_BEFORE``: "In", "For", "Using", ...) opens the
    sentence right before ``pos``."""
    return _SCENE_BEFORE.search(text, max(0, pos - 20), pos) is not None


# one lower-case word before a long form, which its acronym leaves out ("explicit" of
# "explicit zorb-based self-verification (ZSV)"), not an article, a preposition or a verb
# form ("a hardware accelerator, targeting Quux Networks (QN)": what the work is for)
_UNSPELLED_LEAD = re.compile(
    r"(?<![\w-])(?!(?:a|an|the|of|for|and|or|to|in|on|with|by|via)\s|[a-z]+(?:ing|ed)\s)[a-z]{3,}\s+$")


def _unspelled_lead(text: str, start: int) -> int:
    """Where the lower-case word right before ``start`` starts (``_UNSPELLED_LEAD``), else ``start``.

    >>> t = "a method, explicit zorb-based self-verification (ZSV), to"
    >>> t[_unspelled_lead(t, t.find("zorb")):t.find("zorb")], _unspelled_lead(t, 2)
    ('explicit ', 2)
    """
    m = _UNSPELLED_LEAD.search(text, max(0, start - 25), start)
    return m.start() if m else start


def _named_by_its_kind(text: str, start: int, end: int, in_scene: bool = True) -> bool:
    """Whether the definition from ``start`` to its closing bracket at ``end`` follows the kind
    of work it names ("a simple model, LONG (SHORT)", "Our proposed model, LONG (SHORT)").

    >>> t = "We build a simple model, zorbic propagation (ZP). In the model, quality of service (QoS)"
    >>> _named_by_its_kind(t, t.find("zorbic"), t.find(")")), _named_by_its_kind(t, t.find("quality"), len(t) - 1)
    (True, False)
    """
    # a definition closed by "), " is apposed to the kind, whatever opens the sentence: "Using
    # the proposed model, zorbic propagation (ZP), we reach ..." (not "In the model, LONG (X) is";
    # nor at all when ``in_scene`` is false)
    apposed = in_scene and text.startswith("),", end)
    for kind in (_OUR_KIND_BEFORE, _KIND_APPOSED_BEFORE):
        m = kind.search(text, max(0, start - 60), start)
        if m and (apposed or not _after_scene_opener(text, m.start())):
            return True
    return False


# what a method's acronym does in a sentence, where its long form does not say it: it is
# proposed right after its definition (in the present: "was introduced at WIA'98" is
# history), or a later use of it alone is the paper's own ("our X", "the proposed X", not
# "the proposed X detector"), wins ("X outperforms") or is what a result is compared with
# ("compared to X"); not "X-based", "X models", "than X", "against X", which a field, a
# setting or a family is too ("RF-based", "VLP models", "than VLC")
# "is (then) ...ed" before a coining verb, shared with the proposed-part rules
_PASSIVE_BEFORE_VERB = r"(?:is|are)\s+(?:first\s+|then\s+|also\s+|further\s+)?"
_PROPOSED_AFTER_DEFINITION = re.compile(rf"\)?,?\s+{_PASSIVE_BEFORE_VERB}(?:{_COIN_VERBS})e?d\b")
_COMPARED_WITH_BEFORE = re.compile(r"\bcompared\s+(?:with|to)\s+$")
_ALONE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:is|are|was|were|has|have|can|and|on|in|with|to|for|by)\b")
# a win verb read as a participle: "EZR obtained from 12 hospitals", "outperformed by X"
_PARTICIPLE_AFTER = re.compile(r"\s+(?:from|in|by|at|with|via|during)\b")


def _acronym_used_as_method(text: str, short: str, end: int) -> bool:
    """Whether the acronym defined with its closing bracket at ``end`` is used as a method.

    >>> t = "A unimodal aggregation (UMA) is proposed. Tests show UMA outperforms CTC."
    >>> _acronym_used_as_method(t, "UMA", t.find(")"))
    True
    >>> t = "It uses radio frequency (RF). The proposed RF detector beats RF-based ones."
    >>> _acronym_used_as_method(t, "RF", t.find(")"))
    False
    """
    if _DEVICE_OR_DATA_AFTER.match(text, end):
        return False  # "(SDN) traces", "(ZHI) data": what the work reads, though it "achieves"
    if _PROPOSED_AFTER_DEFINITION.match(text, end):
        return True
    for i in whole_occurrences(text, short, "-"):
        if i < end:
            continue
        j = i + len(short)
        win = _WINS_AFTER.match(text, j)
        if (win and not _PARTICIPLE_AFTER.match(text, win.end())) or (
                (_OUR_BEFORE.search(text, max(0, i - 16), i) or _COMPARED_WITH_BEFORE.search(text, max(0, i - 16), i))
                and _ALONE_AFTER.match(text, j)):  # fmt: skip
            return True
    return False


# heads that end a task's name and almost never a method's (unlike "classification",
# "estimation", "analysis", "tracking": "Connectionist Temporal Classification (CTC)",
# "Maximum Likelihood Estimation (MLE)", "Multiple Hypotheses Tracking (MHT)")
_TASK_ONLY_HEADS = frozenset((
    "detection", "recognition", "segmentation", "extraction", "answering", "captioning",
    "retrieval", "understanding", "navigation", "comprehension", "identification",
    "re-identification", "prediction", "assessment", "summarization", "summarisation",
    "translation", "grounding", "localization", "localisation", "forecasting", "completion",
))
# words that make a long form a system's name, not a task's: "Clue Refining Network for
# Video Object Segmentation (CRVOS)", "Graph-based Entity Extraction"
_NOT_TASK_WORDS = re.compile(r"\b(?:for|with|via|using|by|based|guided|aware)\b")  # "-based" too


def _task_long_form(low: str, head: str) -> bool:
    """Whether a lower-cased acronym long form names a task by its words: a task-only head
    and no method head or system-making word before it.

    >>> _task_long_form("automatic license plate recognition", "recognition")
    True
    >>> _task_long_form("clue refining network for video object segmentation", "segmentation")
    False
    >>> _task_long_form("connectionist temporal classification", "classification")
    False
    >>> _task_long_form("graph-based entity extraction", "extraction")
    False
    """
    if head not in _TASK_ONLY_HEADS or _NOT_TASK_WORDS.search(low):
        return False
    return not any(w in N.METHOD_HEADS for w in re.split(r"[-\s]", low)[:-1])


# a name defined name-first: "LATS (Language Agent Tree Search), a general framework"
_LONG_FORM_AFTER = re.compile(r"\s\(([A-Z][\w-]*(?:\s[\w-]+){1,9})\)")


def _long_form_after(text: str, c: Cand) -> re.Match | None:
    """The "(Long Form)" right after a name whose initials it spells."""
    m = _LONG_FORM_AFTER.match(text, c.end)
    return m if m and N.spells_by_initials(text[c.start : c.end], m.group(1)) else None


def _headless_titlecase(name: str) -> bool:
    """A titlecase candidate (a capitalised run) that ends on a plain word which is no method
    head ("Semantic Question Similarity", "Quaternion Vector Space", "Data Distribution
    Management", "Street View") is a topic or a thing the paper writes in capitals, not a
    method, unless a lexicon knows it. A name-like head ("MP3D FPN", "Hybrid Demucs") or a
    technique's gerund ("Temporal Ensembling") keeps it.

    >>> [_headless_titlecase(n) for n in ("Semantic Question Similarity", "Memory Networks",
    ...     "Swin Transformer V2", "Frustrum PointNet", "Temporal Ensembling", "Hybrid Demucs",
    ...     "Deep Image Prior")]
    [True, False, False, False, False, False, False]
    """
    words = name.split()
    while len(words) > 1 and _VERSION_WORD.fullmatch(words[-1]):
        words = words[:-1]
    head = words[-1]
    low = head.lower()
    return (head[1:] == low[1:] and low in common_words() and low not in N.METHOD_HEADS
            and not low.endswith("ing") and lookup_label(name) is None)


def _weak_titlecase(surface: str, text: str) -> bool:
    """Title-case runs are names when headed like a method or repeated in the text."""
    words = surface.split()
    if len(words) > 5 or words[0] in ("Table", "Figure", "Section", "Appendix", "Fig", "Eq"):
        return True
    while len(words) > 1 and _VERSION_WORD.fullmatch(words[-1]):
        words = words[:-1]  # "Swin Transformer V2": judge by "Transformer"
    head = words[-1].lower()
    if head in N.METHOD_HEADS or head in _DATA_HEADS:
        return False
    return not _written_twice(text, surface)


def _written_twice(text: str, s: str) -> bool:
    """``text.count(s) >= 2``, the second occurrence looked for after the first instead of
    every one counted (a name written thousands of times, each time asked)."""
    if not s:
        return text.count(s) >= 2
    first = text.find(s)
    return first >= 0 and text.find(s, first + len(s)) >= 0


# the head of a title-case name of data used once ("tasks from the NetHack Learning
# Environment"; environments are datasets in the annotation guidelines); with "Benchmark"
# or "Dataset" too, a versioned name's head is cut off ("Human Preference Dataset v2")
# (LLM-era heads too: "Long Range Arena", "Berkeley Function Calling Leaderboard")
_DATA_HEADS = frozenset(("environment", "arena", "leaderboard"))


_NAMES_TASK = re.compile(r"\s+tasks?\b")
_ON_DATASET = re.compile(
    r"(?:evaluated|tested|trained|fine-tuned|finetuned|results|experiments|accuracy|performance|"
    r"%|\d)\s+(?:\w+\s+){0,3}?on\s+(?:the\s+)?$",
    re.I,
)
# a result's or an experiment's word, then "on" the data it was measured on, in one clause;
# between "on" and the name only lower-case modifiers ("on the more challenging X")
_ON_BEFORE_NAME = (
    r"\b[Oo]n\s+(?:the\s+)?"
    r"(?:(?!(?:with|and|or|of|to|by|for|in|using|our|its|their|a|an|metrics?|measures?|scores?)\s)"
    r"[a-z][\w-]*\s+){0,3}$"
)
_RESULT_ON = re.compile(
    r"(?i:\b(?:outperform\w*|achiev\w*|experiment\w*|results?|evaluat\w*|accuracy|"
    r"performance|state[- ]of[- ]the[- ]art|SOTA|gains?|improv\w*|analys[ie]s)\b|\d%?|%)"
    r"[^.;:]{0,70}?(?<!based )(?<!built )(?<!relies )(?<!rely )(?<!depends )(?<!focus )(?<!focuses )"
    + _ON_BEFORE_NAME
)
# the end of _RESULT_ON alone: a cheap necessary test before its backtracking search
_ON_TAIL = re.compile(_ON_BEFORE_NAME)
# ... unless the name is the model it was run with: "on ViT-B backbone", "on X-based",
# "on PICARD (a T5 model for ...)"
_METHOD_AFTER_ON = re.compile(
    r"(?:-based|['\u2019]s\b|(?:\s+\((?:a|an|the)\s+[^()]{0,40}?)?\s+(?:backbones?|models?|"
    r"networks?|encoders?|decoders?|architectures?|frameworks?|algorithms?|methods?|detectors?|"
    r"classifiers?|processors?|GPUs?|phones?)\b)"
)
_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:)]|and\b|$)")
# (a benchmark's subset or release may follow the head: "ZorbBench-Hard", "ZorbEval 2.0",
# "Zorb-bench Verified", "ZorbQA-Diamond", "Zorb-Arena-Hard", "ZorbBench-Lite Pro": LLM-era
# benchmarks name their splits so; without the tail the name fell to the method default in
# "scores on ZorbEval 2.0 (68.2) and ..." or "On ZorbBench-Hard, X attains a score of 61.2")
_BENCH_HEAD = r"(?:Bench|QA|Eval|Arena|-Bench|-bench|-QA|-Eval| Benchmark| Leaderboard)"
_NUMBER_TAIL = r"[-\s]?v?\d+(?:\.\d+)?"
# (the tail only after a benchmark's head, a version after a corpus's: "ZorbDB 2.0", "QuuxDB
# Pro", "ZorbSuite Mini" name systems as often as data)
_DATASET_SUFFIX = re.compile(
    _BENCH_HEAD + r"(?:" + _NUMBER_TAIL + r"|[-\s](?:" + N.BENCHMARK_SPLITS + r"))*$"
    r"|(?:Corpus|Dataset)(?:" + _NUMBER_TAIL + r")*$"
    r"|(?:DB| Knowledge Graph| Environment| Suite)$")
_METHOD_HEAD_AFTER = re.compile(
    r"\s+(?:framework|approach|method|model|architecture|network|algorithm|technique)s?\b")
# the subject of a comparison's verb is what was compared, not the data: "On the X dataset,
# OctFormer outperforms ..." (but "accuracy on X improves": data after "on")
_WINS_AFTER = re.compile(r"\s+(?:consistently\s+|significantly\s+|also\s+|further\s+)?(?:outperform|surpass|beat|achieve|obtain|attain)(?:s|es|ed)?\b")
_ON_RIGHT_BEFORE = re.compile(r"\b[Oo]n\s+(?:the\s+)?$")


def _wins(text: str, c: Cand) -> bool:
    """Whether ``c`` is the subject of a win verb (``_WINS_AFTER``), not data right after "on"."""
    if _WINS_AFTER.match(text, c.end) is None:
        return False
    return not _ON_RIGHT_BEFORE.search(text, max(0, c.start - 8), c.start)


# a win over data is a dataset's: "ZorbBench surpasses existing benchmarks", "ZorbQA achieves
# broader coverage than prior datasets"; the data must be what the verb or "than" compares
# with, not where the win is ("achieves SOTA on existing benchmarks", "over existing benchmarks")
_WINS_OVER_DATA = re.compile(
    r"(?:(?:\s+\w+ly)?\s+(?:outperform|surpass|beat)\w*|[^.;]{0,60}?\bthan)\s+"
    r"(?:(?:all|the|existing|prior|previous|other)\s+){0,2}(?:[\w-]+\s+)?(?:datasets|benchmarks|corpora)\b")
# (not the verb: "We benchmark SC-Block against eight blocking methods")
_DATASET_WORD_BEFORE = re.compile(
    r"\b(?<!we )(?<!to )(?:dataset|benchmark|corpus|suite|testbed|leaderboard)\s+(?:(?:called|named|dubbed|,)\s*)?$",
    re.I,
)


_LAST_PART = re.compile(r"[- ](?=[^- ]*$)")  # the separator before a name's last part
# a version number written onto a name without its hyphen: "GPT4", "GPT3.5", "ResNet50"
_VERSION_JOINED = re.compile(r"(?<=[A-Za-z]{2})(?=\d+(?:\.\d+)?$)")


@lru_cache(maxsize=65536)
def _lexicon_label(surface: str) -> str | None:
    """The lexicon type of a name or of its stem: "Tiny-ImageNet-R" is a variant of a
    dataset, "GPT-4-Turbo" of a model (cached: up to five look-ups and two regexes per
    name, and names recur across a corpus)."""
    label = lookup_label(surface)
    # (no stem longer than the lexicons' longest name is listed: cutting a long chain of
    # parts one at a time from its end would be quadratic in "A-B-C-...-Z" of 5,000 parts)
    stem = surface[: longest_surface() + 1]
    while label is None and ("-" in stem or " " in stem):
        stem = _LAST_PART.split(stem)[0]
        if len(stem) < 3:
            break
        label = lookup_label(stem)
    if label is None and _VERSION_JOINED.search(surface):
        label = lookup_label(_VERSION_JOINED.sub("-", surface, 1))  # "GPT4" as "GPT-4"
    return label if label in (METHOD, DATASET) else None


# the title's part after the colon says the prefix is data: "LongProc: Benchmarking ...",
# "Big-Math: A Large-Scale, High-Quality Math Dataset for ..."
_DESCRIBED_AS_DATA = re.compile(
    r"\s*:\s*(?:(?:An?|The)\s+(?:(?!(?:of|for|on|in|to|with|and|via)\s)[\w,-]+\s+){0,5}?"
    r"(?:Benchmark|Dataset|Corpus|Suite|Leaderboard|Testbed|Datastore)s?\b|Benchmarking\b)",
    re.I,
)


# a sentence that opens with "On X," and reports a score or a comparison on it, not on a
# device or in a speed ("On CoreML, X runs 2x faster"; "On X, ... on COCO": X is a platform)
_FRONTED_ON_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)On\s+(?:the\s+)?$")
_FRONTED_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")  # (not the point of "40.4")
_FRONTED_SCORE = re.compile(r"\d|\b(?:outperform|surpass|beat|achiev|obtain|reach|improv)", re.I)
_FRONTED_NOT_DATA = re.compile(
    r"\bon\s+(?:the\s+)?[A-Z]|\b(?:faster|speed|latency|throughput|FPS|GPUs?|CPUs?|devices?|phones?)\b")


def _fronted_on(text: str, c: Cand) -> bool:
    if not _FRONTED_ON_BEFORE.search(text, max(0, c.start - 12), c.start):
        return False
    end = _FRONTED_SENTENCE_END.search(text, c.end)
    rest = text[c.end : end.start() if end else len(text)]
    return _FRONTED_SCORE.search(rest) is not None and _FRONTED_NOT_DATA.search(rest) is None


def _context_label(text: str, c: Cand, title_end: int, cues: _LazyCues) -> str:
    surface = text[c.start : c.end]
    if c.source == "title" and _DESCRIBED_AS_DATA.match(text, c.end, title_end):
        return DATASET
    if _IS_A_TASK.match(text, c.end):
        return TASK  # "Entity Matching is the task of deciding whether ..."
    if _METHOD_HEAD_AFTER.match(text, c.end):
        return METHOD  # "a novel ReDB framework", "our proposed ReDB approach"
    if _wins(text, c):
        return METHOD  # "On Total Capture dataset, KineFuse surpasses ...": what obtains results
    if _DATASET_SUFFIX.search(surface):
        return DATASET  # "MwpBench", "MathScaleQA", "AlpacaEval": named like benchmarks
    if text.startswith(",", c.end) and _fronted_on(text, c) and lookup_label(surface) is None:
        return DATASET  # "On ZorbWorld, our agent solves 45% of the tasks"
    if (
        "on" in text[max(0, c.start - 9) : c.start]  # cheap test before the regex
        and _ON_DATASET.search(text, max(0, c.start - 40), c.start)
        and _ENDS_CLAUSE.match(text, c.end)
        and lookup_label(surface) is None
    ):
        return DATASET  # "-11.97% FLOPs of METER on VQA2.0."
    if (
        not (c.proposed or c.source == "title")
        and "n " in text[max(0, c.start - 40) : c.start]  # cheap tests before the regex
        and _ON_TAIL.search(text, max(0, c.start - 110), c.start)
        and _RESULT_ON.search(text, max(0, c.start - 110), c.start)
        and not _METHOD_AFTER_ON.match(text, c.end)
        and lookup_label(surface) is None
    ):
        return DATASET  # "achieves state-of-the-art results on the challenging ACE05"
    if not (c.proposed or c.source == "title"):
        positions = cues.get()
        i = bisect.bisect_left(positions, c.start - 100)
        if i == len(positions) or positions[i] > c.end + 110:
            return METHOD  # no dataset word nearby: the context rules below cannot fire
    after = text[c.end : c.end + 60]
    if _DATASET_AFTER.match(after):
        return DATASET
    if _DATASET_WORD_BEFORE.search(text, max(0, c.start - 40), c.start):
        return DATASET  # "a benchmark suite SciBench"
    if c.proposed or c.source == "title":
        rest = text[c.end : title_end]
        if _TITLE_DATASET.search(rest) and not re.search(
            r"\b(?:model|method|framework|network|agent|approach)s?\b", rest, re.I
        ):
            return DATASET
    intro = text[c.end : c.end + 100]
    if _DATASET_INTRO.match(intro) and not _METHOD_INTRO.match(intro):
        return DATASET
    before = text[max(0, c.start - 80) : c.start]
    # a data word is a necessary part: str tests skip the end-anchored search, which tries
    # each of the 80 characters (non-ASCII text is searched: re.I folds "\u017f" to "s")
    low = before.lower()
    if (not before.isascii() or any(w in low for w in _DATASET_WORDS)) and (m := _DATASET_BEFORE.search(before)):
        if not (_COMMA_AFTER_NOUN.match(before, m.start()) and _FRONTED_NAMED_DATA.search(text, max(0, c.start - 200), c.start - len(before) + m.start())):
            return DATASET
    return METHOD


# "On both the Zorb and Quxa datasets, ZorbNet reaches ...": a sentence that opens with a
# preposition whose object names its data before the data noun ends that phrase at the comma; the
# name after it is the clause's subject, not one more item of the list ("On three benchmarks,
# ZorbA, ZorbB and ZorbC" names none before the noun and stays a list)
_COMMA_AFTER_NOUN = re.compile(r"\w+\s*,")
_FRONTED_NAMED_DATA = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:On|In|Across|Over|For)\s+(?:both\s+|all\s+|each\s+of\s+)?(?:the\s+)?"
    r"(?=[^,;()]*?(?<![\w-])[A-Z0-9])(?:(?![.!?]\s)[^,;()]){1,80}?\s\Z"
)


_IS_A_TASK = re.compile(
    r"(?:\s+\([^()]{1,12}\))?\s+(?:is|refers to)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:task|problem)\s+of\b"
)
_EDITION_AFTER = re.compile(
    r"[ -](?:19[89]\d|20[0-4]\d)\b(?:\s+[A-Z][a-z]+-[A-Z][a-z]+\b(?!-))?(?![-.]?\d)"
)
# a venue and its year in a citation: after the authors in the same bracket ("[Chen, Kanj and
# Xia, ISAAC 2003]", "(Hajek. CISS 2001"), after "et al." or "A and B" before the bracket ("Lee
# et al. (ISCA 2010)", "Koutis and Williams~(ICALP 2009)"), with pages after it ("(LATIN 2006,
# pages 629-640)"), or after "published in", "presented at", "Proc.", "Proceedings of" ("appeared in SODA 2012
# and STACS 2013"): a venue, not the edition of a shared task or challenge ("SemEval 2017")
# (in the bracket, the word before the venue has a surname's shape, not a list's opener: "(COCO,
# ZORBVID 2019 and LVIS)", "(e.g. ZORBATS 2018", "(namely, ZORBATS 2018", "(datasets: QLISS 2015")
# ("[Chen, Proc. ISAAC 2003]": a "Proc." just before the venue is read by _CITING_VERB_BEFORE)
_CITING_IN_BRACKET = re.compile(
    r"(?:et\.?\s*al\.?|(?<![\w.-])(?!(?:[Nn]amely|[Ee]\.g|[Cc]f|[Ss]ee)\b)[A-Z]?[a-z]{2,}[,.])\s*~?\s*\Z"
)
# (before the bracket, two surnames: "Qian and Lu (QUIBS 2009)", "Agarwal, Kaplan, and Sharir (TALG
# 2008)", not two datasets: "on Robust04 and Microblog (ZREC 2011)")
_CITING_BEFORE_BRACKET = re.compile(r"(?:et\.?\s*al\.?|(?<![\w-])[A-Z][a-z]+,?\s+and\s+[A-Z][\w\\'\"{}-]+)\s*~?\s*\Z")
_CITING_VERB_BEFORE = re.compile(
    r"(?:(?:published|presented|appeared|appear|accepted|submitted)\s+(?:in|at|to)\s+(?:the\s+)?"
    r"(?:(?:Proc\.?|[Pp]roceedings)\s*(?:of\s+)?(?:the\s+)?)?|\bProc\.?\\?\s*(?:of\s+)?(?:the\s+)?|\b[Pp]roceedings\s+of\s+(?:the\s+)?)(?:[A-Z]+ \d{4} and )?\Z"
)
_PAGES_AFTER = re.compile(r",\s*(?:pages|pp\.|LNCS|vol\.)")
# ... but a year followed by "shared task", "challenge", "competition" or "track" is an edition,
# even after "submitted to", "presented at" ("our system submitted to the ZORBEVAL 2021 shared task")
_EVENT_AFTER = re.compile(r"\s+(?:[Ss]hared\s+[Tt]asks?|[Cc]hallenges?|[Cc]ompetitions?|[Tt]racks?)\b")


def _cites_a_venue(text: str, start: int, end: int) -> bool:
    """Whether the name and year at ``start:end`` cite a venue.

    >>> t = "by Chen et al. [ISAAC 2003]; (Hajek. CISS 2001); as appeared in PODC 2011; on SemEval 2017 (SemEval 2016)"
    >>> [_cites_a_venue(t, t.index(w), t.index(w) + len(w)) for w in ("ISAAC 2003", "CISS 2001", "PODC 2011", "SemEval 2017", "SemEval 2016")]
    [True, True, True, False, False]
    """
    lo = max(0, start - 80)
    if _EVENT_AFTER.match(text, end):
        return False
    if _CITING_VERB_BEFORE.search(text, lo, start) or _PAGES_AFTER.match(text, end):
        return True
    opened = max(text.rfind("(", lo, start), text.rfind("[", lo, start))
    if opened < 0 or max(text.rfind(")", opened, start), text.rfind("]", opened, start)) > opened:
        return False
    if text[opened + 1 : start].strip():
        return _CITING_IN_BRACKET.search(text, opened + 1, start) is not None
    return _CITING_BEFORE_BRACKET.search(text, lo, opened) is not None


_NAMING_HINTS = frozenset(("called", "named", "dubbed", "termed", "coined", "namely", "denoted", "referred"))
_PROPOSE_HINTS = frozenset(
    ("propose", "introduce", "present", "develop", "design", "build", "release", "construct",
     "create", "curate", "contribute", "offer", "call", "name", "dub", "term", "proposes",
     "introduces", "presents", "develops", "designs", "builds", "releases", "constructs",
     "creates", "curates", "contributes", "offers", "calls", "names", "dubs", "terms",
     "proposed", "introduced", "presented", "developed", "designed", "built", "released",
     "constructed", "created", "curated", "contributed", "offered", "called", "named", "dubbed",
     "termed", "devise", "devises", "devised")
)  # fmt: skip
_DATASET_CUE_WORDS = ("dataset", "benchmark", "corpus", "suite", "leaderboard", "test set", "testbed")


def _cue_positions(st: DocState) -> list[int]:
    """Sorted offsets of dataset words ("dataset", "benchmark", ...) in the text.

    One ``str.find`` loop per word (faster than one scan with a regex alternation, which
    Python's engine tries word by word at every character), shared with
    :func:`_before_dataset_words` through :meth:`DocState.cue_offsets`.
    """
    out = []
    # ("database" only here and in _DATASET_AFTER, credited to its makers: "the Zorb-C database by
    # Kelp et al." is a data set; "the NoSQL database", "XML databases" are kinds of system)
    for cue in _DATASET_CUE_WORDS + ("data set", "challenge", "competition", "split", "collection", "database"):
        out += st.cue_offsets(cue)
    out.sort()
    return out


class _LazyCues:
    """:func:`_cue_positions` of a text, found on first use: in most documents no candidate
    reaches the test of :func:`_context_label` that needs them (14 scans of the text)."""

    __slots__ = ("st", "positions")

    def __init__(self, st: DocState) -> None:
        self.st = st
        self.positions: list[int] | None = None

    def get(self) -> list[int]:
        if self.positions is None:
            self.positions = _cue_positions(self.st)
        return self.positions


def _before_dataset_words(text: str, st: DocState, start: int):
    """Matches of ``_BEFORE_DATASET_WORD`` near each dataset word (no full-text scan)."""
    seen = set()
    for cue in _DATASET_CUE_WORDS:
        nxt = start  # (the occurrences from start on that do not overlap the one before)
        for i in st.cue_offsets(cue):
            if i < nxt:
                continue
            nxt = i + len(cue)
            w0 = max(start, i - 60)
            for m in _BEFORE_DATASET_WORD.finditer(text, w0, min(len(text), i + len(cue) + 1)):
                if m.start(1) not in seen:
                    seen.add(m.start(1))
                    yield m


_PROPOSAL_SENTENCE = re.compile(
    r"\b(?:propos\w*|introduc\w*|present\w*|develop\w*|we|our|this (?:paper|work))\b", re.I
)


# "This paper introduces the Transformer, an architecture that ...": a known name the
# paper introduces and defines is its own (a known name merely used is not)
_DEFINING_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:architecture|model|method|network|framework|"
    r"algorithm|approach|technique|system)\b"
)


# words left by LaTeX macros that stand for the paper's own name ("\\name", "\\ModelName",
# "\\ourmodel", "\\papertitlenospace", "\\modelnameshort"): a kind word + "name"/"title" (+ any
# suffix the author chose), or "our"/"OUR" + a kind word ("\\ourModel", "\\OURNET"; "OurNet" is
# a coined CamelCase name); in lower case only, a short prefix + "name" or a bare kind
# abbreviation ("\\mname", "\\workname", "\\sys", "\\alg", "\\arch": "we propose sys, a ...")
_MACRO_KIND = rf"(?:{_METHOD_KINDS}|system|sys|algo?|tool|data(?:set)?|paper|net)"
_MACRO_NAME = re.compile(rf"name|ours|(?:our|the)?{_MACRO_KIND}(?:name|title)[a-z]*|(?-i:our|OUR){_MACRO_KIND}s?"
                         r"|(?-i:[a-z]{1,8}name|sys|algo?|arch)", re.I)


@lru_cache(maxsize=65536)
def _macro_name(surface: str) -> bool:
    """Whether a name is a macro word (``_MACRO_NAME``; cached: names recur, and the
    case-blind alternation costs 1.7 us a name)."""
    return _MACRO_NAME.fullmatch(surface) is not None


# pieces of the names authors give stand-in macros: "\\KBName", "\\PAPERTITLE",
# "\\DetectionDataset", "\\Mnasfpnnospace"; "model" in a lower-case word or as a camel piece
# ("\\basemodel", "\\modelInTable", "\\baseModel"; not "\\ModelNet"); a link as the last part
# after a word ("\\websiteURL", "\\codeurl"; not "\\CURL", "\\eurlex"); and a short tail after a
# lower-case letter: "\\GAENetFull", "\\methodTag", "\\schedlongname"
_STAND_IN_PART = re.compile(r"(?i:name|title|method|dataset|nospace|spelledout)|model|(?<=[a-z])Model|MODEL"
                            r"|(?<=[A-Za-z]{3})(?i:url|href)$|(?<=[a-z])(?:Full|Short|Long|Abbrev|Acr|Tag)$")
# the handles authors give their own work: "\\ourscheme", "\\oursfull", "\\ourprotocol",
# "\\ourSDE"; "\\xnet" (not "\\xtreme", "\\xorshift": names)
_OWN_HANDLE = re.compile(rf"our[a-z]+|ours?[A-Z][A-Za-z]*|x(?:{_MACRO_KIND})")


@lru_cache(maxsize=4096)
def stand_in_macro(word: str) -> bool:
    """Whether the word an unknown LaTeX macro left stands in for a name the abstract does not
    spell (its author's handle for it), rather than spelling one as a readable word: a macro
    word (``_MACRO_NAME``: "ours", "modelname", "sys"), a bare kind word ("model", "dataset"),
    an own handle ("ourscheme", "xnet"), a handle word ("short", "Arch", "ia"), a word with a
    stand-in's piece ("KBName", "GAENetFull", "websiteURL"), or a lower-case word with capitals in it ("ourM", "sArt",
    "modelInTable"). Names the lexicons know in any case ("\\bert", "\\imagenet", "\\roBERTa",
    "\\adamW"), camel words on a name's piece ("\\sciBERT", "\\nnUNet", "\\deepLab") and other
    readable words ("\\SoccerNet", "\\sparsegpt", "\\CTL", "\\CURL", "\\ModelNet") are names as
    written (the annotation guidelines keep them).

    >>> [w for w in ("ourM", "sArt", "modelInTable", "websiteURL", "KBName", "GAENetFull", "ours",
    ...     "OURS", "model", "mname", "ourscheme", "xnet", "basemodel", "bert", "imagenet", "SoccerNet",
    ...     "sparsegpt", "CTL", "kNN", "drop", "iBOT", "CURL", "ModelNet", "eurlex", "roBERTa", "sciBERT",
    ...     "nnUNet", "deepLab", "graphSAGE", "adamW", "sdDNNF", "xtreme", "short", "dplshort", "Arch", "ia")
    ...     if stand_in_macro(w)]
    ['ourM', 'sArt', 'modelInTable', 'websiteURL', 'KBName', 'GAENetFull', 'ours', 'OURS', 'model', 'mname', 'ourscheme', 'xnet', 'basemodel', 'short', 'dplshort', 'Arch', 'ia']
    """
    if lookup_label(word) is not None:
        return False
    if (_macro_name(word) or _MACRO_KIND_WORD.fullmatch(word) is not None or _OWN_HANDLE.fullmatch(word)
            or _HANDLE_WORD.fullmatch(word)):
        return True
    if lookup_label_any_case(word) is not None:
        return False
    return _STAND_IN_PART.search(word) is not None or (
        _CAMEL_HANDLE.fullmatch(word) is not None and _CAMEL_NAME.fullmatch(word) is None
    )


_MACRO_KIND_WORD = re.compile(rf"(?i:{_MACRO_KIND}|proposed|our)")
# handles authors give a macro for a name they print otherwise: a word for the role or form of
# the name ("\\short", "\\dplshort", "\\self", "\\task", "\\sampler", "\\Arch"), a filler
# ("\\xxx"), or one or two lower-case letters ("\\ia" for (IA)^3): round 32 found each
# read as the paper's name from a title or "we present" once macro words could be names
_HANDLE_WORD = re.compile(r"(?i:self|short|long|task|sampler|arch|x{3,})|[a-z]{2,8}(?:short|long)|[a-z]{1,2}"
                          r"|protocol|scheme|module|attack|eval")
# (a lower-case kind word, "\\protocol", "\\scheme", "\\eval", names nothing as written; the
# capitalised "\\EVAL" of an algorithm called EVAL does)
# a lower-case word with capitals in it, as TeX macro names are written ("ourM", "sArt",
# "websiteURL", "classNP", "ccNP"); not one lower-case letter before capitals, or two before
# three or more, a real names' shape ("kNN", "mBART", "iBOT", "xLSTM", "sdDNNF")
_CAMEL_HANDLE = re.compile(r"(?![a-z][A-Z0-9]+$|[a-z]{2}[A-Z][A-Z0-9]{2,}$)[a-z]+[A-Z][A-Za-z]*")
# a camel word whose capitals begin a known name's piece is a name ("sciBERT", "deBERTa",
# "nnUNet", "mobileNet", "deepLab", "graphSAGE", "bioGPT")
_CAMEL_NAME = re.compile(r"[a-z]+(?:BERT|U?Net|Lab|SAGE|GPT|GAN|Former|LSTM|CNN|RNN|ViT|VAE)[A-Za-z0-9]*")


def stand_in_spans(text: str, macros: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    r"""The spans of ``macros`` (unknown macros' words, :attr:`kg.model.Paper.macros`) whose
    word stands in for a name (:func:`stand_in_macro`); and, in a text given with its LaTeX
    still in it (a Paper built through the API from source), every such "\word".

    >>> t = r"We propose ourM and \sArt{} on \textsc{COCO} and bert."
    >>> [t[a:b] for a, b in stand_in_spans(t, [(11, 15), (47, 51)])]
    ['ourM', '\\sArt']
    """
    found = [(a, b) for a, b in macros if 0 <= a < b <= len(text) and _stands_in(text, text[a:b], b)]
    if "\\" in text:
        found += [m.span() for m in _RAW_MACRO.finditer(text) if _stands_in(text, m.group(1), m.end())]
    return tuple(sorted(found))


_RAW_MACRO = re.compile(r"\\([A-Za-z]+)")


def title_handle_spans(text: str, macros: Sequence[tuple[int, int]],
                       stand_ins: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    r"""``stand_ins`` and the spans of a macro word the abstract introduces as the paper's work
    ("We present \far{}", "a method dubbed \fti", "our approach, \VSEpp") when the title names
    the work otherwise in its "Name:" prefix ("Far3D: ...", "FaceDancer: ..."): the word is the
    author's handle for that name, printed as the title prints it.

    >>> t = "Zorb3D: Seeing Far\n\nWe propose a detector dubbed zorb. zorb beats petr."
    >>> [t[a:b] for a, b in title_handle_spans(t, [(49, 53), (55, 59), (66, 70)], ())]
    ['zorb', 'zorb']
    """
    title_end = text.find("\n\n")
    colon = text.find(":", 0, title_end) if title_end > 0 else -1
    prefix = text[:colon].strip() if colon > 0 else ""
    if not prefix or " " in prefix or _genre_word(prefix) or any(a < colon for a, _ in macros):
        return stand_ins
    key = _folded(prefix)
    handles = {text[a:b] for a, b in macros if a > title_end and (a, b) not in stand_ins
               and _folded(text[a:b]) != key and _OWN_WORK_BEFORE.search(text, max(title_end, a - 40), a)
               and _NAME_ENDS.match(text, b) and not _MEASURE_OR_DATA_KIND.search(text, max(title_end, a - 40), a)
               and not _OTHERS_WORK_BEFORE.search(text, _phrase_start(text, max(title_end, a - 40), a), a)
               and not _DATA_OR_MEASURE_AFTER.match(text, b)}
    if not handles:
        return stand_ins
    return tuple(sorted({*stand_ins, *((a, b) for a, b in macros if text[a:b] in handles)}))


# the words before a name the paper gives its own work: "we present / propose / introduce X",
# "(a method) named / dubbed / called X", "the proposed X", "our approach, X"
_OWN_WORK_BEFORE = re.compile(r"(?:\b(?:present|propose|introduce|named|dubbed|called|termed|proposed)s?"
                              rf"|\bour (?:[\w-]+ )?(?:{_METHOD_KINDS}|system),)\s*$", re.I)


# a name ends before punctuation ("we present \\far{}, which"), not before the words of a
# phrase it modifies ("we propose \\aatrous spatial pyramid pooling": a word, "à trous");
# and a measure or a dataset the paper introduces is no handle of the work the title names
_NAME_ENDS = re.compile(r"\s?[,.;:()]")
_MEASURE_OR_DATA_KIND = re.compile(r"\b(?:metric|measure|score|dataset|benchmark|corpus)\b", re.I)
# ... nor one the paper names after it ("we also introduce \quillbench, a new detection
# benchmark"); and a name given to others' work is none ("the recently proposed \petr,", "a
# strong baseline called \petr,", "previous work proposed \petr.")
_DATA_OR_MEASURE_AFTER = re.compile(r"\s?(?:\{\})?,\s(?:an?|the)\s[^,.;()]{0,60}?"
                                    r"\b(?:metric|measure|score|dataset|benchmark|corpus)s?\b", re.I)
# (in the macro's clause: "Unlike prior work, we present \zorb," names the work)
_OTHERS_WORK_BEFORE = re.compile(r"\b(?:baselines?|recently|previous(?:ly)?|prior|existing|earlier|unlike|against|compared?)\b",
                                 re.I)


def _genre_word(prefix: str) -> bool:
    """Whether a title's "Prefix:" is a common word written plain, naming the paper's genre
    ("Position: ...", "Survey: ..."), not its work ("MultiPath: ...", "Zorb3D: ...")."""
    return prefix[1:].islower() and prefix.lower() in common_words()


def _phrase_start(text: str, lo: int, at: int) -> int:
    """Where the phrase ending at ``at`` starts, not before ``lo``: after the last comma,
    semicolon or full stop between them."""
    return max(lo, *(text.rfind(p, lo, at) + 1 for p in ",;."))


def _folded(name: str) -> str:
    """A name's letters and digits, lower-case and without accents ("Itihāsa" -> "itihasa")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if ch.isalnum() and ch.isascii())


_DIGITS_AFTER = re.compile(r"(?:\{\})?\s?(\d+)\b")


def _stands_in(text: str, word: str, end: int) -> bool:
    """:func:`stand_in_macro`, unless the word and the digits after it are a name the lexicons
    know ("\\ModelNet{}40": "ModelNet40"), or the word is a one- or two-letter abbreviation the
    text spells as a word: glued to digits ("\\ft176", a version) or modifying a lower-case
    noun ("the \\io complexity", "the \\kv problem"; not "\\ia that scales", "\\vp also"), unless
    glued to the word before ("R\\at100": recall at 100)."""
    if not stand_in_macro(word):
        return False
    if len(word) <= 2 and word.islower() and not text[end - len(word) - 1 : end - len(word)].isalnum():
        after = _SHORT_ABBREVIATION_AFTER.match(text, end)
        if after is not None and (after.group(1) is None or _modified_noun(text, after.group(1), end - len(word))):
            return False
    digits = _DIGITS_AFTER.match(text, end)
    return digits is None or lookup_label_any_case(word + digits.group(1)) is None


# what follows a short abbreviation written as a word: digits glued to it, or a lower-case
# word of four or more letters (a noun it modifies, unless a clause word: see _CLAUSE_WORDS)
_SHORT_ABBREVIATION_AFTER = re.compile(r"\d|[ -](?!ifa)([a-z]{4,})\b")
# (a determiner or preposition before the word: "with \\vp prompts", "the \\kv caches")
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|of|with|for|on|in|by|and|or|to|from|via|using)\s$", re.I)


def _modified_noun(text: str, after: str, start: int) -> bool:
    """Whether ``after``, the lower-case word after a short abbreviation at ``start``, is a noun
    it modifies ("the \\io complexity"), not the verb or adverb of a clause it is the subject of
    ("\\ia learns", "\\ia consistently beats", "\\ia that scales"): a verb's shape in -s is
    a plural noun only after a determiner or preposition ("with \\vp prompts")."""
    if after in _CLAUSE_WORDS or after.endswith("ly"):
        return False
    return not N.looks_like_verb_s(after) or _NOUN_PHRASE_BEFORE.search(text, max(0, start - 8), start) is not None


_CLAUSE_WORDS = frozenset("""that which also then when where while thus into from with than
    were have does achieves achieve reaches uses scales speeds contains improves outperforms
    provides allows enables performs""".split())


def stand_in_mentions(text: str, spans: Sequence[tuple[int, int]],
                         mentions: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """The ``mentions`` whose name holds a stand-in macro's word (``spans``, from
    :func:`stand_in_spans`): "ourM", "modelInTable-Tiny" name no method, dataset, measure or
    task; and apart, those where only the acronym a long form defines is one ("Temporal
    Cross-attention Framework (modelName)"): the long form is the name. (A name a rule gave
    such a word holds no part of it: "\\name" read as the title's name by
    :func:`_named_by_macro` is no stand-in.)

    >>> t = "We propose ourM-Tiny and ourM. Glimmer Net (gNet) wins."
    >>> cs = [Cand(11, 20, METHOD, "name", 0.7), Cand(25, 29, METHOD, "name", 0.7),
    ...       Cand(31, 42, METHOD, "acronym", 0.7, short=(44, 48))]
    >>> for c in cs: c.name = t[c.start : c.end]
    >>> cs[2].name = "Glimmer Net (gNet)"
    >>> [[c.name for c in found] for found in stand_in_mentions(t, [(11, 15), (25, 29), (44, 48)], cs)]
    [['ourM-Tiny', 'ourM'], ['Glimmer Net (gNet)']]
    """
    starts, ends = [a for a, _ in spans], [b for _, b in spans]  # (sorted, and apart: words)

    def holds(a: int, b: int, name: str) -> bool:
        return any(text[starts[i] : ends[i]].lstrip("\\").lower() in name
                   for i in range(bisect.bisect_right(ends, a), bisect.bisect_left(starts, b)))

    stand_ins, short_only = [], []
    for c in mentions:
        name = c.name.lower()
        if holds(c.start, c.end, name):
            stand_ins.append(c)
        elif c.short and holds(*c.short, name):
            short_only.append(c)
    return stand_ins, short_only


def _named_by_macro(text: str, mentions: list[Cand]) -> list[Cand]:
    """A macro word standing for the paper's name ("we propose \\name") is the title's name
    when the title has one ("Uni-Mol+: ..."), else no name at all.

    >>> [bool(_MACRO_NAME.fullmatch(w)) for w in ("ModelName", "ourmodel", "papertitlenospace",
    ...     "methodNameFull", "ourdata", "name", "Named", "Paper", "ourselves", "NameNet", "OurNet", "OURNET",
    ...     "mname", "sys", "SYS", "Arch")]
    [True, True, True, True, True, True, False, False, False, False, False, True, True, True, False, False]
    """
    title = next((c for c in mentions if c.source == "title" and c.label in (METHOD, DATASET)
                  and not _macro_name(text[c.start : c.end])), None)
    out = []
    for c in mentions:
        if c.label in (METHOD, DATASET) and _macro_name(text[c.start : c.end]):
            if title is None:
                continue
            c.name, c.label, c.proposed = title.name, title.label, True
        out.append(c)
    return out


_FAMILY_USE_AFTER = re.compile(r"(?:-based|-like|\s+(?:models?|architectures?|language models?|"
                               r"backbones?|variants?))\b", re.I)


def _without_family_transformer(text: str, mentions: list[Cand]) -> list[Cand]:
    """ "Transformers", "Transformer-based models", "Transformer language models" speak of the
    family (not a method, per the annotation guidelines); a paper that only writes the word
    so does not name the Transformer architecture."""
    uses = [c for c in mentions if c.label == METHOD and text[c.start : c.end].lower() in ("transformer", "transformers")]
    if uses and all(text[c.end - 1] in "sS" or _FAMILY_USE_AFTER.match(text, c.end) for c in uses):
        return [c for c in mentions if c not in uses]
    return mentions


_OWN_TRANSFORMER = re.compile(r"(?i)\w[\w-]*\s+transformers?\b|(?<=[a-z\d])(?<!ns)formers?\b")


# "the Transformer", "the vanilla Transformer": the cited architecture itself, which the
# guidelines list as a method (not "the Transformer-based ...": the family)
_THE_TRANSFORMER = re.compile(r"(?:\b[Tt]he|\b(?:vanilla|original|standard|canonical))\s+$")
# ("the Transformer decoder": a part of the paper's own model)
_MODEL_PART_AFTER = re.compile(r"\s+(?:encoders?|decoders?|modules?|blocks?|layers?)\b")


@lru_cache(maxsize=65536)
def _own_transformer(name: str) -> bool:
    """Whether a name is a Transformer of its own (``_OWN_TRANSFORMER``; cached: names recur,
    and the case-blind pattern is tried at each character of the name)."""
    return _OWN_TRANSFORMER.search(name) is not None


def _without_base_transformer(text: str, mentions: list[Cand]) -> list[Cand]:
    """The bare "Transformer" in a paper that proposes its own Transformer ("Lawin Transformer",
    "MossFormer", "a Unet-like pure Transformer") is the family that variant builds on, not a
    method the annotators list; unless the paper names the architecture itself ("the
    Transformer", "the vanilla Transformer").

    >>> [bool(_OWN_TRANSFORMER.search(n)) for n in ("Size-Aware Transformer (SAT)", "Earthformer",
    ...     "Transformer", "Transformer-XL", "transformer-based retrieval")]
    [True, True, False, False, False]
    """
    if not any(c.label == METHOD and c.proposed and _own_transformer(c.name) for c in mentions):
        return mentions
    bare = [c for c in mentions
            if c.label == METHOD and not c.proposed and c.name.lower() in ("transformer", "transformers")]
    if any(text[c.end - 1] not in "sS" and not _FAMILY_USE_AFTER.match(text, c.end)
           and not _MODEL_PART_AFTER.match(text, c.end) and _THE_TRANSFORMER.search(text, max(0, c.start - 12), c.start) for c in bare):  # fmt: skip
        return mentions
    return [c for c in mentions if c not in bare]


# an architecture family written out ("a convolutional neural network", "Graph Neural Networks",
# "a lightweight generative adversarial network, named X",
# "deep recurrent neural networks (DRNNs)", "a multi-layer perceptron") or by its acronym: the
# guidelines' generic family; a coined acronym ("Recurrent Neural Network (ReNet)") is a name
_FAMILY_ACRONYM = r"D?(?:C|R|G|FF|BR|A)?NNs?|ConvNets?|" + "|".join(a + "s?" for a in N.FAMILY_ACRONYMS)
_NETWORK_FAMILY = re.compile(r"(?:(?:(?:deep|bidirectional)\s+)?(?:(?:convolutional|recurrent|graph|artificial|"
                             r"feed-?forward|deep)\s+)?neural\s+networks?|multi-?layer\s+perceptrons?|"
                             r"generative\s+adversarial\s+networks?)"
                             rf"(?:\s+\((?:{_FAMILY_ACRONYM})\))?|{_FAMILY_ACRONYM}", re.I)


# a training objective named by its kind alone: "we propose a new loss function", "the
# pretraining objective", "an unsupervised loss function" say what the thing is, not which
# one ("triplet loss", "focal loss" and "contrastive loss" name one: their modifier is no
# word of this set)
_BARE_OBJECTIVE = re.compile(
    r"(?:(?:new|novel|unsupervised|supervised|training|pre-?training|total|overall|joint|auxiliary|"
    r"final|approximate|loss|cost|reward|objective)\s+)*(?:loss(?:es)?|functions?|objectives?)"
)


def _without_bare_objectives(text: str, mentions: list[Cand], proposed: list[str]) -> list[Cand]:
    """Drop the methods that only name a kind of objective ("loss function", "objective
    function", "pretraining objective"), whatever found them, and such names from ``proposed``.

    >>> [bool(_BARE_OBJECTIVE.fullmatch(n)) for n in ("loss function", "pretraining objective",
    ...     "unsupervised loss function", "triplet loss", "focal loss", "hinge loss")]
    [True, True, True, False, False, False]
    """
    proposed[:] = [p for p in proposed if not _bare_objective(p)]
    return [c for c in mentions if not (c.label == METHOD and _bare_objective(c.name or text[c.start : c.end]))]


_FINAL_BRACKET = re.compile(r"\s*\([^()]*\)$")


@lru_cache(maxsize=65536)
def _bare_objective(name: str) -> bool:
    """Whether a name, without a final bracket, names a kind of objective only (cached:
    names recur)."""
    return _BARE_OBJECTIVE.fullmatch(_FINAL_BRACKET.sub("", name).lower()) is not None


def _without_network_families(mentions: list[Cand]) -> list[Cand]:
    """Drop the unproposed methods that are an architecture family.

    >>> [bool(_NETWORK_FAMILY.fullmatch(n)) for n in ("deep convolutional neural networks (DCNN)",
    ...     "Multi-Layer Perceptron", "ConvNets", "Recurrent Neural Network (ReNet)",
    ...     "Siamese neural network", "graph convolutional network",
    ...     "generative adversarial networks (GANs)", "Multi-scale Generative Adversarial Network")]
    [True, True, True, False, False, False, True, False]
    """
    return [c for c in mentions if not (c.label == METHOD and not c.proposed and _network_family(c.name))]


@lru_cache(maxsize=65536)
def _network_family(name: str) -> bool:
    """Whether a name is an architecture family (``_NETWORK_FAMILY``; cached: names recur)."""
    return _NETWORK_FAMILY.fullmatch(name) is not None


def _without_spelled_out_names(text: str, mentions: list[Cand]) -> list[Cand]:
    """A name with its long form after it in brackets ("LongProc (Long Procedural
    Generation)") is one thing: the long form is not listed again as a name of its own."""
    drop = {id(b) for a, b in zip(mentions, mentions[1:], strict=False)
            if b.source == "titlecase" and text[a.end : b.start] == " (" and text[b.end : b.end + 1] == ")"
            and N.spells(text[a.start : a.end], text[b.start : b.end])}  # fmt: skip
    # anywhere else, a title-case run spelling the paper's own name is that name written
    # out ("SHViT: Single-Head Vision Transformer ...", "Math-PUMA, a methodology focused on
    # Progressive Upward Multimodal Alignment"), not a second method
    own = {p for c in mentions if c.source == "title" and c.label in (METHOD, DATASET)
           for p in _name_parts(text[c.start : c.end])}  # fmt: skip
    if own:
        drop |= {id(c) for c in mentions if c.source == "titlecase" and c.label == METHOD
                 and any(N.spells(p, text[c.start : c.end]) for p in own)}  # fmt: skip
    return [c for c in mentions if id(c) not in drop] if drop else mentions


def _name_parts(name: str) -> list[str]:
    """A one-word name and its hyphenated parts in capitals, which an acronym may spell:
    "Math-PUMA" -> ["Math-PUMA", "PUMA"]; a phrase gives none."""
    if " " in name:
        return []
    return [name] + [p for p in name.split("-")[1:] if len(p) >= 3 and p.isupper()]


_ACRONYM_IN_NAME = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=65536)
def _unbracketed(name: str) -> str:
    """A name without its bracketed acronyms ("video object segmentation (VOS)"): several
    passes ask it of the same names (cached across documents: names recur)."""
    return _ACRONYM_IN_NAME.sub("", name)


_ACRONYM_AFTER_TASK = re.compile(r"\s*\(([A-Z][A-Z-]{1,7})\)")
# a data noun naming it: "a dataset called OVIS", "... Reasoning dataset (GD-VCR)"
_DATA_NOUN_NAMING = re.compile(r"\b(?:dataset|benchmark|corpus|suite)\s*(?:called|named|dubbed)?\s*[(,]?\s*$")


def _named_as_data(text: str, surface: str) -> bool:
    return any(_DATA_NOUN_NAMING.search(text, max(0, i - 30), i) for i in whole_occurrences(text, surface, "-"))


def _initialisms_of_tasks(text: str, mentions: list[Cand]) -> None:
    """An undefined upper-case name spelling the initials of a task of the text abbreviates
    that task, not a method or dataset ("semi-supervised VOS" where the text says "video
    object segmentation", "11 STR benchmarks" where it says "scene text recognition"): it
    is dropped (the task is listed under its long form)."""
    # the short upper-case names first: most texts have none, and then no initials are needed
    # (and a dataset only the derived lexicons know: they hold task acronyms, "SSC", "ASQP")
    upper = [c for c in mentions if (c.source in ("name", "context") and c.label in (METHOD, DATASET)
                                     or c.source == "lexicon" and c.derived and c.label == DATASET)
             and 2 <= c.end - c.start <= 6 and text[c.start : c.end].isupper()]  # fmt: skip
    if not upper:
        return
    # (a task written with its acronym, "zero-shot composed image retrieval (ZS-CIR)", by
    # the words of its long form)
    initials = {N.word_initials(_unbracketed(c.name)): c.name
                for c in mentions if c.label == TASK and c.name and " " in c.name}  # fmt: skip
    # (and an acronym defined inside a task's words abbreviates part of that task:
    # "Human-Object Interaction (HOI) detection", then "an HOI representation")
    for c in mentions:
        if c.label == TASK and text.find("(", c.start, c.end) >= 0:
            for m in _ACRONYM_IN_NAME.finditer(text, c.start, c.end):
                initials.setdefault(m.group().strip(" ()").lower().replace("-", ""), c.name)
    # (a derived lexicon's dataset, also when written right after a task, spelling its last
    # words: "3D Semantic Scene Completion (SSC)"; names so written are often the paper's
    # own module or dataset, "temporal context modeling (TCM) blocks")
    lexicon_initials = dict(initials)
    for c in mentions:
        after = _ACRONYM_AFTER_TASK.match(text, c.end) if c.label == TASK else None
        if after and N.word_initials(text[c.start : c.end]).endswith(after.group(1).lower().replace("-", "")):
            lexicon_initials.setdefault(after.group(1).lower().replace("-", ""), c.name)
    if not lexicon_initials:
        return
    # (but a name defined name-first, "LATS (Language Agent Tree Search), a framework",
    # is the method its long form names, wherever else those words stand)
    coined = {text[c.start : c.end].lower().replace("-", "") for c in upper if _long_form_after(text, c)}
    for c in upper:
        short = text[c.start : c.end].lower().replace("-", "")
        if short in (lexicon_initials if c.source == "lexicon" else initials) and short not in coined and not (
                c.source == "lexicon" and _named_as_data(text, text[c.start : c.end])):  # fmt: skip
            c.label = None  # its task is already listed under the long form
    for c in mentions:
        if coined and c.label == TASK and c.name and " " in c.name and N.word_initials(
                _unbracketed(c.name)) in coined:  # fmt: skip
            c.label = None


# "existing ReID methods", "the RVOS task", "DG problems": the short name is a kind of work
_KIND_OF_WORK_AFTER = re.compile(r" (?:methods|tasks?|problems)\b(?! (?:instances?|suites?|sets?|data|splits?)\b)")
_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]+(?:-[A-Za-z]+)?")


def _kind_of_work_starts(text: str) -> list[int]:
    """Where ``_KIND_OF_WORK_AFTER`` matches in ``text`` (its literal words found by str.find)."""
    out = []
    for noun in (" methods", " task", " problems"):
        i = text.find(noun)
        while i >= 0:
            if _KIND_OF_WORK_AFTER.match(text, i):
                out.append(i)
            i = text.find(noun, i + 1)
    return out


def _word_before(text: str, end: int) -> str:
    """The run of word characters and hyphens that ends at ``end`` (what follows there is a
    space): a word of letters and at most one inner hyphen (``_ABBREVIATION``) is written
    whole right before ``end`` (no word character nor hyphen before it) when it is this run.

    >>> t = "the RVOS task and re-ID methods"
    >>> _word_before(t, t.index(" task")), _word_before(t, t.index(" methods"))
    ('RVOS', 're-ID')
    """
    i = end
    while i and (text[i - 1].isalnum() or text[i - 1] in "_-"):
        i -= 1
    return text[i:end]


def _abbreviations_of_tasks(text: str, mentions: list[Cand], acr_labels: dict) -> None:
    """An undefined abbreviation the text writes before "methods", "task(s)" or "problems"
    names a task or a field ("ReID methods", "the RVOS task", "DG problems"), or a family
    ("GNN methods"), not one method or dataset: its mentions are dropped. One the lexicon
    or a definition types is kept; "algorithms" is no cue ("the FGLM algorithms" are one
    algorithm's variants).

    >>> t = "Existing ReID methods use Zorb. Zorb beats ReID baselines on the ZB-1 task."
    >>> ms = [Cand(m.start(), m.end(), METHOD, "name", 0.7) for m in re.finditer(r"ReID|Zorb|ZB-1", t)]
    >>> _abbreviations_of_tasks(t, ms, {})
    >>> sorted({t[c.start:c.end] for c in ms if c.label})
    ['ZB-1', 'Zorb']
    """
    # the words written whole before a kind-of-work noun: found once, for the first name to
    # test (most documents have none), and each name looked up there first (the cheapest test)
    before: set[str] | None = None
    seen: dict[str, bool] = {}
    for c in mentions:
        if c.label not in (METHOD, DATASET) or c.source not in ("name", "context", "rare") or c.proposed:
            continue
        surface = text[c.start : c.end]
        if surface not in seen:
            if before is None:
                before = {_word_before(text, k) for k in _kind_of_work_starts(text)}
            seen[surface] = (
                surface in before
                and _ABBREVIATION.fullmatch(surface) is not None
                and acr_labels.get(surface) not in (METHOD, DATASET)
                and lookup_label(surface) is None
            )  # fmt: skip
        if seen[surface]:
            c.label = None


_BARE_GAPS = frozenset(("", "the", "a", "an"))
# "we propose a novel model for Tracking Any Point (TAP)", "preference distillation via
# DPO", "a variant of SIFT", "two metrics that are analogous to MaxFlow": a name after a
# preposition or inside a relative clause is what the proposal is for, of or built on, not
# what it is called ("a family of", "we propose to", "in this paper" excepted)
_GAP_PREPOSITION = re.compile(
    r"(?<![\w-])(?<!family )(?<!series )(?<!suite )(?:for|of|on|via|with|by|from|into|using|over|than|"
    r"through|towards?|across|under|within|between|that|which|in(?! this (?:paper|work|study))|"
    r"(?<=\w )to)(?![\w-])"
)
# a capitalised long form at the end of a gap ("Learning to Stop (" before "L2Stop")
_TRAILING_LONG_FORM = re.compile(r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|to|of|for|with|and|in|on|by))*\s*\(?\s*$")


def _gap_before_name(gap: str) -> str:
    """The gap without a long form that ends it: its words ("we propose Learning to Stop
    (L2Stop)") are no preposition before the name.

    >>> _gap_before_name("a novel model for Tracking Any Point (")
    'a novel model for '
    """
    m = _TRAILING_LONG_FORM.search(gap)
    return gap[: m.start()] if m else gap


_OUR_BEFORE = re.compile(r"\b(?:[Oo]ur(?:\s+proposed)?|[Tt]he\s+proposed)\s+$")
# "our (proposed) [words] framework X": the paper calls the name its own kind of work
_OUR_KIND_BEFORE = re.compile(
    r"\b(?:[Oo]ur|[Tt]he\s+proposed)\s+(?:(?!previous|prior|earlier)[\w-]+\s+){0,2}?"
    rf"(?:{_METHOD_KINDS}|system|network|solution|tool|agent|pipeline|module)s?,?\s+$"
)
_ENDS_NAME = re.compile(r"\s*(?:[,.;:(]|$|\s(?:which|that|to|for|as|and)\b)")
# "we introduce curriculum learning to alleviate ...": a known name used for a purpose
_USED_TO = re.compile(r"\s+to\s")
# "an SE-ResNeXt inspired block", "a seq2seq pre-training approach", "the PAT metric": words
# and a head after the name make it a modifier of the thing proposed
_MODIFIES_HEAD = re.compile(
    r"\s+(?:(?!(?:a|an|the|as|to|for|of|with|in|on|and|or|is|are|that|which)\s)[a-z][\w-]*\s+){1,2}(?:approach|method|framework|model|network|architecture|block|module|"
    r"structure|layer|metric|setting|task|loss|mechanism|strategy|scheme|pipeline)s?\b"
)


def _modifies_head(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies what follows it: a hyphen ("CLIP-based") or
    words and a head (``_MODIFIES_HEAD``)."""
    return text.startswith("-", end) or _MODIFIES_HEAD.match(text, end) is not None


# "we present X, a massive ... dataset", "X dataset that ...", "two novel datasets, X and Y"
_DATASET_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?|\s+)(?:dataset|benchmark|corpus|data set)\b"
)


# the end of a gap that calls the name after it data: "a new dataset, ", "a novel
# fine-grained dataset and benchmark, the "
_DATA_KIND_BEFORE = re.compile(r"\b(?:dataset|benchmark)\s*,(?:\s*the)?\s*$")


def _gap_calls_data(gap: str) -> bool:
    """Whether ``gap``, between a proposal verb and a name, ends calling the name data ("a
    large-scale dataset, ", "a new benchmark, the "): the kind is the gap's own noun, not the
    object of a preposition ("a strong baseline for this benchmark, ZorbNet": a method)."""
    return _DATA_KIND_BEFORE.search(gap) is not None and _GAP_PREPOSITION.search(gap) is None


def _retype_as_data(text: str, c: Cand, mentions: list[Cand]) -> None:
    """The name the text calls data in apposition ("we introduce a large-scale dataset,
    Video Depth in the Wild (VDW), which ...") is a dataset, with each method mention of it
    or of its acronym: the typing read it a method, and its results would go to it."""
    forms = {name_key(c.name), name_key(text[c.start : c.end])}
    if c.short:
        forms.add(name_key(text[c.short[0] : c.short[1]]))
    for o in mentions:
        if o.label == METHOD and (o is c or name_key(text[o.start : o.end]) in forms):
            o.label = DATASET


def _kind_then_name(gap: str, c: Cand) -> bool:
    """Whether ``gap``, between a proposal verb and the name ``c``, says what the name is: "a
    new benchmark, ", "a simple framework, the ". After "the" only a gap without a
    preposition ("a new variant of a classic model, the Zorb Machine": the name is what the
    variant is of), and no name with its acronym defined ("a new architecture, the Zorbic
    Attention Transformer (ZAT),"): that one is the paper's own when the text uses the
    acronym again (:func:`_mark_proposal_acronym`), as round 19 measured.

    >>> _kind_then_name(" a simple framework, the ", Cand(0, 1, METHOD, "titlecase", 1.0))
    True
    >>> _kind_then_name(" a variant of a known model, the ", Cand(0, 1, METHOD, "titlecase", 1.0))
    False
    """
    m = _KIND_THEN_NAME.fullmatch(gap)
    if m is None or not m.group("the"):
        return m is not None
    return c.source != "acronym" and _GAP_PREPOSITION.search(gap) is None


def _introduced_method(text: str, c: Cand, gap: str, named) -> bool:
    """A method the lexicon knows, after a proposal verb and ``gap``, is the paper's own when
    it ends right there ("We present Mask R-CNN, ..."; "we use BERT" is not a proposal, "we
    present BERT-based X" names X) or the text says what it is ("X, a new architecture");
    and a longer name the text makes of a known one ("a simple framework, the Zorb
    Transformer,": the lexicon lists "Transformer" only) when the gap says what it is."""
    if _DEFINING_APPOSITION.match(text, c.end):
        return True
    if (named or gap.strip().lower() in _BARE_GAPS) and _ENDS_NAME.match(text, c.end):
        return not _USED_TO.match(text, c.end)
    return _kind_then_name(gap, c) and lookup_label(text[c.start : c.end]) is None


def _known_variant_after_the(gap: str, name: str) -> bool:
    """A size or edition of a method the lexicon knows after "the" ("a new architecture, the
    BERT-Large,"): the text names that model, it does not coin it."""
    family = family_of(name)
    return gap.rstrip().endswith(" the") and family is not None and lookup_label(family) is not None


def _introduced_dataset(text: str, c: Cand, gap: str, named) -> bool:
    """A dataset the lexicon knows, right after a proposal verb, is the paper's own when the
    text says what it is ("we present PixelRec, a massive ... dataset", "we introduce
    UCF-QNRF dataset that ...", "we present two novel datasets, PLOS and eLife"): the
    lexicon holds datasets that their own papers introduce."""
    return (
        named is not None or gap.strip().lower() in _BARE_GAPS or _kind_then_name(gap, c)
    ) and (_DATASET_APPOSITION.match(text, c.end) is not None or _kind_then_name(gap, c))


_ENDS_NAME_OR_HEAD = re.compile(_ENDS_NAME.pattern + r"|\s+(?:framework|approach|method|model)\b")
# what follows a name that is the subject of its sentence: a word that is no modifier of a
# noun after it (a verb or an adverb: "achieves", "can", "consistently"; a head is kept too:
# "our SMG module")
_OWN_NAME_SUBJECT = re.compile(r"\s+(?!(?:based|baselines?|and|or|of|for|in|on|with)\b)[a-z]+\b(?!-)")


# "we first discuss X and then propose Y", "this paper examines X and introduces Y": a
# proposal verb coordinated with the main clause of "we" / "this paper" (the verb agrees)
# "and(?<!\wand)" is "\band" written so that the regex engine can skip ahead to "and"
# (seven times faster over an abstract)
_AND_PROPOSE = re.compile(
    r"and(?<!\wand)\s+(?:then\s+|further\s+|also\s+|thus\s+|therefore\s+|finally\s+)?"
    rf"(?:({_COIN_VERBS})|((?:{_COIN_VERBS})s))\b"
)
_WE_SUBJECT = re.compile(r"\b(?:(we)|this (?:paper|work|study))\b")
_SUBORDINATE = re.compile(r"\b(?:that|which|where|whether|how|who)\b|;")


def _coordinated_proposals(text: str, st: DocState) -> list[re.Match]:
    """Proposal verbs after "and" whose subject is the paper's ("we first discuss A and
    then propose B"): the last "we" / "this paper" of the sentence before "and" agrees with
    the verb and no subordinate clause ("we show that models learn and develop") comes between.

    >>> t = "We first discuss the redundancy and then propose GTSP. We show that models learn and develop."
    >>> st = DocState(text=t, low=t.lower(), sentences=[(0, 53), (54, 94)], starts=[0, 54])
    >>> [m.group(1) for m in _coordinated_proposals(t, st)]
    ['propose']
    """
    if " and " not in st.low:
        return []
    out = []
    for m in _AND_PROPOSE.finditer(st.low):
        s0 = st.sentence_span(m.start())[0]
        # the last subject before the verb
        subject = next(reversed(list(_WE_SUBJECT.finditer(st.low, s0, m.start()))), None)
        if (subject is not None and (subject.group(1) is not None) == (m.group(1) is not None)
                and not _subordinate_subject(st.low, subject.end(), m)):  # fmt: skip
            out.append(m)
    return out


# the verbs that name what a paper offers; after "and" they go with the paper's subject even
# past a clause of what it found ("we show that attention is not needed and propose Zim"), but
# not when it offers to use a method ("... and propose to use Zim instead": Zim is not coined)
_OFFER_VERB = re.compile(r"and\s+(?:\w+\s+)?(?:propose|introduce|present)s?\b(?!\s+to\s+(?:use|adopt|apply|employ)\b)")


def _subordinate_subject(low: str, start: int, m: re.Match) -> bool:
    """Whether a subordinate clause between the paper's subject (ending at ``start``) and the
    coordinated verb ``m`` may give the verb another subject ("we show that models learn and
    develop"). "propose", "introduce" and "present" stay the paper's after a clause of what
    it shows or finds ("we find that X fails on Y and propose Z", "we describe how ... and
    propose"): in sota-arxiv about 60 such sentences, their subject is the paper in nearly all.

    >>> t = "we show that attention is not needed and propose zim."
    >>> _subordinate_subject(t, 2, _AND_PROPOSE.search(t))
    False
    >>> t = "we show that models learn and develop skills."
    >>> _subordinate_subject(t, 2, _AND_PROPOSE.search(t))
    True
    """
    return _SUBORDINATE.search(low, start, m.start()) is not None and not _OFFER_VERB.match(low, m.start())


# between names of one list: ", ", " and ", ", and ", a short gloss in brackets before it
# ("we introduce kGym (a platform) and kBench (a dataset)")
_NAME_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)")


def _mark_listed_with(text: str, mentions: list[Cand], marked: list[int]) -> None:
    """The names listed with a name a proposal verb marks are proposed too ("we propose
    Build-a-Graph Prompting and Algorithmic Prompting", "three new benchmarks: HumanEval Pro,
    MBPP Pro, and BigCodeBench-Lite Pro", "dubbed ViT-S-54 and ViT-B-48", "two attention
    mechanisms, Zorb Attention (ZA) and Glimmer Attention (GA)"): a list closed by "and" of
    names (not known ones from the lexicon) right after it."""
    for i in marked:
        chain, closed = [], False
        a = mentions[i]
        for j in range(i + 1, min(len(mentions), i + 11)):
            b = mentions[j]
            if a.short is not None and a.short[0] <= b.start and b.end <= a.short[1]:
                continue  # the short form of "Zorb Attention (ZA)": the list goes on after it
            gap = _NAME_LIST_GAP.fullmatch(text, a.end, b.start)
            if gap is None or b.label not in (METHOD, DATASET) or b.source not in ("name", "acronym", "titlecase"):
                break
            chain.append(b)
            if "and" in gap.group():
                closed = True
                break
            if len(chain) == 5:
                break
            a = b
        if closed:
            for b in chain:
                b.proposed = True


# "namely" after a plural noun: "two different approaches, namely A and B" (not the parts
# of a method: "two components, namely A and B")
_PLURAL_BEFORE_NAMELY = re.compile(
    r"(?<![\w-])(?!(?:components|modules|parts|stages|steps|branches|blocks)\b)[a-z]{3,}(?<!s)s,?\s*$"
)
# words that make a plural the paper's own: "two novel modules, namely A and B"
_OWN_WORDS = re.compile(r"\b(?:new|novel|innovative|our|proposed?|proposes|introduc(?:e|es|ed))\b", re.I)


def _lists_others(text: str, m: re.Match, s0: int) -> bool:
    """"namely" after a plural that the sentence (from ``s0``) does not call the paper's
    own lists works it uses ("two different approaches, namely CRF and ...", "three
    external datasets, namely A, B", "dual attention mechanisms, namely self-attention"),
    not its names.

    >>> t = "We use two different approaches, namely CRF and BERT."
    >>> _lists_others(t, re.search("namely", t), 0)
    True
    >>> t = "We propose two novel modules, namely A and B."
    >>> _lists_others(t, re.search("namely", t), 0)
    False
    """
    if text[m.start() : m.start() + 6].lower() != "namely":
        return False
    if not _PLURAL_BEFORE_NAMELY.search(text, max(s0, m.start() - 30), m.start()):
        return False
    return _OWN_WORDS.search(text, s0, m.start()) is None


# what makes a name the acronym defines the paper's own: "a novel X (XX)", "our X (XX)",
# "a new module, X (XX)" (not "our" after a scene opener: "For our experiments, X (XX) is used")
_OWN_NP_BEFORE = re.compile(r"\b(?:novel|new|our|proposed)\s+(?:(?!(?:for|of|on|in|to|with)\b)[\w-]+,?\s+){0,3}$", re.I)
# the name modifies a head the paper names otherwise: "a new self-attention (SA) mechanism,
# termed HyperSA", "a novel GraphCNN-based system"
_MODIFIES_NAMED_HEAD = re.compile(r"-based|\s+[\w-]+(?:\s+on\s+[\w-]+)?,?\s+(?:termed|called|named|dubbed)\b")
# ... "X (XX) module is proposed", "X (XX) is then adopted"
_OWN_PASSIVE_AFTER = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?{_PASSIVE_BEFORE_VERB}(?:(?:{_COIN_VERBS})e?d|adopted)\b")
# ... or it is the object of "we propose/design ..." or of the paper's method ("BiBERT
# introduces", "TSAM comprises"), with no clause between ("we design a method to make use
# of the successful external language model (ELM)", "we propose to ... using STN")
_WE_COIN = re.compile(rf"\bwe{_WE_COIN_VERB}", re.I)
_OWN_NAME_VERB = re.compile(
    r"\s+(?:\w+\s+)?(?:introduces|comprises|consists of|contains|employs|incorporates|includes)\b"
)
_APPOSED_KIND = re.compile(r",\s+(?:a|an|the)\s+[^,;()]*")
_CLAUSE_WORD = re.compile(r"\b(?:to|of|for|with|using|from|by|based|on|via|than|as|in|which|that)\b", re.I)
# ... unless the sentence compares with or cites others' work before it
_OTHERS_WORK = re.compile(
    r"\b(?:compar\w*|baselines?|outperform\w*|than|existing|previous|prior|state-of-the-art|such as|e\.g\.|"
    r"like|including|popular|widely|common(?:ly)?|conventional|traditional|standard|recent(?:ly)?|successful)\b",
    re.I,
)

# ... or cites it right after the definition: "Zibble Attention (ZA) from Wang et al.", "ZA [12]",
# "ZA, proposed by ..."
_CITED_AFTER = re.compile(
    r",?\s*(?:\[\d+|(?:from|of|by|in)\s+[A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)?\s+et\s+al\b|"
    r"(?:as\s+)?(?:proposed|introduced)\s+(?:by|in)\b)"
)


def _owns_definition(text: str, c: Cand, s0: int, own_spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence (from ``s0``) presents the acronym-defined name ``c`` as the
    paper's own (see :func:`_mark_own_components`)."""
    end = max(c.end, c.short[1] + (text[c.short[1] : c.short[1] + 1] == ")"))  # after "(ACR)"
    if _OTHERS_WORK.search(text, s0, c.start) or _MODIFIES_NAMED_HEAD.match(text, end) or _CITED_AFTER.match(text, end):
        return False
    # ("For our experiments, X (XX)" sets a scene; "In our ST-TR model, X (XX)" names a part)
    if (own := _OWN_NP_BEFORE.search(text, max(s0, c.start - 60), c.start)) and not (
            own.group().lower().startswith("our") and _after_scene_opener(text, own.start())
            and not any(own.start() <= a < c.start for a, _ in own_spans)):  # fmt: skip
        return True
    if _OWN_PASSIVE_AFTER.match(text, end):
        return True
    # (not past the paper's name: in "we propose HyT-NAS, an efficient Hardware-aware Neural
    # Architecture Search (HW-NAS)" the definition says what kind of thing the name is)
    cues = [m.end() for m in _WE_COIN.finditer(text, s0, c.start)
            if not any(m.end() <= a and _APPOSED_KIND.fullmatch(text, b, c.start) for a, b in own_spans)]  # fmt: skip
    # "TSAM comprises", "BiBERT introduces": the verb's subject is one of the paper's names
    cues += [m.end() for a, b in own_spans if s0 <= b < c.start and (m := _OWN_NAME_VERB.match(text, b))]
    return bool(cues) and not _CLAUSE_WORD.search(text, max(cues), c.start)


def _mark_own_components(text: str, st: DocState, mentions: list[Cand]) -> None:
    """Names the paper defines with an acronym after naming its own method are its parts
    ("BiBERT employs a novel Direction-Matching Distillation (DMD) scheme", "A Query Proposal
    Network (QPN) is then adopted", "we design two proxy tasks: Trajectory Order Modeling
    (TOM) and ..."): proposed too when no lexicon knows the acronym ("we propose to learn
    with Spatial Transformer Networks (STN)" is not)."""
    first = next((c.start for c in mentions if c.proposed and c.label == METHOD), None)
    if first is None:
        return
    known = {(c.start, c.end) for c in st.lexicon}
    defined = [c for c in mentions if not c.proposed and c.label == METHOD and c.short is not None
               and c.start > first and c.short not in known]  # fmt: skip
    if not defined:
        return  # (most documents: no keys of the paper's names to make)
    own = {name_key(c.name) for c in mentions if c.proposed}
    own_spans = [(c.start, c.end) for c in mentions if name_key(c.name) in own]
    for c in defined:
        if _owns_definition(text, c, st.sentence_span(c.start)[0], own_spans):
            c.proposed = True


# verbs outside PROPOSE that present the paper's own work when a coined name follows: "we
# implement LMQL", "we derive AvaGrad, a new optimizer", "we describe DRAGON, a late-fusion
# architecture", "we train ZorbLM, a 7B language model" (not "we use X, a ...": others' work)
_OWN_WORK_HINTS = frozenset(
    f"{v}{e}" for v in ("implement", "derive", "describe", "provide", "train", "pretrain")
    for e in ("", "s", "d", "ed")
)  # fmt: skip
# (led by the letter, not by "\b", so that the scan can skip to each "w": 2.3x faster)
_OWN_WORK_VERB = re.compile(
    r"[Ww](?<!\w[Ww])e\s+(?:(?:have|also|then|first|further)\s+)?(?:(implement)|derive|describe|provide|train|pre-?train)"
    r"(?:s|e?d)?\s+"
)
_OWN_WORK_APPOSITION = re.compile(
    r"\s*,\s+(?:a|an)\s+(?:new\b|novel\b|(?:[\w-]+\s+){0,3}?"
    rf"(?:{_METHOD_KINDS}|network|system|optimizer|toolkit|tool|library|dataset|benchmark|corpus)s?\b)"
)

# "we implemented GBTx emulator": the name modifies a noun
_AGENT_NOUN_AFTER = re.compile(r"\s+(?!(?:for|after|over|under|per)\b)[a-z]+(?:er|or|ion)s?\b")


def _named_at(mentions: list[Cand], starts: list[int], pos: int) -> int | None:
    """The index of the method or dataset mention that starts at ``pos`` (``starts``: the
    mentions' starts, sorted), else None: the name right after a cue the marking passes read."""
    i = bisect.bisect_left(starts, pos)
    if i == len(mentions) or starts[i] != pos or mentions[i].label not in (METHOD, DATASET):
        return None
    return i


def _mark_own_work(text: str, st: DocState, mentions: list[Cand], starts: list[int], marked: list[int]) -> None:
    """Mark the name right after "we implement" (ending there) or after "we derive / describe /
    provide / train" with an apposition saying what it is (see ``_OWN_WORK_VERB``)."""
    # (tried only where the lower-case text has "we", offsets shared with the proposal scan,
    # unless ``low`` is the text itself: a scan of the text tries every "w")
    verbs = (_OWN_WORK_VERB.finditer(text) if st.low is text
             else finditer_at(_OWN_WORK_VERB, text, ("we",), 0, st.low, offsets=st.cue_offsets))
    for m in verbs:
        i = _named_at(mentions, starts, m.end())
        if i is None:
            continue
        c = mentions[i]
        # (not what the apposition calls others' work: "we train ResNet-50, a standard
        # convolutional network"; a lexicon name may be the paper's: "we train GPT-3, an
        # autoregressive language model")
        app = _OWN_WORK_APPOSITION.match(text, c.end)
        if app and _OTHERS_WORK.search(text, app.start(), app.end()):
            continue
        if app or (
                m.group(1) and c.source in ("name", "acronym") and not _modifies_head(text, c.end)
                and not _AGENT_NOUN_AFTER.match(text, c.end)):  # fmt: skip
            c.proposed = True
            marked.append(i)


# "The resulting detector, DEtection TRansformer (DETR), removes ...", "the resulting models,
# dubbed NSGANetV2,", "show our resulting model, mBARThez, to": what the procedure the abstract
# has just described yields, named in apposition, is the paper's own method (or data: "the three
# resulting benchmark datasets, termed Pascal-C, ..."; not "the corruption resulting from
# temporal operations, X ..."); led by the letters after "r"/"R", which the scan skips to
_RESULTING_NAMED = re.compile(
    r"esulting(?<=[Rr]esulting)(?!\s+(?:from|in)\b)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?P<naming>(?:called|named|"
    r"dubbed|termed|coined|denoted\s+as|known\s+as|which\s+we\s+(?:collectively\s+)?call)\s+)?(?:the\s+)?"
)


def _mark_resulting(text: str, st: DocState, mentions: list[Cand], starts: list[int], marked: list[int]) -> None:
    """Mark the name in apposition to "the resulting <model>" (see ``_RESULTING_NAMED``)."""
    for m in _RESULTING_NAMED.finditer(text):
        i = _named_at(mentions, starts, m.end())
        if i is None:
            continue
        c = mentions[i]
        # (a known name only where a naming word gives it and the text has not used it before:
        # "the resulting network, called FixEfficientNet"; not "We fine-tune the released GPT-2
        # ... The resulting model, GPT-2, gets", where the known model stays the base's)
        if c.source != "lexicon" or (
                m.group("naming") and _ENDS_NAME.match(text, c.end)
                and text.find(text[c.start : c.end], st.title_end, m.start()) < 0):  # fmt: skip
            c.proposed = True
            marked.append(i)


# "two new benchmarks, A and B", "a new dataset called A", "three new benchmarks: A, B and C",
# "a novel summarization dataset, A,": the names a new data noun introduces (its kind may
# be modified: "a new large-scale video dataset"); read in the lower-cased text, led by the
# letter so that the scan skips to each "n" (an IGNORECASE pattern costs 26 us an abstract,
# this one 8; a text that is not lower-cased, with "Dataset" capitalised, is missed)
_NEW_DATA_NAMED = re.compile(
    r"[Nn](?<!\w[Nn])(?:ew|ovel)\s+(?:[\w-]+\s+){0,2}?(?:benchmarks?|datasets?|data\s?sets?|corpus|corpora|"
    r"test\s+suites?)(?:\s*[,:]|\s+(?:called|named|dubbed|termed)|,?\s+namely)\s+(?:the\s+)?"
)
# ... in a sentence about the paper's own work ("we collect a new dataset, A"; "a new dataset,
# A, is released"; not "recently, a new dataset called A has been collected" by others)
_OWN_DATA_SENTENCE = re.compile(
    r"\b(?:we|our|us|this (?:paper|work|study|report))\b|\b(?:is|are|was|were)\s+(?:\w+\s+)?"
    r"(?:proposed|introduced|released|presented|constructed|collected|curated|built|created)\b",
    re.I,
)
# ... where an evaluation on a known dataset is not what the paper makes ("we run experiments
# on a new dataset, EPIC-KITCHENS-100")
_NEW_DATA_EVALUATED_ON = re.compile(r"\b(?:on|using|uses?|used|with|over)\s+(?:a|an|the|two|three|four|several)\s+$", re.I)
# ... or that others made, a creation participle with "by" and an agent not the paper's right
# after the name ("a new dataset, ZorbQA, was released by Kelp et al."; "a novel dataset,
# ZorbQA, collected by prior work"; not "annotated by crowd workers", "built by us")
_NEW_DATA_BY_OTHERS = re.compile(r"(\w+)\s+by\s+(?:(?:prior|previous|earlier|existing|other|recent)\b|[A-Z])")
_MADE_PARTICIPLES = frozenset(
    "released collected proposed introduced created built curated constructed presented developed published made".split()
)


def _mark_new_data(text: str, st: DocState, mentions: list[Cand], starts: list[int], marked: list[int]) -> None:
    """Mark the name that a new data noun introduces in a sentence about the paper's own work
    (``_NEW_DATA_NAMED``); the names listed with it follow (:func:`_mark_listed_with`).
    Without it "we collect two new benchmarks, ZorbQA and KelpQA" proposes nothing, unless
    a proposal verb stands right before the names."""
    # (tried only where the lower-case text has "new" or "novel", offsets kept for the
    # document, unless ``low`` is the text itself, which may write "New": a scan of the text
    # tries every "n")
    found = (_NEW_DATA_NAMED.finditer(st.low) if st.low is text
             else finditer_at(_NEW_DATA_NAMED, st.low, ("new", "novel"), offsets=st.cue_offsets))
    for m in found:
        i = _named_at(mentions, starts, m.end())
        if i is None:
            continue
        c = mentions[i]
        s0, s1 = st.sentence_span(m.start())
        if not _OWN_DATA_SENTENCE.search(text, s0, s1):
            continue
        if _NEW_DATA_EVALUATED_ON.search(text, max(s0, m.start() - 20), m.start()):
            continue
        if " by " in text[c.end : s1] and any(
            b.group(1) in _MADE_PARTICIPLES for b in _NEW_DATA_BY_OTHERS.finditer(text, c.end, min(s1, c.end + 60))
        ):
            continue
        c.proposed = True
        marked.append(i)
        if c.label == METHOD and c.source != "lexicon":
            _retype_as_data(text, c, mentions)  # "a new benchmark, the Zorb Reasoning Suite (ZRS),"


_DATA_NOUNS = frozenset("benchmark benchmarks dataset datasets data corpus corpora suite suites".split())


def _proposal_acronym(text: str, c: Cand) -> tuple[int, int] | None:
    """The span of the acronym in parentheses that ends the method mention ``c`` ("a
    sparse zorbic retrieval model (FZoRT)", "Zorbic Attention Transformer (ZAT)"), or None."""
    if c.short is not None:
        return c.short
    if text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")" and " " not in text[c.start : c.end]:
        return (c.start, c.end)
    return None


# words between a proposal verb and an acronym that make the acronym something the
# proposal uses or addresses, not the proposal itself: "an approach based on Statistical
# Machine Translation (SMT)", "solved through semidefinite programming (SDP)", "a detector
# incorporating both CNN and bidirectional LSTM (BiLSTM)", "the discovery of keyword spotting (KWS)"
# (the words of means techniques._MEANS_STEMS reads, and the prepositions of what a
# proposal is about or evaluated over: "a large-scale evaluation across Zorb Networks (ZN)")
_PROPOSAL_USES = frozenset(T._MEANS_STEMS) | frozenset(
    "built use uses incorporating incorporates combining of for from by and in on to into where "
    "which that across between against over".split()
)
# a lower-case word after the acronym's ")" that makes the acronym a modifier of another
# noun, the thing proposed: "a Zorb Attention (ZA) accelerator", "a Successive Quux (SQ)
# decoder" (not a function word, a verb in -s, a participle: "(ZA) achieves", "(ZA) trained")
_ACRONYM_MODIFIES = re.compile(r"\)\s+([a-z][a-z-]*)")
_AFTER_ACRONYM_WORDS = frozenset(
    "a an the to for and or in on of with from that which is are was were can could will would "
    "may might has have had as at by via while where when whose than".split()
)


def _acronym_modifies(text: str, end: int) -> bool:
    """Whether the acronym in parentheses ending at ``end`` (before its ")") is followed by
    a noun it modifies ("(ZA) accelerator design")."""
    m = _ACRONYM_MODIFIES.match(text, end)
    if not m:
        return False
    w = m.group(1)
    return not (w in _AFTER_ACRONYM_WORDS or w.endswith(("s", "ed", "ing")))


def _uses_word(w: str) -> bool:
    """Whether a gap word says the proposal uses or addresses what follows: a word of
    _PROPOSAL_USES, or a verb in -ing that names no technique ("targeting", "covering"; not
    "learning", "matching")."""
    return w in _PROPOSAL_USES or (w.endswith("ing") and "-" not in w and w not in N._ING_NOUNS
                                   and w not in T._MEANS_HEADS)
# a leading "in this paper" after the verb is no use of anything: "We present in this paper ..."
_IN_THIS_WORK = re.compile(r"\s*in\s+this\s+(?:paper|work|study|letter|article)\b", re.I)


def _mark_proposal_acronym(text: str, st: DocState, mentions: list[Cand], starts: list[int], proposals: list) -> None:
    """When nothing else is the paper's own: the first method a proposal sentence defines
    with an acronym in parentheses, that the text uses again after that sentence, is the
    paper's own, however long the description before it ("we propose a faster re-ranking
    system based on a sparse zorbic retrieval model (FZoRT) ... FZoRT cuts latency by 3x",
    "we propose a new backbone with bidirectional Zorb blocks (Zim) ... Zim is 2x faster"):
    without it, the results the acronym wins go to "(proposed)". A known acronym ("graph
    convolutional networks (GCNs)") is background, not the proposal."""
    for m in proposals:
        s1 = st.sentence_span(m.start())[1]
        if text.find("(", m.end(), s1) < 0:
            continue  # (most proposal sentences: no acronym defined)
        for i in range(bisect.bisect_left(starts, m.end()), len(mentions)):
            c = mentions[i]
            if c.start >= s1:
                break
            # (not a lexicon name: a shortcut, a lexicon name's only acronym is itself in
            # parentheses, which the lexicon span check below refuses)
            acr = _proposal_acronym(text, c) if c.label == METHOD and c.source != "lexicon" else None
            if acr is None or any((k.start, k.end) == acr for k in st.lexicon):
                continue
            lead = _IN_THIS_WORK.match(text, m.end())
            gap = text[lead.end() if lead else m.end() : c.start]
            if any(_uses_word(w) for w in gap.lower().replace(",", " ").split()):
                break
            if _acronym_modifies(text, acr[1]):
                break
            short = text[acr[0] : acr[1]]
            if any(k >= s1 for k in whole_occurrences(text, short, "-")):
                c.proposed = True
                if _gap_calls_data(gap):  # "a new benchmark, the Zorb Reasoning Suite (ZRS),"
                    _retype_as_data(text, c, mentions)
                # "we propose Zorb Attention (ZA) and Glimmer Pooling (GP)": the names listed
                # with it are proposed too
                _mark_listed_with(text, mentions, [i])
                return
            break


def _mark_proposed(text: str, st: DocState, mentions: list[Cand]) -> None:
    proposed: list[str] = []
    for c in mentions:
        if c.source == "title" and c.label in (METHOD, DATASET):
            c.proposed = True
    starts = [c.start for c in mentions]
    has_naming = not _NAMING_HINTS.isdisjoint(st.words)
    marked: list[int] = []  # indexes of the mentions a proposal or naming verb marks
    proposals = st.proposals + _coordinated_proposals(text, st)
    for m in proposals:
        s_end = st.sentence_span(m.start())[1]
        window_end = min(s_end, m.end() + 160)
        named = next(_naming(text, st.low, m.end(), window_end), None) if has_naming else None
        if named is not None and _lists_others(text, named, st.sentence_span(named.start())[0]):
            named = None
        pos = named.end() if named else m.end()
        i = bisect.bisect_left(starts, pos)
        skipped = False
        for k, c in enumerate(mentions[i : i + 3], i):
            if c.start >= window_end:
                break
            if c.label in (TASK, METRIC):
                # "a new plug-and-play training framework, SMoE-Dropout": a task word in
                # the description before a name in apposition
                skipped = True
                continue
            if c.label not in (METHOD, DATASET):
                break
            gap = text[pos : c.start]
            if (skipped and not _kind_then_name(gap, c)) or _known_variant_after_the(gap, text[c.start : c.end]):
                break
            if (named or _PROPOSE_NAME_GAP.fullmatch(gap)
                    or (len(gap) < 60 and "," not in gap and not _GAP_PREPOSITION.search(_gap_before_name(gap)))
                    or _kind_then_name(gap, c)
                    # "a prompting method, explicit zorb-based self-verification (ZSV)": an
                    # adjective its acronym leaves out
                    or (c.source == "acronym" and _kind_then_name(text[pos : _unspelled_lead(text, c.start)], c))):  # fmt: skip
                if c.source != "title" and _modifies_head(text, c.end):
                    break  # "we propose a CLIP-based discriminator", "a seq2seq pre-training
                    # approach": the name modifies what is proposed
                if c.source in ("name", "acronym", "title", "titlecase") or (
                        c.source == "context" and any(N.is_namey(w) for w in text[c.start : c.end].split())) or (
                        c.source == "lexicon" and c.label == METHOD and _introduced_method(text, c, gap, named)) or (
                        c.source == "lexicon" and c.label == DATASET and _introduced_dataset(text, c, gap, named)):  # fmt: skip
                    c.proposed = True
                    marked.append(k)
                    if c.label == METHOD and c.source != "lexicon" and _gap_calls_data(gap):
                        _retype_as_data(text, c, mentions)
                break
    for m in _naming(text, st.low, st.title_end) if has_naming else ():
        s0, s1 = st.sentence_span(m.start())
        if not _PROPOSAL_SENTENCE.search(text, s0, s1) or _lists_others(text, m, s0):
            continue
        i = bisect.bisect_left(starts, m.end())
        if i < len(mentions):
            c = mentions[i]
            if c.label in (METHOD, DATASET) and c.start - m.end() <= 3 and (
                    c.source != "lexicon" or _ENDS_NAME.match(text, c.end)):  # fmt: skip
                c.proposed = True
                if not text.startswith(("namely", "Namely"), m.start()):
                    marked.append(i)  # (after "namely" a list names compared works too)
    if not _OWN_WORK_HINTS.isdisjoint(st.words):
        _mark_own_work(text, st, mentions, starts, marked)
    if "resulting" in st.words:
        _mark_resulting(text, st, mentions, starts, marked)
    if ("new" in st.words or "novel" in st.words) and not _DATA_NOUNS.isdisjoint(st.words):
        _mark_new_data(text, st, mentions, starts, marked)
    _mark_listed_with(text, mentions, marked)
    # (only where nothing else is the paper's own: "our CFBI" after "we propose ... (CFBI)"
    # would list the acronym again, and the results' owner would change)
    owns_none = not any(c.proposed for c in mentions)
    for c in mentions:
        if c.label != METHOD or c.proposed:
            continue
        if c.start == 0 and c.end >= st.title_end - 1 and st.title_end:
            c.proposed = True  # the title is the name: "Mask R-CNN"
            continue
        # both cues below need "our" or "proposed" in the 60 characters before the name: two
        # str tests skip their end-anchored regex searches for most names
        near = text[max(0, c.start - 60) : c.start]
        if "ur" not in near and "proposed" not in near:
            continue
        if _OUR_BEFORE.search(text, max(0, c.start - 15), c.start) and (
                _ENDS_NAME_OR_HEAD.match(text, c.end)
                or owns_none and c.source != "lexicon" and _OWN_NAME_SUBJECT.match(text, c.end)):  # fmt: skip
            # "Our Denoising Diffusion Probabilistic Models (DDPM) ...", "our CFBI achieves",
            # "the proposed XingGAN advances": a name no lexicon knows, after "our", is the
            # paper's own, unless it modifies what follows ("our U-Net based", "our LSTM baseline")
            c.proposed = True
        elif c.source != "lexicon" and _OUR_KIND_BEFORE.search(text, max(0, c.start - 60), c.start):
            c.proposed = True  # "Our empirically-derived framework XlingEval", "our model GeoRSCLIP"
    _mark_own_components(text, st, mentions)
    if owns_none and not any(c.proposed for c in mentions):  # (owns_none: a shortcut, no mark is undone)
        _mark_proposal_acronym(text, st, mentions, starts, proposals)
    seen = set()
    for c in mentions:
        if c.proposed and c.label in (METHOD, DATASET):
            own_key = name_key(c.name)
            if own_key not in seen:
                seen.add(own_key)
                proposed.append(c.name)
    # a proposed acronym's other mentions are proposed too
    keys = {name_key(p) for p in proposed}
    for c in mentions if keys else ():
        if not c.proposed and name_key(c.name) in keys:
            c.proposed = True
    st.proposed = proposed


def _list_item_as(text: str, a: int, b: int, over: list[Cand], label: str, score: float,
                  retype: tuple, added: list[Cand]) -> Cand | None:
    """The mention of type ``label`` a list item ``text[a:b]`` becomes, given the mentions
    ``over`` that overlap it: a new one (appended to ``added``) when there are none, the one
    mention that is exactly the item when its label is in ``retype`` (it is relabelled),
    else None."""
    if not over:
        o = Cand(a, b, label, "list", score)
        o.name = text[a:b]
        added.append(o)
        return o
    if len(over) == 1 and (over[0].start, over[0].end) == (a, b) and over[0].label in retype:
        over[0].label = label
        return over[0]
    return None


def _list_sibling_methods(text: str, mentions: list[Cand], body: int) -> set[int]:
    """Capitalised names listed with a method are methods ("outperforms LLAMA-2-70B,
    WizardMath-70B, Gemini-Pro and ChatGPT-3.5"), walking the list from each method found
    (:func:`kg.extract.techniques.list_siblings`). Adds the new ones to ``mentions``, types
    the untyped ones and returns the ids of the methods a list holds, so that an acronym
    the text never explains ("(e.g., CoT, ToT, RAP)") stays."""
    # anchors: names and known methods; a title-case run or a phrase is too weak a method
    # to type its neighbours ("tasks: Nested Function Calling, ..., Parallel Functions")
    queue = [c for c in mentions if c.label == METHOD and c.start >= body
             and c.source in ("lexicon", "name", "acronym", "list")]
    listed: set[int] = set()
    done = {id(c) for c in queue}
    added: list[Cand] = []
    spans = SpanIndex(mentions)
    while queue:
        c = queue.pop()
        for a, b in T.list_siblings(text, body, (c.start, c.end)):
            # (the added ones are methods: no task among them to skip)
            over = [o for o in spans.overlapping(a, b) if o.label != TASK]
            # (a name no rule could type, "GraphTrans", is typed; a dataset in a mixed list
            # or a longer name is not: the list stops there)
            o = _list_item_as(text, a, b, over, METHOD, 0.55, (None, METHOD), added)
            if o is None:
                continue
            if not over:
                spans.add(o)  # (new: a later item may overlap it)
            listed.update((id(c), id(o)))
            if id(o) not in done:
                done.add(id(o))
                queue.append(o)
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda c: c.start)
    return listed


# a list of data: a data noun (and its introducing word) just before the list ("benchmarks
# like SWE-Bench and ...", "datasets, including ...", "three benchmarks: ...")
_DATA_LIST_CUE = re.compile(
    r"\b(?:datasets?|benchmarks?|corpora|corpus|suites?|leaderboards?)\s*(?:,\s*)?\(?\s*(?:such as|like|"
    r"including|namely|e\.g\.,?|i\.e\.,?|:)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or one just after an item ("on Waymo, nuScenes and ONCE datasets")
_DATA_WORD_AFTER = re.compile(r"\s+(?:datasets?|benchmarks?|corpora)\b")
# what ends a whole name in a list: a separator, a bracket, a data word or the clause's end;
# a lower-case word after it makes it a modifier or a piece ("Residual nets", "GDELT's
# Singapore events", "CUDPP, Thrust and CUB implementations")
_DATA_ITEM_END = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s*(?:[,;:.)/]|$)|\s+(?:and|or|as well as|datasets?|benchmarks?|data sets?|corpora|"
    r"respectively|to|show|shows|demonstrate|demonstrates)\b)"
)
# a piece of a longer name: "Animals with Attributes", "Labeling Beyond the Cranial Vault"
_DATA_ITEM_PIECE = re.compile(r"(?:\b(?:with|of|for|from|by)|'s)\s+$")


# ... written out as an introduction ("two datasets: A and B", "benchmarks such as A, B"):
# a name there is data though no rule typed it so
# (the words that open the list, in lower case: _data_list_introduced tests them before the search)
_DATA_LIST_INTRO_WORDS = ("such as", "like", "including", "namely", "e.g.", "i.e.", ":")
_DATA_LIST_INTRO = re.compile(
    r"\b(?:datasets?|data sets?|benchmarks?|corpora)\s*(?:,\s*)?\(?\s*(?:"
    + "|".join(re.escape(w) + (",?" if w.endswith(".") else "") for w in _DATA_LIST_INTRO_WORDS)  # ("e.g.,")
    + r")\s*(?:the\s+)?"
    r"(?:[A-Z0-9][\w+.-]*(?: [A-Z0-9][\w+.-]*){0,5}(?:,\s*(?:and\s+)?|\s+and\s+)){0,8}$",
    re.IGNORECASE,
)


# ... or closed by a plural data noun after its last item ("over the KDDCUP99, CICIDS-DoS,
# UNSW-NB 15 and CICIDS-DDoS datasets", "in Extended Yale B, AR, FERET datasets")
_DATA_LIST_CLOSED = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z0-9][\w+.-]*(?: [A-Z0-9][\w+.-]*){0,5}"
    r"(?:\s*\([^()]{1,40}\))?){1,8},?\s+(?:datasets|data sets|benchmarks|corpora)\b"
)
# the rest of a longer item the name starts: "Northwestern-UCLA Multiview Action 3D"
_TITLE_WORDS_AFTER = re.compile(r"(?:\s+[A-Z0-9][\w+-]*){0,4}")


def _weak_method(c: Cand) -> bool:
    """A method only by default: a name or title-case run no cue, lexicon or proposal typed."""
    return c.label == METHOD and c.source in ("name", "titlecase") and not c.proposed


def _data_list_introduced(text: str, start: int, s: int) -> bool:
    """Whether a data noun introduces the list that holds the item at ``s`` (or the item)."""
    lo = max(start, s - 250)
    # a data noun is a necessary part: three str tests skip the end-anchored regex, which
    # tries every start in the window ("benchmark" lowers "\u212a" as re.I folds it)
    low = text[lo:s].lower()
    if "data" not in low and "benchmark" not in low and "corpora" not in low:
        return False
    # ... and so is a word that introduces the list (a window not all ASCII is searched:
    # re.I folds "\u017f" to "s", "\u212a" to "k", "\u0130" to "i")
    if low.isascii() and not any(w in low for w in _DATA_LIST_INTRO_WORDS):
        return False
    return _DATA_LIST_INTRO.search(text, lo, s) is not None


def _data_list_cued(text: str, start: int, s: int) -> bool:
    s = T.list_start(text, start, s)
    return _DATA_LIST_CUE.search(text, max(start, s - 50), s) is not None


def _in_cued_data_list(text: str, body: int, c: Cand) -> bool:
    """Whether ``c`` is an item of a list a data noun introduces ("two MVV datasets: Human
    3.6M and TotalCapture") or closes ("the KDDCUP99, CICIDS-DoS and UNSW-NB 15 datasets")."""
    end = _TITLE_WORDS_AFTER.match(text, c.end).end()
    return ((_data_list_introduced(text, body, c.start) and _DATA_ITEM_END.match(text, end) is not None)
            or _DATA_LIST_CLOSED.match(text, end) is not None)  # fmt: skip


def _list_sibling_datasets(text: str, mentions: list[Cand], body: int) -> None:
    """Capitalised names listed with a dataset are datasets when the list is one of data: a
    data noun introduces it ("benchmarks like SWE-Bench and Agent-Bench"), follows an item
    ("on Waymo, nuScenes and ONCE dataset") or the item's other neighbour is a dataset too
    ("MT-Bench, Arena-Hard-Auto, AlpacaEval 2.0"). Names that no name rule takes ("Xsum",
    "Waymo", compounds like "Agent-Bench") are added; untyped ones typed."""
    queue = [c for c in mentions if c.label == DATASET and c.start >= body and c.source != "list"]
    # names typed a method by default in a list a data noun introduces or closes: the list
    # is one of data, whatever their neighbours are
    cued = [c for c in mentions if c.start >= body and _weak_method(c) and _in_cued_data_list(text, body, c)]
    for c in cued:
        c.label = DATASET
    queue += cued
    cued_ids = {id(c) for c in cued}
    done = {id(c) for c in queue}
    added: list[Cand] = []
    spans = SpanIndex(mentions)
    while queue:
        c = queue.pop()
        items = T.list_siblings(text, body, (c.start, c.end), DATASET, cued=lambda *_: True)
        if not items or not all(_DATA_ITEM_END.match(text, b) for b in [c.end] + [b for _, b in items]):
            continue
        items = [(a, b) for a, b in items if not _DATA_ITEM_PIECE.search(text, max(0, a - 6), a)]
        if not items:
            continue
        over = [spans.overlapping(a, b) for a, b in items]
        if not (id(c) in cued_ids or _data_list_cued(text, body, min(c.start, items[0][0]))
                or any(m.label == DATASET for ms in over for m in ms)
                or any(_DATA_WORD_AFTER.match(text, b) for b in [c.end] + [b for _, b in items])):  # fmt: skip
            continue
        for (a, b), ms in zip(items, over, strict=True):
            # (a name typed a method by default is retyped: "MultiPIE, Extended Yale B and FERET")
            o = _list_item_as(text, a, b, ms, DATASET, 0.6, (None, METHOD) if all(map(_weak_method, ms)) else (None,),
                              added)  # fmt: skip
            if o is None:
                continue  # a longer name, one inside it, or a typed one
            if not ms:
                spans.add(o)  # (new: a later item may overlap it)
            if id(o) not in done:
                done.add(id(o))
                queue.append(o)
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda c: c.start)


# a name's edition: a version, year, size or split after its stem ("CoNLL-2012", "WMT18",
# "VisDial0.9", "ImageNet21k", "MIMIC-II", "OpenViDial 1.0")
_EDITION_OF_NAME = re.compile(r"([A-Z].*?[A-Za-z])[- ]?(?:[vV]?\d+(?:\.\d+)*[kKMBx]?|(?<=[- ])[IVX]{1,4})")


def _name_stem(surface: str) -> str:
    """The lower-cased name without its edition (the name itself when it has none).

    >>> _name_stem("ConLL-2012"), _name_stem("MIMIC-II"), _name_stem("VisDial0.9"), _name_stem("GLUE")
    ('conll', 'mimic', 'visdial', 'glue')
    """
    m = _EDITION_OF_NAME.fullmatch(surface)
    return (m.group(1) if m else surface).lower()


# A translation benchmark's language pair is part of its name (GUIDELINES: "WMT14 English-German";
# Papers with Code has one board per pair): "WMT14 English-German", "WMT 2016 English-to-Romanian",
# "IWSLT'14 German-English", "WMT'14 En-De" (on sota-arxiv, 21 such names in 14 papers, where the
# bare "WMT14" put En-De and En-Fr scores on one board)
# (a language's name, or its code in any case: "English", "En", "EN", "en")
_LANGUAGE = "(?:" + "|".join([*LANGUAGES.values(), *(f(c) for c in LANGUAGES for f in (str.title, str.upper, str.lower))]) + ")"
_LANGUAGE_PAIR_AFTER = re.compile(r"[ \t]+(" + _LANGUAGE + r")(?:-|–|\s?→\s?|[ -]to[ -])(" + _LANGUAGE + r")\b(?!-)")
_TRANSLATION_BENCHMARK = re.compile(r"(?:WMT|IWSLT|WAT|NIST|newstest)", re.I)
# a benchmark's edition written with an apostrophe, which the mention leaves out: "WMT'14 En-De"
_APOSTROPHE_EDITION = re.compile(r"['’]\d\d\b")


# ... or written before it: "in English-to-German WMT 2014", "the EN-DE WMT14 machine translation
# benchmark", "on an English to French translation task from the WMT'14 dataset"
_LANGUAGE_PAIR_BEFORE = re.compile(
    r"\b(" + _LANGUAGE + r")(?:-|–|\s?→\s?|[ -]to[ -])(" + _LANGUAGE + r")(?:\s+(?:machine\s+)?translation)?"
    r"(?:\s+(?:task|benchmark|dataset|direction|test\s+set))?\s+(?:(?:from|of|on|in)\s+)?(?:the\s+)?$"
)


def _language_pairs_of_datasets(text: str, mentions: list[Cand]) -> None:
    """A translation benchmark's name followed by a language pair takes the pair into its name
    (_LANGUAGE_PAIR_AFTER), or written before it (_LANGUAGE_PAIR_BEFORE): "on WMT14
    English-German", "in English-to-German WMT 2014" name "WMT14 English-German"."""
    pairs_before: list[tuple[int, int]] = []
    for c in mentions:
        if (c.label == DATASET or _weak_method(c)) and _TRANSLATION_BENCHMARK.match(text, c.start):
            ed = _APOSTROPHE_EDITION.match(text, c.end)
            m = _LANGUAGE_PAIR_AFTER.match(text, ed.end() if ed else c.end)
            pair = m and m.group(1).lower() != m.group(2).lower()
            before = None if m else _LANGUAGE_PAIR_BEFORE.search(text, max(0, c.start - 80), c.start)
            if before is not None and before.group(1).lower() != before.group(2).lower():
                # (the name is the edition's with the pair; the pair is no name of its own)
                c.label = DATASET
                c.end = ed.end() if ed else c.end
                c.name = f"{text[c.start : c.end]} {before.group(1)}-{before.group(2)}"
                pairs_before.append((before.start(1), before.end(2)))
                continue
            if c.label != DATASET and not pair:
                continue
            # (a benchmark's name a language pair follows is a dataset, typed a method only by
            # default: "On WMT'14 English-German translation, ...")
            c.label = DATASET
            if ed:
                c.end = ed.end()
                c.name = text[c.start : c.end]
            if pair:
                c.end = m.end()
                c.name = text[c.start : c.end]
    if pairs_before:
        mentions[:] = [c for c in mentions if not any(a <= c.start and c.end <= b for a, b in pairs_before)]


def _with_added(mentions: list[Cand], added: list[Cand]) -> list[Cand]:
    """``mentions`` with the ``added`` candidates that overlap none of them, in text order."""
    if not added:
        return mentions
    taken = [(c.start, c.end) for c in mentions]
    added = [a for a in added if not any(s < a.end and a.start < e for s, e in taken)]
    return sorted(mentions + added, key=lambda c: c.start)


# a language pair coordinated after a translation benchmark's pair: "WMT'14 English-German and
# English-French", "WMT'14 En-De/En-Fr" (the second pair is another board of the same edition)
_NEXT_LANGUAGE_PAIR = re.compile(
    r"(?:\s*[,/&]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(" + _LANGUAGE + r")(?:-|–|\s?→\s?|[ -]to[ -])(" + _LANGUAGE + r")\b(?!-)"
    # (only where the list of pairs ends there, goes on to another pair, or names translation: not
    # "English-French speakers were recruited", ", and English-Chinese is left for future work")
    r"(?=\s+translation\b|(?:\s+(?:tasks?|directions?|benchmarks?|datasets?|test\s+sets?))?"
    r"\s*(?:[,.;:)/&]|respectively\b|and\s+(?:the\s+)?" + _LANGUAGE + r"(?:-|–|\s?→\s?|[ -]to[ -])|$))"
)


def _coordinated_language_pairs(text: str, mentions: list[Cand]) -> list[Cand]:
    """Each language pair coordinated after a translation benchmark named with its pair
    (_language_pairs_of_datasets) names the edition with that pair: "WMT'14 English-German and
    English-French" names "WMT'14 English-French" too (a "respectively" list gave both scores
    to English-German)."""
    added: list[Cand] = []
    for c in mentions:
        if c.label != DATASET or not _TRANSLATION_BENCHMARK.match(text, c.start):
            continue
        pair = _LANGUAGE_PAIR_AFTER.search(text, c.start, c.end)
        if pair is None or pair.end() != c.end:
            continue
        edition = text[c.start : pair.start()].rstrip()
        at = c.end
        while (m := _NEXT_LANGUAGE_PAIR.match(text, at)) and m.group(1).lower() != m.group(2).lower():
            added.append(Cand(m.start(1), m.end(), DATASET, c.source, c.score, name=f"{edition} {text[m.start(1) : m.end()]}"))
            at = m.end()
    return _with_added(mentions, added)


# The split words of ML benchmarks (also kg.link's: a split's name is its benchmark's variant)
SPLIT_WORDS = ("test-dev", "test-std", "test-challenge", "test-clean", "test-other", "minival", "mini-val", "val",
               "validation", "test", "dev")  # fmt: skip
_SPLIT_WORD = "(?:" + "|".join(SPLIT_WORDS) + ")"
# those no English word is spelt like: a split even after a task's name ("COCO object detection test-dev")
_SPLITS_NO_WORD_IS = ("test-dev", "test-std", "minival")
# the LaTeX font commands a split is written in: "COCO \textit{minival}"
_LATEX_FONT_OPEN = r"\\(?:texttt|textit|textsc|textrm|textbf|emph)\{"


def _split_name(split: str) -> str:
    """A split's name as the lexicon writes it ("validation" is "val", "mini-val" "minival")."""
    return {"validation": "val", "mini-val": "minival"}.get(split, split)


# A benchmark's split written in brackets or a LaTeX command after its name: "on COCO
# (test-dev)", "COCO \\texttt{test-dev}", "ADE20K (val set)", or after the task, "COCO object
# detection test-dev". Written plainly ("COCO test-dev") the lexicon reads the split into the
# name, and Papers with Code keeps such a split a board of its own; written so, the bare name
# put a test-dev score on the benchmark's (val) board.
_SPLIT_AFTER_NAME = re.compile(
    r"\s*(?:\(\s*|" + _LATEX_FONT_OPEN + ")(" + _SPLIT_WORD + r")(?:\s+(?:set|split))?\s*[)}]"
    # (a split no word is spelt like, after the task: "on COCO object detection test-dev"; not
    # after other words, "Pretrained on COCO and evaluated on test-dev of VQA v2")
    r"|\s+(?:[a-z][a-z-]*\s+){0,2}?(?:detection|segmentation|estimation|captioning|answering|grounding|retrieval)"
    r"\s+(" + "|".join(_SPLITS_NO_WORD_IS) + r")\b"
)


def _bracketed_splits_of_datasets(text: str, mentions: list[Cand]) -> None:
    """A dataset followed by a split in brackets or a LaTeX command is that split's dataset
    when the lexicon lists it as one (_SPLIT_AFTER_NAME): "COCO (test-dev)" names "COCO
    test-dev", "Cityscapes (test)" "Cityscapes test"; "ImageNet (val)" stays ImageNet, whose
    board is its validation split. The mention keeps its span (taking in "(test-dev)", the
    linker read "COCO (test-dev)" as a long form and its short one, and every bare "COCO" of
    the corpus joined the split)."""
    for c in mentions:
        if c.label != DATASET or not (m := _SPLIT_AFTER_NAME.match(text, c.end)):
            continue
        split = _split_name(m.group(1) or m.group(2))
        for stem in dict.fromkeys((c.canonical, c.name, text[c.start : c.end])):
            if stem and lookup_label(f"{stem} {split}") == DATASET:
                c.name = c.canonical = f"{stem} {split}"
                break



# A second split coordinated after a benchmark's split is that benchmark's too: "64.3 and 64.4 mAP
# on COCO \textit{minival} and \textit{test-dev}, respectively", "41.5 and 41.2 AP on LVIS v1.0 val
# and test-dev splits", "5.42% and 14.70% on Librispeech test-clean and test-other set,
# respectively", "on COCO mini-val/test-dev" (a "respectively" list gave both scores to the first
# split). The list of splits (SPLIT_WORDS) ends at a set/split word, a punctuation mark,
# "respectively" or a verb, so that "COCO val and test images" names nothing.
_SPLIT_NAMED = re.compile(r"(?P<family>.*\S)[ \t]+(?P<split>" + _SPLIT_WORD + r")(?:[ \t]+(?:set|split))?")
_SPLIT_WRITTEN_AFTER = re.compile(
    r"[ \t]*(?:" + _LATEX_FONT_OPEN + r"|\()?(?P<split>" + _SPLIT_WORD + r")\}?\)?(?![\w-])"
)
_NEXT_SPLIT = re.compile(
    r"(?:\s*[,/&]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:" + _LATEX_FONT_OPEN + ")?"
    r"(?P<split>" + _SPLIT_WORD + r")\}?(?![\w-])"
    # (not another benchmark's split: "on COCO test-dev and the val set of LVIS")
    r"(?=\s+(?:sets?|splits?|subsets?|partitions?)\b(?!\s+of\b)|\s*(?:[,.;:)/&]|$)|\s+(?:and|or|respectively)\b)"
)



def _coordinated_splits(text: str, mentions: list[Cand]) -> list[Cand]:
    """Each split coordinated after a dataset named with its split (by the lexicon, "COCO
    minival", or _bracketed_splits_of_datasets, "COCO \\textit{minival}") names that split of
    the same benchmark: "on COCO minival and test-dev" names "COCO test-dev" too."""
    added: list[Cand] = []
    for c in mentions:
        if c.label != DATASET:
            continue
        name = c.name or text[c.start : c.end]
        named = _SPLIT_NAMED.fullmatch(name)
        at = c.end
        if named is None or not text[c.start : c.end].endswith(named["split"]):
            # (the split written after the span: "COCO \textit{minival}", "COCO mini-val/test-dev")
            after = _SPLIT_WRITTEN_AFTER.match(text, at)
            if after is None or (named is not None and _split_name(after["split"]) != _split_name(named["split"])):
                continue
            if named is None:
                # a bare name with a list of splits after it: the first split names it where the
                # lexicon lists that split ("COCO mini-val/test-dev"), as a bracketed split does;
                # else the list is left alone ("LibriSpeech dev and test sets": no dev split)
                family, first = name, _split_name(after["split"])
                if not _NEXT_SPLIT.match(text, after.end()) or lookup_label(f"{family} {first}") != DATASET:
                    continue
                c.name = c.canonical = f"{family} {first}"
            else:
                family, first = named["family"], _split_name(named["split"])
            at = after.end()
        else:
            family, first = named["family"], _split_name(named["split"])
        while (m := _NEXT_SPLIT.match(text, at)) and _split_name(m["split"]) != first:
            added.append(Cand(m.start("split"), m.end("split"), DATASET, c.source, c.score,
                              name=f"{family} {_split_name(m['split'])}"))  # fmt: skip
            at = m.end()
    return _with_added(mentions, added)


# A named split written apart from its benchmark: "a WER of 2.2% on the test-clean dataset of the
# LibriSpeech corpus", "(LibriSpeech ...) WERs of 1.75% on test-clean and 4.46% on test-other",
# "(VQA v2 ...) On the test-std set, ... 72.41%": Papers with Code ranks each split on a board of
# its own, and the bare benchmark mixed test-clean and test-other WERs on one. Only the split names
# no English word is spelt like (not "on the test set", the benchmark's own board).
_APART_SPLITS = ("test-clean", "test-other", "dev-clean", "dev-other", "test-dev", "test-std", "minival")
_SPLIT_APART = re.compile(
    r"\b(?:[Oo]n|[Ii]n|[Ff]or)\s+(?:the\s+)?(?:" + _LATEX_FONT_OPEN + r")?(?P<split>" + "|".join(_APART_SPLITS)
    + r")\}?(?![\w-])(?:\s+(?:sets?|splits?|subsets?|datasets?|partitions?)\b)?(?P<of>\s+of\s+(?:the\s+)?)?"
)


def _may_name_apart_split(text: str) -> bool:
    """Whether ``text`` holds one of _APART_SPLITS, which every match of _SPLIT_APART writes as
    is: the scan has no literal to skip to and took about 2% of an abstract's time, while one
    abstract in some hundreds names such a split ("test-", "dev-" and "minival" first: each split
    holds one, and three scans are cheaper than seven)."""
    return ("test-" in text or "dev-" in text or "minival" in text) and any(w in text for w in _APART_SPLITS)


def _split_family(text: str, mentions: list[Cand], split: str, at: int, of_end: int | None) -> Cand | None:
    """The benchmark a split written apart at ``at`` is of: the dataset right after its "of the"
    (``of_end``), else the nearest one named before it; only one the lexicon lists with that split
    ("LibriSpeech test-clean"), so that "on Libri-Light 60k ... on test-clean" names no split of
    Libri-Light; but not past a benchmark the split's own sentence evaluates "on" ("On LVIS, it
    reaches 30.1 AP on minival" is no split of a COCO named before)."""
    if of_end is not None:
        after = next((d for d in mentions if d.label == DATASET and d.start == of_end), None)
        return after if after and _has_split(text, after, split) else None
    s0 = _sentence_start_at(text, at, 0)
    for d in sorted((d for d in mentions if d.label == DATASET and d.end <= at), key=lambda d: -d.end):
        if _has_split(text, d, split):
            return d
        if d.start >= s0 and _ON_RIGHT_BEFORE.search(text, max(0, d.start - 8), d.start):
            return None
    return None


def _has_split(text: str, c: Cand, split: str) -> bool:
    """Whether the lexicon lists the benchmark of mention ``c`` with ``split`` ("LibriSpeech test-other"),
    also when the text joins or hyphenates the benchmark's name ("VQAv2 test-dev" for "VQA v2 test-dev")."""
    name = f"{_dataset_stem(text, c)} {split}"
    return (lookup_label(name) or lookup_variant(name)) == DATASET


def _dataset_stem(text: str, c: Cand) -> str:
    """A dataset mention's name without a split the name ends with ("COCO minival" -> "COCO")."""
    return without_split(c.canonical or c.name or text[c.start : c.end])


def without_split(name: str) -> str:
    """A benchmark's name without the split word it ends with: "COCO minival" -> "COCO",
    "LibriSpeech test" -> "LibriSpeech"."""
    named = _SPLIT_NAMED.fullmatch(name)
    return named["family"] if named else name


def _splits_written_apart(text: str, mentions: list[Cand]) -> list[Cand]:
    """Each split of _APART_SPLITS written apart from its benchmark names that split of it
    (_split_family), and so do the splits coordinated after it ("on the test-clean and test-other
    subsets")."""
    if not _may_name_apart_split(text):
        return mentions
    added: list[Cand] = []
    for m in _SPLIT_APART.finditer(text):
        if any(d.start < m.end("split") and m.start("split") < d.end for d in mentions if d.label == DATASET):
            continue  # (named with its benchmark: "on COCO minival and test-dev")
        family = _split_family(text, mentions, m["split"], m.start(), m.end() if m["of"] else None)
        if family is None:
            continue
        stem = _dataset_stem(text, family)
        added.append(Cand(m.start("split"), m.end("split"), DATASET, family.source, family.score, name=f"{stem} {m['split']}"))
        at = m.end("split")
        while (nxt := _NEXT_SPLIT.match(text, at)) and nxt["split"] in _APART_SPLITS:
            added.append(Cand(nxt.start("split"), nxt.end("split"), DATASET, family.source, family.score,
                              name=f"{stem} {nxt['split']}"))  # fmt: skip
            at = nxt.end()
    return _with_added(mentions, added)


# An image generation benchmark's resolution after its name is part of it: Papers with Code
# ranks "ImageNet 128x128", "ImageNet 256x256" and "ImageNet 512x512" apart (an FID at one size
# does not compare with another's). Written "128x128", "128×128", "128$\\times$128", or with
# the sign lost in the abstract's LaTeX, "ImageNet 128128"; the sizes generation papers use.
_SQUARE_SIZE = r"(?P<n>32|64|128|256|512|1024)\s*(?:[x×]|\$?\\times\$?)?\s*(?P=n)(?!\w|\.\d)"
_RESOLUTION_AFTER_NAME = re.compile(r"[ \t]+" + _SQUARE_SIZE)
_NEXT_RESOLUTION = re.compile(r"(?:\s*[,/]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)" + _SQUARE_SIZE)
# a size written alone later in the sentence, after another score: "an FID of 2.10 on ImageNet
# 256×256 and 3.01 on 512×512" (the second is the 512×512 board's)
_LATER_RESOLUTION = re.compile(r"\bon\s+(?:the\s+)?" + _SQUARE_SIZE)
# the benchmarks generation papers rank at several sizes (other datasets have one size, CIFAR-10's
# 32×32, or their size is a crop, "Cityscapes 1024 1024 crops", on the dataset's one board)
_SIZED_GENERATION_BENCHMARK = re.compile(r"(?:ImageNet|FFHQ|CelebA(?:-HQ)?|AFHQ(?:v2)?|LSUN[\w -]*)", re.I)
# a measure of generated images (or of density estimation, bits per dimension) in the sentence:
# the size is a generation board's, not a classifier's input ("85.1% top-1 accuracy on ImageNet
# 256x256 images")
_GENERATION_MEASURE = re.compile(
    r"\b(?:s?FID|FIDs|Fr[ée]chet Inception|Inception [Ss]cores?|IS|bits?[ /-](?:per[ -])?dim(?:ension)?s?|bpd|NLL)\b"
)
# a name the lexicon lists with its size ("ImageNet 256x256"): the stem, then the size
_SIZED_NAME = re.compile(r"(.+?)[ \t]+" + _SQUARE_SIZE)


def _resolutions_of_datasets(text: str, mentions: list[Cand], st: DocState) -> list[Cand]:
    """A generation benchmark followed by a square image size, in a sentence that reports a
    measure of generated images, names the benchmark at that size (_RESOLUTION_AFTER_NAME):
    "an FID of 4.59 on ImageNet 256256" and "on ImageNet 256×256" name "ImageNet 256x256"; a
    size coordinated after it names a sibling ("ImageNet 512512 and 256256"), as does a size
    written alone later in the sentence ("and 3.01 on 512×512")."""
    added: list[Cand] = []
    for c in mentions:
        if c.label == DATASET and (sized := _SIZED_NAME.fullmatch(c.canonical or c.name or text[c.start : c.end])):
            lo, hi = st.sentence_span(c.start)
            if _SIZED_GENERATION_BENCHMARK.fullmatch(sized[1]) and not _GENERATION_MEASURE.search(text, lo, hi):
                c.name = c.canonical = sized[1]  # "85.1% top-1 accuracy on ImageNet 256x256 images"
        if c.label != DATASET or not (m := _RESOLUTION_AFTER_NAME.match(text, c.end)):
            continue
        stem = c.canonical or c.name or text[c.start : c.end]
        size = f"{m['n']}x{m['n']}"
        if not _SIZED_GENERATION_BENCHMARK.fullmatch(stem):
            continue
        lo, hi = st.sentence_span(c.start)
        if not _GENERATION_MEASURE.search(text, lo, hi):
            continue
        if stem.endswith(size):  # (the lexicon's "ImageNet 256x256")
            continue
        c.name = c.canonical = f"{stem} {size}"
        c.end = at = m.end()
        while nxt := _NEXT_RESOLUTION.match(text, at):
            added.append(Cand(nxt.start("n"), nxt.end(), DATASET, c.source, c.score, name=f"{stem} {nxt['n']}x{nxt['n']}"))
            at = nxt.end()
        # (up to the next dataset named in the sentence, whose sizes are its own)
        stop = min((d.start for d in mentions if d.label == DATASET and d.start >= at), default=hi)
        for later in _LATER_RESOLUTION.finditer(text, at, min(hi, stop)):
            added.append(Cand(later.start("n"), later.end(), DATASET, c.source, c.score, name=f"{stem} {later['n']}x{later['n']}"))
    return sorted(mentions + added, key=lambda c: c.start) if added else mentions


# ImageNet's validation images with reassessed labels ("ImageNet ReaL", a board of its own on
# Papers with Code), written "ImageNet Real" or "ImageNet-ReaL": the word is no name of its own
_REAL_LABELS_AFTER = re.compile(r"[ -]Rea[lL]\b(?!-)")


def _real_labels_of_imagenet(text: str, mentions: list[Cand]) -> None:
    """"ImageNet Real validation set" names "ImageNet ReaL", not ImageNet."""
    for c in mentions:
        if (c.label == DATASET and text.startswith(("ImageNet", "Imagenet"), c.start)
                and (m := _REAL_LABELS_AFTER.match(text, c.end))):  # fmt: skip
            c.name = c.canonical = "ImageNet ReaL"
            c.end = m.end()


def _editions_of_datasets(text: str, mentions: list[Cand]) -> None:
    """A name typed a method only by default that is another edition of a dataset the paper
    names is that dataset's edition: "MIMIC-II" beside "MIMIC-III", "WMT18" beside "WMT14",
    "ACE-2004" beside "ACE-2005" (a method's versions are proposed or known to the lexicon)."""
    stems = {_name_stem(text[d.start : d.end]) for d in mentions if d.label == DATASET}
    if not stems:
        return
    for c in mentions:
        if _weak_method(c) and _EDITION_OF_NAME.fullmatch(text, c.start, c.end):
            if _name_stem(text[c.start : c.end]) in stems:
                c.label = DATASET


# a dataset's edition, size or version suffix ("CIFAR-10", "VOC 2007", "SQuAD v1.1"), and the
# bare suffixes coordinated after it, each naming a sibling ("CIFAR-10/100", "PASCAL VOC 2007
# and 2012", "Kinetics 400 and 600", "SQuAD v1.1/v2.0"); a coordinated suffix ends the list
# item: no "%" or lower-case word but and/or/datasets/... follows it (not "CIFAR-100 and 69% on
# STL-10", "CIFAR-10 and 100 epochs"), nor right after a space a capitalised or mixed-case one,
# a metric or a name (not "SQuAD v1.1 and 89.1 F1", "Kinetics-400 and 40 mAP", "CIFAR-10 and 100
# ImageNet classes"; but "CIFAR-10/100, ImageNet"); and it has at most four digits (not
# "ImageNet 256x256 and 512x512" with the sign lost); a split word may follow the last one
# ("DAVIS 2016/2017 val", "Zorb-VOS 2018/2019 test-dev": the split of each edition)
_EDITION_SUFFIX_END = re.compile(r"(?<=[A-Za-z][- ])v?\d+(?:\.\d+)?[kKM]?$|(?<=[A-Za-z])v?\d+(?:\.\d+)?[kKM]?$")
_EDITION_NUMBER_AFTER = re.compile(r" (v?\d{1,4}(?:\.\d+)?[kKM]?)(?=(?:/|,? and |,? or |, )v?\d)")
# (a split word then "set" or "split" whatever follows: "2017 and 2018 test sets with"; a bare
# split word not before another word: "100 test images" counts images)
_SPLIT_AFTER = _SPLIT_WORD + r"(?:(?: sets?| splits?)(?![\w-])|(?![\w-]| (?!and\b|or\b)[a-z]))"
_NEXT_EDITION = re.compile(
    r"(?:/|,? and |,? or |, (?:and )?)(v?\d{1,4}(?:\.\d+)?[kKM]?)(?!\.?\d|\s*\\?%)"
    r"(?=[,;:.)/]?(?:\s|$)|[,;:.)/]|,? and |,? or )"
    rf"(?![,;:.)/]?\s*(?:%|(?!{_SPLIT_AFTER})[a-z]+\b(?<!and)(?<!or)(?<!datasets)(?<!dataset)"
    r"(?<!benchmarks)(?<!benchmark)(?<!respectively)(?<!splits)(?<!sets))"
    r"|\s+(?:[A-Z]|[a-z]+[A-Z\d]))"
)
YEAR = re.compile(r"(?:19|20)\d\d")  # a year-like number (results.py reads it too)


def _same_kind(first: str, other: str) -> bool:
    """Editions of one kind: versions with versions ("v1.1/v2.0"), numbers with numbers."""
    return ("." in first) == ("." in other)


def _coordinated(text: str, number: str, m: re.Match, slash: bool = True) -> bool:
    """``m`` (a _NEXT_EDITION match) is a sibling of the edition ``number``: of its kind, and
    years with years unless every link so far is a slash ("OTB-2013/50/100")."""
    if not _same_kind(number, m.group(1)):
        return False
    slash = slash and text.startswith("/", m.start())
    return slash or bool(YEAR.fullmatch(number)) == bool(YEAR.fullmatch(m.group(1)))


def _coordinated_editions(text: str, mentions: list[Cand]) -> list[Cand]:
    """Each bare suffix coordinated after a dataset's suffix names a sibling edition (years
    with years, "2007 and 2012"; a size after a year only in a slash list, "OTB-2013/50/100"):

    >>> t = "We test on CIFAR-10/100 and PoseTrack 2017 and 2018."
    >>> out = _coordinated_editions(t, [Cand(11, 19, DATASET, "lexicon", 0.9), Cand(28, 37, DATASET, "lexicon", 0.9)])
    >>> [c.name or t[c.start : c.end] for c in out]
    ['CIFAR-10', 'CIFAR-100', 'PoseTrack 2017', 'PoseTrack 2018']
    """
    added = []
    taken = {(c.start, c.end) for c in mentions}
    for c in mentions:
        if c.label != DATASET:
            continue
        surface = text[c.start : c.end]
        suffix = _EDITION_SUFFIX_END.search(surface)
        if suffix is None:  # "PoseTrack 2017 and 2018": the first edition is written after the name
            first = _EDITION_NUMBER_AFTER.match(text, c.end)
            m = first and _NEXT_EDITION.match(text, first.end(1))
            # renamed only when a sibling follows (not "MNIST 99/98.5", scores of two kinds)
            if not m or not _coordinated(text, first.group(1), m):
                continue
            name = (c.name or surface) + " " + first.group(1)
            c.end, c.name = first.end(1), name
            surface, number = text[c.start : c.end], first.group(1)
        else:
            name, number = c.name or surface, suffix.group()
            if not name.endswith(number):
                continue
        stem, pos, slash = name[: -len(number)], c.end, True
        while (m := _NEXT_EDITION.match(text, pos)) and _coordinated(text, number, m, slash):
            slash = slash and text.startswith("/", pos)
            if (m.start(1), m.end(1)) not in taken:
                added.append(Cand(m.start(1), m.end(1), DATASET, c.source, c.score, name=stem + m.group(1)))
            pos = m.end(1)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda c: c.start)


def _propagate_lists(text: str, mentions: list[Cand]) -> None:
    """In "A, B and C" lists, unknown names take the type of a dataset from the lexicon.

    A bare comma joins two names only inside a longer list ("A, B, and C"), not at a
    clause boundary ("Evaluated on A, B achieves ...").
    """
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        gap = text[a.end : b.start]
        if len(gap) > 7 or not N.LIST_GAP.fullmatch(gap):
            continue
        if gap.strip() in (",", "/") and not _LIST_NEXT.match(text, b.end):
            continue
        if a.label == DATASET and b.label == METHOD and b.source in ("name", "titlecase"):
            b.label = DATASET
        elif b.label == DATASET and a.label == METHOD and a.source in ("name", "titlecase"):
            a.label = DATASET
