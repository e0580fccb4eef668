"""Round 20 (mend2): the review's findings on the round's dataset and task rules, on invented
sentences (none of the names real unless well known)."""

from kg.extract import extract
from kg.model import Paper

_TITLE = "Plimo: Better Reasoning with Language Models"


def _ext(abstract: str, title: str = _TITLE):
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return e


def _data(abstract: str, title: str = _TITLE) -> set[str]:
    return {d.name for d in _ext(abstract, title).datasets}


# 1. a score after a data set is no version of it
def test_a_score_after_a_dataset_is_no_version():
    data = _data("Plimo reaches accuracies of MNIST 0.99, SVHN 0.95 and CIFAR-10 0.91.")
    assert {"MNIST", "SVHN"} <= data and not any(" 0." in d for d in data)
    assert "ImageNet" in _data("Plimo lifts ImageNet 1.5 top-1 accuracy over ResNet-50.")
    assert "GLUE" in _data("Plimo improves GLUE 1.2 over BERT and RoBERTa.")


def test_a_version_after_a_dataset_stays():
    data = _data("We report results on SQuAD 1.1 and OntoNotes 5.0, and on LVIS v1.0 val.")
    assert {"SQuAD 1.1", "OntoNotes 5.0"} <= data


# 5. one list of benchmark splits for every rule that reads them
def test_a_diamond_split_ends_a_hyphened_benchmark_name():
    data = _data("We evaluate Plimo on Frob-Bench-Diamond, Quib-Bench-Diamond, and GSM8K.")
    assert {"Frob-Bench-Diamond", "Quib-Bench-Diamond"} <= data


def test_the_split_lists_are_one():
    from kg.extract import mentions as M
    from kg.extract import names as N

    for split in N.BENCHMARK_SPLITS.split("|"):
        assert N._BENCH_COMPOUND_END.search("Frob-Bench-" + split), split
        assert M._DATASET_SUFFIX.search("FrobBench " + split), split
        assert M._BENCHMARK_SUBSET.match(" " + split + ","), split


# 8. one list of manner words, in names.py
def test_one_list_of_manner_words():
    from kg.extract import convert
    from kg.extract import names as N

    assert convert.MANNER_WORDS is N.MANNER_WORDS
    assert {"multi-step", "joint", "perfect"} <= N.MANNER_WORDS


# 4. a split or release tail after a system's head is no benchmark's
def test_a_tail_after_a_db_head_stays_a_system():
    e = _ext("We build on ZorbDB 2.0 and QuuxDB Pro, two vector database systems, and test "
             "on FoobBench-Hard and the FrobCorpus v2.")
    data = {d.name for d in e.datasets}
    assert not {"ZorbDB 2.0", "QuuxDB Pro"} & data
    assert {"FoobBench-Hard", "FrobCorpus v2"} <= data


# 2. a bare name beside the one version a paper writes is that version
def test_a_bare_name_joins_the_one_version_written():
    e = _ext("Plimo is robust on VQA-CP v2 with a score of 58.9, and it reaches 80.1 F1 on "
             "OntoNotes 5.0, beating prior work on OntoNotes and on VQA-CP.")
    data = {d.name for d in e.datasets}
    assert {"VQA-CP v2", "OntoNotes 5.0"} <= data and not {"VQA-CP", "OntoNotes"} & data
    assert {r.dataset for r in e.results} <= data


def test_a_bare_name_beside_two_versions_stays():
    data = _data("Plimo scores 88.1 F1 on SQuAD 1.1 and 80.2 F1 on SQuAD 2.0; on SQuAD it is strong.")
    assert {"SQuAD 1.1", "SQuAD 2.0"} <= data


# guards of the round's rules, each tested where a doctest alone held it
def test_manner_restatement_guards():
    from kg.extract.convert import _manner_restatement as restates

    # the kept task ends in the rest, not any longer task
    assert not restates("multi-step reasoning", ["code generation"])
    # the kept task says more: an equal one is no restatement ("real-time" is the specific form)
    assert not restates("real-time action recognition", ["action recognition"])
    # acronyms in brackets do not count as words, on either side
    assert restates("multi-step reasoning (MSR)", ["math reasoning"])
    assert restates("multi-step reasoning", ["math reasoning (MR)"])
    # a head manner word ("neural", "deep") or "-based" before a bare head
    assert restates("neural generation", ["code generation"])
    assert restates("deep retrieval", ["image retrieval"])
    assert restates("transformer-based segmentation", ["polyp segmentation"])
    # ... but not before more words: part of a task's name
    assert not restates("skeleton-based action recognition", ["video action recognition"])


def test_dataset_version_guards():
    from kg.extract.mentions import _DATASET_VERSION as version

    assert version.match(" 1.1.", 0) and version.match(" v1.0 val", 0) and version.match(" 5.0 dataset", 0)
    assert version.match(" 2.0)", 0) and version.match(" V2", 0)
    # a score, not a version: a unit, a measure or a multiplier after it, or a longer number
    assert not version.match(" 3.2%", 0)
    assert not version.match(" 2.1 AP", 0)
    assert not version.match(" 2.5x faster", 0)
    assert not version.match(" 1.2.5 ", 0)
    assert not version.match(" 1.2 points", 0) and not version.match(" 1.2 over BERT", 0)
    assert not version.match(" 80.5,", 0) and not version.match(" 0.99,", 0) and not version.match(" 1.25,", 0)


def test_dataset_suffix_guards():
    from kg.extract.mentions import _DATASET_SUFFIX as suffix

    assert suffix.search("Zorb-bench") and suffix.search("Zorb-bench Verified")
    assert suffix.search("ZorbBench-Lite Pro") and suffix.search("Quib-Arena-Hard-Auto")
    assert suffix.search("ZorbEval 2.0") and suffix.search("FrobCorpus v2")
    assert not suffix.search("ZorbDB Pro") and not suffix.search("ZorbSuite Mini")
