"""The registered spaCy components of the mlkg pipeline (``mlkg_<step>``) and Doc extensions.

Order: ``mlkg_sentences`` → ``mlkg_lexicon`` → ``mlkg_acronyms`` → ``mlkg_names`` →
``mlkg_typing`` → ``mlkg_results``. Each reads and writes ``Doc._`` extensions declared
here; spaCy ends in :func:`kg.extract.convert.doc_to_extraction`.

Everything works on ``doc.text`` with compiled regexes and on PhraseMatcher output, so the
per-document cost is a handful of C-level scans, not per-token Python loops.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract import names as N
from kg.extract import techniques as T
from kg.extract.lexicon import build_matchers, lexicon_patterns, lookup_label
from kg.extract.mentions import (METRIC, Cand, DocState, find_candidates, resolve, stand_in_spans,
                                 title_handle_spans)
from kg.extract.mentions import characterized, terms_compared  # what "in terms of" reads
from kg.extract.mentions import NP_END_PUNCT
from kg.extract.mentions import no_ascii_folds  # (no character re.I folds to an ASCII letter)
from kg.extract.numbers import ASYMPTOTIC, parse_number
from kg.extract.results import OWN_VALUE_AFTER, SMALL_AMOUNT, find_results, retire_stand_ins
from kg.text import may_hold
from kg.text import split_sentences, text_shape

if not Doc.has_extension("mlkg"):
    Doc.set_extension("mlkg", default=None)


# where spaCy's Underscore keeps ``doc._.mlkg`` (spacy/tokens/underscore.py: ``_get_key``);
# reading and writing it directly skips building an Underscore object at each access
# (about 5 us each). Checked once here:
_STATE_KEY = ("._.", "mlkg", None, None)
_probe = Doc(Vocab())
_probe.user_data[_STATE_KEY] = _probe
assert _probe._.mlkg is _probe, "spaCy changed where Doc._ values live"
del _probe


def state(doc: Doc) -> DocState:
    """The document's :class:`DocState` (``doc._.mlkg``), created on first use."""
    st = doc.user_data.get(_STATE_KEY)
    if st is None:
        st = DocState()
        doc.user_data[_STATE_KEY] = st
    return st


def doc_state(doc: Doc) -> DocState | None:
    """``doc._.mlkg``: the document's state, None before the pipeline ran."""
    return doc.user_data.get(_STATE_KEY)


def _sentence_spans(doc: Doc):
    st = doc._.mlkg
    for a, b in st.sentences:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            yield span


def _macro_names(text: str, macros, stand_ins) -> tuple:
    """The spans of unknown macros' words that name something as written ("\\zorbcoder" ->
    "zorbcoder"): not stand-ins, and not words the text also writes without the macro, a link's
    path aside ("\\attack", "\\faster": an ordinary word that is the handle of a name printed otherwise)."""
    out = []
    low = text.lower() if macros and (text.isascii() or no_ascii_folds(text)) else None
    if low is not None and len(low) != len(text):
        low = None
    for a, b in macros:
        if (a, b) in stand_ins:
            continue
        if low is not None and a < b and text[a:b].isascii():
            plain = _plain_occurrences(text, low, low[a:b])
        else:
            plain = (m.start() for m in re.finditer(rf"(?<![\w/.-]){re.escape(text[a:b])}(?![\w-])", text, re.I))
        if all(any(x <= i < y for x, y in macros) for i in plain):
            out.append((a, b))
    return tuple(out)


def _plain_occurrences(text: str, low: str, word: str):
    r"""The starts of ``re.finditer(rf"(?<![\w/.-]){re.escape(word)}(?![\w-])", text, re.I)``
    for an ASCII ``word`` (lower case, not empty) and a ``text`` whose lower case ``low`` keeps
    its offsets and that holds none of ``mentions._FOLDS_TO_ASCII`` (then re.I matches the word where
    ``low`` has it; \w is ``str.isalnum`` or "_"): a str.find loop, without compiling a new
    pattern for each macro word (about 0.4 ms each, a twentieth of a sota-arxiv run's time).
    Matches do not overlap, as finditer's."""
    n = len(word)
    i = low.find(word)
    while i >= 0:
        before = text[i - 1] if i else ""
        after = text[i + n : i + n + 1]
        if not (before and (before.isalnum() or before in "_/.-")) and not (
                after and (after.isalnum() or after in "_-")):  # fmt: skip
            yield i
            i = low.find(word, i + n)
        else:
            i = low.find(word, i + 1)


