"""Ammonia nitrogen in the sample parks, recomputed by hand from their estimates.

The estimates (sample_parks/README.md and the enterprise notes): fresh and
demineralised water 1 mg/L (the GB 3838 class III limit), reclaimed water
5 mg/L (the GB 18918 class 1A limit its plant meets), Taizhou's high-salt
pharmaceutical wastewater 300 mg/L (typical 100–500 mg/L), every wastewater
plant removing 90 % and the sea outfall none.
"""

from __future__ import annotations

import pytest
from samples_helpers import sample_park

from parkflow.optimize import SolveOptions, optimize
from parkflow.report.kpis import park_kpis


def _nh3n(sample: str) -> dict[str, float | None]:
    park = sample_park(sample)
    return park_kpis(park, optimize(park, SolveOptions())).values["nh3n_discharged_t_per_yr"]


def test_ningbo_reclaimed_water_reuse_keeps_its_nh3n_out_of_the_sea() -> None:
    # Standalone: the reclaimed-water plant (8,760 h) sends its 60,000 t/d at 5 mg/L to the sea:
    # 60,000 × 365 × 5 g/t = 109.5 t; Zhenhai's towers and demineralisation feed (40,000 + 15,000 t/d)
    # and Jiufeng's towers (15,000 t/d), all 8,760 h, take 70,000 t/d of fresh water at 1 mg/L =
    # 25.55 t/yr, which their blowdown and concentrate carry to the zone plant (90 % removed): 2.555 t.
    # Total 112.055 t.
    # Current: all 60,000 t/d reused, 10,000 t/d fresh make-up remains:
    # (60,000 × 5 + 10,000 × 1) g/d × 365 = 113.15 t reach the zone plant, 10 % discharged = 11.315 t.
    nh3n = _nh3n("ningbo_petrochem")
    assert nh3n["standalone"] == pytest.approx(112.055, rel=1e-4)
    assert nh3n["current"] == pytest.approx(11.315, rel=1e-4)
    assert nh3n["optimized"] == pytest.approx(11.315, rel=1e-4)


def test_taizhou_high_salt_wastewater_nh3n_after_treatment() -> None:
    # Huahai's 10,000 t/yr and Liaoyuan's 4,000 t/yr of high-salt wastewater at 300 mg/L carry
    # 14,000 × 300 g/t = 4.2 t/yr of NH3-N; recovery (NaBr, Liaoyuan's salts) leaves it in the
    # condensate and mother liquor, so in every state it reaches a plant removing 90 %: 0.42 t.
    nh3n = _nh3n("taizhou_bay")
    for state in ("standalone", "current", "optimized"):
        assert nh3n[state] == pytest.approx(0.42, rel=1e-4), state


def test_jiaxing_reclaimed_water_lowers_nh3n_discharged() -> None:
    # Standalone: the port plant's 15,000 t/d of reclaimed water (8,760 h) leaves at 5 mg/L through
    # the sea outfall: 15,000 × 365 × 5 g/t = 27.375 t, and the rest comes from fresh make-up through
    # the plant; reusing it in the cooling towers sends it back through the plant (90 % removed), so
    # each state discharges less than the one before.
    nh3n = _nh3n("jiaxing_port")
    standalone, current, optimized = nh3n["standalone"], nh3n["current"], nh3n["optimized"]
    assert standalone is not None and current is not None and optimized is not None
    assert 27.375 < standalone < 27.375 + 1.0
    assert optimized < current < standalone
