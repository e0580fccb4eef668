#!/usr/bin/env python3
"""Fit (and cross-validate) the task-candidate ranker on hand-annotated sota-arxiv abstracts.

Reads ``kg/extract/training/tasks_sota160.jsonl`` (paper ids and their main tasks, annotated
by hand following ``../shared/gold/GUIDELINES.md``) and the abstracts of those ids from
``../shared/corpus/sota-arxiv/train.jsonl``; runs the rule extractor, takes every task
candidate of each paper (:func:`kg.extract.convert.task_groups`) with its features
(:mod:`kg.extract.taskrank`), labels it by whether it matches an annotated task (the
lenient name match of ``../shared/gold/score.py``), and fits an L2 logistic regression
(numpy, Newton steps: deterministic).

Prints the rules' and the model's task P/R/F1 on the annotated set, the model's by 10-fold
cross-validation over papers (fixed folds; the keep threshold is chosen inside each
training part), and the candidates' recall ceiling. ``--write FILE`` stores the weights and
thresholds fitted on all papers as JSON. The extractor does not read them: on the dev
papers the model scored below the rules (``kg/extract/training/README.md``).

Usage: .venv/bin/python scripts/train_task_ranker.py [--folds 10] [--l2 0.3]
       [--policy threshold|same-count] [--write FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import build_pipeline  # noqa: E402
from kg.extract.convert import select_tasks, task_groups  # noqa: E402
from kg.extract.evaluate import SHARED, load_scorer  # noqa: E402
from kg.extract.mentions import TASK  # noqa: E402
from kg.extract.taskrank import FEATURES, features  # noqa: E402
from kg.model import Paper  # noqa: E402
from kg.sources.base import required_text  # noqa: E402

TRAINING = ROOT / "kg" / "extract" / "training" / "tasks_sota160.jsonl"
THRESHOLDS = [round(0.2 + 0.025 * i, 3) for i in range(21)]  # 0.2 .. 0.7

def load_papers() -> tuple[list[Paper], list[list[str]]]:
    gold = [json.loads(ln) for ln in TRAINING.read_text(encoding="utf-8").splitlines() if ln]
    want = {g["id"] for g in gold}
    texts = {}
    with open(SHARED / "corpus" / "sota-arxiv" / "train.jsonl", encoding="utf-8") as f:
        for ln in f:
            d = json.loads(ln)
            if d["id"] in want:
                texts[d["id"]] = d
    # cleaned as `kg extract` reads the sota-arxiv records (LaTeX, HTML, ties; unknown macros)
    papers = []
    for g in gold:
        title, abstract, macros = required_text(texts[g["id"]], untitled_ok=True)
        papers.append(Paper(id=g["id"], title=title, abstract=abstract, macros=macros))
    return papers, [g["tasks"] for g in gold]


def candidates(papers: list[Paper]):
    """Per paper: (text, task groups, feature matrix, the rules' chosen names)."""
    nlp = build_pipeline()
    out = []
    for p in papers:
        text = p.text
        doc = nlp.make_doc(text)
        doc.user_data["mlkg_text"] = text
        doc.user_data["mlkg_macros"] = p.macros  # (as kg.extract._run passes them)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        st = doc._.mlkg
        groups = task_groups(text, st.mentions)
        tasks = [g for (label, _), g in groups.items() if label == TASK]
        rules = [g["name"] for g in select_tasks(text, tasks, st.acronyms)]  # the rules' choice
        X = np.array(features(text, tasks), dtype=float).reshape(len(tasks), len(FEATURES))
        out.append((text, tasks, X, st.acronyms, rules))
    return out


def fit(X: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method (bias not penalised)."""
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p - y) + reg * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def choose(text, tasks, probs, acronyms, threshold: float, first: float,
           policy: str = "threshold") -> list[str]:
    """The tasks kept by the model: by probability, above the threshold (the best one above
    ``first``), at most MAX_TASKS, near-duplicates merged as by the rules (the rules'
    :func:`select_tasks`, ranked by ``p``). ``same-count``: as many as the rules keep."""
    view = [dict(g, p=float(p)) for g, p in zip(tasks, probs, strict=True)]
    if policy == "same-count":
        k = len(select_tasks(text, view, acronyms))
        return [g["name"] for g in select_tasks(text, view, acronyms, -1.0, -1.0, "p", cap=k)]
    return [g["name"] for g in select_tasks(text, view, acronyms, threshold, first, "p")]


def fmt(r) -> str:
    return "P {:.3f} R {:.3f} F1 {:.3f} (tp {}, pred {}, gold {})".format(*r)


def prf(pred_lists, gold_lists, scorer) -> tuple[float, float, float, int, int, int]:
    tp = npred = ngold = 0
    for ps, gs in zip(pred_lists, gold_lists, strict=True):
        ps = list(dict.fromkeys(ps))
        tp += scorer.greedy_match(ps, gs, lambda a, b, strict: scorer.name_match(a, b, not strict))
        npred += len(ps)
        ngold += len(gs)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3), tp, npred, ngold


def labels(cands, golds, scorer, one_to_one: bool = True) -> list[np.ndarray]:
    """1 for a candidate that matches an annotated task. One to one (as the scorer counts):
    each annotated task labels one candidate, exact names first, then the candidates in
    order of rule confidence; a second candidate for the same task would be a false
    positive in the score, so it is a negative example."""
    out = []
    for (_, tasks, _, _, _), gs in zip(cands, golds, strict=True):
        y = np.zeros(len(tasks))
        if not one_to_one:
            y[:] = [float(any(scorer.name_match(g["name"], t) for t in gs)) for g in tasks]
            out.append(y)
            continue
        order = sorted(range(len(tasks)), key=lambda i: -tasks[i]["conf"])
        used = set()
        for strict in (True, False):
            for i in order:
                if y[i]:
                    continue
                for j, t in enumerate(gs):
                    if j not in used and scorer.name_match(tasks[i]["name"], t, not strict):
                        used.add(j)
                        y[i] = 1.0
                        break
        out.append(y)
    return out


def best_threshold(cands, probs, golds, scorer) -> tuple[float, float]:
    best = (-1.0, 0.5, 0.3)
    for t in THRESHOLDS:
        for first in (0.1, 0.2, 0.3):
            preds = [choose(text, tasks, pr, acr, t, min(first, t))
                     for (text, tasks, _, acr, _), pr in zip(cands, probs, strict=True)]  # fmt: skip
            f = prf(preds, golds, scorer)[2]
            if f > best[0] + 1e-9:
                best = (f, t, min(first, t))
    return best[1], best[2]


def cross_validate(cands, ys, golds, scorer, folds: int, l2: float, policy: str):
    n = len(cands)
    fold_of = [i % folds for i in range(n)]  # papers are in id order: interleaved folds
    preds: list[list[str]] = [[] for _ in range(n)]
    for k in range(folds):
        train = [i for i in range(n) if fold_of[i] != k]
        test = [i for i in range(n) if fold_of[i] == k]
        X = np.vstack([cands[i][2] for i in train if len(cands[i][1])])
        y = np.concatenate([ys[i] for i in train if len(cands[i][1])])
        w = fit(X, y, l2)
        probs = [1 / (1 + np.exp(-cands[i][2] @ w)) if len(cands[i][1]) else np.zeros(0)
                 for i in range(n)]  # fmt: skip
        t, first = (0.0, 0.0) if policy == "same-count" else best_threshold(
            [cands[i] for i in train], [probs[i] for i in train], [golds[i] for i in train],
            scorer)  # fmt: skip
        for i in test:
            text, tasks, _, acr, _ = cands[i]
            preds[i] = choose(text, tasks, probs[i], acr, t, first, policy)
    return preds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", metavar="FILE", type=Path,
                    help="write the weights fitted on all papers to FILE (JSON)")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--l2", type=float, default=0.3)
    ap.add_argument("--policy", choices=("threshold", "same-count"), default="threshold",
                    help="keep tasks above a learned threshold, or as many as the rules keep")
    ap.add_argument("--any-match", action="store_true",
                    help="label every candidate matching an annotated task (not one to one)")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    papers, golds = load_papers()
    cands = candidates(papers)
    ys = labels(cands, golds, scorer, not args.any_match)
    rules = [c[4] for c in cands]
    ceiling = sum(scorer.greedy_match([g["name"] for g in c[1]], gs,
                                      lambda a, b, s: scorer.name_match(a, b, not s))
                  for c, gs in zip(cands, golds, strict=True))  # fmt: skip
    n_gold = sum(len(g) for g in golds)
    n_cand = sum(len(c[1]) for c in cands)
    print(f"papers {len(papers)}, annotated tasks {n_gold}, task candidates {n_cand} "
          f"({int(sum(y.sum() for y in ys))} matching an annotated task)")
    print(f"candidate recall ceiling: {ceiling}/{n_gold} = {ceiling / n_gold:.3f}")
    print(f"rules        {fmt(prf(rules, golds, scorer))}")
    cv = cross_validate(cands, ys, golds, scorer, args.folds, args.l2, args.policy)
    print(f"model {args.folds}-fold CV {fmt(prf(cv, golds, scorer))}")
    X = np.vstack([c[2] for c in cands if len(c[1])])
    y = np.concatenate([ys[i] for i, c in enumerate(cands) if len(c[1])])
    w = fit(X, y, args.l2)
    probs = [1 / (1 + np.exp(-c[2] @ w)) if len(c[1]) else np.zeros(0) for c in cands]
    t, first = (0.0, 0.0) if args.policy == "same-count" else best_threshold(
        cands, probs, golds, scorer)
    fitted = [choose(c[0], c[1], pr, c[3], t, first, args.policy)
              for c, pr in zip(cands, probs, strict=True)]  # fmt: skip
    print(f"model fitted on all (threshold {t}, first {first}) {fmt(prf(fitted, golds, scorer))}")
    for name, v in zip(FEATURES, w, strict=True):
        print(f"  {name:16s} {v:+.3f}")
    if args.write:
        art = {"features": list(FEATURES), "weights": [round(float(v), 4) for v in w],
               "threshold": t, "threshold_first": first, "l2": args.l2, "policy": args.policy,
               "training": str(TRAINING.relative_to(ROOT)), "papers": len(papers)}  # fmt: skip
        args.write.write_text(json.dumps(art, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