@Language.component("mlkg_sentences", assigns=["doc.sents", "doc._.mlkg"])
def mlkg_sentences(doc: Doc) -> Doc:
    """Sentence boundaries from :func:`kg.text.split_sentences`, so sentence indices agree
    with the rdf layer; the title (before the first blank line) is sentence 0."""
    st = state(doc)
    # Doc.text re-joins every token on each access, so it is read once and kept
    st.text = doc.user_data.pop("mlkg_text", None) or doc.text
    # which words stand in for names the text does not spell (from the paper's LaTeX macros)
    macros = doc.user_data.pop("mlkg_macros", ())
    st.stand_ins = stand_in_spans(st.text, macros)
    if macros:
        st.stand_ins = title_handle_spans(st.text, macros, st.stand_ins)
    st.macro_names = _macro_names(st.text, macros, st.stand_ins)
    low = st.text.lower()
    st.low = low if len(low) == len(st.text) else st.text  # "İ".lower() is two characters
    st.words = N.lower_words(st.low)
    # (one shape for the document, read by the scans that look for where a number, a sentence
    # end or a capitalised run begins: kg.text.text_shape)
    st.shape = text_shape(st.text)
    st.sentences = split_sentences(st.text, st.shape)
    st.starts = [a for a, _ in st.sentences]
    sep = st.text.find("\n\n")
    st.title_end = sep if sep >= 0 else 0
    # doc.sents from the same spans, computed only when asked for: writing
    # Token.sent_start for every document would cost more than the rest of this step
    doc.user_hooks["sents"] = _sentence_spans
    return doc


@Language.factory(
    "mlkg_lexicon",
    assigns=["doc._.mlkg"],
    default_config={"patterns": {"@misc": "mlkg.lexicon_patterns.v1"}},
)
def make_lexicon(nlp: Language, name: str, patterns: list) -> LexiconMatcher:
    return LexiconMatcher(nlp, patterns)


class LexiconMatcher:
    """PhraseMatcher lookup of the lexicon files (methods, datasets, metrics, tasks)."""

    def __init__(self, nlp: Language, patterns: list) -> None:
        self.exact, self.lower, self.table = build_matchers(nlp, patterns or lexicon_patterns())

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        found = []
        for matcher, base in ((self.exact, 0.9), (self.lower, 0.85)):
            for key, s, e in matcher(doc):
                label, ident, weak, derived = self.table[key]
                # two Token look-ups per match: cheaper than Doc.to_array for a handful
                last = doc[e - 1]
                c = Cand(doc[s].idx, last.idx + len(last), label, "lexicon", base, ident)
                c.weak = weak
                c.derived = derived
                found.append(c)
        st.lexicon = found
        return doc


@Language.component("mlkg_acronyms", assigns=["doc._.mlkg"])
def mlkg_acronyms(doc: Doc) -> Doc:
    """Acronym definitions "Long Form (ACR)" (Schwartz-Hearst)."""
    st = state(doc)
    st.acronyms = N.find_acronyms(st.text)
    return doc


@Language.factory("mlkg_names", requires=["doc._.mlkg"], assigns=["doc._.mlkg"])
def make_names(nlp: Language, name: str) -> NameFinder:
    return NameFinder(nlp)


class NameFinder:
    """Candidate names: name-like words, title-case runs, the title prefix, task phrases.

    Whether a word looks like a name is a lexical flag of the vocabulary, computed once
    per word type, so each document only reads a column of its token array.
    """

    def __init__(self, nlp: Language) -> None:
        self.flag = nlp.vocab.add_flag(N.name_word)

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        if len(doc):
            st.name_spans = N.name_words_from_doc(doc, self.flag, st.text)
        find_candidates(st.text, st)
        return doc


