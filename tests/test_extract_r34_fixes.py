"""Round 34 (fixes): weaknesses left by earlier rounds, on invented names: editions before a
split word and their bracketed values, a lost conventional symbol, an opening gerund clause,
a title's genre word, the stem match of `_data_named_after`, a judge model's score and a
fronted "both" list."""

from extract_helpers import names, run

from kg.extract import mentions as M

_SEG = "We propose ZorbSeg for video object segmentation. "


def _datasets_results(nlp, sentence: str) -> tuple[list[str], list[tuple]]:
    ex = run(nlp, "ZorbSeg: Segmentation", _SEG + sentence)
    return names(ex.datasets), [(r.value_text, r.dataset) for r in ex.results]


def test_editions_before_a_split_word_are_two_datasets(nlp):
    got, _ = _datasets_results(nlp, "It reaches 86.3% on Quorb-VOS 2018/2019 val and more.")
    assert {"Quorb-VOS 2018", "Quorb-VOS 2019"} <= set(got)
    got, _ = _datasets_results(nlp, "It reaches 45.1 on QUORB 2017 and 2018 test-dev splits.")
    assert {"QUORB 2017", "QUORB 2018"} <= set(got)


def test_a_number_before_a_count_noun_is_no_edition(nlp):
    got, _ = _datasets_results(nlp, "It scores 3.1 on QUORB-10 and 100 test images.")
    assert "QUORB-100" not in got


def test_bracketed_values_after_coordinated_editions_go_in_order(nlp):
    _, res = _datasets_results(nlp, "It achieves the best results on QUORB 2016/2017 val (92.6% and 87.1%).")
    assert ("92.6%", "QUORB 2016") in res and ("87.1%", "QUORB 2017") in res
    _, res = _datasets_results(nlp, "It reaches QUORB 2016/2017 val (92.6%).")
    assert res == [("92.6%", "QUORB 2016")]


def test_a_lost_conventional_symbol_is_put_back(nlp):
    ex = run(nlp, "ZorbNet", "We study the -nearest neighbor search problem in quorb spaces.")
    assert "k-nearest neighbor search" in names(ex.tasks)
    assert "neighbor search" not in names(ex.tasks)


def test_an_opening_gerund_clause_is_no_part_of_the_name(nlp):
    for lead in ("Leveraging Zorbformers", "Exploiting Quorb Graph Networks"):
        got = names(run(nlp, "ZorbGen", f"{lead}, we build ZorbGen.").methods)
        assert not any(n.startswith(("Leveraging", "Exploiting")) for n in got), got
    got = names(run(nlp, "ZorbGen", "Exploiting Quorb Graph Networks, we build ZorbGen.").methods)
    assert "Quorb Graph Networks" in got
    # a preposition's object is a cited work: no method left behind
    got = names(run(nlp, "ZorbGen", "Following Zorbson and Quorbly, we build ZorbGen.").methods)
    assert "Zorbson" not in got


def test_a_title_genre_word_is_no_method(nlp):
    for genre in ("Position", "Survey", "Tutorial"):
        ex = run(nlp, f"{genre}: Quorb Models Need Zorb Alignment", "We argue that quorb models need zorb alignment.")
        assert genre not in names(ex.methods) and genre not in ex.proposed


def test_data_named_after_reads_inflections_not_adverbs():
    t = ("Quorb models serve applications such as zorbic property prediction. We test the model "
         "properly on five benchmark datasets.")
    c = M.Cand(t.index("zorbic"), t.index(" prediction") + len(" prediction"), M.TASK, "phrase", 0.5)
    assert not M._data_named_after(t, c, c.end)
    t2 = t.replace("properly on five benchmark", "on five property benchmark")
    c2 = M.Cand(t2.index("zorbic"), t2.index(" prediction") + len(" prediction"), M.TASK, "phrase", 0.5)
    assert M._data_named_after(t2, c2, c2.end)


def test_a_judge_models_score_is_a_result(nlp):
    ex = run(nlp, "ZorbChat: Aligned Assistants",
             "We propose ZorbChat, an aligned chat assistant. ZorbChat raises the Quorb-4 judge score to 8.2.")
    assert [(r.value_text, r.metric, r.method) for r in ex.results] == [("8.2", "Quorb-4 judge score", "ZorbChat")]


def test_a_fronted_both_list_gives_its_first_benchmark(nlp):
    ex = run(nlp, "ZorbNet", "We propose ZorbNet. On both ZorbSet and QuorbSet, ZorbNet reaches 91.2% accuracy. "
                             "Results on ZorbSet and QuorbSet are shown.")
    assert [(r.value_text, r.dataset) for r in ex.results] == [("91.2%", "ZorbSet")]
    # without "both" the claim is about the list: none
    ex = run(nlp, "ZorbNet", "We propose ZorbNet. On ZorbSet and QuorbSet, ZorbNet reaches 91.2% accuracy. "
                             "Results on ZorbSet and QuorbSet are shown.")
    assert [(r.value_text, r.dataset) for r in ex.results] == [("91.2%", None)]


# --- link: a title's three-capital acronym is a field word ---------------------------------------


def test_a_three_capital_title_word_tells_a_bare_acronyms_field():
    from kg.link import link
    from kg.model import Extraction, Mention

    def ex(pid, title, methods):
        return Extraction(pid, title, methods=tuple(Mention(n, ((0, len(n)),), 0.9) for n in methods))

    filler = [ex(f"f{i}", f"Filler{i:02d}x study", [f"Fillnet{i:02d}"]) for i in range(30)]
    papers = [ex("def", "Zorbqueue: a parameterless queue to improve ZTP traffic", ["quorb zebra management (QZM)"]),
              ex("b1", "A new ZTP/QZM system analysis", ["QZM"]), *filler]
    exs, _ = link(papers)
    # "ZTP" in both titles: one field, so the bare QZM is the defined one (before, the title's
    # words of four letters or more were the only title items, and it stayed apart)
    assert next(e for e in exs if e.paper_id == "b1").methods[0].name == "quorb zebra management (QZM)"


def test_a_name_is_no_spelling_of_its_own_variant(nlp):
    # "ZLaMA" spells "ZLaMA-Adapter V2" letter by letter, but is a part of its first word: two
    # models, not an acronym and its long form
    ex = run(nlp, "ZLaMA-Adapter V2: Efficient Tuning", "We present ZLaMA-Adapter V2, which tunes ZLaMA with 14M parameters.")
    assert names(ex.methods) == ["ZLaMA-Adapter V2", "ZLaMA"]
