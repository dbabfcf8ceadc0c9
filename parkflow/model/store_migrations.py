"""Step-by-step upgrades of old scenario files to the current schema.

Each step ``N → N+1`` is one function that changes an SQLite connection in
place with plain SQL.  The steps run on an in-memory copy of the file, never
on the file itself (:func:`parkflow.model.store.open_scenario`); saving then
writes the current version, after keeping the old file as
``<name>.v<N>.bak``.

The SQL here is frozen history: a step describes how version N looked and
what version N+1 added, so it must never be rewritten from the current
SQLModel tables (which will keep changing).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from parkflow.model.store_schema import SCHEMA_VERSION

#: The version-1 schema exactly as ParkFlow 0.1.0.dev1 wrote it: the network
#: only, without the factor selection, factor overrides or results.
V1_DDL: tuple[str, ...] = (
    "CREATE TABLE meta (key VARCHAR NOT NULL, value VARCHAR, PRIMARY KEY (key))",
    "CREATE TABLE park (id INTEGER NOT NULL, name VARCHAR, hours_per_year FLOAT, dt_min_k FLOAT, "
    "discount_rate_pct FLOAT, co2_price_cny_per_t FLOAT, cod_price_cny_per_t FLOAT, "
    "links_declared BOOLEAN NOT NULL, PRIMARY KEY (id))",
    "CREATE TABLE enterprises (id VARCHAR NOT NULL, name VARCHAR, sector VARCHAR, x_km FLOAT, "
    "y_km FLOAT, notes VARCHAR, PRIMARY KEY (id))",
    "CREATE TABLE utilities (id VARCHAR NOT NULL, medium VARCHAR NOT NULL, name VARCHAR, unit VARCHAR, "
    "factor VARCHAR, cost_cny_per_unit FLOAT, co2_t_per_unit FLOAT, cod_t_per_unit FLOAT, "
    "pressure_mpa FLOAT, temperature_c FLOAT, purity_pct FLOAT, cod_mg_l FLOAT, PRIMARY KEY (id))",
    "CREATE TABLE disposals (id VARCHAR NOT NULL, medium VARCHAR NOT NULL, name VARCHAR, unit VARCHAR, "
    "factor VARCHAR, cost_cny_per_unit FLOAT, co2_t_per_unit FLOAT, cod_t_per_unit FLOAT, "
    "temperature_c FLOAT, cod_removal_pct FLOAT, PRIMARY KEY (id))",
    "CREATE TABLE streams (id VARCHAR NOT NULL, enterprise VARCHAR, direction VARCHAR NOT NULL, "
    "medium VARCHAR NOT NULL, name VARCHAR, amount FLOAT, unit VARCHAR, pressure_mpa FLOAT, "
    "temperature_c FLOAT, target_temperature_c FLOAT, purity_pct FLOAT, cod_mg_l FLOAT, "
    "substance VARCHAR, utility VARCHAR, disposal VARCHAR, PRIMARY KEY (id))",
    "CREATE INDEX ix_streams_enterprise ON streams (enterprise)",
    "CREATE TABLE links (id VARCHAR NOT NULL, source VARCHAR, sink VARCHAR, status VARCHAR NOT NULL, "
    "capacity FLOAT, current_flow FLOAT, distance_km FLOAT, cost_cny_per_unit FLOAT, capex_cny FLOAT, "
    "lifetime_yr FLOAT, loss_pct FLOAT, PRIMARY KEY (id))",
    "CREATE TABLE converters (id VARCHAR NOT NULL, enterprise VARCHAR, input VARCHAR, output VARCHAR, "
    "ratio FLOAT, capacity FLOAT, PRIMARY KEY (id))",
)


def migrate_1_to_2(connection: sqlite3.Connection) -> None:
    """Version 2 adds the factor selection, factor overrides and the last results.

    A version-1 park used the library's default region and newest year, so
    the new columns take those defaults (region ``zhejiang``, year blank);
    it had no overrides and no stored results, so the new tables start empty.
    """
    connection.execute("ALTER TABLE park ADD COLUMN factor_region VARCHAR DEFAULT 'zhejiang'")
    connection.execute("ALTER TABLE park ADD COLUMN factor_year INTEGER")
    connection.execute("CREATE TABLE factor_overrides (key VARCHAR NOT NULL, value FLOAT, PRIMARY KEY (key))")
    connection.execute(
        "CREATE TABLE results (id INTEGER NOT NULL, document VARCHAR NOT NULL, saved_at VARCHAR, "
        "PRIMARY KEY (id))"
    )


def migrate_2_to_3(connection: sqlite3.Connection) -> None:
    """Version 3 adds the columns of accounting with a closed boundary.

    Every new column starts blank, which keeps a version-2 park's meaning:
    electricity at the default basis, enterprises on the park's hours,
    sources without burden, water sinks without a declared effluent route,
    scopes from the factor library, converters without residue or own use.
    """
    statements = (
        "ALTER TABLE park ADD COLUMN electricity_tce_basis VARCHAR",
        "ALTER TABLE enterprises ADD COLUMN hours_per_year FLOAT",
        "ALTER TABLE utilities ADD COLUMN energy_tce_per_unit FLOAT",
        "ALTER TABLE utilities ADD COLUMN scope FLOAT",
        "ALTER TABLE disposals ADD COLUMN energy_tce_per_unit FLOAT",
        "ALTER TABLE disposals ADD COLUMN scope FLOAT",
        "ALTER TABLE streams ADD COLUMN effluent_pct FLOAT",
        "ALTER TABLE streams ADD COLUMN cod_pass_pct FLOAT",
        "ALTER TABLE streams ADD COLUMN factor VARCHAR",
        "ALTER TABLE streams ADD COLUMN cost_cny_per_unit FLOAT",
        "ALTER TABLE streams ADD COLUMN co2_t_per_unit FLOAT",
        "ALTER TABLE streams ADD COLUMN energy_tce_per_unit FLOAT",
        "ALTER TABLE converters ADD COLUMN residue VARCHAR",
        "ALTER TABLE converters ADD COLUMN residue_ratio FLOAT",
        "ALTER TABLE converters ADD COLUMN aux VARCHAR",
        "ALTER TABLE converters ADD COLUMN aux_ratio FLOAT",
    )
    for statement in statements:
        connection.execute(statement)


def migrate_3_to_4(connection: sqlite3.Connection) -> None:
    """Version 4 adds ammonia nitrogen, air pollutants, value added and discharge permits.

    Every new column starts blank: a version-3 park models no NH3-N and no
    air pollutant, and its enterprises have no value added and no permit.
    """
    air = ("nox_t_per_unit", "so2_t_per_unit", "pm_t_per_unit", "vocs_t_per_unit")
    statements = [
        "ALTER TABLE park ADD COLUMN environmental_tax_in_cost FLOAT",
        "ALTER TABLE enterprises ADD COLUMN value_added_cny_per_yr FLOAT",
        "ALTER TABLE enterprises ADD COLUMN cod_permit_t_per_yr FLOAT",
        "ALTER TABLE enterprises ADD COLUMN nh3n_permit_t_per_yr FLOAT",
        "ALTER TABLE utilities ADD COLUMN nh3n_mg_l FLOAT",
        "ALTER TABLE disposals ADD COLUMN nh3n_removal_pct FLOAT",
        "ALTER TABLE streams ADD COLUMN nh3n_mg_l FLOAT",
        "ALTER TABLE streams ADD COLUMN nh3n_pass_pct FLOAT",
    ]
    statements += [
        f"ALTER TABLE {table} ADD COLUMN {column} FLOAT"
        for table in ("utilities", "disposals", "streams")
        for column in air
    ]
    for statement in statements:
        connection.execute(statement)


def migrate_4_to_5(connection: sqlite3.Connection) -> None:
    """Version 5 adds pipe sizes to links, the two pipe settings and the site plan.

    Every new column starts blank: a blank size is computed, and blank park
    settings take their defaults (routing factor 1.3, steam pressure
    tolerance 5 %), so an old park describes the same network; the site-plan
    table starts empty (no plan).
    """
    connection.execute("ALTER TABLE links ADD COLUMN diameter_mm FLOAT")
    connection.execute("ALTER TABLE park ADD COLUMN pipe_routing_factor FLOAT")
    connection.execute("ALTER TABLE park ADD COLUMN steam_pressure_tolerance_pct FLOAT")
    connection.execute(
        "CREATE TABLE site_plan (id INTEGER NOT NULL, image BLOB NOT NULL, image_format VARCHAR, "
        "name VARCHAR, km_per_px FLOAT, x0_km FLOAT, y0_km FLOAT, PRIMARY KEY (id))"
    )


def migrate_5_to_6(connection: sqlite3.Connection) -> None:
    """Version 6 adds the park over the year: its periods and their profiles.

    Both tables start empty: a version-5 park has no periods, so it keeps
    running one design point for its hours per year, as before.
    """
    connection.execute(
        "CREATE TABLE periods (id VARCHAR NOT NULL, name VARCHAR, hours FLOAT, cycle VARCHAR, "
        "duration_h FLOAT, PRIMARY KEY (id))"
    )
    connection.execute(
        "CREATE TABLE profiles (period VARCHAR NOT NULL, item VARCHAR NOT NULL, amount_factor FLOAT, "
        "cost_factor FLOAT, PRIMARY KEY (period, item))"
    )


def migrate_6_to_7(connection: sqlite3.Connection) -> None:
    """Version 7 adds storages (tanks and accumulators that hold a medium between periods).

    The table starts empty: a version-6 park has no storages, so its links
    join streams only, as before.
    """
    connection.execute(
        "CREATE TABLE storages (id VARCHAR NOT NULL, enterprise VARCHAR, medium VARCHAR NOT NULL, "
        "capacity FLOAT, charge_max FLOAT, discharge_max FLOAT, loss_pct_per_h FLOAT, capex_cny FLOAT, "
        "lifetime_yr FLOAT, status VARCHAR NOT NULL, PRIMARY KEY (id))"
    )


#: Migration step from version N (the key) to N+1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: migrate_1_to_2,
    2: migrate_2_to_3,
    3: migrate_3_to_4,
    4: migrate_4_to_5,
    5: migrate_5_to_6,
    6: migrate_6_to_7,
}


def migrate(connection: sqlite3.Connection, from_version: int) -> list[int]:
    """Upgrade ``connection`` from ``from_version`` to :data:`SCHEMA_VERSION`.

    Runs every step in one transaction and records the new version in
    ``meta``; returns the versions passed through (``[1, 2]`` for a v1 file).
    """
    if from_version > SCHEMA_VERSION:
        raise ValueError(f"cannot migrate down from version {from_version}")
    missing = [version for version in range(from_version, SCHEMA_VERSION) if version not in MIGRATIONS]
    if missing:
        raise ValueError(f"no migration from schema version {missing[0]}")
    path = [from_version]
    with connection:
        for version in range(from_version, SCHEMA_VERSION):
            MIGRATIONS[version](connection)
            path.append(version + 1)
        connection.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
            (str(SCHEMA_VERSION),),
        )
    return path
