"""Round 34 (metrics): measures the extractor read only in part or not at all: a measure code
after a hyphenated qualifier ("frame-mAP"), the noun "speedup" without a number, a mean or
average naming an error or rate whole, and the items of a "metrics such as" list."""

from extract_helpers import names, run


def _metrics(nlp, abstract: str) -> list[str]:
    return names(run(nlp, "Zorbnet: Better Zorbing", "We propose Zorbnet for quorb detection. " + abstract).metrics)


def test_a_measure_code_after_a_hyphenated_qualifier(nlp):
    got = _metrics(nlp, "Zorbnet outperforms prior quorb detectors for clip-mAP and tube-mAP on the Zorb-50 benchmark.")
    assert "clip-mAP" in got and "tube-mAP" in got
    got = _metrics(nlp, "Zorbnet reaches 45.1 zorb-AP and a weighted-F1-score of 0.61 on Zorb-50.")
    assert "zorb-AP" in got and "weighted-F1-score" in got


def test_a_hyphenated_code_that_names_a_loss_or_a_model_is_no_measure(nlp):
    got = _metrics(nlp, "We introduce Quorb-AP, a differentiable objective function. Quorb-AP improves "
                        "recall on Zorb-50. We compare with Zorbseek-R1 and KD-Loss.")
    assert not any(m in got for m in ("Quorb-AP", "Zorbseek-R1", "KD-Loss"))


def test_the_noun_speedup_without_a_number(nlp):
    assert "speedup" in _metrics(nlp, "Moreover, the parallel zorb solver provides good speedup on multicore processors.")
    assert "speedup" in _metrics(nlp, "We find a significant speedup over comparable quorb implementations.")


def test_the_verb_speedup_or_a_scaling_kind_is_no_measure(nlp):
    for s in ("We use a quorb cache to substantially speedup the search phase.",
              "We introduce a zorb library to speed-up the process on multi-core CPUs.",
              "Known speedup techniques for quorb graphs do not apply.",
              "It trains large zorb models with super-linear speedup on 400 GPUs."):
        assert "speedup" not in " ".join(_metrics(nlp, s)).lower().replace("speed-up", "speedup"), s


def test_a_speedup_in_a_named_measure_is_that_measure(nlp):
    got = _metrics(nlp, "Zorbnet gives a 1.3x speedup in throughput on quorb tasks.")
    assert "throughput" in got and "speedup" not in got


def test_a_mean_or_average_names_an_error_or_rate_whole(nlp):
    assert "mean per-joint zorb error" in _metrics(nlp, "Zorbnet reduces the mean per-joint zorb error by 25% on Zorb-50.")
    assert "mean 3D quorb error" in _metrics(nlp, "Zorbnet can reduce mean 3D quorb error by 25% on Zorb-50.")
    assert "average quorb miss rate" in _metrics(nlp, "Zorbnet decreases the average quorb miss rate by 4.4%.")
    # a long form spelled out for its acronym keeps its own extent
    got = _metrics(nlp, "Zorbnet returns an average Quorb Registration Error (QRE) of 0.83 mm.")
    assert not any(m.startswith("average") for m in got)


def test_every_item_of_a_metrics_such_as_list(nlp):
    got = _metrics(nlp, "Simulations show that our algorithms outperform the alternative algorithms in multiple "
                        "metrics such as zorb utility, power consumption, and convergence speed.")
    assert "power consumption" in got and "convergence speed" in got
    got = _metrics(nlp, "We evaluate Zorbnet with metrics including coverage, diversity and novelty.")
    assert {"coverage", "diversity", "novelty"} <= set(got)
