"""Cost–CO2 Pareto fronts by the ε-constraint method (docs/design.md, "Objectives").

The two extremes are the cost-optimal point (its CO2 is ε_max) and the
CO2-optimal point (ε_min).  Between them, ``points`` values of ε are spread
evenly and each point minimises cost subject to CO2 ≤ ε; every point is a
full :class:`OptimizationResult`.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from parkflow.model.entities import Park
from parkflow.optimize.core import prepare, solve_data
from parkflow.optimize.options import SolveOptions
from parkflow.optimize.results import OptimizationResult
from parkflow.optimize.solve import Cancel, Progress

#: Relative slack on ε so that solver round-off never makes a point infeasible.
EPSILON_SLACK = 1e-7


def pareto(
    park: Park,
    points: int = 5,
    options: SolveOptions | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[OptimizationResult]:
    """``points`` cost-optimal results from the cheapest to the lowest-CO2 operation."""
    if points < 2:
        raise ValueError("a Pareto front needs at least 2 points")
    options = options or SolveOptions()
    cost_options = dataclasses.replace(options, objective="cost")
    data = prepare(park)
    cheapest = solve_data(data, cost_options, cancel=cancel)
    cleanest = solve_data(data, dataclasses.replace(options, objective="co2"), cancel=cancel)
    high = cheapest.totals["co2"]
    low = cleanest.totals["co2"]
    results = [cheapest]
    for step, epsilon in enumerate(np.linspace(high, low, points)[1:], start=1):
        if progress:
            progress("pareto", step / points)
        cap = float(epsilon) * (1 + EPSILON_SLACK) + 1e-9
        results.append(solve_data(data, cost_options, cancel=cancel, co2_cap_t_per_yr=cap))
    if progress:
        progress("pareto", 1.0)
    return results
