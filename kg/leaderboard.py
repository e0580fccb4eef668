"""How a leaderboard ranks results: the one place for its rules.

Used by the materialised leaderboards (``kg.store``, what the ``leaderboard``
query reads) and by the entity pages of the web UI, so both rank alike.

The rules, for the results of one (dataset, metric) pair:

- Values go on a common scale: a percentage is a fraction (85% = 0.85). On a
  board where at least half the results are percentages, a bare number above 1
  is a percentage written without its sign ("86.8 top-1" = 0.868), and a bare
  number above 100 cannot be a score on it and is left off.
- Only results extracted with a confidence of at least MIN_CONFIDENCE count.
- Each method is ranked by its best result in the metric's direction; every
  result of the method equal to that best is listed (ties kept).
- Ranks are competition ranks among methods (1, 1, 3); the order is total:
  score, then method label, then IRIs, so it is the same on every build.
- The state of the art over time (the records of :func:`board`): the counted results that no
  other counted result published on or before the same day beats.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from typing import Generic, TypeVar

MIN_CONFIDENCE = Decimal("0.5")

Number = TypeVar("Number", Decimal, float)


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


@dataclass(frozen=True, slots=True)
class Entry(Generic[Number]):
    """A result on the board: its score (higher is better), rank among methods and 1-based position."""

    candidate: Candidate
    score: Number
    rank: int
    position: int


def is_percent_board(percents: Sequence[bool]) -> bool:
    """Whether at least half the board's results (whether each is a percentage) are percentages."""
    return percent_scale(sum(percents), len(percents))


def percent_scale(percents: int, candidates: int) -> bool:
    """:func:`is_percent_board` from counts: ``percents`` of the board's ``candidates`` are percentages."""
    return 2 * percents >= candidates


def common_scale(value: Number, percent: bool, percent_board: bool) -> tuple[Number | None, str | None]:
    """The value on the board's scale (fractions for percentages), and a note when it was read specially.

    >>> common_scale(Decimal("86.8"), False, True)
    (Decimal('0.868'), 'read as a percentage')
    >>> common_scale(Decimal("86.8"), True, False)
    (Decimal('0.868'), None)
    >>> common_scale(Decimal("512"), False, True)
    (None, 'out of range for a percentage')
    """
    if percent:
        return value / 100, None
    if percent_board and value > 1:
        if value <= 100:
            return value / 100, "read as a percentage"
        return None, "out of range for a percentage"
    return value, None


def trusted(confidence: Number | None) -> bool:
    return confidence is not None and confidence >= MIN_CONFIDENCE


@dataclass(frozen=True, slots=True)
class Board(Generic[Number]):
    """A ranked board: its entries, state-of-the-art records, and how many candidates it was
    ranked from and how many of them are percentages (what the percent-board rule counts)."""

    entries: list[Entry]
    records: list[Candidate]
    candidates: int
    percents: int


def _scored(candidates: list[Candidate], higher_is_better: bool,
            percent_board: bool | None = None) -> list[tuple[Candidate, Number]]:  # fmt: skip
    """The candidates that have a place on the board's scale, with their score (higher is better).

    The scale is decided from ``candidates`` unless ``percent_board`` says it.
    """
    if not candidates:
        return []
    if percent_board is None:
        percent_board = is_percent_board([c.percent for c in candidates])
    out = []
    for c in candidates:
        value, _ = common_scale(c.value, c.percent, percent_board)
        if value is not None:
            out.append((c, value if higher_is_better else -value))
    return out


def rank(candidates: Iterable[Candidate], higher_is_better: bool) -> list[Entry]:
    """The board of one (dataset, metric): each method's best results, ranked."""
    return _ranked(_scored(list(candidates), higher_is_better))


def board(candidates: Iterable[Candidate], higher_is_better: bool) -> Board:
    """The board of one (dataset, metric), its candidates scored once: :func:`rank`'s
    entries and the state-of-the-art records (see :func:`_records`)."""
    candidates = list(candidates)
    scored = _scored(candidates, higher_is_better)
    return Board(_ranked(scored), _records(scored), len(candidates), sum(c.percent for c in candidates))


def _best(scored: Iterable[tuple[Candidate, Number]]) -> dict[str, Number]:
    """Each method's best score among its counted (trusted) results."""
    best: dict[str, Number] = {}
    for c, score in scored:
        if trusted(c.confidence) and (c.method not in best or score > best[c.method]):
            best[c.method] = score
    return best


def _kept(scored: list[tuple[Candidate, Number]]) -> list[tuple[Candidate, Number]]:
    """The results that go on the board: each method's results equal to its best (ties kept,
    counted or not)."""
    best = _best(scored)
    return [(c, s) for c, s in scored if c.method in best and s == best[c.method]]


def _ranked(scored: list[tuple[Candidate, Number]]) -> list[Entry]:
    return _placed(_kept(scored))


