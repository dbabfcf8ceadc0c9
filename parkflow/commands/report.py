"""``parkflow report IN -o OUT.html|pdf|xlsx``: the park's report (docs/design.md, "Accounting").

IN is a ``.parkflow`` scenario file, an ``.xlsx`` workbook or a workbook
folder.  A fresh stored result of a scenario file is used as it is;
otherwise the park is optimized first, and the command says so.

Exit codes: 0 written; 2 invalid input or unusable output (nothing
written); 3 the park is infeasible (the report is written without the
optimized state, with the diagnosis; the diagnosis is printed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from parkflow.model.problems import ParkError, Problem, option_problem

SUFFIXES = (".html", ".htm", ".pdf", ".xlsx")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write the park's report (.html, .pdf or .xlsx)",
        description=(
            "Write a report of the park: KPIs of the standalone, current and optimized states, "
            "breakdowns by enterprise, medium and link, published figures next to ParkFlow's, and "
            "the factors used with their sources. IN is a .parkflow file, an .xlsx workbook or a "
            "workbook folder; without a fresh stored result the park is optimized first."
        ),
    )
    parser.add_argument("input", metavar="IN", help="scenario file, workbook or workbook folder")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="OUT.html, OUT.pdf or OUT.xlsx")
    parser.add_argument(
        "--language",
        choices=("both", "en", "zh"),
        default="both",
        help="report language: both (bilingual headings, default), en or zh",
    )
    parser.add_argument(
        "--electricity",
        choices=("supply_coal_rate", "energy_content"),
        default=None,
        help="electricity → tce convention (default: the park's electricity_tce_basis, "
        "calorific 0.1229 kgce/kWh unless set; supply_coal_rate is 0.3055 kgce/kWh)",
    )
    parser.add_argument(
        "--no-optimize",
        action="store_true",
        help="do not optimize when there is no fresh stored result (report standalone and current only)",
    )
    parser.add_argument(
        "--objective",
        choices=("cost", "co2", "cod"),
        default="cost",
        help="objective when the park must be optimized (default cost)",
    )
    from parkflow.commands.optimize import add_solver_arguments

    add_solver_arguments(parser)  # --mode, --solver, --time-limit, --mip-gap: the same as optimize's
    parser.set_defaults(func=run)


def _check_output(output: str) -> Path:
    path = Path(output)
    problems: list[Problem] = []
    if path.suffix.lower() not in SUFFIXES:
        problems.append(
            option_problem(
                "-o",
                f"{output}: a report is .html, .pdf or .xlsx, not {path.suffix or 'a name without suffix'!r}",
            )
        )
    if not path.resolve().parent.is_dir():
        problems.append(
            option_problem("-o", f"{output}: folder {path.resolve().parent} does not exist; create it first")
        )
    if path.is_dir():
        problems.append(
            option_problem("-o", f"{output} is a folder; give a file name ending .html, .pdf or .xlsx")
        )
    if problems:
        raise ParkError(problems)
    return path


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from parkflow.commands.outputs import check_outputs
    from parkflow.commands.outputs import output as named_output
    from parkflow.model.io import input_kind, load_park
    from parkflow.model.validate import validate_park
    from parkflow.report import render_report
    from parkflow.report.compare import ScenarioData, prepare_results, result_note_zh

    output = _check_output(args.output)
    source = Path(args.input)
    check_outputs([source], [named_output("-o", output)])
    saved_at: str | None = None
    document: dict[str, Any] | None = None
    if input_kind(source) == "scenario":
        from parkflow.model.store import open_scenario

        scenario = open_scenario(source)
        park = scenario.park
        saved_at = scenario.saved_at
        document = scenario.results if isinstance(scenario.results, dict) else None
    else:
        park = load_park(source)
    errors = [problem for problem in validate_park(park) if problem.severity == "error"]
    if errors:
        raise ParkError(errors)

    from parkflow.commands.optimize import options_from

    options = options_from(args)  # checks the options as optimize does
    data = prepare_results(
        ScenarioData(source.name, park, source, document=document),
        optimize_missing=not args.no_optimize,
        options=options,
        say=_say,
    )
    infeasible = data.result is None and "infeasible" in data.result_note.lower()
    notes = [(f"Optimized state: {data.result_note}", f"优化状态：{result_note_zh(data.result_note)}")]
    render_report(
        park,
        data.result,
        output,
        scenario_name=source.name,
        saved_at=saved_at or "not saved: read from a workbook",
        language=args.language,
        electricity_convention=args.electricity,
        notes=notes,
    )
    print(f"report written to {output} (optimized state: {data.result_note})")
    if infeasible:
        print(f"the park is infeasible: {data.result_note}", file=sys.stderr)
        return 3
    return 0
