"""Exceptions of the optimizer, each carrying a message a park manager can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parkflow.optimize.diagnose import Diagnosis


class OptimizeError(Exception):
    """Base class of the optimizer's errors."""


class SolverError(OptimizeError):
    """The solver is missing, failed numerically, or ran out of time with no solution."""


class OptimizationCancelled(SolverError):
    """The user cancelled the run (``cancel`` was set) before a solution was found."""


class InfeasibleError(OptimizeError):
    """No operating point meets every balance, blend and capacity.

    ``diagnosis`` is a :class:`parkflow.optimize.diagnose.Diagnosis`: which
    streams and links had to give, by id and amount, in plain words.
    """

    def __init__(self, diagnosis: Diagnosis) -> None:
        self.diagnosis = diagnosis
        lines = diagnosis.lines or ["the park has no feasible operating point"]
        super().__init__("infeasible: " + "; ".join(lines))
