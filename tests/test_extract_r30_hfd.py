"""Round 30 (hfd): constructions of hf40d's spurious and missed tasks that recur in the
corpora (each test fails without its rule)."""

from __future__ import annotations

from extract_helpers import name_set, run, tasks

_ABSTRACT = (
    "Grounding is hard to learn. We propose ZorbCap, which learns to localize each word of a "
    "caption and improves grounding accuracy on image captioning benchmarks."
)


def test_what_a_title_does_without_is_no_task(nlp):
    found = tasks(nlp, "Learning to Generate Grounded Captions without Region Supervision", _ABSTRACT)
    assert "region supervision" not in found
    assert "image captioning" in found
    found = tasks(nlp, "Quorb Metric Learning Without Triplet Sampling",
                  "We learn quorb embeddings with a new loss and test them on image retrieval.")
    assert "triplet sampling" not in found
    # a task after "for" is the task again
    found = tasks(nlp, "A Glimmer Decoder without Explicit Segmentation for Neural Machine Translation",
                  "We translate characters directly with a glimmer decoder.")
    assert "neural machine translation" in found


def test_a_title_glued_to_a_notice_starts_again_after_its_full_stop(nlp):
    # the role word of the notice ("with", "without") says nothing of the title's own task
    title = ("Reprinted with permission of the publisher. Learning to Predict Glimmer Trajectories "
             "from Partial Observations")
    found = tasks(nlp, title, "We predict glimmer trajectories of robots from partial observations. "
                  "We evaluate on pedestrian detection benchmarks.")
    assert "glimmer trajectory prediction" in found


def test_hyphenated_ed_conjuncts_share_the_task_head(nlp):
    found = tasks(nlp, "ZorbDiff: Faster Sampling for Diffusion Models",
                  "We propose ZorbDiff, a sampler for diffusion models. Experiments on class-conditioned "
                  "and text-conditioned image generation show a 2x speedup.")
    assert {"class-conditioned image generation", "text-conditioned image generation"} <= found


def test_fields_listed_after_tasks_in_areas_are_no_tasks(nlp):
    found = tasks(nlp, "ZorbLM: Instruction Tuning at Scale",
                  "Instruction-tuned models can solve complex tasks in areas like mathematics, coding, "
                  "medicine, and law. We propose ZorbLM.")
    assert not {"mathematics", "coding"} & found


def test_an_acronym_defined_as_abbreviated_is_one_name(nlp):
    ex = run(nlp, "On the Expressive Power of Looped Zorbformers",
             "We design a novel block, dubbed Algorithm Zorbformer (abbreviated as AlgoZorb). Compared "
             "with the standard zorbformer, the proposed AlgoZorb achieves higher expressiveness.")
    assert "Algorithm Zorbformer (AlgoZorb)" in name_set(ex.methods)
    assert "AlgoZorb" not in name_set(ex.methods)
    ex = run(nlp, "ZorbSeg: Segmentation with Shapes",
             "Then a novel Shape Quorb Module (abbr. SQM) is designed to refine the masks.")
    assert "Shape Quorb Module (SQM)" in name_set(ex.methods)
