"""Corpus-level linking: one entity per thing across all papers.

Surface names found by :mod:`kg.extract` vary: "ViT", "ViTs", "Vision Transformer (ViT)";
"top-1 acc." and "top-1 accuracy"; "LLaMA-2" and "Llama 2". :func:`link` groups them
into entities (per kind: method, dataset, metric, task), picks a canonical name, keeps
the other forms as aliases, relates variants to their family ("EfficientNet-B7" has
broader "EfficientNet") and rewrites every extraction to canonical names. Before that, a
corpus-wide vote on each name's type moves a paper's weakly typed method to the datasets when
the corpus clearly types it so (:func:`type_vote`: "than SYNTHIA and X" where other papers
say "on SYNTHIA").

>>> from kg.model import Extraction, Mention
>>> a = Extraction("p1", "t", methods=(Mention("Vision Transformer (ViT)"),))
>>> b = Extraction("p2", "t", methods=(Mention("ViTs"), Mention("EfficientNet-B7")))
>>> exs, ents = link([a, b])
>>> [m.name for m in exs[1].methods], exs[1].methods[1].broader
(['Vision Transformer (ViT)', 'EfficientNet-B7'], 'EfficientNet')
>>> sorted(e.name for e in ents)
['EfficientNet', 'EfficientNet-B7', 'Vision Transformer (ViT)']
"""

from __future__ import annotations

import re
from collections import ChainMap, Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from os.path import commonprefix
from functools import cache, lru_cache

from kg.extract import metric_higher_is_better
from kg.extract.lexicon import canonical_names, lexicon_patterns, lookup_label
from kg.extract.mentions import SPLIT_WORDS
from kg.leaderboard import board_dataset, board_metric
from kg.model import ENTITY_KINDS, ENTITY_TYPES, Entity, Extraction, Mention, Result, is_placeholder
from kg.pool import forks, ordered_map
from kg.text import LANGUAGES, family_of, name_key, release_of

_LABEL = {"methods": "METHOD", "datasets": "DATASET", "metrics": "METRIC", "tasks": "TASK"}
_ACRONYM_FORM = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[^()]+)\)$")
# a measure written with the change it reports: "parameter reduction", "memory savings"
_CHANGE_FORM = re.compile(r".+\s(?:reductions?|savings?|improvements?|gains?|increases?|decreases?)", re.I)


# A benchmark's split written after its name ("COCO test-dev", "Cityscapes test", "ADE20K val")
# is a dataset of its own for the leaderboards (Papers with Code keeps "COCO test-dev" and "COCO
# minival" apart: scores on two splits do not compare), and part of the benchmark: its family.
# Only a lower-case split word (kg.extract's SPLIT_WORDS): "Story Cloze Test" is a name. On
# sota-arxiv 11 of the 12 dataset entities named so have a split word (not: "Story Cloze Test",
# now left alone).
_SPLIT = re.compile(r"(?P<family>.*\S) (?:" + "|".join(SPLIT_WORDS) + r")(?: set| split)?")


def split_of(name: str) -> str | None:
    """The benchmark a split's name names, or None.

    >>> split_of("COCO test-dev"), split_of("Cityscapes val set"), split_of("Story Cloze Test"), split_of("COCO")
    ('COCO', 'Cityscapes', None, None)
    """
    m = _SPLIT.fullmatch(name)
    return m.group("family") if m else None


# A translation benchmark's edition and language pair (kg.extract reads the pair into the
# dataset's name: "WMT14 English-German") is one board however it is spelled: "WMT 2014
# English-German", "WMT 2014 English-to-German", "WMT14 EN-DE", "WMT'14 English→German" are
# "WMT14 English-German" (the year's last two digits, the languages' names, one hyphen), a
# variant of the bare edition "WMT14" (its skos:broader), which "WMT 2014" and "WMT'14" name too.
# A language code is a name only where it is a known one (else the name is left as written).
_TRANSLATION_EDITION = re.compile(
    r"(?P<bench>WMT|IWSLT)[ -]?(?:'|’|20)?(?P<yy>\d\d)"
    r"(?:\s+(?P<src>[A-Za-z]+)\s*(?:-|–|—|→|->|[ -]to[ -])\s*(?P<tgt>[A-Za-z]+))?"
)


def translation_edition(name: str) -> tuple[str, str | None] | None:
    """A translation benchmark's bare edition and the canonical name of its language pair (None
    without one), or None for another name.

    >>> translation_edition("WMT 2014 English-to-German"), translation_edition("WMT'14 EN-DE")
    (('WMT14', 'WMT14 English-German'), ('WMT14', 'WMT14 English-German'))
    >>> translation_edition("WMT 2016"), translation_edition("WMT14 Xx-De"), translation_edition("COCO")
    (('WMT16', None), None, None)
    """
    m = _TRANSLATION_EDITION.fullmatch(name)
    if m is None:
        return None
    edition = m["bench"] + m["yy"]
    if not m["src"]:
        return edition, None
    langs = []
    for x in (m["src"], m["tgt"]):
        lang = LANGUAGES.get(x.lower()) if len(x) == 2 else x.capitalize()
        if lang is None:
            return None
        langs.append(lang)
    return edition, f"{edition} {langs[0]}-{langs[1]}"


# --- the case guard -------------------------------------------------------------------
# Linking keys ignore case, but a short coined acronym's case is part of its name: "BiT" (Big
# Transfer) and "BIT" (a bitemporal image transformer), "SoA" and "SOA", "GeM" and "GEM" are
# different things. On 10,525 sota-arxiv abstracts the guard below splits 50 linked groups, 43
# of them two things by eye (7 one thing: ROI/RoI, OOD/OoD, CONLL/CoNLL, DE-EN/DeEn, EN-DE/EnDe,
# MAP/mAP, Art/ArT); 592 of the 638 method and dataset groups whose names differ in case stay
# whole: longer mixed-case names ("ImageNet" = "Imagenet", "CamVid" = "Camvid"), all-caps vs
# title case ("BERT" = "Bert"), two mixed-case spellings of one acronym ("DeiT" = "DeIT").
# So a method or dataset name written as one short word with small letters and at least two
# capitals, at least as many as small letters ("BiT", "mAP", "SPIDEr"), is a mixed-case
# acronym, keyed apart from the all-caps, title- and lower-case forms of its letters, which
# keep meeting each other (and the dashed forms and fewer-capital words that meet both, see
# :func:`case_classes`). They still meet the acronym where the corpus or the lexicon says they
# are one: under the long form both abbreviate ("region of interest (ROI)", "region of interest
# (RoI)"), through the lexicon (an entry matching any case, or a listed mixed-case name spelled
# otherwise: "XSUM" is the listed "XSum"; "SPIDEr" is not the listed "Spider"), or as a rarer
# title- or lower-case spelling when no all-caps form or own definition shares its key
# ("Culane" next to "CULane", "vit" next to "ViT"; not "Spider", 13 papers, next to "SPIDEr"),
# as a much rarer all-caps spelling that neither the corpus defines nor the lexicon lists
# ("ROI", 1 paper, next to "RoI", 17 uses; "CONLL", "OOD", "MAP" so; not "FILM" next to "FiLM",
# 1 to 3), or written with its word breaks ("DE-EN" is "DeEn", see :func:`_camel_spelled`).
# On sota-arxiv that rejoins 6 of the 7 one-thing splits (all but "Art"/"ArT", 1 paper each)
# and no two-thing split.
# The type vote keys names the same way (:func:`_vote_keys`): "SPIDEr" does not vote with "Spider".
GUARDED_KINDS = ("methods", "datasets")
_ACRONYM_WORD = re.compile(r"[A-Za-z]{2,6}")
_MIXED = "\x01A"  # the key suffix of a mixed-case acronym
_NAME_GAPS = re.compile(r"[-\s]+")
# an all-caps spelling is the mixed-case acronym's when the corpus uses the acronym this often
CAPS_MIN = 3  # uses of the acronym
CAPS_RATIO = 4  # times the uses of the all-caps spelling


def _caps(word: str) -> tuple[int, int]:
    """(capitals, letters) of a short one-word name, (0, 0) for any other name."""
    if len(word) > 3 and word[-1] == "s" and word[-2].isalpha():
        word = word[:-1]  # a plural "s": "CNNs" is "CNN", "RoIs" is "RoI"
    if not _ACRONYM_WORD.fullmatch(word):
        return 0, 0
    return sum(c.isupper() for c in word), len(word)


def _mixed_word(word: str) -> bool:
    upper, n = _caps(word)
    return 2 <= upper < n <= 2 * upper


@lru_cache(maxsize=65536)
def case_classes(name: str) -> tuple[str, ...]:
    """The key suffixes of ``name``: ``("\\x01A",)`` for a short mixed-case acronym (at
    least two capitals, at least as many as small letters), keyed apart from its other
    cases; ``("",)`` for any other name. Both for a name that meets either: a short word
    with fewer capitals ("GloVe" is "GLoVe" and "GLOVE") and a dashed or spaced name mixed
    only by its parts' own cases ("VGG-Net" is "VGGNet" and "VGG-NET").

    >>> [case_classes(n) == (_MIXED,) for n in ("BiT", "SPIDEr", "mAPs", "BiT-L", "ViTs")]
    [True, True, True, True, True]
    >>> [case_classes(n) for n in ("BIT", "Bert", "bit", "CNNs", "ImageNet", "Spider")]
    [('',), ('',), ('',), ('',), ('',), ('',)]
    >>> case_classes("Bi-LSTM") == case_classes("GloVe") == ("", _MIXED)
    True
    """
    parts = _NAME_GAPS.split(name)
    word = "".join(parts)
    upper, n = _caps(word)
    if upper < 2 or upper == n:
        return ("",)
    if 2 * upper < n or (len(parts) > 1 and not any(_mixed_word(p) for p in parts)):
        return ("", _MIXED)
    return (_MIXED,)


def mixed_acronym(name: str) -> bool:
    """Whether ``name`` is keyed as a short mixed-case acronym (:func:`case_classes`)."""
    return _MIXED in case_classes(name)


def _suffixes(name: str, guarded: bool) -> tuple[str, ...]:
    return case_classes(name) if guarded else ("",)


# Marks a name is written with or without: "WHAMR!" is "WHAMR", "THUMOS'14" "THUMOS14", "NTU RGB+D"
# "NTU-RGBD", "SoccerNet's" "SoccerNet", "LLM.int8()" "LLM.int8". Not a dot or comma between
# digits ("OPT-1.3B" is not "OPT-13B"; nor a ":", "1:1" is not "11"), not a "+" that ends a name ("DeepLabv3+" is not "DeepLabv3")
# or an "@" ("R@1"). On 10,525 sota-arxiv abstracts this joins 11 entity groups (17 papers), 10 of
# them one thing (wrong: a bare "SSD" now meets the one definition "Small Screen Device's (SSD's)").
_WRITTEN_MARKS = re.compile(r"['\u2019!?()]|(?<!\d)[.,:]|[.,:](?!\d)|(?<=[a-z0-9])\+(?=[a-z0-9])")


