"""Round 24: what looked wrong on the pages of a graph of all sota-arxiv, as served on a real port.

Each test names what a newcomer saw (screenshots at 1280 and 390 px in /tmp/h24-ui/ of that round).
"""

from __future__ import annotations

import urllib.request

import pytest
from ui_fixtures import build_ui_store, fill_ui
from web_fixtures import kg_serve, settings

from kg.store import KgStore
from kg.web import create_app, warm_pages
from kg.web import ui as ui_module

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = build_ui_store(tmp_path_factory.mktemp("r24") / "kg")
    with kg_serve(path) as server:
        yield server.url


def get(url: str) -> str:
    with urllib.request.urlopen(urllib.request.Request(url, headers=BROWSER), timeout=30) as r:
        assert r.status == 200
        return r.read().decode()


def test_result_tables_have_no_unit_column(served):
    """The unit column held "%" or "—" beside a value that shows its "%" itself, and pushed
    ImageNet's top-1 board 42 px past its box at 1280 px (the evidence cut off on the right)."""
    html = get(served + "/dataset/imagenet")
    assert 'class="sortable results"' in html
    assert ">Unit</th>" not in html and 'data-label="Unit"' not in html
    assert "%</a>" in html  # a percentage carries its sign in the value


def test_the_search_page_has_one_search_box(served):
    """/search showed the header's box above the page's own, two boxes for one search."""
    html = get(served + "/search?q=net")
    assert html.count('name="q"') == 1
    assert 'name="q"' in get(served + "/datasets")  # the other pages keep the header's box


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    path = tmp_path_factory.mktemp("r24app") / "kg"
    app = create_app(settings(path), fill_ui(KgStore(path)))
    yield app
    app.extensions["mlkg"].close()


def test_papers_of_one_month_are_listed_a_to_z(app, monkeypatch):
    """Newest first reversed the whole key, so each month's titles ran Z to A ("Virtual Fusion…",
    "Universal Segmentation…", "STEP CATFormer…")."""
    papers = {f"https://example.org/p{i}": {"title": t, "date": d, "key": t.casefold()}
              for i, (t, d) in enumerate([("beta", "2023-12-01"), ("Zeta", "2023-12-05"), ("alpha", "2023-12-01"),
                                          ("Old", "2019-01-01"), ("gamma", "2023-12-01"), ("undated", None)])}  # fmt: skip
    monkeypatch.setattr(ui_module, "papers_index", lambda: papers)
    html = app.test_client().get("/papers", headers=BROWSER).get_data(as_text=True)
    expected = ["Zeta", "alpha", "beta", "gamma", "Old", "undated"]  # newest first, A to Z within a date
    assert sorted(expected, key=lambda t: html.index(f">{t}</a>")) == expected


def test_a_browse_page_sizes_its_markers_by_its_largest_number(app, monkeypatch):
    """Page 106 of /papers numbers 10501-10525: the list says so (--digits: 5) for the CSS."""
    papers = {f"https://example.org/p{i}": {"title": f"t{i:05d}", "date": None, "key": f"t{i:05d}"}
              for i in range(10525)}  # fmt: skip
    monkeypatch.setattr(ui_module, "papers_index", lambda: papers)
    client = app.test_client()
    last = client.get("/papers?page=106", headers=BROWSER).get_data(as_text=True)
    assert 'start="10501" style="--digits: 5"' in last
    assert 'start="1" style="--digits: 3"' in client.get("/papers", headers=BROWSER).get_data(as_text=True)


def test_serve_warms_the_papers_index(app):
    """The first /papers took 2.1 s and the first search 2.6 s in each worker on all sota-arxiv:
    both read the papers' index, which the warming thread now builds."""
    app.extensions.pop("mlkg_ui", None)
    warm_pages(app)
    with app.test_request_context():
        assert "papers" in ui_module.cache()._items


# ---------------------------------------------------------------- pages of whole-graph queries in label order

MLKG = "https://w3id.org/mlkg/ns#"
SKOS_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def tasks_store(path, n: int = 250):
    """``n`` tasks labelled in an order of their own ("task 0249" first written), each addressed
    by one paper that uses one dataset: datasets_per_task has a row for each."""
    import pyoxigraph as ox

    store = KgStore(path)
    node = ox.NamedNode
    quads = []
    for i in reversed(range(n)):
        graph = node(f"https://w3id.org/mlkg/id/paper/t{i}")
        task, paper = node(f"https://w3id.org/mlkg/id/task/x{(i * 7919) % 1000:03d}"), graph
        dataset = node(f"https://w3id.org/mlkg/id/dataset/d{i}")
        quads += [ox.Quad(task, node(RDF_TYPE), node(MLKG + "Task"), graph),
                  ox.Quad(task, node(SKOS_LABEL), ox.Literal(f"task {i:04d}"), graph),
                  ox.Quad(dataset, node(RDF_TYPE), node(MLKG + "Dataset"), graph),
                  ox.Quad(dataset, node(SKOS_LABEL), ox.Literal(f"set {i}"), graph),
                  ox.Quad(paper, node(MLKG + "addresses"), task, graph),
                  ox.Quad(paper, node(MLKG + "uses"), dataset, graph)]  # fmt: skip
    store.insert(quads)
    store.flush()
    del store
    return path


