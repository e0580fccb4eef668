"""IRIs and quads: the only module that knows the vocabulary and the IRI scheme.

Implements ``ontology/mlkg.ttl`` and the IRI rules of the ontology design
(§2.3): deterministic IRIs, one named graph per paper, entity descriptions in
one shared graph, and an ``mlkg:Assertion`` with extractor, confidence and
evidence span for every link and result.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Quad

from kg.leaderboard import Candidate, Entry
from kg.model import ENTITY_KINDS, PROPOSED, Entity, Extraction, Paper, Result, is_placeholder
from kg.text import slugify, sentence_index, split_sentences

DEFAULT_BASE = "https://w3id.org/mlkg/"
VOCAB = "https://w3id.org/mlkg/ns#"

# fmt: off
PREFIXES = {
    "mlkg":    VOCAB,
    "rdf":     "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs":    "http://www.w3.org/2000/01/rdf-schema#",
    "xsd":     "http://www.w3.org/2001/XMLSchema#",
    "owl":     "http://www.w3.org/2002/07/owl#",
    "skos":    "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "bibo":    "http://purl.org/ontology/bibo/",
    "fabio":   "http://purl.org/spar/fabio/",
    "prism":   "http://prismstandard.org/namespaces/basic/2.0/",
    "prov":    "http://www.w3.org/ns/prov#",
    "oa":      "http://www.w3.org/ns/oa#",
    "schema":  "https://schema.org/",
    "qudt":    "http://qudt.org/schema/qudt/",
    "unit":    "http://qudt.org/vocab/unit/",
    "void":    "http://rdfs.org/ns/void#",
    "dcat":    "http://www.w3.org/ns/dcat#",
    "spdx":    "http://spdx.org/rdf/terms#",
}
# fmt: on


def data_prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Prefixes of minted data IRIs under ``base`` (method:, dataset:, ...)."""
    return {
        "method": f"{base}id/method/",
        "dataset": f"{base}id/dataset/",
        "metric": f"{base}id/metric/",
        "task": f"{base}id/task/",
        "paper": f"{base}id/paper/",
        "result": f"{base}id/result/",
        "assertion": f"{base}id/assertion/",
    }


def all_prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    return {**PREFIXES, **data_prefixes(base)}


def term(prefix: str, local: str) -> NamedNode:
    """A vocabulary IRI from a prefix of :data:`PREFIXES`: ``term("skos", "prefLabel")``."""
    return NamedNode(PREFIXES[prefix] + local)


