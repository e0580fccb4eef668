"""Round 17: name shapes of new models (invented names in invented sentences; each test fails
without its rule)."""

from __future__ import annotations

from extract_helpers import run

_TITLE = "Plimo: Better Models"


def _names(nlp, sentence: str, title: str = _TITLE) -> set[str]:
    ex = run(nlp, title, sentence)
    return {m.name for m in ex.methods} | {d.name for d in ex.datasets}


def test_a_plain_word_with_a_release_after_it_is_a_model_family(nlp):
    # a capitalised word with no name shape, named by the version and release tag or size
    # after it, as LLM families are written
    got = _names(nlp, "We compare Plimo with Zemini 1.5 Pro and Qorbla 3 70B on several benchmarks.")
    assert {"Zemini 1.5 Pro", "Qorbla 3 70B"} <= got
    got = _names(nlp, "Built on Zlama 3.2 Vision, Plimo beats Zlaude 3.5 Sonnet and Zorblax v1.5.")
    assert {"Zlama 3.2 Vision", "Zlaude 3.5 Sonnet", "Zorblax v1.5"} <= got
    # (not prose: ordinary words and numbered parts before a number, bare numbers)
    got = _names(nlp, "Among 7 70B models, Plimo wins. Version 2 Pro is shown in Table 3 Chat. "
                      "The Dataset v2 split and Task 4 are hard.")
    assert got == {"Plimo"}


def test_an_ordinary_word_with_capitals_inside_spells_an_acronym(nlp):
    # "eXtreme Zorbel Classification (XZC)": the capitals spell the acronym out; the word is no
    # name of its own
    got = _names(nlp, "Plimo uses the eXtreme Zorbel Classification (XZC) setting and beats "
                      "Qorblin, a kNowledge-grounded model, on ZorbBench.")
    assert not {"eXtreme", "kNowledge"} & got
    # (a coined lower-case name with capitals inside is one: "xZorbNet" is no ordinary word)
    got = _names(nlp, "Plimo beats xZorbNet and iZORB on ZorbBench.")
    assert {"xZorbNet", "iZORB"} <= got


def test_units_in_mixed_case_are_no_names(nlp):
    # "16 kHz", "5 mW": units, though written with a capital inside
    got = _names(nlp, "Plimo runs on audio sampled at 16 kHz, draws 5 mW and 2 mJ per inference at -70 dBm.")
    assert got == {"Plimo"}
    got = _names(nlp, "Plimo draws 2 kW at 5 mV, 3 kWh per day and 900 mAh per charge.")
    assert got == {"Plimo"}


def test_a_venue_and_year_in_a_citation_is_no_dataset(nlp):
    # an unknown acronym and a year reads as a shared task's edition ("SemEval 2017"), but in a
    # citation it is the venue of the cited work
    got = _names(nlp, "Plimo improves the bound of Zhou et al. [ZORBA 2011] and of Qian and Lu (QUIBS 2009). "
                      "A preliminary version appeared in PLOMB 2014.")
    assert not {"ZORBA 2011", "QUIBS 2009", "PLOMB 2014"} & got
    # (the edition of a challenge stays a dataset)
    got = _names(nlp, "Plimo ranks first on the ZORBEVAL 2019 challenge.")
    assert "ZORBEVAL 2019" in got


def test_a_shared_task_edition_after_a_citing_verb_stays_a_dataset(nlp):
    # "submitted to", "presented at" cite a venue, but not when the year is followed by
    # "shared task", "challenge", "competition" or "track": that is an edition of an event
    got = _names(nlp, "Plimo, our system submitted to the ZORBEVAL 2021 shared task on clinical concept extraction.")
    assert "ZORBEVAL 2021" in got
    got = _names(nlp, "Plimo was presented at the ZCASE 2020 challenge and ranked second on Task 1.")
    assert "ZCASE 2020" in got


