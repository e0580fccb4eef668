"""Round 33 (review2): review of the link round's acronym labels and field counts. Invented names."""

from __future__ import annotations

from kg.link import collect_forms, link
from kg.model import Extraction, Mention


def ex(pid: str, title: str | None, methods=()) -> Extraction:
    return Extraction(pid, title, methods=tuple(Mention(n, ((0, len(n)),), 0.9) for n in methods))


FILLER = [ex(f"f{i}", f"Filler{i:02d}x study", methods=[f"Fillnet{i:02d}"]) for i in range(30)]


def test_a_case_variant_of_the_acronym_counts_as_a_bare_use_for_the_label():
    # six papers write "QER", two "Qer", one defines it: the bare acronym is what everyone writes
    papers = [ex("def", "Quokka encoders", methods=["Quokka Encoder Representations (QER)"])]
    papers += [ex(f"u{i}", f"Task{i:02d} with encoders", methods=["QER"]) for i in range(6)]
    papers += [ex(f"v{i}", f"Vask{i:02d} with encoders", methods=["Qer"]) for i in range(2)]
    exs, ents = link(papers + FILLER)
    assert next(e for e in exs if e.paper_id == "v0").methods[0].name == "QER"
    assert any(e.name == "QER" and "Quokka Encoder Representations (QER)" in e.aliases for e in ents)


def test_a_partition_without_papers_merges():
    from kg.distributed import _merge

    empty = collect_forms([])  # (every paper of the partition failed)
    merged = _merge(empty, collect_forms([ex("d", "Quokka encoders", methods=["Quokka Encoder (QE)", "QE"])]))
    merged = _merge(merged, collect_forms([]))
    assert merged["methods"]["QE"] == 1


def test_partitions_link_as_one_process():
    from kg.distributed import _merge
    from kg.link import Linker

    papers = [ex("def", "Zyglo quartz reasoning", methods=["Zyglo Quartz Benchmark (ZQB)", "Quartzset"])]
    papers += [ex(f"g{i}", f"Wobbling gait {w}", methods=["ZQB", "Gaitpool"]) for i, w in enumerate("abc")]
    papers += [ex(f"u{i}", f"Task{i:02d} with encoders", methods=["QER"]) for i in range(6)]
    papers += [ex("q", None, methods=["Quokka Encoder Representations (QER)"]), *FILLER]
    whole = Linker(collect_forms(papers))
    parts = None
    for i in range(3):
        parts = _merge(parts, collect_forms(papers[i::3]))
    split = Linker(parts)
    assert [e.name for e in whole.entities] == [e.name for e in split.entities]
    assert [whole.rewrite(p) for p in papers] == [split.rewrite(p) for p in papers]


def test_the_label_is_not_the_plural_most_papers_write():
    papers = [ex("def", "Quokka encoders", methods=["Quokka Encoder Network (QEN)"])]
    papers += [ex(f"u{i}", f"Task{i:02d} with encoders", methods=["QENs" if i < 4 else "QEN"]) for i in range(7)]
    _, ents = link(papers + FILLER)
    assert any(e.name == "QEN" and "QENs" in e.aliases for e in ents)
