"""The compatibility rules of docs/design.md, "Media and compatibility", asked in one place."""

from __future__ import annotations

import pytest

from parkflow.model.compat import compatible_pairs, conversion_factor, link_refusal
from parkflow.model.entities import Converter, Direction, Enterprise, Medium, Park, Stream

SRC, SNK = Direction.SOURCE, Direction.SINK


def _park(*streams: Stream, dt_min: float = 10.0) -> Park:
    park = Park(name="t", dt_min_k=dt_min)
    park.enterprises["E"] = Enterprise("E")
    for stream in streams:
        park.streams[stream.id] = stream
    return park


def test_steam_let_down_allowed_but_not_up() -> None:
    hp = Stream("HP", "E", SRC, Medium.STEAM, amount=10, pressure_mpa=1.0, temperature_c=250)
    lp_sink = Stream("K", "E", SNK, Medium.STEAM, amount=5, pressure_mpa=0.6, temperature_c=160)
    low = Stream("LP", "E", SRC, Medium.STEAM, amount=10, pressure_mpa=0.6, temperature_c=165)
    hp_sink = Stream("K2", "E", SNK, Medium.STEAM, amount=5, pressure_mpa=1.0, temperature_c=180)
    park = _park(hp, lp_sink, low, hp_sink)
    assert link_refusal(park, hp, lp_sink) is None
    assert link_refusal(park, low, hp_sink) == "steam at 0.6 MPa cannot serve a 1 MPa sink (LP → K2)"
    cold = Stream("C", "E", SRC, Medium.STEAM, amount=1, pressure_mpa=1.0, temperature_c=170)
    assert "170 °C cannot serve a 180 °C sink" in (link_refusal(park, cold, hp_sink) or "")


def test_direction_and_media() -> None:
    water = Stream("W", "E", SRC, Medium.WATER, amount=1, cod_mg_l=50)
    need = Stream("N", "E", SNK, Medium.WATER, amount=1, cod_mg_l=100)
    steam_need = Stream("S", "E", SNK, Medium.STEAM, amount=1)
    park = _park(water, need, steam_need)
    assert "must start at a source" in (link_refusal(park, need, need) or "")
    assert "must end at a sink" in (link_refusal(park, water, water) or "")
    assert "cannot serve the steam sink" in (link_refusal(park, water, steam_need) or "")
    assert link_refusal(park, water, need) is None


def test_blend_needs_the_limited_quality_field() -> None:
    h2 = Stream("H", "E", SRC, Medium.HYDROGEN, amount=100)
    need = Stream("N", "E", SNK, Medium.HYDROGEN, amount=50, purity_pct=95)
    park = _park(h2, need)
    assert "gives no purity_pct" in (link_refusal(park, h2, need) or "")
    h2.purity_pct = 80.0  # lower than the limit is fine: the blend decides
    assert link_refusal(park, h2, need) is None


def test_hydrogen_into_fuel_at_lhv() -> None:
    h2 = Stream("H", "E", SRC, Medium.HYDROGEN, amount=100, purity_pct=90)
    fuel = Stream("F", "E", SNK, Medium.FUEL, amount=1)
    park = _park(h2, fuel)
    assert link_refusal(park, h2, fuel) is None
    assert conversion_factor(h2, fuel) == pytest.approx(10.79 * 0.9 / 3600)


def test_heat_needs_dt_min_and_direction() -> None:
    hot = Stream("H", "E", SRC, Medium.HOT_WATER, amount=100, temperature_c=150, target_temperature_c=100)
    cold = Stream("C", "E", SNK, Medium.HEAT, amount=1, temperature_c=135, target_temperature_c=145)
    warm = Stream("W", "E", SNK, Medium.HEAT, amount=1, temperature_c=145, target_temperature_c=148)
    park = _park(hot, cold, warm)
    assert link_refusal(park, hot, cold) is None
    assert "ΔTmin 10 K" in (link_refusal(park, hot, warm) or "")
    # 100 t/h × 4.186 × 50 K / 3600 MW per t/h into a MW sink
    assert conversion_factor(hot, cold) == pytest.approx(4.186 * 50 / 3600)
    backwards = Stream("B", "E", SRC, Medium.HEAT, amount=1, temperature_c=20, target_temperature_c=80)
    park.streams["B"] = backwards
    assert "cold stream" in (link_refusal(park, backwards, cold) or "")


def test_material_substance_must_match() -> None:
    acid = Stream("A", "E", SRC, Medium.MATERIAL, amount=1, substance="H2SO4", purity_pct=70)
    need = Stream("N", "E", SNK, Medium.MATERIAL, amount=1, substance="NaOH")
    park = _park(acid, need)
    assert "needs NaOH" in (link_refusal(park, acid, need) or "")


def test_converter_output_never_feeds_its_own_input() -> None:
    steam_in = Stream("IN", "E", SNK, Medium.STEAM, amount=10, pressure_mpa=0.4)
    steam_out = Stream("OUT", "E", SRC, Medium.STEAM, amount=0, pressure_mpa=0.5)
    park = _park(steam_in, steam_out)
    park.converters["T"] = Converter("T", "E", "IN", "OUT", ratio=0.9)
    assert "output of converter T" in (link_refusal(park, steam_out, steam_in) or "")
    assert compatible_pairs(park) == []
