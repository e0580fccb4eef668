"""Round 27, after the review of the stand-in macros work: real names written as macros stay
names, own handles and base-model stand-ins are read as such, the cleaner drops more TeX-only
text, and "i.e." before a list no longer yields a lone gerund task or a modality method.
"""

from __future__ import annotations


import pytest

from kg.extract import extract
from kg.model import Paper
from kg.sources.base import paper_from_record
from kg.sources.clean import clean_text
from test_extract_r27_macros import _extract_cli  # (one CLI helper for both files)


def test_real_names_written_as_macros_stay_names(tmp_path):
    record = {
        "id": "zorb-2",
        "title": "Point Zorbs for Shape Classification",
        "abstract": r"We compare against \roBERTa{} and \sciBERT{} and with \CURL{} on \ModelNet{}40. "
        r"Our Zorb model reaches 93.1\% accuracy on \ModelNet{}40, while \CURL{} reaches 90.2\% "
        r"accuracy. We also compile to \sdDNNF{} circuits.",
    }
    (out,) = _extract_cli(tmp_path, [record])
    methods = {m["name"] for m in out["methods"]}
    assert {"roBERTa", "sciBERT", "CURL", "sdDNNF"} <= methods
    assert [m["name"] for m in out["datasets"]] == ["ModelNet 40"]
    owners = {r["value"]: (r["method"], r["dataset"]) for r in out["results"]}
    assert owners[90.2] == ("CURL", "ModelNet 40")
    assert owners[93.1][1] == "ModelNet 40"


def test_own_handles_are_stand_ins(tmp_path):
    record = {
        "id": "zorb-3",
        "title": "Faster Convolutional Networks",
        "abstract": r"This paper introduces {\xnet}, a new family of convolutional networks. \xnet{} reaches "
        r"87.3\% top-1 accuracy on ImageNet. We also release \ourscheme{} and \oursfull{}.",
    }
    (out,) = _extract_cli(tmp_path, [record])
    names = [m["name"] for f in ("methods", "datasets", "metrics", "tasks") for m in out[f]] + out["proposed"]
    assert not [n for n in names if n.lower() in ("xnet", "ourscheme", "oursfull")]
    assert [(r["method"], r["value"]) for r in out["results"]] == [("(proposed)", 87.3)]


def test_a_stand_in_for_the_model_built_on_owns_a_baseline_result(nlp):
    abstract = (
        r"Our adapter builds on \baseModel. \baseModel reaches 70.1\% top-1 accuracy on ImageNet, "
        r"and our adapter reaches 74.2\% top-1 accuracy."
    )
    (ex,) = extract([paper_from_record({"id": "z", "title": "Zorb Adapters for Vision", "abstract": abstract}, "x")],
                    nlp=nlp)  # fmt: skip
    assert {r.value: r.method for r in ex.results} == {70.1: "(baseline)", 74.2: "Zorb Adapters"}
    # the paper's own base variant ("our \basemodel") stays its own
    own = (
        r"We release \model{}, with our \basemodel{} and \instmodel{}. \model{} reaches 53.0\% on HumanEval."
    )
    (ex,) = extract([paper_from_record({"id": "c", "title": r"\model: Open Models for Code", "abstract": own}, "x")],
                    nlp=nlp)  # fmt: skip
    assert [r.method for r in ex.results] == ["(proposed)"]


def test_bad_macros_in_a_paper_record_name_the_field_and_the_record():
    with pytest.raises(ValueError, match=r"paper 'p7': field 'macros'"):
        Paper.from_json({"id": "p7", "title": "T", "abstract": "A", "macros": [3, 4]})
    assert Paper.from_json({"id": "p7", "title": "T", "abstract": "A", "macros": [[0, 1]]}).macros == (
        (0, 1),
    )


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"Zorbs. \iffalse occlusion is hidden \fi We win.", "Zorbs. We win."),
        (r"Zorbs win.\looseness=-1", "Zorbs win."),
        (
            r"three parts: (\romannumeral1) zorbs; (\romannumeral2) blobs",
            "three parts: (i) zorbs; (ii) blobs",
        ),
        (r"Range Top-\texorpdfstring{$k$}{k} Selection", "Range Top-k Selection"),
        (r"Code is at \textcolor[rgb]{1,0,0}{our site}.", "Code is at our site."),
        (r"end of it.\\*[\parskip] Next", "end of it. Next"),
    ],
)
def test_the_cleaner_drops_tex_only_text(source, text):
    assert clean_text(source) == text


def test_a_lone_gerund_or_a_modality_after_ie_is_no_name(tmp_path):
    records = [
        {"id": "v", "title": "Zorb Matching for Video",
         "abstract": r"Instance understanding matters in VOS, as the definition of the VOS task, \ie, identifying "
                     r"and segmenting object instances within the video, says."},
        {"id": "s", "title": "Zorb Networks for Saliency",
         "abstract": r"Existing SOD models learn a shared representation from the two modalities (\ie, RGB and "
                     r"depth), while few methods consider this. We propose ZorbNet."},
    ]  # fmt: skip
    video, saliency = _extract_cli(tmp_path, records)
    assert "identifying" not in {m["name"] for m in video["tasks"]}
    assert "RGB" not in {m["name"] for m in saliency["methods"]}
