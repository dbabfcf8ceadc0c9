#!/usr/bin/env python3
"""Write sample_parks/jiaxing_port_hourly.csv: an ESTIMATED hourly year of Jiaxing Port's steam and hot water.

    python scripts/make_jiaxing_hourly.py [OUT]     # default sample_parks/jiaxing_port_hourly.csv

Nobody publishes the hourly steam use of the Jiaxing Port Area's plants.  This
script builds a plausible year from the assumptions below, each stated with
its source or marked as an estimate, so that ``parkflow periods`` has a real
shape to cluster and a reader can change any assumption and rebuild the file.
Every value is an *amount factor*: the hour's rate ÷ the stream's figure on
``sample_parks/jiaxing_port/streams.csv`` (docs/periods.md).

Assumptions
-----------
1. Ambient temperature.  Jiaxing lies between Shanghai and Hangzhou (about
   80 km from each).  Its monthly mean temperature is taken as the mean of
   the two cities' monthly means in the China Statistical Yearbook 2009,
   table 11-13 "Monthly Average Temperature of Major Cities (2008)"
   (http://www.stats.gov.cn/tjsj/ndsj/2009/html/L1113e.htm): January 4.0 °C,
   July 30.2 °C, year 17.4 °C.  Days are interpolated between mid-months.
2. Steam against ambient (estimate).  Process steam in a chemical park is
   mostly process load, flat over the year; what varies is heat lost from
   pipes, tanks and steam tracing and the preheating of cold feeds and
   make-up water.  Estimate: +0.5 % of the plant's steam per K below the
   year's mean temperature (so about +6.5 % in January, -6.5 % in July).
3. Day and night (estimate).  The plants run continuously; batch and
   loading work of the day shift (08:00-20:00) adds 3 % by day and the
   night is 3 % below the mean.  Weekends are not modelled (continuous
   chemical plants do not stop for them).
4. Turnarounds (estimate).  Chemical plants stop for planned maintenance
   every year or two: Sanjiang Chemical's EO/MTO units 14 days from
   10 April, Hoshine Silicon 10 days from 15 October, the chemical-fibre
   plant 7 days from 5 May; their steam use and their condensate are 0 then.
5. Surplus low-pressure steam of the PTA plant (estimate).  It comes from
   the oxidation reactors' heat, so it follows production, not the weather,
   except that warmer cooling water in summer condenses less of the
   overhead and leaves 0.3 % more surplus steam per K above the year's mean.
   Its 12-day turnaround starts on 1 September.
6. Condensate heat follows the steam its plant uses, hour by hour.
7. Noise: every hour's steam use varies around its shape by a random walk
   that reverts to 0 (AR(1), 0.9 per hour, 1.5 % spread), seeded so the file
   rebuilds byte for byte.
8. Annual totals.  Each column is scaled so that its mean over the 8,760 h
   is the stream's enterprise's operating hours ÷ 8,760 (8,000 h on
   ``park.csv``): the year holds the same tonnes as the sample's annual
   figures, only spread as the plant really runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "sample_parks" / "jiaxing_port_hourly.csv"

HOURS = 8760
DAYS = 365
#: assumption 1: monthly mean temperature (°C), mean of Shanghai and Hangzhou in 2008 (China Statistical Yearbook 2009, table 11-13)
SHANGHAI_C = (4.2, 4.0, 11.4, 15.9, 21.6, 24.0, 30.2, 28.4, 25.6, 20.7, 13.1, 7.5)
HANGZHOU_C = (3.7, 3.9, 12.7, 17.1, 23.2, 24.6, 30.1, 28.4, 25.8, 20.4, 12.9, 7.6)
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: assumption 2: steam use per K below the year's mean temperature
STEAM_PER_K_COLD = 0.005
#: assumption 3: day shift from 08:00 to 20:00, ±3 %
DAY_SHIFT = (8, 20)
DAY_NIGHT_SWING = 0.03
#: assumption 5: PTA surplus steam per K above the year's mean
PTA_SURPLUS_PER_K_WARM = 0.003
#: assumption 7: noise
NOISE_PERSISTENCE = 0.9
NOISE_SPREAD = 0.015
SEED = 20261206
#: the sheet's operating hours of the enterprises below (park.csv, hours_per_year)
OPERATING_HOURS = 8000.0

#: assumption 4 and 5: turnarounds, (first day of the year counted from 0, days)
TURNAROUNDS = {
    "SJ": (31 + 28 + 31 + 9, 14),  # 10 April
    "HS": (sum(MONTH_DAYS[:9]) + 14, 10),  # 15 October
    "HHX": (sum(MONTH_DAYS[:4]) + 4, 7),  # 5 May
    "JXSH": (sum(MONTH_DAYS[:8]), 12),  # 1 September
}

#: columns: stream id -> (enterprise, kind); the condensate columns follow their plant's steam
STEAM_SINKS = {"K_SJ_STEAM": "SJ", "K_HS_STEAM": "HS", "K_HHX_STEAM": "HHX"}
CONDENSATE = {"S_SJ_COND_H": "K_SJ_STEAM", "S_HS_COND_H": "K_HS_STEAM"}
PTA_SURPLUS = "S_JXSH_LPSTEAM"


def daily_temperature() -> np.ndarray:
    """Mean temperature of each day (°C), interpolated linearly between mid-months, wrapping over New Year."""
    monthly = (np.array(SHANGHAI_C) + np.array(HANGZHOU_C)) / 2
    starts = np.cumsum((0,) + MONTH_DAYS[:-1])
    middles = starts + np.array(MONTH_DAYS) / 2
    days = np.arange(DAYS) + 0.5
    return np.interp(days, middles, monthly, period=DAYS)


def hourly(daily: np.ndarray) -> np.ndarray:
    return np.repeat(daily, 24)


def noise(rng: np.random.Generator) -> np.ndarray:
    """A mean-reverting random walk (AR(1)) with the stated persistence and spread."""
    shocks = rng.normal(0.0, NOISE_SPREAD * np.sqrt(1 - NOISE_PERSISTENCE**2), HOURS)
    walk = np.empty(HOURS)
    walk[0] = rng.normal(0.0, NOISE_SPREAD)
    for hour in range(1, HOURS):
        walk[hour] = NOISE_PERSISTENCE * walk[hour - 1] + shocks[hour]
    return walk


def running(enterprise: str) -> np.ndarray:
    """1 when the enterprise runs, 0 during its turnaround, per hour."""
    first, days = TURNAROUNDS[enterprise]
    on = np.ones(HOURS)
    on[first * 24 : (first + days) * 24] = 0.0
    return on


def scaled(shape: np.ndarray) -> np.ndarray:
    """``shape`` scaled so that its mean over the year is the operating hours' share of the year (assumption 8)."""
    return shape * (OPERATING_HOURS / HOURS) / shape.mean()