def _key_variants(k: str, plural: bool = True) -> set[str]:
    spelled = [k]
    if not k.isalnum():
        bare = _WRITTEN_MARKS.sub("", k)
        if bare and bare != k:
            spelled.append(bare)
    out = set()
    for v in spelled:
        out.update((v, v.replace(" ", "")))
        # plural "s" only after a letter: "ViTs" -> "ViT", but not "YOLOv10-S" -> "YOLOv10"
        if plural and len(v) > 3 and v.endswith("s") and not v.endswith("ss") and v[-2].isalpha():
            out.update((v[:-1], v[:-1].replace(" ", "")))
    return out


# an acronym's plural "s" is written in lower case ("CNNs"); a capital S after capitals is one of
# its letters ("Self-supervised Mean Teacher for Semi-supervised (SMTS)" is no plural of "SMT")
_CAPITAL_S_END = re.compile(r"[A-Z]S\W*$")


@lru_cache(maxsize=1 << 18)
def _keys(name: str, guarded: bool = True) -> frozenset[str]:
    """Keys under which spelling variants meet: case, dashes, spaces, plural 's'; a short
    mixed-case acronym's keys are its own (:func:`mixed_acronym`) where ``guarded``.
    (Memoised: linking asks for the keys of one name several times.)"""
    variants = _key_variants(name_key(name), plural=not _CAPITAL_S_END.search(name))
    # the case classes of the name without its marks: "BiT's" is "BiT", "GeM!" is "GeM"
    suffixes = _suffixes(_WRITTEN_MARKS.sub("", name), guarded)
    return frozenset(variants if suffixes == ("",) else {k + x for k in variants for x in suffixes})


@lru_cache(maxsize=1)
def _lexicon_classes() -> dict[tuple[str, str], frozenset[str]]:
    """(label, lower-cased pattern) -> "*" for an entry matching any case, else the key
    suffixes of its exact pattern (:func:`case_classes`): "LaPa" is mixed, "Spider" is not."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in lexicon_patterns():
        out[e.label, e.pattern.lower()].update(("*",) if e.case == "lower" else case_classes(e.pattern))
    return {k: frozenset(v) for k, v in out.items()}


def _lexicon_links(label: str, name: str, lex_id: str) -> bool:
    """Whether the lexicon says ``name`` is ``lex_id`` (found without case): when both meet
    under one key class, when an entry matches any case, or when ``name`` is an all-caps,
    title- or lower-case spelling of a mixed-case acronym the lexicon lists ("XSUM" and
    "XSum"); a mixed-case acronym is not the plain name the lexicon lists ("SPIDEr" is not
    "Spider", "BiT" is not "BIT")."""
    mine, theirs = case_classes(name), case_classes(lex_id)
    if not set(mine).isdisjoint(theirs) or (mine == ("",) and theirs == (_MIXED,)):
        return True
    return "*" in _lexicon_classes().get((label, name.lower()), frozenset())


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def collect_forms(
    extractions: Iterable[Extraction], forms: dict[str, Counter] | None = None, *, fields: bool = True
) -> dict[str, Counter]:
    """Count every surface form per kind; streaming (pass ``forms`` to add to earlier counts).

    The counts are all :class:`Linker` needs, so a corpus can be linked without
    holding its extractions in memory. With ``fields=False`` the field items of the papers that
    define or write an acronym bare (FIELD_DEF, FIELD_BARE: most of the counts' memory on a
    big corpus) are left out: the Linker then reads them from a second pass over the corpus,
    for the few acronyms whose field it weighs (its ``fields`` argument, :func:`count_fields`).
    """
    if forms is None:
        forms = {t: Counter() for t in ENTITY_TYPES}
    for key in (FIELD_DF, FIELD_DEF, FIELD_BARE, FIELD_FREQUENT):  # (always there: kg.distributed merges partitions' keys)
        forms.setdefault(key, Counter())
    for ex in extractions:
        for t in ENTITY_TYPES:
            for m in ex.mentions(t):
                forms[t][m.name] += 1
                for a in m.aliases:
                    forms[t][a] += 0  # known, not counted as a name
        for r in ex.results:
            for t, v in (("methods", r.method), ("datasets", r.dataset), ("metrics", r.metric),
                         ("methods", r.baseline)):  # fmt: skip
                if v and not is_placeholder(v):
                    forms[t][v] += 0
        for p in ex.proposed:
            kind = "datasets" if p in forms["datasets"] and p not in forms["methods"] else "methods"
            forms[kind][p] += 0
        _count_types(ex, forms.setdefault(TYPE_VOTES, Counter()))
        _count_fields(ex, forms, pairs=fields)
    return forms


# --- the corpus-wide type vote ------------------------------------------------------
# One name, one type across the corpus: a paper that types a name only weakly (no lexicon
# entry, no typing context: "than Spider and X") takes the type most papers give it with
# clear evidence ("on Spider", "the Spider benchmark"). Each paper votes once per name and
# type, weighted by its mention's confidence: a lexicon hit or a typing context (confidence
# >= STRONG_TYPING) weighs STRONG_WEIGHT, any other mention 1.
TYPE_VOTES = "types"  # the key of the vote counts in the forms of collect_forms
VOTE_KINDS = ("methods", "datasets")
# Only method -> dataset: on 10,525 sota-arxiv abstracts 17 dataset -> method retypings were
# 6 right (a "dataset" typed weakly is mostly neither: WiFi, BEV, SMILES), while method is the
# type of an untyped capitalised name and the corpus often knows better (SYNTHIA, GTA5, WMT).
VOTE_DIRECTIONS = (("methods", "datasets"),)
STRONG_TYPING = 0.85
STRONG_WEIGHT = 3
VOTE_MIN_PAPERS = 3  # papers typing the name the winning way
VOTE_RATIO = 2  # weighted votes of the winning type over those of the paper's type
RETYPED_CONFIDENCE = 0.6  # a mention typed by the corpus, not by its paper, says so


@lru_cache(maxsize=65536)
def _vote_keys(name: str) -> tuple[str, ...]:
    """The keys a name votes under: without case, spaces, dashes or plural "s" (as
    :func:`_keys` links names: a mixed-case acronym apart), an acronym definition
    under its short and its long form:
    "ViT", "ViTs" and "Vision Transformer (ViT)" vote together.

    >>> _vote_keys("Vision Transformer (ViT)"), _vote_keys("ViTs"), _vote_keys("Market-1501")
    (('vit\\x01A', 'visiontransformer'), ('vit\\x01A',), ('market1501',))
    """
    m = _ACRONYM_FORM.match(name)
    out = []
    for form in (m.group("short"), m.group("long")) if m else (name,):
        k = name_key(form).replace(" ", "")
        if len(k) > 3 and k.endswith("s") and not k.endswith("ss") and k[-2].isalpha():
            k = k[:-1]
        out.extend(k + x for x in case_classes(form))  # the vote kinds are the guarded kinds
    return tuple(dict.fromkeys(out))


def _weak_typing(m: Mention, proposed: set[str]) -> bool:
    """Whether the paper's own typing of ``m`` is weak enough for the corpus to overrule:
    no typing context, not the paper's proposed name, not a name the lexicon types."""
    if m.confidence >= STRONG_TYPING or not proposed.isdisjoint(_vote_keys(m.name)):
        return False
    return not any(_lexicon_typed(n) for n in (m.name, *m.aliases))


@lru_cache(maxsize=65536)
def _lexicon_typed(name: str) -> bool:
    return lookup_label(name) in ("METHOD", "DATASET")


def _count_types(ex: Extraction, votes: Counter) -> None:
    """Add one paper's type votes: ("w", kind, key) weighted votes, ("n", kind, key) papers,
    ("weak", kind, name) mentions the corpus may retype (see :func:`_weak_typing`)."""
    proposed = {k for p in ex.proposed for k in _vote_keys(p)}
    best: dict[tuple[str, str], int] = {}
    for t in VOTE_KINDS:
        for m in ex.mentions(t):
            w = STRONG_WEIGHT if m.confidence >= STRONG_TYPING else 1
            for k in _vote_keys(m.name):
                best[t, k] = max(best.get((t, k), 0), w)
            if _weak_typing(m, proposed):
                votes["weak", t, m.name] += 1
    for (t, k), w in best.items():
        votes["w", t, k] += w
        votes["n", t, k] += 1


def type_vote(votes: Counter) -> dict[tuple[str, str], str]:
    """(kind, vote key) -> the kind the corpus gives the name, where it clearly disagrees:
    at least VOTE_MIN_PAPERS papers and VOTE_RATIO times the weighted votes of the other."""
    out: dict[tuple[str, str], str] = {}
    for (tag, t, k), n in votes.items():
        if tag != "n" or n < VOTE_MIN_PAPERS:
            continue
        for weak, strong in VOTE_DIRECTIONS:
            against = votes.get(("w", weak, k), 0)
            if strong == t and against and votes["w", t, k] >= VOTE_RATIO * against:
                out[weak, k] = t
    return out


# --- a bare acronym's field --------------------------------------------------------------
# A bare acronym joins the long form the corpus defines it with (:func:`_expansion`), but where
# one or two papers define it, other papers that write it bare may mean another thing of their
# own field: "MARS" in ten person re-identification papers is not one paper's "Multimodal
# Analogical Reasoning dataSet (MARS)", "CNF" in SAT papers is not "Cell-based Neural Fabric".
# A paper's field is read from its title's words and the names it mentions (:func:`_field_items`);
# the field of a definition, from its papers' and from its long form's words. Where the papers that
# write the acronym bare share a field among themselves (FIELD_MIN_ITEMS items each in
# FIELD_MIN_PAPERS of them) that none of its few defining papers (at most THIN_DEFINERS) has,
# the definition is foreign to them: a bare use whose paper shares no field item with the
# definition stays the acronym of its own (:meth:`Linker.paper_canon`). Where the corpus defines
# the acronym with several meanings, a bare use joins the one whose field its paper shares
# ("LDA" in a face recognition paper: linear discriminant analysis, not the topic model),
# and none when it shares none's. Items in more than FIELD_MAX_SHARE of the papers ("accuracy",
# "learning") say nothing of a field.
# the keys of the field counts in the forms of collect_forms: papers per item (and all papers
# under PAPERS); papers per (kind, definition, item) and per (kind, bare acronym, item)
FIELD_DF, FIELD_DEF, FIELD_BARE, PAPERS = "field items", "field definitions", "field bare", ""
# Only the items of more than FIELD_MAX_SHARE of the papers need their papers counted in full: a
# first pass without the field counts (``collect_forms(..., fields=False)``) keeps FIELD_FREQUENT
# instead, the FREQUENT_COUNTERS most frequent items (Misra and Gries' frequent items: an item's
# papers are at most its count there plus the count under PAPERS, which stays below a tenth of
# the papers while they have fewer than FREQUENT_COUNTERS / 10 items each; sota-arxiv's have 10
# on average, 31 at most), and the second read counts their papers exactly.
FIELD_FREQUENT = "field frequent"
FREQUENT_COUNTERS = 1000
FIELD_MAX_SHARE = 0.1
FIELD_MATCH_SHARE = 0.25
FIELD_MIN_PAPERS = 2
FIELD_MIN_ITEMS = 2
THIN_DEFINERS = 2
FEW_BARE_USES = 4
# An entity's label is its acronym definition ("Long Form (X)", carrying both forms) unless the
# corpus writes the bare acronym far more often, at least LABEL_MIN_BARE times and LABEL_BARE_RATIO
# times as often as its long form (defined or not): then the label is what everyone writes ("BERT",
# "SVHN", "GLUE", "ReLU"; not "LSTM", which 39 papers define), and the definition is an alias.
# Not an acronym with two meanings in the corpus, nor one whose definition is foreign to its bare
# users (that bare acronym is an entity of its own).
LABEL_MIN_BARE = 5
LABEL_BARE_RATIO = 3
# a title's word of four letters or more, or a three-capital acronym ("TCP/AQM": "TCP" tells the
# field). (Reading "Meters" and "Metering" as one item joined AMI's smart meters to its definition
# but also made 3 wrong joins on sota-arxiv, "semantics" for a compiler tool's LISA, "videos" for
# LCM: not done.)
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}|(?<![A-Za-z-])[A-Z]{3}(?![A-Za-z-])")
_PLAIN_WORDS = frozenset(
    "with from that this their using based learning deep neural network networks model models towards toward "
    "into over under than through without".split())


