"""Corpus-level linking: variants, acronyms, synonyms, families, rewriting, determinism."""

from __future__ import annotations

import random

from kg.link import family_of, link
from kg.model import Extraction, Mention, Result


def ex(pid: str, **kinds) -> Extraction:
    fields = {k: tuple(Mention(n) if isinstance(n, str) else n for n in v) for k, v in kinds.items()
              if k in ("methods", "datasets", "metrics", "tasks")}  # fmt: skip
    return Extraction(
        pid, f"title {pid}", **fields,
        proposed=tuple(kinds.get("proposed", ())), results=tuple(kinds.get("results", ())),
    )  # fmt: skip


def entity(entities, kind, name):
    return next(e for e in entities if e.kind == kind and e.name == name)


def test_acronym_plural_and_case_variants_are_one_entity():
    exs, ents = link([
        ex("a", methods=["Vision Transformer (ViT)"]),
        ex("b", methods=["ViTs"]),
        ex("c", methods=["vit", "Vision transformer"]),
    ])  # fmt: skip
    vit = [e for e in ents if e.kind == "method"]
    assert [e.name for e in vit] == ["Vision Transformer (ViT)"]
    assert {"ViT", "ViTs", "Vision Transformer"} <= set(vit[0].aliases)
    assert [m.name for m in exs[2].methods] == ["Vision Transformer (ViT)"]  # merged in paper c


def test_metric_synonyms_from_lexicon_and_direction():
    exs, ents = link([
        ex("a", metrics=["top-1 accuracy"]),
        ex("b", metrics=["top-1 acc."]),
        ex("c", metrics=["top-1 accuracy", "FID"]),
    ])  # fmt: skip
    metrics = {e.name: e for e in ents if e.kind == "metric"}
    assert set(metrics) == {"top-1 accuracy", "FID"}
    assert metrics["top-1 accuracy"].higher_is_better is True
    assert metrics["FID"].higher_is_better is False
    assert exs[1].metrics[0].name == "top-1 accuracy"


def test_dash_and_space_variants():
    _, ents = link([ex("a", methods=["LLaMA-2"]), ex("b", methods=["Llama 2"]),
                    ex("c", methods=["LLaMA2"])])  # fmt: skip
    assert len([e for e in ents if e.kind == "method"]) == 1


def test_variant_links_to_family_and_family_entity_is_emitted():
    exs, ents = link([ex("a", methods=["EfficientNet-B7", "EfficientNet-B0"])])
    assert entity(ents, "method", "EfficientNet-B7").broader == "EfficientNet"
    assert entity(ents, "method", "EfficientNet").broader is None
    assert exs[0].methods[0].broader == "EfficientNet"


def test_family_of():
    assert family_of("LLaMA-2 7B") == "LLaMA-2"
    assert family_of("YOLOv10-S") == "YOLOv10"
    assert family_of("ResNet") is None


def test_results_and_proposed_are_rewritten():
    r = Result(method="ViTs", metric="top-1 acc.", value=81.0, value_text="81.0%",
               dataset="Imagenet", baseline="vit", unit="%")  # fmt: skip
    exs, _ = link([
        ex("a", methods=["Vision Transformer (ViT)"], datasets=["ImageNet"], metrics=["top-1 accuracy"]),
        ex("b", methods=["ViTs"], datasets=["Imagenet"], metrics=["top-1 acc."], proposed=["ViTs"],
           results=[r]),
    ])  # fmt: skip
    out = exs[1].results[0]
    assert out.method == "Vision Transformer (ViT)" and out.baseline == "Vision Transformer (ViT)"
    assert out.metric == "top-1 accuracy"
    assert out.dataset in ("ImageNet", "Imagenet")
    assert exs[1].proposed == ("Vision Transformer (ViT)",)


def test_placeholders_are_kept():
    r = Result(method="(proposed)", metric="accuracy", value=1.0, value_text="1%")
    exs, _ = link([ex("a", metrics=["accuracy"], results=[r])])
    assert exs[0].results[0].method == "(proposed)"


def test_kinds_do_not_mix():
    _, ents = link([ex("a", methods=["MATH"]), ex("b", datasets=["MATH"])])
    assert {(e.kind, e.name) for e in ents} == {("method", "MATH"), ("dataset", "MATH")}


