"""Round 31 review (methods and binding): invented sentences the round's new rules read wrong."""

from extract_helpers import names, run, zorb_results


def _methods(nlp, abstract: str) -> list[str]:
    return names(run(nlp, "A study", abstract).methods)


def test_what_a_technique_causes_is_no_means_of_the_work(nlp):
    # "by" after a participle of cause names what brings a cost, not the work's means
    for verb in ("invoked", "implied", "induced", "introduced", "incurred", "imposed", "limited"):
        got = _methods(nlp, f"The delay {verb} by zorbic token merging is avoided by glimmer token propagation.")
        assert "glimmer token propagation" in got, verb
        assert "zorbic token merging" not in got, (verb, got)


def test_how_much_or_how_wisely_is_no_technique(nlp):
    got = _methods(nlp, "Labels are corrected with slight adjustment, the drift with minor adjustment and the "
                        "radios through a judicious channel assignment, making efficient use of the "
                        "available parallelism. Boxes are refined by zorbic coordinate regression.")
    assert "zorbic coordinate regression" in got
    assert not any(m.endswith(("adjustment", "assignment", "parallelism")) for m in got), got


def test_a_noun_of_change_after_a_scored_percentage_is_no_measure(nlp):
    for word in ("advantage", "acceleration", "degradation", "enhancement"):
        got = zorb_results(nlp, f"ZorbNet achieves a 4% {word} on QuillBench.", "value_text", "metric")
        assert ("4%", word) not in got, got
    # (a word of measure stays: "achieves 85% utilization on")
    assert ("85%", "utilization") in zorb_results(nlp, "ZorbNet reaches 85% utilization on A100 GPUs.",
                                                  "value_text", "metric")


def test_a_technique_ends_before_any_adverb(nlp):
    # (round 31 listed four adverbs: "significantly", "effectively", ...; any -ly adverb ends it)
    for adverb in ("consistently", "greatly", "dramatically"):
        got = _methods(nlp, f"Readers using quill label-wise attention {adverb} improve recall.")
        assert "quill label-wise attention" in got, adverb
