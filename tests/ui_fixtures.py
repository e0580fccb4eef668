"""A store for the UI tests (tests/test_ui*.py, tests/test_browser*.py).

The web fixtures' three papers (tests/web_fixtures.py) plus papers that exercise
the pages: a lower-is-better metric, an alias to search for ("ViT"), a chain of
entities for the explorer to expand (GammaNet - CIFAR-10 - EvilNet), an old-style
arXiv id and a DOI in paper URLs, and a paper whose title, abstract and entity
names carry markup and HTML entities that must render as text everywhere.
"""

from __future__ import annotations

from pathlib import Path

from web_fixtures import ENTITIES, fill, papers

from kg.model import Entity, Extraction, Mention, Paper, Result
from kg.rdf import IriScheme, paper_quads, shared_quads
from kg.store import KgStore

HOSTILE_TITLE = "Hostile <i>markup</i> &amp; entities & a paper"
HOSTILE_METHOD = '<img src=x onerror="window.__xss=2">EvilNet'
HOSTILE_DATASET = "Tiny<Set> &amp; co"
HOSTILE_ABSTRACT = (
    "We propose <b>Evil</b>Net &amp; friends. <script>window.__xss = 1</script> "
    "EvilNet reaches 90.1% accuracy on Tiny<Set> &amp; co and on CIFAR-10."
)


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return (i, i + len(needle))


def extra_papers() -> list[tuple[Paper, Extraction]]:
    out = []
    # lower is better, and an alias
    p = Paper(id="u1", title="DeltaNet and friends", arxiv_id="2402.00005", date="2024-02-05",
              abstract="We compare DeltaNet, EpsilonNet and the Vision Transformer (ViT) on ImageNet. "
                       "DeltaNet reaches a top-1 error of 12.5% while EpsilonNet reaches 15.5%.")  # fmt: skip
    t = p.text
    sentence = _span(t, "DeltaNet reaches a top-1 error of 12.5% while EpsilonNet reaches 15.5%.")
    out.append((p, Extraction(
        p.id, p.title,
        methods=(Mention("DeltaNet", (_span(t, "DeltaNet", len(p.title)),), 0.9),
                 Mention("EpsilonNet", (_span(t, "EpsilonNet"),), 0.9),
                 Mention("Vision Transformer", (_span(t, "Vision Transformer (ViT)"),), 0.8)),
        datasets=(Mention("ImageNet", (_span(t, "ImageNet"),), 0.9),),
        metrics=(Mention("top-1 error", (_span(t, "top-1 error"),), 0.9),),
        proposed=("DeltaNet",),
        results=(Result("DeltaNet", "top-1 error", 12.5, "12.5%", dataset="ImageNet", unit="%",
                        span=sentence, confidence=0.9),
                 Result("EpsilonNet", "top-1 error", 15.5, "15.5%", dataset="ImageNet", unit="%",
                        span=sentence, confidence=0.8)),
        version="test",
    )))  # fmt: skip
    # markup everywhere; links CIFAR-10 to EvilNet for the explorer
    p = Paper(
        id="u2", title=HOSTILE_TITLE, abstract=HOSTILE_ABSTRACT, arxiv_id="2403.00006", date="2024-03-06"
    )
    t = p.text
    sentence = _span(t, "EvilNet reaches 90.1% accuracy on Tiny<Set> &amp; co and on CIFAR-10.")
    out.append((p, Extraction(
        p.id, p.title,
        methods=(Mention(HOSTILE_METHOD, (_span(t, "<b>Evil</b>Net"), (t.index("EvilNet reaches"), t.index("EvilNet reaches") + 7)), 0.9),),
        datasets=(Mention(HOSTILE_DATASET, (_span(t, "Tiny<Set> &amp; co"),), 0.9),
                  Mention("CIFAR-10", (_span(t, "CIFAR-10"),), 0.9)),
        metrics=(Mention("accuracy", (_span(t, "accuracy"),), 0.9),),
        proposed=(HOSTILE_METHOD,),
        results=(Result(HOSTILE_METHOD, "accuracy", 90.1, "90.1%", dataset=HOSTILE_DATASET, unit="%",
                        span=sentence, confidence=0.9),),
        version="test",
    )))  # fmt: skip
    # paper paths that need quoting: an old arXiv id (a slash) and a DOI
    for pid, kwargs in (("u3", {"arxiv_id": "math.GT/0309136v2"}), ("u4", {"doi": "10.1000/ABC(1)"})):
        p = Paper(
            id=pid, title=f"Paper {pid} on CIFAR-10", abstract="GammaNet is tested on CIFAR-10.", **kwargs
        )
        t = p.text
        out.append((p, Extraction(p.id, p.title, methods=(Mention("GammaNet", (_span(t, "GammaNet"),), 0.8),),
                                  datasets=(Mention("CIFAR-10", (_span(t, "CIFAR-10", len(p.title)),), 0.8),),
                                  version="test")))  # fmt: skip
    return out


