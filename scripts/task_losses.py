#!/usr/bin/env python3
"""Where the readable sets' missed tasks are lost: one step per missed annotated task.

For every annotated task of the readable sets (dev, sota40, sota40c, hf40a, hf40b, hf40d) that the
output misses (matched as ``../shared/gold/score.py`` does it, one to one), the text is read
for it (``verbatim``: its normalised words in order; ``words``: all its words somewhere;
``paraphrase``: neither) and, for the first two, the step that loses it is named:

- ``no candidate``: no mention, lexicon hit or name candidate of any type matches it;
- ``dropped in typing``: a lexicon or name candidate matches it, but no mention does;
- ``typed method`` / ``dataset`` / ``metric``: only a mention of another type matches it;
- ``select: <rule>``: a task group matches it and :func:`kg.extract.convert.select_tasks`
  drops it (below the floor, the cap, a means paradigm, a manner restatement, one of two
  names for one task, the shorter of two nested names);
- ``kept, not matched``: a kept task matches it, but the output's task matched another
  annotated task (one to one) or was renamed by linking.

The held-out sets are never read. Per-paper lines with ``-v``.

Usage: .venv/bin/python scripts/task_losses.py [-v] [--sets dev,a,c,hfa,hfb,hfd]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_sets import set_predictions  # noqa: E402
from eval_sota40 import HELD_OUT, HF_SETS, read_jsonl  # noqa: E402

from kg.evaluate import title_key  # noqa: E402
from kg.extract import build_pipeline  # noqa: E402
from kg.extract import convert  # noqa: E402
from kg.extract.evaluate import SHARED, load_scorer, read_corpus  # noqa: E402
from kg.extract.mentions import TASK  # noqa: E402
from kg.sources.base import paper_from_record  # noqa: E402

READABLE = ("dev", "a", "c", "hfa", "hfb", "hfd")


@cache
def scorer():
    """../shared/gold/score.py, loaded on first use (the trace needs no ../shared)."""
    return load_scorer()


def unmatched(preds: list[str], golds: list[str]) -> tuple[list[str], list[str]]:
    """(spurious outputs, missed annotated) after the scorer's one-to-one greedy match."""
    used_p, used_g = set(), set()
    for strict in (True, False):
        for i, p in enumerate(preds):
            if i in used_p:
                continue
            for j, g in enumerate(golds):
                if j not in used_g and scorer().name_match(p, g, not strict):
                    used_p.add(i)
                    used_g.add(j)
                    break
    return ([p for i, p in enumerate(preds) if i not in used_p],
            [g for j, g in enumerate(golds) if j not in used_g])  # fmt: skip


def missed(preds: list[str], golds: list[str]) -> list[str]:
    """The annotated names the scorer's one-to-one greedy match leaves unmatched."""
    return unmatched(preds, golds)[1]


def in_text(name: str, text: str) -> str:
    norm_text = " " + scorer().norm(text) + " "
    words = set(norm_text.split())
    forms = scorer().aliases(name)
    if any(" " + f + " " in norm_text for f in forms):
        return "verbatim"
    if any(set(f.split()) <= words for f in forms):
        return "words"
    return "paraphrase"


def select_trace(text: str, tasks: list[dict], acronyms) -> dict[int, str]:
    """Why :func:`convert.select_tasks` drops each group (id -> reason); kept ones: "kept"."""
    why: dict[int, str] = {}
    convert.select_tasks(text, tasks, acronyms, why=why)
    return why


def papers_of(name: str, gold: list[dict]):
    if name == "dev" or name in HF_SETS:
        by_title = {title_key(p.title): p for p in read_corpus()}
        return [by_title.get(title_key(g["title"])) for g in gold]
    folder = SHARED / "corpus" / "sota-arxiv"
    wanted = {g["id"] for g in gold}
    records = {}
    for source in ("train.jsonl", "validation.jsonl"):
        records.update({d["id"]: d for d in read_jsonl(folder / source) if d["id"] in wanted})
    return [paper_from_record(records[g["id"]], g["id"]) for g in gold]


def read_groups(nlp, text: str):
    """The pipeline's state and the output step's groups of one text (before any selection)."""
    doc = nlp.make_doc(text)
    doc.user_data["mlkg_text"] = text
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    st = doc._.mlkg
    return st, convert.task_groups(text, st.mentions)


