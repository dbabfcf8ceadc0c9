"""A day/night park with a hot-water tank, shared by the storage optimizer and storage chart tests."""

from __future__ import annotations

from parkflow.model.entities import (
    Direction,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Period,
    Profile,
    Storage,
    Stream,
    Utility,
    profile_key,
)

HOURS = 12.0  # each period of the day cycle lasts 12 h


def day_night_park(
    *,
    status: LinkStatus = LinkStatus.EXISTING,
    capex: float | None = None,
    capacity: float = 500.0,
    works: str = "dyeing works",
    dormitory: str = "dormitory",
) -> Park:
    """A dyeing works' waste hot water by day, a dormitory's heating at night, a hot-water tank between them.

    W: 20 t/h of hot water 90 → 50 °C, by day only (night amount factor 0).
    N: 10 t/h of hot water 40 → 60 °C, at night only (day amount factor 0),
       else from a gas boiler at 10 CNY/t.
    TK: a 500 t tank at the dormitory, 30 t/h in and out, 5 %/h standing loss.
    Periods: a 12 h day and a 12 h night of one cycle "day", 4,000 h a year each.
    Charging costs 0.01 CNY/t pumped (so the cheapest schedule is unique).
    """
    park = Park(name="day and night", hours_per_year=8000.0)
    park.enterprises = {
        "E1": Enterprise("E1", works, x_km=0.0, y_km=0.0),
        "E2": Enterprise("E2", dormitory, x_km=0.5, y_km=0.0),
    }
    park.utilities = {
        "U_HW": Utility(
            "U_HW",
            Medium.HOT_WATER,
            "gas-boiler hot water",
            "t/h",
            cost_cny_per_unit=10.0,
            co2_t_per_unit=0.0,
            temperature_c=95.0,
        )
    }
    park.streams = {
        "W": Stream(
            "W",
            "E1",
            Direction.SOURCE,
            Medium.HOT_WATER,
            "waste hot water",
            20.0,
            "t/h",
            temperature_c=90.0,
            target_temperature_c=50.0,
        ),
        "N": Stream(
            "N",
            "E2",
            Direction.SINK,
            Medium.HOT_WATER,
            "night heating",
            10.0,
            "t/h",
            temperature_c=40.0,
            target_temperature_c=60.0,
            utility="U_HW",
        ),
    }
    park.storages = {
        "TK": Storage(
            "TK", "E2", Medium.HOT_WATER, capacity, 30.0, 30.0, 5.0, capex, 20.0 if capex else None, status
        )
    }
    park.links = {
        "IN": Link("IN", "W", "TK", LinkStatus.EXISTING, cost_cny_per_unit=0.01, loss_pct=0.0),
        "OUT": Link("OUT", "TK", "N", LinkStatus.EXISTING, loss_pct=0.0),
    }
    park.periods = {
        "day": Period("day", "Day", 4000.0, "day", HOURS),
        "night": Period("night", "Night", 4000.0, "day", HOURS),
    }
    park.profiles = {
        profile_key("night", "W"): Profile("night", "W", 0.0),
        profile_key("day", "N"): Profile("day", "N", 0.0),
    }
    return park
