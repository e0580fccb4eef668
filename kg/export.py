"""RDF dumps of the whole graph, streamed, with a VoID/DCAT description.

Triple formats (N-Triples, Turtle, RDF/XML) hold the union of all graphs; quad
formats (N-Quads, TriG, JSON-LD) keep each paper's named graph. No triple is
stored in two graphs, so the union has no duplicates.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import MlkgError
from kg.rdf import DEFAULT_BASE, PREFIXES, data_prefixes, term
from kg.store import GraphStore

logger = logging.getLogger(__name__)

# fmt: off
FORMATS: dict[str, tuple[ox.RdfFormat, bool, str]] = {
    # name: (pyoxigraph format, keeps graphs, file extension)
    "nt":     (ox.RdfFormat.N_TRIPLES, False, "nt"),
    "nq":     (ox.RdfFormat.N_QUADS,   True,  "nq"),
    "ttl":    (ox.RdfFormat.TURTLE,    False, "ttl"),
    "trig":   (ox.RdfFormat.TRIG,      True,  "trig"),
    "jsonld": (ox.RdfFormat.JSON_LD,   True,  "jsonld"),
    "rdfxml": (ox.RdfFormat.RDF_XML,   False, "rdf"),
}
# fmt: on


def export_prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Prefixes for pretty formats: vocabularies and one-level data namespaces only.

    Deeper data paths (``paper/arxiv/...``) are written as full IRIs, because
    Turtle writers escape ``/`` in local names (``paper:arxiv\\/1810.04805``).
    """
    data = {k: v for k, v in data_prefixes(base).items() if k != "paper"}
    return {**PREFIXES, **data}


class _HashingWriter:
    """A binary sink that counts bytes and computes SHA-256 of what passes through."""

    def __init__(self, raw: IO[bytes]):
        self.raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()


@dataclass(frozen=True)
class DumpInfo:
    path: str
    format: str
    triples: int
    byte_size: int
    sha256: str
    gzip: bool


def _statements(store: GraphStore, keep_graphs: bool, counter: list[int]) -> Iterator:
    from kg.store import BOARDS_INVALIDATED

    for quad in store.quads():
        if quad.predicate == BOARDS_INVALIDATED and quad.subject == quad.graph_name:
            # the store's own note that a build is writing (or was killed while writing) papers
            # whose leaderboards are not recomputed yet: build state, not data about papers
            logger.warning("the leaderboards are out of date (a `kg build` is running, or one was "
                           "stopped): the dump's leaderboards may miss results; run that build again, or `kg refresh`")  # fmt: skip
            continue
        counter[0] += 1
        yield quad if keep_graphs else quad.triple


def export(store: GraphStore, fmt: str, output: str | Path | IO[bytes], *, compress: bool = False,
           base: str = DEFAULT_BASE) -> DumpInfo:  # fmt: skip
    """Stream the whole graph to ``output`` (a path or a binary file) in ``fmt``.

    :raises MlkgError: if the format is unknown.
    """
    if fmt not in FORMATS:
        raise MlkgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format, keep_graphs, _ = FORMATS[fmt]
    counter = [0]
    own = isinstance(output, (str, Path))
    raw = open(output, "wb") if own else output
    try:
        sink = _HashingWriter(raw)
        target = gzip.GzipFile(fileobj=sink, mode="wb", mtime=0) if compress else sink
        prefixes = export_prefixes(base) if fmt in ("ttl", "trig", "rdfxml", "jsonld") else None
        ox.serialize(_statements(store, keep_graphs, counter), target, rdf_format, prefixes=prefixes)
        if compress:
            target.close()
        sink.flush()
    finally:
        if own:
            raw.close()
    name = str(output) if own else getattr(output, "name", "-")
    return DumpInfo(name, fmt, counter[0], sink.size, sink.sha256.hexdigest(), compress)


MEDIA_TYPES = {
    "nt": "application/n-triples", "nq": "application/n-quads", "ttl": "text/turtle",
    "trig": "application/trig", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml",
}  # fmt: skip


CLASS_COUNTS = {"Paper": "papers", "Method": "methods", "Dataset": "datasets", "Metric": "metrics",
                "Task": "tasks", "Result": "results", "Assertion": "assertions"}  # fmt: skip


