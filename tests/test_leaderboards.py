"""The materialised leaderboards answer exactly what an on-the-fly query answers.

The oracle is the leaderboard computed at query time in one SPARQL query (the
query shipped before leaderboards were materialised, with the percent-board
scale rule of kg.leaderboard added): it ranks the results themselves. After a full build (transactional and bulk), after an incremental
build that changes, drops and adds results, and after shard + load, the
shipped ``leaderboard`` query (reading mlkg:Leaderboard) must give the same
rows, for every dataset and metric at once and for single bound pairs.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import EXAMPLES

from kg.build import build
from kg.queries import bind_params, load_queries
from kg.rdf import IriScheme
from kg.store import KgStore
from pyoxigraph import NamedNode

# The oracle: the leaderboard computed at query time, in SPARQL, by the rules
# of kg.leaderboard (an independent formulation of them: the board of a result's
# regime, the percent-board test, the scale, confidence, best per method with
# ties, in one query).
# (the board of a result: "" for the main board, else its setting unless the setting
# qualifies a main-board result, kg.leaderboard.MAIN_BOARD_SETTINGS)
BOARD_OF = 'BIND(IF(BOUND(?S) && !(?S IN ("extra training data", "test-time augmentation", "multi-scale testing")), ?S, "") AS ?B)'
PERCENT_BOARD = """
    { SELECT ?dataset ?metric ?bs (((?metric IN (PERCENT_SCORES) && SAMPLE(?h0))
          || SUM(IF(?u0 = unit:PERCENT, 1, 0)) * 2 >= COUNT(?r0)
          || (SUM(IF(?u0 = unit:PERCENT, 1, 0)) > 0 && SAMPLE(?h0)
              && SUM(IF(?u0 != unit:PERCENT && ?v0 > 1 && ?v0 <= 100, 1, 0)) * 2
                 > COUNT(?r0) - SUM(IF(?u0 = unit:PERCENT, 1, 0)))) AS ?pb) WHERE {
        VALUES ?dataset { UNDEF }
        VALUES ?metric { UNDEF }
        ?r0 mlkg:dataset ?dataset ; mlkg:metric ?metric ; mlkg:method ?m0 ; mlkg:value ?v0 ; qudt:unit ?u0 .
        ?metric mlkg:higherIsBetter ?h0 .
        OPTIONAL { ?r0 mlkg:setting ?s0 } BOARD_OF_0
      } GROUP BY ?dataset ?metric ?bs }"""
OLD_LEADERBOARD = """
SELECT ?method ?methodLabel ?value ?valueText ?unit ?paper ?paperTitle ?dataset ?metric ?boardSetting ?cost WHERE {
  VALUES ?dataset { UNDEF }
  VALUES ?metric { UNDEF }
  VALUES ?setting { UNDEF }
  { SELECT ?dataset ?metric ?bs ?method ?pb (MAX(?key) AS ?best) WHERE {
      VALUES ?dataset { UNDEF }
      VALUES ?metric { UNDEF }
      PERCENT_BOARD_SUBQUERY
      ?r mlkg:dataset ?dataset ; mlkg:metric ?metric ; mlkg:method ?method ; mlkg:value ?v ; qudt:unit ?u .
      FILTER(?metric NOT IN (NO_BOARD))
      OPTIONAL { ?r mlkg:setting ?s1 } BOARD_OF_1
      FILTER(?bs1 = ?bs)
      ?metric mlkg:higherIsBetter ?hib .
      ?a mlkg:assertsResult ?r ; mlkg:confidence ?c .
      FILTER(?c >= 0.5)
      BIND(IF(?u = unit:PERCENT, ?v / 100, IF(?pb && ?v > 1, IF(?v <= 100, ?v / 100, ?unbound), ?v)) AS ?norm)
      BIND(IF(?hib, ?norm, -?norm) AS ?key)
      FILTER(BOUND(?key))
    } GROUP BY ?dataset ?metric ?bs ?method ?pb }
  FILTER(!BOUND(?setting) || ?setting = ?bs)
  ?r2 mlkg:method ?method ; mlkg:dataset ?dataset ; mlkg:metric ?metric ;
      mlkg:value ?value ; qudt:unit ?unit ; mlkg:valueText ?valueText ; mlkg:reportedIn ?paper .
  OPTIONAL { ?r2 mlkg:setting ?s2 } BOARD_OF_2
  FILTER(?bs2 = ?bs)
  BIND(IF(?bs = "", ?unbound, ?bs) AS ?boardSetting)
  ?metric mlkg:higherIsBetter ?hib2 .
  BIND(IF(?unit = unit:PERCENT, ?value / 100, IF(?pb && ?value > 1, IF(?value <= 100, ?value / 100, ?unbound), ?value)) AS ?n2)
  FILTER(IF(?hib2, ?n2, -?n2) = ?best)
  ?method skos:prefLabel ?methodLabel .
  ?paper dcterms:title ?paperTitle .
  OPTIONAL { COST_SUBQUERY }
} ORDER BY DESC(?best) ?methodLabel
""".replace("PERCENT_BOARD_SUBQUERY", PERCENT_BOARD)
# (the Cost column: the paper's results of a cost measure for the method on the dataset, per
# measure the best in its direction, the greatest text among equals, "value label" joined by "; ";
# _rows puts the parts in the order of their labels)
COST_SUBQUERY = """{ SELECT ?paper ?method ?dataset (GROUP_CONCAT(CONCAT(?bestText, " ", ?costLabel); separator="; ") AS ?cost) WHERE {
    { SELECT ?paper ?method ?dataset ?cm (MAX(STR(?ct)) AS ?bestText) WHERE {
        { SELECT ?paper ?method ?dataset ?cm (MAX(?g) AS ?best) WHERE {
            ?c mlkg:metric ?cm ; mlkg:dataset ?dataset ; mlkg:method ?method ; mlkg:reportedIn ?paper ;
               mlkg:value ?cv ; qudt:unit ?cu .
            FILTER(?cm IN (COSTS))
            ?cm mlkg:higherIsBetter ?ch .
            BIND(IF(?cu = unit:PERCENT, ?cv / 100, ?cv) AS ?ck)
            BIND(IF(?ch, ?ck, -?ck) AS ?g)
          } GROUP BY ?paper ?method ?dataset ?cm }
        ?c2 mlkg:metric ?cm ; mlkg:dataset ?dataset ; mlkg:method ?method ; mlkg:reportedIn ?paper ;
            mlkg:value ?cv2 ; qudt:unit ?cu2 ; mlkg:valueText ?ct .
        ?cm mlkg:higherIsBetter ?ch2 .
        BIND(IF(?cu2 = unit:PERCENT, ?cv2 / 100, ?cv2) AS ?ck2)
        FILTER(IF(?ch2, ?ck2, -?ck2) = ?best)
      } GROUP BY ?paper ?method ?dataset ?cm }
    ?cm skos:prefLabel ?costLabel .
  } GROUP BY ?paper ?method ?dataset }"""
OLD_LEADERBOARD = OLD_LEADERBOARD.replace("COST_SUBQUERY", COST_SUBQUERY)
OLD_LEADERBOARD = (OLD_LEADERBOARD.replace("BOARD_OF_0", BOARD_OF.replace("?S", "?s0").replace("?B", "?bs"))
                   .replace("BOARD_OF_1", BOARD_OF.replace("?S", "?s1").replace("?B", "?bs1"))
                   .replace("BOARD_OF_2", BOARD_OF.replace("?S", "?s2").replace("?B", "?bs2")))

COLUMNS = ("method", "methodLabel", "value", "valueText", "unit", "paper", "paperTitle", "dataset", "metric",
           "boardSetting", "cost")


def _rows(store, text: str, subs=None) -> list[tuple]:
    if "PERCENT_SCORES" in text:
        text = _with_measures(store, text)
    return [_row(r) for r in store.query(text, substitutions=subs)]


def _row(solution) -> tuple:
    """A row's COLUMNS, the Cost column's parts in the order of their measures' labels, as
    kg.leaderboard.cost_column orders them (the oracle's GROUP_CONCAT has no order)."""
    cost = solution["cost"]
    parts = sorted(cost.value.split("; "), key=lambda part: part.split(" ", 1)[1].casefold()) if cost else ()
    return tuple("; ".join(parts) if c == "cost" and cost else str(solution[c]) for c in COLUMNS)


def _with_measures(store, text: str) -> str:
    """The oracle with the metrics whose name decides their boards: shares (accuracy, AP: a
    percentage board, kg.leaderboard.percent_score) and costs or vague names (no board,
    kg.leaderboard.measure_role), listed by their labels."""
    from kg.leaderboard import measure_role, percent_score

    labels = [(str(r["k"]), r["l"].value) for r in store.query(
        "SELECT DISTINCT ?k ?l WHERE { ?r mlkg:metric ?k . ?k skos:prefLabel ?l }")]  # fmt: skip
    # (never an empty list: Oxigraph's "?m NOT IN ()" is false)
    shares = ", ".join([k for k, label in labels if percent_score(label)] or ["<urn:none>"])
    no_board = ", ".join([k for k, label in labels if measure_role(label)] or ["<urn:none>"])
    costs = ", ".join([k for k, label in labels if measure_role(label) == "cost"] or ["<urn:none>"])
    return text.replace("PERCENT_SCORES", shares).replace("NO_BOARD", no_board).replace("COSTS", costs)


def _higher_is_better(store, metric: str) -> bool:
    return bool(store.query(f"ASK {{ {metric} mlkg:higherIsBetter true }}"))


def _ranked(rows: list[tuple]) -> list[tuple]:
    """Rows in board order with rows of equal rank (same label and value) as a multiset."""
    out: list[tuple] = []
    for row in rows:
        key = (row[7], row[8], row[9], row[1], row[2], row[4])
        if out and out[-1][0] == key:
            out[-1][1][row] += 1
        else:
            out.append((key, Counter([row])))
    return out


def _expected_ranks(rows: list[tuple], share: bool = False) -> list[int]:
    """Competition ranks of an old-query board (rows best first): 1 + methods with a better score.

    Scores compare on the board's common scale: on a percent board "87.3%" and a bare "87.3"
    are one score (kg.leaderboard.common_scale), as the old query orders them. ``share``: the
    board of a share (accuracy, AP: kg.leaderboard.percent_score) of a score, a percent board."""
    percent = [row[4].endswith("/PERCENT>") for row in rows]
    points = sum(not pct and 1 < Decimal(row[2].split('"')[1]) <= 100 for row, pct in zip(rows, percent, strict=True))
    percent_board = share or 2 * sum(percent) >= len(rows) or (any(percent) and 2 * points > len(rows) - sum(percent))
    ranks, better, last = [], set(), None
    for row, pct in zip(rows, percent, strict=True):
        value = Decimal(row[2].split('"')[1])
        score = value / 100 if pct or (percent_board and value > 1) else value
        if score != last:
            rank, last = len(better) + 1, score
        better.add(row[0])
        ranks.append(rank)
    return ranks


def assert_same_leaderboards(store: KgStore, bound: int = 5) -> int:
    """Every board at once (as multisets), and the ``bound`` busiest boards in their ranked order,
    whole (page unbound) and as their first page, with the ranks the old order implies."""
    new = load_queries()["leaderboard"]
    expected = _rows(store, OLD_LEADERBOARD)
    got = _rows(store, new.text)
    assert Counter(got) == Counter(expected)
    # (the busiest boards, and the busiest board of a regime when there is one)
    busiest = Counter((r[7], r[8], r[9]) for r in expected).most_common()
    busiest = busiest[:bound] + [b for b in busiest[bound:] if b[0][2] != "None"][:1]
    old_q = new.__class__(name="old", summary="", description="", text=OLD_LEADERBOARD,
                          params=tuple(p for p in new.params if p.name != "page"))  # fmt: skip
    for (dataset, metric, setting), _ in busiest:
        params = {"dataset": dataset, "metric": metric} | ({"setting": setting.strip('"')} if setting != "None" else {})
        want = [r for r in _rows(store, OLD_LEADERBOARD, bind_params(old_q, params)) if r[9] == setting]
        whole = [r for r in store.query(new.text, substitutions=bind_params(new, params, use_defaults=False))
                 if str(r["boardSetting"]) == setting]  # fmt: skip
        have = [_row(r) for r in whole]
        assert [str(r["cost"].value) for r in whole if r["cost"]] == [row[10] for row in have if row[10] != "None"]
        assert _ranked(have) == _ranked(want), (dataset, metric)
        share = metric in _with_measures(store, "PERCENT_SCORES").split(", ") and _higher_is_better(store, metric)
        assert [int(r["rank"].value) for r in whole] == _expected_ranks(want, share)
        assert {int(r["entries"].value) for r in whole} == {len(want)}
        first_page = [r for r in _rows(store, new.text, bind_params(new, params)) if r[9] == setting]
        assert first_page == have[:100]
    return len(expected)


def _corpus(shared: Path | None, n: int, seed: int) -> list[dict]:
    if shared is None:
        return [json.loads(line) for line in (EXAMPLES / "papers.jsonl").read_text().splitlines() if line.strip()]
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from gen_corpus import generate

    return list(generate(n, seed=seed, shared=shared))


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def records(request) -> list[dict]:
    root = Path(__file__).resolve().parents[2] / "shared"
    return _corpus(root if (root / "corpus").is_dir() else None, 600, seed=11)


def _changed(records: list[dict], seed: int = 3) -> list[dict]:
    """Some abstracts with their numbers changed, some papers dropped, a few added twice over."""
    rng = random.Random(seed)
    out = []
    for r in records:
        x = rng.random()
        if x < 0.1:
            continue  # a paper that is not in the new input keeps its graph (builds never delete)
        if x < 0.35:
            r = dict(r, abstract=r["abstract"].replace("%", " %").replace("1", "9"))
        out.append(r)
    return out


@pytest.mark.parametrize("bulk", [False, True])
def test_full_then_incremental_build_matches_the_old_query(tmp_path, records, bulk):
    store = KgStore(tmp_path / "s")
    build([_write(tmp_path / "a.jsonl", records)], store, quiet=True, bulk=bulk, on_error="skip")
    assert assert_same_leaderboards(store) > 0
    report = build([_write(tmp_path / "b.jsonl", _changed(records))], store, quiet=True, on_error="skip")
    assert report.loaded > 0
    assert assert_same_leaderboards(store) > 0
    # a changed paper changed back: its boards are recomputed again
    build([_write(tmp_path / "a.jsonl", records)], store, quiet=True, on_error="skip")
    assert assert_same_leaderboards(store) > 0


def test_refresh_rebuilds_a_damaged_leaderboards_graph(tmp_path, records):
    store = KgStore(tmp_path / "s")
    build([_write(tmp_path / "a.jsonl", records[:200])], store, quiet=True, on_error="skip")
    scheme = IriScheme()
    before = set(store.store.quads_for_pattern(None, None, None, scheme.leaderboards_graph))
    assert before
    # a stale board (its pair has no results any more) goes, a lost one comes back
    stale = scheme.leaderboard(NamedNode("urn:d"), NamedNode("urn:m"))
    store.update(f"DELETE WHERE {{ GRAPH {scheme.leaderboards_graph} {{ ?b mlkg:entry ?e . ?e ?p ?o }} }} ;"
                 f"INSERT DATA {{ GRAPH {scheme.leaderboards_graph} {{ {stale} a mlkg:Leaderboard ; "
                 "mlkg:forDataset <urn:d> ; mlkg:forMetric <urn:m> } }")  # fmt: skip
    assert store.refresh_leaderboards(scheme) > 0
    assert set(store.store.quads_for_pattern(None, None, None, scheme.leaderboards_graph)) == before
    assert_same_leaderboards(store)


def test_a_big_first_build_goes_bulk_and_a_later_one_does_not(tmp_path, records, monkeypatch, caplog):
    import logging

    import kg.build

    monkeypatch.setattr(kg.build, "BULK_MIN_PAPERS", 50)
    monkeypatch.setattr(kg.build, "SHARD_PAPERS", 40)  # several shards, the last one short
    store = KgStore(tmp_path / "s")
    with caplog.at_level(logging.INFO, logger="kg.build"):
        build([_write(tmp_path / "a.jsonl", records[:120])], store, quiet=True, on_error="skip")
    assert any(r.getMessage().startswith("loading") and "(bulk)" in r.getMessage() for r in caplog.records)
    assert store.stats()["papers"] == 120
    assert_same_leaderboards(store)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="kg.build"):
        build([_write(tmp_path / "b.jsonl", records[100:200])], store, quiet=True, on_error="skip")
    assert not any("(bulk)" in r.getMessage() for r in caplog.records)
    assert store.stats()["papers"] == 200
    assert_same_leaderboards(store)


