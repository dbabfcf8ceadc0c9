"""The sample parks' data: physically consistent, sourced, and carrying the published figures.

The published quantities of the source reports (sample_parks/README.md) that a sample carries as a stream or
link amount are checked here against the report's numbers, so an edit that
breaks the calibration fails.  ``sample_parks/published.csv`` is checked
for shape and for items that exist in their park.
"""

from __future__ import annotations

import csv
import re

import pytest
from samples_helpers import PUBLISHED_CSV, SAMPLE_NAMES, sample_park

from parkflow.model.compat import link_refusal
from parkflow.model.entities import LinkStatus, Medium, Park
from parkflow.model.factors import FactorLibrary
from parkflow.model.state import canonical_amount, link_gain
from parkflow.model.units import burned_mw_per_unit

#: Natural-gas net calorific value, MJ/Nm³ (GB/T 32150-2015 annex A: 389.31 GJ/10⁴Nm³).
NATURAL_GAS_NCV_MJ_PER_NM3 = 38.931
#: Low-pressure steam standard coal, kgce/kg (GB/T 2589-2008 table A.1), used by the Xinghe figure.
LP_STEAM_KGCE_PER_KG = 0.1286
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{3,}")


def _annual(park: Park, rate: float) -> float:
    """A canonical rate (per operating hour) as a yearly amount."""
    return rate * park.hours_per_year


# -- physical consistency ------------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_link_is_physically_compatible(name: str) -> None:
    park = sample_park(name)
    for link in park.links.values():
        source, sink = park.streams[link.source], park.streams[link.sink]
        assert link_refusal(park, source, sink) is None, link.id
        if sink.medium is Medium.STEAM:
            assert source.pressure_mpa is not None and sink.pressure_mpa is not None
            assert sink.pressure_mpa <= source.pressure_mpa, link.id
            assert sink.temperature_c is not None and source.temperature_c is not None
            assert sink.temperature_c <= source.temperature_c, link.id
        if source.medium is Medium.HOT_WATER:  # heat can only run downhill with ΔTmin to spare
            assert source.temperature_c is not None and sink.temperature_c is not None
            assert source.temperature_c > sink.temperature_c + park.dt_min_k, link.id


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_todays_flows_fit_the_streams_they_join(name: str) -> None:
    """Existing links never send more than a source offers nor deliver more than a sink needs."""
    park = sample_park(name)
    sent: dict[str, float] = {}
    received: dict[str, float] = {}
    for link in park.links.values():
        if link.status is LinkStatus.CANDIDATE:
            assert not link.current_flow, link.id
            if link.capex_cny:
                assert link.lifetime_yr, link.id
            continue
        assert link.current_flow is not None and link.current_flow > 0, f"{link.id}: existing with no flow"
        source, sink = park.streams[link.source], park.streams[link.sink]
        sent[source.id] = sent.get(source.id, 0.0) + link.current_flow
        received[sink.id] = (
            received.get(sink.id, 0.0) + link_gain(park, source, sink, link.loss_pct) * link.current_flow
        )
    by_output = park.converter_of_output()
    by_input = park.converter_of_input()
    for stream_id, amount in sent.items():
        converter = by_output.get(stream_id)
        if converter is not None:
            available = converter.ratio * received.get(converter.input, 0.0)
        else:
            available = canonical_amount(park, park.streams[stream_id])
        assert amount <= available * (1 + 1e-4), stream_id
    for stream_id, amount in received.items():
        converter = by_input.get(stream_id)
        limit = canonical_amount(park, park.streams[stream_id])
        if converter is not None and converter.capacity is not None:
            limit = converter.capacity
        assert amount <= limit * (1 + 1e-4), stream_id


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_enterprise_is_named_in_both_languages_and_sourced(name: str) -> None:
    park = sample_park(name)
    for enterprise in park.enterprises.values():
        assert _CJK.search(enterprise.name) and _LATIN.search(enterprise.name), enterprise.id
        assert enterprise.sector, enterprise.id
        notes = enterprise.notes
        assert "estimate" in notes or "Blue book" in notes or "published" in notes, enterprise.id


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_utility_and_disposal_has_its_figures(name: str) -> None:
    park = sample_park(name)
    for row in [*park.utilities.values(), *park.disposals.values()]:
        assert row.cost_cny_per_unit is not None, row.id
        if row.co2_t_per_unit is None:  # computed from its factor-library entry (CHP steam)
            assert row.factor == "chp_steam_coal", row.id
        else:
            assert row.co2_t_per_unit >= 0, row.id
    for utility in park.utilities.values():
        assert utility.unit, utility.id  # prices say what they are per


