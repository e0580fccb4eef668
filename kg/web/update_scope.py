"""Which leaderboards a SPARQL update can change, read from the update's text.

An update through ``kg serve --allow-updates`` may change results, so the
derived leaderboards must follow. Recomputing every board reads every result
(minutes on a store of a million papers); most updates made by hand or by a
script are ``INSERT DATA`` / ``DELETE DATA`` of a few triples, whose subjects
say which boards they can reach. Any other operation (``DELETE/INSERT ...
WHERE``, ``DROP``, ``LOAD``...) can reach anything: all boards are redone then.
"""

from __future__ import annotations

from rdflib import URIRef

from kg.rdf import M

# Updates longer than this are not parsed here (rdflib's parser is slow on
# large INSERT DATA): every board is recomputed instead.
MAX_PARSED_CHARS = 200_000


def data_subjects(text: str, prefixes: dict[str, str], base_iri: str | None = None) -> set[str] | None:
    """The subject IRIs an update made only of INSERT DATA / DELETE DATA writes about, plus
    the results those triples point at (``?a mlkg:assertsResult ?r``); None when the update
    has another operation or cannot be read here (any result may then have changed).

    >>> sorted(data_subjects('INSERT DATA { <http://e/r> <http://e/p> 1 }', {}))
    ['http://e/r']
    >>> data_subjects('DELETE WHERE { ?s ?p ?o }', {}) is None
    True
    """
    if len(text) > MAX_PARSED_CHARS:
        return None
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = translateUpdate(parseUpdate(text), base=base_iri, initNs=prefixes)
    except Exception:  # noqa: BLE001 - Oxigraph accepted it; rdflib may not know every form
        return None
    asserts = M.assertsResult.value
    subjects: set[str] = set()
    for op in update.algebra:
        if op.name not in ("InsertData", "DeleteData"):
            return None
        triples = list(op.triples or []) + [t for ts in (op.quads or {}).values() for t in ts]
        for s, p, o in triples:
            if isinstance(s, URIRef):
                subjects.add(str(s))
            if str(p) == asserts and isinstance(o, URIRef):
                subjects.add(str(o))
    return subjects
