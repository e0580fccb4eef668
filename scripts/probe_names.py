"""Probe the extractor with invented method names of common real-world shapes.

Each shape (an invented name: the SHAPE is tested, not a lexicon entry) goes into five carrier
sentences; the script prints, per shape, whether the expected name came out of each. Audits of
sota-arxiv cannot show shapes that its papers predate (release tags such as
"Llama-3.1-8B-Instruct" made no candidate until a probe found it), so a probe run is the
first check after a change to name finding. ``SHAPE|EXPECTED`` gives the expected name(s)
when they differ from the shape (``;`` between several).

Usage: .venv/bin/python scripts/probe_names.py [SHAPE ...] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import build_pipeline  # noqa: E402
from probing import extract_text  # noqa: E402

CARRIERS = [
    ("Zorb: Better Models", "We compare Zorb with {X} on several benchmarks."),
    ("Zorb: Better Models", "{X} achieves 45.1 AP on COCO, while Zorb reaches 47.3 AP."),
    ("Zorb: Better Models", "We fine-tune {X} on our data and propose Zorb."),
    ("Zorb: Better Models", "Built on {X}, our method Zorb improves accuracy by 2 points."),
    ("{X}: A Strong Model", "We present a strong model for image classification."),
]
SHAPES = [
    "# versions",
    "Zorblax-2.5",
    "Zorblax_v2",
    "ZorbNet-v3",
    "ZorbNet V2|ZorbNet V2",
    "Zorblax v1.5",
    "Zorb-1.3B",
    "Qorbla-70b",
    "Morbtral-8x7B",
    "Qorbla 3 70B",
    "ZorbGAN-XL",
    "ZIP-L/14",
    "ZiT-B/16",
    "ZiT-L",
    "Quin-B",
    "Zorblax-2-7B-Chat",
    "Zorblax-7B-base",
    "Zorblax-7B-hf",
    "Qorbla-Coder-7B",
    "Zeepseek-R1",
    "Zeepseek-R1-Distill-Qwen-7B",
    "Qwen2.5-7B-Instruct",
    "Qorb2.5-7B-Instruct",
    "Qorb2.5-Coder-7B",
    "zav2vec 2.0",
    "Z5-v1_1",
    "mZ5",
    "Zwin-L",
    "ZesNet-50-D",
    "ZesNet-101",
    "YOLOv8n",
    "ZOLOv8n",
    "ZPT-4o-mini",
    "z1-preview",
    "z3-mini",
    "ZPT-4.1",
    "Zorbla++",
    "C#Zorb",
    "Zorb*",
    "R&Zorb",
    "Zorb@K",
    "ZorbNet+",
    "πZ0",
    "μZorb",
    "α-ZLIP",
    "Zorb's|Zorb",
    "zord2vec",
    "zastText",
    "zgboost",
    "Ztable Zorbusion 3",
    "Zlaude 3.5 Sonnet",
    "Zemini 1.5 Pro",
    "Zlama 3.2 Vision",
    "ZERT/ZoBERTa|ZERT;ZoBERTa",
    "ZiniGPT/ZoBERTa|ZiniGPT;ZoBERTa",
    "ZLaVA/Zwen-VL|ZLaVA;Zwen-VL",
    "Zlama-2-7b-chat",
    "Zwen2.5-7b-instruct",
    "Zhi-3.5-mini-instruct",
    "Zlaude-3.5-Sonnet",
    "Zemma-2-9b-it",
    "Zonv-TasNet",
    "G-ZeRF",
    "Zim-Ti",
    "nnZormer",
    "M-ZAR-d32",
    "# a number before the name",
    "3Zorb-Net",
    "2BiZorb",
    "3C-Zorb",
    "4ZorbRec",
]


def probe(nlp, shape: str) -> list[str]:
    """Per carrier, "ok" or what came out instead of the expected name(s)."""
    name, _, expected = shape.partition("|")
    want = set((expected or name).split(";"))
    out = []
    for title, abstract in CARRIERS:
        ex = extract_text(nlp, title.replace("{X}", name), abstract.replace("{X}", name))
        got = {m.name for m in ex.methods} - {"Zorb"}
        out.append("ok" if want <= got else f"MISS{sorted(got)}" if got else "MISS")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shapes", nargs="*", help="shapes to probe (default: the built-in list)")
    ap.add_argument("--misses", action="store_true", help="print only shapes missed somewhere")
    args = ap.parse_args(argv)
    nlp = build_pipeline()
    shapes = [s for s in (args.shapes or SHAPES) if not s.startswith("#")]
    missed = 0
    for shape in shapes:
        result = probe(nlp, shape)
        bad = any(r != "ok" for r in result)
        missed += bad
        if bad or not args.misses:
            print("!!" if bad else "  ", shape, " | ".join(result))
    print(f"{missed} of {len(shapes)} shapes missed or cut in at least one carrier")
    return 0


if __name__ == "__main__":
    sys.exit(main())
