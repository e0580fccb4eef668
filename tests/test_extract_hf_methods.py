"""Methods, datasets and proposed names: general constructions found on hf-daily abstracts
(each test fails without its rule). Names here are invented."""

from __future__ import annotations

import pytest

from kg.extract import build_pipeline, extract
from kg.model import Extraction, Paper


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def run(nlp, title: str, abstract: str) -> Extraction:
    return next(extract([Paper(id="t", title=title, abstract=abstract)], nlp=nlp))


def names(mentions) -> list[str]:
    return [m.name for m in mentions]


def test_proposal_with_us_to_as_subject(nlp):
    ex = run(nlp, "Shrinking Models of Code",
             "Large models are slow. It motivates us to propose Squeezer, a novel approach "
             "that compresses models of code.")
    assert "Squeezer" in ex.proposed
    assert "Squeezer" in names(ex.methods)
