"""Round 21 (baseline): the name a margin is measured against (Result.baseline), on invented
sentences (none of the names real)."""

from kg.extract import extract
from kg.model import Paper

_TITLE = "KelpNet: Faster Networks for Everything"


def _baselines(abstract: str, title: str = _TITLE) -> dict[float, str | None]:
    """value -> baseline of the relative results."""
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return {r.value: r.baseline for r in e.results if r.relative}


def test_of_names_a_baseline_only_after_a_measure():
    # "the problems of X", "the effectiveness of X": no comparison with X
    assert _baselines("Experiments reveal the problems of ZorbNet-S and show that KelpNet "
                      "improves accuracy by 9% on FoobQA.") == {9.0: None}
    assert _baselines("Experiments on FoobQA verify the effectiveness of ZorbNet-S, with a "
                      "significant improvement in recall (+4.1%).") == {4.1: None}
    # "the accuracy of X", "the latency of X": the reference of the change
    assert _baselines("Kelp improves the accuracy of Zorb-7B by 3.1% on FoobQA.") == {3.1: "Zorb-7B"}


def test_listed_margins_go_with_the_listed_names_in_order():
    assert _baselines("KelpNet outperforms ZorbNet-S and MintNet-L by 2.4 and 1.4 points on GLUE.") == {
        2.4: "ZorbNet-S", 1.4: "MintNet-L"}
    # (the later numbers are made margins by their neighbours, after the number is built)
    assert _baselines("Compared with ZorbNet-S, MintNet-L and GlimNet-B, the latency of KelpNet is "
                      "reduced by 15%, 16% and 30%, respectively.") == {
        15.0: "ZorbNet-S", 16.0: "MintNet-L", 30.0: "GlimNet-B"}


def test_each_margin_goes_with_the_name_it_is_measured_by():
    assert _baselines("KelpNet surpasses ZorbNet-S by 3.4% and MintNet-L by 10.6% in accuracy.") == {
        3.4: "ZorbNet-S", 10.6: "MintNet-L"}
    assert _baselines("KelpNet beats ZorbNet-S by 2.1% in accuracy, while being 3.5x faster than MintNet-L.") == {
        2.1: "ZorbNet-S", 3.5: "MintNet-L"}
    assert _baselines("KelpNet improves the accuracy of ZorbNet-S by 6.3% on FoobQA, as well as the "
                      "accuracy of MintNet-L on GlimQA by 5.1%.") == {6.3: "ZorbNet-S", 5.1: "MintNet-L"}


def test_a_method_is_not_its_own_baseline():
    assert _baselines("On FoobQA, adding the adapter to ZorbNet-S improves the accuracy of ZorbNet-S "
                      "by 2.1%.") == {2.1: None}


def test_a_compared_name_after_its_modifiers_is_the_baseline():
    # "the state-of-the-art X", "the previous SoTA X", "cuDNN-optimized X"
    assert _baselines("KelpNet outperforms the state-of-the-art ZorbNet-L by 2.1% accuracy.") == {2.1: "ZorbNet-L"}
    assert _baselines("KelpNet has about 3x faster learning speed than the previous SoTA ZorbNet-L.") == {
        3.0: "ZorbNet-L"}
    assert _baselines("KelpNet achieves 5-9x speed-up over cuDNN-optimized ZorbNet on classification "
                      "datasets.") == {5.0: "ZorbNet"}


def test_a_compared_name_far_on_in_the_numbers_clause_is_the_baseline():
    assert _baselines("Our enhanced model, called KelpNet++, achieves a 22.9 percentage point average "
                      "improvement of Recall@1 across four different zero-shot retrieval datasets compared "
                      "to the original ZorbNet algorithm.") == {22.9: "ZorbNet"}


def test_listed_names_with_brackets_take_the_listed_margins_in_order():
    assert _baselines("KelpNet is 3.2% and 6.2% more accurate than ZorbNet-S (CNN-based) and MintNet-L "
                      "(ViT-based) for a similar number of parameters.") == {3.2: "ZorbNet-S", 6.2: "MintNet-L"}