RDF_TYPE = term("rdf", "type")
RDF_VALUE = term("rdf", "value")
RDF_SUBJECT = term("rdf", "subject")
RDF_PREDICATE = term("rdf", "predicate")
RDF_OBJECT = term("rdf", "object")
RDFS_LABEL = term("rdfs", "label")
SKOS_PREF = term("skos", "prefLabel")
SKOS_ALT = term("skos", "altLabel")
SKOS_HIDDEN = term("skos", "hiddenLabel")
SKOS_BROADER = term("skos", "broader")
DCT_TITLE = term("dcterms", "title")
DCT_ISSUED = term("dcterms", "issued")
DCT_IDENTIFIER = term("dcterms", "identifier")
DCT_CREATOR = term("dcterms", "creator")
BIBO_AUTHOR_LIST = term("bibo", "authorList")
RDF_SEQ = term("rdf", "Seq")
FABIO_ARXIV = term("fabio", "hasArXivId")
FABIO_ABSTRACT = term("fabio", "Abstract")
PRISM_DOI = term("prism", "doi")
SCHEMA_URL = term("schema", "url")
SCHEMA_VERSION = term("schema", "softwareVersion")
PROV_AGENT = term("prov", "SoftwareAgent")
PROV_ATTRIBUTED = term("prov", "wasAttributedTo")
PROV_DERIVED = term("prov", "wasDerivedFrom")
PROV_PRIMARY = term("prov", "hadPrimarySource")
OA_SPECIFIC = term("oa", "SpecificResource")
OA_SOURCE = term("oa", "hasSource")
OA_SELECTOR = term("oa", "hasSelector")
OA_POSITION = term("oa", "TextPositionSelector")
OA_START = term("oa", "start")
OA_END = term("oa", "end")
QUDT_UNIT = term("qudt", "unit")
UNIT_PERCENT = term("unit", "PERCENT")
UNIT_UNITLESS = term("unit", "UNITLESS")
# a size in bytes keeps its scale (kg.extract.results gives it "KB", "MB", "GB" ... as written),
# and how many bytes one of it is, so that sizes written in different scales compare (store.board_costs)
UNIT_OF_BYTES = {
    name: term("unit", iri)
    for name, iri in (("KB", "KiloBYTE"), ("MB", "MegaBYTE"), ("GB", "GigaBYTE"), ("TB", "TeraBYTE"),
                      ("KiB", "KibiBYTE"), ("MiB", "MebiBYTE"), ("GiB", "GibiBYTE"), ("TiB", "TebiBYTE"))  # fmt: skip
}
BYTES_IN_UNIT = {
    UNIT_OF_BYTES[name]: scale
    for name, scale in (("KB", 10**3), ("MB", 10**6), ("GB", 10**9), ("TB", 10**12),
                        ("KiB", 2**10), ("MiB", 2**20), ("GiB", 2**30), ("TiB", 2**40))  # fmt: skip
}
XSD_DECIMAL = term("xsd", "decimal")
XSD_INTEGER = term("xsd", "integer")
XSD_BOOLEAN = term("xsd", "boolean")
XSD_DATE = term("xsd", "date")


class M:
    """Terms of the mlkg vocabulary."""

    Paper = term("mlkg", "Paper")
    Method = term("mlkg", "Method")
    Dataset = term("mlkg", "Dataset")
    Metric = term("mlkg", "Metric")
    Task = term("mlkg", "Task")
    Result = term("mlkg", "Result")
    Assertion = term("mlkg", "Assertion")
    mentions = term("mlkg", "mentions")
    proposes = term("mlkg", "proposes")
    uses = term("mlkg", "uses")
    addresses = term("mlkg", "addresses")
    higherIsBetter = term("mlkg", "higherIsBetter")
    reportedIn = term("mlkg", "reportedIn")
    method = term("mlkg", "method")
    dataset = term("mlkg", "dataset")
    metric = term("mlkg", "metric")
    task = term("mlkg", "task")
    value = term("mlkg", "value")
    valueText = term("mlkg", "valueText")
    setting = term("mlkg", "setting")
    baseline = term("mlkg", "baseline")
    delta = term("mlkg", "delta")
    relativeDelta = term("mlkg", "relativeDelta")
    assertsResult = term("mlkg", "assertsResult")
    confidence = term("mlkg", "confidence")
    sentenceIndex = term("mlkg", "sentenceIndex")
    abstractOf = term("mlkg", "abstractOf")
    arxivCategory = term("mlkg", "arxivCategory")
    Leaderboard = term("mlkg", "Leaderboard")
    LeaderboardEntry = term("mlkg", "LeaderboardEntry")
    forDataset = term("mlkg", "forDataset")
    forMetric = term("mlkg", "forMetric")
    forSetting = term("mlkg", "forSetting")
    entry = term("mlkg", "entry")
    result = term("mlkg", "result")
    score = term("mlkg", "score")
    boardValue = term("mlkg", "boardValue")
    cost = term("mlkg", "cost")
    boardsFormat = term("mlkg", "boardsFormat")
    rank = term("mlkg", "rank")
    position = term("mlkg", "position")
    entryCount = term("mlkg", "entryCount")
    stateOfTheArt = term("mlkg", "stateOfTheArt")
    page = term("mlkg", "page")
    LeaderboardPage = term("mlkg", "LeaderboardPage")
    pageNumber = term("mlkg", "pageNumber")
    pageEntry = term("mlkg", "pageEntry")


