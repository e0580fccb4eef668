"""The task-candidate features of kg.extract.taskrank and the split of task selection."""

from kg.extract import build_pipeline
from kg.extract.convert import select_tasks, task_groups
from kg.extract.mentions import TASK
from kg.extract.taskrank import FEATURES, features, probability
from kg.model import Paper


def _tasks(title: str, abstract: str):
    nlp = build_pipeline()
    text = Paper(id="t", title=title, abstract=abstract).text
    doc = nlp.make_doc(text)
    doc.user_data["mlkg_text"] = text
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    groups = task_groups(text, doc._.mlkg.mentions)
    return text, [g for (label, _), g in groups.items() if label == TASK], doc._.mlkg


def test_features_one_row_per_candidate():
    text, tasks, _ = _tasks(
        "Gloss Networks for Quill Detection",
        "Quill detection is hard. We propose GlossNet for quill detection and evaluate it "
        "on image classification benchmarks.",
    )
    assert tasks
    rows = features(text, tasks)
    assert len(rows) == len(tasks)
    assert all(len(r) == len(FEATURES) and r[0] == 1.0 for r in rows)
    by_name = {g["name"].lower(): r for g, r in zip(tasks, rows, strict=True)}
    quill = by_name["quill detection"]
    assert quill[FEATURES.index("in_title")] == 1.0
    assert quill[FEATURES.index("task_head")] == 1.0
    assert 0.0 < probability([0.0] * len(FEATURES), quill) == 0.5


def test_select_tasks_by_another_key():
    text, tasks, st = _tasks(
        "Gloss Networks for Quill Detection",
        "We propose GlossNet for quill detection and evaluate it on image classification.",
    )
    rules = select_tasks(text, tasks, st.acronyms)
    assert rules and len(rules) <= 4
    for g in tasks:
        g["p"] = 1.0 if g is rules[-1] else 0.0
    assert select_tasks(text, tasks, st.acronyms, 0.5, 0.5, "p") == [rules[-1]]
    assert select_tasks(text, tasks, st.acronyms, -1.0, -1.0, "p", cap=1) == [rules[-1]]
