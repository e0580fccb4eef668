#!/usr/bin/env python3
"""Could a learned selector over the extractor's method candidates beat the rules?

Reads only the readable annotated sets (``kg/extract/training/``: sota40, sota40c, hf40a,
hf40b; never dev nor a held-out set) and their abstracts from ``../shared`` (the hf papers
are extracted and linked with the whole hf-daily corpus, as ``scripts/eval_sets.py`` does),
then prints three measurements (``kg/extract/training/README.md``, "learned method selector"):

1. **Pool ceiling**: where each gold method that the output misses is last seen: in the
   output under another type, among the typed mentions (``st.mentions``) under another type
   or none, among the candidates before typing (lexicon matches and ``find_candidates``'s
   names), or nowhere (no candidate covers it).
2. **Adding**: every candidate not output as a method, labelled by whether it matches a
   missed gold method (one to one, the scorer's lenient match), with a logistic regression's
   precision among its most likely candidates, out of fold (10 folds by paper). An added
   item pays only when it is right more often than F1/2 (about 0.40 here).
3. **Veto**: the kept methods (one per method group of :func:`kg.extract.convert.task_groups`)
   with cheap features (rule confidence and origin, shape, head word, title / proposed /
   acronym / result roles, mentions, cue words before and after, lexicon type, corpus word
   list), labelled right or wrong by the scorer's one-to-one match; L2 logistic regression
   (numpy, Newton steps: deterministic), a keep threshold chosen inside each training part,
   cross-validated by paper (5 and 10 interleaved folds, two shuffled ones, and leave one set
   out), against the rules, a confidence threshold and dropping as many items as the model
   does by lowest rule confidence (the "keeps fewer" control).

The extractor does not use any of it: neither direction beat the rules (README).

Usage: .venv/bin/python scripts/method_selector.py [--l2 1.0]
"""

from __future__ import annotations

import argparse
import copy
import math
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_sota40 import SETS, predict, read_jsonl  # noqa: E402
from train_task_ranker import fit  # noqa: E402

from kg.evaluate import match_pairs, names_match, title_key  # noqa: E402
from kg.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION, build_pipeline  # noqa: E402
from kg.extract import names as N  # noqa: E402
from kg.extract.convert import doc_to_extraction, task_groups  # noqa: E402
from kg.extract.evaluate import SHARED, linked_predictions, read_corpus  # noqa: E402
from kg.extract.lexicon import common_words, lookup_label  # noqa: E402
from kg.extract.mentions import METHOD  # noqa: E402

READABLE = ("a", "c", "hfa", "hfb")  # sota40, sota40c, hf40a, hf40b (eval_sota40.py's names)


def lenient(a: str, b: str, strict: bool) -> bool:
    return names_match(a, b, not strict)


def readable_papers() -> list[dict]:
    """Per readable paper: its set, gold record, Paper and linked output record."""
    from kg.sources.base import paper_from_record

    hf = {title_key(p.title): p for p in read_corpus()}
    hf_out = linked_predictions(list(hf.values()))
    rows = []
    for name in READABLE:
        gold = read_jsonl(SETS[name])
        if name.startswith("hf"):
            papers = [hf[title_key(g["title"])] for g in gold]
            outs = [hf_out[title_key(g["title"])] for g in gold]
        else:
            folder = SHARED / "corpus" / "sota-arxiv"
            want = {g["id"] for g in gold}
            recs = {}
            for src in (folder / "train.jsonl", folder / "validation.jsonl"):
                recs.update({d["id"]: (src, d) for d in read_jsonl(src) if d["id"] in want})
            papers = [paper_from_record(recs[g["id"]][1], f"{recs[g['id']][0]}:{g['id']}") for g in gold]
            outs = predict(gold)
        rows += [{"set": name, "gold": g, "paper": p, "out": o} for g, p, o in zip(gold, papers, outs, strict=True)]
    return rows


