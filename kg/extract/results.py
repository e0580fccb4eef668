"""Quantitative results: numbers bound to a metric, a method, a dataset and a baseline.

Works sentence by sentence on raw text with the typed mentions of
:mod:`kg.extract.mentions`. A number is a result when a metric can be bound to it (next to
it, or through a comparative such as "faster"); counts that describe the paper itself
("we evaluate 12 LLMs") have no metric and are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.mentions import DATASET, METHOD, METRIC, Cand, DocState
from kg.extract.numbers import Quantity, clean_value_text, find_quantities
from kg.extract.names import cached_name_key as name_key


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


# comparative words that name the measure themselves
# fmt: off
_COMPARATIVE_METRIC = [
    (re.compile(r"^\s*(?:faster|quicker|speed(?:-|\s)?ups?|acceleration|accelerat\w*)\b", re.I), "speed"),
    (re.compile(r"^\s*(?:slower)\b", re.I), "speed"),
    (re.compile(r"^\s*(?:smaller|more compact)\b", re.I), "model size"),
    (re.compile(r"^\s*(?:cheaper|less expensive)\b", re.I), "cost"),
]
# fmt: on
_RELATIVE_CUE = re.compile(
    r"\b(?:improv\w*|outperform\w*|gain\w*|increas\w*|decreas\w*|reduc\w*|faster|slower|"
    r"fewer|less|more|higher|lower|better|worse|boost\w*|speed-?ups?|surpass\w*|relative|"
    r"absolute|exceed\w*|drop\w*|saving\w*|save\w*|lead\w*|advantage|margin|cut\w*|"
    r"smaller|larger|over|than|compared|versus|vs\.?)\b",
    re.I,
)
_BY_BEFORE = re.compile(r"\b(?:by|of up to|up to|by up to|by over|by about|by nearly|by around)\s*$",
                        re.I)  # fmt: skip
_FROM_TO = re.compile(r"\bfrom\s*$", re.I)
_TO_BEFORE = re.compile(r"\bto\s*$", re.I)
_BASELINE_CUE = re.compile(
    r"\b(?:than|over|compared (?:to|with)|relative to|vs\.?|versus|against|surpass\w*|"
    r"outperform\w*|beat\w*|exceed\w*)\s+(?:the\s+)?(?:original\s+|vanilla\s+|strong\s+)?$",
    re.I,
)
_WE = re.compile(
    r"\b(?:we|our|ours|proposed|this (?:method|model|approach|framework)|it)\b", re.I
)
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
_SETTING_AFTER = re.compile(
    r"^\s*(?:%|\\%)?\s*(?:of\s+(?:the\s+)?(?:training\s+)?(?:data|samples|examples|tokens|"
    r"labels|labeled)|(?:training\s+)?(?:data|samples|examples|images|tokens|steps|epochs|"
    r"layers|heads|GPUs?|languages|tasks|models|LLMs|domains|problems|questions|papers|"
    r"participants|users|hours of)\b)",
    re.I,
)
_BETWEEN_CHAIN = re.compile(r"^\s*(?:,|and|or|,\s*and|to|/|vs\.?|versus|-|–)\s*$")


def find_results(text: str, st: DocState) -> list[RawResult]:
    """All results of a document, in text order."""
    quantities = [q for q in find_quantities(text) if q.start >= st.title_end]
    if not quantities:
        return []
    mentions = st.mentions
    name_spans = [(c.start, c.end) for c in mentions if c.label in (METHOD, DATASET)]
    metrics = [c for c in mentions if c.label == METRIC]
    out: list[RawResult] = []
    # group quantities by sentence
    by_sent: dict[int, list[Quantity]] = {}
    for q in quantities:
        if any(a <= q.start < b for a, b in name_spans):
            continue
        by_sent.setdefault(st.sentence_of(q.start), []).append(q)
    proposed = st.proposed[0] if st.proposed else None
    for si, qs in by_sent.items():
        s0, s1 = st.sentences[si]
        sent_mentions = [c for c in mentions if s0 <= c.start < s1]
        sent_metrics = [c for c in metrics if s0 <= c.start < s1]
        bound: list[tuple[Quantity, str | None, float]] = []
        for q in qs:
            metric, strength = _bind_metric(text, q, sent_metrics, s0, s1)
            bound.append((q, metric, strength))
        # numbers in a chain ("96.7% and 95.4%", "from 16.4 to 17.8") share the metric
        for i in range(len(bound)):
            q, metric, strength = bound[i]
            if metric:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(bound):
                    q2, m2, s2 = bound[j]
                    lo, hi = (q2, q) if j < i else (q, q2)
                    if m2 and _BETWEEN_CHAIN.match(text[lo.end : hi.start]) and (
                        q.unit == q2.unit or q.unit is None or q2.unit is None
                    ):
                        bound[i] = (q, m2, min(strength, s2) if strength else s2 * 0.9)
                        break
        for idx, (q, metric, strength) in enumerate(bound):
            if not metric:
                continue
            if q.unit is None and _YEARISH.match(q.text):
                continue
            if q.unit is None and strength < 0.6:
                continue
            if _SETTING_AFTER.match(text[q.end : q.end + 40]) and strength < 0.8:
                continue
            res = _build(text, st, q, metric, strength, sent_mentions, s0, s1, proposed, bound,
                         idx)  # fmt: skip
            if res:
                out.append(res)
    return out


def _bind_metric(
    text: str, q: Quantity, metrics: list[Cand], s0: int, s1: int
) -> tuple[str | None, float]:
    after = text[q.end : min(s1, q.end + 60)]
    for rx, name in _COMPARATIVE_METRIC:
        if rx.match(after):
            # "2x faster in latency": the explicit metric still wins when right after
            m = _metric_right_after(text, q, metrics, max_gap=30)
            if m:
                return m
            return name, 0.75
    best = _metric_right_after(text, q, metrics, max_gap=28)
    if best:
        return best
    # metric before the number: "accuracy of 79.4%", "BLEU from 14.75 to 15.90"
    cand = None
    for c in metrics:
        if c.end <= q.start:
            gap = text[c.end : q.start]
            if len(gap) <= 45 and not re.search(r"[;]|\d", gap):
                cand = c
    if cand is not None:
        gap = text[cand.end : q.start]
        strength = 0.85 if len(gap) <= 25 else 0.65
        return cand.name, strength
    # anywhere in the sentence, weakly
    if q.unit in ("%", "x", "points"):
        near = None
        dist = 10**9
        for c in metrics:
            d = abs(c.start - q.start)
            if d < dist:
                near, dist = c, d
        if near is not None:
            return near.name, 0.45
    return None, 0.0


_AFTER_GAP = re.compile(
    r"^\s*(?:\)|\$)?\s*(?:(?:higher|lower|better|worse|more|less|relative|absolute|average|"
    r"avg\.?|overall|mean|improvement|improvements|gain|gains|increase|decrease|reduction|"
    r"drop|boost|in|on|of|the|top-1|zero-shot|few-shot|and|points?|pts)\s+){0,4}$",
    re.I,
)


def _metric_right_after(text, q, metrics, max_gap):
    for c in metrics:
        if c.start >= q.end and c.start - q.end <= max_gap:
            gap = text[q.end : c.start]
            if _AFTER_GAP.match(gap):
                return c.name, 0.9 if len(gap.strip()) == 0 else 0.8
    return None


def _build(text, st, q, metric, strength, sent_mentions, s0, s1, proposed, bound, idx):
    before = text[max(s0, q.start - 40) : q.start]
    after = text[q.end : min(s1, q.end + 40)]
    unit = q.unit
    relative = False
    if unit == "x" or unit == "points":
        relative = True
    if _BY_BEFORE.search(before) or _RELATIVE_CUE.search(after[:25]):
        relative = True
    elif _RELATIVE_CUE.search(before[-25:]) and not _FROM_TO.search(before):
        relative = True
    if q.text.startswith(("+", "-", "\u2212")):
        relative = True
    from_to_start = _FROM_TO.search(before) is not None
    to_end = _TO_BEFORE.search(before) is not None and idx > 0 and _FROM_TO.search(
        text[max(s0, bound[idx - 1][0].start - 12) : bound[idx - 1][0].start]
    )
    if from_to_start or to_end:
        relative = False
    # method, dataset, baseline
    methods = [c for c in sent_mentions if c.label == METHOD]
    datasets = [c for c in sent_mentions if c.label == DATASET]
    baseline = None
    subject = None
    for c in methods:
        pre = text[max(s0, c.start - 40) : c.start]
        if _BASELINE_CUE.search(pre):
            if baseline is None:
                baseline = c.name
            continue
        if c.start < q.start and subject is None and not c.proposed:
            if not re.search(r"\b(?:like|such as|including|e\.g\.,?|from|of|with)\s+$", pre):
                subject = c
        if c.proposed and c.start < q.start:
            subject = c
    sentence = text[s0:s1]
    method = None
    confidence = strength
    if from_to_start:
        method = baseline or "(baseline)"
        baseline = None
    elif subject is not None:
        method = subject.name
    elif proposed:
        method = proposed
        confidence *= 0.95 if _WE.search(sentence) else 0.85
    else:
        method = "(proposed)"
        confidence *= 0.9
    dataset = None
    if datasets:
        dataset = _nearest_dataset(text, q, datasets, bound, idx)
    value_text = clean_value_text(q.text)
    if unit == "points" and "point" not in value_text:
        value_text = f"{q.value:g} points"
    return RawResult(
        value=q.value,
        value_text=value_text,
        unit=unit,
        metric=metric,
        method=method,
        dataset=dataset,
        relative=relative,
        baseline=baseline if relative else None,
        span=(s0, s1),
        confidence=round(max(0.05, min(0.99, confidence)), 3),
    )


def _nearest_dataset(text, q, datasets, bound, idx):
    # "96.7% and 95.4% on A and B (respectively)": the i-th number goes with the i-th dataset
    chain = [b[0] for b in bound]
    if len(datasets) >= 2 and len(chain) >= 2:
        pos = chain.index(q)
        after = [d for d in datasets if d.start > q.start]
        if len(after) >= len(chain) - pos and len(datasets) == len(chain):
            return datasets[pos].name
    after = [d for d in datasets if d.start >= q.end]
    if after and after[0].start - q.end < 80:
        return after[0].name
    best = min(datasets, key=lambda d: abs(d.start - q.start))
    return best.name


_ = name_key
