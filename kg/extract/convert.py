"""Where spaCy ends: one processed ``Doc`` becomes one :class:`kg.model.Extraction`."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from kg.extract import techniques as T
from kg.extract.components import doc_state
from kg.extract.mentions import DATASET, METHOD, METRIC, SPLIT_WORDS, TASK, Cand, DocState
from kg.model import Extraction, Mention, Paper, Result
from kg.extract.names import cached_name_key as name_key
from kg.extract.names import MANNER_WORDS, word_initials
from kg.extract.results import IMPLIED_MEASURES, OUR_SIDE, judge_only, names_proposed, own_work_start, proposed_starts
from kg.leaderboard import measure_role
from kg.text import release_of, rough_sentence_start

_KINDS = {METHOD: "methods", DATASET: "datasets", METRIC: "metrics", TASK: "tasks"}
MAX_TASKS = 4
TASK_FLOOR = 0.5
TASK_FLOOR_FIRST = 0.35  # the best task is kept below the floor, not at 0.3 (a generic head with
# one modifier, "plug-and-play training", or a weak lexicon word: mostly wrong on unseen papers)


# Confidence by the rule that found a mention, set from its precision on annotated
# abstracts (kg.extract.evaluate prints the calibration table): 0.8 and above means
# right at least nine times in ten.
# fmt: off
SOURCE_CONFIDENCE = {
    (METHOD, "lexicon"): 0.9, (METHOD, "acronym"): 0.88, (METHOD, "name"): 0.72,
    (METHOD, "title"): 0.78, (METHOD, "titlecase"): 0.68, (METHOD, "phrase"): 0.5,
    (METHOD, "rare"): 0.4, (METHOD, "context"): 0.6, (METHOD, "eponym"): 0.75,
    (METHOD, "list"): 0.55, (METHOD, "numbered"): 0.65, (METHOD, "quoted"): 0.6,
    (METHOD, "means"): 0.6,
    (DATASET, "lexicon"): 0.9, (DATASET, "context"): 0.85, (DATASET, "name"): 0.65,
    (DATASET, "title"): 0.7, (DATASET, "titlecase"): 0.6, (DATASET, "acronym"): 0.75,
    (DATASET, "rare"): 0.4,
    (METRIC, "lexicon"): 0.9, (METRIC, "acronym"): 0.7, (METRIC, "terms"): 0.5,
}
# fmt: on
_GRAMMAR_SOURCES = frozenset(("eponym", "list", "numbered", "quoted"))


def mention_confidence(c: Cand) -> float:
    """How likely a mention is right, from its rule, type and evidence."""
    if c.label == TASK:
        return min(0.8, c.score)
    base = SOURCE_CONFIDENCE.get((c.label, c.source), 0.5)
    if c.source in _GRAMMAR_SOURCES and c.label == METHOD:
        base = min(base, c.score)  # the rule's own score per construction
    if c.weak:
        base = min(base, 0.65)
    if c.proposed and c.label == METHOD and c.source in ("name", "acronym"):
        base = max(base, 0.88)
    return base


def _singular_key(key: str) -> str:
    """ "vits" -> "vit", "transformers" -> "transformer"; short keys stay."""
    if len(key) > 3 and key.endswith("s") and not key.endswith("ss") and key[-2].isalpha():
        return key[:-1]
    return key


def _acronym_forms(text: str, acronyms) -> list[tuple[str, str]]:
    """(long form, acronym) pairs of the text, lower case, singular: "large language
    models (LLMs)" gives ("large language model", "llm")."""
    out = []
    for ls, le, ss, se in acronyms:
        long, short = text[ls:le].lower(), text[ss:se].lower()
        if short.endswith("s") and long.endswith("s"):
            long, short = long[:-1], short[:-1]
        if " " in long:
            out.append((long, short))
    return out


@lru_cache(maxsize=65536)
def _initials_key(name: str) -> str | None:
    """ "out-of-distribution detection" and "OOD detection" -> "ood detection": one task
    even where the text never defines the acronym; None for a one-word modifier (cached:
    task names recur across papers)."""
    words = name.split()
    if len(words) < 2:
        return None
    mods, head = words[:-1], words[-1].lower()
    if len(mods) == 1 and mods[0].isupper() and len(mods[0]) >= 2:
        return f"{mods[0].lower()} {head}"
    initials = word_initials(" ".join(mods))
    return f"{initials} {head}" if len(initials) >= 2 else None


def _task_key(name: str, forms: list[tuple[str, str]]) -> str:
    key = name.lower()
    for long, short in forms:
        if long in key:
            key = key.replace(long, short)
    return key


@lru_cache(maxsize=65536)
def _group_keys(name: str, surface: str, short: str | None) -> tuple[str, ...]:
    """The keys a mention is grouped under: its name, surface and acronym, as name keys and
    in the singular (cached: the same names recur across mentions and papers)."""
    # a span of the name's head only ("generation" read as "code generation" from "code
    # understanding and generation tasks"): the bare head elsewhere (a weak title
    # "Generation") is another mention, so it is grouped by the name alone
    if name.lower().endswith(" " + surface.lower()):
        surface = name
    # an ordered set (not a set): the first key already known decides the group,
    # and set order would change with PYTHONHASHSEED from one process to the next
    forms = [name_key(name), name_key(surface)]
    if short is not None:
        forms.append(name_key(short))
    return tuple(dict.fromkeys(forms + [_singular_key(k) for k in forms]))