def analyse(nlp, row: dict) -> None:
    """Run the pipeline on one paper, keeping the candidates as they are before typing."""
    text = row["paper"].text
    doc = nlp.make_doc(text)
    doc.user_data["mlkg_text"] = text
    for name, proc in nlp.pipeline:
        if name == "mlkg_typing":  # (resolve() moves and retypes candidates in place)
            st = doc._.mlkg
            row["pool"] = [copy.copy(c) for c in st.lexicon + st.names]
        doc = proc(doc)
    st = doc._.mlkg
    row.update(text=text, title_end=st.title_end, mentions=st.mentions,
               ex=doc_to_extraction(doc, row["paper"], extractor=EXTRACTOR_NAME, version=EXTRACTOR_VERSION).to_json())
    groups = task_groups(text, st.mentions)
    row["methods"] = [g for (label, _), g in sorted(groups.items(), key=lambda kv: kv[1]["first"]) if label == METHOD]


def missed(row: dict) -> list[str]:
    golds = row["gold"]["methods"]
    preds = list(dict.fromkeys(m["name"] for m in row["out"]["methods"]))
    hit = {j for _, j in match_pairs(preds, golds, lenient)}
    return [g for j, g in enumerate(golds) if j not in hit]


# --- 1. pool ceiling ---------------------------------------------------------------------
def ceiling(rows: list[dict]) -> Counter:
    where: Counter = Counter()
    for row in rows:
        text = row["text"]
        other = [m["name"] for k in ("datasets", "metrics", "tasks") for m in row["out"][k]]
        typed = [(c.label, c.name or text[c.start : c.end]) for c in row["mentions"]]
        pool = [text[c.start : c.end] for c in row["pool"]]
        pool += [text[c.short[0] : c.short[1]] for c in row["pool"] if c.short]
        unlinked = [m["name"] for m in row["ex"]["methods"]]
        for g in missed(row):
            def has(names, g=g):
                return any(names_match(x, g, True) for x in names)
            if has(unlinked):
                k = "a method before linking"
            elif has(other):
                k = "output as another type"
            elif has(x for label, x in typed if label == METHOD):
                k = "a method mention, lost in grouping"
            elif has(x for label, x in typed):
                k = "a mention typed otherwise or untyped"
            elif has(pool):
                k = "a candidate dropped while typing"
            elif g.lower() in text.lower():
                k = "in the text, no candidate"
            else:
                k = "not written as such"
            where[k] += 1
    return where


# --- shared: cross-validation folds (the logistic regression is the task ranker's, train_task_ranker.fit) ---
def folds_of(rows: list[dict], how: str) -> list[object]:
    """The fold of each paper: ``5``/``10`` interleaved, ``5s1``/``10s2`` shuffled with that
    seed, ``sets`` one fold per annotated set."""
    if how == "sets":
        return [r["set"] for r in rows]
    k, _, seed = how.partition("s")
    order = list(range(len(rows)))
    if seed:
        np.random.RandomState(int(seed)).shuffle(order)
    fold = [0] * len(rows)
    for rank, i in enumerate(order):
        fold[i] = rank % int(k)
    return fold


# --- 2. adding candidates not output as methods ----------------------------------------------
_ADD_SOURCES = ("task", "titletask", "lexicon", "acronym", "name", "titlecase", "topic", "title")
_ADD_LABELS = ("TASK", "METRIC", "DATASET", None)
_USE_BEFORE = re.compile(r"(?:using|uses?|with|via|by|employ\w*|adopt\w*|leverag\w*|apply\w*|than|over|"
                         r"outperform\w*|versus|such as|including|like)\s+(?:the\s+|an?\s+)?$", re.I)
_PART_AFTER = re.compile(r"\s+(?:models?|methods?|framework|approach|architecture|algorithm|networks?|module|"
                         r"layer|mechanism|loss|strategy)\b", re.I)


