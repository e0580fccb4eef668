"""Dataset-typing rules of round 11 (names typed a method by default that the text marks as
data), each written from an audit of the extractor's output on unlabelled abstracts (error
types, not single papers) and checked on a second unlabelled sample: each test fails
without its rule. Names are invented."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_names_a_data_noun_introduces_are_datasets(nlp):
    # "two ... datasets: Human 3.6M and TotalCapture", "datasets: A, B Multiview Set, and C"
    ex = run(nlp, "Zorbing Quill Poses",
             "We propose ZorbPose. It lowers the pose error of prior work on two capture "
             "datasets: Quill 3.6M and BlorpCapture. It also leads on three testing datasets: "
             "Zentax-UCLA Multiview Quill 3D, and FRB Multimodal Quill Set.")
    assert {"BlorpCapture", "Zentax-UCLA", "FRB"} <= name_set(ex.datasets)
    assert not {"BlorpCapture", "Zentax-UCLA", "FRB"} & name_set(ex.methods)
    assert "ZorbPose" in name_set(ex.methods)


def test_a_default_method_listed_with_datasets_past_a_bracket_is_a_dataset(nlp):
    # "on QMNIST, Kuzushiji-MNIST, EMNIST (Letters, Digits, and Balanced) datasets"
    ex = run(nlp, "Zorbing Quill Digits",
             "We propose ZorbNet. It sets the state of the art on MNIST, CIFAR-10, "
             "BlorpIST (Letters, Digits, and Balanced) datasets.")
    assert "BlorpIST" in name_set(ex.datasets) and "BlorpIST" not in name_set(ex.methods)


def test_another_edition_of_a_dataset_is_a_dataset(nlp):
    # "MIMIC-II" beside "MIMIC-III", "WMT18" beside "WMT14", "ESC-10" beside "ESC-50"
    ex = run(nlp, "Zorbing Quill Codes",
             "We propose ZorbCoder and test it on the widely-used QUILLDB dataset. On the full "
             "code set of QUILLDB-III, ZorbCoder beats prior "
             "work. On the top-50 code set of QUILLDB-III and the full code set of QUILLDB-II, "
             "it also wins.")
    assert "QUILLDB-II" in name_set(ex.datasets)
    assert "QUILLDB-II" not in name_set(ex.methods)


def test_names_a_plural_data_noun_closes_are_datasets(nlp):
    # "over the KDDCUP99, CICIDS-DoS, UNSW-NB 15 and CICIDS-DDoS datasets"
    ex = run(nlp, "Zorbing Quill Intrusions",
             "We propose ZorbIDS. It is evaluated over the QUILLCUP99, ZORB-DoS, BLORP-NB 15 and "
             "ZORB-DDoS datasets, and outperforms prior detectors.")
    assert "QUILLCUP99" in name_set(ex.datasets) and "QUILLCUP99" not in name_set(ex.methods)


def test_a_cued_data_list_types_its_other_items(nlp):
    # "evaluation of ETT and MIT-BIH-Arrhythmia, datasets": the first item is cued by the
    # data noun, the second only by the list
    ex = run(nlp, "Zorbing Quill Signals",
             "We propose ZorbAlign. Experimental evaluation of QTT and ZORB-BIH-Blorp, datasets "
             "shows that the proposed method achieves the state of the art.")
    assert {"QTT", "ZORB-BIH-Blorp"} <= name_set(ex.datasets)
    assert not {"QTT", "ZORB-BIH-Blorp"} & name_set(ex.methods)