OLD_PAPERS_PROPOSING = """
SELECT ?method ?methodLabel ?paper ?title ?arxiv ?mention ?confidence WHERE {
  VALUES ?method { UNDEF }
  ?paper mlkg:proposes ?method ; dcterms:title ?title .
  ?method a mlkg:Method ; skos:prefLabel ?methodLabel .
  OPTIONAL { ?paper fabio:hasArXivId ?arxiv }
  ?a rdf:subject ?paper ; rdf:predicate mlkg:proposes ; rdf:object ?method ;
     mlkg:confidence ?confidence ; prov:wasDerivedFrom ?span .
  ?span oa:hasSource/rdf:value ?text ; oa:hasSelector ?sel .
  ?sel oa:start ?s ; oa:end ?e .
  BIND(SUBSTR(?text, ?s + 1, ?e - ?s) AS ?mention)
} ORDER BY ?methodLabel ?title
"""


OLD_BEATS_BASELINE = """
SELECT ?method ?methodLabel ?baseline ?baselineLabel ?datasetLabel ?metricLabel ?valueText ?gain ?paper ?title WHERE {
  VALUES ?baseline { UNDEF }
  ?r mlkg:baseline ?baseline ; mlkg:method ?method ; mlkg:metric ?k ; mlkg:valueText ?valueText ;
     mlkg:reportedIn ?paper .
  ?k mlkg:higherIsBetter ?hib ; skos:prefLabel ?metricLabel .
  ?method skos:prefLabel ?methodLabel .
  ?baseline skos:prefLabel ?baselineLabel .
  ?paper dcterms:title ?title .
  OPTIONAL { ?r mlkg:delta ?d }
  OPTIONAL { ?r mlkg:relativeDelta ?rd }
  OPTIONAL { ?r mlkg:dataset/skos:prefLabel ?datasetLabel }
  BIND(COALESCE(?d, ?rd) AS ?delta)
  BIND(IF(?hib, ?delta, -?delta) AS ?gain)
}"""


