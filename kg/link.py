"""Corpus-level linking (placeholder, being written)."""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Entity, Extraction


def link(extractions: Iterable[Extraction]) -> tuple[list[Extraction], list[Entity]]:
    return list(extractions), []