def test_pages_of_a_whole_graph_query_follow_the_labels(tmp_path):
    """Pages followed the store's order of the keys (hashes): page 1 of datasets_per_task on all
    sota-arxiv ran "3D point cloud classification" to "zero-shot image-text retrieval", and page 2
    again from "2nd place solution". Now page 2 goes on where page 1 stopped, and the pages
    together are the whole answer in its order."""
    import json

    with kg_serve(tasks_store(tmp_path / "kg")) as server:
        def rows(page: str) -> list[str]:
            with urllib.request.urlopen(f"{server.url}/api/queries/datasets_per_task?page={page}", timeout=60) as r:
                return [row["taskLabel"] for row in json.load(r)["rows"]]

        pages = [rows(str(n)) for n in (1, 2, 3, 4)]
        assert [len(p) for p in pages] == [100, 100, 50, 0]
        assert pages[0][0] == "task 0000" and pages[1][0] == "task 0100" and pages[2][-1] == "task 0249"
        assert sum(pages, []) == rows("") == sorted(sum(pages, []))


def test_a_long_list_pages_to_its_first_last_and_any_page(app, monkeypatch):
    """/papers has 106 pages on sota-arxiv and /methods 113: Previous and Next alone took a
    hundred clicks to the oldest papers. The pager links the first and last pages and takes a
    page number."""
    papers = {f"https://example.org/p{i}": {"title": f"t{i:05d}", "date": None, "key": f"t{i:05d}"}
              for i in range(10525)}  # fmt: skip
    monkeypatch.setattr(ui_module, "papers_index", lambda: papers)
    client = app.test_client()
    html = client.get("/papers?page=50", headers=BROWSER).get_data(as_text=True)
    assert 'href="?page=1" rel="first"' in html and 'href="?page=106" rel="last"' in html
    assert 'name="page" value="50" min="1"' in html and 'max="106"' in html
    first = client.get("/papers?page=1", headers=BROWSER).get_data(as_text=True)
    assert 'rel="first"' not in first and 'rel="last"' in first
    assert ">t04900</a>" in html and ">t04999</a>" in html  # the jump's GET lands on that page


def test_a_method_s_relative_claims_name_the_baseline_not_the_method_again(tmp_path):
    """On BERT's page each relative claim repeated "for Bidirectional Encoder Representations from
    Transformers (BERT)"; the baseline it beats was plain text. The claim names the baseline,
    linked to its page, and the method only on other pages."""
    from factory import fill

    store = fill(KgStore(tmp_path / "kg"))
    store.flush()
    del store
    with kg_serve(tmp_path / "kg") as server:
        html = get(server.url + "/method/neta")
    claims = html[html.index('<ul class="claims">') :]
    claims = claims[: claims.index("</ul>")]
    assert "2×" in claims and 'href="/method/neta"' not in claims
    assert 'over <a href="/method/resnet-50">ResNet-50</a>' in claims


# ---------------------------------------------------------------- pages of many boards (round 24, second pass)


def test_a_page_of_many_boards_folds_its_small_ones_into_one_table():
    """Accuracy's page on sota-arxiv showed 134 boards (486 KB), 114 of one or two results, each
    with its heading, chart and evidence: its real boards were lost among them. Past
    FOLD_PAGE_BOARDS boards, the named boards of one or two results go into one table, A to Z."""
    def board(title, n, unnamed=False):
        return ui_module.Board(title, None, True, [object()] * n, unnamed=unnamed)

    few = [board("b", 1), board("a", 5)]
    assert ui_module.fold_small_boards(few) == (few, [])  # a page of few boards keeps them all
    many = [board(f"big {i}", 3) for i in range(ui_module.FOLD_PAGE_BOARDS)]
    small = [board("Zeta", 2), board("alpha", 1)]
    unnamed = board("no dataset named", 1, unnamed=True)
    shown, folded = ui_module.fold_small_boards([*many, *small, unnamed])
    assert shown == [*many, unnamed]  # a board of unnamed datasets is not one board: never folded
    assert [b.title for b in folded] == ["alpha", "Zeta"]


