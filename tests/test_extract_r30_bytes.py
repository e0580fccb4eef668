"""Round 30 (bytes): a size in bytes keeps its unit as written, is read in terabytes and
tebibytes, is no model's cost when a device named without digits holds it, and both ends of a
change "from" one size "to" another are sizes of the measure named before them (the method
names are invented)."""

from __future__ import annotations

import pytest
from extract_helpers import zorb_results

def _results(nlp, sentence):
    return zorb_results(nlp, sentence, "value_text", "unit", "metric", "method")


@pytest.mark.parametrize(
    "sentence,value_text,unit",
    [
        ("Moreover, ZorbNet is only 36.9 kB, the tiniest face detector we know of.", "36.9 kB", "KB"),
        ("ZorbNet-lite has only 0.65MB parameters and stays competitive.", "0.65MB", "MB"),
        ("ZorbNet needs 3 gigabytes of memory at inference.", "3 gigabytes", "GB"),
    ],
)
def test_a_size_in_bytes_keeps_its_unit_as_written(nlp, sentence, value_text, unit):
    assert (value_text, unit) in [r[:2] for r in _results(nlp, sentence)]


@pytest.mark.parametrize(
    "sentence,value_text,unit",
    [
        ("ZorbNet needs 2 TiB of memory at inference.", "2 TiB", "TiB"),
        ("ZorbNet needs 2 terabytes of storage.", "2 terabytes", "TB"),
        ("ZorbNet needs 1.5 tebibytes of storage.", "1.5 tebibytes", "TiB"),
        ("ZorbNet needs 1.5 mebibytes of storage.", "1.5 mebibytes", "MiB"),
    ],
)
def test_terabytes_and_binary_units_are_read(nlp, sentence, value_text, unit):
    assert [r[:2] for r in _results(nlp, sentence)] == [(value_text, unit)]


def test_a_tebibyte_is_written_with_its_qudt_unit():
    from kg.rdf import BYTES_IN_UNIT, UNIT_OF_BYTES

    assert UNIT_OF_BYTES["TiB"].value.endswith("unit/TebiBYTE") and BYTES_IN_UNIT[UNIT_OF_BYTES["TiB"]] == 2**40


@pytest.mark.parametrize(
    "sentence",
    [
        "ZorbNet runs on a Jetson Nano with 4GB of memory.",
        "ZorbNet can be deployed on a Raspberry Pi with 8 GB RAM.",
        "ZorbNet runs on commodity hardware with 16 GB of RAM.",
        "ZorbNet runs on a Jetson Nano with 4GB RAM at 30 FPS.",
        "On a Raspberry Pi with 8GB of RAM, ZorbNet runs at 30 FPS.",
    ],
)
def test_the_memory_of_a_device_named_without_digits_is_no_cost_of_the_model(nlp, sentence):
    assert [r for r in _results(nlp, sentence) if r[1]] == []


def test_the_model_s_own_memory_still_counts_beside_a_device_or_a_dataset(nlp):
    # (guards, each right before but for the unit of the value as written; a dataset the text knows is no device, nor is a sentence without "on")
    assert _results(nlp, "ZorbNet trains on ImageNet with less than 10GB of memory.") == [("10GB", "GB", "memory", "ZorbNet")]
    assert _results(nlp, "ZorbNet trains with less than 10GB of memory.") == [("10GB", "GB", "memory", "ZorbNet")]
    assert _results(nlp, "ZorbNet runs on an edge GPU with 16GB of memory.") == []
    assert _results(nlp, "ZorbNet runs on a Jetson Nano with 4GB.") == []
    # (the size of a store of data: the change's measure is named, its owner is no model)
    assert _results(nlp, "ZorbNet reduces the index size from 20 GB to 9 GB.") == []


@pytest.mark.parametrize(
    "sentence,first,second,metric",
    [
        ("ZorbNet reduces the memory cost from 65GB to 2GB.", "65GB", "2GB", "memory"),
        ("ZorbNet shrinks the model from 240MB to 12MB.", "240MB", "12MB", "model size"),
        ("ZorbNet compresses the model from 240MB to only 12MB.", "240MB", "12MB", "model size"),
        ("ZorbNet reduces the storage from 2 TB to 300 GB.", "2 TB", "300 GB", "storage"),
        ("ZorbNet reduces RAM usage from 20 GB to 9 GB.", "20 GB", "9 GB", "memory"),
        ("ZorbNet reduces the model size from 240MB to just 12MB.", "240MB", "12MB", "model size"),
    ],
)
def test_both_ends_of_a_change_in_bytes_are_sizes_of_the_measure_named_before(nlp, sentence, first, second, metric):
    # (as "improves accuracy from 71.2% to 75.3%": the first end is the baseline's, the second the paper's)
    got = _results(nlp, sentence)
    assert [(v, m, owner) for v, _, m, owner in got] == [(first, metric, "(baseline)"), (second, metric, "ZorbNet")]


def test_storage_is_a_cost_where_less_is_better():
    from kg.extract import metric_higher_is_better
    from kg.leaderboard import measure_role

    assert metric_higher_is_better("storage") is False and measure_role("storage") == "cost"
