"""Probe the extractor with invented method names in the constructions of recent abstracts.

Each carrier sentence uses names the way 2023-25 abstracts do (as a base, "built on top of X",
"a X backbone"; as baselines, "outperforms X (Smith et al., 2023)"; as training recipes,
"trained with X", "X followed by Y"; as the paper's own, "dubbed X", "Our X reaches ..."; in
titles), with invented names of ordinary shapes (families: "ZorbNet", "ZRB-7B", "Zorb-LM",
release names, lone capitalised words, acronyms, lower-case technique phrases), so the
CONTEXT is tested, not a lexicon entry. Per carrier and family it reports each expected name
that is missed (MISS), cut or joined (CUT->what came out), typed as another entity (TYPED),
not marked proposed (NOTPROP) or marked proposed wrongly (WRONGPROP); then the negatives
(generic descriptions that must give no method). Name shapes alone: scripts/probe_names.py.

Usage: .venv/bin/python scripts/probe_methods.py [--families camel,acsz,...] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import build_pipeline  # noqa: E402
from probing import extract_text  # noqa: E402

# three invented names per shape family, for the carriers' {X}, {Y} and {Z}
FAMILIES = {
    "camel": ("ZorbNet", "QuxFormer", "BlimGAN"),
    "acsz": ("ZRB-7B", "QXT-13B", "BLM-70B"),
    "hyph": ("Zorb-LM", "Qux-VL", "Blim-R1"),
    "rel": ("Zorbla-3-8B-Instruct", "Quxen2.5-7B", "Blimtral-7B-v0.2"),
    "cap": ("Zorblax", "Quxtor", "Blimvar"),
    "acro": ("ZORB", "QUXT", "BLIMP"),
    "low": ("gradient zorbing", "token quxing", "blim distillation"),
    "low2": ("zorb prompting", "quxel pruning", "speculative blimming"),
}
_T0 = "Better Models for Image Classification"
# (title, abstract, expected methods, expected proposed): the expected names as the letters
# of the placeholders ("XY") or as templates (["{X}-7B"])
CARRIERS = [
    # base
    (_T0, "Our model is built on top of {X} and improves accuracy on ImageNet.", "X", ""),
    (_T0, "The student is initialized from {X} and trained on ImageNet.", "X", ""),
    (_T0, "We propose a {X}-based detector that improves accuracy on COCO.", "X", ""),
    (_T0, "We train {X}-initialized encoders on ImageNet.", "X", ""),
    (_T0, "We use a {X} backbone and report accuracy on ImageNet.", "X", ""),
    (_T0, "Using {X} as the teacher, we distill a small student on ImageNet.", "X", ""),
    (_T0, "The student is distilled from {X} on ImageNet.", "X", ""),
    (_T0, "We fine-tuned {X} on ImageNet and report accuracy.", "X", ""),
    (_T0, "The {X}-tuned model improves accuracy on ImageNet.", "X", ""),
    (_T0, "We adopt {X}-style pretraining and report accuracy on ImageNet.", "X", ""),
    (_T0, "We study several {X} variants on ImageNet.", "X", ""),
    (_T0, "Models of the {X} family are evaluated on ImageNet.", "X", ""),
    (_T0, "We use {X} and {Y} as backbones and report accuracy on ImageNet.", "XY", ""),
    (_T0, "With {X} as the backbone, our approach reaches 81.2% accuracy on ImageNet.", "X", ""),
    (_T0, "We build upon {X}, a strong open model, and study its accuracy on ImageNet.", "X", ""),
    (_T0, "Starting from a pretrained {X} checkpoint, we fine-tune on ImageNet.", "X", ""),
    (_T0, "We extend {X} with a memory module and evaluate on ImageNet.", "X", ""),
    (_T0, "We leverage {X} to generate synthetic captions for ImageNet.", "X", ""),
    (_T0, "We prompt {X} to generate captions for ImageNet images.", "X", ""),
    (_T0, "We apply our method to {X}, {Y}, and {Z} on ImageNet.", "XYZ", ""),
    # baselines
    (_T0, "Compared with {X}, {Y} and {Z}, our method improves accuracy on ImageNet.", "XYZ", ""),
    (_T0, "Our method outperforms strong baselines such as {X} and {Y} on ImageNet.", "XY", ""),
    (_T0, "Our method outperforms {X} (Smith et al., 2023) on ImageNet.", "X", ""),
    (_T0, "Our method outperforms {X} [12] and {Y} [13] on ImageNet.", "XY", ""),
    (_T0, "Our method outperforms {X}~\\cite{smith2023} on ImageNet.", "X", ""),
    (_T0, "Our method is more accurate than {X} by 3.1% on ImageNet.", "X", ""),
    (_T0, "Our method surpasses {X} by 3.1% on ImageNet.", "X", ""),
    (_T0, "Our method beats {X} and {Y} on ImageNet.", "XY", ""),
    (_T0, "Our method matches the accuracy of {X} on ImageNet with fewer parameters.", "X", ""),
    (_T0, "Our method even rivals proprietary models like {X} and {Y}.", "XY", ""),
    (_T0, "Our method achieves performance comparable to {X} on ImageNet.", "X", ""),
    (_T0, "Experiments show consistent gains over {X}, {Y}, and {Z}.", "XYZ", ""),
    (_T0, "Our method outperforms prior methods, including {X} and {Y}, on ImageNet.", "XY", ""),
    (_T0, "Our method outperforms the previous state of the art, {X}, on ImageNet.", "X", ""),
    (_T0, "Our method outperforms open-source models (e.g., {X}, {Y}) on ImageNet.", "XY", ""),
    # recipes
    (_T0, "The model is trained with {X} on ImageNet.", "X", ""),
    (_T0, "We align the model via {X} and evaluate on ImageNet.", "X", ""),
    (_T0, "We apply {X} followed by {Y} and evaluate on ImageNet.", "XY", ""),
    (_T0, "We use an {X}-then-{Y} pipeline and evaluate on ImageNet.", "XY", ""),
    (_T0, "We combine SFT and {X} and evaluate on ImageNet.", "X", ""),
    (_T0, "We train the model using {X} and evaluate on ImageNet.", "X", ""),
    # proposed
    (_T0, "We present {X}, a framework for image classification. {X} reaches 81.2% accuracy on ImageNet.", "X", "X"),
    (_T0, "Our {X} reaches 81.2% accuracy on ImageNet.", "X", "X"),
    (_T0, "We propose a new framework, which we term {X}, for image classification.", "X", "X"),
    (_T0, "We propose a new framework, dubbed {X}, for image classification.", "X", "X"),
    (_T0, "We propose a new framework named {X} for image classification.", "X", "X"),
    (_T0, "We propose a new framework called {X} for image classification.", "X", "X"),
    (_T0, "We introduce {X}, which learns visual features for image classification.", "X", "X"),
    (_T0, "In this paper, we propose {X}. {X} reaches 81.2% accuracy on ImageNet.", "X", "X"),
    (_T0, "To this end, we introduce {X} (Zorbing Large Models), a framework for image classification.", "X", "X"),
    (_T0, "We present {X}: a simple framework for image classification.", "X", "X"),
    (_T0, "This paper introduces {X}, a family of open models for image classification.", "X", "X"),
    (_T0, "We release {X}, an open model for image classification.", "X", "X"),
    (_T0, "Here we present {X}, an efficient model. We compare {X} with {Y} on ImageNet.", "XY", "X"),
    # lists with datasets and metrics
    (_T0, "We evaluate {X} on ImageNet with top-1 accuracy.", "X", ""),
    (_T0, "We evaluate {X} and {Y} on ImageNet and COCO in terms of accuracy and mAP.", "XY", ""),
    (_T0, "{X} achieves 81.2% top-1 accuracy on ImageNet and 45.1 AP on COCO.", "X", ""),
    (_T0, "On ImageNet, {X} improves top-1 accuracy by 2.1%.", "X", ""),
    # titles
    ("{X}: Scaling Vision Models", "We present a simple model for image classification.", "X", "X"),
    ("Improving Image Classification with {X}", "We study a model for image classification.", "X", ""),
    ("{X} for Image Classification", "We present a model for image classification.", "X", "X"),
    ("Scaling {X} to Billions of Parameters", "We study a model for image classification.", "X", ""),
    ("When {X} Meets {Y}: Efficient Image Classification", "We study a model for image classification.", "XY", ""),
    # more bases, baselines and the paper's own, with sizes and size lists
    (_T0, "We fine-tune {X}-7B and {X}-13B on ImageNet.", ["{X}-7B", "{X}-13B"], ""),
    (_T0, "Our {X}-S/M/L models reach 79.1%, 81.2% and 83.0% on ImageNet.", ["{X}-S/M/L"], ["{X}-S/M/L"]),
    (_T0, "Using {X} as the judge, we evaluate generated captions on ImageNet.", "X", ""),
    (_T0, "Our model, {X}, reaches 81.2% accuracy on ImageNet.", "X", "X"),
    (_T0, "We call our model {X}. It reaches 81.2% accuracy on ImageNet.", "X", "X"),
    (_T0, "Our proposed {X} reaches 81.2% accuracy on ImageNet.", "X", "X"),
    (_T0, "The proposed {X} reaches 81.2% accuracy on ImageNet.", "X", "X"),
    (_T0, "{X} equipped with {Y} reaches 81.2% accuracy on ImageNet.", "XY", ""),
    (_T0, "We plug {X} into {Y} and evaluate on ImageNet.", "XY", ""),
    (_T0, "We train on {X}-generated data and evaluate on ImageNet.", "X", ""),
    (_T0, "We compare {X} w/ and w/o {Y} on ImageNet.", "XY", ""),
    (_T0, "{X}, a variant of {Y}, reaches 81.2% accuracy on ImageNet.", "XY", ""),
    (_T0, "Both {X} and {Y} fail on ImageNet.", "XY", ""),
    (_T0, "We evaluate {X}, {Y}, {Z}, and GPT-4 on ImageNet.", "XYZ", ""),
    (_T0, "Models such as {X}, {Y} and {Z} fail on ImageNet.", "XYZ", ""),
    (_T0, "Recent models (e.g., {X} and {Y}) fail on ImageNet.", "XY", ""),
    (_T0, "We propose {X}, which builds on {Y}. {X} reaches 81.2% accuracy on ImageNet.", "XY", "X"),
    (_T0, "Introducing {X}, a model for image classification.", "X", "X"),
    (_T0, "This paper presents {X}, a model for image classification.", "X", "X"),
    (_T0, "We open-source {X}, a model for image classification.", "X", "X"),
    (_T0, "We present {X}-7B, a model for image classification.", ["{X}-7B"], ["{X}-7B"]),
    (_T0, "{X} is a model for image classification that reaches 81.2% accuracy on ImageNet.", "X", ""),
    (_T0, "Unlike {X}, our method needs no labels on ImageNet.", "X", ""),
    (_T0, "Prior work such as {X} relies on labels.", "X", ""),
    (_T0, "We replace {X} with {Y} and evaluate on ImageNet.", "XY", ""),
    (_T0, "{X} and {Y} serve as the teacher and student models on ImageNet.", "XY", ""),
    (_T0, "We adopt {X} as our base model and evaluate on ImageNet.", "X", ""),
    (_T0, "We choose {X} as the base LLM and evaluate on ImageNet.", "X", ""),
    (_T0, "Our approach improves {X} by 3.1% on ImageNet.", "X", ""),
    (_T0, "Our approach boosts the accuracy of {X} from 70.1% to 75.3% on ImageNet.", "X", ""),
    (_T0, "Applied to {X}, our method reaches 81.2% accuracy on ImageNet.", "X", ""),
    (_T0, "When applied to {X}, our method reaches 81.2% accuracy on ImageNet.", "X", ""),
    (_T0, "We benchmark 12 models, including {X} and {Y}, on ImageNet.", "XY", ""),
    (_T0, "Even the strongest model, {X}, reaches only 41.2% accuracy on ImageNet.", "X", ""),
    (_T0, "The best model ({X}) reaches only 41.2% accuracy on ImageNet.", "X", ""),
]
# (title, abstract, phrases that must not come out as methods)
NEGATIVES = [
    (_T0, "We present a simple baseline that improves accuracy on ImageNet.", ["simple baseline", "baseline"]),
    (_T0, "Our framework outperforms state-of-the-art methods on ImageNet.", ["framework", "state-of-the-art methods"]),
    (_T0, "The teacher model is distilled into a student model on ImageNet.", ["teacher model", "student model"]),
    (_T0, "Large language models (LLMs) have shown strong reasoning.", ["Large language models", "LLMs", "Large language models (LLMs)"]),
    (_T0, "Existing methods and strong baselines fail on ImageNet.", ["Existing methods", "strong baselines"]),
    (_T0, "We use an open-source model as the backbone.", ["open-source model", "backbone"]),
    (_T0, "We compare with proprietary models and open-weight models on ImageNet.", ["proprietary models", "open-weight models"]),
    (_T0, "Our Framework improves accuracy. The Proposed Method is fast.", ["Framework", "Proposed Method", "Our Framework"]),
    (_T0, "Vision-language models (VLMs) and multimodal large language models (MLLMs) struggle with counting.", ["Vision-language models", "VLMs", "MLLMs", "multimodal large language models"]),
    (_T0, "Reward models and policy models are trained jointly.", ["Reward models", "policy models"]),
]


def _expected(spec, names: dict[str, str]) -> set[str]:
    if isinstance(spec, list):
        return {_fill(s, names) for s in spec}
    return {names[c] for c in spec}


def _fill(s: str, names: dict[str, str]) -> str:
    for k, v in names.items():
        s = s.replace("{" + k + "}", v)
    return s


def check(nlp, carrier, family: tuple[str, str, str]) -> list[str]:
    """The problems of one carrier with one family's names (empty when all is right)."""
    title, abstract, want_spec, prop_spec = carrier
    names = dict(zip("XYZ", family, strict=True))
    ex = extract_text(nlp, _fill(title, names), _fill(abstract, names))
    got = {m.name for m in ex.methods}
    others = {k: {m.name for m in getattr(ex, k)} for k in ("datasets", "metrics", "tasks")}
    want, want_prop = _expected(want_spec, names), _expected(prop_spec, names)
    out = []
    for w in sorted(want - got):
        typed = [k for k, v in others.items() if w in v]
        near = [m for m in got if w in m or m in w]
        out.append(f"{w}:" + ("TYPED " + ",".join(typed) if typed else "CUT->" + "|".join(near) if near else "MISS"))
    out += [f"{w}:NOTPROP" for w in sorted(want_prop - set(ex.proposed))]
    out += [f"{w}:WRONGPROP" for w in sorted((set(ex.proposed) & want) - want_prop)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--families", default=",".join(FAMILIES), help="comma-separated families to probe")
    ap.add_argument("--misses", action="store_true", help="print only the totals and the problems")
    args = ap.parse_args(argv)
    nlp = build_pipeline()
    families = args.families.split(",")
    runs = bad = 0
    for i, carrier in enumerate(CARRIERS):
        lines = []
        for f in families:
            problems = check(nlp, carrier, FAMILIES[f])
            runs += 1
            bad += bool(problems)
            if problems:
                lines.append(f"    [{f}] " + "; ".join(problems))
        if lines or not args.misses:
            print(f"{'!!' if lines else '  '} {i} {carrier[0] if carrier[0] != _T0 else ''} || {carrier[1]}")
            for line in lines:
                print(line)
    spurious = 0
    for title, abstract, phrases in NEGATIVES:
        got = {m.name for m in extract_text(nlp, title, abstract).methods}
        hit = sorted(n for n in got if n.lower() in {p.lower() for p in phrases})
        spurious += bool(hit)
        if hit:
            print("NEG", abstract, "->", hit)
    print(f"{bad} of {runs} carrier x family runs with a problem; {spurious} of {len(NEGATIVES)} negatives give a method")
    return 0


if __name__ == "__main__":
    sys.exit(main())
