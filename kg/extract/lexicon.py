"""Lexicons: the JSONL name lists in ``kg/extract/lexicons`` and their PhraseMatchers.

Each line is spaCy's pattern format plus two mlkg keys (see ``lexicons/SOURCES.md``):
``{"label": "DATASET", "pattern": "ImageNet", "id": "ImageNet", "case": "lower"}``.
``id`` is the canonical name; ``case`` chooses the matcher attribute (``ORTH`` for
"exact", ``LOWER`` for "lower"). Metric entries may carry ``higher_is_better``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import spacy
from spacy.matcher import PhraseMatcher

LABELS = ("METHOD", "DATASET", "METRIC", "TASK")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One lexicon line."""

    label: str
    pattern: str
    id: str
    case: str = "exact"
    higher_is_better: bool | None = None
    weak: bool = False  # a common word ("memory", "cost"): a metric only when reported
    source: str = ""


# measures named by an everyday word: kept only where the abstract reports or compares them
_WEAK_HEADS = {"cost", "time", "memory", "size", "loss", "speed", "energy", "parameters",
               "efficiency", "complexity", "consumption", "usage", "overhead", "footprint"}  # fmt: skip


def _weak_head(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and words[-1] in _WEAK_HEADS


@spacy.registry.misc("mlkg.lexicon_patterns.v1")
def lexicon_patterns(names: list[str] | None = None) -> list[LexiconEntry]:
    """All entries of the packaged lexicon files (or only the named files), in file order.

    :param names: file names such as ``["metrics.jsonl"]``; ``None`` for every ``*.jsonl``.
    :raises ValueError: if a line lacks ``label`` or ``pattern``, naming file and line.
    """
    return list(_load_all(tuple(names) if names else None))


@lru_cache(maxsize=8)
def _load_all(names: tuple[str, ...] | None) -> tuple[LexiconEntry, ...]:
    folder = resources.files("kg.extract") / "lexicons"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".jsonl")), key=lambda f: f.name)
    out = []
    for f in files:
        if names is not None and f.name not in names:
            continue
        for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            if "label" not in d or "pattern" not in d:
                raise ValueError(f"{f.name}:{lineno}: lexicon entry needs 'label' and 'pattern'")
            if d["label"] not in LABELS:
                raise ValueError(f"{f.name}:{lineno}: unknown label {d['label']!r}; use {LABELS}")
            out.append(
                LexiconEntry(
                    label=d["label"],
                    pattern=d["pattern"],
                    id=d.get("id") or d["pattern"],
                    case=d.get("case", "exact"),
                    higher_is_better=d.get("higher_is_better"),
                    weak=d["label"] == "METRIC"
                    and (bool(d.get("weak", False)) or _weak_head(d.get("id") or d["pattern"])),
                    source=f.name,
                )
            )
    return tuple(out)


@lru_cache(maxsize=1)
def metric_directions() -> dict[str, bool]:
    """Lower-cased metric name or synonym -> higher is better, from the metric lexicons."""
    out: dict[str, bool] = {}
    for e in _load_all(None):
        if e.label == "METRIC" and e.higher_is_better is not None:
            out.setdefault(e.pattern.lower(), e.higher_is_better)
            out.setdefault(e.id.lower(), e.higher_is_better)
    return out


@lru_cache(maxsize=1)
def canonical_names() -> dict[tuple[str, str], str]:
    """(label, lower-cased pattern) -> canonical name, for linking synonyms."""
    out: dict[tuple[str, str], str] = {}
    for e in _load_all(None):
        out.setdefault((e.label, e.pattern.lower()), e.id)
    return out


@lru_cache(maxsize=1)
def surface_labels() -> dict[str, str]:
    """Surface form -> label for direct look-up of whole candidate names.

    Keys are the pattern as written for "exact" entries and lower-cased (prefixed with
    ``"\x00"``) for "lower" ones. Used where tokenisation keeps a match from the
    PhraseMatcher ("GSM8K." is one token). First entry wins, file order.
    """
    out: dict[str, str] = {}
    for e in _load_all(None):
        for pattern in (e.pattern, *spaced_variant(e), *hyphened_variant(e)):
            key = pattern if e.case == "exact" else "\x00" + pattern.lower()
            out.setdefault(key, e.label)
    return out


