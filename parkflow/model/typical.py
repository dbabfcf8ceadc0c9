"""Typical periods from hourly profiles: a year of hourly factors reduced to a few periods.

A park's hourly profiles (a CSV of 8,760 rows, one column per stream,
utility or disposal; docs/periods.md) hold *factors* relative to the park's
sheet figures: a stream's column multiplies its ``amount``, a utility's or
disposal's column multiplies its cost, exactly as ``amount_factor`` and
``cost_factor`` on the ``profiles`` sheet do.

:func:`typical_periods` clusters the 365 days into N typical days with
``tsam`` (hierarchical clustering, deterministic: no random seed involved),
and splits each typical day into K intra-day segments (tsam's segmentation
merges adjacent hours that look alike).  Each segment becomes one period:

- ``cycle`` = the typical day (``D3``): storage cycles within it;
- ``duration_h`` = the segment's length in hours;
- ``hours`` = the segment's length × the days that typical day stands for,
  scaled so that all periods add up to 8,760 h (a leap year's 8,784 rows
  stand for one ordinary year);
- each item's factor in the period = tsam's representative value.

tsam is imported only when a reduction runs: it takes about a second to
import, and ``import parkflow`` stays fast.
"""

from __future__ import annotations

import calendar
import csv
import io
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from parkflow.model.entities import Park, Period, Profile, profile_key
from parkflow.model.problems import ParkError, Problem
from parkflow.model.workbook.csv_read import MAX_CSV_BYTES, decode_csv_bytes, sniff_delimiter

#: Hours in an ordinary year: the typical periods always stand for this many hours together.
HOURS_IN_YEAR = 8760
HOURS_PER_DAY = 24
#: Rows an hourly profile may have: an ordinary year or a leap year, one row per hour.
DAYS_OF_ROWS = {8760: 365, 8784: 366}
#: A first column with one of these names numbers or dates the hours; it is not an item.
TIME_COLUMNS = ("hour", "time", "timestamp", "datetime", "date")
#: Segments a typical day may be split into (1: the whole day is one period).
MAX_SEGMENTS = HOURS_PER_DAY
DEFAULT_SEGMENTS = 2
#: Problems listed before "… and N more" (a wrong file can have thousands).
MAX_LISTED_PROBLEMS = 20
#: Decimals of the factors written to the profiles sheet (0.01 % of the sheet figure).
FACTOR_DECIMALS = 4
#: The error table's row for the sum of all items' factors, hour by hour.
SUM_ROW = "(sum)"
#: Kinds of factor a column gives: a stream's amount or a utility's or disposal's cost.
AMOUNT = "amount_factor"
COST = "cost_factor"


@dataclass(frozen=True)
class HourlyProfiles:
    """An hourly year of factors read from a CSV.

    ``frame`` has one row per hour (0 … 8,759 or 8,783) and one column per
    item; ``factor_kind`` says for each item whether it is an ``amount_factor``
    (a stream) or a ``cost_factor`` (a utility or disposal).
    """

    source: str
    frame: pd.DataFrame
    factor_kind: dict[str, str]

    @property
    def days(self) -> int:
        return len(self.frame) // HOURS_PER_DAY

    @property
    def items(self) -> list[str]:
        return list(self.frame.columns)


@dataclass(frozen=True)
class TypicalPeriods:
    """N typical days × K segments as periods and profiles, with the error of the reduction.

    ``errors`` is indexed by item (and :data:`SUM_ROW`) with the columns
    ``rmse`` and ``mae`` (in factor units, hour by hour, over the year),
    ``max_error`` and ``annual_error_pct`` (the item's yearly total from the
    periods against the hourly data's).
    """

    periods: tuple[Period, ...]
    profiles: tuple[Profile, ...]
    errors: pd.DataFrame
    typical_days: int
    segments: int
    #: days each typical day (cycle) stands for, in period order
    days_of_cycle: dict[str, int]
    #: the (at most three) months most of each typical day's days fall in: ``Jun Jul Aug``
    months_of_cycle: dict[str, str]

    @property
    def total_hours(self) -> float:
        return float(sum(period.hours or 0.0 for period in self.periods))


def factor_kind_of(park: Park, item: str) -> str | None:
    """``amount_factor`` for a stream, ``cost_factor`` for a utility or disposal, None for anything else."""
    if item in park.streams:
        return AMOUNT
    if item in park.utilities or item in park.disposals:
        return COST
    return None


