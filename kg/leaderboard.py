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

from collections.abc import Iterable, Sequence
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
    return 2 * sum(percents) >= len(percents)


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


def _scored(candidates: list[Candidate], higher_is_better: bool) -> list[tuple[Candidate, Number]]:
    """The candidates that have a place on the board's scale, with their score (higher is better)."""
    if not candidates:
        return []
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


def board(candidates: Iterable[Candidate], higher_is_better: bool) -> tuple[list[Entry], list[Candidate]]:
    """The board of one (dataset, metric), its candidates scored once: :func:`rank`'s
    entries and the state-of-the-art records (see :func:`_records`)."""
    scored = _scored(list(candidates), higher_is_better)
    return _ranked(scored), _records(scored)


def _ranked(scored: list[tuple[Candidate, Number]]) -> list[Entry]:
    best: dict[str, Number] = {}
    for c, score in scored:
        if trusted(c.confidence) and (c.method not in best or score > best[c.method]):
            best[c.method] = score
    kept = [(c, s) for c, s in scored if c.method in best and s == best[c.method]]
    kept.sort(key=lambda cs: (-cs[1], cs[0].method_label, cs[0].method, cs[0].result))
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
