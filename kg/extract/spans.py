"""One index over the spans of a document's items (mentions, or (start, end) pairs).

The results stage asks for the mentions of each sentence and whether a name holds a number;
the list typing of the mentions stage asks for the mentions each list item overlaps. A filter
of every item per sentence or per list item is quadratic in a text of thousands of either
(tests/test_extract_r19_robust.py), so both ask this index, which finds them by bisection
over the starts.
"""

from __future__ import annotations

import bisect
import itertools


class SpanIndex:
    """The items whose span starts in a span (``within``), holds an offset (``covers``) or
    overlaps a span (``overlapping``): those of the list in list order, then the ones added
    since (``add``) in the order added.

    ``starts`` and ``ends`` are the items' offsets in list order (default: their ``.start``
    and ``.end``, as for mentions). The index by start is built on first use, in the order
    the items are in when they are already sorted by start, as mentions mostly are."""

    def __init__(self, items: list, starts: list[int] | None = None, ends: list[int] | None = None):
        self.items = items
        self.starts = [c.start for c in items] if starts is None else starts
        self._ends = ends
        self.order: list[int] | None = None  # the items' indices by start (None: list order)
        self.by_start: list[int] | None = None  # the starts in order, once indexed
        self.reach: list[int] | None = None  # the furthest end among the items up to each, by start
        self.added: list[tuple[int, int, int, object]] = []  # (start, order added, end, item), by start
        self.added_size = 0  # the longest added span
        self.asked = 0  # (the first few overlaps are found by a loop: indexing costs more)

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [c.end for c in self.items]
        return self._ends

    def _index(self) -> list[int]:
        starts = self.starts
        in_order = sorted(starts)
        if in_order != starts:
            self.order = sorted(range(len(starts)), key=starts.__getitem__)
        self.by_start = in_order
        return in_order

    def _reach(self) -> list[int]:
        if self.by_start is None:
            self._index()
        ends = self.ends
        by_start = ends if self.order is None else [ends[i] for i in self.order]
        self.reach = list(itertools.accumulate(by_start, max))
        return self.reach

    def add(self, item, start: int | None = None, end: int | None = None) -> None:
        """Add an item (a mention, unless its span is given) after the list's."""
        start = item.start if start is None else start
        end = item.end if end is None else end
        bisect.insort(self.added, (start, len(self.added), end, item), key=lambda t: t[:2])
        self.added_size = max(self.added_size, end - start)

    def _added_from(self, lo: int, hi: int) -> list[tuple[int, int, int, object]]:
        """The added items that start in [lo, hi), by start."""
        i = bisect.bisect_left(self.added, lo, key=lambda t: t[0])
        return self.added[i : bisect.bisect_left(self.added, hi, key=lambda t: t[0])]

    def within(self, lo: int, hi: int) -> list:
        """The items that start in [lo, hi)."""
        by_start = self.by_start if self.by_start is not None else self._index()
        i, j = bisect.bisect_left(by_start, lo), bisect.bisect_left(by_start, hi)
        out = self.items[i:j] if self.order is None else [self.items[k] for k in sorted(self.order[i:j])]
        if self.added:
            out += [t[3] for t in sorted(self._added_from(lo, hi), key=lambda t: t[1])]
        return out

    def covers(self, pos: int) -> bool:
        """Whether an item holds ``pos``: start <= pos < end."""
        reach = self.reach if self.reach is not None else self._reach()
        k = bisect.bisect_right(self.by_start, pos)
        if k > 0 and reach[k - 1] > pos:
            return True
        return any(t[2] > pos for t in self._added_from(pos - self.added_size, pos + 1))

    def overlapping(self, a: int, b: int) -> list:
        """The items that overlap [a, b): start < b and a < end."""
        self.asked += 1
        if self.by_start is None and self.asked <= 8:
            out = [m for m, s, e in zip(self.items, self.starts, self.ends, strict=True) if s < b and a < e]
            if self.added:
                out += [t[3] for t in sorted(self.added, key=lambda t: t[1]) if t[0] < b and a < t[2]]
            return out
        reach = self.reach if self.reach is not None else self._reach()
        order, ends = self.order, self.ends
        # (walking back from the last item that starts before b while the furthest end reaches a)
        found = []
        j = bisect.bisect_left(self.by_start, b) - 1
        while j >= 0 and reach[j] > a:
            i = j if order is None else order[j]
            if ends[i] > a:
                found.append(i)
            j -= 1
        out = [self.items[i] for i in sorted(found)]
        if self.added:
            near = self._added_from(a - self.added_size + 1, b)
            out += [t[3] for t in sorted(near, key=lambda t: t[1]) if t[2] > a]
        return out