def dataset_description(stats: dict[str, int], *, base: str = DEFAULT_BASE,
                        endpoint: str | None = None) -> list[ox.Triple]:  # fmt: skip
    """VoID + DCAT triples about the whole graph, from ``GraphStore.stats()`` counts.

    The dataset IRI is ``{base}dataset``; the service description and the dump
    descriptions both point at it.
    """
    dataset = ox.NamedNode(f"{base}dataset")
    xsd_int = term("xsd", "integer")
    a = term("rdf", "type")
    triples = [
        ox.Triple(dataset, a, term("void", "Dataset")),
        ox.Triple(dataset, a, term("dcat", "Dataset")),
        ox.Triple(dataset, term("dcterms", "title"), ox.Literal("ML papers knowledge graph (mlkg)", language="en")),
        ox.Triple(dataset, term("dcterms", "modified"), ox.Literal(dt.date.today().isoformat(), datatype=term("xsd", "date"))),
        ox.Triple(dataset, term("void", "triples"), ox.Literal(str(stats["triples"]), datatype=xsd_int)),
        ox.Triple(dataset, term("void", "uriSpace"), ox.Literal(f"{base}id/")),
        ox.Triple(dataset, term("void", "exampleResource"), ox.NamedNode(f"{base}id/dataset/imagenet")),
    ]  # fmt: skip
    for vocab in ("mlkg", "prov", "oa", "skos", "dcterms", "bibo", "qudt"):
        triples.append(ox.Triple(dataset, term("void", "vocabulary"), ox.NamedNode(PREFIXES[vocab])))
    for cls, key in CLASS_COUNTS.items():
        part = ox.NamedNode(f"{base}dataset/partition/{cls}")
        triples += [
            ox.Triple(dataset, term("void", "classPartition"), part),
            ox.Triple(part, term("void", "class"), ox.NamedNode(PREFIXES["mlkg"] + cls)),
            ox.Triple(part, term("void", "entities"), ox.Literal(str(stats.get(key, 0)), datatype=xsd_int)),
        ]
    if endpoint:
        triples.append(ox.Triple(dataset, term("void", "sparqlEndpoint"), ox.NamedNode(endpoint)))
    return triples


def describe_dump(store: GraphStore, info: DumpInfo, *, base: str = DEFAULT_BASE,
                  download_url: str | None = None, endpoint: str | None = None) -> str:  # fmt: skip
    """A VoID + DCAT description (Turtle) of a dump: counts, size, checksum, formats."""
    iana = "https://www.iana.org/assignments/media-types/"
    dataset = ox.NamedNode(f"{base}dataset")
    dist = ox.NamedNode(f"{base}dataset/dist/{info.format}{'.gz' if info.gzip else ''}")
    stats = {**store.stats(), "triples": info.triples}
    triples = dataset_description(stats, base=base, endpoint=endpoint)
    triples += [
        ox.Triple(dataset, term("dcat", "distribution"), dist),
        ox.Triple(dist, term("rdf", "type"), term("dcat", "Distribution")),
        ox.Triple(dist, term("dcat", "mediaType"), ox.NamedNode(iana + MEDIA_TYPES[info.format])),
        ox.Triple(dist, term("dcat", "byteSize"), ox.Literal(str(info.byte_size), datatype=term("xsd", "integer"))),
    ]  # fmt: skip
    if info.gzip:
        triples.append(ox.Triple(dist, term("dcat", "compressFormat"), ox.NamedNode(iana + "application/gzip")))
    if download_url:
        triples += [ox.Triple(dist, term("dcat", "downloadURL"), ox.NamedNode(download_url)),
                    ox.Triple(dataset, term("void", "dataDump"), ox.NamedNode(download_url))]  # fmt: skip
    checksum = ox.NamedNode(f"{dist.value}#sha256")
    triples += [
        ox.Triple(dist, term("spdx", "checksum"), checksum),
        ox.Triple(checksum, term("rdf", "type"), term("spdx", "Checksum")),
        ox.Triple(checksum, term("spdx", "algorithm"), term("spdx", "checksumAlgorithm_sha256")),
        ox.Triple(checksum, term("spdx", "checksumValue"), ox.Literal(info.sha256, datatype=term("xsd", "hexBinary"))),
    ]  # fmt: skip
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode()
