#!/usr/bin/env python3
"""Held-out checks of the extractor beyond dev: sota-arxiv scores and SciERC dev entities.

1. sota-arxiv (``corpus/sota-arxiv/*.gold.jsonl``): papers whose ``scores_found_in_abstract``
   list leaderboard scores. For each such score: is there a result with that number (value
   recall), with a metric matching the leaderboard's metric for it (metric recall), and with
   its dataset (dataset recall)? Names match as in ``gold/score.py`` (lenient; a plural
   metric also in the singular), with the evaluation split removed from leaderboard names
   or not ("COCO test-dev", "COCO"), with the abbreviation a name ends with in brackets
   ("Word Error Rate (WER)" -> "WER"), or by the same letters and digits ("ACE 2005" ~
   "ACE2005"). Abstracts are read through ``required_text``, as ``kg build`` reads them. Note that
   ``sota_*.jsonl`` lexicons are derived from these leaderboards, so metric and dataset
   recall here are optimistic; value recall is not.
   Tasks: the share of predicted tasks (before linking) that are one of the paper's
   leaderboard tasks, and the share of leaderboard tasks found (:func:`sota_task_check`).
2. SciERC dev (``gold/scierc/dev.json``): Method, Task and Metric spans against our methods,
   tasks and metrics per abstract (lenient match, precision/recall/F1). SciERC marks many
   descriptive phrases as Method ("a novel algorithm for ..."), so absolute recall is low;
   compare runs, not with dev.

Linking is run over each corpus as in ``kg build``. Usage:
``.venv/bin/python scripts/crosscheck.py [--sota-only | --scierc-only] [--misses [--half a|b]]``

``--misses`` prints each leaderboard score not fully found (value, metric or dataset missed)
with the sentence holding the number and the results we took from that sentence, for
tallying miss types. It never prints the held-out sota40b and sotaval40 papers (and leaves them
out of its recall figures). ``--half a|b`` keeps one half of the papers (by a hash of the id
without its version), so rules written from one half can be confirmed on the other; the recall
figures are then those of that half.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import extract  # noqa: E402
from kg.extract.evaluate import SHARED, load_scorer  # noqa: E402
from kg.link import link  # noqa: E402
from kg.model import Paper  # noqa: E402
from kg.sources.base import BadRecord, required_text  # noqa: E402
from kg.sources.clean import clean_text  # noqa: E402
from kg.text import sentence_index, split_sentences  # noqa: E402

_TRAINING = Path(__file__).resolve().parents[1] / "kg" / "extract" / "training"

_SPLIT = re.compile(
    r"(?:\s+|-)(?:test|val|validation|dev|test-dev|test-std|minival|val2017|test2017|"
    r"\d+-shot|zero-shot)$",
    re.IGNORECASE,
)


def _strip_split(name: str) -> str:
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name or "")
    return _SPLIT.sub("", name).strip()


def _gold_forms(name: str) -> list[str]:
    """The leaderboard name with its split removed, and the abbreviation it ends with in
    brackets: "Word Error Rate (WER)" -> ["Word Error Rate", "WER"]."""
    forms = list(dict.fromkeys((_strip_split(name), name)))  # "COCO test-dev" as well
    m = re.search(r"\(([A-Za-z0-9&@.-]*[A-Z][A-Za-z0-9&@.-]*[A-Z][A-Za-z0-9&@.-]*)\)\s*$", name or "")
    if m:
        forms.append(m.group(1))  # not "(class)", "(English)", "(5-Shot)"
    return forms


def _same_name(scorer, ours: str | None, gold: str) -> bool:
    """The scorer's lenient match, or the same letters and digits ("ACE2005" ~ "ACE 2005",
    "UCF-101" ~ "UCF101": leaderboards write names their own way)."""
    if not ours:
        return False
    return scorer.name_match(ours, gold) or re.sub(r"[\W_]+", "", ours.lower()) == re.sub(
        r"[\W_]+", "", gold.lower()
    )


def _singular(name: str | None) -> str | None:
    """ "FIDs" -> "FID", "accuracies" -> "accuracy": leaderboards name measures in the singular."""
    if not name:
        return name
    if name.endswith("ies") and len(name) > 4:
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss") and len(name) > 3:
        return name[:-1]
    return name


def _cleaned_paper(d: dict) -> Paper:
    """A sota-arxiv record as the extractor reads it when it builds the graph (``required_text``:
    LaTeX removed, unknown macros' words marked)."""
    try:
        title, abstract, macros = required_text(d, untitled_ok=True)
    except BadRecord:  # an abstract of LaTeX only ("\\keywords{...}"): kept with no text, as before
        return Paper(id=d["id"], title=clean_text(d.get("title") or ""), abstract="")
    return Paper(id=d["id"], title=title, abstract=abstract, macros=macros)


def _bare_id(pid: str) -> str:
    """ "arXiv:2305.12691v2" -> "arXiv:2305.12691" (annotated sets and corpus differ in versions)."""
    return re.sub(r"v\d+$", "", pid)


def _half(pid: str) -> str:
    """The fixed half ("a" or "b") a paper falls in, by a hash of its id without version."""
    return "ab"[zlib.crc32(_bare_id(pid).encode()) % 2]


def _held_out_ids() -> set[str]:
    """Ids of the held-out sota40b and sotaval40 papers, which --misses must never print."""
    return {
        _bare_id(json.loads(line)["id"])
        for name in ("sota40b.jsonl", "sotaval40.jsonl")
        for line in (_TRAINING / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def _print_miss(paper: Paper, results, score: str, rows: list[dict], flags: str) -> None:
    """One missed score: the paper, the leaderboard rows, the sentence holding the number
    and our results from that sentence."""
    text = paper.text
    sents = split_sentences(text)
    at = [m.start() for m in re.finditer(r"(?<![\d.])" + re.escape(score) + r"(?![\d])", text)]
    print(f"== {paper.id} score {score} missed: {flags}")
    for x in rows:
        print(f"   gold: {x['score']} | {x['metric']} | {x['dataset']} | {x['task']}")
    seen: set[int] = set()
    for off in at or [None]:
        if off is None:
            print("   (number not found verbatim in the text)")
            continue
        i = sentence_index(sents, off)
        if i in seen:
            continue
        seen.add(i)
        a, b = sents[i]
        print(f"   sent: {text[a:b]}")
        for r in results:
            if r.span and a <= r.span[0] < b:
                print(f"     ours: {r.value_text} | {r.metric} | {r.method} | {r.dataset}")


def sota_check(scorer, misses: bool = False, half: str | None = None) -> dict:
    """Value, metric and dataset recall over the leaderboard scores found in abstracts."""
    folder = SHARED / "corpus" / "sota-arxiv"
    papers: list[Paper] = []
    golds: dict[str, dict] = {}
    held = _held_out_ids() if misses else set()
    for split in ("train", "validation"):
        gold = {}
        for line in open(folder / f"{split}.gold.jsonl", encoding="utf-8"):
            d = json.loads(line)
            if not d["scores_found_in_abstract"]:
                continue
            if half and _half(d["id"]) != half:
                continue
            if misses and _bare_id(d["id"]) in held:
                continue
            gold[d["id"]] = d
        for line in open(folder / f"{split}.jsonl", encoding="utf-8"):
            d = json.loads(line)
            if d["id"] in gold:
                papers.append(_cleaned_paper(d))
                golds[d["id"]] = gold[d["id"]]
    exs, _ = link(extract(papers))
    by_id = {p.id: p for p in papers}
    n = hit_v = hit_m = hit_d = 0
    predicted = correct = 0
    for ex in exs:
        g = golds[ex.paper_id]
        found = {scorer.number(s) for s in g["scores_found_in_abstract"]}
        predicted += len(ex.results)
        correct += sum(
            1 for r in ex.results if any(scorer.same_number(r.value, f) for f in found)
        )  # fmt: skip
        for s in g["scores_found_in_abstract"]:
            v = scorer.number(s)
            rows = [x for x in g["leaderboard"] if scorer.same_number(scorer.number(x["score"]), v)]
            rs = [r for r in ex.results if scorer.same_number(r.value, v)]
            n += 1
            ok_m = any(
                _same_name(scorer, m, g)
                for r in rs for m in (r.metric, _singular(r.metric)) for x in rows
                for g in _gold_forms(x["metric"])
            )  # fmt: skip
            ok_d = any(
                _same_name(scorer, r.dataset, g)
                for r in rs for x in rows for g in _gold_forms(x["dataset"])
            )  # fmt: skip
            hit_v += bool(rs)
            hit_m += ok_m
            hit_d += ok_d
            if misses and not (rs and ok_m and ok_d):
                flags = "value" if not rs else " ".join(
                    k for k, ok in (("metric", ok_m), ("dataset", ok_d)) if not ok
                )  # fmt: skip
                _print_miss(by_id[ex.paper_id], ex.results, s, rows, flags)
    return {
        "papers": len(papers),
        "scores": n,
        "value_recall": round(hit_v / n, 3),
        "metric_recall": round(hit_m / n, 3),
        "dataset_recall": round(hit_d / n, 3),
        "results_per_paper": round(predicted / len(papers), 2),
        "results_with_a_listed_score": round(correct / predicted, 3) if predicted else None,
    }


def leaderboard_papers(limit: int = 3000) -> tuple[list[Paper], dict[str, list[str]]]:
    """The sota-arxiv papers that have a leaderboard, the first ``limit`` in a fixed shuffled
    order, and each one's leaderboard tasks (``scripts/select_sota40.py`` leaves them out)."""
    import random

    folder = SHARED / "corpus" / "sota-arxiv"
    golds: dict[str, list[str]] = {}
    papers: list[Paper] = []
    for split in ("validation", "train"):
        with open(folder / f"{split}.gold.jsonl", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["leaderboard"]:
                    golds[d["id"]] = sorted({x["task"] for x in d["leaderboard"]})
        with open(folder / f"{split}.jsonl", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in golds:
                    papers.append(_cleaned_paper(d))
    random.Random(0).shuffle(papers)
    return papers[:limit], golds


def sota_task_check(scorer, limit: int = 3000) -> dict:
    """Agreement of predicted tasks with the leaderboard tasks of the sota-arxiv papers that
    have a leaderboard (the first ``limit`` in a fixed shuffled order): the share of
    predicted tasks that match one of the paper's leaderboard tasks, and the share of those
    tasks found. Leaderboards list few tasks, so the first is a floor on precision; compare
    runs. ``sota_tasks.jsonl`` is derived from these leaderboards, so recall is optimistic.
    """
    papers, golds = leaderboard_papers(limit)
    predicted = agree = tp = n_gold = 0
    for ex in extract(papers):
        ps = [m.name for m in ex.tasks]
        gs = golds[ex.paper_id]
        predicted += len(ps)
        n_gold += len(gs)
        agree += sum(1 for p in ps if any(scorer.name_match(p, g) for g in gs))
        tp += scorer.greedy_match(ps, gs, lambda a, b, strict: scorer.name_match(a, b, not strict))
    return {
        "papers": len(papers),
        "predicted": predicted,
        "leaderboard_tasks": n_gold,
        "predicted_on_a_leaderboard": round(agree / predicted, 3) if predicted else None,
        "leaderboard_tasks_found": round(tp / n_gold, 3) if n_gold else None,
    }


def _detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([.,;:!?)\]])", r"\1", s)
    return re.sub(r"([(\[]) ", r"\1", s)


def scierc_check(scorer) -> dict:
    """Precision, recall and F1 of methods, tasks and metrics against SciERC dev spans."""
    kinds = {"Method": "methods", "Task": "tasks", "Metric": "metrics"}
    papers: list[Paper] = []
    golds: dict[str, dict[str, list[str]]] = {}
    for line in open(SHARED / "gold" / "scierc" / "dev.json", encoding="utf-8"):
        d = json.loads(line)
        sents = d["sentences"]
        flat = [t for s in sents for t in s]
        g: dict[str, list[str]] = {k: [] for k in kinds.values()}
        for spans in d["ner"]:
            for a, b, label in spans:
                if label in kinds:
                    name = _detok(flat[a : b + 1])
                    if name not in g[kinds[label]]:
                        g[kinds[label]].append(name)
        # the first sentence plays the title: SciERC abstracts come without one
        title = _detok(sents[0])
        abstract = " ".join(_detok(s) for s in sents[1:])
        papers.append(Paper(id=d["doc_key"], title=title, abstract=abstract))
        golds[d["doc_key"]] = g
    exs, _ = link(extract(papers))
    out = {}
    for kind in kinds.values():
        tp = np_ = ng = 0
        for ex in exs:
            ps = [m.name for m in ex.mentions(kind)]
            gs = golds[ex.paper_id][kind]
            tp += scorer.greedy_match(
                ps, gs, lambda a, b, strict: scorer.name_match(a, b, not strict)
            )  # fmt: skip
            np_ += len(ps)
            ng += len(gs)
        p, r, f = scorer.prf(tp, np_, ng)
        out[kind] = {"precision": p, "recall": r, "f1": f, "predicted": np_, "gold": ng}
    out["papers"] = len(papers)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sota-only", action="store_true")
    ap.add_argument("--scierc-only", action="store_true")
    ap.add_argument("--misses", action="store_true", help="print the scores not fully found")
    ap.add_argument("--half", choices=("a", "b"), help="only one half of the papers (by id hash)")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"{SHARED} not found", file=sys.stderr)
        return 1
    scorer = load_scorer()
    if not args.scierc_only:
        res = sota_check(scorer, args.misses, args.half)
        print("sota-arxiv scores found in abstracts:", json.dumps(res))
        if not (args.misses or args.half):
            print("sota-arxiv leaderboard tasks:", json.dumps(sota_task_check(scorer)))
    if not args.sota_only:
        res = scierc_check(scorer)
        print(f"SciERC dev ({res.pop('papers')} abstracts):")
        print(f"{'kind':<10}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
        for k, v in res.items():
            print(f"{k:<10}{v['precision']:>7}{v['recall']:>7}{v['f1']:>7}{v['predicted']:>7}"
                  f"{v['gold']:>7}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
