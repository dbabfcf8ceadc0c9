"""KPIs a park cannot count are said to be not modelled, not shown as zero use.

The Taizhou Bay sample models no fresh-water utility (its water comes from
the park's own plants, outside the model), so its 0 t in every state would
read as "none used" in front of a committee.  It does model natural gas (the
fuel of Xinghe's salt-pyrolysis kiln); the Jiaxing sample models both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parkflow.cli import main
from parkflow.model.io import load_park
from parkflow.report.content import build_report
from parkflow.report.kpis import park_kpis

SAMPLES = Path(__file__).resolve().parent.parent / "sample_parks"


#: The province's indicators (NH3-N, air pollutants and what follows from them): whether a
#: sample park counts them depends on the NH3-N and emission figures its data carry.
_INDICATORS = (
    "nh3n",
    "nox",
    "so2",
    "pm",
    "vocs",
    "pollution_equivalents",
    "environmental_tax",
    "per_10k_cny",
)


def _energy_and_water(keys: list[str]) -> list[str]:
    return [key for key in keys if not any(part in key for part in _INDICATORS)]


def test_not_modelled_follows_the_utilities() -> None:
    assert _energy_and_water(park_kpis(load_park(SAMPLES / "taizhou_bay.parkflow")).not_modelled()) == [
        "fresh_water_t_per_yr",
    ]
    assert _energy_and_water(park_kpis(load_park(SAMPLES / "jiaxing_port.parkflow")).not_modelled()) == []


def test_terminal_table_and_report_say_not_modelled(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["optimize", str(SAMPLES / "taizhou_bay.parkflow")]) == 0
    out = capsys.readouterr().out
    water = next(line for line in out.splitlines() if line.startswith("Fresh water"))
    assert water.count("not modelled 未建模") == 3 and "0.0" not in water
    co2 = next(line for line in out.splitlines() if line.startswith("CO2 emissions"))
    assert "not modelled" not in co2
    park = load_park(SAMPLES / "taizhou_bay.parkflow")
    report = build_report(park, None)
    kpi_table = next(table for table in report.tables if table.key == "kpis")
    english, chinese = kpi_table.note
    assert (
        "Not modelled in this park" in english and "Fresh water" in english and "Natural gas" not in english
    )  # the catalogue's labels
    assert "未建模" in chinese and "新鲜水用量" in chinese
    water_row = next(row for row in kpi_table.rows if row[0] == ("Fresh water", "新鲜水用量"))
    assert all(cell == ("not modelled", "未建模") for cell in water_row[2:])
    co2_row = next(
        row
        for row in kpi_table.rows
        if row[0] == ("CO2 emissions, scope 1 + 2", "二氧化碳排放量（范围一+二）")
    )
    assert isinstance(co2_row[2], float)


def test_compare_shows_no_figure_for_a_kpi_one_park_cannot_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Jiaxing (models fresh water) against Taizhou (does not) used to read as a 100 % cut in fresh water."""
    import json

    out = tmp_path / "c.json"
    jiaxing, taizhou = str(SAMPLES / "jiaxing_port.parkflow"), str(SAMPLES / "taizhou_bay.parkflow")
    assert main(["compare", jiaxing, taizhou, "--json", str(out), "--no-optimize"]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    water = document["kpis"]["fresh_water_t_per_yr"]["standalone"]
    assert water["a"] > 0 and water["b"] is None and water["delta"] is None
    capsys.readouterr()
    assert main(["compare", taizhou, taizhou, "--no-optimize"]) == 0
    line = next(
        line for line in capsys.readouterr().out.splitlines() if "not modelled in either file" in line
    )
    assert (
        "Fresh water" in line and "Natural gas" not in line
    )  # and the indicators Taizhou carries no data for
