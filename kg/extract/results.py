"""Quantitative results: numbers bound to a metric, a method, a dataset and a baseline.

Works sentence by sentence on raw text with the typed mentions of
:mod:`kg.extract.mentions`. A number is a result when a metric can be bound to it (next to
it, or through a comparative such as "faster"); counts that describe the paper itself
("we evaluate 12 LLMs") have no metric and are dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from kg.extract.lexicon import lookup_label
from kg.extract.mentions import DATASET, METHOD, METRIC, YEAR, Cand, DocState, stand_in_mentions, without_split
from kg.extract import names as N
from kg.extract.names import cached_name_key as name_key
from kg.extract.numbers import BY_MARGIN as _BY_MARGIN
from kg.extract.numbers import MARGIN_HEDGE
from kg.extract.numbers import Quantity, clean_value_text, find_quantities, occurrences, parse_number
from kg.extract.spans import SpanIndex
from kg.regimes import DIFFERENTIAL_PRIVACY, NON_PRIVATE, PRIVACY_DEFERRED, PRIVATE_SCORE, PRIVATE_TRAINING, may_name_privacy
from kg.regimes import REGIME_CUES, REGIME_SCAN, TITLE_REGIME, may_name_title_regime, regime_value
from kg.model import PROPOSED, UNNAMED_BASELINE
from kg.text import may_hold


@dataclass(slots=True)
class RawResult:
    """A result before names are linked; ``method`` may be ``None`` for "the proposed one"."""

    value: float
    value_text: str
    unit: str | None
    metric: str | None
    method: str | None
    dataset: str | None
    relative: bool
    baseline: str | None
    span: tuple[int, int]
    confidence: float
    setting: str | None = None  # the regime it was measured in (_setting_for)
    change: str | None = None  # which way a relative result goes (_read_changes)


# comparative or adjective words that name the measure themselves ("2x faster")
# fmt: off
_COMPARATIVE_METRIC = [
    (re.compile(r"^\s*(?:faster|quicker|as (?:fast|quick)(?! as possible))\b", re.I), "speed"),
    (re.compile(r"^\s*(?:slower)\b", re.I), "speed"),
    # "a 75% preference for X over Y": the share of judgements that prefer it
    (re.compile(r"^\s*(?:human\s+|user\s+)?preference\s+(?:for|over|of|in favou?r)\b", re.I),
     "preference"),
    (re.compile(r"^\s*(?:smaller|more compact)\b", re.I), "model size"),
    # "outperforms a 14x larger model", "surpassing 7x larger models": matched or beaten with
    # that many times fewer parameters
    (re.compile(r"^[\s-]*(?:larger|bigger)\s+(?:[\w-]+\s+){0,2}?(?:models?|LLMs?|networks?|counterparts?|"
                r"transformers?|teachers?|baselines?)\b", re.I), "parameters"),
    (re.compile(r"^\s*(?:cheaper|less expensive)\b", re.I), "cost"),
    # "three times more computationally efficient": the efficiency of what the adverb names
    (re.compile(r"^\s*(?:more\s+|as\s+)(?:computationally\s+|memory[- ]|energy[- ]|sample[- ]|"
                r"parameter[- ]|data[- ])?efficient\b", re.I), "efficiency"),
    # "twice as likely to be judged accurate": the adjective names the measure
    (re.compile(r"^\s*(?:more\s+|as\s+)?(?:likely\s+to\s+be\s+(?:[a-z]+\s+)?)?accurate\b", re.I),
     "accuracy"),
]
# fmt: on
# the list as one regex, each pattern a group in list order (all anchored: the first group that
# matches is the first pattern that does), so the words after a number are read by one call,
# not eight; m.lastindex is the pattern's index + 1 (no pattern holds a group of its own)
assert all(rx.flags & re.I and rx.groups == 0 for rx, _ in _COMPARATIVE_METRIC)
_COMPARATIVE_METRIC_ANY = re.compile("|".join(f"({rx.pattern})" for rx, _ in _COMPARATIVE_METRIC), re.I)
# the characters IGNORECASE equates with an ASCII letter besides its two cases
_CASE_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _word_start(alternatives: list[str], fold: bool = True) -> str:
    r"""``(?i:\b(?:a|b|...))`` for alternatives that each open with an ASCII letter, written
    as a case-sensitive class of their first letters (both cases, and the letters IGNORECASE
    equates with them) before a look-behind and the branches, each with its letter as a
    look-behind: the same matches, in the same branch order, but the regex engine skips
    ahead to those letters and tests the branches only at the start of a word, instead of
    testing "\b" and every branch at each character (a class under IGNORECASE is no skip).
    (``fold`` False: ``\b(?:a|b|...)`` case-sensitive, the class of the letters as written.)

    >>> re.search(_word_start(["over", "than"]), "Moreover THAN").group()
    'THAN'
    """
    first = "".join(dict.fromkeys(a[0].lower() for a in alternatives))
    assert first.isascii() and first.isalpha()
    chars = ("".join(ch + ch.upper() + _CASE_FOLDS.get(ch, "") for ch in first) if fold
             else "".join(dict.fromkeys(a[0] for a in alternatives)))
    branches = "|".join(f"(?<={a[0]}){a[1:]}" for a in alternatives)
    return rf"[{chars}](?<!\w[{chars}])" + ("(?i:" if fold else "(?:") + branches + ")"


_RELATIVE_CUE = re.compile(
    _word_start([
        r"improv\w*", r"outperform\w*", r"gain\w*", r"increas\w*", r"decreas\w*", r"reduc\w*", "faster",
        "slower", "fewer", "less", "more", "higher", "lower", "better", "worse", r"boost\w*", "speed-?ups?",
        r"surpass\w*", "relative", "absolute", r"exceed\w*", r"drop\w*", r"saving\w*", r"save\w*",
        r"lead\w*", "advantage", "margins?", r"cut\w*", "smaller", "larger", "over", "than", "compared",
        "versus", r"vs\.?", r"enhanc\w*", r"rais\w*", r"lift\w*", r"sacrific\w*", "gaps?",
    ]) + r"\b(?!-\w)"
)  # fmt: skip
# (not the first word of a compound: "the over-studied X", "the leader-board", "a lower-resource
# setting" are no cues)
# the verbs of doing better than another ("outperforms", "surpassing", "beats")
_SURPASS_STEMS = ("outperform", "surpass", "exceed", "beat")
_SURPASS_WORD = "(?:" + "|".join(_SURPASS_STEMS) + r")\w*"
# a cue after a number makes it a difference only in the number's own clause and when it is
# not the verb of a new one: "an 80.6% F1 score, surpassing X by 3.4%", "52.05% mIoU
# outperforming the state of the art" are scores
_NEW_CLAUSE_VERB = re.compile(r"\b" + _SURPASS_WORD, re.I)


_OTHER_QUANTITY_AFTER = re.compile(r" (?:with|while|which|whereas|at) ")


def _squeeze_names(window: str) -> str:
    """A window of _blank_names with each blanked name one letter long: the words after a
    long name are as near as after a short one ("a 4-6% segmentation accuracy improvement")."""
    return _BLANKED_NAME.sub("N", window) if "NN" in window else window


_BLANKED_NAME = re.compile(r"NN+")


def _relative_after(after: str) -> bool:
    """Whether the words after a number (up to its clause's comma) make it a difference."""
    cut = min((i for i in (after.find(", "), after.find(";")) if i >= 0), default=len(after))
    # a cue after "with", "while", "which" or "at" is another quantity's: "78.8% accuracy with less
    # compute", "a success rate of 74% which increases to 86%"
    if (m := _OTHER_QUANTITY_AFTER.search(after, 0, cut)) is not None:
        cut = m.start()
    m = _RELATIVE_CUE.search(after, 0, cut)
    if m is None or _NEW_CLAUSE_VERB.match(m.group()):
        return False
    # (not the cue of a bracketed margin of its own: "to 65.0% (7.1% absolute improvement)";
    # but "43.5% (12 to 6.78) FID improvement", the cue after the bracket, is the number's)
    bracket = after.find("(", 0, m.start())
    return bracket < 0 or ")" in after[bracket : m.start()] or not _MARGIN_BRACKET.match(after, bracket + 1)


# a bracket that opens with a number: a margin of its own ("(4.1% gain)", "(+3.2 higher than
# X)"), not a bracket of names ("(ResNet-101 vs ResNet-152)")
_MARGIN_BRACKET = re.compile(r"\s*(?:an?\s+|up\s+)?[+\-\u2212]?\s*\d")


_BY_BEFORE = re.compile(
    r"\b(?:by|of up to|by up to|by over|by about|by nearly|by around|by roughly|by an average of|"
    r"by at least|"
    r"by approximately|by more than|by almost)\s*(?:~|\\sim\s*|\$\\sim\$\s*)?$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s*(?:~\s*)?$", re.I)
_TO_BEFORE = re.compile(r"\bto\s*(?:~\s*)?$", re.I)


# The end-anchored cues before a number open with "\b" and alternatives, so the engine
# tries them at every character of the window (_BY_BEFORE: about 7 us per 40 characters,
# several times per number); a substring test of the window skips the search where the
# words every match holds are missing (most windows). (ASCII letters without IGNORECASE
# look-alikes: lower() finds them exactly where the regex can.)
def _by_before(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """``_BY_BEFORE.search(text, lo, hi)`` found a match ("by", "by up to", "of up to")."""
    window = text[lo:hi].lower()
    return ("by" in window or "of up to" in window) and _BY_BEFORE.search(text, lo, len(text) if hi is None else hi) is not None


def _from_before(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """``_FROM_BEFORE.search(text, lo, hi)`` found a match ("improves from ")."""
    return "from" in text[lo:hi].lower() and _FROM_BEFORE.search(text, lo, len(text) if hi is None else hi) is not None
# the words that introduce what a result is compared against (tried as one class of first
# letters, not \b(?:...) under IGNORECASE: see _word_start)
_COMPARED_TO_WORDS = ["than", "over", "compared (?:to|with)", "relative to", "with respect to", r"vs\.?", "versus",
                      "against", *(w + r"\w*" for w in _SURPASS_STEMS)]
_COMPARED_TO_START = _word_start(_COMPARED_TO_WORDS)
_BASELINE_CUE = re.compile(
    # (\b(?:{_COMPARED_TO_WORDS}|of), as one class of first letters: see _word_start)
    _word_start([*_COMPARED_TO_WORDS, "of"])
    + r"\s+(?i:the\s+)?(?i:original\s+|vanilla\s+|strong\s+|"
    r"prior\s+|previous\s+|baseline\s+)?$"
)
# a comparison's cue, then a short lower-case noun phrase before the compared names:
# "compared to the recent efficient model X", "outperform frontier models, such as X"
_BASELINE_NP = re.compile(
    # (\b(?:{_COMPARED_TO_WORDS}) under IGNORECASE, as one class of first letters: see _word_start)
    _COMPARED_TO_START + r"(?i:\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*"
    r"(?:\s*,?\s*(?:such as|like|e\.g\.,?|including|namely))?\s+)$"
)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


def _is_baseline(
    text: str, c: Cand, methods: list[Cand], s0: int, listed: bool = False, of_cue: bool = True
) -> bool:
    """Whether ``c`` is a name the sentence compares against: right after a cue ("than X",
    "outperforms X"), after a cue and a short noun phrase ("compared to the recent efficient
    model X", "outperform frontier models, such as X"), or listed after such a name ("...
    such as GPT-4o and Claude 3.5 Sonnet"). (A list does not inherit the cue "of": "the
    effectiveness of A and B"; with ``of_cue`` False "of" is no cue at all: "the accuracy of
    X reaches".)"""
    before = text[max(s0, c.start - 40) : c.start]
    cue = _BASELINE_CUE.search(before)
    if cue and not ((listed or not of_cue) and _OF_BEFORE.search(before)):
        return not _MODELS_OF.search(text, max(s0, c.start - 40), c.start)
    if _BASELINE_NP.search(text, max(s0, c.start - 60), c.start):
        return True
    prev = next((m for m in reversed(methods) if m.end <= c.start), None)
    if prev is not None and prev.start >= s0 and N.LIST_GAP.fullmatch(text, prev.end, c.start):
        return _is_baseline(text, prev, methods, s0, listed=True, of_cue=of_cue)
    return False


# the paper's own side of a sentence: "we", "our", "proposed", "this method", "it"
OUR_SIDE = re.compile(r"\b(?:we|our|ours|proposed|this (?:method|model|approach|framework|work)|it)\b", re.I)
_SUBJECT_VERB = re.compile(
    # (an apposition between, "X, the largest model, achieves"; but not "X, we obtain 0.76,
    # showing": a participle after a comma is said of the clause before)
    r"^\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,40},\s*(?!showing\b))?"
    # "MuMath-Code-70B model achieves": the name's head noun before a verb of its own (not
    # "when a larger ViT-Huge model is adopted", "the pretrained X model can"), perhaps with
    # a bracket of its own ("Flan-T5 models (base and large) showing")
    r"(?:(?:model|framework|system|agent|method|approach|network|architecture|variant|baseline)s?\s+"
    r"(?:\([^)]*\)\s*)?(?!(?:is|are|was|were|can|could|has|have|uses?|requires?)\b))?"
    # (an adverb between: "self-training consistently improves", "X only reaches": "[a-z]+ly" takes "only")
    r"(?:also\s+|further\s+|even\s+|still\s+|both\s+|[a-z]+ly\s+)?"
    r"(?:achieves?|achieved|obtains?|reach(?:es)?|improves?|outperforms?|yields?|gets?|attains?|"
    r"scores?|runs?|is|are|was|delivers?|surpass(?:es)?|records?|sets?|boosts?|reduces?|"
    r"increases?|exceeds?|performs?|shows?|demonstrates?|provides?|brings?|offers?|enables?|"
    r"can|could|has|have|leads?|accelerates?|speeds?|requires?|uses?|cuts?|matches|beats?|"
    r"achieving|obtaining|reaching|attaining|scoring|yielding|providing|delivering|showing)\b",
    re.I,
)
# an evaluated model with a verb of success, in benchmark papers: "the best model, GPT-4o,
# solves only 16.3%", "the best model (GPT-4o) solving only 16.3%" (the bracket closes after
# the name: see _solver), "even o3-mini (high) with code execution feedback, can create"
_SOLVER_VERB = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:with|using)\s[^,;()]{0,40},\s*)?,?\s*"
    r"(?:also\s+|even\s+|still\s+|only\s+)?(?:can\s+(?:only\s+)?)?"
    r"(?:solv|resolv|complet|succeed|creat|answer)\w*\b",
    re.I,
)
_APPOSED_OPEN = re.compile(r"\b(?:model|LLM|agent|system)s?\s*\(\s*$", re.I)
# "the best model", "the top-performing LLM": the one of the models evaluated a text singles out
_BEST_MODEL = (
    r"\b(?i:best|strongest|top|leading|best-performing|top-performing|highest-scoring)"
    r"(?:[- ][\w-]+){0,2}\s+(?i:model|LLM|agent|system|baseline)s?\s*"
)
# the name in brackets after "the best model", which the mention finder reads as the
# noun phrase's acronym: "with the best model (GPT-4o) solving only 16.3%"
_BEST_APPOSED = re.compile(
    _BEST_MODEL + r"\(\s*"
    r"(?P<name>[A-Za-z][\w.+-]*(?:\s[\w.+-]+){0,2}?)\s*(?=\))"
)
# what follows a number that counts things rather than measuring a result
_SETTING_AFTER = re.compile(
    r"^\s*(?:%|\\%)?\s*(?:billion|million|thousand|trillion|[BMKT]\b|of\s+(?:the\s+)?(?:training\s+)?"
    r"(?:data|samples|examples|tokens|labels|labeled|parameters|params|budget|the)|"
    # "5 held-out datasets", "12 open-source LLMs", "3 diverse benchmarks": modifiers first
    r"(?:(?:[a-z]+(?:-[a-z]+)+|diverse|different|distinct|public|popular|standard|challenging|"
    r"additional|other|real|synthetic|large|small|labele?l?ed|unlabele?l?ed|missing|noisy|unstructured|"
    r"structured)\s+){0,2}"
    # "with only 1% labels", "at 50% sparsity", "an 80% noise ratio": the share of the data
    # kept, labelled or corrupted, or of the weights pruned, is the setting of a test
    # ("just 50% train data is required")
    r"(?:train(?:ing)?\s+)?(?:data|samples|examples|images|tokens|steps|epochs|layers|heads|GPUs?|"
    r"labels|sparsity|noise|audios|"
    r"TPUs?|nodes|languages|tasks|models|LLMs|domains|problems|questions|papers|participants|"
    r"users|hours of|shots?|seeds|runs|classes|categories|frames|videos|subjects|annotators|"
    r"benchmarks|datasets|experts|days|hours|minutes|weeks|months|years|seconds|times|"
    r"iterations|rounds|trials|instances|samples|pairs|choices|annotations|judg(?:e)?ments|"
    r"comparisons|ratings|prompts|queries|responses|documents|sentences|words|conversations|"
    r"dialogues|trajectories|demonstrations|solutions|programs|files|repositories|functions|phenomena)\b)",
    re.I,
)
# the version of a licence ("CC BY-NC-SA 4.0 license", "the Apache 2.0 License", "CC BY 4.0"; not
# "98.5% license plate recognition accuracy")
_LICENCE_VERSION_AFTER = re.compile(r"\s+(?:[Ii]nternational\s+)?(?:[Pp]ublic\s+)?[Ll]icen[cs]e\b(?!\s+plates?\b)")
_LICENCE_BEFORE = re.compile(r"\bCC[- ]BY(?:-[A-Z]{2})*\s*$")
_JUST_BEFORE = re.compile(r"\s*(?:[:=(]|of|is|was|reaches|to)?\s*(?:~|\\sim|\$\\sim\$)?\s*\$?\\?\{?")
# "52.8 on Penn Treebank and 52.0 on WikiText-2": names blanked to N by _blank_names
_DATASET_CHAIN = re.compile(
    r"^\s*(?:on|in|for)\s+(?:the\s+)?N+(?:\s+(?:dataset|benchmark|test set))?\s*"
    r"(?:,|and|,\s*and)\s*(?:on\s+|in\s+|for\s+)?(?:the\s+)?(?:from\s+)?$"
)
# "relative", "average" ... before a noun of change
_QUALIFIER = r"(?:relative\s+|absolute\s+|average\s+|overall\s+)?"
# the nouns of a change in a measure: "a 2x reduction in latency"
_CHANGE_NOUN = r"(?:reduction|decrease|increase|improvement|gain|drop|boost|speed-?up|saving)s?"
# the verbs of a change: "improves", "reduced", "cutting"
_CHANGE_STEMS = ("improv", "increas", "reduc", "boost", "rais", "lower", "decreas", "enhanc", "cut")
_CHANGE_STEM = "(?:" + "|".join(_CHANGE_STEMS) + r")\w*"
_CHANGE_WORDS = [w + r"\w*" for w in _CHANGE_STEMS]  # (_CHANGE_STEM's alternatives, for _word_start)
_CHANGE_WORD = re.compile(_CHANGE_STEM)  # a verb or noun of change: "improves", "reduction"
# "improves the survival probability by 12%", "improve the efficiency of test-time compute
# scaling by more than 4x": the object of the verb (its head before "of") is the measure
_VERB_NP_BY = re.compile(
    # (also the verbs that cut a cost: "compresses the KV cache by 4x", "shortens reasoning chains by 40%")
    # (\b(?:{_CHANGE_STEM}|...), as one class of first letters: see _word_start)
    _word_start([*_CHANGE_WORDS, r"compress\w*", r"shorten\w*", r"shrink\w*", r"prun\w*", r"trim\w*"], fold=False)
    + r"\s+(?:the\s+|its\s+|their\s+|our\s+)?"
    # (a benchmark's name may qualify the measure: "improves GSM8K accuracy by 3%")
    r"(?:[A-Z][\w.-]*\d[\w.-]*\s+|[A-Z][\w.-]*[A-Z][\w.-]*\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+"
    r"(?:of\s+(?:[\w-]+\s+){0,4}?)?" + _BY_MARGIN
)
# (the runs of white space a _VERB_NP_BY match can hold, each between two other characters:
# after the verb 1, a determiner 1, a qualifying name 1, between the measure's words 2, after
# them 1, "of" and four words 5, after "by" 1, a two-word hedge 2, "a factor of" 3; change
# the count with the regex: _verb_np_by_in_clause searches no further back)
_VERB_NP_BY_SPACES = 17
# "speeds up inference by 2.5x", "accelerates LLM decoding by up to 3x": the verb names the
# measure, speed (a measure written between them is bound before this is tried)
_SPEEDS_UP_BY = re.compile(
    r"\b(?:speed(?:s|ed|ing)?\s+up|speed-?up(?=\s+[a-z])|accelerat(?:es?|ed|ing))\s+(?:[\w-]+\s+){0,4}?" + _BY_MARGIN
)
# "reduces inference time by 13.8% and cloud computation costs by 84.6%": a second
# object of the same verb, after the first margin
_AND_NP_BY = re.compile(
    r"(?:\d|%|\bx|\bX|points?)\s*(?:,\s*(?:and\s+)?|,?\s*and\s+)(?:the\s+|its\s+|their\s+)?"
    r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+" + _BY_MARGIN
)
# "by 270x and the end-to-end speech synthesis by 38x": a second object after a margin (its
# "x" glued to the digits, which _AND_NP_BY does not take)
_SECOND_BY = re.compile(
    r"(?:\d|%|x|X|\$)\s*(?:,\s*(?:and\s+)?|,?\s*and\s+)(?:the\s+)?((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+"
    + _BY_MARGIN
)
_NOT_MEASURES = {
    "model",
    "models",
    "method",
    "methods",
    "baseline",
    "baselines",
    "it",
    "them",
    "this",
    "that",
    "results",
    "approach",
    "system",
    "systems",
    "framework",
    "llms",
    "llm",
    # "improves the state-of-the-art by 3.3% in terms of RMSE": what is beaten, not a measure
    "state-of-the-art",
    "art",
    "sota",
}
# "reduces the number of generated tokens by 40%": the count's object is part of the measure
_COUNT_HEADS = ("number", "amount", "count")

def _bare_performance(measure: str) -> str:
    """A measure read from a noun phrase whose head is "performance" is "performance": the
    words before it say what is performed, not how it is measured ("improves reasoning task
    performance by 5%", "a 10x increase in achievable performance", "boosts downstream
    performance by 4.3%"), as "performance" alone is the measure of an unnamed score."""
    words = measure.split()
    return "performance" if len(words) > 1 and words[-1].lower() == "performance" else measure

_BY_WORD = re.compile(r"\s+by\s")
_SLASH = re.compile(r"\s*/\s*")
_SLASH_VALUES = re.compile(r"(?:\s*/\s*[-+]?\d+(?:\.\d+)?\s*(?:x|×|%|\\%|\\times)?)+")
# (the list's head noun may come between: "ROUGE-1, ROUGE-2 and ROUGE-L scores of 45.2, 21.3 and 41.0")
_LIST_TO_VALUES = re.compile(
    r"\s*(?:(?:scores?|values?)\s+)?(?:=|:|of|is|are|reach(?:es)?|achiev(?:es|ing))?\s*(?:~\s*)?"
)
# an overlap threshold, not a score: "a 4.1% AP gain at IoU=0.8", "mAP with IoU threshold 0.5",
# "map@tIoU=0.5", "with the 0.5 IoU threshold", "on increasing IoU thresholds (IoU > 0.5)"
# (not "IoU of 0.515", "the IOU score of 0.8163": scores)
_IOU_THRESHOLD_BEFORE = re.compile(
    r"(?:\b(?:at|with|under|for)\s+(?:an?\s+|the\s+)?|@\s*)t?IoU\s*(?:thresholds?\s*)?(?:of\s+|=\s*|>=?\s*|\u2265\s*)?$"
    r"|\bt?IoU\s+thresholds?\s*(?:of\s+|=\s*|at\s+)?$|\bt?IoU\s*(?:>=?|\u2265)\s*$",
    re.I,
)
_IOU_THRESHOLD_AFTER = re.compile(r"\s*t?IoU\s+thresholds?\b", re.I)
# "with an IoU of": a threshold only where the value is a round one ("with an IoU of 0.5" in
# detection; "segments the liver with an IoU of 0.72" is a score)
_IOU_OF = re.compile(r"(?:with|for|under)\s+(?:an?\s+|the\s+)?t?IoU\s*(?:of\s+)?$", re.I)
_THRESHOLD_AFTER = re.compile(r"\s*thresholds?\b")


def _iou_threshold(text: str, q: Quantity, s0: int) -> bool:
    """Whether ``q`` (at most 1, no unit) is an IoU threshold that a score is counted at."""
    if q.unit is not None or q.value > 1 or "iou" not in text[max(s0, q.start - 30) : q.end + 16].lower():
        return False
    if _IOU_THRESHOLD_AFTER.match(text, q.end):
        return True
    m = _IOU_THRESHOLD_BEFORE.search(text, max(s0, q.start - 30), q.start)
    if m is None:
        return False
    # (thresholds are multiples of 0.05: 0.3, 0.5, 0.75, 0.95)
    return not _IOU_OF.match(m.group()) or abs(q.value * 20 - round(q.value * 20)) < 1e-6


_AT_BEFORE = re.compile(
    r"(?<!achieves )(?<!achieved )(?<!reaches )(?<!reached )(?<!stands )(?<!peaks )\bat\s*(?:~\s*)?$",
    re.I,
)
_SIZE_OF_A_MODEL = re.compile(r"(?:\(|\bat)\s*$")
_PARAMS_AFTER = re.compile(r"\s?(?:parameters|params)\b")
_GLUED_FPS = re.compile(r"\s?(?:fps|FPS|frames[- ]per[- ]second|frames?\s*/\s*s(?:ec)?)\b")
# a rate of things processed: "41 images/s", "parse over 1,000 sentences per second"
_PER_SECOND = re.compile(
    r"\s?(?:images?|tokens?|samples?|sentences?|queries|words|requests|sequences)\s*"
    r"(?:/\s*s(?:ec)?\b|[- ]per[- ]second\b)"
)
# the hedges a number may come after: "reaches only 15%", "solves up to 18%", "a score of
# about 60", "less than 5%"; a cost (a time, a size) also "under", "below", "roughly" and
# "merely" its amount ("requires under 1 GB", "in roughly 3 hours"). One list of the words both share.
_HEDGE_WORDS = r"only|just|about|nearly|around|approximately|less than|a mere|~"
_HEDGE = r"(?:(?:" + _HEDGE_WORDS + r"|up to|over|more than|almost|<)\s*)?"
_COST_HEDGE = r"(?:(?:" + _HEDGE_WORDS + r"|merely|roughly|under|below|fewer than)\s*)?"
# the measure a frame rate is the value of, right before it: "an inference speed of 23.5 FPS", "a
# real-time operation speed of 152.60 frames per second", "at a throughput of 1234 FPS" (a bare
# "speed of 100 fps" stays "FPS": the unit says more than the bare noun; of 10 sota-arxiv papers
# that write it, none reads better as "speed")
_SPEED_NAMED_BEFORE = re.compile(
    r"(?<![\w-])(?P<measure>(?:inference|operation|operating|running|processing|detection|tracking|"
    r"training|decoding|rendering|testing|test|segmentation|generation)\s+speed|frame\s+rate|throughput)"
    r"\s+(?:of|at|is|reaches)\s+" + _HEDGE + r"\$?$",
    re.I,
)
# a time a method takes is a cost result, measured as "time" when the text names no time
# measure: "generates a mesh in 3 seconds", "trains in 8 days on 48 GPUs", "takes only 360ms
# per image", "(5 hours instead of 32)", "a 12 ms faster replacement"; not an amount of data
# or a setting ("30 hours of speech", "a sampling interval of 5 minutes", "for 4 days")
_DURATION_AFTER = re.compile(
    r"\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|ms|milliseconds?|s)\b"
    r"(?![- ](?:long|length|clips?|videos?|segments?|windows?)\b)(?!\s+of\b)"
)
_TIME_COST_BEFORE = re.compile(
    r"\b(in|within|takes?|took|taking|requires?|required|requiring|needs?|needed|needing|spends?|"
    r"spent|costs?|costing|finish\w*|complet\w*|instead of|from|to)\s+" + _COST_HEDGE + "$",
    re.I,
)
_TIME_COMPARATIVE = re.compile(r"\s+(?:faster|slower|quicker|less|more|shorter|longer)\b")
_PER_ITEM = re.compile(
    r"\s*(?:per|/|for each|for one)\s*(?:image|frame|sample|token|query|step|iteration|instance|"
    r"video|sentence|example|scan|scene|problem|task|question)\b"
)
_TIME_MEASURE = re.compile(r"time|latency|runtime|duration|speed", re.I)
# a size in bytes is a cost result when the text makes it the model's size or the memory
# it uses (the measure named after the cue): "the detector is only 36.9 KB", "compress the
# model to less than 0.5MB", "a maximum size of 6MB", "0.65MB parameters", "with less than
# 10GB of memory", "requires about 5.65GB storage"; not data or hardware ("a dataset (4GB)",
# "160GB of text", "a V100 GPU with 16 GB of memory", "Jetson AGX Orin 32GB")
_BYTES_AFTER = re.compile(r"\s?(?:[KMGT]B|kB|[KMGT]iB|(?:kilo|mega|giga|tera|kibi|mebi|gibi|tebi)bytes?)\b")
_MODEL_BYTES_AFTER = re.compile(
    r"\s*(?:of\s+)?(?:parameters|params|weights|model\s+size|in\s+size|on\s+disk)\b",
    re.I,
)
_MEMORY_BYTES_AFTER = re.compile(r"\s*(?:of\s+)?(?:GPU\s+|peak\s+)?(?:memory|RAM|VRAM)\b", re.I)
_STORAGE_BYTES_AFTER = re.compile(r"\s*(?:of\s+)?(?:disk\s+)?(?:storage|space)\b", re.I)
_MODEL_BYTES_BEFORE = re.compile(
    r"(?:\bsize\s+(?:of\s+)?" + _COST_HEDGE + r"\(?"
    r"|\bweigh(?:s|ing)?\s+" + _COST_HEDGE
    + r"|\bcompress\w*\s+(?:[\w-]+\s+){0,4}?(?:down\s+)?to\s+" + _COST_HEDGE
    + r"|\b(?:is|are)\s+(?:only|just|merely|less\s+than|under)\s+(?:about\s+)?)$",
    re.I,
)
# the amount the method uses (not the hardware that holds it): "requires 1.2 GB of memory",
# "with less than 10GB of memory"
_MEMORY_COST_BEFORE = re.compile(
    r"\b(?:uses?|using|requires?|requiring|needs?|needing|consum\w*|occup\w*|takes?|with|in)\s+"
    + _COST_HEDGE
    + r"$",
    re.I,
)
# a measure of bytes the text names right before the number keeps it ("a small memory
# footprint of 2.1 GB", "GPU memory usage of 1.2 GB")
_BYTES_MEASURE = re.compile(r"memory|footprint|size|storage", re.I)
# ... unless a size stands right before it, whose measure it is ("16GB of memory and 8GB of RAM")
_SIZE_BEFORE_MEASURE = re.compile(r"\d" + _BYTES_AFTER.pattern + r"\s*(?:of\s+)?(?:(?:GPU|peak)\s+)?$")
# ... coordinated with this one ("16GB of memory and 8GB", "16GB of memory, 8GB"; not ", while BERT needs 240MB")
_SIZES_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)" + _COST_HEDGE)
# ... whose "cost" the lexicon reads as a measure of its own: "the memory cost of 2GB"
_COST_AFTER_MEASURE = re.compile(r"\s+costs?\b", re.I)
# what holds bytes that are no cost of a model: data and its stores, and hardware ("160GB of
# text", "the training set is only 2 GB", "a cache size of 4 GB", "a V100 GPU with 16 GB")
# (data itself, near the number: "160GB of text", "a dataset (4GB)"; a store of data, as the
# size's owner only: "the benchmark split is 3 GB", not "on the X benchmark, using 2.5 GB")
_BYTES_DATA_NOUNS = r"data(?:sets?)?|corpus|corpora|text|logs?|images|videos?|files|traces?"
_DATA_STORE_NOUNS = r"sets?|splits?|benchmarks?|index(?:es)?|caches?|databases?|collections?|dumps?"
_HARDWARE_NOUNS = (
    r"GPUs?|TPUs?|CPUs?|cards?|devices?|machines?|laptops?|servers?|nodes?|phones?|smartphones?|accelerators?|"
    r"clusters?|hardware|boards?|workstations?|desktops?|PCs?|computers?|microcontrollers?|MCUs?|FPGAs?|chips?"
)
_DATA_NEAR = re.compile(r"\b(?:" + _BYTES_DATA_NOUNS + r")\b", re.I)
# ... and a size that names a kind of hardware, up to two words before its noun: "from 16GB GPUs to 80GB
# GPUs", "a 24GB NVIDIA GPU", "8GB RAM modules" (not "10GB of GPU memory", "12MB per device")
_HARDWARE_AFTER = re.compile(
    r"\s*(?:(?!(?:of|on|in|per|for|to|and|or|with|at|from)\b)[\w-]+\s+){0,2}?(?:" + _HARDWARE_NOUNS + r"|modules?|sticks?)\b"
    r"(?!\s*(?:memory|RAM|VRAM|usage|footprint)\b)",
    re.I,
)
_NOT_A_MODEL_OWNER = re.compile(r"(?:" + "|".join((_BYTES_DATA_NOUNS, _DATA_STORE_NOUNS, _HARDWARE_NOUNS)) + r")$", re.I)
# the verb and hedge between a size and its owner when no cue names the measure before it:
# "ZorbNet-lite has only 0.65MB parameters", "the index is 2 GB on disk"
_BYTES_VERB_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|has|have|had|with|of|takes?|uses?|requires?|needs?|occup\w*|consum\w*)\s+)?"
    + _COST_HEDGE + r"$",
    re.I,
)
# (the word right before the cue; after a comma the cue's owner is the clause's subject: "on
# the X benchmark, using 2.5 GB of memory")
_OWNER_WORD = re.compile(r"([\w-]+)\s*$")
# a hardware model's name: letters and digits ("an A100 with 80GB of memory", "RTX 3090 with")
_HARDWARE_NAME = re.compile(r"(?=.*\d)[A-Za-z]*\d[\w-]*")
# ... or a capitalised name without digits that a model runs "on" and that has the bytes "with"
# it: "runs on a Jetson Nano with 4GB of memory", "deployed on a Raspberry Pi with 8 GB RAM"
_ON_NAMED_DEVICE_WITH = re.compile(
    r"\b[Oo]n\s+(?:(an?\s+)|(?:the|one|single|two|four|eight|\d+)\s+)?((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+$"
)
# ... but a name a model is trained, tuned or evaluated "on" without "a"/"an" is data: "fine-tuned on
# Zorb Instruct with 10GB of GPU memory" (a device keeps its article: "evaluated on a Jetson Nano")
_TRAINED_ON_NAME = re.compile(
    r"\b(?:(?:pre|post|fine|instruction)[- ]?)?(?:train(?:ed|ing|s)?|tun(?:ed|ing|es))\s+(?:[a-z]+\s+)?$"
    r"|\b(?:evaluat|test|benchmark|validat)(?:ed|ing|es|s)\s+(?:[a-z]+\s+)?$",
    re.I,
)


# a byte measure named before a change "from" one size (to another): both ends are sizes of that
# measure ("reduces the memory cost from 65GB to 2GB", "shrinks the model from 240MB to 12MB",
# "cuts RAM usage from 20 GB to 9 GB"); groups: memory, storage, the model's size
_BYTES_MEASURE_FROM = re.compile(
    r"\b(?:(?:GPU|peak)\s+)*(?:(memory|RAM|VRAM)|(storage|disk\s+space)|(?:model\s+)?size|model)"
    r"(?:\s+(?:usage|use|cost|consumption|requirements?|footprint|overhead))?"
    r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+from\s+" + _COST_HEDGE + r"$",
    re.I,
)
# ... "from 65GB to": the size before the second end of the change
_FROM_SIZE_TO = re.compile(r"\bfrom\s+" + _COST_HEDGE + r"\d[\d.,]*" + _BYTES_AFTER.pattern + r"\s+to\s+" + _COST_HEDGE + r"$")


def _bytes_measure_from(text: str, q: Quantity, s0: int) -> tuple[str, re.Match] | None:
    """The byte measure ("memory", "storage", "model size") a change "from" a size "to" another
    names before it, when ``q`` is one of the two ends; and the match naming it."""
    at = q.start
    if (first := _FROM_SIZE_TO.search(text, max(s0, at - 40), at)) is not None:
        at = first.start()
    named = _BYTES_MEASURE_FROM.search(text, max(s0, at - 70), at)
    if named is None:
        return None
    return ("memory" if named.group(1) else "storage" if named.group(2) else "model size"), named


# a size in bytes and its named measure, then "and" or a comma before the next size: "needs only 2 TiB
# of storage and 12 MiB of memory" (the second size has the first one's cue)
_NAMED_SIZE_AND = re.compile(
    r"\d[\d.,]*(?=" + _BYTES_AFTER.pattern + r"\s*(?:of\s+)?(?:[\w-]+\s+)?"
    r"(?:memory|RAM|VRAM|storage|space|parameters|params|weights)\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _COST_HEDGE + r"$)"
)


def _coordinated_size_measure(text: str, q: Quantity, s0: int, st: DocState) -> str | None:
    """The measure of the size coordinated right before ``q`` ("2 TiB of storage and 12 MiB of
    memory"), when that size is the model's."""
    first = _NAMED_SIZE_AND.search(text, max(s0, q.start - 60), q.start)
    if first is None or (unit := _BYTES_AFTER.match(text, first.end())) is None:
        return None
    size = Quantity(float(first.group().replace(",", "")), None, first.start(), first.end(), first.group())
    return _byte_size_measure(text, size, unit.end(), s0, st)


def _bytes_unit(text: str, q: Quantity) -> tuple[str, int] | None:
    """The unit of a size in bytes written after ``q``, in one spelling ("KB", "MB", "GB",
    "TB", "GiB" ...: "36.9 kB", "5 megabytes", "2 tebibytes"), so the graph keeps what scale a
    size is in; and where the unit as written ends."""
    m = _BYTES_AFTER.match(text, q.end)
    if m is None:
        return None
    written = m.group().strip()
    if len(written) == 2:
        return written.upper(), m.end()
    binary = written[1:] == "iB" or "bibyte" in written  # "GiB", "gibibytes", "mebibytes"
    return written[0].upper() + ("iB" if binary else "B"), m.end()


def _bytes_owner_is_model(text: str, q: Quantity, cue_start: int, s0: int, st: DocState) -> bool:
    """Whether the size in bytes ``q`` belongs to the model or method, judged by the word
    that owns it (the subject before its cue or verb): not data, a store or hardware ("the
    training set is only 2 GB", "a cache size of 4 GB", "an A100 with 80GB of memory")."""
    m = _OWNER_WORD.search(text, max(s0, cue_start - 40), cue_start)
    if m is None:
        return True  # (the sentence opens with the size, or a comma stands before its cue)
    word = m.group(1)
    if _NOT_A_MODEL_OWNER.match(word):
        return False
    if text.startswith("with", cue_start) and (on := _ON_NAMED_DEVICE_WITH.search(text, max(s0, cue_start - 50), cue_start)):
        if on.group(1) is None and _TRAINED_ON_NAME.search(text, max(s0, on.start() - 40), on.start()):
            return True  # (data: "fine-tuned on Zorb Instruct with 10GB of GPU memory")
        # (a name the text knows is a dataset or a method: "trains on ImageNet with less than 10GB of memory")
        return any(c.label in (METHOD, DATASET) and c.start < on.end(2) and on.start(2) < c.end for c in st.mentions)
    # a name with digits that the text does not know as a method is a device's
    return not (
        _HARDWARE_NAME.fullmatch(word)
        and not any(c.label == METHOD and c.start <= m.start(1) < c.end for c in st.mentions)
    )


def _byte_size_measure(text: str, q: Quantity, unit_end: int, s0: int, st: DocState) -> str | None:
    """ "model size", "memory" or "storage" when a number in bytes is the model's size or the
    memory or storage it uses, else None (an amount of data, a device's memory)."""
    lo = max(s0, q.start - 60)
    if _DATA_NEAR.search(text, max(s0, q.start - 25), min(len(text), unit_end + 15)) or _HARDWARE_AFTER.match(text, unit_end):
        return None
    cue = _MODEL_BYTES_BEFORE.search(text, lo, q.start)
    if _STORAGE_BYTES_AFTER.match(text, unit_end) or _MODEL_BYTES_AFTER.match(text, unit_end):
        measure = "storage" if _STORAGE_BYTES_AFTER.match(text, unit_end) else "model size"
        cue = cue or _BYTES_VERB_BEFORE.search(text, lo, q.start)
    elif cue is not None:
        measure = "model size"  # "the detector is only 36.9 KB", "compress it to 0.5MB"
    elif changed := _bytes_measure_from(text, q, s0):
        measure, cue = changed  # "reduces the memory cost from 65GB to 2GB"
    elif _MEMORY_BYTES_AFTER.match(text, unit_end) and (cue := _MEMORY_COST_BEFORE.search(text, lo, q.start)):
        measure = "memory"  # "requires 1.2 GB of GPU memory", "with less than 10GB of memory"
    elif _MEMORY_BYTES_AFTER.match(text, unit_end) and _coordinated_size_measure(text, q, s0, st):
        return "memory"  # "needs only 2 TiB of storage and 12 MiB of memory": the first size's owner
    else:
        return None
    return measure if _bytes_owner_is_model(text, q, cue.start(), s0, st) else None


# a unit written out may stand between them: "from 28.5 dB to 33.4 dB"
_BETWEEN_CHAIN = re.compile(
    r"^(?:\s|~|\\,)*(?:dB|ms|mm|cm|s|fps|FPS|px|pixels?|km/h|\\degree|°)?\s*"
    r"(?:,|and|or|,\s*and|to|/|vs\.?|versus|-|–|\(|\)\s*\(?)\s*$"
)
# two values of one measure written in parallel, each with its own context: "an error of 1.55
# (eICU) and 2.28 (MIMIC)", "(KORB: ED of 25.4 pixels, FLARB: 32.5 pixels)" (same unit on both
# sides: _share_along_chains)
_PARALLEL_CHAIN = re.compile(
    r"^\s*(?:dB|ms|s|fps|FPS|px|pixels?|points)?\s*(?:\(\s*[^()\d]{1,40}\)\s*(?:,\s*and|,|and)|,\s*[A-Z][\w-]*\s*:)\s*$"
)
# two bracketed scores of coordinated subjects: "between advanced models (72%) and humans (87%)"
_BRACKETED_PAIR_CHAIN = re.compile(r"^\s*\)\s*,?\s*(?:and|vs\.?|versus)\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){1,3}\(\s*$")
# what may stand between the two ends of "from A to B" besides a unit: a unit word or a
# short setting ("from 30 hours to 8 hours", "from 15.9% with one sample to 56%")
_FROM_TO_GAP = re.compile(
    r"^\s*(?:(?!(?:and|or|but|while|by|than|of)\b)[A-Za-z][\w/-]*\s+){0,4}to\s*(?:~\s*|(?:only|just|merely)\s+)?$"
)
_TIGHT_BEFORE = re.compile(
    r"^\s*(?:\(|:|=|of|is|was|to|from|reaches|reached|reaching|achieves|achieving|score of|"
    r"scores of|rate of|by|with|around|about)?\s*(?:only|just|merely|about|around|approximately|"
    r"nearly|over|up to|roughly|an average of|a|an)?\s*(?:~|\\sim|\$\\sim\$)?\s*$",
    re.I,
)
_METRIC_IN = re.compile(r"^\s*(?:in|of|on)\s+(?:the\s+)?(?:terms of\s+)?$", re.I)
# a cost counted in things no measure names: "40% fewer tokens", "14 times fewer training
# steps", "5x less data", "10.6x less time" (the things, after at most two modifiers, are the
# measure); "less" takes only the amounts a cost is paid in ("less complex" is no cost)
_THING_MODIFIER = r"(?:(?!(?:on|in|of|for|to|at|by|with|than|and|or|while)\b)[A-Za-z][\w-]*\s+)"
_FEWER_THINGS = re.compile(
    rf"^\s*(?:fewer\s+({_THING_MODIFIER}{{0,2}}?[A-Za-z][\w-]*[a-rt-z]s)|(?:less|lower)\s+({_THING_MODIFIER}{{0,2}}?"
    r"(?:data|time|compute|computation|energy|storage|memory|supervision|annotations?)))\b"
)


# what a cost reduction saves, named before the noun of reduction: "a 40% token reduction",
# "4x KV cache compression", "30% memory savings" (a known measure there is bound before)
_THING_REDUCTION = re.compile(
    rf"^\s*({_THING_MODIFIER}{{0,2}}?[A-Za-z][\w-]*)\s+(?:reduction|compression|saving|decrease)s?\b"
)
_QUALIFIER_ONLY = re.compile(
    r"(?:(?:relative|absolute|average|overall|total|lossless|significant|substantial|further|additional|"
    r"maximum|max|up|nearly|about)\s*)+",
    re.I,
)


# a general property (no measure without a number) and its change: "performance drop"
# (every match of _PROPERTY_CHANGE_BEFORE holds one of _PROPERTIES: its 60 characters are
# tested for them before the search, which opens with "\b" and is tried at every character;
# so is "from" before _SOTA_ON_FROM's search, about 8 us per hf abstract for the two)
_PROPERTIES = ("performance", "quality", "efficiency")
_PROPERTY_CHANGE_NP = (
    r"(" + "|".join(_PROPERTIES) + r")\s+"
    r"(?:improvement|gain|increase|boost|drop|degradation|decrease|loss|decline|gap)s?"
)
# ... right after the number: "26% performance improvement", "a 2.4% performance drop",
# "20% relative performance gain"
_PROPERTY_CHANGE = re.compile(r"^\s*" + _QUALIFIER + _PROPERTY_CHANGE_NP + r"\b", re.I)
# ... or right before the number: "with a performance drop of 1.5%", "a minor performance
# drop, i.e., -1.5%", "average performance gains of 1.38% in text recognition"
_PROPERTY_CHANGE_BEFORE = re.compile(
    r"\b" + _PROPERTY_CHANGE_NP + r"\s*(?:(?:of|is|was|are|were|can\s+be|remains?|reaches)\s+(?:only\s+|just\s+|about\s+|"
    r"around\s+|less\s+than\s+|up\s+to\s+|over\s+|more\s+than\s+|as\s+(?:much|large|high)\s+as\s+)?|"
    r"\(\s*|,?\s*i\.e\.,?\s*|:\s*)$",
    re.I,
)
# a gain noun right after a decimal (or the end of a range of decimals): "a 2.4 improvement",
# "2.8-7.2 improvements", "18.8 absolute gain" (not "a 2.4 increase in the number of ...", nor
# a verb with its object: "setting the temperature to 0.7 increases the diversity")
_GAIN_NOUN = r"(?:improvements?|increases?|gains?|boosts?)"  # (also of _GENERIC_GAIN)
_BARE_GAIN_NOUN = re.compile(
    r"(?:\s*[-\u2013]\s*\d+(?:\.\d+)?)?\s+(?:absolute\s+)?" + _GAIN_NOUN + r"\b"
    r"(?!\s+(?:in|of)\s+(?:the\s+)?(?:number|size|amount|count)\b)(?!\s+(?:the|a|an|its|their|our|this)\b)"
)
# ... nor the value a setting is set to: "raising the weight decay to 0.05 increases training time"
# (not "of": "an average of 2.4 improvement"; nor "up to" or "leads to": "achieves up to 3.1
# improvement"), and only before a form that can be the verb, never "improvement(s)"
_SET_TO_BEFORE = re.compile(r"(?:(?<!\bup )(?<!\blead )(?<!\bleads )(?<!\bled )\b(?:to|at)|=)\s*$")
_GAIN_VERB_AFTER = re.compile(r"\s+(?:increases|boosts|gains)\b")
_MEASURE_INTRO = re.compile(r"\b(?:w\.r\.t\.?|with respect to|in terms of|in)\s+(?:the\s+)?$")
_GENERIC_GAIN = re.compile(
    r"^\s*" + _QUALIFIER + r"(?:" + _GAIN_NOUN + r"|better|higher|advantage)\b",
    re.I,
)


_SEMI_OR_DIGIT = re.compile(r"[;]|\d")


# a score, then in brackets another number of the measure written the same way: "55.5% AP
# (73.4% AP)" is COCO's AP and its AP50 with the subscript lost when the LaTeX was stripped;
# one measure takes one value for one model, so the bracketed one is some other measure. Only
# for the AP family (AP50 is always above AP) and a larger unsigned value: "48.3 AP (+3.1 AP)"
# and "85.1% accuracy (83.2% accuracy for the small model)" are scores of their own.
_MEASURE_BEFORE_BRACKET = re.compile(r"\s*(?:\\?%)?\s*((?:box |mask )?m?AP)\s*\(\s*")
_MEASURE_CLOSING_BRACKET = re.compile(r"\s*(?:\\?%)?\s*((?:box |mask )?m?AP)\s*\)")


def _restated_measure_bracket(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is an AP bracketed right after the AP ``prev``, the same measure name
    closing the bracket, unsigned and larger (the AP50 whose qualifier was lost)."""
    before = _MEASURE_BEFORE_BRACKET.fullmatch(text, prev.end, q.start)
    if before is None or q.text[:1] in "+-−±" or q.value <= prev.value:
        return False
    after = _MEASURE_CLOSING_BRACKET.match(text, q.end)
    return after is not None and after.group(1) == before.group(1)



# A spread in brackets right after a score (a standard deviation or a confidence interval) is
# no result of its own: "an FID of 2.31 (±0.05)", "(std 0.4)", "82.1 (0.3)", "5.22 ( 0.17)" (the
# ± lost with the LaTeX). Marked by ±, +/- or std, also after the score's measure word ("41.2
# mAP (std 0.2)"); unmarked, only an unsigned number less than a tenth of the score, with its
# unit, alone in the bracket right after the score ("45.3 (42.1)", "14.32 (35%)" are another
# score and a margin).
_SPREAD_OPEN = re.compile(
    r"\s*(?:\\?%)?(?P<measure>\s+[A-Za-z][\w@-]*)?\s*\(\s*(?P<mark>(?:±|\\pm|\+/-?|\+-|std\.?|SD|s\.d\.|sd)\s*[:=]?\s*)?$"
)
_SPREAD_CLOSE = re.compile(r"\s*(?:\\?%)?\s*\)")


def _is_spread(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is the spread bracketed right after the score ``prev``."""
    opened = _SPREAD_OPEN.fullmatch(text, prev.end, q.start)
    if opened is None or not _SPREAD_CLOSE.match(text, q.end):
        return False
    if opened["mark"]:
        return True  # (also after the score's measure: "41.2 mAP (std 0.2)")
    return not opened["measure"] and q.text[:1] not in "+-\u2212" and q.unit == prev.unit and 0 <= q.value < prev.value / 10


def _without_spreads(text: str, bound: list[list]) -> list[list]:
    """``bound`` less the spreads bracketed after scores (_is_spread); a measure bound to a spread
    goes to its score when that has none as strong ("45.3 (std 0.4) BLEU": the BLEU is 45.3's)."""
    out: list[list] = []
    for b in bound:
        if out and _is_spread(text, out[-1][0], b[0]):
            if b[1] and b[2] > out[-1][2]:
                out[-1][1:] = b[1:]
            continue
        out.append(b)
    return out

# what is compared with, just before a name: "outperforming \\sArt (77.2%)", "better than \\sArt"
_COMPARED_NAME_BEFORE = re.compile(
    r"\b(?:than|over|vs\.?|versus|against|outperform\w*|surpass\w*|beat\w*|compared (?:to|with))\s+(?:the\s+)?$", re.I
)

# a stand-in whose word says it is what the paper builds on: "\\baseModel", "\\basemodel",
# "\\modelorig", "\\vanillamodel" (not a size: "\\oursBase" is the paper's own)
_BASELINE_STAND_IN = re.compile(r"^(?i:base)|(?i:orig|vanilla)")


def retire_stand_ins(text: str, st: DocState) -> None:
    """Drop the names that hold a stand-in macro's word (:func:`stand_in_mentions`), after
    the rules read them as names do (so that "\\ourM achieves 78.6%" and "outperforming
    \\sArt (77.2%)" are bound as before), and give the results they owned the owner a user
    can tell apart: an unnamed baseline for a stand-in the text compares with, else the paper's
    own work (authors define macros for their own names: "\\modelInTable-Tiny achieves 82.8%"),
    which is the title's name when the title names it, else "(proposed)"; and an unnamed
    baseline too for one whose word says it is the model the paper builds on ("\\baseModel"). A long form defined
    with a stand-in ("Temporal Cross-attention Framework (\\modelName)") is the name. A stand-in
    dataset, measure or baseline of a result is unknown (None)."""
    stand_ins, short_only = stand_in_mentions(text, st.stand_ins, st.mentions)
    renamed = {}
    for c in short_only:
        renamed[c.name] = c.name = text[c.start : c.end]
    gone = {id(c) for c in stand_ins}
    # (and the bare words: a rule may have taken one from the text, "ModelName: Blazing fast ...")
    names = {c.name for c in stand_ins} | {text[a:b] for a, b in st.stand_ins}
    compared = {c.name for c in stand_ins if not c.proposed
                and _COMPARED_NAME_BEFORE.search(text, max(0, c.start - 30), c.start)}  # fmt: skip
    own_stand_ins = {c.name for c in stand_ins if c.proposed}  # ("our \\basemodel": the paper's own)
    st.mentions = [c for c in st.mentions if id(c) not in gone]
    st.proposed = [renamed.get(p, p) for p in st.proposed if p not in names]
    titled = next((c.name for c in st.mentions if c.proposed and c.label == METHOD and c.end <= st.title_end), None)
    for r in st.results:
        if renamed:
            r.method, r.baseline = renamed.get(r.method, r.method), renamed.get(r.baseline, r.baseline)
            r.dataset = renamed.get(r.dataset, r.dataset)
        if r.method in names:
            builds_on = r.method in compared or (
                r.method not in own_stand_ins and _BASELINE_STAND_IN.search(r.method) is not None
            )
            r.method = UNNAMED_BASELINE if builds_on else titled or PROPOSED
        if r.baseline in names:
            r.baseline = None
        if r.dataset in names:
            r.dataset = None
        if r.metric in names:
            r.metric = None
    if any(_BASELINE_STAND_IN.search(text[a:b]) and text[a:b] not in own_stand_ins for a, b in st.stand_ins):
        own = {None, titled, PROPOSED, *st.proposed}  # (None: the proposed one, named later)
        for r in st.results:
            # (a result keeps its sentence's span, not its number's: the number's text is found in it)
            at = text.find(r.value_text, *r.span)
            if r.method in own and at >= 0 and _said_of_base(text, st, own_stand_ins, at):
                r.method = UNNAMED_BASELINE


# the paper's own work named between a stand-in and a number: "\\baseModel reaches 70.1%, and ours 74.2%"
_OWN_WORD_BETWEEN = re.compile(r"\b(?:our|ours|we|us|proposed)\b", re.I)


def _said_of_base(text: str, st: DocState, own_stand_ins: set[str], at: int) -> bool:
    """Whether the nearest stand-in before a number in its sentence is one for the model the
    paper builds on ("\\baseModel reaches 70.1%"), with no name or word of the paper's own
    between."""
    lo = st.starts[st.sentence_of(at)]
    before = [(a, b) for a, b in st.stand_ins if lo <= a and b <= at]
    if not before:
        return False
    a, b = before[-1]
    word = text[a:b]
    if word in own_stand_ins or _BASELINE_STAND_IN.search(word) is None:
        return False
    return not _OWN_WORD_BETWEEN.search(text, b, at) and not any(b <= c.start < at for c in st.mentions)


def find_results(text: str, st: DocState) -> list[RawResult]:
    """All results of a document, in text order."""
    # (st.low is the text itself where lower-casing changes its length: not a lower-case copy)
    low = st.low if st.low is not text else None
    quantities = [q for q in find_quantities(text, low, st.words, st.shape) if q.start >= st.title_end]
    if not quantities:
        return []
    quantities = _as_margins(text, quantities, st)
    mentions = st.mentions
    quantities = _after_background(text, quantities, st)
    name_spans = [(c.start, c.end) for c in mentions if c.label in (METHOD, DATASET, METRIC)]
    metrics = [c for c in mentions if c.label == METRIC]
    # (the mentions, metrics and names of a sentence, and whether a name holds a number, by
    # bisection: a filter of every mention per sentence is quadratic in thousands of sentences)
    mentions_at = SpanIndex(mentions)
    metrics_at = SpanIndex(metrics)
    names_at = SpanIndex(name_spans, [a for a, _ in name_spans], [b for _, b in name_spans])
    out: list[RawResult] = []
    by_sent: dict[int, list[Quantity]] = {}
    for q in quantities:
        if names_at.covers(q.start):
            continue  # "pass@1", "ResNet-50 1.0"
        by_sent.setdefault(st.sentence_of(q.start), []).append(q)
    proposed_forms = _proposed_forms(text, mentions)
    own = _own_methods(mentions)  # (the same for every number of the document)
    carried: dict[tuple, str] = {}  # the measure of the last named score, by unit and relative
    title_regime: str | None = _UNSTATED  # (_title_regime, read at the first result)
    private_paper = False  # (_about_private_training, read with it)
    privacy_in_text = False  # (whether any sentence can hold a privacy mark, read with it)
    for si, qs in by_sent.items():
        s0, s1 = st.sentences[si]
        sent = text[s0:s1]
        sent_mentions = mentions_at.within(s0, s1)
        if proposed_forms:
            sent_mentions = _with_proposed_repeats(text, sent_mentions, proposed_forms, s0, s1)
        sent_metrics = metrics_at.within(s0, s1)
        if "threshold" in sent:
            # "with the 0.5 IoU threshold, ... 1.9% higher": a measure named as a threshold measures no value
            # (an overlap's only: "crosses the 96% accuracy threshold" is a score)
            sent_metrics = [c for c in sent_metrics if "iou" not in c.name.lower() or not _THRESHOLD_AFTER.match(text, c.end)]
        sent_names = names_at.within(s0, s1)
        bound = [list((q, *_bind_metric(text, q, sent_metrics, s0, s1, st, sent_names))) for q in qs]
        if "(" in sent:
            bound = _without_spreads(text, bound)
        sent_datasets = [c for c in sent_mentions if c.label == DATASET]
        if sent_datasets and any(b[2] < 0.6 for b in bound):
            _bind_bare_scores(text, bound, sent_datasets, sent_metrics, s0)
        if not all(b[1] for b in bound):
            _bind_scored_objects(text, bound, sent_metrics, s0)
        if "dB" in sent:
            _bind_decibels(text, bound, metrics)
        _bind_acronym_measures(text, bound, sent_mentions, s0)
        _share_along_chains(text, bound, sent_names)
        if len(sent_datasets) >= 2 and len(bound) >= 2:
            _share_bare_score_lists(text, bound, sent_datasets)
        _share_with_compared(text, bound, s0)
        _bind_previous_best(text, bound, s0)
        if "(" in sent:
            _bind_compared_bracket_scores(text, bound, [c for c in sent_mentions if c.label == METHOD], s0)
        _pair_slash_lists(text, bound, sent_metrics)
        _pair_bracketed_alternatives(text, bound, sent_metrics)
        if len(sent_metrics) >= 2 and len(bound) >= 2:
            _pair_coordinated_lists(text, bound, sent_metrics)
            if " by " in sent:
                _pair_measures_by_values(text, bound, sent_metrics)
        if sent_metrics and len(bound) >= 2:
            _pair_measures_listed_after(text, bound, sent_mentions, s1)
            _split_shared_heads(text, bound, sent_metrics, s0)
        if "(" in sent:
            _bind_bracketed_scores(text, bound, sent_datasets, sent_metrics)
        if "top" in sent:
            _bind_top_k_qualifiers(text, bound)
        if "in terms of" in sent and sent_metrics:
            _performance_in_terms_of(text, bound, sent_metrics, s1)
        if len(bound) >= 2 and " by " in sent:
            _split_plural_heads(text, bound, s0)
        if sent_datasets and "score" in sent:
            _bind_benchmark_scores(text, bound, sent_datasets, s0)
        by_position = _positional_methods(text, bound, sent_mentions, s0, s1)
        # (the numbers written as a list, or given by position: no list subject shares them)
        listed = set(by_position).union(*_value_groups(text, bound)) if len(bound) >= 2 else set(by_position)
        made: dict[int, tuple[int, int]] = {}  # the results of each number, as a range of out
        kinds = None  # the sentence's names by kind, made for its first result
        privacy = None  # (_sentence_privacy, read at its first score without a regime of its clause)
        regimes: list | tuple = ()  # its regime phrases (_sentence_regimes), read with kinds
        for idx, (q, metric, strength) in enumerate(bound):
            made_from = len(out)
            if not metric:
                continue
            if q.unit is None and (YEAR.fullmatch(q.text) or strength < 0.6):
                continue
            if q.word and strength < 0.6:
                continue  # "a model with twice the parameter count": no measure of its own
            if _SETTING_AFTER.match(text[q.end : q.end + 40]) and strength < 0.85 and not _compared_score_of(text, q, s0):
                continue
            if q.text.endswith("fold") and _k_fold_protocol(text, q):
                continue  # "6-fold cross-validation", "on Area5 and 6-fold segmentation": splits, no ratio
            if _LICENCE_VERSION_AFTER.match(text, q.end) or _LICENCE_BEFORE.search(text, max(s0, q.start - 20), q.start):
                continue  # "published under CC BY-NC-SA 4.0 license": a licence's version
            if q.unit is None and _SPELLED_SIZE_COST.match(text, q.end) and not _COST_MEASURE_NAME.search(metric):
                continue  # "78.6% top-1 accuracy with about 5.0 million parameters": not a score
            if strength < 0.85 and _AT_BEFORE.search(text, max(s0, q.start - 16), q.start):
                continue  # "similar coverage at 5% risk": an operating point, not a result
            if _iou_threshold(text, q, s0):
                continue  # "a 4.1% AP gain at IoU=0.8": the overlap the AP is counted at
            if idx and _restated_measure_bracket(text, bound[idx - 1][0], q):
                continue  # "55.5% AP (73.4% AP)": another AP whose qualifier (AP50) the text lost
            if _in_arithmetic_bracket(text, q, s0):
                continue  # "as much as 68.94% (80.94% - 12.0%)": the operands of the value before
            if (q.text[-1:] in "MGT" and _SIZE_OF_A_MODEL.search(text, max(s0, q.start - 4), q.start)
                    and _PARAMS_AFTER.match(text, q.end)):  # fmt: skip
                continue  # "a 2x smaller model (400M params)", "at 360M params": which model
            if _is_scaled_size(text, q, metric, s0):
                continue  # "when scaling up to 66M parameters", "models ranging from 1.9M to 303M parameters"
            if kinds is None:
                kinds = _sentence_kinds(text, sent_mentions)
                regimes = _sentence_regimes(text, s0, s1) if any(c in sent for c in REGIME_CUES) else ()
            if regimes and _labelled_count(text, q, regimes):
                continue  # "92.23% accuracy with only 20 labeled data": the 20 is the regime's
            r = _build(text, st, q, metric, strength, kinds, s0, s1, bound, idx, own)
            setting = _setting_for(text, q, regimes, bound, idx, s0) if regimes else _UNSTATED
            if setting and setting.endswith(" categories") and (named := _title_regime(text, st)):
                setting = named  # ("Open-Vocabulary DETR ...": "on novel classes of LVIS" is its regime's standard score)
            if setting is _UNSTATED:
                if title_regime is _UNSTATED:
                    # (the privacy searches only where the text holds a literal piece of them)
                    privacy_cued = may_name_privacy(text)
                    title_regime = _title_regime(text, st)
                    private_paper = privacy_cued and _about_private_training(text, st)
                    privacy_in_text = privacy_cued and bool(PRIVATE_SCORE.search(text) or NON_PRIVATE.search(text))
                if privacy is None:
                    privacy = _sentence_privacy(text, s0, s1) if privacy_in_text else _NO_PRIVACY_MARKS
                setting = _paper_regime(text, q, s0, s1, privacy, title_regime, private_paper) or _title_adaptation(
                    text, st, r.dataset, s0, s1)
            if setting:
                r.setting = setting
            kind = (r.unit, r.relative)
            if strength >= 0.75 and not _UNCARRIED_MEASURE.search(metric):
                carried[kind] = metric
            elif (
                strength <= 0.6
                and metric == "performance"
                and not (sent_metrics or any(b[2] >= 0.75 for b in bound))
                and not _PERFORMANCE_WORD.search(text, max(s0, q.start - 40), min(s1, q.end + 30))
                and (kept := carried.get(kind) or (r.relative and carried.get((r.unit, False)))
                     or (r.relative and "%" in r.value_text and carried.get(("%", False))))
            ):
                # "... 45.3% accuracy on GSM8K. On MATH, it reaches 30.2%.": a score (or a
                # gain) whose sentence names no measure keeps the one of the last score (gain,
                # else score; a gain in points written with "%" that of a percentage: "79.3%
                # top-1 accuracy. This is a +0.5% absolute gain", not "by 2.1 points", which
                # sota-arxiv papers write of another measure); not one written as "performance"
                # ("a 3% higher performance")
                r = replace(r, metric=kept)
            if idx in by_position and not _is_from(text, bound, idx, s0):
                m_name = by_position[idx]
                r = replace(r, method=m_name, baseline=None if r.baseline == m_name else r.baseline)
            # ("using" after the number, from its offsets: not a copy of the sentence's rest)
            using = _holds(st.once("using", lambda: occurrences(text, "using")), q.end, s1 - 5)
            models = _models_used(text, q, sent_mentions, s0, s1) if using else []
            if models and r.relative:
                models = []
            if not models and idx not in listed and " and " in sent:
                methods_here = [c for c in sent_mentions if c.label == METHOD]
                models = _coordinated_subject(text, r.method, methods_here, q, s0, {*own[0], *proposed_forms})
            if models:
                out.extend(replace(r, method=m) for m in models)
            else:
                out.append(r)
                out.extend(replace(r, metric=m) for m in _coordinated_measures(text, q, metric, sent_metrics))
            made[idx] = (made_from, len(out))
        if len(made) >= 2:
            _share_relative(text, bound, out, made, s0)
            _carry_margin_lists(text, bound, out, made)
            _margins_follow_scores(text, bound, out, made)
            if any(w in sent for w in ("vs", "versus", "compared", "against")):
                _versus_pairs(text, bound, out, made, sent_mentions, s0)
        _read_changes(text, bound, out, made, s0, s1)
    # a baseline is what a margin is measured against: a score has none (made for every number,
    # as a number made a margin by its neighbours needs one: "by 15%, 16% and 30%")
    out = [r if r.relative or r.baseline is None else replace(r, baseline=None) for r in out]
    return _without_restated_scores(out)


def _without_restated_scores(results: list[RawResult]) -> list[RawResult]:
    """A score stated twice, once without its measure ("achieves 86.81% on GSM8k") and once
    with it ("achieves 86.81% pass@1"), is one result: the unnamed ("performance") one goes."""
    def stated(r: RawResult) -> tuple:
        return r.value, r.unit, r.method, (r.dataset or "").lower()

    named = {stated(r) for r in results if not r.relative and r.metric and r.metric != "performance"}
    if not named:
        return results
    return [r for r in results if r.relative or r.metric != "performance" or stated(r) not in named]


# a sentence about the paper's own work: "we", "our", "this paper", "is proposed"
# (the first letter is one case-sensitive class before the look-behind and the branches, so
# the engine skips ahead to those letters instead of testing "\b" and nine branches at each
# character: see _word_start; the same class under re.I was 1.5-2x slower)
_OWN_WORK = re.compile(
    _word_start(["we", "ours?", "us", "here(?:in)?", "this (?:paper|work|study|article|report|thesis|letter)",
                 r"in this\b", r"propos\w*", r"introduc\w*"]) + r"\b"
)  # fmt: skip


def own_work_start(text: str, st: DocState) -> int | None:
    """Where the abstract's first sentence about the paper's own work starts (_OWN_WORK), or
    None when no sentence speaks of it: the sentences before it are background."""
    return next((a for a, b in st.sentences if a >= st.title_end and _OWN_WORK.search(text, a, b)), None)


def _after_background(text: str, quantities: list[Quantity], st: DocState) -> list[Quantity]:
    """The numbers that are not in the background sentences the abstract opens with, before
    its first sentence about the paper's own work ("The word error rates of 14% have
    dropped to 5.8%", "recent LLMs achieve over 90% accuracy on GSM8K", "real-time
    performance (24 fps)"): those are prior work's figures, requirements or statistics of the
    world. A sentence that names the paper's proposed method keeps its numbers ("YOLOv7
    surpasses all known detectors ... 56.8% AP")."""
    own = own_work_start(text, st)
    # (no number before that sentence, the usual case: nothing to drop, and no need to
    # gather the proposed names)
    if own is None or all(q.start >= own for q in quantities):
        return quantities
    proposed = proposed_starts(st)
    kept = []
    for q in quantities:
        if q.start < own:
            s0 = st.sentence_span(q.start)[0]
            if not names_proposed(text, st, proposed, s0, q.start):
                continue
        kept.append(q)
    return kept


def proposed_starts(st: DocState) -> list[int]:
    """Where the mentions of the paper's proposed methods and their variants ("YOLOv7-E6") start."""
    keys = {name_key(p) for p in st.proposed} | {name_key(c.name) for c in st.mentions if c.proposed}
    keys.discard("")
    # (one str.startswith with all the keys per mention, not a name_key call per mention and key)
    prefixes = tuple(keys)
    return [c.start for c in st.mentions if c.proposed or name_key(c.name).startswith(prefixes)]


def names_proposed(text: str, st: DocState, starts: list[int], a: int, b: int) -> bool:
    """Whether ``text[a:b]`` names a proposed method: a mention of ``starts``
    (:func:`proposed_starts`) begins there, or a proposed name is written there."""
    return any(a <= p < b for p in starts) or any(text.find(name, a, b) >= 0 for name in st.proposed)


# --- which way a relative result goes (RawResult.change) ------------------------------------
# The value of a relative result is its magnitude as printed; the words around it say whether
# the measure went up ("3.2 points higher", "2x faster"), down ("reduces the error by 30%",
# "8.4x fewer parameters") or is a share of the reference ("retains 90% of the performance",
# "with a quarter of the parameters"): kg.rdf signs mlkg:delta / mlkg:relativeDelta by it.
# Words of the value's own direction ...
_UP_WORDS = ("increas", "higher", "more", "larger", "greater", "bigger", "rais", "grow", "longer", "doubl",
             "above")  # ("1.2 points above the previous best")
_DOWN_WORDS = ("reduc", "decreas", "lower", "fewer", "less", "smaller", "lighter", "drop", "cut", "sav", "shrink",
               "shorter", "shorten", "narrow", "declin", "fall", "fell", "compress", "halv", "prun",
               "within", "below")  # ("within 1% of the full model": at most that far below it)
# ... and of its goodness, which go up or down with the metric's direction ("improves the WER
# by 12%" lowers it; "2x faster inference time" is a shorter time)
_BETTER_WORDS = ("improv", "outperform", "out-perform", "promot", "surpass", "exceed", "superior", "better", "gain",
                 "boost", "enhanc", "beat", "advanc", "advantage", "margin", "lead", "faster", "speed", "accelerat",
                 "cheaper")
_WORSE_WORDS = ("worse", "inferior", "degrad", "sacrific", "behind", "trail", "lag", "slower", "loss", "lose",
                "costlier")
# one search for the nearest of them before a number, the last match wins (tried only at
# relative results: a few per abstract)
_CHANGE_CUE = re.compile(_word_start(list(_UP_WORDS + _DOWN_WORDS + _BETTER_WORDS + _WORSE_WORDS), fold=False))
# the words after the number, up to what opens another part of the clause: "72% relative
# reduction", "8.4x fewer", "0.7 BLEU improvement", "4% (absolute) improvement in F1"
_AFTER_CHANGE_END = re.compile(r", |;| (?:than|over|compared|and |while|vs|versus|relative to|with|on |at |from|to |"
                               r"when|by |as |which|where|through)")
# "surpassing 7x larger models": the reference is that much larger (the result's own measure smaller)
_LARGER_REFERENCE = re.compile(r"[\s-]*(?:larger|bigger)\s+(?:[\w-]+\s+){0,2}?(?:models?|llms?|networks?|baselines?|"
                               r"counterparts?|teachers?|transformers?)\b")
# a hedge before the number is no cue: "reduces the time by more than 30%"
_COMPARED_HEDGE = re.compile(r"(?:more|less|fewer|higher|lower|greater)\s+than\s*$")
# a share of the reference: "90% of the performance", "to 38% of its cost", "110x FLOPs of it"
_SHARE_AFTER = re.compile(r"[\s)$}\\%]*(?:[a-z-]+\s+)?(?:of|the|its|their)\s")
_TO_BEFORE_SHARE = re.compile(r"(?:(?<!up )\bto|\bonly|\bjust|\bretain\w*|\bkeep\w*|\bpreserv\w*|\brecover\w*|"
                              r"\buse\w*|\busing|\brequir\w*|\bwith|\bneeds?|\bachiev\w*|\breach\w*)\s+"
                              r"(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|approximately\s+|~\s*)?$")


def _word_change(word: str) -> str | None:
    """``"increase"``/``"decrease"`` for a cue word, ``"better"``/``"worse"`` for a goodness
    word (which way the measure goes is the metric's: :func:`_read_changes`)."""
    if word.startswith(_UP_WORDS):
        return "increase"
    if word.startswith(_DOWN_WORDS):
        return "decrease"
    if word.startswith(_BETTER_WORDS):
        return "better"
    if word.startswith(_WORSE_WORDS):
        return "worse"
    return None


def _change_after(text: str, q: Quantity, s1: int) -> str | None:
    """Which way the relative result at ``q`` goes by what is printed with it
    (:func:`_word_change`): a sign ("+3.2"), else the first cue after the number in its part
    of the clause ("30% lower latency", "0.7 BLEU improvement"); None when none says."""
    if q.text.startswith("+"):
        return "increase"  # "(+3.2%)": the change as printed
    if q.text.startswith(("-", "\u2212")):
        return "decrease"
    after = text[q.end : min(s1, q.end + 60)].lower()
    end = m.start() if (m := _AFTER_CHANGE_END.search(after)) else len(after)
    if m := _CHANGE_CUE.search(after, 0, end):
        if m.group() in ("larger", "bigger") and _LARGER_REFERENCE.match(after, m.start()):
            return "decrease"
        return _word_change(m.group())
    return None


def _change_before(text: str, q: Quantity, s0: int, s1: int) -> str | None:
    """Which way the relative result at ``q`` goes by the words before it: a share ("to 38%
    of the FLOPs"), else the nearest cue before it in its clause ("reduces the error rate of X
    by 4 points"), else in its sentence; None when none says."""
    low = text[max(s0, q.start - 200) : q.start].lower()
    if "than" in low[-12:] and (hedge := _COMPARED_HEDGE.search(low)):
        low = low[: hedge.start()]
    # (the clause of the number: after the last ";", or ", " not inside a bracket)
    cut = max(low.rfind(";"), low.rfind(", "))
    before = (low[cut + 1 :] if cut >= 0 and low.rfind("(") < cut else low)[-120:]
    if (q.word and q.unit == "%") or (
        _SHARE_AFTER.match(text[q.end : q.end + 40].lower())
        and (q.unit == "x" or _TO_BEFORE_SHARE.search(before[-40:]))
    ):
        return "share"  # ("4 times the previous record": a share above the whole, v - 1 as well)
    # the nearest cue of the clause, else of the sentence before it ("improving concurrency,
    # throughput, and delay by 3.7x")
    words = before.replace("\u2014", " ").split()  # ("benchmark\u2014outperforming by 1.8%")
    at, change = _last_cue(words)
    if change is None:
        return _last_cue(low.replace("\u2014", " ").split())[1]
    if change == "decrease" and "gap" in " ".join(words[at:]):
        return "better"  # "narrows the gap to the human upper bound by 30%": a gain of the measure
    return change


# (before a number "above"/"below" is a threshold, not a change: "keeps the accuracy above 90%
# while ..."; they give a direction only right after it, "1.2 points above X": _change_after)
_CUE_WORDS = tuple(w for w in _UP_WORDS + _DOWN_WORDS + _BETTER_WORDS + _WORSE_WORDS if w not in ("above", "below"))


def _last_cue(words: list[str]) -> tuple[int, str | None]:
    """The last cue word of ``words`` (lower-case, as split) and its change (:func:`_word_change`)
    ("memory-saving": the part after the hyphen too). (A loop from the end over the words, which
    stops at the nearest cue: a regex of the cue words, tried at each letter, cost 20 us a clause.)"""
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lstrip("([\"'")
        if w.startswith(_CUE_WORDS) or ("-" in w and (w := w.rpartition("-")[2]).startswith(_CUE_WORDS)):
            return i, _word_change(w)
    return 0, None


def _read_changes(text: str, bound: list[list], out: list[RawResult], made: dict, s0: int, s1: int) -> None:
    """Set ``change`` on the relative results of a sentence (each number read once); a number
    of a list takes the change of its neighbour when no word of its own says: "76%, 80% and
    85% reductions", "2.07% and 1.1% better mIoU"."""
    # (the sentence's results are the last of out, made in order: most hold no relative one)
    if not made or not any(r.relative for r in out[next(iter(made.values()))[0] :]):
        return
    from kg.extract import metric_higher_is_better  # (the package imports this module)

    changes: dict[int, str | None] = {}  # (by number; "30% to 40% less": a range's end too)
    for idx, (a, b) in made.items():
        if any(out[k].relative for k in range(a, b)):
            changes[idx] = _change_after(text, bound[idx][0], s1)
    for idx in sorted(changes, reverse=True):  # (from the list's last number, which the word follows)
        if changes[idx] is None and changes.get(idx + 1) and (
                _VALUES_AND.fullmatch(text, bound[idx][0].end, bound[idx + 1][0].start)
                or _RANGE_TO.fullmatch(text, bound[idx][0].end, bound[idx + 1][0].start)):
            changes[idx] = changes[idx + 1]
    for idx, change in changes.items():  # (no word after it: the words before it)
        if change is None:
            changes[idx] = _change_before(text, bound[idx][0], s0, s1)
    for idx in sorted(changes):  # (... or its first, after the word: "reduces X by 9.8%, 8.1% and 4%")
        if changes[idx] is None and changes.get(idx - 1) and _VALUES_AND.fullmatch(
                text, bound[idx - 1][0].end, bound[idx][0].start):
            changes[idx] = changes[idx - 1]
    for idx, change in changes.items():
        a, b = made[idx]
        for k in range(a, b):
            if out[k].relative:
                if change in ("better", "worse"):
                    # "improves the WER by 12%" lowers it, "2x faster inference time" shortens
                    # it (a measure of unknown direction is read as higher-is-better, as most are)
                    lower = metric_higher_is_better(out[k].metric or "") is False
                    out[k].change = "decrease" if (change == "better") == lower else "increase"
                else:
                    out[k].change = change


def _share_relative(text: str, bound: list[list], out: list[RawResult], made: dict, s0: int) -> None:
    """ "improvements of 1.03%, 0.78%, 1.09% on A, B, C, respectively", "up to 3%, 17%, and
    14% error reductions": the numbers of one list with one unit are all differences when
    one of them is (not the scores "from 71.7%/77.6% to ...")."""
    for g in _value_groups(text, bound):
        if len({bound[i][0].unit for i in g}) != 1 or _is_from(text, bound, g[0], s0):
            continue
        results = [out[k] for i in g for k in range(*made.get(i, (0, 0)))]
        if any(r.relative for r in results):
            for i in g:
                for k in range(*made.get(i, (0, 0))):
                    if not out[k].relative:
                        out[k] = replace(out[k], relative=True)


# the gap from one margin to the next of a list, each with its own measure (and where):
# "by 4.9% mIoU and 5.2% mIoU", "by 1.8% accuracy on X, 2.9% on Y, and 2.3% mIoU on Z",
# "by around 0.6 AP in A and up to 1.5 AP in B". A few words without digits or clause
# breaks (words start with a letter: "Places365", not a number), then "," or "and" (and a
# hedge of the next number).
_MARGIN_LIST_GAP = re.compile(
    r"\s*(?:\\?%)?\s*((?:[A-Za-z][^\s,;:()\[\]]*\s+){0,5}[A-Za-z][^\s,;:()\[\]]*\s*(?:,\s*(?:and\s+)?|and\s+))"
    # (a hedge: "by nearly 1.0 F1 on news and more than 2.0 F1 on web text")
    r"(?:(?:by\s+)?(?:up\s+to|around|about|nearly|almost|over|roughly|approximately|more\s+than)\s+)?"
)
# words that start a new clause or a score of its own in that gap: "by 2.1% over X, reaching 85.3%"
_MARGIN_LIST_BREAK = re.compile(
    r"\b(?:than|from|to|while|whereas|which|who|achiev\w*|reach\w*|obtain\w*|attain\w*|scor\w*|"
    r"vs|versus|compared|respectively|baseline|absolute|"
    + _CHANGE_NOUN + r"|" + _CHANGE_STEM + r"|higher|lower|better|worse)\b",
    re.I,
)


# a margin's comparison written after it, up to where its context starts: " F1 absolute higher
# than the previous state-of-the-art " (then "on newswire and ...")
_MARGIN_POST_CUE = re.compile(
    r"\s*(?:\\?%)?\s*(?:[A-Za-z][\w@-]*\s+)?(?:absolute(?:ly)?\s+)?(?:higher|lower|better|worse)\s+than\s+"
    r"(?:(?!(?:and|on|in|for|by|while|with|which)\b)[^\s\d,;:()]+\s+){1,6}?(?=(?:on|in|for)\s)"
)


def _carry_margin_lists(text: str, bound: list[list], out: list[RawResult], made: dict) -> None:
    """A number listed right after a margin, each with its measure named, is a margin too:
    "outperforms X by 5.2% mAP and 3.7% NDS", "improving by 4.9% mIoU and 5.2% mIoU"
    (_share_relative reads bare lists only: "by 3.1% and 2.0%")."""
    for idx in sorted(made):
        if idx - 1 not in made:
            continue
        prev, q = bound[idx - 1][0], bound[idx][0]
        a, b = made[idx]
        if a == b or all(out[k].relative for k in range(a, b)):
            continue  # (a shortcut: nothing to mark)
        if not any(out[k].relative for k in range(*made[idx - 1])):
            continue
        if q.unit != prev.unit and not (q.unit is None and prev.unit == "points"):
            continue
        # a score after a margin, not another: "by 2.1 AP on COCO, and 58.3 AP with TTA" (a
        # large margin may follow a small one: "improvements of 2.5% on A and 21% on B")
        if q.value >= 30 and q.value > 10 * abs(prev.value):
            continue
        # (the first margin's own comparison is no break: "2.5 F1 absolute higher than the previous
        # state-of-the-art on newswire and more than 3.5 F1 on out-of-domain data")
        post = _MARGIN_POST_CUE.match(text, prev.end, q.start)
        gap = _MARGIN_LIST_GAP.fullmatch(text, post.end() if post else prev.end, q.start)
        if gap is None or _MARGIN_LIST_BREAK.search(text, gap.start(1), gap.end(1)):  # (not the hedge's "to")
            continue
        if prev.value >= 20 and " with " in text[prev.end : q.start]:
            continue  # scores with their settings: "(mAP 49.4 with ResNet-101, 51.2 with ...)"
        for k in range(a, b):
            out[k] = replace(out[k], relative=True)


# two scores set side by side: "(55.3% vs. 54.7%)", "an F1 of 89.9% vs 86.8% for human scorers"
_VERSUS = r"\s*(?:\\?%)?\s*(?:vs\.?|versus|v\.s\.?)\s*"  # (also of _VERSUS_AFTER and _VERSUS_BEFORE)
_VERSUS_GAP = re.compile(_VERSUS)
# what the second score of a pair is compared as: the name after the last of these words
# before the pair ("outperforms Mask DINO ... (55.3% vs. 54.7%)", "Compared to RoBERTa-Large,
# ... by +0.9% (90.2% vs. 91.1%)"), none when nothing names it ("close to human quality")
_PAIR_OBJECT_CUE = re.compile(
    r"\b(?:than|over|relative\s+to|against|" + _SURPASS_WORD + r"|compar(?:ed|ing)\s+(?:to|with)|closer?\s+to|"
    # ("match" as a verb and "human" as a reference, not in a task: "on image matching", "on human crowd counting")
    r"match(?:es|ed|ing)?\s+(?:the|that|those|human)|human\s+(?:performance|quality|levels?|annotators?|experts?|"
    r"raters?|evaluators?|scores?))\b",  # (not "vs", of the pair before: "+0.9% (90.2% vs. 91.1%), by +2.3% (88.4% ...")
    re.I,
)
# a gain written before the pair: the better score is the paper's, whatever the order (a cut
# too, on a measure lower-is-better: "reduces the error rate by 4.4% (11.8% vs. 7.4%)")
_PAIR_GAIN_CUE = re.compile(
    r"\b(?:" + _SURPASS_WORD + r"|improv\w*|gains?|better|boost\w*|margin|reduc\w*|lower\w*|decreas\w*|"
    r"cut(?:s|ting)?)\b",
    re.I,
)
# ... or "an F1 score of 81.43% compared with 80.47% of the existing method" (the measure may come between)
_COMPARED_GAP = re.compile(
    r"\s*(?:\\?%)?(?:\s*[A-Za-z@-]+){0,2}?\s*,?\s*(?:compared\s+(?:to|with)|against)\s+(?:only\s+|just\s+)?"
)
_PAIR_MARGINS_BEFORE = re.compile(
    r"(?:" + _BY_BEFORE.pattern + r")|\b" + _CHANGE_NOUN + r"\s+(?:of\s+)?(?:up\s+to\s+|about\s+)?$", re.I
)
# ... or written between them: "a 12.5% relative improvement compared with 8.1% for X",
# "3.2% lower error against 1.5% for X"
_PAIR_MARGINS_BETWEEN = re.compile(r"\b(?:relative|absolute|higher|lower|better|worse|" + _CHANGE_NOUN + r")\b", re.I)
# the owner written after the second score: "vs 34.36 using a standard DDIM"
_PAIR_OWNER_AFTER = re.compile(
    r"\s*(?:\\?%)?\s*(?:[\w-]+\s+){0,2}?(?:for|of|by|from|with|using)\s+(?:the\s+|an?\s+)?(?:standard\s+)?"
)


def _versus_pairs(text: str, bound: list[list], out: list[RawResult], made: dict, mentions: list[Cand], s0: int) -> None:
    """ "outperforms Mask DINO on COCO (55.3% vs. 54.7%)", "81.43% compared with 80.47% of the
    existing method": two scores side by side are two absolute scores (two margins after "by"),
    the paper's and the compared one's (the name written after the second score, else after
    the last comparison word before the pair, else "(baseline)")."""
    from kg.extract import metric_higher_is_better  # (the package imports this module)

    methods = [c for c in mentions if c.label == METHOD and s0 <= c.start]
    for i in range(len(bound) - 1):
        a, b = bound[i][0], bound[i + 1][0]
        if i not in made or i + 1 not in made:
            continue
        versus = _VERSUS_GAP.fullmatch(text, a.end, b.start) is not None
        if not versus and not _COMPARED_GAP.fullmatch(text, a.end, b.start):
            continue
        ra, rb = range(*made[i]), range(*made[i + 1])
        if len(ra) != 1 or len(rb) != 1:
            continue
        ka, kb = ra[0], rb[0]
        # two margins ("by 3.2% vs. 1.5% for CoT", "gains of 12% vs 5%") or two scores
        margins = (
            _PAIR_MARGINS_BEFORE.search(text, max(s0, a.start - 40), a.start) is not None
            or _PAIR_MARGINS_BETWEEN.search(text, a.end, b.start) is not None
        )
        for k in (ka, kb):
            out[k] = replace(out[k], relative=margins, baseline=out[k].baseline if margins else None)
        if out[ka].method != out[kb].method:
            continue  # "73.2% vs. 54.7% by TransE": the owner is written
        gap_sets = {c.name for c in mentions if c.label == DATASET and a.end <= c.start and c.end <= b.start}
        if gap_sets and out[kb].dataset and out[kb].dataset not in gap_sets:
            # "reaches 45.2% on X compared with 30.1% on Y": one owner on two benchmarks (not two
            # lists in order: "63.6% and 64.0%, compared to 54.9% and 54.4% achieved by ...")
            continue
        after = next((c for c in methods if b.end < c.start <= b.end + 40), None)
        cues = list(_PAIR_OBJECT_CUE.finditer(text, s0, a.start))
        if after is not None and _PAIR_OWNER_AFTER.fullmatch(text, b.end, after.start):
            compared = after.name
        else:
            lo = cues[-1].end() if cues else a.start
            # (not the pair's own subject: "Compared with prior work, GPT-4 reaches 67% vs. 48%")
            named = [c for c in methods if lo <= c.start and c.end <= a.start and not c.proposed
                     and c.name != out[ka].method]  # fmt: skip
            compared = named[0].name if named else UNNAMED_BASELINE
        theirs = kb
        higher = metric_higher_is_better(out[ka].metric or "")
        gains = list(_PAIR_GAIN_CUE.finditer(text, s0, a.start))
        if versus and gains and (not cues or gains[-1].start() >= cues[-1].start()) and (
            a.value < b.value if higher is not False else a.value > b.value
        ):
            # "outperforms the state of the art by a large margin (88.43% vs. 94.78%)" (not
            # "outperforms X and is close to human quality (4.39 vs 4.44)")
            theirs = ka
        out[theirs] = replace(out[theirs], method=compared)


# the list of margins ends with "respectively" (its measure unsaid: "by 22.2% and 15.7%, respectively")
_RESPECTIVE_MARGINS = re.compile(r"\s*(?:\\?%|x|points?)?\s*,?\s*(?:\)\s*)?respectively\b")


def _margins_follow_scores(text: str, bound: list[list], out: list[RawResult], made: dict) -> None:
    """ "we achieve EPE=1.4 on KITTI 2012 and F1=9.38% on KITTI 2015, which outperform the
    previous best by 22.2% and 15.7%, respectively": a list of margins with "respectively"
    and no measure of its own, after as many scores in the sentence: the i-th margin is the
    i-th score's gain, on its measure and benchmark."""
    one = {i: made[i][0] for i in made if made[i][1] - made[i][0] == 1}  # numbers with one result
    for g in _value_groups(text, bound):
        if not _RESPECTIVE_MARGINS.match(text, bound[g[-1]][0].end) or bound[g[0]][2] >= 0.85:
            continue
        if not all(i in one and out[one[i]].relative for i in g):
            continue
        scores = [out[one[i]] for i in range(g[0]) if i in one and not out[one[i]].relative]
        if len(scores) != len(g) or len(scores) != g[0] or len({(r.metric, r.dataset) for r in scores}) < 2:
            continue
        for i, score in zip(g, scores, strict=True):
            out[one[i]] = replace(out[one[i]], metric=score.metric, dataset=score.dataset)


_BARE_NUMBER = re.compile(r"[-+\u2212]?[\d.,]+")


def _as_margins(text: str, quantities: list[Quantity], st: DocState) -> list[Quantity]:
    """ "outperforming the supervised counterpart by 3.8", "surpasses Swin by 2.4": a decimal
    with no unit after "by" and a verb of comparison in its clause is a margin in points, and
    so are the unitless decimals listed after it ("by 10.0 and 7.6 in average accuracy")."""
    out: list[Quantity] = []
    for q in quantities:
        if q.unit is None and "." in q.text:
            listed = (
                out
                and out[-1].unit == "points"
                and (_VALUES_AND.fullmatch(text, out[-1].end, q.start) or _SLASH.fullmatch(text, out[-1].end, q.start))
            )  # "by 10.0 and 7.6", "LlamaGen/VAR by 0.4/0.19"
            if listed or _by_before(text, max(0, q.start - 20), q.start):
                s0 = st.sentences[st.sentence_of(q.start)][0]
                if _COMPARE_VERB.search(text, _clause_start(text, s0, q.start), q.start):
                    q = replace(q, unit="points")
        out.append(q)
    return out


_MEASURE_BY = re.compile(r"\s+" + _BY_MARGIN)


# the end of a list of values before a number ("2 and 3 times", "15.4, 4.71")
_LISTED_BEFORE = re.compile(r"\d(?:\s*(?:%|x|×|times))?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")
# a ratio's comparative and the measures it compares, right after it: "2.8 times smaller
# number of parameters and FLOPs", "3x fewer parameters and FLOPs"
_COMPARED_AFTER = re.compile(
    r"\s*(?:fewer|less|lower|smaller|higher|more|larger|greater)\s+(?:(?:the\s+)?(?:number|amount)\s+of\s+)?"
)


def _coordinated_measures(text: str, q: Quantity, metric: str, metrics: list[Cand]) -> list[str]:
    """The other measures of a list that is the object of one margin: "reduce the memory
    footprint and latency by a factor of 16x" (16x is the latency's and the memory
    footprint's), or that one ratio compares after it: "2.8 times smaller number of
    parameters and FLOPs"."""
    before = [c for c in metrics if c.end <= q.start]
    if before and before[-1].name == metric and _MEASURE_BY.fullmatch(text, before[-1].end, q.start):
        # (named nearest first, then read in text order)
        return list(dict.fromkeys(c.name for c in _list_run(text, before[-1], reversed(before[:-1])) if c.name != metric))[::-1]
    if _LISTED_BEFORE.search(text, max(0, q.start - 24), q.start):
        return []  # "2 and 3 times less memory and cost": the i-th value is the i-th measure's
    after = [c for c in metrics if c.start >= q.end]
    if after and after[0].name == metric and _COMPARED_AFTER.fullmatch(text, q.end, after[0].start):
        return list(dict.fromkeys(c.name for c in _list_run(text, after[0], after[1:]) if c.name != metric))
    return []


def _list_run(text: str, first: Cand, others: Iterable[Cand]) -> list[Cand]:
    """``first`` and the candidates of ``others`` (walking away from it, either way) that
    continue a list with it ("memory footprint, FLOPs and latency"), in walking order."""
    run = [first]
    for c in others:
        a, b = (run[-1], c) if run[-1].start < c.start else (c, run[-1])
        if not N.LIST_GAP.fullmatch(text, a.end, b.start):
            break
        run.append(c)
    return run


def _runs(text: str, bound: list[list], sep: re.Pattern) -> Iterator[tuple[int, int]]:
    """The runs of two or more bound numbers joined by ``sep`` ("30% and 7%", "32.1/0.91"): the
    index (i, j) of the first and the last of each (the caller may rebind bound[i..j])."""
    i = 0
    while i < len(bound):
        j = i
        while j + 1 < len(bound) and sep.fullmatch(text, bound[j][0].end, bound[j + 1][0].start):
            j += 1
        if j > i:
            yield i, j
        i = j + 1


def _pair_measures_by_values(text: str, bound: list[list], metrics: list[Cand]) -> None:
    """ "reduces WER and latency by 30% and 7%, respectively": as many measures coordinated
    before "by" as margins listed after it; the i-th margin is the i-th measure's (not each
    margin the last measure's, nor the first margin every measure's: :func:`_coordinated_measures`
    reads one margin of a list, "reduces memory and latency by 16x")."""
    for i, j in _runs(text, bound, _VALUES_AND):
        before = [c for c in metrics if c.end <= bound[i][0].start]
        if before and _MEASURE_BY.fullmatch(text, before[-1].end, bound[i][0].start):
            listed = [before[-1]]
            for c in reversed(before[:-1]):
                if not N.LIST_GAP.fullmatch(text, c.end, listed[-1].start):
                    break
                listed.append(c)
            if len(listed) == j - i + 1:
                for k, c in enumerate(reversed(listed)):
                    bound[i + k] = [bound[i + k][0], c.name, 0.85]


_WITH_WITHOUT = re.compile(
    r"\b(?:(without)\s+and\s+with|(with)\s+and\s+without)\s+(?:the\s+|our\s+|an?\s+)?$", re.I
)


def _value_groups(text: str, bound: list[list]) -> list[list[int]]:
    """Runs of two or more bound numbers written as a list ("71.2 and 68.0", "9.3%/6.63%")."""
    groups: list[list[int]] = []
    for i in range(len(bound)):
        if not bound[i][1]:
            continue
        if (
            groups
            and groups[-1][-1] == i - 1
            and (
                _SLASH.fullmatch(text, bound[i - 1][0].end, bound[i][0].start)
                or _VALUES_AND.fullmatch(text, bound[i - 1][0].end, bound[i][0].start)
            )
        ):
            groups[-1].append(i)
        else:
            groups.append([i])
    return [g for g in groups if len(g) >= 2]


# a list followed by margins is what they are measured against: "outperforms LlamaGen/VAR by 0.4/0.19"
_MARGINS_OVER = re.compile(r"\s+by\s+" + MARGIN_HEDGE + r"[-+]?\d")
# the verb that gives a list of values: "... is 62%, 58% and 51%", "are about 62% and 58%"
_VALUES_ARE = re.compile(r"\s(?:is|are|was|were)\s+" + MARGIN_HEDGE + "$")
_CHANGED_OBJECT = re.compile(r"\b" + _CHANGE_STEM + r"\s+(?:both\s+)?$", re.I)


def _positional_methods(
    text: str, bound: list[list], mentions: list[Cand], s0: int, s1: int
) -> dict[int, str]:
    """Methods given to listed numbers by position: "X and Y reach 71.2 and 68.0",
    "A, B and C improve F1 by 5.9%, 2.2% and 1.0%, respectively" (the i-th number goes
    with the i-th method of a list as long as the numbers' list, when that list is the
    subject or "respectively" follows); "9.3%/6.63% without and with the adapter,
    respectively" (the "with" number is the adapter's)."""
    groups = _value_groups(text, bound)
    if not groups:
        return {}
    methods = [c for c in mentions if c.label == METHOD]
    out: dict[int, str] = {}
    respectively = "respectively" in text[s0:s1]
    for g in groups:
        first, last = bound[g[0]][0], bound[g[-1]][0]
        if len(g) == 2 and respectively:
            for c in methods:
                if c.start < last.end:
                    continue
                m = _WITH_WITHOUT.search(text, max(s0, c.start - 30), c.start)
                if m and "respectively" in text[c.end : c.end + 20]:
                    with_at = g[1] if m.group(1) else g[0]
                    out[with_at] = c.name
                    break
        lists = _name_lists(text, methods)
        before = [ls for ls in lists if len(ls) == len(g) and ls[-1].end <= first.start]
        chosen = None
        # the last such list before them that is not compared against ("A and B outperform
        # C and D by 2.1% and 1.0%, respectively": A and B)
        # (nor the objects of a verb of change: "it improves GPT-4o and Qwen by 3.6% and 2.0%
        # respectively" are the proposed method's gains; but "of" is no cue when "is/are"
        # gives the values: "the accuracy of A, B and C is 62%, 58% and 51%, respectively" are
        # theirs, not "raises the success rate of A and B to 62% and 58%")
        of_cue = _VALUES_ARE.search(text, max(s0, first.start - 30), first.start) is None
        ls = next(
            (
                ls
                for ls in reversed(before)
                if not _is_baseline(text, ls[0], methods, s0, of_cue=of_cue)
                and not _CHANGED_OBJECT.search(text, max(s0, ls[0].start - 30), ls[0].start)
                and not _MARGINS_OVER.match(text, ls[-1].end)
            ),
            None,
        )
        if ls is not None and _APPLIED_BEFORE.search(text, max(s0, ls[0].start - 20), ls[0].start):
            ls = None  # "the compressed A and B are 4.3x and 4.1x faster": the compression's results
        if ls is not None and (respectively or _SUBJECT_VERB.match(text[ls[-1].end : ls[-1].end + 60])):
            chosen = ls
        if chosen is None and before and _THESE_PARTS.search(text, max(s0, first.start - 60), first.start):
            chosen = before[-1]  # "... with X and Y show that ... benefit from these techniques (5.9% and 2.2%)"
        if chosen is None and respectively:
            after = [
                ls for ls in lists if len(ls) == len(g) and ls[0].start >= last.end and not _MARGINS_OVER.match(text, ls[-1].end)
            ]
            if after and not _BASELINE_CUE.search(text[max(s0, after[0][0].start - 40) : after[0][0].start]):
                chosen = after[0]
        if chosen is not None:
            for i, c in zip(g, chosen, strict=True):
                out[i] = c.name
    return out


# two or more names joined by "and" (not "or" or a slash: alternatives, not a subject of both)
_AND_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")
# a word before a list that makes it an object or a setting, not a subject ("with A and B", "in A and B")
_LIST_OBJECT_BEFORE = re.compile(
    r"\b(?:with|using|of|than|over|on|in|to|by|from|for|between|against|versus|vs\.?|and|or)\s+(?:the\s+)?$", re.I
)


def _coordinated_subject(
    text: str, method: str, methods: list[Cand], q: Quantity, s0: int, own_names: set[str]
) -> list[str]:
    """ "A and B reach 81.2 mAP", "Both A and B surpass X by up to 9.8%": a single number
    whose owner ends a list of names that is the subject of the verb is each listed name's
    (as the annotators list it); [] when the owner is no such list's last name, or when a
    listed name is the paper's own (``own_names``, with their short forms: "Both PAAT and
    PAAB surpass ...", one result of the paper, as sota40's annotator writes it)."""
    lists = [ls for ls in _name_lists(text, methods, _AND_LIST_GAP) if s0 <= ls[0].start and ls[-1].end <= q.start]
    if not lists or lists[-1][-1].name != method or any(c.proposed or c.name in own_names for c in lists[-1]):
        return []
    ls = lists[-1]
    if not _SUBJECT_VERB.match(text[ls[-1].end : ls[-1].end + 60]):
        return []
    if _LIST_OBJECT_BEFORE.search(text, max(s0, ls[0].start - 20), ls[0].start) or _is_baseline(text, ls[0], methods, s0):
        return []
    if own_names and _applied_to(text, ls[0], methods, s0):
        return []  # "the compressed A and B are 4.3x faster": the paper's compression's result
    return [c.name for c in ls]


# a plural that refers back to listed techniques, right before their numbers: "benefit from
# these techniques (on average 5.9% and 2.2% F1)", "the two strategies improve F1 by 1.2 and 0.8"
_THESE_PARTS = re.compile(
    r"\b(?:these|those|both|the\s+two|the\s+three)\s+(?:[\w-]+\s+)?"
    r"(?:techniques|methods|strategies|approaches|components|modules|tricks|mechanisms)\b"
    r"(?:\s*\(\s*|\s+(?!and\b|or\b)[a-z]+(?:\s+(?!and\b|or\b)[a-z]+){0,4}\s+)(?:on\s+average\s+|by\s+)?"
    + MARGIN_HEDGE + r"$",
    re.I,
)


def _name_lists(text: str, methods: list[Cand], gap: re.Pattern = N.LIST_GAP) -> list[list[Cand]]:
    """Names written as a list ("A and B", "A, B, and C"), each list in text order; ``gap``
    is what may stand between two listed names."""
    lists: list[list[Cand]] = []
    for c in methods:
        if lists and gap.fullmatch(text, lists[-1][-1].end, c.start):
            lists[-1].append(c)
        else:
            lists.append([c])
    return [ls for ls in lists if len(ls) >= 2 and len({c.name for c in ls}) == len(ls)]


def _proposed_forms(text: str, mentions: list[Cand]) -> dict[str, str]:
    """The surface forms of the proposed methods (long form and acronym) -> output name."""
    forms: dict[str, str] = {}
    for c in mentions:
        if c.label == METHOD and c.proposed:
            spans = [(c.start, c.end)] + ([c.short] if c.short else [])
            for a, b in spans:
                form = text[a:b]
                if len(form) >= 3 and form[0].isupper() and "\n" not in form:
                    forms.setdefault(form, c.name)
    return forms


def _joins_word(ch: str) -> bool:
    """Whether ``ch`` matches ``[\\w-]`` (``re``'s ``\\w`` is ``str.isalnum`` or "_")."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _with_proposed_repeats(
    text: str, sent_mentions: list[Cand], forms: dict[str, str], s0: int, s1: int
) -> list[Cand]:
    """The sentence's mentions plus each later writing of a proposed name that the mention
    finder did not mark ("We present Flex ... Flex finally delivers 4.96x"): the subject of
    a result is often the proposed name written again."""
    taken = [(c.start, c.end) for c in sent_mentions]
    extra = []
    sent = text[s0:s1]
    for form, name in forms.items():
        # the form as a whole word, "(?<![\w-])form(?![\w-])" in the sentence: a str.find
        # loop (a pattern per form and sentence would go through re's cache each time)
        i = sent.find(form)
        while i >= 0:
            j = i + len(form)
            if (i and _joins_word(sent[i - 1])) or (j < len(sent) and _joins_word(sent[j])):
                i = sent.find(form, i + 1)
                continue
            a, b = s0 + i, s0 + j
            if not any(x < b and a < y for x, y in taken):
                extra.append(Cand(a, b, METHOD, "results", 1.0, proposed=True, name=name))
                taken.append((a, b))
            i = sent.find(form, j)
    if not extra:
        return sent_mentions
    return sorted(sent_mentions + extra, key=lambda c: c.start)


_USING_AFTER = re.compile(r"\s*(?:\\?%)?\s*(?:[\w@-]+\s+){0,3}(?:using|with models?)\s+(?:the\s+)?")


def _models_used(text: str, q: Quantity, mentions: list[Cand], s0: int, s1: int) -> list[str]:
    """ "we obtain 0.2 hits@1 using T5-small, T5-base and BLOOM": a score that we report
    with two or more listed models (none of them ours) is each model's score."""
    m = _USING_AFTER.match(text, q.end, s1)
    if m is None or not re.search(r"\b(?:we|our)\b", text[s0 : q.start], re.I):
        return []
    methods = [c for c in mentions if c.label == METHOD and c.start >= m.end()]
    if not methods or methods[0].start != m.end():
        return []
    listed = [methods[0]]
    for c in methods[1:]:
        if not N.LIST_GAP.fullmatch(text, listed[-1].end, c.start):
            break
        listed.append(c)
    if len(listed) < 2 or any(c.proposed for c in listed):
        return []
    return list(dict.fromkeys(c.name for c in listed))


# a top-k rank written right after a number, or just before it in a bracket, says which of
# the measure's ranks the number is: "83.9% top-1 / 96.6% top-5 accuracy", "85.4% (97.6%
# top-5)", "88.5% top-1 accuracy (top-5: 98.7%)"
_TOP_K_AFTER = re.compile(r"\s*(?:\\?%)?\s*([Tt]op-?\d+)\b(?!\s*(?:and|or|/|,))")
_TOP_K_BEFORE = re.compile(r"([Tt]op-?\d+)\s*[:=]\s*$")
_TOP_K = re.compile(r"\btop-?\d+", re.I)


def _bind_top_k_qualifiers(text: str, bound: list[list]) -> None:
    """A number bound to one top-k measure while its own words name another rank takes that
    rank: the top-5 figure after a top-1 one is not a top-1 accuracy."""
    for b in bound:
        q, metric = b[0], b[1]
        if not metric or not _TOP_K.search(metric):
            continue
        m = _TOP_K_AFTER.match(text, q.end) or _TOP_K_BEFORE.search(text, max(0, q.start - 12), q.start)
        if m is None:
            continue
        rank = _top_k_name(m.group(1))
        if _top_k_name(_TOP_K.search(metric).group(0)) != rank:
            b[1] = _TOP_K.sub(rank, metric, count=1)


def _top_k_name(words: str) -> str:
    """ "Top5", "top-5" -> "top-5"."""
    return "top-" + words.lower().removeprefix("top").lstrip("-")


# the versions or splits a benchmark's name goes on with before its bracket of scores: "Youtube-VOS
# 2019 (85.0%)", "DAVIS 2016/2017 val (92.6% and 87.1%)", "Something-Something V1&V2 (67.3% & 74.6%)"
_VARIANT_GAP = re.compile(r"[\s/&\\]*(?:(?:\d{2,4}|[Vv]\d|[Vv]al|[Tt]est|[Dd]ev|[Tt]est-dev|minival)[\s/&\\]*){1,4}")
# the first of a pair of scores in one bracket, and the bracket's end after the second
_PAIR_FIRST_INSIDE = re.compile(r"\s*\d+(?:\.\d+)?\s*\\?%\s*(?:and|&|\\&|/)\s*")
_PAIR_CLOSES = re.compile(r"\s*\\?%?\s*\)")


def _bind_bracketed_scores(text: str, bound: list[list], datasets: list[Cand], metrics) -> None:
    """ "PASCAL VOC 2012 (val: 77.7%, test: 77.2%)", "DAVIS 2017 (84.9%)": a number in the
    brackets after a benchmark (alone or after a split label) is a score on it; its measure
    is the one the sentence names, else "performance"."""
    for i, (q, metric, _strength) in enumerate(bound):
        if metric:
            continue
        open_at = _bracket_open(text, q)
        if open_at < 0:
            continue
        inside = text[open_at + 1 : q.start]
        if (
            i
            and q.unit == "%"
            and bound[i - 1][1]
            and bound[i - 1][0].start > open_at
            and _PAIR_FIRST_INSIDE.fullmatch(inside)
            and _PAIR_CLOSES.match(text, q.end)
        ):
            bound[i] = [q, bound[i - 1][1], bound[i - 1][2]]  # "(92.6% and 87.1%)": the pair's second
            continue
        if not (_SPLIT_LABEL.fullmatch(inside) or (q.unit == "%" and not inside.strip())):
            continue
        before = text[max(0, open_at - 3) : open_at]
        if not any(d.end <= open_at and (not text[d.end : open_at].strip() or _VARIANT_GAP.fullmatch(text, d.end, open_at))
                   for d in datasets):
            if not (_SPLIT_LABEL.fullmatch(inside) and before.strip() in ("", ",")):
                continue
        bound[i] = [q, _sentence_measure(text, metrics), 0.6]


# a verb or noun of scoring earlier in the clause: "achieves 78.6 on COCO", "the
# state-of-the-art results ... to 49.4 on ACE04", "performance of 60.14% on Places"
_SCORING_CUE = re.compile(
    r"\b(?:achiev\w*|obtain\w*|reach\w*|attain\w*|scor\w*|record\w*|establish\w*|"
    r"set(?:s|ting)?|push\w*|yield\w*|result\w*|performance|state[- ]of[- ]the[- ]art|SOTA)\b",
    re.I,
)
# a benchmark right after the number: "78.6 on COCO test-dev", "91.96% on the CoNLL03"
_ON_DATASET_GAP = re.compile(r"\s*(?:\\?%)?\s*(?:on|in)\s+(?:the\s+)?(?:\\\w+\{)?")
# a benchmark right before it: "pushing the WNLI benchmark to 89%"
_DATASET_TO_GAP = re.compile(r"\s*(?:dataset|benchmark|test set)?\s*(?:to|:)\s*")


_PERFORMANCE_WORD = re.compile(r"\bperformance\b", re.I)
# measures never carried to a later sentence's score: words that name no measure of their
# own, and rates of speed or time ("86.0% at 22.4fps")
_UNCARRIED_MEASURE = re.compile(
    r"^(?:performance|scores?|results?)$|\b(?:fps|throughput|" + _TIME_MEASURE.pattern + r")(?:s|ups?)?\b", re.I
)  # (whole words: "sentiment accuracy" holds no "time")


def _sentence_measure(text: str, metrics: list[Cand]) -> str:
    """The measure of a score that names none: the sentence's one measure ("higher
    accuracy" and the like do not count), else "performance"."""
    named = [
        c
        for c in metrics
        if not _qualitative(text, c, 0) and not _has_own_compared_number(text, c)
    ]
    return named[0].name if len(named) == 1 else "performance"


def _bind_bare_scores(text: str, bound: list[list], datasets: list[Cand], metrics, s0: int) -> None:
    """ "Our model achieves 78.6 on COCO test-dev, 93.0 on MPII": a decimal or a percentage
    written next to a benchmark, in a clause about scoring, is a score even when no measure
    is named; its measure is :func:`_sentence_measure`'s."""
    measure = _sentence_measure(text, metrics)
    on_dataset = [_on_dataset(text, q, datasets) for q, _m, _s in bound]
    for i, (q, metric, strength) in enumerate(bound):
        if (metric and strength >= 0.6) or q.word or q.text.startswith(("+", "-", "\u2212")):
            continue
        if not (q.unit == "%" or (q.unit is None and "." in q.text)) or not on_dataset[i]:
            continue
        if not _SCORING_CUE.search(text, _clause_start(text, s0, q.start), q.start):
            continue
        # "an FID of 2.97 on A, 4.59 on B": the measure of the same construction before it
        prev = next((j for j in range(i - 1, -1, -1) if bound[j][2] >= 0.85 and on_dataset[j]), None)
        if (
            prev is not None
            and bound[prev][0].unit == q.unit
            and ";" not in text[bound[prev][0].end : q.start]
        ):
            bound[i] = [q, bound[prev][1], 0.6]
        else:
            bound[i] = [q, measure, 0.6]


# a percentage that is the object of a verb of scoring: "the best LLM achieves 0.72%",
# "we achieved 64.9% in the val set", "achieving a new state-of-the-art 49.5%"
_SCORED_BY = re.compile(
    r"\b(?:achiev(?:es|ed|ing|e)|obtain(?:s|ed|ing)?|reach(?:es|ed|ing)?|attain(?:s|ed|ing)?|"
    r"scor(?:es|ed|ing))\s+(?:(?:an?|the|new|state-of-the-art|SOTA|average|an average of|a mere|"
    r"only|just|up to|over|nearly|about|around|approximately|roughly|more than)\s+){0,4}$",
    re.I,
)

# what follows a score whose measure is not written: punctuation or a function word ("0.72%
# and 5.38% in the ... settings"), not a noun that names an unknown measure ("55.2% Model
# FLOPs Utilization", "7.98% miss rate")
_NO_MEASURE_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:and|or|in|on|of|for|with|using|at|when|while|across|over|compared|"
    r"than|by|under|after|without|respectively|which)\b)",
    re.I,
)


def _bind_scored_objects(text: str, bound: list[list], metrics, s0: int) -> None:
    """ "the best performing LLM achieves 0.72% and 5.38% in the unassisted and assisted
    settings": a percentage right after a verb of scoring, with no measure bound to it, is a
    score even when no measure (nor a benchmark) is named next to it; its measure is
    :func:`_sentence_measure`'s. The values listed after it follow along the chain
    (:func:`_share_along_chains`)."""
    measure = _sentence_measure(text, metrics)
    for i, (q, metric, _strength) in enumerate(bound):
        if metric or q.unit != "%" or q.word or q.text.startswith(("+", "-", "\u2212")):
            continue
        if _SCORED_BY.search(text, max(s0, q.start - 60), q.start) and _NO_MEASURE_AFTER.match(text, q.end):
            bound[i] = [q, measure, 0.6]


# an acronym right before a score, maybe with "of", "=" or ":" between: "with MAE of 57.6",
# "achieved DICE of 0.843", "(MF1 0.810)", "ED of 20.5 pixels" (two capitals or a capital
# and a digit: "Hmean", "Table" are no acronyms)
# (a number right after an acronym is a score only in brackets: "IEEE 802.11", "VQA 2.0" are
# versions, "JFT 64.7%" a benchmark's; "at tIoU=0.5", "mAP@IoU=0.5" are settings)
_ACRONYM_BEFORE_SCORE = re.compile(
    r"(?<![\w@-])(?<!\bat )(?P<open>\(\s*)?(?P<acr>[a-z]?[A-Z][A-Za-z]{0,3}[A-Z0-9][A-Za-z0-9]{0,2})"
    r"\s*(?P<link>of|=|:)?\s*$"
)


_NOT_MEASURE_CODES = frozenset(("SOTA", "SoTA", "SOTAs"))


def _bind_acronym_measures(text: str, bound: list[list], mentions: list[Cand], s0: int) -> None:
    """ "the proposed model achieves state-of-the-art performance with MAE of 57.6, 6.3 and
    87.6 on A, B and C": a score (a percentage or a decimal) right after an acronym that no
    lexicon knows as a measure (or knows as a method: "MAE", when "of" or "=" links it to the
    score) is in that acronym; not a benchmark's or the paper's own name ("on GSM8K 45.1%"),
    nor a model's in brackets ("baselines (BERT 85.3%, RoBERTa 87.1%)", "(SOTA 85.3%)").
    The values listed after it follow along the chain (:func:`_share_along_chains`)."""
    for i, (q, metric, strength) in enumerate(bound):
        if (metric and strength >= 0.85) or q.word or not (q.unit == "%" or (q.unit is None and "." in q.text)):
            continue
        m = _ACRONYM_BEFORE_SCORE.search(text, max(s0, q.start - 16), q.start)
        if m is None or _MEASURE_UNIT_AFTER.match(text, q.end):
            continue
        if not m.group("open") and m.group("link") in (None, ":"):
            continue  # "JFT 64.7%" (a benchmark), "DOI: 10.28995" (an identifier)
        a, b = m.span("acr")
        named = [c for c in mentions if c.start < b and a < c.end]
        if any(c.label in (DATASET, METRIC) or c.proposed for c in named):
            continue  # a benchmark's name, a measure bound already, the paper's own model
        if m.group("link") is None and (m.group("acr") in _NOT_MEASURE_CODES or any(c.label == METHOD for c in named)):
            continue  # "(BERT 85.3%, RoBERTa 87.1%)", "(SOTA 85.3%)": whose score, not what in
        if _ON_BEFORE.search(text, max(s0, a - 12), a):
            continue
        bound[i] = [q, m.group("acr"), 0.85]


# measures in decibels, and a number written in them: "exceeding the previous SOTA 0.38 dB"
_DB_MEASURE = re.compile(r"(?:PSNR|SNR|SDR|SIR|SAR)i?\b")
_DB_AFTER = re.compile(r"\s?dB\b")


def _bind_decibels(text: str, bound: list[list], metrics: list[Cand]) -> None:
    """ "33.69 dB PSNR on GoPro, exceeding the previous SOTA 0.38 dB", "the SI-SNRi scores have
    been improved by 0.8 dB and 2.4 dB", "which is 0.15 dB higher than SwinIR" (PSNR in an
    earlier sentence): a number in dB with no measure of its own is in the paper's measure in
    dB, the nearest one written before it (else after it)."""
    for i, (q, metric, strength) in enumerate(bound):
        if (metric and strength >= 0.6) or q.unit or not _DB_AFTER.match(text, q.end):
            continue
        in_db = [c for c in metrics if _DB_MEASURE.search(c.name)]
        before = [c for c in in_db if c.end <= q.start]
        if in_db:
            bound[i] = [q, (before[-1] if before else in_db[0]).name, 0.8]


def _on_dataset(text: str, q: Quantity, datasets: list[Cand]) -> bool:
    """Whether a benchmark is written right after ``q`` ("78.6 on COCO") or right before
    it ("the WNLI benchmark to 89%")."""
    gap = _ON_DATASET_GAP.match(text, q.end)
    if gap is not None and any(d.start == gap.end() for d in datasets):
        return True
    return any(d.end <= q.start and _DATASET_TO_GAP.fullmatch(text, d.end, q.start) for d in datasets)


def _bracket_open(text: str, q: Quantity) -> int:
    """Where the bracket that holds ``q`` opens (at most 40 characters before), or -1."""
    open_at = text.rfind("(", max(0, q.start - 40), q.start)
    return -1 if open_at < 0 or ")" in text[open_at : q.start] else open_at


# a name, then a bracket that holds a score and at most its measure: "fine-tuned Flan-T5 XL
# (macro-F1 0.71)", "using standard repeated sampling (pass@200 = 60.6%)", "the BiLSTM
# baseline (F1 of 0.4)" (not a margin: "outperforms X (by 3.2%)", "X (+3.2%)")
_NAME_BRACKET_SCORE = re.compile(
    r"\s*(?:baseline|model)?\s+\(\s*(?:(?!by\b|up\b|to\b|over\b)[\w@.-]+\s*){0,3}?(?:=|:|of\b)?\s*$", re.I
)
# the bracket compares or names another owner: "(73.50% vs. 71.82%)", "(34.4% AP at 30ms for
# X compared to ...)"
_BRACKET_OTHER = re.compile(r"[^()]*?\b(?:vs\.?|versus|for|compared|than|by)\b", re.I)
# where benchmarks are named: "on the UPLight (92.45%), ZJU (92.7%)", "the MNIST (0.37%
# error) and NORB-small (2.2% error)"
_ON_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$", re.I)
_AFTER_BRACKETED = re.compile(r"\s*\([^()]*\)\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?")


def _bracket_owner(text: str, q: Quantity, methods: list[Cand], datasets: list[Cand], s0: int) -> Cand | None:
    """The method written right before the bracket that holds the score ``q`` (a list of
    benchmarks with their scores, where a name typed as a method is one more benchmark, has
    none)."""
    owner = next((c for c in reversed(methods) if c.end <= q.start), None)
    if owner is None or q.text.startswith(("+", "-", "\u2212")):
        return None
    if not _NAME_BRACKET_SCORE.fullmatch(text, owner.end, q.start) or _BRACKET_OTHER.match(text, q.end):
        return None
    if _ON_BEFORE.search(text, max(s0, owner.start - 10), owner.start):
        return None
    if any(_AFTER_BRACKETED.fullmatch(text, d.end, owner.start) for d in datasets if d.end <= owner.start):
        return None
    return owner


# a compared model just before the bracket: "surpassing Llama-2 (40.1%)", "compared to GPT-4 ("
_COMPARED_BEFORE_NAME = re.compile(
    r"\b(?:" + _SURPASS_WORD + r"|vs\.?|versus|compared\s+(?:to|with)|over)\s+"
    r"(?:the\s+)?(?:strong\s+|previous\s+|prior\s+)?$",
    re.I,
)


def _compared_bracket_owner(text: str, q: Quantity, methods: list[Cand], s0: int) -> Cand | None:
    """The compared model whose own score is the bare number in brackets right after its
    name ("outperforms GPT-4 (40.1%)"; not a margin: "(+3.2%)", "(by 3.2%)", "(2x)")."""
    if q.unit not in (None, "%") or q.text.startswith(("+", "-", "\u2212")):
        return None
    owner = next((c for c in reversed(methods) if c.end <= q.start), None)
    if owner is None or not _OPEN_GAP.fullmatch(text, owner.end, q.start):
        return None
    if not _CLOSE_AHEAD.match(text, q.end, q.end + 3):
        return None
    if not _COMPARED_BEFORE_NAME.search(text, max(s0, owner.start - 40), owner.start):
        return None
    return owner


def _split_bracket_dataset(text: str, q: Quantity, datasets: list[Cand]) -> Cand | None:
    """The benchmark written just before the bracket that holds ``q`` after a split label
    or alone ("PASCAL VOC 2012 (val: 77.7%, test: 77.2%)")."""
    open_at = _bracket_open(text, q)
    if open_at < 0:
        return None
    inside = text[open_at + 1 : q.start]
    if not (_SPLIT_LABEL.fullmatch(inside) or not inside.strip()):
        return None
    for d in datasets:
        if d.end <= open_at and not text[d.end : open_at].strip():
            return d
    return None


# A bracket written right after a benchmark, holding a score and the words that name it, holds
# that benchmark's score, whatever is named after the bracket: "in Pascal Context dataset (mIoU
# of 53.13%) and ADE20K dataset", "in CIFAR-10 dataset (which the best model achieved an error
# of 2.67%) and 18.83% for CIFAR-100" (not a bracket that names where or against what its score
# was measured: "on COCO (vs. 41.2% for X)", "on A (and 30.1% on B)")
_BENCHMARK_BRACKET_GAP = re.compile(r"\s*(?:dataset|benchmark|(?:test|val|validation)\s+set)?\s*\(", re.I)
_BRACKET_NAMES_ANOTHER = re.compile(
    r"[;()]|\b(?:vs\.?|versus|for|compared|than|by|on|in|over|against|from)\b", re.I
)


def _benchmark_before_bracket(text: str, q: Quantity, datasets: list[Cand]) -> Cand | None:
    """The benchmark written right before the bracket that holds ``q`` (at most 60 characters
    before it), or None (see _BENCHMARK_BRACKET_GAP)."""
    open_at = text.rfind("(", max(0, q.start - 60), q.start)
    close_at = text.find(")", q.end, q.end + 40)
    if open_at < 0 or close_at < 0:
        return None
    if _BRACKET_NAMES_ANOTHER.search(text[open_at + 1 : close_at].replace(q.text, " ", 1)):
        return None
    before = [d for d in datasets if d.end <= open_at and (
        _BENCHMARK_BRACKET_GAP.fullmatch(text, d.end, open_at + 1) is not None
        or _VARIANT_GAP.fullmatch(text, d.end, open_at) is not None)]
    # (also with its version or split after it; editions coordinated before the bracket take its
    # values in order: "Zorb 2016/2017 val (92.6% and 87.1%)", the second value Zorb 2017's)
    if len(before) >= 2:
        numbers = _BRACKET_NUMBER.findall(text, open_at + 1, close_at)
        if len(numbers) == len(before):
            return before[len(_BRACKET_NUMBER.findall(text, open_at + 1, q.start))]
    return before[0] if before else None


# (not the digit of a measure's name: "(top-1 92.6% and 87.1%)" holds two values)
_BRACKET_NUMBER = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?")


# the split label before a number in brackets: "(val: 77.7%", ", \emph{test}: 66.5"
_SPLIT_LABEL = re.compile(
    r"(?:[^()]*,\s*)?(?:\\(?:emph|textit|textbf)\{)?(?:val|valid|validation|test|testing|dev|"
    r"test-dev|test-std|minival)\}?\s*[:=]\s*(?:\$|\\textbf\{|\{\\bf\s*)?",
    re.I,
)


def _pair_slash_lists(text: str, bound: list[list], metrics: list[Cand]) -> None:
    """ "PSNR/SSIM of 32.1/0.91", "Rank-1/mAP=96.6%/94.2%": the i-th number takes the i-th
    metric of a slash list written just before the numbers."""
    for i, j in _runs(text, bound, _SLASH):
        group = [c for c in metrics if c.end <= bound[i][0].start]
        names: list[Cand] = []
        for c in reversed(group):
            if not names:
                if _LIST_TO_VALUES.fullmatch(text, c.end, bound[i][0].start):
                    names.append(c)
                else:
                    break
            elif _SLASH.fullmatch(text, c.end, names[-1].start):
                names.append(c)
            else:
                break
        names.reverse()
        if not names:
            names = _slash_measures_after(text, bound[j][0].end, metrics)
        if len(names) == j - i + 1:
            for k, c in enumerate(names):
                bound[i + k] = [bound[i + k][0], c.name, 0.85]
        elif len(names) == 1:  # "WER of 2.1%/4.3%": one measure, several settings
            for k in range(i, j + 1):
                bound[k] = [bound[k][0], names[0].name, 0.85]


_SLASH_MEASURES_GAP = re.compile(r"\s*(?:\\?%\s*)?")  # (one run of spaces: no quadratic retries)


def _slash_measures_after(text: str, end: int, metrics: list[Cand]) -> list[Cand]:
    """The slash list of measures right after a slash list of values: "85.3/90.1 EM/F1",
    "0.587/0.812 PSDS1/PSDS2 scores" (two or more, else none)."""
    names: list[Cand] = []
    for c in metrics:
        if c.start < end:
            continue
        if not names and _SLASH_MEASURES_GAP.fullmatch(text, end, c.start):
            names.append(c)
        elif names and _SLASH.fullmatch(text, names[-1].end, c.start):
            names.append(c)
        else:
            break
    return names if len(names) >= 2 else []


_OPEN_GAP = re.compile(r"\s*\(\s*")
_CLOSE_GAP = re.compile(r"\s*\)\s*")
_CLOSE_AHEAD = re.compile(r"\s*\)")


def _pair_bracketed_alternatives(text: str, bound: list[list], metrics: list[Cand]) -> None:
    """ "up to 15x (11.5x) FLOPs (latency) reduction": a value with a bracketed second
    value, then a measure with a bracketed second measure; the bracket goes with the
    bracket."""
    for i in range(len(bound) - 1):
        q, q2 = bound[i][0], bound[i + 1][0]
        if not _OPEN_GAP.fullmatch(text, q.end, q2.start):
            continue
        close = _CLOSE_GAP.match(text, q2.end)
        if close is None or text[q2.end : close.end()].count(")") != 1:
            continue
        first = next((c for c in metrics if c.start == close.end()), None)
        if first is None:
            continue
        gap = _OPEN_GAP.match(text, first.end)
        second = next((c for c in metrics if gap and c.start == gap.end()), None)
        if second is not None and _CLOSE_GAP.match(text, second.end):
            bound[i] = [q, first.name, 0.86]
            bound[i + 1] = [q2, second.name, 0.86]


_AND_LIST = re.compile(r"\s*(?:,|and|,\s*and)\s*")
# (LaTeX around the values of raw arXiv text too: "$21.3\%$, $18.2\%$ and $\textbf{9.5\%}$")
_VALUES_AND = re.compile(r"[\s$}]*(?:dB|ms|mm|s|points?)?[\s$}]*(?:,|and|,\s*and)\s*(?:\$|\\textbf\{|\\mathbf\{)*")
_RANGE_TO = re.compile(r"\s*(?:dB|ms|mm|s|points?)?\s*to\s*(?:~\s*)?")
# a qualifier that needs the head of the next measure: "top-1 and top-5 errors"
_BARE_QUALIFIER = re.compile(r"(?:top|hits|recall|rank|pass)[-@]?\d+", re.I)


def _pair_coordinated_lists(text: str, bound: list[list], metrics: list[Cand]) -> None:
    """ "top-1 and top-5 errors of 29.51% and 10.37%", "BLEU and METEOR of 31.2 and 25.4":
    as many measures coordinated just before as values coordinated after them: the i-th
    value takes the i-th measure; a bare qualifier takes the head of the last measure
    ("top-1" -> "top-1 errors")."""
    for i, j in _runs(text, bound, _VALUES_AND):
        before = [c for c in metrics if c.end <= bound[i][0].start]
        names: list[Cand] = []
        for c in reversed(before):
            if not names:
                if not _LIST_TO_VALUES.fullmatch(text, c.end, bound[i][0].start):
                    break
            elif not _AND_LIST.fullmatch(text, c.end, names[-1].start):
                break
            names.append(c)
        names.reverse()
        if len(names) == j - i + 1:
            last = names[-1].name
            head = last.rsplit(None, 1)[-1] if " " in last else ""
            for k, c in enumerate(names):
                name = c.name
                if head and k < len(names) - 1 and _BARE_QUALIFIER.fullmatch(name):
                    name = c.name = f"{name} {head}"
                bound[i + k] = [bound[i + k][0], name, 0.85]


# "reduce the training and inference time of X by 31% and 53%", "prefill and decoding latency
# by 2.1x and 3.2x": a measure whose modifier is coordinated with another word ("training and
# inference time") names two measures, one per margin listed after "by"
_SHARED_HEAD_BEFORE = re.compile(r"\b([a-z][\w-]*)\s*,?\s+and\s+((?:[a-z][\w-]*\s+)?)$")
_SHARED_HEAD_TO_BY = re.compile(r"\s+(?:of\s+(?:the\s+)?[^,;.()]{1,40}?\s+)?" + _BY_MARGIN)
_NOT_MODIFIERS = frozenset("the a an its their our both of in on for with by to or".split())
# a word that is a measure's head itself ("the memory and inference time"), not a modifier of the next one
_MEASURE_HEAD_WORDS = frozenset(
    "time latency cost costs memory usage footprint overhead consumption size speed throughput "
    "accuracy error energy storage computation compute".split()
)
# "~42% time and ~30% memory savings": two margins, each followed by what it saves
_PAIRED_CHANGE_FIRST = re.compile(r"\s*([a-z][\w-]*)\s+and\s+(?:~\s*)?$")
_PAIRED_CHANGE_SECOND = re.compile(r"\s*([a-z][\w-]*)\s+" + _CHANGE_NOUN + r"\b")


def _first_of_pair(m: re.Match, second: str) -> str:
    """The name of the first of two measures whose modifiers are coordinated before the
    measure ``second`` that the text names (``m``: _SHARED_HEAD_BEFORE before it). The two
    share ``second`` whole when a modifier of the second stands between "and" and it ("task
    and episode success rates": "task success rates", not "task rates"), its words after its
    modifier where those name a measure ("word and character error rates": "word error
    rates"), else its last word ("training and inference time": "training time")."""
    if m.group(2).strip():
        return f"{m.group(1)} {second}"
    head = second.split(None, 1)[-1]
    if " " not in head or METRIC not in (lookup_label(head), lookup_label(head.removesuffix("s"))):
        head = second.rsplit(None, 1)[-1]
    return f"{m.group(1)} {head}"


def _split_shared_heads(text: str, bound: list[list], metrics: list[Cand], s0: int) -> None:
    """Two margins of one verb or noun of change, each on its own measure, where the text
    writes the measures with a shared head or after each margin (see _SHARED_HEAD_BEFORE,
    _PAIRED_CHANGE_FIRST)."""
    for g in _value_groups_any(text, bound):
        if len(g) != 2:
            continue
        (q1, m1, _), (q2, m2, _) = bound[g[0]], bound[g[1]]
        c = next((c for c in reversed(metrics) if c.end <= q1.start), None)
        if c is None or not m1 or m1 != m2 or c.name != m1 or not _SHARED_HEAD_TO_BY.match(text, c.end, q1.start):
            continue
        m = _SHARED_HEAD_BEFORE.search(text, max(s0, c.start - 40), c.start)
        if m is None or m.group(1) in _NOT_MODIFIERS or _CHANGE_WORD.fullmatch(m.group(2).strip()):
            continue  # (not "reduces latency and improves accuracy by": two verbs, two objects)
        first = next((d.name for d in metrics if d.end == m.end(1)), None)
        if first is None:
            first = m.group(1) if m.group(1) in _MEASURE_HEAD_WORDS else _first_of_pair(m, m1)
        bound[g[0]] = [q1, first, 0.85]
        bound[g[1]] = [q2, m.group(2) + m1, 0.85]
    for i in range(len(bound) - 1):
        (q1, _, _), (q2, _, _) = bound[i], bound[i + 1]
        if q1.unit not in ("%", "x") or q2.unit != q1.unit:
            continue
        a = _PAIRED_CHANGE_FIRST.match(text, q1.end, q2.start)
        b = a and _PAIRED_CHANGE_SECOND.match(text, q2.end)
        if b and a.group(1) not in _NOT_MODIFIERS and b.group(1) not in _NOT_MODIFIERS:
            bound[i] = [q1, a.group(1), 0.85]
            bound[i + 1] = [q2, b.group(1), 0.85]


# values listed, then what they measure listed after them: "56.3 times and 31.2 times saving
# on FLOPs and model size", "2.16 and 18 more savings on model size and runtime memory
# respectively", "by 2.1% and 3.4% in accuracy and F1, respectively"
# (a comparative may take the measures as its object when each is a known measure: "2 and 3
# times less memory usage and computational cost", not "lower latency on GPU and mobile device")
_LISTED_MEASURES_GAP = re.compile(
    r"\s*(?:(?P<change>(?:(?:more|less|fewer|higher|lower|better)\s+)?" + _CHANGE_NOUN
    + r"|more|less|fewer|higher|lower|better|smaller)?\s*(?:in|on|of|for)\s+(?:terms\s+of\s+)?"
    r"|(?P<comparative>less|fewer|smaller|lower)\s+)(?:the\s+)?"
)
# the measures' list: two to five short lower-case phrases, up to "respectively" or the
# clause's end
_ITEM_WORD = r"(?!respectively\b)[A-Za-z][\w@-]*"
_ITEM_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_ITEM = rf"(?:{_ITEM_WORD}\s+){{0,3}}?{_ITEM_WORD}"
# exactly n items (n = 2 to 5, one per value; the last with its acronym: "parameters and
# floating-point operations (FLOPs)"), up to "respectively" or the clause's end
_MEASURE_ITEMS = {
    n: re.compile(
        rf"((?:{_ITEM}{_ITEM_SEP}){{{n - 1}}}{_ITEM}(?:\s*\([^()]{{1,20}}\))?)(?=\s*,?\s*respectively\b|\s*[,.;)]|\s*$|\s+(?:with|while|when|on|in|at|than|over|compared)\b)"
    )
    for n in range(2, 6)
}
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _pair_measures_listed_after(text: str, bound: list[list], mentions: list[Cand], s1: int) -> None:
    """ "56.3 times and 31.2 times saving on FLOPs and model size": as many measures listed
    after a list of values (and a noun of change or a comparative, or only a preposition
    when every item is a known measure): the i-th value takes the i-th measure, named as the
    measure mention it is, else as written."""
    for g in _value_groups_any(text, bound):
        last = bound[g[-1]][0]
        gap = _LISTED_MEASURES_GAP.match(text, last.end, s1)
        if gap is None:
            continue
        items_m = _MEASURE_ITEMS[len(g)].match(text, gap.end(), s1) if len(g) <= 5 else None
        if items_m is None:
            continue
        spans, pos = [], items_m.start(1)
        for sep in _ITEM_SPLIT.finditer(text, items_m.start(1), items_m.end(1)):
            spans.append((pos, sep.start()))
            pos = sep.end()
        spans.append((pos, items_m.end(1)))
        if len(spans) != len(g):
            continue
        names, known = [], 0
        for a, b in spans:
            inside = [c for c in mentions if a <= c.start and c.end <= b + 1]
            if any(c.label != METRIC for c in inside):
                names = []
                break  # "on COCO and LVIS": benchmarks, not measures
            if inside:
                known += 1
            # the mention's name when it is the whole item ("program accuracy" holds "accuracy")
            whole = len(inside) == 1 and inside[0].start == a and inside[0].end >= b
            names.append(inside[0].name if whole else text[a:b])
        if not names or not known or (gap.group("change") is None and known < len(names)):
            continue
        unit = bound[g[-1]][0].unit
        for i, name in zip(g, names, strict=True):
            q = bound[i][0]
            # "1,694.2 and 389.9 times savings": the list shares the unit written last
            bound[i] = [replace(q, unit=unit) if q.unit is None else q, name, 0.86]


def _value_groups_any(text: str, bound: list[list]) -> list[list[int]]:
    """Runs of two or more numbers written as a list, bound or not ("56.3 times and 31.2 times")."""
    groups: list[list[int]] = []
    for i in range(len(bound)):
        if groups and groups[-1][-1] == i - 1 and _VALUES_AND.fullmatch(text, bound[i - 1][0].end, bound[i][0].start):
            groups[-1].append(i)
        else:
            groups.append([i])
    return [g for g in groups if len(g) >= 2]


def _share_along_chains(text: str, bound: list[list], names=()) -> None:
    """Numbers in a chain ("96.7% and 95.4%", "from 16.4 to 17.8", "1.14 points (6.7%)")
    share the metric of the better-bound neighbour, along the whole chain ("F1-scores of
    97.77%, 83.07%, 94.86%, 92.33% on A, B, C and D, respectively": the first value is as
    far from the measure as the last)."""
    changed = True
    while changed:  # ends: a number's strength only grows, by more than 0.05 each time
        changed = False
        for i in range(len(bound)):
            q, metric, strength = bound[i]
            for j in (i + 1, i - 1, i - 2):
                if not 0 <= j < len(bound):
                    continue
                q2, m2, s2 = bound[j]
                if j == i - 2 and not (q.unit == "%" and _is_count(bound[i - 1][0])):
                    continue  # "18% of 397 test problems ... and 80% of the problems": the count is inside
                if not m2 or s2 <= strength + 0.05:
                    continue
                lo, hi = (q2, q) if j < i else (q, q2)
                gap = _blank_names(text, lo.end, hi.start, names)
                if q.unit == q2.unit and (
                    (_FROM_TO_GAP.match(gap) and _from_before(text, max(0, lo.start - 12), lo.start))
                    or (q.unit == "%" and s2 >= 0.85 and _ITEMS_CHAIN.match(gap) and _OF_ITEMS.match(text, hi.end))
                ):
                    # the two ends of one change, two coordinated shares of items: as well
                    # bound as each other ("reducing the runtime from 30 hours to 8 hours": 8
                    # hours is no count of hours; "16.3% of the set, and 46.1% of the scenarios")
                    bound[i] = [q, m2, s2]
                    changed = True
                    break
                if j != i - 2 and (
                    _BETWEEN_CHAIN.match(text[lo.end : hi.start])
                    or (q.unit == q2.unit and _BRACKETED_PAIR_CHAIN.match(gap))
                    or _DATASET_CHAIN.match(gap)
                    or (q.unit == q2.unit and _PARALLEL_CHAIN.match(text[lo.end : hi.start]))
                    or (q.unit == q2.unit and _score_like(q) and _score_like(q2) and _CONTEXT_CHAIN.match(gap))
                ) and (
                    q.unit == q2.unit or q.unit is None or q2.unit is None or "(" in
                    text[lo.end : hi.start]
                ):  # fmt: skip
                    bound[i] = [q, m2, round(s2 * 0.95, 3)]
                    changed = True
                    break


_LISTED_ON = re.compile(r"\s*(?:on|in|across)\s+(?:the\s+)?")
_LISTED_JOIN = re.compile(r"\s*(?:,\s*and\b|,|and\b)\s*")


def _listed_datasets_after(text: str, end: int, datasets: list[Cand]) -> int:
    """How many datasets are listed right after ``end`` ("on MMLU, GSM8K and HumanEval")."""
    on = _LISTED_ON.match(text, end)
    if on is None:
        return 0
    pos, count = on.end(), 0
    for c in sorted(datasets, key=lambda c: c.start):
        if c.start < pos:
            continue
        if c.start != pos:
            break
        count += 1
        join = _LISTED_JOIN.match(text, c.end)
        if join is None:
            break
        pos = join.end()
    return count


_MAX_SHARED_SCORES = 12


def _share_bare_score_lists(text: str, bound: list[list], datasets: list[Cand]) -> None:
    """ "Zorb obtains 85.2, 78.1 and 66.0 on MMLU, GSM8K and HumanEval": unit-less decimals
    listed before as many benchmarks are scores, as the last (bound as a bare score next to
    its benchmark) is; the chain shares its measure with the others a little weaker, below
    what a unit-less number needs to be kept (a "%" would have kept them)."""
    for group in _value_groups_any(text, bound):
        if len(group) > _MAX_SHARED_SCORES:
            continue  # (a longer run is a table, and each shared score costs _build a scan of the datasets)
        qs = [bound[i][0] for i in group]
        if not all(q.unit is None and "." in q.text for q in qs):
            continue  # (decimals only: "16, 32 and 64" may be counts; a unit keeps a number anyway)
        _q, metric, strength = bound[group[-1]]
        if not metric or _listed_datasets_after(text, qs[-1].end, datasets) != len(group):
            continue
        for i in group[:-1]:  # (a number bound more strongly keeps its strength)
            bound[i] = [bound[i][0], bound[i][1] or metric, max(strength, bound[i][2])]

# "by up to 9.8% in action recognition and 21.8% in video alignment", "by 51% over A and
# 75% over B", "0.323 on the hidden test set and 0.362 on ...", "88.78 with all the tags and
# 92.22 when ...": a phrase of setting or of baseline (no digit, no verb of change, at most
# eight words) between two scores of one unit
_CONTEXT_CHAIN = re.compile(
    r"^\s*(?:dB|ms|s|fps|FPS|days|hours)?\s*(?:in|on|for|over|against|versus|vs\.?|compared (?:to|with)|with|using|when|under)\s+"
    r"(?:(?!(?:and|by|while|with|than|over)\b)[^\s\d;.]+\s+){0,7}"
    r"(?:(?!(?:and|by|while|with|than|over)\b)[^\s\d;.]+)\s*,?\s*(?:and|,)\s*(?:even\s+|by\s+|from\s+)?$"
    # "from 36.2 to 26.2 and from 60.9 to 30.5": a second change of the same measure
    r"|^\s*,?\s*and\s+from\s+$"
)


def _is_count(q: Quantity) -> bool:
    """A whole number with no unit ("397 test problems")."""
    return q.unit is None and q.text.replace(",", "").isdigit()


def _score_like(q: Quantity) -> bool:
    """A number with a unit or decimals: a score, not a count ("12 tasks")."""
    return q.unit is not None or "." in q.text


_COMPARED_BEFORE = re.compile(
    r"\b(?:compared (?:to|with)|relative to|versus|vs\.?|against)\s*(?:~\s*)?$", re.I
)


def _share_with_compared(text: str, bound: list[list], s0: int) -> None:
    """ "a 20.96% gain in fairness, compared to 18.78% for prior work": the number it is
    compared with gives a weakly bound number its measure."""
    for i in range(1, len(bound)):
        q, metric, strength = bound[i]
        q2, m2, s2 = bound[i - 1]
        if (m2 and s2 > strength + 0.05 and q.unit == q2.unit
                and _COMPARED_BEFORE.search(text, max(s0, q.start - 20), q.start)):  # fmt: skip
            # (a decimal stays a score: "45.1 on GSM8K, compared with 40.2 for GPT-3.5")
            bound[i] = [q, m2, max(round(s2 * 0.95, 3), 0.6 if "." in q.text else 0.0)]


# "doubling the previous best result of 13.2%", "while the previous best result was 98.71",
# "(current SOTA is 0.86)": the score of the best earlier work, on the sentence's measure
# (the words that call a score the record of earlier work, shared by the three rules below:
# "the previous best", "the best published", "the state of the art")
# the words that name the record of earlier work by its time, and the record itself
_RECORD_TIMES = ("previous", "prior", "former", "existing", "current")
_RECORD_WORDS = r"(?:best|state[- ]of[- ]the[- ]art|SOTA|SoTA|record)"
_PREVIOUS_RECORD = r"(?:" + "|".join(_RECORD_TIMES) + r")\s+" + _RECORD_WORDS
_EARLIER_RECORD = r"(?:best|highest|lowest)[- ](?:published|reported|previous(?:ly)?|prior|known)"
# (the record's optional head noun: "the previous best result", "the prior SOTA approach")
_RECORD_HEAD = r"(?:\s+(?:results?|scores?|performance|methods?|models?|systems?|approach(?:es)?))?"
_PREVIOUS_BEST = re.compile(
    r"\b" + _PREVIOUS_RECORD + _RECORD_HEAD + r"\s*(?:of|at|is|was|with|:)\s*"
    r"(?:only\s+|just\s+)?$",
    re.I,
)


_BEST_BY = re.compile(
    r"\s*(?:\\?%)?\s*(?:(?:achieved|obtained|reached|attained|set|held)\s+)?(?:by|through|via|with|using|of)\s+(?:the\s+)?"
)


def _bind_previous_best(text: str, bound: list[list], s0: int) -> None:
    """A score after "the previous best (result) of", or in brackets after it ("the previous
    best (24.1%)"), with no measure of its own takes the measure of the nearest score of the
    sentence with the same unit."""
    for i, (q, metric, strength) in enumerate(bound):
        if (metric and strength >= 0.6) or not _score_like(q):
            continue
        if not (_PREVIOUS_BEST.search(text, max(s0, q.start - 50), q.start) or _in_record_bracket(text, q, s0)):
            continue
        near = [b for b in bound if b[0] is not q and b[1] and b[2] >= 0.6 and b[0].unit == q.unit]
        if near:
            other = min(near, key=lambda b: abs(b[0].start - q.start))
            bound[i] = [q, other[1], 0.75]


# the record of earlier work a number is ("better than the best published F1 score of 81.8",
# "improving on the highest reported accuracy of 46%") ...
_PRIOR_RECORD_OF = re.compile(
    _EARLIER_RECORD + r"(?:\s+[\w@-]+){0,4}?\s*"
    r"(?:\s(?:of|is|was)|:|\()\s*(?:only\s+|about\s+|~\s*)?$",
    re.I,
)
# ... when the sentence compares with it, or it is the subject of its clause ("The best
# published F1 is 81.8, while ..."), not the paper's own record: "Zorbnet gives the best
# reported accuracy of 91.2%", "this is the best published result of 84.6 F1", "our X
# obtains to-date the best published CIDEr of 132.0%"
_RECORD_CUE = re.compile(
    r"\b(?:than|over|on|upon|above|beyond|from|vs\.?|versus|against|compar\w*\s+(?:to|with)|relative\s+to|"
    + _SURPASS_WORD
    + r"|improv\w*|while|whereas)\s+(?:the\s+|all\s+)?(?:previous\s+|current\s+)?$",
    re.I,
)
_RECORD_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:previous\s+|current\s+)?$", re.I)
# ... or the record a change starts from: "boosting the best published PSNR from 30.23 dB to
# 36.39 dB", "improve the state-of-the-art pass@1 on HumanEval from 67% to 85%", "decrease
# the best previous FID from 36.2 to 26.2 ..., and from 60.9 to 30.5"
_PRIOR_RECORD_FROM = re.compile(
    r"\b(?:" + _EARLIER_RECORD + "|" + _PREVIOUS_RECORD + r"|state[- ]of[- ]the[- ]art|SOTA)\s+(?:[^\s;,]+\s+){0,5}?from\s",
    re.I,
)


def _prior_record_of(text: str, q: Quantity, s0: int) -> bool:
    """Whether ``q`` is the record of earlier work, written "the best published X of q"."""
    lo = max(s0, q.start - 60)
    window = text[lo : q.start].lower()
    if "best" not in window and "highest" not in window and "lowest" not in window:
        return False
    m = _PRIOR_RECORD_OF.search(text, lo, q.start)
    if m is None:
        return False
    return (
        _RECORD_CUE.search(text, max(s0, m.start() - 40), m.start()) is not None
        or _RECORD_SUBJECT.fullmatch(text, s0, m.start()) is not None
    )


def _prior_record_from(text: str, q: Quantity, s0: int, methods: list[Cand]) -> bool:
    """Whether the "from" value ``q`` follows "the best published (state-of-the-art) X" in
    its sentence: the record of earlier work, not a method named before. Not when a method
    is named in the phrase or after it ("raising X's accuracy from", "the previous
    state-of-the-art X from", "..., and raises X from 30.1%": the start is X's)."""
    # (in the 300 characters before it: a scan of the whole sentence per value is quadratic)
    m = next(reversed(list(_PRIOR_RECORD_FROM.finditer(text, max(s0, q.start - 300), q.start))), None)
    return m is not None and not any(m.start() <= c.start < q.start for c in methods)


# the record of earlier work named by its time, with the number given in the same phrase
# ("the previously reported test accuracy of 97.42%", "currently the best accuracy for emotion
# recognition is 93.33%", "the current state-of-the-art test accuracy (97.42%)"), in a clause
# of its own ("the previous state of the art (Smith'16), which achieved 72.46%"), or as the
# subject of its clause ("On the CKP set the current state of the art approach, using CNNs,
# achieves an accuracy of 99.2%"): that work's score, not the paper's
_RECORD_OF_TIME = (
    r"(?:(?:" + "|".join(_RECORD_TIMES) + r")(?:ly)?\s+(?:the\s+)?" + _RECORD_WORDS
    + r"|previously\s+(?:reported|published))"
)
# (a measure ends the gap, perhaps with what it is of: "accuracy for emotion recognition is")
_RECORD_MEASURE_OF = re.compile(
    r"(?<![\w-])" + _RECORD_OF_TIME + r"\s+(?P<gap>(?:[\w@/.+-]+\s+){0,2}?[\w@/.+-]+)"
    r"(?:\s+(?:for|on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s*(?:\bof|\bis|\bwas|:|=|\()\s*(?:only\s+|about\s+|around\s+|~\s*)?$",
    re.I,
)
# (a margin or the paper's own words in the gap: "the previous best accuracy by 2.1%", "the
# previous SOTA with an average improvement of")
_NOT_A_RECORD_GAP = re.compile(
    r"\b(?:by|margins?|improv\w*|gains?|over|than|vs|versus|with|and|we|our|ours)\b", re.I
)
_RECORD_CLAUSE_VERB = (
    r"(?:achieve[sd]?|report(?:s|ed)?|obtain(?:s|ed)?|reach(?:es|ed)?|score[sd]?|yield(?:s|ed)?|attain(?:s|ed)?)"
)
# (the number right after the clause's verb and its measure, or later in a list: "that report
# DSCs of 71.80% and 78.01%")
_RECORD_CLAUSE_TAIL = (
    r"\s+(?:an?\s+|the\s+)?(?:[\w@/-]+\s+){0,3}?(?:of\s+)?(?:\d[\d.]*\s*\\?%?\s*(?:,|and)\s*)*(?:only\s+|about\s+)?$"
)
_RECORD_WHICH = re.compile(
    r"(?<![\w-])(?P<rec>" + _RECORD_OF_TIME + r")(?:(?!\b(?:by|our|ours|we)\b)[^;.]){0,80}?"
    r"(?<!\band\s)\b(?:which|that)\s+(?:also\s+)?" + _RECORD_CLAUSE_VERB + _RECORD_CLAUSE_TAIL,
    re.I,
)
_RECORD_SUBJECT_VERB = re.compile(
    r"\s*(?:(?:on|for|in)\s+[^,;]{1,40}?[,\s]\s*)?(?:the\s+|a\s+)?(?P<rec>" + _RECORD_OF_TIME + ")" + _RECORD_HEAD
    + r"(?:\s*,[^,;]{1,40},)?\s+" + _RECORD_CLAUSE_VERB + _RECORD_CLAUSE_TAIL,
    re.I,
)


def _earlier_record_score(
    text: str, q: Quantity, s0: int, measures: list[tuple[int, int]], methods: list[Cand]
) -> bool:
    """Whether ``q`` is given as the score of the earlier record its sentence names by its
    time (see _RECORD_OF_TIME), not the record the paper's model sets itself ("Zorb achieves
    the current state-of-the-art accuracy of 91.2%") nor the score of a model named between
    them ("the previous best is outperformed by Zorb, which achieves", "the current best
    model, Zorb, achieves")."""
    lo = max(s0, q.start - 140)
    window = text[lo : q.start].lower()
    if not any(w in window for w in _RECORD_TIMES):
        return False
    m = _RECORD_MEASURE_OF.search(text, lo, q.start)
    if m is not None and not _NOT_A_RECORD_GAP.search(m.group("gap")):
        # (a measure in the gap: "the previous best model of" is :data:`_PREVIOUS_BEST`'s)
        if any(m.start("gap") <= a and b <= m.end("gap") for a, b in measures):
            return not _record_is_named_model_s(text, q, m.start(), s0, methods)
    m = _RECORD_WHICH.search(text, lo, q.start) or _RECORD_SUBJECT_VERB.fullmatch(text, s0, q.start)
    return (
        m is not None
        and not any(m.start("rec") <= c.start and c.end <= q.start for c in methods)
        and not _record_is_named_model_s(text, q, m.start("rec"), s0, methods, verb_before=False)
    )


# a model that has the record it is named with: "ZorbNet, with the current best accuracy of",
# "With ZorbNet, the current best accuracy ... is"
_WITH_RECORD_AFTER_NAME = re.compile(r"\s*,?\s*with\s+(?:the\s+|its\s+|a\s+)?(?:new\s+)?")
_WITH_NAME_BEFORE_RECORD = re.compile(r"\s*,\s*(?:the\s+|a\s+)?")
# a model named as the record's holder after its score: "... of 81.2% is now achieved by ZorbNet"
_RECORD_HELD_BY = re.compile(
    r"[^.;]{0,60}?\b(?:is|are|was|were|has\s+been)\s+(?:now\s+|currently\s+)?"
    r"(?:achieved|held|set|attained|obtained|reached|established)\s+by\s+(?:the\s+)?(?:proposed\s+|our\s+)?"
)


def _record_is_named_model_s(
    text: str, q: Quantity, rec_start: int, s0: int, methods: list[Cand], verb_before: bool = True
) -> bool:
    """Whether the record named at ``rec_start`` is held by the sentence's subject (a verb of
    holding: "Zorb achieves the current best") or by a model the sentence names as having it
    ("ZorbNet, with the current best accuracy of 81.2%", "With ZorbNet, the current best
    accuracy on X is 81.2%", "the current best accuracy of 81.2% is now achieved by ZorbNet").
    ``verb_before``: whether to try the verb of holding (not before a record that is the
    subject of its own verb: "On the CKP set the current state of the art ... achieves")."""
    if verb_before and _OWN_RECORD_VERB.search(text, max(s0, rec_start - 30), rec_start):
        return True
    for c in methods:
        if c.start >= s0 and c.end <= rec_start and (
            _WITH_RECORD_AFTER_NAME.fullmatch(text, c.end, rec_start)
            or (_WITH_NAME_BEFORE_RECORD.fullmatch(text, c.end, rec_start) and text[s0 : c.start].strip().lower() == "with")
        ):
            return True
    holder = next((c for c in methods if c.start >= q.end), None)
    return holder is not None and _RECORD_HELD_BY.fullmatch(text, q.end, holder.start) is not None


_LONE_BRACKET_OPEN = re.compile(r"\s*\(\s*$")

# a compared model named by a common noun, just before a bracket: "outperforming the best
# published method (", "compared to previous approaches ("
_GENERIC_COMPARED_BEFORE = re.compile(
    r"\b(?:" + _SURPASS_WORD + r"|compared (?:to|with)|versus|vs\.?)\s+"
    r"(?:the\s+|all\s+)?(?:[\w-]+\s+){0,4}?(?:methods?|models?|approach(?:es)?|baselines?|systems?|"
    r"works?|solutions?|art|SOTA|LLMs?)\s*$",
    re.I,
)


# a bracket that spells out the arithmetic of the value before it: "68.94% (80.94% - 12.0%)"
_ARITHMETIC_BRACKET = re.compile(r"\d\s*%?\s*\(\s*\d+(?:\.\d+)?\s*%?\s+[-\u2212\u2013+]\s+\d+(?:\.\d+)?\s*%?\s*\)")


def _in_arithmetic_bracket(text: str, q: Quantity, s0: int) -> bool:
    """Whether ``q`` is an operand in a bracket that spells out how the number before it was computed."""
    if "(" not in text[max(s0, q.start - 30) : q.start]:
        return False
    return any(m.start() < q.start < m.end() for m in _ARITHMETIC_BRACKET.finditer(text, max(s0, q.start - 40), q.end + 30))


def _in_generic_compared_bracket(text: str, q: Quantity, s0: int) -> bool:
    """Whether ``q`` is alone in brackets after a compared model named by a common noun
    ("outperforming the best published method (6.31)")."""
    opened = _LONE_BRACKET_OPEN.search(text, max(s0, q.start - 4), q.start)
    return (
        opened is not None
        and _CLOSE_AHEAD.match(text, q.end) is not None
        and _GENERIC_COMPARED_BEFORE.search(text, max(s0, opened.start() - 80), opened.start()) is not None
    )


# a bracket that holds a score alone or with its measure: "(12.5%)", "(accuracy of 12.5%)",
# "(pass@1 = 41.4%)", "(36.3 AP)"
_LABELLED_BRACKET_OPEN = re.compile(r"\(\s*(?:(?:[A-Za-z][\w@.-]*\s+){0,3}(?:of|=|:)\s*|[A-Za-z][\w@.-]*\s*[=:]\s*)?$")
_LABELLED_BRACKET_CLOSE = re.compile(r"\s*(?:\\?%)?\s*(?:[A-Za-z][\w@-]*\s*)?\)")
# the earlier record named by a common noun: "the previous best (", "the prior state of the art ("
_RECORD_BEFORE_BRACKET = re.compile(
    r"(?<![\w-])" + _PREVIOUS_RECORD + _RECORD_HEAD + r"\s*$",
    re.I,
)


_CLAUSE_BREAK = re.compile(r"[,;]")
# a verb by which the sentence's subject holds a record itself: "achieves the current SOTA (",
# "sets a new state of the art ("
_OWN_RECORD_VERB = re.compile(
    r"(?:achiev|set|establish|reach|attain|obtain|hold|yield|deliver)\w*\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:new\s+)?$",
    re.I,
)


def _in_record_bracket(text: str, q: Quantity, s0: int) -> bool:
    """Whether ``q`` is the score in brackets after an earlier record or a compared model
    named by a common noun, the bracket perhaps naming its measure ("nearly doubling the
    previous best (24.1%)", "outperforming the direct prompting baseline (accuracy of
    12.5%)"): that record's score, not the paper's. (A lone bracket after a comparison verb
    is :func:`_in_generic_compared_bracket`'s.)"""
    opened = _LABELLED_BRACKET_OPEN.search(text, max(s0, q.start - 30), q.start)
    if opened is None or _LABELLED_BRACKET_CLOSE.match(text, q.end) is None:
        return False
    lo = max(s0, opened.start() - 80)
    record = _RECORD_BEFORE_BRACKET.search(text, lo, opened.start())
    if record is not None:
        # (not the record the paper sets itself: "Zorbnet achieves the current
        # state-of-the-art (mAP of 52.3%)")
        return _OWN_RECORD_VERB.search(text, max(s0, record.start() - 30), record.start()) is None
    return _GENERIC_COMPARED_BEFORE.search(text, lo, opened.start()) is not None


def _bind_compared_bracket_scores(text: str, bound: list[list], methods: list[Cand], s0: int) -> None:
    """ "scores 8.5, outperforming GPT-3.5 (7.9)": a lone decimal in brackets after a name the
    sentence compares against is that model's score, on the measure of the score before it
    with the same unit (a percentage there has its measure already)."""
    for i, (q, metric, strength) in enumerate(bound):
        if (metric and strength >= 0.6) or q.unit is not None or "." not in q.text:
            continue
        opened = _LONE_BRACKET_OPEN.search(text, max(s0, q.start - 4), q.start)
        if opened is None or not _CLOSE_AHEAD.match(text, q.end):
            continue
        name = next((c for c in methods if c.end <= opened.start() and not text[c.end : opened.start()].strip()), None)
        if name is None:
            # (or after a compared model named by a common noun: "outperforming the best
            # published method (6.31)", "surpassing prior approaches (41.0)")
            if not _GENERIC_COMPARED_BEFORE.search(text, max(s0, opened.start() - 80), opened.start()):
                continue
        else:
            # (or listed after such a name and its score: "surpassing GPT-4o (40.2) and Claude (38.5)")
            prev = next((c for c in reversed(methods) if c.end <= name.start), None)
            listed = prev is not None and _AFTER_BRACKETED.fullmatch(text, prev.end, name.start)
            if not (_is_baseline(text, name, methods, s0) or (listed and _is_baseline(text, prev, methods, s0))):
                continue
        before = [b for b in bound[:i] if b[1] and b[2] >= 0.6 and b[0].unit is None]
        if before:
            bound[i] = [q, before[-1][1], 0.6]


# a model size the text scales, trains or ranges *to* is the setting of an experiment, not a
# result: "when scaling up to 66M parameters, Zorb achieves ...", "scaling the model size up
# to 33 billion", "backbones ranging from 1.9M to 303M parameters" (not a size a method
# reaches as its cost: "compresses DeiT-B from 86M to 9M parameters", "with only 5M parameters",
# "scales the model down to 14M parameters", "the trainable parameters to 0.3M parameters")
_SCALED_TO_BEFORE = re.compile(
    r"(?:\b(?:scal\w*|train(?:s|ed|ing)?|grow\w*)\s+(?:(?!down\b)\w+\s+){0,4}?(?:up\s+)?to"
    r"|\branging\s+from\s+[\d.,]+\s?[KMBT]?\s+to)"
    r"\s+(?:about\s+|over\s+|nearly\s+|~\s*)?$",
    re.I,
)
_SIZE_MEASURES = frozenset(("parameters", "params", "model size", "model sizes", "size"))


def _is_scaled_size(text: str, q: Quantity, metric: str | None, s0: int) -> bool:
    """Whether an absolute model size is the size the experiments scale or train to."""
    if q.unit in ("%", "x") or (metric or "").lower() not in _SIZE_MEASURES:
        return False
    before = text[max(s0, q.start - 70) : q.start]
    return _SCALED_TO_BEFORE.search(before) is not None and "compress" not in before.lower()

def _blank_names(text: str, a: int, b: int, names: list[tuple[int, int]]) -> str:
    """text[a:b] with the names inside replaced by "N" ("WikiText-2" has no score in it)."""
    gap = text[a:b]
    for s, e in names:
        if a <= s and e <= b:
            gap = gap[: s - a] + "N" * (e - s) + gap[e - a :]
    return gap

# a model's size spelled out after a bare number: "with about 5.0 million parameters", "175
# billion parameters": a size (mostly of a named model), never a score of the sentence
_SPELLED_SIZE_COST = re.compile(r"\s+(?:million|billion|M|B)\s+(?:trainable\s+|learnable\s+)?(?:parameters|params)\b")
_COST_MEASURE_NAME = re.compile(r"param|size", re.I)
# an amount compared right after a number: "74% fewer parameters", "3x more tokens"
_AMOUNT_COMPARED = re.compile(r"\s+(?:fewer|less|more)\s+[a-zA-Z]")
# a percentage a verb of scoring gives, then one word the lexicon does not know as a measure
# before where it holds: "achieves 60+% recovery on CATH, TS50 and TS500", "achieved 39.6%
# vIoU and won"
_SCORING_VERB_BEFORE = re.compile(r"\b(?:achiev|obtain|reach|attain)\w*\s+(?:an?\s+|the\s+)?" + _HEDGE + r"$", re.I)
_WORD_AFTER_SCORE = re.compile(
    r"\s*([a-z]{4,}|[a-z]+[A-Z][A-Za-z]*)(?=\s+(?:on|in|across|and|at)\b|\s*[,.;)]|$)"
)
# (comparatives, changes and shares are not measures: "achieves 40% higher", "60% improvement",
# "a 4% advantage", "15% acceleration", "2% degradation"; the nouns of change of _CHANGE_NOUN
# and _CHANGE_STEMS are tested too)
_NOT_WORD_MEASURES = frozenset(
    "more less fewer better worse relative absolute points percent overall average total share "
    "advantage advantages margin margins acceleration degradation decline lift uplift loss losses gap".split()
)
_CHANGE_NOUN_WORD = re.compile(_CHANGE_NOUN + "|" + _CHANGE_STEM, re.I)


def _unknown_measure_after(text: str, q: Quantity, s0: int) -> str | None:
    """The word right after a percentage a verb of scoring gives, when it reads as the measure
    ("achieves 60+% recovery on CATH": "recovery"); None for a comparative, a change or a share."""
    if q.unit != "%" or not _SCORING_VERB_BEFORE.search(text, max(s0, q.start - 30), q.start):
        return None
    m = _WORD_AFTER_SCORE.match(text, q.end)
    if m is None:
        return None
    word = m.group(1)
    if (word.lower() in _NOT_WORD_MEASURES or _CHANGE_NOUN_WORD.fullmatch(word)
            or word.endswith(("er", "est", "ly", "ed", "ing"))):
        return None
    return word


# a change said to be "in size" right after its number: the measure is the size
_IN_SIZE_AFTER = re.compile(r"\s*in\s+size\b")
# "costing 10x less": the verb names the measure of the comparative after the number
_COSTS_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+(?:only\s+|about\s+|nearly\s+|roughly\s+|around\s+|up to\s+|over\s+|~\s*)?$", re.I)
_LESS_AFTER = re.compile(r"\s*(?:less|lower)\b(?!\s+[a-z])|\s*(?:less|lower)\s+(?:than|while|and|but|to)\b")
# a ratio before "acceleration", maybe through one or two modifiers ("3.2x lossless
# acceleration", "a 2.3x end-to-end acceleration over ...")
_X_ACCELERATION = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?accelerations?\b")


# the noun of a gain a few words before "of" and a margin ("improvement across all backbones of
# +2.8%", "gains on every split of 3.1%"); not another "of" or a clause break between them
_GAIN_NOUN_OF = re.compile(
    r"\b(?:improvements?|gains?|boosts?)\s+(?:across|on|in|for|over)\s+(?:(?!of\b)[\w-]+\s+){0,3}?of\s+(?:\+\s*)?\$?$"
)


def _bind_metric(
    text: str, q: Quantity, metrics: list[Cand], s0: int, s1: int, st: DocState, names=()
) -> tuple[str | None, float]:
    m: Any  # (each a match, a str or an offset in turn: typed for compiled builds)
    gap: Any
    clause: Any
    # "5.8x/3.7x faster": the values of a slash list share what follows the last one
    more = _SLASH_VALUES.match(text, q.end)
    after = text[more.end() if more else q.end : min(s1, q.end + 60)]
    if q.unit is None and _GLUED_FPS.match(text, q.end):
        if speed := _SPEED_NAMED_BEFORE.search(text, max(s0, q.start - 50), q.start):
            # "a real-time inference speed of 23.5 FPS": the measure the text names (frames per
            # second its unit), as for any "<measure> of <value>"
            return " ".join(speed.group("measure").lower().split()), 0.9
        return "FPS", 0.9  # "at 22.4fps", "runs at 30 FPS"
    if q.unit is None and _PER_SECOND.match(text, q.end):
        return "throughput", 0.9
    if q.unit is None and (span := _DURATION_AFTER.match(text, q.end)) and _is_time_cost(text, q, span.end(), s0):
        return _time_measure(text, q, metrics, s0), 0.85  # "generates a mesh in 3 seconds"
    if q.unit is None and (span := _BYTES_AFTER.match(text, q.end)):
        named = next((c for c in reversed(metrics) if 0 <= q.start - c.end <= 25 and _BYTES_MEASURE.search(c.name)), None)
        if (named is not None and _SIZE_BEFORE_MEASURE.search(text, max(s0, named.start - 25), named.start)
                and _SIZES_AND.fullmatch(text, named.end, q.start)):
            # "a V100 with 16GB of memory and 8GB of RAM": the measure is the size before's, not this one's
            metrics = [c for c in metrics if c is not named]
            named = None
        if named is None and (measure := _byte_size_measure(text, q, span.end(), s0, st)):
            return measure, 0.8  # "the detector is only 36.9 KB", "with less than 10GB of memory"
        if named is not None and _COST_AFTER_MEASURE.match(text, named.end):
            return named.name, 0.85  # "reduces the memory cost from 65GB to 2GB": not the bare "cost"
    if q.unit in ("%", "x") and _IN_SIZE_AFTER.match(after):
        return "size", 0.85  # "can be pruned by 40%-60% in size with 3% loss in accuracy"
    explicit = _metric_right_after(text, q, metrics, max_gap=30)
    if explicit and explicit[1] < 0.9 and not _AMOUNT_COMPARED.match(after):
        # "FID 1.83 and recall 0.64": a metric written just before wins over one after a gap
        # (not over the thing counted: "at the cost of 74% fewer parameters")
        for c in reversed(metrics):
            if c.end <= q.start:
                if _JUST_BEFORE.fullmatch(text, c.end, q.start):
                    return c.name, 0.88
                break
    if not explicit and (word := _unknown_measure_after(text, q, s0)):
        return word, 0.7  # "achieves 60+% recovery on CATH"
    if explicit:
        m_name, strength = explicit
        # "1.3x speedup in throughput": the measure named after the speed-up word wins
        if name_key(m_name) in _SPEED_WORDS:
            for c in metrics:
                if c.name == m_name and c.start >= q.end:
                    nxt = _metric_right_after_pos(text, c.end, metrics, 25, _METRIC_IN)
                    if nxt:
                        return nxt
                    break
        return explicit
    if q.unit in ("%", "x") and _LESS_AFTER.match(after) and _COSTS_BEFORE.search(text, max(s0, q.start - 30), q.start):
        return "cost", 0.75  # "while costing 10x less", "costs 40% less than GPT-4"
    if q.unit == "x" and _X_ACCELERATION.match(after):
        return "speedup", 0.75  # "3.2x lossless acceleration": the field's name for it
    if q.unit in ("%", "x") and (m := _FEWER_THINGS.match(after)):
        return m.group(1) or m.group(2), 0.75  # "uses 40% fewer tokens", "5x less data"
    lo = max(s0, q.start - 60)
    m = _PROPERTY_CHANGE.match(after) or (
        may_hold(text, lo, q.start, _PROPERTIES) and _PROPERTY_CHANGE_BEFORE.search(text, lo, q.start))
    if m:
        return m.group(1).lower(), 0.75  # "a 2.4% performance drop", "a performance drop of 1.5%"
    if q.unit in ("%", "x") and (m := _THING_REDUCTION.match(after)) and not _QUALIFIER_ONLY.fullmatch(m.group(1)):
        thing = m.group(1)
        head = thing.split()[-1].lower()
        if head in ("model", "models"):
            return "model size", 0.75  # "a twofold model reduction"
        if head not in _NOT_MEASURES:
            return thing, 0.75  # "a 40% token reduction", "a 4x KV cache compression"
    if m := _COMPARATIVE_METRIC_ANY.match(after):
        name = _COMPARATIVE_METRIC[m.lastindex - 1][1]  # (the first pattern of the list that matches)
        # "2x faster in latency": the named metric wins; "the speed is 19% faster"
        nxt = _metric_right_after_pos(text, q.end + m.end(), metrics, 25, _METRIC_IN)
        if nxt:
            return nxt
        before = _metric_tight_before(text, q, metrics)
        if before:
            return before
        if name == "model size":
            # "50% smaller descriptors": the size of the things it names
            things = _SMALLER_THINGS.match(after)
            if things and things.group(1).lower() not in _NOT_SIZED:
                word = things.group(1)
                word = word[:-3] + "y" if word.endswith("ies") else word[:-1]
                return f"{word} size", 0.75
        if name == "efficiency":
            kind = re.search(r"(computational|memory|energy|sample|parameter|data)", m.group(0), re.I)
            name = f"{kind.group(1).lower()} efficiency" if kind else name
        return name, 0.75
    if q.unit in ("%", "x", "points"):
        m = _CHANGE_IN_NP.match(text, q.end)
        if m and m.group(1).split()[-1] not in _NOT_MEASURES:
            return _bare_performance(m.group(1)), 0.6  # "a 10x increase in achievable performance"
        m = _PERFORMANCE_REACHES.search(text, max(s0, q.start - 60), q.start)
        if m:
            return m.group(1), 0.85  # "its performance still reaches only 15%"
        # ("respectively" after the number, from its offsets: not a copy of the sentence's rest)
        if _holds(_respectively(text, st), q.end, s1 - 12) and (m := _PERFORMANCE_OF_NAMES_IS.search(text, max(s0, q.start - 120), q.start)):
            return m.group(1), 0.85  # "The performance of A, B and C is 62%, 58% and 51%, respectively"
    if _score_like(q) and (m := _PERFORMANCE_FROM.search(text, max(s0, q.start - 40), q.start)):
        return m.group(1), 0.85  # "boost the performance from 68.2 to 81.5"
    if q.unit == "%" and _SAVES_BEFORE.search(text, max(s0, q.start - 30), q.start):
        saved = _SAVED_THING.match(text, q.end)
        if saved and saved.group(1).split()[-1] not in _NOT_MEASURES:
            return saved.group(1), 0.85  # "saves 35% of the logic resources", "saves 40% of the tokens"
    if q.unit == "%" and (gap := _SHARE_OF_GAP.match(text, q.end)) and _CLOSES_BEFORE.search(
        text, max(s0, q.start - 40), q.start
    ):
        # "closes 60% of the gap between X and Y", "recovers 80% of the performance gap"
        return (gap.group(1) or "performance").lower() + " gap", 0.85
    if q.unit == "%" and (share := _SHARE_OF_REFERENCE.match(text, q.end)):
        return share.group(1), 0.85  # "retains 90% of the performance", "8.4% of its computational costs"
    if q.unit == "%" and _OF_JUDGEMENTS.match(text, q.end):
        clause = text[_clause_start(text, s0, q.start) : min(s1, q.end + 80)]
        if judged := _PREFERRED_OR_WON.search(clause):
            # "human evaluators prefer FooNet in 68% of the cases", "wins 62% of the pairwise
            # comparisons": the share of judgements it wins (not "80% of the time is wasted")
            return ("win rate" if judged.group(0).lower().startswith("win") else "preference"), 0.85
    if q.unit == "%" and (items := _OF_ITEMS.match(text, q.end)):
        m = _SOLVES_BEFORE.search(text, max(s0, q.start - 70), q.start) or _ITEMS_SOLVED.match(
            text, items.end()
        )
        if m:
            return _SOLVE_RATES.get(m.group(1).lower(), "success rate"), 0.85
    # metric before the number: "accuracy of 79.4%", "BLEU from 14.75 to 15.90"
    cand = None
    for c in metrics:
        # (the gap's length first: blanking keeps it, and blanking every far measure's gap is
        # quadratic in a long sentence)
        if c.end <= q.start and q.start - c.end <= 45 and not _size_before(text, c, s0, names):
            gap = _blank_names(text, c.end, q.start, names)
            if not _SEMI_OR_DIGIT.search(gap):
                if _qualitative(text, c, s0):
                    continue
                cand = c
    if cand is not None:
        gap = text[cand.end : q.start]
        if _TIGHT_BEFORE.match(gap):
            return cand.name, 0.85
        if _ENDS_LIKE_VALUE.search(gap):
            return cand.name, 0.75  # "BLEU score of code summarization from 14.75"
        if _is_count(q) and not (
            _VALUE_WORD_BEFORE.search(gap) or _MEASURE_UNIT_AFTER.match(text, q.end)
        ):
            # "accuracy improvement under 1, 2, 4, 8, and 16 shot", "accuracy on the 12 and
            # 35-command tasks": a whole number with no unit, away from its measure and not
            # introduced as its value, counts a setting (not "the speedup is only about 8",
            # "inference time under 1 ms"; a count out of a total, "8/644", is a score)
            return cand.name, 0.55
        return cand.name, 0.7 if len(gap) <= 25 else 0.55
    lo = max(s0, q.start - 110)
    if _score_like(q) and may_hold(text, lo, q.start, ("from",)) and _SOTA_ON_FROM.search(text, lo, q.start):
        # "improve the state of the art on LAMBADA from 7.3% to 49%", "boosts the performance
        # on GSM8K from 68.2% to 81.5%": the start of a change in a score no measure names
        return "performance", 0.75
    m = _SCORE_BEFORE.search(text, max(s0, q.start - 40), q.start)
    if m and (_score_like(q) or _POINTS_AFTER.match(text, q.end)):
        # "obtains a score of 66.2%", "the best model only scoring 58.1%", "with scores up
        # to 60%": no measure named but the score itself (its modifier kept: "final score")
        word = m.group("noun") or m.group("plural") or "score"
        return ((m.group("mod") or "") + word).lower(), 0.85
    math_open = q.start - (text[q.start - 1 : q.start] == "$")  # "by $2.5\times$"
    if q.unit in ("%", "x") and _SPEEDS_UP_BY.search(text, max(s0, q.start - 60), math_open):
        return "speed", 0.75  # "speeds up inference by 2.5x", "accelerates decoding by up to 3x"
    if q.unit in ("%", "x") and (second := _SECOND_BY.search(text, max(s0, q.start - 70), math_open)):
        # "speeds up training by 3.1x and inference by 2.4x": a second object of the verb
        # (not of another verb: "and reduces memory by 30%")
        clause = _clause_start(text, s0, q.start)
        if not _CHANGE_WORD.search(second.group(1)) and _SPEEDS_UP_BY.search(
            text, clause, text.rfind(" by ", clause, second.start()) + 4
        ):
            return "speed", 0.7
    if q.unit in ("%", "x", "points"):
        m = _VERB_NP_BY.search(text, max(s0, q.start - 100), q.start)
        if m is None and not _verb_np_by_in_clause(text, _clause_start(text, s0, q.start), q.start):
            m = _AND_NP_BY.search(text, max(s0, q.start - 70), q.start)
            if m and not _CHANGE_VERB.search(text, _clause_start(text, s0, q.start), m.start()):
                m = None
        if m and m.group(1).split()[-1] in _COUNT_HEADS and " of " in text[m.end(1) : m.end()]:
            # (up to the "by" of the margin, whatever space stands before it: a line break too)
            counted = _BY_WORD.split(text[m.start(1) : m.end()], maxsplit=1)[0]
            return " ".join(counted.split()), 0.6  # "reduces the number of generated tokens by 40%"
        if m and m.group(1).split()[-1] not in _NOT_MEASURES:
            return _bare_performance(m.group(1)), 0.6  # "improves the survival probability by 12%"
        near = None
        dist = 10**9
        for c in metrics:
            if _qualitative(text, c, s0):
                continue  # "92.4% mIoU ... with fewer parameters": that measure has no number
            if _size_before(text, c, s0, names):
                continue  # "StarCoder+ (15.5B parameters) ... by 38%": a size has its number
            if _has_own_compared_number(text, c, q) or _cost_of_side_condition(text, c, q):
                continue  # "achieves 87.4%, outperforming X with 51% fewer FLOPs": FLOPs has its number
            d = abs(c.start - q.start)
            if d < dist:
                near, dist = c, d
        if near is not None:
            return near.name, 0.45
        lo = max(s0, q.start - 30)
        hedge = _HEDGE_BEFORE.search(text, lo, q.start)
        # "more than 90% dense layers", "(even over 95%) of ... functionalities": a hedge is
        # no comparison
        if (
            _GENERIC_GAIN.match(after)
            or _RELATIVE_CUE.search(text, lo, hedge.start() if hedge else q.start)
            or _within_of(text, q, s0)
        ):
            return "performance", 0.35
        # "surpass their respective backbones by up to 9.8%": a margin after a verb of
        # comparison earlier in the clause
        if _by_before(text, max(s0, q.start - 20), q.start) and _COMPARE_VERB.search(
            text, _clause_start(text, s0, q.start), q.start
        ):
            return "performance", 0.35
        # "an improvement across all backbones of +2.8%": the noun of a gain, a few words, then
        # "of" right before the margin (the words between say where, not what is measured)
        if _GAIN_NOUN_OF.search(text, max(s0, q.start - 60), q.start):
            return "performance", 0.35
    if (
        q.unit is None
        and ("." in q.text or q.text[:1] == "+")
        and _BARE_GAIN_NOUN.match(text, q.end)
        and not (_SET_TO_BEFORE.search(text, max(s0, q.start - 11), q.start) and _GAIN_VERB_AFTER.match(text, q.end))
    ):
        # "a 2.4 improvement over the current best model", "18.8 improvement on ReferItGame":
        # a decimal written as a gain is one on the measure named before it or introduced after
        # it ("w.r.t ROUGE-1"), the unit left unsaid; not one of a later clause ("..., while
        # reducing the training parameters by 97.6")
        named = [
            c for c in metrics
            if c.end <= q.start or (c.start - q.end < 80 and _MEASURE_INTRO.search(text, max(q.end, c.start - 25), c.start))
        ]
        return _sentence_measure(text, named), 0.6
    if q.unit is None and "." in q.text and (_VERSUS_AFTER.match(after) or _VERSUS_BEFORE.search(text, max(s0, q.start - 12), q.start)):
        open_at = _bracket_open(text, q)
        if open_at >= 0:
            # "outperforms Llama-2-70B (45.1 vs. 43.2) on MATH", "by a large margin (0.147 vs
            # 0.189 in the AbsRel error)": two scores set side by side in a bracket, on the
            # measure named inside it or before it (a percentage pair is read by the cues)
            close = text.find(")", q.end, s1)
            inside = [c for c in metrics if open_at < c.start and (close < 0 or c.end <= close)]
            # (a measure or gain of the bracket's own clause: not "improves robustness; we
            # test two quill modes (0.1 vs. 0.3)")
            lo = _clause_start(text, s0, open_at)
            named = inside or [c for c in metrics if lo <= c.start and c.end <= open_at]
            # (not a setting's two values, "two learning rates (0.001 vs. 0.01)", "compared at two
            # scales (0.5 vs. 1.0)": a measure named or a gain before the bracket, and no setting
            # right before it unless that is a measure, "error rates (0.12 vs. 0.15)")
            setting = _SETTING_BEFORE_BRACKET.search(text, max(s0, open_at - 30), open_at) and not any(
                open_at - 2 <= c.end <= open_at for c in metrics
            )
            if not setting and (named or _PAIR_GAIN_CUE.search(text, lo, open_at)):
                return _sentence_measure(text, named), 0.6
    return None, 0.0


_SETTING_BEFORE_BRACKET = re.compile(
    r"\b(?:rates?|scales?|sizes?|ratios?|thresholds?|temperatures?|settings?|values?|probabilit(?:y|ies)|"
    r"coefficients?|factors?|levels?|budgets?|ranks?|depths?|widths?)\s*$", re.I
)


# a share of a reference's performance or cost is a result (relative to the reference):
# "retains 90% of the performance", "93.1% of the performance of supervised approaches",
# "with only 8.4% of its computational costs", "with only 2% of the original CapsNet
# parameters" (not "with 10% of the training data": the
# setting of a data-efficiency test); the head noun, after at most three modifiers, is the measure
_SHARE_OF_REFERENCE = re.compile(
    r"\s*of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(performance|computational costs?|computation(?:al)? budget|compute|computation|training time|training costs?|"
    # "while retaining 98.5% of the original accuracy"
    r"parameters|params|FLOPs|accuracy|quality|capabilities)\b(?!\s+(?:is|are|was|were)\b)",
)
# "89% of mean accuracy", "93.6% of accuracy": the score itself, not a share of another's
_SCORE_OF_MEASURE = re.compile(r"\s*of\s+(?:(?:mean|average|overall|top-\d|test|classification)\s+)?accuracy\b")
# a score compared with another right after it: "81.4% compared with 80.5%", "0.87 against 0.81"
_COMPARED_SCORE_AFTER = re.compile(r"\s*(?:\\?%)?\s*\(?(?:compared\s+(?:with|to)|against)\s+(?:only\s+)?\$?\d")


def _share_of_reference(text: str, q: Quantity) -> bool:
    """Whether the percentage ``q`` is a share of a reference's measure ("retains 98% of the
    original accuracy", "at 40% of the compute"), not the score itself ("89% of mean accuracy")."""
    return _SHARE_OF_REFERENCE.match(text, q.end) is not None and _SCORE_OF_MEASURE.match(text, q.end) is None


# A cost (parameters, FLOPs, MACs, memory, latency, time, model size) given as a percentage
# is a share of another model's cost, never the cost itself: "reaches 86.5% while using only
# 11% parameters", "needs only 38% FLOPs of X", "its MACs are only 5% of X" are ratios (as "3x
# fewer parameters" is), not a model with 11% parameters; an absolute cost is a count ("9M
# parameters", "2.4 GFLOPs").
_COST_SHARE_HEADS = frozenset(
    "parameters params parameter flops gflops macs gmacs memory latency time compute cost costs size".split()
)
_LAST_WORD = re.compile(r"[A-Za-z]+(?=[^A-Za-z]*$)")


def _cost_share(metric: str | None, unit: str | None) -> bool:
    """Whether a number in ``unit`` of the measure ``metric`` is a share of another's cost."""
    if unit != "%" or not metric:
        return False
    last = _LAST_WORD.search(metric)
    return last is not None and last.group().lower() in _COST_SHARE_HEADS


# "saves 35% of the logic resources", "save up to 60% of annotation efforts": what is saved
# (at most three words, up to a preposition or the clause's end) is the measure of the cost cut
_SAVES_BEFORE = re.compile(
    r"\bsav(?:e|es|ed|ing)\s+" + MARGIN_HEDGE + "$", re.I
)
_SAVED_THING = re.compile(
    r"\s*of\s+(?:the\s+|its\s+|their\s+|our\s+)?((?:(?!compared\b)" + _THING_MODIFIER + r"){0,2}(?!compared\b)[A-Za-z][\w-]*)"
    r"(?=\s*(?:[,.;)]|$|(?:on|in|of|for|to|at|by|with|than|and|or|while|compared|when|without)\b))"
)
_HEDGE_BEFORE = re.compile(_word_start([r"more\s+than", r"less\s+than", r"fewer\s+than", "over"]) + r"\s*(?:~\s*)?$")
_SMALLER_THINGS = re.compile(r"^\s*(?:smaller|more compact)\s+([a-z][a-z-]*[a-rt-z]s)\b")
_NOT_SIZED = {
    "models",
    "networks",
    "architectures",
    "variants",
    "versions",
    "ones",
    "llms",
    "lms",
    "backbones",
    "students",
    "teachers",
    "baselines",
    "methods",
    "systems",
}
# a word that ends the noun phrase of a measure
_NP_END = r"(?:over|than|and|or|on|in|for|with|compared|at|by|of|while|across|to|from|the|when)\b"
# "a 10x increase in achievable performance over ...": the phrase after "increase in"
_CHANGE_IN_NP = re.compile(
    r"\s*" + _QUALIFIER + _CHANGE_NOUN + r"\s+in\s+(?:the\s+|its\s+|their\s+)?"
    rf"((?:(?!{_NP_END})[a-z][a-z-]*\s+){{0,2}}(?!{_NP_END})[a-z][a-z-]*)(?=\s*[,.;)]|\s+{_NP_END}|$)"
)
# a property that is the subject of the number: "its performance level still reaches only
# 15%", "performance drops by 20%" (general words that name no measure without a number)
_PERFORMANCE_REACHES = re.compile(
    r"\b(performance|quality|efficiency|robustness|generali[sz]ation)(?:\s+levels?)?\s+"
    r"(?:still\s+|only\s+|significantly\s+|substantially\s+|further\s+)?(?:reach\w*|drop\w*|"
    r"decreas\w*|increas\w*|improv\w*|degrad\w*|falls?|fell|rises?|rose|is|was)\s+"
    r"(?:by\s+)?" + _HEDGE + "$"
)
# "the performance of A, B, and C is" before a list of values given "respectively": the
# measure of each (the names own them by position); not a named measure's head noun ("the F1
# scores of A and B are"), nor across a value or a second clause ("the performance of A drops
# from 62.4% to 38%, while the accuracy of B and C is")
_PERFORMANCE_OF_NAMES_IS = re.compile(
    r"\b(?:the|their|its)\s+(performance|scores?)\s+of\s+(?:(?!while\b|whereas\b)[^.;:%]|\.(?=\d)){1,90}?"
    r"\s(?:is|are|was|were)\s+" + _HEDGE + "$",
    re.I,
)
_PERFORMANCE_FROM = re.compile(
    r"\b(performance|quality|efficiency|robustness|generali[sz]ation)\s+from\s*(?:~\s*)?$"
)
# the state of the art or the performance on a benchmark (and a setting) before "from": "the
# state of the art on CIFAR-10 with 4000 labels from", "the performance on GSM8K from"; as the
# object of a verb of change ("improves", "boosts"), else the range is a setting's ("we study
# the performance on CIFAR-10 with noise ratios from 20% to 80%")
_SOTA_ON_FROM = re.compile(
    # (\b(?:{_CHANGE_STEM}|advanc\w*|push\w*|lift\w*) under IGNORECASE: see _word_start)
    _word_start([*_CHANGE_WORDS, r"advanc\w*", r"push\w*", r"lift\w*"])
    + r"(?i:\s+(?:the\s+|its\s+|their\s+)?"
    # (a possessive or modifiers first: "improves Llama-2's zero-shot performance on")
    r"(?:[\w-]+'s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:performance|state[- ]of[- ]the[- ]art|SOTA)(?:\s+(?:results?|performance))?"
    r"\s+(?:(?:on|in|for)\s+(?:the\s+)?(?:[^\s.,;:()%]+\s+){1,5}?(?:with\s+(?:[^\s.,;:()]+\s+){1,3}?)?)?"
    r"from\s*(?:~\s*)?)$"
)
# "STP proves 26.3% of the statements", "CodeMonkeys resolves 57.4% of issues", "solving up
# to 18% of 397 test problems": the share of the items a system gets right is its solve,
# resolve or pass rate (named after the verb, as the field does) or its success rate
# (or what it makes for them: "synthesize solutions to 59.6 percent of the problems",
# "create counterexamples for only <9% of incorrect solutions")
_SOLVES_BEFORE = re.compile(
    r"\b(solv|resolv|pass|prov|complet|fix|answer|succeed|generat|creat|synthesi[sz]|produc|repair)"
    r"(?:e|es|ed|ing|s)?\s+(?:correctly\s+)?(?:(?:[\w-]+\s+){0,3}?(?:to|for|in|on)\s+)?"
    + _HEDGE + r"(?:<\s*)?$",
    re.I,
)
_OF_ITEMS = re.compile(
    r"\s*of\s+(?:the\s+|these\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:problems|issues|tasks|questions|statements|theorems|instances|puzzles|bugs|test cases|"
    r"challenges|exercises|goals|queries|scenarios|attempts|solutions|set)\b",
    re.I,
)
# "24% of the tasks can be completed autonomously": the verb of solving after the items
_ITEMS_SOLVED = re.compile(
    r"\s*(?:(?:can|could)\s+)?(?:be|are|were|is|was)\s+(?:successfully\s+|correctly\s+|fully\s+|"
    r"autonomously\s+)?(solv|resolv|complet|pass|prov|fix|answer)(?:ed|en)\b",
    re.I,
)
# "solving only 16.3% of the end-to-end set, and 46.1% of the scenarios": a second share
# of items coordinated with the first
_ITEMS_CHAIN = re.compile(r"^\s*of\s[^;.]{0,60}?,?\s*and\s*$")
# a share of a gap that a method closes: "closes 60% of the (performance) gap"
_SHARE_OF_GAP = re.compile(r"\s+of\s+(?:the\s+|this\s+|that\s+)?(?:([a-z]+)\s+)?gap\b", re.I)
_CLOSES_BEFORE = re.compile(
    r"\b(?:clos|bridg|recover|narrow|eliminat)\w*\s+" + _HEDGE + r"$", re.I
)
# the judgements a share counts: "in 68% of the cases", "68% of the time", "62% of comparisons"
_OF_JUDGEMENTS = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:time|cases|(?:pairwise\s+|head-to-head\s+|human\s+)?comparisons|"
    r"matchups|battles|judgements|judgments|votes)\b(?!\s+(?:is|was|are|were)\b)",
    re.I,
)
_PREFERRED_OR_WON = re.compile(r"\b(?:prefer\w*|wins?|winning|won)\b", re.I)
_SOLVE_RATES = {"solv": "solve rate", "resolv": "resolve rate", "pass": "pass rate"}
# measures a result is given for what its sentence does, not for a word it writes: the score no
# measure names ("performance"), a share of items solved ("solves 18% of the problems": solve
# rate; "proves 26.3% of the statements": success rate), a score given by the verb ("scoring
# 58.1%"). kg.extract.convert lists such a measure among the paper's metrics only where the text
# writes it: the readable gold lists none of the 6 unwritten share and "scoring" measures.
IMPLIED_MEASURES = frozenset(("performance", "score", "success rate", *_SOLVE_RATES.values()))
# the word "score" just before a number whose measure is not named: "a score of",
# "a micro-averaged score of", "with scores up to", "scoring"
_SCORE_BEFORE = re.compile(
    r"(?:\b(?:an?|the|its|their|our)\s+(?P<mod>[\w]+-[\w-]+\s+|(?:final|overall|average|mean|"
    r"total|aggregate)\s+)?(?P<noun>scores?)\s+of|\bwith\s+(?P<plural>scores)|\bscor(?:es|ed|ing))\s+"
    + _HEDGE + "$",
    re.I,
)
_POINTS_AFTER = re.compile(r"\s+points\b")
_CHANGE_VERB = re.compile(rf"\b{_CHANGE_STEM}\s[^;]*\bby\b", re.I)
# (or of falling behind: "models lag behind humans by 30.5%", "trails GPT-4 by 3 points")
_COMPARE_VERB = re.compile(
    # (\b(?:{_SURPASS_WORD}|...) under IGNORECASE, as one class of first letters: see _word_start)
    _word_start([r"outperform\w*", r"surpass\w*", r"exceed\w*", r"beat\w*", r"improv\w*", r"boost\w*",
                 r"enhanc\w*", r"underperform\w*", "lag(?:s|ged|ging)?", "trail(?:s|ed|ing)?",
                 r"f[ae]ll(?:s|ing)?\s+(?:short|behind)"])
    + r"\b[^;]*$"
)


def _is_time_cost(text: str, q: Quantity, unit_end: int, s0: int) -> bool:
    """Whether a number followed by a time unit is the time something takes (not a setting)."""
    if _TIME_COMPARATIVE.match(text, unit_end) or _PER_ITEM.match(text, unit_end):
        return True  # "a 12 ms faster replacement", "0.12 seconds per frame"
    before = text[max(s0, q.start - 30) : q.start]
    m = _TIME_COST_BEFORE.search(before)
    if m and m.group(1).lower() != "to":
        return True
    if m and "from " in text[max(s0, q.start - 50) : q.start]:
        return True  # "from 3 days to just 76 minutes" (not "(10 minutes to 10 hours)" of data)
    # "(5 hours instead of 32)": the value before "instead of" too
    return text.startswith(" instead of", unit_end)


_SPACE_RUN = re.compile(r"\s+")


def _verb_np_by_in_clause(text: str, lo: int, end: int) -> bool:
    """``_VERB_NP_BY.search(text, lo, end)`` found a match (one that ends at ``end``: the
    regex ends with "$"). A match holds at most _VERB_NP_BY_SPACES runs of white space, so it
    starts after the run that many runs back from ``end``: the search starts there, not at
    the clause start (a clause of thousands of numbers, each searched from the clause start,
    is quadratic in its length)."""
    if end - lo > 2000:  # (a shorter clause is searched faster than its runs are read)
        lo = max(lo, _space_run_back(text, lo, end, _VERB_NP_BY_SPACES + 1))
    return _VERB_NP_BY.search(text, lo, end) is not None


def _space_run_back(text: str, lo: int, end: int, n: int) -> int:
    """Where the ``n``-th last run of white space before ``end`` starts, or ``lo`` if fewer
    runs start after ``lo`` (a run cut by ``lo`` counts from ``lo``: what lies between is
    white space). Read in widening windows back from ``end``: a cost in what it skips."""
    width = 256
    while True:
        start = max(lo, end - width)
        runs = [m.start() for m in _SPACE_RUN.finditer(text, start, end)]
        if len(runs) >= n:
            return runs[-n]
        if start == lo:
            return lo
        width *= 4


def _time_measure(text: str, q: Quantity, metrics: list[Cand], s0: int) -> str:
    """The time measure the sentence names before the number ("training time"), or "time"."""
    for c in reversed(metrics):
        if s0 <= c.end <= q.start and _TIME_MEASURE.search(c.name):
            return c.name
    return "time"


def _clause_start(text: str, s0: int, pos: int) -> int:
    """Where the clause of ``pos`` starts: after the last ";" or ":" before it."""
    return max(s0, text.rfind(";", s0, pos) + 1, text.rfind(":", s0, pos) + 1)


_ENUMERATOR = re.compile(r"\((?:\d|[ivx]{1,4}|[a-h])\)\s", re.I)


def _item_start(text: str, st: DocState, s0: int, pos: int) -> int:
    """Where the clause or enumerated item ("(4) ...") of ``pos`` starts."""
    start = _clause_start(text, s0, pos)
    # (the last enumerator that ends by ``pos``, from the document's, found once: a scan from
    # the clause start per number is quadratic; enumerators cannot overlap, so those of the
    # whole text are those of any span)
    starts, ends = st.once("enumerators", lambda: _spans_of(_ENUMERATOR, text))
    k = bisect.bisect_right(ends, pos)
    return starts[k - 1] if k and starts[k - 1] >= start else start


def _spans_of(rx: re.Pattern, text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the matches of ``rx`` in ``text``."""
    found = [m.span() for m in rx.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


# a size written before a measure word: "15.5B parameters", "2B activated parameters",
# "1 Trillion parameters": that measure has its own number
_SIZE_BEFORE = re.compile(
    r"\d(?:[BMKGT]|\s*(?i:billion|million|trillion|thousand))\s+(?:[a-z]+\s+)?$"
)


def _size_before(text: str, c: Cand, s0: int, names) -> bool:
    """Whether a size is written just before the measure ``c`` (:data:`_SIZE_BEFORE`), not the
    digits that end a benchmark's or a model's name: "a GSM8K accuracy of 79.6%", "an
    ImageNet-1K top-1 accuracy of 84.2%" are scores of that measure (``names``: the spans of
    the sentence's names)."""
    m = _SIZE_BEFORE.search(text, max(s0, c.start - 30), c.start)
    return m is not None and not any(a <= m.start() < b for a, b in names)
# a measure written after its own number and a comparative: "51% fewer FLOPs", "2x lower latency"
_OWN_COMPARED_NUMBER = re.compile(
    r"\d[\d.,]*\s*(?:%|\\%|x|×|times)?\s+(?:(?:fewer|less|lower|smaller|higher|more|larger)|"
    r"(?P<change>(?:reduction|decrease|increase|saving|cut)s?)\s+(?:in|of|on)(?:\s+the)?)\s+(?:[a-z][\w-]*\s+)?$"
)  # ("with 28% reduction in FLOPs" too; not all of _CHANGE_NOUN: "by 7.3%, ... an 18.9% improvement
# in top-1 accuracy" is a gain in the margin's own measure)


# a cost measure with its own number in a side condition after a margin: "surpasses X by
# 8.8% on average, using merely 23% trainable parameters", "..., while requiring 40% of the
# memory"
# (the opening is "," / ";" or the words using / while / with / requiring, factored by their
# first letter so that the regex starts with a character class: a comma or semicolon stands
# alone, a letter must be a word's first and continue into one of the words; the cost may
# follow "of (the)": "requiring 40% of the memory")
_SIDE_CONDITION_NUMBER = re.compile(
    r"[,;uwr](?:(?<=[,;])|(?<!\w[uwr])(?:(?<=u)sing|(?<=w)(?:hile|ith)|(?<=r)equiring)\b)"
    r"[^,;()]{0,60}?\d(?:[\d.,]*\d)?\s*(?:%|\\%|x|×|times)?\s*(?:of\s+(?:the\s+)?)?(?:[a-z-]+\s+)?$"
)
_COST_HEADS = frozenset(
    "parameters params parameter flops macs memory latency time data tokens compute cost costs size".split()
)


def _cost_of_side_condition(text: str, c: Cand, q: Quantity) -> bool:
    """Whether the measure ``c``, named after ``q``, is a cost with its own number in a side
    condition ("using merely 23% trainable parameters"): no measure of ``q``. (A score's
    measure after a second number stays a candidate: "improvements of 2.8% ... to achieve a
    35.2 BLEU score".)"""
    if c.name.lower().rsplit(None, 1)[-1] not in _COST_HEADS:
        return False
    return _SIDE_CONDITION_NUMBER.search(text, q.end, c.start) is not None


def _has_own_compared_number(text: str, c: Cand, q: Quantity | None = None) -> bool:
    """Whether the measure ``c`` is written after a number of its own and a comparative
    ("51% fewer FLOPs"), a number other than ``q``; with no ``q`` (the sentence's measure),
    a change of its own does not count: "reaches 80.1%, a 2.3% increase in top-1 accuracy"
    names the measure of the score too."""
    own = _OWN_COMPARED_NUMBER.search(text, max(0, c.start - 30), c.start)
    if own is None or (q is None and own.group("change")):
        return False
    return not (q is not None and own.start() < q.end and q.start < own.end())


# a modifier of a coordinated measure: no article or pronoun ("and an inference time of 12 ms")
# and no verb in -s ("and boosts mIoU by 4.2 points": a new clause, not a second condition)
_COORDINATED_MODIFIER = r"(?!(?:an?|the|its|their|our)\b|\w*[^\Ws]s\b)[\w-]+"
# the words that call an amount small: a cost said to be small is a side condition, not the
# measure of a number (also components' filter of weak costs: "with minimal overhead")
SMALL_AMOUNT = (
    r"(?:small|slight|modest|moderate|negligible|marginal|minor|minimal|little|no|barely any|hardly any|almost no)"
)
# a measure named with no number of its own, only as a side condition: "with fewer
# parameters", "with a small to moderate increase in FLOPs", "with barely any extra
# computational cost", "with a negligible increase in the number of parameters"
_QUALITATIVE_BEFORE = re.compile(
    r"\b(?:with|at)\s+(?:(?:a|an|only|just|very|much|far|even)\s+)*(?:fewer|less|lower|smaller|"
    + SMALL_AMOUNT + r"(?:\s+to\s+moderate)?(?:\s+(?:extra|additional|increases?|overhead|costs?|in|of|for|"
    r"the|number))*)(?:\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+(?:and|or)(?:\s+" + _COORDINATED_MODIFIER + r")?)?\s+$",
    re.I,
)  # (and the measure coordinated with it: "... increase in FLOPs and model parameters")
_QUALITATIVE_REACH = 60  # (how far before the measure its side condition may start)
# (but a measure with a change or a value of its own is quantified: "with a minor accuracy drop
# of 2.92%", "with only a negligible FID increase from 1.95 to 1.98", "with a small memory
# footprint of 2.1 GB", "with small latency (12 ms)", "with no accuracy loss (76.1% vs. 76.2%)")
_OWN_CHANGE = r"(?:\s+(?:" + _CHANGE_NOUN + r"|loss(?:es)?|degradations?))"  # (a loss: "accuracy loss")
OWN_VALUE_AFTER = re.compile(
    _OWN_CHANGE + r"\s+(?:of|by|from|is|was)\b"
    r"|" + _OWN_CHANGE + r"?\s*(?:of|:|=|\()\s*(?:only\s+|about\s+|~\s*)?[$<]?\d"
)


def _qualitative(text: str, c: Cand, lo: int) -> bool:
    """Whether the measure ``c`` is named only as a side condition, with no number
    ("with fewer parameters", "with a negligible increase in FLOPs")."""
    return (
        _QUALITATIVE_BEFORE.search(text, max(lo, c.start - _QUALITATIVE_REACH), c.start) is not None
        and not OWN_VALUE_AFTER.match(text, c.end)
    )
_SPEED_WORDS = {"speedup", "speed up", "speedups", "speed"}
# a word that introduces a value, then hedges: "is only about", "by more than", "of factor"
_VALUE_WORD_BEFORE = re.compile(
    r"\b(?:by|is|was|are|were|of|to|reach\w*|achiev\w*|at|over|around|about|than|factor)\s+"
    r"(?:(?:only|just|about|around|approximately|nearly|over|up to|more than|less than|roughly|"
    r"an average of|factor)\s+)*$",
    re.I,
)
_MEASURE_UNIT_AFTER = re.compile(r"\s?(?:ms|mm|cm|dB|s|Hz|FPS|fps|GB|MB|K)\b")
_ENDS_LIKE_VALUE = re.compile(r"\b(?:from|of|is|was|are|to|reaches|reaching|at)\s*(?:~\s*)?$", re.I)


def _metric_tight_before(text, q, metrics):
    for c in reversed(metrics):
        if c.end <= q.start:
            gap = text[c.end : q.start]
            if (
                len(gap) <= 30
                and not re.search(r"[;,]|\d|\band\b", gap)  # "parameters and is 3x faster"
                and re.search(r"\b(?:is|are|was|were|becomes?|by)\s*$", gap)
            ):
                return c.name, 0.8
            return None
    return None


_AFTER_GAP = re.compile(
    r"^\s*(?:\)|\$|\}|\\%)?\s*(?:(?:higher|lower|better|worse|more|less|relative|absolute|average|"
    r"avg\.?|overall|mean|improvement|improvements|gain|gains|increase|decrease|reduction|"
    r"drop|boost|in|on|of|terms|the|top-1|zero-shot|few-shot|points?|pts|reduced|increased|"
    # ("models with twice as many parameters": the amount of a ratio)
    r"improved|lower|fewer|faster|smaller|mm|ms|fps|dB|as\s+(?:many|much))\s+){0,4}$",
    re.I,
)


# "a 2x reduction in end-to-end response latency": modifiers of the measure after "in"
_CHANGE_IN_GAP = re.compile(
    r"^\s*(?:\)|\$|\}|\\%)?\s*" + _QUALIFIER + _CHANGE_NOUN + r"\s+in\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}$",
    re.I,
)


# a plural noun after a measure word that it modifies: "798,090 human preference choices"
_COUNTED_AFTER = re.compile(r"\s+(?!(?:points|scores|gains|improvements|rates|errors)\b)[a-z]+s\b")


def _metric_right_after(text, q, metrics, max_gap):
    if q.unit is None and "." not in q.text:
        # "798,090 human preference choices": a whole number of things the measure word
        # qualifies is a count, not a score
        c = next((c for c in metrics if q.end < c.start <= q.end + 2), None)
        if c is not None and _COUNTED_AFTER.match(text, c.end):
            return None
    return _metric_right_after_pos(text, q.end, metrics, max_gap, _AFTER_GAP) or _metric_right_after_pos(
        text, q.end, metrics, max_gap + 20, _CHANGE_IN_GAP
    )


def _metric_right_after_pos(text, pos, metrics, max_gap, gap_rx):
    for c in metrics:
        if c.start >= pos and c.start - pos <= max_gap:
            gap = text[pos : c.start]
            if gap_rx.match(gap):
                # "37.5 in terms of BLEU": as explicit as "37.5 BLEU"
                return c.name, 0.9 if len(gap.strip()) == 0 or gap.strip() == "in terms of" else 0.86
    return None


def _sentence_kinds(text: str, sent_mentions: list[Cand]) -> tuple[list, list[Cand], list[Cand]]:
    """What :func:`_build` reads of a sentence's names, the same for each of its numbers: the
    spans of its measures (not measures of change), its methods, its datasets (not those
    a model is pretrained on)."""
    # the words of a measure's name are no cue: "intersection-over-union score of 79.1%"
    # (but a measure of change is one: "a speedup of 212")
    measures = [(c.start, c.end) for c in sent_mentions if c.label == METRIC and not _CHANGE_MEASURE.search(c.name)]
    # (a model that judges a score is part of the measure, unless it is the paper's own)
    methods = [c for c in sent_mentions
               if c.label == METHOD and (c.proposed or not _JUDGE_OF_MEASURE.match(text, c.end))]  # fmt: skip
    datasets = [c for c in sent_mentions if c.label == DATASET and not _pretrained_on(text, c)]
    return measures, methods, datasets


# a model named as the judge of a score is part of the measure, not what is scored: "a GPT-4
# score of 8.2", "the GPT-4 judge score", "a GPT-4o-judged win rate", "the Zorb-as-a-judge rating"
_JUDGE_OF_MEASURE = re.compile(
    r"(?:-judged|[- ]as[- ](?:an?[- ])?judge|\s+judge(?:d|s)?)?\s+(?:[a-z]+[- ]){0,2}?"
    r"(?:scores?|win[- ]rates?|ratings?|preferences?)\b"
    # (not the verb: "GPT-4 scores 71.2%", "GPT-4 scores only 40.1%")
    r"(?!\s+(?:only\s+|just\s+|about\s+|up\s+to\s+|over\s+|nearly\s+)?[-+$\\\d])"
)
# ... written so that the model can only be the judge, for the list of the paper's methods: a
# judge cue ("the GPT-4o judge score", "a Zorb-as-a-judge rating"), or a model's name with a
# version number right before the score noun ("a GPT-4 score of 8.2"); not "SVM scores" or
# "adversarial training and denoising score matching", which _JUDGE_OF_MEASURE also takes
_JUDGE_CUE = re.compile(r"(?:-judged|[- ]as[- ](?:an?[- ])?judge|\s+judge[ds]?)\s+(?:[a-z]+[- ]){0,2}?"
                        r"(?:scores?|win[- ]rates?|ratings?|preferences?)\b")
_SCORE_NOUN_AFTER = re.compile(r"\s+(?:score\s+of|win[- ]rates?\s+of|ratings?\s+of)\b")  # (not "BM25 scores")


def judge_only(text: str, spans) -> bool:
    """Whether every one of a model's ``spans`` names it as the judge of a score ("a GPT-4
    score of 8.2", "the GPT-4o judge score"): a model the paper only judges with is none of its
    methods.

    >>> t = "ZorbNet reaches a GPT-4 score of 8.2, while GPT-4 scores 7.1 and SVM scores 6.2."
    >>> judge_only(t, [(18, 23)]), judge_only(t, [(18, 23), (44, 49)]), judge_only(t, [(65, 68)])
    (True, False, False)
    """
    return bool(spans) and all(
        _JUDGE_OF_MEASURE.match(text, end)
        and (_JUDGE_CUE.match(text, end) or (any(map(str.isdigit, text[start:end])) and _SCORE_NOUN_AFTER.match(text, end)))
        for start, end in spans
    )


# A slash pair of scores on a slash pair of splits: "WER of 2.1%/4.3% ... on test/testother", "4.2%/8.6%
# on the clean/noisy LibriSpeech test sets": the first value is the clean split's, the second the other's
# (each a board of its own: the bare benchmark's board mixed them); only for a benchmark the lexicon
# lists with the split (_build)
_SPLIT_PAIR = re.compile(r"\btest(?:-clean)?\s*/\s*test-?other\b|(?<!dev[ -])\bclean\s*/\s*(?:noisy|other)\b", re.I)
_SLASH_AFTER = re.compile(r"\s*(?:\\?%)?\s*/\s*\d")
_SLASH_BEFORE = re.compile(r"\d\s*(?:\\?%)?\s*/\s*$")
# a slash pair of words ("test/testother", "dev-clean/dev-other", "clean/noisy")
_WORD_SLASH_PAIR = re.compile(r"[A-Za-z][\w-]*\s*/\s*[A-Za-z][\w-]*")


def _slashed_split(text: str, q: Quantity, s0: int, s1: int) -> str | None:
    """The split of _SPLIT_PAIR that ``q``, one of a slash pair of values, is on; None if it is none.
    The values' slash pair of words is the first after them, else the last before them ("On
    test/testother, ... 2.1%/4.3%"), and must be the split pair: "1.9%/3.9% on dev-clean/dev-other
    and 2.0%/4.1% on test-clean/test-other" gives the test splits to the second pair only."""
    if "/" not in text[max(s0, q.start - 3) : q.end + 3]:
        return None
    words = next(_WORD_SLASH_PAIR.finditer(text, q.end, s1), None)
    words = words or next(reversed(list(_WORD_SLASH_PAIR.finditer(text, s0, q.start))), None)
    if words is None or not _SPLIT_PAIR.search(text, words.start(), words.end()):
        return None
    if _SLASH_AFTER.match(text, q.end) and not _SLASH_BEFORE.search(text, max(s0, q.start - 12), q.start):
        return "test-clean"
    if _SLASH_BEFORE.search(text, max(s0, q.start - 12), q.start) and not _SLASH_AFTER.match(text, q.end):
        return "test-other"
    return None


# a gain written after "with" of a verb of improving upon or over a baseline: "our method improves
# upon the X baseline with 1.9% AP and 5.5% AP" (names blanked: _blank_names); not without the
# baseline: "improves semantic segmentation with 52.1 mIoU", "improves on ImageNet with 81.2%" are scores
_GAIN_WITH_BEFORE = re.compile(r"\b(?:improv|boost)\w*\s+(?:upon|over)\s+(?:[\w-]+\s+){0,3}?with\s+(?:an?\s+)?$", re.I)


def _gain_with_before(before: str) -> bool:
    return "with" in before and _GAIN_WITH_BEFORE.search(_squeeze_names(before)) is not None


# a bracket after a number (and its measure) that gives the scores before and after:
# "surpasses X by 5.5 mAP (from 40.4 to 45.9) ... and 7.7% mIoU (from 38.8% to 46.5%)", "by 14.5%
# in macro F1 (from 10.3 to 11.8)": the number is the change, unless it is the score the bracket
# ends on ("raises mIoU to 46.5% (from 38.8% to 46.5%)": _changed_from_to)
_FROM_TO_BRACKET_AFTER = re.compile(
    r"(?:[ \t]+[\w@-]+){0,3}?\s*\(\s*from\s+[-+\u2212]?\d[\d.,]*\s*(?:\\?%)?\s+to\s+(?P<to>[-+\u2212]?\d[\d.,]*)"
)


def _changed_from_to(text: str, q: Quantity) -> bool:
    """Whether ``q`` is the change a "(from A to B)" bracket after it spells out (not B itself)."""
    bracket = _FROM_TO_BRACKET_AFTER.match(text, q.end)
    return bracket is not None and parse_number(bracket["to"]) != q.value


def _build(text, st, q, metric, strength, kinds, s0, s1, bound, idx, own):
    measures, methods, datasets = kinds  # (_sentence_kinds)
    # (the sentence's names are blanked too: the cue words of _RELATIVE_CUE in a name are no
    # cue, "79.9 F1 on DROP", "NN on GainBench")
    names = measures + [(c.start, c.end) for c in datasets] + [(c.start, c.end) for c in methods]
    before = _blank_names(text, max(s0, q.start - 40), q.start, names)
    after = _blank_names(text, q.end, min(s1, q.end + 40), names)
    unit = q.unit
    relative = unit in ("x", "points")
    if _by_before(before) or _relative_after(_squeeze_names(after)[:25]):
        relative = True
    elif (
        _RELATIVE_CUE.search(_past_margin_bracket(text, _unhedged(before), q.start - len(before), s0)[-25:])
        and (not _from_before(before) or _RANGE_OF_CHANGES_FROM.search(before))
        and not _MARGINS_AT_BEFORE.search(before)
        and not _SCORE_AFTER_MARGIN.search(before)
    ):
        relative = True  # (a range of gains too: "gains ranging from 2.1% to 5.6%")
    elif _VALUES_ARE.search(before) and _CHANGE_IS.search(text, max(s0, q.start - 160), q.start):
        relative = True  # "the improvement in accuracy of our model is 3.79%"
    elif _within_of(text, q, s0):
        relative = True  # "within 1.5% of an optimal strategy": a gap to the reference
    elif _gain_with_before(_blank_names(text, max(s0, q.start - 80), q.start, names)):
        relative = True  # "improves upon the X baseline with 1.9% AP"
    if q.text.startswith(("+", "-", "\u2212")):
        relative = True
    elif unit not in ("x", "points") and (_VERSUS_AFTER.match(after) or _VERSUS_BEFORE.search(before)):
        relative = False  # "73.2% vs. 54.7% by TransE", "(0.807 vs. 0.803 in ODS)": two scores
    elif unit not in ("x", "points") and _COMPARED_SCORE_AFTER.match(after):
        relative = False  # "an F1 of 81.4% compared with 80.5% of X": two scores
    elif unit == "%" and _share_of_reference(text, q) or _cost_share(metric, unit):
        relative = True  # a share of the reference's measure, or of another model's cost
    # (every match of _CHANGED_TO holds "to": the search, tried at every character, skipped without it)
    elif unit not in ("x", "points") and "to" in before.lower() and _CHANGED_TO.search(before) and not _by_before(before):
        relative = False  # "the performance is boosted to 37.5%": the score it reaches
    elif (
        relative
        and _bracket_open(text, q) >= 0
        and _SPLIT_LABEL.fullmatch(text, _bracket_open(text, q) + 1, q.start)
    ):
        relative = False  # "(val: 77.7%, test: 77.2%)": scores, whatever follows
    if not relative and _changed_from_to(text, q):
        relative = True  # "and 7.7% mIoU (from 38.8% to 46.5%)": the change the bracket spells out
    prev = bound[idx - 1][0] if idx > 0 else None
    from_start = _is_from(text, bound, idx, s0)
    to_end = prev is not None and _TO_BEFORE.search(before) is not None and _is_from(text, bound, idx - 1, s0)
    if from_start or to_end:
        relative = False
    # "1.14 points (6.7%)": the bracketed number restates its neighbour
    if prev is not None and not relative and not from_start and _CONTEXT_CHAIN.match(text[prev.end : q.start]):
        relative = _is_relative(text, prev, s0, s1)  # "by 9.8% in X and 21.8% in Y"
    # "by 3.1% and 2.0%", "by 3.07% to 16.85%": a number listed after a margin, or the upper
    # end of its range, is a margin too
    if prev is not None and not relative and (
        _VALUES_AND.fullmatch(text, prev.end, q.start) or _RANGE_TO.fullmatch(text, prev.end, q.start)
    ):
        prev_before = text[max(s0, prev.start - 40) : prev.start]
        relative = prev.unit == unit and (
            _by_before(prev_before) or _RANGE_OF_CHANGES_FROM.search(prev_before) is not None
            or _gain_with_before(_blank_names(text, max(s0, prev.start - 80), prev.start, names))
        )
    if prev is not None and _OPEN_GAP.fullmatch(text, prev.end, q.start):
        relative = relative or bound[idx - 1][0].unit in ("x", "points") or _is_relative(text, prev, s0, s1)
    against = _compared_names(text, q, measures, methods, bound, idx, s0)
    baseline = against[0] if against else None
    method, confidence = _method_for(text, st, q, methods, s0, s1, strength, own)
    if relative and (compared := _compared_bracket_owner(text, q, methods, s0)) is not None:
        relative, named = False, compared  # "surpassing Llama-2 (40.1%)": the baseline's score
    else:
        named = None if relative else _bracket_owner(text, q, methods, datasets, s0)
    if named is not None:
        method = named.name
    # (a margin in brackets after a record is the paper's: "outperforming the previous best
    # (+4.2%)", "(improvement of 4.2%)", "(4.2% higher)")
    if _in_generic_compared_bracket(text, q, s0):
        method, relative = baseline or UNNAMED_BASELINE, False  # "outperforming prior methods (41.0)"
    elif not relative and _in_record_bracket(text, q, s0):
        # (a baseline named in another clause owns no score of this one: "compared to GPT-4o,
        # outperforming existing methods (accuracy of 46.1%)")
        named_at = next((c for c in methods if c.name == baseline), None)
        same_clause = named_at is not None and named_at.end <= q.start and not _CLAUSE_BREAK.search(
            text, named_at.end, q.start)
        method, relative = baseline if same_clause else UNNAMED_BASELINE, False
    if _PREVIOUS_BEST.search(text, max(s0, q.start - 50), q.start) or (
        not relative
        # "than the best published F1 of 81.8", "the previously reported accuracy of 97.42%"
        and (_prior_record_of(text, q, s0) or _earlier_record_score(text, q, s0, measures, methods))
    ):
        # "the previous best result of 13.2% achieved through expert iteration", "improves on
        # the best published F1 of 81.8 by X": the work named after it, else a baseline (not a
        # margin: "the best published system is 2.1 points behind")
        agent = next((c for c in methods if c.start >= q.end and _BEST_BY.fullmatch(text, q.end, c.start)), None)
        method, relative = agent.name if agent else baseline or UNNAMED_BASELINE, False
    if own[0] and method not in own[0] and method != PROPOSED:
        method, baseline = _paper_s_work_on_a_model(text, q, methods, method, baseline, relative, to_end, own[0], s0, s1)
    if from_start and (model := _model_after_change(text, q, methods, own[0])):
        # "improved from 73.8% to 82.3% for ResNet-50": the starting point is the model's
        method, baseline, from_start = model, None, False
    if from_start:
        # the "from" value is the starting point: a baseline, never the method that improves
        # it ("CodeBERTER improves ... from 16.4 to 17.8", built on CodeBERT); the record of
        # earlier work when the text says so ("boosting the best published PSNR from 30.2
        # dB to 36.4 dB"), not a method named before
        subject = None if method == PROPOSED else method
        if _prior_record_from(text, q, s0, methods):
            method = baseline or UNNAMED_BASELINE
        else:
            method = baseline or _recent_baseline(st, q, s0, subject) or UNNAMED_BASELINE
        baseline, against = None, []
    item = _item_start(text, st, s0, q.start)
    if datasets and all(d.end <= item for d in datasets) and _OTHER_CONTEXT.search(text, item, s1):
        # "(1) achieving SOTA on LAMBADA; ... (4) in a human evaluation we show a 75%
        # preference": the item of the number names its own setting, not the benchmark
        dataset = None
    elif datasets:
        dataset = _dataset_for(text, q, datasets, bound, idx, s0, s1)
        for d, d2 in zip(datasets, datasets[1:], strict=False):
            if d.name == dataset and _ARROW.fullmatch(text, d.end, d2.start):
                dataset = d2.name  # "on the nuScenes → KITTI task": measured on the target
    else:
        # the benchmark named earlier in the abstract (a result's dataset is free to guess
        # when the sentence names none; the linker and the KG keep the evidence span)
        earlier = [c for c in _benchmark_mentions(text, st) if c.start < q.start]
        dataset = earlier[-1].name if earlier else None
        opener = _OPENING_BENCHMARK.match(text, s0)
        if (
            opener
            and q.start > opener.end()
            and not _NOT_A_BENCHMARK.search(opener.group("name"))
            and not any(c.label not in (METHOD, DATASET) and c.start < opener.end("name") and opener.start("name") < c.end
                        for c in st.mentions)  # not "In MOS," nor "In SLU tasks,"
        ):
            dataset = opener.group("name")  # "On WSJ, we set a new benchmark with a WER of 3.65%"
        if dataset and _OTHER_CONTEXT.search(text, s0, s1):
            dataset = None  # "On our curated QA pairs, ...": not the benchmark named before
        # ("respectively" looked up by its offsets first: a slice of the sentence, or the list
        # of its scored numbers, at every number is quadratic in a sentence of thousands)
        scored = [b[0] for b in bound if b[1]] if _holds(_respectively(text, st), s0, s1 - 12) else []
        if len(scored) >= 2 and q in scored:
            # "... on A and B. X achieves 38.4 and 16.2, respectively": the i-th number
            # goes with the i-th of the datasets listed last
            last = list(dict.fromkeys(c.name for c in reversed(earlier)))[: len(scored)][::-1]
            if len(last) == len(scored):
                dataset = last[scored.index(q)]
            else:
                dataset = _respective_item_before(text, st, q, bound, idx, s0) or dataset
    if dataset and (split := _slashed_split(text, q, s0, s1)):
        family = without_split(dataset)  # ("the clean/noisy LibriSpeech test sets": "LibriSpeech test")
        if lookup_label(f"{family} {split}") == DATASET:
            dataset = f"{family} {split}"  # "WER of 2.1%/4.3% on test/testother" of LibriSpeech
    value_text = clean_value_text(q.text)
    if q.word:
        # "three times", "a quarter of": a ratio or a share of something, written as a number
        # (a fraction keeps its text as written: "1/10" of "at 1/10 the cost" is a 10% share)
        relative = True
        if not q.text[:1].isdigit():
            value_text = f"{q.value:g}{'%' if unit == '%' else 'x'}"
    if unit == "x" and value_text[-1:].isdigit():
        value_text += "x"  # "by a factor of 20"
    if unit == "points" and "point" not in value_text and "%" not in value_text and not _BARE_NUMBER.fullmatch(value_text):
        value_text = f"{q.value:g} points"
    in_bytes = None if unit else _bytes_unit(text, q)
    if in_bytes:
        # a size keeps its unit as written ("36.9 kB", "0.65MB"): "900" of "900 KB" and "1.2"
        # of "1.2 MB" are no sizes a reader can compare (the unit's scale: kg.rdf.BYTES_IN_UNIT)
        value_text = clean_value_text(q.text + text[q.end : in_bytes[1]])
    elif not unit and metric != "FPS" and (fps := _GLUED_FPS.match(text, q.end)):
        # a frame rate whose measure the text names ("an inference speed of 23.5 FPS") keeps
        # its unit as written: "23.5" of "speed" says nothing of frames per second
        value_text = clean_value_text(q.text + text[q.end : fps.end()])
    return RawResult(
        value=q.value,
        value_text=value_text,
        unit=in_bytes[0] if in_bytes else unit,
        metric=metric,
        method=method,
        dataset=dataset,
        relative=relative,
        baseline=_other_than(against, method),  # (kept on margins only: find_results)
        span=(s0, s1),
        confidence=round(max(0.05, min(0.99, confidence * (1.0 if unit else 0.9))), 3),
    )


# --- the name a margin is measured against (Result.baseline) ----------------------------------
# "of" names the reference of a margin only after a measure or a share ("improves the accuracy
# of Zorb by 2%", "cuts the inference time of Zorb by 30%", "uses 40% of Zorb's FLOPs", "99% of
# Zorb quality"), not after other nouns ("a family of Zorb models 2x faster than Kelp", "the
# effectiveness of Zorb", "the problems of Zorb", "the baseline of Zorb surpasses X by 2%")
_MEASURE_BEFORE_OF = re.compile(
    r"(?i:performance|accuracy|efficiency|quality|time|speed|latency|costs?|flops|gflops|macs|"
    r"parameters|params|memory|throughput|scores?|results?|capabilit(?:y|ies)|abilit(?:y|ies)|"
    r"errors?|size|energy|consumption|runtime)\s+$|%\s*$"
)


# a comparison's cue, then up to three modifiers of the name (not a verb or a clause's words):
# "outperforms the state-of-the-art Zorb", "than the previous SoTA Zorb", "over cuDNN-optimized
# Zorb" (the cue's words tried as one class of first letters: see _word_start)
_COMPARED_NP = re.compile(
    # (lower-case modifiers, or "SOTA": not another name, "than Zorb x1.0")
    _COMPARED_TO_START + r"\s+(?:(?i:the|an?)\s+)?(?:(?!(?:and|or|with|using|uses?|on|in|at|by|for|to|from|"
    r"while|which|that|is|are|was|were|its|their|our|we|it|they|of)\b)(?:[a-z][\w-]*|S[Oo][Tt]A)\s+){1,3}$"
)


def _compared_cue(text: str, c: Cand, measures: list[tuple[int, int]], s0: int) -> bool:
    """Whether a comparison's cue comes right before the name ``c`` ("than Zorb", "outperforms
    the original Zorb"), "of" only after a measure (see _MEASURE_BEFORE_OF), or the cue and a
    few modifiers of the name (_COMPARED_NP)."""
    lo = max(s0, c.start - 40)
    cue = _BASELINE_CUE.search(text, lo, c.start)
    if cue is None:
        return _COMPARED_NP.search(text, max(s0, c.start - 60), c.start) is not None
    if text[cue.start() : cue.start() + 2].lower() != "of":
        return True
    head = text[max(s0, cue.start() - 20) : cue.start()]
    # (or a measure the mention finder named: "the SSIM of Zorb")
    return _MEASURE_BEFORE_OF.search(head) is not None or any(
        end <= cue.start() and not text[end : cue.start()].strip() for _, end in measures
    )


# the gap from a name to the margin it is compared by: "outperforms Zorb by 2%", "and Kelp by up to 3%"
_BY_GAP = re.compile(r"\s+by\s+" + MARGIN_HEDGE)
_AND_BEFORE = re.compile(r"(?:,|\band)\s*$")
_CLAUSE_MARK = re.compile(r"[,;]")


def _compared_names(
    text: str, q: Quantity, measures: list[tuple[int, int]], methods: list[Cand], bound: list[list], idx: int, s0: int
) -> list[str]:
    """The names a number may be measured against, best first, in a sentence that names one
    after a comparison's cue (at most 80 characters past the number, or further in its clause):
    - when the first cued name opens a list as long as the list of numbers the number is
      in, the name at the number's place ("outperforms Zorb and Kelp by 2.4 and 1.4": 1.4
      over Kelp; "compared with Zorb, Kelp and Mint, ... by 15%, 16% and 17%, respectively");
    - the name the number measures by: "surpasses Zorb by 2% and Kelp by 3%" (3% over Kelp);
    - a cued name after the number in its clause, no other number between: "2x faster than Kelp";
    - the nearest cued name before it, no other number between ("improves the accuracy of
      Zorb on X and Y, with a 2% gain");
    - then the other cued names, in text order."""
    # (the other numbers of the sentence, by offset: a name with one between is another's;
    # ``bound`` is in text order, so found by bisection: a list of its starts made for each
    # number was quadratic in a sentence of thousands of numbers)
    lo = bisect.bisect_left(bound, q.start, key=lambda b: b[0].start)

    def alone(a: int, b: int) -> bool:
        near = (r[0].start for r in bound[max(0, lo - 8) : lo + 8])
        return not any(a <= x < b for x in near if x != q.start)

    # (further than 80 characters on, in the number's clause and with no number between:
    # "a 22.9 point average improvement of Recall@1 across four retrieval datasets compared
    # to the original Zorb")
    cued = [
        c for c in methods
        if not c.proposed
        and (c.start < q.start + 80 or (not _CLAUSE_MARK.search(text, q.end, c.start) and alone(q.end, c.start)))
        and _compared_cue(text, c, measures, s0)
    ]
    if not cued:
        return []
    names: list[str] = []
    group = next((g for g in _value_groups(text, bound) if idx in g), None) if len(bound) >= 2 else None
    if group is not None:
        listed = next((ls for ls in _name_lists(text, methods, _BRACKETED_LIST_GAP) if ls[0] is cued[0]), None)
        if listed is not None and len(listed) == len(group):
            names.append(listed[group.index(idx)].name)
        elif listed is not None:
            # (a list of names and a list of numbers of other lengths do not say which is over
            # which: "outperforms Zorb, Kelp and Mint by 2.1% and 3.4%" names no baseline)
            return []
    # (the name after "by": cued, or coordinated with the cued one, not "the MFU by", "X with Y by")
    names.extend(
        c.name
        for c in methods
        if not c.proposed and c.end <= q.start and _BY_GAP.fullmatch(text, c.end, q.start)
        and (c in cued or _AND_BEFORE.search(text, max(s0, c.start - 8), c.start))
    )
    # (in the number's clause: not "by 6.3%, as well as the accuracy of Kelp by 5.1%")
    names.extend(
        c.name for c in cued if c.start >= q.end and alone(q.end, c.start) and not _CLAUSE_MARK.search(text, q.end, c.start)
    )
    names.extend(c.name for c in reversed(cued) if c.end <= q.start and alone(c.end, q.start))
    names.extend(c.name for c in cued)
    return list(dict.fromkeys(names))


# the gap between two listed names, a bracket after the first allowed: "than Zorb (CNN-based)
# and Kelp (ViT-based)", "Zorb (using more data) and Kelp (larger)"; the bracket may hold one of
# its own: "Zorb (Lee et al. (2016)) and Kelp (Kim et al. (2017))"
_BRACKETED_LIST_GAP = re.compile(r"\s*(?:\((?:[^()]|\([^()]{0,30}\)){0,60}\)\s*)?(?:,|and|,\s*and|/)\s*")


def _other_than(names: list[str], method: str | None) -> str | None:
    """The first of ``names`` that is not the method itself: a method is not its own baseline
    ("the effectiveness of Zorb, with a 4% gain" once read Zorb as both)."""
    own = name_key(method) if method else None
    return next((n for n in names if name_key(n) != own), None)


# --- the regime a score was measured in (Result.setting) --------------------------------------
# The phrases that name a regime ("in the 1-shot setting", "using only 1% labels", "under PGD
# attacks") and what each is called are kg.regimes; here: which phrase applies to which score.


def _sentence_regimes(text: str, s0: int, s1: int) -> list[tuple[int, int, str | None]]:
    """The regime phrases of a sentence: (start, end, setting or None for the default regime).
    One after "without" is the default ("without any hand-crafted few-shot examples"); a list of
    label fractions is one phrase per fraction ("with 1% and 10% labels"), as are two coordinated
    splits before "respectively"."""
    out = []
    for m in REGIME_SCAN.finditer(text, s0, s1):
        if m.lastgroup == "pct" and (items := list(_PERCENT.finditer(text, m.start(), m.end()))) and len(items) > 1:
            out.extend((i.start(), i.end(), f"{i[1]}% labels") for i in items)
            continue
        if m.lastgroup == "split2":  # (the last group that matched)
            # "45.1 and 30.2 AP on the seen and unseen classes, respectively": one phrase per split;
            # without "respectively" the pair is the whole benchmark, no split of its own
            if "respectively" in text[m.end() : m.end() + 20]:
                out.extend((m.start(g), m.end(g), f"{m[g]} categories") for g in ("split", "split2"))
            continue
        if _NOT_A_REGIME_BEFORE.search(text, max(s0, m.start() - 30), m.start()):
            continue
        # (a default-regime phrase naming methods is kept: it ends an earlier phrase's reach, "using
        # image-level labels reaches 71.4%, close to fully supervised models (75.0%)"; _setting_for
        # does not carry it to a score before it)
        if _NOT_A_REGIME_AFTER.match(text, m.end()) and regime_value(m) is not None:
            continue
        out.append((m.start(), m.end(), None if _WITHOUT.search(text, max(s0, m.start() - 30), m.start()) else regime_value(m)))
    if "upervised " in text[s0:s1]:
        out = sorted(out + [(m.start(), m.end(), None) for m in _SUPERVISED_TRAINING.finditer(text, s0, s1)])
    return _without_vaguer_semi(_without_clustering_regime(out))


# supervised training or fine-tuning names the default regime: it ends a title's "Unsupervised X"
# ("Unsupervised Representation Learning ...": "After supervised fine-tuning, Zorb reaches 84.1%");
# not un-, self-, semi-, weakly or fully supervised (the S opens no word: "unsupervised training")
_SUPERVISED_TRAINING = re.compile(r"[Ss](?<![\w-][Ss])upervised\s+(?:fine-?tun(?:ing|ed)|training|trained)\b")


def _without_clustering_regime(regimes: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """The phrases less the "unsupervised" of a clustering accuracy (the only sentence phrase that
    names it) when the sentence names how the model was supervised, which says more ("With 10%
    of the labels, our semi-supervised model reaches 91.2% clustering accuracy": "10% labels")."""
    named = ("semi-supervised", "weakly supervised")
    if any(s and (s.endswith((" labels", "-shot")) or s in named) for _, _, s in regimes):
        return [r for r in regimes if r[2] != "unsupervised"]
    return regimes


def _without_vaguer_semi(regimes: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """The phrases less a "semi-supervised" when the sentence also gives the label count or
    fraction, which names the board ("our semi-supervised model reaches 95.1% with 4000 labels",
    "in the semi-supervised setting with 1% labels, 72.0%": "4000 labels", "1% labels")."""
    if any(s and s.endswith((" labels", "-shot")) for _, _, s in regimes):
        return [r for r in regimes if r[2] != "semi-supervised"]
    return regimes


# a regime phrase that names a kind of method ("Unlike few-shot methods, X reaches 80.1%") or
# describes one ("X, which is robust to adversarial attacks, achieves 45.1 AP") is no score's setting;
# nor one naming a baseline ("while a semi-supervised baseline gets 40.2%"); a singular "method" or
# "model" is not excluded: on the corpora it is mostly the proposed one ("we propose a
# semi-supervised method", "our weakly-supervised model reaches ...")
_NOT_A_REGIME_AFTER = re.compile(r"[\w-]*\s+(?:methods|baselines?|approaches|models|learners|detectors)\b")
_NOT_A_REGIME_BEFORE = re.compile(r"(?:[Rr]obust|[Rr]esistant|[Rr]esilient|[Vv]ulnerable|[Ii]mmune)\s+(?:to|against)\s+$")


_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?%")


_WITHOUT = re.compile(r"[Ww]ithout\s+(?:[\w-]+\s+){0,2}$")


def _title_regime(text: str, st: DocState) -> str | None:
    """The regime the title names for all the paper's scores (TITLE_REGIME), if any (read once
    a document)."""
    return st.once("title_regime", lambda: _read_title_regime(text, st))


def _read_title_regime(text: str, st: DocState) -> str | None:
    """The regime the title names (see :func:`_title_regime`), read now."""
    if not may_name_title_regime(text[: st.title_end]):
        return None  # (most titles: two substring tests instead of the search)
    m = TITLE_REGIME.search(text, 0, st.title_end)
    # ("Zero-Shot Transfer without Few-Shot Prompts" names no regime of its own by the phrase after "without")
    return regime_value(m) if m and not _WITHOUT.search(text, max(0, m.start() - 30), m.start()) else None


def _about_private_training(text: str, st: DocState) -> bool:
    """Whether the paper is about training with differential privacy: its title, or a sentence
    on its own work that does not defer it, names it (kg.regimes.PRIVATE_TRAINING)."""
    if PRIVATE_TRAINING.search(text, 0, st.title_end):
        return True
    if not PRIVATE_TRAINING.search(text, st.title_end):
        return False  # (most papers: one scan of the text instead of one search per sentence)
    return any(
        PRIVATE_TRAINING.search(text, a, b) and _OWN_WORK.search(text, a, b)
        and not PRIVACY_DEFERRED.search(text, a, b) and not NON_PRIVATE.search(text, a, b)
        for a, b in st.sentences if a >= st.title_end
    )  # fmt: skip


# where the clause of a score starts before it or ends after it (", while a non-private model")
_CLAUSE_EDGE = re.compile(r"[,;]|\b(?:while|whereas|but)\b")


def _sentence_privacy(text: str, s0: int, s1: int) -> tuple[list[int], list[int], int | None]:
    """The privacy marks of a sentence, read once for all its scores (a sentence may hold
    thousands): its clause edges (start offsets), its "non-private" offsets, and where its first
    private cue (kg.regimes.PRIVATE_SCORE) ends, if any."""
    private = PRIVATE_SCORE.search(text, s0, s1)
    return (
        [m.start() for m in _CLAUSE_EDGE.finditer(text, s0, s1)],
        [m.start() for m in NON_PRIVATE.finditer(text, s0, s1)],
        private.end() if private else None,
    )


# the marks of a sentence in a text with no privacy cue and no "non-private" (_sentence_privacy)
_NO_PRIVACY_MARKS: tuple[list[int], list[int], int | None] = ([], [], None)


def _paper_regime(text: str, q: Quantity, s0: int, s1: int, marks, title_regime: str | None, private_paper: bool) -> str | None:
    """The regime of a score ``q`` whose clause names none: private where its sentence up to
    the end of its clause says so (kg.regimes.PRIVATE_SCORE), else the title's
    (``title_regime``), else private in a paper about private training (``private_paper``);
    not where its clause says "non-private". ``marks``: the sentence's :func:`_sentence_privacy`."""
    edges, non_private, private_end = marks
    i = bisect.bisect_left(edges, q.start)
    lo = edges[i - 1] if i else s0
    hi = edges[j] if (j := bisect.bisect_left(edges, q.end)) < len(edges) else s1
    if (k := bisect.bisect_left(non_private, lo)) < len(non_private) and non_private[k] < hi:
        return title_regime
    # (not after its clause: "..., and we compare against the differentially private DPSGD baseline")
    if private_end is not None and private_end <= hi:
        return DIFFERENTIAL_PRIVACY
    return title_regime or (DIFFERENTIAL_PRIVACY if private_paper else None)


# A title that names domain adaptation ("Contrastive Learning for Unsupervised Domain
# Adaptation in Segmentation", "Domain Adaptive Re-ID") makes every score of the paper an
# adapted one: on a single dataset ("74.4 mIoU on Cityscapes", its target, the arrow of "GTA
# -> Cityscapes" often lost), the score is not comparable with the fully supervised ones of
# that dataset's main board. (TITLE_REGIME leaves the phrase out: a score on a dataset pair,
# "GTA5-to-Cityscapes", is on the pair's board already, and keeps no setting.)
# (not domain-adaptive pre- or post-training, a way to train a model: "Domain Adaptive
# Post-Training for BERT in Response Selection" reports standard scores)
_ADAPTATION_TITLE = re.compile(r"[Dd]omain[- ][Aa]dapt(?:ation|ive)(?![- ](?:[Pp]ost[- ]|[Pp]re-?)?[Tt]raining)")
_DATASET_PAIR = re.compile(r"-to-|\u2192|->|\s[Tt]o\s|[a-z0-9]2[A-Z]")


# the reference points of an adaptation paper, scored without adapting: "the source-only
# model gets 36.6 mIoU", "trained on the target alone it reaches 78.0" (an oracle), "the fully
# supervised upper bound"
_NOT_ADAPTED = re.compile(r"(?i:source[- ]only|oracle|upper[- ]bound|fully[- ]supervised|\balone\b)")


def _title_adaptation(text: str, st: DocState, dataset: str | None, s0: int, s1: int) -> str | None:
    """"domain adaptation" for a score on a single dataset in a paper whose title names domain
    adaptation, unless its sentence ``text[s0:s1]`` names a reference point without adaptation
    (``_NOT_ADAPTED``); else None."""
    if not dataset or _DATASET_PAIR.search(dataset):
        return None

    def adapts() -> bool:  # (not "Domain Generalization without Domain Adaptation")
        m = _ADAPTATION_TITLE.search(text, 0, st.title_end)
        return m is not None and not _WITHOUT.search(text, max(0, m.start() - 30), m.start())

    # (the title first, once per document: the sentence is searched only in adaptation papers)
    if not st.once("title_adaptation", adapts) or _NOT_ADAPTED.search(text, s0, s1):
        return None
    return "domain adaptation"


_LABEL_COUNT = re.compile(r"\d+ labels")
_LABEL_SHARE = re.compile(r"\d+(?:\.\d+)?% labels")
# (a share of labels is the regime's after a word that introduces it; not "reaches 95% annotation
# accuracy", a score the phrase matches too)
_LABEL_SHARE_BEFORE = re.compile(r"\b(?:with|using|only|just|given|on|from|under|of|at)\s+$", re.I)


def _labelled_count(text: str, q: Quantity, regimes: list) -> bool:
    """Whether ``q`` is the count or share of labelled examples a regime phrase names, not a
    score: "92.2% with only 20 labeled data", "with 4k labels", "75.2% with 1% and 10% labels"
    (kg.regimes, the "count" and "pct" phrases)."""
    return any(
        a <= q.start < b
        and s
        and (
            _LABEL_COUNT.fullmatch(s)
            or (_LABEL_SHARE.fullmatch(s) and _LABEL_SHARE_BEFORE.search(text, max(0, a - 12), a))
        )
        for a, b, s in regimes
    )


def _setting_for(text: str, q: Quantity, regimes: list, bound: list[list], idx: int, s0: int) -> str | None:
    """The setting of the score ``q`` from its sentence's regime phrases (_sentence_regimes):
    with "respectively", the i-th of the phrases listed after the numbers ("48.1% and 55.7% for
    1-shot and 5-shot, respectively"); else one right after it, before the next number ("57.0%
    in 1-shot and 60.6% in 5-shot"); else the last one before it in its clause ("With 1%
    labels, it reaches 72%"); the clause ends at ";". _UNSTATED when none applies."""
    if any(a <= q.start < b for a, b, _ in regimes):
        return None  # the number is the regime's own: "comparable with X using 100% labels"
    later = [r for r in regimes if r[0] >= q.end]
    if len(later) >= 2 and "respectively" in text[q.end : later[-1][1] + 40]:
        numbers = [b[0] for b in bound if b[0].end <= later[0][0]][-len(later):]
        if len(numbers) == len(later) and q in numbers:
            return later[numbers.index(q)][2]
    # (a "from" value shares the phrase after its "to" value: "from 18.6% to 16.5% with 4000 labels")
    j = idx
    while j + 1 < len(bound) and _TO_GAP.fullmatch(text, bound[j][0].end, bound[j + 1][0].start):
        j += 1
    end = bound[j][0].end
    nxt = bound[j + 1][0].start if j + 1 < len(bound) else None  # (a phrase may open on it: "with 500 labels")
    after = [r for r in later if r[0] >= end]
    if after and after[0][0] - end <= 40 and (nxt is None or after[0][0] <= nxt) \
            and not _NEW_ITEM.search(text, end, after[0][0]) and not _NOT_A_REGIME_AFTER.match(text, after[0][1]):
        return after[0][2]
    # (a split or scenario after the scores of one clause is all of theirs: "EER = 0.86% and t-DCF
    # = 0.0239 in the Physical Access (PA) scenario"; not past a comma: "18.01 on AGENDA, and 63.69
    # on WebNLG for seen categories")
    if later and _names_split(later[0]) and later[0][0] - end <= 60 and not _SPLIT_REACH_BREAK.search(text, end, later[0][0]):
        return later[0][2]
    lo = text.rfind(";", s0, q.start) + 1 or s0
    before = [r for r in regimes if lo <= r[0] and r[1] <= q.start and not _new_item_between(text, r, q)]
    if not before or _glued_to_other_score(text, before[-1], q, bound) or _trailing_split(text, before[-1], lo):
        return _UNSTATED  # (nor an earlier phrase, further from the score than that score's)
    return before[-1][2]


# (nor past a benchmark of the score's own: "4.2% higher on DAVIS-2017 and 4.85% on the unseen categories")
_SPLIT_REACH_BREAK = re.compile(r"[,;(]|\b(?:while|whereas|but|respectively|on|for)\b")


def _names_split(r: tuple) -> bool:
    """Whether the regime phrase ``r`` names a split or scenario of a benchmark (kg.regimes
    "split", "level", "scenario"), which qualifies the scores before it, not a regime of the clause."""
    return bool(r[2]) and r[2].endswith((" categories", " scenario", " subset"))


def _trailing_split(text: str, r: tuple, lo: int) -> bool:
    """Whether the regime phrase ``r`` names a split or scenario (_names_split) that does not open
    its clause (from ``lo``): it qualifies what comes before it, not a later number ("63.69 on WebNLG
    for seen categories, outperforming prior models by 3.1 points", "especially on the hard set,
    with more than 10 FPS"); fronted, it is the clause's ("In the PA scenario, it reaches 0.86%")."""
    return _names_split(r) and not _OPENER_ONLY.fullmatch(text, lo, r[0])


def _new_item_between(text: str, r: tuple, q: Quantity) -> bool:
    """Whether the regime phrase ``r`` before the score ``q`` belongs to another item: a new clause
    opens between them ("Our zero-shot model scores 40.2%, while X reaches 60.3%"; "while",
    "whereas" or ";" of _NEW_ITEM, not "and": "With 1% labels it reaches 72% top-1 and 91% top-5".
    Nor ", and": on sota-arxiv it ended lists of names and scores ("LLaVA, BLIP-2, and Flamingo",
    "52.0% on X, 87.4% on Y, and 60.6% on Z", ", and further to 5.1%") more often than clauses)."""
    return any(m.group() != "and" for m in _NEW_ITEM.finditer(text, r[1], q.start))


def _glued_to_other_score(text: str, r: tuple, q: Quantity, bound: list[list]) -> bool:
    """Whether the regime phrase ``r`` is an earlier score's attribute, right after it ("70.0%
    zero-shot accuracy on ImageNet and 85.0% on CIFAR-10"); not a phrase opening on a preposition,
    which reaches the margin after it ("69% with 16 examples per class (8% better than X)"), nor
    one shared by a list and its margins ("67.5% and 45.6% mIoU for 5-shot, ... by 5.6%")."""
    prev = [b[0] for b in bound if b[0].end <= r[0]]
    return bool(prev) and prev[-1] is not q and r[0] - prev[-1].end <= 1 and not _PREPOSITION_OPENING.match(text, r[0])


_PREPOSITION_OPENING = re.compile(r"(?:[Ww]ith|[Uu]sing|[Gg]iven|[Uu]nder|[Aa]gainst|only|just)\s")


# what opens another item between a score and a phrase after it ("AP at 52 FPS, and AP with
# multi-scale testing at 1.4 FPS": the phrase is the next item's)
_NEW_ITEM = re.compile(r";|\band\b|\bwhile\b|\bwhereas\b")
_UNSTATED = "?"  # (_setting_for: the sentence names no regime for the score)


# the connective a sentence may open with before its subject or its "On X," phrase
_DISCOURSE_OPENER = (
    r"(?:For example|For instance|Notably|Specifically|In particular|Moreover|Furthermore|Finally|"
    r"Overall|Empirically|Remarkably|Additionally|Also|In addition|As a result|Consequently)"
)
# nothing but such a connective before a name: "Moreover, the X achieves"
_OPENER_ONLY = re.compile(r"\s*" + _DISCOURSE_OPENER + r"?,?\s*(?:the\s+)?", re.I)


# a sentence that opens on one benchmark no mention marks: "On WSJ,", "On the large WMT'14
# English-French task,", "In Montezuma's Revenge," (each word a capitalised or numbered name)
_OPENING_BENCHMARK = re.compile(
    r"\s*(?:" + _DISCOURSE_OPENER + r"\s*,?\s+)?(?:On|In)\s+(?:the\s+)?(?:(?:large|small|challenging|popular)\s+)?"
    r"(?P<name>[A-Z][A-Za-z]*[A-Z0-9'-][\w'.+-]*(?:[ \t]+[A-Z0-9][\w'.+-]*){0,3}?)"
    r"(?:[ \t]+(?:dataset|benchmark|task|tasks|test set|corpus))?\s*(?:~?\\cite\w*\{[^}]*\})?\s*,"
)
_NOT_A_BENCHMARK = re.compile(r"\b(?:GPU|CPU|TPU|NVIDIA|TensorRT|CoreML|ONNX|iPhone|Pi)s?\b")
# the sentence names where its numbers were measured, other than a benchmark named before:
# "on our curated QA pairs", "in a human evaluation", "in the zero-shot setting"
_OTHER_CONTEXT = re.compile(
    r"\b(?:[Oo]n|[Ii]n|[Ff]or|[Aa]cross)\s+(?:a|an|the|our|their|its|these|this|each|all)\s+"
    r"(?:(?!(?:test|testing|validation|val|dev|training|same)\b)[a-z][\w-]*\s+){0,3}"
    r"(?<!test )(?<!validation )(?<!dev )(?:evaluation|study|studies|pairs|data|"
    r"setting|settings|domain|domains|experiment|experiments|scenario|scenarios|user study|"
    r"questions|problems)\b"
)


# "pre-trained with 13M images from ImageNet-21K", "by pretraining on the ImageNet-21K": data a
# model learnt from, not the benchmark its scores are measured on
_PRETRAINED_ON = re.compile(
    r"\bpre-?train(?:ed|ing)?\s+(?:[\w-]+\s+){0,4}?(?:on|with|using|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I
)


# a sentence that names its own items for its "respectively": "on household and adversarial
# objects", "the accuracy of ResNet-50, ViT-B and Swin-T", "compared with A and B"
_OWN_ITEMS = re.compile(r"(?<![\w-])(?:on|in|for|across|of|with|to)\s+(?:the\s+)?(?:[A-Za-z][\w-]*,?\s+){0,3}?[A-Za-z][\w-]*,?\s+and\s+[\w-]")


def _respective_item_before(text: str, st: DocState, q: Quantity, bound: list[list], idx: int, s0: int) -> str | None:
    """The item of the previous sentence's list of benchmarks that goes with ``q`` when the
    values' list ("respectively") is as long as that list and not every item is a benchmark
    mention: "We evaluate on NIST Chinese-English, WMT14 English-German and WMT18
    Russian-English. Our model gains 3.9, 1.5 and 1.0 BLEU respectively" (NIST not marked)."""
    if s0 < 2 or _OWN_ITEMS.search(text, s0, st.sentence_span(s0)[1]):
        return None  # "... of 95.4% and 93% on household and adversarial objects, respectively"
    p0, p1 = st.sentence_span(s0 - 2)
    group = next((g for g in _value_groups(text, bound) if idx in g), None)
    if group is None or p1 > s0:
        return None
    datasets = [c for c in st.mentions if c.label == DATASET and p0 <= c.start < p1]
    items = _listed_benchmarks(text, datasets, p0, p1) if datasets else []
    return items[group.index(idx)][0] if len(items) == len(group) else None


def _pretrained_on(text: str, d: Cand) -> bool:
    return _PRETRAINED_ON.search(text, max(0, d.start - 60), d.start) is not None


def _respectively(text: str, st: DocState) -> list[int]:
    return st.once("respectively", lambda: occurrences(text, "respectively"))


def _benchmark_mentions(text: str, st: DocState) -> list[Cand]:
    """The dataset mentions of the document, in mention order, but for those a model is
    pretrained on; found once per document (a sentence of thousands of numbers asks for
    them at every number)."""
    return st.once("benchmark_mentions",
                   lambda: [c for c in st.mentions if c.label == DATASET and not _pretrained_on(text, c)])


_ARROW = re.compile(r"\s*(?:→|->|⇒|rightarrow)\s*")


_PLAIN_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")  # (not a name's digits: "GSM8K")
_FROM_OR_TO_BEFORE = re.compile(r"\b(?:from|to)\s*(?:~\s*)?\Z")  # an end of a from-to pair is next
# a comparison with others' work named by a common noun: "outperforms zero-shot LLM
# performances", "compared to previous method"
_GENERIC_COMPARISON = re.compile(
    r"\b(?:" + _SURPASS_WORD + r"|compared\s+(?:to|with))\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:methods?|models?|approach(?:es)?|baselines?|systems?|works?|art|SOTA|LLMs?)\b",
    re.I,
)


def _recent_baseline(st: DocState, q: Quantity, s0: int, subject: str | None = None) -> str | None:
    """The last method named before the number (in its sentence or the two before) that the
    paper does not propose and that is not the sentence's subject. Only in its sentence when
    the sentence opens as a comparison with work named by a common noun (before its first
    number): the start is that work's, not a method of an earlier sentence ("Notably, CoT
    prompting ... achieved the state of the art. ... outperforms zero-shot LLM performances,
    increasing the accuracy from 17.7%"; not a comparison of another quantity: "CodeBERTER
    improves the accuracy from 16.4 to 17.8 while using 20% of the parameters compared to
    fine-tuning, and the BLEU score from 14.75 to 15.90")."""
    compared = _GENERIC_COMPARISON.search(st.text, s0, q.start)
    opens = compared is not None and not _PLAIN_NUMBER.search(st.text, s0, compared.start())
    # ... or closes it right after the from-to pairs ("improves macro F1 from 17.1 to 30.4 and micro
    # F1 from 17.2 to 32.6 compared to previous method."; not after another quantity: "from 14.75 to
    # 15.90 while reducing 77% of parameters compared to the fine-tuning approach")
    s_end = st.sentences[st.sentence_of(s0)][1]
    closing = _GENERIC_COMPARISON.search(st.text, q.end, s_end)
    closes = (closing is not None and not _PLAIN_NUMBER.search(st.text, closing.end(), s_end)
              and all(_FROM_OR_TO_BEFORE.search(st.text, max(0, n.start() - 12), n.start())
                      for n in _PLAIN_NUMBER.finditer(st.text, q.end, closing.start())))  # fmt: skip
    back = 0 if opens or closes else 2
    lo = st.sentences[max(0, st.sentence_of(s0) - back)][0]
    skip = name_key(subject) if subject else None
    for c in reversed(st.mentions):
        if c.start >= q.start:
            continue
        if c.start < lo:
            break
        if c.label == METHOD and not c.proposed and name_key(c.name) != skip and not _opens_on(st, c):
            return c.name
    return None


_TO_GAP = re.compile(r"\s*(?:\\?%|dB|ms|s|x|points?)?\s*to\s*(?:~\s*)?")
# "accuracies ranging from 65.55% to 79.67%", "improvements from 0.8% to 3% on two datasets":
# the ends of a range of results, not a change from a baseline to the method
_RANGE_FROM = re.compile(
    r"\b(?:rang(?:e|es|ing)|var(?:y|ies|ying)|gains|improvements|savings|reductions|speed-?ups|boosts)"
    r"\s+(?:ranging\s+)?from\s*(?:~\s*)?$",
    re.I,
)
# ... of which a range of changes: "gains ranging from 2.1% to 5.6%", "improvements from"
_RANGE_OF_CHANGES_FROM = re.compile(
    r"\b(?:gains|improvements|savings|reductions|speed-?ups|boosts)\s+(?:ranging\s+)?from\s*(?:~\s*)?$", re.I
)
_FROM_EARLIER = re.compile(r"\bfrom\s*(?:~\s*)?[-+\u2212]?\d", re.I)


# the paper's work applied to a model named as the clause's subject: "equipped with DSA
# modules, the accuracy of I3D is improved from", "when plugged into ResNet-50", "with our
# module, X improves from"
# (not the paper's way of running others' models: "with our reproduced training schedule", "using
# our re-implementation", "with our hyper-parameters": the model's own score, measured by the paper)
_NOT_OUR_METHOD = (
    r"(?!(?:\s+[\w-]+)?\s+(?:own\s+)?(?:re-?implementations?|implementations?|reproduc\w*|re-?runs?|settings?|set-?ups?"
    r"|hyper-?parameters?|code(?:base)?|experiments?|benchmarks?|schedules?|recipes?|evaluations?|pipelines?"
    r"|baselines?|environments?|protocols?|configurations?|training\s+(?:schedules?|recipes?|settings?|set-?ups?))\b)"
)
_APPLIED_TO_A_MODEL = re.compile(
    r"\b(?:(?:when\s+|once\s+)?(?:equipped|armed|augmented|enhanced)\s+with|(?:plugged|inserted|integrated|incorporated)"
    r"\s+into|(?:with|using|by|applying)\s+(?:our|the\s+proposed)\b" + _NOT_OUR_METHOD + r")\b",
    re.I,
)
# the paper's own work a model's score was obtained with: "X attains 78.9% with our labels"
_WITH_OUR_WORK = re.compile(r"\b(?:with|using|via|by|through)\s+(?:our|the\s+proposed)\b" + _NOT_OUR_METHOD, re.I)
# where the clause of a score ends after it ("..., which", "while", "whereas", "compared")
_CLAUSE_END_AFTER = re.compile(r"[,;:]|\b(?:while|whereas|compared|but|and\s+(?:the|a|an|its)\b)", re.I)


def _paper_s_work_on_a_model(text, q, methods, method, baseline, relative, to_end, own_names, s0, s1):
    """(method, baseline) of ``q`` once the paper's own work applied to the model ``method``
    is read: the value such a model reaches is the paper's method's, with the model as its
    baseline; else ``method`` and ``baseline`` unchanged."""
    if to_end and _APPLIED_TO_A_MODEL.search(text, s0, q.start):
        # "equipped with DSA modules, the top-1 accuracy of I3D ResNet-50 is improved from
        # 74.9% to 78.2%": the value reached is the paper's method on that model, which is
        # its baseline (the "from" value stays the model's own)
        return own_names[0], method
    if not relative and _with_our_work(text, q, methods, method, s1):
        # "ResNet-50 attains 78.9% on ImageNet with our localized multi-labels": the model
        # trained the paper's way is the paper's method
        return own_names[0], method
    return method, baseline


def _model_after_change(text: str, q: Quantity, methods: list[Cand], own_names: list[str]) -> str | None:
    """The model a from-to change starting at ``q`` is of, named after it ("from 73.8% to
    82.3% for ResNet-50"), when it is not the paper's own method or a variant of it
    ("for KelpNet-L" in a paper proposing KelpNet: the starting point is a baseline's)."""
    after_to = _FOR_MODEL_AFTER.match(text, q.end)
    model = after_to and next((c for c in methods if c.start == after_to.end()), None)
    if not model or model.proposed or _stem(model.name) in {_stem(n) for n in own_names}:
        return None
    return model.name


def _stem(name: str) -> str:
    """A model name's first word, its family: "KelpNet" of "KelpNet-L" and "KelpNet v2"."""
    return re.split(r"[-\s_/]", name, maxsplit=1)[0].lower()


def _with_our_work(text: str, q: Quantity, methods: list[Cand], method: str, s1: int) -> bool:
    """Whether the model named ``method`` owns ``q`` trained the paper's way: the words between
    it and the score, or after the score in its clause, say the paper's work was used
    (_WITH_OUR_WORK)."""
    owner = next((c for c in reversed(methods) if c.end <= q.start and c.name == method), None)
    if owner is None or owner.proposed:
        return False
    end = _CLAUSE_END_AFTER.search(text, q.end, s1)
    lo = owner.end
    hi = end.start() if end else s1
    if _CLAUSE_END_AFTER.search(text, lo, q.start):
        hi = q.start  # (a clause between the model and the score: only the words before it)
    return _WITH_OUR_WORK.search(text, lo, hi) is not None


# "from 73.8% to 82.3% for ResNet-50": the model a from-to change is of, named after its end
_FOR_MODEL_AFTER = re.compile(r"\s*(?:\\?%|points?)?\s*to\s+[\d.]+\s*(?:\\?%|points?)?\s+for\s+(?:the\s+)?")


def _is_from(text: str, bound: list, i: int, s0: int) -> bool:
    """Whether the i-th number of the sentence starts a "from A to B" change: "from" before
    it, or "A to B" later in a sentence that already wrote one ("improve X from 35.5% to
    44.5% for GSM8K, and 27.6% to 36.2% for MathQA")."""
    q = bound[i][0]
    if _from_before(text, max(s0, q.start - 12), q.start):
        return not _RANGE_FROM.search(text, max(s0, q.start - 40), q.start)
    if i + 1 < len(bound) and _TO_GAP.fullmatch(text, q.end, bound[i + 1][0].start):
        return _FROM_EARLIER.search(text, s0, q.start) is not None
    return False


_CHANGE_MEASURE = re.compile(r"(?:speed-?ups?|acceleration|" + _CHANGE_NOUN + r")\b", re.I)
# a verb of change, then "to" before the number: the value reached ("boosted to 37.5%",
# "grows to over 95%", "improves the relation F1 to 52.44%")
_CHANGED_TO = re.compile(
    r"\b(?:boost|improv|increas|rais|grow|grew|rise|rose|rising|lift|push|jump|climb)\w*\s+"
    r"(?:[^\s\d;,.]+\s+){0,4}?(?<!\bup )to\s+(?:over\s+|about\s+|around\s+|nearly\s+|almost\s+|~\s*)?$",
    re.I,
)


def _past_margin_bracket(text: str, before: str, at: int, s0: int) -> str:
    """``before`` (the words before a number, from ``at`` in ``text``) after a closed bracket
    that holds a margin of its own: in "to 93.7% (4.1% gain), Foo to 80.9%" the "gain" is
    the 4.1%'s, not the 80.9%'s (a score)."""
    close = before.rfind(")")
    if close < 0:
        return before
    end = at + close
    inner = text[text.rfind("(", max(s0, end - 60), end) + 1 : end]
    if _MARGIN_BRACKET.match(inner) and _RELATIVE_CUE.search(inner):
        return before[close + 1 :]
    return before


# a change named as the clause's subject, its size after "is": "the relative improvement in the
# sentence-level semantic frame accuracy of our model is 3.79% and 5.42%", "compared with X, the
# improvement of accuracy is 2.0%" (within one clause: no comma, digit, clause word, other "is" or
# "and the" between: "the gain in accuracy is small and the final accuracy is 91.2%" is a score)
_CHANGE_IS = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Ii]ts)\s+(?:(?:relative|absolute|average|overall|mean)\s+)?" + _CHANGE_NOUN
    + r"\s+(?:in|of|on)\s+(?:(?!(?:which|that|while|whereas|but|than|when|is|are|was|were"
    r"|and\s+(?:the|its|our|their))\b)[^\s,;:.\d]+\s+){1,14}?"
    r"(?:is|are|was|were)\s+" + MARGIN_HEDGE + r"$"
)


# a number after "margins at" is where the margins hold, not their size: "outperforms the state of
# the art by large margins at over 35fps" (only there: "fuel savings at more than 5%", "runs at
# more than 100x faster", "achieves at 57.0%" are what "at" gives)
_MARGINS_AT_BEFORE = re.compile(r"\bmargins?\s+at\s+" + MARGIN_HEDGE + r"$")
# a number in a new clause after a margin is a score: "surpasses previous methods by large margins,
# reaching 82.1%", "by a large margin and reaches 82.1%", "beats prior detectors by clear margins
# with 51.2 AP" (a verb of scoring after a comma or "and", or "with"; a few words between, no
# change: "by large margins with gains of 3.1%" is one)
_SCORE_AFTER_MARGIN = re.compile(
    r"\bmargins?(?:,?\s+(?:and\s+)?(?:reach|achiev|obtain|attain|yield|scor|record|set)\w*|\s+with)"
    r"(?:\s+(?!" + _CHANGE_NOUN + r"\b|margins?\b)[^\s\d,;:.]+){0,3}?\s+" + MARGIN_HEDGE + r"$"
)


def _unhedged(before: str) -> str:
    """The words before a number without its hedge ("can parse over 1,000 sentences per
    second": "over" is no comparison)."""
    hedge = _HEDGE_BEFORE.search(before)
    return before[: hedge.start()] if hedge else before


# two scores set side by side: "a top-10 accuracy of 73.2% vs. 54.7% by TransE"
_VERSUS_AFTER = re.compile(r"^" + _VERSUS + r"\d")
_VERSUS_BEFORE = re.compile(r"\d" + _VERSUS + r"$")


def _is_relative(text: str, q: Quantity, s0: int, s1: int) -> bool:
    before = text[max(s0, q.start - 40) : q.start]
    return bool(_by_before(before) or _RELATIVE_CUE.search(before[-25:]))


# a gap to a reference: "being within 1.5% of an optimal clairvoyant strategy", "is within 5%
# of GPT-4" (and the next of a list: "within 5% of GPT-4 and 10% of Med-PaLM-2")
_WITHIN_BEFORE = re.compile(
    r"\bwithin\s+(?:about\s+|only\s+|just\s+|roughly\s+)?"
    r"(?:\d+(?:\.\d+)?\s*%\s+of\s+(?:(?!\d+(?:\.\d+)?\s*%)[^,;])+?(?:,\s*and|,|and)\s+)?$",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\b")


def _within_of(text: str, q: Quantity, s0: int) -> bool:
    """Whether ``q`` is written "within N% of" something: its distance to a reference."""
    return _OF_AFTER.match(text, q.end) is not None and _WITHIN_BEFORE.search(text, max(s0, q.start - 80), q.start) is not None


# a name after a preposition that opens its sentence names where (or with what) the numbers
# were measured, not who obtains them: "On Mind2Web, it achieves 50.2%"
_LEADING_PREPOSITION = re.compile(r"\s*(?:on|in|for|at|by|to|of|with|across|from)\s+(?:the\s+)?", re.I)


def _opens_on(st: DocState, c: Cand) -> bool:
    """Whether the name ``c`` follows a preposition that opens its sentence."""
    return _LEADING_PREPOSITION.fullmatch(st.text, st.sentence_span(c.start)[0], c.start) is not None


# a comparison fronted before the clause's subject: "Compared to X, ", "Relative to X, "
_FRONTED_COMPARISON = re.compile(
    r"\s*(?:[Cc]ompared|[Rr]elative|[Aa]gainst|[Ii]n\s+comparison|[Uu]nlike|[Vv]ersus|[Vv]s\.?)\b[^,;]*,\s*"
    r"(?:the\s+|our\s+)?"
)


def _own_methods(mentions: list[Cand]) -> tuple[list[str], set[str]]:
    """The names of the document's proposed methods (first-seen order) and their keys."""
    proposed_methods = list(dict.fromkeys(c.name for c in mentions if c.proposed and c.label == METHOD))
    return proposed_methods, {name_key(p) for p in proposed_methods}


def _method_for(text, st, q, methods, s0, s1, strength, own):
    """Who obtains the number: an explicit subject ("X achieves"), else the proposed method
    (its variant named in the sentence if any), else a placeholder. ``own``: the document's
    :func:`_own_methods`."""
    proposed_methods, proposed_keys = own
    # a proposed variant named in the sentence: "PandaLM-7B achieves"
    in_sentence_proposed = [
        c for c in methods if c.proposed and c.start < q.start and not _is_baseline(text, c, methods, s0)
    ]
    # "surpassing the GPT-4 baseline of 22.95% and 25.41%": the baseline's own scores
    owner = next((c for c in reversed(methods) if c.end <= q.start), None)
    if owner is not None and _BASELINE_OF.fullmatch(text, owner.end, q.start):
        return owner.name, strength
    # "the highest EAcc achieved is 56.3% by OpenAI-o1-mini": the agent after the number
    agent = next((c for c in methods if q.end <= c.start <= q.end + 30), None)
    if agent is not None and _BY_AGENT.fullmatch(text, q.end, agent.start):
        return agent.name, strength
    # "(F1 of 0.4 with a BiLSTM baseline)", "70.1% for the BiLSTM baseline": a score of the
    # baseline named after it (not a margin: "improves the accuracy by 2.1% for the X baseline")
    if (
        agent is not None
        and _BASELINE_AFTER_NAME.match(text, agent.end)
        and _VALUE_OF_BASELINE.fullmatch(text, q.end, agent.start)
        and not _by_before(text, max(s0, q.start - 20), q.start)
    ):
        return agent.name, strength
    # "45.1% (vs. 40.1% for Llama-2)", "compared to 40.1% of GPT-4": a compared value
    # belongs to the model named after it
    if agent is not None and _COMPARED_VALUE_BEFORE.search(text, max(s0, q.start - 20), q.start):
        if _COMPARED_VALUE_OWNER.fullmatch(text, q.end, agent.start):
            return agent.name, strength
    apposed = _best_apposed(text, q, methods, s0)
    if apposed:
        return apposed, strength
    if contrasted := _contrast_clause_owner(text, q, methods, s0, st):
        return contrasted, strength  # "ZorbNet needs 12MB of memory, while BERT needs 240MB"
    for c in reversed(methods):
        if c.start >= q.start:
            continue
        if c.proposed:
            # "GPT-4o achieves 45.1%, while FooNet achieves 50.2%": the proposed name that is
            # the nearest subject owns the number (not the subject of the clause before)
            if _SUBJECT_VERB.match(text[c.end : c.end + 60]) and not _is_baseline(text, c, methods, s0):
                break
            continue
        # "a novel LSTM with ten-fold throughput": the number describes the model it follows
        if _WITH_VALUE.fullmatch(text, c.end, q.start) and _INTRODUCED.search(
            text, max(s0, c.start - 40), c.start
        ):
            return c.name, strength
        if _is_baseline(text, c, methods, s0):
            continue
        if proposed_methods and _applied_to(text, c, methods, s0):
            break  # "the pruned ResNet-50 reaches 75.1%": the paper's pruning's result, not ResNet-50's
        at_start = (c.start - s0 <= 4 and not _opens_on(st, c)) or _OPENER_ONLY.fullmatch(text, s0, c.start)
        if (
            _SUBJECT_VERB.match(text[c.end : c.end + 60])
            or at_start
            or _solver(text, c.start, c.end, s0)
            or _best_comma_apposed(text, c, s0)
        ):
            # "On our curated pairs, the models of T5 achieve": "our" in an opening phrase
            lead = text[s0 : c.start]
            # (but "we show that ... X achieving": X leads its own clause)
            if not OUR_SIDE.search(lead[max(lead.rfind(","), lead.rfind(" that ")) + 1 :]):
                return _host_of(text, c, methods).name, strength
        break
    if not any(c.start < q.start for c in methods) and (before := _it_names(text, st, s0)):
        return before, strength  # "X reaches an FID of 5.1. It also sets a new record FID of 2.4"
    if _generic_owner(text, st, q, methods, s0):
        return "(unnamed)", strength
    if not proposed_methods:
        evaluated = _evaluated_owner(text, st, q, methods, s0, s1)
        if evaluated:
            return evaluated, strength
    if in_sentence_proposed:
        # "Flex accelerates SwinV2-MoE, achieving 1.55x": the proposed name that is the
        # subject of a verb wins over one that is its object
        subjects = [c for c in in_sentence_proposed if _SUBJECT_VERB.match(text[c.end : c.end + 60])]
        return (subjects or in_sentence_proposed)[-1].name, strength
    ours = _our_name(text, st, s0, q.start)
    if ours:
        return ours, strength
    if not proposed_methods:
        subject = _unproposed_subject(text, st, q, methods, s0)
        if subject:
            return subject, strength
    if proposed_methods and _contrasted_with_ours(text, q, methods, s0):
        return UNNAMED_BASELINE, strength  # "DARTS takes 4 GPU days, while ZorbNet takes only 0.1"
    if len(proposed_methods) > 1 and (kind := next(reversed(list(_OUR_AGENT.finditer(text, s0, q.start))), None)):
        # "Our tracker achieves" where the paper proposes a module and a tracker (the last
        # before the number: "Our detector achieves 45.1 AP, and our tracker reaches 71.1%")
        named = _proposed_of_kind(text, st, kind.group(1))
        if named:
            return named, strength
    if proposed_methods:
        best = proposed_methods[0]
        # the most specific proposed name in the sentence ("MathScale-7B"), not one it is
        # compared with ("M-Zorb outperforms the prior models Crowd-DINO/Zorb by 0.4/0.2";
        # but "Compared with X, Zorb-B has 46% less latency": the subject after the phrase;
        # "of" names the subject unless a comparison verb comes before: "the accuracy of
        # Zorb-L reaches 91.2%", not "improves the accuracy of Zorb-S by 2.1%")
        for c in methods:
            if (name_key(c.name) in proposed_keys or any(name_key(c.name).startswith(k) for k in proposed_keys)) and (
                not _is_baseline(text, c, methods, s0, of_cue=_COMPARE_VERB.search(text, s0, c.start) is not None)
                or _SUBJECT_VERB.match(text[c.end : c.end + 60])
                or _FRONTED_COMPARISON.fullmatch(text, s0, c.start)
            ):
                best = c.name
                break
        return best, strength
    return PROPOSED, strength


# "Our tracker achieves", "our detector reaches": an agent noun (in -er or -or) that says which
# of the paper's proposed names scores, when it proposes several (a module and a tracker);
# not "model" or "framework", which a paper calls all its parts
_OUR_AGENT = re.compile(
    r"\b[Oo]ur\s+(?:proposed\s+|final\s+|full\s+)?(?:[a-z-]+\s+)?"
    r"(?!(?:paper|other|number|order|user|under|over|after|further|rather|either|former|latter|"
    r"better|larger|smaller|lower|higher|faster|deeper|simpler|major|prior|error|factor)\s)([a-z]{3,}(?:er|or))\s"
)


def _proposed_of_kind(text: str, st: DocState, noun: str) -> str | None:
    """The one proposed method the text introduces as a ``noun`` ("we build a powerful
    tracker ..., termed ZorbTrack", "ZorbTrack, a tracker that"), else None.

    (the noun in the 100 characters of the sentence before the name, with no other proposed
    name between, or in an apposition right after it)"""
    said = re.compile(rf"\b{noun}s?\b")
    after = re.compile(rf",?\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b")
    proposed = [c for c in st.mentions if c.proposed and c.label == METHOD]
    found = set()
    for i, c in enumerate(proposed):
        lo = max(st.sentence_span(c.start)[0], c.start - 100, proposed[i - 1].end if i else 0)
        if said.search(text, lo, c.start) or after.match(text, c.end):
            found.add(c.name)
    return found.pop() if len(found) == 1 else None


# a sentence whose subject is "It" with its verb: "It also set new record FIDs of ...", "Moreover, it reaches"
_IT_SUBJECT = re.compile(r"\s*(?:It|" + _DISCOURSE_OPENER + r",?\s+it)\b")
# an "It" that stands for no model but a clause after "that": "It is worth noting that our method
# achieves", "It can be seen that" (not "It is the first model that"; only the verbs _SUBJECT_VERB takes)
_EXTRAPOSED_IT = re.compile(
    r"\s+(?:is|was|has\s+been|can\s+be|could\s+be)\s+"
    r"(?:(?!(?:the|an?)\b)[a-z]+\s+){0,3}?that\b"
)


def _it_names(text: str, st: DocState, s0: int) -> str | None:
    """The method "It" stands for when the sentence at ``s0`` opens on it as the subject of a
    verb: the named method that is the subject of the sentence before ("The StyleGAN2-ADA network
    achieved an FID of 5.22 on our liver CT dataset. It also set new record FIDs of ..."), else
    None (the sentence before opens on "We", a phrase or no name: the paper's own)."""
    it = _IT_SUBJECT.match(text, s0)
    if it is None or not _SUBJECT_VERB.match(text[it.end() : it.end() + 60]) or _EXTRAPOSED_IT.match(text, it.end()):
        return None
    si = st.sentence_of(s0)
    if si == 0 or (p0 := st.sentences[si - 1][0]) < st.title_end:
        return None
    methods = st.once("method_mentions", lambda: SpanIndex([c for c in st.mentions if c.label == METHOD]))
    first = next(iter(methods.within(p0, s0)), None)
    if first is None or not _OPENER_ONLY.fullmatch(text, p0, first.start) or _opens_on(st, first):
        return None
    return first.name if _SUBJECT_VERB.match(text[first.end : first.end + 60]) else None


# a model the proposed method runs with, right after its name: "PAL using Codex achieves",
# "ZorbNet with a ResNet-50 achieves"
_HOSTED_BY = re.compile(r"\s+(?:using|with|on\s+top\s+of|built\s+on|based\s+on)\s+(?:the\s+|an?\s+)?")


def _host_of(text: str, c: Cand, methods: list[Cand]) -> Cand:
    """The subject ``c`` of a verb of scoring, or the proposed name it is the means of
    ("PAL using Codex achieves ...": PAL's result, not Codex's)."""
    prev = next((m for m in reversed(methods) if m.end <= c.start), None)
    if prev is not None and prev.proposed and _HOSTED_BY.fullmatch(text, prev.end, c.start):
        return prev
    return c


# a clause of the paper's method that a contrast word opens after a number: "..., while ZorbNet"
_CONTRAST_TO_OURS = re.compile(r"[^.;]{0,80}?(?:,\s*|\s)(?:while|whereas|but)\s+(?:the\s+|our\s+)?$", re.I)
# a clause that opens on a name of its own: "DARTS takes", "In contrast, DARTS-v2 needs"
_NAMED_CLAUSE_START = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s*)?(?!(?:We|Our|It|Its|This|These|The|Ours)\b)[A-Z][\w-]*\s")


def _contrasted_with_ours(text: str, q: Quantity, methods: list[Cand], s0: int) -> bool:
    """Whether ``q`` is in a clause whose subject is a name the text does not know (no
    mention), contrasted with a later clause of the paper's own method ("DARTS takes 4 GPU
    days, while ZorbNet takes only 0.1"): the number is the other name's, not the paper's."""
    later = next((c for c in methods if c.start >= q.end), None)
    if later is None or not later.proposed or not _CONTRAST_TO_OURS.fullmatch(text, q.end, later.start):
        return False
    if any(s0 <= c.start < q.start for c in methods) or OUR_SIDE.search(text, s0, q.start):
        return False
    return _NAMED_CLAUSE_START.match(text, s0, q.start) is not None


# a contrasting clause after the paper's own that opens on another name, its verb and the number: ",
# while BERT needs 240MB", "whereas DARTS only takes 4" (the verb a third person's or a past one,
# so that a noun does not pass: "while GPU memory drops to 2GB")
_CONTRAST_CLAUSE_SUBJECT = re.compile(
    r"(?:,\s*|\s)(?:while|whereas|but)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)?)\s+"
    r"(?:(?:only|still|also|even|just)\s+)?[a-z]+(?:s|ed)\s+(?:[a-z]+\s+){0,2}?" + _COST_HEDGE + r"$"
)
_NOT_A_CLAUSE_NAME = re.compile(r"(?:We|Our|It|Its|This|These|Those|The|Ours|They|Their|Both|All|Each|Most|Some)\b|(?:" + _HARDWARE_NOUNS + r")$")


def _contrast_clause_owner(text: str, q: Quantity, methods: list[Cand], s0: int, st: DocState) -> str | None:
    """The owner of ``q`` when it is in a clause contrasted with the one before and that clause's
    subject is another name: "ZorbNet needs 12MB of memory, while BERT needs 240MB" is BERT's
    (the mirror of :func:`_contrasted_with_ours`); a name the text does not know is a baseline."""
    m = _CONTRAST_CLAUSE_SUBJECT.search(text, max(s0, q.start - 90), q.start)
    if m is None or _NOT_A_CLAUSE_NAME.match(m.group(1)):
        return None
    # (the sentence's methods first: they hold stand-ins for names st.mentions lacks)
    named = [c for c in (*methods, *st.mentions) if c.start < m.end(1) and m.start(1) < c.end]
    if not named:
        return UNNAMED_BASELINE
    method = next((c for c in named if c.label == METHOD), None)
    return method.name if method is not None and not method.proposed else None


# models or methods no name picks out: "current LLMs", "the best-performing model", "none of
# the investigated models", "competing methods", "related work"
_GENERIC_OWNER = (
    r"(?:(?:current|existing|competing|prior|previous|other|state-of-the-art|SOTA|frontier|leading|"
    r"popular|open-source|proprietary|closed-source|all|most|many|these|investigated|evaluated|tested|"
    r"related)\s+(?:[\w-]+\s+)?(?:LLMs|models|methods|approaches|systems|agents|baselines|work|works)"
    # (a model only when "even" marks it as one of those evaluated: "our best model" and "the
    # best model" of a search are the paper's own)
    r"|(?:best|strongest|top|leading)(?:[- ](?:performing|scoring))?\s+(?:open[- ]source\s+|proprietary\s+)?"
    r"(?:LLM|agent)|(?<=even\s)(?:the\s+)?(?:best|strongest|top)(?:[- ](?:performing|scoring))?\s+(?:model|system)"
    r"|none\s+of\s+the\s+(?:[\w-]+\s+)?(?:models|LLMs|methods|systems))\b"
)
# ... as the subject of its clause: "we find that even the best model only scores 58.1%"
_GENERIC_SUBJECT_AT_START = re.compile(
    r"(?:^|[,;:(]|\b(?:that|while|whereas|but|and|even|where|when))\s*(?:(?:the|even|even\s+the)\s+)?"
    + _GENERIC_OWNER,
    re.I,
)
# (the same past the text's start, its openers one case-sensitive class of the punctuation and
# the words' first letters, so the engine skips ahead to them instead of trying "\b" and the
# alternatives at every character: see _word_start)
_SUBJECT_OPENERS = ["that", "while", "whereas", "but", "and", "even", "where", "when"]
_SUBJECT_LETTERS = "".join(dict.fromkeys(w[0] + w[0].upper() for w in _SUBJECT_OPENERS))
_GENERIC_SUBJECT = re.compile(
    rf"[,;:({_SUBJECT_LETTERS}](?:(?<=[,;:(])|(?<!\w[{_SUBJECT_LETTERS}])(?i:"
    + "|".join(f"(?<={w[0]}){w[1:]}" for w in _SUBJECT_OPENERS)
    + r"))(?i:\s*(?:(?:the|even|even\s+the)\s+)?" + _GENERIC_OWNER + ")"
)
# every match ends on one of these head words (in any case)
_GENERIC_HEADS = ("llm", "model", "method", "approach", "system", "agent", "baseline", "work")


def _last_generic_subject(text: str, st: DocState, lo: int, end: int) -> re.Match | None:
    """The last match of _GENERIC_SUBJECT in ``text[lo:end]`` (a span of one sentence); the
    scan only where the span holds a head word. (ASCII only: under IGNORECASE "ſ", "ı" and
    "İ" match "s" and "i", which lower() does not give.)"""
    if _ascii_span(text, st, lo, end) and not any(
        _holds(offsets, lo, end - len(h)) for h, offsets in _head_offsets(text, st, lo)
    ):
        return None
    # ("^" matches at the text's start only: past it, the regex that skips ahead to its openers)
    rx = _GENERIC_SUBJECT if lo else _GENERIC_SUBJECT_AT_START
    return next(reversed(list(rx.finditer(text, lo, end))), None)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _holds(offsets: list[int], lo: int, hi: int) -> bool:
    """Whether an offset lies in [lo, hi] (offsets in order)."""
    i = bisect.bisect_left(offsets, lo)
    return i < len(offsets) and offsets[i] <= hi


def _ascii_span(text: str, st: DocState, lo: int, end: int) -> bool:
    """``text[lo:end].isascii()``, from the offsets of the text's other characters, found
    once per document."""
    found = st.once("not_ascii", lambda: [] if text.isascii() else [m.start() for m in _NOT_ASCII.finditer(text)])
    return not _holds(found, lo, end - 1)


def _head_offsets(text: str, st: DocState, at: int) -> list[tuple[str, list[int]]]:
    """Each of _GENERIC_HEADS with its offsets (overlapping ones too) in the sentence of
    ``at``, in the text with only A-Z lower-cased (a span all ASCII lower-cases to that, and so
    does st.low, text.lower() where it keeps offsets), found once per sentence: a sentence of
    thousands of numbers asks at every number, and few sentences hold numbers (the whole text
    lower-cased and scanned for eight words cost more than the rest of the stage's use of it)."""
    s0, s1 = st.sentence_span(at)

    def make():
        low = st.low[s0:s1] if st.low is not text else text[s0:s1].translate(_ASCII_LOWER)
        return [(h, [s0 + i for i in occurrences(low, h)]) for h in _GENERIC_HEADS]

    return st.once(("generic_heads", s0), make)


# ... or what a value is compared with: "compared to 18.78% for related work"
_FOR_GENERIC = re.compile(
    r"\s*(?:\\?%)?\s*(?:for|of|by|from)\s+(?:the\s+)?(?:[\w-]+\s+)?" + _GENERIC_OWNER, re.I
)


_OUR_WORD = re.compile(r"\bour\b", re.I)
_COMPARE_BEFORE_SUBJECT = re.compile(r"\b(?:" + _SURPASS_WORD + r"|(?:than|over|compared|against)\w*)", re.I)


# what a method does to the models that follow: "With ZorbTool, open-source LLMs reach ..."
_ENABLED_BY = re.compile(r"\b(?:[Ww]ith|[Uu]sing|[Vv]ia|[Tt]hrough|[Bb]y|[Aa]fter)\s+(?:the\s+|our\s+)?$")


def _generic_owner(text: str, st: DocState, q: Quantity, methods: list[Cand], s0: int) -> bool:
    """Whether the number belongs to models or methods the text does not name: the
    subject of its clause is a generic noun phrase (and no name, "we" or "our" comes
    between), or it is compared with such a phrase."""
    if _COMPARED_VALUE_BEFORE.search(text, max(s0, q.start - 20), q.start) and _FOR_GENERIC.match(text, q.end):
        return True
    lo = _clause_start(text, s0, q.start)
    m = _last_generic_subject(text, st, lo, q.start)
    if m is None or any(m.end() <= c.start < q.start for c in methods):
        return False
    if _COMPARE_BEFORE_SUBJECT.search(text, lo, m.start()):
        return False  # "surpassing ... and all event-based methods (by up to 2.47dB)": an object
    if any(c.proposed and s0 <= c.start < m.start() and _ENABLED_BY.search(text, max(s0, c.start - 12), c.start)
           for c in methods):  # fmt: skip
        return False  # "With ZorbTool, open-source LLMs reach 65.2%": the paper's method's result
    # (not "our best model achieves": the paper's own)
    return not OUR_SIDE.search(text, m.start(), q.start) and not _OUR_WORD.search(text, max(lo, m.start() - 5), m.end())


# in a paper that introduces a dataset or benchmark (and no method), the models it evaluates
# are not its own: "the best model only reaches 58.1%", "the best image retrieval model
# achieves 10.4% recall@1" ...
_EVALUATED_SUBJECT = re.compile(
    r"[Tt]he\s+(?:best|strongest|top|highest|most\s+capable)(?:[- ](?:performing|scoring))?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:model|system|method|approach|agent|M?LLM|VLM|parser|classifier|detector)s?\b"
)
# ... and its reference points: "a baseline model which achieves 78.92%", "human performance
# of 97%", "humans (87%)", "majority-baseline of 55.2%"
_REFERENCE_SUBJECT = re.compile(
    r"(?:[Bb]aseline\s+(?:model|system|agent)s?|[Mm]ajority[- ](?:class[- ])?baseline|"
    r"[Hh]uman(?:[- ]level)?\s+(?:performance|accuracy|score|experts|annotators)|[Hh]umans\s*\(|"
    r"[Ss]imple\s+baselines?)"
)


def _evaluated_owner(
    text: str, st: DocState, q: Quantity, methods: list[Cand], s0: int, s1: int
) -> str | None:
    """"(unnamed)" or "(baseline)" when the number belongs to a model a dataset paper
    evaluates, or to its baseline or human reference (the nearest such phrase before it in
    its clause, with no name in or after it: "the best scoring X model using Y achieves";
    not "the highest accuracy of our model": the paper's own). A
    reference a comparison verb has before it is the object of the comparison, not the owner
    of its margin ("the best model falls short of human performance by 30%": the model's)."""
    # (once per document: a scan of every mention per number is quadratic)
    if not st.once("proposes_dataset", lambda: any(c.proposed and c.label == DATASET for c in st.mentions)):
        return None
    lo = _clause_start(text, s0, q.start)
    margin = None
    for start, end, owner in _evaluated_phrases(text, s0, s1):
        if start < lo or end > q.start:
            continue
        if owner == UNNAMED_BASELINE:
            if margin is None:
                margin = _by_before(text, max(s0, q.start - 25), q.start)
            if margin and _COMPARE_VERB.search(text, lo, start):
                continue
        if any(start <= c.start < q.start for c in methods) or _OUR_WORD.search(text, max(lo, start - 12), end):
            return None  # (in the phrase too: "the highest accuracy of our model")
        return owner
    return None


# the phrases of the last sentence _evaluated_phrases read: [text, s0, phrases]
_EVALUATED_SCAN: list = [None, -1, []]


def _evaluated_phrases(text: str, s0: int, s1: int) -> list[tuple[int, int, str]]:
    """(start, end, owner) of the evaluated-model and reference phrases of the sentence at
    ``s0:s1``, last first: found once per sentence, not once per number (a long sentence of
    many numbers made the per-number scans quadratic)."""
    if _EVALUATED_SCAN[0] is not text or _EVALUATED_SCAN[1] != s0:
        found = [(m.start(), m.end(), "(unnamed)") for m in _EVALUATED_SUBJECT.finditer(text, s0, s1)]
        found += [(m.start(), m.end(), UNNAMED_BASELINE) for m in _REFERENCE_SUBJECT.finditer(text, s0, s1)]
        _EVALUATED_SCAN[:] = [text, s0, sorted(found, reverse=True)]
    return _EVALUATED_SCAN[2]


def _solver(text: str, start: int, end: int, s0: int) -> bool:
    """Whether the name at ``start:end`` is the subject of a verb of success ("GPT-4o
    solves", "the best model (GPT-4o) solving"); a name in brackets only after a model noun."""
    after = text[end : end + 80]
    if after.lstrip().startswith(")"):
        if not _APPOSED_OPEN.search(text, max(s0, start - 40), start):
            return False
        after = after.lstrip()[1:]
        return _SOLVER_VERB.match(after) is not None or _SUBJECT_VERB.match(after) is not None
    return _SOLVER_VERB.match(after) is not None


# "the best model, GPT-4o, achieves only 30.2%": the name between commas after "the best
# model" is the subject of the verb after it
_BEST_COMMA_BEFORE = re.compile(_BEST_MODEL + r",\s*$")
_COMMA_AFTER = re.compile(r"\s*,\s*")


def _best_comma_apposed(text: str, c: Cand, s0: int) -> bool:
    """Whether ``c`` is the name apposed between commas to "the best model" and a verb follows."""
    after = _COMMA_AFTER.match(text, c.end)
    return (
        after is not None
        and _BEST_COMMA_BEFORE.search(text, max(s0, c.start - 50), c.start) is not None
        and _SUBJECT_VERB.match(text[after.end() : after.end() + 60]) is not None
    )


def _best_apposed(text: str, q: Quantity, methods: list[Cand], s0: int) -> str | None:
    """The name in brackets after "the best model" that no mention marks, when a verb of
    success follows it (not a compared one: "outperforms the best model (X)")."""
    if text.find("(", s0, q.start) < 0:
        return None  # the name is in brackets: no regex scan of the sentence without one
    found = list(_BEST_APPOSED.finditer(text, s0, q.start))
    m = found[-1] if found else None
    if m is None or any(c.start < m.end() and m.start("name") < c.end for c in methods):
        return None
    name = m.group("name")
    if not any(N.is_namey(w) for w in name.split()) or _BASELINE_CUE.search(text, max(s0, m.start() - 40), m.start()):
        return None
    if any(m.end() <= c.start < q.start for c in methods):
        return None
    return name if _solver(text, m.start("name"), m.end(), s0) else None


# "our proposed ReDB approach outperforms", "our G_stack model converges": a name the
# paper calls its own, whether or not the mention finder typed it as a proposed method
_OUR_NAME = re.compile(r"\b[Oo]ur\s+(?:proposed\s+|final\s+|full\s+|best\s+)?([A-Z][\w-]*)")


def _our_offsets(text: str, st: DocState) -> list[int]:
    """Every offset of "our" and "Our" in the text, in order (where _OUR_NAME can start),
    found once per document."""
    return st.once("our_offsets", lambda: sorted(occurrences(text, "our") + occurrences(text, "Our")))


def _our_matches(text: str, st: DocState, s0: int, end: int):
    """The matches of ``_OUR_NAME.finditer(text, s0, end)``, tried only where "our" or "Our"
    starts (a scan from the sentence start to every number is quadratic in a sentence of
    thousands of numbers)."""
    offsets = _our_offsets(text, st)
    done = s0  # (finditer goes on after the end of the last match: no overlaps)
    for i in range(bisect.bisect_left(offsets, s0), len(offsets)):
        p = offsets[i]
        if p >= end:
            break
        if p < done:
            continue
        m = _OUR_NAME.match(text, p, end)
        if m:
            done = m.end()
            yield m


def _our_name(text: str, st: DocState, s0: int, end: int) -> str | None:
    for m in _our_matches(text, st, s0, end):
        # the whole name with its size or patch suffix ("our DiT-XL/2", "our LLaMA-2 7B")
        spans = N.find_name_words(text, m.start(1), end)
        if spans and spans[0][0] == m.start(1):
            return text[spans[0][0] : spans[0][1]]
        name = m.group(1)
        if N.is_namey(name):  # "G_stack" too, not "ReDB"-less words like "Our Method"
            return name
    return None


_BASELINE_OF = re.compile(
    r"\s+(?:baseline|model)\s+(?:of|at|with)\s+(?:[-+]?\d+(?:\.\d+)?\s*(?:\\?%|x)?\s*(?:,|and|,\s*and)\s*)*"
    r"(?:only\s+|just\s+)?"
)
_BY_AGENT = re.compile(r"\s*(?:achieved|obtained|reached|attained|scored)?\s*by\s+(?:the\s+)?")
# a model the paper's method was applied to: "the compressed CodeBERT", "our pruned ResNet-50"
# (not "magnitude-pruned BERT": another method's)
_APPLIED_BEFORE = re.compile(
    r"(?<![\w-])(?:compressed|pruned|quantized|quantised|distilled|sparsified|binarized|binarised)\s+$"
)


def _applied_to(text: str, c: Cand, methods: list[Cand], s0: int) -> bool:
    """Whether ``c`` names a model the paper's method was applied to ("the pruned ResNet-50"),
    alone or in a list after such a participle ("the compressed CodeBERT and GraphCodeBERT")."""
    while True:
        if _APPLIED_BEFORE.search(text, max(s0, c.start - 20), c.start):
            return True
        prev = next((m for m in reversed(methods) if m.end <= c.start), None)
        if prev is None or prev.start < s0 or not N.LIST_GAP.fullmatch(text, prev.end, c.start):
            return False
        c = prev


# a value's baseline named after it: "0.4 F1 with a BiLSTM baseline", "70.1% for the X baseline"
_VALUE_OF_BASELINE = re.compile(r"\s*(?:[A-Za-z@-]+\s+){0,2}?(?:with|for|of)\s+(?:an?\s+|the\s+)?")
_BASELINE_AFTER_NAME = re.compile(r"\s+baselines?\b")
_COMPARED_VALUE_BEFORE = re.compile(
    r"\b(?:vs\.?|versus|v\.s\.?|compared\s+(?:to|with)|relative\s+to|against)\s*(?:only\s+|just\s+)?\$?$", re.I
)
# (its measure may come between: "vs. 40.1% accuracy for Llama-2")
_COMPARED_VALUE_OWNER = re.compile(
    r"\s*(?:[A-Za-z@-]+\s+){0,2}?(?:achieved\s+by|obtained\s+by|for|of|from|by|with)\s+(?:the\s+)?"
)
_WITH_VALUE = re.compile(r"\s+with\s+(?:an?\s+)?(?:only\s+|just\s+|up\s+to\s+)?")
# a model introduced with an indefinite article, not the object of a verb or a comparison
_INTRODUCED = re.compile(
    r"(?:^|[,(:]|\b(?:of|is|as|provides?|introduces?|presents?|proposes?))\s*\b(?:an?)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}$",
    re.I,
)
# "the three models of T5 achieve": "of" names the subject's family, not a baseline
_MODELS_OF = re.compile(r"\b(?:models?|variants?|versions?|sizes?|checkpoints?)\s+of\s+(?:the\s+)?$", re.I)
_USING_BEFORE = re.compile(r"\b(?:using|with)\s+(?:the\s+)?$", re.I)
_OVER_AFTER = re.compile(r"\s+(?:over|compared (?:to|with)|versus|vs\.?|against)\s", re.I)
_WE_SUBJECT = re.compile(r"\b(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:model|method|approach|system|framework)s?)\s+(?:\w+\s+)?$", re.I)
_SUBJECT_VERB_NEAR = re.compile(
    r"\b(?:achiev|obtain|reach|outperform|surpass|exceed|beat|attain|scor|record|deliver)"
    r"(?:s|es|ed|ing|e)?\b"
)


def _unproposed_subject(text, st, q, methods, s0) -> str | None:
    """Who obtains a number in a paper that proposes no method by name: a name the paper
    introduces that is the subject of a verb of scoring ("MARS achieves ..."), else the
    first method of the sentence when a verb of scoring follows it ("GPT4 without any
    training data outperforms fine-tuned PLMs ... reaching F1 around 90%")."""
    # (the proposed mentions of the sentence before the number, from a per-document list by
    # start: a scan of every mention per number is quadratic)
    proposed = st.once("proposed_mentions", lambda: SpanIndex([c for c in st.mentions if c.proposed]))
    for c in proposed.within(s0, q.start):
        if _SUBJECT_VERB.match(text[c.end : c.end + 60]):
            return c.name
    # "a 75% preference for the assistant using X over the baseline": X is compared
    for c in methods:
        if (
            q.end <= c.start < q.end + 80
            and _USING_BEFORE.search(text, q.end, c.start)
            and (_OVER_AFTER.match(text[c.end : c.end + 20]))
        ):
            return c.name
    first = next((c for c in methods if c.start < q.start), None)
    if first is None or _BASELINE_CUE.search(text[max(s0, first.start - 40) : first.start]):
        return None
    verb = _SUBJECT_VERB_NEAR.search(text, first.end, min(q.start, first.end + 80))
    if verb and not any(first.end <= c.start < verb.start() for c in methods):
        # "with GPT-3.5-Turbo and our prompts, we achieve": the verb has a subject of its own
        if not _WE_SUBJECT.search(text, first.end, verb.start()):
            return first.name
    return None


# the benchmark written after a number and its measure when no mention marks it:
# "4.7% WER on Switchboard, 8.3% WER on B"
_NAME_ON_AFTER = re.compile(
    r"(?:\\?%|\\textbf\{|\}|\s)*(?:[\w@-]+[ \t]+){0,3}?(?:on|in)\s+(?:the\s+)?"
    r"([A-Z][\w.+]*(?:-[\w.+]+)*)(?=\s*(?:dataset|benchmark|test set)?\s*(?:,|and\b|\)|$))"
)
_ON_AFTER = re.compile(r"(?:\\?%|\\textbf\{|\}|\s)*(?:[\w@-]+[ \t]+){0,3}?(?:on|in)\s+(?:the\s+)?")
_NOT_BENCHMARK = {
    "Table",
    "Section",
    "Figure",
    "Fig",
    "Appendix",
    "Average",
    "Terms",
    "Addition",
    "Particular",
}


# a list of benchmarks after "on" or "namely": capitalised names, each perhaps with its scores
# in brackets ("on the CUB200, Cars196, Sop, and InShop datasets", "on miniF2F-test (61.7%),
# Proofnet-test (23.1%) and PutnamBench (8/644)")
_ITEM_WORDS = (  # a name with a capital or a digit, not a number ("CUB200", "miniF2F-test", "CNN / DM")
    r"(?![\d.,]+\b)(?=[a-z]*[A-Z0-9])[A-Za-z0-9][\w.+-]*(?:\s*/\s*[A-Z][\w.+-]*|[ \t][A-Z0-9][\w.+-]*){0,3}"
)
_LIST_ITEM = rf"{_ITEM_WORDS}(?:\s*\([^()]{{1,60}}\))?"
_LISTED_NAMES = re.compile(
    rf"\b(?:on|namely,?)\s+(?:the\s+)?({_LIST_ITEM}(?:\s*,\s*(?:the\s+)?{_LIST_ITEM})*\s*,?\s*and\s+"
    rf"(?:the\s+)?{_LIST_ITEM})(?![\w.+-]|\s*[=:])"  # not "on A and F1=9.38%"
)
_ITEM_NAME = re.compile(rf"({_ITEM_WORDS})(?:\s*\([^()]*\))?")  # the item, then its bracket


def _listed_benchmarks(text, datasets, s0, s1) -> list[tuple[str, int, int, int]]:
    """The items of the sentence's list of benchmarks in which at least one name is a
    benchmark mention, as (name, start, end, end of its bracket): the mention's name where an
    item is one, else the item as written."""
    if "and" not in text[s0:s1]:
        return []
    for m in _LISTED_NAMES.finditer(text, s0, s1):
        items = []
        for it in _ITEM_NAME.finditer(text, m.start(1), m.end(1)):
            a, b = it.span(1)
            if text[b - 1] == "." and (b == s1 or text[b].isspace()):
                b -= 1  # the sentence's full stop: "... and WMT18 Russian-English."
            inside = [d for d in datasets if d.start < b and a < d.end]
            # the mention's name when it is the whole item ("GTA Cityscapes" holds two)
            name = inside[0].name if len(inside) == 1 and text[a:b] in text[inside[0].start : inside[0].end] else text[a:b]
            items.append((name, a, b, it.end(), bool(inside)))
        if len(items) >= 2 and any(known for *_, known in items):
            return [item[:4] for item in items]
    return []


# what may stand between a benchmark and the value it is pushed to (or from): the measure, a
# few words without a preposition or a verb of their own ("MultiNLI accuracy to 86.7%",
# "SQuAD v1.1 question answering Test F1 to 93.2", "on CIFAR-10 from 80.1% to 85.2%")
_NAMED_TO_VALUE = re.compile(
    r"\s*(?:(?!(?:on|in|of|for|from|with|by|and|than|over|is|are|was|were)\b)[\w@.()-]+\s+){0,5}?"
    r"(?:to|from|from\s+[-+]?\d[\d.,]*\s*(?:\\?%|x)?\s+to)\s*(?:~\s*)?"
)


# a sentence that opens with its benchmark: "On CIFAR-10, ...", "For Abt-Buy, we reach ...",
# "Specifically, on the challenging COCO dataset, ...", "On both A and B, ..."
_FRONTED_ON = re.compile(
    r"(?:" + _DISCOURSE_OPENER + r",?\s+)?(?:[Oo]n|[Ff]or|[Ii]n|[Aa]cross)\s+(?:both\s+)?(?:the\s+)?"
    r"(?:(?:challenging|popular|widely[- ]used|large-scale|standard|public|[\w-]+-scale)\s+)*"
)
# the rest of the opening phrase, up to its comma: a kind word, a split ("On COCO test-dev,",
# "On the ScanNet v2 benchmark,", "On Sintel (final pass),")
_FRONTED_REST = re.compile(r"(?:\s*(?:\([^()\d]{0,30}\)|[\w-]+)){0,4}?\s*,")


def _fronted_benchmark(text: str, datasets: list[Cand], s0: int, pos: int) -> Cand | None:
    """The benchmark the sentence (or its clause after a colon: "... on several benchmarks:
    For Abt-Buy, we reach ...") of ``pos`` opens with ("On CIFAR-10, ..."), or None."""
    lead = text[_clause_start(text, s0, pos) : pos]
    m = _FRONTED_ON.match(text, pos - len(lead.lstrip()))  # (past the clause's leading space)
    if m is None:
        return None
    first = next((d for d in datasets if d.start == m.end()), None)
    if first is None or not _FRONTED_REST.match(text, first.end):
        return None
    return first


def _item_benchmark(text: str, q: Quantity, datasets: list[Cand], s0: int, nxt: Cand) -> Cand | None:
    """The benchmark named before ``q`` in its own item when the next one is named in the next
    item: items end at ";" and at the close of the bracket ``q`` stands in ("33.69 dB on GoPro,
    exceeding the previous SOTA 0.38 dB; 40.30 dB on SIDD, ...", "(86.1 top-1 on Kinetics-600
    with 3x smaller model size) and temporal modeling (69.6 top-1 on SSv2)")."""
    semi = text.rfind(";", s0, q.start)
    opened = text.rfind("(", s0, q.start)
    inside = opened > text.rfind(")", s0, q.start)
    if ";" not in text[q.end : nxt.start] and not (inside and ")" in text[q.end : nxt.start]):
        return None
    # (-1: the item opens the sentence, as ``datasets`` are the sentence's own)
    start = max(semi, opened if inside else -1)
    own = [d for d in datasets if start < d.start and d.end <= q.start]
    return own[-1] if own else None


# what joins the values of one slash item, each with or without its measure ("85.1% mAP / 87.2%
# rank1", "+1.5 mIoU / +1.1 mAP"), and what joins such items in a list ("..., 82.4% mAP / ...")
_MEASURED_SLASH = re.compile(r"\s*(?:\\?%)?\s*(?:[\w@.-]+\s*)?/\s*")
_MEASURED_ITEM_GAP = re.compile(r"\s*(?:\\?%)?\s*(?:[\w@.-]+\s*)?(?:,|and|,\s*and)\s*")


def _slash_item_benchmark(text: str, q: Quantity, datasets: list[Cand], bound: list[list], idx: int, s1: int) -> Cand | None:
    """The benchmark of a number of a slash item before "respectively": a list of such items
    goes item by item onto as many benchmarks ("on A, B, and C with 85.1% mAP / 87.2% rank1,
    82.4% mAP / 84.9% rank1 and 91.5% mAP / 96.3% rank1, respectively"); a lone item goes value by
    value onto as many benchmarks written after it ("improved to 61.4 mIoU / 64.2 mAP on A
    semantic segmentation and B object detection, respectively"). None elsewhere."""
    if text.find("respectively", q.end, s1) < 0:
        return None
    items = [list(range(i, j + 1)) for i, j in _runs(text, bound, _MEASURED_SLASH)]
    k = next((n for n, g in enumerate(items) if idx in g), None)
    if k is None:
        return None

    def listed(a: int, b: int) -> bool:  # items a and b (a < b) are neighbours in one list
        return items[a][-1] + 1 == items[b][0] and bool(
            _MEASURED_ITEM_GAP.fullmatch(text, bound[items[a][-1]][0].end, bound[items[b][0]][0].start))

    lo = k
    while lo > 0 and listed(lo - 1, lo):
        lo -= 1
    hi = k
    while hi + 1 < len(items) and listed(hi, hi + 1):
        hi += 1
    if hi > lo:
        return datasets[k - lo] if hi - lo + 1 == len(datasets) else None
    after = [d for d in datasets if d.start >= bound[items[k][-1]][0].end]
    if len(after) != len(items[k]) or any(after[0].start < b[0].start < after[-1].end for b in bound):
        return None  # (not benchmarks with values of their own: "on A, and 40.2 / 35.0 on B")
    return after[items[k].index(idx)]


# a benchmark (its split, its kind word) and "with", then its values, each with its measure:
# "Cityscapes val set with 68.4% PQ, 44.0% AP, and 83.5% mIoU, and ADE20K val set with ..."
_WITH_ITS_VALUES = re.compile(
    r"(?:\s+(?:val|validation|test|dev)\w*)?(?:\s+(?:set|split|dataset|benchmark))?\s*,?\s+with\s+"
    r"(?:[-+]?\d[\d.]*\s*(?:\\?%)?\s*[\w@-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
)
# ... unless the value's measure goes on to a benchmark of its own: "transfers from ImageNet with
# 85.2% top-1 accuracy on CIFAR-100", "trained on COCO with 40.1 AP on LVIS" are not ImageNet's or
# COCO's (only the value's own measure: "CIFAR-10 with 14.3M parameters and 74.6% top-1 accuracy on
# ImageNet" gives the 14.3M to CIFAR-10)
_MEASURE_THEN_ON = re.compile(r"(?:\\?%)?(?:\s*(?!(?:and|or|but|then|while|with|on|in)\b)[\w@-]+){0,3}\s+(?:on|in)\s+(?:the\s+)?")


def _benchmark_with_values(text: str, q: Quantity, datasets: list[Cand], s1: int) -> Cand | None:
    """The benchmark right before "with" and the values listed up to ``q`` ("Cityscapes val set
    with 68.4% PQ, 44.0% AP"), not the next benchmark of the sentence; not one of a list of
    benchmarks ("on A and B with 6.8% and 1.2%"), nor before "respectively", nor when the value's
    measure goes on "on" a benchmark of its own ("with 85.2% accuracy on CIFAR-100")."""
    before = [d for d in datasets if d.end <= q.start]
    if not before or not _WITH_ITS_VALUES.fullmatch(text, before[-1].end, q.start):
        return None
    if len(before) >= 2 and N.LIST_GAP.fullmatch(text, before[-2].end, before[-1].start):
        return None
    after = next((d for d in datasets if d.start >= q.end), None)
    if after is not None and _MEASURE_THEN_ON.fullmatch(text, q.end, after.start):
        return None
    return None if text.find("respectively", q.end, s1) >= 0 else before[-1]


# a benchmark written as the label of its value: "MedQA: 60.2%, PubMedQA: 78.2%", "GSM8K = 82.1"
# (the colon or sign right between them; not "on MedQA: our model reaches 60.2%")
_LABEL_GAP = re.compile(r"[ \t]*[:=][ \t]*\$?")


# ... and a label the mention finder did not mark, in a list whose other labels are benchmarks
# ("USMLE: 60.2%, MedQA: 62.7%"): a capitalised word with a capital or digit inside
_NAME_LABEL_BEFORE = re.compile(r"(?<![\w.-])([A-Z][\w.-]*[A-Z0-9][\w.-]*)[ \t]*:[ \t]*\$?$")
_LABELLED_NUMBER = re.compile(_LABEL_GAP.pattern + r"\d")


def _labelled_value_benchmark(text: str, q: Quantity, datasets: list[Cand]) -> str | None:
    """The name of the benchmark written right before ``q`` as its label ("PubMedQA: 78.2%"),
    if any (also a label that is no mention but whose list's other labels are benchmarks)."""
    i = bisect.bisect_right([d.end for d in datasets], q.start) - 1
    if i >= 0 and q.start - datasets[i].end <= 4 and _LABEL_GAP.fullmatch(text, datasets[i].end, q.start):
        return datasets[i].name
    m = _NAME_LABEL_BEFORE.search(text, max(0, q.start - 40), q.start)
    if m is None or lookup_label(m.group(1)) in (METHOD, METRIC):
        return None  # (nor a label the lexicon knows as a model or a measure: "(GPT-4: 60.2%,
        # KorbQA: 78.2%)", "(Top-1: 76.2%, ImageNet-A: 30.1%)")
    labelled_after = any(0 < d.start - q.end < 40 and _LABELLED_NUMBER.match(text, d.end) for d in datasets)
    return m.group(1) if labelled_after else None


def _dataset_for(text, q, datasets, bound, idx, s0, s1):
    bracketed = _split_bracket_dataset(text, q, datasets)
    if bracketed is not None:
        return bracketed.name
    labelled = _labelled_value_benchmark(text, q, datasets)
    if labelled is not None:
        return labelled  # "MedQA: 60.2%, PubMedQA: 78.2%": the label's, not the next item's
    if idx and _OPEN_GAP.fullmatch(text, bound[idx - 1][0].end, q.start):
        # "BC4CHEMD to 93.72% (4.1% gain), Species800 to ...": a margin in brackets right
        # after a score is on that score's benchmark
        prev = bound[idx - 1][0]
        return _dataset_for(text, prev, datasets, bound, idx - 1, s0, s1)
    listed = _listed_benchmarks(text, datasets, s0, s1)
    # "on miniF2F-test (61.7%, pass@3200), Proofnet-test (23.1%, ...)": the item before the bracket
    item = next((name for name, _a, b, c in listed if b < q.start and q.end <= c), None)
    if item is not None:
        return item
    before_bracket = _benchmark_before_bracket(text, q, datasets)
    if before_bracket is not None:
        return before_bracket.name
    slashed = _slash_item_benchmark(text, q, datasets, bound, idx, s1)
    if slashed is not None:
        return slashed.name
    # "96.7% and 95.4% on A and B (respectively)": the i-th number goes with the i-th dataset
    chain = [b[0] for b in bound]
    if len(datasets) >= 2 and len(chain) >= 2 and len(datasets) == len(chain):
        return datasets[chain.index(q)].name
    # "on A and B, ... achieves 63.6% and 64.0%, compared to 54.9% and 54.4%": a list of
    # numbers goes in order onto a list of as many benchmarks (the first after it, else the
    # last before it)
    if len(datasets) >= 2 or len(listed) >= 2:
        group = next((g for g in _value_groups(text, bound) if idx in g), None)
        if group is not None:
            marked = [ls for ls in _name_lists(text, datasets) if len(ls) == len(group)]
            lists = [[c.name for c in ls] for ls in marked]
            spans = [(ls[0].start, ls[-1].end) for ls in marked]
            if not lists and len(listed) == len(group):
                # "on CUB200, Cars196, Sop, and InShop" (Sop not marked as a benchmark)
                lists, spans = [[name for name, *_ in listed]], [(listed[0][1], listed[-1][2])]
            first, last = bound[group[0]][0], bound[group[-1]][0]
            later = [ls for ls, (a, _b) in zip(lists, spans, strict=True) if a >= last.end]
            earlier = [ls for ls, (_a, b) in zip(lists, spans, strict=True) if b <= first.start]
            chosen = later[0] if later else earlier[-1] if earlier else None
            if chosen is not None:
                return chosen[group.index(idx)]
    # "improving BC4CHEMD to 93.72%, Species800 to 80.91%", "pushing the WNLI benchmark to
    # 89%, the WSC benchmark to 75.1%": the benchmark right before "to" is the value's, not
    # the next item's (written after it)
    before = [d for d in datasets if d.end <= q.start]
    if before and q.start - before[-1].end < 60 and _NAMED_TO_VALUE.fullmatch(text, before[-1].end, q.start):
        return before[-1].name
    with_values = _benchmark_with_values(text, q, datasets, s1)
    if with_values is not None:
        return with_values.name
    after = [d for d in datasets if d.start >= q.end]
    fronted = _fronted_benchmark(text, datasets, s0, q.start) if after else None
    # (not before the value's own benchmark: "On LibriSpeech, it achieves WERs of 1.75% on
    # test-clean and 4.46% on test-other", the split of _splits_written_apart)
    own_after = after and _ON_AFTER.fullmatch(text, q.end, after[0].start)
    if fronted is not None and not own_after and not any(fronted.end <= d.start and d.end <= q.start for d in datasets):
        # "On CIFAR-10, NVAE pushes the state of the art from 2.98 to 2.91 bits per dimension,
        # and it produces high-quality images on CelebA HQ": the benchmark the sentence opens
        # with is its values', up to the next one written before a value
        # (a list's first item where "both" opens it: "On both A and B, X reaches 91.2%", as
        # "X reaches 91.2% on both A and B" gives A)
        return None if _one_of_listed(text, fronted, datasets) and not _after_both(text, fronted) else fronted.name
    own = _item_benchmark(text, q, datasets, s0, after[0]) if after else None
    if own is not None:
        return own.name
    if after and after[0].start - q.end < 80:
        # "77.3% top-1 on A and 41.1 mAP on B" (A not marked as a benchmark): B is the
        # later number's benchmark, A is written after this one
        own = _NAME_ON_AFTER.match(text, q.end, after[0].start)
        if (
            own
            and own.group(1) not in _NOT_BENCHMARK
            and not any(d.start <= own.start(1) < d.end for d in datasets)
        ):
            later = [b[0] for b in bound[idx + 1 :] if own.end() <= b[0].start and b[0].end <= after[0].start]
            if later:
                gap = _ON_AFTER.match(text, later[-1].end)
                if gap is not None and gap.end() == after[0].start:
                    return own.group(1).rstrip(".")
        if _one_of_listed(text, after[0], datasets) and not _OWN_LIST_AFTER.fullmatch(text, q.end, after[0].start):
            return None
        return after[0].name
    nearest = min(datasets, key=lambda d: abs(d.start - q.start))
    if _one_of_listed(text, nearest, datasets):
        both = _fronted_benchmark(text, datasets, s0, q.start)  # ("On both A and B, ...": A)
        return both.name if both is not None and _after_both(text, both) else None
    return nearest.name


# "both" before a list's first item, an article between them or not ("On both the A and B
# benchmarks"): the list is the one the claim is made on, each item alike
_BOTH_BEFORE = re.compile(r"\bboth\s+(?:the\s+)?$")


def _after_both(text: str, d: Cand) -> bool:
    """Whether "both" (see _BOTH_BEFORE) stands right before ``d``."""
    return _BOTH_BEFORE.search(text, max(0, d.start - 12), d.start) is not None


# a value's own list of benchmarks, right after it: "60+% recovery on CATH, TS50 and TS500", "a 1%
# gain in both A and B" (the value keeps the first: one result per method, measure and value, as
# GUIDELINES.md asks; results50's annotator once listed one per benchmark, hf40c's did not)
_OWN_LIST_AFTER = re.compile(r"(?:\\?%|\s)*(?:[\w@+-]+[ \t]+){0,6}?(?:on|in|across)\s+(?:both\s+|all\s+)?(?:the\s+)?")


def _one_of_listed(text: str, chosen: Cand, datasets: list[Cand]) -> bool:
    """Whether ``chosen``, the benchmark nearest to a value no construction ties to one, is one
    item of a list of benchmarks ("On Kinetics, Charades and UCF101, X is ... 2-3 times more
    efficient", "on four datasets, i.e., A, B, C and D, ... with 1.44x throughput"): the claim
    is about the list, and its last (or nearest) item is no better a guess than none."""
    return any(chosen in ls for ls in _name_lists(text, datasets))


# --- a baseline's score written as "N% of the existing method"; a k-fold protocol ---------------

# "an F1 score of 81.43% compared with 80.47% of the existing method": after a word of
# comparison, "N% of the <earlier work>" is that work's score, not a share of it (not "with only
# 2% of the original parameters", "achieves 74.12% of the SOTA performance")
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against|vs\.?|versus)\s+(?:only\s+)?\$?$", re.I)
_OF_EARLIER_WORK = re.compile(
    r"\s*(?:\\?%)?\s*of\s+(?:the\s+)?(?:existing|previous|prior|baseline|best|former|original|"
    r"state[- ]of[- ]the[- ]art|SOTA|competing|second[- ]best)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:methods?|models?|approach(?:es)?|baselines?|systems?|works?|algorithms?|networks?|results?)\b",
    re.I,
)


def _compared_score_of(text: str, q: Quantity, s0: int) -> bool:
    """Whether ``q`` is an earlier work's score named after a word of comparison, written as
    "N% of the existing method" (see _COMPARED_WITH_BEFORE)."""
    return bool(
        _COMPARED_WITH_BEFORE.search(text, max(s0, q.start - 20), q.start) and _OF_EARLIER_WORK.match(text, q.end)
    )


# a k-fold protocol: "6-fold cross-validation", "5-fold CV"; and an N-fold coordinated with a
# benchmark's split and followed by no word of a ratio ("on S3DIS Area5 and 6-fold semantic
# segmentation"; not "a 20-fold speedup", "2.3x and 6-fold faster", "10-fold throughput", "within
# 5-fold for test cases and 20-fold for protein classes": a ratio standing alone before a preposition)
_CROSS_VALIDATION_AFTER = re.compile(r"[\s-]*(?:cross[\s-]*validat\w*|cross[\s-]*val\b|CV\b)", re.I)
_ITEM_BEFORE = re.compile(r"(?:,|\band)\s*$")
_VALUE_ITEM_BEFORE = re.compile(r"(?<![\w.])[-+]?\d[\d.,]*\s*(?:\\?%|x|×|-?fold)?\s*,?\s*(?:and\s*)?$")
_RATIO_WORD_AFTER = re.compile(
    r"\s*(?:" + _CHANGE_STEM + r"|faster|slower|quicker|speed\w*|accelerat\w*|compress\w*|fewer|less|more|higher|"
    r"lower|larger|smaller|greater|better|worse|gains?|drops?|savings?|throughput|runtime|latency|memory|costs?|"
    r"advantages?|benefits?|over|than|compared|relative|for|in|on|at|of|with|across|within)\b",
    re.I,
)


def _k_fold_protocol(text: str, q: Quantity) -> bool:
    """Whether an "N-fold" (``q``, written with digits) names the splits of an evaluation
    rather than a ratio (see _CROSS_VALIDATION_AFTER)."""
    if q.word or not q.text[:1].isdigit():
        return False
    if _CROSS_VALIDATION_AFTER.match(text, q.end):
        return True
    return bool(
        _ITEM_BEFORE.search(text, max(0, q.start - 6), q.start)
        and not _VALUE_ITEM_BEFORE.search(text, max(0, q.start - 20), q.start)
        and not _RATIO_WORD_AFTER.match(text, q.end)
    )


# --- "performance" named after the measure it is written in ------------------------------------

# "up to 5.9% performance improvement in terms of accuracy", "12.39%, 15.71% and 18.09% overall
# performance improvements over KorbNet, in terms of SROCC, PLCC and RMSE, respectively": the
# values of a bare "performance" take the measures "in terms of" names later in their clause
# (no number and no clause break between)
_IN_TERMS_OF = re.compile(r"\bin\s+terms\s+of\s+(?:the\s+)?")
_IN_TERMS_GAP_BREAK = re.compile(r"[;:]|\d|\b(?:while|whereas|but|which)\b")
_IN_TERMS_MEASURES_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|/\s*)")


def _performance_in_terms_of(text: str, bound: list[list], metrics: list[Cand], s1: int) -> None:
    """Values bound to the bare "performance" (a run of them: _value_groups_any) whose clause
    names the measure after "in terms of" take it; as many measures as values pair in order."""
    groups = _value_groups_any(text, bound)
    in_group = {i for g in groups for i in g}
    for g in groups + [[i] for i in range(len(bound)) if i not in in_group]:
        if any(bound[i][1] != "performance" or bound[i][2] > 0.75 for i in g):
            continue
        last = bound[g[-1]][0]
        m = _IN_TERMS_OF.search(text, last.end, min(s1, last.end + 120))
        if m is None or _IN_TERMS_GAP_BREAK.search(text, last.end, m.start()):
            continue
        # the measures named one after another right after "in terms of"
        named, pos = [], m.end()
        for c in metrics:
            if c.start < pos:
                continue
            if c.start != pos and not (named and _IN_TERMS_MEASURES_GAP.fullmatch(text, pos, c.start)):
                break
            named.append(c)
            pos = c.end
        if len(named) == 1:
            for i in g:
                bound[i] = [bound[i][0], named[0].name, 0.8]
        elif len(named) == len(g):
            for i, c in zip(g, named, strict=True):
                bound[i] = [bound[i][0], c.name, 0.8]


# --- coordinated modifiers of one plural measure head, then as many margins --------------------

# "in image and group scores by 12% and 9%", "training and inference times by 30% and 50%": the
# modifiers (two to four) share the plural head that no measure mention covers ("scores" and
# "times" alone name none), each margin in turn taking one
_PLURAL_MEASURE_HEADS = r"(?:scores|rates|times|errors|accuracies|latencies|costs|speeds)"
_PLURAL_HEAD_BY = re.compile(
    r"\b((?:[a-z][\w-]*\s*,\s*){0,2}[a-z][\w-]*\s*,?\s+and\s+[a-z][\w-]*)\s+(" + _PLURAL_MEASURE_HEADS + r")"
    r"\s+by\s+" + MARGIN_HEDGE + r"$"
)
_MODIFIER_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _split_plural_heads(text: str, bound: list[list], s0: int) -> None:
    """Margins of a list ("by 12% and 9%") after coordinated modifiers of one plural measure
    head (see _PLURAL_HEAD_BY) that bound to no measure (or the bare "performance") each take
    their modifier with the head: "image scores", "group scores"."""
    for g in _value_groups_any(text, bound):
        if any(bound[i][1] not in (None, "performance") or bound[i][2] > 0.6 for i in g):
            continue
        q1 = bound[g[0]][0]
        m = _PLURAL_HEAD_BY.search(text, max(s0, q1.start - 90), q1.start)
        if m is None:
            continue
        modifiers = _MODIFIER_SPLIT.split(m.group(1))
        if len(modifiers) != len(g) or any(w in _NOT_MODIFIERS or _CHANGE_WORD.match(w) for w in modifiers):
            continue  # (not "reduces and improves times", "the and")
        for i, word in zip(g, modifiers, strict=True):
            bound[i] = [bound[i][0], f"{word} {m.group(2)}", 0.85]


# --- a benchmark's score ----------------------------------------------------------------------

# "improves the MT-Bench score from 6.1 to 7.3", "pushing the GLUE score to 80.5%", "an AlpacaEval
# score of 35.2%": the benchmark is the dataset and "score" the measure (the guidelines' metric is
# the text's word; the benchmark names no measure of its own)
_SCORE_NOUN = r"(?:\s+benchmark)?\s+(?P<noun>scores?)"  # (after the benchmark: "GLUE benchmark score")
_BENCHMARK_SCORE_GAP = re.compile(
    # (a model's: "the MT-Bench score of Llama-2 from 6.1 to 7.3")
    _SCORE_NOUN + r"\s*(?:of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[\w.-]+)?\s+(?=from|to))?"
    r"(?:(?:of|is|was|=|:|from|to|reaches|reached|at)\s*)?"
    r"(?:(?:only|just|about|nearly|around|approximately|over|up to|more than|merely)\s+)?\$?$"
)
_FROM_VALUE_TO = re.compile(r"\s*(?:\\?%)?\s*to\s+\$?$")
# its gain in brackets or in apposition: "to 80.5% (7.7% point absolute improvement)", "to 80.5%,
# a 7.7 point absolute gain" (not a bare ", 84.2": the next of a list of values)
_APPENDED_GAIN = re.compile(r"\s*(?:\\?%)?\s*(?:\(\s*(?:an?\s+)?|,\s*(?:an?|up)\s+)[+]?$")


def _bind_benchmark_scores(text: str, bound: list[list], datasets: list[Cand], s0: int) -> None:
    """A value written right after "<benchmark> score" (and the "to" value of its "from ... to")
    measures "score" (see _BENCHMARK_SCORE_GAP), over a measure bound from farther away."""
    prev_set = -1
    for i, (q, _metric, strength) in enumerate(bound):
        if strength >= 0.85:
            continue
        if prev_set == i - 1 >= 0 and (
            _FROM_VALUE_TO.fullmatch(text, bound[i - 1][0].end, q.start)
            or _APPENDED_GAIN.fullmatch(text, bound[i - 1][0].end, q.start)
        ):
            bound[i] = [q, bound[i - 1][1], 0.85]  # "from 6.1 to 7.3", "to 80.5% (7.7% point ...)"
            prev_set = i
            continue
        d = next((c for c in reversed(datasets) if c.end <= q.start and q.start - c.end <= 40), None)
        if d is None or d.start < s0 or not (m := _BENCHMARK_SCORE_GAP.fullmatch(text, d.end, q.start)):
            if strength < 0.75 and (noun := _score_named_after(text, q, datasets)):
                bound[i] = [q, noun, 0.85]  # "a 70.4% FEVER score"
                prev_set = i
            continue
        bound[i] = [q, m.group("noun"), 0.85]
        prev_set = i


# ... or the benchmark and "score" written right after the value: "achieves a 70.4% FEVER score",
# "72.1 MMLU scores" (the unit may stand between: "a 61.2 % ZorbQA score")
_BEFORE_BENCHMARK = re.compile(r"(?:\s*\\?%)?[ \t]+")
_SCORE_AFTER_BENCHMARK = re.compile(_SCORE_NOUN + r"\b")


def _score_named_after(text: str, q: Quantity, datasets: list[Cand]) -> str | None:
    """"score" when ``q`` is followed by a benchmark and that word (see _SCORE_AFTER_BENCHMARK)."""
    d = next((c for c in datasets if c.start >= q.end), None)
    if d is None or d.start - q.end > 4 or not _BEFORE_BENCHMARK.fullmatch(text, q.end, d.start):
        return None
    m = _SCORE_AFTER_BENCHMARK.match(text, d.end)
    return m.group("noun") if m else None