@lru_cache(maxsize=1)
def longest_surface() -> int:
    """The length of the longest key of :func:`surface_labels`: no longer name is listed."""
    return max(map(len, surface_labels()))


def spaced_variant(e: LexiconEntry) -> tuple[str, ...]:
    """A lower-case technique written with hyphens is also written with spaces ("retrieval
    augmented generation", "chain of thought", "in context learning"): that form too.

    >>> spaced_variant(LexiconEntry("METHOD", "chain-of-thought prompting", "x", "lower"))
    ('chain of thought prompting',)
    >>> spaced_variant(LexiconEntry("METHOD", "t-SNE", "x", "lower")), spaced_variant(LexiconEntry("METHOD", "GPT-4", "x"))
    ((), ())
    """
    if e.label != "METHOD" or e.case != "lower" or "-" not in e.pattern:
        return ()
    parts = e.pattern.replace("-", " ").split()
    if any(len(p) < 2 for p in parts):
        return ()  # "k-means", "t-SNE": one letter is no word of its own
    return (" ".join(parts),)


def hyphened_variant(e: LexiconEntry) -> tuple[str, ...]:
    """A lower-case task whose last word is a gerund is also written with a hyphen before
    it ("question-answering", "instruction-following ability", "lip-reading"): that form
    too. Not "-learning": "transfer-learning methods", "a metric-learning component" name
    a technique.

    >>> hyphened_variant(LexiconEntry("TASK", "visual question answering", "x", "lower"))
    ('visual question-answering',)
    >>> hyphened_variant(LexiconEntry("TASK", "metric learning", "x", "lower"))
    ()
    >>> hyphened_variant(LexiconEntry("TASK", "object detection", "x", "lower"))
    ()
    """
    words = e.pattern.split()
    if e.label != "TASK" or e.case != "lower" or len(words) < 2:
        return ()
    if not words[-1].endswith("ing") or words[-1] == "learning":
        return ()
    if not (words[-2].isalpha() and words[-1].isalpha()) or words[-2] in ("and", "or", "of"):
        return ()  # "unsupervised pre-training" is hyphened already; "and-reasoning" is no word
    return (" ".join([*words[:-2], words[-2] + "-" + words[-1]]),)


# the same word in British and American spelling: (pattern, replacement) both ways
_SPELLINGS = (
    (re.compile(r"(?<=[a-z]{3})iz(?=ation|ing\b|ed\b)"), "is"),  # "optimization", "normalized"
    # (back only from "-isation": "supervised", "denoising" are no British "-ize" verbs)
    (re.compile(r"(?<=[a-z]{3})is(?=ation)"), "iz"),
    (re.compile(r"\bdialogue\b"), "dialog"),
    (re.compile(r"\bdialog\b"), "dialogue"),
    (re.compile(r"(?<=model|label)ling\b"), "ing"),  # "modelling", "labelling"
    (re.compile(r"(?<=model|label)ing\b"), "ling"),
)


def spelling_variant(e: LexiconEntry) -> tuple[str, ...]:
    """A lower-case name is also written in the other of British and American spelling
    ("domain generalisation", "task-oriented dialog systems", "acoustic modelling"): that
    form too, named as the lexicon lists it.

    >>> spelling_variant(LexiconEntry("TASK", "domain generalization", "x", "lower"))
    ('domain generalisation',)
    >>> spelling_variant(LexiconEntry("TASK", "dialogue state tracking", "x", "lower"))
    ('dialog state tracking',)
    >>> spelling_variant(LexiconEntry("METHOD", "masked language modelling", "x", "lower"))
    ('masked language modeling',)
    >>> spelling_variant(LexiconEntry("DATASET", "Tokenized Set", "x")), spelling_variant(LexiconEntry("METRIC", "size", "x", "lower"))
    ((), ())
    """
    if e.case != "lower":
        return ()
    text = e.pattern.lower()
    out = text
    for pattern, replacement in _SPELLINGS:
        if pattern.search(text):  # (of a pair, only the one the name is written in: no change back)
            out = pattern.sub(replacement, out)
    return (out,) if out != text else ()