# -- published quantities the samples carry ------------------------------------------------


def _link_rate(park: Park, link_id: str) -> float:
    link = park.links[link_id]
    assert link.current_flow is not None
    return link.current_flow


def test_jiaxing_carries_its_published_quantities() -> None:
    park = sample_park("jiaxing_port")
    condensate = sum(_link_rate(park, link) for link in ("L_SJ_COND_W", "L_HS_COND_W", "L_HHX_COND_W"))
    assert _annual(park, condensate) / 12 == pytest.approx(25_000, rel=1e-6)  # t/month
    hydrogen = park.streams["S_MF_H2"]
    fuel_mw = _link_rate(park, "L_MF_H2_HHX") * burned_mw_per_unit(Medium.HYDROGEN, hydrogen.purity_pct)
    gas_nm3 = _annual(park, fuel_mw) * 3600 / NATURAL_GAS_NCV_MJ_PER_NM3
    assert gas_nm3 == pytest.approx(38e6, rel=1e-3)  # natural gas replaced per year


def test_ningbo_carries_its_published_quantities() -> None:
    park = sample_park("ningbo_petrochem")
    turbine = park.converters["C_FD_TURBINE"]
    power_mwh = _annual(park, turbine.ratio * _link_rate(park, "L_FD_STEAM_TURB"))
    assert power_mwh == pytest.approx(6_400, rel=1e-3)  # 6.4 GWh/yr
    assert _link_rate(park, "L_FD_POWER_OWN") == pytest.approx(
        turbine.ratio * _link_rate(park, "L_FD_STEAM_TURB"), rel=1e-3
    )
    reclaimed = park.streams["S_RW_RECLAIM"]
    reused = sum(_link_rate(park, link.id) for link in park.links_of(reclaimed.id))
    assert reused * 24 == pytest.approx(60_000, rel=1e-4)  # t/day reused
    assert canonical_amount(park, reclaimed) * 24 == pytest.approx(60_000)
    hot_water = park.streams["S_ZH_HW"]
    assert (hot_water.temperature_c, hot_water.target_temperature_c) == (150, 100)
    assert park.streams["S_SM_HW"].temperature_c == 110


def test_taizhou_carries_its_published_quantities() -> None:
    park = sample_park("taizhou_bay")
    solvent_in = sum(
        _link_rate(park, link.id) for link in park.links.values() if link.sink == "K_LC_WSOLV_IN"
    )
    assert _annual(park, solvent_in) == pytest.approx(24_800)  # waste solvent recovered, t/yr
    assert _annual(park, _link_rate(park, "L_DC_STEAM_OTH")) == pytest.approx(22_900)  # more steam exported
    xinghe_steam = _annual(park, _link_rate(park, "L_XH_STEAM_OWN"))
    assert xinghe_steam * LP_STEAM_KGCE_PER_KG == pytest.approx(7_682, rel=1e-3)  # tce/yr
    assert _annual(park, _link_rate(park, "L_LY_HSWW_SALT")) == pytest.approx(
        4_000
    )  # high-strength wastewater
    purifier = park.converters["C_HC_PURIFY"]
    co2_product = _annual(park, purifier.ratio * _link_rate(park, "L_HC_CO2_PURIFY"))
    assert co2_product == pytest.approx(30_000, rel=1e-3)  # t/yr of 99.9998 % CO2
    assert park.streams["S_HC_CO2_HP"].purity_pct == pytest.approx(99.9998)
    nabr = park.converters["C_HH_NABR"]
    assert _annual(park, nabr.ratio * _link_rate(park, "L_HH_SALTWW_NABR")) == pytest.approx(500)  # NaBr t/yr


# -- published.csv -------------------------------------------------------------------------

PUBLISHED_COLUMNS = [
    "park",
    "item",
    "kpi",
    "published_value",
    "unit",
    "period",
    "source",
    "note",
    "gap_reason",
]
PUBLISHED_KPIS = {
    "co2_t_per_yr",
    "energy_tce_per_yr",
    "natural_gas_nm3_per_yr",
    "cod_discharged_t_per_yr",
    "fresh_water_t_per_yr",
    "electricity_mwh_per_yr",
    "recovered_t_per_yr",
}


def _published_rows() -> list[dict[str, str]]:
    with PUBLISHED_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == PUBLISHED_COLUMNS
        return list(reader)


