"""Round 19 (methods): lower-case parts and techniques the text names, on invented sentences."""

from kg.extract import extract
from kg.model import Paper


def _methods(abstract: str, title: str = "A study") -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name for m in e.methods]


def test_a_proposed_part_named_by_what_it_does_is_a_method():
    got = _methods("Glimmer maps are noisy. We design a zorb-guided glimmer fusion module to merge "
                   "the two streams, and we introduce a quill biased sampling strategy for training.")
    assert "zorb-guided glimmer fusion module" in got
    assert "quill biased sampling strategy" in got
    got = _methods("We further propose a novel cross-glimmer feature blending block that mixes scales.")
    assert "cross-glimmer feature blending block" in got


def test_a_part_in_few_words_or_with_its_own_name_is_no_method():
    for text in (
        "To handle long inputs, we propose a memory module that stores past glimmers.",
        "We introduce a training strategy called Zorb Warmup that stabilises learning.",
        "We propose a quill sampling strategy, named Quill Drop, for the decoder.",
        "We propose a resource allocation scheme and an admission control mechanism for clouds.",
    ):
        assert not any(m.split()[-1] in ("module", "strategy", "scheme", "mechanism")
                       for m in _methods(text)), text


def test_a_modified_procedure_used_as_the_means_is_a_method():
    got = _methods("We adapt the frozen model to new domains using gradient-free quill optimization, "
                   "which needs no backward pass.")
    assert "gradient-free quill optimization" in got
    got = _methods("Each glimmer is paired with its target via one-to-one zorbic matching. The server "
                   "then applies dynamic batching to serve requests.")
    assert "one-to-one zorbic matching" in got
    assert "dynamic batching" in got


def test_a_bare_or_judged_procedure_is_no_method():
    for text in (
        "The weights are found via optimization and the features through attention.",
        "It is approximated through powerful optimization and another pooling of the glimmers.",
    ):
        assert not any(m.split()[-1] in ("optimization", "attention", "pooling") for m in _methods(text)), text


def test_a_procedure_named_in_the_title_stays_the_papers_name():
    got = _methods("We track glimmers with a keypoint pooling head on three benchmarks.",
                   title="Glimmer Tracking via Zorbic Keypoint Pooling")
    assert "zorbic keypoint pooling" not in got
