"""Hand-made papers and extractions for tests that must not depend on the extractor."""

from __future__ import annotations

from kg.model import Entity, Extraction, Mention, Paper, Result
from kg.rdf import IriScheme, paper_quads, shared_quads
from kg.store import KgStore


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return (start, start + len(needle))


def sample() -> list[tuple[Paper, Extraction]]:
    """Two papers on ImageNet with results in % and as fractions, one relative claim."""
    p1 = Paper(id="p1", title="NetA: a small network",
               abstract="We propose NetA. NetA reaches 81.5% top-1 accuracy on ImageNet, 2x faster than ResNet-50.",
               arxiv_id="2401.00001", date="2024-01-02")  # fmt: skip
    t1 = p1.text
    e1 = Extraction(
        "p1", p1.title,
        methods=(Mention("NetA", (_span(t1, "NetA:"[:-1]),), 0.95), Mention("ResNet-50", (_span(t1, "ResNet-50"),), 0.9)),
        datasets=(Mention("ImageNet", (_span(t1, "ImageNet"),), 0.95),),
        metrics=(Mention("top-1 accuracy", (_span(t1, "top-1 accuracy"),), 0.9), Mention("speed", (), 0.6)),
        tasks=(Mention("image classification", (), 0.5),),
        proposed=("NetA",),
        results=(
            Result("NetA", "top-1 accuracy", 81.5, "81.5%", dataset="ImageNet", unit="%",
                   span=_span(t1, "NetA reaches 81.5% top-1 accuracy on ImageNet, 2x faster than ResNet-50."), confidence=0.9),
            Result("NetA", "speed", 2.0, "2x", unit="x", relative=True, baseline="ResNet-50",
                   span=_span(t1, "NetA reaches 81.5% top-1 accuracy on ImageNet, 2x faster than ResNet-50."), confidence=0.7),
        ),
        version="test",
    )  # fmt: skip
    p2 = Paper(id="p2", title="NetB for <b>images</b> & more",
               abstract="NetB obtains a top-1 accuracy of 0.795 on ImageNet. Error 𝒪(1).",
               doi="10.1000/XYZ.1", date="2023-05-06")  # fmt: skip
    t2 = p2.text
    e2 = Extraction(
        "p2", p2.title,
        methods=(Mention("NetB", (_span(t2, "NetB"),), 0.9),),
        datasets=(Mention("ImageNet", (_span(t2, "ImageNet"),), 0.9),),
        metrics=(Mention("top-1 accuracy", (_span(t2, "top-1 accuracy"),), 0.9),),
        proposed=("NetB",),
        results=(Result("NetB", "top-1 accuracy", 0.795, "0.795", dataset="ImageNet",
                        span=_span(t2, "NetB obtains a top-1 accuracy of 0.795 on ImageNet."), confidence=0.85),),
        version="test",
    )  # fmt: skip
    return [(p1, e1), (p2, e2)]


ENTITIES = [
    Entity("method", "NetA"), Entity("method", "NetB"), Entity("method", "ResNet-50", broader="ResNet"),
    Entity("method", "ResNet"), Entity("dataset", "ImageNet", aliases=("ImageNet-1K", "ILSVRC 2012")),
    Entity("metric", "top-1 accuracy", aliases=("top-1 acc.",), higher_is_better=True),
    Entity("metric", "speed", higher_is_better=True), Entity("task", "image classification"),
]  # fmt: skip


def fill(store: KgStore, scheme: IriScheme | None = None) -> KgStore:
    scheme = scheme or IriScheme()
    pairs = sample()
    store.add_shared(shared_quads(scheme, ENTITIES, [("mlkg-rules", "test")]))
    store.replace_papers((scheme.paper_graph(p), paper_quads(scheme, p, e)) for p, e in pairs)
    return store
