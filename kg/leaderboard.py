"""How a leaderboard ranks results: the one place for its rules.

Used by the materialised leaderboards (``kg.store``, what the ``leaderboard``
query reads) and by the entity pages of the web UI, so both rank alike.

The rules, for the results of one (dataset, metric) pair:

- Values go on a common scale: a percentage is a fraction (85% = 0.85). On a
  board where at least half the results are percentages (or some are and most
  bare numbers are points between 1 and 100: :func:`is_percent_board`), a bare
  number above 1 is a percentage written without its sign ("86.8 top-1" = 0.868),
  and a bare number above 100 cannot be a score on it and is left off.
- Only results extracted with a confidence of at least MIN_CONFIDENCE count.
- Each method is ranked by its best result in the metric's direction; every
  result of the method equal to that best is listed (ties kept).
- Ranks are competition ranks among methods (1, 1, 3); the order is total:
  score, then method label, then IRIs, so it is the same on every build.
- The state of the art over time (the records of :func:`board`): the counted results that no
  other counted result published on or before the same day beats.

Which board a result goes on is its (dataset, metric) pair after linking, with one more rule
per dataset family: names of one measure that only that benchmark makes one go on one board
(:func:`board_metric`: "accuracy" on ImageNet is its top-1 accuracy, "mAP" on COCO its AP),
and one per regime: a result measured in a regime of its own ("1-shot", "1% labels", "linear
probe", "adversarial") goes on a board of that (dataset, metric, setting), not on the main
board (:func:`board_setting`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from itertools import groupby
from typing import Generic, TypeVar

from kg.regimes import setting_name
from kg.text import name_key

MIN_CONFIDENCE = Decimal("0.5")

Number = TypeVar("Number", Decimal, float)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Candidate(Generic[Number]):
    """One result that may go on a board (a value, not a delta)."""

    result: str
    method: str
    method_label: str
    value: Number
    percent: bool
    confidence: Number | None  # None: no assertion states one
    issued: str | None = None  # the paper's date (ISO 8601, so it sorts as text)
    cost: str | None = None  # what the paper gives the method costs on the dataset (cost_column)


@dataclass(frozen=True, slots=True)
class Entry(Generic[Number]):
    """A result on the board: its score (higher is better), rank among methods and 1-based position."""

    candidate: Candidate
    score: Number
    rank: int
    position: int
    shown: Number | None = None  # on a percentage board its points (0.485 -> 48.5); None: as written


# --- one scale per board ---------------------------------------------------------------------
# A score that is a share of something (accuracy, precision, recall, F1, AP, IoU, Dice, AUC,
# success rate, PQ, ...) is written as a percentage ("48.5%"), as its points ("48.5 mAP") or
# as a fraction ("0.485 mAP"), and one board of it mixed them: on sota-arxiv 7 of the 180 boards
# with two or more entries (AudioSet mAP ranked "46.16" above "0.485"; Kvasir-SEG Dice showed
# "0.9217" over "81.33%"). Papers with Code shows one scale per board. Such a measure cannot
# pass 1 as a fraction, so a bare number above 1 is its points and one above 100 none of its
# values, whatever the other results write: its board is a percentage board (is_percent_board).
# Only for scores (higher is better): a bare "0.9" WER beside "2.1%" is more likely 0.9 points
# than 90%, so error rates keep the board-by-board test. BLEU, ROUGE, METEOR (0-100 by
# convention, or 0-1), CIDEr (above 100) and perplexity are no shares. Done on the board, not
# on the result: the result keeps the value as written (mlkg:value, qudt:unit) and the board
# shows all its values in points (mlkg:boardValue, see kg.rdf.leaderboard_quads).
_PERCENT_SCORE = re.compile(
    r"(?<![a-z0-9])(?:accuracy|accuracies|acc|precision|recall|f1|f2|f score|f measure|micro f1|macro f1|mf1|"
    r"iou|miou|intersection over union|dice|jaccard|auc|auroc|aucroc|roc auc|auc roc|"
    r"m?ap(?:\d+|s|m|l)?|m?ap@[\d.]+|success rates?|hit rate|hits@\d+|recall@\d+|r@\d+|rank \d+|rank@\d+|"
    r"pq|nds|hota|mota|idf1|amota|j&f|em|exact match|pass@\d+|win rates?|sensitivity|specificity|minp|macc)"
    r"(?![a-z0-9])"
)


# a name holding a share's word that measures something else: a change of the share ("accuracy
# drop", "F1 gap"), a mistake or a distance ("heat map error", "EM distance"), a procedure ("MAP
# estimate", "EM algorithm")
_NOT_A_SHARE = re.compile(
    r"(?<![a-z0-9])(?:drops?|gaps?|gains?|loss(?:es)?|errors?|distances?|estimates?|estimation|algorithms?|"
    r"degradations?|declines?|improvements?|reductions?|decreases?|increases?)(?![a-z0-9])"
)


@lru_cache(maxsize=4096)
def percent_score(metric: str | None) -> bool:
    """Whether ``metric`` names a score that is a share, written as a percentage or a fraction.

    >>> [percent_score(m) for m in ("mAP", "top-1 accuracy", "F1 score", "Hits@1", "Dice coefficient", "AUROC")]
    [True, True, True, True, True, True]
    >>> [percent_score(m) for m in ("BLEU", "FID", "perplexity", "top-1 error", "parameters", "ROUGE-L", None)]
    [False, False, False, False, False, False, False]
    >>> [percent_score(m) for m in ("accuracy drop", "F1 gap", "MAP estimate", "EM distance", "heat map error")]
    [False, False, False, False, False]
    """
    if not metric:
        return False
    key = name_key(metric)
    return _PERCENT_SCORE.search(key) is not None and _NOT_A_SHARE.search(key) is None


def is_percent_board(percents: Sequence[bool], values: Sequence = (), higher_is_better: bool = True,
                     metric: str | None = None) -> bool:  # fmt: skip
    """Whether the board's scale is percentages: the board of a score ``metric`` that is a share
    (:func:`percent_score`); or at least half its results (whether each is a percentage) are;
    or, given their ``values`` on a board of a score (higher is better: not of counts or costs,
    "1.3M parameters", "12.9 GMACs"), some are and most bare numbers are points of a percentage
    (above 1, at most 100).

    On a board of "52.1 AP", "41.6 AP" and "54.1% AP" the three are one scale: read as a fraction
    beside the bare points, the percentage was ranked below every one of them (on sota-arxiv: the
    COCO test-dev AP and COCO mask AP boards). A board of fractions ("0.485 mAP") or of counts
    ("1.3M parameters") keeps its bare numbers.

    >>> is_percent_board([False, False, True]), is_percent_board([False, False, True], [52.1, 41.6, 54.1])
    (False, True)
    >>> is_percent_board([False, False, True], [0.452, 0.439, 46.1]), is_percent_board([False, False, True], [1.3e6, 5.3e6, 11])
    (False, False)
    >>> is_percent_board([False, False, False, True], [30, 45, 160, 20])
    False
    >>> is_percent_board([False, False, False, False], [46.16, 0.485, 0.450, 0.439], True, "mAP")
    True
    """
    if higher_is_better and percent_score(metric):
        return True
    n = sum(percents)
    if 2 * n >= len(percents):
        return True
    if not n or not values or not higher_is_better:
        return False
    bare = [v for v, percent in zip(values, percents, strict=True) if not percent]
    # (not where a bare number is above 100: "30, 45, 160 FPS" and one "20%" is a board of
    # counts, and read as percentages its best, 160, would be out of range)
    return all(v <= 100 for v in bare) and 2 * sum(1 < v <= 100 for v in bare) > len(bare)


def common_scale(value: Number, percent: bool, percent_board: bool,
                 share: bool = False) -> tuple[Number | None, str | None]:  # fmt: skip
    """The value on the board's scale (fractions for percentages), and a note when it was read
    specially. ``share``: the board's measure is a share (:func:`percent_score`), whose bare points
    are how it is written ("42.0 AP"): read as a percentage without a note.

    >>> common_scale(Decimal("86.8"), False, True)
    (Decimal('0.868'), 'read as a percentage')
    >>> common_scale(Decimal("86.8"), True, False)
    (Decimal('0.868'), None)
    >>> common_scale(Decimal("512"), False, True)
    (None, 'out of range for a percentage')
    >>> common_scale(Decimal("-5.2"), False, True)  # a negative MOTA is in points, not -520%
    (Decimal('-0.052'), 'read as a percentage')
    >>> common_scale(Decimal("42.0"), False, True, share=True)
    (Decimal('0.42'), None)
    """
    if percent:
        return value / 100, None
    if percent_board and (value > 1 or value < 0):
        if -100 <= value <= 100:
            return value / 100, None if share else "read as a percentage"
        return None, "out of range for a percentage"
    return value, None


def trusted(confidence: Number | None) -> bool:
    return confidence is not None and confidence >= MIN_CONFIDENCE


def _scored(candidates: list[Candidate], higher_is_better: bool,
            metric: str | None = None) -> list[tuple[Candidate, Number, Number]]:  # fmt: skip
    """The candidates that have a place on the board's scale, with their score (higher is
    better) and, on a percentage board, the value it shows: the points of the percentage
    (0.485 and "48.5%" both 48.5; None elsewhere: the value as written)."""
    if not candidates:
        return []
    percent_board = is_percent_board([c.percent for c in candidates], [c.value for c in candidates], higher_is_better,
                                     metric)  # fmt: skip
    out = []
    for c in candidates:
        value, _ = common_scale(c.value, c.percent, percent_board)
        if value is not None:
            out.append((c, value if higher_is_better else -value, value * 100 if percent_board else None))
    return out


def rank(candidates: Iterable[Candidate], higher_is_better: bool, metric: str | None = None) -> list[Entry]:
    """The board of one (dataset, metric): each method's best results, ranked. ``metric``: the
    measure's name (a share is on a percentage board: :func:`is_percent_board`)."""
    return _ranked(_scored(list(candidates), higher_is_better, metric))