def _few_definers(key: tuple[str, str], writers: Counter) -> re.Match | None:
    """The "Long Form (ACR)" match of the definition ``key`` (kind, entity) that at most
    THIN_DEFINERS papers write, else None: the only definitions whose bare users may be foreign
    to them (one test for :meth:`Linker._field_need`, which asks for their fields, and
    :meth:`Linker._read_fields`, which weighs them)."""
    return _ACRONYM_FORM.match(key[1]) if writers[key] <= THIN_DEFINERS else None


def _field_items(ex: Extraction) -> frozenset[str]:
    """A paper's field: its title's words ("w:") and the names it mentions ("n:", lower case)."""
    items = {"w:" + w for w in map(str.lower, _TITLE_WORD.findall(ex.title or "")) if w not in _PLAIN_WORDS}
    items.update("n:" + m.name.lower() for t in ENTITY_TYPES for m in ex.mentions(t))
    return frozenset(items)


def _long_items(long: str) -> set[str]:
    """A long form's words as field items: "style-based GAN" is of the field of "style-based"."""
    return {"w:" + w for w in map(str.lower, _TITLE_WORD.findall(long)) if w not in _PLAIN_WORDS}


def _bare_acronym(name: str) -> bool:
    """A one-word name with two capitals or more: what a paper writes for an acronym."""
    return len(name) <= 12 and " " not in name and sum(c.isupper() for c in name) >= 2


def reduce_frequent(frequent: Counter) -> None:
    """Keep the FREQUENT_COUNTERS largest counts of ``frequent`` (see FIELD_FREQUENT), each less
    the next largest, which the bound under PAPERS grows by (a batch of Misra-Gries decrements)."""
    counts = sorted((n for x, n in frequent.items() if x), reverse=True)
    if len(counts) <= FREQUENT_COUNTERS:
        return
    cut = counts[FREQUENT_COUNTERS]
    for x in [x for x, n in frequent.items() if x and n <= cut]:
        del frequent[x]
    for x in frequent:
        if x:
            frequent[x] -= cut
    frequent[PAPERS] += cut


def _count_fields(ex: Extraction, forms: dict[str, Counter], pairs: bool = True) -> None:
    """Add one paper's field counts to ``forms`` (see FIELD_DF); without ``pairs`` only the
    papers and the frequent items (FIELD_FREQUENT), not the papers per item nor the items per
    definition and per bare acronym."""
    items = _field_items(ex)
    df = forms[FIELD_DF]
    df[PAPERS] += 1
    if not pairs:
        frequent = forms[FIELD_FREQUENT]
        frequent.update(items)
        if len(frequent) > 2 * FREQUENT_COUNTERS:
            reduce_frequent(frequent)
        return
    df.update(items)
    for t in GUARDED_KINDS:
        for m in ex.mentions(t):
            defs = [n for n in (m.name, *m.aliases) if n[-1:] == ")" and _ACRONYM_FORM.match(n)]
            for n in defs:
                forms[FIELD_DEF].update([(t, n, x) for x in items])
            if not defs and _bare_acronym(m.name):
                forms[FIELD_BARE].update([(t, m.name, x) for x in items])


# On a big corpus the items per definition and per bare acronym are most of the counts' memory
# (about 2.4 KB a paper: 5 GB for arXiv's 2M abstracts), though the Linker weighs the field of
# few acronyms: those whose bare users may be foreign to a definition few papers write (used
# bare in FIELD_MIN_PAPERS papers or more), those of two or three capitals a thin definition
# gives, those with several meanings. So a corpus too big to hold them counts only the papers
# per item in its first pass (``collect_forms(..., fields=False)``); the Linker, once it has
# resolved the names, says which ones it weighs (a :class:`FieldNeed`) and the caller reads
# the corpus again for them (:func:`count_fields`; kg.build reads its spill, kg.distributed
# each partition's). Both ways give the same Linker.
@dataclass(frozen=True)
class FieldNeed:
    """The names whose papers' field items a :class:`Linker` weighs (see FIELD_DF).

    ``definitions``: kind -> acronym definitions ("Long Form (LF)") whose papers' items are
    their entity's field; ``bare``: kind -> bare acronyms whose papers' items are counted
    for the definition they link to; ``items``: the items whose papers are counted (FIELD_DF:
    the frequent ones of the first pass, FIELD_FREQUENT), None for every item."""

    definitions: Mapping[str, frozenset[str]]
    bare: Mapping[str, frozenset[str]]
    items: frozenset[str] | None = frozenset()


def count_fields(extractions: Iterable[Extraction], need: FieldNeed) -> dict[str, Counter]:
    """The field counts of ``collect_forms`` for ``need`` only: FIELD_DEF and FIELD_BARE for its
    names, and FIELD_DF, the papers and the papers of each of its items (none when ``need.items``
    is empty). Partitions' counts add up (``Counter.update``)."""
    counts = {FIELD_DEF: Counter(), FIELD_BARE: Counter()}
    if need.items is None or need.items:
        counts[FIELD_DF] = Counter()
    df, wanted = counts.get(FIELD_DF), need.items
    kinds = [t for t in GUARDED_KINDS if need.definitions.get(t) or need.bare.get(t)]
    for ex in extractions:
        items: frozenset[str] | None = None
        if df is not None:
            df[PAPERS] += 1
            items = _field_items(ex)
            df.update(items if wanted is None else items & wanted)
        for t in kinds:
            defined, bare = need.definitions.get(t, frozenset()), need.bare.get(t, frozenset())
            for m in ex.mentions(t):
                defs = [n for n in (m.name, *m.aliases) if n[-1:] == ")" and _ACRONYM_FORM.match(n)]
                for n in defs:
                    if n in defined:
                        if items is None:
                            items = _field_items(ex)
                        counts[FIELD_DEF].update([(t, n, x) for x in items])
                if not defs and m.name in bare and _bare_acronym(m.name):
                    if items is None:
                        items = _field_items(ex)
                    counts[FIELD_BARE].update([(t, m.name, x) for x in items])
    return counts


