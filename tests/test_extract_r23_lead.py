"""Round 23 (lead): small rules from the round's probes, on invented sentences (none of the
names real). Each test fails without its rule."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.numbers import find_quantities
from kg.model import Paper


def _results(abstract: str, title: str = "Plumeria: Frugal Language Models") -> dict:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return {(r.value, r.unit): r.metric for r in e.results}


# --- "1/N the cost" is a share, not the count 1 ------------------------------------------------


def test_a_unit_fraction_before_a_noun_is_a_share():
    def quantities(text):
        return [(q.value, q.unit, q.text) for q in find_quantities(text)]

    assert quantities("at 1/10 the cost") == [(10.0, "%", "1/10")]
    assert quantities("only 1/4th the memory") == [(25.0, "%", "1/4th")]
    assert quantities("consumes 1/3 of the energy") == [(33.33, "%", "1/3")]
    assert quantities("with only 1/20 parameters of the teacher") == [(5.0, "%", "1/20")]
    # a count out of a total stays one value as written; so does a split or a slash list
    assert quantities("it solves 8/644 problems") == [(8.0, None, "8/644")]
    assert quantities("the 1/2 split of the data") == [(1.0, None, "1/2")]
    assert [q.value for q in find_quantities("45.2/38.1 on the two sets")] == [45.2, 38.1]


def test_a_share_of_the_cost_is_a_result_of_the_cost():
    got = _results("We propose Plumeria. Plumeria matches a much larger model at 1/10 the inference cost.")
    assert got == {(10.0, "%"): "inference cost"}


# --- "the resulting <model>, NAME" names the paper's own method --------------------------------


def _proposed(abstract: str, title: str = "Set Prediction for Object Detection") -> list[str]:
    (e,) = extract([Paper(id="t", title=title, abstract=abstract)])
    return list(e.proposed)


def test_the_name_in_apposition_to_the_resulting_model_is_proposed():
    text = ("We cast detection as a direct matching problem. The resulting detector, Glimmer Matching "
            "Network (GMN), removes hand-designed components. On COCO it reaches 40.1 AP.")
    assert _proposed(text) == ["Glimmer Matching Network (GMN)"]
    (e,) = extract([Paper(id="t", title="Set Prediction for Object Detection", abstract=text)])
    assert [r.method for r in e.results] == ["Glimmer Matching Network (GMN)"]
    assert _proposed("We grow the network by search. The resulting models, dubbed ZorbNetV3, match "
                     "larger ones on ImageNet.") == ["ZorbNetV3"]


def test_resulting_from_is_no_naming():
    assert _proposed("To undo the blur resulting from fast motion, QuillNet uses a deblurring "
                     "stage.", title="Motion Deblurring") == []


def test_a_known_model_after_the_resulting_model_stays_the_base():
    text = ("We fine-tune the released GPT-2 on our corpus. The resulting model, GPT-2, gets 20.1 "
            "perplexity on WikiText-103.")
    assert "GPT-2" not in _proposed(text, title="Corpus Curation for Language Modelling")


def test_a_fraction_share_of_a_cost_is_a_share():
    (e,) = extract([Paper(id="t", title="Plumeria: Frugal Language Models", abstract=(
        "We propose Plumeria. Plumeria runs at 1/10 the inference cost of its teacher."))])
    (r,) = e.results
    assert (r.value, r.value_text, r.relative, r.change) == (10.0, "1/10", True, "share")


# --- reference points of a domain-adaptation paper are not adapted scores ----------------------


def test_an_adaptation_papers_oracle_and_source_only_scores_keep_the_main_regime():
    (e,) = extract([Paper(id="t", title="Domain Adaptation for Semantic Segmentation of Roads", abstract=(
        "We propose RoadShift, a self-training method. RoadShift reaches 55.2 mIoU on Cityscapes. "
        "The source-only model gets 36.6 mIoU on Cityscapes. Trained on Cityscapes alone, the "
        "network reaches 78.0 mIoU on Cityscapes."))])
    settings = {r.value: r.setting for r in e.results}
    assert settings[55.2] == "domain adaptation"
    assert settings[36.6] is None and settings[78.0] is None
