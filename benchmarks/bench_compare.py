"""How long comparing two parks takes, against one KPI evaluation of the same park.

Attribution evaluates the KPIs once per change group, so its cost grows with
the number of separate changes; the diff itself is one pass over the ids.
Prints ratios (compare time / one ``park_kpis`` call) so that the figures
carry over between machines.

    python3 benchmarks/bench_compare.py [ENTERPRISES] [CHANGES]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parkflow.model.generate import generate_park  # noqa: E402
from parkflow.report.compare import ScenarioData, compare_scenarios, diff_parks  # noqa: E402
from parkflow.report.kpis import park_kpis  # noqa: E402


def edited_copy(park, changes: int, seed: int = 1):  # type: ignore[no-untyped-def]
    """``changes`` edits: a third amounts changed, a third links removed, a third enterprises removed."""
    rng = random.Random(seed)
    edited = park.copy()
    streams = sorted(edited.streams)
    for stream_id in rng.sample(streams, changes // 3):
        edited.streams[stream_id].amount = (edited.streams[stream_id].amount or 0.0) * 1.1 + 1.0
    for link_id in rng.sample(sorted(edited.links), changes // 3):
        del edited.links[link_id]
    for enterprise_id in rng.sample(sorted(edited.enterprises), changes - 2 * (changes // 3)):
        del edited.enterprises[enterprise_id]
        gone = {stream.id for stream in edited.streams.values() if stream.enterprise == enterprise_id}
        for stream_id in gone:
            del edited.streams[stream_id]
        for link_id in [
            link.id for link in edited.links.values() if link.source in gone or link.sink in gone
        ]:
            del edited.links[link_id]
        for converter_id in [c.id for c in edited.converters.values() if c.input in gone or c.output in gone]:
            del edited.converters[converter_id]
    return edited


def timed(function, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = function(*args, **kwargs)
    return value, time.perf_counter() - start


def main() -> None:
    enterprises = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    changes = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    park = generate_park(enterprises, seed=3)
    edited = edited_copy(park, changes)
    park_kpis(park)  # warm the factor library
    _, one_kpi = timed(park_kpis, park)
    diff, diff_time = timed(diff_parks, park, edited)
    comparison, compare_time = timed(compare_scenarios, ScenarioData("a", park), ScenarioData("b", edited))
    counts = diff.count()
    print(f"park: {len(park.enterprises)} enterprises, {len(park.streams)} streams, {len(park.links)} links")
    print(
        f"edits: {counts['added']} added, {counts['removed']} removed, {counts['changed']} changed, "
        f"{len(comparison.attribution.effects)} change groups"
    )
    print(f"one park_kpis: {one_kpi:.3f} s")
    print(f"diff_parks: {diff_time:.3f} s = {diff_time / one_kpi:.2f} × one park_kpis")
    print(
        f"compare with attribution: {compare_time:.2f} s = {compare_time / one_kpi:.1f} × one park_kpis "
        f"({compare_time / max(1, len(comparison.attribution.effects)) / one_kpi:.2f} per change group)"
    )


if __name__ == "__main__":
    main()
