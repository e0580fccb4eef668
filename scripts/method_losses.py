#!/usr/bin/env python3
"""Where the readable sets' missed methods are lost: one step per missed annotated method.

The methods' twin of ``scripts/task_losses.py`` (same matching, same text kinds): for every
annotated method of the readable sets (dev, sota40, sota40c, hf40a, hf40b, hf40d) that the output
misses, one to one as ``../shared/gold/score.py`` matches, the step that loses it:

- ``no candidate``: no mention, lexicon hit or name candidate of any type matches it;
- ``dropped in typing``: a lexicon or name candidate matches it, but no mention does;
- ``typed task`` / ``dataset`` / ``metric``: only a mention of another type matches it;
- ``kept, not matched``: a method group matches it, but the output's method matched another
  annotated method (one to one) or was renamed by linking (methods have no selection step:
  every method group is output).

The held-out sets are never read. Per-paper lines with ``-v``.

Usage: .venv/bin/python scripts/method_losses.py [-v] [--sets dev,a,c,hfa,hfb,hfd]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from task_losses import group_matches, lost_elsewhere, read_groups, tally  # noqa: E402

from kg.extract.mentions import METHOD  # noqa: E402


def diagnose(nlp, text: str, gold_method: str) -> str:
    """The step that loses ``gold_method`` in ``text`` (the module docstring's steps)."""
    st, groups = read_groups(nlp, text)
    kept = [
        g["name"] for (label, _), g in groups.items() if label == METHOD and group_matches(g, gold_method)
    ]
    if kept:
        return f"kept, not matched [{kept[0]}]"
    return lost_elsewhere(st, groups, text, gold_method, METHOD)


def main(argv: list[str] | None = None) -> int:
    return tally(argv, field="methods", description=__doc__.splitlines()[0], diagnose=diagnose)


if __name__ == "__main__":
    sys.exit(main())
