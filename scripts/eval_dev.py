#!/usr/bin/env python3
"""Score the extractor on ../shared/gold/dev.jsonl: extract, link, write predictions, score.

A thin wrapper around ``python -m kg.extract.evaluate`` (same options):
prints every row of ../shared/gold/score.py and a confidence calibration table.

Usage: .venv/bin/python scripts/eval_dev.py [-o dev-predictions.jsonl] [--by-paper]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract.evaluate import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
