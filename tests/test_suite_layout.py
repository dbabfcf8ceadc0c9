"""The suite runs with plain ``pytest`` from a fresh clone (the README's second command).

``tests`` is not a package: pytest puts the folder on ``sys.path`` and test
modules import their helpers as plain modules (``from optimize_helpers import
…``). An import of ``tests.<module>`` works only when the repository root is
on ``sys.path`` too (``python -m pytest`` from the root), so a fresh clone's
``pytest`` would fail to collect the module.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
PACKAGE_IMPORT = re.compile(r"^\s*(from\s+tests(\.|\s+import)|import\s+tests(\.|\s*$))", re.MULTILINE)


def test_test_modules_import_their_helpers_as_plain_modules() -> None:
    offenders = [
        f"{path.name}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in sorted(TESTS.glob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for match in PACKAGE_IMPORT.finditer(text)
    ]
    assert not offenders, (
        f"import helpers as plain modules (from x_helpers import …), not tests.x: {offenders}"
    )