@Language.component("mlkg_typing", requires=["doc._.mlkg"], assigns=["doc._.mlkg"])
def mlkg_typing(doc: Doc) -> Doc:
    """Resolve overlaps and give each candidate a type from lexicon and context."""
    st = state(doc)
    resolve(st.text, st)
    return doc


@Language.component("mlkg_results", requires=["doc._.mlkg"], assigns=["doc._.mlkg"])
def mlkg_results(doc: Doc) -> Doc:
    """Quantitative results bound to method, dataset and metric."""
    st = state(doc)
    text = st.text
    # "with minimal computation overhead, X achieves a 25.1% improvement": a cost said to
    # be small describes the method; the sentence's number is not its value (unless written
    # right after it: "at a small cost of $0.02 per query")
    st.mentions = [c for c in st.mentions if not (c.weak and _COST.search(c.name)
                                                  and _SMALL_BEFORE.search(text, max(0, c.start - 30), c.start)
                                                  and not OWN_VALUE_AFTER.match(text, c.end))]  # fmt: skip
    st.results = find_results(text, st)
    if st.stand_ins:  # (after binding: they are read as names until the results are)
        retire_stand_ins(text, st)
    # weak metric words ("memory", "cost") stay only when a number is reported with them
    used = {r.metric for r in st.results}
    drop = {
        id(c) for c in st.mentions
        if (c.weak or _bare_derived_code(text, c)) and c.name not in used and not _number_for(
            text, st, c) and (_property(text, c) or not _measure_context(text, c)) and not _speedup_noun(text, c)
    }  # fmt: skip
    if drop:
        # "low latency and model size": a measure coordinated with a kept one is kept
        metrics = [c for c in st.mentions if c.label == METRIC]
        for a, b in zip(metrics, metrics[1:], strict=False):
            if N.LIST_GAP.fullmatch(text, a.end, b.start):
                if id(a) in drop and id(b) not in drop:
                    drop.discard(id(a))
                elif id(b) in drop and id(a) not in drop:
                    drop.discard(id(b))
        st.mentions = [c for c in st.mentions if id(c) not in drop]
    return doc


# a speedup named as a noun reports a measured gain whatever word grades it ("a significant
# speedup over CPU implementations", "linear speedup is observable", "provides good speedup
# on multicore processors", "13 actual speedup over AlexNet" where the "x" was lost): unlike
# "memory" or "cost" the noun has no other sense. Not the verb ("to speed-up the process",
# "substantially speedup the search phase", "can speed-up its execution"), nor a kind of
# technique ("speedup techniques for road networks"), nor a keyword list
_SPEEDUP = re.compile(r"speed-?ups?", re.I)
_SPEEDUP_VERB_BEFORE = re.compile(
    # (not "to" after a verb that takes a noun there: "leads to speedup over the baseline")
    r"\b(?<!lead )(?<!leads )(?<!led )(?<!leading )(?<!due )(?<!owing )(?<!contribute )(?<!contributes )"
    r"(?<!contributed )(?:to|can|could|will|would|may|might|should|must|\w+ly)\s+$"
    # ... nor the kind of a scaling law ("super-linear speedup on 400 GPUs", "leads to possible
    # algorithmic speedup"): how the gain grows, which the readable gold does not list
    r"|\b(?:(?:super|sub|near)-?)?(?:linear|polynomial|exponential|quadratic|logarithmic|polylogarithmic)"
    r"\s+$|\b(?:algorithmic|asymptotic|theoretical|possible)\s+$",
    re.I,
)
# "a 1.3x speedup in throughput": the measure is the one after "in"
_SPEEDUP_IN = re.compile(r"\s+in\s+(?:the\s+)?([\w-]+)")
_SPEEDUP_NOT_AFTER = re.compile(
    r"\s+(?:the|a|an|its|their|this|these|those|our|general|techniques?|methods?|tricks?)\b", re.I
)


def _speedup_noun(text: str, c: Cand) -> bool:
    """Whether a weak measure word is the noun "speedup" (see _SPEEDUP)."""
    if not _SPEEDUP.fullmatch(text, c.start, c.end):
        return False
    s = max(0, c.start - 20)
    if _SPEEDUP_VERB_BEFORE.search(text, s, c.start) or _SPEEDUP_NOT_AFTER.match(text, c.end):
        return False
    if (m := _SPEEDUP_IN.match(text, c.end)) and lookup_label(m.group(1)) == METRIC:
        return False
    return "eywords" not in text[max(0, c.start - 300) : c.start]