def test_rewritten_named_queries_answer_as_before(tmp_path, records):
    """papers_proposing (reordered for a bound method) and beats_baseline (the dataset label
    looked up in two steps) give the old rows, bound and unbound."""
    store = KgStore(tmp_path / "s")
    build([_write(tmp_path / "a.jsonl", records[:300])], store, quiet=True, on_error="skip")
    new = load_queries()["papers_proposing"]

    def rows(text, subs=None):
        res = store.query(text, substitutions=subs)
        names = res.variables
        return Counter(tuple(str(r[v]) for v in names) for r in res)

    assert rows(new.text) == rows(OLD_PAPERS_PROPOSING) != Counter()
    methods = [r["m"] for r in store.query("SELECT DISTINCT ?m WHERE { ?p mlkg:proposes ?m } LIMIT 20")]
    for m in methods:
        subs = bind_params(new, {"method": str(m)})
        assert rows(new.text, subs) == rows(OLD_PAPERS_PROPOSING.replace("{ UNDEF }", f"{{ {m} }}")), m
    beats = load_queries()["beats_baseline"]
    assert rows(beats.text) == rows(OLD_BEATS_BASELINE) != Counter()
    baselines = [r["b"] for r in store.query("SELECT DISTINCT ?b WHERE { ?r mlkg:baseline ?b } LIMIT 20")]
    for b in baselines:
        subs = bind_params(beats, {"baseline": str(b)})
        assert rows(beats.text, subs) == rows(OLD_BEATS_BASELINE.replace("{ UNDEF }", f"{{ {b} }}")) != Counter(), b


