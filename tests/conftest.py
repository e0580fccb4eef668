"""Shared fixtures: paths to the repository, the sample corpus and ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The read-only ../shared folder; tests using it skip when it is absent (a user's clone)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The extraction pipeline, built once for all extraction tests."""
    from kg.extract import build_pipeline

    return build_pipeline()
