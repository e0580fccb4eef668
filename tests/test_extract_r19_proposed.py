"""Round 19 (proposed): the paper's own method and the owner of its results, on invented sentences."""

from kg.extract import extract
from kg.model import Paper


def _run(abstract: str, title: str = "A study"):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e.proposed, [(r.value, r.method) for r in e.results]


def test_acronym_a_proposal_sentence_defines_and_the_text_reuses_is_the_papers_own():
    # "we present in this paper a new architecture, the LONG (ACR)", ACR used again: without
    # the rule nothing is proposed and the results go to "(proposed)"
    proposed, results = _run("We present in this paper a new architecture, the Zorbic Attention "
                             "Transformer (ZAT), built on a new kernel. ZAT uses octagon kernels. On "
                             "ImageNet 1K, our model reaches higher throughput (+10%) and surpasses "
                             "Swin Transformer (+0.8 top-1 accuracy).")
    assert proposed == ("Zorbic Attention Transformer (ZAT)",)
    assert {m for _v, m in results} == {"Zorbic Attention Transformer (ZAT)"}


def test_acronym_after_a_long_description_in_apposition():
    proposed, _ = _run("In this paper, we introduce a new data augmentation algorithm, Quorbic "
                       "Population Mixing (QPM), which learns schedules. QPM matches prior work at "
                       "1000x less compute, reaching 1.46% test error on CIFAR-10.")
    assert proposed == ("Quorbic Population Mixing (QPM)",)


def test_acronym_the_proposal_builds_on_is_not_the_papers_own():
    # "based on LONG (ACR)": the acronym is what the approach uses
    proposed, results = _run("We propose an alternative approach based on phrase-based Statistical "
                             "Quorb Translation (SQT) that closes the gap. Our method yields 14.1 BLEU "
                             "on WMT14, and SQT remains slow.")
    assert proposed == ()
    assert [m for _v, m in results] == ["(proposed)"]


def test_acronym_not_used_again_is_left_alone():
    proposed, _ = _run("We present a new architecture, the Zorbic Attention Transformer (ZAT), "
                       "built on a new kernel. It reaches 81.2% top-1 accuracy on ImageNet.")
    assert proposed == ()


def test_name_in_apposition_after_an_agent_noun_is_the_papers_own():
    # "we introduce a novel multiview detector, NAME": detector, tracker, toolkit ... are kinds
    # of work like "framework"; without them the name is not proposed and the result's owner
    # is "(proposed)"
    for kind in ("multiview detector", "simple tracker", "open toolkit", "lane marker detection solution"):
        proposed, _ = _run(f"To address these questions, we introduce a novel {kind}, ZorbDet. During "
                           "training, ZorbDet aggregates features. The proposed model reaches 88.2% MODA on Wildtrack.")
        assert proposed == ("ZorbDet",), kind


def test_agent_noun_then_a_known_name_is_not_proposed():
    # "a strong detector, Faster R-CNN": a known name after the description is someone else's
    proposed, _ = _run("We use a strong detector, Faster R-CNN, and add a head. Our head reaches 41.2 AP on COCO.")
    assert "Faster R-CNN" not in proposed