def task_groups(text: str, mentions: list[Cand]) -> dict[tuple[str, str], dict]:
    """Mentions grouped per type and name (the step before :func:`group_mentions` keeps the
    main tasks): each group has its name, spans, best confidence ``score``, mention count
    ``n``, ``conf`` and the candidates ``cands`` it was built from."""
    groups: dict[tuple[str, str], dict] = {}
    # the group each key already names, one dict per type (no (label, key) tuple per lookup)
    alias_of: dict[str, dict[str, tuple[str, str]]] = {label: {} for label in _KINDS}
    title_end = _title_end(text)
    # acronym definitions first, so later uses of the short or long form join them
    ordered = sorted(mentions, key=lambda c: (c.short is None, c.start))
    for c in ordered:
        label = c.label
        if label not in _KINDS:
            continue
        surface = text[c.start : c.end]
        name = c.name
        short = c.short
        short_form = text[short[0] : short[1]] if short else None
        keys = _group_keys(name, surface, short_form)
        aliases = alias_of[label]
        gid = None
        for k in keys:
            gid = aliases.get(k)
            if gid is not None:
                break
        if gid is None:
            gid = (label, keys[0])  # keys[0] is name_key(name)
            g = groups[gid] = {"name": name, "spans": [], "score": 0.0, "aliases": [], "n": 0,
                               "title": False, "proposed": False, "first": c.start,
                               "cands": []}  # fmt: skip
        else:
            g = groups[gid]
        for k in keys:
            aliases.setdefault(k, gid)
        g_spans = g["spans"]
        g_spans.append((c.start, c.end))
        if short:
            g_spans.append(short)
        conf = mention_confidence(c)
        if conf > g["score"]:
            g["score"] = conf
        g["n"] += 1
        g["cands"].append(c)
        g["proposed"] |= c.proposed
        if c.end <= title_end:
            g["title"] = True
        g_aliases = g["aliases"]
        for form in (surface, short_form) if short else (surface,):
            if form != g["name"] and form not in g_aliases:
                if form.lstrip("v").replace(".", "").isdigit():
                    continue  # a bare edition ("100" of "CIFAR-10/100") names nothing alone: no alias
                if form in SPLIT_WORDS:
                    continue  # nor a bare split ("test-dev" of "COCO minival and test-dev")
                g_aliases.append(form)
    if len(groups) > 1:
        _join_spelled_acronyms(groups)
    for (label, _), g in groups.items():
        g["conf"] = min(0.99, _rank(g))
        if label == METHOD and _generic_technique_named_once(text, g):
            g["conf"] = min(g["conf"], GENERIC_ONCE_CONFIDENCE)
        g["spans"] = sorted(set(g["spans"]))
    return groups


# a word written as an acronym: two capitals or more, letters only ("SOD", "EE", "DcC",
# plural "PTASs"), at most eight letters
_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z]{1,7}")


def _acronym_letters(word: str) -> tuple[str, ...]:
    """The letters an acronym word may spell, lower case: with and without a plural "s"
    ("PTASs" spells "ptas"); none for a word that is no acronym."""
    if not _ACRONYM_WORD.fullmatch(word) or sum(ch.isupper() for ch in word) < 2:
        return ()
    low = word.lower()
    return (low, low[:-1]) if word.endswith("s") and len(word) > 2 else (low,)


def _spelled_by(acronym_name: str, long_name: str) -> bool:
    """Whether ``acronym_name`` is ``long_name`` with words written as their acronym: the
    same words around it, and the acronym's letters the initials of the words it stands for
    (two or more; hyphenated parts as words or not): "RGB-D SOD" and "RGB-D salient object
    detection", "document-level EE" and "document-level event extraction", "PTASs" and
    "polynomial-time approximation scheme", "Separable SA" and "Separable Set Abstraction".

    >>> _spelled_by("RGB-D SOD", "RGB-D salient object detection"), _spelled_by("SOD", "salient detection")
    (True, False)
    """
    short, long = acronym_name.split(), long_name.split()
    if len(short) >= len(long):
        return False
    for i, word in enumerate(short):
        letters = _acronym_letters(word)
        if not letters:
            continue
        after = len(short) - i - 1
        middle = long[i : len(long) - after]
        if len(middle) < 2 or [w.lower() for w in short[:i]] != [w.lower() for w in long[:i]]:
            continue
        if after and [w.lower() for w in short[i + 1 :]] != [w.lower() for w in long[-after:]]:
            continue
        if any(x in _initials(" ".join(middle)) for x in letters):
            return True
    return False


def _plain_forms(g: dict) -> list[str]:
    """A group's name and aliases without an acronym definition's brackets."""
    return [f for f in (g["name"], *g["aliases"]) if "(" not in f]


def _join_spelled_acronyms(groups: dict) -> None:
    """A group named with an acronym that spells the words of another group's name in the
    paper is that group (one entity, the acronym an alias): "RGB-D SOD" beside "RGB-D
    salient object detection", a plural "CHs" beside "Cluster Head (CH)", "NQ" beside
    "Natural Questions". Of another type only where the acronym keeps words of the other
    name ("RGB-D SOD benchmarks" read as a dataset), which names its type: a bare acronym of
    another type is often a work named after its task ("ULSD" for "unified line segment
    detection (ULSD)"); a variant ("DMN+") is no acronym word. In place."""
    shorts = []
    for gid, g in groups.items():
        if gid[0] == METRIC or "(" in g["name"]:
            continue  # (a metric's acronym is its usual name: "WER", kept apart as written)
        letters = {x for w in g["name"].split() for x in _acronym_letters(w)}
        if letters:
            shorts.append((gid, g, letters))
    for sid, sg, letters in shorts:
        for lid, lg in groups.items():
            if lid == sid or sid not in groups or lid[0] == METRIC:
                continue
            if sid[0] != lid[0] and " " not in sg["name"]:
                continue
            # (a quick test first: the letters among the initials of one of its forms)
            longs = [f for f in _plain_forms(lg) if any(x in i for i in _initials(f) for x in letters)]
            if not longs or not any(_spelled_by(a, b) for a in _plain_forms(sg) for b in longs):
                continue
            _merge_group(lg, sg, rename=sid[0] == lid[0])
            del groups[sid]
            break