def test_published_figures_name_real_items_of_their_park() -> None:
    parks = {name: sample_park(name) for name in SAMPLE_NAMES}
    rows = _published_rows()
    assert rows
    seen_parks = set()
    for number, row in enumerate(rows, start=2):
        matching = [name for name, park in parks.items() if row["park"] and row["park"] in park.name]
        assert len(matching) == 1, f"published.csv:{number}: park {row['park']!r} names no single sample"
        park = parks[matching[0]]
        seen_parks.add(matching[0])
        assert (
            row["item"] == "park"
            or row["item"] in park.links
            or row["item"] in park.streams
            or (row["item"] in park.converters)
        ), (
            f"published.csv:{number}: {row['item']!r} is neither 'park' nor a link, stream or converter of {matching[0]}"
        )
        assert row["kpi"] in PUBLISHED_KPIS, f"published.csv:{number}: kpi {row['kpi']!r}"
        assert float(row["published_value"]) > 0
        assert row["period"] in {"yr", "month", "day"}
        assert row["unit"] and row["source"] and row["note"]
    assert seen_parks == set(SAMPLE_NAMES)


def test_published_headline_figures_are_all_there() -> None:
    """The published figures that map to an exchange (the three checked in tests/test_kpis_sanity.py among them)."""
    values = {(row["item"], row["kpi"]): float(row["published_value"]) for row in _published_rows()}
    assert values[("L_MF_H2_HHX", "natural_gas_nm3_per_yr")] == 38e6
    assert values[("L_MF_H2_HHX", "co2_t_per_yr")] == 75_100
    assert values[("K_JH_BFW_HEAT", "energy_tce_per_yr")] == 1_630
    assert values[("S_FD_TURB_POWER", "electricity_mwh_per_yr")] == 6_400
    assert values[("S_FD_TURB_POWER", "energy_tce_per_yr")] == 2_000
    assert values[("L_DC_STEAM_OTH", "co2_t_per_yr")] == 8_418
    assert values[("C_HC_PURIFY", "recovered_t_per_yr")] == 30_000  # recovered, not avoided
    assert values[("park", "co2_t_per_yr")] == 640_000


# -- the accounting rules of version 2 in the sample data ---------------------------------


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_water_sink_declares_its_effluent(name: str) -> None:
    """Cooling towers, boilers and water-fed units say where their effluent goes and what it carries."""
    park = sample_park(name)
    water_sinks = [stream for stream in park.sinks() if stream.medium is Medium.WATER]
    assert water_sinks
    for sink in water_sinks:
        assert sink.disposal in park.disposals, sink.id
        assert park.disposals[sink.disposal].medium is Medium.WATER, sink.id
        assert sink.effluent_pct is not None and 0 < sink.effluent_pct <= 100, sink.id
        assert sink.cod_pass_pct is not None and 0 <= sink.cod_pass_pct <= 100, sink.id
        if "cooling" in sink.name.lower():  # 4 cycles of concentration (GB/T 50050-2017: at least 3)
            assert sink.effluent_pct == 25, sink.id


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_utility_and_disposal_names_its_scope(name: str) -> None:
    park = sample_park(name)
    for row in [*park.utilities.values(), *park.disposals.values()]:
        assert row.scope in (1, 2, 3), row.id
    for utility in park.utilities.values():
        if utility.medium in (Medium.MATERIAL, Medium.WATER):  # bought in: upstream
            assert utility.scope == 3, utility.id
        if utility.medium is Medium.ELECTRICITY:
            assert utility.scope == 2, utility.id


def test_jiaxing_chp_steam_carries_its_coal() -> None:
    park = sample_park("jiaxing_port")
    steam = park.streams["S_JH_STEAM"]
    assert steam.factor == "chp_steam_coal" and steam.cost_cny_per_unit == 170
    burden = FactorLibrary.load().for_park(park).burden_values(steam)
    assert burden is not None and burden.scope == 1
    # (h(1.3 MPa, 300 °C) 3,043.7 − 83.74 kJ/kg) ÷ 0.88 = 3.364 GJ of coal = 0.1148 tce; × 2.7725 t/tce = 0.318 t.
    assert burden.co2_t == pytest.approx(0.318, abs=0.001)
    assert burden.energy_tce == pytest.approx(0.1148, abs=0.0005)
    for link in park.links_of(steam.id):  # the cost is charged once, at the source
        assert not link.cost_cny_per_unit, link.id
    assert not park.streams["S_JXSH_LPSTEAM"].co2_t_per_unit  # waste-heat steam is a true by-product


