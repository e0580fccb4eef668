"""Entity parameters given as plain names, in ``kg query`` as in the REST API
(kg.queries.resolve_names): an alias names its entity, an entity that only carries a label does
not hide the mentioned one that has the same name, an unknown name is an error naming it."""

from __future__ import annotations

import json

import pyoxigraph as ox
from click.testing import CliRunner
from web_fixtures import build_store

from kg.cli import cli
from kg.queries import UnknownName, bind_params, load_queries, resolve_names
from kg.rdf import VOCAB, IriScheme
from kg.store import KgStore

PAIR = ("-p", "dataset=ImageNet-1K", "-p", "metric=Top-1 Accuracy")


def _query(store, *args):
    return CliRunner().invoke(cli, ["--store", str(store), "query", *args])


def test_kg_query_names_an_entity_by_an_alias(tmp_path):
    store = build_store(tmp_path / "store")
    # ImageNet-1K is an alias of ImageNet: its minted IRI (dataset:imagenet-1k) is no entity
    result = _query(store, "leaderboard", *PAIR, "-f", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    assert [r["methodLabel"]["value"] for r in rows] == ["AlphaNet", "BetaNet"]
    # a name nothing has is an error that names it and says how to look names up (was 0 rows, exit 0)
    bad = _query(store, "leaderboard", "-p", "dataset=No Such Set", "-p", "metric=top-1 accuracy")
    assert bad.exit_code == 1
    assert "no dataset in the graph is called 'No Such Set'" in bad.output and "kg query lookup" in bad.output
    # a prefixed name is taken as given
    given = _query(store, "leaderboard", "-p", "dataset=dataset:no-such-set", "-p", "metric=top-1 accuracy")
    assert given.exit_code == 0 and "AlphaNet" not in given.output


def test_an_entity_with_only_labels_does_not_hide_the_mentioned_one(tmp_path):
    """A node that only has its type and labels (a family or baseline node) whose minted IRI is the
    plain name's: the name means the entity papers mention that has it as an alias."""
    path = build_store(tmp_path / "store")
    scheme = IriScheme()
    empty = scheme.entity("dataset", "IN")
    store = KgStore(path)
    store.update(f"""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX mlkg: <{VOCAB}>
        INSERT DATA {{ GRAPH <urn:x> {{ {empty} a mlkg:Dataset ; skos:prefLabel "IN" ; skos:hiddenLabel "in" .
          {scheme.entity("dataset", "ImageNet")} skos:hiddenLabel "in" }} }}""")
    q = load_queries()["leaderboard"]
    raw = {"dataset": "IN", "metric": "top-1 accuracy"}
    subs = bind_params(q, raw)
    assert subs[ox.Variable("dataset")] == empty
    resolve_names(q, raw, subs, store)
    assert subs[ox.Variable("dataset")] == scheme.entity("dataset", "ImageNet")
    # an unknown name raises, naming it
    raw = {"dataset": "Nothing", "metric": "top-1 accuracy"}
    subs = bind_params(q, raw)
    try:
        resolve_names(q, raw, subs, store)
    except UnknownName as e:
        assert e.name == "Nothing"
    else:
        raise AssertionError("an unknown name resolved")