def board(candidates: Iterable[Candidate], higher_is_better: bool,
          metric: str | None = None) -> tuple[list[Entry], list[Candidate]]:  # fmt: skip
    """The board of one (dataset, metric), its candidates scored once: :func:`rank`'s
    entries and the state-of-the-art records (see :func:`_records`)."""
    scored = _scored(list(candidates), higher_is_better, metric)
    return _ranked(scored), _records(scored)


def _ranked(scored: list[tuple[Candidate, Number, Number]]) -> list[Entry]:
    best: dict[str, Number] = {}
    for c, score, _ in scored:
        if trusted(c.confidence) and (c.method not in best or score > best[c.method]):
            best[c.method] = score
    kept = [(c, s, v) for c, s, v in scored if c.method in best and s == best[c.method]]
    kept.sort(key=lambda cs: (-cs[1], cs[0].method_label, cs[0].method, cs[0].result))
    entries: list[Entry] = []
    above: set[str] = set()  # methods placed so far
    current, last = 0, None
    for position, (c, score, shown) in enumerate(kept, start=1):
        if score != last:
            current, last = len(above) + 1, score
        above.add(c.method)
        entries.append(Entry(c, score, current, position, shown))
    return entries


def _records(scored: list[tuple[Candidate, Number, Number]]) -> list[Candidate]:
    """The state of the art over time: counted, dated results not beaten by one as old or older.

    In date order (then result IRI). Results of the same day as a better one are
    not records; equal best results of one day all are.
    """
    dated = sorted(((c, s) for c, s, _ in scored if trusted(c.confidence) and c.issued),
                   key=lambda cs: (cs[0].issued, cs[0].result))  # fmt: skip
    out: list[Candidate] = []
    best = None  # the best score published up to the day being read
    for _, day in groupby(dated, key=lambda cs: cs[0].issued):
        day = list(day)
        top = max(s for _, s in day)
        best = top if best is None else max(best, top)
        out.extend(c for c, s in day if s == best)
    return out