def add_candidates(row: dict) -> tuple[list[list[float]], list[float]]:
    text = row["text"]
    gold_left = missed(row)
    seen = {m["name"].lower() for m in row["out"]["methods"]}
    used: set[int] = set()
    X, y = [], []
    common = common_words()
    for typed, cands in ((True, row["mentions"]), (False, row["pool"])):
        for c in cands:
            s = c.name if typed and c.name else text[c.start : c.end]
            if (typed and c.label == METHOD) or s.lower() in seen:
                continue
            seen.add(s.lower())
            hit = next((j for j, g in enumerate(gold_left) if j not in used and names_match(s, g, True)), None)
            if hit is not None:
                used.add(hit)
            words = s.split()
            low = [w.lower() for w in words]
            head = low[-1] if low else ""
            X.append([1.0, float(typed), *(float(c.source == x) for x in _ADD_SOURCES),
                      *(float(c.label == x) for x in _ADD_LABELS), c.score, float(c.end <= row["title_end"]),
                      float(bool(c.short)), float(c.proposed), float(len(words) == 1), float(len(words) >= 3),
                      float(s == s.lower()), float(any(N.is_namey(w) for w in words)), float(s.isupper()),
                      float("-" in s), float(head in N.METHOD_HEADS), float(head in N.COMPONENT_HEADS),
                      float(head in N.TASK_HEAD_SET), float(all(w in common for w in low)),
                      float(bool(_USE_BEFORE.search(text, max(0, c.start - 40), c.start))),
                      float(bool(_PART_AFTER.match(text, c.end))), float(lookup_label(s) == METHOD),
                      float(text.count(s) > 1)])  # fmt: skip
            y.append(float(hit is not None))
    return X, y


def add_direction(rows: list[dict], l2: float) -> None:
    per = [add_candidates(r) for r in rows]
    X = np.array([x for xs, _ in per for x in xs])
    y = np.array([v for _, ys in per for v in ys])
    paper = np.array([i for i, (xs, _) in enumerate(per) for _ in xs])
    fold = np.array(folds_of(rows, "10"))[paper]
    oof = np.zeros(len(y))
    for k in range(10):
        te = fold == k
        oof[te] = 1 / (1 + np.exp(-X[te] @ fit(X[~te], y[~te], l2)))
    order = np.argsort(-oof, kind="stable")
    tops = " ".join(f"top {k}: {y[order[:k]].mean():.2f}" for k in (5, 10, 20, 50))
    print(f"  {len(y)} candidates, {int(y.sum())} match a missed gold method ({y.mean():.3f}); "
          f"out-of-fold precision {tops}; highest p {oof.max():.2f}")


# --- 3. veto on kept methods ---------------------------------------------------------------
_SOURCES = ("lexicon", "acronym", "name", "title", "titlecase")
_GRAMMAR = frozenset(("eponym", "list", "numbered", "quoted"))
_USED_BEFORE = re.compile(r"(?:using|uses?|with|via|by|employ\w*|adopt\w*|leverag\w*|apply\w*|applying)"
                          r"\s+(?:the\s+|an?\s+)?$", re.I)
_COMPARED_BEFORE = re.compile(r"(?:than|over|outperform\w*|compared\s+(?:to|with)|versus|vs\.?|such\s+as|"
                              r"including|like|e\.g\.,?)\s+(?:the\s+)?$", re.I)
_OWN = re.compile(r"\b(?:we|our|this (?:paper|work))\b", re.I)
_KIND_AFTER = re.compile(r"\s+(?:models?|methods?|framework|approach|architecture|algorithm|networks?|family|"
                         r"series)\b", re.I)
_TECHNIQUE_HEADS = frozenset(("learning", "training", "tuning", "fine-tuning", "prompting", "search", "sampling"))
FEATURES = ("bias", "conf", "log_mentions", "proposed", "in_title", "acronym_defined",
            *(f"source_{s}" for s in _SOURCES), "source_grammar", "source_other", "derived_lexicon",
            "one_word", "three_words", "all_lower", "namey_word", "all_caps", "digit", "hyphen",
            "method_head", "component_head", "technique_head", "common_words", "in_result",
            "own_sentence", "used_before", "compared_before", "kind_after", "position",
            "lexicon_other_type", "methods_in_paper")  # fmt: skip


