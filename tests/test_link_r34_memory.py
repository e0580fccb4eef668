"""Round 34 (memory): the acronyms' field items are counted in a second read of the corpus, for
the acronyms the Linker weighs only (kg.link.count_fields, ``Linker(..., fields=...)``), which
gives the same Linker as counting every paper's items in the first pass. Invented names."""

from __future__ import annotations

import pytest

from kg.link import (FIELD_BARE, FIELD_DEF, FIELD_DF, FIELD_FREQUENT, PAPERS, Linker, collect_forms, count_fields,
                     output_record)
from kg.model import Extraction, Mention, Paper


def ex(pid: str, title: str, methods=(), datasets=()) -> Extraction:
    def ms(names):
        return tuple(Mention(n, ((0, len(n)),), 0.9) for n in names)

    return Extraction(pid, title, methods=ms(methods), datasets=ms(datasets))


# papers of other fields: each item of a paper is then in fewer than a tenth of the papers
FILLER = [ex(f"f{i}", f"Fillerword{i:02d} study", methods=[f"Fillmodel{i:02d}"]) for i in range(30)]

CORPORA = {
    # one paper defines BQX in lichen counting; three harbour papers write BQX bare
    "foreign": [
        ex("def", "Brindle lichen counting", datasets=["Brindle Quilt Index (BQX)", "Lichenset"]),
        ex("h1", "Murky harbour sonar", datasets=["BQX", "Harbourpool"]),
        ex("h2", "Murky harbour echoes", datasets=["BQX", "Harbourpool"]),
        ex("h3", "Robust murky harbour", datasets=["BQX"]),
        ex("l1", "Faster lichen counters", datasets=["BQX", "Lichenset"]),
    ],
    # three capitals one paper defines, written bare in another field
    "thin": [
        ex("def", "Kettle routing for barges", methods=["Kettle Route Solver (KRS)", "Kettle Mixer (KeMix)"]),
        ex("b1", "Auction pricing of wool", methods=["KRS", "KeMix"]),
    ],
    # two meanings of one acronym, a bare use of each field
    "meanings": [
        ex("t1", "Topic mining in ballads", methods=["Latent Vellum Allocation (LVA)"]),
        ex("t2", "Topic models for ballads", methods=["latent vellum allocation (LVA)"]),
        ex("s1", "Signature matching by projections", methods=["Linear Vellum Analysis (LVA)", "Sigbank"]),
        ex("u1", "Signature features for matching", methods=["LVA", "Sigbank"]),
        ex("u2", "Topic trends in ballads", methods=["LVA"]),
    ],
    # the bare acronym everyone writes labels the entity
    "label": [ex("def", "Pelican encoders", methods=["Pelican Encoder Representations (PER)"])]
    + [ex(f"u{i}", f"Chore{i:02d} with encoders", methods=["PER"]) for i in range(6)],
}


def two_reads(corpus: list[Extraction]):
    asked = []

    def fields(need):
        asked.append(need)
        return count_fields(iter(corpus), need)

    return Linker(collect_forms(corpus, fields=False), fields=fields), asked


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_the_second_read_gives_the_same_linker(name):
    corpus = CORPORA[name] + FILLER
    one = Linker(collect_forms(corpus))
    two, asked = two_reads(corpus)
    assert len(asked) == 1  # (the corpus is read once more, not once per acronym)
    assert [output_record(e, two) for e in corpus] == [output_record(e, one) for e in corpus]
    assert (two.canon, two.field_names, two.foreign, two.thin) == (one.canon, one.field_names, one.foreign, one.thin)
    assert [(e.name, e.aliases) for e in two.entities] == [(e.name, e.aliases) for e in one.entities]
    if name == "label":
        assert "PER" in {e.name for e in two.entities}
    else:  # (a bare acronym whose field is weighed)
        assert any(one.field_names.values())


def test_the_cases_keep_their_meanings():
    records = {}
    for name in ("foreign", "meanings"):
        corpus = CORPORA[name] + FILLER
        linker, _ = two_reads(corpus)
        records[name] = {e.paper_id: output_record(e, linker) for e in corpus}
    canonical = {pid: [m["canonical"] for m in r["datasets"]] for pid, r in records["foreign"].items()}
    assert canonical["h1"][0] == "BQX" and canonical["l1"][0] == "Brindle Quilt Index (BQX)"
    assert records["meanings"]["u1"]["methods"][0]["canonical"] == "Linear Vellum Analysis (LVA)"