def test_folded_boards_share_one_table_and_keep_their_anchors(app, monkeypatch):
    """The folded boards are one compact table (no chart, no evidence column), listed as one entry
    of the page's index; a task page's link to a folded board (#board-top-1-error) still lands on
    its first row. The fixture's ImageNet has two boards of two results: both fold."""
    client = app.test_client()
    assert 'id="board-others"' not in client.get("/dataset/imagenet", headers=BROWSER).get_data(as_text=True)
    monkeypatch.setattr(ui_module, "FOLD_PAGE_BOARDS", 1)
    html = client.get("/dataset/imagenet", headers=BROWSER).get_data(as_text=True)
    assert '<h2 id="leaderboards">' in html and '<section class="board" id=' not in html
    others = html[html.index('<section class="board folded" id="board-others">'):]
    others = others[: others.index("</section>")]
    for metric in ("top-1-accuracy", "top-1-error"):
        assert f'<tr class="best" id="board-{metric}">' in others and f'href="/metric/{metric}"' in others
    assert others.count("<tr") == 1 + 4  # the header and both boards' rows
    assert 'class="evidence-col"' not in others and "<svg" not in others
    index = html[html.index('<nav class="board-index"'):]
    index = index[: index.index("</nav>")]
    assert '<a href="#board-others" class="others">2 other metrics' in index
    assert 'href="#board-top-1-error"' not in index


# ---------------------------------------------------------------- provenance pages: named methods first


def test_provenance_pages_list_named_methods_before_unnamed_ones(tmp_path):
    """Pages 1-13 of provenance on all sota-arxiv listed only results of papers' unnamed methods:
    their label "(proposed in “…”)" sorts before letters. Named methods come first, A to Z, then the
    unnamed ones, then results without a method; pages of one result each make the whole answer."""
    from web_fixtures import fill

    from kg.model import PROPOSED, Extraction, Paper, Result
    from kg.queries import bind_params, load_queries
    from kg.rdf import IriScheme, paper_quads

    store = fill(KgStore(tmp_path / "kg"))
    text = "Our model reaches 70.1% top-1 accuracy on ImageNet. Some model reaches 60.2% top-1 accuracy."
    paper = Paper(id="u1", title="A study of things", abstract=text, date="2024-02-01")
    results = tuple(Result(m, "top-1 accuracy", v, f"{v}%", dataset="ImageNet", unit="%", confidence=0.9,
                           span=(paper.text.index(s), paper.text.index(s) + len(s)))
                    for m, v, s in ((PROPOSED, 70.1, "Our model"), (None, 60.2, "Some model")))  # fmt: skip
    scheme = IriScheme()
    store.replace_papers([(scheme.paper_graph(paper), paper_quads(scheme, paper, Extraction(
        paper.id, paper.title, results=results, version="test")))])  # fmt: skip
    store.flush()
    q = load_queries()["provenance"]

    def labels(query_text, page):
        result = store.query(query_text, substitutions=bind_params(q, {"page": page}))
        return [row["methodLabel"].value if row["methodLabel"] else None for row in result]

    whole = labels(q.text, "")
    assert whole == ["AlphaNet", "BetaNet", "(proposed in “A study of things”)", None]
    one = q.text.replace("#PAGE 100:", "#PAGE 1:")
    assert [label for n in range(1, 5) for label in labels(one, str(n))] == whole


def test_a_board_of_many_results_draws_its_chart_twice_as_tall_for_a_phone(app, monkeypatch):
    """At 390 px the 640 x 220 chart is 107 px tall: ImageNet's 84 top-1 results were a smear. A
    board of TALL_CHART_DOTS dated results or more is drawn a second time, twice as tall (the
    phone's CSS shows that one); a board of fewer keeps one drawing."""
    client = app.test_client()
    assert "timeline tall" not in client.get("/dataset/imagenet", headers=BROWSER).get_data(as_text=True)
    monkeypatch.setattr(ui_module, "TALL_CHART_DOTS", 2)
    html = client.get("/dataset/imagenet", headers=BROWSER).get_data(as_text=True)
    figure = html[html.index('<figure class="chart-card wide has-tall">'):]
    figure = figure[: figure.index("</figure>")]
    wide, tall = figure.split('<svg class="chart timeline')[1:]
    assert wide.startswith('" viewBox="0 0 640 220"') and tall.startswith(' tall" viewBox="0 0 640 440"')


