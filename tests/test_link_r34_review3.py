"""Round 34 (review3): the two ways of counting the acronyms' fields (one pass; a first pass with
Misra and Gries' frequent items, then the Linker's second read) give the same Linker on random
corpora of invented names, whether the frequent items or the fallback (every item counted) serve,
and whatever order kg.distributed merges its partitions in."""

from __future__ import annotations

import random
from collections import Counter
from functools import reduce

import pytest

from kg.link import FIELD_DF, FIELD_FREQUENT, PAPERS, FieldNeed, Linker, collect_forms, count_fields, output_record
from kg.model import Extraction, Mention, Paper

# acronyms with one or two meanings (a two-meaning one is weighed by its bare uses' field)
MEANINGS = {
    "QZR": ["Quiet Zebra Router (QZR)", "Quantum Zinc Relay (QZR)"],
    "BQX": ["Brindle Quilt Index (BQX)"],
    "KRS": ["Kettle Route Solver (KRS)"],
    "DRN": ["Dusky Reef Network (DRN)", "Dappled Rain Net (DRN)", "dusky reef network (DRN)"],
    "PloV": ["Pelican Lattice over Voxels (PloV)"],
    "WXT": ["Wobbly Xylem Tagger (WXT)"],
}
# fields: title words and names their papers share, each field in fewer than a tenth of the papers
_SYLLABLES = ["bri", "lo", "ket", "mur", "vel", "dus", "quo", "fen", "tal", "wib", "sor", "nax"]
FIELDS = [([f"{a}{b}ward", f"{b}{a}ling", f"{a}sy{b}"], [f"{a.capitalize()}{b}set", f"{b.capitalize()}{a}bank"])
          for a, b in zip(_SYLLABLES, _SYLLABLES[3:] + _SYLLABLES[:3], strict=True)]  # fmt: skip
HOME = {short: FIELDS[i % len(FIELDS)] for i, short in enumerate(sorted(MEANINGS))}  # (where it is defined)
COMMON = ["robust", "efficient"]  # title words of more than a tenth of the papers
COMMON_NAMES = ["Plainbench"]


def random_paper(rng: random.Random, i: int) -> Extraction:
    field = rng.choice(FIELDS)
    mentions: dict[str, list[Mention]] = {"methods": [], "datasets": []}
    for _ in range(rng.randint(1, 4)):
        short = rng.choice(sorted(MEANINGS))
        roll = rng.random()
        if roll < 0.2:
            field = HOME[short] if rng.random() < 0.7 else field
            name, aliases = rng.choice(MEANINGS[short]), ()
        elif roll < 0.3:
            name, aliases = short, (rng.choice(MEANINGS[short]),)  # (the definition as an alias)
        elif roll < 0.6:
            name, aliases = rng.choice([short, short + "s", short.lower()]), ()
        else:
            name, aliases = rng.choice(field[1] + COMMON_NAMES + [f"Rarenet{rng.randrange(400)}"]), ()
        kind = rng.choice(["methods", "datasets"])
        confidence = rng.choice([0.5, 0.9])  # (weak typings the corpus vote may move)
        mentions[kind].append(Mention(name, ((0, len(name)),), confidence, aliases))
    title = rng.sample(field[0], 2) + rng.sample(COMMON, rng.randint(0, 1))
    title += [f"Zq{rng.randrange(1000):03d}tword" for _ in range(rng.randint(0, 3))]  # (rare words: many items)
    return Extraction(f"p{i}", " ".join(rng.sample(title, len(title))).capitalize(),
                      methods=tuple(mentions["methods"]), datasets=tuple(mentions["datasets"]))  # fmt: skip


def linker_state(linker: Linker, corpus: list[Extraction]):
    weighed = {(t, e) for t, names in linker.field_names.items() for n in names for e in [linker.canon[t][n]]}
    return (
        linker.canon, linker.field_names, linker.foreign, linker.thin, linker.meanings, linker.definition,
        linker.common_items, linker.everywhere, {k: v for k, v in linker.fields.items() if k in weighed},
        [(e.kind, e.name, e.aliases, e.broader) for e in linker.entities],
        [output_record(e, linker) for e in corpus], [linker.rewrite(e) for e in corpus],
    )  # fmt: skip