# --- one board per measure of a benchmark ----------------------------------------------------
# Papers name one measure of a benchmark several ways, and each name would be a board of its
# own. Within a dataset family the names are one measure by the benchmark's own definition;
# outside it they are not ("accuracy" is plain accuracy elsewhere; "mAP" on PASCAL VOC is AP
# at IoU 0.5, not COCO's AP), so the rule is per family:
# - ImageNet (ILSVRC-2012 classification, "ImageNet-1K" is linked to it): its accuracy is top-1
#   accuracy; a top-5 figure is written "top-5". On 10,525 sota-arxiv abstracts papers that
#   write "ImageNet-1K" or "ImageNet" are on Papers with Code's one ImageNet board with "Top 1
#   Accuracy"; of the 13 plain "accuracy" values on ImageNet in sota-arxiv, 9 are top-1 as
#   the text says or the board shows, 4 are accuracies under attack (already wrong as accuracy).
# - COCO and its splits ("COCO test-dev", "MS COCO minival"): "mAP" is COCO's AP (averaged
#   over IoU 0.50:0.95 and the classes), "box mAP" its box AP, "mask mAP" its mask AP. The
#   splits stay boards of their own (a dataset name, not a measure). A plain "mAP" is the AP
#   only for a paper with a detection or segmentation task: COCO's multi-label classification,
#   hashing and HOI papers report other mAPs (their tasks are the linked paper's, see
#   :meth:`kg.link.Linker.on_boards`; a paper without such a task keeps its "mAP"). A "box AP"
#   (or "box mAP") is the detection AP whatever the paper's task, Papers with Code's one COCO
#   detection board ("box mAP"): it goes on the AP board (a board of its own split the detectors
#   of all sota-arxiv in two, 21 on "AP" and 4 on "box AP", ranked apart).
# - CIFAR-10/100, SVHN, MNIST (small image classification): "test error" and "classification
#   error" are its error, "test accuracy", "classification accuracy" and "top-1 accuracy" its
#   accuracy (one label per image: top-1 is the accuracy).
# - Kinetics (video action classification, one label per clip): "accuracy" is its top-1
#   accuracy, as on ImageNet (a board of its own split the Kinetics-400 scores of sota-arxiv in
#   two, 8 on "top-1 accuracy" and 3 on "accuracy").
# (any of the names linking makes ImageNet's: it names the entity by its most used one)
_IMAGENET = re.compile(r"imagenet(?:[- ]?1k| ?ilsvrc[- ]?(?:20)?12|[- ]2012)?|ilsvrc[- ]?(?:20)?12", re.I)
_COCO = re.compile(
    r"(?:ms[- ]?)?coco(?:[- ]?20(?:14|17))?"
    r"(?: (?:test-dev(?:2017)?|test-std|test|val(?:idation)?(?:2017)?|minival|dataset|benchmark))?", re.I
)
_SMALL_IMAGES = re.compile(r"cifar-?10|cifar-?100|svhn|mnist", re.I)
_KINETICS = re.compile(r"kinetics(?:[- ]?(?:400|600|700))?", re.I)
_DEFINED = re.compile(r".*\(([^()]+)\)")
_DETECTION_TASK = re.compile(r"detect|segment", re.I)
# - COCO's AP is three measures by task: box AP (object detection, the "AP" board), mask AP
#   (instance segmentation) and keypoint AP (pose estimation), all written "AP". A plain AP goes
#   on the board of its task: the result's own (kg.extract.convert._ap_task: "instance
#   segmentation (50.1 AP on COCO)"), else the paper's when it has instance segmentation or pose
#   estimation and no object detection among its tasks. Mixed on one board, a keypoint AP of 76.5
#   outranks every detector of its year.
_OTHER_AP_TASKS = ((re.compile(r"instance segmentation", re.I), "mask AP"),
                   (re.compile(r"pose|keypoint", re.I), "keypoint AP"))
