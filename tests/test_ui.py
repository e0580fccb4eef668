"""The UI pages and the /api/graph JSON (Flask test client over a real store)."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from ui_fixtures import HOSTILE_ABSTRACT, HOSTILE_METHOD, HOSTILE_TITLE, fill_ui
from web_fixtures import settings

from kg import graph as kgraph
from kg.cli import cli
from kg.store import KgStore
from kg.web import create_app
from kg.web import ui as ui_module
from kg.web.ui import Mark, highlight

BASE = "https://w3id.org/mlkg/"
IMAGENET = BASE + "id/dataset/imagenet"
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("ui") / "kg"
    return fill_ui(KgStore(path)), path


@pytest.fixture(scope="module")
def app(store):
    kg, path = store
    app = create_app(settings(path), kg)
    yield app
    app.extensions["mlkg"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def page(client, url: str) -> str:
    r = client.get(url, headers=BROWSER)
    assert r.status_code == 200, (url, r.status_code, r.get_data(as_text=True)[:500])
    assert r.content_type.startswith("text/html")
    return r.get_data(as_text=True)


def served_pages(store: KgStore, tmp_path: Path, *urls: str) -> list[str]:
    """The HTML of ``urls`` from an app over ``store`` (its own, closed after)."""
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        client = app.test_client()
        return [page(client, url) for url in urls]
    finally:
        app.extensions["mlkg"].close()


def api(client, url: str, status: int = 200) -> dict:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.get_data(as_text=True)[:500])
    assert r.content_type == "application/json"
    return r.get_json()


# ---------------------------------------------------------------- home, lists, search


def test_home_has_search_top_entities_and_charts(client):
    html = page(client, "/")
    assert 'data-autocomplete="/api/graph/search"' in html and 'action="/search"' in html
    assert '<span class="value">7</span><span class="label">Papers</span>' in html
    # the most connected of each kind, linked to their pages
    assert 'href="/dataset/imagenet">ImageNet</a>' in html
    assert 'href="/dataset/cifar-10">CIFAR-10</a>' in html
    assert html.count('<svg class="chart bars"') >= 2
    assert "cdn" not in html.lower()


def test_browse_lists_each_kind(client):
    html = page(client, "/datasets")
    assert html.index(">CIFAR-10</a>") < html.index(">ImageNet</a>")  # 4 papers before 3
    assert 'href="/dataset/imagenet"' in html
    html = page(client, "/papers")
    assert "DeltaNet and friends" in html
    assert client.get("/methods?page=x").status_code == 400


def test_search_finds_aliases_and_hidden_labels(client):
    hits = api(client, "/api/graph/search?q=vit")["results"]
    assert hits[0]["label"] == "Vision Transformer" and hits[0]["type"] == "method"
    assert hits[0]["match"] == "ViT" and hits[0]["url"] == "/method/vision-transformer"
    hits = api(client, "/api/graph/search?q=IMAGENET-1k")["results"]
    assert hits[0]["id"] == IMAGENET and hits[0]["match"] == "ImageNet-1K"
    # prefix beats substring, more papers break ties
    labels = [h["label"] for h in api(client, "/api/graph/search?q=net&papers=0&limit=50")["results"]]
    assert "ImageNet" in labels and labels.index("ImageNet") < labels.index("AlphaNet")
    assert api(client, "/api/graph/search?q=")["results"] == []
    assert api(client, "/api/graph/search?q=imagenet&type=method&papers=0")["results"] == []
    papers = api(client, "/api/graph/search?q=friends")["results"]
    assert papers and papers[0]["type"] == "paper" and papers[0]["url"] == "/paper/arxiv/2402.00005"


def test_search_page_without_javascript(client):
    html = page(client, "/search?q=vit")
    assert 'href="/method/vision-transformer">Vision Transformer</a>' in html
    assert "also called “ViT”" in html
    assert "Nothing is called" in page(client, "/search?q=zzzzqqq")


# ---------------------------------------------------------------- entity pages and leaderboards


def _rows(html: str, board: str) -> list[str]:
    section = html.split(f'id="{board}"')[1].split("</section>")[0]
    return re.findall(r"<tr class=\"(?:best|other)\".*?</tr>", section, re.S)


def test_dataset_page_has_leaderboards_in_metric_direction(client):
    html = page(client, "/dataset/imagenet")
    assert "<h1>" in html and "ImageNet" in html and "ImageNet-1K" in html  # label and alias
    boards = re.findall(r'id="(board-[^"]+)".*?<h3>.*?<a href="(/metric/[^"]+)"', html, re.S)
    metrics = {url: n for n, url in boards}
    assert set(metrics) == {"/metric/top-1-accuracy", "/metric/top-1-error"}
    accuracy = _rows(html, metrics["/metric/top-1-accuracy"])
    assert "AlphaNet" in accuracy[0] and "BetaNet" in accuracy[1]  # higher is better
    error = _rows(html, metrics["/metric/top-1-error"])
    assert "DeltaNet" in error[0] and "EpsilonNet" in error[1]  # lower is better
    assert 'data-first="asc"' in html and 'data-first="desc"' in html
    # every number links to its evidence: the paper page at the sentence's span
    m = re.search(r'href="(/paper/arxiv/2401\.00001#char=(\d+),(\d+))"[^>]*>81\.5%</a>', accuracy[0])
    assert m, accuracy[0]
    assert "AlphaNet reaches 81.5% top-1 accuracy on ImageNet." in accuracy[0]
    paper = page(client, m.group(1).split("#")[0])
    assert f'id="char={m.group(2)},{m.group(3)}"' in paper


def test_metric_page_says_direction_and_groups_by_dataset(client):
    html = page(client, "/metric/top-1-error")
    assert "lower is better" in html
    assert 'href="/dataset/imagenet">ImageNet</a>' in html
    assert html.index("DeltaNet") < html.index("EpsilonNet")


def test_method_page_has_results_comentions_and_papers(client):
    html = page(client, "/method/alphanet")
    assert "Proposed in" in html and 'href="/paper/arxiv/2401.00001"' in html
    assert "Mentioned together with" in html and 'href="/dataset/imagenet">ImageNet</a>' in html
    assert ">81.5%</a>" in html
    assert 'href="/explore?focus=https://w3id.org/mlkg/id/method/alphanet"' in html


def test_a_name_or_alias_in_place_of_a_slug_redirects_to_its_page(client):
    for url in ("/method/ViT", "/method/vit", "/method/Vision%20Transformer"):
        r = client.get(url, headers=BROWSER)
        assert r.status_code == 303 and r.headers["Location"].endswith("/method/vision-transformer"), url
    # the kind in the URL is kept: a method's alias is no dataset page
    assert client.get("/dataset/vit", headers=BROWSER).status_code == 404


def test_unknown_entity_or_paper_is_404(client):
    assert client.get("/method/no-such-thing", headers=BROWSER).status_code == 404
    assert client.get("/paper/arxiv/9999.99999", headers=BROWSER).status_code == 404
    assert client.get("/widget/alphanet", headers=BROWSER).status_code == 404


def test_paper_urls_quote_like_the_iri_scheme(client):
    for url in ("/paper/arxiv/math/0309136", "/paper/arxiv/math%2F0309136", "/paper/doi/10.1000/abc(1)"):
        assert "GammaNet" in page(client, url)
    html = page(client, "/method/gammanet")
    assert 'href="/paper/arxiv/math/0309136"' in html and 'href="/paper/doi/10.1000/abc(1)"' in html


# ---------------------------------------------------------------- paper pages: highlighted abstracts


def test_abstract_highlights_mentions_and_results_in_place(client):
    html = page(client, "/paper/arxiv/2401.00001")
    abstract = html.split('<div class="abstract" id="abstract">')[1].split("</div>")[0]
    assert re.search(r'<a href="/method/alphanet" class="mention method"[^>]*>AlphaNet</a>', abstract)
    assert re.search(r'<a href="/dataset/imagenet" class="mention dataset"[^>]*>ImageNet</a>', abstract)
    assert re.search(r'class="mention metric"[^>]*>top-1 accuracy</a>', abstract)
    ev = re.search(r'<span class="evidence" id="char=(\d+),(\d+)"', abstract)
    assert ev and '<span class="number"' in abstract and ">81.5%</span>" in abstract
    # the text between the tags is the stored text, nothing added or lost
    text = unescape(re.sub(r"<[^>]+>", "", abstract))
    assert text.startswith("AlphaNet: a network\n\nWe propose AlphaNet.")
    start, end = int(ev.group(1)), int(ev.group(2))
    assert text[start:end] == "AlphaNet reaches 81.5% top-1 accuracy on ImageNet."


def test_highlight_nests_overlaps_and_counts_code_points():
    text = "𝒪(n) AlphaNet gets 81.5% on ImageNet."
    a = text.index("AlphaNet")
    marks = [
        Mark(a, len(text), "evidence", (("class", "evidence"),)),
        Mark(a, a + 8, "mention", (("href", "/m"), ("class", "mention")), tag="a"),
        Mark(a, a + 5, "mention", (("class", "inner"),)),  # overlapping mention: the shorter wins
        Mark(text.index("81.5%"), text.index("81.5%") + 5, "value", (("class", "number"),)),
        Mark(5, 2, "mention", ()),  # empty or reversed: ignored
    ]
    html = str(highlight(text, marks))
    assert html.startswith('𝒪(n) <span class="evidence"><span class="inner">Alpha</span>'
                           '<a href="/m" class="mention">Net</a> gets <span class="number">81.5%</span>')  # fmt: skip
    assert unescape(re.sub(r"<[^>]+>", "", html)) == text
    assert str(highlight("<b>&amp;", [])) == "&lt;b&gt;&amp;amp;"


# ---------------------------------------------------------------- markup in the data renders as text


def test_markup_in_titles_abstracts_and_names_is_text(client):
    pages = [page(client, "/paper/arxiv/2403.00006")]
    hostile = api(client, "/api/graph/search?q=evilnet")["results"][0]
    assert hostile["label"] == HOSTILE_METHOD  # JSON carries the raw name; the pages escape it
    pages.append(page(client, hostile["url"]))
    pages.append(page(client, "/dataset/cifar-10"))
    pages.append(page(client, "/search?q=evil"))
    pages.append(page(client, "/papers"))
    pages.append(page(client, "/explore?focus=" + hostile["id"]))
    for html in pages:
        assert "<script>window.__xss" not in html and "<img src=x" not in html
        assert "<b>Evil</b>" not in html and "<i>markup</i>" not in html
    paper, method = pages[0], pages[1]
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in paper
    assert "&lt;i&gt;markup&lt;/i&gt; &amp;amp; entities &amp; a paper" in paper  # title, entities kept
    assert "Tiny&lt;Set&gt; &amp;amp; co" in paper
    abstract = paper.split('<div class="abstract" id="abstract">')[1].split("</div>")[0]
    assert unescape(re.sub(r"<[^>]+>", "", abstract)) == HOSTILE_TITLE + "\n\n" + HOSTILE_ABSTRACT
    assert "&lt;img src=x onerror=&#34;window.__xss=2&#34;&gt;EvilNet" in method


# ---------------------------------------------------------------- JSON for the explorer


def test_neighbourhood_by_iri_or_name(client):
    data = api(client, f"/api/graph/neighbourhood?node={IMAGENET}")
    ids = {n["id"] for n in data["nodes"]}
    assert data["focus"] == IMAGENET and BASE + "id/method/alphanet" in ids
    node = next(n for n in data["nodes"] if n["id"] == IMAGENET)
    assert node["type"] == "dataset" and node["url"] == "/dataset/imagenet" and node["degree"] >= 5
    assert all({"source", "target", "weight"} <= set(link) for link in data["links"])
    by_name = api(client, "/api/graph/neighbourhood?node=ImageNet&limit=3")
    assert by_name["focus"] == IMAGENET and len(by_name["nodes"]) == 3
    paper = api(client, "/api/graph/neighbourhood?node=" + BASE + "id/paper/arxiv/2401.00001")
    assert paper["projection"] == "paper-entity" and len(paper["nodes"]) >= 3
    assert api(client, "/api/graph/neighbourhood?node=nothing-like-this", 404)["status"] == 404
    assert api(client, "/api/graph/neighbourhood", 400)["error"]
    assert api(client, "/api/graph/neighbourhood?node=ImageNet&projection=bogus", 400)["error"]
    assert api(client, "/api/graph/neighbourhood?node=ImageNet&limit=many", 400)["error"]


def test_projection_centrality_communities(client):
    data = api(client, "/api/graph/projection?name=method-dataset&limit=4")
    assert len(data["nodes"]) <= 4 and data["nodes_total"] >= 6
    assert {n["type"] for n in data["nodes"]} <= {"method", "dataset"}
    ranked = api(client, "/api/graph/centrality?type=dataset&top=2")["nodes"]
    assert ranked[0]["id"] == IMAGENET and all(r["type"] == "dataset" for r in ranked)
    found = api(client, "/api/graph/communities?top=2&members=3")
    assert found["count"] >= 2 and len(found["communities"][0]["nodes"]) <= 3
    assert api(client, "/api/graph/centrality?type=widget", 400)


def test_path_between_two_entities(client):
    data = api(client, "/api/graph/path?source=GammaNet&target=EvilNet")
    labels = [next(n["label"] for n in data["nodes"] if n["id"] == i) for i in data["path"]]
    assert labels[0] == "GammaNet" and labels[-1] == HOSTILE_METHOD and "CIFAR-10" in labels
    types = [next(n["type"] for n in data["nodes"] if n["id"] == i) for i in data["path"]]
    assert "paper" in types  # through the papers that mention them
    direct = api(client, "/api/graph/path?source=AlphaNet&target=DeltaNet&via=entities")
    assert len(direct["path"]) == 3 and direct["path"][1] == IMAGENET
    assert len(direct["links"]) == 2
    assert api(client, "/api/graph/path?source=AlphaNet&target=GammaNet", 404)["error"].startswith("no path")


def test_fast_projection_matches_kg_graph(app, store):
    kg, _ = store
    with app.app_context():
        for name in kgraph.PROJECTIONS:
            ours, theirs = ui_module.projection(name), kgraph.projection(kg, name)
            assert nx.utils.graphs_equal(ours, theirs) or (
                set(ours.nodes) == set(theirs.nodes)
                and {frozenset(e): w for *e, w in ours.edges(data="weight")}
                == {frozenset(e): w for *e, w in theirs.edges(data="weight")}
                and all(ours.nodes[n] == theirs.nodes[n] for n in ours.nodes)
            ), name


def test_cache_is_per_app_and_dropped_after_an_update(tmp_path):
    store = fill_ui(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        with app.test_request_context():
            first = ui_module.projection("entity")
            assert ui_module.projection("entity") is first
            assert not ui_module.search("zetanet")
            app.extensions["mlkg"].update(
                "INSERT DATA { GRAPH <https://w3id.org/mlkg/graph/entities> { "
                '<https://w3id.org/mlkg/id/method/zetanet> a mlkg:Method ; skos:prefLabel "ZetaNet"@en ; '
                'skos:hiddenLabel "zetanet" } }'
            )
            assert ui_module.search("zetanet")[0]["label"] == "ZetaNet"
            assert ui_module.projection("entity") is not first
    finally:
        app.extensions["mlkg"].close()


def test_configurable_base_iri(tmp_path):
    base = "https://example.org/kg/"
    store = fill_ui(KgStore(tmp_path / "kg"), base)
    app = create_app(settings(tmp_path / "kg", base_iri=base), store)
    client = app.test_client()
    try:
        html = page(client, "/dataset/imagenet")
        assert f"<code>{base}id/dataset/imagenet</code>" in html and "AlphaNet" in html
        assert "w3id.org" not in html.split("<main>")[1].split("</main>")[0]
        hits = api(client, "/api/graph/search?q=vit")["results"]
        assert hits[0]["id"] == base + "id/method/vision-transformer"
        assert hits[0]["url"] == "/method/vision-transformer"
        assert "GammaNet" in page(client, "/paper/arxiv/math/0309136")
    finally:
        app.extensions["mlkg"].close()


# ---------------------------------------------------------------- explorer, vendor files, SPARQL page


def test_explore_page(client):
    html = page(client, f"/explore?focus={IMAGENET}")
    assert f'data-focus="{IMAGENET}"' in html and 'data-api="/api/graph"' in html
    assert "/vendor/cytoscape.min.js" in html and "/static/explorer.js" in html
    html = page(client, "/explore?focus=ImageNet")  # a name is looked up
    assert f'data-focus="{IMAGENET}"' in html


def test_vendor_serves_only_the_allow_list(client):
    if not (ui_module.NODE_MODULES / "cytoscape").is_dir():
        pytest.skip("node_modules is not installed (make install)")
    with client.get("/vendor/cytoscape.min.js") as r:
        assert r.status_code == 200 and r.content_type.startswith("text/javascript")
        assert "max-age" in r.headers["Cache-Control"]
    with client.get("/vendor/yasgui.min.css") as r:
        assert r.status_code == 200 and r.content_type.startswith("text/css")
    for bad in ("/vendor/package.json", "/vendor/..%2Fpackage.json", "/vendor/cytoscape/package.json"):
        assert client.get(bad).status_code == 404


def test_package_json_pins_exact_versions():
    from web_fixtures import ROOT

    spec = json.loads((ROOT / "package.json").read_text())
    lock = json.loads((ROOT / "package-lock.json").read_text())
    for name, version in spec["dependencies"].items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), (name, version)
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
    for rel in ui_module.VENDOR.values():
        package = rel.split("/")[0] if not rel.startswith("@") else "/".join(rel.split("/")[:2])
        assert f"node_modules/{package}" in lock["packages"], rel


def test_sparql_page_is_yasgui_with_prefixes_and_examples(client):
    html = page(client, "/sparql")
    assert "/vendor/yasgui.min.js" in html and "/vendor/yasgui.min.css" in html
    assert "<textarea" in html  # the plain form stays for browsers without JavaScript
    raw = html.split('<script type="application/json" id="sparql-config">')[1].split("</script>")[0]
    config = json.loads(raw)
    assert config["prefixes"]["mlkg"] == "https://w3id.org/mlkg/ns#"
    assert config["prefixes"]["dataset"] == BASE + "id/dataset/"
    assert "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>" in config["header"]
    examples = {e["name"]: e for e in config["examples"]}
    assert {"leaderboard", "lookup", "provenance"} <= set(examples)
    board = examples["leaderboard"]["query"]
    assert board.startswith("PREFIX mlkg:")
    assert f"VALUES (?dataset ?metric ?page) {{ (<{IMAGENET}> <{BASE}id/metric/top-1-accuracy> 1) }}" in board
    # the example runs as it is on the endpoint
    r = client.post("/sparql", data={"query": board}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    rows = r.get_json()["results"]["bindings"]
    assert [b["methodLabel"]["value"] for b in rows] == ["AlphaNet", "BetaNet"]


def test_views_keep_the_focus_links_and_thin_the_rest(app):
    g = nx.Graph(projection="t")
    g.add_nodes_from(("h", "a", "b", "c", "d"))
    g.add_weighted_edges_from([("h", "a", 1), ("h", "b", 1), ("a", "b", 9), ("b", "c", 5), ("c", "d", 1),
                               ("a", "c", 2), ("a", "d", 3)])  # fmt: skip
    sub = ui_module.thinned(g, ["h", "a", "b", "c", "d"], max_links=3, hub="h")
    edges = {frozenset(e) for e in sub.edges}
    assert {frozenset("ha"), frozenset("hb")} <= edges  # the hub's links, however light
    assert all(sub.degree(n) for n in sub)  # nobody left alone
    # the hub's links and each node's heaviest (a-b, b-c, a-d) go over the budget; nothing else does
    assert edges == {frozenset("ha"), frozenset("hb"), frozenset("ab"), frozenset("bc"), frozenset("ad")}
    light = ui_module.thinned(g, ["a", "b", "c"], max_links=10, min_weight=3)
    assert {frozenset(e) for e in light.edges} == {frozenset("ab"), frozenset("bc")}


def test_an_empty_graph_still_has_pages(tmp_path):
    app = create_app(settings(tmp_path / "kg"), KgStore(tmp_path / "kg"))
    client = app.test_client()
    try:
        assert "None yet" in page(client, "/")
        assert "has no methods yet" in page(client, "/methods")
        for url in ("/explore", "/sparql", "/search?q=x"):
            page(client, url)
        assert api(client, "/api/graph/projection")["nodes"] == []
        assert api(client, "/api/graph/centrality")["nodes"] == []
        assert api(client, "/api/graph/communities")["communities"] == []
    finally:
        app.extensions["mlkg"].close()


def test_entity_page_boards_rank_like_the_stored_leaderboards(client):
    """ui.leaderboards uses kg.leaderboard: a bare 86.8 on a percent board is read as 86.8%, a bare
    512 and a low-confidence row are listed after the ranked rows with a note, tied methods share
    a rank, and a method's second-best result is not ranked."""
    from kg.web.ui import ResultRow, leaderboards

    def row(iri, method, value, percent=True, confidence=0.9):
        return ResultRow(iri=iri, method=method, method_label=method.upper(), dataset="d", dataset_label="D",
                         metric="k", metric_label="K", higher_is_better=True, task=None, task_label=None,
                         value=value, value_text=str(value), percent=percent, setting=None, delta=None,
                         relative_delta=None, baseline=None, paper="p", title="T", date=None, start=None,
                         end=None, sentence=None, confidence=confidence)  # fmt: skip

    rows = [row("r1", "a", 85.0), row("r2", "b", 86.8, percent=False), row("r3", "c", 512, percent=False),
            row("r4", "d", 99.0, confidence=0.3), row("r5", "e", 85.0), row("r6", "a", 80.0)]  # fmt: skip
    with client.application.test_request_context():
        (board,) = leaderboards(rows, "metric")
    shown = [(r.iri, r.rank, r.best, r.note) for r in board.rows]
    assert shown[:3] == [("r2", 1, True, "read as a percentage"), ("r1", 2, True, None), ("r5", 2, True, None)]
    assert shown[3] == ("r6", None, False, None)  # a's second result
    assert {s[0]: s[3] for s in shown[4:]} == {"r4": "low confidence", "r3": "out of range for a percentage"}


