"""Round 18 (methods): techniques the text names, on invented sentences."""

from kg.extract import extract
from kg.extract import techniques as T
from kg.model import Paper


def _methods(abstract: str, title: str = "A study") -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return [m.name for m in e.methods]


def test_acronym_without_space_ends_a_listed_technique():
    # "knowledge distillation(KD) and ...": the bracket right after the name is still its acronym
    t = "We combine knowledge distillation(KD) and layer grafting to shrink the model."
    a = t.index("knowledge")
    b = a + len("knowledge distillation")
    assert T._after_acronym(t, b) == t.index(" and")
    got = [t[x:y] for x, y, _ in T.technique_lists(t, 0, [(a, b)], t.lower())]
    assert "layer grafting" in got


def test_reinforcement_learning_named_as_a_technique_is_a_method():
    got = _methods("Although reinforcement learning or rejection sampling partly eases the lack of "
                   "proof data, both are slow. We propose a self-play loop for the prover.")
    assert any("reinforcement learning" in m for m in got)
    got = _methods("We cast the reward maximisation of the sampler as a problem analogous to "
                   "reinforcement learning (RL), with a penalty toward the base model.")
    assert "reinforcement learning (RL)" in got
    got = _methods("Code models are tuned with supervised fine-tuning, instruction tuning, "
                   "reinforcement learning, etc. We propose a ranking-based tuning scheme.")
    assert any("reinforcement learning" in m for m in got)


def test_reinforcement_learning_as_the_field_is_no_method():
    for text in (
        "This is a key open problem in deep reinforcement learning. We study exploration bonuses.",
        "We propose an exploration algorithm for reinforcement learning that scales to images.",
        "Recent tools are promising in robotics and reinforcement learning. We study their limits.",
        "The method helps on tasks including image tagging, retrieval and reinforcement learning.",
        "We study reinforcement learning environments and reinforcement learning agents.",
        "A deep learning approach to reinforcement learning led to general game players.",
    ):
        assert not any("reinforcement learning" in m.lower() for m in _methods(text)), text


def test_names_listed_after_a_comparison_are_methods():
    # "compare with" / "with respect to" open a list of compared systems as "outperforms" does
    # (walking from a name that is one by its shape, "GPT-4")
    got = _methods("We compare with GPT-4, Blimtral and Quxtor on three image benchmarks.")
    assert {"Blimtral", "Quxtor"} <= set(got)
    got = _methods("Our video model wins 52% of the votes with respect to Zen-3, Quxlabs, and Blorp, "
                   "respectively.")
    assert {"Quxlabs", "Blorp"} <= set(got)


def test_values_with_respect_to_listed_methods_are_not_theirs():
    # "with respect to A, B, and C, respectively" names what the values are measured against
    (e,) = extract([Paper(id="t", title="A study", abstract=(
        "Our video model wins 50.5%, 52.1%, 49.1% of the votes with respect to Zen-3, Quxlabs, "
        "and Blorp, respectively."))])
    assert e.results
    assert not any(r.method in ("Zen-3", "Quxlabs", "Blorp") for r in e.results)
