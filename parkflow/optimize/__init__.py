"""Qt-free matching optimizer (docs/design.md, "The optimization model"): build → solve → results, diagnosis, Pareto, pinch targets."""

from parkflow.optimize.core import build, optimize, prepare
from parkflow.optimize.diagnose import Diagnosis, Violation
from parkflow.optimize.errors import InfeasibleError, OptimizationCancelled, OptimizeError, SolverError
from parkflow.optimize.options import SolveOptions
from parkflow.optimize.pareto import pareto
from parkflow.optimize.problem import LinearProblem, build_problem, constraint_name
from parkflow.optimize.results import OptimizationResult, read_results
from parkflow.optimize.solve import available_solvers, solve, write_mps
from parkflow.optimize.targets import HeatTargets, heat_targets

__all__ = [
    "Diagnosis",
    "HeatTargets",
    "InfeasibleError",
    "LinearProblem",
    "OptimizationCancelled",
    "OptimizationResult",
    "OptimizeError",
    "SolveOptions",
    "SolverError",
    "Violation",
    "available_solvers",
    "build",
    "build_problem",
    "constraint_name",
    "heat_targets",
    "optimize",
    "pareto",
    "prepare",
    "read_results",
    "solve",
    "write_mps",
]
