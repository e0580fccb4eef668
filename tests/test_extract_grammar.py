"""Grammar rules of the extractor: coordinated task modifiers, listed tasks, metric
qualifiers, acronyms followed by a method head, coordinated proposed techniques."""

from __future__ import annotations

import pytest
from extract_helpers import name_set, run


def test_coordinated_modifiers_share_the_task_head(nlp):
    ex = run(nlp, "A study", "Models perform spatial and temporal reasoning tasks well.")
    assert {"spatial reasoning", "temporal reasoning"} <= name_set(ex.tasks)


def test_items_listed_after_tasks_of_are_tasks(nlp):
    ex = run(nlp, "FooNet", "We evaluate FooNet on two tasks of program repair and code translation.")
    assert {"program repair", "code translation"} <= name_set(ex.tasks)


def test_near_duplicate_tasks_are_listed_once(nlp):
    ex = run(nlp, "FooNet: Video Object Segmentation on Phones",
             "FooNet improves video segmentation tasks and video object segmentation.")  # fmt: skip
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert not {"video segmentation", "video object segmentation"} <= tasks


def test_metric_qualifier_is_kept(nlp):
    ex = run(nlp, "FooNet", "FooNet gains 3.1% in weighted average accuracy and 2.1 in macro F1.")
    assert "weighted average accuracy" in name_set(ex.metrics)


def test_acronym_followed_by_a_method_head(nlp):
    ex = run(nlp, "FooNet", "We propose a local-window gated (LWG) attention to speed it up.")
    assert "local-window gated (LWG) attention" in name_set(ex.methods)


def test_coordinated_proposed_techniques(nlp):
    ex = run(nlp, "CO3", "We further propose the delayed update penalty and inner gradient "
             "clipping techniques together with CO3.")  # fmt: skip
    assert {"delayed update penalty", "inner gradient clipping"} <= name_set(ex.methods)


def test_title_prefix_headed_by_a_task_noun_is_a_task(nlp):
    ex = run(nlp, "Careful Data Annotation: Empowering Agents", "We study agents.")
    assert "careful data annotation" in {t.lower() for t in name_set(ex.tasks)}
    assert "Careful Data Annotation" not in name_set(ex.methods)


def _conf(ex, name: str) -> float:
    return next(m.confidence for m in ex.methods if m.name == name)


def test_eponym_with_a_technique_head_is_a_method(nlp):
    ex = run(nlp, "FooNet", "We speed it up with Zorbel's trick, unlike Google's method.")
    assert "Zorbel's trick" in name_set(ex.methods)
    assert not any("Google" in n for n in name_set(ex.methods))
    assert _conf(ex, "Zorbel's trick") < 0.8


def test_items_listed_after_a_technique_word_are_methods(nlp):
    ex = run(nlp, "FooNet", "We introduce two techniques to cut the cost of the search: "
             "frond batching and query folding. It also uses frond networks and quill tasks.")  # fmt: skip
    assert {"frond batching", "query folding"} <= name_set(ex.methods)
    assert all(_conf(ex, n) < 0.8 for n in ("frond batching", "query folding"))


def test_list_with_a_known_technique_holds_techniques(nlp):
    ex = run(nlp, "FooNet", "FooNet scales to many chips along five axes, including data "
             "parallelism, shard-level model parallelism, and rematerialization.")  # fmt: skip
    assert {"shard-level model parallelism", "rematerialization"} <= name_set(ex.methods)


def test_plural_families_and_properties_in_technique_lists_are_not_methods(nlp):
    ex = run(nlp, "FooNet", "It relies on techniques such as frond networks, expressive "
             "power and quill pruning.")  # fmt: skip
    assert "quill pruning" in name_set(ex.methods)
    assert not {"frond networks", "expressive power"} & name_set(ex.methods)


def test_numbered_items_after_a_method_word_are_methods(nlp):
    ex = run(nlp, "A study", "We evaluate three methods: (1) Quill, (2) a Ferrous model, "
             "and (3) a Brindle approach that mixes them.")  # fmt: skip
    assert {"Quill", "Ferrous model", "Brindle approach"} <= name_set(ex.methods)
    ex = run(nlp, "A study", "We show that (1) Quill helps and (2) Ferrous hurts.")
    assert not {"Quill", "Ferrous"} & name_set(ex.methods)


def test_quoted_phrase_with_a_technique_head_is_a_method(nlp):
    ex = run(nlp, "A study", 'The model relies on specialised "zig-zag heads" and "good" data.')
    assert "zig-zag heads" in name_set(ex.methods)
    assert "good" not in name_set(ex.methods)


def test_task_in_apposition_to_task_word(nlp):
    ex = run(nlp, "A Study of Things", "We focus on a typical arithmetic task, frond "
             "multiplication, to explain the failures of transformers.")  # fmt: skip
    assert "frond multiplication" in name_set(ex.tasks)
    ex = run(nlp, "A Study of Things", "This remains a challenging task, owing to noise.")
    assert "owing" not in name_set(ex.tasks)


def test_items_after_tasks_and_a_colon_are_tasks(nlp):
    ex = run(nlp, "A Study of Things", "Frond systems are split into three main tasks: "
             "perception, quill recognition, and brindle planning.")  # fmt: skip
    assert {"perception", "quill recognition"} <= name_set(ex.tasks)