def test_a_sparql_update_on_the_server_refreshes_the_leaderboards(tmp_path):
    """An update through kg serve (--allow-updates) that adds and removes results is reflected at once."""
    from factory import fill
    from web_fixtures import TOKEN, settings

    from kg.web import create_app

    store = fill(KgStore(tmp_path / "kg"))
    assert assert_same_leaderboards(store) == 2
    app = create_app(settings(tmp_path / "kg", allow_updates=True, update_token=TOKEN), store)
    try:
        app.extensions["mlkg"].update(
            "INSERT DATA { GRAPH <https://w3id.org/mlkg/graph/paper/x> {"
            " <https://w3id.org/mlkg/id/paper/x> a mlkg:Paper ; dcterms:title 'X' ."
            " result:x a mlkg:Result ; mlkg:reportedIn <https://w3id.org/mlkg/id/paper/x> ;"
            "   mlkg:method method:netb ; mlkg:dataset dataset:imagenet ; mlkg:metric metric:top-1-accuracy ;"
            "   mlkg:value 90.5 ; qudt:unit unit:PERCENT ; mlkg:valueText '90.5%' ."
            " assertion:x mlkg:assertsResult result:x ; mlkg:confidence 0.9 } }"
        )
        board = [(r[1], r[3]) for r in _rows(store, load_queries()["leaderboard"].text)]
        assert board[0] == ('"NetB"@en', '"90.5%"')
        assert assert_same_leaderboards(store) == 2
        app.extensions["mlkg"].update("DELETE WHERE { GRAPH ?g { ?r mlkg:dataset dataset:imagenet } }")
        assert _rows(store, load_queries()["leaderboard"].text) == []
        assert not list(store.query("SELECT * WHERE { ?b a mlkg:Leaderboard }"))
    finally:
        app.extensions["mlkg"].close()


def test_build_into_a_remote_server_keeps_the_leaderboards(tmp_path, records):
    """`kg build --store http://...`: boards recomputed over SPARQL Update, first and incremental builds."""
    from servers import start_oxigraph

    from kg.store import open_store

    proc, url = start_oxigraph(tmp_path / "oxigraph")
    try:
        remote = open_store(url)
        build([_write(tmp_path / "a.jsonl", records[:150])], remote, quiet=True, on_error="skip")
        assert assert_same_leaderboards(remote) > 0
        build([_write(tmp_path / "b.jsonl", _changed(records[:150]))], remote, quiet=True, on_error="skip")
        assert assert_same_leaderboards(remote) > 0
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_bulk_and_transactional_builds_make_the_same_graph(tmp_path, records):
    """Entities through bulk_load (first_labels) and boards through materialise_leaderboards match
    add_shared and refresh_leaderboards, quad for quad, colliding entity IRIs included."""
    from kg.build import first_labels
    from kg.model import Entity
    from kg.rdf import shared_quads

    data = _write(tmp_path / "a.jsonl", records[:150])
    bulk, plain = KgStore(tmp_path / "bulk"), KgStore(tmp_path / "plain")
    build([data], bulk, quiet=True, on_error="skip", bulk=True)
    build([data], plain, quiet=True, on_error="skip", bulk=False)
    assert set(bulk.quads()) == set(plain.quads())
    scheme = IriScheme()
    clash = [Entity("method", "ViT"), Entity("method", "Vision Net"), Entity("method", "VIT"), Entity("method", "vit")]
    a, b = KgStore(), KgStore()
    a.add_shared(shared_quads(scheme, clash, []))
    b.insert(list(first_labels(scheme, clash)))
    assert set(a.quads()) == set(b.quads())
    assert len([q for q in b.quads() if q.predicate.value.endswith("prefLabel")]) == 2


def _long_board(store: KgStore, methods: int) -> None:
    """One board with ``methods`` methods on it, best first by index, with some ties:
    methods 2k and 2k+1 score the same (shared rank), and method 0 has two equal best results."""
    lines = ["<http://example.org/d> a mlkg:Dataset . <http://example.org/k> a mlkg:Metric ; mlkg:higherIsBetter true ."]
    for i in range(methods):
        value = 1000 - i // 2
        results = [f"<urn:r{i}>"] + (["<urn:r0b>"] if i == 0 else [])
        lines.append(f"<http://example.org/m{i}> skos:prefLabel \"Method {i:04d}\" . <http://example.org/p{i}> dcterms:title \"Paper {i}\" .")
        for r in results:
            lines.append(f"{r} mlkg:method <http://example.org/m{i}> ; mlkg:dataset <http://example.org/d> ; mlkg:metric <http://example.org/k> ; "
                         f"mlkg:value {value}.0 ; qudt:unit unit:NUM ; mlkg:valueText \"{value}\" ; "
                         f"mlkg:reportedIn <http://example.org/p{i}> . [] mlkg:assertsResult {r} ; mlkg:confidence 0.9 .")  # fmt: skip
    store.update("INSERT DATA { GRAPH <urn:g> { " + "\n".join(lines) + " } }")


def test_a_long_board_is_read_a_page_at_a_time(tmp_path):
    """250 methods (251 entries): page 1 is positions 1-100, page 3 the last 51; ranks are
    competition ranks (tied methods share one, the next counts the methods above it)."""
    store = KgStore(tmp_path / "s")
    _long_board(store, 250)
    assert store.refresh_leaderboards(IriScheme()) == 251
    q = load_queries()["leaderboard"]

    def page(n: int | None) -> list:
        params = {"dataset": "<http://example.org/d>", "metric": "<http://example.org/k>"} | ({"page": str(n)} if n else {})
        return list(store.query(q.text, substitutions=bind_params(q, params, use_defaults=False)))

    whole = page(None)
    pages = [page(1), page(2), page(3)]
    assert [len(p) for p in pages] == [100, 100, 51] and page(4) == []
    assert [r["method"].value for p in pages for r in p] == [r["method"].value for r in whole]
    ranks = [int(r["rank"].value) for r in whole]
    # m0 (twice) and m1 share rank 1; m2 and m3 come after two methods: rank 3
    assert ranks[:5] == [1, 1, 1, 3, 3]
    assert ranks[-1] == 249 and {int(r["entries"].value) for r in whole} == {251}
    labels = [r["methodLabel"].value for r in whole]
    assert labels[:3] == ["Method 0000", "Method 0000", "Method 0001"]
    # the default page is the first
    default = store.query(q.text, substitutions=bind_params(q, {"dataset": "<http://example.org/d>", "metric": "<http://example.org/k>"}))
    assert [r["method"] for r in default] == [r["method"] for r in pages[0]]
    # a page that is not a whole number is refused with the parameter's name
    with pytest.raises(Exception, match="page"):
        bind_params(q, {"dataset": "<http://example.org/d>", "metric": "<http://example.org/k>", "page": "two"})
    # pages count from 1: page 0 is refused, not answered with an empty page
    with pytest.raises(Exception, match="from 1"):
        bind_params(q, {"dataset": "<http://example.org/d>", "metric": "<http://example.org/k>", "page": "0"})


def test_ranking_rules_on_a_mixed_scale_board():
    """kg.leaderboard.rank: percent board, a bare 86.8 read as 86.8%, a bare 512 left off,
    a low-confidence result not counted, tied best results of one method both listed."""
    from decimal import Decimal as D

    from kg.leaderboard import Candidate, rank

    def c(result, method, value, percent=True, conf="0.9"):
        return Candidate(result, method, method.upper(), D(value), percent, D(conf) if conf else None)

    board = rank([
        c("r1", "a", "85.0"), c("r2", "b", "86.8", percent=False), c("r3", "c", "512", percent=False),
        c("r4", "d", "99", conf="0.3"), c("r5", "d", "80"), c("r6", "e", "85"), c("r7", "e", "85.0"),
        c("r8", "f", "70", conf=None),
    ], higher_is_better=True)  # fmt: skip
    assert [(e.candidate.result, str(e.score), e.rank, e.position) for e in board] == [
        ("r2", "0.868", 1, 1), ("r1", "0.85", 2, 2), ("r6", "0.85", 2, 3), ("r7", "0.85", 2, 4), ("r5", "0.8", 4, 5),
    ]  # fmt: skip
    lower = rank([c("r1", "a", "3.5", False), c("r2", "b", "2.0", False)], higher_is_better=False)
    assert [(e.candidate.result, e.score, e.rank) for e in lower] == [("r2", D("-2.0"), 1), ("r1", D("-3.5"), 2)]
    assert rank([], True) == []


