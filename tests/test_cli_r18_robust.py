"""Round 18: `kg extract` on bad files says which file, which line and what is wrong."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli


def test_a_truncated_json_line_is_named_with_its_line_and_a_clean_reason(tmp_path):
    good = {"id": "z1", "title": "ZorbNet", "abstract": "We propose ZorbNet."}
    path = tmp_path / "papers.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(dict(good, id="z2"))[:40] + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert "papers.jsonl:2: invalid JSON" in result.output
    assert "at at" not in result.output  # json's "Invalid control character at" message
