"""Round 22 (proposed): the name of the method a paper proposes, which owns its results, on
invented sentences (none of the names real)."""

from kg.extract import extract
from kg.model import Paper

_TITLE = "Efficient Learning for Everything"


def _owned(abstract: str, title: str = _TITLE) -> tuple[list[str], set[str]]:
    """(proposed names, owners of the results)."""
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return list(e.proposed), {r.method for r in e.results}


def test_offer_verb_after_a_finding_is_the_papers():
    # "we show that ... and propose X": the clause of what the paper shows does not take the verb
    assert _owned("In this paper, we show that attention is not necessary and propose ZorbNet, a new "
                  "vision backbone. ZorbNet is 2.8 times faster than DeiT.") == (["ZorbNet"], {"ZorbNet"})
    assert _owned("We find that current detectors fail on small objects and introduce KelpDet, a "
                  "one-stage detector. KelpDet reaches 41.2 AP on COCO.")[0] == ["KelpDet"]
