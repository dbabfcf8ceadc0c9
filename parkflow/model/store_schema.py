"""Tables of the scenario file ``*.parkflow`` (docs/design.md, "Files"), defined with SQLModel.

The scenario file is one SQLite database holding one park.  Its tables are
declared here as SQLModel classes (the project's single description of the
schema, reusable on PostgreSQL); :mod:`parkflow.model.store`
reads and writes them in bulk through the DB-API with the same table and
column names, because building 50,000 ORM objects would be far too slow.

Entity tables carry exactly the fields of the entity dataclasses in
:mod:`parkflow.model.entities` under the same names (the workbook columns),
so a test can check that the two never drift apart.

Schema history (each step has a migration in :mod:`parkflow.model.store_migrations`):

* **1** — the network only: ``meta``, ``park`` (settings and
  ``links_declared``), ``enterprises``, ``streams``, ``utilities``,
  ``disposals``, ``links``, ``converters``.
* **2** — the park's accounting context and its last optimization: the
  factor-library selection (``park.factor_region``, ``park.factor_year``),
  the park's factor overrides (``factor_overrides``) and the last result
  document (``results``).  A version-1 file therefore reopened with the
  library defaults and no results.
* **3** — accounting with a closed boundary: the park's
  ``electricity_tce_basis``; an enterprise's own ``hours_per_year``; on
  streams the effluent fate of water sinks (``effluent_pct``,
  ``cod_pass_pct``) and the burden of sources (``factor``,
  ``cost_cny_per_unit``, ``co2_t_per_unit``, ``energy_tce_per_unit``);
  ``energy_tce_per_unit`` and ``scope`` on utilities and disposals;
  ``residue``, ``residue_ratio``, ``aux`` and ``aux_ratio`` on converters.
  Every new column is blank in a version-2 file, which keeps its old
  meaning.
* **4** — the indicators the province judges parks by: ammonia nitrogen
  (``nh3n_mg_l`` on streams and utilities, ``nh3n_pass_pct`` on streams,
  ``nh3n_removal_pct`` on disposals); air pollutants per unit
  (``nox_t_per_unit``, ``so2_t_per_unit``, ``pm_t_per_unit``,
  ``vocs_t_per_unit``) on utilities, disposals and streams; an
  enterprise's ``value_added_cny_per_yr``, ``cod_permit_t_per_yr`` and
  ``nh3n_permit_t_per_yr``; the park's ``environmental_tax_in_cost``.
  Blank in a version-3 file: nothing modelled, no tax in the cost.
* **5** — pipes: a link's nominal size (``links.diameter_mm``), the park's
  ``pipe_routing_factor`` and ``steam_pressure_tolerance_pct``, and the
  site-plan backdrop (``site_plan``: image, scale and origin).  Blank in a
  version-4 file: sizes computed, settings at their defaults, no plan.
* **6** — the park over the year: ``periods`` (``id``, ``name``, ``hours``,
  ``cycle``, ``duration_h``) and ``profiles`` (``period``, ``item``,
  ``amount_factor``, ``cost_factor``; keyed by period and item).  Empty in
  a version-5 file: one design point all year, as before.
* **7** — storages (``storages``: ``id``, ``enterprise``, ``medium``,
  ``capacity``, ``charge_max``, ``discharge_max``, ``loss_pct_per_h``,
  ``capex_cny``, ``lifetime_yr``, ``status``).  Empty in a version-6 file:
  no tanks or accumulators, as before.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import registry
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import Field, SQLModel

#: Current version of the scenario-file schema.  Bump it only together with
#: a migration step in :mod:`parkflow.model.store_migrations`.
SCHEMA_VERSION = 7

#: ``PRAGMA application_id`` of every scenario file: the bytes "PFLW".  With
#: it, ``file(1)`` and ParkFlow recognise a scenario file among SQLite files.
APPLICATION_ID = int.from_bytes(b"PFLW", "big")

#: Value of ``meta.application`` in every scenario file (a second mark that
#: survives tools which copy tables but not the database header).
APPLICATION_NAME = "parkflow"

# A registry of our own keeps these tables out of ``SQLModel.metadata``, so
# no other module's table of the same name can ever clash with them.
scenario_registry = registry()


class ScenarioTable(SQLModel, registry=scenario_registry):
    """Base of the scenario-file tables."""


class MetaRow(ScenarioTable, table=True):
    """Key–value facts about the file: schema version, writer, time, extras."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str | None = None