_OBJECT_DETECTION = re.compile(r"object detection|detector", re.I)
_COCO_AP = frozenset(("ap", "averageprecision"))  # (the name as written, the lexicon's entity)


def _squeezed(names: str) -> frozenset[str]:
    return frozenset(name_key(n).replace(" ", "") for n in names.split(";"))


# (dataset family, {metric key without spaces -> the board's measure})
BOARD_MEASURES: tuple[tuple[re.Pattern, dict[str, str]], ...] = (
    (_IMAGENET, dict.fromkeys(_squeezed(
        "accuracy;accuracies;classification accuracy;image classification accuracy;top-1;top1;top-1 acc;"
        "top-1 accuracies;top-1 classification accuracy;ImageNet top-1 accuracy;ImageNet accuracy"
    ), "top-1 accuracy")),
    (_COCO, {**dict.fromkeys(_COCO_PLAIN_MAP := _squeezed("mAP;mean AP;mean average precision;mAPs"), "AP"),
             **dict.fromkeys(_squeezed("box mAP;bbox mAP;box AP;bbox AP"), "AP"),
             **dict.fromkeys(_squeezed("mask mAP"), "mask AP")}),
    (_SMALL_IMAGES, {**dict.fromkeys(_squeezed("test error;classification error;test error rate;"
                                               "error rate;classification error rate;top-1 error;"
                                               "top-1 test error;mean test error"), "error"),
                     **dict.fromkeys(_squeezed("test accuracy;classification accuracy;top-1 accuracy;"
                                               "top-1 test accuracy;accuracies"), "accuracy")}),
    (_KINETICS, dict.fromkeys(_squeezed("accuracy;accuracies;classification accuracy;recognition accuracy;"
                                        "top-1;top1;top-1 acc;top-1 accuracies"), "top-1 accuracy")),
)  # fmt: skip