class Linker:
    """Canonical names, families and entities resolved from corpus-wide name counts.

    ``retype`` holds the corpus-wide type vote (:func:`type_vote`): weakly typed mentions of
    a name the corpus clearly types otherwise move to that type (:meth:`retype_mentions`);
    the counts move with them before names are linked. ``workers`` > 1 links the entity
    types at once in worker processes (see :func:`_link_kinds`).

    ``fields``, for counts made with ``collect_forms(..., fields=False)``: called once the
    names are resolved with the :class:`FieldNeed` of the acronyms whose field the Linker
    weighs, it returns their field counts from a second read of the corpus
    (:func:`count_fields`)."""

    def __init__(self, forms: dict[str, Counter], *, workers: int = 1,
                 fields: Callable[[FieldNeed], dict[str, Counter]] | None = None):  # fmt: skip
        if fields is None and (forms.get(FIELD_FREQUENT) or Counter()).total():
            # (before the names are linked, which takes minutes on a big corpus)
            raise ValueError("counts made with collect_forms(..., fields=False) need the Linker's fields= "
                             "(a second read of the corpus: count_fields)")
        lex = canonical_names()
        counted = forms  # (as the papers gave them, before the vote moves any: FIELD_BARE's kinds)
        votes = forms.get(TYPE_VOTES) or Counter()
        self.retype = type_vote(votes)
        if self.retype:
            forms = dict(forms)
            for t in VOTE_KINDS:
                forms[t] = Counter(forms[t])
            for (tag, t, name), n in sorted(votes.items()):
                to = self._target(t, name) if tag == "weak" else None
                if to:
                    forms[to][name] += n
                    forms[t][name] -= n
                    if forms[t][name] <= 0:
                        del forms[t][name]
        canon: dict[str, dict[str, str]] = {}
        entities: list[Entity] = []
        for t, (mapping, ents) in zip(ENTITY_TYPES, _link_kinds(forms, lex, workers), strict=True):
            canon[t] = mapping
            entities.extend(ents)
        self.canon = canon
        self._read_definitions(forms)
        if fields is not None:
            forms = {**forms, **fields(self._field_need(counted))}
        self._read_fields(forms)
        entities = self._label_acronyms(forms, entities)
        # families: emit the family entity and point variants at it
        broader: dict[tuple[str, str], str] = {}
        by_name = {(e.kind, e.name): e for e in entities}
        extra: list[Entity] = []
        for e in list(entities):
            if e.kind not in ("method", "dataset"):
                continue
            fam = family_of(e.name) if not _ACRONYM_FORM.match(e.name) else None
            t = e.kind + "s"
            split = split_of(e.name) if e.kind == "dataset" else None
            # a split's benchmark only when the corpus knows it as a dataset ("COCO test-dev"), not
            # any name before "test" ("Turing test", "stress test", "A/B test")
            split_name = split and _known(canon[t], split, t)
            if not fam and not split_name and e.kind == "dataset":
                release = release_of(e.name)  # "SQuAD 2.0": a known dataset's release, like a split
                split_name = release and _known(canon[t], release, t)
            edition = translation_edition(e.name) if e.kind == "dataset" else None
            if edition and edition[1] == e.name:
                split_name = edition[0]  # "WMT14 English-German": a variant of "WMT14"
            if split_name:
                fam = split_name
            if not fam:
                continue
            fam_name = split_name or canon[t].get(fam) or _lookup(canon[t], fam, t in GUARDED_KINDS) or fam
            if fam_name == e.name:
                continue
            broader[(e.kind, e.name)] = fam_name
            if (e.kind, fam_name) not in by_name:
                fe = Entity(kind=e.kind, name=fam_name)
                by_name[(e.kind, fam_name)] = fe
                extra.append(fe)
        entities = [
            replace(e, broader=broader.get((e.kind, e.name))) if (e.kind, e.name) in broader else e
            for e in entities + extra
        ]
        entities.sort(key=lambda e: (e.kind, e.name.lower(), e.name))
        self.broader = broader
        self.entities = entities
        # the memos served this corpus's linking: ~26 MB after sota-arxiv, not kept for the process's life
        _keys.cache_clear()
        _spells.cache_clear()

    def _read_definitions(self, forms: dict[str, Counter]) -> None:
        """What the resolved names say of the acronym definitions, before any field item:
        ``meanings`` (kind, key of an acronym) -> its definitions' entities; ``definers``
        (kind, entity) -> the papers that define it; ``thin`` (see below); the papers that write
        a definition's long form and the words of its long forms (for :meth:`_read_fields`)."""
        definers: Counter = Counter()  # (kind, entity) -> papers that define it
        writers: Counter = Counter()  # (kind, entity) -> papers that write its long form, defined or not
        bare_uses: Counter = Counter()  # (kind, entity) -> papers that write its acronym bare
        long_items: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.meanings: dict[tuple[str, str], set[str]] = defaultdict(set)
        for t in GUARDED_KINDS:
            for n, e in self.canon[t].items():
                if n[0] == "\x00":
                    continue
                if _bare_acronym(n) or _spells_short(n, e):
                    bare_uses[t, e] += forms[t].get(n, 0)
                else:
                    writers[t, e] += forms[t].get(n, 0)  # (papers that write its long form, defined or not)
                d = n[-1:] == ")" and n[0] != "\x00" and _ACRONYM_FORM.match(n)
                if d and _ACRONYM_FORM.match(e):
                    definers[t, e] += forms[t].get(n, 0)
                    long_items[t, e].update(_long_items(d.group("long")))
                    for k in _keys(d.group("short"), True):
                        self.meanings[t, k].add(e)
        self.definers = definers
        # the definitions too few papers write to stand for a bare acronym few papers use: a use
        # that shares no field item with them is another thing ("AMI" in meeting summarisation
        # is not a one-paper "Automated Metering Infrastructure (AMI)")
        self.thin = {k for k, n in writers.items() if n <= THIN_DEFINERS and bare_uses[k] <= FEW_BARE_USES}
        self._writers, self._long_items = writers, long_items  # (for _read_fields only)

    def _field_need(self, counted: dict[str, Counter]) -> FieldNeed:
        """The names whose papers' field items :meth:`_read_fields` weighs (``counted``: the
        first pass's counts, before the type vote): the bare uses of a definition few papers
        write, where FIELD_MIN_PAPERS papers or more may write it bare (:attr:`foreign`), and
        the definitions of every acronym whose field a paper's bare use may be weighed against
        (:attr:`field_names`: a foreign or thin definition's, one of several meanings)."""
        uses: Counter = Counter()  # (kind, entity) -> at least the papers that write it bare
        for t in GUARDED_KINDS:
            for n, e in self.canon[t].items():
                if n[0] != "\x00" and _bare_acronym(n):
                    uses[t, e] += counted[t].get(n, 0)
        foreign = {k for k, n in uses.items() if n >= FIELD_MIN_PAPERS and _few_definers(k, self._writers)}
        weighed = set(foreign)
        for t, n, e in self._weighed_names(foreign):
            weighed.add((t, e))
            weighed.update((t, x) for k in _keys(n, True) for x in self.meanings.get((t, k), ()))
        df = counted.get(FIELD_DF) or Counter()
        frequent = counted.get(FIELD_FREQUENT) or Counter()
        if len(df) > 1:
            items: frozenset[str] | None = frozenset()  # (the first pass counted every item's papers)
        elif frequent[PAPERS] <= FIELD_MAX_SHARE * df[PAPERS]:
            items = frozenset(x for x in frequent if x)  # (all the items of more than a tenth of the papers)
        else:
            items = None  # (papers with more items than the frequent ones can tell about: count them all)
        return FieldNeed(
            definitions={t: frozenset(n for n, e in self.canon[t].items() if (t, e) in weighed and n[-1:] == ")")
                         for t in GUARDED_KINDS},
            bare={t: frozenset(n for n, e in self.canon[t].items() if (t, e) in foreign and _bare_acronym(n))
                  for t in GUARDED_KINDS},
            items=items)  # fmt: skip

    def _read_fields(self, forms: dict[str, Counter]) -> None:
        """The fields of the acronym definitions (see FIELD_DF): ``fields`` (kind, entity) ->
        field items; ``foreign`` the entities whose few definers' field the acronym's bare users
        do not share; ``field_names`` the bare names a paper's field may give another entity."""
        df = forms.get(FIELD_DF) or Counter()
        most, wide = FIELD_MAX_SHARE * df[PAPERS], FIELD_MATCH_SHARE * df[PAPERS]
        fields, writers = self._long_items, self._writers
        del self._long_items, self._writers
        bare: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for (t, n, item) in forms.get(FIELD_DEF) or ():
            if df[item] <= wide and (e := self.canon[t].get(n)):
                fields[t, e].add(item)
        for (t, n, item), papers in (forms.get(FIELD_BARE) or Counter()).items():
            if df[item] <= wide and (e := self.canon[t].get(n)):
                bare[t, e][item] += papers
        self.definition: dict[tuple[str, str], str] = {}  # (kind, label) -> the definition it renames
        self.fields = {k: frozenset(v) for k, v in fields.items()}
        self.common_items = frozenset(x for x, n in df.items() if n > most and x)
        self.everywhere = frozenset(x for x in self.common_items if df[x] > wide)
        self.foreign: set[tuple[str, str]] = set()
        for (t, e), items in bare.items():
            d = _few_definers((t, e), writers)
            if d is None:
                continue
            own = _own_items(d.group("short"), e)
            shared = {x for x, n in items.items() if n >= FIELD_MIN_PAPERS and x not in own}
            telling = shared - self.common_items
            if len(telling) >= FIELD_MIN_ITEMS and shared.isdisjoint(self.fields.get((t, e), ())):
                self.foreign.add((t, e))
        self.field_names: dict[str, set[str]] = {t: set() for t in ENTITY_TYPES}
        for t, n, _ in self._weighed_names(self.foreign):
            self.field_names[t].add(n)

    def _weighed_names(self, foreign: set[tuple[str, str]]) -> Iterator[tuple[str, str, str]]:
        """(kind, bare name, entity) of the bare acronyms whose entity a paper's field may change
        (:meth:`_field_overlay`): a definition ``foreign`` to its bare users, a thin one of two or
        three capitals, one of several meanings. One test for :meth:`_field_need` (with the
        entities that may be foreign) and :meth:`_read_fields` (those that are): were they to
        differ, the second read would miss a field the Linker weighs."""
        for t in GUARDED_KINDS:
            for n, e in self.canon[t].items():
                if n[0] == "\x00" or e[-1:] != ")" or not _bare_acronym(n):
                    continue
                if ((t, e) in foreign or ((t, e) in self.thin and _short_caps(n))
                        or any(len(self.meanings.get((t, k), ())) > 1 for k in _keys(n, True))):
                    yield t, n, e

    def _label_acronyms(self, forms: dict[str, Counter], entities: list[Entity]) -> list[Entity]:
        """The entities with an acronym definition renamed to the bare acronym where the corpus
        writes that far more often (see LABEL_MIN_BARE); ``canon`` and the field tables follow."""
        members: dict[tuple[str, str], list[str]] = defaultdict(list)
        for t in GUARDED_KINDS:
            for n, e in self.canon[t].items():
                if n[0] != "\x00" and e[-1:] == ")":
                    members[t, e].append(n)
        taken = {(e.kind, e.name) for e in entities}
        renamed: dict[tuple[str, str], str] = {}
        for (t, e), names in members.items():
            d = _ACRONYM_FORM.match(e)
            if not d or (t, e) in self.foreign:
                continue  # (the bare acronym's own entity is another thing: its name stays free)
            keys = _keys(d.group("short"), True)
            if any(len(self.meanings.get((t, k), ())) > 1 for k in keys):
                continue  # (the bare acronym is ambiguous: the label keeps the long form)
            bare = [n for n in names if _spells_short(n, e)]  # (any case: "QER" and "Qer")
            bare_uses = sum(forms[t].get(n, 0) for n in bare)
            long_uses = sum(forms[t].get(n, 0) for n in names if n not in bare)
            if bare_uses >= LABEL_MIN_BARE and bare_uses >= LABEL_BARE_RATIO * long_uses:
                # the commonest spelling, but not a plural ("QENs" labels QEN's definition as "QEN")
                short = d.group("short")
                singular = [n for n in bare if n[-1:] not in "sS" or n[:-1].lower() != short.lower()] or [short]
                label = min(singular, key=lambda n: (-forms[t].get(n, 0), n))
                if (ENTITY_KINDS[t], label) not in taken:
                    renamed[t, e] = label
                    taken.add((ENTITY_KINDS[t], label))
        if not renamed:
            return entities
        for t in GUARDED_KINDS:
            self.canon[t] = {n: renamed.get((t, e), e) for n, e in self.canon[t].items()}
        for table in (self.fields, self.definers):
            for (t, e), label in renamed.items():
                if (t, e) in table:
                    table[t, label] = table.pop((t, e))
        self.meanings = {k: {renamed.get((k[0], e), e) for e in v} for k, v in self.meanings.items()}
        self.thin = {(t, renamed.get((t, e), e)) for t, e in self.thin}
        self.definition = {(t, label): e for (t, e), label in renamed.items()}
        out = []
        for ent in entities:
            label = renamed.get((ent.kind + "s", ent.name))
            if label:
                aliases = tuple(sorted({*ent.aliases, ent.name} - {label}))
                ent = replace(ent, name=label, aliases=aliases)
            out.append(ent)
        return out

    def _field_meaning(self, kind: str, name: str, target: str, items: frozenset[str]) -> str | None:
        """The entity a paper's bare acronym ``name`` is, by its paper's field (``items``), where
        the corpus's ``target`` is not it: another meaning whose field it shares, or the acronym
        itself; None to keep ``target``."""
        d = _ACRONYM_FORM.match(target)
        if not d:
            return None
        own = _own_items(name, target) | self.everywhere
        if items <= own | self.common_items:
            return None  # (nothing tells the paper's field)
        others = {e for k in _keys(name, True) for e in self.meanings.get((kind, k), ())
                  if e != target and not _one_meaning(e, target)}  # (other spellings of its meaning are it)

        def shared(e: str) -> int:
            return len((items & self.fields.get((kind, e), frozenset())) - own)

        if shared(target):
            return None
        if others and self.definers[kind, target] <= THIN_DEFINERS:
            best = max(sorted(others), key=shared)
            if shared(best):
                return best
        if (kind, target) in self.foreign or ((kind, target) in self.thin and _short_caps(name)) or (
                others and self.definers[kind, target] <= THIN_DEFINERS):
            return name
        return None

    def _target(self, kind: str, name: str) -> str | None:
        """The kind the corpus vote gives ``name`` instead of ``kind``, if any."""
        return next((self.retype[kind, k] for k in _vote_keys(name) if (kind, k) in self.retype), None)

    def retype_mentions(self, extraction: Extraction) -> Extraction:
        """The extraction with its weakly typed mentions moved to the type the corpus
        gives them (pure; surface names). A retyped mention keeps its name, spans and
        aliases; its confidence drops to at most RETYPED_CONFIDENCE. A result whose method
        became a dataset names it as its dataset when it had none (and then no method)."""
        if not self.retype:
            return extraction
        proposed = {k for p in extraction.proposed for k in _vote_keys(p)}
        moved: dict[str, list[Mention]] = {t: [] for t in VOTE_KINDS}
        kept: dict[str, list[Mention]] = {t: [] for t in VOTE_KINDS}
        for t in VOTE_KINDS:
            for m in extraction.mentions(t):
                to = self._target(t, m.name)
                if to and _weak_typing(m, proposed):
                    moved[to].append(replace(m, confidence=min(m.confidence, RETYPED_CONFIDENCE)))
                else:
                    kept[t].append(m)
        if not any(moved.values()):
            return extraction
        to_data = {k for m in moved["datasets"] for k in _vote_keys(m.name)}
        to_meth = {k for m in moved["methods"] for k in _vote_keys(m.name)}
        results = []
        for r in extraction.results:
            if r.method and not r.dataset and not to_data.isdisjoint(_vote_keys(r.method)):
                r = replace(r, dataset=r.method, method=None)
            elif r.dataset and not r.method and not to_meth.isdisjoint(_vote_keys(r.dataset)):
                r = replace(r, method=r.dataset, dataset=None)
            results.append(r)
        return replace(extraction, **{t: tuple(kept[t] + moved[t]) for t in VOTE_KINDS},
                       results=tuple(results))  # fmt: skip

    def rewrite(self, extraction: Extraction) -> Extraction:
        """One extraction with canonical names, after the type vote (pure); each result
        named by the measure of the board it goes on (:meth:`on_boards`)."""
        extraction = self.retype_mentions(extraction)
        return self.on_boards(_rewrite(extraction, self.paper_canon(extraction), self.broader))

    def on_boards(self, linked: Extraction) -> Extraction:
        """The linked extraction with each result's metric the measure of its board, where
        the dataset family makes the paper's measure another name's
        (:func:`kg.leaderboard.board_metric`: "accuracy" on ImageNet is its "top-1
        accuracy"). For the graph only: the output records keep the paper's measure."""
        results = list(linked.results)
        tasks = tuple(m.name for m in linked.tasks)
        changed = False
        for i, r in enumerate(results):
            if moved := board_dataset(r.dataset, r.metric):  # "ImageNet top-1 accuracy" bound to COCO
                dataset = self.canon["datasets"].get(moved) or _lookup(self.canon["datasets"], moved, True) or moved
                r = results[i] = replace(r, dataset=dataset)
                changed = True
            target = board_metric(r.dataset, r.metric, (r.task,) if r.task else tasks)  # (its own task first)
            if target:
                name = self.canon["metrics"].get(target) or _lookup(self.canon["metrics"], target, False) or target
                results[i] = replace(r, metric=name)
                changed = True
        return replace(linked, results=tuple(results)) if changed else linked

    def paper_canon(self, extraction: Extraction) -> Mapping[str, Mapping[str, str]]:
        """The canonical names for one paper: the corpus's, except that the paper's own
        acronym definitions win for its bare uses. A paper that defines "Masked Image
        Consistency (MIC)" and reports results of "MIC" means its own MIC, whatever long form
        the corpus most often gives "MIC" ("Many Integrated Core (MIC)")."""
        overlay: dict[str, dict[str, str]] = {}
        titled = _title_acronym(extraction.title)  # (the title's "X: Long Form", for every kind)
        for t in ENTITY_TYPES:
            canon, guarded = self.canon[t], t in GUARDED_KINDS
            own: dict[str, str] = {}  # keys of the acronyms this paper defines -> their entity
            longest = 0
            for m in extraction.mentions(t):
                for n in (m.name, *m.aliases):
                    d = n[-1:] == ")" and _ACRONYM_FORM.match(n)
                    target = d and (canon.get(n) or canon.get(m.name))
                    if target:
                        short = d.group("short")
                        longest = max(longest, len(short))
                        for k in _keys(short, guarded):
                            own.setdefault(k, target)
            current = canon.get(titled[0], "") if titled else ""
            if titled and _foreign_meaning(self.definition.get((t, current), current), titled[1]):
                for k in _keys(titled[0], guarded):  # (a definition in the abstract comes first)
                    own.setdefault(k, titled[0])
                longest = max(longest, len(titled[0]))
            if t in GUARDED_KINDS:
                self._field_overlay(extraction, t, own, overlay)
            if not own:
                continue
            for v in _paper_names(extraction, t):
                if len(v) > longest + 1 or v[-1:] == ")":
                    continue  # not a spelling of a defined acronym (at most a plural "s" more)
                target = next((own[k] for k in sorted(_keys(v, guarded)) if k in own), None)
                current = canon.get(v)
                if target and current != target and not _one_meaning(target, current):
                    overlay.setdefault(t, {})[v] = target
        if not overlay:
            return self.canon
        return {t: ChainMap(overlay[t], self.canon[t]) if t in overlay else self.canon[t] for t in ENTITY_TYPES}


    def _field_overlay(self, extraction: Extraction, kind: str, own: dict[str, str],
                       overlay: dict[str, dict[str, str]]) -> None:
        """Add to ``overlay`` the paper's bare acronyms that another paper's definition is not
        (see FIELD_DF); ``own``: the keys of the acronyms the paper defines itself."""
        if not self.field_names[kind]:
            return
        names = self.field_names[kind].intersection(_paper_names(extraction, kind))
        items = _field_items(extraction) if names else frozenset()
        for v in sorted(names):
            if not own.keys().isdisjoint(_keys(v, True)):
                continue
            meaning = self._field_meaning(kind, v, self.canon[kind][v], items)
            if meaning:
                overlay.setdefault(kind, {})[v] = meaning


