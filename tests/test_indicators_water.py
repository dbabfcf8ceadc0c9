"""Ammonia nitrogen with the rules of COD, on a park worked out by hand.

The park (8000 h/yr):

* A's wastewater S-ww: 10 t/h at 200 mg/L COD and 30 mg/L NH3-N, to D-ww.
* D-ww (wastewater plant): removes 90 % of COD and 80 % of NH3-N, 3 CNY/t.
* B's process-water sink K: 6 t/h, NH3-N at most 25 mg/L; make-up from
  U-water (0.5 mg/L NH3-N, 4 CNY/t); half the water leaves as effluent to
  D-ww (``effluent_pct`` 50) carrying 40 % of the NH3-N received
  (``nh3n_pass_pct`` 40): the rest stays in the product.
* L1: S-ww → K, existing, 4 t/h today, no cost.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parkflow.cli import main
from parkflow.model.entities import (
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
from parkflow.model.store import open_scenario, save_scenario
from parkflow.model.validate import validate_park
from parkflow.model.workbook import read_workbook, write_workbook
from parkflow.optimize import SolveOptions, optimize
from parkflow.report.kpis import park_kpis

H = 8000.0


def nh3n_park() -> Park:
    park = Park(name="NH3-N by hand", hours_per_year=H)
    park.enterprises["A"] = Enterprise("A", "Dye works")
    park.enterprises["B"] = Enterprise("B", "Paper mill")
    park.utilities["U-water"] = Utility(
        "U-water", Medium.WATER, "fresh water", "t", cost_cny_per_unit=4, cod_mg_l=0, nh3n_mg_l=0.5
    )
    park.disposals["D-ww"] = Disposal(
        "D-ww",
        Medium.WATER,
        "wastewater plant",
        "t",
        cost_cny_per_unit=3,
        cod_removal_pct=90,
        nh3n_removal_pct=80,
    )
    park.streams["S-ww"] = Stream(
        "S-ww",
        "A",
        Direction.SOURCE,
        Medium.WATER,
        "wastewater",
        10,
        "t/h",
        cod_mg_l=200,
        nh3n_mg_l=30,
        disposal="D-ww",
    )
    park.streams["K"] = Stream(
        "K",
        "B",
        Direction.SINK,
        Medium.WATER,
        "process water",
        6,
        "t/h",
        nh3n_mg_l=25,
        utility="U-water",
        disposal="D-ww",
        effluent_pct=50,
        nh3n_pass_pct=40,
    )
    park.links["L1"] = Link("L1", "S-ww", "K", LinkStatus.EXISTING, current_flow=4)
    return park


def test_nh3n_generated_discharged_and_balance_by_hand() -> None:
    table = park_kpis(nh3n_park())
    generated, discharged = table.values["nh3n_generated_t_per_yr"], table.values["nh3n_discharged_t_per_yr"]
    balance = table.water_balances["nh3n"]
    # standalone: S-ww 10 t/h × 30 mg/L × 8000 h = 2.4 t/yr to D-ww: 1.92 removed, 0.48 discharged.
    # K from U-water 6 t/h × 0.5 mg/L × 8000 h = 0.024 t/yr received; 40 % = 0.0096 leaves to
    # D-ww (0.00768 removed, 0.00192 discharged), 60 % = 0.0144 retained.
    assert generated["standalone"] == pytest.approx(2.4 + 0.0096)
    assert discharged["standalone"] == pytest.approx(0.48 + 0.00192)
    assert balance["standalone"]["in"] == pytest.approx(2.424)
    assert balance["standalone"]["removed"] == pytest.approx(1.92 + 0.00768)
    assert balance["standalone"]["retained"] == pytest.approx(0.0144)
    # current: L1 4 t/h; S-ww sends 6 t/h to D-ww: 1.44 t/yr (0.288 discharged, 1.152 removed);
    # K receives 4 × 30e-6 × 8000 = 0.96 t/yr over L1 (40 % = 0.384 to D-ww: 0.0768 discharged,
    # 0.3072 removed; 0.576 retained) and 2 t/h make-up: 0.008 t/yr (0.0032 to D-ww:
    # 0.00064 discharged, 0.00256 removed; 0.0048 retained)
    assert generated["current"] == pytest.approx(1.44 + 0.384 + 0.0032)
    assert discharged["current"] == pytest.approx(0.288 + 0.0768 + 0.00064)
    assert balance["current"]["in"] == pytest.approx(1.44 + 0.96 + 0.008)
    assert balance["current"]["retained"] == pytest.approx(0.576 + 0.0048)
    for state in ("standalone", "current"):
        assert balance[state]["residual"] == pytest.approx(0.0, abs=1e-12)
    # COD follows the same machinery: standalone 10 t/h × 200 mg/L × 8000 h = 16 t/yr, 1.6 discharged
    # (K's COD: U-water carries 0 mg/L and K passes all of it)
    assert table.values["cod_discharged_t_per_yr"]["standalone"] == pytest.approx(1.6)


def test_the_optimizer_keeps_the_nh3n_blend_limit() -> None:
    """Cost objective: every t/h over L1 saves make-up (4 CNY/t) and treatment (3 CNY/t), so the
    link carries as much as the NH3-N limit allows: x (30 − 25) + (6 − x)(0.5 − 25) = 0 →
    x = 147 / 29.5 = 4.98305 t/h, u = 1.01695 t/h, and the blend is exactly 25 mg/L."""
    park = nh3n_park()
    result = optimize(park, SolveOptions())
    flows = result.flows
    x = float(flows.loc["L1", "amount"])
    assert x == pytest.approx(147 / 29.5, rel=1e-6)
    u = float(result.utilities.loc["K", "amount"])
    assert u == pytest.approx(6 - 147 / 29.5, rel=1e-6)
    assert (x * 30 + u * 0.5) / (x + u) == pytest.approx(25.0, rel=1e-6)
    table = park_kpis(park, result)
    optimized = table.water_balances["nh3n"]["optimized"]
    # D-ww takes 10 − x of S-ww: (10 − x) × 30e-6 × 8000 × 20 % discharged, plus K's effluent
    # 40 % × (x × 30 + u × 0.5) × 1e-6 × 8000 × 20 %
    expected = (10 - x) * 30e-6 * H * 0.2 + 0.4 * (x * 30 + u * 0.5) * 1e-6 * H * 0.2
    assert optimized["discharged"] == pytest.approx(expected, rel=1e-6)
    assert optimized["residual"] == pytest.approx(0.0, abs=1e-12)


def test_a_source_without_nh3n_cannot_serve_a_sink_that_limits_it() -> None:
    park = nh3n_park()
    park.streams["S-ww"].nh3n_mg_l = None
    problems = validate_park(park)
    assert any(p.column is not None and "nh3n_mg_l" in p.message for p in problems), problems


def test_nh3n_columns_are_validated_and_round_trip(tmp_path: Path) -> None:
    park = nh3n_park()
    park.disposals["D-ww"].nh3n_removal_pct = 120
    park.streams["K"].nh3n_pass_pct = -1
    columns = [p.column for p in validate_park(park)]
    assert "nh3n_removal_pct" in columns and "nh3n_pass_pct" in columns
    park = nh3n_park()
    save_scenario(tmp_path / "p.parkflow", park)
    assert open_scenario(tmp_path / "p.parkflow").park == park
    write_workbook(park, tmp_path / "book")
    assert read_workbook(tmp_path / "book") == park


def test_the_result_file_carries_nh3n(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_scenario(tmp_path / "p.parkflow", nh3n_park())
    out = tmp_path / "r.json"
    assert main(["optimize", str(tmp_path / "p.parkflow"), "--json", str(out)]) == 0
    capsys.readouterr()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["kpis"]["nh3n_discharged_t_per_yr"]["standalone"] == pytest.approx(0.48192)
    assert document["balances"]["nh3n_t_per_yr"]["current"]["retained"] == pytest.approx(0.5808)