def test_a_board_s_percent_scale_is_read_from_its_ranked_rows(client):
    """The scale note and chart agree with the ranks: rows without a method (not ranked, as in
    the stored boards) do not make the board a percent board."""
    from kg.web.ui import leaderboards

    rows = [_row("r1", "a", 52.1), _row("r2", "b", 41.6), _row("r3", "c", 54.1)]  # "54.1% AP" beside bare points
    rows += [_row(f"n{i}", None, v) for i, v in enumerate((0.3, 0.4, 0.5, 0.6))]  # fractions, no method
    for r in rows:
        r.percent = r.iri == "r3"
    with client.application.test_request_context():
        (board,) = leaderboards(rows, "metric")
    notes = {r.iri: r.note for r in board.rows}
    assert notes["r1"] == notes["r2"] == "read as a percentage"  # as the stored board ranks them
    assert [r.iri for r in board.rows if r.rank] == ["r3", "r1", "r2"]


def test_a_shares_bare_points_carry_no_scale_note(client):
    """On the board of a share (AP, accuracy) a bare "42.0" is how the measure is written: no "read
    as a percentage" note under every row, as there is on a board made a percentage board by its
    results (the note is for a reading the results alone suggest)."""
    from kg.web.ui import leaderboards

    rows = [_row("r1", "a", 58.7), _row("r2", "b", 43.5), _row("r3", "c", 0.42)]
    for r in rows:
        r.metric_label, r.percent = "AP", r.iri == "r2"  # "58.7 AP", "43.5% AP", "0.42 AP"
    with client.application.test_request_context():
        (board,) = leaderboards(rows, "metric")
    assert {r.iri: r.note for r in board.rows} == {"r1": None, "r2": None, "r3": None}
    assert [r.iri for r in board.rows if r.rank] == ["r1", "r2", "r3"]


