"""``parkflow share IN``: who gains from the park's network, and would every enterprise agree.

Prints each enterprise's standalone cost, its saving without any transfer,
its Shapley share and its shadow-price share, the core check in words and
the appraisal of the links; ``--json`` writes the document, ``-o`` an HTML
or XLSX section.

Exit codes: 0 done; 2 invalid input or options (nothing written); 3 the
park is infeasible (diagnosis printed); 1 solver trouble.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from parkflow.model.problems import ParkError, option_problem

SUFFIXES = (".html", ".htm", ".xlsx")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "share",
        help="who gains: Shapley shares, shadow-price settlement, core check and appraisal",
        description=(
            "Share the park's saving between its enterprises: the saving of every coalition of "
            "enterprises (only the links inside it open), Shapley values (exact up to 12 enterprises, "
            "sampled beyond), the settlement at the shadow prices of the sources, the coalitions that "
            "would do better alone, and capex, NPV, IRR and payback of every link and enterprise. "
            "IN is a .parkflow file, an .xlsx workbook or a workbook folder."
        ),
    )
    parser.add_argument("input", metavar="IN", help="park: .parkflow, .xlsx or a folder of <sheet>.csv")
    parser.add_argument(
        "--method",
        choices=("shapley", "prices", "both"),
        default="both",
        help="allocation: shapley, prices (shadow-price settlement) or both (default)",
    )
    parser.add_argument(
        "--samples",
        type=int,
        metavar="N",
        default=None,
        help="sampled Shapley (more than 12 enterprises): at most N random orders "
        "(default 2000; sampling stops earlier when every standard error is within "
        "1 %% of the park's saving)",
    )
    parser.add_argument("--seed", type=int, metavar="S", default=None, help="random seed of the sampling")
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="run the coalition solves on a Dask cluster (tcp://host:port); "
        'needs pip install "parkflow[cluster]"',
    )
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        default=None,
        help="local worker processes (default: one per core)",
    )
    parser.add_argument("--json", metavar="OUT", help="write the result as JSON")
    parser.add_argument("-o", "--output", metavar="OUT", help="write the section as OUT.html or OUT.xlsx")
    parser.set_defaults(func=run)


def _check(args: argparse.Namespace) -> None:
    problems = []
    if args.samples is not None and args.samples < 2:
        problems.append(option_problem("--samples", f"give at least 2 random orders, not {args.samples}"))
    if args.workers is not None and args.workers < 1:
        problems.append(option_problem("--workers", f"give at least 1 worker, not {args.workers}"))
    if args.scheduler is not None and "://" not in args.scheduler:
        problems.append(
            option_problem("--scheduler", f"{args.scheduler}: give a Dask address like tcp://host:8786")
        )
    if problems:
        raise ParkError(problems)


def _wan(value: float | None) -> str:
    return "—" if value is None else f"{value / 1e4:,.1f}"


def run(args: argparse.Namespace) -> int:
    from parkflow.commands.optimize import EXIT_SOLVER, check_output, print_diagnosis, print_table, write_json
    from parkflow.model.io import load_park
    from parkflow.model.validate import errors, validate_park
    from parkflow.optimize import InfeasibleError, OptimizeError
    from parkflow.report.share import share_benefits
    from parkflow.report.share_content import core_sentence, refusal_sentence

    _check(args)
    json_out = check_output(args.json, option="--json")
    output = check_output(args.output, SUFFIXES, option="-o")
    park = load_park(Path(args.input))
    problems = errors(validate_park(park))
    if problems:
        raise ParkError(problems)
    try:
        result = share_benefits(
            park,
            method=args.method,
            samples=args.samples,
            seed=args.seed,
            scheduler=args.scheduler,
            workers=args.workers,
        )
    except InfeasibleError as exc:
        from parkflow.cli import InfeasibleExit

        print_diagnosis(exc)
        raise InfeasibleExit() from exc
    except OptimizeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SOLVER
    how = "exact over all coalitions" if result.exact else f"sampled over {result.permutations} random orders"
    print(
        f"{park.name or args.input}: park saving {_wan(result.park_saving_cny_per_yr)} 10⁴ CNY/yr "
        f"(万元/年); {result.coalitions_solved} coalitions solved in {result.time_s:.1f} s; Shapley {how}"
    )
    rows = [
        [
            share.id,
            _wan(share.standalone_cost_cny_per_yr),
            _wan(share.no_transfer_cny_per_yr),
            _wan(share.shapley_cny_per_yr)
            + (
                f" ± {_wan(share.shapley_stderr_cny_per_yr)}"
                if not result.exact and share.shapley_stderr_cny_per_yr is not None
                else ""
            ),
            _wan(share.prices_cny_per_yr),
            _wan(share.appraisal.npv_cny),
            "—"
            if share.appraisal.payback_yr is None or not share.appraisal.capex_cny
            else f"{share.appraisal.payback_yr:.1f}",
        ]
        for share in result.enterprises
    ]
    print_table(
        [
            "enterprise 企业",
            "standalone 独立",
            "no transfer 无转移",
            "Shapley",
            "prices 影子价格",
            "NPV 净现值",
            "payback 回收期 (yr)",
        ],
        rows,
    )
    print(core_sentence(result)[0])
    print(refusal_sentence(result)[0])
    for note in result.notes:
        print(f"note: {note}")
    if json_out is not None:
        write_json(json_out, result.to_document())
    if output is not None:
        from parkflow.model.fileio import write_atomically
        from parkflow.report.share_content import share_report

        report = share_report(park, result)
        suffix = output.suffix.lower()

        def render(temporary: Path) -> None:
            if suffix == ".xlsx":
                from parkflow.report.render_xlsx import render_xlsx

                render_xlsx(report, temporary, "both")
            else:
                from parkflow.report.render_html import render_html

                render_html(report, temporary, "both")

        write_atomically(output, render, suffix=suffix)
        print(f"written to {output}")
    return 0
