"""Helpers of the scenario-file tests (tests/test_store_*.py)."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
from pathlib import Path
from types import ModuleType

from parkflow.model.entities import (
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

SCENARIO_DATA = Path(__file__).resolve().parent / "data" / "scenarios"


def fixtures_module() -> ModuleType:
    """``tests/data/scenarios/make_fixtures.py`` (builds the old-version files)."""
    spec = importlib.util.spec_from_file_location("scenario_fixtures", SCENARIO_DATA / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def digest(path: Path) -> str:
    """SHA-256 of a file, to prove that it was not changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def temp_files(folder: Path) -> list[Path]:
    """Temporary files of interrupted saves in ``folder``."""
    return sorted(entry for entry in folder.iterdir() if entry.name.endswith(".parkflow-tmp"))


def edit_file(path: Path, *statements: str) -> None:
    """Run SQL on a scenario file directly (to make newer or damaged files)."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            for statement in statements:
                connection.execute(statement)
    finally:
        connection.close()


def sample_park() -> Park:
    """A small park with every field kind: unicode, blanks, enums, overrides, odd ids."""
    park = Park(
        name="嘉兴港区 sample ‘quotes’ & <tags>",
        hours_per_year=7920.0,
        dt_min_k=12.5,
        discount_rate_pct=7.0,
        co2_price_cny_per_t=85.5,
        cod_price_cny_per_t=0.0,
        factor_region="east_china",
        factor_year=2022,
        factor_overrides={"electricity.co2": 0.5, "natural_gas.ncv": 389.31},
        links_declared=False,
    )
    park.enterprises = {
        "E 1": Enterprise("E 1", "恒达化工", "chemical", 0.0, -1.5, "line1\nline2"),
        "E'2": Enterprise("E'2", "", "", None, None, ""),
    }
    park.utilities = {
        "U1": Utility("U1", Medium.STEAM, "boiler", "t", "steam.gas_boiler", None, 0.17, 0.0, 4.5, 450.0),
        "U2": Utility("U2", Medium.HYDROGEN, "smr", "kg", "", 17.0, None, None, None, None, 99.99),
    }
    park.disposals = {"D1": Disposal("D1", Medium.WATER, "wwtp", "", "", 4.0, None, None, 30.0, 95.0)}
    park.streams = {
        "S1": Stream("S1", "E 1", Direction.SOURCE, Medium.STEAM, "steam", 1e-9, "kg/s", 1.0, 180.0),
        "K1": Stream(
            "K1", "E'2", Direction.SINK, Medium.STEAM, "need", 1e12, "t/d", 0.5, 160.0, utility="U1"
        ),
        "S2": Stream(
            "S2",
            "E 1",
            Direction.SOURCE,
            Medium.WATER,
            "ww",
            0.1 + 0.2,
            "m3/h",
            cod_mg_l=2000.0,
            disposal="D1",
        ),
        "K2": Stream(
            "K2", "E 1", Direction.SINK, Medium.MATERIAL, "acid", 3.0, "", purity_pct=98.0, substance="硫酸"
        ),
        "K3": Stream(
            "K3", "missing-enterprise", Direction.SINK, Medium.HEAT, "", 2.0, "MW", None, 20.0, 80.0
        ),
    }
    park.links = {
        "L-b": Link("L-b", "S1", "K1", LinkStatus.EXISTING, 2.0, 1.0, 0.3, -0.5, None, None, 0.0),
        "L-a": Link("L-a", "S2", "nowhere", LinkStatus.CANDIDATE, None, None, None, None, 1.5e6, 20.0, 99.0),
    }
    park.converters = {"C1": Converter("C1", "E 1", "K1", "S1", 0.5, None)}
    return park