class ParkRow(ScenarioTable, table=True):
    """The park's settings: exactly one row with ``id = 1``."""

    __tablename__ = "park"
    id: int = Field(primary_key=True)
    name: str | None = None
    hours_per_year: float | None = None
    dt_min_k: float | None = None
    discount_rate_pct: float | None = None
    co2_price_cny_per_t: float | None = None
    cod_price_cny_per_t: float | None = None
    pipe_routing_factor: float | None = None
    steam_pressure_tolerance_pct: float | None = None
    factor_region: str | None = None
    factor_year: int | None = None
    links_declared: bool = True
    electricity_tce_basis: str | None = None
    environmental_tax_in_cost: float | None = None


class FactorOverrideRow(ScenarioTable, table=True):
    """A factor-library value the park uses instead of the library's."""

    __tablename__ = "factor_overrides"
    key: str = Field(primary_key=True)
    value: float | None = None


class EnterpriseRow(ScenarioTable, table=True):
    __tablename__ = "enterprises"
    id: str = Field(primary_key=True)
    name: str | None = None
    sector: str | None = None
    x_km: float | None = None
    y_km: float | None = None
    notes: str | None = None
    hours_per_year: float | None = None
    value_added_cny_per_yr: float | None = None
    cod_permit_t_per_yr: float | None = None
    nh3n_permit_t_per_yr: float | None = None


class UtilityRow(ScenarioTable, table=True):
    __tablename__ = "utilities"
    id: str = Field(primary_key=True)
    medium: str
    name: str | None = None
    unit: str | None = None
    factor: str | None = None
    cost_cny_per_unit: float | None = None
    co2_t_per_unit: float | None = None
    cod_t_per_unit: float | None = None
    pressure_mpa: float | None = None
    temperature_c: float | None = None
    purity_pct: float | None = None
    cod_mg_l: float | None = None
    energy_tce_per_unit: float | None = None
    scope: float | None = None
    nh3n_mg_l: float | None = None
    nox_t_per_unit: float | None = None
    so2_t_per_unit: float | None = None
    pm_t_per_unit: float | None = None
    vocs_t_per_unit: float | None = None


class DisposalRow(ScenarioTable, table=True):
    __tablename__ = "disposals"
    id: str = Field(primary_key=True)
    medium: str
    name: str | None = None
    unit: str | None = None
    factor: str | None = None
    cost_cny_per_unit: float | None = None
    co2_t_per_unit: float | None = None
    cod_t_per_unit: float | None = None
    temperature_c: float | None = None
    cod_removal_pct: float | None = None
    energy_tce_per_unit: float | None = None
    scope: float | None = None
    nh3n_removal_pct: float | None = None
    nox_t_per_unit: float | None = None
    so2_t_per_unit: float | None = None
    pm_t_per_unit: float | None = None
    vocs_t_per_unit: float | None = None


class StreamRow(ScenarioTable, table=True):
    # No foreign keys on purpose: the editor saves work in progress, and a
    # half-edited park (a stream whose enterprise was just renamed) must
    # still save; validation reports such problems instead.
    __tablename__ = "streams"
    id: str = Field(primary_key=True)
    enterprise: str | None = Field(default=None, index=True)
    direction: str
    medium: str
    name: str | None = None
    amount: float | None = None
    unit: str | None = None
    pressure_mpa: float | None = None
    temperature_c: float | None = None
    target_temperature_c: float | None = None
    purity_pct: float | None = None
    cod_mg_l: float | None = None
    substance: str | None = None
    utility: str | None = None
    disposal: str | None = None
    effluent_pct: float | None = None
    cod_pass_pct: float | None = None
    nh3n_mg_l: float | None = None
    nh3n_pass_pct: float | None = None
    factor: str | None = None
    cost_cny_per_unit: float | None = None
    co2_t_per_unit: float | None = None
    energy_tce_per_unit: float | None = None
    nox_t_per_unit: float | None = None
    so2_t_per_unit: float | None = None
    pm_t_per_unit: float | None = None
    vocs_t_per_unit: float | None = None


