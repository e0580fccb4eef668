"""Task names from verb phrases: "for detecting objects" -> "object detection".

Annotators name a task with a noun phrase even where the abstract states it with a verb
("we study answering questions about charts" -> "question answering"). This module turns
a gerund or infinitive with a short object into that noun phrase, the object's head in the
singular before the verb's noun ("evaluating agents" -> "agent evaluation"), using the
verb table ``lexicons/nominalizations.tsv`` (general English morphology).

It applies only where the verb phrase states the paper's aim: after "we study / address /
tackle / focus on ...", after "the task/problem of", after a method word with "for"
("a framework for editing images"), after "aims to" / "learns to" and, with a lower
score, after an ability word ("capable of", "excels at") or "towards". The pipeline has
no parser, so the object is read from the words themselves: one to three words, no
determiner, closed by punctuation or a function word, and not followed by "of".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kg.extract import names as N
from kg.extract.lexicon import clause_verbs
from kg.extract.lexicon import nominalizations as verb_table


# nouns whose singular ends in "che", so "-ches" loses only its "s"
_CHE_NOUNS = ("caches", "niches", "headaches", "avalanches", "moustaches")


def singular(word: str) -> str:
    """The singular of a plural noun, by spelling only ("policies" -> "policy", "LLMs" ->
    "LLM"); other words unchanged.

    >>> [singular(w) for w in ("objects", "queries", "classes", "LLMs", "data", "analysis", "DARTS")]
    ['object', 'query', 'class', 'LLM', 'data', 'analysis', 'DARTS']
    >>> [singular(w) for w in ("patches", "approaches", "caches", "KV-caches", "niches")]
    ['patch', 'approach', 'cache', 'KV-cache', 'niche']
    """
    if len(word) <= 3 or word.isupper():
        return word  # an acronym in capitals spells no plural: "DARTS"
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Z0-9]s", word):
        return word[:-1]  # "LLMs", "ViTs", "LoRAs"
    low = word.lower()
    if low.endswith(("series", "species")):
        return word
    if low.endswith("iases"):
        return word[:-2]  # "biases"
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(_CHE_NOUNS):
        return word[:-1]  # "caches": the singular ends in "e" ("patches" does not)
    if low.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "ias", "ics", "ness", "ous")):
        return word[:-1]
    return word


# nouns among the task-phrase breakers: inside an object they belong to it ("graph data")
_NOUNISH = {"model", "models", "method", "methods", "approach", "framework", "system",
            "systems", "stage", "step", "time", "speed", "quality", "accuracy", "performance",
            "cost", "data", "feature", "features", "inference", "training", "test",
            "evaluation", "candidate", "key"}  # fmt: skip
# words that end the object (prepositions, conjunctions, verbs, determiners)
_OBJECT_STOP = (N.TASK_BREAK - _NOUNISH) | {
    "from", "into", "given", "under", "while", "whereas", "so", "if", "unless", "via",
    "them", "it", "us", "him", "her", "itself", "themselves", "what", "who", "whom",
    "there", "here", "is", "are", "was", "were", "will", "would", "should", "could", "may",
    "might", "must", "not", "then", "directly", "automatically", "jointly", "accurately",
}  # fmt: skip
# determiners and pronouns: "evaluating the robustness", "detecting them" are not names
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "their", "its", "our",
                "his", "her", "such", "any", "each", "every", "some", "all", "them", "it",
                "whether", "how", "what", "which", "when", "where", "why", "both", "one",
                "new", "more", "many", "multiple", "several", "various", "different"}  # fmt: skip
# heads that name a property or an outcome, not the thing a task acts on
_BAD_OBJECT_HEADS = {
    "performance", "quality", "efficiency", "accuracy", "results", "result", "ability",
    "abilities", "capability", "capabilities", "way", "ways", "method", "methods", "approach",
    "approaches", "solution", "solutions", "information", "knowledge", "effect", "effects",
    "impact", "role", "process", "step", "steps", "task", "tasks", "problem", "problems",
    "issue", "issues", "need", "needs", "time", "cost", "costs", "number", "amount", "state",
    "states", "value", "values", "output", "outputs", "input", "inputs", "level", "levels",
    "thing", "things", "work", "part", "parts", "set", "sets", "type", "types", "kind",
    "kinds", "form", "forms", "use", "fact", "idea", "ideas", "power", "gap", "gaps",
    "limitation", "limitations", "challenge", "challenges", "aspect", "aspects", "strategy",
    "strategies", "procedure", "procedures", "pipeline", "pipelines", "framework",
}  # fmt: skip
_ADJ_END = re.compile(r"(?:ly|ive|ous|ful|able|ible|less|est|xic|tic|nic)$")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?<!-)")

# the verbs by which a paper states its own problem ("we study", "this paper addresses"): one
# list for the two aim cues below (mentions' "we study the X problem" keeps its own list:
# sharing this one would add explore/examine there, a change not measured on the corpus)
OWN_AIM_VERBS = (r"(?:study|studies|address|addresses|tackle|tackles|focus(?:es)?\s+on|consider|"
                 r"considers|investigate|investigates|explore|explores|examine|examines|solve|"
                 r"solves|revisit|revisits)")  # fmt: skip
# the paper as the subject of a verb of studying: "we study", "this paper addresses"
_OWN_AIM = r"\b(?:we|paper|work|study)\s+(?:\w+\s+)?" + OWN_AIM_VERBS
# cues before a gerund that state the paper's aim, with the score of the task they name
# ("solve", "revisit" never stand right before the gerund: _CUE_ENDS gates them out)
_AIM_GERUND = re.compile(
    r"(?:" + _OWN_AIM + r"|"
    r"\b(?:task|problem|challenge|goal|aim|difficulty)s?\s+of|"
    r"\b(?:method|framework|approach|model|system|technique|algorithm|pipeline|benchmark|"
    r"dataset|tool|agent|network|architecture|paradigm|recipe|strategy|metric|procedure|"
    r"solution|scheme|toolkit|technology|paradigm|criteria)s?\s+(?:(?:designed|tailored|"
    r"built|developed|suited|specialized|specialised)\s+)?for|\b(?:towards?|applied\s+to|"
    r"applications?\s+to)|\b(?:capable|capability|capabilities|ability|abilities|"
    r"proficient|proficiency|excel|excels|succeed|succeeds|struggle|struggles)\s+(?:of|in|at))\s+$"
)
# "we study the problem of", "this paper considers the task of": the paper states its problem
# (or a sentence that opens with it: "The problem of computing the edit distance is ...")
_OWN_PROBLEM = re.compile(
    r"(?:" + _OWN_AIM + r"\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?|(?<=[.;:\n])\s*the\s+)"
    r"(?:problem|task)s?\s+of\s+$"
)
_AIM_INFINITIVE = re.compile(
    r"(?:\b(?:aims?|aiming|aimed|seeks?|seeking|learns?|designed|trained|tailored)|"
    r"(?:^|[.:;]\s+|\b(?:for|of|by|on|and)\s+)learning)\s+to\s+$"
)


# the last word of each cue: a set look-up before the regex runs
_CUE_ENDS = frozenset(("study", "studies", "address", "addresses", "tackle", "tackles", "on",
                       "consider", "considers", "investigate", "investigates", "explore",
                       "explores", "examine", "examines", "of", "for", "towards", "toward",
                       "to", "in", "at"))  # fmt: skip


def plain_object_head(word: str) -> bool:
    """Whether a word can head the object of a task verb: a noun, not a property or an
    outcome ("performance", "results") nor an adjective by its ending ("toxic", "robust").
    """
    low = word.lower()
    return not (low in _BAD_OBJECT_HEADS or _ADJ_END.search(low) or low.isdigit())


_ARTICLE = re.compile(r"(?:the|an?) (?=[a-z0-9])")
# words that refer back or say which one, not what ("the same problem", "the latter", "the
# above"): they name no task (also read by mentions' "we study the X problem")
NOT_PROBLEM_WORDS = frozenset(("following", "same", "above", "abovementioned", "aforementioned",
                               "new", "novel", "this", "that", "these", "general", "main",
                               "key", "whole", "first", "second", "latter", "former"))  # fmt: skip
# ... and after an article, words that judge the object ("identifying the right model"): the
# object is no named thing ("estimating the latter", "computing the above in closed form")
_NOT_ARTICLE_OBJECT = NOT_PROBLEM_WORDS | {"right", "wrong", "correct", "proper", "best"}
# hedges after an article that are no part of the thing ("estimating an unknown signal",
# "constructing a near perfect tree"): skipped
_ARTICLE_HEDGES = frozenset(("unknown", "near"))


def _object(text: str, pos: int, limit: int, article: bool = False) -> tuple[list[str], int] | None:
    """The object noun phrase starting at ``pos``: its words and where it ends, or None.

    :param article: an article may open it ("the problem of computing the minimum cut")."""
    words: list[str] = []
    w: Any  # (a match, then a word)
    if article:
        a = _ARTICLE.match(text, pos)
        if a:
            pos = a.end()
            w = _WORD.match(text, pos)
            if w and w.group().lower() in _NOT_ARTICLE_OBJECT:
                return None  # "estimating the latter", "identifying the right model"
            if w and w.group().lower() in _ARTICLE_HEDGES and text[w.end() : w.end() + 1] == " ":
                pos = w.end() + 1
    end = pos
    i = pos
    while len(words) <= 3:
        m = _WORD.match(text, i)
        if not m:
            break
        w = m.group()
        lw = w.lower()
        if lw in _OBJECT_STOP or (words and lw in _DETERMINERS) or lw in clause_verbs():
            break  # "for assessing readability employ ...": the object ends at the verb
        if not words and lw in _DETERMINERS:
            return None
        words.append(w)
        end = m.end()
        if end >= limit or text[end : end + 1] != " ":
            break
        i = end + 1
    if not words or len(words) > 3:
        return None
    nxt = text[end : end + 4]
    if nxt.startswith(" of") and not text[end + 3 : end + 4].isalnum():
        return None  # "generating descriptions of images": the head is elsewhere
    if nxt[:1] not in (" ", ".", ",", ";", ":", ")", "\n", ""):
        return None  # "users' preferences", "text/video": the phrase goes on
    for w in words:
        lw = w.lower()
        if lw.endswith("ly") or (lw.endswith("ed") and lw not in N._ED_KEEP and "-" not in lw):
            return None
        if lw.endswith("ing") and lw not in N._ING_NOUNS and lw not in N.TASK_HEAD_SET:
            return None
        if w[0].isupper() and not w.isupper() and not N.is_namey(w):
            return None  # a capitalised word mid-sentence: a name or a new sentence
        if N.is_namey(w) and re.search(r"\d", w):
            return None  # "evaluating GPT-4": one model, not a task
    head = words[-1].lower()
    if not plain_object_head(head) or head in N.TASK_HEAD_SET or head in N._ING_NOUNS:
        return None  # "for evaluating reasoning": the task phrase names itself
    if N.is_generic_phrase(" ".join(words)) and head not in ("models", "model", "llms", "llm"):
        return None
    return words, end


def _cue_score(cue: str) -> float:
    """The paper's own aim ("we study", "the task of") 0.5; a tool's purpose ("a framework
    for") 0.45; an ability ("capable of") or a direction ("towards") 0.4."""
    cue = cue.rstrip()
    if cue.startswith(("we", "paper", "work", "study")) or cue.endswith(
        ("task of", "problem of", "tasks of", "problems of")
    ):
        return 0.5
    if cue.endswith(("for", "to")) and not cue.endswith(
        ("towards", "toward", "applied to", "application to", "applications to")
    ):
        return 0.45
    return 0.4


def _name(words: list[str], noun: str) -> str:
    words = words[:-1] + [singular(words[-1])]
    out = [w if (w.isupper() or N.is_namey(w)) else w.lower() for w in words]
    return " ".join(out + [noun])


# "learning node representations" -> "node representation learning": the verb names a task
# only with a learned representation as its object (not in the verb table, where it would
# also read "learning models", "learning parameters" and title openers "Learning X for Y")
_LEARN_FORMS = {"learning": "learning", "learn": "learning"}
_LEARNED_HEADS = N._LEARNED_THINGS  # the same heads as a title's "Learning X ..."


@lru_cache(maxsize=1)
def _word_sets() -> frozenset[str]:
    gerunds, verbs = verb_table()
    return frozenset(gerunds).union(verbs).union(_LEARN_FORMS)


def _verb_noun(w: str, gerunds: dict[str, str], verbs: dict[str, str]) -> tuple[bool, str]:
    """(whether ``w`` is an infinitive, the noun it names): "detecting" -> (False,
    "detection"), "learn" -> (True, "learning")."""
    if w in _LEARN_FORMS:
        return w == "learn", _LEARN_FORMS[w]
    if w in gerunds:
        return False, gerunds[w]
    return True, verbs[w]


def verb_phrase_tasks(text: str, low: str, words: set[str], start: int) -> list[tuple[int, int, str, float]]:
    """Tasks stated by an aim verb phrase in ``text[start:]``, as (start, end, name, score).

    The span covers the verb only (the object's words stay free for other mentions).

    >>> t = "T\\n\\nWe propose a framework for detecting objects in aerial images."
    >>> [n for *_, n, _ in verb_phrase_tasks(t, t.lower(), N.lower_words(t.lower()), 3)]
    ['object detection']
    """
    gerunds, verbs = verb_table()
    out = []
    if len(low) != len(text):
        return out
    present = _word_sets().intersection(words)
    for w in present:
        infinitive, noun = _verb_noun(w, gerunds, verbs)
        if infinitive:
            needle, shift, rx = f" to {w} ", 4, _AIM_INFINITIVE
        else:
            needle, shift, rx = f" {w} ", 1, _AIM_GERUND
        p = low.find(needle, start)
        while p >= 0:
            i = p + shift
            j = i + len(w)
            k = low.rfind(" ", max(start, p - 16), p)
            if k >= 0 and (infinitive or low[k + 1 : p] in _CUE_ENDS):
                cue = rx.search(low, max(start, i - 50), i)
                if cue:
                    # the paper's own problem ("we study the problem of computing the minimum
                    # cut"): the verb's object may take an article (not in a definition, "X
                    # is the task of segmenting the target object", which restates X)
                    own = cue.group().endswith("of ") and _OWN_PROBLEM.search(low, max(start, i - 90), i)
                    obj = _object(text, j + 1, len(text), article=bool(own))
                    if obj and noun == "learning" and singular(obj[0][-1]).lower() not in _LEARNED_HEADS:
                        obj = None  # "learning models that generalize": no task
                    if obj:
                        out.append((i, j, _name(obj[0], noun), _cue_score(cue.group())))
            p = low.find(needle, j - 1)
    return out
