"""Where the data shipped with mlkg lives: ontology/ and queries/.

In a built wheel they are copied into ``kg/_data/``; in a source checkout
(editable install) they are the top-level folders of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """The directory ``ontology`` or ``queries`` (or a file inside it, e.g. ``ontology/shapes.ttl``)."""
    for base in (_PACKAGE / "_data", _PACKAGE.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"mlkg data file {name!r} is missing from the installation")
