"""What the probe scripts (``probe_names.py``, ``probe_methods.py``, ``probe_metrics.py``,
``probe_datasets.py``) share: one invented paper through the extraction pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract import extract  # noqa: E402
from kg.model import Extraction, Paper  # noqa: E402


def extract_text(nlp, title: str, abstract: str) -> Extraction:
    """The extraction of one invented paper (``nlp``: ``kg.extract.build_pipeline()``)."""
    return next(extract([Paper(id="probe", title=title, abstract=abstract)], nlp=nlp))