def _row(iri, method, value, *, dataset="d", value_text=None, relative_delta=None):
    from kg.web.ui import ResultRow

    return ResultRow(iri=iri, method=method, method_label=method and method.upper(), dataset=dataset,
                     dataset_label=dataset and dataset.upper(), metric="k", metric_label="K",
                     higher_is_better=True, task=None, task_label=None, value=value,
                     value_text=value_text or str(value), percent=True, setting=None, delta=None,
                     relative_delta=relative_delta, baseline=None, paper="p", title="T", date=None,
                     start=None, end=None, sentence=None, confidence=0.9)  # fmt: skip


def test_board_anchors_are_unique_on_a_page_and_dashes_only_separate_the_regime(client):
    from kg.web.ui import board_anchor, leaderboards

    assert board_anchor("https://w3id.org/mlkg/id/metric/ap@.5", None) == "board-ap-5"  # no regime "5"
    rows = [_row("r1", "a", 80.0, dataset="http://x/f1.macro"), _row("r2", "b", 81.0, dataset="http://x/f1.macro"),
            _row("r3", "c", 70.0, dataset="http://x/f1-(macro)")]
    with client.application.test_request_context():
        boards = leaderboards(rows, "dataset")
    # a clash is suffixed in key order (IRI), not page order (largest first): a task page computes it too
    assert [(b.key[0], b.anchor) for b in boards] == [("http://x/f1.macro", "board-f1-macro-2"),
                                                      ("http://x/f1-(macro)", "board-f1-macro")]


def test_a_task_page_links_to_the_right_one_of_two_boards_whose_anchors_clash(client, monkeypatch):
    """Two metrics of a dataset page ("F1.macro", "F1 (macro)") give one anchor; the dataset page
    suffixed one of them, and the task page's benchmark of that board linked to the plain anchor,
    which is the other board. Both pages take the anchors from board_anchors."""
    from kg.web import ui

    f1_dot, f1_paren = BASE + "id/metric/f1.macro", BASE + "id/metric/f1-(macro)"

    def bench(metric, n):
        return [{"board": metric, "dataset": IMAGENET, "metric": metric, "setting": None, "entries": 9,
                 "rank": i + 1, "position": i + 1, "method": BASE + f"id/method/m{i}",
                 "paper": BASE + f"id/paper/arxiv/2401.0000{i}", "value": 80.0 - i, "valueText": f"{80 - i}%",
                 "unit": ui.PERCENT} for i in range(n)]  # fmt: skip

    def select(text, **kw):
        if text == ui.Q_TASK_BENCHMARKS:
            return bench(f1_dot, 2)  # the task's results sit on the F1.macro board only
        if text == ui.Q_DATASET_BOARD_KEYS:
            assert kw == {"d": IMAGENET}
            return [{"d": IMAGENET, "metric": m, "setting": None} for m in (f1_dot, f1_paren)]
        return real_select(text, **kw)

    real_select = ui.select

    monkeypatch.setattr(ui, "select", select)
    rows = [_row("r1", "a", 80.0, dataset=IMAGENET), _row("r2", "b", 70.0, dataset=IMAGENET),
            _row("r3", "c", 60.0, dataset=IMAGENET)]
    rows[0].metric = f1_dot  # the smaller board: the largest, F1 (macro), kept the plain anchor
    rows[1].metric = rows[2].metric = f1_paren
    with client.application.test_request_context():
        (only,) = ui.task_benchmarks(BASE + "id/task/t")
        on_dataset_page = {b.key[0]: b.anchor for b in ui.leaderboards(rows, "metric")}
    assert only["url"] == f"/dataset/imagenet#{on_dataset_page[f1_dot]}" == "/dataset/imagenet#board-f1-macro-2"


def test_boards_count_named_methods_and_name_a_missing_group(client):
    """A result whose method is not named ranks no method, so "3 results, 2 methods" is not shown
    over one ranked method; results with no dataset make a board called so, not "(not named)"."""
    from kg.web.ui import leaderboards

    rows = [_row("r1", "a", 80.0), _row("r2", "a", 70.0), _row("r3", None, 90.0),
            _row("r4", "b", 50.0, dataset=None)]  # fmt: skip
    with client.application.test_request_context():
        boards = {b.title: b for b in leaderboards(rows, "dataset")}
    assert set(boards) == {"D", "no dataset named"}
    assert boards["D"].methods == 1 and len(boards["D"].rows) == 3
    assert boards["no dataset named"].url is None and boards["no dataset named"].methods == 1


def test_a_factor_reads_as_written():
    """A factor ("8.4x fewer parameters") is shown as 8.4×, not as "+740% (relative)"; a relative percentage
    keeps its sign."""
    assert _row("r", "a", None, value_text="8.4x", relative_delta=7.4).shown == "8.4×"
    assert _row("r", "a", None, value_text="10,000×", relative_delta=9999).shown == "10,000×"
    assert _row("r", "a", None, value_text="7%", relative_delta=0.07).shown == "+7% (relative)"


