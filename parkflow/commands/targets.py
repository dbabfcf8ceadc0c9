"""``parkflow targets IN``: heat-cascade (pinch) targets of the whole park (docs/design.md, "Heat targets")."""

from __future__ import annotations

import argparse
from typing import Any

from parkflow.commands.optimize import check_output, print_table, write_json
from parkflow.commands.outputs import check_outputs, output
from parkflow.model.io import load_park
from parkflow.optimize import heat_targets


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "targets",
        help="pinch targets: minimum hot and cold utility, pinch temperatures",
        description="Problem-table targets of every heat and hot-water stream in the park, next to "
        "what the park's own links achieve.",
    )
    parser.add_argument("input", metavar="IN", help="park: .parkflow, .xlsx or a folder of <sheet>.csv")
    parser.add_argument("--json", metavar="OUT", help="write the targets as JSON")
    parser.set_defaults(func=run)


def _c(value: float | None) -> str:
    return "none" if value is None else f"{value:g} °C"


def _mw(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"


def run(args: argparse.Namespace) -> int:
    json_out = check_output(args.json, option="--json")
    check_outputs([args.input], [output("--json", json_out)])
    park = load_park(args.input)
    targets = heat_targets(park)
    print(f"{park.name or args.input}: heat-cascade targets at ΔTmin {targets.dt_min_k:g} K")
    print_table(
        ["", "minimum (target)", "drawn network"],
        [
            ["hot utility MW", _mw(targets.hot_utility_mw), _mw(targets.network_hot_utility_mw)],
            ["cold utility MW", _mw(targets.cold_utility_mw), _mw(targets.network_cold_utility_mw)],
        ],
    )
    print(f"pinch: hot {_c(targets.pinch_hot_c)}, cold {_c(targets.pinch_cold_c)}")
    for note in targets.notes:
        print(f"note: {note}")
    if json_out is not None:
        write_json(json_out, targets.to_document())
    return 0
