#!/usr/bin/env python3
"""Check every result of a `kg extract` output against invariants a right result satisfies.

Rounds 22-23 looked for wrong results one invented sentence at a time; this tool checks all
results of a corpus output at once. Each invariant is a cheap test a right result passes
(its number is in its evidence, an accuracy lies in 0-100, a "drops by" result is a decrease,
...); a violation is either an extractor error or a place where the invariant is too strict,
so read a sample (``--show NAME``) before acting on a count. The papers of the held-out sets
(hf40, hf40c, sota40b, sotaval40) are left out by title: nothing of theirs is counted or shown.

Usage: .venv/bin/python scripts/check_results.py OUT.jsonl [OUT.jsonl ...]
       .venv/bin/python scripts/check_results.py OUT.jsonl --show pct_range --sample 20 --seed 1
OUT.jsonl are outputs of ``kg extract`` on sota-arxiv (train, validation) and hf-daily-papers;
the paper texts are read from ../shared/corpus (``--corpus`` to change).

>>> _kind("top-1 accuracy"), _kind("word error rate (WER)"), _kind("FPS"), _kind("BLEU")
('pct', 'nonneg', 'nonneg', 'pct')
>>> _cue_direction("the error drops by ")
'decrease'
>>> _cue_direction("outperforming it by ")
'increase'
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from kg.extract.evaluate import SHARED  # noqa: E402
from readable_corpus import corpus_texts  # noqa: E402
from kg.extract.numbers import clean_value_text  # noqa: E402


# Measures bounded to 0-100 (0-1 as a fraction): scores, rates and overlaps.
_PCT = re.compile(
    r"accurac|\bacc\b|\bf1|f-?(?:score|measure)|\bm?ap\b|\bap\d|\bap_|average precision|\bm?iou\b|"
    r"success rate|\bprecision\b|\brecall\b|\bauc\b|auroc|auprc|win rate|pass@|exact match|\bem\b|"
    r"\bdice\b|hit rate|hits@|\bbleu\b|rouge|meteor|\bpq\b|\bnds\b|\bmota\b|\bsr\b|\bspl\b|"
    r"\berror rate\b|\bwer\b|\bcer\b|\bter\b",
    re.I,
)
# Measures that are never negative as absolute values: errors, losses, costs.
_NONNEG = re.compile(
    r"\berror\b|\bloss\b|perplexity|\bppl\b|\bfid\b|\bkid\b|\bm?se\b|rmse|\bmae\b|mpjpe|\bwer\b|\bcer\b|"
    r"latency|\btime\b|runtime|parameters|\bparams\b|flops|\bmacs\b|memory|speed|\bfps\b|throughput|"
    r"\bcost\b|energy|model size|\bsize\b",
    re.I,
)
# Scores where lower is better: a "reduces" cue on them is an improvement.
_LOWER_BETTER = re.compile(r"error|\bwer\b|\bcer\b|\bter\b|fpr|false", re.I)
# Words right before or after a relative number that say which way it goes (nearest wins).
_DOWN = r"drop|decreas|reduc|lower|fewer|less\b|degrad|worse|declin|fall|fell|cut|shrink|loss of|down\b|smaller"
_UP = r"improv|increas|boost|gain|higher|outperform|surpass|better|exceed|rais|faster|speed-?up|more\b|larger|up\b|enhanc|advanc"
_CUE = re.compile(rf"(?P<down>{_DOWN})|(?P<up>{_UP})", re.I)
# A count of the paper's own things: "12 LLMs", "five benchmarks", "3 tasks".
_OWN_THINGS = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:models|LLMs|MLLMs|VLMs|datasets|benchmarks|tasks|languages|domains|"
    r"categories|classes|baselines|methods|metrics|settings|scenarios|subjects|participants|annotators|"
    r"experts|videos|images|samples|examples|questions|problems|queries|documents|papers|hours|"
    r"layers|GPUs|agents|environments|games|robots|users|patients|clips|sentences|words|folds)\b"
)


# Numbers written as words ("half the parameters", "five times faster") are in the span as words.
_WORD_NUMBER = re.compile(
    r"\b(?:half|quarter|third|fifth|tenth|twice|thrice|double|triple|quadruple|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|hundred|thousand)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)-?fold",
    re.I,
)
# What follows a number that makes it a cost, not a score: "5 million parameters", "3x faster".
_COST_AFTER = re.compile(
    r"\s*(?:%|x|times|-?fold|[MBK]\b|million|billion|thousand)?\s*(?:(?:more|less|lower|higher|fewer|smaller|"
    r"larger|measured)\s+)?(?:faster|slower|speed-?ups?|fewer|cheaper|parameters|params\b|flops|macs\b|"
    r"(?:pre-?)?training (?:time|data|cost)|inference time|time\b|memory|compute\b|latency)",
    re.I,
)


# A number glued to a name: "ResNet-50", "GPT-4", "7B", "3D" (the value is part of the name).
_NAME_BEFORE = re.compile(r"[A-Za-z][A-Za-z]*-?$")
_NAME_AFTER = re.compile(r"(?:[BMK]\b|D\b|-?[A-Za-z]{1,3}\d)")
# A number that sets up the experiment: "5-shot", "4-bit", "10-fold", "12-layer", "k = 5".
_SETTING_AFTER = re.compile(r"-(?:shot|bit|layer|way|fold|step|stage|dimensional|day|hop|gram|class|head)s?\b", re.I)
# Measure words that name no measure; a span that names a listed metric should use it.
_VAGUE_MEASURES = {"performance", "score", "results", "quality", "robustness", "efficiency"}


# Words that make a number a difference: "by 3.2%", "3.2% higher", "+2.1 gain".
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:up to|about|around|nearly|over|more than|at least|roughly|approximately|an average of|a margin of)\s+)?$", re.I)
_GAIN_WORDS = (
    r"higher|lower|better|worse|improvements?|gains?|increases?|reductions?|decreases?|drops?|boosts?|fewer|"
    r"faster|slower|smaller|larger|more|less|speed-?ups?|savings?|times|acceleration"
)
_GAIN_AFTER = re.compile(rf"\S{{0,4}}\s*(?:\([^)]{{0,20}}\)\s*)?(?:[\w@./-]+\s+){{0,3}}?(?:{_GAIN_WORDS})\b", re.I)
_CLAUSE_END = re.compile(r"[,;]| (?:with|which|while|whereas|at) ")
# What keeps a number after a score cue a score: a list of scores, a share of a reference.
_SCORE_AFTER = re.compile(r"\S{0,4}\s*(?:,\s*(?:and\s+)?\d|(?:of|in)\s+(?:the|its|their|\w+-supervised)\b|deviation)", re.I)
_DIFF_BEFORE = re.compile(
    r"(?:by|factor of|improvements?|gains?|increases?|reductions?|decreases?|drops?|margin|speed-?ups?|boosts?|"
    r"relative|absolute|average|[-+])(?:\s+(?:of|up to|about|around|nearly|over|more than|at least|an average of))*\s*$",
    re.I,
)
# Words that make a number an absolute score: "achieves 81.2%", "an accuracy of 81.2%".
_SCORE_BEFORE = re.compile(r"(?:achiev\w*|reach\w*|obtain\w*|attain\w*|scor\w*|yield\w*)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$|\bof\s+$", re.I)


def _in_name(span: str, where: list[int], vt: str) -> bool:
    """True when every occurrence of the value's digits is glued to letters (a name's number)."""
    d = _digits(vt)
    for at in where:
        before, after = span[max(0, at - 12) : at], span[at + len(d) : at + len(d) + 4]
        if not (_NAME_BEFORE.search(before) or (after and not vt[-1:].isalpha() and _NAME_AFTER.match(after))):
            return False
    return True


def _kind(metric: str) -> str | None:
    """'pct' for a bounded score, 'nonneg' for an error/cost, None for other measures."""
    if _PCT.search(metric):
        return "pct"
    if _NONNEG.search(metric):
        return "nonneg"
    return None


def _cue_direction(before: str) -> str | None:
    """The direction the last cue word in ``before`` gives ('increase'/'decrease'), if any."""
    last = None
    for m in _CUE.finditer(before):
        last = m
    if last is None:
        return None
    return "decrease" if last.group("down") else "increase"


def _digits(value_text: str) -> str:
    m = re.search(r"\d+(?:[.,]\d+)*", value_text)
    return m.group() if m else value_text


def _number_at(span_text: str, value_text: str) -> list[int]:
    """Offsets in span_text where the value's digits stand as a whole number."""
    d = re.escape(_digits(value_text))
    return [m.start() for m in re.finditer(rf"(?<![\d.]){d}(?![\d]|\.\d)", span_text)]