def test_known_method_before_based_is_not_swallowed_by_a_task_phrase(nlp):
    ex = run(nlp, "FooNet", "We then apply genetic algorithm-based search to find quill models.")
    assert "genetic algorithm" in name_set(ex.methods)
    assert "genetic algorithm-based search" not in name_set(ex.tasks)


def test_aim_verb_phrase_is_named_by_its_noun(nlp):
    ex = run(nlp, "FooNet", "We propose FooNet, a framework for detecting widgets in aerial photos.")
    assert "widget detection" in name_set(ex.tasks)
    ex = run(nlp, "FooNet", "In this work we study answering riddles with small models.")
    assert "riddle answering" in name_set(ex.tasks)


def test_verb_phrase_without_a_plain_object_gives_no_task(nlp):
    ex = run(nlp, "FooNet", "We propose a framework for generating descriptions of photos. "
             "It also offers a tool for evaluating the quality of answers.")  # fmt: skip
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "description generation" not in tasks and "quality evaluation" not in tasks


def test_title_gerund_with_its_object_becomes_a_task(nlp):
    ex = run(nlp, "Evaluating Chat Agents on Long Chores", "We test agents.")
    assert "chat agent evaluation" in {t.lower() for t in name_set(ex.tasks)}
    ex = run(nlp, "Merging Adapters without Retraining", "We merge adapters.")
    assert "adapter merging" in {t.lower() for t in name_set(ex.tasks)}
    ex = run(nlp, "Scaling Laws for Widget Sorting", "We fit laws.")
    assert "law scaling" not in {t.lower() for t in name_set(ex.tasks)}


def test_task_used_as_a_means_is_not_the_papers_task(nlp):
    ex = run(nlp, "FooNet", "FooNet improves graph colour prediction on three benchmarks. "
             "Its planner is trained via reinforcement learning and a meta-learning based "
             "warm start.")  # fmt: skip
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "graph colour prediction" in tasks
    assert "reinforcement learning" not in tasks and "meta-learning" not in tasks


def test_title_task_before_for_a_task_is_the_means(nlp):
    ex = run(nlp, "Zorbit: Tensor Sketching for Graph Anomaly Detection",
             "Graphs are everywhere. We study how to find odd nodes in graphs.")  # fmt: skip
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "graph anomaly detection" in tasks
    assert "tensor sketching" not in tasks


def test_task_phrase_before_skills_or_after_benchmarks_including(nlp):
    ex = run(nlp, "FooBot", "With a tactile glove, FooBot can learn bimanual rope manipulation "
             "skills in a day.")  # fmt: skip
    assert "bimanual rope manipulation" in name_set(ex.tasks)
    ex = run(nlp, "FooNet", "FooNet is a small network. We test it on several tracking "
             "benchmarks including night-time pedestrian tracking and pose estimation.")  # fmt: skip
    assert {"night-time pedestrian tracking", "pose estimation"} <= name_set(ex.tasks)


def test_task_phrase_modifying_a_noun_is_not_the_papers_task(nlp):
    ex = run(nlp, "FooNet", "FooNet sorts widgets. We relate it to federated learning, active "
             "learning and continual learning research.")  # fmt: skip
    conf = {m.name.lower(): m.confidence for m in ex.tasks}
    for t in ("federated learning", "active learning", "continual learning"):
        assert conf.get(t, 0) < 0.5


@pytest.mark.parametrize(("title", "abstract", "task", "not_task"), [
    # after "via": the means
    ("Zorbit: Sketch Retrieval via Caption Generation", "Sketches are everywhere. We find similar sketches.",
     "sketch retrieval", "caption generation"),
    # after "from": the input
    ("Zorbit: Melody Generation from Crowd Annotation", "Tunes are everywhere. We write new tunes.",
     "melody generation", "crowd annotation"),
])  # fmt: skip
def test_title_chunk_after_via_or_from_is_not_the_task(nlp, title, abstract, task, not_task):
    conf = {m.name.lower(): m.confidence for m in run(nlp, title, abstract).tasks}
    assert task in conf
    assert conf.get(not_task, 0) < 0.5


def test_title_task_phrase_modifying_a_noun_is_not_the_task(nlp):
    ex = run(nlp, "Zorbit: Sparse Attention for Compact Planning Language Models",
             "Robots need plans. We shrink the models that write them.")  # fmt: skip
    conf = {m.name.lower(): m.confidence for m in ex.tasks}
    assert conf.get("compact planning", 0) < 0.5 and conf.get("planning", 0) < 0.5


def test_title_infinitive_of_a_task_verb_is_named_by_its_noun(nlp):
    ex = run(nlp, "Zorbit: Learning to Solve Vehicle Routing Problems with Graphs",
             "Trucks need routes. We plan them.")  # fmt: skip
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "vehicle routing problem solving" in tasks
    ex = run(nlp, "Teaching Drones to Detect Birds at Dusk", "Birds are small. We find them.")
    assert "bird detection" in {t.lower() for t in name_set(ex.tasks)}


def test_a_task_and_a_more_specific_form_with_the_same_head_are_listed_once(nlp):
    ex = run(nlp, "FooSeg: 3D Point Cloud Instance Segmentation With Point Grouping",
             "Instance segmentation of point clouds is hard. FooSeg improves 3D point cloud "
             "instance segmentation on two benchmarks.")  # fmt: skip
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "3d point cloud instance segmentation" in tasks and "instance segmentation" not in tasks


