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


def test_the_papers_own_problem_cue_in_its_forms():
    # each part of the cue "<subject> [word] <verb> the [qualifiers] problem/task of V-ing the X"
    cases = {
        "This paper considers the task of detecting the zorb ball.": "zorb ball detection",
        "We address the fundamental problem of estimating the quill density.": "quill density estimation",
        "We also study the problem of ranking the quill candidates.": "quill candidate ranking",
        "This work tackles the problem of tracking the zorb swarm.": "zorb swarm tracking",
        "This study examines the problem of clustering the quill graph.": "quill graph clustering",
        "We investigate the problem of classifying the zorb documents.": "zorb document classification",
        "We solve the problem of summarizing the quill logs.": "quill log summarization",
        "We revisit the problem of parsing the zorb grammar.": "zorb grammar parsing",
        "We focus on the problem of denoising the quill signal.": "quill signal denoising",
        # the subject far before the problem: the cue may span up to 90 characters
        "This study systematically investigates the longstanding computational problem of "
        "approximating the minimum quill.": "minimum quill approximation",
        # "a"/"an" open the object as "the" does
        "We consider the task of segmenting an aerial quill.": "aerial quill segmentation",
        "We study the problem of estimating a zorb density.": "zorb density estimation",
    }
    for sentence, task in cases.items():
        assert _names(f"T\n\n{sentence}") == [task], sentence


def test_the_papers_own_problem_of_a_named_thing_names_no_task():
    # the article is stripped only before a lower-case word: "evaluating the QuillNet model"
    # is one model under test, not a task
    t = "T\n\nWe study the problem of evaluating the QuillNet model."
    assert _names(t) == []


def test_learning_features_and_policies_name_learning_tasks():
    t = "T\n\nWe propose a method for learning quill features from scans."
    assert _names(t) == ["quill feature learning"]
    t = "T\n\nZorbE aims to learn navigation policies for robots."
    assert _names(t) == ["navigation policy learning"]
