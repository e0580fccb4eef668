#!/usr/bin/env python3
"""Derive name lists for kg/extract/lexicons from the training material in ../shared.

Writes:
- ``sota_datasets.jsonl``, ``sota_metrics.jsonl``, ``sota_tasks.jsonl`` from the leaderboard
  tuples of ``corpus/sota-arxiv/*.gold.jsonl`` (CC BY-SA 4.0, derived from paperswithcode.com;
  the derived files stay under CC BY-SA 4.0, see lexicons/SOURCES.md);
- ``scierc_tasks.jsonl``, ``scierc_metrics.jsonl`` from the Task/Metric spans of SciERC train
  (Luan et al., EMNLP 2018; research use).

A leaderboard name is kept only when its surface form occurs in some abstract of the sota
corpus (so we match what authors write, not table headers), and a capitalised single word is
dropped when the corpus mostly uses it as an ordinary lower-case word ("Traffic", "Jobs").

Usage: .venv/bin/python scripts/derive_lexicons.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lexicon_tools import LEXICON_DIR, entry, write_jsonl  # noqa: E402

from kg.extract.names import NOT_NAMES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

# Leaderboard names carry evaluation splits and settings that authors do not write in prose.
_SPLIT = re.compile(
    r"(?:\s+|-)(?:test|val|validation|dev|test-dev|test-std|test-challenge|minival|train|"
    r"val2017|test2017|full|clean|other|easy|medium|hard|moderate|\d+-shot|zero-shot)$",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
# Metric table headers that are not names of measures.
_METRIC_STOP = {
    "score", "average", "time", "ext. data", "rank", "size", "params", "parameters", "model",
    "hardware burden", "operations per network pass", "number of params", "mean", "overall",
    "avg", "average score", "std", "total", "all", "speed", "number of parameters", "error",
    "percentage correct", "percentage error", "1:1 accuracy", "using 2d ground-truth joints",
    "multi-view or monocular", "need extra data", "extra data", "training time", "cpu", "gpu",
    "tpu", "ai",
}  # fmt: skip
_TASK_STOP = {"classification", "detection", "segmentation", "retrieval", "translation", "tagging"}
# leaderboard "tasks" that are a dataset, an environment, an exam subject (MMLU's) or a data
# structure ("knowledge graphs": the papers' tasks are link prediction, completion or question
# answering over them), not a research task: kept as tasks they named no task of the papers
# that mention them
_TASK_NOT_TASKS = {"natural questions", "rotated mnist", "openai gym", "general knowledge",
                   "elementary mathematics", "formal logic", "computer security",
                   "knowledge graphs"}  # fmt: skip
_GENERIC_TASK_WORDS = {"task", "tasks", "problem", "problems", "system", "systems", "application",
                       "applications", "approach", "method"}  # fmt: skip


_METRIC_HEAD = re.compile(
    r"(?:accuracy|precision|recall|rate|rates|error|errors|score|scores|f-measure|f1|time|cost|"
    r"speed|ratio|distance|correlation|bleu|similarity|likelihood|perplexity|loss|overlap|index|"
    r"kappa|map|ap|dice|iou|count|deviation|auc|mae|mse|rmse|@\s?\d+)$"
)


def datasets_lower_general() -> list[str]:
    """Lower-cased patterns of the hand-written dataset lexicon."""
    path = LEXICON_DIR / "datasets.jsonl"
    return [json.loads(line)["pattern"].lower() for line in path.read_text().splitlines() if line]


def clean_latex(text: str) -> str:
    text = re.sub(r"\\[a-zA-Z]+\{([^{}]*)\}", r"\1", text)
    return re.sub(r"\s+", " ", text.replace("$", "").replace("\\", ""))


def load_abstracts(shared: Path) -> list[str]:
    texts = []
    for name in ("train.jsonl", "validation.jsonl"):
        with open(shared / "corpus" / "sota-arxiv" / name, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                texts.append(clean_latex(d.get("title", "") + ". " + d.get("abstract", "")))
    return texts


def surface_forms(name: str) -> list[str]:
    """The name and its variants with split/setting suffixes removed."""
    out = [name.strip()]
    s = name.strip()
    for _ in range(3):
        s2 = _SPLIT.sub("", _PAREN.sub("", s)).strip(" -")
        if s2 == s:
            break
        s = s2
        out.append(s)
    return [o for o in dict.fromkeys(out) if len(o) >= 2]


_TOKEN = re.compile(r"\w(?:[\w.+-]*[\w+])?|[^\w\s]")


def tokenize(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text))


class NgramCounts:
    """Occurrence counts of the token n-grams of a text that start with a wanted token."""

    def __init__(self, text: str, names: list[str], max_n: int = 8) -> None:
        firsts = {t[0] for t in map(tokenize, names) if t}
        self.counts: Counter = Counter()
        toks = tokenize(text)
        for i, tok in enumerate(toks):
            if tok in firsts:
                for n in range(1, max_n + 1):
                    self.counts[toks[i : i + n]] += 1

    def __call__(self, form: str) -> int:
        return self.counts.get(tokenize(form), 0)


_IS_NUMBER = re.compile(r"^\d+(?:\.\d+)?%?$")


def near_number_counts(text: str, max_n: int = 4, window: int = 3) -> Counter:
    """How often each n-gram occurs within ``window`` tokens of a number ("71.2 mAP",
    "accuracy of 93%"): measures are reported with numbers, table settings are not."""
    toks = tokenize(text.lower())
    counts: Counter = Counter()
    for i, tok in enumerate(toks):
        if not _IS_NUMBER.match(tok):
            continue
        seen = set()
        for j in range(max(0, i - window - max_n), min(len(toks), i + window + 1)):
            for n in range(1, max_n + 1):
                if j + n > len(toks) or j == i or (j <= i < j + n):
                    continue
                if j + n < i - window or j > i + window:
                    continue
                seen.add(toks[j : j + n])
        for g in seen:
            counts[g] += 1
    return counts


def derive_sota(shared: Path) -> None:
    tasks: Counter = Counter()
    datasets: Counter = Counter()
    metrics: Counter = Counter()
    for name in ("train.gold.jsonl", "validation.gold.jsonl"):
        with open(shared / "corpus" / "sota-arxiv" / name, encoding="utf-8") as f:
            for line in f:
                for row in json.loads(line).get("leaderboard", []):
                    tasks[row["task"]] += 1
                    datasets[row["dataset"]] += 1
                    metrics[row["metric"]] += 1
    blob = "\n".join(load_abstracts(shared))
    lower_blob = blob.lower()
    forms = [f for n in list(datasets) + list(metrics) + list(tasks) for f in surface_forms(n)]
    forms += [f.lower() for f in forms]
    exact_count = NgramCounts(blob, forms)
    lower_count = NgramCounts(lower_blob, [f.lower() for f in forms])

    ds_entries = []
    for name in datasets:
        for form in surface_forms(name):
            if len(form) < 3 or not re.search(r"[A-Za-z]", form):
                continue
            exact = exact_count(form)
            if exact == 0:
                continue
            if " " not in form and form[0].isupper() and form[1:].islower():
                # a capitalised ordinary word: keep only if authors rarely write it lower-case
                lower = exact_count(form.lower())
                if lower > exact:
                    continue
            if form.islower() and " " not in form:
                continue
            case = None
            if form.lower() != form and exact_count(form.lower()) > exact:
                case = "exact"  # "DeLiVER" would match the verb "deliver"
            ds_entries.append(entry("DATASET", form, form, case=case))
            break
    write_jsonl(LEXICON_DIR / "sota_datasets.jsonl", ds_entries)

    dataset_keys = {e["pattern"].lower() for e in ds_entries} | set(datasets_lower_general())
    near = near_number_counts(blob)
    m_entries = []
    for name in metrics:
        for form in surface_forms(name):
            key = form.lower()
            if key in _METRIC_STOP or len(form) < 2 or not re.search(r"[A-Za-z]", form):
                continue
            if key in dataset_keys or form in NOT_NAMES:
                continue  # "COCO" as a table header is the dataset, "CNN" the model family
            if (" " in key or "-" in key) and not form.isupper() and not _METRIC_HEAD.search(key):
                continue  # "training data", "test time": table settings, not measures
            if near.get(tokenize(key), 0) < 2:
                continue  # never reported with a number in the abstracts: "AI", "CPU"
            if " " not in key and re.fullmatch(r"[a-z]+:?", key) and not form.isupper():
                continue  # a plain word ("frozen", "laptop") is a table setting more often
                # than a measure; the plain-word measures are in the hand-written metrics.jsonl
            n = lower_count(key) if not form.isupper() else exact_count(form)
            if n < 2:
                continue
            canonical = form if any(c.isupper() for c in form[1:]) else form.lower()
            m_entries.append(entry("METRIC", form if form.isupper() else key, canonical))
            break
    write_jsonl(LEXICON_DIR / "sota_metrics.jsonl", m_entries)

    t_entries = []
    for name in tasks:
        for form in surface_forms(name):
            key = form.lower()
            if key in _TASK_STOP or key in _TASK_NOT_TASKS or len(key) < 4 or " " not in key and "-" not in key:
                continue
            if lower_count(key) < 1:
                continue
            t_entries.append(entry("TASK", key, key))
            break
    write_jsonl(LEXICON_DIR / "sota_tasks.jsonl", t_entries)
    print(f"sota: {len(ds_entries)} datasets, {len(m_entries)} metrics, {len(t_entries)} tasks")


def derive_scierc(shared: Path) -> None:
    spans: dict[str, Counter] = {"Task": Counter(), "Metric": Counter()}
    with open(shared / "gold" / "scierc" / "train.json", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            toks = [t for s in d["sentences"] for t in s]
            for sent in d["ner"]:
                for a, b, label in sent:
                    if label in spans:
                        text = " ".join(toks[a : b + 1])
                        text = re.sub(r"\s*-LRB-.*?-RRB-\s*", " ", text).strip()
                        text = re.sub(r"\s+-\s+", "-", text)
                        spans[label][text.lower()] += 1
    tasks = []
    for text in spans["Task"]:
        words = text.split()
        if not 2 <= len(words) <= 5 or _GENERIC_TASK_WORDS & set(words):
            continue
        if not re.fullmatch(r"[a-z][a-z0-9 '-]*", text):
            continue
        if not re.search(r"(?:tion|ing|sis|ment|ance)$", words[-1]):
            continue  # not headed by an activity noun: "non-english stemmer"
        tasks.append(entry("TASK", text, text))
    metrics = []
    for text, n in spans["Metric"].items():
        words = text.split()
        if len(words) > 4 or n < 1 or {"measure", "measures", "criteria", "criterion"} & set(words):
            continue
        if not re.fullmatch(r"[a-z][a-z0-9 '-]*", text) or text in _METRIC_STOP:
            continue
        if not _METRIC_HEAD.search(words[-1]):
            continue  # "detection", "robustness": a property, not a measure
        metrics.append(entry("METRIC", text, text))
    write_jsonl(LEXICON_DIR / "scierc_tasks.jsonl", tasks)
    write_jsonl(LEXICON_DIR / "scierc_metrics.jsonl", metrics)
    print(f"scierc: {len(tasks)} tasks, {len(metrics)} metrics")


def derive_common_words(shared: Path, size: int = 25000) -> None:
    """The most frequent lower-case words of the sota abstracts, one per line.

    A capitalised word mid-sentence whose lower-case form is not among them ("Fairseq",
    "Claude") is probably a name; one that is ("Anchor", "Recipes") probably is not.
    """
    counts: Counter = Counter()
    for text in load_abstracts(shared):
        counts.update(re.findall(r"(?<![\w-])[a-z][a-z'-]*[a-z](?![\w-])", text))
    words = sorted(w for w, n in counts.most_common(size) if n >= 3)
    out = LEXICON_DIR / "sota_common_words.txt"
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"common words: {len(words)}")


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else ROOT.parent / "shared"
    derive_sota(shared)
    derive_scierc(shared)
    derive_common_words(shared)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