def _sentence(text: str, i: int) -> str:
    a = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i))
    b = text.find(". ", i)
    return text[a + 1 : b if b >= 0 else len(text)]


def veto_features(text: str, title_end: int, methods: list[dict], results: list[dict]) -> np.ndarray:
    """One row per kept method group (``FEATURES``)."""
    body = title_end + 2 if title_end else 0
    in_results = {(r.get("method") or "").lower() for r in results}
    common = common_words()
    rows = []
    for g in methods:
        name, cands = g["name"], g["cands"]
        words = name.split()
        low = [w.lower() for w in words]
        head = low[-1].strip("()") if low else ""
        sources = {c.source for c in cands}
        firsts = [c.start for c in cands if c.start >= body]
        lex = lookup_label(name)
        rows.append([
            1.0, g["conf"], min(2.0, math.log2(g["n"])), float(g["proposed"]), float(g["title"]),
            float(any(c.short for c in cands)), *(float(s in sources) for s in _SOURCES),
            float(bool(sources & _GRAMMAR)), float(bool(sources - set(_SOURCES) - _GRAMMAR)),
            float("lexicon" in sources and all(c.derived for c in cands if c.source == "lexicon")),
            float(len(words) == 1), float(len(words) >= 3), float(name == name.lower()),
            float(any(N.is_namey(w) for w in words)), float(name.isupper()),
            float(any(ch.isdigit() for ch in name)), float("-" in name),
            float(head in N.METHOD_HEADS), float(head in N.COMPONENT_HEADS), float(head in _TECHNIQUE_HEADS),
            float(all(w in common for w in low)),
            float(name.lower() in in_results or any(a.lower() in in_results for a in g["aliases"])),
            float(any(_OWN.search(_sentence(text, c.start)) for c in cands if c.start >= body)),
            float(any(_USED_BEFORE.search(text, max(0, c.start - 40), c.start) for c in cands)),
            float(any(_COMPARED_BEFORE.search(text, max(0, c.start - 40), c.start) for c in cands)),
            float(any(_KIND_AFTER.match(text, c.end) for c in cands)),
            (min(firsts) - body) / max(1, len(text) - body) if firsts else 0.0,
            float(lex is not None and lex != METHOD), math.log2(1 + len(methods)) / 4,
        ])  # fmt: skip
    return np.array(rows, dtype=float).reshape(len(methods), len(FEATURES))


def prf(rows: list[dict], keep) -> tuple[float, float, float, int]:
    """Methods F1, P, R and the number kept, keeping method j of paper i where keep(i, j)."""
    tp = n_pred = n_gold = 0
    for i, r in enumerate(rows):
        kept = [g["name"] for j, g in enumerate(r["methods"]) if keep(i, j)]
        tp += len(match_pairs(kept, r["gold"]["methods"], lenient))
        n_pred += len(kept)
        n_gold += len(r["gold"]["methods"])
    p, rc = tp / max(1, n_pred), tp / max(1, n_gold)
    return (2 * p * rc / (p + rc) if p + rc else 0.0), p, rc, n_pred


THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 14)]  # 0.05 .. 0.65
CONF_THRESHOLDS = [0.0] + [round(0.4 + 0.02 * k, 2) for k in range(25)]


def best_threshold(rows: list[dict], scores: list[np.ndarray], grid: list[float]) -> float:
    """The threshold of ``grid`` whose keep rule (score >= threshold) scores best on ``rows``
    (the lowest of equals)."""
    return max(grid, key=lambda t: (prf(rows, lambda i, j: scores[i][j] >= t)[0], -t))