def test_error_pages_say_what_failed_and_where_to_go(client):
    r = client.get("/method/no-such-thing", headers=BROWSER)
    html = r.get_data(as_text=True)
    assert r.status_code == 404 and '<h1>404 <span class="muted">Not Found</span></h1>' in html
    assert 'href="/search?q=no+such+thing"' in html and 'href="/methods"' in html
    r = client.get("/paper/arxiv/9999.99999", headers=BROWSER)
    assert 'href="/papers"' in r.get_data(as_text=True)
    bad = "SELEC ?x WHERE { ?x ?p '<b>' }"
    r = client.get("/sparql", query_string={"query": bad}, headers=BROWSER)
    html = r.get_data(as_text=True)
    assert r.status_code == 400 and "Bad Request" in html and "<b>" not in html
    (link,) = re.findall(r'href="(/sparql#query=[^"]*)"', html)
    with client.application.test_request_context():
        assert unescape(link) == ui_module.sparql_url(bad)


def test_a_chart_within_two_years_shows_months(client):
    """Results from 2019-05 to 2020-10 crossed one new year, so the axis had the single tick
    "2020" and the first dot had no date to read; it now has month ticks. Longer spans keep years."""
    from dataclasses import replace

    from kg.web.ui import timeline

    def dated(*dates):
        return [replace(_row(f"r{i}", "a", 80.0 + i), date=d) for i, d in enumerate(dates)]

    with client.application.test_request_context():
        short = timeline(dated("2019-05-28", "2020-02-13", "2020-10-22"), True, percent=True)
        long = timeline(dated("2015-12-10", "2019-05-28", "2020-06-01"), True, percent=True)
    assert [t for _, t in short["ticks_x"]] == ["2019-07", "2020-01", "2020-07"]
    assert [t for _, t in long["ticks_x"]] == ["2016", "2017", "2018", "2019", "2020"]
    xs = [x for x, _ in short["ticks_x"]]
    assert xs == sorted(xs) and short["left"] < xs[0] and xs[-1] < short["right"]


def test_home_links_the_whole_graph_as_a_download(client):
    """A browser following the home page's whole-graph link negotiated RDF/XML and showed the
    dump as a page (4.5 MB for 686 papers); the link now names N-Triples and downloads it."""
    html = page(client, "/")
    (link,) = re.findall(r'<a href="([^"]*\?default[^"]*)" download="mlkg.nt"', html)
    r = client.get(unescape(link), headers=BROWSER)
    assert r.status_code == 200 and r.content_type.startswith("application/n-triples")
    triples = sum(1 for line in r.get_data(as_text=True).splitlines() if line.strip())
    assert f"({triples:,} triples)" in html


def test_queries_page_reads_the_api_for_a_person(client):
    """The nav's "API" led to raw JSON; it now leads to a page that says what each named query asks,
    its parameters, and links that run it (JSON, CSV) or open it in the editor."""
    from kg.queries import load_queries

    html = page(client, "/")
    assert '<a href="/queries">API</a>' in html
    html = page(client, "/queries")
    names = re.findall(r'<section class="named-query" id="([^"]+)">', html)
    assert names == list(load_queries())
    section = html.split('id="leaderboard">', 1)[1].split("</section>", 1)[0]
    assert "<code>dataset</code>" in section and "e.g. “imagenet”" in section
    (run,) = re.findall(r'href="(/api/queries/leaderboard\?[^"]*)">Run it', section)
    assert api(client, unescape(run))["rows"]
    (editor,) = re.findall(r'href="(/sparql#query=[^"]*)"', section)
    assert "VALUES" in unescape(editor).split("#query=")[1].replace("%20", " ")


def test_queries_page_says_which_queries_read_the_whole_graph(client):
    """"Run it" on cooccurrence or papers_proposing (every method's papers: 14,000 rows, 20 s on all
    sota-arxiv) looked as cheap as on a leaderboard: a query whose header gives its scope says so
    next to its links, and the API's list carries it."""
    html = page(client, "/queries")

    def section(name):
        return html.split(f'id="{name}">', 1)[1].split("</section>", 1)[0]

    for name in ("cooccurrence", "extractor_audit", "papers_proposing", "provenance", "datasets_per_task",
                 "beats_baseline", "metrics_for_dataset"):
        assert '<p class="scope"><strong>Reads the whole graph' in section(name), name
    assert 'class="scope"' not in section("leaderboard") + section("lookup")
    listed = {q["name"]: q["scope"] for q in api(client, "/api/queries")["queries"]}
    assert listed["papers_proposing"].startswith("whole graph unless a method is given") and not listed["leaderboard"]


@pytest.mark.parametrize("name", ["papers_proposing", "provenance", "datasets_per_task"])
def test_whole_graph_queries_answer_a_page_at_a_time_and_their_pages_make_the_whole_answer(store, client, name):
    """papers_proposing (21 s on all sota-arxiv), provenance (7 s) and datasets_per_task (4-11 s) read a
    page of their keys first (a '#PAGE n:' slot, kg.queries): "Run it" answers page 1, page= (left
    empty) the whole answer as before, and the pages' rows (here pages of 2 keys) are the whole answer's."""
    from kg.queries import bind_params, load_queries
    from kg.web import ui

    kg, _ = store
    q = load_queries()[name]
    assert "#PAGE 100: {" in q.text and any(p.name == "page" and p.default == "1" for p in q.params)

    def rows(text, page):
        result = kg.query(text, substitutions=bind_params(q, {"page": page}))
        return sorted(tuple(str(row[v]) for v in result.variables) for row in result)

    whole = rows(q.text, "")
    small = q.text.replace("#PAGE 100:", "#PAGE 2:")
    pages, n = [], 1
    while page_rows := rows(small, str(n)):
        pages.append(page_rows)
        n += 1
    assert whole and (len(pages) > 1 or name == "datasets_per_task"), (len(whole), len(pages))  # (1 row here)
    assert sorted(r for p in pages for r in p) == whole
    assert len(api(client, f"/api/queries/{name}?page=")["rows"]) == len(whole)
    run = api(client, f"/api/queries/{name}")["rows"]  # what "Run it" opens: page 1 (all of it, here)
    assert len(run) == len(whole) and rows(q.text.replace("#PAGE 100:", "#PAGE 1:"), "2") != whole
    with client.application.test_request_context():
        (example,) = [e["query"] for e in ui.sparql_page_config()["examples"] if e["name"] == name]
    assert "LIMIT 100 OFFSET 0 }" in example and "?page" not in example  # the editor opens page 1 as well


@pytest.fixture
def answer_calls(monkeypatch) -> list[str]:
    """The query texts the API runs from now on (answers from the cache add none)."""
    from kg.web import api as web_api

    calls: list[str] = []
    real = web_api.answer_query

    def counting(environ, state, text, **kw):
        calls.append(text)
        return real(environ, state, text, **kw)

    monkeypatch.setattr(web_api, "answer_query", counting)
    return calls


def test_a_whole_graph_query_s_answer_is_kept_until_the_store_changes(client, answer_calls):
    """cooccurrence and extractor_audit read the whole graph (1-5 s on all sota-arxiv) for each "Run
    it": the server is read-only, so a whole-graph query's answer is kept (per parameters and format)
    and answered again from memory; a bound query (a leaderboard) runs each time."""
    calls = answer_calls
    client.application.extensions.pop("mlkg_ui", None)  # answers kept by earlier tests
    first = client.get("/api/queries/cooccurrence?format=csv")
    again = client.get("/api/queries/cooccurrence?format=csv")
    assert first.status_code == again.status_code == 200 and first.data == again.data and len(calls) == 1
    assert again.headers["Content-Type"] == first.headers["Content-Type"]
    client.get("/api/queries/cooccurrence")  # another format: its own answer
    client.get("/api/queries/extractor_audit")
    client.get("/api/queries/extractor_audit")
    assert len(calls) == 3
    for _ in range(2):
        client.get("/api/queries/leaderboard?dataset=imagenet&metric=top-1%20accuracy")
    assert len(calls) == 5


def test_serve_warms_the_whole_graph_queries_run_it_answers_for_any_host(client, answer_calls, monkeypatch):
    """The first "Run it" of cooccurrence / extractor_audit after `kg serve` started took 3-6 s
    on all sota-arxiv: the worker's warming thread (warm_pages) computes every whole-graph query's
    "Run it" answer, and a visitor under another host name gets it from memory."""
    from kg.web import api as web_api
    from kg.web import warm_pages, whole_graph_runs

    calls = answer_calls
    app = client.application
    app.extensions.pop("mlkg_ui", None)
    runs = whole_graph_runs(app)
    assert runs[:2] == ["/api/queries/extractor_audit", "/api/queries/cooccurrence"]
    assert len(runs) == sum(1 for q in web_api.named_queries().values() if q.scope) >= 2
    warm_pages(app)
    warmed = len(calls)
    assert warmed == len(runs)
    for url in runs:
        r = client.get(url, base_url="http://kg.example.org:8780/")
        assert r.status_code == 200 and r.get_json()["rows"] is not None
    assert len(calls) == warmed  # all answered from memory
    page_ = page(client, "/queries")
    assert all(f'href="{url}"' in page_.replace("&amp;", "&") for url in runs)


def test_a_whole_graph_answer_is_kept_per_host_only_when_its_query_holds_a_relative_iri():
    from kg.web.api import _RELATIVE_IRI

    assert _RELATIVE_IRI.search("SELECT * WHERE { ?s ?p <papers/1> }")
    assert _RELATIVE_IRI.search("SELECT * WHERE { ?s ?p <#x> }")
    for text in ("SELECT * WHERE { ?s a <https://w3id.org/mlkg/Paper> }", "FILTER(?c < 0.5 && ?d > 1)",
                 "SELECT * WHERE { ?s a mlkg:Paper }", "FILTER(?c<0.5 || ?d>1)"):  # fmt: skip
        assert not _RELATIVE_IRI.search(text), text