def _other_ap_task(tasks: tuple[str, ...]) -> str | None:
    """The board of a plain COCO AP of a paper (or result) with these tasks when it is not the
    detection board: "mask AP" or "keypoint AP" (see _OTHER_AP_TASKS); None for object detection."""
    if any(_OBJECT_DETECTION.search(t) for t in tasks):
        return None
    return next((board for rx, board in _OTHER_AP_TASKS if any(rx.search(t) for t in tasks)), None)


# A measure named after a benchmark family ("78.9% ImageNet top-1 accuracy", "COCO box AP") is
# that benchmark's, whatever dataset the extractor bound the result to (a paper about detection
# on COCO that also gives its backbone's ImageNet accuracy: the COCO page showed an "ImageNet
# top-1 accuracy" board).
_NAMED_FAMILY = re.compile(r"(imagenet(?:[- ]?1k)?|(?:ms[- ]?)?coco) +(\S.*)", re.I)


def metric_dataset(metric: str | None) -> tuple[str, str] | None:
    """The benchmark a measure's name starts with, and the measure without it.

    >>> metric_dataset("ImageNet top-1 accuracy"), metric_dataset("COCO box AP"), metric_dataset("top-1 accuracy")
    (('ImageNet', 'top-1 accuracy'), ('COCO', 'box AP'), None)
    """
    m = _NAMED_FAMILY.fullmatch(metric) if metric and metric[:1] in "IiCcMm" else None
    return (m[1], m[2]) if m else None


def _same_family(a: str, b: str) -> bool:
    return any(family.fullmatch(a) and family.fullmatch(b) for family, _ in BOARD_MEASURES)


def board_dataset(dataset: str | None, metric: str | None) -> str | None:
    """The dataset a result goes on when its measure names another benchmark family than
    ``dataset`` (see metric_dataset); None when it stays.

    >>> board_dataset("COCO", "ImageNet top-1 accuracy"), board_dataset("ImageNet-1K", "ImageNet top-1 accuracy")
    ('ImageNet', None)
    >>> board_dataset(None, "COCO AP"), board_dataset("MS COCO", "COCO AP"), board_dataset("COCO", "AP")
    ('COCO', None, None)
    """
    named = metric_dataset(metric)
    if not named or (dataset and _same_family(dataset, named[0])):
        return None
    return named[0]


