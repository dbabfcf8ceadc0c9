"""Published figures beside ParkFlow's: each row's verdict is true for that row, and every gap has a reason.

The condensate bounds are worked by hand from IAPWS-IF97 liquid enthalpies
(h(95 °C) = 397.99 kJ/kg, h(100 °C) = 419.17 kJ/kg, h(179.9 °C) = 762.7 kJ/kg,
make-up at 20 °C = 83.74 kJ/kg) and 29.3076 GJ/tce (GB/T 2589-2020).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from samples_helpers import SAMPLE_NAMES, sample_park

from parkflow.model.entities import Direction, Enterprise, Link, LinkStatus, Medium, Park, Stream, Utility
from parkflow.model.factors import FactorLibrary
from parkflow.report.kpis import KPI_KEYS, breakdown_by_link, park_kpis
from parkflow.report.published import (
    AGREES,
    COLUMNS,
    EXPLAINED,
    NOT_REPRODUCIBLE,
    UNEXPLAINED,
    condensate_range_tce,
    published_comparison,
)

LIBRARY = FactorLibrary.load()


def _comparison(park: Park, path: Path | None = None) -> pd.DataFrame:
    table = park_kpis(park)
    links = breakdown_by_link(park, state="current", table=table)
    reductions = {key: table.reduction(key, "standalone", "current") for key in KPI_KEYS}
    return published_comparison(park, links, table.library, path=path, park_reductions=reductions)


def test_condensate_bounds_at_a_modelled_temperature() -> None:
    # 25,000 t × (397.99 − 83.74) kJ/kg = 7,856 GJ = 268.1 tce at 100 %, 315.4 tce at 85 %.
    low, high = condensate_range_tce(LIBRARY, 25_000, 95.0)
    assert low == pytest.approx(268.1, rel=2e-3)
    assert high == pytest.approx(315.4, rel=2e-3)
    # Without a temperature: 100 °C at 100 % (286 tce) to 1.0 MPa saturation at 85 % (681 tce).
    assert condensate_range_tce(LIBRARY, 25_000) == pytest.approx((286.0, 681.0), rel=0.01)


def _loop_park(return_c: float) -> Park:
    """37.5 t/h of condensate at ``return_c`` heating boiler feed water, 8,000 h (25,000 t a month)."""
    park = Park(name="loop park", hours_per_year=8000)
    park.enterprises["A"] = Enterprise("A")
    park.enterprises["B"] = Enterprise("B")
    park.utilities["U"] = Utility("U", Medium.HEAT, cost_cny_per_unit=200, co2_t_per_unit=0.378)
    park.streams["S_COND"] = Stream(
        "S_COND",
        "A",
        Direction.SOURCE,
        Medium.HOT_WATER,
        amount=37.5,
        temperature_c=return_c,
        target_temperature_c=30,
    )
    park.streams["K_BFW"] = Stream(
        "K_BFW",
        "B",
        Direction.SINK,
        Medium.HEAT,
        amount=5.0,
        temperature_c=20,
        target_temperature_c=60,
        utility="U",
    )
    park.links["L"] = Link("L", "S_COND", "K_BFW", LinkStatus.EXISTING, current_flow=37.5)
    return park


def _published_file(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "published.csv"
    path.write_text(",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_co2_row_is_judged_against_co2_bounds_not_tce(tmp_path: Path) -> None:
    # At 95 °C the loop saves 268–315 tce a month; × 2.77 tCO2/tce of coal = 743–874 t CO2.
    path = _published_file(
        tmp_path,
        [
            "loop park,K_BFW,co2_t_per_yr,800,t,month,test,condensate CO2 inside the bounds,",
            "loop park,K_BFW,co2_t_per_yr,4300,t,month,test,condensate CO2 above the bounds,",
            "loop park,K_BFW,energy_tce_per_yr,300,tce,month,test,condensate energy inside the bounds,",
            "loop park,K_BFW,energy_tce_per_yr,1630,tce,month,test,condensate energy above the bounds,",
        ],
    )
    rows = _comparison(_loop_park(95.0), path)
    inside_co2, above_co2, inside_tce, above_tce = (rows.iloc[i] for i in range(4))
    assert "743–874 t CO2" in inside_co2["explanation"]
    assert "lies within these bounds" in inside_co2["explanation"]
    assert inside_co2["verdict"] is not NOT_REPRODUCIBLE
    assert "is above these bounds" in above_co2["explanation"] and above_co2["verdict"] is NOT_REPRODUCIBLE
    assert "268–315 tce" in inside_tce["explanation"] and inside_tce["verdict"] is not NOT_REPRODUCIBLE
    assert above_tce["verdict"] is NOT_REPRODUCIBLE


def test_the_bounds_follow_the_modelled_return_temperature(tmp_path: Path) -> None:
    # At 60 °C: 25,000 × (251.2 − 83.74) kJ/kg = 4,187 GJ = 142.9 tce at 100 %, 168.1 tce at 85 %.
    path = _published_file(tmp_path, ["loop park,K_BFW,energy_tce_per_yr,200,tce,month,test,condensate,"])
    [row] = [r for _, r in _comparison(_loop_park(60.0), path).iterrows()]
    assert "at the 60 °C this park models" in row["explanation"] and "143–168 tce" in row["explanation"]
    assert row["verdict"] is NOT_REPRODUCIBLE


def test_a_gap_without_a_reason_says_so_and_a_typed_reason_is_shown(tmp_path: Path) -> None:
    park = Park(name="grid park", hours_per_year=8000)
    park.enterprises["A"] = Enterprise("A")
    park.enterprises["B"] = Enterprise("B")
    park.utilities["G"] = Utility(
        "G", Medium.WATER, cost_cny_per_unit=4, co2_t_per_unit=0, factor="fresh_water"
    )
    park.streams["S"] = Stream("S", "A", Direction.SOURCE, Medium.WATER, amount=10)
    park.streams["K"] = Stream("K", "B", Direction.SINK, Medium.WATER, amount=10, utility="G")
    park.links["L"] = Link("L", "S", "K", LinkStatus.EXISTING, current_flow=10)
    # 10 t/h × 8,000 h = 80,000 t/yr of fresh water replaced.
    path = _published_file(
        tmp_path,
        [
            "grid park,L,fresh_water_t_per_yr,82000,t,yr,test,within 5 %,",
            "grid park,L,fresh_water_t_per_yr,100000,t,yr,test,25 % above,",
            "grid park,L,fresh_water_t_per_yr,100000,t,yr,test,25 % above,the published figure counts a second pipe",
        ],
    )
    agrees, unexplained, explained = (r for _, r in _comparison(park, path).iterrows())
    assert agrees["parkflow"] == pytest.approx(80_000) and agrees["verdict"] is AGREES
    assert unexplained["gap_pct"] == pytest.approx(25.0) and unexplained["verdict"] is UNEXPLAINED
    assert explained["verdict"] is EXPLAINED and "counts a second pipe" in explained["explanation"]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_published_gap_of_the_samples_has_a_reason(name: str) -> None:
    rows = _comparison(sample_park(name))
    assert not rows.empty
    for _, row in rows.iterrows():
        where = f"{name} {row['item']} {row['kpi']}"
        assert row["verdict"] is not UNEXPLAINED, where
        gap = row["gap_pct"]
        if gap is None or pd.isna(gap) or abs(gap) > 5:
            assert row["verdict"] is not AGREES, where
            assert len(row["explanation"]) > 40, where
        else:
            assert row["verdict"] in (AGREES, NOT_REPRODUCIBLE), where
        if row["kpi"] == "co2_t_per_yr" and "these bounds" in row["explanation"]:
            assert "t CO2:" in row["explanation"], where  # CO2 judged against CO2 bounds, never tce ones


def test_the_jiaxing_condensate_rows_are_not_reproducible_at_95_c() -> None:
    rows = _comparison(sample_park("jiaxing_port")).set_index(["item", "kpi"])
    energy = rows.loc[("K_JH_BFW_HEAT", "energy_tce_per_yr")]
    co2 = rows.loc[("K_JH_BFW_HEAT", "co2_t_per_yr")]
    assert "95 °C this park models" in energy["explanation"] and "268–315 tce" in energy["explanation"]
    assert energy["verdict"] is NOT_REPRODUCIBLE and co2["verdict"] is NOT_REPRODUCIBLE
    assert "743–874 t CO2" in co2["explanation"] and "lies within" not in co2["explanation"]


def test_the_taizhou_steam_rows_name_the_valuation_coefficient() -> None:
    rows = _comparison(sample_park("taizhou_bay")).set_index(["item", "kpi"])
    xinghe = rows.loc[("L_XH_STEAM_OWN", "energy_tce_per_yr")]
    # 7.47 t/h × 8,000 h = 59,760 t; × 0.1286 kgce/kg (GB/T 2589) = 7,685 tce, the published 7,682.
    assert "59,760 t of steam" in xinghe["explanation"] and "7,685 tce" in xinghe["explanation"]
    dechang = rows.loc[("L_DC_STEAM_OTH", "energy_tce_per_yr")]
    # 22,900 t × 0.1286 = 2,945 tce: 95 % of the published 3,095; the rest is the retrofit's own savings.
    assert "2,945 tce" in dechang["explanation"] and "whole retrofit" in dechang["explanation"]
    for row in (xinghe, dechang):
        assert row["verdict"] is EXPLAINED


def test_a_published_reduction_against_a_parkflow_increase_is_an_opposite_sign_not_a_percentage(
    tmp_path: Path,
) -> None:
    # Jiaxing publishes a 640,000 t/yr CO2 reduction for the whole park; ParkFlow's standalone − current is
    # negative (the sample's exchanges add CO2: the CHP's exported steam carries its coal), so
    # (640,000 − ours) / |ours| would read as a meaningless "+978 %".
    from parkflow.report.content import build_report
    from parkflow.report.published import NET_INCREASE, opposite_signs

    assert opposite_signs(640_000, -72_933) and not opposite_signs(640_000, 72_933)
    rows = _comparison(sample_park("jiaxing_port")).set_index(["item", "kpi"])
    park_row = rows.loc[("park", "co2_t_per_yr")]
    assert park_row["parkflow"] < 0
    assert park_row["gap_pct"] is None or pd.isna(park_row["gap_pct"])
    assert park_row["verdict"] is NET_INCREASE and "net increase" in park_row["verdict"].en
    report = build_report(sample_park("jiaxing_port"), None)
    published = next(t for t in report.tables if t.key == "published")
    [cells] = [r for r in published.rows if r[0] == "park" and r[1] == _kpi_pair_of("co2_t_per_yr")]
    assert cells[6] == ("opposite sign", "符号相反")
    assert not any("%" in str(r[6]) and "opposite" in str(r[7]) for r in published.rows)


def _kpi_pair_of(key: str) -> tuple[str, str]:
    from parkflow.report.kpis import KPI_LABELS

    return KPI_LABELS[key][0], KPI_LABELS[key][1]


def test_why_they_differ_is_written_in_chinese_too() -> None:
    rows = _comparison(sample_park("jiaxing_port")).set_index(["item", "kpi"])
    energy = rows.loc[("K_JH_BFW_HEAT", "energy_tce_per_yr")]
    # the same IF97 bounds as the English sentence, in Chinese
    assert "凝结水" in energy["explanation_zh"] and "268–315 tce" in energy["explanation_zh"]
    assert "高于此范围" in energy["explanation_zh"] or "低于此范围" in energy["explanation_zh"]
    for _, row in rows.iterrows():
        if row["explanation"]:
            assert row["explanation_zh"], row.name
        if "park file:" in row["explanation"]:
            assert "园区文件（原文）" in row["explanation_zh"], row.name


def test_the_optimized_state_note_reads_in_chinese() -> None:
    from parkflow.report.compare import result_note_zh

    assert result_note_zh("optimized now (no stored result)") == "本次重新优化（无已存结果）"
    assert result_note_zh("stored result") == "已存结果"
    assert result_note_zh("not optimized (park changed since the stored result; --no-optimize)") == (
        "未优化（园区在结果保存后已修改；--no-optimize）"
    )