def _listed(problems: list[Problem], label: str) -> list[Problem]:
    if len(problems) <= MAX_LISTED_PROBLEMS:
        return problems
    more = len(problems) - MAX_LISTED_PROBLEMS
    return problems[:MAX_LISTED_PROBLEMS] + [Problem(f"… and {more} more problems like these", sheet=label)]


def _lines_without_comments(text: str) -> tuple[list[str], int]:
    """The file's lines after leading ``#`` comments and blank lines, and the line number of the first one."""
    lines = text.splitlines()
    first = 0
    while first < len(lines) and (not lines[first].strip() or lines[first].lstrip().startswith("#")):
        first += 1
    while lines and not lines[-1].strip():
        lines.pop()
    return lines[first:], first + 1


def _header_problems(header: list[str], park: Park, label: str, line: int) -> tuple[list[int], list[Problem]]:
    """Indexes of the item columns and the problems of the header (unknown, duplicate, blank ids)."""
    problems: list[Problem] = []
    columns: list[int] = []
    seen: set[str] = set()
    for index, name in enumerate(header):
        if index == 0 and name.strip().lower() in TIME_COLUMNS:
            continue
        item = name.strip()
        if not item:
            problems.append(
                Problem(
                    f"column {index + 1} has no name; name each column by a stream, utility or disposal id",
                    sheet=label,
                    row=line,
                )
            )
            continue
        if item in seen:
            problems.append(
                Problem(
                    f"{item} is named twice; give each item one column", sheet=label, row=line, column=item
                )
            )
            continue
        seen.add(item)
        if factor_kind_of(park, item) is None:
            problems.append(
                Problem(
                    f"{item} is neither a stream, a utility nor a disposal of the park; name columns by their ids "
                    f"(for example {_examples(park)})",
                    sheet=label,
                    row=line,
                    column=item,
                )
            )
            continue
        columns.append(index)
    if not columns and not problems:
        problems.append(
            Problem(
                "no item columns: give one column per stream, utility or disposal id", sheet=label, row=line
            )
        )
    return columns, problems


def _examples(park: Park) -> str:
    ids = list(park.streams)[:2] + list(park.utilities)[:1]
    return ", ".join(ids) if ids else "S1, U1"


def _cell_problem(cell: str, label: str, line: int, column: str) -> Problem | None:
    text = cell.strip()
    if not text:
        return Problem(
            "is blank; give a factor (1 = the sheet figure, 0 = shut down)",
            sheet=label,
            row=line,
            column=column,
        )
    try:
        value = float(text)
    except ValueError:
        return Problem(
            f"{text!r} is not a number; give a factor (1 = the sheet figure)",
            sheet=label,
            row=line,
            column=column,
        )
    if not math.isfinite(value):
        return Problem(f"{text!r} is not a finite number", sheet=label, row=line, column=column)
    if value < 0:
        return Problem(f"{text} is negative; a factor is 0 or more", sheet=label, row=line, column=column)
    return None


