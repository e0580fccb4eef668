"""Round 17, tasks (2): a field noun in a coordinated list, and a task acronym spelled like a measure."""

from kg.extract import extract
from kg.model import Paper


def _tasks(title: str, abstract: str) -> list[str]:
    (e,) = extract([Paper(id="p", title=title, abstract=abstract)])
    return [t.name if hasattr(t, "name") else t["name"] for t in e.tasks]


def _coordinated(text: str, last: str) -> list[str]:
    from kg.extract.mentions import _coordinated_tasks
    a = text.index(last)
    return [c.name for c in _coordinated_tasks(text, a, a + len(last), 0)]


def test_a_field_noun_in_a_list_takes_no_shared_head():
    # "..., chemo-informatics, and pattern recognition": a list of fields, not a
    # "chemo-informatics recognition" task
    t = ("Zorb grammars serve many areas, including software engineering, model checking, "
         "chemo-informatics, and pattern recognition.")
    assert _coordinated(t, "pattern recognition") == []
    # (a plain modifier still takes the head: "object recognition")
    t = "We address object, scene, and action recognition with one quill network."
    assert "object recognition" in _coordinated(t, "action recognition")


def test_a_task_long_form_is_no_measure_of_the_same_letters():
    # "SR" is known as a measure (success rate); "session-based recommendation (SR)" names the task
    t = _tasks("Quill: Normalized Item Vectors", "The goal of session-based recommendation (SR) models is "
               "to suggest the next item of a browsing session. We propose a quill training procedure.")
    assert any(x.startswith("session-based recommendation") for x in t)


def test_a_task_example_after_a_proposal_is_no_method():
    # "we propose X, ... tasks such as Zorb Attribute Recognition (ZAR)": an example of the
    # tasks the proposal serves, though the sentence proposes something
    t = _tasks("Quill", "This paper proposes a quill encoder that transfers to facial analysis tasks such as "
               "Zorb Attribute Recognition (ZAR) and Zorb Expression Recognition (ZER). We test it.")
    assert "Zorb Attribute Recognition (ZAR)" in t


def test_a_task_gerund_heads_a_defined_task():
    # "query rewriting (QR)": a task named by a gerund after its object
    t = _tasks("Quill", "Query rewriting (QR) is crucial for zorb search engines. We propose a quill model for QR.")
    assert any(x.lower().startswith("query rewriting") for x in t)