def veto_cv(rows: list[dict], Xs: list[np.ndarray], ys: list[np.ndarray], how: str, l2: float):
    fold = folds_of(rows, how)
    model: dict[int, np.ndarray] = {}
    by_conf: dict[int, np.ndarray] = {}
    for k in sorted(set(fold), key=str):
        train = [i for i, f in enumerate(fold) if f != k]
        w = fit(np.vstack([Xs[i] for i in train]), np.concatenate([ys[i] for i in train]), l2)
        prob = [1 / (1 + np.exp(-X @ w)) for X in Xs]
        sub = [rows[i] for i in train]
        t = best_threshold(sub, [prob[i] for i in train], THRESHOLDS)
        tc = best_threshold(sub, [Xs[i][:, 1] for i in train], CONF_THRESHOLDS)
        for i, f in enumerate(fold):
            if f == k:
                model[i], by_conf[i] = prob[i] >= t, Xs[i][:, 1] >= tc
    # the control: per paper, drop as many methods as the model drops, lowest confidence first
    dropped = {i: set(np.argsort(Xs[i][:, 1], kind="stable")[: int((~model[i]).sum())].tolist()) for i in model}
    return (prf(rows, lambda i, j: True), prf(rows, lambda i, j: model[i][j]),
            prf(rows, lambda i, j: by_conf[i][j]), prf(rows, lambda i, j: j not in dropped[i]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args(argv)
    rows = readable_papers()
    nlp = build_pipeline()
    for r in rows:
        analyse(nlp, r)
    n_gold = sum(len(r["gold"]["methods"]) for r in rows)
    n_miss = sum(len(missed(r)) for r in rows)
    print(f"{len(rows)} readable papers, {n_gold} gold methods, {n_miss} missed by the output")
    print("1. where the missed gold methods are last seen:")
    for k, v in ceiling(rows).most_common():
        print(f"  {v:4d}  {k}")
    print("2. adding a candidate not output as a method:")
    add_direction(rows, args.l2)
    Xs = [veto_features(r["text"], r["title_end"], r["methods"], r["ex"]["results"]) for r in rows]
    ys = []
    for r in rows:
        y = np.zeros(len(r["methods"]))
        y[[i for i, _ in match_pairs([g["name"] for g in r["methods"]], r["gold"]["methods"], lenient)]] = 1
        ys.append(y)
    kept = sum(len(y) for y in ys)
    print(f"3. veto on the {kept} kept methods ({int(sum(y.sum() for y in ys))} right), methods F1 P R (kept):")
    def fmt(r):
        return f"{r[0]:.3f} {r[1]:.3f} {r[2]:.3f} ({r[3]})"
    print(f"  {'folds':8s} {'rules':24s} {'model':24s} {'confidence floor':24s} same count by confidence")
    for how in ("5", "10", "5s1", "10s2", "sets"):
        base, model, conf, control = veto_cv(rows, Xs, ys, how, args.l2)
        print(f"  {how:8s} {fmt(base):24s} {fmt(model):24s} {fmt(conf):24s} {fmt(control)}")
    # why: the least likely kept methods, out of fold, are still mostly right
    fold = folds_of(rows, "10")
    oof: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for k in range(10):
        train = [i for i, f in enumerate(fold) if f != k]
        w = fit(np.vstack([Xs[i] for i in train]), np.concatenate([ys[i] for i in train]), args.l2)
        for i, f in enumerate(fold):
            if f == k:
                oof[i] = 1 / (1 + np.exp(-Xs[i] @ w))
    items = [(oof[i][j], Xs[i][j, 1], ys[i][j]) for i in range(len(rows)) for j in range(len(ys[i]))]
    for key, label in ((0, "model (10-fold)"), (1, "rule confidence")):
        low = [t[2] for t in sorted(items, key=lambda t: t[key])]
        rates = " ".join(f"{k}: {sum(low[:k]) / k:.2f}" for k in (10, 20, 50))
        print(f"  share right among the least likely kept methods by {label}: {rates}")
    w = fit(np.vstack(Xs), np.concatenate(ys), args.l2)
    print("  weights fitted on all papers: " + ", ".join(f"{f} {v:+.2f}" for f, v in zip(FEATURES, w, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