def test_ambiguous_acronym_keeps_distinct_long_forms():
    _, ents = link([
        ex("a", methods=["Segment Anything Model (SAM)"]),
        ex("b", methods=["Sharpness-Aware Minimization (SAM)"]),
        ex("c", methods=["Segment Anything Model (SAM)"]),
        ex("e", methods=["Segment Anything Model (SAM)"]),
        ex("d", methods=["SAM"]),
    ])  # fmt: skip  (3 papers against 1: a clear majority, so the bare "SAM" joins it)
    names = sorted(e.name for e in ents if e.kind == "method")
    assert names == ["Segment Anything Model (SAM)", "Sharpness-Aware Minimization (SAM)"]


def test_deterministic_and_order_independent_entities():
    items = [ex(str(i), methods=[n]) for i, n in enumerate(
        ["BERT", "Bert", "RoBERTa", "GPT-4", "GPT4", "T5-Large", "T5", "BERTs"])]  # fmt: skip
    _, a = link(items)
    shuffled = items[:]
    random.Random(1).shuffle(shuffled)
    _, b = link(shuffled)
    assert a == b
    _, c = link(items)
    assert a == c


def test_size_suffix_s_is_not_a_plural():
    _, ents = link([ex("a", methods=["YOLOv10", "YOLOv10-S"])])
    assert {e.name for e in ents if e.kind == "method"} == {"YOLOv10", "YOLOv10-S"}
    assert entity(ents, "method", "YOLOv10-S").broader == "YOLOv10"


def test_streaming_linker_matches_link():
    from kg.link import Linker, collect_forms

    items = [ex("a", methods=["Vision Transformer (ViT)"]), ex("b", methods=["ViTs", "T5-Large"])]
    forms = collect_forms(items[:1])
    forms = collect_forms(items[1:], forms)
    linker = Linker(forms)
    exs, ents = link(items)
    assert [linker.rewrite(e) for e in items] == exs and linker.entities == ents


def test_output_names_each_entity_as_the_paper_does_and_keeps_the_canonical_name():
    from kg.link import Linker, collect_forms, output_record

    r = Result(method="X", metric="accuracies", value=71.0, value_text="71%", dataset="CIFAR10")
    items = [
        ex("a", metrics=["accuracy"], datasets=["CIFAR-10"]),
        ex("b", metrics=["accuracy"], datasets=["CIFAR-10"], tasks=["code generation"]),
        ex("c", metrics=["accuracies"], datasets=["CIFAR10"], results=[r]),
    ]
    linker = Linker(collect_forms(items))
    assert [m.name for m in linker.rewrite(items[2]).metrics] == ["accuracy"]  # one entity in the graph
    own = output_record(items[2], linker)
    assert [(m["name"], m["canonical"]) for m in own["metrics"]] == [("accuracies", "accuracy")]
    assert "accuracy" in own["metrics"][0]["aliases"]
    assert [(d["name"], d["canonical"]) for d in own["datasets"]] == [("CIFAR10", "CIFAR-10")]
    assert (own["results"][0]["metric"], own["results"][0]["dataset"]) == ("accuracies", "CIFAR10")
    same = output_record(items[0], linker)
    assert same == {**linker.rewrite(items[0]).to_json(), **{
        k: [{**e, "canonical": e["name"]} for e in linker.rewrite(items[0]).to_json()[k]]
        for k in ("methods", "datasets", "metrics", "tasks")}}  # fmt: skip
    assert "canonical" not in str(output_record(items[2], None))  # --no-link: surface names only


def test_a_metric_written_as_a_change_is_named_by_its_measure():
    """"2.4x parameter reduction" reports "parameters", however small the corpus."""
    from kg.link import Linker, collect_forms, output_record

    r = Result(method="X", metric="parameter reduction", value=2.4, value_text="2.4x", relative=True)
    alone = ex("a", metrics=["parameter reduction"], results=[r])
    for corpus in ([alone], [alone, ex("b", metrics=["training parameter"])]):
        linker = Linker(collect_forms(corpus))
        own = output_record(alone, linker)
        assert own["metrics"][0]["name"] == own["results"][0]["metric"] == "parameters"
        assert own["metrics"][0]["canonical"] != "parameter reduction"


def test_spellings_of_one_dataset_are_one_entity():
    from kg.extract import extract
    from kg.model import Paper

    papers = [Paper(id=i, title=f"P{i}", abstract=f"We reach {40 + n} AP on {name}.")
              for n, (i, name) in enumerate([("a", "COCO"), ("b", "COCO"), ("c", "MS COCO"),
                                             ("d", "MSCOCO"), ("e", "MS-COCO")])]  # fmt: skip
    _, entities = link(extract(papers))
    assert [(e.name, set(e.aliases)) for e in entities if e.kind == "dataset"] == [
        ("COCO", {"MS COCO", "MSCOCO", "MS-COCO"})]
