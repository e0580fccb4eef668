"""SPARQL 1.1 Graph Store HTTP Protocol, read side: GET and HEAD of one graph.

https://www.w3.org/TR/sparql11-http-rdf-update/ — ``/store?default`` is the
default graph, which here (as for queries) is the union of all graphs;
``/store?graph=<iri>`` is one named graph. ``/rdf-graph-store`` is an alias.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, request
from werkzeug.exceptions import BadRequest, MethodNotAllowed, NotAcceptable, NotFound

from kg.web import formats
from kg.web.engine import stream_thread
from kg.web.state import get_state

bp = Blueprint("graphstore", __name__)


# (Flask's automatic OPTIONS answer listed the refused writes as allowed)
@bp.route("/store", methods=["OPTIONS"], provide_automatic_options=False)
@bp.route("/rdf-graph-store", methods=["OPTIONS"], provide_automatic_options=False)
def graph_options():
    """What the Graph Store here answers: reads."""
    return Response(status=204, headers={"Allow": "GET, HEAD, OPTIONS"})


@bp.route("/store", methods=["GET"], provide_automatic_options=False)
@bp.route("/rdf-graph-store", methods=["GET"], provide_automatic_options=False)
def get_graph():
    """One graph, serialized in the negotiated RDF format (streamed).

    :raise 400: without exactly one of ``default`` and ``graph``.
    :raise 404: if the named graph does not exist.
    :raise 406: if the client accepts no RDF format.
    """
    graph = request.args.get("graph")
    if ("default" in request.args) == (graph is not None):
        raise BadRequest("name one graph: ?default or ?graph=<IRI>")
    fmt = formats.negotiate(formats.GRAPH, request.accept_mimetypes, formats.format_parameter(request.args.get))
    if fmt is None:
        raise NotAcceptable("graphs are available as Turtle, N-Triples, N-Quads, TriG, "
                            "JSON-LD and RDF/XML")  # fmt: skip
    state = get_state()
    store = state.store.store
    if graph is None:
        name = None  # every graph: the union default graph
    else:
        try:
            name = ox.NamedNode(graph.strip().removeprefix("<").removesuffix(">"))
        except ValueError as e:
            raise BadRequest(f"graph: {graph!r} is not an IRI ({e})") from e
        if not store.contains_named_graph(name):
            raise NotFound(f"no graph {name} in this store")

    def produce(out: formats.ChunkWriter) -> None:
        quads = store.quads_for_pattern(None, None, None, name)
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        formats.write_triples(fmt, triples, out, state.prefixes)

    response = Response(stream_thread(produce), content_type=fmt.content_type)
    response.vary.add("Accept")
    return response


@bp.route("/store", methods=["PUT", "POST", "DELETE", "PATCH"], provide_automatic_options=False)
@bp.route("/rdf-graph-store", methods=["PUT", "POST", "DELETE", "PATCH"], provide_automatic_options=False)
def write_graph():
    """The protocol's writes, refused with where writes go instead (rdflib's and Jena's Graph Store
    clients got Flask's bare "The method is not allowed for the requested URL").

    :raise 405: always.
    """
    updates = get_state().settings.allow_updates
    where = ("send SPARQL Update to /update instead" if updates else
             "this server is read-only: load data with `kg build` or `kg load`, or serve with --allow-updates "
             "and send SPARQL Update to /update")  # fmt: skip
    raise MethodNotAllowed(["GET", "HEAD"], f"the Graph Store Protocol here only reads graphs (GET, HEAD); {where}")