def test_time_ticks_show_two_dates_for_results_days_apart():
    from datetime import date

    from kg.web.ui import _time_ticks

    for lo, hi in [((2021, 2, 18), (2021, 3, 25)), ((2021, 3, 5), (2021, 4, 6)), ((2021, 3, 2), (2021, 3, 30))]:
        ticks = _time_ticks(date(*lo), date(*hi), lambda x: x)
        assert len(ticks) >= 2 and len({label for _, label in ticks}) == len(ticks)
        assert all(date(*lo).toordinal() <= x <= date(*hi).toordinal() for x, _ in ticks)


def test_a_factor_with_a_capital_x():
    from kg.web.ui import FACTOR

    assert FACTOR.fullmatch("2.5X")[1] == "2.5" and FACTOR.fullmatch("8.4x")[1] == "8.4"


def test_the_query_editor_hint_behind_a_path_prefix(client):
    for base in ("http://localhost/", "http://localhost/kg/"):
        r = client.get("/sparql", query_string={"query": "SELEKT nothing"}, headers=BROWSER, base_url=base)
        assert r.status_code == 400
        assert "Fix the query in the query editor" in r.get_data(as_text=True), base


def test_a_regime_gets_a_board_of_its_own_after_the_main_boards(client):
    """ui.leaderboards: a 1-shot result goes on a board of (metric, 1-shot), listed after the main
    boards; a result with extra training data stays on the main board (kg.leaderboard.board_setting)."""
    from dataclasses import replace

    from kg.web.ui import leaderboards

    rows = [_row("r1", "a", 80.0), replace(_row("r2", "b", 90.0), setting="extra training data"),
            replace(_row("r3", "c", 95.0), setting="1-shot"), replace(_row("r4", "d", 40.0), setting="1-shot")]
    with client.application.test_request_context():
        boards = leaderboards(rows, "metric")
    assert [(b.title, b.setting, [r.iri for r in b.rows]) for b in boards] == [
        ("K", None, ["r2", "r1"]), ("K", "1-shot", ["r3", "r4"])]


def test_dataset_page_and_leaderboard_query_keep_a_regime_apart(tmp_path):
    """A 1-shot top-1 accuracy on ImageNet is on the stored board of that regime (the leaderboard
    query's setting), not on the main board, and the dataset page shows it under its own title."""
    from ui_fixtures import _span

    from kg.model import Entity, Extraction, Mention, Paper, Result
    from kg.queries import bind_params, load_queries
    from kg.rdf import IriScheme, paper_quads, shared_quads

    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    p = Paper(id="u9", title="ZetaNet for few-shot recognition", arxiv_id="2405.00009", date="2024-05-01",
              abstract="ZetaNet reaches 41.5% top-1 accuracy on ImageNet in the 1-shot setting.")
    t = p.text
    sentence = _span(t, "ZetaNet reaches 41.5% top-1 accuracy on ImageNet in the 1-shot setting.")
    e = Extraction(p.id, p.title, methods=(Mention("ZetaNet", (_span(t, "ZetaNet", len(p.title)),), 0.9),),
                   datasets=(Mention("ImageNet", (_span(t, "ImageNet"),), 0.9),),
                   metrics=(Mention("top-1 accuracy", (_span(t, "top-1 accuracy"),), 0.9),),
                   results=(Result("ZetaNet", "top-1 accuracy", 41.5, "41.5%", dataset="ImageNet", unit="%",
                                   setting="1-shot", span=sentence, confidence=0.9),), version="test")
    store.add_shared(shared_quads(scheme, [Entity("method", "ZetaNet")], []))
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    store.refresh_leaderboards(scheme)
    q = load_queries()["leaderboard"]
    pair = {"dataset": "imagenet", "metric": "top-1 accuracy"}

    def board(params):
        rows = store.query(q.text, substitutions=bind_params(q, params, base=scheme.base, use_defaults=False))
        return [(r["boardSetting"].value if r["boardSetting"] else None, r["methodLabel"].value) for r in rows]

    everything = board(pair)
    assert ("1-shot", "ZetaNet") in everything and (None, "ZetaNet") not in everything
    assert everything[-1] == ("1-shot", "ZetaNet")  # the main board first
    assert board(pair | {"setting": "1-shot"}) == [("1-shot", "ZetaNet")]
    # (the setting is named as the extractor names it, whatever its case and hyphen; "main" is the main board)
    assert board(pair | {"setting": "1-Shot"}) == board(pair | {"setting": "1 shot"}) == [("1-shot", "ZetaNet")]
    main = board(pair | {"setting": "main"})
    assert main and all(s is None for s, _ in main) and main == [x for x in everything if x[0] is None]
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        api = app.test_client().get("/api/queries/leaderboard", query_string=pair | {"setting": "1 Shot"}).get_json()
        assert [(r["boardSetting"], r["methodLabel"]) for r in api["rows"]] == [("1-shot", "ZetaNet")]
        api = app.test_client().get("/api/queries/leaderboard", query_string=pair | {"setting": "main"}).get_json()
        assert api["rows"] and all(not r.get("boardSetting") for r in api["rows"])
        html = page(app.test_client(), "/dataset/imagenet")
    finally:
        app.extensions["mlkg"].close()
    sections = re.findall(r'<section class="board" id="board-[^"]+">(.*?)</section>', html, re.S)
    regime = [s for s in sections if "· 1-shot" in s]
    assert len(regime) == 1 and "ZetaNet" in regime[0] and "AlphaNet" not in regime[0]
    assert all("ZetaNet" not in s for s in sections if s not in regime)
    assert html.index("AlphaNet") < html.index("· 1-shot", html.index('id="board-top-1-accuracy"'))  # (after the boards' list)


def test_a_board_of_only_low_confidence_rows_shows_them_unranked(client):
    """A board whose every row is below the ranking confidence ranks none: it says so in its heading
    and its section is marked so that "best result per method only" does not hide every row."""
    from kg.web.ui import leaderboards

    low = _row("r1", "a", 60.6)
    low.confidence = 0.45
    with client.application.test_request_context():
        (board,) = leaderboards([low], "dataset")
        assert not board.ranked and board.rows[0].best is False
        (ranked,) = leaderboards([_row("r2", "a", 57.0)], "dataset")
        assert ranked.ranked
    css = (Path(__file__).parents[1] / "kg/web/static/style.css").read_text()
    assert ".only-best:not(.unranked) tr.other { display: none; }" in css


def test_result_queries_bind_the_role_in_the_query_text(app, monkeypatch):
    """results() binds ?role (a predicate) and ?e in VALUES slots of the query text: a predicate
    handed to pyoxigraph as a substitution is not used to plan `?r ?role ?e` (a paper or method
    page on sota-arxiv took 0.45 s instead of 0.04 s)."""
    from kg.queries import apply_values
    from kg.web.ui import results

    kg = app.extensions["mlkg"].store
    seen = []
    real = kg.query

    def query(text, **kw):
        if "?role" in text:  # (not the caches of labels and titles results() fills first)
            seen.append(apply_values(text, kw.get("substitutions")))
        return real(text, **kw)

    monkeypatch.setattr(kg, "query", query)
    app.extensions.pop("mlkg_ui", None)  # results() keeps a page's rows: read them afresh
    with app.test_request_context():
        rows = results("dataset", IMAGENET)
    assert rows and len(seen) == 2
    for text, left in seen:
        assert not left and f"VALUES ?role {{ <{BASE}ns#dataset> }}" in text, text


def test_results_with_no_dataset_are_listed_last_and_not_ranked(client):
    """On a metric's page the results that name no dataset were measured on different things:
    their group came first when it was the largest, ranked and charted like a leaderboard
    ("accuracy" on sota-arxiv opened with "no dataset named", 44 results ranked 1, 1, 3 ...)."""
    from dataclasses import replace

    from flask import render_template

    from kg.web.ui import leaderboards

    rows = [_row("r1", "a", 80.0), _row("r2", "b", 70.0)]
    rows += [replace(_row(f"n{i}", m, 60.0 + i, dataset=None), date=f"202{i}-01-01") for i, m in enumerate("cdef")]
    with client.application.test_request_context():
        boards = leaderboards(rows, "dataset")
        html = render_template("entity.html", kind="metric", iri=BASE + "id/metric/k", label="K", boards=boards,
                               rows=[], relative=[], related={}, sections=[], explore="#", query="#", aliases=[],
                               broader=[], narrower=[], matches=[], higher_is_better=True)  # fmt: skip
    assert [b.title for b in boards] == ["D", "no dataset named"]
    unnamed = boards[-1]
    assert unnamed.unnamed and not unnamed.ranked and unnamed.chart is None
    assert all(r.rank is None and not r.best for r in unnamed.rows)
    heading = re.search(r'<section class="board unranked" id="board-unnamed">\s*<h3>(.*?)</h3>', html, re.S)
    assert heading and "not ranked (they may be on different datasets)" in " ".join(heading.group(1).split())
    assert "is better" not in heading.group(1)


def test_a_page_of_several_boards_lists_them_first(client):
    """A dataset page of many boards had no way to the one wanted but scrolling (ImageNet on
    sota-arxiv: 40 boards, 36,000 px): the boards are listed, with their size, under the intro."""
    html = page(client, "/dataset/imagenet")
    index = re.search(r'<nav class="board-index"[^>]*>(.*?)</nav>', html, re.S)
    assert index and index.start() < html.index('id="board-top-1-accuracy"')
    links = re.findall(r'<a href="#(board-[^"]+)">\s*([^<]+?)\s*<span class="count">(\d+)</span>', index.group(1))
    assert [(a, t) for a, t, _ in links] == [("board-top-1-accuracy", "top-1 accuracy"),
                                           ("board-top-1-error", "top-1 error")]
    for anchor, _, n in links:
        section = html[html.index(f'id="{anchor}"'):]
        assert f"{n} result" in section[: section.index("</h3>")]
    assert 'class="board-index"' not in page(client, "/metric/top-1-error")  # one board: nothing to list


