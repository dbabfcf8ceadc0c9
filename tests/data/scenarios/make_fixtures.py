"""Build the old-version scenario files the store tests open through migrations.

Run from the repository root to (re)write the committed fixtures::

    python3 tests/data/scenarios/make_fixtures.py

``small_v1.parkflow`` is a scenario file in schema version 1 (ParkFlow
0.1.0.dev1: the network only, no factor selection, overrides or results),
written with the frozen v1 DDL of :mod:`parkflow.model.store_migrations`.
:func:`fixture_park` is the park it holds, as the current model reads it
(the factor selection takes the defaults a v1 park used).

The file is committed so that the test proves that a file written *then*
still opens *now*; rebuilding it must give a file that opens to the same park.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from parkflow.model.entities import (  # noqa: E402
    Converter,
    Direction,
    Disposal,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.model.store_migrations import V1_DDL  # noqa: E402
from parkflow.model.store_schema import APPLICATION_ID  # noqa: E402

V1_FIXTURE = HERE / "small_v1.parkflow"
#: ParkFlow version recorded in the v1 fixture's meta table.
V1_APP_VERSION = "0.1.0.dev1"
V1_SAVED_AT = "2026-06-01T08:00:00Z"


def fixture_park() -> Park:
    """A small park touching every table, medium, enum and blank field of version 1."""
    park = Park(
        name="嘉兴 v1 fixture park",
        hours_per_year=8400.0,
        dt_min_k=15.0,
        discount_rate_pct=6.5,
        co2_price_cny_per_t=90.0,
        cod_price_cny_per_t=1400.0,
    )
    park.enterprises = {
        "E1": Enterprise("E1", "恒达化工 Hengda Chemical", "chemical", 1.25, 2.5, "steam supplier"),
        "E2": Enterprise("E2", "Xinfeng Textile", "textile", 3.0, None, ""),
        "E3": Enterprise("E3", "Power 热电", "thermal_power", None, None, "no position yet"),
    }
    park.utilities = {
        "U-steam": Utility(
            "U-steam", Medium.STEAM, "gas boiler steam", "t", "", 268.0, 0.17, None, 4.5, 450.0
        ),
        "U-water": Utility("U-water", Medium.WATER, "fresh water", "t", "", 4.5, None, None, cod_mg_l=8.0),
        "U-h2": Utility("U-h2", Medium.HYDROGEN, "SMR hydrogen", "Nm3", "", 1.5, 0.0009, purity_pct=99.99),
    }
    park.disposals = {
        "D-vent": Disposal("D-vent", Medium.STEAM, "vent", "t", "", 6.0, 0.0025),
        "D-wwtp": Disposal("D-wwtp", Medium.WATER, "WWTP", "t", "", 4.0, None, None, None, 95.0),
        "D-grid": Disposal("D-grid", Medium.ELECTRICITY, "grid export", "MWh", "", -415.3, 0.0),
    }
    park.streams = {
        "S1": Stream(
            "S1",
            "E1",
            Direction.SOURCE,
            Medium.STEAM,
            "surplus steam",
            20.0,
            "t/h",
            1.6,
            230.0,
            disposal="D-vent",
        ),
        "K1": Stream(
            "K1",
            "E2",
            Direction.SINK,
            Medium.STEAM,
            "dyeing steam",
            12.5,
            "t/h",
            0.8,
            175.0,
            utility="U-steam",
        ),
        "S2": Stream(
            "S2",
            "E2",
            Direction.SOURCE,
            Medium.WATER,
            "effluent",
            300.0,
            "m3/h",
            cod_mg_l=850.0,
            disposal="D-wwtp",
        ),
        "K2": Stream(
            "K2",
            "E3",
            Direction.SINK,
            Medium.WATER,
            "cooling make-up",
            120.0,
            "t/h",
            cod_mg_l=60.0,
            utility="U-water",
        ),
        "K3": Stream("K3", "E3", Direction.SINK, Medium.STEAM, "turbine inlet", 40.0, "t/h", 3.5, 290.0),
        "S3": Stream(
            "S3", "E3", Direction.SOURCE, Medium.ELECTRICITY, "turbine power", 2.8, "MW", disposal="D-grid"
        ),
        "K4": Stream(
            "K4",
            "E1",
            Direction.SINK,
            Medium.HYDROGEN,
            "hydrogenation",
            1000.0,
            "Nm3/h",
            purity_pct=99.5,
            utility="U-h2",
        ),
    }
    park.links = {
        "L1": Link("L1", "S1", "K1", LinkStatus.EXISTING, 15.0, 10.0, 1.9, 0.5, None, None, 1.5),
        "L2": Link("L2", "S2", "K2", LinkStatus.CANDIDATE, 100.0, None, 2.2, 0.1, 2.4e6, 20.0, 0.0),
        "L10": Link("L10", "S1", "K3", LinkStatus.CANDIDATE, None, None, None, None, None, None, None),
    }
    park.converters = {"C1": Converter("C1", "E3", "K3", "S3", 0.07, 40.0)}
    park.links_declared = True
    return park


def write_v1_file(
    path: Path, park: Park, app_version: str = V1_APP_VERSION, saved_at: str = V1_SAVED_AT
) -> None:
    """Write ``park`` as a schema-version-1 scenario file (v1 columns only)."""
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 1")
        with connection:
            for statement in V1_DDL:
                connection.execute(statement)
            connection.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("application", "parkflow"),
                    ("schema_version", "1"),
                    ("app_version", app_version),
                    ("saved_at", saved_at),
                ],
            )
            for table in ("park", "enterprises", "utilities", "disposals", "streams", "links", "converters"):
                columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
                if table == "park":
                    rows = [[1 if column == "id" else getattr(park, column) for column in columns]]
                else:
                    rows = [
                        [getattr(entity, column) for column in columns]
                        for entity in park.collection(table).values()
                    ]
                marks = ", ".join("?" * len(columns))
                connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    finally:
        connection.close()


if __name__ == "__main__":
    write_v1_file(V1_FIXTURE, fixture_park())
    print(f"wrote {V1_FIXTURE}")