@lru_cache(maxsize=65536)
def _initials(name: str) -> tuple[str, str]:
    """The initials of a name's words, lower case, without and with its hyphenated parts
    (cached: names recur across papers)."""
    return "".join(w[0] for w in name.split()).lower(), word_initials(name)


def _rank(g: dict) -> float:
    """A group's confidence as task_groups sets it (what select_tasks ranks tasks by)."""
    return g["score"] + 0.02 * min(3, g["n"] - 1)


def _merge_group(into: dict, g: dict, rename: bool) -> None:
    """Add group ``g``'s mentions to ``into``; with ``rename``, the name of the better found
    of the two (by :func:`_rank`, then the earlier) names it, the other is an
    alias (scores of different types do not compare: "RGB-D SOD" read as a dataset)."""
    if rename and (-_rank(g), g["first"]) < (-_rank(into), into["first"]):
        into["aliases"].insert(0, into["name"])
        into["name"] = g["name"]
    into["spans"].extend(g["spans"])
    into["score"] = max(into["score"], g["score"])
    into["n"] += g["n"]
    into["cands"].extend(g["cands"])
    into["proposed"] |= g["proposed"]
    into["title"] |= g["title"]
    into["first"] = min(into["first"], g["first"])
    for form in (g["name"], *g["aliases"]):
        if form != into["name"] and form not in into["aliases"]:
            into["aliases"].append(form)
    if into["name"] in into["aliases"]:
        into["aliases"].remove(into["name"])


# A known technique written in lower case and only once ("uses joint contrastive learning",
# "a quantization function", "adds self-attention layers") is right about three times in four
# on annotated and corpus abstracts (a passing word or the modifier of another thing, which
# annotators leave out), against nine in ten for a known name in capitals or a technique the
# text comes back to: below the 0.8 line.
GENERIC_ONCE_CONFIDENCE = 0.75


def _generic_technique_named_once(text: str, g: dict) -> bool:
    """Whether a method group is one lower-case mention, not proposed and not defined with
    an acronym ("contrastive learning" once, not "Chain-of-Thought (CoT)"), written in
    letters only: a lower-case model name with a version ("o3-mini", "gpt-4o-mini",
    "word2vec") is a name, as sure as one in capitals. (Only a lexicon mention is above the
    cap then: every other rule's method is at most 0.75 unless proposed or an acronym's
    definition, see SOURCE_CONFIDENCE and mention_confidence.)"""
    if g["n"] != 1 or g["proposed"]:
        return False
    c = g["cands"][0]
    if c.short is not None:
        return False
    surface = text[c.start : c.end]
    return surface.islower() and not any(map(str.isdigit, surface))


def select_tasks(text: str, tasks: list[dict], acronyms=(), floor: float = TASK_FLOOR,
                 first: float = TASK_FLOOR_FIRST, key: str = "conf",
                 cap: int = MAX_TASKS, why: dict[int, str] | None = None) -> list[dict]:
    """The main tasks only: the best few above a floor, at least one when there is any
    (chosen before any Mention is built: most task candidates are dropped here).

    :param floor: the floor of every task but the best (``first`` for the best).
    :param key: what ranks and floors them: the rules' ``"conf"``, or another score put in
        the groups (``scripts/train_task_ranker.py`` tries a learned one, ``"p"``).
    :param cap: at most this many tasks.
    :param why: if given, filled with the step that drops each group (``id(group)`` ->
        reason; "kept" for the kept ones), for ``scripts/task_losses.py``."""

    def drop(g: dict, reason: str) -> None:
        if why is not None:
            why[id(g)] = reason

    ranked = sorted(tasks, key=lambda g: (-g[key], g["spans"][0][0]))
    kept: list[tuple[dict, AbstractSet[str]]] = []
    forms = _acronym_forms(text, acronyms) if acronyms else []
    keys: set[str] = set()
    initials: set[str] = set()
    settings: list[tuple[dict, AbstractSet[str]]] = []  # (see _own_setting)
    for n, g in enumerate(ranked):
        if len(kept) >= cap or g[key] < (floor if kept else first):
            for rest in ranked[n:]:  # (ranked: every later group is below the floor too)
                drop(rest, "cap" if len(kept) >= cap else f"floor ({rest[key]:.2f})")
            break
        if kept and _means_paradigm(g["name"]) and not _paradigm_in_title(g["name"], text):
            drop(g, "means paradigm")
            continue
        if kept and _manner_restatement(g["name"], [k["name"] for k, _ in kept]):
            drop(g, "manner restatement")
            continue
        short = _initials_key(g["name"])
        if short in initials:
            drop(g, "same initials")
            continue
        if short:
            initials.add(short)
        if forms:
            # "LLM evaluation" and "large language model evaluation": one task
            form_key = _task_key(g["name"], forms)
            if form_key in keys:
                drop(g, "acronym form")
                continue
            keys.add(form_key)
        # "3D generation" and "3D model generation": one task, listed once, the more
        # specific form kept
        words = _task_words(g["name"])
        for i, (k, kw) in enumerate(kept):
            if words == kw or _reworded(g["name"], k["name"]):
                # "reinforcement learning" and "reinforcement learning (RL)": one task
                drop(g, f"same words as {k['name']!r}")
                break
            if (words < kw or kw < words) and (len(words ^ kw) == 1 or _same_head(g["name"], k["name"])):
                if len(words) > len(kw) and g[key] >= k[key] - 0.13:
                    drop(k, f"nested, replaced by {g['name']!r}")
                    drop(g, "kept")
                    kept[i] = (g, words)
                elif _own_setting(text, g, k["name"]):
                    drop(g, "cap (a setting)")
                    settings.append((g, words))
                else:
                    drop(g, f"nested in {k['name']!r}")
                break
        else:
            drop(g, "kept")
            kept.append((g, words))
    for g, _ in settings[: cap - len(kept)]:
        drop(g, "kept")
    # a title's setting of a kept task only where the cap leaves room: it does not crowd out
    # another task (the output lists tasks in text order, so it often comes first)
    return [g for g, _ in kept] + [g for g, _ in settings[: cap - len(kept)]]