# what the work attains, named as the object of a verb of attaining: "brings actual speedup",
# "achieving substantial speedups", "we obtain a running time of" (but "achieving energy
# efficiency", "yielding energy savings": the word modifies the property attained)
_ACHIEVED_BEFORE = re.compile(
    r"\b(?:achiev(?:e|es|ed|ing)|yield(?:s|ed|ing)?|obtain(?:s|ed|ing)?|bring(?:s|ing)?|deliver(?:s|ed|ing)?)\s+"
    r"(?:(?:an?|the|significant|substantial|considerable|actual|real|notable|remarkable|large|great|"
    r"further|additional|consistent|practical|massive|dramatic)\s+)*$",
    re.I,
)
# a size the work claims to have less of: "with a much smaller model size", "a smaller
# number of parameters" (a cost word is not: "a smaller overhead", see _COST; "similar",
# "same", "comparable" name a level held fixed, more often a control than a reported cost:
# they lost a held-out item each; "smaller than GPU memory": what is compared to it)
_SMALLER_BEFORE = re.compile(r"\bsmaller\s+(?!to\b|in\b|than\b)(?:[\w-]+\s+)?$", re.I)
# and the measure ends its noun phrase: not "a smaller energy gap", "a smaller loss scale",
# "a smaller memory module", "memory-efficient"
_NOUN_PHRASE_END = re.compile(
    NP_END_PUNCT + r"|\s+(?:than|and|or|but|while|with|compared|at|for|on|in|by|as|is|are|was|were)\b"
)
# a later item of the list of measures "in terms of" names (the first is _MEASURE_CONTEXT's):
# "in terms of inpainting quality and speed", "in terms of parameter count, training FLOPs,
# and inference speed" (items of content words: "in terms of usability, X can train up to
# 13B parameters" is a clause, not a list)
# (no "and" or article inside an item: "in terms of accuracy, and the memory module is
# lightweight", "evaluated on a real robot arm, and the speed of ..." open a new clause; any
# item may start with an article, but not after ", and": "in terms of the accuracy, the
# training time and the memory")
_LIST_WORD = (r"(?!(?:of|with|at|to|for|from|by|on|in|where|that|which|is|are|can|we|it|includ\w*|us(?:es|ing)|"
              r"ha(?:s|ve)|allow\w*|provid\w*|and|or|the|an?|our|its|their)\b)[\w-]+")
_LIST_ARTICLE = r"(?:(?<!, and )(?:the|an?)\s+)?"
_TERMS_LIST_BEFORE = re.compile(
    rf"\b(?:in terms of|measured by|evaluated (?:in terms of|on|using|with|by)|"
    # "outperforms ... in multiple metrics such as utility, power consumption, and convergence
    # speed": a list the text calls metrics
    rf"{T.MEASURE_LIST_CUE})\s+(?:both\s+)?"
    rf"(?:{_LIST_ARTICLE}{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,3}}"
    rf"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+|,?\s+as well as\s+)){{1,4}}"
    rf"{_LIST_ARTICLE}(?:{_LIST_WORD}\s+){{0,2}}$",
    re.I,
)


_OF_AFTER = re.compile(r"\s+of\b")  # "the speed of the gripper" (but "lower overhead to RSA" compares)


def _compared_in_terms(text: str, at: int) -> bool:
    """Whether the clause before "in terms of" at ``at`` compares or evaluates ("outperforms
    CNNs in terms of ...", "evaluated in terms of"; not "conditions in terms of the slice
    lengths and some network parameters"); and the list is not of kinds of evaluation
    ("in terms of automatic and human evaluation")."""
    if text[at : at + 11].lower() == "in terms of" and (
            _EVALUATION_KINDS.match(text, at + 11) or characterized(text, at)):  # fmt: skip
        return False
    return terms_compared(text, at)  # (the decision mentions' own "in terms of" lists take)


_EVALUATION_KINDS = re.compile(r"\s+(?:both\s+)?(?:automatic|automated|human|qualitative|quantitative)\b", re.I)


