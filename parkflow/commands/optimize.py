"""``parkflow optimize IN``: optimize the park's matching and print its KPIs (docs/design.md, "The command line").

Exit codes: 0 solved; 2 invalid input or unusable output path (nothing
written); 3 infeasible (the diagnosis is printed); 1 solver trouble
(missing solver, failure, time-out without a solution).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from parkflow.commands.outputs import check_outputs, output
from parkflow.model.entities import Park
from parkflow.model.fileio import is_stream_target
from parkflow.model.io import load_park
from parkflow.model.problems import ParkError, Problem, option_problem
from parkflow.optimize import (
    InfeasibleError,
    OptimizationResult,
    SolveOptions,
    SolverError,
    build,
    optimize,
    write_mps,
)
from parkflow.optimize.storage import storage_summaries

EXIT_SOLVER = 1


def add_solver_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mode",
        choices=("lp", "milp"),
        default="lp",
        help="lp (default): build decisions relaxed to [0, 1]; milp: binary build decisions",
    )
    parser.add_argument("--solver", choices=("highs", "cbc"), default="highs", help="solver (default highs)")
    parser.add_argument(
        "--time-limit", type=float, metavar="S", default=None, help="solver time limit in seconds"
    )
    parser.add_argument(
        "--mip-gap",
        type=float,
        metavar="PCT",
        default=None,
        help="milp: stop when the network found is within PCT %% of the savings at stake "
        "(existing links alone minus the LP bound; default 0.5)",
    )


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "optimize",
        help="optimize source–sink matching and print the KPI table",
        description="Optimize which sources serve which sinks and print the KPIs of the "
        "standalone, current and optimized park. IN is a .parkflow file, an .xlsx workbook or a "
        "workbook folder.",
    )
    parser.add_argument("input", metavar="IN", help="park: .parkflow, .xlsx or a folder of <sheet>.csv")
    parser.add_argument(
        "--objective",
        choices=("cost", "co2", "cod"),
        default="cost",
        help="cost (CNY/yr, default), co2 or cod (t/yr)",
    )
    add_solver_arguments(parser)
    parser.add_argument("--json", metavar="OUT", help="write the result document as JSON")
    parser.add_argument("--save", metavar="OUT.parkflow", help="save park and result as a scenario file")
    parser.add_argument("--write-mps", metavar="OUT.mps", help="write the model as an MPS file")
    parser.set_defaults(func=run)


def options_from(args: argparse.Namespace, objective: str | None = None) -> SolveOptions:
    limit = args.time_limit
    if limit is not None and not limit > 0:
        raise ParkError(option_problem("--time-limit", f"give a positive number of seconds, not {limit:g}"))
    try:
        return SolveOptions(
            objective=str(objective or args.objective),
            mode=args.mode,
            solver=args.solver,
            time_limit=args.time_limit,
            mip_gap=mip_gap_from(args),
        )
    except ValueError as exc:
        raise ParkError(Problem(str(exc))) from exc


def mip_gap_from(args: argparse.Namespace) -> float:
    """``--mip-gap`` (percent) as the ``mip_gap`` fraction of SolveOptions (its default when not given)."""
    percent = args.mip_gap
    if percent is None:
        return SolveOptions.mip_gap
    if not 0.0 <= percent < 100.0:
        raise ParkError(
            option_problem(
                "--mip-gap", f"give a percentage from 0 to below 100 (0.5 is the default), not {percent:g}"
            )
        )
    return float(percent) / 100.0


def check_output(path: str | None, suffixes: tuple[str, ...] = (), option: str = "output") -> Path | None:
    """An output path whose folder exists (ParkError naming the option otherwise, before any work)."""
    if path is None:
        return None
    out = Path(path)
    if not out.parent.exists() if str(out.parent) else False:
        raise ParkError(
            option_problem(option, f"{out}: the folder {out.parent} does not exist; create it first")
        )
    if out.is_dir():
        raise ParkError(option_problem(option, f"{out} is a folder; give a file name"))
    if suffixes and out.suffix.lower() not in suffixes and not is_stream_target(out):
        raise ParkError(option_problem(option, f"{out}: give a file name ending in {' or '.join(suffixes)}"))
    return out


def write_json(path: Path, document: dict[str, Any]) -> None:
    """Write ``document`` atomically: the old file stays intact until the new one is complete."""
    from parkflow.model.fileio import write_atomically

    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


def kpi_document(
    park: Park, result: OptimizationResult
) -> tuple[dict[str, dict[str, float | None]], list[list[str]], dict[str, Any]]:
    """The result file's ``kpis`` block, printable rows, and its ``balances`` and ``by_enterprise`` blocks."""
    from parkflow.report.kpis import KPI_KEYS, KPI_LABELS, park_kpis

    table = park_kpis(park, result)
    values = table.as_dict()
    not_modelled = set(table.not_modelled())
    rows = []
    for key in KPI_KEYS:
        english, chinese, unit = KPI_LABELS[key]
        if key in not_modelled:  # no utility carries it: a 0 would read as "none used"
            cells = ["not modelled 未建模"] * 3
        else:
            cells = [_number(values[key].get(state)) for state in ("standalone", "current", "optimized")]
        rows.append([f"{english} {chinese} ({unit})", *cells])
    return values, rows, {"balances": table.balances_dict(), "by_enterprise": table.by_enterprise()}


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.1f}" if abs(value) < 1e6 else f"{value:,.0f}"


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: Chinese characters (East Asian wide/fullwidth) take two."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def print_table(header: list[str], rows: list[list[str]]) -> None:
    """A plain table; columns are aligned by display width, so bilingual labels line up."""
    table = [[str(cell) for cell in row] for row in [header, *rows]]
    widths = [max(display_width(row[i]) for row in table) for i in range(len(header))]
    for number, row in enumerate(table):
        cells = []
        for i, cell in enumerate(row):
            padding = " " * (widths[i] - display_width(cell))
            cells.append(cell + padding if i == 0 else padding + cell)
        print("  ".join(cells))
        if number == 0:
            print("  ".join("-" * width for width in widths))


