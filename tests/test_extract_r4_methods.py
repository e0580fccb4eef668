"""Methods and datasets, round 4: error types counted in an audit of a fresh sample of 150
sota-arxiv abstracts (and hf-daily 161-304), each rule checked on sota-arxiv abstracts
nobody read while writing it (each test fails without its rule). Names are invented."""

from __future__ import annotations

from extract_helpers import names, run


def test_names_in_brackets_after_a_dataset_word_are_datasets(nlp):
    # "four benchmarks (A, B, C, and D)": the bracket opens the list as "such as" would
    ex = run(nlp, "Quokka: Traffic Forecasting",
             "We propose Quokka. Evaluations on four traffic benchmarks (ZORB03, ZORB04, "
             "ZORB07, and ZORB08) show its state-of-the-art performance.")
    assert {"ZORB03", "ZORB04", "ZORB07", "ZORB08"} <= set(names(ex.datasets))
    assert not {"ZORB03", "ZORB08"} & set(names(ex.methods))


def test_abbreviation_before_methods_or_task_names_a_task_not_a_name(nlp):
    # "existing ZRID methods", "the ZVOS task": a kind of work, not a method or dataset
    ex = run(nlp, "Quokka: Better Person Matching",
             "We propose Quokka for downstream ZRID tasks. Unlike existing ZRID methods, "
             "Quokka beats WombatNet on ZRID. It also solves the ZVOS task on Zorb-1K.")
    found = set(names(ex.methods)) | set(names(ex.datasets))
    assert not {"ZRID", "ZVOS"} & found
    assert {"Quokka", "WombatNet"} <= found


def test_initials_of_a_task_before_a_dataset_word_are_no_dataset(nlp):
    # "11 STR benchmarks" where the text says "scene text recognition": the task's initials
    ex = run(nlp, "Quokka: A Baseline for Scene Text Recognition",
             "We introduce Quokka, a scene text recognition method. Quokka achieves new "
             "state-of-the-art performance on 11 STR benchmarks.")
    assert "STR" not in names(ex.datasets)


def test_sensors_modalities_and_norms_are_no_methods(nlp):
    ex = run(nlp, "Quokka: Fast Perception",
             "We propose Quokka, which fuses a camera with 4D mmWave radar and LiDAR, and "
             "synthetic aperture radar (SAR) images. Quokka reduces the L2 error by 20% and "
             "improves PSNR by 2 dB over Wombat.")
    assert not {"mmWave", "LiDAR", "synthetic aperture radar (SAR)", "SAR", "L2", "dB"} & set(names(ex.methods))
    assert "Quokka" in names(ex.methods)


def test_text_definition_of_an_acronym_beats_a_derived_dataset_entry(nlp):
    # "MAD" is a dataset in the derived sota lexicon; the text says it is a distillation
    ex = run(nlp, "Quokka: Incomplete Multimodal Learning",
             "We propose Quokka. Specifically, we propose a novel margin-aware distillation "
             "(MAD) to assist the information transfer. MAD encourages the network to focus "
             "on hard samples.")
    assert not any("MAD" in n for n in names(ex.datasets))
    assert any("MAD" in n for n in names(ex.methods))


def test_acronym_long_form_read_by_initials_across_hyphens(nlp):
    # Schwartz-Hearst alone took letters inside words: "Enhanced Fusion (EAEF)"; then the
    # whole name and the acronym were listed as two methods
    ex = run(nlp, "Better Fusion for Perception",
             "We propose a novel fusion method named Explicit Attention-Enhanced Fusion (EAEF) "
             "that fully takes advantage of each type of data. EAEF outperforms Wombat.")
    found = names(ex.methods)
    assert "Explicit Attention-Enhanced Fusion (EAEF)" in found
    assert "EAEF" not in found and "Explicit Attention-Enhanced Fusion" not in found


def test_acronym_long_form_starts_at_the_content_word_not_at_and(nlp):
    ex = run(nlp, "Quokka: Program Search",
             "We deploy Quokka on the Aardvark and Zebra Corpus (AZC), a set of puzzles, and on "
             "Zorb-1K.")
    assert "Aardvark and Zebra Corpus (AZC)" in names(ex.datasets)


def test_acronym_letter_from_the_first_part_of_a_hyphenated_word(nlp):
    ex = run(nlp, "Quokka for Few-shot Learning",
             "We propose a novel Clustered-patch Eel Connection (CEC) layer to correct the "
             "mismatch problem. CEC beats Zorb.")
    found = names(ex.methods)
    assert any(n.startswith("Clustered-patch Eel Connection (CEC)") for n in found)
    assert "CEC" not in found


def test_name_after_dubbed_as_is_proposed(nlp):
    ex = run(nlp, "Better Domain Adaptation",
             "We solve this problem with the proposed model dubbed as QuokTrans, which bridges "
             "source and target domains. QuokTrans surpasses Wombat by 3.6%.")
    assert "QuokTrans" in names(ex.methods)
    assert "QuokTrans" in ex.proposed


def test_defined_task_acronym_before_a_dataset_word_is_no_dataset(nlp):
    # the text defines the task ("... (ZSLR)") and later writes "four large-scale ZSLR
    # datasets"; and a task written with its acronym gives its initials too
    ex = run(nlp, "Quokka: Efficient Zebra Sign Language Recognition",
             "Efficient inference in zebra sign language recognition (ZSLR) matters. We "
             "propose Quokka. Results on four large-scale ZSLR datasets, i.e., Zorb-14 and "
             "Wombat-Daily, show its effect. Quokka also helps wombat composed image "
             "retrieval (WCIR) on three WCIR datasets.")
    found = names(ex.datasets)
    assert "ZSLR" not in found and "WCIR" not in found
    assert "Zorb-14" in found