def lost_elsewhere(st, groups: dict, text: str, gold: str, label: str) -> str:
    """The step that loses ``gold`` when no group of its own ``label`` matches it: typed as
    another kind, dropped in typing, or no candidate at all."""
    others = [(lab, g["name"]) for (lab, _), g in groups.items() if lab != label and group_matches(g, gold)]
    if others:
        return f"typed {others[0][0].lower()} [{others[0][1]}]"
    raw = [c for c in st.lexicon + st.names if scorer().name_match(text[c.start : c.end], gold)]
    if raw:
        return f"dropped in typing [{text[raw[0].start : raw[0].end]}]"
    return "no candidate"


def group_matches(g: dict, gold: str) -> bool:
    return any(scorer().name_match(n, gold) for n in [g["name"], *g["aliases"]])


def diagnose(nlp, text: str, gold_task: str) -> str:
    st, groups = read_groups(nlp, text)
    tasks = [g for (label, _), g in groups.items() if label == TASK]
    hits = [g for g in tasks if group_matches(g, gold_task)]
    if hits:
        why = select_trace(text, tasks, st.acronyms)
        # a dropped group that matches names the loss even when a kept one matches too:
        # that kept one went to another annotated task ("speech separation" beside a kept
        # "monaural speech separation")
        dropped = [g for g in hits if why.get(id(g), "?") != "kept"]
        if not dropped:
            return "kept, not matched"
        best = max(dropped, key=lambda g: g["conf"])
        return f"select: {why.get(id(best), '?')} [{best['name']}]"
    return lost_elsewhere(st, groups, text, gold_task, TASK)


def step_kind(step: str) -> str:
    """A step without its particulars: "select: nested in 'X' [Y]" -> "select: nested"."""
    return re.split(r" \[| \(| as '| in '|, replaced", step, maxsplit=1)[0]


def parse_sets(ap: argparse.ArgumentParser, argv: list[str] | None):
    """The parsed arguments and the readable sets named by ``--sets`` (held-out ones refused)."""
    ap.add_argument("--sets", default=",".join(READABLE))
    args = ap.parse_args(argv)
    names = [s for s in args.sets.split(",") if s]
    if any(n in HELD_OUT for n in names):
        ap.error("held-out sets are never read paper by paper")
    return args, names


def readable_papers(names: list[str], field: str):
    """(set name, gold record, corpus paper, predicted names of ``field``) for every paper of
    the sets that both the corpus and the extractor's output hold."""
    for name, gold, preds in set_predictions(names):
        by_title = {title_key(p["title"]): p for p in preds}
        for g, paper in zip(gold, papers_of(name, gold), strict=True):
            pred = by_title.get(title_key(g["title"]))
            if paper is None or pred is None:
                continue
            yield name, g, paper, [scorer().entity_name(t) for t in pred.get(field, [])]


def tally(argv: list[str] | None, *, field: str, description: str, diagnose, show_pred: bool = False) -> int:
    """Count, over the readable sets, where each missed annotated item of ``field`` is lost
    (``diagnose(nlp, text, gold)`` names the step); the command line of this script and of
    ``method_losses.py``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("-v", action="store_true", help=f"one line per missed {field[:-1]}")
    args, names = parse_sets(ap, argv)
    nlp = build_pipeline()
    text_kinds: Counter = Counter()
    steps: Counter = Counter()
    for name, g, paper, predicted in readable_papers(names, field):
        for item in missed(predicted, g[field]):
            kind = in_text(item, paper.text)
            text_kinds[kind] += 1
            if kind == "paraphrase":
                continue
            step = diagnose(nlp, paper.text, item)
            steps[step_kind(step)] += 1
            if args.v:
                shown = f"\tpred={predicted}" if show_pred else ""
                print(f"{name}\t{kind}\t{item!r}\t{step}{shown}\t{g['title'][:60]}")
    print(f"missed {field} by text:", dict(text_kinds))
    for step, n in steps.most_common():
        print(f"{n:4d}  {step}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return tally(argv, field="tasks", description=__doc__.splitlines()[0], diagnose=diagnose, show_pred=True)


if __name__ == "__main__":
    sys.exit(main())
