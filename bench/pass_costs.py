"""Per rule pass of the extraction: its cost and how often it changes anything.

The passes are the module functions of :mod:`kg.extract.mentions` and :mod:`kg.extract.results`
that ``resolve``, ``find_candidates`` and ``find_results`` call. A first run under cProfile
gives each its cumulative share of the extraction; a second run wraps each pass and counts
the calls after which a candidate (``Cand``) or the document state it was given changed, or
that returned a non-empty value (a pass that finds candidates or reports a test). Passes on
results (``RawResult``) are counted by what they return only, so a pass that only edits a
result in place ("_read_changes") reads as never firing. Papers are read once each (after
``--skip``), so the text caches are cold as in ``kg extract``.

Usage: PYTHONHASHSEED=0 .venv/bin/python bench/pass_costs.py --input FILE [--skip K] [--n N] [--top T]
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import dataclasses
import itertools
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kg.extract.mentions as M  # noqa: E402
import kg.extract.results as R  # noqa: E402
from kg.extract import build_pipeline, extract  # noqa: E402
from kg.sources import read_papers  # noqa: E402

PARENTS = ("resolve", "find_candidates", "find_results")


def _fingerprint(x):
    if isinstance(x, M.Cand):
        return dataclasses.astuple(x)
    if isinstance(x, list | tuple):
        return tuple(_fingerprint(y) for y in x)
    if isinstance(x, M.DocState):
        return (_fingerprint(x.names), _fingerprint(x.lexicon), _fingerprint(x.mentions), repr(x.proposed))
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", required=True, help="papers (any format kg extract reads)")
    ap.add_argument("--skip", type=int, default=0, help="papers to skip first (default 0)")
    ap.add_argument("--n", type=int, default=1000, help="papers to measure (default 1000)")
    ap.add_argument("--top", type=int, default=40, help="passes to list, by cost (default 40)")
    args = ap.parse_args(argv)
    papers = list(itertools.islice(read_papers([args.input], on_error="skip"), args.skip, args.skip + 2 * args.n))
    first, second = papers[: args.n], papers[args.n :] or papers[: args.n]
    nlp = build_pipeline()
    prof = cProfile.Profile()
    prof.enable()
    for _ in extract(first, nlp=nlp):
        pass
    prof.disable()
    stats = pstats.Stats(prof)
    stats.calc_callees()
    total = stats.total_tt
    cost: dict[tuple, float] = {}
    for key in stats.stats:
        if key[2] in PARENTS and "/kg/extract/" in key[0]:
            for (path, _, name), callee in stats.all_callees[key].items():
                mod = M if path.endswith("mentions.py") else R if path.endswith("results.py") else None
                f = getattr(mod, name, None) if mod else None
                if name.startswith("_") and callable(f) and not hasattr(f, "cache_info"):
                    cost[(mod, name)] = cost.get((mod, name), 0.0) + callee[3]
    calls: collections.Counter = collections.Counter()
    fires: collections.Counter = collections.Counter()
    docs: dict[str, set] = collections.defaultdict(set)
    current = [0]

    def wrap(name, f):
        def counted(*a, **k):
            before = [_fingerprint(x) for x in a]
            r = f(*a, **k)
            calls[name] += 1
            changed = before != [_fingerprint(x) for x in a]
            lists = [x for x in a if isinstance(x, list)]
            if isinstance(r, list | tuple) and lists:
                changed = changed or all(_fingerprint(r) != _fingerprint(x) for x in lists)
            elif r is not None:
                changed = changed or bool(r)
            if changed:
                fires[name] += 1
                docs[name].add(current[0])
            return r

        counted.__wrapped__ = getattr(f, "__wrapped__", f)
        return counted

    for mod, name in cost:
        setattr(mod, name, wrap(name, getattr(mod, name)))
    for i, paper in enumerate(second):
        current[0] = i
        for _ in extract([paper], nlp=nlp):
            pass
    print(f"{len(first)} papers profiled ({total:.2f} s under cProfile), fire rates over {len(second)} more")
    print("  cost  calls  fired  docs fired  pass")
    for (_, name), c in sorted(cost.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{c / total * 100:5.2f}% {calls[name]:6d} {fires[name]:6d} {len(docs[name]):5d}/{len(second)}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
