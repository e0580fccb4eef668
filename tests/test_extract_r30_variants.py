"""Round 30 (variants): a listed name written with other separators, and the name in
apposition after "a new KIND, the", on invented sentences."""

from kg.extract.lexicon import lookup_variant
from tests.extract_helpers import name_set, run


def test_variant_takes_the_one_label_of_the_entries_written_so():
    # "AG News" (exact case), "CoVoST 2" (any case), "SI-SDR", "OpenBookQA"
    assert [lookup_variant(s) for s in ("AG-News", "AGNews", "COVOST-2", "SISDR", "Open-Book QA", "top1")] == [
        "DATASET", "DATASET", "DATASET", "METRIC", "DATASET", "METRIC"]  # fmt: skip
    # case as the lexicon's: "AG News" is an exact entry
    assert lookup_variant("ag-news") is None
    # two labels meet ("data augmentation" a technique and a task), or too short to be sure
    assert lookup_variant("Data-Augmentation") is None and lookup_variant("T-5") is None
    # a lower-case compound ("CrossTask" is listed) or a common word ("MultiPL-E" is)
    assert lookup_variant("cross-task") is None and lookup_variant("Multiple") is None


def test_dataset_written_with_a_hyphen_is_a_dataset(nlp):
    # the lexicon lists "WNUT 2017" and "CoVoST 2": written with a hyphen they were methods,
    # and the method owned the score
    ex = run(nlp, "A study", "We fine-tune on WNUT-2017 and CoVoST-2 and obtain 60.1 F1 on WNUT-2017.")
    assert {"WNUT-2017", "CoVoST-2"} <= name_set(ex.datasets)
    assert not {"WNUT-2017", "CoVoST-2"} & name_set(ex.methods)
    assert [(r.method, r.dataset) for r in ex.results] == [("(proposed)", "WNUT-2017")]


def test_name_after_a_kind_and_the_is_the_papers_own(nlp):
    for name in ("Zorb Network", "Zorb Transformer"):  # (the second a longer name of a known one)
        ex = run(nlp, "A study", f"We introduce a simple framework, the {name}, that unifies vision and "
                                  "language. It reaches 81.2% top-1 accuracy on ImageNet.")
        assert ex.proposed == (name,), name
        assert [r.method for r in ex.results] == [name]
    # after a preposition the name is what the proposal is of, not its name
    ex = run(nlp, "A study", "We propose a novel extension of a classic model, the Zorb Network, and a "
                              "simple framework, the Glim Network, that unifies them.")
    assert "Zorb Network" not in ex.proposed


def test_acronym_defined_after_kind_and_the_is_the_acronym_rules(nlp):
    # (test_extract_r19_proposed.py: not proposed unless the acronym is used again)
    abstract = ("We present a new architecture, the Zorbic Attention Transformer (ZAT), built on a new kernel. "
                "{}It reaches 81.2% top-1 accuracy on ImageNet.")
    assert run(nlp, "A study", abstract.format("")).proposed == ()
    assert run(nlp, "A study", abstract.format("ZAT uses octagon kernels. ")).proposed == (
        "Zorbic Attention Transformer (ZAT)",)
    # the apposition rule: the same without the acronym
    ex = run(nlp, "A study", "We present a new architecture, the Zorbic Attention Transformer, built on a new "
                              "kernel. It reaches 81.2% top-1 accuracy on ImageNet.")
    assert ex.proposed == ("Zorbic Attention Transformer",)


def test_name_the_text_calls_a_dataset_in_apposition_is_a_dataset(nlp):
    # typed a method, it owned the results measured on it
    ex = run(nlp, "A study", "We also introduce a large-scale dataset, Zorb Depth in the Wild (ZDW), which "
                              "consists of 14,203 videos. On ZDW our model reduces the error by 20%.")
    assert "Zorb Depth in the Wild (ZDW)" in name_set(ex.datasets)
    assert not name_set(ex.methods) & {"ZDW", "Zorb Depth in the Wild (ZDW)"}
    assert ex.proposed == ("Zorb Depth in the Wild (ZDW)",)