def check_record(record: dict, text: str) -> list[tuple[str, dict, str]]:
    """(invariant, result, note) for every violation in one paper's output."""
    out = []
    names = {}
    for field in ("methods", "datasets", "metrics"):
        for e in record.get(field, []):
            for n in [e["name"], *e.get("aliases", [])]:
                names.setdefault(n.lower(), field)
    results = record.get("results", [])
    seen = defaultdict(set)  # (span, value_text) -> metrics
    for r in results:
        a, b = r["span"]
        if not (0 <= a < b <= len(text)):
            out.append(("span_in_text", r, f"span {a}-{b}, text {len(text)}"))
            continue
        span = text[a:b]
        clean = clean_value_text(span)
        vt = r["value_text"]
        where = _number_at(span, vt)
        if vt not in clean and not where and not _WORD_NUMBER.search(span):
            out.append(("value_in_span", r, vt))
            continue
        metric = r["metric"] or ""
        kind = _kind(metric)
        value = r["value"]
        unit = r.get("unit")
        at = where[0] if where else max(0, span.find(_digits(vt)))
        before, after = span[max(0, at - 60) : at], span[at + len(_digits(vt)) : at + len(_digits(vt)) + 40]
        if kind == "pct" and not r["relative"] and unit in ("%", None) and not 0 <= value <= 100:
            out.append(("pct_range", r, f"{metric}={vt}"))
        if kind == "nonneg" and not r["relative"] and value < 0:
            out.append(("negative_error", r, f"{metric}={vt}"))
        if kind == "pct" and unit == "x":
            out.append(("times_on_score", r, f"{metric}={vt}"))
        if r["relative"] and r.get("change") in ("increase", "decrease"):
            cue = _cue_direction(before[-45:] + " " + after[:25].split(",")[0])
            if cue and cue != r["change"] and kind == "pct" and not _LOWER_BETTER.search(metric):
                out.append(("direction", r, f"{r['change']} but cue says {cue}"))
        if kind == "pct" and _COST_AFTER.match(after):
            out.append(("cost_as_score", r, f"{metric} <- {vt}{after[:30]!r}"))
        clause = _CLAUSE_END.split(after, 1)[0]  # (a cue after "with", "which" ... is another number's)
        if not r["relative"] and (_BY_BEFORE.search(before) or _GAIN_AFTER.match(clause)):
            out.append(("gain_filed_absolute", r, f"{before[-20:]!r}{vt}{after[:25]!r}"))
        if r["relative"] and _SCORE_BEFORE.search(before) and not _GAIN_AFTER.match(after) and not _SCORE_AFTER.match(after) \
                and not _DIFF_BEFORE.search(before):
            out.append(("score_filed_relative", r, f"{before[-25:]!r}{vt}{after[:25]!r}"))
        if r.get("baseline") and r["baseline"] == r["method"]:
            out.append(("owner_is_baseline", r, r["method"]))
        if names.get(metric.lower()) in ("methods", "datasets"):
            out.append(("metric_is_name", r, metric))
        if r.get("dataset") and names.get(r["dataset"].lower()) == "metrics":
            out.append(("dataset_is_metric", r, r["dataset"]))
        if unit is None and not r["relative"] and re.fullmatch(r"\d+", vt) and kind != "nonneg" and _OWN_THINGS.match(after):
            out.append(("own_count", r, f"{vt}{after[:25]!r}"))
        if where and _in_name(span, where, vt):
            out.append(("number_in_name", r, span[max(0, where[0] - 15) : where[0] + len(vt) + 10]))
        elif _SETTING_AFTER.match(after):
            out.append(("setting_number", r, f"{vt}{after[:20]!r}"))
        if r["relative"] and r.get("change") == "decrease" and unit == "%" and value > 100:
            out.append(("decrease_over_100", r, vt))
        if metric.lower() in _VAGUE_MEASURES:
            named = [n for n, f in names.items() if f == "metrics" and n not in _VAGUE_MEASURES
                     and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", span, re.I)]  # fmt: skip
            if named:
                out.append(("vague_measure_with_named", r, f"{metric} while span names {named[0]}"))
        for field, key in (("datasets", "dataset"), ("metrics", "metric")):
            if r.get(key) and names.get(r[key].lower()) != field and r[key].lower() not in _VAGUE_MEASURES:
                out.append((f"{key}_not_listed", r, r[key]))
        if r["method"] and not r["method"].startswith("(") and r["method"].lower() not in names \
                and r["method"] not in record.get("proposed", []):
            out.append(("method_not_listed", r, r["method"]))
        if unit is None and re.fullmatch(r"(?:19[5-9]\d|20[0-3]\d)", vt):
            out.append(("year", r, vt))
        seen[(a, b, vt)].add(metric)
    for r in results:
        a, b = r["span"]
        metrics = seen.get((a, b, r["value_text"]), set())
        if len(metrics) > 1 and len(_number_at(text[a:b], r["value_text"])) < 2:
            out.append(("one_number_two_measures", r, " / ".join(sorted(metrics))))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outputs", nargs="+", help="kg extract outputs of the corpora")
    ap.add_argument("--corpus", type=Path, default=SHARED, help="folder holding corpus/ (default ../shared)")
    ap.add_argument("--show", help="print examples of this invariant")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    texts = corpus_texts(args.corpus)
    counts: Counter = Counter()
    papers: dict[str, set] = defaultdict(set)
    by_conf: Counter = Counter()
    total = Counter()
    shown = []
    for path in args.outputs:
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            if record["id"] not in texts:
                continue
            corpus, text, _ = texts[record["id"]]
            for r in record.get("results", []):
                total[corpus] += 1
                total["high" if r["confidence"] >= 0.8 else "low"] += 1
            for name, r, note in check_record(record, text):
                counts[name, corpus] += 1
                papers[name].add(record["id"])
                by_conf[name, r["confidence"] >= 0.8] += 1
                if name == args.show:
                    shown.append((record["id"], r, note, text))
    names = sorted({n for n, _ in counts}, key=lambda n: -(counts[n, "sota"] + counts[n, "hf"]))
    print(f"results: sota {total['sota']}, hf {total['hf']}; confidence >= 0.8: {total['high']}, below: {total['low']}")
    print(f"{'invariant':<26}{'sota':>6}{'hf':>6}{'papers':>8}  {'conf>=0.8':>10} {'below':>8}")
    for n in names:
        hi = by_conf[n, True] / max(1, total["high"]) * 100
        lo = by_conf[n, False] / max(1, total["low"]) * 100
        print(f"{n:<26}{counts[n, 'sota']:>6}{counts[n, 'hf']:>6}{len(papers[n]):>8}  {hi:>9.2f}% {lo:>7.2f}%")
    if args.show:
        random.Random(args.seed).shuffle(shown)
        for pid, r, note, text in shown[: args.sample]:
            a, b = r["span"]
            print(f"\n== {pid} | {note}")
            print(f"   value={r['value_text']} metric={r['metric']} method={r['method']} dataset={r['dataset']} "
                  f"rel={r['relative']} change={r.get('change')} base={r.get('baseline')} conf={r['confidence']}")  # fmt: skip
            print("   " + " ".join(text[a:b].split())[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())
