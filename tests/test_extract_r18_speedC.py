"""Round 18 (speedC): speed changes whose behaviour the other tests do not cover."""

from __future__ import annotations

import pickle

from kg.extract import extract
from kg.model import Extraction, Mention, Paper, Result


def test_model_objects_pickle_as_equal_objects():
    # what --workers sends between processes: rebuilt by the constructor, field for field
    p = Paper(id="p1", title="ZorbNet: Fast Quill Sorting", abstract="ZorbNet reaches 91.2% accuracy on QuillSet.",
              authors=("A. B",))  # fmt: skip
    ex = Extraction(paper_id="p1", title=p.title,
                    methods=(Mention("ZorbNet", ((0, 7),), 0.9, ("Zorb",), "Zorb"),),
                    results=(Result("ZorbNet", "accuracy", 91.2, "91.2%", "QuillSet", unit="%", span=(0, 40)),),
                    proposed=("ZorbNet",))  # fmt: skip
    for obj in (p, ex, ex.methods[0], ex.results[0]):
        back = pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == obj and type(back) is type(obj)


def test_extract_with_workers_gives_the_same_extractions():
    papers = [Paper(id=f"p{i}", title="ZorbNet: Fast Quill Sorting",
                    abstract=f"We propose ZorbNet. ZorbNet reaches {80 + i}.5% accuracy on QuillSet.")
              for i in range(6)]  # fmt: skip
    one = list(extract(papers, workers=1))
    two = list(extract(papers, workers=2, batch_size=2))
    assert one == two


def test_number_words_read_the_same_with_the_word_set():
    # the word set answers "does the number word occur" only where it holds every word a
    # regex reads between word boundaries (ASCII text without control characters)
    from kg.extract.names import lower_words
    from kg.extract.numbers import find_quantities

    for text in ("ZorbNet is twice as fast and a ten-fold gain", "a tenfold speedup", "two\ttimes\nmore steps",
                 "three times faster than Quill", "half the memory of a quarter of the cost",
                 "runs \u201ctwice\u201d as fast", "x\x01twice as fast", "TWICE as fast, One-Fold"):  # fmt: skip
        low = text.lower()
        assert find_quantities(text, low, lower_words(low)) == find_quantities(text, low), text
    assert [q.value for q in find_quantities("a tenfold speedup", "a tenfold speedup",
                                             {"a", "tenfold", "speedup"})] == [10.0]  # fmt: skip
