"""scripts/method_losses.py names the step that loses a missed method (on invented text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from method_losses import diagnose  # noqa: E402

TEXT = (
    "ZorbNet: Quill Retrieval\n\nWe propose ZorbNet, a network for quill retrieval. ZorbNet "
    "refines the glimmer boundaries, where temporal zorb regression helps, and outperforms BERT."
)


@pytest.mark.parametrize(
    ("gold", "step"),
    [
        ("ZorbNet", "kept, not matched [ZorbNet]"),  # a method group matches it
        ("temporal zorb regression", "no candidate"),
        ("quill retrieval", "typed task [quill retrieval]"),
    ],
)
def test_the_step_that_loses_a_method(nlp, gold, step):
    assert diagnose(nlp, TEXT, gold) == step
