"""Comparisons (/compare): methods side by side on the leaderboards they are ranked on, papers side by
side on what they propose, use and report; the ways in from a board, a method page and a paper page;
the CSV; and the errors. Flask's test client over a real store built by `kg build` from
examples/papers.jsonl (the demo's 24 papers)."""

from __future__ import annotations

import csv
import gc
import io
import json
import re
from html import unescape
from urllib.parse import unquote

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from ui_fixtures import fill_ui
from web_fixtures import settings

from kg.cli import cli
from kg.model import Extraction, Mention, Paper, Result
from kg.rdf import IriScheme, paper_quads
from kg.store import KgStore
from kg.web import create_app

HTML = {"Accept": "text/html"}
# on the demo's ImageNet top-1 board: ViT-H/14 88.55% (#1), Swin 87.3 (#2), EfficientNet-B7 84.3% (#3)
THREE = "/compare?method=swin-transformer&method=vit-h-14&method=efficientnet-b7"
SWIN_PAPER, VIT_PAPER = "arxiv/2103.14030", "arxiv/2010.11929"


def kg(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    gc.collect()  # release the command's store handle before the app opens the store
    return result


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("compare") / "store"
    result = kg("--store", str(path), "build", str(EXAMPLES / "papers.jsonl"))
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def client(store):
    app = create_app(settings(store), workers=0)
    yield app.test_client()
    app.extensions["mlkg"].close()


def page(client, url: str, status: int = 200) -> str:
    r = client.get(url, headers=HTML)
    assert r.status_code == status, (url, r.status_code, r.get_data(as_text=True)[:800])
    return r.get_data(as_text=True)


def body_rows(html: str) -> list[str]:
    """The result rows of a comparison's table (not its group headings), in order."""
    tbody = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [r for r in re.split(r"<tr ", tbody)[1:] if r.startswith(('class="shared"', 'class="single"'))]


def text(fragment: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_methods_side_by_side_shared_board_first_best_marked_with_evidence_and_rank(client):
    html = page(client, THREE)
    rows = body_rows(html)
    # the one board all three are ranked on comes first; then the boards one of them has
    assert rows[0].startswith('class="shared"') and all(r.startswith('class="single"') for r in rows[1:])
    assert html.index("Shared by two or more") < html.index("Reported by one of them only")
    first = rows[0]
    assert "ImageNet" in text(first.split("</td>", 1)[0]) and "top-1 accuracy" in first and "↑" in first
    cells = re.findall(r'<td class="cell([^"]*)"[^>]*>(.*?)</td>', first, re.S)
    assert [text(c).split(" ")[0] for _, c in cells] == ["87.3%", "88.55%", "84.3%"]  # the column order asked
    # the best in the metric's direction, ViT-H/14's, is the only one marked
    assert [("best" in cls, "★" in c) for cls, c in cells] == [(False, False), (True, True), (False, False)]
    assert "#2 of 4" in cells[0][1] and "#1 of 4" in cells[1][1] and "#3 of 4" in cells[2][1]
    # each value links to the sentence it was read from, on the paper's page
    assert re.search(rf'href="/paper/{VIT_PAPER}#char=\d+,\d+"', cells[1][1])
    # the row's dataset links to that board on the dataset's page
    assert 'href="/dataset/imagenet#board-top-1-accuracy"' in first
    # a board only Swin is ranked on: its value, "-" for the others
    ade = next(r for r in rows if text(r.split("</td>", 1)[0]).endswith("ADE20K val"))
    assert [text(c) for _, c in re.findall(r'<td class="cell([^"]*)"[^>]*>(.*?)</td>', ade, re.S)][1:] == [
        "-",
        "-",
    ]
    # each column says how many shared rows it wins, and can be dropped
    assert "best in 1 of 1 shared" in html and html.count("best in 0 of 1 shared") == 2
    assert 'href="/compare?method=vit-h-14&amp;method=efficientnet-b7"' in html
    # the query behind each column, in the editor (prefixes declared) and from the API
    editor = unquote(re.findall(r'href="/sparql#query=([^"]+)"', html)[0])
    assert (
        editor.startswith("PREFIX ")
        and "VALUES ?method { <https://w3id.org/mlkg/id/method/swin-transformer> }" in editor
    )
    api = unescape(re.findall(r'href="(/api/queries/method_leaderboards\?[^"]+)"', html)[0])
    rows = list(csv.DictReader(io.StringIO(client.get(api).get_data(as_text=True))))
    assert {r["dataset"].rsplit("/", 1)[-1] for r in rows} >= {"imagenet", "ade20k-val"}


def test_a_cell_is_the_method_s_entry_on_the_stored_board(client, store):
    """The value a comparison shows is what the `leaderboard` named query (the dataset page's board)
    gives the method, and the named query behind the comparison answers through the CLI too."""
    board = kg("--store", str(store), "query", "leaderboard", "-p", "dataset=ImageNet", "-p",
               "metric=top-1 accuracy", "-f", "json")  # fmt: skip
    ranked = {b["methodLabel"]["value"]: float(b["boardValue"]["value"])
              for b in json.loads(board.output)["results"]["bindings"]}  # fmt: skip
    got = csv.DictReader(io.StringIO(client.get(THREE + "&format=csv").get_data(as_text=True)))
    imagenet = next(r for r in got if r["dataset"] == "ImageNet" and r["metric"] == "top-1 accuracy")
    for label in ("Swin Transformer", "ViT-H/14", "EfficientNet-B7"):
        assert float(imagenet[label]) == ranked[label]
    mine = kg("--store", str(store), "query", "method_leaderboards", "-p", "method=DETR", "-f", "json")
    assert mine.exit_code == 0, mine.output
    (row,) = json.loads(mine.output)["results"]["bindings"]
    assert row["dataset"]["value"].endswith("/dataset/coco") and row["rank"]["value"] == "2"


def test_the_comparison_as_csv(client):
    r = client.get(THREE + "&format=csv")
    assert r.status_code == 200 and r.content_type.startswith("text/csv")
    assert "attachment" in r.headers["Content-Disposition"] and r.headers["Content-Disposition"].split(";")[1].endswith(
        '.csv"'
    )
    table = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert table[0][:6] == ["dataset", "metric", "setting", "higher_is_better", "unit", "methods_reporting"]
    assert table[0][6:9] == ["Swin Transformer", "Swin Transformer rank", "Swin Transformer paper"]
    assert table[1][:6] == ["ImageNet", "top-1 accuracy", "", "true", "percent", "3"]
    assert table[1][6:9] == ["87.3", "2", f"https://w3id.org/mlkg/id/paper/{SWIN_PAPER}"]
    assert all(row[5] == "1" for row in table[2:])  # shared rows first, as on the page
    # the page links it
    assert (
        'href="/compare?method=swin-transformer&amp;method=vit-h-14&amp;method=efficientnet-b7&amp;format=csv"'
        in page(client, THREE)
    )


def test_unknown_slugs_are_a_404_naming_them_and_a_count_outside_2_to_6_a_400(client):
    html = page(client, "/compare?method=swin-transformer&method=no-such-net&method=nor-this", 404)
    message = text(html.split('class="error">', 1)[1].split("</p>", 1)[0])
    assert "'no-such-net', 'nor-this'" in message and "swin-transformer" not in message
    assert "no paper 'arxiv/9999.99999'" in text(
        page(client, f"/compare?paper={SWIN_PAPER}&paper=arxiv/9999.99999", 404)
    )
    # a dataset's slug is no method
    assert "'imagenet'" in text(page(client, "/compare?method=swin-transformer&method=imagenet", 404))
    assert "compare takes 2 to 6 methods; got 1" in text(
        page(client, "/compare?method=swin-transformer", 400)
    )
    seven = "&".join(f"method={m}" for m in ("swin-transformer", "vit-h-14", "efficientnet-b7", "efficientnet",
                                             "simclr", "roberta", "yolov4"))  # fmt: skip
    assert "got 7" in text(page(client, "/compare?" + seven, 400))
    # the same slug twice is one method
    assert "got 1" in text(page(client, "/compare?method=vit-h-14&method=vit-h-14", 400))
    assert "not both" in text(page(client, f"/compare?method=vit-h-14&paper={SWIN_PAPER}", 400))
    assert "format must be html or csv" in text(page(client, THREE + "&format=xml", 400))
    # with nothing to compare: the forms to choose, for methods and for papers by title, linked from their lists
    assert 'href="/compare">Compare methods side by side' in page(client, "/methods")
    assert 'href="/compare">Compare papers side by side' in page(client, "/papers")
    landing = page(client, "/compare")
    assert landing.count('name="with"') == 4 and '<input type="hidden" name="kind" value="paper">' in landing
    r = client.get(
        "/compare?kind=paper&with=Swin Transformer: Hierarchical&with=An Image is Worth", headers=HTML
    )
    assert r.status_code == 303 and r.headers["Location"].endswith(
        f"/compare?paper={SWIN_PAPER}&paper={VIT_PAPER}"
    )


def test_compare_with_from_a_method_page_works_without_javascript(client):
    html = page(client, "/method/swin-transformer")
    form = re.search(
        r'<form class="search compare-add" action="/compare" method="get".*?</form>', html, re.S
    )[0]
    assert '<input type="hidden" name="method" value="swin-transformer">' in form and 'name="with"' in form
    # the typed name is found as the search finds it, and the page of both is a URL of slugs
    r = client.get("/compare?method=swin-transformer&with=ViT-H/14", headers=HTML)
    assert r.status_code == 303 and r.headers["Location"].endswith(
        "/compare?method=swin-transformer&method=vit-h-14"
    )
    assert "88.55%" in page(client, r.headers["Location"])
    assert "no method in the graph matches 'zzqqx'" in text(
        page(client, "/compare?method=swin-transformer&with=zzqqx", 404)
    )
    # the autocomplete asks for methods only
    found = client.get("/api/graph/search?type=method&papers=0&q=vit").get_json()["results"]
    assert found and {h["type"] for h in found} == {"method"}
    papers = client.get("/api/graph/search?type=paper&q=swin").get_json()["results"]
    assert papers and {h["type"] for h in papers} == {"paper"}


def test_a_board_s_rows_are_ticked_and_compared_through_a_get_form(client):
    html = page(client, "/dataset/imagenet")
    form = re.search(r'<form id="compare-methods" class="compare-bar" action="/compare" method="get">', html)
    assert form and "Compare selected" in html
    ticks = re.findall(r'<input type="checkbox" name="method" value="([^"]+)"\s+form="compare-methods"', html)
    assert {"vit-h-14", "swin-transformer", "efficientnet-b7"} <= set(ticks)
    for slug in set(ticks):  # each tick names a method page that exists
        assert client.get(f"/method/{slug}", headers=HTML).status_code == 200
    # what a browser sends for two ticked rows
    assert "88.55%" in page(client, "/compare?method=vit-h-14&method=swin-transformer")


def ticknet_paper() -> tuple[Paper, Extraction]:
    """A paper whose result names its task (none of the demo's results with a number does)."""
    p = Paper(id="cmp1", title="TickNet", arxiv_id="2301.00001", date="2023-01-02",
              abstract="TickNet reaches 80.1% top-1 accuracy on ImageNet in image classification.")  # fmt: skip
    t = p.text

    def span(needle: str) -> tuple[int, int]:
        return t.index(needle), t.index(needle) + len(needle)

    return p, Extraction(
        p.id, p.title,
        methods=(Mention("TickNet", (span("TickNet reaches"),), 0.9),),
        datasets=(Mention("ImageNet", (span("ImageNet"),), 0.9),),
        metrics=(Mention("top-1 accuracy", (span("top-1 accuracy"),), 0.9),),
        tasks=(Mention("image classification", (span("image classification"),), 0.9),),
        results=(Result("TickNet", "top-1 accuracy", 80.1, "80.1%", dataset="ImageNet", unit="%",
                         task="image classification", span=span(t.strip()), confidence=0.9),),
        version="test",
    )  # fmt: skip


def test_a_task_page_s_results_are_ticked_for_comparison_too(tmp_path):
    store = fill_ui(KgStore(tmp_path / "kg"))
    scheme = IriScheme()
    p, e = ticknet_paper()
    store.replace_papers([(scheme.paper_graph(p), paper_quads(scheme, p, e))])
    store.flush()
    app = create_app(settings(tmp_path / "kg"), store)
    try:
        client = app.test_client()
        html = page(client, "/task/image-classification")
        table = html[html.index('<h2 id="results">') :]
        assert 'id="compare-methods"' in table
        assert re.search(
            r'<input type="checkbox" name="method" value="ticknet"\s+form="compare-methods"', table
        )
        # and each benchmark's best method, in the same form
        benchmarks = html[html.index('<h2 id="benchmarks">') : html.index('<h2 id="results">')]
        best = re.findall(
            r'<input type="checkbox" name="method" value="([^"]+)"\s+form="compare-methods"', benchmarks
        )
        assert best and all(client.get(f"/method/{slug}", headers=HTML).status_code == 200 for slug in best)
        assert html.count('id="compare-methods"') == 1
    finally:
        app.extensions["mlkg"].close()


def test_papers_side_by_side_with_shared_entities_and_results(client):
    html = page(client, f"/compare?paper={SWIN_PAPER}&paper={VIT_PAPER}")
    for row in ("Date", "Tasks", "Proposed methods", "Methods used", "Datasets", "Metrics"):
        assert f'<th scope="row">{row}</th>' in html, row
    datasets = html.split('<th scope="row">Datasets</th>', 1)[1].split("</tr>", 1)[0]
    assert datasets.count('class="chip dataset shared"') == 2  # ImageNet, named by both
    assert re.search(r'class="chip dataset"[^>]*>ADE20K val<', datasets)  # Swin's alone
    rows = body_rows(html)
    first = rows[0]
    assert "ImageNet" in first and "top-1 accuracy" in first
    cells = re.findall(r'<td class="cell([^"]*)"[^>]*>(.*?)</td>', first, re.S)
    # each paper's value on the row's scale ("87.3" is 87.3% on a top-1 board) with its owner
    assert [text(c) for _, c in cells] == ["87.3% Swin Transformer", "88.55% ★ ViT-H/14"]
    assert "best" in cells[1][0] and "best" not in cells[0][0]
    csv_text = client.get(f"/compare?paper={SWIN_PAPER}&paper={VIT_PAPER}&format=csv").get_data(as_text=True)
    table = {r[0]: r[1:] for r in csv.reader(io.StringIO(csv_text))}
    assert table["paper"] == [f"https://w3id.org/mlkg/id/paper/{p}" for p in (SWIN_PAPER, VIT_PAPER)]
    assert table["ImageNet · top-1 accuracy"] == ["Swin Transformer: 87.3%", "ViT-H/14: 88.55%"]


def test_a_paper_page_links_the_papers_it_shares_a_board_with(client):
    html = page(client, f"/paper/{SWIN_PAPER}")
    section = html.split('<h2 id="compare">', 1)[1].split("<h2", 1)[0]
    links = re.findall(r'href="(/compare\?paper=[^"]+)">compare side by side', section)
    assert f"/compare?paper={SWIN_PAPER}&amp;paper={VIT_PAPER}" in links
    assert all(link.startswith(f"/compare?paper={SWIN_PAPER}&amp;") for link in links)
    for link in links:
        assert client.get(unescape(link), headers=HTML).status_code == 200


def test_methods_named_by_name_redirect_to_their_slugs(client):
    # method=BERT gave "the graph has no method 'bert'" on all sota-arxiv, whose BERT page is
    # /method/bidirectional-encoder-representations-from-transformers-bert
    r = client.get("/compare?method=swin%20TRANSFORMER&method=ViT-H/14&method=efficientnet-b7", headers=HTML)
    assert r.status_code == 303
    assert unquote(r.headers["Location"]).endswith(
        "/compare?method=swin-transformer&method=vit-h-14&method=efficientnet-b7"
    )
    # a name that is no method's stays a 404 naming only it (not the names that were found)
    html = text(page(client, "/compare?method=Swin Transformer&method=ImageNet", 404))
    assert "'ImageNet'" in html and "Swin" not in html.split("no method")[-1]


def test_the_csv_is_safe_in_a_spreadsheet_and_names_unicode_files(tmp_path):
    # review: a task "-SAT problem" was a formula in Excel; a method "δ-GLMB" made a header of
    # raw UTF-8, which a strict WSGI server refuses
    from kg.web.compare import _attachment, spreadsheet_safe

    assert [spreadsheet_safe(v) for v in ("-SAT problem", "=1+1", "@x", "+y", "-3.5", "ViT", 4)] == [
        "'-SAT problem", "'=1+1", "'@x", "'+y", "-3.5", "ViT", 4]  # fmt: skip
    header = _attachment("compare-methods-nyströmformer-δ-glmb.csv")
    header.encode("latin-1")  # a header must be Latin-1
    assert 'filename="compare-methods-nystr_mformer-_-glmb.csv"' in header
    assert "filename*=UTF-8''compare-methods-nystr%C3%B6mformer-%CE%B4-glmb.csv" in header


def test_best_marks_need_a_dataset_and_metric_and_follow_the_board_rank():
    # review: paper comparisons starred 85% on a paper's own data over 45.2% on COCO (a row with no
    # dataset, which the boards never rank); a method row's star compared raw values where the
    # board had ranked a percentage as a fraction; "best in 0 of 1 shared" for a column not on it
    from kg.web.compare import Cell, Column, Row, mark_best

    def column(name):
        return Column(name, name, name, None)

    cols = [column("a"), column("b"), column("c")]
    unranked = Row(None, "(no dataset named)", "m", "mAP", None, True, True,
                   [Cell("45.2%", 0.452, "#"), Cell("85%", 0.85, "#"), None])  # fmt: skip
    board = Row("d", "COCO", "m", "BLEU", None, True, False,
                [Cell("29.1%", 29.1, "#", rank=1), Cell("117.9", 117.9, "#", rank=2), None])  # fmt: skip
    lower = Row("d2", "X", "m2", "error", None, False, False,
                [Cell("3.1", 3.1, "#"), None, Cell("2.0", 2.0, "#")])  # fmt: skip
    mark_best([unranked, board, lower], cols)
    assert not any(c and c.best for c in unranked.cells)
    assert [c.best for c in board.cells[:2]] == [True, False]
    assert [lower.cells[0].best, lower.cells[2].best] == [False, True]
    assert [(c.wins, c.shared) for c in cols] == [(1, 2), (0, 1), (1, 1)]
