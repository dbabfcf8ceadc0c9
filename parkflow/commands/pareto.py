"""``parkflow pareto IN --points N``: cost–CO2 trade-off by ε-constraint (docs/design.md, "Objectives")."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from parkflow.commands.optimize import (
    add_solver_arguments,
    check_output,
    options_from,
    print_diagnosis,
    print_table,
    write_json,
)
from parkflow.commands.outputs import check_outputs, output
from parkflow.model.io import load_park
from parkflow.model.problems import ParkError, option_problem
from parkflow.optimize import InfeasibleError, SolverError, pareto

#: Most points a front may have: each is a full optimization, and a front this fine is already smooth.
MAX_POINTS = 200


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pareto",
        help="cost–CO2 Pareto front (ε-constraint)",
        description="Minimise cost subject to CO2 ≤ ε for N values of ε between the cost-optimal "
        "and the CO2-optimal operation; each point is a full optimization result.",
    )
    parser.add_argument("input", metavar="IN", help="park: .parkflow, .xlsx or a folder of <sheet>.csv")
    parser.add_argument(
        "--points", type=int, default=5, metavar="N", help=f"number of points (2 to {MAX_POINTS}, default 5)"
    )
    add_solver_arguments(parser)
    parser.add_argument("--json", metavar="OUT", help="write the points as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parkflow.cli import InfeasibleExit

    if not 2 <= args.points <= MAX_POINTS:
        raise ParkError(
            option_problem(
                "--points",
                f"give 2 to {MAX_POINTS} points, not {args.points:,} (each point is a full optimization)",
            )
        )
    options = options_from(args, "cost")
    json_out = check_output(args.json, option="--json")
    check_outputs([args.input], [output("--json", json_out)])
    park = load_park(args.input)
    try:
        results = pareto(park, args.points, options)
    except InfeasibleError as exc:
        print_diagnosis(exc)
        raise InfeasibleExit() from exc
    except SolverError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    rows = [
        [
            str(number),
            f"{r.totals['cost']:,.0f}",
            f"{r.totals['co2']:,.1f}",
            f"{r.totals['cod']:,.2f}",
            r.status,
        ]
        for number, r in enumerate(results, start=1)
    ]
    print_table(["point", "cost CNY/yr", "CO2 t/yr", "COD t/yr", "status"], rows)
    co2_values = [r.totals["co2"] for r in results]
    if len(results) > 1 and max(co2_values) - min(co2_values) <= 1e-6 * max(1.0, abs(max(co2_values))):
        # ε-constraint between two equal ends: every point is the same operation (not an error)
        print(
            f"note: the cost-optimal operation is already CO2-optimal ({co2_values[0]:,.1f} t CO2/yr), "
            f"so the front is a single point and all {len(results)} points are the same"
        )
    else:
        for note in front_notes([(r.totals["cost"], r.totals["co2"], r.status) for r in results]):
            print(f"note: {note}")
    if json_out is not None:
        write_json(
            json_out,
            {
                "points": [
                    {
                        "cost_cny_per_yr": r.totals["cost"],
                        "co2_t_per_yr": r.totals["co2"],
                        "cod_t_per_yr": r.totals["cod"],
                        "result": r.to_document(),
                    }
                    for r in results
                ]
            },
        )
    return 0


def front_notes(points: list[tuple[float, float, str]]) -> list[str]:
    """Sentences about points of a front that are not what a reader expects.

    ``points`` are (cost, CO2, status) in sweep order.  Two points can be the
    same operation (the front has a corner; a MILP front moves in steps of
    whole links), and a point can be beaten on both cost and CO2 by another when
    its search stopped early (time limit or gap).
    """

    def same(a: float, b: float) -> bool:
        return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))

    notes: list[str] = []
    for index in range(1, len(points)):
        (cost_a, co2_a, _), (cost_b, co2_b, _) = points[index - 1], points[index]
        if same(cost_a, cost_b) and same(co2_a, co2_b):
            notes.append(
                f"points {index} and {index + 1} are the same operation: the cheapest one under "
                "the tighter CO2 cap is the one already found (the front has a corner there)"
            )
    for index, (cost, co2, status) in enumerate(points, start=1):
        for other, (cost_o, co2_o, _) in enumerate(points, start=1):
            beaten = cost_o <= cost and co2_o <= co2 and not (same(cost_o, cost) and same(co2_o, co2))
            if other != index and beaten and not same(cost_o, cost) and not same(co2_o, co2):
                reason = (
                    "its search hit the time limit"
                    if status == "time_limit"
                    else "its search stopped within the gap"
                )
                notes.append(
                    f"point {index} costs more and emits more than point {other}: {reason}; "
                    "raise --time-limit or lower --mip-gap for a cleaner front"
                )
                break
    return notes