def second_read(parts: list[list[Extraction]], asked: list[FieldNeed]):
    """The Linker's ``fields=`` of kg.distributed: each partition counted, the counts merged."""
    from kg.distributed import _merge

    def fields(need: FieldNeed):
        asked.append(need)
        return reduce(_merge, [count_fields(part, need) for part in parts], None)

    return fields


@pytest.mark.parametrize("counters", [3, 30, 1000])
def test_random_corpora_link_the_same_both_ways(monkeypatch, counters):
    # 3 counters: too few to tell the items of a tenth of the papers, the second read counts every
    # item; 30: the first pass drops items (Misra-Gries decrements) and the frequent ones serve;
    # 1000: no item dropped
    import kg.link

    monkeypatch.setattr(kg.link, "FREQUENT_COUNTERS", counters)
    paths: Counter = Counter()
    for seed in range(6):
        rng = random.Random(seed * 1000 + counters)
        corpus = [random_paper(rng, i) for i in range(rng.randint(60, 240))]
        one = linker_state(Linker(collect_forms(corpus)), corpus)
        # kg.build and kg extract: one stream, one spill
        asked: list[FieldNeed] = []
        forms = collect_forms(corpus, fields=False)
        two = Linker(forms, fields=second_read([corpus], asked))
        assert linker_state(two, corpus) == one, seed
        dropped = forms[FIELD_FREQUENT][PAPERS] > 0
        paths["every item" if asked[0].items is None else "frequent, dropped" if dropped else "frequent"] += 1
        # kg.distributed: partitions of any size, merged in any order
        size = rng.randint(3, 50)
        parts = [corpus[i:i + size] for i in range(0, len(corpus), size)]
        rng.shuffle(parts)
        forms = reduce(_merge_forms, parts, None)
        split = Linker(forms, fields=second_read(parts, asked))
        assert linker_state(split, corpus) == one, seed
    assert {3: "every item", 30: "frequent, dropped", 1000: "frequent"}[counters] in paths


def _merge_forms(total, part):
    from kg.distributed import _merge

    return _merge(total, collect_forms(part, fields=False))


def test_an_empty_corpus_links_both_ways():
    one = Linker(collect_forms([]))
    two = Linker(collect_forms([], fields=False), fields=lambda need: count_fields([], need))
    assert linker_state(two, []) == linker_state(one, []) and not two.entities


def test_papers_without_field_items_link_both_ways():
    corpus = [Extraction(f"p{i}", "") for i in range(5)]
    forms = collect_forms(corpus, fields=False)
    assert forms[FIELD_DF] == {PAPERS: 5} and not forms[FIELD_FREQUENT]
    two = Linker(forms, fields=lambda need: count_fields(corpus, need))
    assert linker_state(two, corpus) == linker_state(Linker(collect_forms(corpus)), corpus)


def test_the_spill_written_by_workers_gives_the_second_read(tmp_path):
    # kg extract --workers 2: the first pass counts the workers' extractions, the second read the
    # spill's lines those workers encoded; a title of None and aliases survive the round trip
    from kg.build import Spill, _spilled

    rng = random.Random(7)
    corpus = [random_paper(rng, i) for i in range(40)] + [Extraction("untitled", None)]  # type: ignore[arg-type]
    spill = Spill(tmp_path)
    try:
        for e in corpus:
            spill.write_line(_spilled(Paper(id=e.paper_id, title=e.title or "", abstract="Text."), e)[1])
        asked: list[FieldNeed] = []

        def fields(need):
            asked.append(need)
            return spill.count_fields(need)

        two = Linker(collect_forms(corpus, fields=False), fields=fields)
        assert asked and linker_state(two, corpus) == linker_state(Linker(collect_forms(corpus)), corpus)
    finally:
        spill.close()


def test_first_pass_counts_without_a_second_read_fail_before_linking(monkeypatch):
    # the names of a big corpus take minutes to link: the missing fields= is told first
    import kg.link

    def no_linking(*args, **kwargs):
        raise AssertionError("linked before the counts were checked")

    monkeypatch.setattr(kg.link, "_link_kinds", no_linking)
    rng = random.Random(3)
    with pytest.raises(ValueError, match="fields="):
        Linker(collect_forms([random_paper(rng, i) for i in range(20)], fields=False))
