"""Round 16, speed (second pass): the gates keep what they gate (invented sentences)."""

from kg.extract.mentions import _codes_after_scores


def _codes(text: str) -> list[str]:
    return [text[c.start : c.end] for c in _codes_after_scores(text, 0)]


def test_a_code_after_a_percentage_or_a_decimal_score_is_still_read():
    assert _codes("Our tracker reaches 41.3% QVTA on the street set.") == ["QVTA"]
    assert _codes("The detector gets 0.64 MQS on the benchmark.") == ["MQS"]


def test_a_text_without_percent_or_decimal_point_reads_no_code():
    # the gate: no "%" and no decimal point, nothing to scan for
    assert _codes("We train 12 models on 3 GPUs and report 7 QVTA scores.") == []