@lru_cache(maxsize=1 << 16)  # (linking asks for every result; the pairs repeat)
def board_metric(dataset: str | None, metric: str | None, tasks: tuple[str, ...] = ()) -> str | None:
    """The measure of the board a result of ``metric`` on ``dataset`` (linked names) goes on,
    when the dataset family makes it another name's (see BOARD_MEASURES); None otherwise.
    ``tasks``: the paper's tasks (a plain "mAP" on COCO is its AP only for detection or
    segmentation; a plain AP of an instance segmentation or pose estimation paper, or result
    with that task, is its "mask AP" or "keypoint AP").

    >>> board_metric("ImageNet", "accuracy"), board_metric("CIFAR-10", "test error")
    ('top-1 accuracy', 'error')
    >>> board_metric("COCO test-dev", "mAP", ("object detection",)), board_metric("COCO", "mAP", ("hashing",))
    ('AP', None)
    >>> board_metric("COCO", "box mAP"), board_metric("COCO test-dev", "bbox AP", ("instance segmentation",))
    ('AP', 'AP')
    >>> board_metric("COCO", "AP", ("instance segmentation",)), board_metric("COCO test-dev", "AP", ("human pose estimation",))
    ('mask AP', 'keypoint AP')
    >>> board_metric("Street View House Numbers (SVHN)", "test error"), board_metric("Kinetics-400", "accuracy")
    ('error', 'top-1 accuracy')
    >>> board_metric("SST-2", "accuracy"), board_metric("PASCAL VOC 2007", "mAP"), board_metric("ImageNet-A", "accuracy")
    (None, None, None)
    """
    if not dataset or not metric:
        return None
    defined = dataset[-1] == ")" and _DEFINED.fullmatch(dataset)  # "Street View House Numbers (SVHN)": its short form
    for family, measures in BOARD_MEASURES:
        if family.fullmatch(dataset) or (defined and family.fullmatch(defined.group(1))):
            key = name_key(metric).replace(" ", "")
            if family is _COCO and (key in _COCO_AP or key in _COCO_PLAIN_MAP):
                if other := _other_ap_task(tasks):
                    return other
                if key not in _COCO_AP and not any(_DETECTION_TASK.search(t) for t in tasks):
                    return None
            target = measures.get(key)
            return target if target and name_key(target) != name_key(metric) else None
    return None


# --- what a board ranks ------------------------------------------------------------------------
# Papers with Code ranks a benchmark by its quality measures (top-1 accuracy, AP, BLEU) and shows
# what a model costs (parameters, FLOPs, speed, latency, memory) in columns of those boards, never
# as boards of their own: "fewest parameters" or "most FPS" alone ranks a tiny model or a fast
# baseline first, whatever it scores. Nor does it have a board for a bare "performance" (or
# "score", "robustness"): the measure is not named, and its numbers are on different scales.
COST_MEASURES = frozenset(map(name_key, (
    "parameters", "params", "#params", "number of parameters", "parameter count", "model size",
    "FLOPs", "GFLOPs", "MFLOPs", "MACs", "GMACs", "multiply-adds", "computation", "computational cost",
    "computational complexity", "computation cost", "compute", "cost", "overhead", "GPU hours",
    "speed", "speedup", "speed-up", "inference speed", "FPS", "frames per second", "throughput",
    "latency", "inference latency", "runtime", "running time", "inference time", "training time",
    "time", "memory", "memory usage", "memory footprint", "memory consumption", "storage", "energy",
    "energy consumption", "power consumption", "compression ratio",
)))  # fmt: skip
VAGUE_MEASURES = frozenset(map(name_key, ("performance", "score", "scores", "robustness", "efficiency",
                                          "quality", "results", "effectiveness")))  # fmt: skip


@lru_cache(maxsize=4096)  # (a pure function of a short name: a board refresh asks it for every result row)
def measure_role(metric: str | None) -> str | None:
    """What a measure is on a benchmark: "cost" (a column of its boards), "vague" (no board),
    or None (a measure a board ranks by).

    >>> measure_role("parameters"), measure_role("Params"), measure_role("FPS"), measure_role("performance")
    ('cost', 'cost', 'cost', 'vague')
    >>> measure_role("top-1 accuracy"), measure_role("AP"), measure_role("BLEU"), measure_role(None)
    (None, None, None, None)
    """
    if not metric:
        return None
    key = name_key(metric)
    return "cost" if key in COST_MEASURES else "vague" if key in VAGUE_MEASURES else None


