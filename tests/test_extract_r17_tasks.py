"""Round 17, tasks: candidates read from verb phrases the annotators turn into task nouns."""

from kg.extract.names import lower_words
from kg.extract.nominal import verb_phrase_tasks


def _names(text: str) -> list[str]:
    return [n for *_, n, _ in verb_phrase_tasks(text, text.lower(), lower_words(text.lower()), 3)]


def test_learning_a_representation_names_a_representation_learning_task():
    # "a framework for learning quill representations" -> "quill representation learning"
    t = "T\n\nWe present a framework for learning quill representations from unlabelled scans."
    assert _names(t) == ["quill representation learning"]
    t = "T\n\nZorbE aims to learn sentence embeddings for retrieval."
    assert _names(t) == ["sentence embedding learning"]


def test_learning_other_objects_names_no_task():
    # "the problem of learning models that ...", "a method for learning parameters": a means
    t = "T\n\nWe study the problem of learning models that generalize to unseen zorb domains."
    assert _names(t) == []
    t = "T\n\nWe give an approach for learning parameters for this quill model."
    assert _names(t) == []


def test_knowledge_graphs_are_no_task():
    # a leaderboard "task" that is a data structure: the paper's task is what it does on the
    # graphs ("link prediction in zorb knowledge graphs"), the graphs themselves are not one
    from kg.extract import extract
    from kg.model import Paper

    p = Paper(id="1", title="ZorbE: Quill Embeddings of Knowledge Graphs",
              abstract="We study link prediction. Knowledge graphs store facts about the world.")
    tasks = [t.name.lower() for t in next(iter(extract([p]))).tasks]
    assert "link prediction" in tasks
    assert not any(t.startswith("knowledge graph") for t in tasks), tasks