def test_the_first_pass_without_fields_counts_papers_per_item_only():
    corpus = CORPORA["foreign"] + FILLER
    forms = collect_forms(corpus, fields=False)
    assert not forms[FIELD_DEF] and not forms[FIELD_BARE] and forms[FIELD_DF] == {PAPERS: len(corpus)}
    assert forms[FIELD_FREQUENT]["w:harbour"] == 3  # (a small corpus: every item is still there)
    full = collect_forms(corpus)
    assert full[FIELD_DF] == {**forms[FIELD_FREQUENT], PAPERS: len(corpus)} and full[FIELD_DEF] and full[FIELD_BARE]
    with pytest.raises(ValueError, match="fields="):
        Linker(forms)  # (without its second read the Linker would weigh no field)


def test_the_second_read_counts_only_the_weighed_acronyms():
    # a long coinage its own paper defines and writes bare: nobody weighs its field
    own = ex("own", "Glimmer sponge tracking", methods=["Glimmer Sponge Tracker Network (GlimSTNet)", "GlimSTNet"])
    corpus = [own, *CORPORA["foreign"], *FILLER]
    _, [need] = two_reads(corpus)
    assert "Glimmer Sponge Tracker Network (GlimSTNet)" not in need.definitions["methods"]
    assert "Brindle Quilt Index (BQX)" in need.definitions["datasets"] and need.bare["datasets"] == {"BQX"}
    counts = count_fields(corpus, need)
    assert {k[1] for k in counts[FIELD_DEF]} == {"Brindle Quilt Index (BQX)"}
    assert {k[1] for k in counts[FIELD_BARE]} == {"BQX"}
    # the first pass's way counts the coinage's pairs too
    full = collect_forms(corpus)
    assert counts[FIELD_DEF].keys() < full[FIELD_DEF].keys() and counts[FIELD_BARE].keys() < full[FIELD_BARE].keys()


def test_the_spill_and_a_partition_give_the_second_read(tmp_path):
    from kg.build import Spill, spill_line
    from kg.distributed import count_partition_fields

    corpus = CORPORA["foreign"] + FILLER
    _, [need] = two_reads(corpus)
    spill = Spill(tmp_path)
    part = tmp_path / "spill-00000.jsonl"
    try:
        with part.open("w", encoding="utf-8") as f:
            for e in corpus:
                paper = Paper(id=e.paper_id, title=e.title, abstract="Some abstract text.")
                spill.write(paper, e)
                f.write(spill_line(paper, e))
        expected = count_fields(corpus, need)
        assert spill.count_fields(need) == expected
        assert count_partition_fields(str(part), need) == expected
    finally:
        spill.close()


@pytest.mark.parametrize("counters", [3, 12])
def test_frequent_items_stand_for_the_papers_per_item(monkeypatch, counters):
    # 12 counters: the items of more than a tenth of the papers are among the frequent ones and
    # the second read counts their papers; 3: too few to tell, the second read counts every item
    import kg.link

    monkeypatch.setattr(kg.link, "FREQUENT_COUNTERS", counters)
    corpus = CORPORA["foreign"] + CORPORA["meanings"] + FILLER
    forms = collect_forms(corpus, fields=False)
    assert len(forms[FIELD_FREQUENT]) <= 2 * counters + 1
    two, [need] = two_reads(corpus)
    assert (need.items is None) == (counters == 3)
    one = Linker(collect_forms(corpus))
    assert (two.common_items, two.everywhere) == (one.common_items, one.everywhere) and one.common_items
    assert [output_record(e, two) for e in corpus] == [output_record(e, one) for e in corpus]


def test_partitions_merge_their_frequent_items(monkeypatch):
    import kg.link
    from kg.distributed import _merge

    monkeypatch.setattr(kg.link, "FREQUENT_COUNTERS", 12)
    corpus = CORPORA["foreign"] + CORPORA["meanings"] + FILLER
    merged = None
    for i in range(0, len(corpus), 7):
        merged = _merge(merged, collect_forms(corpus[i:i + 7], fields=False))
    assert len(merged[FIELD_FREQUENT]) <= 2 * 12 + 1
    split = Linker(merged, fields=lambda need: count_fields(corpus, need))
    one = Linker(collect_forms(corpus))
    assert [output_record(e, split) for e in corpus] == [output_record(e, one) for e in corpus]
