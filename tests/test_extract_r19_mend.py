"""Round 19 (mend): narrowing this round's method, proposal and margin rules, on invented sentences."""

from kg.extract import extract
from kg.model import Paper


def _methods(abstract: str, title: str = "A study") -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name for m in e.methods]


def test_a_procedure_modified_by_software_or_a_generic_word_is_no_method():
    got = _methods("With TensorRT optimization, QuickDet runs at 120 FPS on a phone. We build it "
                   "with particular attention to small glimmers. The head interacts with text "
                   "embedding via known factorization, and we train it with local optimization.")
    assert not any(w in m for m in got for w in ("optimization", "attention", "embedding", "factorization")), got


def test_a_procedure_keeps_its_descriptive_modifiers():
    got = _methods("The encoder is trained with structure-aware input encoding. The loss is "
                   "approximated via optimal interpolation.")
    assert "structure-aware input encoding" in got
    assert "optimal interpolation" in got


def test_a_procedure_modifying_a_plural_kind_noun_is_no_method():
    got = _methods("We shrink the glimmer network with model compression techniques and solve the "
                   "layout using zorbic decomposition algorithms.")
    assert "model compression" not in got and "zorbic decomposition" not in got, got
