"""Subcommands of ``parkflow``: one module each, discovered in a fixed order.

Each module defines ``register(subparsers)``, which adds its parser and sets
``func`` to a callable ``(args) -> int`` returning the exit code.
"""

#: Subcommand modules in the order ``parkflow --help`` lists them.
ORDER = (
    "validate",
    "import_cmd",
    "export",
    "optimize",
    "pareto",
    "targets",
    "report",
    "compare",
    "share",
    "generate",
    "candidates",
    "periods",
)
