"""Optimization results in the window: the results dock and the Optimize dialog."""

from parkflow.ui.results.dialog import OptimizeDialog, available_solvers
from parkflow.ui.results.dock import ResultsDock

__all__ = ["OptimizeDialog", "ResultsDock", "available_solvers"]