def test_a_dataset_listed_in_a_bracket_is_no_cited_venue(nlp):
    # in a citation the venue follows a surname ("(Hajek. CISS 2001"); after another name, "e.g."
    # or "namely," the bracket lists datasets
    got = _names(nlp, "We test Plimo on three benchmarks (COCO, ZORBVID 2019 and LVIS).")
    assert "ZORBVID 2019" in got
    got = _names(nlp, "We test Plimo on two benchmarks (e.g. ZORBATS 2018 and QLISS 2015).")
    assert {"ZORBATS 2018", "QLISS 2015"} <= got
    got = _names(nlp, "We test Plimo on two benchmarks (namely, ZORBATS 2018 and QLISS 2015).")
    assert {"ZORBATS 2018", "QLISS 2015"} <= got
    # (after a surname it is still a venue)
    got = _names(nlp, "Plimo improves the bound (Zhoulin, ZORBA 2011) by half.")
    assert "ZORBA 2011" not in got


def test_a_venue_after_two_datasets_is_an_edition(nlp):
    # "A and B (VENUE 2009)" cites when A and B are surnames; after two dataset names the
    # bracket names an edition
    got = _names(nlp, "We evaluate Plimo on Robust04 and ZorbNet (ZREC 2011).")
    assert "ZREC 2011" in got
    # (after two surnames, one with a comma before "and", it is a venue)
    got = _names(nlp, "Plimo improves the bounds of Qian, Lu, and Zhoulin (QUIBS 2009).")
    assert "QUIBS 2009" not in got


def test_a_venue_after_proceedings_of_is_no_dataset(nlp):
    # "Proceedings of VENUE YEAR" with no verb before it still cites a venue
    got = _names(nlp, "We study Plimo. To appear in the Journal of Zorbic Logic, Proceedings of ZICLP 2015.")
    assert "ZICLP 2015" not in got


def test_a_device_or_solver_with_a_release_is_no_model(nlp):
    # hardware and software libraries are no methods, though written like a model's release
    got = _names(nlp, "We run Plimo on a Xiaomi 13 Pro and a Jetson 4 Nano, with Gurobi v9.1, "
                      "a Velodyne v2 lidar and an Apple Watch 9 Ultra.")
    assert got == {"Plimo"}


def test_release_tags_of_the_shared_list_and_lower_case_sizes(nlp):
    # the tags after a spaced version are those of names.py's one list ("Coder", "VL", "Math",
    # "Base", "Preview"); a size may be written in lower case ("3 8b")
    got = _names(nlp, "We compare Plimo with Zwen 2.5 Coder, Zorbal 2 Base and Zlama 3 8b on ZorbBench.")
    assert {"Zwen 2.5 Coder", "Zorbal 2 Base", "Zlama 3 8b"} <= got


def test_spaced_release_guards():
    from kg.extract.names import find_spaced_releases

    def spans(t):
        return [t[a:b] for a, b in find_spaced_releases(t)]

    # non-names before a release: "Docker v2", "Huawei 9 Pro"
    assert spans("We ran Docker v2 on a Huawei 9 Pro.") == []
    # a release read inside another one ("Pro v3" in "Zorblax 2 Pro v3") is a part of it
    assert spans("Plimo beats Zwen 2 72B Instruct and Zorblax 2 Pro v3.") == ["Zwen 2 72B Instruct", "Zorblax 2 Pro v3"]
    # a "v" version glued to more ("v2x", "v2-style", "v2%", "v1.5.2x") is no release
    assert spans("Zorblax v2x, Zorblax v2-style, Zorblax v2% and Zorblax v1.5.2x") == []
    # nor a size glued to a word ("70Bs")
    assert spans("Qorbla 3 70Bs, Qorbla 3 70bs") == []
    # the family word starts a word: not the end of a hyphenated or dotted name
    assert spans("Zorb-Qorblax v2, Zorb.Qorblax v2 and Zorb-Qorbla 3 70B") == []


def test_venue_guards(nlp):
    # pages after the year cite a venue, wherever it stands
    got = _names(nlp, "Plimo improves the bound of [ZORBA 2006, pages 629-640] by half.")
    assert "ZORBA 2006" not in got
    # a bracket closed before the name holds no citation ("(a Zorb model) ... Zorbsets, ")
    got = _names(nlp, "Plimo (a Zorb model) is tested on Zorbsets, ZORBVID 2019 and LVIS.")
    assert "ZORBVID 2019" in got
    # two venues after one citing verb
    got = _names(nlp, "A preliminary version of Plimo appeared in ZOBA 2012 and QUIBS 2013.")
    assert not {"ZOBA 2012", "QUIBS 2013"} & got
