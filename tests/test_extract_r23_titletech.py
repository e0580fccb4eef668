"""Round 23 (titletech): the technique a title names after a means word is the paper's own
when the text names nothing else as its own (invented titles and abstracts)."""

from kg.extract import extract
from kg.model import Paper


def _ex(title: str, abstract: str):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


_ABSTRACT = ("Zorb parsing remains hard for current parsers. We train a parser that learns from "
             "its own errors. Our approach improves accuracy by 4.2% on the benchmark.")


def test_the_title_technique_after_via_owns_the_results():
    e = _ex("Zorb Parsing via Glimmer-Guided Plonk Learning", _ABSTRACT)
    assert list(e.proposed) == ["glimmer-guided plonk learning"]
    assert [r.method for r in e.results] == ["glimmer-guided plonk learning"]


def test_with_and_using_titles_too():
    e = _ex("Few-Shot Zorb Parsing with Template-Order Plonk Augmentation", _ABSTRACT)
    assert list(e.proposed) == ["template-order plonk augmentation"]
    e = _ex("Zorb Parsing Using Quorbic Self-Training", _ABSTRACT)
    assert list(e.proposed) == ["quorbic self-training"]


def test_a_known_technique_or_a_bare_paradigm_is_what_the_paper_uses():
    for title in ("Zorb Parsing with Reinforcement Learning", "Zorb Parsing via Multitask Learning",
                  "Zorb Parsing with Weakly-Supervised Learning"):
        e = _ex(title, _ABSTRACT)
        assert list(e.proposed) == [] and [r.method for r in e.results] == ["(proposed)"], title


def test_a_name_the_text_proposes_stays_the_paper_own():
    e = _ex("Zorb Parsing via Glimmer-Guided Plonk Learning",
            "We propose ZorbNet, a parser that learns from its own errors. ZorbNet improves "
            "accuracy by 4.2% on the benchmark.")
    assert list(e.proposed) == ["ZorbNet"]
