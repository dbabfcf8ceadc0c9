"""The ``parkflow`` command (docs/design.md, "The command line").

Exit codes: 0 success; 2 invalid input (problems printed, nothing written);
3 infeasible (diagnosis printed); 1 unexpected error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from parkflow import __version__
from parkflow.commands import ORDER
from parkflow.model.problems import ParkError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INVALID = 2
EXIT_INFEASIBLE = 3

log = logging.getLogger("parkflow")


class InfeasibleExit(Exception):
    """Raised by a subcommand after it printed an infeasibility diagnosis."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parkflow",
        description="ParkFlow: industrial-park symbiosis and cascaded energy use. "
        "With no arguments opens the desktop application; with FILE opens FILE.",
    )
    parser.add_argument("--version", action="version", version=f"parkflow {__version__}")
    parser.set_defaults(func=None)  # each subcommand sets its own; none given prints the help
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in ORDER:
        importlib.import_module(f"parkflow.commands.{name}").register(subparsers)
    return parser


def print_problems(error: ParkError) -> None:
    for problem in error.problems:
        print(str(problem), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    subcommands = parser._subparsers._group_actions[0].choices if parser._subparsers is not None else None
    known = {"-h", "--help", "--version"} | set(subcommands if subcommands is not None else ())
    if not args_list or (
        len(args_list) == 1 and args_list[0] not in known and not args_list[0].startswith("-")
    ):
        return _run_gui(args_list[0] if args_list else None)
    args = parser.parse_args(args_list)
    if args.func is None:
        parser.print_help()
        return EXIT_INVALID
    try:
        return int(args.func(args))
    except ParkError as exc:
        print_problems(exc)
        return EXIT_INVALID
    except InfeasibleExit:
        return EXIT_INFEASIBLE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # the system refused a read or write (disk full, permissions): not a bug
        where = f" {exc.filename}" if exc.filename else ""
        reason = exc.strerror or " ".join(str(exc).split())
        print(
            f"error: cannot read or write{where}: {reason}; existing files were left as they were",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: a message, never a traceback
        if log.hasHandlers():  # without a configured handler, logging would print the traceback
            log.exception("unexpected error")
        message = " ".join(str(exc).split()) or "no details"
        print(
            f"error: unexpected {type(exc).__name__}: {message} "
            "(a bug in ParkFlow; run with PARKFLOW_DEBUG=1 for details)",
            file=sys.stderr,
        )
        import os

        if os.environ.get("PARKFLOW_DEBUG"):
            raise
        return EXIT_ERROR


def _run_gui(path: str | None) -> int:
    from parkflow.desktop_check import check_xcb

    xcb = check_xcb()
    if not xcb.ok:  # Qt would abort with a cryptic message; say what to install instead
        print(xcb.message(), file=sys.stderr)
        return EXIT_ERROR
    try:
        from parkflow.ui.app import run_app
    except ImportError as exc:
        print(
            f"error: the desktop application is not available ({exc}); "
            "install ParkFlow with its GUI dependencies (pip install parkflow)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return int(run_app(path))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