def test_a_task_and_its_undefined_initialism_are_listed_once(nlp):
    ex = run(nlp, "OOD Detection by Watermarking",
             "Watermarking reprograms a model for out-of-distribution detection.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "ood detection" in tasks and "out-of-distribution detection" not in tasks


def test_an_acronym_inside_a_task_phrase_is_left_out_of_its_name(nlp):
    ex = run(nlp, "FooDiff: Faster Sampling for Diffusion",
             "FooDiff is a text-to-image (T2I) generation model that samples in four steps.")
    assert "text-to-image generation" in name_set(ex.tasks)


@pytest.mark.parametrize(("title", "task"), [
    ("Towards Exact Computation of Matrix Permanents", "matrix permanent computation"),
    ("Fast Detection of Road Cracks", "road crack detection"),
    ("Unsupervised Semantic Segmentation of Urban Scenes", "unsupervised semantic segmentation"),
])  # fmt: skip
def test_title_action_noun_of_an_object_is_named_object_first(nlp, title, task):
    ex = run(nlp, title, "We give a new algorithm and prove its running time.")
    assert task in {t.lower() for t in name_set(ex.tasks)}


def test_title_chunk_spelling_out_the_title_name_is_not_a_task(nlp):
    ex = run(nlp, "SARA: Sparse Attention Routing Adaptation for Vision Transformers",
             "We propose SARA. It improves image classification on ImageNet.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "sparse attention routing adaptation" not in tasks and "image classification" in tasks


def test_a_phrase_headed_by_problems_is_weaker_than_a_task_noun():
    from kg.extract.mentions import task_score

    assert task_score("grade school math problems", False) < task_score("grade school math reasoning", False)
    assert task_score("math word problems", False, lexicon=True) >= 0.5  # a known task stays


def test_a_weak_measure_word_does_not_take_a_number_bound_to_another_measure(nlp):
    ex = run(nlp, "FooJudge: Judging Stories",
             "We run a human evaluation and find that FooJudge verdicts are 91.2% accurate.")
    assert "human evaluation" not in {m.lower() for m in name_set(ex.metrics)}
    assert "accuracy" in name_set(ex.metrics)


def test_a_known_technique_in_the_title_is_also_a_task(nlp):
    # (not after "via": "Bird Song Tagging via Knowledge Distillation" names its means,
    # see test_extract_r4_tasks2.py)
    ex = run(nlp, "Efficient Knowledge Distillation of Vision Transformers",
             "We distil a large Vision Transformer into a small CNN for tagging bird songs.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "knowledge distillation" in tasks and "knowledge distillation" in {m.lower() for m in name_set(ex.methods)}
    assert "vision transformer" not in tasks


def test_a_cost_without_a_number_is_not_a_measure_unless_named_as_a_dimension(nlp):
    ex = run(nlp, "FooNet: Small Models for Parsing",
             "FooNet matches larger parsers at a much lower computational cost.")
    assert not {m for m in name_set(ex.metrics) if "cost" in m.lower()}
    ex = run(nlp, "FooNet: Small Models for Parsing",
             "FooNet is better than larger parsers in terms of cost.")
    assert "cost" in {m.lower() for m in name_set(ex.metrics)}


def test_a_number_before_modified_count_nouns_is_a_count(nlp):
    ex = run(nlp, "FooScore: A Metric for Summaries",
             "We measure its correlation with human ratings on 5 held-out datasets.")
    assert [r.value for r in ex.results] == []


def test_numbers_inside_a_big_o_bound_are_not_results(nlp):
    ex = run(nlp, "Faster Sorting of Small Integers",
             "We give an O(n (log n)^1/2) running time algorithm, beating the O(n log n) bound.")
    assert [r.value for r in ex.results] == []
    assert "running time" in name_set(ex.metrics)


def test_the_problem_a_paper_studies_is_its_task(nlp):
    ex = run(nlp, "Faster Algorithms for Minimum Vertex Cover",
             "We study the classic Minimum Vertex Cover problem on sparse graphs. We also study "
             "the same problem on dense graphs.")  # fmt: skip
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "minimum vertex cover" in tasks and "same" not in tasks
    assert "Minimum Vertex Cover" not in name_set(ex.methods)  # the title's name is the problem


def test_twice_as_fast_or_as_likely_to_be_accurate_names_the_measure(nlp):
    ex = run(nlp, "FooPlan: Planning with Programs",
             "Plans from FooPlan are twice as likely to be judged accurate as plans from BarPlan. "
             "FooSort is twice as fast as BarSort.")
    assert sorted((r.metric, r.value) for r in ex.results) == [("accuracy", 2.0), ("speed", 2.0)]


def test_a_number_compared_with_a_bound_one_shares_its_measure(nlp):
    ex = run(nlp, "FooFair: Fair Ranking",
             "FooFair outperforms BarRank in fairness gains, achieving a 12.5% average increase over the "
             "baseline compared to 9.25% for prior work, and raises precision by 0.4%.")
    assert ("fairness", 9.25) in {(r.metric, r.value) for r in ex.results}


def test_in_terms_of_after_a_number_names_its_measure(nlp):
    ex = run(nlp, "FooMT: Unsupervised Translation",
             "FooMT reaches state-of-the-art accuracy (29.1 in terms of BLEU) on WMT16.")
    assert [(r.metric, r.value) for r in ex.results] == [("BLEU", 29.1)]


def test_a_written_unit_does_not_break_a_from_to_chain(nlp):
    ex = run(nlp, "FooDehaze: Clear Images",
             "FooDehaze raises the PSNR from 21.40 dB to 25.02 dB on the FogCity dataset.")
    assert sorted(r.value for r in ex.results if r.metric == "PSNR") == [21.4, 25.02]


def test_in_terms_of_after_a_characterization_is_not_a_measure(nlp):
    ex = run(nlp, "Concave Free Energies",
             "We give sufficient conditions for concavity in terms of edge weights. "
             "FooProp beats loopy propagation in terms of marginal error.")
    found = {m.lower() for m in name_set(ex.metrics)}
    assert "edge weights" not in found and "marginal error" in found


def test_a_measure_after_with_fewer_takes_no_number(nlp):
    ex = run(nlp, "FooSeg: Light Segmentation",
             "FooSeg is best in mIoU with fewer parameters on the RoadScapes (81.25%) dataset.")
    assert [(r.metric, r.value) for r in ex.results] == [("mIoU", 81.25)]


@pytest.mark.parametrize(("title", "means", "task"), [
    ("FooNet: Single image dehazing based on detail-enhanced convolution and gated attention",
     "gated attention", "image dehazing"),
    ("Global-to-Local Modeling for Video-based 3D Human Pose and Shape Estimation",
     "global-to-local modeling", "3d human pose and shape estimation"),
    ("FooLoop: Fully Data-Controlled Linear Recurrence for Sequence Modeling",
     "data-controlled linear recurrence", "sequence modeling"),
    ("Supervised Contrastive Learning on Blended Images for Long-tailed Recognition",
     "supervised contrastive learning", "long-tailed recognition"),
])  # fmt: skip
def test_title_chunks_stating_the_means_are_not_tasks(nlp, title, means, task):
    ex = run(nlp, title, "We test it on many benchmarks.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert task in tasks and means not in tasks


def test_a_task_defined_with_an_acronym_that_is_not_a_name_is_kept(nlp):
    ex = run(nlp, "A Dataset for Narrative Comprehension",
             "We study question answering (QA) over long stories. We collect 10,000 questions.")
    assert "question answering" in {t.lower() for t in name_set(ex.tasks)}


@pytest.mark.parametrize(("title", "abstract", "proposed"), [
    ("Attention Is All You Need", "This paper introduces the Transformer, an architecture "
     "that relies only on attention. It scores 28.4 BLEU on WMT 2014 English-German.", "Transformer"),
    ("Mask R-CNN", "It extends Faster R-CNN and reaches 37.1 mask AP on COCO.", "Mask R-CNN"),
    ("Diffusion Models", "Our Denoising Diffusion Probabilistic Models (DDPM) reach an FID of 3.17.",
     "Denoising Diffusion Probabilistic Models (DDPM)"),
])  # fmt: skip
def test_a_known_method_the_paper_introduces_is_proposed(nlp, title, abstract, proposed):
    ex = run(nlp, title, abstract)
    assert proposed in ex.proposed
    assert {r.method for r in ex.results} == {proposed}


def test_a_known_method_the_paper_uses_is_not_proposed(nlp):
    ex = run(nlp, "FooQA: Reading Long Stories",
             "We present BERT-based readers for long stories. We use BERT, a language model, as encoder.")
    assert "BERT" not in ex.proposed


def test_a_shared_task_edition_is_a_dataset(nlp):
    ex = run(nlp, "Attention Is All You Need",
             "On the WMT 2014 English-German translation task the model scores 28.4 BLEU.")
    assert "WMT 2014 English-German" in name_set(ex.datasets) and not name_set(ex.methods) & {"WMT"}
    assert [r.dataset for r in ex.results] == ["WMT 2014 English-German"]


@pytest.mark.parametrize(("abstract", "bad"), [
    ("We cast object detection as a direct set prediction problem.", "cast object detection"),
    ("A mapping network gives a latent space whose styles control each layer.", "latent space whose styles control"),
    ("Training uses a triple loss that combines language modeling and distillation.", "combines language modeling"),
    ("A discriminator learns to tell training examples apart from samples.", "tell training"),
])  # fmt: skip
def test_a_verb_or_relative_pronoun_is_not_part_of_a_task_phrase(nlp, abstract, bad):
    ex = run(nlp, "FooNet", abstract)
    assert bad not in {t.lower() for t in name_set(ex.tasks)}


def test_a_known_technique_spelling_out_the_title_name_is_not_a_task(nlp):
    ex = run(nlp, "LoRA: Low-Rank Adaptation of Large Language Models", "We propose LoRA.")
    assert "low-rank adaptation" not in {t.lower() for t in name_set(ex.tasks)}


def test_an_acronym_definition_with_a_version_number(nlp):
    ex = run(nlp, "FooTrack: Tracking on Phones",
             "Segment Anything Model 2 (SAM 2) is a strong tracker. We make SAM 2 ten times smaller.")
    assert "Segment Anything Model 2 (SAM 2)" in name_set(ex.methods)


def test_an_acronym_definition_before_a_topic_word_is_not_a_method(nlp):
    ex = run(nlp, "FooPlan", "Despite recent success in large language model (LLM) reasoning, LLMs struggle "
             "with long plans. Named Entity Recognition (NER) adapters help.")  # fmt: skip
    methods = name_set(ex.methods)
    assert "large language model (LLM) reasoning" not in methods
    assert "Named Entity Recognition (NER) adapters" in methods


def test_an_undefined_initialism_of_a_task_is_not_a_method(nlp):
    ex = run(nlp, "FooTAM: Efficient Video Object Segmentation",
             "FooTAM segments videos. It is strong on semi-supervised VOS benchmarks and fast.")
    assert "VOS" not in name_set(ex.methods)
    assert "video object segmentation" in {t.lower() for t in name_set(ex.tasks)}


def test_an_acronym_definition_before_problem_is_a_task(nlp):
    ex = run(nlp, "Train a Planner in One Hour",
             "Deep reinforcement learning solves the Local Path Planning (LPP) problem. It is slow.")
    assert "Local Path Planning (LPP)" in name_set(ex.tasks) and not name_set(ex.methods) & {"Local Path Planning (LPP)"}


@pytest.mark.parametrize(("abstract", "name", "kind"), [
    ("We introduce a new optimization algorithm, termed contrastive adjustment, for learning kernels.",
     "contrastive adjustment", "methods"),
    ("To fix both issues, a solution named Color is proposed, which shares one actor.", "Color", "methods"),
    ("The second method, dubbed Pose-Aware Auxiliary Task (PAAT), adds a loss we propose.",
     "Pose-Aware Auxiliary Task (PAAT)", "methods"),
    ("We release a dataset called FooSet, which has ten tasks.", "FooSet", "datasets"),
])  # fmt: skip
def test_the_name_after_called_named_termed_dubbed_is_proposed(nlp, abstract, name, kind):
    ex = run(nlp, "A Paper", abstract)
    assert name in name_set(getattr(ex, kind)) and name in ex.proposed


def test_a_greek_letter_and_its_name_are_one_entity(nlp):
    ex = run(nlp, "PanGu-\u03b1: Large Chinese Language Models",
             "We train large language models named PanGu-alpha, with 200 billion parameters.")
    assert len([m for m in ex.methods if "PanGu" in m.name]) == 1


def test_hardware_software_and_bare_versions_are_not_methods(nlp):
    ex = run(nlp, "FooFlamingo", "We train on 4 RTX-3090 GPUs and integrate it into Huggingface "
             "Transformers. We test on Something Something V2 and MobileNet V2.")  # fmt: skip
    methods = name_set(ex.methods)
    assert not methods & {"RTX-3090", "Huggingface Transformers", "Huggingface", "V2"}
    assert "MobileNet V2" in methods


def test_a_name_defined_as_a_task_is_a_task_and_a_knowledge_graph_is_data(nlp):
    ex = run(nlp, "Record Linkage with Language Models",
             "Record Linkage is the task of deciding whether two records describe one thing. "
             "We build the Aviation Knowledge Graph. For link prediction on the Aviation Knowledge "
             "Graph, we obtain 0.2 hits@1.")  # fmt: skip
    assert "record linkage" in {t.lower() for t in name_set(ex.tasks)} and not name_set(ex.methods)
    assert "Aviation Knowledge Graph" in name_set(ex.datasets)


def test_a_measure_named_before_of_and_its_value_with_a_unit(nlp):
    ex = run(nlp, "FooNet: depth", "We evaluate FooNet on two benchmarks. FooNet-L reaches Q2 errors "
             "of 21.7~mm and 11.5~mm, respectively.")  # fmt: skip
    assert sorted((r.metric, r.value) for r in ex.results) == [("Q2 errors", 11.5), ("Q2 errors", 21.7)]


def test_respectively_maps_values_to_the_datasets_of_the_previous_sentence(nlp):
    ex = run(nlp, "FooNet: depth", "We evaluate FooNet on KITTI and Cityscapes. FooNet reaches "
             "an accuracy of 81.2% and 74.5%, respectively.")  # fmt: skip
    assert sorted((r.value, r.dataset) for r in ex.results) == [(74.5, "Cityscapes"), (81.2, "KITTI")]


def test_margins_by_up_to_in_two_settings_are_relative_results(nlp):
    ex = run(nlp, "Two blocks", "Both blocks surpass their backbones by up to 4.2% in scene parsing "
             "and 7.5% in depth ranking.")  # fmt: skip
    assert sorted((r.value, r.relative) for r in ex.results) == [(4.2, True), (7.5, True)]
    ex = run(nlp, "A method", "It improves the robustness of many detectors by at least 12% without labels.")
    assert [r.value for r in ex.results] == [12.0]


def test_scores_in_brackets_after_a_benchmark_and_a_split_label(nlp):
    ex = run(nlp, "FooNet: segmentation", "We propose FooNet. FooNet sets a new state of the art on "
             "Cityscapes (val: 81.3%, test: 80.9%) and ADE20K (val: 49.2%).")  # fmt: skip
    got = sorted((r.value, r.dataset, r.relative) for r in ex.results)
    assert got == [(49.2, "ADE20K", False), (80.9, "Cityscapes", False), (81.3, "Cityscapes", False)]


def test_the_subject_obtains_the_score_when_the_paper_proposes_no_name(nlp):
    ex = run(nlp, "A study of prompting", "We study prompting. Our experiments show that GPT-3 "
             "without any tuning outperforms BERT on two benchmarks, reaching an accuracy of 88%.")  # fmt: skip
    assert [(r.method, r.value) for r in ex.results] == [("GPT-3", 88.0)]


def test_acronym_definitions_typed_by_head_and_not_by_a_sentence_capital(nlp):
    ex = run(nlp, "FooSeg: Correlation Learning for Few-Shot Semantic Segmentation",
             "Few-shot segmentation (FSS) aims to segment unseen classes. We optimize attention "
             "through asymmetric Kernel Singular Value Decomposition (KSVD) and few-shot "
             "semantic segmentation improves.")  # fmt: skip
    assert "Kernel Singular Value Decomposition (KSVD)" in name_set(ex.methods)
    assert "Few-shot segmentation (FSS)" not in name_set(ex.methods)
    tasks = [t.lower() for t in name_set(ex.tasks)]
    assert len([t for t in tasks if "segmentation" in t]) == 1  # the FSS task listed once


def test_a_word_ratio_far_from_any_measure_is_not_a_result(nlp):
    ex = run(nlp, "FooGuide: Guided Decoding", "FooGuide raises the faithfulness of summaries and brings "
             "improvements equivalent to a model with twice the parameter-count.")  # fmt: skip
    assert [r.value for r in ex.results] == []


def test_a_sentence_naming_its_own_evaluation_data_does_not_take_an_earlier_benchmark(nlp):
    ex = run(nlp, "A study of small models", "We study small models. On the WikiText-103 benchmark, small models reach a "
             "perplexity of 18.5. On our curated question pairs, the models reach an accuracy of 71%.")  # fmt: skip
    assert sorted((r.value, r.dataset) for r in ex.results) == [(18.5, "WikiText-103"), (71.0, None)]


def test_our_in_an_opening_phrase_does_not_hide_the_subject(nlp):
    ex = run(nlp, "FooNet: small models", "We propose FooNet. On our curated question pairs, "
             "BERT achieves an accuracy of 71%.")  # fmt: skip
    assert [(r.method, r.value) for r in ex.results] == [("BERT", 71.0)]


def test_a_parameter_count_in_millions_is_a_cost_result(nlp):
    ex = run(nlp, "FooASR: compact speech recognition", "FooASR reaches a word error rate of "
             "4.1%/3.2% with only 6.1M/7.4M parameters on the test sets.")  # fmt: skip
    got = sorted((r.metric, r.value) for r in ex.results if r.metric == "parameters")
    assert got == [("parameters", 6.1), ("parameters", 7.4)]


@pytest.mark.parametrize(("title", "method"), [
    ("Alternative Telescopic Displacement: An Efficient Multimodal Alignment Method", "Alternative Telescopic Displacement"),
    ("Computation-Efficient Era: A Comprehensive Survey of State Space Models", None),
])  # fmt: skip
def test_a_title_prefix_described_as_a_method_is_the_proposed_method(nlp, title, method):
    ex = run(nlp, title, "Feature alignment fuses multimodal data. We align features.")
    if method:
        assert method in name_set(ex.methods) and method in ex.proposed
        assert method.lower() not in {t.lower() for t in name_set(ex.tasks)}
    else:
        assert not ex.proposed


def test_lower_case_size_suffixes_belong_to_the_model_name(nlp):
    ex = run(nlp, "Knowledge Infusion", "We obtain 0.2 hits@1 using T5-small, T5-base, T5-large and ViT-huge.")
    assert {"T5-small", "T5-base", "T5-large", "ViT-huge"} <= name_set(ex.methods)


def test_a_transducer_is_a_method(nlp):
    ex = run(nlp, "FooASR", "Recently, recurrent neural network transducer (RNN-T) gains popularity. We make RNN-T cheaper.")
    assert "recurrent neural network transducer (RNN-T)" in name_set(ex.methods)


def test_a_capitalised_word_listed_with_a_known_method_is_a_method(nlp):
    ex = run(nlp, "Matching Entities", "GPT-4 outperforms fine-tuned models (RoBERTa and Ditto) on three "
             "datasets. Overall, the results are strong.")  # fmt: skip
    assert "Ditto" in name_set(ex.methods) and "Overall" not in name_set(ex.methods)


def test_an_acronym_the_text_defines_as_a_task_is_not_the_lexicons_metric(nlp):
    ex = run(nlp, "BAT: Boundary aware transducer for low-latency ASR",
             "Automatic speech recognition (ASR) needs low latency. BAT reaches 9.3% CER in streaming ASR.")
    assert "ASR" not in name_set(ex.metrics)
    assert [t.name for t in ex.tasks] == ["Automatic speech recognition (ASR)"]


@pytest.mark.parametrize(("abstract", "named"), [
    ("Transformer-based models are strong, but transformers fail at multiplication.", False),
    ("Adapters are inserted into Transformer blocks to learn types.", True),
    ("We train a Transformer from scratch on arithmetic.", True),
])  # fmt: skip
def test_the_transformer_family_is_not_a_method(nlp, abstract, named):
    ex = run(nlp, "Arithmetic in Models", abstract)
    assert ("Transformer" in name_set(ex.methods)) == named


def test_an_application_area_is_not_the_papers_task(nlp):
    ex = run(nlp, "Residual Fusion for RGB-Thermal Semantic Segmentation",
             "RGB-T semantic segmentation matters for autonomous driving and healthcare robots.")
    assert "autonomous driving" not in {t.lower() for t in name_set(ex.tasks)}


@pytest.mark.parametrize(("title", "expected"), [
    ("FooMol: Accurate Property Prediction", ["FooMol"]),
    ("Accurate Property Prediction", []),
])  # fmt: skip
def test_a_latex_macro_word_for_the_papers_name_is_the_titles_name(nlp, title, expected):
    ex = run(nlp, title, "We propose a novel approach called name to tackle this. ModelName first generates "
             "a conformation.")  # fmt: skip
    assert [m for m in name_set(ex.methods) if m.lower() in ("name", "modelname", "foomol")] == expected


def test_a_score_written_next_to_a_benchmark_without_a_measure_is_a_performance_result(nlp):
    ex = run(nlp, "FooPose: keypoints", "Our single model achieves 71.4 on COCO test-dev and 90.2 on MPII. "
             "FooPose uses 12.5 on ImageNet as a prior.")  # fmt: skip
    got = sorted((r.value, r.metric, r.dataset) for r in ex.results)
    assert got == [(71.4, "performance", "COCO test-dev"), (90.2, "performance", "MPII")]


def test_a_bare_score_after_a_named_one_takes_its_measure(nlp):
    ex = run(nlp, "FooGAN", "We achieve an FID of 3.1 on CIFAR-10 in 2 steps, 5.2 on ImageNet "
             "and 6.4 on LSUN, while the mIoU is not reported.")  # fmt: skip
    assert sorted((r.value, r.metric) for r in ex.results) == [(3.1, "FID"), (5.2, "FID"), (6.4, "FID")]


def test_an_unknown_upper_case_code_after_a_score_is_a_metric(nlp):
    ex = run(nlp, "FooTrack: tracking", "FooTrack reaches 61.3% QRTA on the BarTrack benchmark, "
             "using 2.5 GB of memory.")  # fmt: skip
    assert "QRTA" in name_set(ex.metrics) and "QRTA" not in name_set(ex.methods)
    # (the memory it uses is a cost result of its own, round 28)
    assert [(r.metric, r.value) for r in ex.results] == [("QRTA", 61.3), ("memory", 2.5)]


def test_a_percentage_preference_for_a_system_is_a_preference_result(nlp):
    ex = run(nlp, "FooGuide: steering", "In a study, judges show a 64% "
             "preference for FooGuide over greedy decoding.")  # fmt: skip
    assert [(r.metric, r.value) for r in ex.results] == [("preference", 64.0)]


def test_coordinated_measures_pair_with_coordinated_values(nlp):
    ex = run(nlp, "FooNet: classification", "On ImageNet, FooNet reaches top-1 and top-5 errors of "
             "21.4% and 5.9%, respectively.")  # fmt: skip
    assert sorted((r.metric, r.value) for r in ex.results) == [("top-1 errors", 21.4), ("top-5 errors", 5.9)]
    assert {"top-1 errors", "top-5 errors"} <= name_set(ex.metrics)


def test_a_score_we_obtain_using_listed_models_is_each_models_score(nlp):
    ex = run(nlp, "Probing link prediction", "We obtain a 0.4 hits@1 score using BERT-base, "
             "BERT-large and GPT-2 on our graph. FooNet reaches 71.2% accuracy using ResNet-50 and ViT-B.")  # fmt: skip
    got = sorted((r.method, r.value) for r in ex.results)
    assert got == [("BERT-base", 0.4), ("BERT-large", 0.4), ("FooNet", 71.2), ("GPT-2", 0.4)]


def test_numbers_in_words_are_ratios_and_shares(nlp):
    ex = run(nlp, "FooPose: lifting", "On the BarPose benchmark, FooPose needs half the memory of "
             "BazPose and is five times more computationally efficient.")  # fmt: skip
    got = sorted((r.metric, r.value_text, r.relative) for r in ex.results)
    assert got == [("computational efficiency", "5x", True), ("memory", "50%", True)]


def test_proposed_names_with_versions_hyphens_and_plus(nlp):
    ex = run(nlp, "Make-An-Audio 2: Temporal-Enhanced Text-to-Audio Generation",
             "To address these challenges, we propose Make-an-Audio 2, a latent diffusion-based method.")
    assert "Make-An-Audio 2" in name_set(ex.methods) and "Make-An-Audio 2" in ex.proposed
    ex = run(nlp, "Quantum Chemical Property Prediction with Uni-Mol+", "We port it to C++ for speed.")
    assert "Uni-Mol+" in name_set(ex.methods) and "C++" not in name_set(ex.methods)
    ex = run(nlp, "Inverse Scaling: When Bigger Isn't Better", "Language models may show inverse scaling.")
    assert "Inverse Scaling" not in name_set(ex.methods)


@pytest.mark.parametrize(("title", "kind"), [
    ("MARS: Model-agnostic Biased Object Removal without Additional Supervision for Segmentation", "methods"),
    ("GLUE: A General Language Understanding Evaluation Benchmark", "datasets"),
])  # fmt: skip
def test_a_title_name_spelled_out_after_the_colon_is_coined_by_the_paper(nlp, title, kind):
    ex = run(nlp, title, "We propose it. It reaches 77.7% mIoU on PASCAL VOC 2012.")
    assert title.split(":")[0] in name_set(getattr(ex, kind))


def test_an_acronym_defined_where_the_paper_proposes_is_a_method(nlp):
    ex = run(nlp, "FooTrack: Tracking Objects End to End",
             "We propose a novel Coopetition Label Assignment (COLA) to facilitate tracking.")
    assert "Coopetition Label Assignment (COLA)" in name_set(ex.methods)


@pytest.mark.parametrize(("title", "abstract", "not_methods"), [
    ("DARE the Extreme: Revisiting Pruning", "We show that DARE the extreme case fails.", {"DARE the Extreme"}),
    ("Many Models", "Rather than relying on a single LLM called once, we leverage many LLMs.", {"once"}),
    ("Fast Attention", "We design a new building block with a sandwich layout.", {"building block"}),
])  # fmt: skip
def test_ordinary_words_after_naming_or_proposal_cues_are_not_names(nlp, title, abstract, not_methods):
    ex = run(nlp, title, abstract)
    assert not name_set(ex.methods) & not_methods


def test_what_a_title_bridges_is_not_a_task(nlp):
    ex = run(nlp, "Transitivity-Preserving Graph Representation Learning for Bridging Local "
             "Connectivity and Role-based Similarity", "We learn node embeddings.")  # fmt: skip
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "graph representation learning" in tasks
    assert not tasks & {"local connectivity", "role-based similarity"}


def test_a_title_modifier_naming_the_means_is_not_part_of_the_task(nlp):
    ex = run(nlp, "Dual-Modal Attention-Enhanced Text-Video Retrieval with Margin Learning",
             "Web videos make text-video retrieval essential for search.")
    tasks = {t.lower() for t in name_set(ex.tasks)}
    assert "text-video retrieval" in tasks and not any("attention-enhanced" in t for t in tasks)
    ex = run(nlp, "Schema-Driven Information Extraction from Heterogeneous Tables", "We extract records.")
    assert "information extraction" in {t.lower() for t in name_set(ex.tasks)}


def test_a_proposed_name_written_again_is_the_subject_of_its_results(nlp):
    ex = run(nlp, "Quokka: Serving Experts at Scale", "We present Zorbix, a scalable serving stack. "
             "Combining all techniques, Zorbix finally delivers 3.1x and 4.2x speedup over prior systems.")
    assert sorted((r.method, r.value) for r in ex.results) == [("Zorbix", 3.1), ("Zorbix", 4.2)]


def test_members_of_a_named_family_are_the_subject(nlp):
    ex = run(nlp, "Small Brothers", "On our curated QA pairs, the two models of BERT achieve a 0.6 hits@1 score.")
    assert [(r.method, r.value) for r in ex.results] == [("BERT", 0.6)]


def test_a_number_after_a_model_introduced_with_with_is_that_models(nlp):
    ex = run(nlp, "Kitchen Compute", "We provide two baselines: a feed-forward model and a recurrent model "
             "in the form of a novel GRU with ten-fold throughput.")  # fmt: skip
    assert [(r.method, r.metric) for r in ex.results] == [("GRU", "throughput")]


def test_listed_methods_take_listed_numbers_in_order(nlp):
    ex = run(nlp, "Comparing Encoders", "We compare BERT and GPT-2 on GLUE. BERT and GPT-2 reach 71.2 and "
             "68.0 accuracy, respectively. Our method outperforms them by 3.1% and 2.0% accuracy.")
    got = sorted((r.method, r.value, r.relative) for r in ex.results)
    assert got[0] == ("(proposed)", 2.0, True) and got[1] == ("(proposed)", 3.1, True)
    assert got[2:] == [("BERT", 71.2, False), ("GPT-2", 68.0, False)]


def test_numbers_without_and_with_a_module_respectively(nlp):
    ex = run(nlp, "Block Reuse for Speech", "We design a block-reusing strategy (BRS) and propose a gated "
             "adapter unit (GAU). On the public WSJ corpus, the proposed approach achieves a word error "
             "rate (WER) of 8.1%/6.2% without and with the GAU, respectively.")  # fmt: skip
    got = {r.value: r.method for r in ex.results}
    assert got[6.2] in ("GAU", "gated adapter unit (GAU)") and got[8.1] not in ("GAU", "gated adapter unit (GAU)")


def test_a_share_smaller_things_measures_their_size(nlp):
    ex = run(nlp, "FooPlaces: Robust Retrieval", "We propose FooPlaces. FooPlaces beats prior work while "
             "using 40% smaller embeddings.")  # fmt: skip
    assert [(r.metric, r.relative) for r in ex.results] == [("embedding size", True)]


def test_an_enumerated_item_with_its_own_setting_takes_no_earlier_benchmark(nlp):
    ex = run(nlp, "Guidance for Text", "We show that Guidance-Free Steering (GFS) (1) improves reasoning, "
             "achieving SOTA on SQuAD; (2) in a human evaluation we show a 70% preference for "
             "the assistant using GFS over baseline.")  # fmt: skip
    assert [(r.value, r.dataset) for r in ex.results] == [(70.0, None)]
    assert ex.results[0].method in ("GFS", "Guidance-Free Steering (GFS)")


def test_a_list_of_numbers_takes_the_list_of_benchmarks_in_order(nlp):
    ex = run(nlp, "Point Grouping", "We run experiments on two challenging datasets, ScanNet and S3DIS, on "
             "which our method achieves 61.2% and 62.0% mAP, compared to 52.9% and 53.4% for prior work.")
    assert sorted((r.value, r.dataset) for r in ex.results) == [
        (52.9, "ScanNet"), (53.4, "S3DIS"), (61.2, "ScanNet"), (62.0, "S3DIS")]


def test_a_benchmark_written_after_a_number_is_not_taken_by_the_next_number(nlp):
    ex = run(nlp, "Speech Mix", "Our results include 8.8% WER on Fisher-Eval, 4.1% WER on Switchboard and "
             "7.7% WER on CallHome.")  # fmt: skip
    got = {r.value: r.dataset for r in ex.results}
    assert got[4.1] == "Switchboard" and got[7.7] == "CallHome"
