"""Round 33 review (review1): faults found in round 33's leftovers rules with invented
sentences: a participle family opening a sentence, handles of others' work or of data, and
short macro words before a verb."""

import re

from extract_helpers import names, run


def _spans(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text of ``marked`` without its "^" marks, and the spans of the words they mark."""
    text, spans = "", []
    for k, piece in enumerate(re.split(r"\^([a-z]+)", marked)):
        if k % 2:
            spans.append((len(text), len(text) + len(piece)))
        text += piece
    return text, spans


def test_a_participle_family_opening_a_sentence_keeps_its_first_word(nlp):
    # ("Spiking" is no gerund with an object: the plural verb says the run is the family)
    ex = run(nlp, "Zorb: Quill Sorting at Low Energy",
             "Spiking Neural Networks are energy efficient. Spiking Graph Neural Networks are sparse. "
             "Training Deep Neural Networks is hard. We propose Zorb for quill sorting.")
    got = names(ex.methods)
    assert "Spiking Neural Networks" in got, got
    assert "Spiking Graph Neural Networks" in got, got
    assert not any(n.startswith("Training") for n in got), got


def test_a_macro_naming_others_work_or_data_is_no_handle_of_the_title_name():
    from kg.extract.mentions import title_handle_spans

    for marked in ("Zorb3D: Far\n\nWe compare with a strong baseline called ^petrix, and with DETR.",
                   "Zorb3D: Far\n\nUnlike the recently proposed ^petrix, we use sparse queries.",
                   "Zorb3D: Far\n\nWe propose Zorb3D. We also introduce ^quillbench, a new quill benchmark."):
        text, spans = _spans(marked)
        assert title_handle_spans(text, spans, ()) == (), marked
    # (a contrast before the clause that presents the work leaves the handle one)
    text, spans = _spans("Zorb3D: Far\n\nUnlike prior work, we present ^zorbx, a sparse detector.")
    assert title_handle_spans(text, spans, ()) == tuple(spans)


def test_a_short_macro_word_before_a_verb_stays_a_stand_in():
    from kg.extract.mentions import stand_in_spans

    for marked, want in (("Our ^ia learns three vectors.", ["ia"]),
                         ("Then ^ia consistently beats LoRA.", ["ia"]),
                         ("Here ^ia needs fewer parameters.", ["ia"]),
                         ("We tune it with ^vp prompts.", []),
                         ("The ^io complexity of sorting.", [])):
        text, spans = _spans(marked)
        assert [text[a:b] for a, b in stand_in_spans(text, spans)] == want, marked


def test_an_application_example_is_not_rescued_by_another_tasks_data(nlp):
    # ("image" names the data of image classification, not of image captioning)
    ex = run(nlp, "ZorbNet: Robust Backbones",
             "Vision backbones have many applications, such as image captioning and visual question "
             "answering. We propose ZorbNet, a robust backbone for image classification. Experiments "
             "on four image classification datasets show gains.")
    assert "image captioning" not in names(ex.tasks), names(ex.tasks)
    ex = run(nlp, "ZorbNet: Quill Retrieval",
             "Embeddings have many applications, such as person re-identification and face "
             "verification. We propose ZorbNet, a quill retriever. Experiments on three person "
             "re-identification datasets show gains.")
    assert "person re-identification" in names(ex.tasks), names(ex.tasks)


def test_a_genre_word_before_the_titles_colon_has_no_handle():
    # ("Position: ..." names no work: the macro the abstract presents is the work's own name)
    from kg.extract.mentions import title_handle_spans

    text, spans = _spans("Position: Agents Need Quill Memory\n\nWe present ^quillmem, a memory framework.")
    assert title_handle_spans(text, spans, ()) == ()