def lookup_label(surface: str) -> str | None:
    """The lexicon label of a whole name, if the lexicons list it.

    >>> lookup_label("GSM8K"), lookup_label("gsm8k"), lookup_label("MATH"), lookup_label("math")
    ('DATASET', 'DATASET', 'DATASET', None)
    """
    table = surface_labels()
    return table.get(surface) or table.get("\x00" + surface.lower())


# what separates a name's parts: "AG News", "AG-News" and "AGNews" are one name
_SEPARATORS = re.compile(r"[-\s]+")
# a key this short is a code, not a name whose parts were joined ("T5" for "T-5"?)
_MIN_VARIANT_KEY = 4


def _variant_key(pattern: str, case: str) -> str:
    joined = _SEPARATORS.sub("", pattern)
    return joined if case == "exact" else "\x00" + joined.lower()


@lru_cache(maxsize=1)
def _variant_labels() -> dict[str, str | None]:
    """Separator-free key (as :func:`surface_labels` keys case) -> the one label of every
    entry so written, ``None`` where entries of two labels meet ("MAE" a model and a
    measure, "data augmentation" a technique and a task)."""
    out: dict[str, str | None] = {}
    for e in _load_all(None):
        key = _variant_key(e.pattern, e.case)
        out[key] = e.label if out.get(key, e.label) == e.label else None
    return out


def lookup_variant(surface: str) -> str | None:
    """The lexicon label of a name written with other separators than the lexicon's: a
    hyphen, a space or none ("AG-News" for "AG News", "WNUT-2017" and "CoVoST-2" for "WNUT
    2017" and "CoVoST 2", "Open-Book QA" for "OpenBookQA"). Case counts as in
    :func:`lookup_label`. Only for a name written with a capital or a digit (lower-case
    compounds are hyphenated freely: "cross-task" is no "CrossTask"), whose joined form has
    4 characters or more, which is no common word written unbroken in another case than the
    lexicon's ("Multiple" is no "MultiPL-E"; "Image-Net" is "ImageNet"), and where every entry
    written so has one label: otherwise None (use :func:`lookup_label` first).

    >>> lookup_variant("AG-News"), lookup_variant("CoVoST-2"), lookup_variant("ag-news")
    ('DATASET', 'DATASET', None)
    >>> lookup_variant("T-5"), lookup_variant("Data-Augmentation"), lookup_variant("Zorb-Net")
    (None, None, None)
    >>> lookup_variant("cross-task"), lookup_variant("Multiple"), lookup_variant("top1")
    (None, None, 'METRIC')
    >>> lookup_variant("Image-Net")
    'DATASET'
    """
    exact = _SEPARATORS.sub("", surface)
    if len(exact) < _MIN_VARIANT_KEY or (exact.islower() and exact.isalpha()):
        return None
    table = _variant_labels()
    labels = {table.get(exact, False)}
    # an unbroken word of running text is no name the lexicon writes in parts, but in the
    # name's own case: "Multiple" is no "MultiPL-E"; "Image-Net" is "ImageNet", although
    # "imagenet" is a frequent word of abstracts
    if exact != surface or exact.lower() not in common_words():
        labels.add(table.get("\x00" + exact.lower(), False))
    labels -= {False}
    return labels.pop() if len(labels) == 1 else None


def lookup_label_any_case(surface: str) -> str | None:
    """The lexicon label of a whole name written in any case ("roBERTa", "adamW"): for words
    whose case says nothing (an author's LaTeX macro names), not for running text.

    >>> lookup_label_any_case("roBERTa"), lookup_label_any_case("modelnet40"), lookup_label_any_case("ourM")
    ('METHOD', 'DATASET', None)
    """
    return _casefold_labels().get(surface.lower())