def _placed(kept: list[tuple[Candidate, Number]]) -> list[Entry]:
    """Entries in the board's total order, with competition ranks among methods and positions."""
    kept = sorted(kept, key=lambda cs: (-cs[1], cs[0].method_label, cs[0].method, cs[0].result))
    entries: list[Entry] = []
    above: set[str] = set()  # methods placed so far
    current, last = 0, None
    for position, (c, score) in enumerate(kept, start=1):
        if score != last:
            current, last = len(above) + 1, score
        above.add(c.method)
        entries.append(Entry(c, score, current, position))
    return entries


def _records(scored: list[tuple[Candidate, Number]]) -> list[Candidate]:
    """The state of the art over time: counted, dated results not beaten by one as old or older.

    In date order (then result IRI). Results of the same day as a better one are
    not records; equal best results of one day all are.
    """
    dated = sorted(((c, s) for c, s in scored if trusted(c.confidence) and c.issued),
                   key=lambda cs: (cs[0].issued, cs[0].result))  # fmt: skip
    out: list[Candidate] = []
    best = None  # the best score published up to the day being read
    for _, day in groupby(dated, key=lambda cs: cs[0].issued):
        day = list(day)
        top = max(s for _, s in day)
        best = top if best is None else max(best, top)
        out.extend(c for c, s in day if s == best)
    return out


# ---------------------------------------------------------------- adding results to a stored board
#
# A build that only adds papers can merge their results into the stored boards
# instead of re-reading every result of them. Adding results never lowers a
# method's best; a method without new results keeps its entries as they are, as
# long as the board's scale (the percent-board decision) stays, and the records
# of all results are the records of the old records and the new results (an old
# result beaten before stays beaten).


@dataclass(frozen=True, slots=True)
class Stored(Generic[Number]):
    """A board as stored, read back for :func:`merge`.

    ``entries``: each entry's candidate and stored score. Their candidates need no
    confidence or date (an entry stays as it is unless its method's best rises,
    and then the method's results are read whole). ``records``: the candidates of
    the state-of-the-art records, whole. ``candidates``, ``percents``: the counts of :class:`Board`.
    """

    entries: list[tuple[Candidate, Number]]
    records: list[Candidate]
    candidates: int
    percents: int


def _merged_scale(stored: Stored, added: Sequence[Candidate]) -> bool | None:
    """The board's percent-board decision, or None when ``added`` changes it (every score may change)."""
    before = percent_scale(stored.percents, stored.candidates)
    after = percent_scale(stored.percents + sum(c.percent for c in added), stored.candidates + len(added))
    return before if before == after else None


def risen(stored: Stored, added: Sequence[Candidate], higher_is_better: bool) -> set[str] | None:
    """The methods of ``added`` whose best on the board rises (or who get a first one): :func:`merge`
    needs all their results on the board, as an uncounted old result may tie the new best.
    None when the board cannot be merged (the scale changes): recompute it."""
    scale = _merged_scale(stored, added)
    if scale is None:
        return None
    old = {c.method: s for c, s in stored.entries}
    new = _best(_scored(list(added), higher_is_better, scale))
    return {m for m, s in new.items() if m not in old or s > old[m]}


def merge(stored: Stored, added: Sequence[Candidate], earlier: Mapping[str, Iterable[Candidate]],
          higher_is_better: bool) -> Board | None:  # fmt: skip
    """The board ``stored`` becomes when ``added`` (results new to the store) join its candidates:
    what :func:`board` makes of all of them. ``earlier``: every candidate on the board of each
    method :func:`risen` names. None when the merge cannot be sure (the scale changes, a
    stored score is not what the rules give, an added result is already on the board): recompute.
    """
    rising = risen(stored, added, higher_is_better)
    scale = _merged_scale(stored, added)
    if rising is None or scale is None or not rising <= set(earlier):
        return None
    rescored = _scored([c for c, _ in stored.entries], higher_is_better, scale)
    if [s for _, s in rescored] != [s for _, s in stored.entries]:
        return None  # a stale board (or a direction that changed): its entries cannot be kept
    known = {c.result for c, _ in stored.entries} | {c.result for c in stored.records}
    if any(c.result in known for c in added):
        return None
    scored = _scored(list(added), higher_is_better, scale)
    old_best = {c.method: s for c, s in stored.entries}
    kept = [(c, s) for c, s in stored.entries if c.method not in rising]
    # a new result equal to its method's standing best is listed beside it (counted or not)
    kept += [(c, s) for c, s in scored if c.method not in rising and old_best.get(c.method) == s]
    for method in rising:
        whole = {c.result: c for c in earlier[method] if c.method == method}
        whole.update((c.result, c) for c in added if c.method == method)
        kept += _kept(_scored(list(whole.values()), higher_is_better, scale))
    records = _records(_scored([*stored.records, *added], higher_is_better, scale))
    return Board(_placed(kept), records, stored.candidates + len(added), stored.percents + sum(c.percent for c in added))