# learning paradigms a paper uses as its means more often than it addresses them: besides
# the paper's task and not in its title ("... for pose estimation. We use semi-supervised
# learning on unlabelled images"), one is not a task of the paper
_MEANS_PARADIGMS = frozenset((
    "reinforcement learning", "deep reinforcement learning", "self-supervised learning",
    "semi-supervised learning", "unsupervised learning", "supervised learning",
    "weakly supervised learning", "weakly-supervised learning", "incremental learning",
    "transfer learning", "multi-task learning", "multitask learning", "contrastive learning",
    "deep learning", "machine learning"))
# how a title names a paradigm in its own words: the acronym as a word ("Sample-Efficient RL
# for ..."), or the paradigm's distinctive word with "learning" after it ("Multi-Task
# Reinforcement Learning", "Self-Supervised Visual Representation Learning"); "Deep",
# "Machine" or "Transfer" alone name other things ("Style Transfer"), so those need the
# whole phrase
_PARADIGM_TITLE_WORDS = re.compile(
    r"\b(?:RL|DRL|SSL|MTL)\b|(?i:\b(reinforcement|self-supervised|semi-supervised|unsupervised|"
    r"weakly[ -]supervised|incremental|multi-?task|contrastive|(?:deep|machine|transfer|supervised) learning)\b)"
)

# a title word after which a paradigm is how the paper works ("... via Contrastive
# Self-Supervised Learning", "... Using Reinforcement Learning") or what it does without
# (and what the work does without: "... without Labels"; "WITH" of an all-capitals title)
_TITLE_MEANS_WORD = re.compile(rf"\b(?:{T.title_means_pattern((*T.TITLE_MEANS_WORDS, 'without'))}|WITH)\b")


def _paradigm_in_title(name: str, text: str) -> bool:
    """Whether the title names the paradigm ``name`` (then it is what the paper addresses).

    >>> t = "Zorb: Sample-Efficient RL for Quill Grasping\\n\\nReinforcement learning (RL) needs samples."
    >>> _paradigm_in_title("reinforcement learning (RL)", t)
    True
    >>> t = "Quill Grasping with Deep RL\\n\\nWe use reinforcement learning (RL)."
    >>> _paradigm_in_title("reinforcement learning (RL)", t)
    False
    """
    title = text[: _title_end(text)]
    key = _paradigm_words(_without_acronym(name).strip())
    means = _TITLE_MEANS_WORD.search(title)  # (the first "with", "via", "using" ...)
    for m in _PARADIGM_TITLE_WORDS.finditer(title):
        if means and means.end() <= m.start():
            break  # "Sentence Zorbing with Deep Reinforcement Learning": the means, still
        word = m.group(1)
        if word is None:  # an acronym: the paradigm's own ("(RL)") or a known one's
            if "(" + m.group() + ")" in name or key.endswith(_PARADIGM_ACRONYMS[m.group()]):
                return True
        elif word.lower().endswith("learning"):
            if key.endswith(_paradigm_words(word)):
                return True
        elif _paradigm_words(word) + " " in key:
            # "learning" in the same phrase: not "Contrastive Loss for Metric Learning"
            rest = title[m.end() : m.end() + 50].lower()
            i = rest.find("learning")
            if i >= 0 and " for " not in rest[:i]:
                return True
    return False


def _paradigm_words(name: str) -> str:
    """A paradigm's words, lower-cased, hyphens as spaces, with a space before (" multi
    task learning" for "Multitask learning"), to compare whole words by str tests."""
    return " " + name.lower().replace("-", " ").replace("multitask", "multi task")


_PARADIGM_ACRONYMS = {"RL": " reinforcement learning", "DRL": " reinforcement learning",
                      "SSL": " self supervised learning", "MTL": " multi task learning"}  # fmt: skip


def _means_paradigm(name: str) -> bool:
    """Whether a task name is one of the learning paradigms of ``_MEANS_PARADIGMS``.

    >>> _means_paradigm("Reinforcement learning (RL)"), _means_paradigm("continual learning")
    (True, False)
    """
    return _without_acronym(name).strip().lower() in _MEANS_PARADIGMS


_ACRONYM_PART = re.compile(r"\s*\([^()]*\)")
_WORD_SPLIT = re.compile(r"[\s\-/]+")


@lru_cache(maxsize=65536)
def _task_words(name: str) -> frozenset[str]:
    """The words of a task name that :func:`select_tasks` compares, lower case: "X (ACR)" is
    X; hyphens split words as the scorer does ("single-image super-resolution") (cached:
    task names recur across papers)."""
    return frozenset(_WORD_SPLIT.split(_without_acronym(name).lower().strip()))


def _without_acronym(name: str) -> str:
    """``name`` without its bracketed parts ("X (ACR)": X); most names have none, and a
    str test is cheaper than a regex substitution that finds nothing."""
    return _ACRONYM_PART.sub("", name) if "(" in name else name


