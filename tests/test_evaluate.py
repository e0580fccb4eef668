"""kg eval must agree with the project's gold scorer (shared/gold/score.py)."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from click.testing import CliRunner

from kg.cli import cli
from kg.evaluate import ROWS, names_match, score


def perturbed(gold: list[dict], seed: int = 7) -> list[dict]:
    """A prediction that misses, adds and respells items, so every counter moves."""
    rng = random.Random(seed)
    out = []
    for g in gold:
        p = {"id": g.get("id"), "title": g["title"]}
        for field in ("methods", "datasets", "metrics", "tasks"):
            items = [x for x in g.get(field, []) if rng.random() > 0.25]
            items = [x.upper() if rng.random() < 0.2 else x for x in items]
            if rng.random() < 0.3:
                items.append("Spurious Thing")
            p[field] = [{"name": x, "confidence": 0.5} for x in items]
        results = []
        for r in g.get("results", []):
            if rng.random() < 0.7:
                r = dict(r)
                if rng.random() < 0.2:
                    r["method"] = "someone else"
                results.append(r)
        p["results"] = results
        out.append(p)
    return out


def test_names_match_rules():
    assert names_match("Adaptive Projected Guidance (APG)", "APG", lenient=False)
    assert names_match("top-1 accuracy", "Top-1 Accuracy", lenient=False)
    assert not names_match("top-1 accuracy", "accuracy", lenient=False)
    assert names_match("top-1 accuracy", "accuracy top-1 score", lenient=True)


def test_agrees_with_gold_scorer(shared, tmp_path):
    gold_path = shared / "gold" / "dev.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text().splitlines()]
    pred = perturbed(gold)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in pred))
    theirs = json.loads(subprocess.run([sys.executable, str(shared / "gold" / "score.py"), str(gold_path),
                                        str(pred_path), "--json"], capture_output=True, text=True, check=True).stdout)  # fmt: skip
    ours = score(gold, pred).to_json()
    for row in ROWS:
        assert ours[row] == theirs[row], row
    assert ours["papers_missing_from_prediction"] == theirs["papers_missing_from_prediction"]

    result = CliRunner().invoke(cli, ["eval", str(gold_path), str(pred_path), "--diff"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == ["measure", "P", "R", "F1", "pred", "gold"]
    assert "+ method: SPURIOUS THING" in result.output or "+ method: Spurious Thing" in result.output


def test_eval_reports_bad_gold_line(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"title": "a"}\n{"title": \n')
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"title": "a", "methods": []}\n')
    result = CliRunner().invoke(cli, ["eval", str(bad), str(pred)])
    assert result.exit_code == 1
    assert "gold.jsonl:2" in result.output


def test_diff_marks_a_value_found_with_the_wrong_method():
    from kg.evaluate import format_diff

    gold = [{"id": "p", "title": "P", "results": [{"method": "A", "metric": "F1", "value": "5.9%"}]}]
    pred = [{"id": "p", "title": "P", "results": [{"method": "B", "metric": "F1", "value": 5.9}]}]
    text = format_diff(score(gold, pred))
    assert "~ result: 5.9 F1 (B, None)  (gold 5.9% F1 (A, None))" in text
    assert "- result" not in text and "+ result" not in text


def test_held_out_sets_refuse_per_paper_errors():
    """The held-out annotation sets (sota40b, hf40, hf40c, sotaval40) print their table only: a
    per-paper diff would let rules be tuned on them, and then they would stop measuring
    generalisation."""
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "eval_sota40.py"
    for held_out in ("b", "hf", "hfc", "v"):
        run = subprocess.run([sys.executable, str(script), "--set", held_out, "--by-paper"],
                             capture_output=True, text=True, timeout=120)  # fmt: skip
        assert run.returncode == 2, run.stderr
        assert "held-out set" in run.stderr
    sys.path.insert(0, str(script.parent))
    from eval_sota40 import HELD_OUT, SETS

    assert "c" in SETS and "c" not in HELD_OUT  # sota40c.jsonl: the readable any-year sota set


@pytest.mark.parametrize("set_name,filename", [("v", "sotaval40.jsonl"), ("c", "sota40c.jsonl")])
def test_sota_set_is_select_set_and_quotes_its_cleaned_text(set_name, filename):
    """sotaval40.jsonl (sota40c.jsonl) holds the 40 papers ``select_sota40.py --set v`` (``--set
    c``) chooses, in that order, with the cleaned titles, and its names and evidence spans are
    substrings of the cleaned text (what the extractor reads). A format check only: it runs no
    extraction."""
    from pathlib import Path

    from kg.extract.evaluate import SHARED

    root = Path(__file__).resolve().parents[1]
    lines = (root / "kg/extract/training" / filename).read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    keys = ["id", "title", "methods", "datasets", "metrics", "tasks", "proposed", "results"]
    assert len(gold) == 40 and all(list(g) == keys for g in gold)
    if not SHARED.exists():
        pytest.skip("needs ../shared")
    sys.path.insert(0, str(root / "scripts"))
    from select_sota40 import SETS, select

    seed, exclude, source, id_prefixes = SETS[set_name]
    chosen = select(40, seed, exclude, id_prefixes, source)
    assert [(g["id"], g["title"]) for g in gold] == [(c["id"], c["title"]) for c in chosen]
    for g, c in zip(gold, chosen, strict=True):
        text = f"{c['title']} {c['abstract']}"
        names = g["methods"] + g["datasets"] + g["proposed"] + [r["evidence"] for r in g["results"]]
        assert all(n in text for n in names), g["id"]
        assert set(g["proposed"]) <= set(g["methods"] + g["datasets"])


def test_eval_sets_prints_one_row_per_set_and_the_targets():
    from pathlib import Path

    from kg.extract.evaluate import SHARED

    if not SHARED.exists():
        pytest.skip("needs ../shared")
    script = Path(__file__).resolve().parents[1] / "scripts" / "eval_sets.py"
    run = subprocess.run([sys.executable, str(script), "--sets", "dev,hf"],
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["set", "n", "meth", "data", "metr", "task", "value", "tuple"]
    assert lines[1].startswith("dev ") and lines[2].startswith("hf40 (held)")
    assert lines[-1].startswith("target") and "0.85" in lines[-1]


def test_audit_prints_unlabelled_papers_and_refuses_annotated_ones():
    """scripts/audit.py shows the extractor's output on unlabelled papers only: papers 1-200 of
    the hf shuffle are the annotated sets (two of them held out) and are refused."""
    from pathlib import Path

    from kg.extract.evaluate import SHARED

    script = Path(__file__).resolve().parents[1] / "scripts" / "audit.py"
    refused = subprocess.run([sys.executable, str(script), "--hf", "181-210"],
                             capture_output=True, text=True, timeout=120)  # fmt: skip
    assert refused.returncode == 2 and "annotated" in refused.stderr
    if not SHARED.exists():
        pytest.skip("needs ../shared")
    run = subprocess.run([sys.executable, str(script), "--hf", "201-202", "--fields", "methods,results"],
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("=== hf20") == 2
    assert "  methods: " in run.stdout and "numbers no result uses:" in run.stdout
    assert "  tasks: " not in run.stdout


def test_audit_sota_windows_of_one_shuffle_do_not_overlap():
    from pathlib import Path

    from kg.extract.evaluate import SHARED

    if not SHARED.exists():
        pytest.skip("needs ../shared")
    script = Path(__file__).resolve().parents[1] / "scripts" / "audit.py"

    def ids(*extra: str) -> set[str]:
        run = subprocess.run([sys.executable, str(script), "--sota", "4", "--fields", "methods", *extra],
                             capture_output=True, text=True, timeout=300)  # fmt: skip
        assert run.returncode == 0, run.stderr
        return {line.split()[1] for line in run.stdout.splitlines() if line.startswith("=== ")}

    first, second = ids(), ids("--skip", "4")
    assert len(first) == len(second) == 4 and not first & second
    assert all(i.startswith(("arXiv:23", "arXiv:24")) for i in first | second)


def test_result_losses_sorts_each_gold_result_into_one_place():
    from kg.evaluate import RESULT_LOSSES, result_losses

    gold = [{"id": "p1", "title": "Zorb", "results": [
        {"value": "81.2%", "metric": "top-1 accuracy", "method": "Zorb", "dataset": "ImageNet"},
        {"value": 3.5, "metric": "FID", "method": "Zorb"},
        {"value": 12, "metric": "latency"}]}]  # fmt: skip
    pred = [{"id": "p1", "title": "another title", "results": [
        {"value": 81.2, "value_text": "81.2%", "metric": "top-1 acc.", "method": "Zorb", "dataset": "CIFAR-10"},
        {"value": 3.5, "metric": "IS", "method": "Zorb"},
        {"value": 40.0, "metric": "BLEU"}]}]  # fmt: skip
    c = result_losses(gold, pred)
    assert [c[k] for k in RESULT_LOSSES] == [3, 1, 1, 1, 1, 3, 1]
    # every gold result is in exactly one place
    assert c["matched (number and measure)"] + c["number output under another measure"] + c["number not output"] == 3
    # a paper with no prediction loses all its numbers
    assert result_losses(gold, [])["number not output"] == 3


def test_eval_leaves_out_fields_the_gold_did_not_annotate(tmp_path):
    """A gold field written ``null`` (a results-only set) is not scored: the prediction's methods
    cost no precision there, and the table says the row was not annotated; ``[]`` still means
    "annotated, none in this paper"."""
    pred = {"id": "p1", "title": "Zorb", "methods": ["ZorbNet", "BERT"], "datasets": [], "metrics": [],
            "tasks": [], "results": [{"value": 81.2, "metric": "accuracy", "method": "ZorbNet"}]}  # fmt: skip
    gold = {"id": "p1", "title": "Zorb", "methods": None, "datasets": None, "metrics": None, "tasks": None,
            "proposed": None, "results": [{"value": "81.2%", "metric": "accuracy", "method": "ZorbNet"}]}  # fmt: skip
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n")
    files = [str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl")]
    result = CliRunner().invoke(cli, ["eval", *files, "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert "methods" not in scores and "tasks_strict" not in scores
    assert scores["results_value"]["f1"] == 1.0
    table = CliRunner().invoke(cli, ["eval", *files])
    assert "methods" in table.output and "(not annotated)" in table.output
    gold["methods"] = []  # annotated, and the paper names none: both predictions are spurious
    assert score([gold], [pred]).prf("methods") == (0.0, 1.0, 0.0)


def test_results50_is_the_selected_set_and_annotates_results_only():
    """results50.jsonl holds the 50 papers ``select_results50.py`` chooses, in that order, with the
    cleaned titles; only its results are annotated (the other fields are null), and every
    evidence span is a substring of the cleaned text and holds its value's number."""
    from pathlib import Path

    from kg.evaluate import number_of
    from kg.extract.evaluate import SHARED

    root = Path(__file__).resolve().parents[1]
    lines = (root / "kg/extract/training/results50.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    assert len(gold) == 50
    assert all(g[f] is None for g in gold for f in ("methods", "datasets", "metrics", "tasks", "proposed"))
    if not SHARED.exists():
        pytest.skip("needs ../shared")
    sys.path.insert(0, str(root / "scripts"))
    from select_results50 import select

    chosen = select()
    assert [(g["id"], g["title"]) for g in gold] == [(c["id"], c["title"]) for c in chosen]
    for g, c in zip(gold, chosen, strict=True):
        for r in g["results"]:
            assert r["evidence"] in f"{c['title']} {c['abstract']}", g["id"]
            assert number_of(r["value"]) is not None and isinstance(r["relative"], bool), g["id"]


def test_eval_sets_shows_a_results_only_set_with_its_own_losses_column():
    """results50.jsonl's row shows "-" for the fields it does not annotate and F1 for results; it
    is pooled into no line, and ``--losses`` counts it in a column of its own."""
    from pathlib import Path

    from kg.extract.evaluate import SHARED

    if not SHARED.exists():
        pytest.skip("needs ../shared")
    script = Path(__file__).resolve().parents[1] / "scripts" / "eval_sets.py"
    run = subprocess.run([sys.executable, str(script), "--sets", "r50", "--losses"],
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    cells = lines[1].split()
    assert cells[:6] == ["results50", "50", "-", "-", "-", "-"] and all(0 < float(c) <= 1 for c in cells[6:8])
    assert not any(line.startswith("all readable") for line in lines)
    header = next(line for line in lines if line.startswith("results "))
    assert header.split() == ["results", "readable", "held", "out", "results50"]
    gold = next(line for line in lines if line.startswith("gold results"))
    assert gold.split()[-3:] == ["0", "0", "130"]


def test_eval_sets_lists_the_readable_sets_results_with_another_owner_but_never_a_held_out_sets():
    """``--mismatches`` lists, paper by paper, the results whose number and measure match gold
    but whose owner or dataset does not (as many as ``--losses`` counts), a paper with a blank
    title under its id; a held-out set is only named as left out."""
    from pathlib import Path

    from kg.extract.evaluate import SHARED

    if not SHARED.exists():
        pytest.skip("needs ../shared")
    script = Path(__file__).resolve().parents[1] / "scripts" / "eval_sets.py"
    run = subprocess.run([sys.executable, str(script), "--sets", "r50,b", "--losses", "--mismatches"],
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    counted = next(line for line in lines if "of them another owner or dataset" in line).split()[-1]
    heading = "results with another owner or dataset"
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    listed = lines[start + 1 :]
    assert lines[start].endswith(f"({counted}):")
    assert sum(line.startswith("  ~ ") for line in listed) == int(counted) > 0
    assert all(line.startswith(("[results50] ", "  ~ ", "(not listed")) for line in listed)
    assert all(line.rstrip() != "[results50]" for line in listed)  # a blank title: the id instead
    assert listed[-1] == "(not listed, held out: sota40b)"


def test_a_blank_title_pairs_no_papers():
    # a gold paper whose id is not among the predictions was paired by title, and a blank title
    # found any prediction without one (results50 has 7 blank titles; a sota-arxiv output 546)
    from kg.evaluate import score

    gold = [{"id": "a", "title": "", "methods": ["FooNet"], "datasets": [], "metrics": [], "tasks": [],
             "results": []}]  # fmt: skip
    pred = [{"id": "b", "title": "", "methods": ["BarNet"], "datasets": [], "metrics": [], "tasks": [],
             "results": []}]  # fmt: skip
    s = score(gold, pred)
    assert s.counts["methods"] == [0, 0, 1] and s.missing == 1  # (tp, predicted, gold): nothing for "a"
