"""Round 18: the extractor's time stays linear in the input on adversarial text, and it never
raises on messy text.

Each time test feeds one input that took tens of seconds (or minutes) before its fix and
takes well under a second after it; the bound is loose (a loaded machine must not fail it),
the point is that the call finishes. Texts are invented.
"""

from __future__ import annotations

import time

from extract_helpers import run

from kg.extract import mentions as M
from kg.extract import names as N
from kg.extract.tokenizer import make_tokenizer
from kg.text import split_sentences

BOUND = 8.0  # seconds; each input below took 20 s or more before its fix


def _timed(fn, *args):
    start = time.process_time()
    out = fn(*args)
    seconds = time.process_time() - start
    assert seconds < BOUND, f"{fn.__name__} took {seconds:.1f}s"
    return out


# ---------------------------------------------------------------- tokenizer


def test_a_long_run_of_punctuation_is_tokenized_in_linear_time(nlp):
    # spaCy strips affixes one character at a time, copying and hashing the rest each time
    tok = make_tokenizer(nlp.vocab)
    for run_text in ("(" * 60_000, "-" * 60_000, "a" + " " * 60_000 + "b", "x\n" + "\n" * 60_000):
        doc = _timed(tok, run_text)
        assert doc.text == run_text
    assert [t.text for t in tok("(" * 400)] == ["("] * 400  # still one token per bracket
    assert [t.text for t in tok("((ZorbNet))")] == ["(", "(", "ZorbNet", ")", ")"]


# ---------------------------------------------------------------- sentences


def test_a_long_run_of_periods_is_split_in_linear_time():
    assert _timed(split_sentences, "." * 60_000) == [(0, 60_000)]


def test_periods_that_end_no_sentence_are_read_in_linear_time():
    # abbreviations before capitals: no sentence ends, the words before each period are read
    text = "Zorb vs. Quill et al. Blin " * 50_000
    spans = _timed(split_sentences, text)
    assert spans == [(0, len(text) - 1)]
    t = "We use Zorb vs. Quill here. Then Blin et al. found it. Done"
    assert split_sentences(t) == [(0, 27), (28, 54), (55, 59)]


# ---------------------------------------------------------------- names


def test_a_long_digit_word_is_no_name_and_fast():
    assert _timed(N.name_stem, "1" * 40_000) is None
    assert _timed(N.name_stem, "7" * 40_000 + "-chat") is None
    assert N.name_stem("Zorb-2-7b-chat") == "Zorb-2-7b-chat"


def test_a_long_slash_chain_of_names_is_read_in_linear_time(nlp):
    # each name word of the chain read the rest of the chain to its end
    text = "/".join(f"Zo{i}Net" for i in range(20_000))
    _timed(run, nlp, "Zorb", text)
    t = "We compare ZorbNet/QuillNet here."
    assert [t[a:b] for a, b in N.find_name_words(t)] == ["ZorbNet", "QuillNet"]


# ---------------------------------------------------------------- mentions


def test_a_long_hyphen_chain_is_looked_up_in_linear_time():
    chain = "-".join(f"Zorb{i}" for i in range(20_000))
    assert _timed(M._lexicon_label, chain) is None
    assert M._lexicon_label("ImageNet-Zorb-Quill") == "DATASET"  # a variant of a known name


def test_many_method_names_are_compared_in_linear_time():
    # every name held by the longer names: one search over all names joined, not a loop over
    # all names per name
    text = "".join(f"Kernel Zorb Quill{i} Network. " for i in range(4_000))
    starts = [i for i in range(len(text)) if text.startswith("Kernel", i)]
    cands = [M.Cand(s, text.index(".", s), M.METHOD, "titlecase", 0.8) for s in starts]
    cands += [M.Cand(s + 7, text.index(".", s), M.METHOD, "lexicon", 0.8) for s in starts]
    kept = _timed(M._without_inner_names, text, cands)
    assert len(kept) == len(starts)  # "Zorb QuillN Network" is only ever written inside
    holders = M._NameHolders({"kernel graph net", "graph net", "graph nets", "net"})
    assert holders.inside("graph net") == ["kernel graph net"]


def test_an_adversarial_abstract_goes_through(nlp):
    text = "We propose ZorbNet (ZN). " + "((((" * 3_000 + " " + "$" * 5_000 + " " + "." * 5_000
    ex = _timed(run, nlp, "ZorbNet", text)
    assert "ZorbNet" in ex.proposed


# ---------------------------------------------------------------- exceptions


def test_a_lone_surrogate_in_the_text_is_read_as_a_replacement_character(nlp):
    # "\ud800" from a JSON escape reaches the API as a lone surrogate, which spaCy cannot hash
    ex = run(nlp, "Zorb \ud800 Net", "We propose ZorbNet \udfff. It gets 3.2% on Quill.")
    assert ex.proposed == ("ZorbNet",)
    text = "Zorb \ud800 Net\n\nWe propose ZorbNet \udfff. It gets 3.2% on Quill."
    assert all(text[a:b] == "ZorbNet" for m in ex.methods if m.name == "ZorbNet" for a, b in m.spans)


def test_pipeline_serialises():
    """The tokenizer's affix searches keep the ``.pattern`` spaCy serialises (``to_bytes``),
    and a pickled pipeline tokenises as the original does."""
    import pickle

    from kg.extract import build_pipeline

    nlp = build_pipeline()
    assert nlp.tokenizer.to_bytes()
    text = "ViT-B/16 (ours) reaches 81.2% top-1 ((((" + "(" * 400
    again = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in again(text)] == [t.text for t in nlp.tokenizer(text)]


# ---------------------------------------------------------------- results


def test_a_sentence_of_thousands_of_numbers_is_read_in_linear_time(nlp):
    # every number scanned its sentence from the start ("our" names, generic subjects, the
    # earlier datasets, "respectively"): quadratic in a sentence of thousands of numbers
    # (128k characters took over 30 s)
    text = " ".join(f"{i}x faster" for i in range(13_000))[:128_000]
    start = time.process_time()
    ex = run(nlp, "Zorb", text)
    assert time.process_time() - start < 20.0
    assert len(ex.results) > 1_000


def test_our_and_generic_subject_lookups_are_the_pattern_scans():
    from kg.extract import results as R

    for t in ["Our ZorbNet beats our method; ﬁne, our final Quill-7B and our Our-X (İour full Zorb) gets 3%",
              "our our Zorb, our best Quill model and existing methods, İ most LLMs and Our model"]:
        # (st.low as mlkg_sentences sets it: the text itself where lower() changes its length, "İ";
        # the text one sentence, whose head-word offsets _last_generic_subject keeps)
        low = t.lower()
        st = M.DocState(text=t, low=low if len(low) == len(t) else t, sentences=[(0, len(t))], starts=[0])
        for lo in range(0, len(t), 3):
            for end in range(lo, len(t) + 1, 5):
                want = [m.span() for m in R._OUR_NAME.finditer(t, lo, end)]
                assert [m.span() for m in R._our_matches(t, st, lo, end)] == want, (t, lo, end)
                window = t[lo:end]
                gated = window.isascii() and not any(h in window.lower() for h in R._GENERIC_HEADS)
                got = R._last_generic_subject(t, st, lo, end)
                rx = R._GENERIC_SUBJECT_AT_START  # (the pattern as written)
                want_m = None if gated else next(reversed(list(rx.finditer(t, lo, end))), None)
                assert (got and got.span()) == (want_m and want_m.span()), (t, lo, end)