EXTRA_ENTITIES = [
    Entity("method", "DeltaNet"), Entity("method", "EpsilonNet"),
    Entity("method", "Vision Transformer", aliases=("ViT",)),
    Entity("method", HOSTILE_METHOD, aliases=("EvilNet",)),
    Entity("dataset", HOSTILE_DATASET),
    Entity("metric", "top-1 error", higher_is_better=False),
    Entity("metric", "accuracy", higher_is_better=True),
]  # fmt: skip


def fill_ui(store: KgStore, base: str | None = None) -> KgStore:
    """The web fixtures and the extra papers, minted under ``base`` (default base if None)."""
    if base is None:
        fill(store)
        scheme = IriScheme()
        todo = extra_papers()
    else:
        scheme = IriScheme(base)
        store.add_shared(shared_quads(scheme, ENTITIES, [("mlkg-rules", "test")]))
        todo = papers() + extra_papers()
    store.add_shared(shared_quads(scheme, EXTRA_ENTITIES, []))
    store.replace_papers((scheme.paper_graph(p), paper_quads(scheme, p, e)) for p, e in todo)
    store.flush()
    return store


def build_ui_store(path: Path, base: str | None = None) -> Path:
    """A filled store on disk at ``path``, closed again."""
    store = fill_ui(KgStore(path), base)
    del store
    return path


# a board whose chart has one value far off the rest: FIDs of 4.8-9.1 on an invented dataset,
# and a misread 130 (tests of the chart's y-range, kg.web.ui.chart_range)
OUTLIER_FIDS = (("2020-03-02", 9.1), ("2021-04-05", 7.4), ("2022-05-03", 5.2), ("2023-06-06", 4.8),
                ("2024-01-08", 130.0))  # fmt: skip
OUTLIER_ENTITIES = [Entity("dataset", "PixelSprites"), Entity("metric", "FID", higher_is_better=False)]


def outlier_papers() -> list[tuple[Paper, Extraction]]:
    out = []
    for n, (day, fid) in enumerate(OUTLIER_FIDS):
        method = f"SpriteGAN-{n}"
        p = Paper(id=f"o{n}", title=f"{method} draws sprites", arxiv_id=f"{day[2:4]}{day[5:7]}.0{n}001",
                  date=day, abstract=f"{method} reaches an FID of {fid:g} on PixelSprites.")  # fmt: skip
        t = p.text
        sentence = _span(t, f"{method} reaches an FID of {fid:g} on PixelSprites.")
        out.append((p, Extraction(
            p.id, p.title, methods=(Mention(method, (_span(t, method, len(p.title)),), 0.9),),
            datasets=(Mention("PixelSprites", (_span(t, "PixelSprites", len(p.title)),), 0.9),),
            metrics=(Mention("FID", (_span(t, "FID"),), 0.9),), proposed=(method,),
            results=(Result(method, "FID", fid, f"{fid:g}", dataset="PixelSprites", span=sentence,
                            confidence=0.9),),
            version="test",
        )))  # fmt: skip
    return out


def add_outlier_board(store: KgStore) -> KgStore:
    """``store`` (filled by fill_ui with the default base) plus the PixelSprites FID board."""
    scheme = IriScheme()
    store.add_shared(shared_quads(scheme, OUTLIER_ENTITIES, []))
    store.replace_papers((scheme.paper_graph(p), paper_quads(scheme, p, e)) for p, e in outlier_papers())
    store.flush()
    return store
