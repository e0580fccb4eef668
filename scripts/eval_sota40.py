#!/usr/bin/env python3
"""Score the extractor on kg/extract/training/sota40.jsonl (40 hand-annotated sota-arxiv papers).

``--set b`` scores ``sota40b.jsonl`` instead: the held-out set, which nobody tunes on (use its
table only; do not read its per-paper misses, so no ``--by-paper`` there). ``--set hf`` scores
``hf40.jsonl``, 40 blind-annotated papers of the hf-daily corpus (the dev papers' corpus, and
the closest stand-in for the maintainers' held-out set): held out in the same way.
``--set hfa`` and ``--set hfb`` score ``hf40a.jsonl`` and ``hf40b.jsonl``, 80 more papers of that
corpus annotated the same way, which may be read paper by paper; ``--set hfc`` (``hf40c.jsonl``)
is a second held-out hf-daily set, and ``--set hfd`` (``hf40d.jsonl``) a third readable one. The papers of both hf sets are extracted and linked with
the whole hf-daily corpus, as the dev papers are (:func:`kg.extract.evaluate.dev_predictions`).
``--set v`` scores ``sotaval40.jsonl``, 40 blind-annotated papers of sota-arxiv's
``validation.jsonl``: held out too (table only). ``--set c`` scores ``sota40c.jsonl``, 40
blind-annotated sota-arxiv papers of every year (``train.jsonl``): the readable counterpart of
set v (``--by-paper`` allowed). ``--set r50`` scores ``results50.jsonl``, 50 fresh 2023 papers
annotated for results only (readable): its other fields are null, and the table is
:func:`kg.evaluate.score`'s, which leaves them out (the shared ``score.py`` stops at a null field:
score results50 with ``kg eval`` or this script).

Reads the annotated ids, takes those papers' records from
``../shared/corpus/sota-arxiv/train.jsonl`` (and ``validation.jsonl``), cleans them as ``kg extract`` reads a JSON Lines
file (:func:`kg.sources.base.paper_from_record`, i.e. :func:`kg.sources.clean.clean_text` on
title and abstract), extracts and links them as ``kg extract`` does over these 40 papers
(:func:`kg.extract.extract`, :class:`kg.link.Linker` over :func:`kg.link.collect_forms`,
:func:`kg.link.output_record`), writes the predictions and prints the table of
``../shared/gold/score.py``.

``--by-paper`` also prints, per paper and field, what the prediction missed (-) and what it
added (+), matched one-to-one as score.py matches them (results: by value and metric; a
``~`` line is a result whose value and metric match but whose method or dataset does not).

Usage: .venv/bin/python scripts/eval_sota40.py [--set a|b|c|hf|hfa|hfb|hfc|hfd|v|r50] [-o PRED.jsonl] [--by-paper]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.evaluate import SHARED, load_scorer  # noqa: E402
from kg.evaluate import FIELDS, format_diff, score  # noqa: E402

TRAINING = ROOT / "kg" / "extract" / "training"
GOLD = TRAINING / "sota40.jsonl"
SETS = {"a": GOLD, "b": TRAINING / "sota40b.jsonl", "hf": TRAINING / "hf40.jsonl",
        "hfa": TRAINING / "hf40a.jsonl", "hfb": TRAINING / "hf40b.jsonl",
        "hfc": TRAINING / "hf40c.jsonl", "hfd": TRAINING / "hf40d.jsonl",
        "v": TRAINING / "sotaval40.jsonl",
        "c": TRAINING / "sota40c.jsonl", "r50": TRAINING / "results50.jsonl"}  # fmt: skip
HF_SETS = ("hf", "hfa", "hfb", "hfc", "hfd")  # papers of the hf-daily corpus: linked with the whole corpus
HELD_OUT = ("b", "hf", "hfc", "v")  # table only: nobody reads their per-paper errors
RESULTS_ONLY = ("r50",)  # annotated for results only: the other fields are null in the gold


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(gold: list[dict]) -> list[dict]:
    """The ``kg extract`` output records of the gold papers, in gold order."""
    from kg.extract import extract
    from kg.link import Linker, collect_forms, output_record
    from kg.sources.base import paper_from_record

    wanted = {g["id"] for g in gold}
    folder = SHARED / "corpus" / "sota-arxiv"
    records = {}  # id -> (source file, record)
    for source in (folder / "train.jsonl", folder / "validation.jsonl"):  # set v: validation
        records.update({d["id"]: (source, d) for d in read_jsonl(source) if d["id"] in wanted})
    missing = wanted - set(records)
    if missing:
        raise SystemExit(f"not in {folder}/train.jsonl or validation.jsonl: {sorted(missing)}")
    papers = [paper_from_record(records[g["id"]][1], f"{records[g['id']][0]}:{g['id']}") for g in gold]
    for g, p in zip(gold, papers, strict=True):
        if p.title != g["title"]:
            print(f"warning: {g['id']}: cleaned title differs from the annotated one", file=sys.stderr)
    extractions = list(extract(papers))
    linker = Linker(collect_forms(extractions))
    return [output_record(e, linker) for e in extractions]


def default_output(name: str) -> str:
    """Where set ``name``'s predictions go without ``-o``: /tmp/sota40-pred.jsonl for set a,
    /tmp/sota40<set>-pred.jsonl for the others."""
    return f"/tmp/sota40{'' if name == 'a' else name}-pred.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), default="a",
                    help="a: sota40.jsonl (default); b: sota40b.jsonl, hf: hf40.jsonl, hfc:"
                         " hf40c.jsonl and v: sotaval40.jsonl, the held-out sets; hfa, hfb, hfd:"
                         " hf40a/b/d.jsonl; c: sota40c.jsonl (any year, readable); r50:"
                         " results50.jsonl (results only, readable)")  # fmt: skip
    ap.add_argument("-o", "--output",
                    help="where to write the predictions (default, by set: "
                         + "; ".join(f"{k}: {default_output(k)}" for k in sorted(SETS)) + ")")  # fmt: skip
    ap.add_argument("--gold", help="gold file (default: the set's)")
    ap.add_argument("--by-paper", action="store_true", help="print per-paper misses and spurious")
    args = ap.parse_args(argv)
    if args.gold is None:
        args.gold = str(SETS[args.set])
    if args.output is None:
        args.output = default_output(args.set)
    held_out = [SETS[k] for k in HELD_OUT if Path(args.gold).resolve() == SETS[k].resolve()]
    if args.by_paper and held_out:
        print(f"--by-paper is refused on {held_out[0].name}: it is a held-out set (table only)", file=sys.stderr)
        return 2
    if not SHARED.exists():
        print(f"{SHARED} not found: this evaluation needs ../shared", file=sys.stderr)
        return 1
    gold = read_jsonl(Path(args.gold))
    if args.set in HF_SETS:
        from kg.extract.evaluate import dev_predictions

        gold, preds = dev_predictions(gold_path=Path(args.gold))
    else:
        preds = predict(gold)
    with open(args.output, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    if any(g.get(f, []) is None for g in gold for f in FIELDS):
        # shared/gold/score.py scores every field; kg.evaluate leaves out a field whose gold is null
        print(score(gold, preds).table())
    else:
        load_scorer().main([args.gold, args.output])
    if args.by_paper:
        print()
        print(format_diff(score(gold, preds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