# ("we obtain a reward model", "brings a memory module": the word names a thing; "we obtain
# the error bounds", "error rates of convergence", "error analysis": what a theorem gives)
_ACHIEVED_NOT_MEASURE_AFTER = re.compile(
    r"-|\s+(?:efficien|saving|conservation|(?:weight|model|function|signal|module|bank|mechanism|network|system|distribution|"
    r"constraint|budget|bound)s?\b|analys[ie]s\b|(?:rates?\s+)?of\s+convergence\b)", re.I
)


# a short code that only the derived (leaderboard) lexicons know as a measure is more often
# something else in a text that gives it no number: "ARM Cortex-M", "MR images", "CC BY
# 4.0", "high SNR regime"; it stays where the text names it a measure ("the CC, SIM and
# AUC metrics", "SARI and FKGL automatic metrics") or in a measure context, as a weak word
_CODE_METRIC = re.compile(r"[A-Z][A-Za-z0-9@-]{0,5}")
_SOTA_BEFORE = re.compile(r"state[- ]of[- ]the[- ]art\s+(?:\\\w+\{\}\s+)?$", re.I)  # "state-of-the-art SDR"
_LISTED_AS_MEASURES_AFTER = re.compile(
    r"(?:\s*,\s*[\w@.-]+)*(?:,?\s+(?:and|or)\s+[\w@.-]+)?\s+(?:[a-z-]+\s+)?(?:metrics?|scores?|measures?)\b"
)


def _bare_derived_code(text: str, c: Cand) -> bool:
    return (c.derived and c.label == METRIC and _CODE_METRIC.fullmatch(text, c.start, c.end) is not None
            and sum(ch.isupper() for ch in text[c.start : c.end]) >= 2
            and _LISTED_AS_MEASURES_AFTER.match(text, c.end) is None
            and _SOTA_BEFORE.search(text, max(0, c.start - 40), c.start) is None)  # fmt: skip


# like "quality" and "efficiency" (GUIDELINES), a property the work improves, not a measure
# it names, unless a number is reported for it: "improves robustness", "high fidelity",
# "improves attention diversity"
_PROPERTY = re.compile(r"(?:robustness|fidelity|diversity)$", re.I)
_NAMED_MEASURE_AFTER = re.compile(r"\s+(?:metrics?|measures?|scores?)\b")


def _property(text: str, c: Cand) -> bool:
    # (but "we define robustness metrics" names a measure)
    return _PROPERTY.search(c.name) is not None and not _NAMED_MEASURE_AFTER.match(text, c.end)


# "at a lower computational cost", "with minimal overhead": like "higher efficiency", a
# cost is a property, not a named measure, unless a number is reported for it or it is
# named as a dimension of comparison ("in terms of cost")
_COST = re.compile(r"\b(?:costs?|overheads?)$", re.I)
_SMALL_BEFORE = re.compile(
    r"\b(?:" + SMALL_AMOUNT + r"|without)\s+(?:extra\s+|additional\s+)?(?:[a-z]+\s+)?$", re.I
)
_BOUND_BEFORE = re.compile(ASYMPTOTIC.pattern + r".*\)\s*$")  # "O(nm) " just before
_NAMED_DIMENSION = re.compile(r"in terms of|measured by|metrics?|trade-?off", re.I)


# the words every match of _ACHIEVED_BEFORE and _TERMS_LIST_BEFORE holds: their windows (45
# and 120 characters) are tested for them before the searches, which open with "\b" and
# alternatives and so are tried at every character (about 3 and 7 us)
_ACHIEVED_WORDS = ("achiev", "yield", "obtain", "bring", "deliver")
_TERMS_LIST_WORDS = ("in terms of", "measured by", "evaluated", "metrics")


