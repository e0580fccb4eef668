"""Round 33 (names2): an acronym written beside its own spelled-out form in one paper is one
entity with an alias, on invented sentences."""

from extract_helpers import run


def _entity(mentions, name: str):
    """The mention named ``name`` or carrying it as an alias, else None."""
    return next((m for m in mentions if name in (m.name, *m.aliases)), None)


def test_an_acronym_of_a_dataset_name_is_its_alias(nlp):
    ex = run(nlp, "Zorbel: Faster Routing",
             "We evaluate Zorbel on the Quill Reading Corpus. On QRC, Zorbel reaches 71.2% accuracy, "
             "and the Quill Reading Corpus is hard.")
    qrc = _entity(ex.datasets, "QRC")
    assert qrc is not None and "Quill Reading Corpus" in (qrc.name, *qrc.aliases)
    assert len(ex.datasets) == 1


def test_a_name_with_its_words_as_an_acronym_joins_the_spelled_name_of_another_type(nlp):
    # ("Plonk GN" read as a dataset after "Our": the same network as "Plonk Graph Networks")
    ex = run(nlp, "Plonk Graph Networks for Text Grading",
             "We propose Plonk Graph Networks for text grading. Our Plonk GN outperforms prior models "
             "on three datasets, and Plonk GN is fast.")
    net = _entity(ex.methods, "Plonk Graph Networks")
    assert net is not None and "Plonk GN" in net.aliases
    assert _entity(ex.datasets, "Plonk GN") is None


def test_a_task_acronym_with_a_modifier_is_the_task(nlp):
    ex = run(nlp, "Thermal Glint Object Detection with Zorbit",
             "We propose Zorbit for thermal glint object detection. Zorbit outperforms prior methods on "
             "the thermal GOD task, and thermal GOD remains hard.")
    task = _entity(ex.tasks, "thermal glint object detection")
    assert task is not None and "thermal GOD" in (task.name, *task.aliases)
    assert len(ex.tasks) == 1


def test_spelled_by_needs_every_word_and_the_same_words_around():
    from kg.extract.convert import _spelled_by

    assert _spelled_by("Quill GR", "Quill glint ranking")
    assert _spelled_by("PLKs", "polar lattice kernel")  # a plural acronym
    assert _spelled_by("OWCL", "object-wise contrastive learning")  # hyphen parts as words
    assert not _spelled_by("Quill GR", "Plonk glint ranking")  # another modifier
    assert not _spelled_by("GR", "glint ranking loss")  # a word left over
    assert not _spelled_by("GRL+", "glint ranking loss")  # a variant, no acronym word
    assert not _spelled_by("Zorb", "zonal orbit")  # one capital: a name, not an acronym


def test_a_database_credited_to_its_makers_is_a_data_set(nlp):
    ex = run(nlp, "Zorb: Robust Plonk Classification",
             "We propose Zorb for plonk classification. Our setting uses the recently introduced "
             "QuillNet-C database by Kelp et al., where Zorb reaches 81.2% accuracy.")
    assert [m.name for m in ex.datasets] == ["QuillNet-C"]
    assert "QuillNet-C" not in {m.name for m in ex.methods}
    # (a database of no makers stays what it was: "the NoSQL database" is a kind of system)
    ex = run(nlp, "Zorb: Fast Stores", "We build Zorb on the Quelp database, and Zorb answers queries 3x faster.")
    assert not ex.datasets
