"""Problems found in a park, with the place where each one is.

A :class:`Problem` always says *where* (a workbook sheet, row and column, or
an entity kind and id) and *what to do*.  Its ``str`` is the line printed by
``parkflow validate``: ``sheet:row:column: message`` for workbook cells and
``stream <id>: message`` for entities.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem.

    Parameters
    ----------
    message:
        What is wrong and how to fix it, in one sentence or two.
    sheet, row, column:
        Workbook location (row is the spreadsheet row number, 1 = header).
    kind, entity_id:
        Entity location (``"stream"``, ``"S1"``), used when the problem is
        about the park rather than a cell, and by the editor to jump to the
        item.
    severity:
        ``"error"`` blocks import and optimization; ``"warning"`` does not.
    """

    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    kind: str | None = None
    entity_id: str | None = None
    severity: str = "error"

    @property
    def location(self) -> str:
        if self.sheet is not None:
            parts = [self.sheet]
            if self.row is not None:
                parts.append(str(self.row))
            if self.column is not None:
                parts.append(self.column)
            return ":".join(parts)
        if self.kind is not None:
            return f"{self.kind} {self.entity_id}" if self.entity_id else self.kind
        return "park"

    def __str__(self) -> str:
        """One line: control characters (a newline in an id) are escaped, so no text can forge a second problem."""
        prefix = "warning: " if self.severity == "warning" else ""
        return escape_controls(f"{self.location}: {prefix}{self.message}")


def escape_controls(text: str) -> str:
    """``text`` with every control character written as its escape (``\\n``, ``\\t``, ``\\x07``)."""
    if text.isprintable():
        return text
    return "".join(
        char
        if char.isprintable() or char == " " or unicodedata.category(char) != "Cc"
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def option_problem(option: str, message: str) -> Problem:
    """A problem with a command-line option, printed as ``option --time-limit: message``."""
    return Problem(message, kind="option", entity_id=option)


class ParkError(Exception):
    """Invalid input: one or more problems; nothing was read or written.

    The CLI maps it to exit code 2 and prints each problem on its own line.
    """

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class ScenarioFileError(ParkError):
    """A scenario file that cannot be opened (corrupt, foreign, too new)."""
