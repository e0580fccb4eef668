"""Round 35 (binding), on invented names: a score of a named baseline ("a BiLSTM baseline
reaches", "0.4 F1 with a BiLSTM baseline", "the strongest baseline, BiLSTM, achieves") is the
baseline's, and a model named only as the judge of a score is none of the paper's methods (but
"GPT-4 scores 71.2%" is GPT-4's score, not a judge's)."""

import pytest
from extract_helpers import names, run

PRE = "We propose ZorbNet for zorb parsing. "


@pytest.mark.parametrize(
    "sentence",
    [
        "On QuxaBench, a BiLSTM baseline reaches 70.1% accuracy.",
        "ZorbNet reaches 81.2% accuracy on QuxaBench, whereas the BiLSTM baseline only reaches 70.1%.",
        "ZorbNet reaches 81.2% accuracy on QuxaBench, while a BiLSTM baseline reaches 70.1%.",
        "ZorbNet reaches 81.2% accuracy on QuxaBench, while the strongest baseline, BiLSTM, achieves 70.1%.",
        "ZorbNet reaches 81.2% accuracy on QuxaBench, compared to 70.1% for a BiLSTM baseline.",
        "The task is hard for QuxaBench models (accuracy of 70.1% with a BiLSTM baseline).",
    ],
)
def test_a_named_baselines_score_is_the_baselines(nlp, sentence):
    ex = run(nlp, "ZorbNet: Fast Zorb Parsing", PRE + sentence)
    owners = {r.value_text: r.method for r in ex.results}
    assert owners["70.1%"] == "BiLSTM", sentence
    assert owners.get("81.2%", "ZorbNet") == "ZorbNet", sentence


def test_a_margin_for_a_baseline_stays_the_papers(nlp):
    ex = run(
        nlp,
        "ZorbNet: Fast Zorb Parsing",
        PRE + "ZorbNet improves the accuracy by 2.1% for the BiLSTM baseline on QuxaBench.",
    )
    assert [(r.value_text, r.method) for r in ex.results] == [("2.1%", "ZorbNet")]


def test_a_judge_only_model_is_no_method(nlp):
    pre = "We propose ZorbChat, an aligned chat assistant. "
    ex = run(
        nlp, "ZorbChat: Aligned Assistants", pre + "ZorbChat achieves a GPT-4 score of 8.2 on QuorbBench."
    )
    assert "GPT-4" not in names(ex.methods)
    assert [(r.value_text, r.method) for r in ex.results] == [("8.2", "ZorbChat")]
    # named as a compared model too: a method of the paper
    ex = run(nlp, "ZorbChat: Aligned Assistants",
             pre + "ZorbChat raises the GPT-4 judge score to 8.2 on QuorbBench and beats GPT-4 by 3.1%.")  # fmt: skip
    assert "GPT-4" in names(ex.methods)


def test_the_verb_scores_is_no_judge(nlp):
    ex = run(nlp, "ZorbChat: Aligned Assistants",
             "We propose ZorbChat. On QuorbBench, GPT-4 scores 71.2% while ZorbChat scores 75.3%.")  # fmt: skip
    assert {r.value_text: r.method for r in ex.results} == {"71.2%": "GPT-4", "75.3%": "ZorbChat"}
    assert "GPT-4" in names(ex.methods)


COMPRESS = "We propose ZorbPress, a method that compresses pre-trained models of code. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The compressed CodeBERT is 4.31 times faster than the original model.",
        "The compressed QuxaBERT and FlimBERT are 4.31x and 4.15x faster than the original models, respectively.",
        "The pruned ResNet-50 reaches 75.1% top-1 accuracy on ImageNet with 2.1x fewer FLOPs.",
    ],
)
def test_a_model_the_papers_method_was_applied_to_gives_the_method_its_results(nlp, sentence):
    ex = run(nlp, "ZorbPress: Compressing Models of Code", COMPRESS + sentence)
    assert ex.results and {r.method for r in ex.results} == {"ZorbPress"}, sentence


def test_another_methods_participle_is_no_application(nlp):
    # "magnitude-pruned QuxaBERT" is another method's model, named as a compared one
    ex = run(nlp, "ZorbPress: Compressing Models of Code",
             COMPRESS + "On QuxaBench, magnitude-pruned QuxaBERT reaches 70.1% accuracy.")  # fmt: skip
    assert [r.method for r in ex.results] == ["QuxaBERT"]