def _short_caps(name: str) -> bool:
    """Whether ``name`` is two or three capitals (a plural "s" may follow): the shape that many
    things share ("AMI", "DSL", "CAD"), unlike a longer or mixed-case coinage ("t-SNE", "LoRA")."""
    return 2 <= len(name.removesuffix("s")) <= 3 and name.removesuffix("s").isalpha() and name.removesuffix("s").isupper()


def _spells_short(name: str, definition: str) -> bool:
    """Whether ``name`` is the short of the acronym ``definition`` in some case ("Qer" of
    "Quokka Encoder Representations (QER)"): a bare use, not a long-form one."""
    d = _ACRONYM_FORM.match(definition)
    return bool(d) and " " not in name and not _keys(d.group("short"), True).isdisjoint(_keys(name, True))


def _own_items(short: str, definition: str) -> set[str]:
    """The field items that are the acronym's own names (no evidence of a field)."""
    d = _ACRONYM_FORM.match(definition)
    names = {short, definition, *(d.group("long", "short") if d else ())}
    return {p + n.lower() for n in names for p in ("n:", "w:")}


# A title "X: Long Form" whose long form spells the acronym X defines the paper's own X ("SSD:
# Single Shot MultiBox Detector", "HINet: Half Instance Normalization Network for Image
# Restoration"): where the corpus gives the bare X another paper's long form of another meaning
# ("Small Screen Device's (SSD's)"), the paper's X is an entity of its own, named X. A subtitle
# that spells X with the corpus's meaning ("Single Shot Detector (SSD)") keeps the corpus's entity.
_TITLE_ACRONYM = re.compile(r"\s*(?P<short>[A-Z][\w-]*[A-Z][\w-]*)\s*:\s+(?P<long>\S.*)")


def _title_acronym(title: str | None) -> tuple[str, str] | None:
    """(X, long form key) of a title "X: Long Form" whose long form spells X, or None."""
    m = _TITLE_ACRONYM.match(title or "")
    if not m or not _spells(name_key(m.group("long")), m.group("short")):
        return None
    return m.group("short"), name_key(m.group("long"))


def _foreign_meaning(canonical: str, long_key: str) -> bool:
    """Whether the entity ``canonical`` is an acronym definition whose long form is not the
    meaning ``long_key`` spells."""
    d = _ACRONYM_FORM.match(canonical)
    return bool(d) and not _same_meaning(name_key(d.group("long")), long_key)


def _one_meaning(a: str, b: str | None) -> bool:
    """Whether two acronym definitions spell one thing ("Dense Passage Retriever (DPR)",
    "dense passage retrieval (DPR)"): the corpus's entity stays, a paper's spelling joins it."""
    ma, mb = _ACRONYM_FORM.match(a), b and _ACRONYM_FORM.match(b)
    return bool(ma and mb) and _same_meaning(name_key(ma.group("long")), name_key(mb.group("long")))


# the result fields that hold a name of each kind
_RESULT_FIELDS = {"methods": ("method", "baseline"), "datasets": ("dataset",), "metrics": ("metric",)}


def _paper_names(ex: Extraction, kind: str) -> set[str]:
    """Every name of ``kind`` one extraction uses: mentions, result fields, proposed names."""
    names = {m.name for m in ex.mentions(kind)}
    fields = _RESULT_FIELDS.get(kind, ())
    names.update(v for r in ex.results for f in fields if (v := getattr(r, f)) and not is_placeholder(v))
    if kind in ("methods", "datasets"):
        names.update(ex.proposed)
    return names


def link(extractions: Iterable[Extraction]) -> tuple[list[Extraction], list[Entity]]:
    """Link names across the corpus and rewrite every extraction to canonical names.

    Pure and deterministic: the same input gives the same entities and names.

    :param extractions: extractions with surface names (from :func:`kg.extract.extract`).
    :return: the rewritten extractions (same order) and the entities, sorted by kind and name.
    """
    exs = list(extractions)
    linker = Linker(collect_forms(exs))
    return [linker.rewrite(ex) for ex in exs], linker.entities


def paper_forms(surface: Extraction, linked: Extraction, canon: Mapping[str, Mapping[str, str]]) -> Extraction:
    """The linked extraction with each entity named as this paper writes it.

    Linking names every entity once for the whole corpus ("accuracy" for a paper that wrote
    "accuracies", "CIFAR-10" for one that wrote "CIFAR10"); a reader of one paper's record
    (and an annotator) expects the paper's own words. Each linked entity takes the name of
    the first of this paper's mentions (``surface``, before linking) that ``canon`` maps to
    it, and keeps the canonical name as an alias. A metric written with the change it
    reports keeps the measure's name: "2.4x parameter reduction" reports "parameters".
    Result fields and ``proposed`` follow. Not for the graph: IRIs are minted from
    canonical names.

    >>> from kg.model import Extraction, Mention
    >>> own = Extraction("p", "t", metrics=(Mention("accuracies"),))
    >>> linker = Linker(collect_forms([own, Extraction("q", "t", metrics=(Mention("accuracy"),))] * 2))
    >>> [m.name for m in paper_forms(own, linker.rewrite(own), linker.canon).metrics]
    ['accuracies']
    """
    lex = canonical_names()
    written: dict[str, dict[str, str]] = {}
    for t in ENTITY_TYPES:
        written[t] = {}
        for m in surface.mentions(t):
            form = m.name
            if t == "metrics" and _CHANGE_FORM.fullmatch(form):
                form = lex.get(("METRIC", form.lower()))  # the measure, when the lexicon knows it
            if form:
                written[t].setdefault(canon[t].get(m.name, m.name), form)

    def f(kind: str, v: str | None) -> str | None:
        return written[kind].get(v, v) if v and not is_placeholder(v) else v

    new: dict[str, tuple[Mention, ...]] = {}
    for t in ENTITY_TYPES:
        out = []
        for m in linked.mentions(t):
            form = f(t, m.name)
            aliases = tuple(dict.fromkeys(a for a in (m.name, *m.aliases) if a != form))
            out.append(replace(m, name=form, aliases=aliases) if form != m.name else m)
        new[t] = tuple(out)
    def measure(r, own) -> str | None:
        # a result keeps the measure as written at its number when that form links to the same
        # measure ("reduces 77% of training parameters" after "20% of training parameter
        # budget"): an annotator names the measure of each number as its sentence does
        form = own.metric if own is not None else None
        first = f("metrics", r.metric)
        if form and first and form.lower() != first.lower() and form.lower().rstrip("s") == first.lower().rstrip("s"):
            return form
        return first

    owns = surface.results if len(surface.results) == len(linked.results) else [None] * len(linked.results)
    results = tuple(
        replace(r, method=f("methods", r.method), dataset=f("datasets", r.dataset),
                metric=measure(r, own), baseline=f("methods", r.baseline))
        for r, own in zip(linked.results, owns, strict=True)
    )  # fmt: skip
    proposed = tuple(written["methods"].get(p) or written["datasets"].get(p) or p for p in linked.proposed)
    return replace(linked, **new, results=results, proposed=proposed)