CLASS_OF_KIND = {"method": M.Method, "dataset": M.Dataset, "metric": M.Metric, "task": M.Task}


def _hash(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def _decimal(value: float | Decimal) -> Literal:
    """An xsd:decimal literal printed without float noise (79.4, not 79.400000001)."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    # -0.0 (a delta of 0 signed as a decrease) prints "0": the store keeps "-0" as "0", and a
    # literal that differs from the stored one made every build rewrite that paper.
    text = format(exact.normalize(), "f") if exact else "0"
    return Literal(text, datatype=XSD_DECIMAL)


def _integer(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD_INTEGER)


def _en(text: str) -> Literal:
    return Literal(text, language="en")


# ---------------------------------------------------------------- identifiers

_ARXIV_NEW = re.compile(r"(\d{4}\.\d{4,5})(?:v\d+)?$")
_ARXIV_OLD = re.compile(r"([a-z][a-z\-]*)(?:\.[A-Z]{2})?/(\d{7})(?:v\d+)?$")


def normalize_arxiv_id(raw: str) -> str | None:
    """The canonical arXiv id (no prefix, URL or version), or None if it is not one.

    >>> normalize_arxiv_id("arXiv:1810.04805v2"), normalize_arxiv_id("math.GT/0309136v2")
    ('1810.04805', 'math/0309136')
    >>> normalize_arxiv_id("https://arxiv.org/abs/2401.00001") , normalize_arxiv_id("hello")
    ('2401.00001', None)
    """
    s = raw.strip()
    s = re.sub(r"^(?:https?://)?(?:www\.)?arxiv\.org/(?:abs|pdf)/", "", s, flags=re.I)
    s = re.sub(r"^arxiv:", "", s, flags=re.I).removesuffix(".pdf")
    if m := _ARXIV_NEW.fullmatch(s):
        return m.group(1)
    if m := _ARXIV_OLD.fullmatch(s):
        return f"{m.group(1)}/{m.group(2)}"
    return None


def arxiv_month(arxiv_id: str | None) -> str | None:
    """The submission month of an arXiv id as ``YYYY-MM-01``, or None: the date of a paper
    whose input gives none (the pages' charts and the leaderboards' state-of-the-art records).

    >>> arxiv_month("1810.04805"), arxiv_month("math/0309136"), arxiv_month(None)
    ('2018-10-01', '2003-09-01', None)
    """
    if not arxiv_id:
        return None
    m = re.match(r"(?:[a-z-]+/)?(\d{2})(\d{2})", arxiv_id)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    yy = int(m.group(1))
    return f"{2000 + yy if yy < 91 else 1900 + yy}-{m.group(2)}-01"


def normalize_doi(raw: str) -> str:
    """Lower-cased DOI without ``doi:`` or resolver prefix.

    >>> normalize_doi("https://doi.org/10.18653/v1/N19-1423")
    '10.18653/v1/n19-1423'
    """
    s = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", raw.strip(), flags=re.I)
    return s.lower()


def title_key(title: str) -> str:
    """Normalised title used for the fallback paper IRI and de-duplication.

    >>> title_key("Attention Is All You Need!") == title_key("attention is  all you need")
    True
    """
    s = unicodedata.normalize("NFKC", title).casefold()
    s = re.sub(r"\$[^$]*\$", " ", s)
    return " ".join(re.findall(r"\w+", s))


class IriScheme:
    """Mints every data IRI under a configurable base (default ``https://w3id.org/mlkg/``)."""

    def __init__(self, base: str = DEFAULT_BASE):
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        self.entities_graph = NamedNode(f"{base}graph/entities")
        self.leaderboards_graph = NamedNode(f"{base}graph/leaderboards")

    @classmethod
    def of_paper_graph(cls, graph: NamedNode) -> IriScheme:
        """The scheme that minted a paper graph IRI (``<base>graph/paper/...``)."""
        base, sep, _ = graph.value.rpartition("graph/paper/")
        return cls(base) if sep else cls()

    def entity(self, kind: str, name: str) -> NamedNode:
        return NamedNode(f"{self.base}id/{kind}/{quote(slugify(name), safe='.-_')}")

    def paper_path(self, paper: Paper) -> str:
        """``arxiv/<id>``, ``doi/<doi>`` or ``title/<hash>``: arXiv > DOI > title."""
        arxiv = paper.arxiv_id and normalize_arxiv_id(paper.arxiv_id)
        if arxiv:
            return "arxiv/" + quote(arxiv, safe=".")
        if paper.doi:
            return "doi/" + quote(normalize_doi(paper.doi), safe="/.-_;()")
        return "title/" + hashlib.sha256(title_key(paper.title).encode()).hexdigest()[:16]

    def paper(self, paper: Paper) -> NamedNode:
        return NamedNode(f"{self.base}id/paper/{self.paper_path(paper)}")

    def paper_graph(self, paper: Paper) -> NamedNode:
        return NamedNode(f"{self.base}graph/paper/{self.paper_path(paper)}")

    def abstract(self, paper_iri: NamedNode, text: str) -> NamedNode:
        digest = hashlib.sha256(unicodedata.normalize("NFC", text).encode()).hexdigest()[:12]
        return NamedNode(f"{paper_iri.value}/abstract/{digest}")

    def author_list(self, paper_iri: NamedNode) -> NamedNode:
        """The paper's ``bibo:authorList``: one fixed IRI per paper, so a rebuild rewrites it in place."""
        return NamedNode(f"{paper_iri.value}/authors")

    def agent(self, extractor: str, version: str) -> NamedNode:
        return NamedNode(f"{self.base}id/agent/{slugify(extractor)}/{quote(version, safe='.-_+')}")

    def result(self, paper_iri: NamedNode, r: Result) -> NamedNode:
        key = _hash(paper_iri.value, r.method, r.dataset, r.metric, r.task, r.setting, r.value_text,
                    r.baseline, r.span)  # fmt: skip
        return NamedNode(f"{self.base}id/result/{key}")

    def assertion(self, claim: str, agent: NamedNode, span: NamedNode) -> NamedNode:
        return NamedNode(f"{self.base}id/assertion/{_hash(claim, agent.value, span.value)}")

    def unnamed_method(self, paper_iri: NamedNode) -> NamedNode:
        """The method a paper proposes but does not name ("our method"): one per paper."""
        return NamedNode(f"{self.base}id/method/proposed-in-{_hash(paper_iri.value, length=12)}")

    def leaderboard(self, dataset: NamedNode, metric: NamedNode, setting: str | None = None) -> NamedNode:
        """The board of (dataset, metric), or of its results in ``setting`` (a regime's board)."""
        parts = (dataset.value, metric.value) if setting is None else (dataset.value, metric.value, setting)
        return NamedNode(f"{self.base}id/leaderboard/{_hash(*parts)}")

    def leaderboard_entry(self, board: NamedNode, result: NamedNode) -> NamedNode:
        return NamedNode(f"{board.value}/entry/{_hash(result.value)}")

    def leaderboard_page(self, board: NamedNode, number: int) -> NamedNode:
        return NamedNode(f"{board.value}/page/{number}")


# ---------------------------------------------------------------- quads


def entity_quads(scheme: IriScheme, entity: Entity) -> Iterator[Quad]:
    """Labels, type, family and direction of one entity, in the shared graph."""
    g = scheme.entities_graph
    e = scheme.entity(entity.kind, entity.name)
    yield Quad(e, RDF_TYPE, CLASS_OF_KIND[entity.kind], g)
    yield Quad(e, SKOS_PREF, _en(entity.name), g)
    yield Quad(e, RDFS_LABEL, _en(entity.name), g)
    hidden = {entity.name.casefold()}
    for alias in dict.fromkeys(entity.aliases):
        if alias and alias != entity.name:
            yield Quad(e, SKOS_ALT, _en(alias), g)
            hidden.add(alias.casefold())
    for h in sorted(hidden):
        yield Quad(e, SKOS_HIDDEN, Literal(h), g)
    if entity.broader and entity.broader != entity.name:
        family = scheme.entity(entity.kind, entity.broader)
        yield Quad(e, SKOS_BROADER, family, g)
    if entity.kind == "metric":
        hib = True if entity.higher_is_better is None else entity.higher_is_better
        yield Quad(e, M.higherIsBetter, Literal("true" if hib else "false", datatype=XSD_BOOLEAN), g)


def agent_quads(scheme: IriScheme, extractor: str, version: str) -> Iterator[Quad]:
    g = scheme.entities_graph
    a = scheme.agent(extractor, version)
    yield Quad(a, RDF_TYPE, PROV_AGENT, g)
    yield Quad(a, RDFS_LABEL, Literal(extractor), g)
    yield Quad(a, SCHEMA_VERSION, Literal(version), g)


class _PaperWriter:
    """Builds the quads of one paper's named graph; spans and selectors are emitted once."""

    def __init__(self, scheme: IriScheme, paper: Paper, extraction: Extraction):
        self.scheme = scheme
        self.paper = paper
        self.graph = scheme.paper_graph(paper)
        self.iri = scheme.paper(paper)
        self.text = paper.text
        self.abstract = scheme.abstract(self.iri, self.text)
        self.agent = scheme.agent(extraction.extractor, extraction.version)
        self.sentences = split_sentences(self.text)
        self.quads: dict[Quad, None] = {}  # ordered set

    def add(self, s, p, o) -> None:
        self.quads[Quad(s, p, o, self.graph)] = None

    def span(self, begin: int, end: int) -> NamedNode:
        # Keep spans inside the text and non-empty (the shapes require start < end).
        begin = max(0, min(begin, len(self.text) - 1))
        end = max(begin + 1, min(end, len(self.text)))
        node = NamedNode(f"{self.abstract.value}#char={begin},{end}")
        selector = NamedNode(f"{self.abstract.value}#pos={begin},{end}")
        self.add(node, RDF_TYPE, OA_SPECIFIC)
        self.add(node, OA_SOURCE, self.abstract)
        self.add(node, OA_SELECTOR, selector)
        self.add(node, M.sentenceIndex, _integer(sentence_index(self.sentences, begin)))
        self.add(selector, RDF_TYPE, OA_POSITION)
        self.add(selector, OA_START, _integer(begin))
        self.add(selector, OA_END, _integer(end))
        return node

    def assertion(self, claim: str, span: NamedNode, confidence: float) -> NamedNode:
        a = self.scheme.assertion(claim, self.agent, span)
        self.add(a, RDF_TYPE, M.Assertion)
        self.add(a, PROV_ATTRIBUTED, self.agent)
        self.add(a, PROV_DERIVED, span)
        self.add(a, PROV_PRIMARY, self.iri)
        self.add(a, M.confidence, _decimal(round(min(max(confidence, 0.0), 1.0), 3)))
        return a


MAX_SPANS_PER_LINK = 8  # evidence kept per paper-entity link; more adds size, not trust


def paper_quads(scheme: IriScheme, paper: Paper, extraction: Extraction) -> list[Quad]:
    """All quads of one paper's named graph: metadata, text, links, results, provenance."""
    w = _PaperWriter(scheme, paper, extraction)
    p = w.iri
    w.add(p, RDF_TYPE, M.Paper)
    w.add(p, DCT_TITLE, Literal(paper.title))
    w.add(p, DCT_IDENTIFIER, Literal(paper.id))
    if paper.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", paper.date):
        w.add(p, DCT_ISSUED, Literal(paper.date, datatype=XSD_DATE))
    arxiv = paper.arxiv_id and normalize_arxiv_id(paper.arxiv_id)
    if arxiv:
        w.add(p, FABIO_ARXIV, Literal(arxiv))
    if paper.doi:
        w.add(p, PRISM_DOI, Literal(normalize_doi(paper.doi)))
    if paper.url:
        w.add(p, SCHEMA_URL, Literal(paper.url))
    for category in paper.categories:
        w.add(p, M.arxivCategory, Literal(category))
    _author_quads(w, paper.authors)
    w.add(w.abstract, RDF_TYPE, FABIO_ABSTRACT)
    w.add(w.abstract, M.abstractOf, p)
    w.add(w.abstract, RDF_VALUE, Literal(w.text))

    proposed = set(extraction.proposed)
    for field, kind in ENTITY_KINDS.items():
        for mention in extraction.mentions(field):
            e = scheme.entity(kind, mention.name)
            if kind == "task":
                predicate = M.addresses
            elif mention.name in proposed:
                predicate = M.proposes
            else:
                predicate = M.uses
            w.add(p, M.mentions, e)
            w.add(p, predicate, e)
            claim = f"{p.value} {predicate.value} {e.value}"
            # A link always gets an Assertion; without a located mention the evidence is the whole text.
            for begin, end in mention.spans[:MAX_SPANS_PER_LINK] or ((0, len(w.text)),):
                a = w.assertion(claim, w.span(begin, end), mention.confidence)
                w.add(a, RDF_SUBJECT, p)
                w.add(a, RDF_PREDICATE, predicate)
                w.add(a, RDF_OBJECT, e)

    for r in extraction.results:
        _result_quads(w, r)
    return list(w.quads)


def rdf_member(position: int) -> NamedNode:
    """The container membership property ``rdf:_<position>`` (1-based)."""
    return NamedNode(f"{PREFIXES['rdf']}_{position}")


def _author_quads(w: _PaperWriter, authors: Sequence[str]) -> None:
    """``dcterms:creator`` per author, and their order as a ``bibo:authorList`` rdf:Seq.

    ``?paper dcterms:creator ?name`` answers "who wrote it"; the sequence
    ``<paper>/authors`` holds each name at ``rdf:_1``, ``rdf:_2``, ... in the
    input's order (a name listed twice keeps both places), so the first author
    is ``?paper bibo:authorList/rdf:_1 ?name`` and the position of a member is
    the number after ``_`` in its property. The list IRI is the paper's IRI
    plus ``/authors`` and lives in the paper's graph, which a rebuild replaces
    whole: an updated author list replaces the old one, never a second list.
    """
    if not authors:
        return
    seq = w.scheme.author_list(w.iri)
    w.add(w.iri, BIBO_AUTHOR_LIST, seq)
    w.add(seq, RDF_TYPE, RDF_SEQ)
    for position, author in enumerate(authors, 1):
        name = Literal(author)
        w.add(w.iri, DCT_CREATOR, name)
        w.add(seq, rdf_member(position), name)


def paper_title(title: str | None, iri: str) -> str:
    """What to call a paper: its title, or its id (the IRI after ``id/paper/``) when it has none.

    >>> paper_title("", "https://w3id.org/mlkg/id/paper/arxiv/0807.2466")
    'arxiv/0807.2466 (untitled)'
    """
    if title and title.strip():
        return title
    local = iri.split("/id/paper/", 1)[-1] if "/id/paper/" in iri else iri.rsplit("/", 1)[-1]
    return f"{unquote(local)} (untitled)"


# Characters of the title an unnamed method's label quotes.
UNNAMED_TITLE_CHARS = 28


def _unnamed_method(w: _PaperWriter) -> NamedNode:
    """The paper's unnamed proposed method, typed and labelled in the paper's graph.

    Sharing one "(proposed)" entity across papers would make every paper's
    unnamed method one method: a leaderboard would list only the best of them.
    """
    node = w.scheme.unnamed_method(w.iri)
    title = " ".join(paper_title(w.paper.title, w.iri.value).split())
    if len(title) > UNNAMED_TITLE_CHARS:  # cut at a word boundary where there is one
        cut = title[: UNNAMED_TITLE_CHARS - 1]
        title = (cut[: cut.rfind(" ")] if " " in cut else cut).rstrip(" ,:;-") + "…"
    label = _en(f"(proposed in “{title}”)")
    w.add(node, RDF_TYPE, M.Method)
    w.add(node, SKOS_PREF, label)
    w.add(node, RDFS_LABEL, label)
    return node


def _signed_delta(r: Result) -> float | None:
    """The mlkg:relativeDelta (units "x" and "%") or mlkg:delta (points, bare numbers) of a
    relative result: its magnitude as printed, signed by ``r.change`` (kg.model.Result).

    "1.8x faster": 0.8; "8.4x fewer parameters": 1/8.4 - 1; "22% faster": 0.22; "a 72%
    reduction in error": -0.72; "retains 90% of the performance": 0.9 - 1; "3.2 points":
    3.2, "reduces the error by 4 points": -4. A change the text does not word (None) is read
    as an increase, as before ``change`` existed: most relative claims are gains.
    """
    v, change = r.value, r.change
    if v is None:
        return None
    if r.unit == "x":
        if change == "decrease" and v > 1:
            return 1 / v - 1  # "a 2x reduction in latency": half the latency
        return v - 1  # "1.8x", "0.5x the parameters", "4 times the previous record"
    if r.unit == "%":
        if change == "share":
            return v / 100 - 1
        return -v / 100 if change == "decrease" else v / 100
    if change == "share":
        return None  # ("3 points of the reference": no difference the text gives)
    return -v if change == "decrease" else v


def _result_quads(w: _PaperWriter, r: Result) -> None:
    scheme = w.scheme
    node = scheme.result(w.iri, r)
    w.add(node, RDF_TYPE, M.Result)
    w.add(node, M.reportedIn, w.iri)
    for prop, kind, name in ((M.method, "method", r.method), (M.dataset, "dataset", r.dataset),
                             (M.metric, "metric", r.metric), (M.task, "task", r.task),
                             (M.baseline, "method", r.baseline)):  # fmt: skip
        if name and is_placeholder(name):
            # only the paper's own unnamed method is a node; a baseline or models the text
            # does not name ("(baseline)", "(unnamed)") are no method of the paper's
            if prop == M.method and name == PROPOSED:
                w.add(node, prop, _unnamed_method(w))
        elif name:
            w.add(node, prop, scheme.entity(kind, name))
    w.add(node, M.valueText, Literal(r.value_text))
    if r.setting:
        w.add(node, M.setting, Literal(r.setting))
    w.add(node, QUDT_UNIT, UNIT_PERCENT if r.unit == "%" else UNIT_OF_BYTES.get(r.unit or "", UNIT_UNITLESS))
    if r.value is not None:
        if not r.relative:
            w.add(node, M.value, _decimal(r.value))
        elif (delta := _signed_delta(r)) is not None:
            w.add(node, M.relativeDelta if r.unit in ("x", "%") else M.delta, _decimal(round(delta, 6)))
    begin, end = r.span if r.span else (0, len(w.text))
    a = w.assertion(node.value, w.span(begin, end), r.confidence)
    w.add(a, M.assertsResult, node)


# Entries per leaderboard page: a page is what a bound leaderboard query reads,
# so its cost stays flat however long the board grows (Papers with Code shows
# about this many rows before "show more").
LEADERBOARD_PAGE = 100


def leaderboard_quads(scheme: IriScheme,
                      boards: Iterable[tuple[NamedNode, NamedNode, str | None, Sequence[Entry], Sequence[Candidate]]]) -> Iterator[Quad]:  # fmt: skip
    """Quads of the derived leaderboards graph from ranked boards ((dataset, metric, setting, entries, records)).

    One ``mlkg:Leaderboard`` per (dataset, metric) with an ``mlkg:LeaderboardEntry``
    (and one per regime of the pair, with its ``mlkg:forSetting``: kg.leaderboard.board_setting)
    per entry (see kg.leaderboard for the ranking rules): ``mlkg:score`` is the
    value on the board's common scale, negated when lower is better, so a higher
    score always ranks first; ``mlkg:rank`` its competition rank among methods;
    ``mlkg:position`` its place (1, 2, ...). On a percentage board (kg.leaderboard.is_percent_board)
    the board has ``qudt:unit`` unit:PERCENT and each entry its value in points as the board shows
    it, ``mlkg:boardValue`` ("0.485" and "48.5%" are both 48.5); elsewhere the result's value is
    what the board shows. ``mlkg:cost``: the entry's Cost column, the costs its paper gives for its
    method on the dataset ("345 FPS; 1.3M parameters", kg.leaderboard.cost_column). Entries are also grouped in pages
    of LEADERBOARD_PAGE positions (``mlkg:page``), so "the top of this board"
    is a few index lookups, not a scan of the board. The board's state-of-the-art
    records over time are linked with ``mlkg:stateOfTheArt``. Empty boards get no quads.
    """
    g = scheme.leaderboards_graph
    for dataset, metric, setting, entries, sota in boards:
        if not entries:
            continue
        board = scheme.leaderboard(dataset, metric, setting)
        yield Quad(board, RDF_TYPE, M.Leaderboard, g)
        yield Quad(board, M.forDataset, dataset, g)
        yield Quad(board, M.forMetric, metric, g)
        if setting is not None:
            yield Quad(board, M.forSetting, Literal(setting), g)
        yield Quad(board, M.entryCount, _integer(len(entries)), g)
        if entries[0].shown is not None:
            yield Quad(board, QUDT_UNIT, UNIT_PERCENT, g)
        for record in sota:
            yield Quad(board, M.stateOfTheArt, NamedNode(record.result), g)
        page = board
        for entry in entries:
            if (entry.position - 1) % LEADERBOARD_PAGE == 0:
                number = (entry.position - 1) // LEADERBOARD_PAGE + 1
                page = scheme.leaderboard_page(board, number)
                yield Quad(board, M.page, page, g)
                yield Quad(page, RDF_TYPE, M.LeaderboardPage, g)
                yield Quad(page, M.pageNumber, _integer(number), g)
            result = NamedNode(entry.candidate.result)
            e = scheme.leaderboard_entry(board, result)
            yield Quad(board, M.entry, e, g)
            yield Quad(page, M.pageEntry, e, g)
            yield Quad(e, RDF_TYPE, M.LeaderboardEntry, g)
            yield Quad(e, M.result, result, g)
            yield Quad(e, M.score, _decimal(entry.score), g)
            yield Quad(e, M.rank, _integer(entry.rank), g)
            yield Quad(e, M.position, _integer(entry.position), g)
            if entry.shown is not None:
                yield Quad(e, M.boardValue, _decimal(entry.shown), g)
            if entry.candidate.cost:
                yield Quad(e, M.cost, Literal(entry.candidate.cost), g)


def shared_quads(scheme: IriScheme, entities: Iterable[Entity],
                 agents: Iterable[tuple[str, str]]) -> Iterator[Quad]:  # fmt: skip
    """Quads of the shared graph: entity descriptions and extractor agents, streamed.

    Each entity's quads are distinct; two entities minted to the same IRI may
    repeat a quad (a store keeps it once).
    """
    for entity in entities:
        yield from entity_quads(scheme, entity)
    for name, version in agents:
        yield from agent_quads(scheme, name, version)