def test_stored_board_reads_a_bare_number_as_a_percentage(tmp_path):
    """The store and the query apply the same rule: 86.8 (no unit) beats 85% on a percent board."""
    store = KgStore(tmp_path / "s")
    lines = ["<http://example.org/d> a mlkg:Dataset . <http://example.org/k> a mlkg:Metric ; mlkg:higherIsBetter true ."]
    for i, (value, unit) in enumerate([("85.0", "PERCENT"), ("86.8", "NUM"), ("84.0", "PERCENT"), ("512.0", "NUM")]):
        r, m, p = (f"<http://example.org/{x}{i}>" for x in "rmp")
        lines.append(f"{m} skos:prefLabel \"M{i}\" . {p} dcterms:title \"P{i}\" . "
                     f"{r} mlkg:method {m} ; mlkg:dataset <http://example.org/d> ; mlkg:metric <http://example.org/k> ; "
                     f"mlkg:value {value} ; qudt:unit unit:{unit} ; mlkg:valueText \"{value}\" ; mlkg:reportedIn {p} . "
                     f"[] mlkg:assertsResult {r} ; mlkg:confidence 0.9 .")  # fmt: skip
    store.update("INSERT DATA { GRAPH <urn:g> { " + "\n".join(lines) + " } }")
    store.refresh_leaderboards(IriScheme())
    q = load_queries()["leaderboard"]
    rows = list(store.query(q.text, substitutions=bind_params(q, {"dataset": "<http://example.org/d>",
                                                                   "metric": "<http://example.org/k>"})))  # fmt: skip
    assert [(r["methodLabel"].value, int(r["rank"].value)) for r in rows] == [("M1", 1), ("M0", 2), ("M2", 3)]
    assert_same_leaderboards(store)


def _expected_records(store: KgStore) -> Counter:
    """State-of-the-art records by brute force: for each counted, dated result, is any counted
    result of its board published on or before its day strictly better? (quadratic, obvious)"""
    from decimal import Decimal as D

    from kg.leaderboard import board_setting, common_scale, is_percent_board, measure_role, trusted

    rows = store.query("""SELECT ?d ?k ?r ?hib ?v ?u ?s ?l (MAX(?c) AS ?conf) (SAMPLE(?i) AS ?issued) WHERE {
        ?r mlkg:dataset ?d ; mlkg:metric ?k ; mlkg:method ?m ; mlkg:value ?v ; qudt:unit ?u .
        ?k mlkg:higherIsBetter ?hib ; skos:prefLabel ?l .
        OPTIONAL { ?r mlkg:setting ?s }
        OPTIONAL { ?a mlkg:assertsResult ?r ; mlkg:confidence ?c }
        OPTIONAL { ?r mlkg:reportedIn/dcterms:issued ?i } } GROUP BY ?d ?k ?r ?hib ?v ?u ?s ?l""")
    boards: dict = {}
    for r in rows:  # (a board per regime: kg.leaderboard.board_setting)
        boards.setdefault((r["d"].value, r["k"].value, board_setting(r["s"].value if r["s"] else None)), []).append(r)
    out: Counter = Counter()
    for (d, k, _), members in boards.items():
        hib, label = members[0]["hib"].value == "true", members[0]["l"].value
        if measure_role(label):  # (a cost or a vague name: no board)
            continue
        pb = is_percent_board([r["u"].value.endswith("PERCENT") for r in members],
                              [D(r["v"].value) for r in members] if hib else (), hib, label)
        counted = []
        for r in members:
            value, _ = common_scale(D(r["v"].value), r["u"].value.endswith("PERCENT"), pb)
            conf = D(r["conf"].value) if r["conf"] else None
            if value is not None and trusted(conf) and r["issued"]:
                counted.append((r["r"].value, r["issued"].value, value if r["hib"].value == "true" else -value))
        for rid, day, score in counted:
            if not any(other != rid and d2 <= day and s2 > score for other, d2, s2 in counted):
                out[(d, k, rid)] += 1
    return out


def test_sota_progression_reads_the_stored_records(tmp_path, records):
    """Materialised state-of-the-art records equal a brute-force computation, after a full build
    and after an incremental one; the named query returns them in date order."""
    rng = random.Random(5)  # ~40 days for 300 papers: many papers share a day
    dated = [dict(r, date=f"20{rng.randint(18, 24)}-0{rng.randint(1, 6)}-01") for r in records[:300]]
    store = KgStore(tmp_path / "s")
    build([_write(tmp_path / "a.jsonl", dated)], store, quiet=True, on_error="skip")
    build([_write(tmp_path / "b.jsonl", _changed(dated))], store, quiet=True, on_error="skip")
    q = load_queries()["sota_progression"]
    rows = list(store.query(q.text))
    got = Counter()
    for r in rows:
        rid = r["result"].value
        got[(r["dataset"].value, r["metric"].value, rid)] += 1
    expected = _expected_records(store)
    assert expected and set(got) == set(expected)
    by_board: dict = {}
    for r in rows:
        by_board.setdefault((r["dataset"].value, r["metric"].value, r["boardSetting"]), []).append(r["issued"].value)
    assert all(days == sorted(days) for days in by_board.values())


def test_unnamed_proposed_methods_stay_apart(tmp_path):
    """Two papers whose results belong to "(proposed)" (the contract's placeholder for an unnamed
    method) get one method each, labelled with their paper: both are on the board, not only the
    better of them, and no shared "(proposed)" entity is made."""
    from kg.build import build as build_papers

    records = [
        {"id": "u1", "title": "Seeing Further With Fewer Pixels", "date": "2024-01-01",
         "abstract": "We study image classification. Our method reaches 81.5% top-1 accuracy on ImageNet."},
        {"id": "u2", "title": "Small Networks Can Also Be Strong", "date": "2024-02-01",
         "abstract": "We study image classification. Our approach obtains 79.0% top-1 accuracy on ImageNet."},
    ]  # fmt: skip
    store = KgStore(tmp_path / "s")
    build_papers([_write(tmp_path / "u.jsonl", records)], store, quiet=True)
    methods = {(r["m"].value, r["l"].value) for r in store.query(
        "SELECT DISTINCT ?m ?l WHERE { ?r mlkg:method ?m . ?m a mlkg:Method ; skos:prefLabel ?l }")}  # fmt: skip
    assert len(methods) == 2, methods
    assert {label for _, label in methods} == {"(proposed in “Seeing Further With Fewer…”)",
                                               "(proposed in “Small Networks Can Also Be…”)"}  # fmt: skip
    assert not list(store.query('SELECT ?e WHERE { ?e skos:prefLabel "(proposed)"@en }'))
    q = load_queries()["leaderboard"]
    board = list(store.query(q.text, substitutions=bind_params(q, {"dataset": "ImageNet", "metric": "top-1 accuracy"})))
    assert [(r["rank"].value, r["valueText"].value) for r in board] == [("1", "81.5%"), ("2", "79.0%")]


