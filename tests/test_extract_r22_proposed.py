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


def test_names_a_new_data_noun_introduces_are_proposed():
    # "we collect a new dataset, X", "two new benchmarks: X and Y": the paper's own data
    assert _owned("To this end, we collect and release a new dataset, ZorbControl, with 15,283 "
                  "demonstrations. Agents reach a success rate of 41.2% on ZorbControl.")[0] == ["ZorbControl"]
    assert _owned("We build two new benchmarks: KelpQA and ZorbQA. The best model solves 59.6% of KelpQA.")[0] == [
        "KelpQA", "ZorbQA"]
    # ... not one that others collected
    assert _owned("Recently, a new dataset called ZorbRED has been collected. Our model reaches an F1 of "
                  "61.2 on ZorbRED.")[0] == []


def test_an_image_in_the_title_leaves_the_name_before_the_colon():
    # arXiv titles with an emoji logo: "\includegraphics[...]{file}" is no text, and the name
    # before the colon is the title's name again
    from kg.sources.clean import clean_text

    assert clean_text(r"ZorbNet \includegraphics[width=0.5cm,height=0.5cm]{pics/zorb.pdf}: Faster Nets") == (
        "ZorbNet: Faster Nets")
    title = clean_text(r"\includegraphics[scale=0.06]{kelp.png} KelpBERT: A Model for Danish")
    assert _owned("We present KelpBERT. It reaches 84.2% accuracy on FoobQA.", title)[0] == ["KelpBERT"]


def test_a_new_dataset_others_made_or_the_paper_uses_is_not_proposed():
    # "a new dataset, X, was released by Y et al." / "collected by prior work": others' data
    assert _owned("Recently a new dataset, ZorbEval-X, was released by Kelp et al.; we evaluate on it "
                  "and find that current models struggle.")[0] == []
    assert _owned("In this paper, we use a novel dataset, KelpCrawl-QA, collected by prior work, to study "
                  "retrieval.")[0] == []
    # ... the paper's own still is, even when others label it
    assert _owned("We release a new dataset, ZorbQA, annotated by crowd workers.")[0] == ["ZorbQA"]


def test_proposing_to_use_a_method_after_a_finding_coins_nothing():
    # "we show that X fails ... and propose to use Y instead": Y is another's method
    assert _owned("We show that ZorbTune fails on long inputs and propose to use KelpTune instead.")[0] == []
