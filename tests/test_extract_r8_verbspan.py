"""Task-span rules of round 8 (verbs, evaluative adjectives and topics in task spans), each
written from an audit of the extractor's output on unlabelled abstracts and checked on a
second unlabelled sample: each test fails without its rule. Names are invented."""

from __future__ import annotations


def test_an_evaluative_adjective_opening_a_task_phrase_is_dropped():
    # "difficult speech recognition", "Optimal Resource Allocation": annotators name the task
    # without the judgement; before a lone head it may be part of the name ("optimal control")
    from kg.extract.names import find_task_phrases, title_task_chunks

    t = "One of the most difficult zorb recognition tasks is optimal control of quills."
    assert [t[a:b] for a, b in find_task_phrases(t, 0, len(t))] == ["zorb recognition", "optimal control"]

    def names(title):
        return [n for _, _, n in title_task_chunks(title)]

    assert names("An Optimal Quill Block Scheduling in Zorb Networks") == ["quill block scheduling"]
    assert names("ZorbNet: Towards perceptually relevant visual quill prediction") == ["visual quill prediction"]
    assert names("Optimal Control for Zorb Networks") == ["optimal control"]


def test_a_clause_verb_before_a_task_noun_starts_the_task_after_it():
    # "a model to produce foreground segmentation", "methods for readability employ
    # assessment", "Zorb Search unifies reasoning": the verb is no part of the task
    from kg.extract.names import find_task_phrases, title_task_chunks

    t = "We train a zorb detection model to produce quill segmentation masks."
    assert [t[a:b] for a, b in find_task_phrases(t, 0, len(t))] == ["zorb detection", "quill segmentation"]
    t = "Current methods for zorb employ assessment rules; ZorbNet unifies reasoning."
    assert [t[a:b] for a, b in find_task_phrases(t, 0, len(t))] == []
    # a noun that is also a verb stays: "applied to question answering"
    t = "It is applied to question answering and attack detection."
    assert [t[a:b] for a, b in find_task_phrases(t, 0, len(t))] == ["question answering", "attack detection"]
    # in a title, after "to": "Learning to Emulate Structural Recursion"
    assert [n for _, _, n in title_task_chunks("Learning to Emulate Zorbic Recursion")] == ["zorbic recursion"]


def test_knowledge_graphs_and_autonomous_vehicles_are_topics_not_tasks(nlp):
    # what a task acts on or serves: the paper's task is link prediction / detection
    from extract_helpers import tasks

    abstract = ("Knowledge graphs (KGs) store facts about entities. We propose ZorbE, which "
                "embeds knowledge graphs for link prediction, and it outperforms prior work on "
                "link prediction. ZorbE is also fast enough for autonomous vehicles.")
    got = tasks(nlp, "ZorbE: Quill Embeddings for Link Prediction", abstract)
    assert "link prediction" in got
    assert not any(t.startswith("knowledge graphs") or t == "autonomous vehicles" for t in got), got


def test_image_processing_and_pattern_recognition_are_fields_not_tasks(nlp):
    from extract_helpers import tasks

    abstract = ("Image composition is an important operation in image processing and pattern "
                "recognition. We propose ZorbNet for image harmonization, which is used in video "
                "surveillance. ZorbNet improves image harmonization on two benchmarks.")
    got = tasks(nlp, "ZorbNet: Deep Image Harmonization via Quill Verification", abstract)
    assert "image harmonization" in got
    assert not got & {"image processing", "pattern recognition", "video surveillance"}, got


def test_the_object_of_an_aim_gerund_ends_at_a_clause_verb():
    # "methods for assessing readability employ measures": the object is "readability"
    from kg.extract.names import lower_words
    from kg.extract.nominal import verb_phrase_tasks

    t = "T\n\nCurrent methods for assessing zorbness employ quill measures."
    assert [n for *_, n, _ in verb_phrase_tasks(t, t.lower(), lower_words(t.lower()), 3)] == ["zorbness assessment"]
