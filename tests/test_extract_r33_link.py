"""Round 33 (link): a bare acronym another paper defines joins that definition only where its paper
is of the definition's field (kg.link.Linker._field_overlay). Invented names throughout."""

from __future__ import annotations

from kg.link import link
from kg.model import Extraction, Mention


def ex(pid: str, title: str, methods=(), datasets=()) -> Extraction:
    def ms(names):
        return tuple(Mention(n, ((0, len(n)),), 0.9) for n in names)

    return Extraction(pid, title, methods=ms(methods), datasets=ms(datasets))


# papers of other fields: each item of a paper is then in fewer than a tenth of the papers
FILLER = [ex(f"f{i}", f"Filler{i:02d}x study", methods=[f"Fillnet{i:02d}"]) for i in range(30)]


def canonical(exs: list[Extraction], pid: str, kind: str = "methods") -> list[str]:
    return next([m.name for m in e.mentions(kind)] for e in exs if e.paper_id == pid)


def test_bare_acronym_of_another_field_keeps_its_own_entity():
    # one paper defines ZQB in quartz reasoning; three gait papers write ZQB bare, a fourth
    # paper of the quartz field too
    papers = [
        ex("def", "Zyglo quartz reasoning", datasets=["Zyglo Quartz Benchmark (ZQB)", "Quartzset"]),
        ex("g1", "Wobbling gait recognition", datasets=["ZQB", "Gaitpool"]),
        ex("g2", "Wobbling gait features", datasets=["ZQB", "Gaitpool"]),
        ex("g3", "Robust wobbling gait", datasets=["ZQB"]),
        ex("q1", "Faster quartz solvers", datasets=["ZQB", "Quartzset"]),
        *FILLER,
    ]
    exs, _ = link(papers)
    for pid in ("g1", "g2", "g3"):
        assert canonical(exs, pid, "datasets")[0] == "ZQB"
    assert canonical(exs, "q1", "datasets")[0] == "Zyglo Quartz Benchmark (ZQB)"


def test_thin_short_capitals_of_another_field_stay_apart_but_a_coinage_joins():
    papers = [
        ex("def", "Orbit planning for drones", methods=["Velvet Orbit Planner (VOP)", "Velvet Mixer (VeMix)"]),
        ex("b1", "Tender pricing of bonds", methods=["VOP", "VeMix"]),
        *FILLER,
    ]
    exs, _ = link(papers)
    # "VOP" is three capitals many things share; "VeMix" a coinage that names one thing
    assert canonical(exs, "b1") == ["VOP", "Velvet Mixer (VeMix)"]


def test_bare_acronym_joins_the_competing_meaning_of_its_field():
    papers = [
        ex("t1", "Topic discovery in tweets", methods=["Latent Quill Allocation (LQA)"]),
        ex("t2", "Topic models for news", methods=["latent quill allocation (LQA)"]),
        ex("l1", "Face verification by projections", methods=["Linear Quill Analysis (LQA)", "Facebank"]),
        ex("u1", "Face features for verification", methods=["LQA", "Facebank"]),
        ex("u2", "Topic trends in news", methods=["LQA"]),
        *FILLER,
    ]
    exs, _ = link(papers)
    assert canonical(exs, "u1")[0] == "Linear Quill Analysis (LQA)"
    assert canonical(exs, "u2")[0] in ("Latent Quill Allocation (LQA)", "latent quill allocation (LQA)")


def test_without_field_evidence_the_corpus_join_stays():
    # a tiny corpus: every word is in more than a tenth of the papers, so nothing tells a field
    exs, _ = link([
        ex("def", "Orbit planning", methods=["Velvet Orbit Planner (VOP)"]),
        ex("b1", "Tender pricing", methods=["VOP"]),
    ])  # fmt: skip
    assert canonical(exs, "b1") == ["Velvet Orbit Planner (VOP)"]


def test_label_is_the_bare_acronym_everyone_writes():
    papers = [ex("def", "Quokka encoders", methods=["Quokka Encoder Representations (QER)"])]
    papers += [ex(f"u{i}", f"Task{i:02d} with encoders", methods=["QER"]) for i in range(6)]
    papers += [ex("d2", "Wombat nets", methods=["Wombat Residual Network (WRN)"])]
    papers += [ex(f"w{i}", f"Wombat{i:02d} study", methods=["WRN" if i < 5 else "Wombat Residual Network"])
               for i in range(8)]  # fmt: skip
    exs, ents = link(papers)
    assert canonical(exs, "u0") == ["QER"] and canonical(exs, "def") == ["QER"]
    qer = next(e for e in ents if e.name == "QER")
    assert "Quokka Encoder Representations (QER)" in qer.aliases
    # five bare uses against four of the long form: the definition stays the label
    assert canonical(exs, "w0") == ["Wombat Residual Network (WRN)"]


def test_partitions_without_acronyms_merge_their_field_counts():
    from kg.distributed import _merge
    from kg.link import collect_forms

    plain = collect_forms([ex("p", "Plain words", methods=["gradient descent"])])
    defining = collect_forms([ex("d", "Quokka encoders", methods=["Quokka Encoder Representations (QER)", "QER"])])
    merged = _merge(plain, defining)  # (the first partition wrote no definition nor bare acronym)
    assert any(k[1] == "Quokka Encoder Representations (QER)" for k in merged["field definitions"])
