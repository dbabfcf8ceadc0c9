"""The batch layer on a Dask cluster gives what the local run gives.

The cluster's workers are spawned processes: what they run must be
importable (``parkflow.optimize.batch.solve_chunk`` and the summarising
function), never a closure from this file.
"""

from __future__ import annotations

import pytest
from test_share import water_park

from parkflow.optimize.batch import Variant, run_variants
from parkflow.report.share import coalition_outcome, share_benefits

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster_address():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None, processes=True
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_cluster_matches_local_run(cluster_address: str) -> None:
    park = water_park(10.0, {"B": 6.0, "C": 8.0, "D": 3.0})
    variants = [Variant(members, frozenset(members)) for members in ("AB", "AC", "AD", "BCD", "ABCD", "A")]
    local = run_variants(park, variants, summarise=coalition_outcome, workers=1)
    remote = run_variants(
        park, variants, summarise=coalition_outcome, scheduler=cluster_address, chunk_size=2
    )
    assert [item.key for item in remote] == [item.key for item in local]
    for here, there in zip(local, remote, strict=True):
        # a coalition's members' cost is unique; how an optimum splits scarce water between
        # members that value it alike is not (each process's simplex may pick another vertex)
        members = set(here.key)
        assert sum(there.costs[e] for e in members) == pytest.approx(sum(here.costs[e] for e in members))
    shared_local = share_benefits(park, workers=1)
    shared_remote = share_benefits(park, scheduler=cluster_address)
    assert [s.shapley_cny_per_yr for s in shared_remote.enterprises] == pytest.approx(
        [s.shapley_cny_per_yr for s in shared_local.enterprises]
    )
    assert shared_remote.to_document()["core"] == shared_local.to_document()["core"]


def test_local_pool_matches_one_process() -> None:
    park = water_park(10.0, {"B": 6.0, "C": 8.0, "D": 3.0})
    variants = [Variant(members, frozenset(members)) for members in ("AB", "AC", "AD", "BCD", "ABCD", "A")]
    seen: list[tuple[int, int]] = []
    one = run_variants(park, variants, summarise=coalition_outcome, workers=1)
    pool = run_variants(
        park,
        variants,
        summarise=coalition_outcome,
        workers=2,
        chunk_size=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    for here, there in zip(one, pool, strict=True):
        members = set(here.key)
        assert there.key == here.key
        assert sum(there.costs[e] for e in members) == pytest.approx(sum(here.costs[e] for e in members))
    assert seen[-1] == (6, 6)


def test_cancel_stops_a_pool_run() -> None:
    from parkflow.optimize.errors import OptimizationCancelled

    park = water_park(10.0, {"B": 6.0, "C": 8.0})
    with pytest.raises(OptimizationCancelled):
        run_variants(park, [Variant("AB", frozenset("AB"))] * 8, workers=2, chunk_size=1, cancel=lambda: True)
