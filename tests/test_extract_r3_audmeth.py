"""Methods, datasets and proposed names, round 3: constructions counted in an audit of about
140 unlabelled hf-daily abstracts and checked on sota-arxiv ones (each test fails without
its rule). Names are invented."""

from __future__ import annotations

from extract_helpers import names, run


def test_names_listed_with_a_method_after_a_cue_are_methods(nlp):
    # "such as A, B, C and D": the capitalised items beside a method are methods too,
    # multi-word ones and ones no rule could type alone
    ex = run(nlp, "Quokka: Small Models Count",
             "Quokka surpasses much larger models such as LLAMA-2-70B, WizardMath-70B, "
             "Gemini-Pro, Zorblat and Graph of Wombats on GSM8K.")
    found = names(ex.methods)
    assert {"Gemini-Pro", "Zorblat", "Graph of Wombats"} <= set(found)


def test_list_siblings_need_a_cue_of_methods(nlp):
    # "on Tesla C1060 and NVidia GTX280": hardware, not methods; "metrics, namely ..."
    ex = run(nlp, "Quokka: Fast Sampling",
             "Quokka-7B runs on Zorblat and Wombat Q9 cards. It improves metrics, namely "
             "PESQ, CSIG and Quokka-7B scores.")
    assert not {"Zorblat", "Wombat Q9", "CSIG"} & set(names(ex.methods))


def test_unexplained_acronym_kept_in_a_list_of_methods(nlp):
    ex = run(nlp, "Reasoners: A Library",
             "We study reasoning approaches (e.g., ToT, ZRP, GoT-3).")
    assert "ZRP" in names(ex.methods)


def test_title_case_run_spelling_the_papers_name_is_no_second_method(nlp):
    ex = run(nlp, "Zeta-QUOKKA: Quiet Ordered Kernel Kinetic Attention for Retrieval",
             "We propose Zeta-QUOKKA, a methodology focused on Quiet Ordered Kernel Kinetic "
             "Attention. Zeta-QUOKKA beats Wombat-7B.")
    found = names(ex.methods)
    assert "Zeta-QUOKKA" in found
    assert "Quiet Ordered Kernel Kinetic Attention" not in found


def test_known_technique_written_with_spaces_instead_of_hyphens(nlp):
    # the lexicon writes "retrieval-augmented generation", "chain-of-thought"
    ex = run(nlp, "Scaling Quokka Retrieval",
             "We study retrieval augmented generation (RAG) for long inputs and a case study "
             "of chain of thought on planning problems.")
    found = names(ex.methods)
    assert any(n.startswith("retrieval augmented generation") for n in found)
    assert "chain of thought" in found


def test_phones_and_processors_are_no_methods(nlp):
    ex = run(nlp, "Quokka: Fast Mobile Vision",
             "Quokka-S4 runs 3x faster on an iPhone12 and on an Intel i7-980X CPU than "
             "Wombat-M2 on a TITAN X GPU.")
    found = names(ex.methods)
    assert "Quokka-S4" in found
    assert not {"iPhone12", "i7-980X", "TITAN X"} & set(found)


def test_proposed_name_in_apposition_after_its_kind(nlp):
    # "we propose a novel sampling method, Diversifying Latent Flows (DLow), to ..."
    ex = run(nlp, "Better Sampling for Generative Models",
             "To address this, we propose a novel sampling method, Quokka Latent Walks "
             "(QLW), to produce diverse samples. QLW beats Wombat-7B.")
    assert any("QLW" in p for p in ex.proposed)


def test_known_task_defined_in_capitals_is_no_method(nlp):
    ex = run(nlp, "Quokka: Faster Matching for Scenes",
             "Video Object Segmentation (VOS) is fundamental to video understanding. We "
             "propose Quokka, which beats Wombat-7B on VOS benchmarks.")
    assert not any("Video Object Segmentation" in n for n in names(ex.methods))