def build() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(SEED)
    temperature = hourly(daily_temperature())
    below_mean_k = temperature.mean() - temperature
    hour_of_day = np.arange(HOURS) % 24
    day_shift = (
        np.where((hour_of_day >= DAY_SHIFT[0]) & (hour_of_day < DAY_SHIFT[1]), 1.0, -1.0) * DAY_NIGHT_SWING
    )
    columns: dict[str, np.ndarray] = {}
    for stream, enterprise in STEAM_SINKS.items():
        shape = (1.0 + STEAM_PER_K_COLD * below_mean_k + day_shift + noise(rng)) * running(enterprise)
        columns[stream] = scaled(shape)
    for stream, steam in CONDENSATE.items():
        columns[stream] = columns[steam].copy()
    surplus = (1.0 - PTA_SURPLUS_PER_K_WARM * below_mean_k + noise(rng)) * running("JXSH")
    columns[PTA_SURPLUS] = scaled(surplus)
    return columns


HEADER = """\
# ESTIMATE, not measured: an hourly year of Jiaxing Port's main steam and hot-water streams,
# built by scripts/make_jiaxing_hourly.py from the assumptions in its docstring (ambient
# temperature from the China Statistical Yearbook 2009 table 11-13; steam against ambient,
# day shift, turnarounds and noise are estimates). Each value is an amount factor: the hour's
# rate / the stream's amount on sample_parks/jiaxing_port/streams.csv. One row per hour of 2026
# (hour 0 = 1 January 00:00-01:00); each column's mean is 8,000 / 8,760 (the park's hours).
# parkflow periods sample_parks/jiaxing_port --hourly sample_parks/jiaxing_port_hourly.csv --typical 6 -o OUT
"""


def write(path: Path) -> None:
    columns = build()
    names = list(columns)
    lines = [HEADER.rstrip("\n"), ",".join(["hour", *names])]
    values = np.column_stack([columns[name] for name in names])
    for hour, row in enumerate(values):
        lines.append(",".join([str(hour), *(f"{value:.3f}" for value in row)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    write(target)
    print(f"wrote {target}")
