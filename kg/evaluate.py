"""Score extraction output against hand annotations (``kg eval``).

The matching rules are those of the project's gold scorer
(``shared/gold/score.py``), so the numbers agree with it: names match when their
normalised forms are equal or one is the other's long form/acronym, or
(lenient) their token sets overlap by Jaccard >= 0.5; each gold item is matched
at most once, exact matches first. Results match on the number and metric
("value") and additionally method and dataset ("tuple").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

FIELDS = ("methods", "datasets", "metrics", "tasks")
ROWS = ("methods", "datasets", "metrics", "tasks", "methods_strict", "datasets_strict",
        "metrics_strict", "tasks_strict", "results_value", "results_tuple")  # fmt: skip


def normalize(name: object) -> str:
    """Lower-case, NFKC, dashes/slashes as spaces, punctuation dropped.

    >>> normalize("Top-1 Acc."), normalize("RT-DETR×2")
    ('top 1 acc', 'rt detrx2')
    """
    s = unicodedata.normalize("NFKC", str(name)).lower()
    s = s.replace("\u00d7", "x").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub("[\"'`\u2018\u2019\u201c\u201d]", "", s)
    s = re.sub(r"[-_/]+", " ", s)
    s = re.sub(r"[^\w\s.@+#%]", " ", s)
    return re.sub(r"\s+", " ", s).strip(" .")


def name_forms(name: object) -> set[str]:
    """The normalised name plus, for "Long Form (ACR)", both parts.

    >>> sorted(name_forms("Adaptive Projected Guidance (APG)"))
    ['adaptive projected guidance', 'adaptive projected guidance apg', 'apg']
    """
    forms = {normalize(name)}
    m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", str(name))
    if m:
        forms |= {normalize(m.group(1)), normalize(m.group(2))}
    return {f for f in forms if f}


def names_match(pred: object, gold: object, lenient: bool) -> bool:
    if not pred or not gold:
        return False
    a, b = name_forms(pred), name_forms(gold)
    if a & b:
        return True
    if not lenient:
        return False
    for x in a:
        tx = set(x.split())
        for y in b:
            ty = set(y.split())
            if tx and ty and len(tx & ty) / len(tx | ty) >= 0.5:
                return True
    return False


def _entity_name(item: object) -> str:
    if isinstance(item, dict):
        return item.get("name") or item.get("label") or item.get("text") or ""
    return item or ""


_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*(?:\.\d+)?")


def number_of(value: object) -> float | None:
    """The number in a value ("79.4%" -> 79.4, 1.8 -> 1.8), commas as thousands separators."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    m = _NUMBER.search(str(value).replace(",", ""))
    return float(m.group()) if m else None


