"""Round 14 review mend (methods): what the new method rules took that is no method."""

from __future__ import annotations

from extract_helpers import name_set, run


def test_a_coined_measure_stays_a_metric(nlp):
    # the coined-clause rule ("we propose LONG (SHORT), which ...") came before the metric head
    ex = run(nlp, "Zorbic Errors",
             "We propose Relative Zorbic Error (RZE), which measures how far the predictions "
             "drift from the labels.")  # fmt: skip
    assert "Relative Zorbic Error (RZE)" in name_set(ex.metrics)
    assert not name_set(ex.methods)
    ex = run(nlp, "Quux Alignment",
             "We introduce Normalized Quux Alignment Score (NQAS), a simple score that rewards "
             "aligned outputs.")  # fmt: skip
    assert "Normalized Quux Alignment Score (NQAS)" in name_set(ex.metrics)
    # an apposed measure word is no method clause either, whatever the long form's head
    ex = run(nlp, "Quux Alignment",
             "We introduce zorbic quux alignment detection (ZQAD), a simple score that rewards "
             "aligned outputs.")  # fmt: skip
    assert not any("ZQAD" in n for n in name_set(ex.methods))
    # ... but a coined name apposed to what it is stays a method, whatever its head
    ex = run(nlp, "Zorbic Losses",
             "We propose average Zorbic-Recall-Precision (aZRP), a unified, bounded and "
             "ranking-based loss function for object detection.")  # fmt: skip
    assert "average Zorbic-Recall-Precision (aZRP)" in name_set(ex.methods)


def test_a_coined_task_defined_by_its_aim_stays_a_task(nlp):
    ex = run(nlp, "Zorbing Videos",
             "In this paper, we introduce zero-shot video object detection (ZVOD), which aims "
             "to detect objects of unseen classes in videos.")  # fmt: skip
    assert "zero-shot video object detection (ZVOD)" in name_set(ex.tasks)
    assert not name_set(ex.methods)
    # more than four words before "task"
    ex = run(nlp, "Zorbing Videos",
             "We introduce zorbic video segmentation (ZVS), a challenging new video understanding "
             "and segmentation task with dense labels.")  # fmt: skip
    assert not any("ZVS" in n for n in name_set(ex.methods))


def test_a_kind_after_a_preposition_is_a_scene_not_the_names_apposition(nlp):
    # "In the model, LONG (SHORT)": no "a simple model, LONG (SHORT)"
    ex = run(nlp, "Zorbing Networks", "In the model, quality of service (QoS) is guaranteed for every user.")
    assert not name_set(ex.methods)
    ex = run(nlp, "Zorbing Records", "Using this model, electronic health record (EHR) data were analysed.")
    assert not name_set(ex.methods)
    ex = run(nlp, "Zorbing Networks",
             "For our framework, quality of service (QoS) is a constraint. A deep network "
             "localizes items with 91.2% accuracy.")  # fmt: skip
    assert not name_set(ex.methods)
    assert all(r.method != "quality of service (QoS)" for r in ex.results)


def test_an_acronym_of_data_or_infrastructure_that_wins_is_no_method(nlp):
    # "(SDN) traces", "(ZHI) data": what the work reads; it "achieves" or is compared with
    ex = run(nlp, "Zorbing Congestion",
             "We collect software defined networking (SDN) traces. SDN achieves lower latency "
             "than legacy routing, and our network predicts congestion with 93% accuracy.")  # fmt: skip
    assert not name_set(ex.methods)
    assert all(r.method != "SDN" for r in ex.results)
    ex = run(nlp, "Zorbing Images",
             "We record zorbic hyperspectral imaging (ZHI) data. Our network reaches 91.2% "
             "accuracy compared with ZHI.")  # fmt: skip
    assert not name_set(ex.methods)
    # "yields", "demonstrates" are no wins
    ex = run(nlp, "Zorbing Images",
             "We study zorbic hyperspectral imaging (ZHI). ZHI yields richer features than RGB, "
             "and our network reaches 91.2% accuracy.")  # fmt: skip
    assert not name_set(ex.methods)
    assert all(r.method != "ZHI" for r in ex.results)


def test_the_papers_own_dataset_that_wins_over_prior_data_stays_a_dataset(nlp):
    ex = run(nlp, "Zorbing Visual Reasoning",
             "We introduce ZorbBench, a new benchmark for visual reasoning. ZorbBench surpasses "
             "existing benchmarks in size and diversity. GPT-4 reaches 41.2% accuracy on "
             "ZorbBench.")  # fmt: skip
    assert "ZorbBench" in name_set(ex.datasets)
    assert "ZorbBench" not in name_set(ex.methods)
    assert {r.dataset for r in ex.results} == {"ZorbBench"}
    ex = run(nlp, "Zorbing Questions",
             "We present ZorbQA, a dataset of 10k questions. ZorbQA achieves broader coverage "
             "than prior datasets.")  # fmt: skip
    assert "ZorbQA" in name_set(ex.datasets)
    assert "ZorbQA" not in name_set(ex.methods)


def test_a_definition_coined_or_built_in_the_past_tense_is_a_method(nlp):
    # "we built" (the comment on _COIN_VERBS says present or past) and "we introduced LONG
    # (SHORT), which ..." as in the present
    ex = run(nlp, "Zorbing Sensors", "We built zorbic gradient suppression (ZGS) for network training.")
    assert "zorbic gradient suppression (ZGS)" in name_set(ex.methods)
    ex = run(nlp, "Zorbing Videos", "We introduced zorbic video detection (ZVD), which filters frames.")
    assert "zorbic video detection (ZVD)" in name_set(ex.methods)


def test_whole_occurrences_of_an_empty_word_is_nothing():
    from kg.extract.mentions import whole_occurrences

    assert whole_occurrences("a b", "") == []
    assert whole_occurrences("", "") == []


def test_the_mends_keep_methods_found_in_the_corpus(nlp):
    # a method named like data ("...QA") that wins over models, not data (ChatKBQA, EntQA)
    ex = run(nlp, "ZorbKBQA: A Framework for Knowledge Base Question Answering",
             "We introduce ZorbKBQA, a novel generate-then-retrieve framework. Experimental "
             "results reveal that ZorbKBQA achieves new state-of-the-art performance on "
             "standard benchmarks.")  # fmt: skip
    assert "ZorbKBQA" not in name_set(ex.datasets)
    # a preposition inside the sentence sets no scene (ESPNet's "efficient spatial pyramid")
    ex = run(nlp, "ZorbNet: Efficient Quux Convolutions",
             "ZorbNet is based on a new convolutional module, efficient zorbic pyramid (EZP), "
             "which is efficient in terms of computation.")  # fmt: skip
    assert "efficient zorbic pyramid (EZP)" in name_set(ex.methods)
    # "X data augmentation" is a method of augmenting data, not data (CutMix, SpecAugment)
    ex = run(nlp, "Zorbing Discriminators",
             "We propose a consistency regularization technique based on the ZorbMix data "
             "augmentation, encouraging the discriminator to focus on changes.")  # fmt: skip
    assert "ZorbMix" in name_set(ex.methods)