# modifiers that say how only before a bare head ("transformer-based segmentation", "neural
# generation", "deep retrieval"): before more words they are often part of a task's name
# ("skeleton-based action recognition", "neural architecture search", "deep metric learning")
_HEAD_MANNER_WORDS = frozenset(("neural", "deep"))
_HEAD_MANNER_SUFFIXES = ("-based", "-aware", "-agnostic")


def _manner_word(word: str) -> bool:
    """Whether a (lower-case) word before a bare head says how a task is done."""
    return word in MANNER_WORDS or word in _HEAD_MANNER_WORDS or word.endswith(_HEAD_MANNER_SUFFIXES)


def _manner_restatement(name: str, kept: list[str]) -> bool:
    """Whether a task name is the last words of a kept task (in ``kept``) that says more,
    after leading manner modifiers: a restatement, not a second task ("multi-step reasoning"
    beside "math reasoning", "end-to-end speech separation" beside "two-speaker speech
    separation").

    >>> _manner_restatement("multi-step reasoning", ["math reasoning"])
    True
    >>> _manner_restatement("transformer-based segmentation", ["polyp segmentation"])
    True
    >>> _manner_restatement("end-to-end speech separation", ["two-speaker speech separation"])
    True
    >>> _manner_restatement("symbolic reasoning", ["math reasoning"])
    False
    >>> _manner_restatement("multi-step reasoning", ["code generation"])
    False
    >>> _manner_restatement("end-to-end speech separation", ["source separation"])
    False
    >>> _manner_restatement("real-time action recognition", ["action recognition"])
    False
    >>> _manner_restatement("skeleton-based action recognition", ["video action recognition"])
    False
    """
    words = _without_acronym(name).lower().split()
    if len(words) > 1 and all(_manner_word(w) for w in words[:-1]):
        i = len(words) - 1  # "deep learning-based estimation": the head alone
    else:
        i = 0
        while i < len(words) - 1 and words[i] in MANNER_WORDS:
            i += 1
        if i == 0:
            return False
    # the kept task must say more than the rest: "real-time action recognition" after a
    # kept "action recognition" is its more specific form (select_tasks keeps that one)
    rest = words[i:]
    return any(len(kw) > len(rest) and kw[-len(rest) :] == rest
               for kw in (_without_acronym(k).lower().split() for k in kept))


def _own_setting(text: str, g: dict, kept_name: str) -> bool:
    """Whether a task group far below a kept task is a setting of it that the title names, a
    second task ("Deep Viewpoint-Equivariant Human Pose Estimation" beside the abstract's
    "human pose estimation (HPE)"): its words end with the kept task's words, modifiers
    before them (not a manner word: "Real-Time Action Recognition" is a restatement), and one
    of its mentions is in the title. Annotators list both;
    :func:`select_tasks` would otherwise drop it as a variant of the kept task. (Named in
    the abstract only, such a setting is as often a restatement or a property: "neural
    entity linking", "high-accuracy temporal action detection".)

    >>> t = "Zorb for skeleton-based action recognition\\n\\nWe study action recognition."
    >>> g = {"name": "skeleton-based action recognition", "spans": [(9, 42)]}
    >>> _own_setting(t, g, "action recognition")
    True
    >>> t = "Zorb for action recognition\\n\\nWe study skeleton-based action recognition."
    >>> _own_setting(t, {"name": g["name"], "spans": [(38, 71)]}, "action recognition")
    False
    >>> _own_setting(t, {"name": "action recognition in videos", "spans": [(9, 27)]}, "action recognition")
    False
    >>> t = "Zorb for real-time action recognition\\n\\nWe study action recognition."
    >>> _own_setting(t, {"name": "real-time action recognition", "spans": [(9, 37)]}, "action recognition")
    False
    """
    name = _without_acronym(g["name"]).lower().strip()
    words = _WORD_SPLIT.split(name)
    tail = _WORD_SPLIT.split(_without_acronym(kept_name).lower().strip())
    if len(words) <= len(tail) or words[-len(tail) :] != tail:
        return False
    # (modifiers as whitespace words: "anchor-free" is one modifier, split above for the tail)
    modifiers = name.split()[: -len(_without_acronym(kept_name).split())]
    # "deep"/"neural" before a setting go with it ("Deep Viewpoint-Equivariant Human Pose
    # Estimation"); alone they say how ("neural natural language inference")
    setting = [w for w in modifiers if w not in _HEAD_MANNER_WORDS]
    if not setting or any(_method_property(w) for w in setting):
        return False  # "end-to-end speech separation", "anchor-free object detection": the method's
    title_end = _title_end(text)
    return any(b <= title_end and not _METHOD_HEAD_AFTER.match(text, b) for _, b in g["spans"])


# what a setting's modifier may not be: how the kept task is done or a quality of the method
# that does it, not the data or conditions it is done on ("low-light", "multi-person",
# "skeleton-based": "-based" names the input before a task with more words)
_METHOD_PROPERTY_WORDS = frozenset(("lightweight", "interpretable", "explainable", "faithful",
                                    "efficient", "generic", "scalable", "unified", "accurate",
                                    "simple", "fast"))  # fmt: skip
# a title's "... Completion Method", "... Inference Models": the phrase names the method
_METHOD_HEAD_AFTER = re.compile(r"[ -]+(?:methods?|models?|frameworks?|networks?|algorithms?|approach(?:es)?|architectures?|systems?)\b", re.I)