def read_hourly_profiles(path: Path | str, park: Park) -> HourlyProfiles:
    """Read an hourly profile CSV for ``park``; ParkError with every located problem.

    Leading lines starting with ``#`` are comments; the next line names the
    columns.  Problems are located as ``FILE.csv:LINE:COLUMN`` (the line
    number in the file, as a text editor or spreadsheet shows it).
    """
    path = Path(path)
    label = path.name
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ParkError(
                Problem(
                    f"is {size / 2**20:.0f} MiB, more than the {MAX_CSV_BYTES / 2**20:.0f} MiB "
                    "ParkFlow reads from one CSV file",
                    sheet=label,
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ParkError(
            Problem(f"cannot read the hourly profiles ({exc.strerror or exc})", sheet=label)
        ) from exc
    text, problems = decode_csv_bytes(data, label)
    if text is None:
        raise ParkError(problems)
    lines, first_line = _lines_without_comments(text)
    if not lines:
        raise ParkError(Problem("is empty: give a header of item ids and one row per hour", sheet=label))
    delimiter = sniff_delimiter(lines[0])
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    header = rows[0]
    columns, header_problems = _header_problems(header, park, label, first_line)
    body = rows[1:]
    if len(body) not in DAYS_OF_ROWS:
        header_problems.append(
            Problem(
                f"has {len(body):,} rows of hours; give {HOURS_IN_YEAR:,} (one per hour of a year) or 8,784 (a leap "
                "year)",
                sheet=label,
            )
        )
    if header_problems:
        raise ParkError(_listed(header_problems, label))
    names = [header[index].strip() for index in columns]
    cell_problems: list[Problem] = []
    values = np.empty((len(body), len(columns)))
    for offset, row in enumerate(body):
        line = first_line + 1 + offset
        if len(row) != len(header):
            cell_problems.append(
                Problem(f"has {len(row)} cells; the header has {len(header)}", sheet=label, row=line)
            )
            continue
        for position, index in enumerate(columns):
            problem = _cell_problem(row[index], label, line, names[position])
            if problem is not None:
                cell_problems.append(problem)
            else:
                values[offset, position] = float(row[index])
    if cell_problems:
        raise ParkError(_listed(cell_problems, label))
    frame = pd.DataFrame(values, columns=names)
    kinds = {name: factor_kind_of(park, name) or AMOUNT for name in names}
    return HourlyProfiles(label, frame, kinds)


def option_problems(days: int | None, typical_days: int, segments: int) -> list[Problem]:
    """Problems with N (typical days) and K (segments per day) for a year of ``days`` days (None: not read yet)."""
    problems: list[Problem] = []
    most = max(DAYS_OF_ROWS.values()) if days is None else days
    if not 1 <= typical_days <= most:
        limit = "365 (366 for a leap year)" if days is None else f"{days} (the days in the hourly profiles)"
        problems.append(
            Problem(
                f"is {typical_days}; give a number of typical days from 1 to {limit}",
                kind="option",
                entity_id="--typical",
            )
        )
    if not 1 <= segments <= MAX_SEGMENTS:
        problems.append(
            Problem(
                f"is {segments}; give a number of segments per typical day from 1 to {MAX_SEGMENTS}",
                kind="option",
                entity_id="--segments",
            )
        )
    return problems


def _year_start(days: int) -> pd.Timestamp:
    """The first hour of a year with ``days`` days (the calendar only names the months in period names)."""
    return pd.Timestamp("2024-01-01" if days == 366 else "2026-01-01")


def _months(days: Iterable[int], year_start: pd.Timestamp) -> str:
    """The (at most three) months most of ``days`` fall in, in calendar order: ``Jan Feb Dec``."""
    counts = Counter((year_start + pd.Timedelta(days=day)).month for day in days)
    top = sorted(month for month, _ in counts.most_common(3))
    return " ".join(calendar.month_abbr[month] for month in top)


def _aggregate(hourly: HourlyProfiles, typical_days: int, segments: int) -> Any:
    import tsam  # about a second to import: only when a reduction runs

    frame = hourly.frame.copy()
    frame.index = pd.date_range(_year_start(hourly.days), periods=len(frame), freq="h")
    return tsam.aggregate(
        frame,
        n_clusters=typical_days,
        period_duration=HOURS_PER_DAY,
        temporal_resolution=1.0,
        # Ward's hierarchical clustering with medoids: deterministic, and every typical day is a real day
        cluster=tsam.ClusterConfig(method="hierarchical", representation="medoid"),
        segments=tsam.SegmentConfig(n_segments=segments),
        # the typical days' weighted means equal the year's: yearly totals are kept
        preserve_column_means=True,
        round_decimals=FACTOR_DECIMALS,
    )


def _period_hours(raw: list[float]) -> list[float]:
    """Hours rounded to 3 decimals that add up (in sheet order, as the validator adds them) to at most a year."""
    hours = [round(value, 3) for value in raw]
    excess = sum(hours) - HOURS_IN_YEAR
    if excess > 0:
        largest = max(range(len(hours)), key=hours.__getitem__)
        hours[largest] = round(hours[largest] - math.ceil(excess * 1000) / 1000, 3)
    return hours


def typical_periods(
    hourly: HourlyProfiles, typical_days: int, segments: int = DEFAULT_SEGMENTS
) -> TypicalPeriods:
    """Reduce an hourly year to ``typical_days`` × ``segments`` periods (module docstring)."""
    problems = option_problems(hourly.days, typical_days, segments)
    if problems:
        raise ParkError(problems)
    result = _aggregate(hourly, typical_days, segments)
    representatives: pd.DataFrame = result.cluster_representatives
    assignments = np.asarray(result.cluster_assignments)
    counts = {int(cluster): int(round(count)) for cluster, count in result.cluster_counts.items()}
    durations = result.segment_durations
    first_day = {int(cluster): int(np.flatnonzero(assignments == cluster)[0]) for cluster in counts}
    clusters = sorted(counts, key=first_day.__getitem__)
    scale = HOURS_IN_YEAR / (hourly.days * HOURS_PER_DAY)
    year_start = _year_start(hourly.days)
    periods: list[Period] = []
    raw_hours: list[float] = []
    rows: list[tuple[str, np.ndarray]] = []
    days_of_cycle: dict[str, int] = {}
    months_of_cycle: dict[str, str] = {}
    for number, cluster in enumerate(clusters, start=1):
        cycle = f"D{number}"
        days_of_cycle[cycle] = counts[cluster]
        months = months_of_cycle[cycle] = _months(np.flatnonzero(assignments == cluster), year_start)
        lengths = [int(length) for length in durations[cluster]]
        values = representatives.loc[cluster].to_numpy()
        start = 0
        for segment, length in enumerate(lengths):
            period_id = cycle if len(lengths) == 1 else f"{cycle}-{segment + 1}"
            name = f"Typical day {number}: {counts[cluster]} days ({months})"
            if len(lengths) > 1:
                name += f", {start:02d}-{start + length:02d} h"
            periods.append(Period(period_id, name, None, cycle, float(length)))
            raw_hours.append(counts[cluster] * length * scale)
            rows.append((period_id, values[segment]))
            start += length
    for period, hours in zip(periods, _period_hours(raw_hours), strict=True):
        period.hours = hours
    profiles = tuple(
        _profile(period_id, item, hourly.factor_kind[item], float(value))
        for period_id, values in rows
        for item, value in zip(hourly.items, values, strict=True)
    )
    errors = _errors(hourly, result.reconstructed, periods, profiles)
    return TypicalPeriods(
        tuple(periods), profiles, errors, typical_days, segments, days_of_cycle, months_of_cycle
    )


def _profile(period_id: str, item: str, kind: str, value: float) -> Profile:
    factor = round(value, FACTOR_DECIMALS)
    if kind == AMOUNT:
        return Profile(period_id, item, amount_factor=factor)
    return Profile(period_id, item, cost_factor=factor)


def _errors(
    hourly: HourlyProfiles, reconstructed: pd.DataFrame, periods: list[Period], profiles: tuple[Profile, ...]
) -> pd.DataFrame:
    """RMSE, MAE and largest error hour by hour, and the error of the yearly total, per item and for their sum."""
    original = hourly.frame.to_numpy()
    rebuilt = reconstructed[hourly.items].to_numpy()
    hours = np.array([period.hours or 0.0 for period in periods])
    position = {period.id: index for index, period in enumerate(periods)}
    factors = np.zeros((len(periods), len(hourly.items)))
    column = {item: index for index, item in enumerate(hourly.items)}
    for profile in profiles:
        value = profile.amount_factor if profile.amount_factor is not None else profile.cost_factor
        factors[position[profile.period], column[profile.item]] = value or 0.0
    scale = HOURS_IN_YEAR / len(original)
    original = np.column_stack([original, original.sum(axis=1)])
    rebuilt = np.column_stack([rebuilt, rebuilt.sum(axis=1)])
    factors = np.column_stack([factors, factors.sum(axis=1)])
    difference = rebuilt - original
    year_from_hours = original.sum(axis=0) * scale
    year_from_periods = hours @ factors
    with np.errstate(divide="ignore", invalid="ignore"):
        annual = np.where(year_from_hours > 0, (year_from_periods / year_from_hours - 1) * 100, 0.0)
    return pd.DataFrame(
        {
            "rmse": np.sqrt((difference**2).mean(axis=0)),
            "mae": np.abs(difference).mean(axis=0),
            "max_error": np.abs(difference).max(axis=0),
            "annual_error_pct": annual,
        },
        index=pd.Index([*hourly.items, SUM_ROW], name="item"),
    )


def with_typical_periods(park: Park, typical: TypicalPeriods) -> Park:
    """A copy of ``park`` whose periods and profiles are ``typical``'s (any earlier ones replaced)."""
    result = park.copy()
    result.periods = {period.id: period.copy() for period in typical.periods}
    result.profiles = {
        profile_key(profile.period, profile.item): profile.copy() for profile in typical.profiles
    }
    return result


def error_table(typical: TypicalPeriods) -> str:
    """The error of the reduction as aligned text, one row per item and one for their sum."""
    errors = typical.errors
    width = max(len("item"), *(len(str(item)) for item in errors.index))
    lines = [f"{'item':<{width}}  {'RMSE':>7}  {'MAE':>7}  {'max':>7}  {'year %':>7}"]
    for item, row in errors.iterrows():
        lines.append(
            f"{item!s:<{width}}  {row['rmse']:7.4f}  {row['mae']:7.4f}  {row['max_error']:7.4f}  "
            f"{round(row['annual_error_pct'], 2) + 0.0:+7.2f}"
        )
    return "\n".join(lines)