def test_data_updates_on_the_server_recompute_only_the_boards_they_reach(tmp_path, records):
    """INSERT DATA / DELETE DATA through kg serve recompute the boards of the results they are
    about (a confidence lowered, a metric's direction flipped, a method renamed, a result added),
    and the boards then equal the oracle; an update with a WHERE recomputes them all."""
    from web_fixtures import TOKEN, settings

    from kg.web import create_app

    store = KgStore(tmp_path / "kg")
    build([_write(tmp_path / "a.jsonl", records[:200])], store, quiet=True, on_error="skip")
    total = len(store.all_board_pairs())
    target = next(iter(store.query("""SELECT ?a ?c ?m ?k ?pg ?hib ?label WHERE { ?b mlkg:entry/mlkg:result ?r .
        ?r mlkg:method ?m ; mlkg:metric ?k . GRAPH ?pg { ?a mlkg:assertsResult ?r ; mlkg:confidence ?c }
        ?k mlkg:higherIsBetter ?hib . ?m skos:prefLabel ?label } LIMIT 1""")))  # fmt: skip
    a, c, m, k, pg, hib, label = (target[v] for v in ("a", "c", "m", "k", "pg", "hib", "label"))
    shared = IriScheme().entities_graph
    app = create_app(settings(tmp_path / "kg", allow_updates=True, update_token=TOKEN), store)
    state = app.extensions["mlkg"]
    seen: list = []
    refresh = store.refresh_leaderboards
    store.refresh_leaderboards = lambda scheme, pairs=None: seen.append(pairs) or refresh(scheme, pairs)
    g = "<https://w3id.org/mlkg/graph/edits>"
    try:
        for update in (
            f"DELETE DATA {{ GRAPH {pg} {{ {a} mlkg:confidence {c} }} }}",
            f"INSERT DATA {{ GRAPH {g} {{ {a} mlkg:confidence 0.3 }} }}",
            f"DELETE DATA {{ GRAPH {shared} {{ {k} mlkg:higherIsBetter {hib} }} }} ; "
            f"INSERT DATA {{ GRAPH {shared} {{ {k} mlkg:higherIsBetter {'false' if hib.value == 'true' else 'true'} }} }}",
            f"DELETE DATA {{ GRAPH {shared} {{ {m} skos:prefLabel {label} }} }} ; "
            f"INSERT DATA {{ GRAPH {shared} {{ {m} skos:prefLabel 'Zzz renamed'@en }} }}",
            f"INSERT DATA {{ GRAPH {g} {{ result:new a mlkg:Result ; mlkg:method {m} ; mlkg:metric {k} ; "
            f"mlkg:dataset dataset:brand-new-set ; mlkg:value 1.5 ; qudt:unit unit:NUM ; mlkg:valueText '1.5' ; "
            f"mlkg:reportedIn <https://w3id.org/mlkg/id/paper/x> . [] mlkg:assertsResult result:new ; "
            f"mlkg:confidence 0.9 }} }}",
        ):
            state.update(update)
            assert seen[-1] is not None and 0 < len(seen[-1]) < total / 2, (update, seen[-1] and len(seen[-1]))
            assert_same_leaderboards(store)
        state.update(f"DELETE WHERE {{ GRAPH {g} {{ ?a mlkg:confidence ?x }} }}")
        assert seen[-1] is None
        assert_same_leaderboards(store)
    finally:
        state.close()


def test_results_of_unnamed_other_models_are_not_the_papers_method(tmp_path):
    """A result whose owner is a model the text does not name but that is not the paper's own
    ("(unnamed)": "even the best model only scores"; "(baseline)") gets no method: it must
    not become a result of the paper's unnamed proposed method on a leaderboard."""
    from kg.build import build as build_papers

    records = [
        {"id": "g1", "title": "A Hard Benchmark for Zorb Reasoning", "date": "2024-03-01",
         "abstract": "We study zorb reasoning. We find that even the best model only scores 31.5% accuracy "
                     "on ZorbBench. Our method reaches 45.2% accuracy on ZorbBench."},
    ]  # fmt: skip
    store = KgStore(tmp_path / "s")
    build_papers([_write(tmp_path / "g.jsonl", records)], store, quiet=True)
    rows = {(r["v"].value, r["m"].value if r["m"] else None) for r in store.query(
        "SELECT ?v ?m WHERE { ?r a mlkg:Result ; mlkg:valueText ?v . OPTIONAL { ?r mlkg:method ?m } }")}  # fmt: skip
    owners = dict(rows)
    assert set(owners) == {"31.5%", "45.2%"}, rows
    assert owners["31.5%"] is None
    assert owners["45.2%"] is not None and "proposed-in-" in owners["45.2%"]


def test_reading_a_board_setting_does_not_import_the_extractor():
    """A query's `setting` is normalised with kg.regimes, not through kg.extract (spaCy): the first
    such query in a server process does not pay the extractor's import (about a second)."""
    import subprocess
    import sys

    code = ("import sys, kg.leaderboard as L; assert L.board_parameter('1-Shot') == '1-shot';"
            "assert 'spacy' not in sys.modules and 'kg.extract' not in sys.modules, sorted(sys.modules)")  # fmt: skip
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])


def test_a_board_with_a_bare_number_above_100_is_no_percent_board():
    """30, 45 and 160 FPS with one "20%": read as percentages the best, 160, would be dropped."""
    from kg.leaderboard import is_percent_board

    assert not is_percent_board([False, False, False, True], [30, 45, 160, 20])
    assert is_percent_board([False, False, True], [52.1, 41.6, 54.1])


def _share_candidates(values):
    from kg.leaderboard import Candidate

    return [Candidate(f"r{i}", f"m{i}", f"M{i}", Decimal(v.rstrip("%")), v.endswith("%"), Decimal("0.9"))
            for i, v in enumerate(values)]  # fmt: skip


