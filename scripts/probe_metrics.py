"""Probe the extractor with measure names of common shapes in carrier sentences.

Each measure (a well-known one or an invented one: the SHAPE and the CONSTRUCTION are tested,
not a lexicon entry) goes into carrier sentences without a number ("evaluated using X", "in
terms of X and accuracy", "metrics such as accuracy, X and F1", "we report X") and with one
("achieves a X of 72.5%", "improves X by 12.3%"); the script prints, per measure, the carriers
whose metrics miss it ("MISS") or list it only in part ("~": a lenient match, as the gold
scorer counts it), then a per-carrier count and the metrics found in negative sentences
(ordinary words after the same cues), which should be none. Audits of unlabelled text show
what the corpus uses; a probe shows which constructions the rules cannot read at all (round 13
found unknown acronyms after "in terms of", "@k" cut-offs and "metrics such as" lists).

Usage: .venv/bin/python scripts/probe_metrics.py [MEASURE ...] [--misses] [--numbered]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import build_pipeline  # noqa: E402
from probing import extract_text  # noqa: E402

TITLE = "Zorb: Better Models for Zorbing"
# {X} is the probed measure; {Y} and {Z} are fixed partners ("accuracy", "F1") of a list
CARRIERS = [
    ("eval-using", "Performance is evaluated using {X}."),
    ("eval-with", "We evaluate Zorb with {X} on two benchmarks."),
    ("measured-by", "Generation quality is measured by {X}."),
    ("as-measured-by", "Zorb generates more faithful answers, as measured by {X}."),
    ("terms-of", "Zorb outperforms the baselines in terms of {X} and {Y}."),
    ("terms-of-3", "Zorb is competitive in terms of {Y}, {X}, and {Z}."),
    ("such-as", "We use standard metrics such as {Y}, {X} and {Z}."),
    ("auto-metrics", "Automatic metrics ({X}, {Y}) and human evaluation confirm the gains."),
    ("metric-colon", "Evaluation metrics: {X}, {Y}."),
    ("we-report", "We report {X} on the test set."),
    ("X-and-Y-scores", "Zorb obtains better {Y} and {X} scores than the baselines."),
    ("improves", "Zorb consistently improves {X} over strong baselines."),
    ("higher", "Zorb yields higher {X} than prior work."),
    ("X-on-D", "Zorb achieves the best {X} on COCO."),
    ("X-of-the", "We compute the {X} of the generated images."),
    ("arrow", "Zorb improves both {X} (\u2191) and {Y} (\u2191) over the baselines."),
    ("lower-better", "Zorb obtains the best {X} (lower is better) among all methods."),
]
NUMBERED = [
    ("of-value", "Zorb achieves a {X} of 72.5% on AlpacaEval."),
    ("value-before", "Zorb achieves 72.5% {X} on AlpacaEval."),
    ("from-to", "Zorb improves {X} from 45.2% to 60.1%."),
    ("by-value", "Zorb improves the {X} by 12.3%."),
    ("gain-in", "Zorb yields a 14% improvement in {X}."),
    ("by-in", "Zorb outperforms GPT-4o by 5.2% in {X}."),
    ("bracket", "Zorb achieves the highest {X} (85.1%) among open models."),
]
PARTNERS = {"{Y}": "accuracy", "{Z}": "F1"}
MEASURES = [
    "# well-known, upper case and codes",
    "BLEU", "ROUGE-L", "CIDEr", "FID", "LPIPS", "SSIM", "PSNR", "mAP@0.5:0.95", "AP50", "Recall@10",
    "NDCG@10", "Hit@1", "MRR", "EER", "WER", "CER", "BPC", "PPL", "STOI", "BLEURT", "chrF++", "MAE",
    "# well-known, words",
    "top-1 accuracy", "Macro-F1", "F1-macro", "BLEU-4", "FID-50k", "CLIP score", "Elo", "attack success rate",
    "token-level F1", "win rate", "LC win rate", "success rate", "exact match", "pass@k", "perplexity",
    "latency", "throughput", "precision", "recall", "FLOPs", "memory footprint", "inference speed",
    "Spearman correlation", "word error rate", "PickScore", "aesthetic score", "UTMOS", "speaker similarity",
    "# invented shapes",
    "ZQS", "Zorb@5", "Zorb-F1", "Zorb score", "zorb rate", "zorb consistency score", "Zorbness Index",
    "GPT-4 judge score", "VBench score", "MT-Bench score", "task completion rate",
]
NEGATIVES = [
    "Zorb outperforms the baselines in terms of efficiency.",
    "The answers are evaluated by humans.",
    "Responses are judged by GPT-4 and measured by human annotators.",
    "The uncertainty is measured by the model itself.",
    "We evaluate Zorb using GPT-4 as a judge.",
    "Zorb improves reasoning over strong baselines.",
    "Zorb produces higher resolution images.",
    "We report results on three benchmarks.",
    "Zorb is evaluated with a user study.",
    "We measure the impact of the number of layers.",
    "Zorb yields higher quality videos than prior work.",
    "We use standard metrics such as those of prior work.",
    "Zorb improves robustness and generalization.",
    "S-boxes must satisfy some criteria (balancedness, high nonlinearity, avalanche).",
    "Zorb achieves better performance and higher quality at a lower cost.",
    "We conduct an error analysis of the failures.",
    "Contact: zorb@12.com. We run it on SAT@home.",
]


def _tokens(name: str) -> set[str]:
    return set(re.sub(r"[-_/]+", " ", name.lower()).split())


def _found(want: str, got: list[str]) -> str:
    """ "ok" when a listed metric is the measure, "~" when it shares half its words (the
    gold scorer's lenient match), else "MISS"."""
    if any(g.lower() == want.lower() for g in got):
        return "ok"
    w = _tokens(want)
    if any(len(w & _tokens(g)) / len(w | _tokens(g)) >= 0.5 for g in got if _tokens(g)):
        return "~"
    return "MISS"


def metrics_of(nlp, sentence: str) -> list[str]:
    return [m.name for m in extract_text(nlp, TITLE, "We propose Zorb. " + sentence).metrics]


def fill(carrier: str, measure: str) -> str:
    out = carrier.replace("{X}", measure)
    for slot, partner in PARTNERS.items():
        out = out.replace(slot, partner)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("measures", nargs="*", help="measures to probe (default: the built-in list)")
    ap.add_argument("--misses", action="store_true", help="print only measures missed somewhere")
    ap.add_argument("--numbered", action="store_true", help="use the carriers with a number")
    args = ap.parse_args(argv)
    nlp = build_pipeline()
    carriers = NUMBERED if args.numbered else CARRIERS
    measures = [m for m in (args.measures or MEASURES) if not m.startswith("#")]
    by_carrier = {name: 0 for name, _ in carriers}
    missed = 0
    for measure in measures:
        row = [(name, _found(measure, got), got)
               for name, carrier in carriers
               for got in [metrics_of(nlp, fill(carrier, measure))]]  # fmt: skip
        bad = [(name, verdict, got) for name, verdict, got in row if verdict != "ok"]
        for name, _, _ in bad:
            by_carrier[name] += 1
        missed += bool(bad)
        if bad or not args.misses:
            print("!!" if bad else "  ", f"{measure:24s}", " ".join(f"{n}:{v}{g}" for n, v, g in bad))
    print(f"{missed} of {len(measures)} measures missed or cut in at least one carrier")
    print("misses per carrier:", ", ".join(f"{name} {n}" for name, n in by_carrier.items()))
    print("negatives (should list no metric):")
    for sentence in NEGATIVES:
        print("  ", metrics_of(nlp, sentence) or "-", "<-", sentence)
    return 0


if __name__ == "__main__":
    sys.exit(main())