def _same_number(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _result_value(r: dict) -> object:
    # The contract carries the number in "value" and the surface in "value_text".
    return r.get("value") if r.get("value") is not None else r.get("value_text")


def result_match(level: str):
    def eq(pred: dict, gold: dict, strict: bool) -> bool:
        if not _same_number(number_of(_result_value(pred)), number_of(gold.get("value"))):
            return False
        if gold.get("metric") and not names_match(pred.get("metric"), gold["metric"], not strict):
            return False
        if level == "tuple":
            method = gold.get("method")
            if method and not str(method).startswith("(") and not names_match(
                pred.get("method"), method, not strict
            ):
                return False
            if gold.get("dataset") and not names_match(pred.get("dataset"), gold["dataset"], not strict):
                return False
        return True

    return eq


def match_pairs(preds: list, golds: list, eq) -> list[tuple[int, int]]:
    """One-to-one greedy matching, exact pairs first; returns (pred index, gold index) pairs."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for strict in (True, False):
        for i, p in enumerate(preds):
            if i in used_p:
                continue
            for j, g in enumerate(golds):
                if j not in used_g and eq(p, g, strict):
                    used_p.add(i)
                    used_g.add(j)
                    pairs.append((i, j))
                    break
    return pairs


def title_key(title: object) -> str:
    """How papers are matched by title when ids do not match (as the gold scorer does)."""
    return re.sub(r"\W+", " ", str(title).lower()).strip()


@dataclass
class PaperDiff:
    """What one paper's prediction missed and added, per field."""

    title: str
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    # results whose value and metric match gold but whose method or dataset do not
    mismatched: list[str] = field(default_factory=list)
    # gold results whose number is output under another measure: "<kind>: pred  (gold ...)",
    # kind "none" (output without a measure), "generic" (:data:`GENERIC_MEASURES`) or "other"
    remeasured: list[str] = field(default_factory=list)


@dataclass
class Score:
    counts: dict[str, list[int]] = field(default_factory=dict)  # row -> [tp, predicted, gold]
    papers: int = 0
    missing: int = 0
    diffs: list[PaperDiff] = field(default_factory=list)

    def add(self, row: str, tp: int, n_pred: int, n_gold: int) -> None:
        c = self.counts.setdefault(row, [0, 0, 0])
        c[0] += tp
        c[1] += n_pred
        c[2] += n_gold

    def annotated(self, row: str) -> bool:
        """Whether any gold paper annotated this row's field (a field whose gold is ``null`` is
        not counted at all, so its row has no counts and its F1 means nothing)."""
        return row in self.counts

    def prf(self, row: str) -> tuple[float, float, float]:
        tp, n_pred, n_gold = self.counts.get(row, [0, 0, 0])
        p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
        r = tp / n_gold if n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p, 3), round(r, 3), round(f, 3)

    def to_json(self) -> dict:
        out = {}
        for row in ROWS:
            if not self.annotated(row):
                continue
            p, r, f = self.prf(row)
            tp, n_pred, n_gold = self.counts.get(row, [0, 0, 0])
            out[row] = {"precision": p, "recall": r, "f1": f, "tp": tp, "predicted": n_pred, "gold": n_gold}
        out["papers"] = self.papers
        out["papers_missing_from_prediction"] = self.missing
        return out

    def table(self) -> str:
        lines = [f"{'measure':<18}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}"]
        for row in ROWS:
            if not self.annotated(row):
                lines.append(f"{row:<18}{'-':>7}{'-':>7}{'-':>7}{'-':>7}{'-':>7}  (not annotated)")
                continue
            p, r, f = self.prf(row)
            _, n_pred, n_gold = self.counts.get(row, [0, 0, 0])
            lines.append(f"{row:<18}{p:>7}{r:>7}{f:>7}{n_pred:>7}{n_gold:>7}")
        lines.append(f"papers {self.papers}, missing from prediction {self.missing}")
        return "\n".join(lines)


# measure names that say no more than "a number": a result output under one of them has lost
# the annotator's measure (``--measures`` of scripts/eval_sets.py counts them apart)
GENERIC_MEASURES = frozenset({"accuracy", "score", "scores", "performance", "improvement", "improvements",
                              "gain", "gains", "results", "result", "rate", "points"})  # fmt: skip


def measure_kind(metric: object, gold: object = None) -> str:
    """How a predicted result's measure that does not match gold's is lost: "none", "generic" or
    "other"; "taken" when it does match (the prediction went to another gold result of that number).

    >>> measure_kind(None), measure_kind("Performance"), measure_kind("top-1 accuracy", "F1")
    ('none', 'generic', 'other')
    >>> measure_kind("AP", "AP")
    'taken'
    """
    if not metric:
        return "none"
    if gold and names_match(metric, gold, True):
        return "taken"
    return "generic" if normalize(metric) in GENERIC_MEASURES else "other"


def _describe_result(r: dict) -> str:
    return f"{_result_value(r)} {r.get('metric')} ({r.get('method')}, {r.get('dataset')})"


def _prediction_finder(pred: list[dict]):
    """A function from a gold paper to its prediction (None if there is none): by id, else by
    normalised title."""
    by_id = {str(p["id"]): p for p in pred if p.get("id") is not None}
    # (a blank title is no key: it would pair a gold paper with any prediction without a title)
    by_title = {key: p for p in pred if (key := title_key(p.get("title", "")))}

    def prediction_of(g: dict) -> dict | None:
        p = by_id.get(str(g.get("id"))) if g.get("id") is not None else None
        if p is None and (key := title_key(g.get("title", ""))):
            p = by_title.get(key)
        return p

    return prediction_of