def test_a_share_written_as_points_and_as_fractions_is_one_scale():
    """An invented audio-tagging board: one paper writes 46.16 mAP, three write fractions. mAP
    cannot pass 1 as a fraction, so 46.16 is points (0.4616) and goes second, and the board
    shows every value in points; a BLEU of 0.35 beside 28.4 is not a share and keeps its scale."""
    from kg.leaderboard import percent_score, rank

    entries = rank(_share_candidates(["46.16", "0.485", "0.450", "0.439"]), True, "mAP")
    assert [e.candidate.result for e in entries] == ["r1", "r0", "r2", "r3"]
    assert [float(e.shown) for e in entries] == [48.5, 46.16, 45.0, 43.9]
    mixed = rank(_share_candidates(["0.9217", "88.18", "81.33%"]), True, "Dice coefficient")
    assert [(e.candidate.result, float(e.shown)) for e in mixed] == [("r0", 92.17), ("r1", 88.18), ("r2", 81.33)]
    bleu = rank(_share_candidates(["28.4", "0.35"]), True, "BLEU")
    assert [(e.candidate.result, e.shown) for e in bleu] == [("r0", None), ("r1", None)]
    # (an error rate keeps the board-by-board test: a bare 0.9 WER beside 2.1% may be points)
    assert not percent_score("word error rate") and percent_score("top-1 accuracy") and percent_score("Hits@1")


def _board_store(tmp_path, results):
    """A store of hand-made results on dataset D, each in a paper of its own: (metric label, value,
    unit, method label); every metric higher-is-better."""
    return _cost_store(tmp_path, [(f"P{i}", method, "D", metric, "true", value, unit, value)
                                  for i, (metric, value, unit, method) in enumerate(results)])  # fmt: skip


def _board_rows(store, metric: str) -> list[tuple]:
    q = load_queries()["leaderboard"]
    subs = bind_params(q, {"dataset": "<http://example.org/d/D>", "metric": f"<http://example.org/k/{metric}>"})
    return [(r["methodLabel"].value, r["boardValue"].value, r["boardUnit"].value.rsplit("/", 1)[1])
            for r in store.query(q.text, substitutions=subs)]  # fmt: skip


def test_stored_share_board_ranks_and_shows_points(tmp_path):
    """The stored board and the leaderboard query: 46.16 mAP second after 0.485, every value in
    points (?boardValue) with the board's unit; a board of FID shows its values as written."""
    store = _board_store(tmp_path, [("mAP", "46.16", "UNITLESS", "A"), ("mAP", "0.485", "UNITLESS", "B"),
                                    ("mAP", "0.450", "UNITLESS", "C"), ("FID", "3.2", "UNITLESS", "A")])  # fmt: skip
    assert _board_rows(store, "mAP") == [("B", "48.5", "PERCENT"), ("A", "46.16", "PERCENT"), ("C", "45", "PERCENT")]
    assert _board_rows(store, "FID") == [("A", "3.2", "UNITLESS")]
    assert_same_leaderboards(store)


def test_costs_and_vague_measures_have_no_stored_board(tmp_path):
    """The pages show parameters, FLOPs and FPS in a Cost column of the quality boards and give a
    bare "performance" no board; the stored boards (what the leaderboard query reads) agree."""
    store = _board_store(tmp_path, [("top-1 accuracy", "81.2", "PERCENT", "A"), ("parameters", "5300000", "UNITLESS", "A"),
                                    ("FPS", "120", "UNITLESS", "B"), ("performance", "12", "PERCENT", "B")])  # fmt: skip
    assert _board_rows(store, "top-1_accuracy") == [("A", "81.2", "PERCENT")]
    assert _board_rows(store, "parameters") == _board_rows(store, "FPS") == _board_rows(store, "performance") == []
    boards = store.query("SELECT ?m WHERE { ?b mlkg:forMetric ?m }")
    assert [r["m"].value for r in boards] == ["http://example.org/k/top-1_accuracy"]
    assert_same_leaderboards(store)


def _cost_store(tmp_path, results):
    """A store of hand-made results: (paper, method, dataset, metric, higher is better, value, unit, text)."""
    store = KgStore(tmp_path / "s")
    lines = []
    for i, (paper, method, dataset, metric, hib, value, unit, text) in enumerate(results):
        k, m, d, p = (f"<http://example.org/{kind}/{name.replace(' ', '_')}>"
                      for kind, name in (("k", metric), ("m", method), ("d", dataset), ("p", paper)))  # fmt: skip
        lines.append(f"{k} a mlkg:Metric ; skos:prefLabel \"{metric}\" ; mlkg:higherIsBetter {hib} . "
                     f"{m} skos:prefLabel \"{method}\" . {p} dcterms:title \"{paper}\" . {d} skos:prefLabel \"{dataset}\" . "
                     f"<http://example.org/r{i}> mlkg:method {m} ; mlkg:dataset {d} ; mlkg:metric {k} ; mlkg:value {value} ; "
                     f"qudt:unit unit:{unit} ; mlkg:valueText \"{text}\" ; mlkg:reportedIn {p} . "
                     f"[] mlkg:assertsResult <http://example.org/r{i}> ; mlkg:confidence 0.9 .")  # fmt: skip
    store.update("INSERT DATA { GRAPH <urn:g> { " + "\n".join(lines) + " } }")
    store.refresh_leaderboards(IriScheme())
    return store


def _costs_shown(store) -> list[tuple]:
    q = load_queries()["leaderboard"]
    subs = bind_params(q, {"dataset": "<http://example.org/d/D>", "metric": "<http://example.org/k/top-1_accuracy>"})
    return [(r["methodLabel"].value, r["cost"].value if r["cost"] else None) for r in store.query(q.text, substitutions=subs)]


def test_the_leaderboard_query_shows_each_rows_costs(tmp_path):
    """?cost: the costs the row's paper gives for its method on the board's dataset, as the dataset
    page's Cost column: one per measure (the best in its direction: fewest parameters, most FPS),
    measures in alphabetical order; not another paper's nor another dataset's."""
    store = _cost_store(tmp_path, [
        ("P0", "A", "D", "top-1 accuracy", "true", "81.2", "PERCENT", "81.2%"),
        ("P0", "A", "D", "parameters", "false", "25000000", "UNITLESS", "25M"),
        ("P0", "A", "D", "parameters", "false", "5300000", "UNITLESS", "5.3M"),
        ("P0", "A", "D", "FPS", "true", "120", "UNITLESS", "120"),
        ("P0", "A", "D", "FPS", "true", "95", "UNITLESS", "95"),
        ("P0", "A", "E", "FLOPs", "false", "4", "UNITLESS", "4G"),
        ("P1", "A", "D", "FLOPs", "false", "9", "UNITLESS", "9G"),
        ("P2", "B", "D", "top-1 accuracy", "true", "80.0", "PERCENT", "80.0%"),
    ])  # fmt: skip
    assert _costs_shown(store) == [("A", "120 FPS; 5.3M parameters"), ("B", None)]
    assert_same_leaderboards(store)
    # (a SPARQL update of a cost alone reaches the boards of its dataset through its pair)
    store.update("WITH <urn:g> DELETE { ?r mlkg:value ?v ; mlkg:valueText ?t } INSERT { ?r mlkg:value 150 ; "
                 "mlkg:valueText \"150\" } WHERE { VALUES ?r { <http://example.org/r4> } ?r mlkg:value ?v ; mlkg:valueText ?t }")  # fmt: skip
    store.refresh_leaderboards(IriScheme(), store.pairs_about(["http://example.org/r4"]))
    assert _costs_shown(store) == [("A", "150 FPS; 5.3M parameters"), ("B", None)]
    assert_same_leaderboards(store)


