"""The corpus-wide type vote of linking: one name, one type across a corpus."""

from __future__ import annotations

import random
from collections import Counter

from kg.link import Linker, collect_forms, link, output_record
from kg.model import Extraction, Mention, Result

STRONG, WEAK = 0.9, 0.72  # "on Zpider" or a lexicon hit; an untyped capitalised name


def ex(pid: str, methods=(), datasets=(), proposed=(), results=()) -> Extraction:
    def ms(v):
        return tuple(Mention(n, ((0, len(n)),), c) if isinstance(n, str) else n for n, c in v)

    return Extraction(pid, f"title {pid}", methods=ms(methods), datasets=ms(datasets),
                      proposed=tuple(proposed), results=tuple(results))  # fmt: skip


def names(e: Extraction, kind: str) -> list[str]:
    return [m.name for m in e.mentions(kind)]


def spider_corpus(n_strong: int = 3) -> list[Extraction]:
    """``n_strong`` papers say "on Zpider"; paper w names it only in a list ("than Zpider")."""
    strong = [ex(f"s{i}", datasets=[("Zpider", STRONG)]) for i in range(n_strong)]
    return [*strong, ex("w", methods=[("Zorb", WEAK), ("Zpider", WEAK)])]


def test_a_weakly_typed_name_takes_the_type_of_a_clear_corpus_majority():
    exs, ents = link(spider_corpus(3))
    w = exs[-1]
    assert names(w, "datasets") == ["Zpider"] and names(w, "methods") == ["Zorb"]
    moved = w.datasets[0]
    assert moved.spans == ((0, 6),)  # still traceable to the paper's words
    assert moved.confidence < WEAK  # typed by the corpus, not by the paper: less sure
    assert ("method", "Zpider") not in {(e.kind, e.name) for e in ents}
    # below the minimum of papers nothing moves
    exs2, ents2 = link(spider_corpus(2))
    assert names(exs2[-1], "methods") == ["Zorb", "Zpider"]
    assert ("method", "Zpider") in {(e.kind, e.name) for e in ents2}


def test_spelling_variants_vote_together_under_the_linking_keys():
    corpus = [
        ex("a", datasets=[("Market-1501", STRONG)]),
        ex("b", datasets=[("market1501", STRONG)]),
        ex("c", datasets=[("Market 1501", STRONG)]),
        ex("w", methods=[("MARKET1501", WEAK), ("Zpiders", WEAK)]),
    ]
    corpus += [ex(f"s{i}", datasets=[("Zpider (ZP)", STRONG)]) for i in range(3)]  # fmt: skip
    exs, _ = link(corpus)
    w = exs[3]
    assert [m.name for m in w.datasets] == [exs[0].datasets[0].name, "Zpider (ZP)"]  # retyped, then linked
    assert w.methods == ()


def test_votes_are_weighted_strong_evidence_outweighs_untyped_names():
    # 3 papers "on X" (3 x 3) against 4 untyped mentions (4 x 1): 9 >= 2 x 4, X is a dataset
    corpus = [ex(f"s{i}", datasets=[("Xset", STRONG)]) for i in range(3)]
    corpus += [ex(f"w{i}", methods=[("Xset", WEAK)]) for i in range(4)]
    exs, _ = link(corpus)
    assert all(names(e, "datasets") == ["Xset"] for e in exs)
    # one paper with strong method evidence (a definition) breaks the 2:1 majority: 9 < 2 x 6
    corpus[-1] = ex("w3", methods=[("Xset", STRONG)])
    exs, _ = link(corpus)
    assert [names(e, "methods") for e in exs[3:]] == [["Xset"]] * 4


def test_strong_own_evidence_proposed_names_and_lexicon_names_are_never_retyped():
    corpus = [ex(f"s{i}", datasets=[("Zpider", STRONG), ("Zorb", STRONG), ("BERT", STRONG), ("Qux", STRONG)])
              for i in range(5)]  # fmt: skip
    corpus.append(ex("w", methods=[("Zpider", WEAK), ("Zorb", WEAK), ("BERT", WEAK), ("Qux", 0.88)],
                     proposed=["Zorb"]))  # fmt: skip
    exs, _ = link(corpus)
    assert names(exs[-1], "datasets") == ["Zpider"]  # the only weak, unproposed, unlisted one
    assert names(exs[-1], "methods") == ["Zorb", "BERT", "Qux"]


