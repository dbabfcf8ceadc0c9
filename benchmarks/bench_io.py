"""Scenario-file speed: save and open a 1,000-enterprise park (docs/design.md, "Files").

Targets: save < 1 s and open < 1 s for 1,000 enterprises, about 6,000
streams and 50,000 links, on a 2-core machine.  Prints the median of
several runs, and the ratio to two references measured in the same process
on the same rows, so that a slow or busy machine can be told apart from a
slow store:

* ``raw sqlite3``: ``executemany`` of the same rows into an in-memory
  SQLite database with the same tables, then ``serialize`` (the floor for
  saving through SQLite), and ``SELECT`` of every row back (the floor for
  reading);
* ``json``: ``json.dumps``/``json.loads`` of the same rows (what a plain
  text format would cost).

Run::

    python3 benchmarks/bench_io.py [--enterprises 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parkflow.model.entities import Park  # noqa: E402
from parkflow.model.generate import generate_park  # noqa: E402
from parkflow.model.store import open_scenario, save_scenario  # noqa: E402
from parkflow.model.store_schema import ENTITY_TABLES, column_names, current_ddl  # noqa: E402

#: Targets of the task, seconds.
TARGET_SAVE_S = 1.0
TARGET_OPEN_S = 1.0


def median_time(action: Callable[[], Any], runs: int) -> float:
    """Median wall time of ``runs`` calls, seconds (one warm-up call first)."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def park_rows(park: Park) -> dict[str, list[tuple[Any, ...]]]:
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for sheet, table in ENTITY_TABLES.items():
        getter = attrgetter(*column_names(table))
        rows[sheet] = [
            tuple(value.value if hasattr(value, "value") else value for value in getter(entity))
            for entity in park.collection(sheet).values()
        ]
    return rows


def raw_sqlite_save(rows: dict[str, list[tuple[Any, ...]]]) -> bytes:
    connection = sqlite3.connect(":memory:")
    connection.execute("BEGIN")
    for statement in current_ddl():
        connection.execute(statement)
    for sheet, table_rows in rows.items():
        columns = column_names(ENTITY_TABLES[sheet])
        connection.executemany(
            f"INSERT INTO {sheet} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", table_rows
        )
    connection.commit()
    data = connection.serialize()
    connection.close()
    return data


def raw_sqlite_read(data: bytes) -> int:
    connection = sqlite3.connect(":memory:")
    connection.deserialize(data)
    count = 0
    for sheet, table in ENTITY_TABLES.items():
        count += len(connection.execute(f"SELECT {', '.join(column_names(table))} FROM {sheet}").fetchall())
    connection.close()
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    park = generate_park(args.enterprises, args.seed)
    generate_s = time.perf_counter() - started
    print(
        f"park: {len(park.enterprises):,} enterprises, {len(park.streams):,} streams, {len(park.links):,} links "
        f"(generated in {generate_s:.2f} s)"
    )
    results = {"status": "optimal", "flows": [{"link": link_id, "amount": 1.0} for link_id in park.links]}

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.parkflow"
        save_s = median_time(lambda: save_scenario(path, park), args.runs)
        open_s = median_time(lambda: open_scenario(path), args.runs)
        save_results_s = median_time(lambda: save_scenario(path, park, results), args.runs)
        open_results_s = median_time(lambda: open_scenario(path), args.runs)
        size_mb = path.stat().st_size / 1e6
        assert open_scenario(path).park == park

    rows = park_rows(park)
    raw_save_s = median_time(lambda: raw_sqlite_save(rows), args.runs)
    data = raw_sqlite_save(rows)
    raw_read_s = median_time(lambda: raw_sqlite_read(data), args.runs)
    text = json.dumps(rows)
    json_dump_s = median_time(lambda: json.dumps(rows), args.runs)
    json_load_s = median_time(lambda: json.loads(text), args.runs)

    print(f"file size: {size_mb:.1f} MB (with a {len(results['flows']):,}-flow results document)")
    print(f"{'':28}{'median s':>10}{'/ raw sqlite3':>15}{'/ json':>9}")
    for label, seconds, raw, reference in (
        ("save", save_s, raw_save_s, json_dump_s),
        ("save with results", save_results_s, raw_save_s, json_dump_s),
        ("open", open_s, raw_read_s, json_load_s),
        ("open with results", open_results_s, raw_read_s, json_load_s),
    ):
        print(f"{label:28}{seconds:10.3f}{seconds / raw:15.2f}{seconds / reference:9.2f}")
    print(f"{'reference raw sqlite3 write':28}{raw_save_s:10.3f}")
    print(f"{'reference raw sqlite3 read':28}{raw_read_s:10.3f}")
    print(f"{'reference json.dumps':28}{json_dump_s:10.3f}")
    print(f"{'reference json.loads':28}{json_load_s:10.3f}")
    verdicts = []
    for label, seconds, target in (
        ("save", save_s, TARGET_SAVE_S),
        ("open", open_s, TARGET_OPEN_S),
        ("save with results", save_results_s, TARGET_SAVE_S),
        ("open with results", open_results_s, TARGET_OPEN_S),
    ):
        verdict = "PASS" if seconds < target else "FAIL"
        verdicts.append(verdict)
        print(f"{verdict}: {label} {seconds:.3f} s (target < {target:g} s)")
    return 0 if all(verdict == "PASS" for verdict in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