def test_deleting_a_rows_last_cost_empties_its_cost_column(tmp_path):
    # review: the dataset's boards were recomputed only while the deleted cost's measure still had
    # results, so the last "120 FPS" stayed in ?cost after its result was gone
    store = _cost_store(tmp_path, [
        ("P0", "A", "D", "top-1 accuracy", "true", "81.2", "PERCENT", "81.2%"),
        ("P0", "A", "D", "FPS", "true", "120", "UNITLESS", "120"),
        ("P2", "B", "D", "top-1 accuracy", "true", "80.0", "PERCENT", "80.0%"),
    ])  # fmt: skip
    assert _costs_shown(store) == [("A", "120 FPS"), ("B", None)]
    before = store.pairs_about(["http://example.org/r1"])
    store.update("DELETE WHERE { GRAPH <urn:g> { <http://example.org/r1> ?p ?o } }")
    store.refresh_leaderboards(IriScheme(), before | store.pairs_about(["http://example.org/r1"]))
    assert _costs_shown(store) == [("A", None), ("B", None)]
    assert_same_leaderboards(store)


def test_cost_column_keeps_one_value_per_measure():
    from kg.leaderboard import cost_column

    costs = [("Params", Decimal("88"), False, False, "88M"), ("GFLOPs", Decimal("15.4"), False, False, "15.4"),
             ("params", Decimal("22"), False, False, " 22M"), ("Params", Decimal("86"), False, False, "86M")]  # fmt: skip
    assert cost_column(costs) == "15.4 GFLOPs; 86M Params; 22M params"
    assert cost_column([]) is None


def test_a_store_built_before_the_boards_format_gets_every_board_recomputed(tmp_path, records, caplog):
    # review: a store built before mlkg:boardValue kept its old boards (incremental builds redo
    # only the boards they touch), so the leaderboard query fell back to the values as written
    import logging

    from kg.store import BOARDS_FORMAT

    store = KgStore(tmp_path / "s")
    path = _write(tmp_path / "a.jsonl", records[:60])
    build([path], store, quiet=True, on_error="skip")
    g = IriScheme().leaderboards_graph
    assert not store.boards_outdated(IriScheme()) and store.objects(g, BOARDS_FORMAT, g)
    values = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?e mlkg:boardValue ?v }")
    shown = int(next(iter(values))["n"].value)
    assert shown > 0
    # an older store: no version on the graph, no boardValue on its entries
    store.update(f"DELETE WHERE {{ GRAPH {g} {{ ?e mlkg:boardValue ?v }} }} ;\n"
                 f"DELETE WHERE {{ GRAPH {g} {{ {g} {BOARDS_FORMAT} ?v }} }}")  # fmt: skip
    assert store.boards_outdated(IriScheme())
    with caplog.at_level(logging.INFO, logger="kg.build"):
        build([path], store, quiet=True, on_error="skip")  # (every paper unchanged: no board touched)
    assert "built by an older version: recomputing all of them" in caplog.text
    values = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?e mlkg:boardValue ?v }")
    assert int(next(iter(values))["n"].value) == shown
    assert not store.boards_outdated(IriScheme())
    assert_same_leaderboards(store)


def test_papers_proposing_pages_are_the_whole_answer_row_for_row(tmp_path):
    # review: rows of one method that tie on its label and the paper's title (two mentions in one
    # paper, two papers of one title) came in another order in a page than in the whole answer
    store = KgStore(tmp_path / "s")
    text = "We propose FooNet. FooNet, a small net, beats BarNet; Foo-Net is fast."
    links = [(p, m, i) for p in range(6) for m in range(4) for i in range(3)]
    random.Random(1).shuffle(links)  # (the assertions written in no particular order)
    lines = [f"<http://example.org/m{m}> a mlkg:Method ; skos:prefLabel \"{'AB'[m % 2]}Net\" ." for m in range(4)]
    for n, (p, m, i) in enumerate(links):
        s, e = ((11, 17), (19, 25), (54, 61))[i]
        lines.append(f"<http://example.org/p{p}> dcterms:title \"T{p % 2}\" ; mlkg:proposes <http://example.org/m{m}> . "
                     f"<http://example.org/p{p}/abs> rdf:value \"{text}\" . "
                     f"<http://example.org/a{n}> rdf:subject <http://example.org/p{p}> ; rdf:predicate mlkg:proposes ; "
                     f"rdf:object <http://example.org/m{m}> ; mlkg:confidence 0.{9 - i % 2} ; "
                     f"prov:wasDerivedFrom <http://example.org/s{n}> . <http://example.org/s{n}> oa:hasSource "
                     f"<http://example.org/p{p}/abs> ; oa:hasSelector <http://example.org/sel{n}> . "
                     f"<http://example.org/sel{n}> oa:start {s} ; oa:end {e} .")  # fmt: skip
    store.update("INSERT DATA { GRAPH <urn:g> { " + "\n".join(lines) + " } }")
    q = load_queries()["papers_proposing"]

    def rows(text, page):
        result = store.query(text, substitutions=bind_params(q, {"page": page}))
        return [tuple(str(row[v]) for v in result.variables) for row in result]

    whole = rows(q.text, "")
    small = q.text.replace("#PAGE 100:", "#PAGE 1:")
    pages = [row for page in ("1", "2", "3", "4", "5") for row in rows(small, page)]
    assert len(whole) == 72 and pages == whole


@pytest.mark.parametrize("name", ["papers_proposing", "provenance", "datasets_per_task"])
def test_a_paged_query_s_order_is_total(name):
    # rows that tie on the ORDER BY come in whatever order the engine's plan gives them, and a
    # page's plan is not the whole answer's: every projected variable is a sort key
    import re

    text = load_queries()[name].text
    projected = set(re.search(r"^SELECT (.*?) WHERE", text, re.M).group(1).split())
    order = text.rsplit("ORDER BY", 1)[1]
    assert projected <= set(re.findall(r"\?\w+", order)), projected - set(re.findall(r"\?\w+", order))


def test_a_dump_without_graphs_loads_without_a_second_boards_format(tmp_path):
    # the boards' format (mlkg:boardsFormat) goes into a dump as the boards do: a dump without
    # graphs carries it into the default graph, where `kg load` drops it with the boards
    from kg.distributed import load_shards
    from kg.export import export

    store = _cost_store(tmp_path, [("P0", "A", "D", "top-1 accuracy", "true", "81.2", "PERCENT", "81.2%")])
    export(store, "nt", tmp_path / "dump.nt")
    assert "boardsFormat" in (tmp_path / "dump.nt").read_text()
    loaded = KgStore(tmp_path / "loaded")
    load_shards(loaded, [tmp_path / "dump.nt"])
    found = loaded.query("SELECT ?g WHERE { GRAPH ?g { ?s mlkg:boardsFormat ?v } }", union=False)
    assert [r["g"].value for r in found] == [IriScheme().leaderboards_graph.value]
    assert not list(loaded.query("SELECT ?s WHERE { ?s mlkg:boardsFormat ?v }", union=False))  # (default graph)
    assert not loaded.boards_outdated(IriScheme())
