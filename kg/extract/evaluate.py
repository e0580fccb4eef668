"""Score the extractor on the annotated dev papers: ``python -m kg.extract.evaluate``.

Reads the hf-daily page dumps in ``../shared/corpus/hf-daily-papers``, extracts and links
every paper, keeps those whose title is in the gold file, writes the predictions as JSON
Lines, runs ``../shared/gold/score.py`` on them and prints a confidence calibration
table (precision per confidence bin, for entities and for results).

This is a development tool: it needs ``../shared`` (absent from a user's clone).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from kg.evaluate import title_key
from kg.model import Paper

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def read_corpus(folder: Path | None = None) -> list[Paper]:
    """The unique papers of all page dumps in ``folder`` (default: the shared hf corpus)."""
    from kg.sources import dedupe, read_papers

    folder = folder or SHARED / "corpus" / "hf-daily-papers"
    return list(dedupe(read_papers(sorted(folder.glob("*.txt")))))


def load_scorer():
    spec = importlib.util.spec_from_file_location("mlkg_gold_score", SHARED / "gold" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def linked_predictions(papers: list[Paper] | None = None, *, surface_forms: bool = True) -> dict[str, dict]:
    """The output records of ``papers`` (default: the whole hf-daily corpus), extracted and
    linked together as ``kg extract`` does it, by normalised title.

    :param surface_forms: name each entity as the paper writes it (see
        :func:`kg.link.output_record`, as ``kg extract`` writes it); ``False`` keeps the
        canonical names of the graph.
    """
    from kg.extract import extract
    from kg.link import Linker, collect_forms, output_record

    papers = papers if papers is not None else read_corpus()
    extractions = list(extract(papers))
    linker = Linker(collect_forms(extractions))  # corpus-level evidence
    return {
        title_key(e.title): output_record(e, linker) if surface_forms else linker.rewrite(e).to_json()
        for e in extractions
    }


def dev_predictions(
    papers: list[Paper] | None = None, gold_path: Path | None = None, *, surface_forms: bool = True
):
    """(gold records, predicted JSON records) for the dev papers, after linking over the
    whole corpus (:func:`linked_predictions`)."""
    gold_path = gold_path or SHARED / "gold" / "dev.jsonl"
    gold = [json.loads(ln) for ln in gold_path.read_text(encoding="utf-8").splitlines() if ln]
    wanted = {title_key(g["title"]) for g in gold}
    linked = linked_predictions(papers, surface_forms=surface_forms)
    return gold, [record for key, record in linked.items() if key in wanted]


def calibration(gold: list[dict], preds: list[dict], scorer) -> dict[str, list[tuple]]:
    """Precision per confidence bin: entities (all four types) and results (value match)."""
    by_title = {title_key(g["title"]): g for g in gold}
    rows: dict[str, list[list[int]]] = {
        "entities": [[0, 0] for _ in BINS[:-1]],
        "results": [[0, 0] for _ in BINS[:-1]],
    }

    def bin_of(c: float) -> int:
        for i in range(len(BINS) - 1):
            if BINS[i] <= c < BINS[i + 1]:
                return i
        return len(BINS) - 2

    for p in preds:
        g = by_title.get(title_key(p["title"]))
        if g is None:
            continue
        for t in ("methods", "datasets", "metrics", "tasks"):
            golds = [scorer.entity_name(e) for e in g.get(t, [])]
            for m in p.get(t, []):
                ok = any(scorer.name_match(m["name"], x) for x in golds)
                b = bin_of(m.get("confidence", 0.5))
                rows["entities"][b][0] += ok
                rows["entities"][b][1] += 1
        eq = scorer.result_eq("value")
        for r in p.get("results", []):
            ok = any(eq(r, x, False) for x in g.get("results", []))
            b = bin_of(r.get("confidence", 0.5))
            rows["results"][b][0] += ok
            rows["results"][b][1] += 1
    return {
        k: [(BINS[i], min(1.0, BINS[i + 1]), c, n, (c / n if n else None))
            for i, (c, n) in enumerate(v)]
        for k, v in rows.items()
    }  # fmt: skip


def print_calibration(table: dict, out=sys.stdout) -> None:
    for kind, rows in table.items():
        print(f"\ncalibration: {kind}", file=out)
        print(f"{'confidence':<14}{'correct':>9}{'n':>6}{'precision':>11}", file=out)
        for lo, hi, c, n, p in rows:
            ps = f"{p:.3f}" if p is not None else "-"
            print(f"[{lo:.1f}, {hi:.1f})    {c:>9}{n:>6}{ps:>11}", file=out)
        hi_c = sum(r[2] for r in rows if r[0] >= 0.8)
        hi_n = sum(r[3] for r in rows if r[0] >= 0.8)
        if hi_n:
            print(f"confidence >= 0.8: {hi_c}/{hi_n} = {hi_c / hi_n:.3f}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "-o",
        "--output",
        default="dev-predictions.jsonl",
        help="where to write the predictions (default: dev-predictions.jsonl)",
    )
    ap.add_argument(
        "--gold",
        default=str(SHARED / "gold" / "dev.jsonl"),
        help="gold file (default: ../shared/gold/dev.jsonl)",
    )
    ap.add_argument("--by-paper", action="store_true", help="print per-paper counts")
    ap.add_argument(
        "--canonical",
        action="store_true",
        help="score the corpus-wide canonical names instead of each paper's own forms",
    )
    args = ap.parse_args(argv)  # fmt: skip
    if not SHARED.exists():
        print(f"{SHARED} not found: the dev evaluation needs ../shared", file=sys.stderr)
        return 1
    gold, preds = dev_predictions(gold_path=Path(args.gold), surface_forms=not args.canonical)
    with open(args.output, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    scorer = load_scorer()
    scorer.main([args.gold, args.output] + (["--by-paper"] if args.by_paper else []))
    print_calibration(calibration(gold, preds, scorer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
