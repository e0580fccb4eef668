"""Check the graph against ``ontology/shapes.ttl`` with pyshacl (``kg validate``).

pyshacl works on rdflib graphs, so the union of the store's graphs is copied
into an rdflib Graph through an N-Triples stream: fine for corpora of tens of
thousands of papers, slow beyond (a sample can be validated with ``limit``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from kg.resources import data_path
from kg.store import GraphStore

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str
    shape: str

    def __str__(self) -> str:
        path = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{path}: {self.message}"


def to_rdflib(store: GraphStore) -> rdflib.Graph:
    """The union of all graphs as one rdflib Graph."""
    buffer = io.BytesIO()
    triples = (q.triple for q in store.quads())
    ox.serialize(triples, buffer, ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    graph.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    return graph


def validate_graph(graph: rdflib.Graph) -> list[Violation]:
    """SHACL violations of ``graph`` against the shipped shapes and ontology."""
    shapes = rdflib.Graph().parse(data_path("ontology/shapes.ttl"))
    ontology = rdflib.Graph().parse(data_path("ontology/mlkg.ttl"))
    conforms, report, _ = shacl_validate(
        graph, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True
    )
    if conforms:
        return []
    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        def one(p, result=result):  # noqa: E306
            return report.value(result, p)

        path = one(SH.resultPath)
        out.append(Violation(
            focus=str(one(SH.focusNode)),
            path=path.n3(report.namespace_manager) if isinstance(path, rdflib.URIRef) else "",
            message=str(one(SH.resultMessage) or ""),
            severity=str(one(SH.resultSeverity)).rsplit("#", 1)[-1],
            shape=str(one(SH.sourceShape)),
        ))  # fmt: skip
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def validate_store(store: GraphStore) -> list[Violation]:
    return validate_graph(to_rdflib(store))