# The Cost column of a board row (the stored boards' mlkg:cost, the leaderboard query's ?cost, and
# the dataset page's Cost column, kg.web.ui.cost_columns, both through best_costs): the costs the
# row's paper gives for its method on the board's dataset, one value per cost measure, the best in
# the measure's direction when the paper gives several (its smallest model's "1.3M parameters"
# beside "5.6M parameters": which size the score is of, the abstract rarely says), measures in
# alphabetical order.
COST_SEPARATOR = "; "


def best_costs(costs: Iterable[tuple[str, Number, bool, bool, str, T]]) -> dict[str, T]:
    """The item of the best value of each cost measure, from (measure label, value, percent, higher
    is better, value as written, item) costs: the most FPS, the fewest parameters (a tie: the
    greater text as written, so that the query and the page pick the same one).

    >>> best_costs([("FPS", 95, False, True, "95", "a"), ("FPS", 120, False, True, "120", "b")])
    {'FPS': 'b'}
    """
    best: dict[str, tuple] = {}
    for label, value, percent, higher, text, item in costs:
        goodness = (value / 100 if percent else value) * (1 if higher else -1)
        if label not in best or (goodness, text) > best[label][:2]:
            best[label] = (goodness, text, item)
    return {label: b[2] for label, b in best.items()}


def cost_column(costs: Iterable[tuple[str, Number, bool, bool, str]]) -> str | None:
    """The Cost column of a row from its (measure label, value, percent, higher is better, value
    as written) costs; None without any.

    >>> cost_column([("parameters", 5.6, False, False, "5.6M"), ("FPS", 345, False, True, "345"),
    ...              ("parameters", 1.3, False, False, "1.3M")])
    '345 FPS; 1.3M parameters'
    """
    best = best_costs((*c, c[4]) for c in costs)
    if not best:
        return None
    return COST_SEPARATOR.join(f"{best[k].strip()} {k}" for k in sorted(best, key=str.casefold))


# --- one board per regime --------------------------------------------------------------------
# A result's setting (``mlkg:setting``, read by kg.extract.results) names the regime it was
# measured in. A regime that changes what the score measures makes a board of its own, as on
# Papers with Code ("ImageNet - 1% labeled data", "PASCAL-5i (1-Shot)", "Mini-ImageNet 5-way
# (1-shot)"): a 1-shot mIoU or a top-1 accuracy with 1% of the labels is not comparable with a
# fully supervised one. A setting that qualifies how a main-board result was obtained stays on
# the main board, shown next to the method (Papers with Code marks "extra training data" in a
# column of the one ImageNet board; multi-scale testing and test-time augmentation are results
# of the main COCO and ADE20K boards). Splits are not settings: the board of a benchmark is its
# standard evaluation split, and the others are dataset names of their own ("COCO test-dev").
MAIN_BOARD_SETTINGS = frozenset({"extra training data", "test-time augmentation", "multi-scale testing"})


def board_setting(setting: str | None) -> str | None:
    """The regime of the board a result with ``setting`` goes on; None for the main board.

    >>> board_setting("1-shot"), board_setting("1% labels"), board_setting("extra training data"), board_setting(None)
    ('1-shot', '1% labels', None, None)
    """
    if not setting or setting in MAIN_BOARD_SETTINGS:
        return None
    return setting


MAIN_BOARD = "main"  # (a query's ``setting`` for the main board only: !BOUND(?boardSetting))


def board_parameter(given: str) -> str:
    """A query's ``setting`` parameter as the board names it: normalised as the extractor
    normalises a setting (kg.regimes.setting_name: "1-Shot", "5 shot" -> "1-shot",
    "5-shot"); "main" (or a setting of the main board) -> MAIN_BOARD.

    >>> board_parameter("1-Shot"), board_parameter("5 shot"), board_parameter("Main"), board_parameter("100% labels")
    ('1-shot', '5-shot', 'main', 'main')
    """
    if given.strip().lower() == MAIN_BOARD:
        return MAIN_BOARD
    return board_setting(setting_name(given)) or MAIN_BOARD