def _method_property(word: str) -> bool:
    """Whether a (lower-case) modifier of a task says how it is done or what the method is like:
    a manner word, "deep"/"neural", "-aware", "-agnostic", "-free", a quality word; not "-based".

    >>> [_method_property(w) for w in ("anchor-free", "uncertainty-aware", "deep", "lightweight",
    ...                                 "skeleton-based", "low-light", "multi-person", "medical")]
    [True, True, True, True, False, False, False, False]
    """
    if word.endswith("-based"):
        return False
    return _manner_word(word) or word.endswith("-free") or word in _METHOD_PROPERTY_WORDS


def _same_head(a: str, b: str) -> bool:
    a, b = _without_acronym(a), _without_acronym(b)
    return a.lower().rsplit(None, 1)[-1] == b.lower().rsplit(None, 1)[-1]


# heads that name one task in other words: "optical flow estimation" and "optical flow
# prediction", "multi-label classification" and "multi-label recognition" are one task
_SYNONYM_TASK_HEADS = {
    "generation": "generation", "synthesis": "generation",
    "classification": "classification", "recognition": "classification",
    "categorization": "classification",
    "estimation": "estimation", "prediction": "estimation",
    "retrieval": "retrieval", "search": "retrieval",
    "understanding": "understanding", "comprehension": "understanding",
    "tagging": "tagging", "labeling": "tagging", "labelling": "tagging",
}  # fmt: skip


def _reworded(a: str, b: str) -> bool:
    """Whether two task names differ only by a synonym head, the modifiers the same.

    >>> _reworded("Optical flow estimation", "optical flow prediction")
    True
    >>> _reworded("surgical gesture segmentation", "surgical gesture classification")
    False
    """
    a_words = _without_acronym(a).lower().split()
    b_words = _without_acronym(b).lower().split()
    if len(a_words) < 2 or a_words[:-1] != b_words[:-1] or a_words[-1] == b_words[-1]:
        return False
    sa, sb = _SYNONYM_TASK_HEADS.get(a_words[-1]), _SYNONYM_TASK_HEADS.get(b_words[-1])
    return sa is not None and sa == sb


def group_mentions(text: str, mentions: list[Cand], acronyms=()) -> dict[str, list[Mention]]:
    """Mentions grouped per type and name: one :class:`Mention` per thing in the paper.

    :param acronyms: the text's acronym definitions (:func:`kg.extract.names.find_acronyms`);
        two tasks that differ only by a defined long form and its acronym are listed once.
    """
    groups = task_groups(text, mentions)
    tasks = [g for (label, _), g in groups.items() if label == TASK]
    keep = {id(g) for g in select_tasks(text, tasks, acronyms)}
    out: dict[str, list[Mention]] = {k: [] for k in _KINDS.values()}
    for (label, _), g in sorted(groups.items(), key=lambda kv: kv[1]["first"]):
        if label == TASK and id(g) not in keep:
            continue
        out[_KINDS[label]].append(
            Mention(name=g["name"], spans=tuple(g["spans"]), confidence=g["conf"],
                    aliases=tuple(g["aliases"]))
        )  # fmt: skip
    out["metrics"] = _fold_bare_measures(out["metrics"])
    return out


def _fold_bare_measures(metrics: list[Mention]) -> list[Mention]:
    """A bare measure the paper also names qualified ("accuracy" and "top-1 accuracy",
    "speed" and "inference speed") is one metric: the bare word joins the first qualified
    form as an alias.

    >>> [(m.name, m.aliases) for m in _fold_bare_measures([Mention("accuracy", ((5, 13),)),
    ...     Mention("top-1 accuracy", ((40, 54),))])]
    [('top-1 accuracy', ('accuracy',))]
    """
    out = list(metrics)
    for name in [m.name for m in metrics]:  # by name: a merged mention is a new object
        i = next(k for k, m in enumerate(out) if m.name == name)
        m, tail = out[i], " " + name.lower()
        into = next((k for k, q in enumerate(out) if q.name.lower().endswith(tail)), None)
        if into is None:
            continue
        q = out[into]
        out[into] = Mention(name=q.name, spans=tuple(sorted(q.spans + m.spans)),
                            confidence=max(q.confidence, m.confidence),
                            aliases=tuple(dict.fromkeys(q.aliases + (m.name,) + m.aliases)))  # fmt: skip
        del out[i]
    return out


def _title_end(text: str) -> int:
    i = text.find("\n\n")
    return i if i >= 0 else 0


_COMPARATIVE_WORD = re.compile(r"\b(?:faster|slower|quicker|smaller|cheaper|(?:more\s+)?accurate)\b",
                               re.I)  # fmt: skip


_MAGNITUDE_FASTER = re.compile(r"\border(?:s)? of magnitude (faster|quicker)\b", re.I)
# the work's speed-up, not whoever is faster ("crowd workers are orders of magnitude faster
# than experts"): the sentence before it names the paper's side (results' own words: "we",
# "our", "proposed", "this method", "it"; not "This is because ..."), but not the "it" of
# "It is well known that GPUs are ..."
_EXPLETIVE_IT = re.compile(
    r"\bit\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:known|shown|observed|believed|clear|evident|established|"
    r"true|noted|argued|reported)\s+that\b", re.I)
# a speed the text names already ("inference speed", "latency", "runtime", "throughput")
_SPEED_MEASURE = re.compile(r"speed|latency|run ?time|throughput")


def _own_speed_up(text: str, proposed, m: re.Match) -> bool:
    before = text[rough_sentence_start(text, m.start()) : m.start()]
    own = OUR_SIDE.search(_EXPLETIVE_IT.sub(" ", before)) is not None
    return own or any(p and p in before for p in proposed)


# "score" found inside the verb that gives the number is no measure the text writes: "scored
# 58.1%", "scores 59.7%" (as "scoring 58.1%"; not "a score of 58.1", "with scores up to 60%")
_SCORE_VERB = re.compile(r"score(?:d|s\s+(?:only\s+|just\s+|about\s+|over\s+|around\s+|nearly\s+)?\d)", re.I)


