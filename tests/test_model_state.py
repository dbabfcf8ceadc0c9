"""Standalone and current states follow from the park alone (docs/design.md, "Accounting")."""

from __future__ import annotations

import pytest

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
from parkflow.model.state import current_state, standalone_state


def _park() -> Park:
    park = Park(name="two plants")
    park.enterprises["A"] = Enterprise("A", "Power plant")
    park.enterprises["B"] = Enterprise("B", "Chemical plant")
    park.utilities["U-steam"] = Utility("U-steam", Medium.STEAM, cost_cny_per_unit=200)
    park.disposals["D-vent"] = Disposal("D-vent", Medium.STEAM)
    park.streams["S"] = Stream(
        "S",
        "A",
        Direction.SOURCE,
        Medium.STEAM,
        amount=240,
        unit="t/d",
        pressure_mpa=1.0,
        temperature_c=250,
        disposal="D-vent",
    )
    park.streams["K"] = Stream(
        "K",
        "B",
        Direction.SINK,
        Medium.STEAM,
        amount=8,
        pressure_mpa=0.6,
        temperature_c=180,
        utility="U-steam",
    )
    park.streams["TIN"] = Stream("TIN", "B", Direction.SINK, Medium.STEAM, amount=5, pressure_mpa=0.4)
    park.streams["TOUT"] = Stream("TOUT", "B", Direction.SOURCE, Medium.ELECTRICITY, amount=0)
    park.converters["T"] = Converter("T", "B", "TIN", "TOUT", ratio=0.1)
    park.links["L1"] = Link("L1", "S", "K", LinkStatus.EXISTING, capacity=10, current_flow=6, loss_pct=5)
    park.links["L2"] = Link("L2", "S", "TIN", LinkStatus.EXISTING, current_flow=2)
    park.links["L3"] = Link("L3", "S", "K", LinkStatus.CANDIDATE, capacity=10)
    return park


def test_standalone_sends_everything_to_utilities_and_disposals() -> None:
    state = standalone_state(_park())
    assert state.link_flows == {}
    assert state.utility_use == {"K": pytest.approx(8.0)}
    assert state.disposal_use == {"S": pytest.approx(10.0)}  # 240 t/d = 10 t/h
    assert state.converter_intake == {"T": 0.0}


def test_current_runs_existing_links_at_todays_flow() -> None:
    state = current_state(_park())
    assert set(state.link_flows) == {"L1", "L2"}  # the candidate carries nothing today
    assert state.link_flows["L1"].gain == pytest.approx(0.95)
    # K needs 8 t/h, receives 6 × 0.95 = 5.7, the utility makes up 2.3.
    assert state.utility_use["K"] == pytest.approx(2.3)
    # S offers 10 t/h, sends 6 + 2, the vent takes 2.
    assert state.disposal_use["S"] == pytest.approx(2.0)
    assert state.converter_intake["T"] == pytest.approx(2.0)
