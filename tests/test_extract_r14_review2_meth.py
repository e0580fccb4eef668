"""Round 14 second review mend (methods): what the mended method rules still took or lost."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_the_papers_own_method_that_wins_on_existing_benchmarks_stays_a_method(nlp):
    # finding 1: the data must be what the win is over, not where it is ("on existing benchmarks")
    ex = run(nlp, "ZorbKBQA: A Framework for Knowledge Base Question Answering",
             "In this paper we present ZorbKBQA, a novel generate-then-retrieve framework. "
             "ZorbKBQA achieves new state-of-the-art performance on existing benchmarks.")  # fmt: skip
    assert "ZorbKBQA" in name_set(ex.methods)
    assert "ZorbKBQA" not in name_set(ex.datasets)


def test_a_name_before_data_and_a_process_noun_stays_a_method(nlp):
    # finding 2: "X data imputation" is a method of processing data, not data named X
    for abstract, name in (
        ("MissZorb data imputation lowers RMSE by 12% on the PhysioNet dataset.", "MissZorb"),
        ("ZorbFilter data cleaning improves accuracy by 3% on CIFAR-10.", "ZorbFilter"),
        ("CTZorbGAN data generation improves Dice by 2% on BraTS.", "CTZorbGAN"),
    ):
        assert name in name_set(run(nlp, "Zorbing Data", abstract).methods), abstract


def test_a_definition_apposed_to_our_model_after_a_scene_stays_a_method(nlp):
    # finding 3: "Using the proposed model, LONG (SHORT), we ..." is an apposition, not a scene
    ex = run(nlp, "Zorbic Propagation",
             "Using the proposed model, zorbic propagation of quux predictions (ZPQP), we reach "
             "81.2% accuracy on Cora.")  # fmt: skip
    name = "zorbic propagation of quux predictions (ZPQP)"
    assert name in name_set(ex.methods)
    assert name in ex.proposed
    assert {r.method for r in ex.results} == {name}


def test_an_acronym_with_a_participle_after_it_is_no_winner(nlp):
    # finding 4: "EZR obtained in 2019" is what was obtained, not "EZR obtains ..."
    ex = run(nlp, "Zorbing Records",
             "We collect electronic zorb records (EZR) from 12 hospitals. EZR obtained in 2019 "
             "are used for training, and our model reaches 0.91 AUC.")  # fmt: skip
    assert not any("EZR" in n for n in name_set(ex.methods))
    assert all("EZR" not in (r.method or "") for r in ex.results)


def test_a_coined_apposition_whose_clause_names_an_error_stays_a_method(nlp):
    # finding 5: the measure word in the apposition's relative clause is not what it is
    ex = run(nlp, "Zorbic Segmentation",
             "We propose uncertainty-guided quux segmentation (UQS), a training scheme that lowers "
             "the calibration error of segmenters. UQS outperforms MC-Dropout on Cityscapes.")  # fmt: skip
    name = "uncertainty-guided quux segmentation (UQS)"
    assert name in name_set(ex.methods)
    assert name in ex.proposed
    assert not any("UQS" in n for n in name_set(ex.tasks))


def test_a_coined_measure_defined_by_any_clause_verb_stays_a_metric(nlp):
    # finding 6: the measure's clause may use any verb ("correlates", "captures"), not only
    # "measures"; an apposition saying what it is keeps a method (aZRP, in the first review's test)
    for abstract, name in (
        ("We propose Zorb Perceptual Distance (ZPD), which correlates well with human judgments.",
         "Zorb Perceptual Distance (ZPD)"),
        ("We propose Zorb Alignment Score (ZAS), that captures the semantic consistency of "
         "generated images.", "Zorb Alignment Score (ZAS)"),
    ):  # fmt: skip
        ex = run(nlp, "Zorbic Measures", abstract)
        assert name in name_set(ex.metrics), abstract
        assert not name_set(ex.methods), abstract