@lru_cache(maxsize=1)
def _casefold_labels() -> dict[str, str]:
    out: dict[str, str] = {}
    for key, label in surface_labels().items():
        out.setdefault(key.lstrip("\x00").lower(), label)
    return out


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent lower-case words of ML abstracts (``sota_common_words.txt``)."""
    f = resources.files("kg.extract") / "lexicons" / "sota_common_words.txt"
    return frozenset(f.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def nominalizations() -> tuple[dict[str, str], dict[str, str]]:
    """(gerund -> noun, verb -> noun) from ``nominalizations.tsv``: "detecting" ->
    "detection", "answer" -> "answering"."""
    f = resources.files("kg.extract") / "lexicons" / "nominalizations.tsv"
    gerunds: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for line in f.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            verb, gerund, noun = line.split("\t")
            gerunds.setdefault(gerund, noun)
            verbs.setdefault(verb, noun)
    return gerunds, verbs


@lru_cache(maxsize=1)
def clause_verbs() -> frozenset[str]:
    """Verbs of ``verbs.txt`` in the base and the -s form ("unify", "unifies"), which start a
    clause, never a task name.

    >>> {"unifies", "employ", "produces"} <= clause_verbs(), "control" in clause_verbs()
    (True, False)
    """
    f = resources.files("kg.extract") / "lexicons" / "verbs.txt"
    out = set()
    for line in f.read_text(encoding="utf-8").splitlines():
        v = line.strip()
        if v and not v.startswith("#"):
            if v.endswith("y") and v[-2] not in "aeiou":
                third = v[:-1] + "ies"
            elif v.endswith(("s", "sh", "ch", "x", "z")):
                third = v + "es"
            else:
                third = v + "s"
            out.update((v, third))
    return frozenset(out)


# a measure of two or more words whose head is a countable noun is also written in the
# plural when one name covers several values ("F1-scores of ...", "word error rates")
_COUNTABLE_MEASURE = re.compile(r"[ -](?:score|rate|error|measure|ratio|distance|coefficient)$")


def _pluralisable_acronym(pattern: str) -> bool:
    """Whether a measure's acronym is also written in the plural with an "s" ("WERs", "FIDs"):
    upper case, or mixed case with two capitals ("mAPs of 43.6/47.7", "mIoUs of 68.0 and
    76.9"), not a word ("Dice", "Elo") nor a plural already ("MACs").

    >>> [_pluralisable_acronym(p) for p in ("WER", "mAP", "mIoU", "nDCG", "Dice", "chrF", "MACs")]
    [True, True, True, True, False, False, False]
    """
    if not pattern.isalpha():
        return False
    return pattern.isupper() or (sum(c.isupper() for c in pattern) >= 2 and not pattern.endswith("s"))


def build_matchers(nlp, entries: list[LexiconEntry]) -> tuple[PhraseMatcher, PhraseMatcher, dict]:
    """Two PhraseMatchers (ORTH and LOWER) over ``entries`` and a key -> (label, id, weak,
    derived) table.

    Match keys are ``"LABEL|id"`` strings interned in ``nlp.vocab.strings``.
    """
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    groups: dict[tuple[str, str], list] = {}
    weak = {f"{e.label}|{e.id}" for e in entries if e.weak}
    # hand-written general lists outrank the derived ones when two types claim a name
    derived = {f"{e.label}|{e.id}" for e in entries if e.source.startswith(("sota_", "scierc_"))}
    derived -= {f"{e.label}|{e.id}" for e in entries if not e.source.startswith(("sota_", "scierc_"))}
    # names the general lists give another type ("BERT" is a model): no plural as a metric
    other = {e.pattern for e in entries if e.label != "METRIC" and not e.source.startswith(("sota_", "scierc_"))}
    for e in entries:
        key = f"{e.label}|{e.id}"
        text = e.pattern if e.case == "exact" else e.pattern.lower()
        groups.setdefault((key, e.case), []).append(text)
        groups[(key, e.case)].extend(spaced_variant(e))
        groups[(key, e.case)].extend(hyphened_variant(e))
        groups[(key, e.case)].extend(spelling_variant(e))
        if (e.label == "METRIC" and e.case == "exact" and _pluralisable_acronym(e.pattern.split()[-1])
                and e.pattern not in other):  # fmt: skip
            groups[(key, e.case)].append(e.pattern + "s")  # "WERs", "FIDs", "mAPs", "mask mAPs"
        elif e.label == "METRIC" and e.case == "lower" and _COUNTABLE_MEASURE.search(text):
            groups[(key, e.case)].append(text + "s")  # "F1-scores of 97.8%, 83.1%, ..."
    table = {}
    for (key, case), texts in groups.items():
        docs = [nlp.make_doc(t) for t in dict.fromkeys(texts)]
        (exact if case == "exact" else lower).add(key, docs)
        label, _, ident = key.partition("|")
        table[nlp.vocab.strings[key]] = (label, ident, key in weak, key in derived)
    return exact, lower, table
