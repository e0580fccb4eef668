"""Round 17: measures in LLM-era abstracts, read from the text's shape (invented names and
figures; each test fails without its rule)."""

from __future__ import annotations

from extract_helpers import run

_TITLE = "Quillformer: Aligning Chat Models with Sparse Feedback"


def _metrics(nlp, sentence: str) -> list[str]:
    return [e.name for e in run(nlp, _TITLE, sentence).metrics]


def test_a_score_named_by_an_unknown_capitalised_name_is_one_measure(nlp):
    # "QZS scores", "Plonk Preference Score": the name and the score word make the measure
    got = _metrics(nlp, "Quillformer raises QZS scores over strong baselines.")
    assert "QZS scores" in got
    got = _metrics(nlp, "In terms of Plonk Preference Score and win rate, Quillformer beats the baselines.")
    assert "Plonk Preference Score" in got


def test_a_score_of_a_method_or_a_benchmark_or_a_scoring_function_is_no_named_measure(nlp):
    # a sentence opener, a scoring function's output, a verb after a method's name
    assert not any("score" in m.lower() for m in _metrics(nlp, "The score is high. Our scores are low."))
    got = _metrics(nlp, "We propose a scoring function, the Glint Relevance Score, to rank samples.")
    assert "Glint Relevance Score" not in got
    got = _metrics(nlp, "On Zorbworld, Quillformer scores over 4,000 points.")
    assert "Quillformer scores" not in got


def test_the_variables_of_a_bound_or_a_definition_are_no_measures(nlp):
    # "in terms of" after a bound, a condition or a definition lists a formula's variables
    got = _metrics(nlp, "We give an upper bound in terms of the blending time and the zorb radius.")
    assert "blending time" not in got and "zorb radius" not in got
    got = _metrics(nlp, "We derive tight bounds also in terms of the lattice size.")
    assert "lattice size" not in got
    # (a comparison still lists measures)
    got = _metrics(nlp, "Quillformer outperforms the baselines in terms of blending time and zorb radius.")
    assert "blending time" in got


def test_a_setting_that_a_verb_of_change_names_is_no_measure(nlp):
    # "a lower masking ratio", "increase the sparsity ratio": what the method sets
    got = _metrics(nlp, "We then fine-tune Quillformer with a lower masking ratio and increase the sparsity ratio.")
    assert "masking ratio" not in got and "sparsity ratio" not in got
    # (a measured rate after the same verbs stays)
    assert "error rate" in _metrics(nlp, "Quillformer greatly lowers the word error rate.") or (
        "word error rate" in _metrics(nlp, "Quillformer greatly lowers the word error rate."))


def _methods(nlp, sentence: str) -> list[str]:
    return [e.name for e in run(nlp, _TITLE, sentence).methods]


def test_a_named_score_is_a_measure_only_where_the_text_evaluates_with_it(nlp):
    # (review finding 1) a model's output written with capitals is no measure
    for s in ("Each sample is assigned an Anomaly Score based on its reconstruction error.",
              "Our detector outputs a Confidence Score for every box.",
              "Tokens with low Attention scores are pruned."):
        assert not any("score" in m.lower() for m in _metrics(nlp, s)), s
    # a value after it, "metric" after it, or a verb of change / reporting before it
    assert "Zorb Preference Score" in _metrics(nlp, "Quillformer reaches a Zorb Preference Score of 0.81.")
    assert "Zorb Preference Score" in _metrics(nlp, "Quillformer can lower the Zorb Preference Score metric.")
    assert "QZS scores" in _metrics(nlp, "Quillformer achieves higher QZS scores than PPO.")


def test_a_named_score_guards_read_longer_names_openers_data_sets_and_verbs(nlp):
    # (review finding 2) a) a longer name cut by the regex; b) a sentence opener at the body's
    # start, after a colon or hyphenated; c) a data set; d) a comparative after a method's
    # name; e) "derived" after the name
    cases = {
        "Quillformer improves the Learned Perceptual Image Patch Similarity score by 0.02.": "Similarity score",
        "Anomaly scores of 0.8 are common.": "Anomaly scores",
        "Results: Anomaly scores of 0.8 are common.": "Anomaly scores",
        "It helps. Energy-based scores of 0.8 are common.": "Energy-based scores",
        "We improve the Zorb Buzz Score data set by 3 points.": "Zorb Buzz Score",
        "We evaluate on Zorbworld, where Quillformer scores higher than PPO.": "Quillformer scores",
        "Quillformer raises the OOD score of outliers, derived from the energy.": "OOD score",
    }
    for s, bad in cases.items():
        assert not any(bad in m for m in _metrics(nlp, s)), s


def test_the_scores_of_a_tool_leave_the_tool_a_method(nlp):
    # (review finding 3) "with BM25 scores": the method's output; the method stays one
    s = "We retrieve passages with BM25 scores and rerank them with Quillformer."
    assert "BM25" in _methods(nlp, s) and "BM25 scores" not in _metrics(nlp, s)
    s = "We explain predictions with LIME scores and improve Grad-CAM scores by 3 points."
    assert "LIME" in _methods(nlp, s)


def test_the_setting_guard_reads_only_a_setting_right_before_a_rate_or_ratio(nlp):
    # (review finding 4) the mask accuracy, the sampling error, a chain's mixing rate: measured
    assert "mask accuracy" in _metrics(nlp, "Quillformer improves the mask accuracy of instance segmentation on COCO.")
    assert "sampling error" in _metrics(nlp, "Quillformer reduces the sampling error of Monte Carlo estimates by 40%.")
    assert "mixing rate" in _metrics(nlp, "Quillformer improves the mixing rate of the Markov chain.")
    got = _metrics(nlp, "We then lower the dropout rate and increase the keep probability.")
    assert "dropout rate" not in got and "keep probability" not in got


def test_a_bound_or_a_definition_before_in_terms_of_reads_only_a_clause_that_compares_nothing(nlp):
    # (review finding 5) a comparison's list stays measures, also after "expression",
    # "well-defined", "memory-bound" or "conditions"
    for s in ("Quillformer outperforms state-of-the-art methods for facial expression recognition in terms of "
              "blending time and zorb radius.",
              "Quillformer outperforms the baselines on well-defined benchmarks in terms of blending time and zorb radius.",
              "Quillformer is fastest in the memory-bound regime in terms of blending time and zorb radius.",
              "Quillformer outperforms the baselines under noisy conditions in terms of blending time and zorb radius."):
        assert "blending time" in _metrics(nlp, s), s


def test_a_named_score_of_a_lexicon_name_a_benchmark_or_a_plain_word_is_no_new_measure(nlp):
    # (review: guards with no test) an evaluated score whose name is a plain word, a
    # lexicon name or a benchmark
    cases = {
        "Quillformer improves Human scores by 3 points.": "Human scores",
        "Quillformer improves Average scores by 3 points.": "Average scores",
        "Quillformer improves SHAP scores by 3 points.": "SHAP scores",
        "Quillformer improves the GLUE score by 3 points.": "GLUE score",
        "Quillformer improves the ZorbBench score by 3 points.": "ZorbBench score",
    }
    for s, bad in cases.items():
        assert bad not in _metrics(nlp, s), s