def _metric_span(text: str, r) -> tuple:
    """Where a result's metric is written: the word itself, or the comparative that names
    it ("faster" for speed); nothing for an implied one ("performance")."""
    if not r.span:
        return ()
    a, b = r.span
    i = text.lower().find(r.metric.lower(), a, b)
    if i >= 0:
        return ((i, i + len(r.metric)),)
    m = _COMPARATIVE_WORD.search(text, a, b)
    return ((m.start(), m.end()),) if m else ()


# --- the task of an AP score ---------------------------------------------------------------
# COCO's box, mask and keypoint AP are all written "AP": "instance segmentation (50.1 AP on
# COCO)", "achieves 76.5 AP for human pose estimation", "41.2 AP on COCO object detection". A
# sentence that names one of the three tasks (and no other of them) tells which AP it is; the
# result records that task, and the board of the score is the task's (kg.leaderboard.board_metric
# puts a mask AP on a "mask AP" board, not on the detection board). On sota-arxiv 8 of the 74
# COCO AP scores are mask or keypoint AP written "AP"; a sentence with both tasks ("49.2 and
# 44.0 AP on object detection and instance segmentation") names none.
_AP_MEASURE = re.compile(r"m?APs?|mean AP|(?:mean )?average precision", re.I)
# A bare "detection" beside COCO is its object detection: "47.2 mAP on COCO detection", "45.9 AP
# for detection on MS-COCO" (COCO's detection task, not pose's "keypoint detection").
_AP_TASK_WORD = re.compile(r"[IiPpKkOoDd](?<=\b.)(?:nstance segmentation|ose estimation|eypoints?(?: detection| estimation)?"
                           r"|bject detection|(?<=COCO d)etection|etection(?= on (?:the )?(?:MS[- ]?)?COCO\b))\b")
_AP_TASKS = {"i": "instance segmentation", "p": "pose estimation", "k": "pose estimation",
             "o": "object detection", "d": "object detection"}
# The task word is read in the clause of the number first (from the comma, semicolon or "and" +
# number before it to the one after it): "48.0 AP on COCO object detection and 43.0 AP on COCO
# instance segmentation" are two tasks. A clause that names none takes the rest of its sentence,
# leaving out the clauses of other scores and a task word that qualifies another method
# ("39.8 AP on COCO, outperforming the keypoint detection baseline" names none; "77.4 AP on COCO,
# a new state of the art for pose estimation" is pose). No loose "detector": "using an
# off-the-shelf person detector, X reaches 75.3 AP" is a pose score.
_CLAUSE_BREAK = re.compile(r"[,;]| and (?=\d)")  # (an "and" that leads a number: not "detection and segmentation")
_A_SCORE = re.compile(r"\d(?:\.\d| ?%| AP)")
_OF_A_METHOD = re.compile(r" (?:baselines?|methods?|models?|detectors?|approach(?:es)?|networks?)\b")


def _ap_task(text: str, r) -> str | None:
    """The task an AP score was measured on when its clause or sentence names one (see _AP_TASK_WORD).

    >>> _ap_task("It reaches 50.1 AP on COCO instance segmentation.", Result(None, "AP", 50.1, "50.1", span=(0, 49)))
    'instance segmentation'
    """
    if not r.span or not r.metric or not _AP_MEASURE.fullmatch(r.metric):
        return None
    a, b = r.span
    v = text.find(r.value_text, a, b) if r.value_text else -1
    start, end = _clause_around(text, a, b, v) if v >= 0 else (a, b)
    tasks = {_AP_TASKS[m.group()[0].lower()] for m in _AP_TASK_WORD.finditer(text, start, end)}
    if not tasks and (start > a or end < b):
        for m in _AP_TASK_WORD.finditer(text, a, b):
            if start <= m.start() < end or _OF_A_METHOD.match(text, m.end()):
                continue
            if not _A_SCORE.search(text, *_clause_around(text, a, b, m.start())):  # (not another score's clause)
                tasks.add(_AP_TASKS[m.group()[0].lower()])
    return tasks.pop() if len(tasks) == 1 else None


def _clause_around(text: str, a: int, b: int, at: int) -> tuple[int, int]:
    """The clause of the sentence ``text[a:b]`` that holds ``at``: from the last _CLAUSE_BREAK
    before it (one at ``at`` counts: its lookahead sees the number there) to the next."""
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, a, at + 1)), default=a)
    m = _CLAUSE_BREAK.search(text, at, b)
    return lo, (m.start() if m else b)


def _as_paper_task(task: str, paper_tasks) -> str:
    """The paper's own name of an AP score's task when it has one that names it ("human pose
    estimation" for the rule's "pose estimation"): one Task entity in the graph, not the paper's
    beside an empty one in the rule's wording. Only a paper task that holds the rule's wording:
    a shorter one ("segmentation") would lose the board (kg.leaderboard reads "instance
    segmentation" in the task to put the score on the mask AP board); with several, the first.

    >>> _as_paper_task("pose estimation", ["keypoint detection", "human pose estimation"])
    'human pose estimation'
    >>> _as_paper_task("instance segmentation", ["segmentation"]), _as_paper_task("object detection", ["captioning"])
    ('instance segmentation', 'object detection')
    """
    return next((t for t in paper_tasks if task in t.lower()), task)


