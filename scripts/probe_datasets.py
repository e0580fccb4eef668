"""Probe the extractor with invented benchmark names of LLM-era shapes in carrier sentences.

Each shape (an invented name: the SHAPE and the CONSTRUCTION are tested, not a lexicon entry)
goes into carrier sentences the way 2023-25 abstracts name benchmarks ("achieves 45.1% on X",
"on X and MMLU", "GSM8K, X and HumanEval benchmarks", "On X, ...", "a win rate of 30.5% on X");
the script prints, per shape, the carriers whose datasets miss it ("MISS"), type it a method
("METH") or hold only part of it ("~"), and for carriers with a number, whether the result's
dataset is the name (",r:" and what the result took instead). Negative sentences put model
names in the same slots; none of them should come out as a dataset. Audits of sota-arxiv text
cannot show benchmark shapes that its papers predate (round 13 found that "Zorb-Bench",
"Arena-Hard"-like compounds made no candidate and that "MixEval Hard" lost its subset).
``SHAPE|EXPECTED`` gives the expected name when it differs from the shape.

Usage: .venv/bin/python scripts/probe_datasets.py [SHAPE ...] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import build_pipeline  # noqa: E402
from probing import extract_text  # noqa: E402

TITLE = "Plimo: Better Reasoning with Language Models"
# (key, sentence with {X}, whether it reports a number whose dataset is X)
CARRIERS = [
    ("acc-on", "Plimo achieves 45.1% accuracy on {X}.", True),
    ("pct-on", "Plimo achieves 45.1% on {X}.", True),
    ("on-X-and-Y", "We evaluate Plimo on {X} and MMLU.", False),
    ("on-Y-and-X", "We evaluate Plimo on MMLU and {X}.", False),
    ("XYZ-benchmarks", "Experiments on GSM8K, {X} and HumanEval benchmarks show that Plimo is effective.", False),
    ("across", "Plimo improves accuracy across MATH, {X} and ARC-Challenge.", False),
    ("across-unknown", "Plimo improves accuracy across {X}, Quorble-QA and Flimsy.", False),
    ("such-as", "Plimo excels on benchmarks such as {X} and GPQA.", False),
    ("pass@1", "Plimo attains a pass@1 of 40.2% on {X}.", True),
    ("win-rate", "Plimo reaches a win rate of 30.5% on {X}.", True),
    ("X-score", "Plimo obtains a {X} score of 7.5.", True),
    ("sota-on", "Plimo achieves state-of-the-art results on {X}.", False),
    ("introduce", "We introduce {X}, a benchmark for evaluating long-context reasoning.", False),
    ("suite", "Plimo is evaluated on {X} (a suite of 500 coding tasks).", False),
    ("On-X,", "On {X}, Plimo outperforms GPT-4o by 5.2%.", True),
    ("by-on", "Plimo outperforms GPT-4o by 3.1 points on {X}.", True),
    ("suite-mid", "Plimo achieves 71.2% on MMLU, 45.3% on {X} and 30.1% on GSM8K.", True),
    ("suite-first", "Plimo achieves 71.2% on {X}, 45.3% on MMLU and 30.1% on GSM8K.", True),
    ("scores-on", "Plimo scores 45.3 on {X}, surpassing GPT-4o.", True),
    ("surpass-on", "Plimo surpasses GPT-4o on {X} and GSM8K.", False),
    ("results-on", "Results on {X} and Quorble-QA show that Plimo is effective.", False),
    ("resolves-in", "Plimo resolves 38.2% of the issues in {X}.", True),
    ("paren-score", "Plimo scores well on {X} (68.2) and MMLU (45.1).", False),
]
SHAPES = [
    "ZorbBench", "Zorb-Bench", "ZorbBench-Hard", "ZorbBench Verified", "Zorb-Eval", "ZorbEval 2.0",
    "ZorbArena", "Zorb-Arena-Hard", "Zorb Arena", "Zorb Leaderboard", "ZorbWorld", "ZorbQA", "Zorb-QA",
    "ZorbMath", "ZorbCode", "ZorbGym", "Zorb-Instruct", "ZORB", "Zorb-1k", "Zorb500", "Zorb-Lite",
    "Zorb (test)|Zorb", "Zorb-v2", "Zorb 2.0", "zorb-bench", "ZorbBench-Pro", "ZorbQA Hard", "ZorbSuite",
    "Zorbet", "Zorb-Bench-Lite", "ZRB-bench", "Zorb-bench Verified", "ZorbQA-Diamond",
]
NEGATIVES = [
    ("Plimo achieves 45.1% accuracy on GSM8K, compared with 40.2% for ZorbLM.", "ZorbLM"),
    ("Built on Zorb-7B, Plimo achieves 45.1% on MMLU.", "Zorb-7B"),
    ("Our ZorbNet achieves 45.1% on MMLU.", "ZorbNet"),
    ("Using ZorbRL, we reach 45.1% on MATH.", "ZorbRL"),
    ("ZorbLM-8B achieves 45.1% on GSM8K.", "ZorbLM-8B"),
    ("Plimo outperforms ZorbFormer and ZorbGPT on MMLU.", "ZorbFormer"),
    ("We fine-tune Qorbla-3 on MMLU and GSM8K.", "Qorbla-3"),
    ("On ZorbRT, Plimo runs 2.1x faster than ResNet.", "ZorbRT"),
]


def _run(nlp, sentence: str):
    return extract_text(nlp, TITLE, sentence)


def probe(nlp, shape: str) -> list[tuple[str, str]]:
    """Per carrier, "ok" or what came out instead of the expected dataset."""
    name, _, expected = shape.partition("|")
    want = expected or name
    out = []
    for key, template, numbered in CARRIERS:
        ex = _run(nlp, template.replace("{X}", name))
        datasets = {d.name for d in ex.datasets}
        if want in datasets:
            verdict = "ok"
        elif part := sorted(d for d in datasets if len(d) > 2 and (want in d or d in want)):
            verdict = "~" + "/".join(part)
        elif want in {m.name for m in ex.methods}:
            verdict = "METH"
        else:
            verdict = "MISS"
        if numbered and want not in {r.dataset for r in ex.results}:
            verdict += ",r:" + "/".join(sorted(str(r.dataset) for r in ex.results))
        out.append((key, verdict))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shapes", nargs="*", help="shapes to probe (default: the built-in list)")
    ap.add_argument("--misses", action="store_true", help="print only shapes missed somewhere")
    args = ap.parse_args(argv)
    nlp = build_pipeline()
    shapes = args.shapes or SHAPES
    per_carrier: Counter = Counter()
    for shape in shapes:
        bad = [(k, v) for k, v in probe(nlp, shape) if v != "ok"]
        per_carrier.update(k for k, _ in bad)
        if bad or not args.misses:
            print("!!" if bad else "  ", shape.ljust(20), " ".join(f"{k}={v}" for k, v in bad))
    print(f"{sum(per_carrier.values())} of {len(shapes) * len(CARRIERS)} cells missed; per carrier:",
          dict(per_carrier.most_common()))
    for sentence, name in NEGATIVES:
        datasets = {d.name for d in _run(nlp, sentence).datasets}
        print("NEG", "BAD" if name in datasets else "ok ", sentence, sorted(datasets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