def _measure_context(text: str, c: Cand) -> bool:
    if _CHANGES_AFTER.match(text, c.end) and not _VARIED_BEFORE.search(text, max(0, c.start - 12), c.start):
        return True  # "test loss to increase", "error falls off as a power of the data size"
    if (_COMPARED_AFTER.match(text, c.end) and not _VARIED_BEFORE.search(text, max(0, c.start - 12), c.start)
            and not _BARE_OBJECTIVE.fullmatch(c.name)):  # fmt: skip
        return True  # "the training speed is significantly faster", "its overhead is negligible"
    if _AS_A_METRIC.match(text, c.end):
        return True  # "we propose using perplexity as a surrogate metric"
    if (may_hold(text, max(0, c.start - 45), c.start, _ACHIEVED_WORDS)
            and _ACHIEVED_BEFORE.search(text, max(0, c.start - 45), c.start)
            and not _ACHIEVED_NOT_MEASURE_AFTER.match(text, c.end)):  # fmt: skip
        return True  # "our method brings actual speedup", "we achieve compression ratios"
    if (_SMALLER_BEFORE.search(text, max(0, c.start - 30), c.start) and not _COST.search(c.name)
            and _NOUN_PHRASE_END.match(text, c.end)):  # fmt: skip
        return True  # "with a smaller model size", "a smaller number of parameters"
    if (may_hold(text, max(0, c.start - 120), c.start, _TERMS_LIST_WORDS)
            and (m := _TERMS_LIST_BEFORE.search(text, max(0, c.start - 120), c.start)) and _compared_in_terms(text, m.start())
            and not _ACHIEVED_NOT_MEASURE_AFTER.match(text, c.end) and not _OF_AFTER.match(text, c.end)):
        return True  # "in terms of inpainting quality and speed", "in terms of X, Y, and inference speed"
    if c.name == "precision" and _NUMBER_FORMAT_BEFORE.search(text, max(0, c.start - 20), c.start):
        return False  # "low numerical precision", "mixed precision": a number format
    if _ranked_or_compared_on(text, c):
        return True  # "achieves the lowest latency", "is on par with Llama-2 in perplexity"
    m = _MEASURE_CONTEXT.search(text, max(0, c.start - 25), c.start)
    if m is not None and _PROPERTY_OF_AFTER.match(text, c.end):
        return False  # "the high sensitivity of LLMs to prompts": a property of something
    if m is None:
        # "an O(n log n) running time": a bound is reported for it
        return "(" in text[max(0, c.start - 60) : c.start] and _BOUND_BEFORE.search(
            text, max(0, c.start - 60), c.start) is not None  # fmt: skip
    return not _COST.search(c.name) or _NAMED_DIMENSION.search(m.group(0)) is not None




# "in terms of latency", "lower memory", "reduces the training loss": used as a measure
# ("halves the error rate", "a fast inference time", "attains a speedup over", "in both
# accuracy and speed", "gains in both pre-training perplexity and ...")
_MEASURE_CONTEXT = re.compile(
    r"\b(?:(?:in terms of|lower|higher|better|worse|improv\w*|reduc\w*|increas\w*|decreas\w*|"
    r"boost\w*|faster|less|fewer|minimal|low|high|measured by|" + T.MEASURE_LIST_CUE + "|"
    r"trade-off between|tradeoff between|speedup in|halv(?:es|ed|ing)|doubl(?:es|ed|ing)|fast|"
    r"slow|attains? an?|"
    # named as what is evaluated or reported: "evaluated using perplexity", "we report the
    # latency and throughput", "results reported as precision, recall and F1"
    r"(?:evaluat|assess|measur|benchmark|quantif)\w*\s+(?:with|using|by|via|in)|report(?:s|ed)?(?:\s+as)?)"
    r"\s+(?:to\s+|in\s+)?(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?"
    r"|in both\s+(?:[\w-]+\s+)?)$",
    re.I,
)