def output_record(surface: Extraction, linker: Linker | None) -> dict:
    """One line of the extraction output contract for one paper's extraction ``surface``.

    Each entity is named as this paper writes it (:func:`paper_forms`) and carries
    ``canonical``: the corpus-wide name linking gave it, the one the graph uses. Without a
    linker (``kg extract --no-link``) the names are the surface names, without ``canonical``.

    >>> from kg.model import Extraction, Mention
    >>> own = Extraction("p", "t", metrics=(Mention("accuracies"),))
    >>> linker = Linker(collect_forms([own, Extraction("q", "t", metrics=(Mention("accuracy"),))] * 2))
    >>> output_record(own, linker)["metrics"][0]["canonical"]
    'accuracy'
    """
    if linker is None:
        return surface.to_json()
    surface = linker.retype_mentions(surface)
    canon = linker.paper_canon(surface)
    linked = _rewrite(surface, canon, linker.broader)
    out = paper_forms(surface, linked, canon).to_json()
    for t in ENTITY_TYPES:
        for entity, mention in zip(out[t], linked.mentions(t), strict=True):
            entity["canonical"] = mention.name
    return out


def _known(mapping: Mapping[str, str], name: str, kind: str) -> str | None:
    """The entity ``name`` is in ``mapping`` (canonical names of ``kind``), also through
    _ONE_THING ("VOC 2012" is "PASCAL VOC 2012"), or None."""
    guarded = kind in GUARDED_KINDS
    found = mapping.get(name) or _lookup(mapping, name, guarded)
    same = not found and _one_thing(kind, name)
    return found or (same and (mapping.get(same) or _lookup(mapping, same, guarded))) or None


def _lookup(mapping: dict[str, str], name: str, guarded: bool) -> str | None:
    for k in sorted(_keys(name, guarded)):  # sorted: the same answer whatever the hash seed
        v = mapping.get("\x00" + k)
        if v:
            return v
    return None


# --- dashes that tell names apart ------------------------------------------------------
# Keys ignore dashes and spaces: "CIFAR-10" = "CIFAR10", "GPT-2" = "GPT2", "MS-COCO" = "MSCOCO".
# On 10,525 sota-arxiv abstracts 318 method and dataset groups meet only so; of 40 sampled 37
# are one thing (wrong: SP-SA/SPSA, SA-Net/SANet, Cloud-Net/CloudNet). Where the corpus defines
# both spellings with long forms that do not start alike ("Coupled U-Nets (CU-Net)",
# "Conditioned-U-Net (CUNet)"; 10 of 14 keys defined in two spellings), the dash is part of the name:
# each spelling keeps its own key and long form. Long forms starting alike are one thing written
# two ways ("k-Nearest Neighbour (k-NN)", "k-nearest neighbors (kNN)").
def _long_start(long_key: str) -> str:
    return long_key.lstrip(_OWN_LONG).split(" ")[0][:4]


