"""Shared helpers for the lexicon scripts: entry format, case policy, writing sorted JSONL.

An entry is one line of spaCy's pattern format plus two mlkg keys:
``{"label": "DATASET", "pattern": "ImageNet", "id": "ImageNet", "case": "lower"}``
where ``id`` is the canonical name and ``case`` says whether the PhraseMatcher compares
``ORTH`` ("exact") or ``LOWER`` ("lower"). Metrics may carry ``higher_is_better``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1] / "kg" / "extract" / "lexicons"


def case_policy(label: str, name: str) -> str:
    """ "exact" for short or all-caps names (MATH, AP, ARC), "lower" for distinctive ones."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    if label in ("TASK",):
        return "lower"
    if len(name) <= 4 and not name.islower():
        return "exact"
    if label in ("METRIC",):
        return "exact" if letters.isupper() and len(letters) <= 5 else "lower"
    if label == "DATASET":
        camel = re.search(r"[a-z][A-Z]", name) is not None
        digit = re.search(r"\d", name) is not None
        if (camel or digit) and len(name) >= 5:
            return "lower"
        return "exact"
    return "exact" if not name.islower() else "lower"


def entry(label: str, pattern: str, canonical: str | None = None, **extra) -> dict:
    out = {"label": label, "pattern": pattern, "id": canonical or pattern}
    out["case"] = extra.pop("case", None) or case_policy(label, pattern)
    out.update({k: v for k, v in extra.items() if v is not None})
    return out


def write_jsonl(path: Path, entries: list[dict]) -> None:
    """Write entries one per line, sorted and de-duplicated, so diffs stay readable."""
    seen = {}
    for e in entries:
        seen[(e["label"], e["pattern"], e["case"])] = e
    rows = sorted(seen.values(), key=lambda e: (e["label"], e["id"].lower(), e["pattern"]))
    with open(path, "w", encoding="utf-8") as f:
        for e in rows:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