def _bare_to_version(text: str, mentions: list[Cand]) -> dict[str, str]:
    """The bare data set names of a paper that writes one version of them, to that version:
    "Tweebank" beside "Tweebank V2" is that release, one data set (not where the paper writes
    two: "SQuAD 1.1 and SQuAD 2.0" leave a bare "SQuAD" alone); the mentions are renamed."""
    versions: dict[str, set[str]] = {}
    for c in mentions:
        if c.label == DATASET and c.name[-1:].isdigit() and (bare := release_of(c.name)):
            versions.setdefault(bare, set()).add(c.name)
    if not versions:
        return {}
    # (not an acronym the text defines: "abstract meaning representation (AMR)" is no release of
    # "AMR 2.0", and its group would take the version in)
    defined = {text[c.short[0] : c.short[1]] for c in mentions if c.short}
    joined = {bare: next(iter(v)) for bare, v in versions.items() if len(v) == 1 and bare not in defined}
    for c in mentions:
        if c.label == DATASET and c.name in joined:
            c.name = joined[c.name]
    return joined


def _without_background_costs(text: str, st: DocState, metrics: list[Mention], results: list[Result]) -> list[Mention]:
    """The metrics without a cost named only in the background sentences the abstract opens
    with, before its own work, and there with no number ("these abilities come with very high
    memory and computational costs", "Model distillation is commonly employed to reduce model
    size"): a problem of the field, not a measure the paper reports. Not a cost a result is
    given (its number is the paper's), nor one the title or the paper's own sentences name,
    nor one of a sentence that names the proposed method ("ZorbNet also lowers memory use":
    the paper's own work, as results._after_background keeps its numbers)."""
    if not any(measure_role(m.name) == "cost" for m in metrics):
        return metrics
    own = own_work_start(text, st)
    if own is None:
        return metrics  # (no sentence speaks of the paper's own work: nothing tells background)
    used = {name_key(r.metric) for r in results if r.metric}
    proposed = proposed_starts(st)

    def background_sentence(a: int) -> bool:
        s0, s1 = st.sentence_span(a)
        return not any(map(str.isdigit, text[s0:s1])) and not names_proposed(text, st, proposed, s0, s1)

    def background_only(m: Mention) -> bool:
        return (
            measure_role(m.name) == "cost"
            and bool(m.spans)
            and all(st.title_end <= a and b <= own for a, b in m.spans)
            and not used & {name_key(n) for n in (m.name, *m.aliases)}
            and all(background_sentence(a) for a, _ in m.spans)
        )

    return [m for m in metrics if not background_only(m)]


def doc_to_extraction(doc: Doc, paper: Paper, *, extractor: str, version: str) -> Extraction:
    """Turn a processed Doc into the plain :class:`Extraction` of its paper."""
    st: DocState = doc_state(doc)
    text = st.text
    versioned = _bare_to_version(text, st.mentions)
    grouped = group_mentions(text, st.mentions, st.acronyms)
    results = []
    seen = set()
    for r in st.results:
        # the dataset too: "4% on A, 9% on B and 4% on C" are three results
        key = (r.value, r.metric, r.span, r.method, r.dataset)
        if key in seen:
            continue
        seen.add(key)
        results.append(
            Result(
                method=r.method,
                metric=r.metric,
                value=r.value,
                value_text=r.value_text,
                dataset=versioned.get(r.dataset, r.dataset) if versioned else r.dataset,
                unit=r.unit,
                relative=r.relative,
                change=r.change if r.relative else None,
                baseline=r.baseline,
                setting=r.setting,
                span=r.span,
                confidence=r.confidence,
                task=_ap_task(text, r),
            )
        )
    if any(r.task for r in results):  # (the paper's name of an AP score's task)
        names = [t.name for t in grouped["tasks"]]
        results = [replace(r, task=_as_paper_task(r.task, names)) if r.task else r for r in results]
    m: Any  # (a mention, then a match)
    # a model named only as the judge of a score ("a GPT-4 score of 8.2") is none of the paper's methods
    own = {name_key(n) for n in st.proposed}
    grouped["methods"] = [m for m in grouped["methods"] if name_key(m.name) in own or not judge_only(text, m.spans)]
    grouped["metrics"] = _without_background_costs(text, st, grouped["metrics"], results)
    # a result's metric is a metric of the paper too ("22% faster" -> speed)
    known = {name_key(m.name) for m in grouped["metrics"]}
    for m in grouped["metrics"]:
        known.update(name_key(a) for a in m.aliases)
    for r in results:
        if r.metric and name_key(r.metric) not in known:
            spans = _metric_span(text, r)
            if r.metric in IMPLIED_MEASURES and (not spans or _SCORE_VERB.match(text, spans[0][0])):
                continue  # "improves X by 3.6%", "solves 18% of the problems": the text names no measure, list none
            known.add(name_key(r.metric))
            grouped["metrics"].append(
                Mention(
                    name=r.metric,
                    spans=spans,
                    confidence=round(min(0.85, r.confidence * 0.9), 3),
                )  # fmt: skip
            )
    # "orders of magnitude faster": a speed-up the text quantifies without a number
    # ("agnitude" first: a str test is far cheaper than the case-blind scan)
    if ("agnitude" in text or "AGNITUDE" in text) and not any(_SPEED_MEASURE.search(k) for k in known):
        m = next((m for m in _MAGNITUDE_FASTER.finditer(text) if _own_speed_up(text, st.proposed, m)), None)
        if m:
            grouped["metrics"].append(Mention(name="speed", spans=((m.start(1), m.end(1)),), confidence=0.6))
    return Extraction(
        paper_id=paper.id,
        title=paper.title,
        methods=tuple(grouped["methods"]),
        datasets=tuple(grouped["datasets"]),
        metrics=tuple(grouped["metrics"]),
        tasks=tuple(grouped["tasks"]),
        proposed=tuple(st.proposed),
        results=tuple(results),
        extractor=extractor,
        version=version,
    )


_ = re
