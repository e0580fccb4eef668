#!/usr/bin/env python3
"""Print the extractor's output on unlabelled abstracts, paper by paper, for an audit.

An audit is how rules are checked on text nobody has annotated: read each abstract next to
what the extractor found, judge every item by ``../shared/gold/GUIDELINES.md`` and tally the
error *types*. Rules written from a 40-paper annotated set's misses fixed that set only;
fixes for error types that an audit of a large unlabelled sample finds did carry over to the
held-out sets (see ``kg/extract/training/README.md``).

Two samples, neither overlapping an annotated set:

- ``--hf 201-304``: papers of the ``select_hf40.py`` shuffle of the hf-daily corpus. Papers
  1-200 are the annotated hf40/hf40a/hf40b/hf40c/hf40d sets and are refused; the shuffle ends at
  304 (the corpus holds 364 papers, 60 of them dev), so a range beyond it is refused too.
- ``--sota N``: N ML abstracts of 2023-24 from ``../shared/corpus/sota-arxiv`` chosen as
  ``select_sota40.py`` chooses, with another seed (``--seed``, default 2031) and without the
  papers of sota40 and sota40b. That pool holds only 277 papers, so samples of two seeds
  share many: take disjoint windows of one shuffle with ``--skip`` (``--sota 150 --skip 150``),
  or ML abstracts of every year with ``--any-year``.

hf papers are extracted and linked with the whole hf corpus, sota papers with the sample, as
``kg extract`` would do it. Per paper the output lists methods (``*`` = proposed), datasets,
metrics and tasks with confidences, the results (value, metric, method, dataset, baseline,
evidence), and the numbers of the text that no result uses (candidates for missed results).

Usage: .venv/bin/python scripts/audit.py (--hf A-B | --sota N [--seed S] [--skip K] [--any-year])
       [--fields methods,datasets,metrics,tasks,results] [--width 100]
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from kg.evaluate import title_key  # noqa: E402
from kg.extract.evaluate import SHARED, linked_predictions, read_corpus  # noqa: E402
from kg.model import Paper  # noqa: E402

FIELDS = ("methods", "datasets", "metrics", "tasks", "results")
ANNOTATED_HF = 200  # papers 1-200 of the select_hf40 shuffle are the five hf40 sets
TRAINING = ROOT / "kg" / "extract" / "training"
# a number as written (12, 3.5, 1,024, 12.3%, 2x), not one inside a name (GPT-4o, 72B)
NUMBER = re.compile(r"(?<![\w.\-/])\d+(?:[.,]\d+)*(?:%|×|x(?![a-z]))?(?![A-Za-z\d])")


def hf_sample(first: int, last: int) -> tuple[list[Paper], list[tuple[str, Paper]]]:
    """(papers to link together, [(label, paper)] to print) for papers first-last of the shuffle."""
    from select_hf40 import select

    corpus = read_corpus()
    by_title = {title_key(p.title): p for p in corpus}
    pool = select(last)
    if len(pool) < last:  # the shuffle ends at 304: the corpus holds no more unread hf papers
        raise SystemExit(f"--hf {first}-{last}: the select_hf40 shuffle holds {len(pool)} papers "
                         f"(every hf-daily paper with an abstract of 600+ characters, dev excepted)")
    chosen = list(enumerate(pool, 1))[first - 1 :]
    return corpus, [(f"hf{i}", by_title[title_key(d["title"])]) for i, d in chosen]


def sota_sample(n: int, seed: int, skip: int = 0, any_year: bool = False) -> tuple[list[Paper], list[tuple[str, Paper]]]:
    """Papers skip+1 to skip+n of the seed's shuffle: windows of one seed never overlap (two
    seeds over the small 2023-24 pool, 277 papers, share many)."""
    from select_sota40 import select

    exclude = (TRAINING / "sota40.jsonl", TRAINING / "sota40b.jsonl")
    years = ("arXiv:",) if any_year else ("arXiv:23", "arXiv:24")
    chosen = select(skip + n, seed, exclude, years)[skip:]
    if len(chosen) < n:  # the 2023-24 pool holds 277 papers
        print(f"note: the pool ends after {skip + len(chosen)} papers; {len(chosen)} shown", file=sys.stderr)
    papers = [Paper(id=d["id"], title=d["title"], abstract=d["abstract"]) for d in chosen]
    return papers, [(p.id, p) for p in papers]


def _entity(e: dict, proposed: set[str]) -> str:
    star = "*" if e["name"] in proposed or e.get("canonical") in proposed else ""
    return f"{star}{e['name']} ({e['confidence']:.2f})"


def _result(r: dict, text: str) -> str:
    rel = " rel" if r.get("relative") else ""
    base = f" vs {r['baseline']}" if r.get("baseline") else ""
    evidence = " ".join(text[r["span"][0] : r["span"][1]].split()) if r.get("span") else ""
    if len(evidence) > 160:
        evidence = evidence[:157] + "..."
    return (f"{r['value_text']!s:<9} {r.get('metric') or '-'} | {r.get('method') or '-'} | "
            f"{r.get('dataset') or '-'}{base}{rel} ({r['confidence']:.2f})\n        « {evidence} »")  # fmt: skip


def unused_numbers(text: str, results: list[dict]) -> list[str]:
    """Numbers in ``text`` that no result's value text contains.

    >>> unused_numbers("GPT-4o gets 81.2% on X, up from 75.0, with 3 seeds.", [{"value_text": "81.2%"}])
    ['75.0', '3']
    """
    used = " ".join(str(r.get("value_text") or "") for r in results)
    return [m.group() for m in NUMBER.finditer(text) if m.group() not in used]


def report(label: str, paper: Paper, record: dict, fields: tuple[str, ...], width: int) -> str:
    text = paper.text
    lines = [f"=== {label}  {paper.title}", textwrap.fill(paper.abstract, width, initial_indent="  ",
                                                         subsequent_indent="  ")]  # fmt: skip
    proposed = set(record.get("proposed") or ())
    for field in fields:
        items = record.get(field) or []
        if field == "results":
            lines.append(f"  results ({len(items)}):")
            lines += [f"    - {_result(r, text)}" for r in items]
            lines.append(
                f"  numbers no result uses: {', '.join(unused_numbers(paper.abstract, items)) or '-'}"
            )
        else:
            lines.append(f"  {field}: " + "; ".join(_entity(e, proposed) for e in items))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = ap.add_mutually_exclusive_group(required=True)
    which.add_argument("--hf", metavar="A-B", help="papers A-B of the select_hf40 shuffle (A > 200)")
    which.add_argument("--sota", type=int, metavar="N", help="N sota-arxiv ML abstracts of 2023-24")
    ap.add_argument("--seed", type=int, default=2031, help="shuffle seed of the sota sample (default 2031)")
    ap.add_argument("--skip", type=int, default=0,
                    help="start the sota sample after this many papers of the shuffle (disjoint windows)")
    ap.add_argument("--any-year", action="store_true",
                    help="choose sota papers of every year, not only 2023-24 (a pool of thousands)")
    ap.add_argument("--fields", default=",".join(FIELDS), help=f"comma-separated, of {', '.join(FIELDS)}")
    ap.add_argument("--width", type=int, default=100, help="wrap abstracts at this width")
    args = ap.parse_args(argv)
    fields = tuple(f for f in args.fields.split(",") if f)
    if bad := [f for f in fields if f not in FIELDS]:
        ap.error(f"unknown field(s): {', '.join(bad)}")
    if args.hf and not re.fullmatch(r"\d+-\d+", args.hf):
        ap.error(f"--hf {args.hf}: expected A-B, e.g. 201-304")
    if args.hf and int(args.hf.split("-")[0]) <= ANNOTATED_HF:
        ap.error(f"--hf {args.hf}: papers 1-{ANNOTATED_HF} are the annotated hf40 sets "
                 f"(1-40 and 121-160 held out); audit from {ANNOTATED_HF + 1} on")  # fmt: skip
    if not SHARED.exists():
        print(f"{SHARED} not found: the audit reads the shared corpora", file=sys.stderr)
        return 1
    if args.hf:
        corpus, shown = hf_sample(*(int(x) for x in args.hf.split("-")))
    else:
        corpus, shown = sota_sample(args.sota, args.seed, args.skip, args.any_year)
    records = linked_predictions(corpus)
    for label, paper in shown:
        print(report(label, paper, records[title_key(paper.title)], fields, args.width) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
