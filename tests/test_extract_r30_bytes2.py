"""Round 30 (bytes2): the last faults of sizes in bytes found by the round's review: a name a
model is trained or evaluated "on" is data, not a device; a size before a hardware noun is
hardware; a second size coordinated after a named measure is the model's too; the subject of a
contrasting "while" clause owns its number (the method names are invented)."""

from __future__ import annotations

import pytest
from extract_helpers import zorb_results

def _results(nlp, sentence):
    return zorb_results(nlp, sentence, "value_text", "metric", "method")


@pytest.mark.parametrize(
    "sentence",
    [
        "ZorbNet fine-tuned on Zorb Instruct with 10GB of GPU memory.",
        "ZorbNet is pre-trained on Zorb Web with less than 10GB of memory.",
        "ZorbNet is evaluated on Zorb Bench with 10GB of GPU memory.",
    ],
)
def test_a_name_a_model_is_trained_or_evaluated_on_is_data_not_a_device(nlp, sentence):
    assert _results(nlp, sentence) == [("10GB", "memory", "ZorbNet")]


@pytest.mark.parametrize(
    "sentence",
    [
        # (a device keeps its article, and a verb of running is no training)
        "ZorbNet is evaluated on a Jetson Nano with 4GB of memory.",
        "ZorbNet is trained on a Raspberry Pi with 8GB of RAM.",
        "ZorbNet runs on Zorb Cloud with 10GB of memory.",
    ],
)
def test_a_device_a_model_is_evaluated_on_still_holds_its_memory(nlp, sentence):
    assert _results(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We move the model from 16GB GPUs to 80GB GPUs.",
        "We port the model from 16 GB V100 cards to 80 GB A100 cards.",
        "ZorbNet moves the model from 8GB RAM modules to 4GB RAM modules.",
    ],
)
def test_a_size_before_a_hardware_noun_is_hardware(nlp, sentence):
    assert _results(nlp, sentence) == []


def test_a_size_before_a_hardware_noun_s_memory_is_still_the_model_s(nlp):
    assert _results(nlp, "ZorbNet needs 10GB GPU memory.") == [("10GB", "memory", "ZorbNet")]
    assert _results(nlp, "ZorbNet compresses the model to 12MB on device.") == [("12MB", "model size", "ZorbNet")]


@pytest.mark.parametrize(
    "sentence,first,second",
    [
        ("ZorbNet needs only 2 TiB of storage and 12 MiB of memory.", ("2 TiB", "storage"), ("12 MiB", "memory")),
        ("ZorbNet needs 1,024 MB of storage, and 12 MiB of GPU memory.", ("1,024 MB", "storage"), ("12 MiB", "memory")),
        ("ZorbNet has 0.65MB parameters and 12 MiB of memory.", ("0.65MB", "model size"), ("12 MiB", "memory")),
    ],
)
def test_a_second_size_coordinated_after_a_named_measure_is_the_model_s(nlp, sentence, first, second):
    assert _results(nlp, sentence) == [(*first, "ZorbNet"), (*second, "ZorbNet")]


def test_a_second_size_after_data_s_size_is_no_model_s(nlp):
    assert _results(nlp, "The training set is 2 TB of storage and 12 MiB of memory.") == []


@pytest.mark.parametrize(
    "sentence,owner",
    [
        ("ZorbNet needs 12MB of memory, while BERT needs 240MB.", "BERT"),
        ("ZorbNet needs 12MB of memory, whereas BERT needs 240MB of memory.", "BERT"),
        ("ZorbNet needs 12MB of memory, while Zorbert only needs 240MB of memory.", "(baseline)"),
    ],
)
def test_the_subject_of_a_contrasting_clause_owns_its_size(nlp, sentence, owner):
    assert _results(nlp, sentence)[1] == ("240MB", "memory", owner)


@pytest.mark.parametrize(
    "sentence,owner",
    [
        # (the paper's own variant, or "it", stays the paper's; a noun is no subject name)
        ("ZorbNet needs 12MB of memory, while ZorbNet-L needs 240MB.", "ZorbNet-L"),
        ("ZorbNet needs 12MB of memory, while it needs 240MB during training.", "ZorbNet"),
        ("ZorbNet needs 12MB of memory, while GPU memory drops to 240MB.", "ZorbNet"),
    ],
)
def test_a_contrasting_clause_of_the_paper_s_own_keeps_its_size(nlp, sentence, owner):
    assert _results(nlp, sentence)[1][2] == owner
