"""Round 32 (methods): names given as examples of a plural method noun ("existing methods such
as X", "pruning techniques like Long Form (ACR)") are methods, on invented sentences."""

from extract_helpers import names, run


def _methods(nlp, abstract: str) -> list[str]:
    return names(run(nlp, "A study", abstract).methods)


def test_an_acronym_given_as_an_example_of_methods_is_kept(nlp):
    # an acronym used once and never explained is dropped elsewhere ("formats such as TSV")
    got = _methods(nlp, "Existing methods such as MMZCN directly fuse multimodal features. We propose ZorbFuse.")
    assert "MMZCN" in got


def test_a_defined_name_given_as_an_example_of_techniques_is_a_method(nlp):
    got = _methods(nlp, "Even when compared to informed pruning techniques like Lottery Ticket Zorbing (LTZ), "
                        "ZorbPrune exhibits superior performance.")
    assert "Lottery Ticket Zorbing (LTZ)" in got
    got = _methods(nlp, "Along with other adversarial training approaches, e.g., Adversarial Logit Zorbing "
                        "(ALZ), the performance is improved.")
    assert "Adversarial Logit Zorbing (ALZ)" in got


def test_examples_of_networks_formats_or_frameworks_stay_out(nlp):
    # communication networks, file formats and software frameworks are no methods
    got = _methods(nlp, "Messages reach nodes in networks such as WSNZ quickly. Files in formats such as "
                        "QSVX are parsed. We compare with alternative NLP frameworks (e.g., ZLAIR). "
                        "We propose ZorbRoute.")
    assert "WSNZ" not in got and "QSVX" not in got and "ZLAIR" not in got


def test_classic_acronyms_used_once_are_methods(nlp):
    # the lexicon knows their long forms; used once and unexplained, the acronyms were dropped
    got = _methods(nlp, "We propose ZorbNet. On the zorb set it beats a linear SVM, a strong HMM baseline "
                        "and a kNN classifier, and the features are reduced with PCA.")
    assert {"SVM", "HMM", "kNN", "PCA"} <= set(got)