class LinkRow(ScenarioTable, table=True):
    __tablename__ = "links"
    id: str = Field(primary_key=True)
    source: str | None = None
    sink: str | None = None
    status: str
    capacity: float | None = None
    current_flow: float | None = None
    distance_km: float | None = None
    cost_cny_per_unit: float | None = None
    capex_cny: float | None = None
    lifetime_yr: float | None = None
    loss_pct: float | None = None
    diameter_mm: float | None = None


class ConverterRow(ScenarioTable, table=True):
    __tablename__ = "converters"
    id: str = Field(primary_key=True)
    enterprise: str | None = None
    input: str | None = None
    output: str | None = None
    ratio: float | None = None
    capacity: float | None = None
    residue: str | None = None
    residue_ratio: float | None = None
    aux: str | None = None
    aux_ratio: float | None = None


class ResultsRow(ScenarioTable, table=True):
    """The last optimization result document (JSON, same shape as ``optimize --json``)."""

    __tablename__ = "results"
    id: int = Field(primary_key=True)
    document: str
    saved_at: str | None = None


class SitePlanRow(ScenarioTable, table=True):
    """The park's site plan image and its calibration (at most one row, ``id = 1``)."""

    __tablename__ = "site_plan"
    id: int = Field(primary_key=True)
    image: bytes
    image_format: str | None = None
    name: str | None = None
    km_per_px: float | None = None
    x0_km: float | None = None
    y0_km: float | None = None


class PeriodRow(ScenarioTable, table=True):
    """A part of the year the park runs differently in; rows in sheet order."""

    __tablename__ = "periods"
    id: str = Field(primary_key=True)
    name: str | None = None
    hours: float | None = None
    cycle: str | None = None
    duration_h: float | None = None


class ProfileRow(ScenarioTable, table=True):
    """The factors on one stream, utility or disposal in one period."""

    __tablename__ = "profiles"
    period: str = Field(primary_key=True)
    item: str = Field(primary_key=True)
    amount_factor: float | None = None
    cost_factor: float | None = None


class StorageRow(ScenarioTable, table=True):
    """A tank or accumulator holding one medium between periods."""

    __tablename__ = "storages"
    id: str = Field(primary_key=True)
    enterprise: str | None = None
    medium: str
    capacity: float | None = None
    charge_max: float | None = None
    discharge_max: float | None = None
    loss_pct_per_h: float | None = None
    capex_cny: float | None = None
    lifetime_yr: float | None = None
    status: str


#: Entity sheet name → its table class, in the order rows are written.
ENTITY_TABLES: dict[str, type[ScenarioTable]] = {
    "enterprises": EnterpriseRow,
    "utilities": UtilityRow,
    "disposals": DisposalRow,
    "streams": StreamRow,
    "links": LinkRow,
    "converters": ConverterRow,
}

#: Sheets of the park over the year → their table class (written after the network's).
TIME_TABLES: dict[str, type[ScenarioTable]] = {
    "periods": PeriodRow,
    "profiles": ProfileRow,
    "storages": StorageRow,
}

#: Every table of the current schema, in creation order.
ALL_TABLES: tuple[type[ScenarioTable], ...] = (
    MetaRow,
    ParkRow,
    FactorOverrideRow,
    *ENTITY_TABLES.values(),
    ResultsRow,
    SitePlanRow,
    *TIME_TABLES.values(),
)


def table_of(model: type[ScenarioTable]) -> Table:
    """The SQLAlchemy table behind a table class."""
    return model.__table__  # type: ignore[attr-defined]


def column_names(model: type[ScenarioTable]) -> list[str]:
    """Column names of a table, in declaration order."""
    return [column.name for column in table_of(model).columns]


@lru_cache(maxsize=1)
def current_ddl() -> tuple[str, ...]:
    """``CREATE TABLE``/``CREATE INDEX`` statements of the current schema (SQLite)."""
    dialect = sqlite.dialect()
    statements: list[str] = []
    for model in ALL_TABLES:
        table = table_of(model)
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda index: str(index.name)):
            statements.append(str(CreateIndex(index).compile(dialect=dialect)).strip())
    return tuple(statements)