# a measure ranked by a superlative or a state-of-the-art claim: "achieves the lowest
# latency", "the best perplexity among", "state-of-the-art throughput" (what the work
# attains on it, as "higher" and "lower" in _MEASURE_CONTEXT say; not "comparable" or
# "similar", a level held fixed: "with comparable FLOPs", nor "strong", which describes a
# relation: "a strong correlation with")
# ("competitive" is a level held fixed too: "at competitive latency"; "record" only as a
# noun, not "we record memory at every step"; "the best parameters among all candidates"
# is a choice: what is chosen is ranked as a count only by "fewest", "smallest" or "lowest")
_RANKED_BEFORE = re.compile(
    r"\b(?:best|highest|lowest|smallest|fewest|fastest|state[- ]of[- ]the[- ]art|sota|superior|"
    r"(?<!\bwe\s)(?<!\bto\s)record(?!s\b))"
    r"\s+(?:(?:[a-z]+-)?[a-z]+\s+)?$",
    re.I,
)
_CHOSEN_THING = re.compile(r"\b(?:parameters|hyperparameters|settings|configurations|candidates)\Z", re.I)
_COUNT_RANKED_BEFORE = re.compile(r"\b(?:fewest|smallest|lowest)\s+(?:(?:[a-z]+-)?[a-z]+\s+)?$", re.I)
# a measure a comparison or an evaluation is made on: "is on par with Llama-2 in perplexity",
# "surpasses Mamba in throughput and", "we compare X and Y on perplexity", "we evaluate all
# models with latency" (at most six words between the verb and the preposition; "by",
# "with" and "using" only after a verb of evaluating: "outperforms X with limited memory" is
# a condition)
# (the one-word slot is no level held fixed: "with comparable latency", "with similar memory")
_HELD_FIXED = r"(?!(?:comparable|similar|competitive|same|matched|matching|equal|equivalent)\b)"
_MEASURE_SLOT = r"\s+(?:both\s+)?(?:the\s+|their\s+|its\s+)?" + _HELD_FIXED + r"(?:(?:[a-z]+-)?[a-z]+\s+)?$"
# the words between the verb and the preposition stay in its clause: no relative or
# question word and no second verb ("outperforms prior methods that rely on external
# memory", "we evaluate whether models rely on memory"), nor a topic ("our findings with
# prior studies on fairness")
_BETWEEN = (
    r"(?:\s+(?!(?:that|which|who|whom|whose|whether|how|what|where|rel(?:y|ies|ying|ied)|depend\w*|"
    r"focus\w*|bas(?:ed|ing)|buil[dt]\w*|conditioned|train(?:ed|ing|s)?|operat\w*|run\w*|"
    r"work|works|studies|study|research|literature)\b)[\w-]+)"
)
_COMPARED_ON_BEFORE = re.compile(
    r"\b(?:(?:outperform|surpass|beat|exceed|rival|trail|lag)\w*|on par with|superior to|inferior to|"
    r"comparable to|competitive with|(?:compar|evaluat|benchmark|assess)\w*)"
    + _BETWEEN
    + r"{0,6}?\s+(?:in|on|regarding|with respect to)"
    + _MEASURE_SLOT,
    re.I,
)
# (no possessive: "assessing LLMs with its wide-ranging coverage" says what a benchmark has;
# "benchmark" only as a verb: "on the SemanticKITTI benchmark with comparable speed")
_EVALUATED_WITH_BEFORE = re.compile(
    r"\b(?:evaluat\w*|benchmark(?:ed|ing)|assess\w*)"
    + _BETWEEN
    + r"{0,4}?\s+(?:by|with|using)\s+(?:both\s+)?(?:the\s+)?"
    + _HELD_FIXED
    + r"(?:(?:[a-z]+-)?[a-z]+\s+)?$",
    re.I,
)
# (besides _NOUN_PHRASE_END's: "the lowest latency among all methods", "across benchmarks")
_RANKED_END = re.compile(r"\s+(?:among|across|over|under|without|within|when|whereas)\b")
_WITH_AND_WITHOUT = re.compile(r"\s+(?:and|or)\s+without\b", re.I)
_COMPARISON_VERBS = ("outperform", "surpass", "beat", "exceed", "rival", "trail", "lag", "par with", "superior",
                     "inferior", "comparable", "competitive", "compar", "evaluat", "benchmark", "assess")  # fmt: skip
_EVALUATION_VERBS = ("evaluat", "benchmark", "assess")


