"""Task candidates written to generalise to unseen hf-daily abstracts, round 2 (each test
fails without its rule): title chunks and phrases that the first rules did not propose."""

from __future__ import annotations

from extract_helpers import tasks

from kg.extract.names import title_task_chunks


def chunks(title: str) -> list[str]:
    return [n for _, _, n in title_task_chunks(title)]


def test_a_noun_before_the_head_of_a_title_chunk_modifies_it():
    assert "data pruning" in chunks("Beating Power Law Scaling via Data Pruning")
    assert "inference scaling" in chunks("Inference Scaling vs Reasoning: A Study")
    assert "feature selection" in chunks("Feature Selection for Text Classification")


def test_a_title_chunk_and_another_before_for_are_both_means(nlp):
    found = tasks(nlp, "Implicit Relation Reasoning and Aligning for Text-to-Image Person Retrieval",
                  "We propose FooNet for text-to-image person retrieval. FooNet reaches 70% "
                  "Rank-1 accuracy on CUHK-PEDES.")  # fmt: skip
    assert "text-to-image person retrieval" in found
    assert not any("relation reasoning" in t for t in found)


def test_a_plural_task_head_in_a_title_names_the_task_in_the_singular():
    assert chunks("ZeRO: Memory Optimizations Toward Training Trillion Parameter Models") == [
        "memory optimization"]
    assert "dense prediction" in chunks("Composite Learning for Robust and Effective Dense Predictions")


def test_heads_of_known_tasks_head_task_phrases(nlp):
    found = tasks(nlp, "MARS: Model-agnostic Biased Object Removal without Additional Supervision",
                  "We study the removal of biased objects. MARS reaches 77.2 mIoU on PASCAL VOC.")
    assert any("object removal" in t for t in found)


def test_a_title_chunk_without_a_task_head_is_a_topic_when_the_abstract_repeats_it(nlp):
    title = "Stacking Your Transformers: A Closer Look at Model Growth for Efficient LLM Pre-Training"
    found = tasks(nlp, title, "Model growth methods reuse small models to train large ones. "
                              "We study model growth in efficient LLM pre-training.")  # fmt: skip
    assert "model growth" in found
    # used once in the abstract: too weak even as the only task
    assert "model growth" not in tasks(nlp, title, "We stack layers for model growth.")


def test_a_topic_never_hides_a_shorter_task_of_the_title(nlp):
    found = tasks(nlp, "SIM-Trans: Structure Information Modeling Transformer for Visual Categorization",
                  "We add a structure information modeling transformer. The structure information "
                  "modeling transformer helps fine-grained visual categorization.")  # fmt: skip
    assert "structure information modeling transformer" not in found


def test_a_title_task_phrase_about_large_language_models_says_llm(nlp):
    found = tasks(nlp, "Studying Large Language Model Generalization with Influence Functions",
                  "We study how models generalize, using influence functions.")  # fmt: skip
    assert "llm generalization" in found
    assert "large language model generalization" not in found


def test_a_subordinating_conjunction_ends_a_task_phrase():
    from kg.extract.names import find_task_phrases

    t = "Although model editing is cheap, it breaks models."
    assert [t[a:b] for a, b in find_task_phrases(t, 0, len(t))] == ["model editing"]
