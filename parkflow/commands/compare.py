"""``parkflow compare A B [C …]``: what differs between scenarios and what it does.

The first file is the baseline; every other file is compared with it.
Prints the differences and a KPI table per alternative; ``--json`` writes
the document described in :func:`parkflow.report.compare.comparisons_document`,
``-o`` a compare report (.html or .xlsx).  Files without a fresh stored
result are optimized first (and the command says so) unless
``--no-optimize``, which compares their inputs, standalone and current
states only.

Exit codes (docs/design.md, "Exit codes"): 0 done; 2 a file is unreadable, broken, invalid,
of another schema version, or an output path is unusable (nothing written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from parkflow.model.problems import ParkError, Problem
from parkflow.report.compare import (
    KPI_LABEL,
    KPI_UNIT,
    STATES,
    Comparison,
    ScenarioData,
    appraise_scenario,
    check_schema_versions,
    compare_many,
    comparisons_document,
    format_number,
    load_scenario,
    prepare_results,
)

REPORT_SUFFIXES = (".html", ".htm", ".xlsx")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "compare",
        help="compare scenario files: differences and KPI deltas",
        description=(
            "Compare a baseline scenario A with one or more alternatives B, C, …: what was added, "
            "removed and changed, and what it does to every KPI in every state. Each input is a "
            ".parkflow file, an .xlsx workbook or a workbook folder. Files without a fresh stored "
            "result are optimized first unless --no-optimize."
        ),
    )
    parser.add_argument("baseline", metavar="A", help="the baseline scenario")
    parser.add_argument(
        "alternatives", metavar="B", nargs="+", help="alternative scenario(s) compared with A"
    )
    parser.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT")
    parser.add_argument("-o", "--output", metavar="OUT", help="write a compare report (.html or .xlsx)")
    parser.add_argument(
        "--no-optimize",
        action="store_true",
        help="do not optimize files whose stored result is missing or stale; compare their inputs, "
        "standalone and current states only",
    )
    parser.add_argument(
        "--objective",
        choices=("cost", "co2", "cod"),
        default=None,
        help="objective of the optimized states (default: stored results as they are, "
        "cost for files that must be optimized); a stored result of another objective "
        "is re-optimized",
    )
    from parkflow.commands.optimize import add_solver_arguments

    add_solver_arguments(parser)  # --mode, --solver, --time-limit, --mip-gap: the same as optimize's
    parser.set_defaults(func=run)


def _check_outputs(args: argparse.Namespace) -> None:
    """Refuse unusable output paths before any work is done."""
    problems: list[Problem] = []
    if args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix not in REPORT_SUFFIXES:
            problems.append(
                Problem(
                    f"-o {args.output}: a compare report is .html or .xlsx, not {suffix or 'no suffix'!r}"
                )
            )
    for option, value in (("--json", args.json), ("-o", args.output)):
        if value and not Path(value).resolve().parent.is_dir():
            problems.append(
                Problem(f"{option} {value}: folder {Path(value).resolve().parent} does not exist")
            )
    if problems:
        raise ParkError(problems)


def _load_all(paths: list[str]) -> list[ScenarioData]:
    """Load every file, gathering the problems of all of them before failing."""
    from parkflow.model.validate import validate_park

    problems: list[Problem] = []
    scenarios: list[ScenarioData] = []
    labels = _labels(paths)
    for path, label in zip(paths, labels, strict=True):
        try:
            scenario = load_scenario(path, label)
        except ParkError as error:
            problems.extend(_in_file(path, error.problems))
            continue
        errors = [problem for problem in validate_park(scenario.park) if problem.severity == "error"]
        if errors:
            problems.extend(_in_file(path, errors))
            continue
        scenarios.append(scenario)
    if problems:
        raise ParkError(problems)
    check_schema_versions(scenarios)
    return scenarios


def _in_file(path: str, problems: list[Problem]) -> list[Problem]:
    """Prefix each problem with its file unless it already names it."""
    out = []
    for problem in problems:
        text = str(problem)
        out.append(problem if path in text or Path(path).name in text else Problem(text, sheet=path))
    return out


def _labels(paths: list[str]) -> list[str]:
    """File names, or the full paths when two files share a name."""
    names = [Path(path).name for path in paths]
    return names if len(set(names)) == len(names) else list(paths)


def _solve_options(args: argparse.Namespace) -> Any:
    from parkflow.commands.optimize import options_from

    return options_from(args, args.objective or "cost")  # checks the options as optimize does


def _write_json_atomically(path: Path, document: dict[str, Any]) -> None:
    from parkflow.model.fileio import write_atomically

    text = json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
    write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


def print_comparison(comparison: Comparison, out: Any = None) -> None:
    """The plain-text summary of one alternative against the baseline (to ``out``, default stdout)."""
    out = out if out is not None else sys.stdout
    a, b = comparison.a, comparison.b
    print(f"== {b.label} compared with {a.label} ==", file=out)
    for scenario in (a, b):
        print(f"  optimized state of {scenario.label}: {scenario.result_note or 'none'}", file=out)
    counts = comparison.diff.count()
    print(
        f"Differences: {counts['added']} added, {counts['removed']} removed, {counts['changed']} changed",
        file=out,
    )
    for item in comparison.diff.items():
        print(f"  {item.text}", file=out)
    rows = [("KPI", "state", a.label, b.label, "delta", "%")]
    zero_kpis = []
    not_modelled = []
    for kpi, states in comparison.kpis.items():
        if all(pair.a is None and pair.b is None for pair in states.values()):
            not_modelled.append(KPI_LABEL.get(kpi, kpi))
            continue
        if all(not pair.a and not pair.b for pair in states.values()):
            zero_kpis.append(KPI_LABEL.get(kpi, kpi))
            continue
        for state in STATES:
            pair = states[state]
            if pair.a is None and pair.b is None:
                continue
            percent = pair.percent
            rows.append(
                (
                    f"{KPI_LABEL.get(kpi, kpi)} [{KPI_UNIT.get(kpi, '')}]",
                    state,
                    "n/a" if pair.a is None else format_number(pair.a),
                    "n/a" if pair.b is None else format_number(pair.b),
                    "n/a" if pair.delta is None else format_number(pair.delta, signed=True),
                    "" if percent is None or abs(percent) < 0.05 else f"{percent:+.1f}",
                )
            )
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for index, row in enumerate(rows):
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1])] + [
            cell.rjust(width) for cell, width in zip(row[2:], widths[2:], strict=True)
        ]
        print("  " + "  ".join(cells), file=out)
        if index == 0:
            print("  " + "  ".join("-" * width for width in widths), file=out)
    if zero_kpis:
        print(f"  ({', '.join(zero_kpis)}: 0 in every state of both files)", file=out)
    if not_modelled:
        print(
            f"  ({', '.join(not_modelled)}: not modelled in either file, no utility supplies it; "
            "n/a: not modelled in that file)",
            file=out,
        )
    lines = comparison.summary_lines()
    if lines:
        print("What drives the changes:", file=out)
        for line in lines:
            print(f"  {line}", file=out)
    for note in comparison.attribution.notes:
        print(f"  note: {note}", file=out)
    print(file=out)


def run(args: argparse.Namespace) -> int:
    from parkflow.commands.outputs import check_outputs, output

    _check_outputs(args)
    paths = [args.baseline, *args.alternatives]
    check_outputs(paths, [output("--json", args.json), output("-o", args.output)])
    scenarios = _load_all(paths)
    options = None if args.no_optimize else _solve_options(args)
    for scenario in scenarios:
        prepare_results(
            scenario,
            optimize_missing=not args.no_optimize,
            options=options,
            say=lambda message: print(message, flush=True),
            objective=args.objective,
        )
    if not args.no_optimize:
        for scenario in scenarios:
            print(f"appraising {scenario.label}", flush=True)
            appraise_scenario(scenario, options)
    comparisons = compare_many(scenarios[0], scenarios[1:])
    for comparison in comparisons:
        print_comparison(comparison)
    if args.json:
        _write_json_atomically(Path(args.json), comparisons_document(comparisons))
        print(f"wrote {args.json}")
    if args.output:
        from parkflow.report.compare_render import render_compare_report

        render_compare_report(comparisons, Path(args.output))
        print(f"wrote {args.output}")
    return 0