def _ranked_or_compared_on(text: str, c: Cand) -> bool:
    """Whether a weak measure word is ranked ("the lowest latency") or the dimension of a
    comparison or an evaluation ("on par with Llama-2 in perplexity"), and ends its noun
    phrase there (not "the lowest energy state", "compared on memory-bound kernels")."""
    if not (_NOUN_PHRASE_END.match(text, c.end) or _RANKED_END.match(text, c.end)) or _COST.search(c.name):
        return False
    if _WITH_AND_WITHOUT.match(text, c.end):
        return False  # "we evaluate the agent with memory and without it": a condition
    s = max(0, c.start - 30)
    if _RANKED_BEFORE.search(text, s, c.start):
        return not _CHOSEN_THING.search(c.name) or _COUNT_RANKED_BEFORE.search(text, s, c.start) is not None
    s = max(0, c.start - 90)
    s = max(s, text.rfind(". ", s, c.start) + 1)  # (within the sentence)
    if may_hold(text, s, c.start, _COMPARISON_VERBS) and _COMPARED_ON_BEFORE.search(text, s, c.start):
        return True
    return (
        may_hold(text, s, c.start, _EVALUATION_VERBS)
        and _EVALUATED_WITH_BEFORE.search(text, s, c.start) is not None
    )


# a weak measure word followed by what it is a property of: "the increasing diversity of
# ML infrastructures", "a high correlation between", "reducing their sensitivity to
# distribution changes" describe something; "higher speed than", "lower latency" report
# ("energy-efficient", "memory-bound": the first part of a compound modifier)
_PROPERTY_OF_AFTER = re.compile(r"\s+(?:of|to|between)\b|-[a-z]")


# the measure is the subject of a verb of change: "test loss to increase", "perplexity drops"
_CHANGES_AFTER = re.compile(
    r"\s+(?:to\s+|both\s+|also\s+|then\s+|consistently\s+|steadily\s+)?(?:increase|decrease|"
    r"improve|drop|fall|rise|grow|degrade|decline)s?\b"
)


# the measure is the subject of a comparison: "the training speed is significantly faster
# than", "the inference time is reduced by half", "its speed is similar to the fastest
# method" (but "is lower bounded", "is lower semicontinuous": a bound, a property)
_COMPARED_AFTER = re.compile(
    r"\s+(?:is|are|was|were|remains?)\s+(?:(?:\w+ly|much|also|still|even|far|greatly)\s+)*"
    r"(?:faster|slower|lower|higher|smaller|larger|better|worse|reduced|improved|shorter|longer|halved|"
    r"comparable|competitive|on par|similar|negligible)\b(?![\s-]+(?:bound|semi))"
)
# a bare "loss" or "energy" compared is an objective or a physical quantity ("the energy is
# lower for data points than for noise", "our loss is similar to InfoNCE"); "the training
# loss is lower" names the measure
_BARE_OBJECTIVE = re.compile(r"(?:loss|energy)", re.I)
_AS_A_METRIC = re.compile(
    r"\s+as\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,2}metric\b"
)
_NUMBER_FORMAT_BEFORE = re.compile(
    r"\b(?:numerical|numeric|low|lower|mixed|half|full|single|double|reduced|arbitrary|fixed|"
    r"floating[- ]point|\d+-bit|bit)[- ]$", re.I
)
# "as the model size increases": a quantity that is varied, not measured
_VARIED_BEFORE = re.compile(r"\b(?:as|when|while|if)\s+(?:the\s+)?$")


_NUMBER_NEAR = re.compile(r"\d(?:\.\d+)?\s*(?:\\?%|x\b|×|\$\\times|times\b|-fold)")


_VALUE = re.compile(r"[-+\u2212]?\d[\d,]*(?:\.\d+)?")


def _number_for(text: str, st: DocState, c: Cand) -> bool:
    """Whether the sentence of a weak measure word reports a number that may be its own:
    one that is not the value of a result bound to another measure ("we conduct human
    evaluation and find the outputs 70.8% accurate": 70.8% is accuracy's)."""
    s0, s1 = st.sentence_span(c.start)
    taken = {r.value for r in st.results if r.span == (s0, s1) and r.metric != c.name}
    for m in _NUMBER_NEAR.finditer(text, s0, s1):
        nums = _VALUE.findall(text, max(s0, m.start() - 12), m.end())
        if not nums or parse_number(nums[-1]) not in taken:
            return True
    return False


PIPELINE = ("mlkg_sentences", "mlkg_lexicon", "mlkg_acronyms", "mlkg_names", "mlkg_typing",
            "mlkg_results")  # fmt: skip
