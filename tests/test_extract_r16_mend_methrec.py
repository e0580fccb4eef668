"""Round 16 review mends of the methods-recall rules (naming verbs, technique lists, the
attention mechanism): invented sentences."""

from __future__ import annotations

from extract_helpers import name_set, run


def _has(names: set[str], acronym: str) -> bool:
    return any(f"({acronym})" in n or n == acronym for n in names)


def test_a_naming_verb_naming_a_phenomenon_or_a_claim_names_no_method(nlp):
    ex = run(nlp, "On Zorb Training Dynamics",
             "Full-batch zorb descent enters a regime we call Edge of Quxability (EoQ), where "
             "sharpness hovers near a bound. Models put large weight on the first token, an effect "
             "we term Attention Zink (AZ). We identify a failure mode, which we call Dimensional "
             "Zorbing (DZ), in contrastive quxing. The recently proposed Lottery Zorb Hypothesis "
             "(LZH) states that dense nets hold sparse ones.")  # fmt: skip
    names = name_set(ex.methods) | set(ex.proposed)
    assert not any(_has(names, a) for a in ("EoQ", "AZ", "DZ", "LZH"))


def test_a_naming_verb_after_an_issue_it_does_not_name_still_names_a_method(nlp):
    ex = run(nlp, "Zorb Retrieval", "To avoid this effect, we propose Quxel Zorb Mining (QZM) for retrieval.")
    assert _has(name_set(ex.methods), "QZM")