def test_jiaxing_pdh_hydrogen_is_split_by_its_standalone_fate() -> None:
    park = sample_park("jiaxing_port")
    flared, heaters = park.streams["S_MF_H2"], park.streams["S_MF_H2_HTR"]
    assert flared.amount + heaters.amount == 25_000  # Nm³/h after PSA (enterprise note)
    assert park.disposals[flared.disposal].id == "D_H2_FLARE"
    assert park.disposals[heaters.disposal].co2_t_per_unit == 0  # fired at home, in place of gas
    # Sent away, the heater share costs the gas its heaters then burn:
    # 10.79 MJ/Nm³ × 0.999 ÷ 38.931 MJ/Nm³ = 0.27688 Nm³ of gas × 2.16219 kg = 0.599 kg CO2, × 3.6 CNY = 1.00 CNY.
    gas_nm3 = burned_mw_per_unit(Medium.HYDROGEN, heaters.purity_pct) * 3600 / NATURAL_GAS_NCV_MJ_PER_NM3
    assert heaters.co2_t_per_unit == pytest.approx(gas_nm3 * 2.16219e-3, rel=2e-3)
    assert heaters.cost_cny_per_unit == pytest.approx(gas_nm3 * 3.6, rel=2e-3)
    assert _link_rate(park, "L_MF_H2_HHX") <= flared.amount  # today's line takes the surplus only


def test_taizhou_converters_close_their_mass_balances() -> None:
    """Output + residue (+ the input sink's effluent for water) = intake, for every converter."""
    park = sample_park("taizhou_bay")
    for converter in park.converters.values():
        intake = park.streams[converter.input]
        effluent = (intake.effluent_pct or 0.0) / 100 if intake.medium is Medium.WATER else 0.0
        closed = converter.ratio + (converter.residue_ratio or 0.0) + effluent
        assert closed == pytest.approx(1.0), converter.id
        assert converter.aux and park.streams[converter.aux].utility, (
            converter.id
        )  # the unit's own steam, gas or power
    # The tonnages the audit found vanishing: 3,720 t bottoms, 1,580 t CO2, 9,500 t mother liquor, 3,400 t condensate.
    assert 24_800 * park.converters["C_LC_DISTIL"].residue_ratio == pytest.approx(3_720)
    assert 31_600 * park.converters["C_HC_PURIFY"].residue_ratio == pytest.approx(1_580)
    assert 10_000 * park.streams["K_HH_NABR_IN"].effluent_pct / 100 == pytest.approx(9_500)
    assert 4_000 * park.streams["K_LY_SALT_IN"].effluent_pct / 100 == pytest.approx(3_400)


def test_taizhou_keeps_buyers_outside_the_park_out_of_the_model() -> None:
    park = sample_park("taizhou_bay")
    assert "MKT" not in park.enterprises
    for product in ("S_XH_SALT", "S_HH_NABR", "S_LY_SALTS", "S_HC_CO2_HP"):
        sale = park.disposals[park.streams[product].disposal]
        assert sale.cost_cny_per_unit < 0, product  # revenue
    # Sold CO2 is released where it is used: it stays in the park's CO2, like the unrecovered 5 % vented.
    assert park.disposals["D_CO2_SOLD"].co2_t_per_unit == 1.0
    assert park.disposals[park.streams["S_HC_CO2_UNREC"].disposal].co2_t_per_unit == 1.0
    # The raw off-gas is not yet a product: its internal line to the purifier is not CO2 utilised.
    assert park.streams["S_HC_CO2_RAW"].substance == "CO2 off-gas"


def test_co2_products_are_materials_of_substance_co2() -> None:
    ningbo, taizhou = sample_park("ningbo_petrochem"), sample_park("taizhou_bay")
    for park, stream_id in ((ningbo, "S_ZH_CO2"), (taizhou, "S_HC_CO2_HP"), (taizhou, "S_HC_CO2_UNREC")):
        stream = park.streams[stream_id]
        assert (stream.medium, stream.substance) == (Medium.MATERIAL, "CO2"), stream_id


def test_plants_running_365_days_set_their_own_hours() -> None:
    expected = {"jiaxing_port": {"WWTP"}, "ningbo_petrochem": {"RW", "ZH", "JF"}, "taizhou_bay": set()}
    for name, ids in expected.items():
        park = sample_park(name)
        own = {eid for eid, enterprise in park.enterprises.items() if enterprise.hours_per_year is not None}
        assert own == ids, name
        for eid in own:
            assert park.enterprises[eid].hours_per_year == 8760
            assert "8,760" in park.enterprises[eid].notes, eid