def test_a_task_page_lists_its_benchmarks_linked_to_their_boards(client):
    """A task page lists, as Papers with Code's do, the leaderboards its papers' results sit on: the
    dataset, metric, the best of the task's results (method, value) and how many, linked to the board's
    stable anchor on the dataset page (two image-classification papers rank AlphaNet 81.5% and BetaNet
    79.4% on ImageNet top-1 accuracy; DeltaNet's top-1 error is no image-classification paper's)."""
    html = page(client, "/task/image-classification")
    table = re.search(r'<h2 id="benchmarks">.*?<tbody>(.*?)</tbody>', html, re.S)
    assert table, "no benchmarks on the task page"
    rows = re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S)
    assert len(rows) == 1
    cells = [" ".join(unescape(re.sub(r"<[^>]+>", " ", c)).split()) for c in re.findall(r"<td[^>]*>(.*?)</td>", rows[0], re.S)]
    # (the first cell is the best method's tick for "Compare selected")
    assert cells == ["", "ImageNet", "top-1 accuracy", "AlphaNet", "81.5%", "2", "2", "2 ranked"]
    assert 'href="/dataset/imagenet#board-top-1-accuracy"' in rows[0]
    assert 'id="board-top-1-accuracy"' in page(client, "/dataset/imagenet")


def test_a_task_benchmark_needs_two_of_its_results_and_keeps_its_regime(client, monkeypatch):
    """A board with one of the task's results benchmarks nothing; a regime's board is a benchmark of
    its own, linked to that board (the board's OPTIONAL setting)."""
    from kg.web import ui

    def board(name, setting, n):
        return [{"board": name, "dataset": IMAGENET, "metric": BASE + "id/metric/top-1-accuracy", "setting": setting,
                 "entries": 9, "rank": i + 1, "position": i + 1, "method": BASE + f"id/method/m{i}",
                 "paper": BASE + f"id/paper/arxiv/2401.0000{i}", "value": 80.0 - i, "valueText": f"{80 - i}%",
                 "unit": ui.PERCENT} for i in range(n)]  # fmt: skip

    monkeypatch.setattr(ui, "select", lambda text, **kw: board("a", None, 1) + board("b", "1% labels", 3))
    with client.application.test_request_context():
        (only,) = ui.task_benchmarks(BASE + "id/task/t")
    assert only["setting"] == "1% labels" and only["results"] == 3 and only["best"] == "80%"
    assert only["url"] == "/dataset/imagenet#board-top-1-accuracy--1pct-labels"
    # its best is ranked 1 on the regime's board here; lower, the rank is said quietly (not in the
    # red of a doubtful value's note)
    from flask import render_template

    with client.application.test_request_context():
        html = render_template("entity.html", kind="task", iri=BASE + "id/task/t", label="T", boards=[],
                               benchmarks=[only | {"best_rank": 4}], min_benchmark=2, rows=[], relative=[],
                               related={}, sections=[], explore="#", query="#", aliases=[], broader=[],
                               narrower=[], matches=[], higher_is_better=None)  # fmt: skip
    cell = html.split('data-label="Best"', 1)[1].split("</td>", 1)[0]
    assert '<div class="board-rank">#4 on the board</div>' in cell and "note-cell" not in cell


def test_an_untitled_paper_s_abstract_does_not_open_with_blank_lines(tmp_path):
    """A paper with no title has a text that starts with the blank line after the (empty) title; the
    abstract box (white-space: pre-wrap) showed two empty lines above the abstract."""
    from ui_fixtures import _span

    from kg.model import Extraction, Mention, Paper
    from kg.rdf import IriScheme, paper_quads

    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    p = Paper(id="u9", title="", arxiv_id="2405.00009", date="2024-05-01",
              abstract="Transformers translate speech into text.")
    e = Extraction(p.id, p.title, methods=(Mention("Transformers", (_span(p.text, "Transformers"),), 0.9),),
                   version="test")  # fmt: skip
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        html = page(app.test_client(), "/paper/arxiv/2405.00009")
    finally:
        app.extensions["mlkg"].close()
    box = html.split('id="abstract">', 1)[1]
    assert box.startswith("<a href=") and "Transformers</a> translate speech into text." in box


def test_an_unnamed_method_page_names_its_paper(tmp_path):
    """A paper's unnamed method ("(proposed in “…”)") is in no mlkg:proposes or mlkg:uses link, only
    in its results: its page said "No paper mentions it directly" and did not name the paper."""
    from ui_fixtures import _span

    from kg.model import PROPOSED, Extraction, Mention, Paper, Result
    from kg.rdf import IriScheme, paper_quads

    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    p = Paper(id="u8", title="A simple recipe for recognition", arxiv_id="2405.00008", date="2024-05-01",
              abstract="Our model reaches 77.5% top-1 accuracy on ImageNet.")
    t = p.text
    e = Extraction(p.id, p.title, datasets=(Mention("ImageNet", (_span(t, "ImageNet"),), 0.9),),
                   metrics=(Mention("top-1 accuracy", (_span(t, "top-1 accuracy"),), 0.9),),
                   results=(Result(PROPOSED, "top-1 accuracy", 77.5, "77.5%", dataset="ImageNet", unit="%",
                                   span=_span(t, "Our model reaches 77.5% top-1 accuracy on ImageNet."),
                                   confidence=0.9),), version="test")  # fmt: skip
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        slug = scheme.unnamed_method(scheme.paper(p)).value.rsplit("/", 1)[-1]
        html = page(app.test_client(), f"/method/{slug}")
    finally:
        app.extensions["mlkg"].close()
    papers = html[html.index("<h2>Papers</h2>"):]
    assert "No paper mentions it directly" not in papers
    assert "Results reported in" in papers and 'href="/paper/arxiv/2405.00008">A simple recipe for recognition</a>' in papers


def test_an_unnamed_method_counts_the_paper_it_comes_from(tmp_path):
    """Search and the lists said "0 papers" for a paper's unnamed method (mentioned by none, only
    reported in its results): it counts the papers that report it."""
    from ui_fixtures import _span

    from kg.model import PROPOSED, Extraction, Paper, Result
    from kg.rdf import IriScheme, paper_quads

    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    p = Paper(id="u8", title="Zebra stripes for recognition", arxiv_id="2405.00008", date="2024-05-01",
              abstract="Our model reaches 77.5% top-1 accuracy on ImageNet.")
    e = Extraction(p.id, p.title, results=(Result(PROPOSED, "top-1 accuracy", 77.5, "77.5%", dataset="ImageNet",
                   unit="%", span=_span(p.text, "Our model reaches"), confidence=0.9),), version="test")  # fmt: skip
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        hits = api(app.test_client(), "/api/graph/search?q=zebra")["results"]
    finally:
        app.extensions["mlkg"].close()
    assert [(h["label"], h["papers"]) for h in hits if h["type"] == "method"] == [
        ("(proposed in “Zebra stripes for…”)", 1)
    ]


def test_a_table_of_several_metrics_gives_each_its_direction(client):
    """A method's, task's or paper's results mix metrics: the Value header said "↑" (higher is
    better) over a top-1 error, where lower is; each metric now shows its own arrow."""
    for url in ("/method/deltanet", "/paper/arxiv/2402.00005"):
        html = page(client, url)
        table = html[html.index('<table class="sortable results">'):]
        table = table[: table.index("</table>")]
        header = re.search(r'<th data-type="number"[^>]*>([^<]*)</th>', table).group(1)
        assert header == "Value", (url, header)
        assert re.search(r'>top-1 error</a>&nbsp;<span class="direction" title="lower is better">↓</span>', table), url
    board = page(client, "/metric/top-1-error")  # one metric: the header keeps its arrow
    assert 'title="lower is better">Value ↓</th>' in board


def test_results_with_no_dataset_are_listed_newest_first():
    """The unranked group is a list of papers, not a board: newest first, not best first (a 100%
    on top of 'no dataset named' read as a ranking the page says it is not)."""
    from dataclasses import replace

    from kg.web.ui import leaderboards

    rows = [replace(_row(f"n{i}", m, v, dataset=None), date=d)
            for i, (m, v, d) in enumerate((("c", 99.0, "2019-05-01"), ("d", 50.0, "2023-02-01"), ("e", 70.0, "2021-07-01")))]  # fmt: skip
    (unnamed,) = leaderboards(rows, "dataset")
    assert [r.value for r in unnamed.rows] == [50.0, 70.0, 99.0]


def test_chart_range_leaves_a_far_outlier_off_the_scale():
    """One FID of 120 among FIDs of 2-15 squeezed every other point of the CIFAR-10 chart into
    the bottom tenth. Values beyond Tukey's far-out fences leave the range when that shrinks it
    to a quarter or less; the best-so-far line's points always stay; so do small or few sets."""
    from kg.web.ui import chart_range

    fids = [2.2, 2.2, 3.2, 9.6, 9.8, 9.9, 11.5, 11.9, 14.7, 120.5]
    assert chart_range(fids) == (2.2, 14.7)
    assert chart_range(fids, keep=[120.5]) == (2.2, 120.5)  # a record of the best-so-far line
    assert chart_range([2.5, 30.1, 31.3, 33.3, 34.8, 34.9, 36.5]) == (30.1, 36.5)  # a misread BLEU
    assert chart_range([30.2, 36.4, 37.2, 38.4, 40.0]) == (30.2, 40.0)  # 30-40 reads fine
    assert chart_range([2.2, 3.1, 120.5]) == (2.2, 3.1)  # three values: 120.5 is 130x as far out as 2.2
    assert chart_range([33.85, 33.69, 0.38]) == (33.69, 33.85)  # a PSNR gain read as a PSNR
    assert chart_range([10.0, 12.0, 30.0]) == (10.0, 30.0)  # 9x: not far enough out to leave
    assert chart_range([1.0, 120.5]) == (1.0, 120.5)  # two values: which one is wrong?
    # of 3, the outlier must be an order of magnitude away, and a tied pair is no range
    assert chart_range([30.0, 30.0, 33.0]) == (30.0, 33.0)
    assert chart_range([30.0, 30.1, 33.0]) == (30.0, 33.0)
    assert chart_range([30.0, 30.0, 300.0]) == (30.0, 300.0)
    assert chart_range([5.0, 5.0, 5.0, 5.0]) == (5.0, 5.0)


