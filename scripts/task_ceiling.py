#!/usr/bin/env python3
"""Task diagnostics: the rules' task F1 per annotated set, a learned ranker fitted on some sets
and scored on all, the candidate ceiling (how many annotated tasks some candidate matches)
and the heads of the annotated tasks no candidate finds. Per-paper lines (annotated tasks
written in the text that no candidate finds) are printed for readable sets only (dev, hfa,
hfb); held-out sets (hf, s40b) appear in the aggregate figures only.

Usage: .venv/bin/python scripts/task_ceiling.py [REPO_ROOT]
"""
import sys, json
from pathlib import Path
ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / 'scripts'))
import numpy as np
import train_task_ranker as T
from kg.evaluate import title_key
from kg.extract.evaluate import read_corpus, load_scorer, SHARED
from kg.sources.base import paper_from_record
sc = load_scorer()
TR = ROOT / 'kg/extract/training'
hf = {title_key(p.title): p for p in read_corpus()}
sota = {}
for ln in open(SHARED / 'corpus/sota-arxiv/train.jsonl'):
    d = json.loads(ln); sota[d['id']] = d
def hfset(path):
    G = [json.loads(l) for l in open(path)]
    return [hf[title_key(g['title'])] for g in G], [g['tasks'] for g in G]
def sotaset(path):
    G = [json.loads(l) for l in open(path)]
    return [paper_from_record(sota[g['id']], g['id']) for g in G], [g['tasks'] for g in G]
sets = {'s160': T.load_papers(), 'dev': hfset(SHARED / 'gold/dev.jsonl'), 'hfa': hfset(TR / 'hf40a.jsonl'), 'hfb': hfset(TR / 'hf40b.jsonl'),
        's40': sotaset(TR / 'sota40.jsonl'), 'hf': hfset(TR / 'hf40.jsonl'), 's40b': sotaset(TR / 'sota40b.jsonl')}
C = {k: (T.candidates(p), g) for k, (p, g) in sets.items()}
def train(keys, l2=1.0, any_match=False):
    X, y, cs, gs = [], [], [], []
    for k in keys:
        cands, golds = C[k]
        ys = T.labels(cands, golds, sc, not any_match)
        for c, yy, g in zip(cands, ys, golds):
            if len(c[1]): X.append(c[2]); y.append(yy)
            cs.append(c); gs.append(g)
    w = T.fit(np.vstack(X), np.concatenate(y), l2)
    probs = [1 / (1 + np.exp(-c[2] @ w)) if len(c[1]) else np.zeros(0) for c in cs]
    t, first = T.best_threshold(cs, probs, gs, sc)
    return w, t, first
def evaluate(k, w, t, first):
    cands, golds = C[k]
    preds = [T.choose(c[0], c[1], 1 / (1 + np.exp(-c[2] @ w)) if len(c[1]) else np.zeros(0), c[3], t, first) for c in cands]
    return T.prf(preds, golds, sc)[2]
print('rules', {k: T.prf([c[4] for c in C[k][0]], C[k][1], sc)[2] for k in C})
for keys in (['s160'], ['dev', 'hfa', 'hfb'], ['dev', 'hfa', 'hfb', 's40'], ['dev', 'hfa', 'hfb', 's40', 's160']):
    for l2 in (0.3, 3.0):
        w, t, first = train(keys, l2)
        print(keys, l2, t, first, {k: evaluate(k, w, t, first) for k in C})
for k in C:
    cands, golds = C[k]
    ceil = sum(sc.greedy_match([g['name'] for g in c[1]], gs, lambda a, b, s: sc.name_match(a, b, not s)) for c, gs in zip(cands, golds))
    n = sum(len(g) for g in golds); nc = sum(len(c[1]) for c in cands)
    print(k, 'ceiling', ceil, '/', n, round(ceil / n, 3), 'cands/paper', round(nc / len(cands), 1))
from collections import Counter
heads = Counter()
READABLE = ('hfa', 'hfb', 'dev', 's40')  # never the held-out hf, s40b
for k in READABLE:
    cands, golds = C[k]
    for c, gs in zip(cands, golds):
        text = c[0].lower()
        for g in gs:
            if not any(sc.name_match(x['name'], g) for x in c[1]):
                written = g.lower() in text
                heads[g.split()[-1].lower(), written] += 1
                if written and k in ('hfa', 'hfb', 'dev'): print(k, 'WRITTEN-NOCAND', repr(g))
print(sorted(heads.items(), key=lambda x: -x[1])[:50])
