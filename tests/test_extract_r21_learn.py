"""scripts/method_selector.py: the features and the fit behind the (not shipped) learned
method selector, on invented text (kg/extract/training/README.md, "learned method selector")."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import method_selector as ms  # noqa: E402

from kg.extract import build_pipeline  # noqa: E402
from kg.model import Paper  # noqa: E402


def _row(title: str, abstract: str) -> dict:
    row = {"paper": Paper(id="t", title=title, abstract=abstract)}
    ms.analyse(build_pipeline(), row)
    return row


def test_veto_features_one_row_per_kept_method():
    row = _row("QuillNet: Gloss Networks for Quill Detection",
               "We propose QuillNet, a gloss network for quill detection. Using beam search, "
               "QuillNet outperforms BERT and reaches 81.2% accuracy on the QuillSet benchmark.")  # fmt: skip
    X = ms.veto_features(row["text"], row["title_end"], row["methods"], row["ex"]["results"])
    names = [g["name"] for g in row["methods"]]
    assert X.shape == (len(names), len(ms.FEATURES)) and (X[:, 0] == 1.0).all()
    f = {n: dict(zip(ms.FEATURES, x, strict=True)) for n, x in zip(names, X, strict=True)}
    assert f["QuillNet"]["proposed"] == 1.0 and f["QuillNet"]["in_title"] == 1.0
    assert f["BERT"]["compared_before"] == 1.0 and f["BERT"]["proposed"] == 0.0
    assert f["beam search"]["used_before"] == 1.0 and f["beam search"]["all_lower"] == 1.0


def test_add_candidates_leave_out_the_methods_output():
    row = _row("Gloss Networks for Quill Detection", "We study quill detection with a gloss network.")
    row["gold"] = {"methods": ["gloss network"]}
    row["out"] = {"methods": []}
    X, y = ms.add_candidates(row)
    assert len(X) == len(y) and all(len(x) == len(X[0]) for x in X)


def test_fit_is_deterministic_and_finds_the_sign():
    rng = np.random.RandomState(0)
    x = rng.normal(size=200)
    X = np.column_stack([np.ones(200), x])
    y = (x + 0.3 * rng.normal(size=200) > 0).astype(float)
    w1, w2 = ms.fit(X, y, 1.0), ms.fit(X, y, 1.0)
    assert (w1 == w2).all() and w1[1] > 1.0


def test_folds_by_paper():
    rows = [{"set": s} for s in ("a", "a", "c", "hfa", "hfb")]
    assert ms.folds_of(rows, "sets") == ["a", "a", "c", "hfa", "hfb"]
    assert ms.folds_of(rows, "2") == [0, 1, 0, 1, 0]
    assert sorted(ms.folds_of(rows, "5s1")) == [0, 1, 2, 3, 4]
