"""Distributed extraction on a real Dask LocalCluster gives the same graph as a local build."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from kg.build import build
from kg.cli import cli
from kg.store import KgStore

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_shards_load_into_the_same_graph(client, tmp_path):
    from kg.distributed import load_shards, shard

    paths = shard([EXAMPLES / "papers.jsonl"], tmp_path / "shards", client, partition_size=5)
    assert paths[0].name == "entities.nq" and len(paths) == 1 + 5  # 24 papers in partitions of 5
    assert not list((tmp_path / "shards").glob("spill-*"))
    dist = KgStore(tmp_path / "dist")
    load_shards(dist, paths)
    local = KgStore(tmp_path / "local")
    build([EXAMPLES / "papers.jsonl"], local, quiet=True)
    assert dist.stats() == local.stats()
    assert {q for q in dist.quads()} == {q for q in local.quads()}


def test_kg_shard_and_load_commands(tmp_path):
    out = tmp_path / "shards"
    result = CliRunner().invoke(cli, ["shard", str(EXAMPLES / "papers.jsonl"), "-o", str(out),
                                      "--local-workers", "2", "--partition-size", "10"])  # fmt: skip
    assert result.exit_code == 0, result.output
    files = sorted(str(p) for p in out.glob("*.nq"))
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), "load", *files])
    assert result.exit_code == 0, result.output
    assert KgStore(tmp_path / "s", read_only=True).stats()["papers"] == 24
