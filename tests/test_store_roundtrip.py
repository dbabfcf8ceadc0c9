"""Scenario file round trips: park → file → park, results, metadata (docs/design.md, "Files")."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_helpers import sample_park, temp_files

from parkflow import __version__
from parkflow.model.entities import ENTITY_SHEETS, PARK_DEFAULTS, TIME_SHEETS, Park
from parkflow.model.generate import generate_park
from parkflow.model.problems import ScenarioFileError
from parkflow.model.store import SCHEMA_VERSION, Scenario, open_scenario, save_scenario
from parkflow.model.store_schema import ENTITY_TABLES, TIME_TABLES, ParkRow, column_names


def _round_trip(tmp_path: Path, park: Park, **kwargs: object) -> Scenario:
    path = tmp_path / "park.parkflow"
    save_scenario(path, park, **kwargs)  # type: ignore[arg-type]
    return open_scenario(path)


def test_sample_park_round_trips_exactly(tmp_path: Path) -> None:
    park = sample_park()
    scenario = _round_trip(tmp_path, park)
    assert scenario.park == park
    # order of every entity table is kept (the editor's tables and exports rely on it)
    for sheet in ENTITY_SHEETS:
        assert list(scenario.park.collection(sheet)) == list(park.collection(sheet))
    assert scenario.park.links_declared is False
    assert scenario.park.factor_year == 2022
    assert scenario.park.factor_overrides == {"electricity.co2": 0.5, "natural_gas.ncv": 389.31}
    assert scenario.park.streams["S2"].amount == 0.1 + 0.2  # floats are stored exactly


def test_round_trip_keeps_scenario_facts(tmp_path: Path) -> None:
    scenario = _round_trip(tmp_path, sample_park(), metadata={"source": "x.xlsx", "schema_version": "99"})
    assert scenario.schema_version == SCHEMA_VERSION
    assert not scenario.migrated
    assert scenario.app_version == __version__
    assert scenario.saved_at is not None and re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", scenario.saved_at
    )
    # caller metadata is kept; reserved keys cannot be overwritten by it
    assert scenario.metadata == {"source": "x.xlsx"}
    assert scenario.results is None


def test_save_does_not_change_the_park_and_leaves_no_temp_file(tmp_path: Path) -> None:
    park = sample_park()
    before = park.copy()
    save_scenario(tmp_path / "a.parkflow", park)
    assert park == before
    assert temp_files(tmp_path) == []


def test_default_park_round_trips(tmp_path: Path) -> None:
    assert _round_trip(tmp_path, Park()).park == Park()


@settings(max_examples=12, deadline=None)
@given(
    enterprises=st.integers(min_value=1, max_value=30),
    seed=st.integers(min_value=0, max_value=2**31 - 1),
    links_per_enterprise=st.integers(min_value=0, max_value=60),
)
def test_generated_parks_round_trip(
    tmp_path_factory: pytest.TempPathFactory, enterprises: int, seed: int, links_per_enterprise: int
) -> None:
    park = generate_park(enterprises, seed, links_per_enterprise=links_per_enterprise)
    folder = tmp_path_factory.mktemp("roundtrip")
    path = folder / "generated.parkflow"
    save_scenario(path, park)
    reopened = open_scenario(path).park
    assert reopened == park
    assert list(reopened.links) == list(park.links)


def test_results_document_round_trips(tmp_path: Path) -> None:
    document = {
        "status": "optimal",
        "objective": {"name": "cost", "value": -1.25e7, "unit": "CNY/yr"},
        "flows": [
            {
                "link": "L1",
                "source": "S1",
                "sink": "K1",
                "medium": "steam",
                "amount": 0.1 + 0.2,
                "unit": "t/h",
            }
        ],
        "utilities": [],
        "kpis": {"co2_t_per_yr": {"standalone": 1.0, "current": None, "optimized": 0.5}},
        "note": "优化结果",
    }
    scenario = _round_trip(tmp_path, sample_park(), results=document)
    assert scenario.results == document


def test_results_with_numpy_scalars_are_stored_as_numbers(tmp_path: Path) -> None:
    document = {"value": np.float64(2.5), "count": np.int64(3), "flags": np.array([1, 2])}
    scenario = _round_trip(tmp_path, sample_park(), results=document)
    assert scenario.results == {"value": 2.5, "count": 3, "flags": [1, 2]}


def test_results_that_are_not_json_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "a.parkflow"
    with pytest.raises(ScenarioFileError, match="results document cannot be saved"):
        save_scenario(path, sample_park(), results={"solver": object()})
    assert not path.exists()
    assert temp_files(tmp_path) == []


def test_saving_again_replaces_the_results(tmp_path: Path) -> None:
    path = tmp_path / "a.parkflow"
    save_scenario(path, sample_park(), results={"status": "optimal"})
    save_scenario(path, sample_park())
    assert open_scenario(path).results is None


def test_numpy_numbers_in_the_park_are_stored(tmp_path: Path) -> None:
    park = sample_park()
    park.streams["S1"].amount = np.float64(4.5)  # type: ignore[assignment]
    park.links["L-b"].capacity = np.int64(7)  # type: ignore[assignment]
    reopened = _round_trip(tmp_path, park).park
    assert reopened.streams["S1"].amount == 4.5
    assert reopened.links["L-b"].capacity == 7


def test_tables_have_exactly_the_entity_fields() -> None:
    """The store must change whenever an entity gains a field (else data would be lost)."""
    for sheet, table in ENTITY_TABLES.items():
        assert column_names(table) == ENTITY_SHEETS[sheet].columns(), sheet
    for sheet, table in TIME_TABLES.items():
        assert column_names(table) == TIME_SHEETS[sheet].columns(), sheet
    park_fields = {f.name for f in dataclasses.fields(Park)}
    stored = set(column_names(ParkRow)) - {"id"}
    assert stored == set(PARK_DEFAULTS) | {
        "factor_region",
        "factor_year",
        "links_declared",
        "electricity_tce_basis",
    }
    not_stored = (
        park_fields - stored - set(ENTITY_SHEETS) - set(TIME_SHEETS) - {"factor_overrides", "site_plan"}
    )  # own tables
    assert not_stored == set(), f"Park fields the scenario file does not store: {not_stored}"


def test_results_document_is_json_in_the_file(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "a.parkflow"
    save_scenario(path, Park(), results={"status": "optimal"})
    connection = sqlite3.connect(path)
    try:
        (text,) = connection.execute("SELECT document FROM results").fetchone()
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    finally:
        connection.close()
    assert json.loads(text) == {"status": "optimal"}
    assert application_id == int.from_bytes(b"PFLW", "big")