def print_diagnosis(error: InfeasibleError) -> None:
    print("infeasible: no operating point meets every balance, blend and capacity.", file=sys.stderr)
    print("What had to give:", file=sys.stderr)
    for line in error.diagnosis.lines or ["(no single constraint explains it)"]:
        print(f"  - {line}", file=sys.stderr)


def print_periods(park: Park, result: OptimizationResult) -> None:
    """A park with periods: each period's hours and its share of the year's cost and CO2."""
    if not result.periods:
        return
    from parkflow.report.kpis import park_kpis

    rows = []
    for period_id, name, hours in result.period_details:
        values = park_kpis(park, result, period=period_id).values
        rows.append(
            [
                f"{period_id} {name}".strip(),
                f"{hours:,.0f}",
                *(
                    _number(values[key].get(state))
                    for key in ("cost_cny_per_yr", "co2_t_per_yr")
                    for state in ("standalone", "optimized")
                ),
            ]
        )
    print_table(
        [
            "period 时段",
            "hours 小时",
            "cost standalone 成本（独立）",
            "cost optimized 成本（优化）",
            "CO2 standalone 二氧化碳（独立）",
            "CO2 optimized 二氧化碳（优化）",
        ],
        rows,
    )


def solve_or_exit(park: Park, options: SolveOptions) -> OptimizationResult | int:
    """Optimize; print the diagnosis (raise InfeasibleExit) or the solver message (return 1)."""
    from parkflow.cli import InfeasibleExit

    try:
        return optimize(park, options)
    except InfeasibleError as exc:
        print_diagnosis(exc)
        raise InfeasibleExit() from exc
    except SolverError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SOLVER


def run(args: argparse.Namespace) -> int:
    options = options_from(args)
    json_out = check_output(args.json, option="--json")
    save_out = check_output(args.save, (".parkflow",), option="--save")
    mps_out = check_output(args.write_mps, option="--write-mps")
    check_outputs(
        [args.input],
        [output("--json", json_out), output("--save", save_out, "scenario"), output("--write-mps", mps_out)],
    )
    park = load_park(args.input)
    if mps_out is not None:
        write_mps(build(park, options), mps_out)
    outcome = solve_or_exit(park, options)
    if isinstance(outcome, int):
        return outcome
    result = outcome
    kpis, rows, blocks = kpi_document(park, result)
    savings_gap = result.totals.get("savings_gap")
    if savings_gap is not None:  # MILP: the gap the user asked for is a share of the savings at stake
        gap = f", within {savings_gap:.2%} of the savings at stake"
    else:
        gap = f", gap {result.gap:.2%}" if result.gap else ""
    print(
        f"{park.name or args.input}: {result.status} ({result.solver}, {result.mode}{gap}), "
        f"{result.objective_name} = {result.objective_value:,.1f} {result.objective_unit}"
    )
    print_table(["KPI 指标", "standalone 独立运行", "current 现状", "optimized 优化后"], rows)
    used = result.flows.index[result.flows["amount"] > 0].unique()
    drawing = result.utilities.index[result.utilities["amount"] > 0].unique()
    some = " in some period" if result.periods else ""
    print(
        f"{len(used)} of {len(result.flows.index.unique())} links carry flow{some}; "
        f"{len(drawing)} sinks still draw on a utility{some}"
    )
    print_periods(park, result)
    for line in storage_summaries(park, result.storages, result.storages_built):
        print(line)
    for note in result.notes:
        print(f"note: {note}")
    kpi_cost = kpis.get("cost_cny_per_yr", {}).get("optimized")
    if (
        result.mode == "lp"
        and result.objective_name == "cost"
        and kpi_cost is not None
        and abs(kpi_cost - result.objective_value) > 1e-6 * max(1.0, abs(result.objective_value))
    ):
        print(
            "note: the objective charges a candidate link's capex in proportion to its use (the LP "
            "relaxation of build-or-not); the Cost row charges the full capex of every link that "
            "carries flow; --mode milp decides build or not"
        )
    if json_out is None and save_out is None:
        return 0
    from parkflow.model.fingerprint import stamp_results

    document = stamp_results(result.to_document(), park)
    document["kpis"] = kpis
    document.update(blocks)
    if json_out is not None:
        write_json(json_out, document)
    if save_out is not None:
        from parkflow.model.store import save_scenario

        save_scenario(save_out, park, document)
    return 0
