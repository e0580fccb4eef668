"""Task rules of round 4 (tasks), each written from an audit of the extractor's output on
unlabelled abstracts and checked on a second unlabelled sample: each test fails without its
rule."""

from __future__ import annotations

from extract_helpers import tasks


def test_a_title_topic_headed_by_a_plural_noun_is_no_task(nlp):
    # "Point Clouds", "Graph Transformers": what is studied, not the problem addressed
    found = tasks(nlp, "FooNet: Sparse Attention for Point Clouds",
                  "Point clouds are sparse. We process point clouds with sparse attention and "
                  "report results on two benchmarks.")
    assert "point clouds" not in found
    # a singular noun phrase the abstract repeats is still the topic
    found = tasks(nlp, "A Closer Look at Model Growth",
                  "Model growth speeds up pre-training. We study model growth at scale.")
    assert "model growth" in found


def test_tasks_listed_as_examples_of_what_a_model_family_has_achieved_are_not_the_papers(nlp):
    abstract = ("Large language models have demonstrated remarkable capabilities on a wide range "
                "of tasks such as question answering and code generation. We study how fine-tuning "
                "changes entity tracking in language models.")
    found = tasks(nlp, "Fine-Tuning Enhances Existing Mechanisms: A Case Study on Entity Tracking",
                  abstract)
    assert "entity tracking" in found
    assert "question answering" not in found and "code generation" not in found
    # "X tasks" in such a sentence may name the paper's tasks: no demotion
    found = tasks(nlp, "PAL: Program-aided Language Models",
                  "Large language models have recently demonstrated an impressive ability to "
                  "perform arithmetic and symbolic reasoning tasks. We present PAL.")
    assert {"arithmetic reasoning", "symbolic reasoning"} <= found


def test_fields_listed_after_areas_or_domains_need_a_task_head(nlp):
    abstract = ("Numerous articles document the use of AI to address issues in areas such as "
                "project management, testing, and development. We compare ChatGPT with software "
                "engineers on code generation.")
    found = tasks(nlp, "Comparing Software Developers with ChatGPT", abstract)
    assert not found & {"project management", "testing", "development"}
    # tasks listed after "application areas" keep their task head
    found = tasks(nlp, "A Survey of Foundation Models",
                  "An overview of the best models for about twenty application areas is then "
                  "presented, e.g., question answering, translation, story generation.")
    assert {"question answering", "story generation"} <= found


def test_a_weak_lone_candidate_is_no_task(nlp):
    # "plug-and-play training": a generic head with one modifier, the only candidate
    found = tasks(nlp, "Sparse MoE as the New Dropout",
                  "To this end, we propose a new plug-and-play training framework, FooDrop, that "
                  "scales transformers to better accuracy.")
    assert "plug-and-play training" not in found


def test_a_learning_paradigm_the_title_does_not_speak_of_is_a_means(nlp):
    abstract = ("Synthetic data generation with LLMs is a promising paradigm. We study synthetic "
                "data generation algorithms. Balancing quality and diversity matters for efficient "
                "reinforcement learning and self-improvement.")
    found = tasks(nlp, "Surveying the Effects of Quality and Diversity in Synthetic Data", abstract)
    assert "reinforcement learning" not in found
    # the title's own paradigm stays
    found = tasks(nlp, "Select and Trade: Pair Trading with Hierarchical Reinforcement Learning",
                  "We cast pair trading as a reinforcement learning problem.")
    assert any("reinforcement learning" in t for t in found)