def _dash_apart(long_of_short: dict[tuple[str, str], Counter]) -> frozenset[str]:
    """The dash- and space-free keys of acronyms the corpus defines in two spellings with
    long forms that start differently (the most used long form of each spelling)."""
    starts: dict[str, set[str]] = defaultdict(set)
    for (short, _), longs in long_of_short.items():
        best = sorted(longs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        starts[short.replace(" ", "")].add(short + "\x00" + _long_start(best))
    apart = set()
    for k, spelled in starts.items():
        if len({x.split("\x00")[0] for x in spelled}) > 1 and len({x.split("\x00")[1] for x in spelled}) > 1:
            apart.add(k)
    return frozenset(apart)


def _spelled_keys(name: str, keys: set[str], apart: frozenset[str]) -> set[str]:
    """``keys`` without the dash-free keys in ``apart`` the name does not spell itself:
    "CU-Net" keeps "cu net" but not "cunet", "CUNets" keeps "cunet"."""
    k = name_key(name)
    own = {v for v in _key_variants(k) if v.count(" ") == k.count(" ")}  # gaps as written
    return {k for k in keys if k.split("\x01")[0] not in apart or k.split("\x01")[0] in own}


# A dashed name whose parts are the capitalised pieces of a mixed-case acronym is that acronym
# with its word breaks written out: "DE-EN" and "En-De" are "DeEn" and "EnDe" (sota-arxiv: 2
# groups the case guard split), not an all-caps "DEEN".
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _camel_spelled(names: list[str]) -> dict[str, set[str]]:
    """Dashed or spaced names whose parts (any case) are the pieces of a mixed-case acronym
    of the corpus split before its inner capitals -> that acronym's keys."""
    pieces: dict[tuple[str, ...], str] = {}
    for n in names:
        m = _ACRONYM_FORM.match(n)
        short = m.group("short") if m else n
        if case_classes(short) == (_MIXED,) and len(_NAME_GAPS.split(short)) == 1:
            split = tuple(p.casefold() for p in _CAMEL_BREAK.split(short))
            if len(split) > 1:
                pieces.setdefault(split, short)
    out: dict[str, set[str]] = {}
    if not pieces:
        return out
    for n in names:
        parts = _NAME_GAPS.split(n)
        if len(parts) > 1 and case_classes(n) == ("",):
            short = pieces.get(tuple(p.casefold() for p in parts))
            if short:
                out[n] = _keys(short, True)
    return out


# --- names of one thing by definition ---------------------------------------------------------
# Some names are one thing by definition, not by spelling: "ImageNet-1K", "ILSVRC-2012" and
# "ImageNet" (for classification results) are the ILSVRC-2012 classification dataset, 1,000
# classes; Papers with Code keeps one ImageNet board for them ("ImageNet-21K", "ImageNet-22K",
# "ImageNet-A" are other datasets). On sota-arxiv (non-held-out papers) 33 papers that write
# "ImageNet-1K" and 3 that write "ILSVRC 2012" have their results on PwC's "ImageNet" board and
# none on a board of their own name; the graph built from main had 17 of the 187 rows of its
# 15 largest boards on an "ImageNet-1K" board beside "ImageNet"'s. These names join the entity
# (labelled by the name it is known by, "ImageNet", when the corpus writes it; the others are
# its aliases). Keys: name_key
# without spaces. Not bare "ILSVRC" (a challenge of several years and tasks), nor "ImageNet
# 2010".
# Likewise "VOC", "VOC07", "VOC2012" are the PASCAL VOC challenge's datasets (Visual Object
# Classes): on sota-arxiv 10 "VOC", 13 "VOC07"/"VOC2007"/"VOC 2007" and 12 "VOC12"/"VOC2012"
# dataset mentions, every one read in context the PASCAL one, stood apart from "PASCAL VOC",
# "PASCAL VOC 2007" and "PASCAL VOC 2012" (2 + 2 rows on two "mAP" boards).
_ONE_THING: dict[tuple[str, str], str] = {
    **{("datasets", k): "ImageNet"
       for k in ("imagenet1k", "imagenet1kdataset", "in1k", "ilsvrc2012", "ilsvrc12", "imagenetilsvrc2012",
                 "imagenetilsvrc12", "imagenet2012", "ilsvrc2012imagenet", "imagenetlsvrc2012")},
    ("datasets", "voc"): "PASCAL VOC",
    **{("datasets", k): "PASCAL VOC 2007" for k in ("voc07", "voc2007", "pascalvoc07", "pascal07")},
    **{("datasets", k): "PASCAL VOC 2012" for k in ("voc12", "voc2012", "pascalvoc12", "pascal2012")},
}  # fmt: skip
_ONE_THING_NAMES = frozenset(_ONE_THING.values())  # the label of each such entity, when written


def _one_thing(kind: str, name: str) -> str | None:
    """The entity _ONE_THING says ``name`` (of ``kind``) is, or None."""
    return _ONE_THING.get((kind, name_key(name).replace(" ", "")))


# A dataset's name written with the head noun "Dataset" or "Benchmark" ("Cityscapes Dataset",
# "Waymo Open Dataset") is the name without it wherever the corpus writes that too. On
# sota-arxiv 6 dataset groups join so (Cityscapes, WIDER FACE, Waymo Open, MAMe, RELLIS-3D,
# TII-SSRC-23), all one thing; capitalised head only (a lower-case "dataset" is most often the
# extractor's own reading of a phrase, and it keeps the head off already).
_HEADED = re.compile(r"(?P<name>.*\S) (?:Dataset|Benchmark)")

# A dataset's release is one thing however its number is written: "DOTA 1.0", "DOTA-V1.0" and
# "DOTA-v1.0", "SQuAD 2.0" and "SQuAD v2.0", "ActivityNet v1.3" and "ActivityNet-1.3", "VQA v2"
# and "VQA 2.0" (on sota-arxiv three such pairs were boards of their own). A release is a "v"
# and a number, or a dotted number, after a space, "-" or "_" ("CIFAR-10" and "Kinetics-400" have
# none; a "v" or a dotted number right after the name counts too: "VQAv2", "SQuAD1.1", "ScanNetV2",
# but a capital "V" right after it and a longer number is the name's own letter: "UAV123",
# "ECCV2018"); a final ".0" is no part of the number.
_RELEASE_WRITTEN = re.compile(r"(?P<family>.*?[A-Za-z][\w'+]*?)(?P<sep>[ _-]*)(?P<v>[vV]?)(?P<num>\d+(?:\.\d+)*)")


def release_key(name: str) -> str | None:
    """The name of the release ``name`` writes, spelt one way, or None for another name.

    >>> release_key("DOTA-V1.0"), release_key("DOTA 1.0"), release_key("SQuAD v2.0"), release_key("VQAv2")
    ('DOTA 1', 'DOTA 1', 'SQuAD 2', 'VQA 2')
    >>> release_key("CIFAR-10"), release_key("Kinetics-400"), release_key("COCO 2017"), release_key("MultiWOZ 2.1")
    (None, None, None, 'MultiWOZ 2.1')
    """
    m = _RELEASE_WRITTEN.fullmatch(name)
    if m is None:
        return None
    num = m["num"]
    if m["v"] == "V" and not m["sep"] and len(num.partition(".")[0]) > 1:
        return None  # ("UAV123", "ECCV2018": the V is the name's; "ScanNetV2", "NYUV2" are releases)
    if not m["v"] and "." not in num:
        return None  # ("CIFAR-10", "COCO 2017": a name's own number or a year)
    while num.endswith(".0"):
        num = num[:-2]
    return f"{m['family']} {num}"


def _link_kind(kind: str, counts: Counter, lex: dict) -> tuple[dict[str, str], list[Entity]]:
    label = _LABEL[kind]
    guarded = kind in GUARDED_KINDS
    uf = _UnionFind()
    names = sorted(counts)
    named_apart = _named_apart(names, counts, guarded) if guarded else {}
    long_of_short: dict[tuple[str, str], Counter] = defaultdict(Counter)
    no_plural: set[str] = set()  # (keys of defined acronyms whose final S is a letter: "SMTS")
    for n in names:
        m = _ACRONYM_FORM.match(n)
        if m and not re.search(r"\d", m.group("long")) and not named_apart.get(n):
            short = m.group("short")
            long = (_OWN_LONG if n in named_apart else "") + name_key(m.group("long"))
            for x in _suffixes(short, guarded):
                long_of_short[name_key(short), x][long] += counts[n] + 1
            if _CAPITAL_S_END.search(short):
                no_plural.add(name_key(short))
    apart = _dash_apart(long_of_short)
    camel = _camel_spelled(names) if guarded else {}
    short_uses: Counter = Counter()  # key -> uses of the bare names under it

    def keys_of(p: str) -> set[str]:
        if p in camel:
            return camel[p]
        keys = _keys(p, guarded)
        if apart and any(k.split("\x01")[0] in apart for k in keys):
            return _spelled_keys(p, keys, apart)
        return keys

    for n in names:
        node = "n:" + n
        uf.find(node)
        m = _ACRONYM_FORM.match(n)
        if n in named_apart:  # the long form's bare uses are not this name's
            uf.union(node, "k:" + _OWN_LONG + name_key(m.group("long")))
        for p in [m.group("long"), n] if m and n not in named_apart else [n]:
            for k in keys_of(p):
                uf.union(node, "k:" + k)
                if not m:
                    short_uses[k] += counts[n]
        lex_id = lex.get((label, n.lower()))
        if lex_id and (not guarded or _lexicon_links(label, n, lex_id)):
            for x in _suffixes(lex_id, guarded):
                uf.union(node, "k:" + name_key(lex_id) + x)
        same = _one_thing(kind, n)
        if same and not any((name_key(n), x) in long_of_short for x in _suffixes(n, guarded)):
            # (not a short form the corpus defines: "volatile organic compounds (VOC)" and "VOC")
            for k in _keys(same, guarded):
                uf.union(node, "k:" + k)
        headed = kind == "datasets" and _HEADED.fullmatch(n)
        if headed:
            for k in _keys(headed.group("name"), guarded):
                uf.union(node, "k:" + k)
        release = kind == "datasets" and release_key(n)
        if release:
            for k in _keys(release, guarded):
                uf.union(node, "k:" + k)
        edition = kind == "datasets" and translation_edition(n)
        if edition:  # (one key per edition and pair: "WMT 2014 English-to-German" and "WMT14 EN-DE")
            for k in _keys(edition[1] or edition[0], guarded):
                uf.union(node, "k:" + k)
    if guarded:
        _join_plain_case(names, counts, uf, {n for n in names if lex.get((label, n.lower()))})
    # bare acronyms join the long form they most often abbreviate (ties: alphabetical); a
    # short acronym only the long form defined with its case pattern ("BiT": Big Transfer)
    # (where a dashed form meets both cases of a short, one long form for both, as without them)
    overall: dict[str, Counter] = defaultdict(Counter)
    acronyms_of: dict[str, set[str]] = defaultdict(set)  # long form -> the acronyms it defines
    for (short, _), longs in long_of_short.items():
        overall[short].update(longs)
        for long in longs:
            acronyms_of[long].add(short)
    for (short, suffix), longs in sorted(long_of_short.items()):
        variants = _key_variants(short, plural=short not in no_plural)
        if apart:
            variants = _spelled_keys(short, variants, apart)
        if any("k:" + v in uf.parent and "k:" + v + _MIXED in uf.parent
               and uf.find("k:" + v) == uf.find("k:" + v + _MIXED) for v in variants):  # fmt: skip
            longs = overall[short]
        meanings = _meanings(longs)
        for _, spellings in meanings:  # one meaning spelled several ways is one entity
            for long in spellings[1:]:  # ("Long Short-Term Memory", "long short-term memory network")
                # (not through a long form another acronym shares: "differentiable neural
                # architecture search" is written for both DARTS and DNAS)
                if long != short and len(acronyms_of[long] | acronyms_of[spellings[0]]) == 1 \
                        and "k:" + long in uf.parent and "k:" + spellings[0] in uf.parent:
                    uf.union("k:" + long, "k:" + spellings[0])
        best = _expansion(meanings, short)
        if best is None:
            # the spelling veto is about other papers' bare uses: a short form no paper writes
            # as a mention (only the definition's own alias, result or proposed name) joins it
            best = _expansion(meanings, short, spelled=False)
            if best is None or any(short_uses[k + suffix] for k in variants):
                continue  # an ambiguous acronym: its bare uses stay their own entity
        for k in variants:
            k += suffix
            if "k:" + k in uf.parent:
                uf.union("k:" + k, "k:" + best)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in names:
        groups[uf.find("n:" + n)].append(n)
    mapping: dict[str, str] = {}
    ents = []
    ekind = ENTITY_KINDS[kind]
    for members in groups.values():
        canonical = _choose(members, counts, label, lex)
        if kind == "datasets" and (edition := translation_edition(canonical)):
            canonical = edition[1] or edition[0]
        for n in members:
            mapping[n] = canonical
            for k in keys_of(n):
                mapping.setdefault("\x00" + k, canonical)
        aliases = sorted({a for n in members for a in _expand(n)} - {canonical})
        hib = metric_higher_is_better(canonical) if kind == "metrics" else None
        ents.append(Entity(kind=ekind, name=canonical, aliases=tuple(aliases), higher_is_better=hib))
    return mapping, ents


def _link_kinds(forms: dict[str, Counter], lex: dict, workers: int) -> list[tuple[dict[str, str], list[Entity]]]:
    """:func:`_link_kind` of each entity type, in ENTITY_TYPES order. The types are linked
    apart, so with ``workers`` > 1 they are linked at once in forked worker processes: the
    parent links a corpus alone between the extraction pass and the output pass (on
    sota-arxiv's 10,525 papers about 2 s, half of it the methods). Forked only: workers
    inherit the lexicon and the hash seed, so the result is the one-process one."""
    jobs = [(t, forms[t]) for t in ENTITY_TYPES]
    if workers <= 1 or not forks():
        return [_link_kind(t, counts, lex) for t, counts in jobs]
    return list(ordered_map(_link_job, jobs, workers))


def _link_job(job: tuple[str, Counter]) -> tuple[dict[str, str], list[Entity]]:
    kind, counts = job
    return _link_kind(kind, counts, canonical_names())  # (the parent's, inherited by the fork)


# --- a name coined after a common term ---------------------------------------------------
# A definition joins the bare uses of its long form: "Long Short-Term Memory (LSTM)" and "long
# short-term memory". But a name coined from a common term ("linear regression (LineaRE)", a
# knowledge graph embedding; "Capsule Network (Caps2NE)", "Swin Transformer (Swin-T)", "pointer
# network (PointNet)") is one model, and the term's bare uses elsewhere are the term. So a
# definition whose short form is a coined word (a run of small letters: not "CoT", "SpA") keeps
# apart from its long form's bare uses when the corpus uses the long form bare at least
# NAMED_APART_MIN times and NAMED_APART_RATIO times as often as it defines it; and from the short
# form's bare uses too where the corpus uses it as often, in one paper more (9 papers write "PointNet", the point
# cloud network, bare). On 10,525 sota-arxiv abstracts 117 papers change, all right by eye: bare
# "Swin Transformer" (19), "deformable convolution" (14), "capsule network" (10), "linear
# regression" (8), "PointNet" (9, the PointNet paper among them), "cross-attention" (49) name the
# term, no longer a definition; cost: four one-paper definitions of the term itself ("deformable
# convolution (Dconv)", "Layer normalization (LayerNorm)") are entities of their own.
NAMED_APART_MIN = 2
NAMED_APART_RATIO = 2
_OWN_LONG = "\x02"  # the key prefix of a long form kept apart from its bare uses
_COINED = re.compile(r"[a-z]{2}")


def _named_apart(names: list[str], counts: Counter, guarded: bool) -> dict[str, bool]:
    """The definitions whose coined short form keeps them apart from their long form's bare
    uses (see NAMED_APART_MIN) -> whether the corpus uses the short form bare as often
    (then it does not join the definition either)."""
    coined = []
    for n in names:
        m = n[-1:] == ")" and _ACRONYM_FORM.match(n)
        if m and _COINED.search(m.group("short")):
            coined.append((n, _keys(m.group("long"), guarded), _keys(m.group("short"), guarded)))
    if not coined:
        return {}
    wanted = set().union(*(lk | sk for _, lk, sk in coined))
    bare: Counter = Counter()
    defined: Counter = Counter()
    for n in names:
        m = _ACRONYM_FORM.match(n)
        if m:
            for k in (_keys(m.group("long"), guarded) | _keys(m.group("short"), guarded)) & wanted:
                defined[k] += counts[n]
        else:
            for k in _keys(n, guarded) & wanted:
                bare[k] += counts[n]

    def common(keys: set[str], least: int) -> bool:
        return any(bare[k] >= least and bare[k] >= NAMED_APART_RATIO * defined[k] for k in keys)

    return {n: common(sk, NAMED_APART_MIN + 1) for n, lk, sk in coined if common(lk, NAMED_APART_MIN)}


# --- acronyms with several meanings ---------------------------------------------------------
# A bare acronym joins the long form the corpus defines it with. Where the corpus defines it
# with long forms that are different things ("Many Integrated Core (MIC)", "Masked Image
# Consistency (MIC)"), a paper that writes only "MIC" may mean either: it joins the most used
# meaning only when that meaning has a clear majority (two thirds of the definitions, each
# weighing its papers + 1: 3 papers against 1), else it stays its own entity. On 10,525
# sota-arxiv abstracts that keeps "mIoU" (5 papers against 1 junk definition), "LRA", "CAM";
# it leaves "AST" (2 papers against 1), "PnP", "SDE" (2 against 1 and 1), "OPT", "HRNet" bare. Long forms that are spellings of one thing ("bidirectional
# LSTM", "Bidirectional Long Short-Term Memory") count as one meaning. (A paper's own
# definition always wins for its own bare uses: :meth:`Linker.paper_canon`.)
_MINOR_WORDS = frozenset("of the a an for and with to in on by via based".split())
_LETTERS = re.compile(r"[a-z0-9]+")


def _long_words(long_key: str) -> list[str]:
    return [w for w in _LETTERS.findall(long_key) if w not in _MINOR_WORDS]


def _same_meaning(a: str, b: str) -> bool:
    """Whether two long-form keys of one acronym spell one thing: each of the shorter's words
    is in the longer, by its start ("retriever", "retrieval"; "net", "network"), as a
    misspelling of one of its words ("decent", "descent"), inside its words run together
    ("pre-training", "pretraining") or as its words' initials ("bidirectional LSTM" in
    "bidirectional long short term memory"). Not "semi-" and "self-supervised learning",
    "Multimodal Residual Networks" and "Multiplexed Routing Network"."""
    wa, wb = _long_words(a), _long_words(b)
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    initials, joined = "".join(w[0] for w in long), "".join(long)

    def alike(w: str, x: str) -> bool:  # one word's spellings: "sense"/"sensing", "decent"/"descent"
        n = len(commonprefix((w, x)))
        return (n >= 6 or (n >= 4 and 3 * n > 2 * min(len(w), len(x)))
                or (len(w) > 2 and len(x) > 2 and (x.startswith(w) or w.startswith(x)))
                or (len(w) >= 6 and abs(len(w) - len(x)) <= 2 and SequenceMatcher(None, w, x).ratio() >= 0.85))

    def found(w: str) -> bool:
        return (w in long or any(alike(w, x) for x in long) or (len(w) > 4 and w in joined)
                or (2 < len(w) <= 6 and w.removesuffix("s") in initials))  # "LSTMs"

    return all(map(found, short))


def _meanings(longs: Counter) -> list[tuple[int, list[str]]]:
    """(uses, long forms, most used first) of each meaning among an acronym's long forms,
    most used first."""
    groups: list[list] = []  # [uses, long forms]
    for long, n in sorted(longs.items(), key=lambda kv: (-kv[1], kv[0])):
        group = next((g for g in groups if any(_same_meaning(long, x) for x in g[1])), None)
        if group:
            group[0] += n
            group[1].append(long)
        else:
            groups.append([n, [long]])
    return sorted(((g[0], g[1]) for g in groups), key=lambda g: -g[0])


def _expansion(meanings: list[tuple[int, list[str]]], short: str, spelled: bool = True) -> str | None:
    """The long form a bare acronym joins: the most used one of the clear majority meaning,
    None when no meaning has two thirds of the uses. Meanings none of whose long forms spell the
    acronym (:func:`_spells`) are not counted (unless not ``spelled``); None when no meaning is left."""
    if spelled:
        meanings = [m for m in meanings if any(_spells(long, short) for long in m[1])]
    if not meanings:
        return None
    if len(meanings) > 1 and 3 * meanings[0][0] < 2 * sum(n for n, _ in meanings):
        return None
    return meanings[0][1][0]


# A definition's long form spells its acronym when each letter of the acronym starts a word of the
# long form, follows the letter before it inside the same word, or is a letter of a small word
# ("Plug-and-Play (PnP)"), a digit is itself or a word it sounds like ("Room-to-Room (R2R)"), and
# the last three letters or more may be read inside one later word ("Convolution-augmented
# Transformer (Conformer)"). Junk read as a long form often cannot: "results on four downstream
# VLN tasks (R2R)", "leverage the training data from existing datasets (LVIS)". A meaning that
# cannot spell the acronym is not one other papers' bare uses join (:func:`_expansion`), alone or
# among others. On 10,525 sota-arxiv abstracts (3,511 long forms, 84 fail) 44 papers change:
# bare "R2R" (4) joins "Room-to-Room (R2R)" where junk had made it ambiguous; bare "LVIS" (14),
# "Caltech" (8), "DINO" (11, "self-distillation loss (DINO)"), "DART", "DECA" stay their own
# names; wrong: one "STAR" (a paper's own) now joins "spatio-temporal activation reprojection",
# and 5 bare uses no longer join a one-paper real definition ("Feature-wise Linear Modulation
# (FiLM)" 2, "Voice Bank corpus (VCTK)" 2, ERNIE 1): a missed merge, not a wrong one.
_SOUNDS = {"2": ("to", "two"), "4": ("for", "four")}


@lru_cache(maxsize=65536)
def _spells(long_key: str, short: str) -> bool:
    """Whether the long form (a key) spells the acronym ``short`` (any case; a plural "s" may end it).

    >>> _spells("room to room", "R2R"), _spells("long short term memory", "LSTMs"), _spells("plug and play", "PnP")
    (True, True, True)
    >>> _spells("results on four downstream vln tasks", "R2R"), _spells("visual question answering", "RTE")
    (False, False)
    """
    letters = "".join(c for c in short.lower() if c.isalnum())
    words = _LETTERS.findall(long_key)
    if not letters or not words:
        return False
    initials = iter(w[0] for w in words)
    if all(ch in initials for ch in letters):
        return True  # the initials of some of its words, as most acronyms are

    @cache
    def readable(i: int, w: int, c: int) -> bool:
        """Whether letters[i:] can be read from word w on, at position c (0: w not begun)."""
        if i == len(letters):
            return True
        ch, rest = letters[i], letters[i:]
        if len(rest) > 2 and any(rest in word for word in words[w + 1 if c else w:]):
            return True  # the rest inside a later word: "Convolution-augmented Transformer (Conformer)"
        if c and w < len(words) and (j := words[w].find(ch, c)) >= 0 and readable(i + 1, w, j + 1):
            return True  # on inside the word begun
        for v in range(w + 1 if c else w, len(words)):
            word = words[v]
            if word[0] == ch and readable(i + 1, v, 1):
                return True
            if word in _SOUNDS.get(ch, ()) and readable(i + 1, v, len(word)):
                return True
            if word in _MINOR_WORDS and (j := word.find(ch)) > 0 and readable(i + 1, v, j + 1):
                return True
        # a digit or "x" that cannot be read is skipped: "T5" (text to text transfer transformer),
        # "XGBoost" (extreme gradient boosting), "3D" (three dimensional)
        return (ch.isdigit() or ch == "x") and readable(i + 1, w, c)

    if readable(0, 0, 0):
        return True
    if len(letters) > 2 and letters.endswith("s"):
        letters = letters[:-1]
        readable.cache_clear()
        return readable(0, 0, 0)
    return False


def _join_plain_case(names: list[str], counts: Counter, uf: _UnionFind, lexical: set[str]) -> None:
    """A title- or lower-case spelling ("Culane", "vit") joins the mixed-case acronym its
    letters spell ("CULane", "ViT", bare or defined) when no all-caps form or definition in
    its own case ("C Object System (Cos)") shares its key and the corpus uses it less than
    the acronym: a careless spelling, not another name ("Spider", 13 papers, is not
    "SPIDEr"). An all-caps spelling joins it when no definition in its own case shares its key,
    the lexicon (``lexical``: names with an entry of this kind) does not list it, and the
    corpus uses the acronym at least CAPS_MIN times and CAPS_RATIO times as often ("ROI", 1
    paper, is "RoI", 17; not "FILM", 1, next to "FiLM", 3). Ties go to the most used key,
    then alphabetical."""
    mixed: Counter = Counter()
    caps: set[str] = set()
    defined: set[str] = set()
    for n in names:
        m = _ACRONYM_FORM.match(n)
        short = m.group("short") if m else n
        if len(short) > 12:
            continue
        if mixed_acronym(short):
            for k in _keys(short, False):
                mixed[k] += counts[n]
        if short.isupper() or (m and not mixed_acronym(short)) or case_classes(short) == ("", _MIXED):
            caps.update(_keys(short, False))  # all-caps, defined in its own case, or meeting both
        if m and not mixed_acronym(short):
            defined.update(_keys(short, False))
    if not mixed:
        return
    for n in names:
        if len(n) > 12 or mixed_acronym(n) or _ACRONYM_FORM.match(n):
            continue  # (a mixed-case acronym's key has at most 7 letters)
        keys = _keys(n, False)
        if not any(k in mixed for k in keys):
            continue
        k = min((k for k in keys if k in mixed), key=lambda k: (-mixed[k], k))
        if n.isupper():
            if not defined.isdisjoint(keys) or n in lexical:
                continue
            if mixed[k] >= CAPS_MIN and counts[n] * CAPS_RATIO <= mixed[k]:
                uf.union("n:" + n, "k:" + k + _MIXED)
        elif caps.isdisjoint(keys) and counts[n] < mixed[k]:
            uf.union("n:" + n, "k:" + k + _MIXED)


def _expand(name: str) -> list[str]:
    m = _ACRONYM_FORM.match(name)
    if m:
        return [name, m.group("long"), m.group("short")]
    return [name]


def _choose(members: list[str], counts: Counter, label: str, lex: dict) -> str:
    """Canonical name: for methods and datasets an acronym definition "Long Form (ACR)" if
    any (it carries both forms); otherwise the form the corpus uses most (then singular,
    then longer, then alphabetical, for determinism). Lexicon synonyms only group names:
    the corpus's own wording wins over the lexicon's."""
    if label == "DATASET" and not _ONE_THING_NAMES.isdisjoint(members):
        return min(_ONE_THING_NAMES.intersection(members))  # "ImageNet", not "ImageNet-1K"
    if label in ("METHOD", "DATASET"):
        defs = [n for n in members if _ACRONYM_FORM.match(n)]
        if defs:
            return sorted(defs, key=lambda n: (-counts[n], n))[0]
    if label == "DATASET":  # "Cityscapes", not "Cityscapes Dataset" (nor "WIDER FACE Dataset" next to "WIDER-FACE")
        bare = {name_key(n) for n in members}
        members = [n for n in members if not ((h := _HEADED.fullmatch(n)) and name_key(h.group("name")) in bare)]
    if label == "METRIC":
        # "parameter reduction" names the change, not the measure: the lexicon's name does
        plain = [n for n in members if not _CHANGE_FORM.fullmatch(n)]
        measure = next((lex[(label, n.lower())] for n in members if (label, n.lower()) in lex), None)
        if not plain and measure:
            return measure
        members = plain or members
    return sorted(members, key=lambda n: (-counts[n], _ACRONYM_FORM.match(n) is not None,
                                          n.endswith("s") and not n.isupper(), -len(n), n))[0]  # fmt: skip


def _rewrite(ex: Extraction, canon: Mapping[str, Mapping[str, str]], broader: dict) -> Extraction:
    new: dict[str, tuple[Mention, ...]] = {}
    for t in ENTITY_TYPES:
        merged: dict[str, Mention] = {}
        for m in ex.mentions(t):
            name = canon[t].get(m.name, m.name)
            aliases = [a for a in (m.name, *m.aliases) if a != name]
            old = merged.get(name)
            if old:
                spans = tuple(sorted(set(old.spans) | set(m.spans)))
                al = tuple(dict.fromkeys(old.aliases + tuple(aliases)))
                merged[name] = replace(old, spans=spans, aliases=al,
                                       confidence=max(old.confidence, m.confidence))  # fmt: skip
            else:
                merged[name] = Mention(
                    name=name,
                    spans=m.spans,
                    confidence=m.confidence,
                    aliases=tuple(dict.fromkeys(aliases)),
                    broader=broader.get((ENTITY_KINDS[t], name)),
                )
        new[t] = tuple(merged.values())

    def c(kind: str, v: str | None) -> str | None:
        if not v or is_placeholder(v):
            return v
        return canon[kind].get(v) or _lookup(canon[kind], v, kind in GUARDED_KINDS) or v

    results = tuple(
        replace(r, method=c("methods", r.method), dataset=c("datasets", r.dataset),
                metric=c("metrics", r.metric), baseline=c("methods", r.baseline))
        for r in ex.results
    )  # fmt: skip
    proposed = tuple(
        dict.fromkeys(
            canon["methods"].get(p) or canon["datasets"].get(p) or _lookup(canon["methods"], p, True) or p
            for p in ex.proposed
        )
    )
    return replace(ex, **new, results=results, proposed=proposed)


_ = Result
