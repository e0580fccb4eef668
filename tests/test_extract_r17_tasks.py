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


def test_the_papers_own_problem_of_a_verb_with_an_article():
    # "we study the problem of approximating the minimum zorb": the paper's own problem, the
    # verb's object with its article; not in a definition ("X is the task of segmenting the
    # target object", which restates X) nor after another cue ("aims to detect the zorb")
    t = "T\n\nIn this paper, we study the problem of approximating the minimum quill in streams."
    assert _names(t) == ["minimum quill approximation"]
    t = "T\n\nThe problem of computing the zorb distance between two strings is hard."
    assert _names(t) == ["zorb distance computation"]
    t = "T\n\nQuill segmentation is the task of segmenting the target zorb in a scan."
    assert _names(t) == []
    t = "T\n\nQuill grounding aims to localize the zorb in an image."
    assert _names(t) == []


def test_an_object_that_refers_back_or_judges_names_no_task():
    # "estimating the latter", "computing the above", "identifying the right model": the
    # object says which one, not what, so no task ("latter estimation")
    for obj in ("the latter", "the former under noise", "the above in closed form",
                "the same quantity", "the right model for a zorb"):  # fmt: skip
        t = f"T\n\nWe study the problem of estimating {obj}."
        assert _names(t) == [], obj
    t = "T\n\nWe study the problem of estimating the quill spectrum."
    assert _names(t) == ["quill spectrum estimation"]
    # a hedge after the article is no part of the thing
    t = "T\n\nWe study the problem of estimating an unknown quill spectrum."
    assert _names(t) == ["quill spectrum estimation"]



def test_we_explore_the_problem_of_a_verb_with_an_article():
    # "explore" states the paper's problem as "study" does (one verb list for both aim cues)
    t = "T\n\nWe explore the problem of retrieving the zorb passages."
    assert _names(t) == ["zorb passage retrieval"]
    # "skill", "reward": learned things, as in a title's "Learning Skills ..."
    t = "T\n\nWe propose a method for learning locomotion skills from videos."
    assert _names(t) == ["locomotion skill learning"]
