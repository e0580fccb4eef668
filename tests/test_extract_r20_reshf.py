"""Round 20, results and metrics on LLM-era (hf-daily) text: the audit tool's limits.

The round's audit found no shared construction worth a rule (see kg/extract/training/README.md,
"Audits"); what it changed is scripts/audit.py refusing hf ranges past the end of the shuffle,
which used to print nothing and exit 0 (the brief asked for papers 305-364, which do not exist).
"""

import subprocess
import sys
from pathlib import Path

import pytest


def test_audit_refuses_hf_papers_past_the_end_of_the_shuffle():
    from kg.extract.evaluate import SHARED

    if not SHARED.exists():
        pytest.skip("needs ../shared")
    script = Path(__file__).resolve().parents[1] / "scripts" / "audit.py"
    run = subprocess.run([sys.executable, str(script), "--hf", "300-310", "--fields", "results"],
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert run.returncode != 0 and "holds 304 papers" in run.stderr
    assert "=== hf" not in run.stdout