def test_only_methods_become_datasets_not_the_other_way():
    corpus = [ex(f"s{i}", methods=[("Zpider", WEAK), ("Netz", STRONG)]) for i in range(6)]
    corpus += [ex(f"d{i}", datasets=[("Zpider", STRONG)]) for i in range(6)]
    corpus.append(ex("w", datasets=[("Netz", WEAK)], methods=[("Zpider", WEAK)]))
    exs, _ = link(corpus)
    # Zpider: 18 dataset votes vs 7 method votes; Netz: 18 method votes vs 1, but a weakly
    # typed dataset is mostly neither on real abstracts, so it stays
    assert names(exs[-1], "datasets") == ["Netz", "Zpider"]


def test_a_result_whose_method_became_a_dataset():
    r_bare = Result(method="Zpider", metric="accuracy", value=80.1, value_text="80.1%", unit="%")
    r_full = Result(method="Zpider", metric="accuracy", value=70.0, value_text="70.0%", dataset="WikiSQL")
    r_other = Result(method="Zorb", metric="accuracy", value=60.0, value_text="60.0%")
    corpus = spider_corpus(3)
    corpus[-1] = Extraction("w", "t", methods=corpus[-1].methods, results=(r_bare, r_full, r_other))
    exs, _ = link(corpus)
    bare, full, other = exs[-1].results
    assert (bare.method, bare.dataset) == (None, "Zpider")  # the dataset it reports on
    assert (full.method, full.dataset) == ("Zpider", "WikiSQL")  # has a dataset: left alone
    assert (other.method, other.dataset) == ("Zorb", None)


def test_output_record_names_the_retyped_entity_as_its_paper_writes_it():
    corpus = spider_corpus(3)
    corpus[-1] = ex("w", methods=[("Zorb", WEAK), ("ZPIDER", WEAK)])
    linker = Linker(collect_forms(corpus))
    record = output_record(corpus[-1], linker)
    assert [(d["name"], d["canonical"]) for d in record["datasets"]] == [("ZPIDER", "Zpider")]
    assert [d["name"] for d in record["methods"]] == ["Zorb"]


def test_streamed_and_merged_counts_give_the_same_vote_and_order_does_not_matter():
    from kg.distributed import _merge

    corpus = spider_corpus(4) + [ex("v", methods=[("zpider", WEAK)])]
    whole = Linker(collect_forms(corpus))
    assert whole.retype
    streamed = Linker(collect_forms(corpus[3:], collect_forms(corpus[:3])))
    merged = Linker(_merge(collect_forms(corpus[:2]), collect_forms(corpus[2:])))
    assert streamed.retype == merged.retype == whole.retype
    assert streamed.entities == merged.entities == whole.entities
    shuffled = corpus[:]
    random.Random(3).shuffle(shuffled)
    a = {e.paper_id: e for e in link(corpus)[0]}
    b = {e.paper_id: e for e in link(shuffled)[0]}
    assert a == b and a["v"].datasets[0].name == "Zpider"


def test_the_callers_counts_are_not_changed():
    forms = collect_forms(spider_corpus(3))
    before = {k: Counter(v) for k, v in forms.items()}
    linker = Linker(forms)
    assert linker.retype and forms == before


def test_build_loads_the_retyped_mention_as_a_dataset_of_its_paper(tmp_path, monkeypatch):
    import kg.extract
    from kg.build import build
    from kg.store import KgStore

    corpus = spider_corpus(3)
    by_title = {}
    lines = []
    for i, e in enumerate(corpus):
        title = f"Paper {e.paper_id}"
        by_title[title] = e
        lines.append(
            f'{{"id": "{e.paper_id}", "title": "{title}", "abstract": "Zpider and Zorb, number {i}."}}'
        )
    src = tmp_path / "papers.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def fake_extract_map(papers, then, nlp=None, workers=1):  # (what the build's pass calls, round 30)
        from dataclasses import replace

        return [then(p, replace(by_title[p.title], paper_id=p.id, title=p.title)) for p in papers]

    monkeypatch.setattr(kg.extract, "extract_map", fake_extract_map)
    monkeypatch.setattr(kg.extract, "build_pipeline", lambda: None)
    store = KgStore(None)
    build([src], store, quiet=True)
    rows = store.query(
        "PREFIX mlkg: <https://w3id.org/mlkg/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?cls ?label WHERE { ?p mlkg:mentions ?e . ?e a ?cls ; skos:prefLabel ?label . "
        "?p <http://purl.org/dc/terms/identifier> ?id . FILTER(STR(?id) = 'w') }"
    )
    found = {(str(r["cls"].value).rsplit("#", 1)[-1], r["label"].value) for r in rows}
    assert ("Dataset", "Zpider") in found and ("Method", "Zpider") not in found
