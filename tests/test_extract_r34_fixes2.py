"""Round 34 (fixes2), on invented names: a fronted "On the A and B datasets," ends at its comma,
a model named as the judge of a score is no owner of the result, and a bare acronym is not
joined to a long form that one of its words gives no letter."""

from extract_helpers import names, run

from kg.extract import mentions as M
from kg.extract import names as N
from kg.extract.mentions import METHOD, Cand


def test_a_fronted_named_data_list_ends_at_its_comma(nlp):
    for opener in ("On both the Zorb and Quxa datasets", "On the Zorb and Quxa benchmarks", "Across the Zorb dataset"):
        ex = run(nlp, "ZorbNet", f"We propose ZorbNet. {opener}, ZorbNet reaches 91.2% accuracy.")
        assert "ZorbNet" not in names(ex.datasets), opener
        assert "ZorbNet" in names(ex.methods), opener
        assert [r.method for r in ex.results] == ["ZorbNet"], opener
    # "both the": the list's first benchmark, as "On both A and B," gives
    ex = run(nlp, "ZorbNet", "We propose ZorbNet. On both the Zorb and Quxa datasets, ZorbNet reaches 91.2% accuracy.")
    assert [(r.value_text, r.dataset) for r in ex.results] == [("91.2%", "Zorb")]


def test_an_unnamed_data_noun_still_opens_a_list(nlp):
    ex = run(nlp, "ZorbNet", "We propose ZorbNet. We evaluate on three benchmarks, QuxaSet, ZorbSet and FlimSet.")
    assert {"QuxaSet", "ZorbSet", "FlimSet"} <= set(names(ex.datasets))


def test_a_judge_model_is_part_of_the_measure(nlp):
    pre = "We propose ZorbChat, an aligned chat assistant. "
    for sentence, value in (("ZorbChat achieves a GPT-4 score of 8.2 on QuorbBench.", "8.2"),
                            ("ZorbChat achieves a GPT-4 judge score of 8.2 on QuorbBench.", "8.2"),
                            ("ZorbChat reaches a GPT-4o-judged win rate of 62.1% on QuorbBench.", "62.1%")):
        ex = run(nlp, "ZorbChat: Aligned Assistants", pre + sentence)
        assert [(r.value_text, r.method) for r in ex.results] == [(value, "ZorbChat")], sentence


def test_every_word_of_a_bare_acronyms_long_form_gives_a_letter():
    assert N.spells("QIG", "quantized gradient descent")  # (the loose reading: "descent" skipped)
    assert not N.spells("QIG", "quantized gradient descent", every_word=True)
    assert N.spells("ZEAF", "Zorb Efficient Attention-bridged Fusion", every_word=True)
    assert N.spells("ZERT", "Zorb Encoder Representations from Transformers", every_word=True)
    # apart: a reading that leaves a word out reads only the first letters of the others
    assert not N.spells_apart("QIG", "quantized gradient descent")
    assert N.spells_apart("ZFC", "Zorb Fully Connected Block")
    assert N.spells_apart("QuorbNet", "quorb modulation networks")
    assert not N.spells_apart("ZQN", "Zorb Q-learning")  # (not read inside a hyphenated word's part)


def test_a_bare_acronym_is_not_joined_to_words_it_skips():
    text = "We train without quantized gradient descent. QIG samples images. QGD is slow."
    def cands():
        out = []
        for name in ("quantized gradient descent", "QIG", "QGD"):
            a = text.index(name)
            out.append(Cand(a, a + len(name), METHOD, "name", 0.7, name=name))
        return out
    got = cands()
    M._join_spelled_forms(text, got[:2])
    assert [c.name for c in got[:2]] == ["quantized gradient descent", "QIG"]
    got = cands()
    M._join_spelled_forms(text, [got[0], got[2]])
    assert got[2].name == "quantized gradient descent (QGD)"