def test_a_timeline_marks_a_value_off_the_chart(tmp_path):
    """The far value is drawn in a band past the chart's edge as a triangle, its value beside it
    and in its title; the other points spread over the scale. Percent boards keep every value
    on the scale (at worst 0-100%)."""
    from ui_fixtures import add_outlier_board

    store = add_outlier_board(fill_ui(KgStore(tmp_path / "kg")))
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        html = page(app.test_client(), "/dataset/pixelsprites")
        assert html.count('class="off-chart above"') == 1
        assert ">130 (off the chart)<" in html and ": 130 (off the chart) (SpriteGAN-4 draws" in html
        ticks = re.findall(r'class="tick y">([^<]*)<', html)
        assert ticks and float(ticks[-1]) < 20, ticks  # the scale is the 4.8-9.1 of the others
        with app.test_request_context():
            chart = next(b.chart for b in ui_module.leaderboards(
                ui_module.results("dataset", BASE + "id/dataset/pixelsprites"), "metric"))
        ys = [d["y"] for d in chart["dots"] if not d["off"]]
        assert max(ys) - min(ys) > (chart["bottom"] - chart["top"]) / 2
        assert "off the chart" not in page(app.test_client(), "/dataset/imagenet")
    finally:
        app.extensions["mlkg"].close()


def test_a_small_board_leaves_a_misread_first_value_off_its_chart(client):
    """Three AUROCs, the first written as a fraction (0.811, then 85.8 and 86.7): the chart drew the
    best-so-far line climbing from 0 to 86. The first value is the line's first point only because
    nothing came before it, so it may leave the scale like any far value: drawn off the chart."""
    from dataclasses import replace

    from kg.web.ui import timeline

    rows = [replace(_row(f"r{i}", m, v), date=d, percent=False)
            for i, (m, v, d) in enumerate((("a", 0.811, "2020-12-01"), ("b", 85.8, "2022-10-01"),
                                           ("c", 86.7, "2023-11-01")))]  # fmt: skip
    with client.application.test_request_context():
        chart = timeline(rows, True, percent=False)
    assert [d["off"] for d in chart["dots"]] == ["below", None, None]
    assert float(chart["ticks_y"][0][1]) > 80, chart["ticks_y"]


def test_a_paper_page_lists_its_results_in_the_order_of_its_abstract(tmp_path):
    """The paper page ranked a paper's results best first across metrics ("120 FPS" above "81.0%
    accuracy", and a later sentence's number above an earlier one's): beside the abstract they are
    listed as the abstract gives them."""
    from ui_fixtures import _span

    from kg.model import Entity, Extraction, Mention, Paper, Result
    from kg.rdf import IriScheme, paper_quads, shared_quads

    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    first = "OmegaNet reaches 81.0% accuracy at 120 FPS on ImageNet."
    second = "OmegaNet-S reaches 79.5% accuracy."
    p = Paper(id="u8", title="OmegaNet", arxiv_id="2405.00008", date="2024-05-01", abstract=f"{first} {second}")
    t = p.text
    e = Extraction(p.id, p.title, methods=(Mention("OmegaNet", (_span(t, "OmegaNet", len(p.title)),), 0.9),
                                           Mention("OmegaNet-S", (_span(t, "OmegaNet-S"),), 0.9)),
                   datasets=(Mention("ImageNet", (_span(t, "ImageNet"),), 0.9),),
                   metrics=(Mention("accuracy", (_span(t, "accuracy"),), 0.9), Mention("FPS", (_span(t, "FPS"),), 0.9)),
                   results=(Result("OmegaNet-S", "accuracy", 79.5, "79.5%", dataset="ImageNet", unit="%",
                                   span=_span(t, second), confidence=0.9),
                            Result("OmegaNet", "FPS", 120.0, "120", dataset="ImageNet", span=_span(t, first),
                                   confidence=0.9),
                            Result("OmegaNet", "accuracy", 81.0, "81.0%", dataset="ImageNet", unit="%",
                                   span=_span(t, first), confidence=0.9)), version="test")  # fmt: skip
    store.add_shared(shared_quads(scheme, [Entity("method", "OmegaNet"), Entity("method", "OmegaNet-S"),
                                           Entity("metric", "FPS", higher_is_better=True)], []))  # fmt: skip
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    store.flush()
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        html = page(app.test_client(), "/paper/arxiv/2405.00008")
    finally:
        app.extensions["mlkg"].close()
    table = html.split('<table class="sortable results">', 1)[1].split("</table>", 1)[0]
    values = re.findall(r'<td class="num" data-label="Value"[^>]*>\s*<a[^>]*>([^<]+)</a>', table)
    assert values == ["81.0%", "120", "79.5%"]


# the named queries as they were before their joins were made hash joins of one-pattern subqueries
# (kg's queries/cooccurrence.rq and extractor_audit.rq): the answers must not change
ONE_PATTERN_QUERIES = {
    "cooccurrence": """
SELECT ?method ?methodLabel ?dataset ?datasetLabel (COUNT(DISTINCT ?p) AS ?papers) WHERE {
  ?p mlkg:mentions ?method , ?dataset .
  ?method a mlkg:Method ; skos:prefLabel ?methodLabel .
  ?dataset a mlkg:Dataset ; skos:prefLabel ?datasetLabel .
} GROUP BY ?method ?methodLabel ?dataset ?datasetLabel
ORDER BY DESC(?papers) ?methodLabel ?datasetLabel LIMIT 100""",
    "extractor_audit": """
SELECT ?extractor ?version (COUNT(?a) AS ?assertions) (AVG(?c) AS ?meanConfidence) (SUM(IF(?c < 0.5, 1, 0)) AS ?low) WHERE {
  ?a a mlkg:Assertion ; prov:wasAttributedTo ?agent ; mlkg:confidence ?c .
  ?agent rdfs:label ?extractor ; schema:softwareVersion ?version .
} GROUP BY ?extractor ?version ORDER BY ?extractor""",
}


@pytest.mark.parametrize("name", sorted(ONE_PATTERN_QUERIES))
def test_whole_graph_queries_answer_as_their_one_pattern_forms(store, name, tmp_path):
    """cooccurrence and extractor_audit read each pattern in a subquery (hash joins; 27 s and 13.5 s
    -> 1-2 s on a graph of all sota-arxiv) and cooccurrence labels only the pairs that can make its
    top 100: same rows, same order, on the UI store and on one whose 100th pair ties with others."""
    from kg.queries import load_queries

    def rows(kg, text):
        result = kg.query(text)
        return [tuple(str(r[v]) for v in result.variables) for r in result]

    kg, _ = store
    new = load_queries()[name].text
    assert rows(kg, new) == rows(kg, ONE_PATTERN_QUERIES[name]) and rows(kg, new)
    if name == "cooccurrence":  # 120 pairs in one paper each, and a few in two: the cut at the 100th keeps ties
        from kg.model import Entity, Extraction, Mention, Paper
        from kg.rdf import IriScheme, paper_quads, shared_quads

        many = KgStore(tmp_path / "kg")
        scheme = IriScheme()
        methods, datasets = [f"M{i:02d}" for i in range(12)], [f"D{i:02d}" for i in range(10)]
        many.add_shared(shared_quads(scheme, [Entity("method", m) for m in methods] +
                                     [Entity("dataset", d) for d in datasets], []))  # fmt: skip
        todo = []
        for n, (ms, ds) in enumerate([(methods, datasets), (methods[:3], datasets[:2])]):
            p = Paper(id=f"c{n}", title=f"Paper {n}", abstract=" ".join(ms + ds) + ".", arxiv_id=f"2401.1000{n}")
            todo.append((p, Extraction(p.id, p.title, methods=tuple(Mention(m, (), 0.9) for m in ms),
                                       datasets=tuple(Mention(d, (), 0.9) for d in ds), version="test")))  # fmt: skip
        many.replace_papers((scheme.paper_graph(p), paper_quads(scheme, p, e)) for p, e in todo)
        assert rows(many, new) == rows(many, ONE_PATTERN_QUERIES[name]) and len(rows(many, new)) == 100