def score(gold: list[dict], pred: list[dict]) -> Score:
    """Score predictions against gold; papers matched by id, else by normalised title."""
    prediction_of = _prediction_finder(pred)
    result = Score(papers=len(gold))
    for g in gold:
        p = prediction_of(g)
        if p is None:
            result.missing += 1
            p = {}
        diff = PaperDiff(title=str(g.get("title") or g.get("id", "")))  # (some titles are blank)
        for fld in FIELDS:
            if g.get(fld, []) is None:  # not annotated (a results-only set): nothing to score
                continue
            golds = [_entity_name(e) for e in g.get(fld, [])]
            preds = list(dict.fromkeys(n for n in (_entity_name(e) for e in p.get(fld, [])) if n))
            for lenient in (False, True):
                pairs = match_pairs(preds, golds, lambda a, b, s, L=lenient: names_match(a, b, L and not s))
                result.add(fld if lenient else f"{fld}_strict", len(pairs), len(preds), len(golds))
            hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
            diff.missed[fld] = [x for j, x in enumerate(golds) if j not in hit_g]
            diff.spurious[fld] = [x for i, x in enumerate(preds) if i not in hit_p]
        gr, pr = g.get("results", []), p.get("results", [])
        value_pairs = match_pairs(pr, gr, result_match("value"))
        result.add("results_value", len(value_pairs), len(pr), len(gr))
        result.add("results_tuple", len(match_pairs(pr, gr, result_match("tuple"))), len(pr), len(gr))
        hit_p, hit_g = {i for i, _ in value_pairs}, {j for _, j in value_pairs}
        diff.missed["results"] = [_describe_result(x) for j, x in enumerate(gr) if j not in hit_g]
        diff.spurious["results"] = [_describe_result(x) for i, x in enumerate(pr) if i not in hit_p]
        same_tuple = result_match("tuple")
        diff.mismatched = [f"{_describe_result(pr[i])}  (gold {_describe_result(gr[j])})"
                           for i, j in value_pairs if not same_tuple(pr[i], gr[j], False)]  # fmt: skip
        for j, x in enumerate(gr):
            same = [r for r in pr if _same_number(number_of(_result_value(r)), number_of(x.get("value")))]
            if j not in hit_g and same:
                diff.remeasured += [f"{measure_kind(r.get('metric'), x.get('metric'))}: {_describe_result(r)}"
                                    f"  (gold {_describe_result(x)})" for r in same]  # fmt: skip
        result.diffs.append(diff)
    return result


RESULT_LOSSES = ("gold results", "matched (number and measure)", "  of them another owner or dataset",
                 "number output under another measure", "number not output", "predicted results",
                 "  number in no gold result")  # fmt: skip


def result_losses(gold: list[dict], pred: list[dict]) -> Counter:
    """Where gold results are lost, counted over papers (no per-paper output, so it may be run
    on held-out sets): matched on number and measure (and of those, how many have another owner
    or dataset: the tuple row's loss), the number output under another measure, or the number
    not output at all; and predicted results whose number no gold result of the paper has.

    >>> g = [{"title": "T", "results": [{"value": 80.1, "metric": "accuracy", "method": "A"},
    ...       {"value": 2.0, "metric": "BLEU"}, {"value": 5.0, "metric": "F1"}]}]
    >>> p = [{"title": "T", "results": [{"value": 80.1, "metric": "accuracy", "method": "B"},
    ...       {"value": 2.0, "metric": "speed"}, {"value": 7.0, "metric": "F1"}]}]
    >>> [result_losses(g, p)[k] for k in RESULT_LOSSES]
    [3, 1, 1, 1, 1, 3, 1]
    """
    counts: Counter = Counter({k: 0 for k in RESULT_LOSSES})
    prediction_of = _prediction_finder(pred)
    same_value, same_tuple = result_match("value"), result_match("tuple")
    for g in gold:
        gr = g.get("results", [])
        pr = (prediction_of(g) or {}).get("results", [])
        numbers = [number_of(_result_value(r)) for r in pr]
        pairs = match_pairs(pr, gr, same_value)
        hit = {j for _, j in pairs}
        counts["gold results"] += len(gr)
        counts["matched (number and measure)"] += len(pairs)
        counts["  of them another owner or dataset"] += sum(not same_tuple(pr[i], gr[j], False) for i, j in pairs)
        for j, r in enumerate(gr):
            if j not in hit:
                found = any(_same_number(n, number_of(r.get("value"))) for n in numbers)
                counts["number output under another measure" if found else "number not output"] += 1
        counts["predicted results"] += len(pr)
        gold_numbers = [number_of(r.get("value")) for r in gr]
        counts["  number in no gold result"] += sum(not any(_same_number(n, x) for x in gold_numbers) for n in numbers)
    return counts


def format_diff(s: Score) -> str:
    """Per paper, what was missed (-) and what was spurious (+), for ``kg eval --diff``; a
    result whose value was found with the wrong method or dataset is marked ~."""
    out = []
    for d in s.diffs:
        lines = []
        for fld in (*FIELDS, "results"):
            for x in d.missed.get(fld, []):
                lines.append(f"  - {fld[:-1]}: {x}")
            for x in d.spurious.get(fld, []):
                lines.append(f"  + {fld[:-1]}: {x}")
        lines += [f"  ~ result: {x}" for x in d.mismatched]
        if lines:
            out.append(d.title)
            out.extend(lines)
    return "\n".join(out)
