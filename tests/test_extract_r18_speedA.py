"""Round 18, speed of the names stage: the fast paths give the same answers as the full tests."""

from kg.extract import names as N


def test_plain_words_are_never_names():
    # a word of letters with no inner capital: is_namey's regexes would say no as well
    for w in ("logic", "Calculus", "étude", "Zorblat", "transformer"):
        assert N._plain_word(w)
        assert not N.is_namey.__wrapped__(w)
        assert N.name_stem.__wrapped__(w) is None
    # names keep the full test: an inner capital, a digit, "-", "+", "_"
    for w in ("ZorbNet", "Q5", "zorb2vec", "Zorb-Former", "Zorb++", "G_zorb"):
        assert not N._plain_word(w)


def test_title_runs_match_the_full_scan():
    texts = [
        "We compare Neural Zorb Machines and Deep Quux Ensembles with (Plain Zorb Nets).",
        "It beats O'Zorb Networks, Zorb-Net Large and A.B Cde on the Quux-Bench Test Set.",
        "Title With Many Words\n\nThe Zorb Model And The Quux Model_X Suite.",
        "Café Zorb Networks beat Quux Ensembles.",  # other than ASCII: the full scan
    ]
    for t in texts:
        for start, end in ((0, len(t)), (5, len(t) - 3)):
            expected = [m.span() for m in N._TITLE_RUN.finditer(t, start, end)]
            assert [m.span() for m in N._title_runs(t, start, end)] == expected
    t = texts[0]
    assert [t[a:b] for a, b in N.find_title_case_runs(t, 0, len(t))] == [
        "Neural Zorb Machines", "Deep Quux Ensembles", "Plain Zorb Nets"]
