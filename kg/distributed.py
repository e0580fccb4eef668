"""Extraction on a Dask cluster, writing N-Quads shards any store can bulk-load.

The work splits like the local build (:mod:`kg.build`), with the two passes
spread over the cluster's workers:

1. the driver reads and de-duplicates the papers and submits partitions; each
   task extracts its partition, parks the extractions in a spill file in the
   output directory and returns the names it saw (a small Counter);
2. the driver merges the counts and resolves one :class:`kg.link.Linker`,
   which is broadcast to the workers (midway the tasks read their spills again
   for the field items of the few acronyms whose field it weighs:
   :func:`count_partition_fields`);
3. each task rewrites its spill to canonical names and writes one N-Quads
   shard of paper graphs; the driver writes the shared graph (entities and
   agents) as ``entities.nq``.

The output directory must be readable and writable by every worker (a shared
filesystem on a real cluster). Load the shards with ``kg load DIR/*.nq`` (bulk)
or with ``oxigraph load``, Fuseki's ``tdb2.tdbloader``, or any N-Quads loader.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import reduce
from pathlib import Path

import pyoxigraph as ox

from kg.model import Entity, Paper

logger = logging.getLogger(__name__)

_NLP = None  # one pipeline per worker process, built on first use


def _pipeline():
    global _NLP
    if _NLP is None:
        from kg.extract import build_pipeline

        _NLP = build_pipeline()
    return _NLP


def extract_partition(papers: list[Paper], spill_path: str) -> dict[str, Counter]:
    """Task of pass 1: extract ``papers`` into ``spill_path``; returns their name counts."""
    from kg.build import spill_line
    from kg.extract import extract
    from kg.link import collect_forms

    extractions = list(extract(papers, nlp=_pipeline()))
    with open(spill_path, "w", encoding="utf-8") as f:
        for paper, extraction in zip(papers, extractions, strict=True):
            f.write(spill_line(paper, extraction))
    return collect_forms(extractions, fields=False)


def count_partition_fields(spill_path: str, need) -> dict[str, Counter]:
    """Task of the Linker's second read: the field counts of ``need`` (a :class:`kg.link.FieldNeed`)
    in one spill (:func:`kg.link.count_fields`)."""
    from kg.build import read_spill_line
    from kg.link import count_fields

    with open(spill_path, encoding="utf-8") as f:
        return count_fields((read_spill_line(line)[1] for line in f), need)


@dataclass
class ShardResult:
    path: str
    papers: int
    quads: int
    missing: list[Entity]
    agents: set[tuple[str, str]]


def write_shard(spill_path: str, shard_path: str, linker, base: str | None) -> ShardResult:
    """Task of pass 2: rewrite a spill to canonical names and write its paper graphs as N-Quads."""
    from kg.build import missing_entities, read_spill_line
    from kg.rdf import IriScheme, paper_quads

    scheme = IriScheme(base) if base else IriScheme()
    known = {(e.kind, e.name) for e in linker.entities}
    missing: list[Entity] = []
    agents: set[tuple[str, str]] = set()
    papers = quads = 0

    def all_quads():
        nonlocal papers, quads
        with open(spill_path, encoding="utf-8") as f:
            for line in f:
                paper, extraction = read_spill_line(line)
                linked = linker.rewrite(extraction)
                missing.extend(missing_entities(linked, known))
                agents.add((linked.extractor, linked.version))
                papers += 1
                for q in paper_quads(scheme, paper, linked):
                    quads += 1
                    yield q

    with open(shard_path, "wb") as out:
        ox.serialize(all_quads(), out, ox.RdfFormat.N_QUADS)
    Path(spill_path).unlink()
    return ShardResult(shard_path, papers, quads, missing, agents)


def _merge(total: dict[str, Counter] | None, part: dict[str, Counter]) -> dict[str, Counter]:
    """``total`` with one partition's counts added: the names of its first pass, or the field
    counts of its second read (:func:`count_partition_fields`); in any order."""
    from kg.link import FIELD_FREQUENT, reduce_frequent

    if total is None:
        return part
    for kind, counts in part.items():
        # (setdefault: a partition whose papers all failed has no type votes)
        total.setdefault(kind, Counter()).update(counts)  # update adds counts and keeps zero-count (known) names
        for name in counts:
            total[kind].setdefault(name, 0)
    reduce_frequent(total.get(FIELD_FREQUENT, Counter()))  # (the partitions' frequent items, merged)
    return total


def shard(paths: Sequence[str | Path], out_dir: str | Path, client, *, partition_size: int = 2000,
          base: str | None = None, on_error: str = "skip", input_format: str | None = None,
          max_in_flight: int | None = None, categories: tuple[str, ...] = (),
          stats: dict | None = None) -> list[Path]:  # fmt: skip
    """Extract ``paths`` on the Dask cluster of ``client`` into N-Quads shards in ``out_dir``
    (only the papers in ``categories``, when given: :func:`kg.build.iter_papers`, which counts
    in ``stats`` the papers left out).

    Returns the shard paths, ``entities.nq`` (the shared graph) first.
    """
    from dask.distributed import as_completed

    from kg.batching import batched
    from kg.build import complete_entities, iter_papers
    from kg.link import Linker
    from kg.rdf import IriScheme, shared_quads

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    papers = iter_papers(paths, on_error=on_error, input_format=input_format, errors=errors,
                         categories=categories, stats=stats)  # fmt: skip
    limit = max_in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})))
    forms = None
    spills: list[str] = []
    pending = as_completed()
    in_flight = 0
    for i, partition in enumerate(batched(papers, partition_size)):
        spill = str(out / f"spill-{i:05d}.jsonl")
        spills.append(spill)
        pending.add(client.submit(extract_partition, partition, spill, pure=False))
        in_flight += 1
        while in_flight >= limit:  # bound the papers held by the driver and the cluster
            forms = _merge(forms, next(pending).result())
            in_flight -= 1
    for future in pending:
        forms = _merge(forms, future.result())
    for message in errors:
        logger.warning("%s", message)
    from kg.link import collect_forms

    def fields(need) -> dict[str, Counter]:
        [need_future] = client.scatter([need], broadcast=True)
        counts = client.gather([client.submit(count_partition_fields, spill, need_future, pure=False)
                                for spill in spills])  # fmt: skip
        return reduce(_merge, counts, None) or {}  # (no spill: no papers, no counts)

    linker = Linker(forms if forms is not None else collect_forms([], fields=False), fields=fields)
    [linker_future] = client.scatter([linker], broadcast=True)
    futures = [client.submit(write_shard, spill, spill.replace("spill-", "shard-").replace(".jsonl", ".nq"),
                             linker_future, base, pure=False) for spill in spills]  # fmt: skip
    results: list[ShardResult] = client.gather(futures)
    entities = complete_entities(linker.entities)
    seen = {(e.kind, e.name) for e in entities}
    for r in results:
        for e in r.missing:
            if (e.kind, e.name) not in seen:
                seen.add((e.kind, e.name))
                entities.append(e)
    agents = sorted(set().union(*(r.agents for r in results))) if results else []
    scheme = IriScheme(base) if base else IriScheme()
    entities_path = out / "entities.nq"
    with entities_path.open("wb") as f:
        ox.serialize(shared_quads(scheme, entities, agents), f, ox.RdfFormat.N_QUADS)
    logger.info("wrote %d shards of %d papers and %d quads", len(results),
                sum(r.papers for r in results), sum(r.quads for r in results))  # fmt: skip
    return [entities_path] + [Path(r.path) for r in results]


_DROP_DEFAULT_GRAPH_BOARDS = """DELETE { ?s ?p ?o } WHERE {
  VALUES ?type { mlkg:Leaderboard mlkg:LeaderboardEntry mlkg:LeaderboardPage }
  ?s a ?type ; ?p ?o .
} ;
DELETE WHERE { ?graph mlkg:boardsFormat ?v }"""  # (and the boards' format, kg.store.BOARDS_FORMAT)


def load_shards(store, shard_paths: Iterable[str | Path], *, base: str | None = None) -> int:
    """Bulk-load N-Quads shards into a local store (``store.load``); returns how many.

    The derived leaderboards are then computed (into an empty leaderboards
    graph) or recomputed (all of them: the shards may replace any result).
    """
    from kg.rdf import IriScheme

    scheme = IriScheme(base) if base else IriScheme()
    shard_paths = list(shard_paths)
    store.refuse_mixed_layout(shard_paths)
    had_boards = any(store.store.quads_for_pattern(None, None, None, scheme.leaderboards_graph))
    n = 0
    for path in shard_paths:
        store.load(path)
        n += 1
    # A dump without graphs (`kg export --format nt|ttl|rdfxml`) carries the derived boards into
    # the default graph; they are recomputed into their own graph just below, and two copies
    # would double every leaderboard row of the union (1,367 rows for a board of 3).
    store.update(_DROP_DEFAULT_GRAPH_BOARDS)
    if had_boards:
        store.refresh_leaderboards(scheme)
    else:
        store.materialise_leaderboards(scheme)
    store.flush()
    return n
