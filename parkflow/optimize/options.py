"""What the user asks of one optimization run (docs/design.md, "Objectives", "The command line")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OBJECTIVES = ("cost", "co2", "cod")
MODES = ("lp", "milp")
SOLVERS = ("highs", "cbc")
LP_CAPEX = ("relax", "ignore")

#: Unit of each objective's value.
OBJECTIVE_UNIT: dict[str, str] = {"cost": "CNY/yr", "co2": "t CO2/yr", "cod": "t COD/yr"}
#: The same quantity per operating hour (used in shadow-price readings).
OBJECTIVE_HOURLY_UNIT: dict[str, str] = {"cost": "CNY/h", "co2": "t CO2/h", "cod": "t COD/h"}


@dataclass(frozen=True)
class SolveOptions:
    """Options of one run.

    Parameters
    ----------
    objective:
        ``"cost"`` (CNY/yr, includes CO2 and COD prices), ``"co2"`` or ``"cod"`` (t/yr).
    mode:
        ``"milp"``: candidate links with capex get a binary build decision
        ``y`` (x ≤ cap·y, annualised capex × y in the cost).  ``"lp"``: see
        ``lp_capex``.
    lp_capex:
        In LP mode, ``"relax"`` (default) keeps the build variable but lets it
        take any value in [0, 1], so capex is charged in proportion to the
        share used of the most the link can ever carry (its capacity, or less
        where amounts, demands, blend limits or temperatures allow less: the
        big-M of :func:`parkflow.optimize.problem.add_build_constraints`); this
        is the LP relaxation of the MILP, a lower bound on its cost; ``"ignore"`` drops build variables and capex
        altogether (links as if already paid for).
    solver:
        ``"highs"`` (default, through highspy, matrix passed in one piece) or
        ``"cbc"`` (through PuLP's bundled CBC).
    time_limit:
        Seconds; None for no limit.
    mip_gap:
        MILP mode: how far the network found may fall short of the best
        possible, as a share of the savings at stake (default 0.005, 0.5 %).
        The savings at stake are the cost of running the existing links alone
        minus the LP relaxation's cost (no network can beat it); HiGHS stops
        when its incumbent is within ``mip_gap`` × that amount of its bound,
        or within 0.01 % of the whole objective.  A share of the savings,
        not of the park's whole bill: 0.5 % of the Ningbo sample's bill is
        half of what its candidate pipes can save at all.  Proving the last fraction
        costs the fixed-charge search minutes to hours on large parks
        (``benchmarks/bench_optimize.py --mode milp``).  The result's notes
        say what was reached.  CBC uses the 0.01 % relative gap.
    heat_resolution_k:
        Rounding step (K) of shifted temperatures in the heat cascade: 0 is
        exact (docs/design.md, "Heat cascade"); None (default) is exact unless the park has more
        than 120 intervals, then the smallest of 0.5, 1, 2, 5 K that gives at
        most 120 (5 K at most), rounding conservatively (hot down, cold up).
    highs_options:
        Extra HiGHS options that override ParkFlow's defaults (see
        :data:`parkflow.optimize.solve.HIGHS_LP_OPTIONS`).
    """

    objective: str = "cost"
    mode: str = "lp"
    solver: str = "highs"
    time_limit: float | None = None
    mip_gap: float = 0.005
    lp_capex: str = "relax"
    highs_options: dict[str, Any] = field(default_factory=dict)
    heat_resolution_k: float | None = None

    def __post_init__(self) -> None:
        for name, allowed in (
            ("objective", OBJECTIVES),
            ("mode", MODES),
            ("solver", SOLVERS),
            ("lp_capex", LP_CAPEX),
        ):
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
        if self.time_limit is not None and not self.time_limit > 0:
            raise ValueError(f"time_limit must be a positive number of seconds, not {self.time_limit!r}")
        if not 0.0 <= self.mip_gap < 1.0:
            raise ValueError(
                f"mip_gap must be a fraction from 0 to below 1 (0.005 is 0.5 %), not {self.mip_gap!r}"
            )

    @property
    def uses_build_variables(self) -> bool:
        return self.mode == "milp" or self.lp_capex == "relax"