def test_costs_are_columns_of_a_dataset_s_boards_and_a_bare_performance_no_board(tmp_path):
    """ImageNet's page had a "parameters" board (its fewest-parameters model first), image
    classification listed it as a benchmark, and the home page's top metrics were speed,
    parameters and performance: a cost is a column of the boards (as on Papers with Code), a bare
    "performance" ranks nothing, and the home page's metrics are the measures boards rank by."""
    from ui_fixtures import _span

    from kg.model import Entity, Extraction, Mention, Paper, Result
    from kg.rdf import IriScheme, paper_quads, shared_quads

    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    graphs = []
    for i, (name, acc, params) in enumerate((("KappaNet", 80.1, "25M"), ("LambdaNet", 82.3, "88M"),
                                             ("MuNet", 79.0, None))):  # fmt: skip
        p = Paper(id=f"c{i}", title=f"{name} for image classification", arxiv_id=f"2406.0000{i}",
                  date=f"2024-06-0{i + 1}",
                  abstract=f"{name} reaches {acc}% top-1 accuracy on ImageNet"
                           + (f" with {params} parameters." if params else ".")
                           + f" {name} has 3.5 performance on ImageNet.")  # fmt: skip
        t = p.text
        sentence = _span(t, f"{name} reaches")
        sentence = (sentence[0], t.index(".", sentence[0]) + 1)
        results = [Result(name, "top-1 accuracy", acc, f"{acc}%", dataset="ImageNet", unit="%", span=sentence,
                          confidence=0.9),
                   Result(name, "performance", 3.5, "3.5", dataset="ImageNet", confidence=0.9,
                          span=_span(t, f"{name} has 3.5 performance on ImageNet."))]  # fmt: skip
        metrics = [Mention("top-1 accuracy", (_span(t, "top-1 accuracy"),), 0.9),
                   Mention("performance", (_span(t, "performance"),), 0.9)]
        if params:
            results.append(Result(name, "parameters", float(params[:-1]) * 1e6, params, dataset="ImageNet",
                                  span=sentence, confidence=0.9))  # fmt: skip
            metrics.append(Mention("parameters", (_span(t, "parameters"),), 0.9))
        e = Extraction(p.id, p.title, methods=(Mention(name, (_span(t, name, len(p.title)),), 0.9),),
                       datasets=(Mention("ImageNet", (_span(t, "ImageNet"),), 0.9),), metrics=tuple(metrics),
                       tasks=(Mention("image classification", (_span(t, "image classification"),), 0.9),),
                       proposed=(name,), results=tuple(results), version="test")  # fmt: skip
        store.add_shared(shared_quads(scheme, [Entity("method", name)], []))
        graphs.append((scheme.paper_graph(p), paper_quads(scheme, p, e)))
    store.replace_papers(graphs)
    store.refresh_leaderboards(scheme)
    html, task, home = served_pages(store, tmp_path, "/dataset/imagenet", "/task/image-classification", "/")
    index = html[html.index('<nav class="board-index"'):html.index("</nav>", html.index('<nav class="board-index"'))]
    assert "board-parameters" not in index and "board-performance" not in index
    assert 'href="#board-unnamed">other measures' in index
    sections = dict(re.findall(r'<section class="board[^"]*" id="(board-[^"]+)">(.*?)</section>', html, re.S))
    main = sections["board-top-1-accuracy"]
    assert re.search(r'<th [^>]*class="cost-col" title="parameters, as [^"]*">Cost</th>', main)
    row = main[main.index("LambdaNet</a>"):]
    row = row[:row.index("</tr>")]
    assert re.search(r'<td class="cost" data-label="Cost"[^>]*><span class="cost-item"><a href="[^"]+"[^>]*>88M</a> '
                     r'parameters</span></td>', row)  # fmt: skip
    mu = main[main.index("MuNet</a>"):]
    assert '<td class="cost" data-label="Cost"></td>' in mu[:mu.index("</tr>")]
    other = sections["board-unnamed"]
    assert other.count("3.5") >= 3 and "not ranked" in other and "88M" not in other
    benchmarks = task[task.index("<h2"):]
    assert "/metric/top-1-accuracy" in benchmarks and '#board-parameters"' not in task
    metrics = home[home.index('href="/metrics">Metrics</a></h3>'):]
    metrics = metrics[:metrics.index("</ol>")]
    assert "/metric/top-1-accuracy" in metrics
    assert "/metric/parameters" not in metrics and "/metric/performance" not in metrics


def test_a_measure_named_after_imagenet_goes_on_imagenet_s_board():
    """"80.2% ImageNet top-1 accuracy" in a COCO detection paper was bound to COCO: the COCO page
    showed an "ImageNet top-1 accuracy" board. Linking puts it on ImageNet's top-1 accuracy board."""
    from kg.extract import extract
    from kg.link import link
    from kg.model import Paper

    papers = [Paper(id="t", title="KelpNet: a detector",
                    abstract="KelpNet achieves 47.1 box AP on COCO test-dev. Its backbone, KelpNet-B, reaches "
                             "80.2% ImageNet top-1 accuracy."),
              Paper(id="u", title="ZorbNet for classification",
                    abstract="ZorbNet achieves 81.5% top-1 accuracy on ImageNet.")]  # fmt: skip
    linked, _ = link(list(extract(papers)))
    boards = {r.value: (r.dataset, r.metric) for e in linked for r in e.results}
    assert boards[80.2] == boards[81.5] == ("ImageNet", "top-1 accuracy")
    assert boards[47.1][0] == "COCO test-dev"


def test_an_untitled_paper_is_listed_by_the_start_of_its_abstract(tmp_path):
    """The Transformer's page listed "Proposed in: arxiv/1909.06317 (untitled)" (546 of all
    sota-arxiv's papers have no title): a paper without a title is named by the start of its
    abstract and its arXiv id, wherever papers are listed and on its own page."""
    from ui_fixtures import _span

    from kg.model import Entity, Extraction, Mention, Paper
    from kg.rdf import IriScheme, paper_quads, shared_quads

    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    p = Paper(id="u9", title="", arxiv_id="2405.00009", date="2024-05-01",
              abstract="Sequence models translate speech into text in many languages at once. We propose OmegaNet.")
    e = Extraction(p.id, p.title, methods=(Mention("OmegaNet", (_span(p.text, "OmegaNet"),), 0.9),),
                   proposed=("OmegaNet",), version="test")  # fmt: skip
    store.add_shared(shared_quads(scheme, [Entity("method", "OmegaNet")], []))
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    name = "“Sequence models translate speech into text in many languages…” (untitled, arXiv 2405.00009)"
    method, papers, paper = served_pages(store, tmp_path, "/method/omeganet", "/papers", "/paper/arxiv/2405.00009")
    assert f'<a href="/paper/arxiv/2405.00009">{name}</a>' in method and "(untitled)</a>" not in method
    assert f">{name}</a>" in papers
    assert f"<h1>{name}</h1>" in paper


# ---------------------------------------------------------------- round 23 review: paged queries


def test_page_numbers_out_of_range_or_not_ascii_are_a_clear_400(client):
    for bad in ("1000000000000000000", "0", "-1", "abc", "1.5", "\u0661", "\u00b2"):
        r = client.get("/api/queries/papers_proposing", query_string={"page": bad})
        assert r.status_code == 400, bad
        assert "whole number from 1 to 1,000,000,000" in r.get_data(as_text=True), bad
    assert client.get("/api/queries/papers_proposing?page=1000000000").status_code == 200  # (empty)


def test_the_answer_cache_is_keyed_on_bound_terms_and_bounded(client, answer_calls, monkeypatch):
    """A client choosing the parameters (spellings of one page, Host headers, many pages) could
    fill the server's memory: one answer per bound query, at most MAX_ANSWERS of them."""
    from kg.web.ui import UiCache

    calls = answer_calls
    client.application.extensions.pop("mlkg_ui", None)
    for spelling in ("1", "01", " 1"):
        for host in ("a.example", "b.example"):
            r = client.get("/api/queries/papers_proposing", query_string={"page": spelling}, headers={"Host": host})
            assert r.status_code == 200
    client.get("/api/queries/papers_proposing")  # the default page is page 1 too
    assert len(calls) == 1
    monkeypatch.setattr(UiCache, "MAX_ANSWERS", 3)
    for n in range(2, 8):
        client.get(f"/api/queries/papers_proposing?page={n}")
    kept = client.application.extensions["mlkg_ui"]._answers
    assert len(kept) == 3


def test_openapi_gives_the_page_default_as_an_integer(client):
    doc = client.get("/api/openapi.json").get_json()
    (page,) = [p for p in doc["paths"]["/api/queries/papers_proposing"]["get"]["parameters"] if p["name"] == "page"]
    assert page["schema"]["default"] == 1 and page["schema"]["type"] == "integer"


def test_kg_query_gives_the_whole_answer_unless_a_page_is_asked(store, monkeypatch):
    """A script running `kg query papers_proposing` must not get page 1 of 150 without a word."""
    kg, path = store
    asked = []
    real = KgStore.query

    def recording(self, text, substitutions=None, **kw):
        asked.append(sorted(str(v) for v in (substitutions or {})))
        return real(self, text, substitutions=substitutions, **kw)

    monkeypatch.setattr(KgStore, "query", recording)
    runner = CliRunner()

    def rows(*extra):
        r = runner.invoke(cli, ["--store", str(path), "query", "papers_proposing", "-f", "json", *extra])
        assert r.exit_code == 0, r.output
        return json.loads(r.output)["results"]["bindings"]

    whole, page_one, page_far = rows(), rows("-p", "page=1"), rows("-p", "page=5")
    assert "?page" not in asked[0] and "?page" in asked[1]
    assert whole and len(whole) == len(page_one) and page_far == []


def test_home_lists_follow_an_update(tmp_path):
    """The home page's most connected entities are cached per store state: an update through
    the server that makes a new dataset the most used one shows on the next visit."""
    from web_fixtures import TOKEN

    store = fill_ui(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg", allow_updates=True, update_token=TOKEN), store)
    try:
        client = app.test_client()
        html = page(client, "/")
        assert ">ZorbSet</a>" not in html
        papers = " ".join(
            f"GRAPH <{BASE}graph/paper/z{i}> {{ <{BASE}id/paper/z{i}> a mlkg:Paper ; dcterms:title 'Z{i}' ;"
            f" mlkg:mentions dataset:zorbset }}" for i in range(9))
        app.extensions["mlkg"].update(
            f"INSERT DATA {{ {papers} GRAPH <{BASE}graph/entities> {{ dataset:zorbset a mlkg:Dataset ;"
            " skos:prefLabel 'ZorbSet'@en } }")
        html = page(client, "/")
        first_dataset = re.search(r'<li><a href="/dataset/[^"]+">([^<]+)</a> <span class="count">(\d+)', html)
        assert first_dataset.groups() == ("ZorbSet", "9")
    finally:
        app.extensions["mlkg"].close()