def test_the_dataset_page_s_cost_is_the_leaderboard_query_s(tmp_path):
    """Review: the dataset page's Cost column kept the first FPS a paper gave (its rows sorted best
    first: the first of a tie), the stored boards' mlkg:cost (the leaderboard query's ?cost) the best
    (of a tie, the greater text), though both said they matched: now one function picks both."""
    import re

    from test_ui import served_pages
    from ui_fixtures import _span

    from kg.model import Entity, Extraction, Mention, Paper, Result
    from kg.queries import bind_params, load_queries
    from kg.rdf import IriScheme, paper_quads, shared_quads

    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    p = Paper(id="c0", title="KappaNet for image classification", arxiv_id="2406.00001", date="2024-06-01",
              abstract="KappaNet reaches 80.1% top-1 accuracy on ImageNet at 120 FPS, 95 FPS when large and 120.0 FPS in fp16.")  # fmt: skip
    t = p.text
    first = _span(t, "KappaNet reaches")
    first = (first[0], t.index(".", first[0]) + 1)
    results = (Result("KappaNet", "top-1 accuracy", 80.1, "80.1%", dataset="ImageNet", unit="%", span=first, confidence=0.9),
               Result("KappaNet", "FPS", 120.0, "120", dataset="ImageNet", span=first, confidence=0.9),
               Result("KappaNet", "FPS", 95.0, "95", dataset="ImageNet", span=first, confidence=0.9),
               Result("KappaNet", "FPS", 120.0, "120.0", dataset="ImageNet", span=first, confidence=0.9))  # fmt: skip
    e = Extraction(p.id, p.title, methods=(Mention("KappaNet", (_span(t, "KappaNet", len(p.title)),), 0.9),),
                   datasets=(Mention("ImageNet", (_span(t, "ImageNet"),), 0.9),),
                   metrics=(Mention("top-1 accuracy", (_span(t, "top-1 accuracy"),), 0.9),
                            Mention("FPS", (_span(t, "FPS"),), 0.9)),
                   proposed=("KappaNet",), results=results, version="test")  # fmt: skip
    store.add_shared(shared_quads(scheme, [Entity("method", "KappaNet"), Entity("metric", "FPS")], []))
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    store.refresh_leaderboards(scheme)
    q = load_queries()["leaderboard"]
    subs = bind_params(q, {"dataset": "ImageNet", "metric": "top-1 accuracy"})
    costs = {r["methodLabel"].value: r["cost"].value for r in store.query(q.text, substitutions=subs) if r["cost"]}
    assert costs == {"KappaNet": "120.0 FPS"}
    (html,) = served_pages(store, tmp_path, "/dataset/imagenet")
    row = html[html.index("KappaNet</a>"):]
    row = row[:row.index("</tr>")]
    shown = re.findall(r'<span class="cost-item"><a [^>]*>([^<]*)</a> ([^<]*)</span>', row)
    assert shown == [("120.0", "FPS")]


def test_a_paged_query_s_keys_are_read_under_the_query_timeout(tmp_path, monkeypatch):
    """Review: the sort of a paged query's keys (papers_proposing's methods A to Z) ran in the
    request's thread with no time limit, outside the query slots: on a huge store it could hang a
    worker. It runs as any query now: past --query-timeout the request is a 503."""
    from web_fixtures import fill

    from kg.web import api as web_api

    store = fill(KgStore(tmp_path / "kg"))
    app = create_app(settings(tmp_path / "kg", query_timeout=0.3), store)
    try:
        client = app.test_client()
        r = client.get("/api/queries/papers_proposing?page=1&format=json")
        assert r.status_code == 200  # (the keys as before)
        # keys that take about a second to sort (a product of the store with itself, twice)
        slow = ("SELECT ?method WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } } "
                "BIND(<http://example.org/m> AS ?method) }")  # fmt: skip
        monkeypatch.setattr(web_api, "page_subquery", lambda text: (slow, "method", 100))
        r = client.get("/api/queries/papers_proposing?page=1&format=json")
        assert r.status_code == 503 and "exceeded the 0.3 s limit" in r.get_data(as_text=True)
    finally:
        app.extensions["mlkg"].close()


def test_a_server_on_a_store_with_older_boards_says_to_refresh_them(tmp_path, caplog):
    """Review: nothing told the user that a store built before the boards' format (no
    mlkg:boardsFormat) shows old stored values in the leaderboard query: the server says so."""
    import logging

    from test_leaderboards import _cost_store

    from kg.rdf import IriScheme
    from kg.store import BOARDS_FORMAT

    store = _cost_store(tmp_path, [("P0", "A", "D", "top-1 accuracy", "true", "81.2", "PERCENT", "81.2%")])
    g = IriScheme().leaderboards_graph
    for older in (False, True):
        if older:
            store.update(f"DELETE WHERE {{ GRAPH {g} {{ {g} {BOARDS_FORMAT} ?v }} }}")
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="kg.web.state"):
            app = create_app(settings(tmp_path / "s"), store)
            app.extensions["mlkg"].close()
        assert ("run `kg refresh`" in caplog.text) == older
