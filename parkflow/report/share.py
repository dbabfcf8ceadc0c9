"""Who gains: coalition values, Shapley shares, shadow-price settlement, the core, appraisal.

A coalition S of enterprises saves

    v(S) = Σ_{i∈S} standalone_i − Σ_{i∈S} cost_i(only links with both ends in S open)

per year (cost objective, optimized).  An enterprise's cost is what the
park's accounting (:class:`parkflow.report.kpis.Accounting`) charges to it:
its sinks' utilities, its sources' disposals (and whatever else the
accounting charges to a stream's enterprise), and the links it pays for: a
link's variable cost and annualised capex are paid by the receiving
enterprise (:func:`link_payer`).  In LP mode a candidate link's annualised
capex is charged in proportion to its build decision y (the LP relaxation
the optimizer solves), so that the enterprises' costs add up to the
objective that was minimised.

Allocations of v(park):

* **Shapley value** φ_i = Σ_{S∌i} |S|!(n−|S|−1)!/n! (v(S∪{i}) − v(S)), exact
  over all 2ⁿ coalitions up to :data:`SHAPLEY_EXACT_LIMIT` enterprises, else
  the mean marginal contribution over random orders (antithetic pairs: an
  order and its reverse), with a standard error per enterprise; sampling
  stops when every standard error is at most the target (default 1 % of
  v(park)) or the permutation budget is spent.
* **Shadow-price settlement**: every unit sent over a link is paid to the
  sending enterprise at the shadow price of its source balance; an
  enterprise's gain is its own saving plus what it is paid minus what it
  pays.
* **Core check** (all coalitions known): a coalition S *blocks* an
  allocation x when v(S) > Σ_{i∈S} x_i: its members would do better alone.
  The least-core LP (Maschler, Peleg & Shapley 1979) says whether any
  allocation is stable.

Appraisal (every built link and every enterprise): capex, annual cash
saving, NPV at the park's discount rate over the link's lifetime, IRR and
simple payback (capex ÷ annual saving).  The annuity comes from
:func:`parkflow.model.physics.capital_recovery_factor`; IRR is the root of
the NPV in the rate, found with scipy's ``brentq`` (scipy is already a
dependency and well kept; numpy-financial's last release was in 2019).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np

from parkflow.model.entities import LinkStatus, Park
from parkflow.model.physics import capital_recovery_factor
from parkflow.model.state import FlowState, standalone_state
from parkflow.optimize.batch import SolvedVariant, Variant, WorkerPool, default_workers, run_variants
from parkflow.optimize.errors import InfeasibleError, OptimizeError
from parkflow.optimize.options import SolveOptions
from parkflow.report.kpis import Accounting

#: Parks with at most this many enterprises get exact Shapley values (2ⁿ coalitions) and a core check.
SHAPLEY_EXACT_LIMIT = 12
#: Sampling stops when every enterprise's standard error is at most this share of v(park).
DEFAULT_STDERR_SHARE = 0.01
#: Sampling's budget of random orders (each needs up to n coalition solves).
DEFAULT_MAX_PERMUTATIONS = 2000
#: Random orders sampled before the stopping rule is first checked.  A marginal contribution
#: is often the same in most orders and large in a few, so a standard error from few orders
#: can look small by chance: on a generated 10-enterprise park, over 20 seeds, some share was
#: more than 4 standard errors from the exact one in 8 runs when stopping after 10 orders,
#: 3 after 30, 1 after 60 and none after 100.
#: The first check comes after max(MIN_PERMUTATIONS, MIN_MARGINALS / n) orders: 100 orders at
#: 10 enterprises, 30 at 100 (a coalition solve there takes about 0.1 s).
MIN_PERMUTATIONS = 30
MIN_MARGINALS = 1000
#: Years over which an enterprise that pays for no new link has its NPV counted.
APPRAISAL_HORIZON_YR = 20.0
METHODS = ("shapley", "prices", "both")
#: Seconds of expected solving below which a local process pool does not pay for its start-up
#: (spawned workers import numpy, pandas, HiGHS and ParkFlow: about 1 s each here).
POOL_WORTH_S = 5.0
#: Coalitions solved in this process to time them before choosing between here and a pool.
TRIAL_SOLVES = 16

Progress = Callable[[str, float], None]


def link_payer(park: Park, link_id: str) -> str:
    """The enterprise that pays a link's variable cost and capex: the receiving one."""
    link = park.links.get(link_id)
    sink = park.streams.get(link.sink) if link is not None else None
    if sink is None and ">" in link_id:  # implicit candidate link "source>sink"
        sink = park.streams.get(link_id.split(">", 1)[1])
    return sink.enterprise if sink is not None else ""


def link_seller(park: Park, link_id: str) -> str:
    """The enterprise whose source sends over a link."""
    link = park.links.get(link_id)
    source = park.streams.get(link.source) if link is not None else None
    if source is None and ">" in link_id:
        source = park.streams.get(link_id.split(">", 1)[0])
    return source.enterprise if source is not None else ""


def enterprise_costs(
    park: Park, accounting: Accounting, state: FlowState, build_fraction: dict[str, float] | None = None
) -> dict[str, float]:
    """Annual cost of each enterprise in ``state`` (CNY/yr), from the park's accounting.

    Every contribution counts for its enterprise, except a link's variable
    cost and capex, which count for :func:`link_payer`; capex is scaled by
    the link's build decision when ``build_fraction`` gives one.
    """
    costs = {enterprise_id: 0.0 for enterprise_id in park.enterprises}
    built = set(state.link_flows) | set(build_fraction or {})
    for contribution in accounting.contributions(state, built):
        value = contribution.values.get("cost_cny_per_yr", 0.0)
        if not value:
            continue
        if contribution.category in ("link", "capex"):
            owner = link_payer(park, contribution.link)
            if contribution.category == "capex" and build_fraction is not None:
                value *= build_fraction.get(contribution.link, 1.0)
        else:
            owner = contribution.enterprise
        costs[owner] = costs.get(owner, 0.0) + value
    return costs


@dataclass(frozen=True)
class CoalitionOutcome:
    """What a coalition solve leaves: each enterprise's cost and, for the whole park, the
    net payment each enterprise receives at the source shadow prices."""

    key: Any
    status: str
    costs: dict[str, float]
    received_at_prices: dict[str, float] = field(default_factory=dict)
    solve_time_s: float = 0.0


#: The accounting of the last park this process summarised, with that park object: a chunk of
#: coalitions shares one park object, so identity finds it without fingerprinting the park
#: (which costs more than a coalition solve on a 100-enterprise park).
_ACCOUNTING: list[tuple[Park, Accounting]] = []
_ACCOUNTING_LOCK = threading.Lock()


def _accounting_for(park: Park) -> Accounting:
    with _ACCOUNTING_LOCK:
        if _ACCOUNTING and _ACCOUNTING[0][0] is park:
            return _ACCOUNTING[0][1]
        accounting = Accounting(park)
        _ACCOUNTING[:] = [(park, accounting)]
        return accounting


def coalition_outcome(park: Park, solved: SolvedVariant) -> CoalitionOutcome:
    """Summarise one solved coalition where it was solved (the batch layer's ``summarise``)."""
    if solved.state is None:
        return CoalitionOutcome(solved.key, solved.status, {}, solve_time_s=solved.solve_time_s)
    accounting = _accounting_for(park)
    costs = enterprise_costs(park, accounting, solved.state, solved.build_fraction)
    received: dict[str, float] = {}
    for link_id, payment in solved.source_payments.items():
        seller, payer = link_seller(park, link_id), link_payer(park, link_id)
        received[seller] = received.get(seller, 0.0) + payment
        received[payer] = received.get(payer, 0.0) - payment
    return CoalitionOutcome(solved.key, solved.status, costs, received, solved.solve_time_s)


# -- coalition values ---------------------------------------------------------------


class CoalitionGame:
    """v(S) for coalitions given as bit masks over ``enterprise_ids`` (solved once each, cached)."""

    def __init__(
        self,
        park: Park,
        options: SolveOptions | None = None,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        cancel: Any = None,
    ) -> None:
        self.park = park
        self.options = options or SolveOptions()
        self.workers = workers
        self.scheduler = scheduler
        self.cancel = cancel
        self.enterprise_ids: list[str] = list(park.enterprises)
        self.accounting = _accounting_for(park)
        self.standalone = enterprise_costs(park, self.accounting, standalone_state(park))
        self._standalone = np.array([self.standalone.get(e, 0.0) for e in self.enterprise_ids])
        self.values: dict[int, float] = {0: 0.0}
        self.solves = 0
        self.solve_time_s = 0.0
        self.grand: CoalitionOutcome | None = None
        self.grand_solved: SolvedVariant | None = None
        #: local processes kept for every round of solves (their models are built once)
        self._pool: WorkerPool | None = None

    def close(self) -> None:
        """Stop the local worker processes, if any were started."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    @property
    def size(self) -> int:
        return len(self.enterprise_ids)

    @property
    def full_mask(self) -> int:
        return (1 << self.size) - 1

    def members(self, mask: int) -> list[str]:
        return [e for bit, e in enumerate(self.enterprise_ids) if mask >> bit & 1]

    def _value(self, mask: int, outcome: CoalitionOutcome) -> float:
        if outcome.status != "optimal":
            raise OptimizeError(
                f"the coalition {', '.join(self.members(mask)) or '(none)'} cannot operate "
                "(its problem is infeasible)"
            )
        cost = np.array([outcome.costs.get(e, 0.0) for e in self.enterprise_ids])
        bits = np.array([mask >> bit & 1 for bit in range(self.size)], dtype=bool)
        return float((self._standalone[bits] - cost[bits]).sum())

    def solve_grand(self) -> CoalitionOutcome:
        """The whole park with every link open, with the source shadow prices' payments."""
        if self.grand is None:
            solved = run_variants(
                self.park, [Variant(self.full_mask, None)], self.options, workers=1, payments=True
            )[0]
            if solved.status != "optimal":
                from parkflow.optimize.core import prepare_single
                from parkflow.optimize.diagnose import diagnose

                raise InfeasibleError(diagnose(prepare_single(self.park), self.options))
            self.grand_solved = solved
            self.grand = coalition_outcome(self.park, solved)
            self.values[self.full_mask] = self._value(self.full_mask, self.grand)
            self.solves += 1
            self.solve_time_s += solved.solve_time_s
        return self.grand

    def evaluate(self, masks: Sequence[int], progress: Callable[[int, int], None] | None = None) -> None:
        """Solve the coalitions of ``masks`` not solved yet."""
        # in the order given: consecutive coalitions of one random order differ by one
        # enterprise, so each solve starts from a basis that nearly fits
        todo = [mask for mask in dict.fromkeys(masks) if mask not in self.values]
        if not todo:
            return
        workers = self.workers
        if workers is None and self.scheduler is None:
            # starting a process costs about a second (imports): solve a few here first and
            # move to a pool only when the rest would take longer than that many times over
            trial, todo = todo[:TRIAL_SOLVES], todo[TRIAL_SOLVES:]
            started = time.perf_counter()
            self._solve(trial, 1, None)
            per_solve = (time.perf_counter() - started) / max(len(trial), 1)
            workers = 1 if per_solve * len(todo) < POOL_WORTH_S else None
        self._solve(todo, workers, progress)

    def _solve(
        self, masks: list[int], workers: int | None, progress: Callable[[int, int], None] | None
    ) -> None:
        if not masks:
            return
        variants = [Variant(mask, frozenset(self.members(mask))) for mask in masks]
        pool = None
        if workers != 1 and self.scheduler is None:
            if self._pool is None:
                self._pool = WorkerPool(workers)
            pool = self._pool
        outcomes = run_variants(
            self.park,
            variants,
            self.options,
            summarise=coalition_outcome,
            workers=workers,
            scheduler=self.scheduler,
            progress=progress,
            cancel=self.cancel,
            pool=pool,
        )
        for mask, outcome in zip(masks, outcomes, strict=True):
            self.values[mask] = self._value(mask, outcome)
            self.solve_time_s += outcome.solve_time_s
        self.solves += len(masks)

    def value(self, mask: int) -> float:
        self.evaluate([mask])
        return self.values[mask]


# -- Shapley ------------------------------------------------------------------------


def exact_shapley(values: np.ndarray, size: int) -> np.ndarray:
    """Shapley values from v over all 2ⁿ coalitions (``values[mask]``)."""
    masks = np.arange(1 << size, dtype=np.int64)
    counts = np.array([bin(int(mask)).count("1") for mask in masks], dtype=np.int64)
    weight = np.array(
        [
            math.factorial(k) * math.factorial(size - k - 1) / math.factorial(size) if k < size else 0.0
            for k in range(size + 1)
        ]
    )
    shares = np.zeros(size)
    for bit in range(size):
        without = masks[(masks >> bit & 1) == 0]
        shares[bit] = float(
            (weight[counts[without]] * (values[without | (1 << bit)] - values[without])).sum()
        )
    return shares


@dataclass(frozen=True)
class ShapleyEstimate:
    shares: np.ndarray
    stderr: np.ndarray
    exact: bool
    permutations: int


def sampled_shapley(
    game: CoalitionGame,
    *,
    seed: int | None = None,
    max_permutations: int = DEFAULT_MAX_PERMUTATIONS,
    target_stderr: float | None = None,
    progress: Progress | None = None,
) -> ShapleyEstimate:
    """Shapley values by random orders (antithetic pairs), stopping on the standard error.

    Each sample is one order and its reverse; the pair's average marginal
    contribution is one observation per enterprise (Welford mean and
    variance).  Stops when every enterprise's standard error ≤
    ``target_stderr`` (default 1 % of v(park)) after at least
    max(:data:`MIN_PERMUTATIONS`, :data:`MIN_MARGINALS` / n) orders, or after
    ``max_permutations`` orders.
    """
    size = game.size
    rng = np.random.default_rng(seed)
    grand_value = game.values.get(game.full_mask)
    if grand_value is None:
        game.solve_grand()
        grand_value = game.values[game.full_mask]
    target = target_stderr if target_stderr is not None else DEFAULT_STDERR_SHARE * abs(grand_value)
    minimum = max(MIN_PERMUTATIONS, math.ceil(MIN_MARGINALS / max(size, 1)))
    mean = np.zeros(size)
    second = np.zeros(size)
    pairs = 0
    # pairs of orders per round: enough coalitions per round to keep every worker busy
    batch = 2 if game.workers == 1 else 4 * default_workers()
    while 2 * pairs < max_permutations:
        count = min(batch, max(1, (max_permutations - 2 * pairs) // 2))
        orders = [rng.permutation(size) for _ in range(count)]
        orders_both = [order for first in orders for order in (first, first[::-1])]
        needed: list[int] = []
        for order in orders_both:
            mask = 0
            for bit in order:
                mask |= 1 << int(bit)
                needed.append(mask)
        game.evaluate(needed)
        for first in range(0, len(orders_both), 2):
            observation = np.zeros(size)
            for order in orders_both[first : first + 2]:
                mask = 0
                for bit in order:
                    before = game.values[mask]
                    mask |= 1 << int(bit)
                    observation[int(bit)] += (game.values[mask] - before) / 2.0
            pairs += 1
            delta = observation - mean
            mean += delta / pairs
            second += delta * (observation - mean)
        stderr = np.sqrt(second / max(pairs - 1, 1) / pairs) if pairs > 1 else np.full(size, np.inf)
        if progress:
            progress("shapley", min(1.0, 2 * pairs / max_permutations))
        if 2 * pairs >= minimum and float(stderr.max(initial=0.0)) <= target:
            break
    stderr = np.sqrt(second / max(pairs - 1, 1) / pairs) if pairs > 1 else np.full(size, np.nan)
    return ShapleyEstimate(mean, stderr, False, 2 * pairs)


# -- core ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Blocking:
    """A coalition that would do better alone than with what an allocation gives it."""

    enterprises: tuple[str, ...]
    value_cny_per_yr: float
    allocated_cny_per_yr: float

    @property
    def shortfall_cny_per_yr(self) -> float:
        return self.value_cny_per_yr - self.allocated_cny_per_yr


def blocking_coalitions(
    values: np.ndarray, allocation: np.ndarray, enterprise_ids: Sequence[str], *, limit: int = 10
) -> list[Blocking]:
    """Coalitions S with v(S) > Σ_{i∈S} x_i (beyond rounding), largest shortfall first."""
    size = len(enterprise_ids)
    masks = np.arange(1, (1 << size) - 1, dtype=np.int64)
    if not len(masks):
        return []
    bits = ((masks[:, None] >> np.arange(size)) & 1).astype(bool)
    allocated = bits.astype(float) @ allocation
    tolerance = 1e-6 * max(1.0, float(np.abs(values).max(initial=0.0)))
    excess = values[masks] - allocated
    found = np.flatnonzero(excess > tolerance)
    found = found[np.argsort(-excess[found])][:limit]
    return [
        Blocking(
            tuple(e for e, inside in zip(enterprise_ids, bits[row], strict=True) if inside),
            float(values[masks[row]]),
            float(allocated[row]),
        )
        for row in found
    ]


def least_core(values: np.ndarray, size: int) -> float:
    """ε* of the least core: min ε s.t. Σx = v(N), x(S) ≥ v(S) − ε for every proper S.

    The core is non-empty exactly when ε* ≤ 0 (Maschler, Peleg & Shapley 1979).
    """
    from scipy.optimize import linprog

    if size <= 1:
        return 0.0
    masks = np.arange(1, (1 << size) - 1, dtype=np.int64)
    bits = ((masks[:, None] >> np.arange(size)) & 1).astype(float)
    # variables x_1..x_n, ε; minimise ε; −x(S) − ε ≤ −v(S)
    a_ub = np.hstack([-bits, -np.ones((len(masks), 1))])
    b_ub = -values[masks]
    a_eq = np.hstack([np.ones((1, size)), np.zeros((1, 1))])
    b_eq = [values[(1 << size) - 1]]
    cost = np.zeros(size + 1)
    cost[-1] = 1.0
    solution = linprog(
        cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=[(None, None)] * (size + 1), method="highs"
    )
    return float(solution.x[-1]) if solution.status == 0 else math.nan


# -- appraisal ----------------------------------------------------------------------


def npv(rate_pct: float, cash_flows: Sequence[float]) -> float:
    """Σ_t CF_t / (1 + r)^t, t = 0, 1, …"""
    rate = rate_pct / 100.0
    return float(sum(flow / (1.0 + rate) ** year for year, flow in enumerate(cash_flows)))


def irr(cash_flows: Sequence[float]) -> float | None:
    """The rate (fraction) at which the NPV of ``cash_flows`` is zero; None when there is none.

    Only for an investment (money out first, then in): the NPV then falls
    with the rate and has at most one root above −100 %.
    """
    from scipy.optimize import brentq

    flows = list(cash_flows)
    if not flows or flows[0] >= 0 or sum(flows) <= 0 or not any(flow > 0 for flow in flows[1:]):
        return None

    def at(rate: float) -> float:
        return npv(rate * 100.0, flows)

    low, high = -0.99, 1.0
    while at(high) > 0 and high < 1e6:
        high *= 2.0
    if at(low) * at(high) > 0:
        return None
    return float(brentq(at, low, high, xtol=1e-10, maxiter=200))


@dataclass(frozen=True)
class Appraisal:
    """Capex, annual cash saving, NPV, IRR and simple payback of one investment."""

    capex_cny: float
    annual_saving_cny_per_yr: float
    lifetime_yr: float | None
    npv_cny: float | None
    irr: float | None
    payback_yr: float | None


def appraise(capex_cny: float, annual_saving: float, lifetime_yr: float | None, rate_pct: float) -> Appraisal:
    """An investment of ``capex_cny`` now that saves ``annual_saving`` every year of its life.

    NPV = −capex + saving / CRF(r, n) (the annuity's present value); simple
    payback = capex / saving (None when it never pays back); IRR by
    :func:`irr` on the yearly cash flows.
    """
    payback = (capex_cny / annual_saving if annual_saving > 0 else None) if capex_cny > 0 else 0.0
    if not lifetime_yr or lifetime_yr <= 0:
        return Appraisal(capex_cny, annual_saving, None, None, None, payback)
    present = annual_saving / capital_recovery_factor(rate_pct, lifetime_yr)
    years = int(math.ceil(lifetime_yr))
    flows = [-capex_cny] + [annual_saving] * years
    return Appraisal(
        capex_cny,
        annual_saving,
        lifetime_yr,
        present - capex_cny,
        irr(flows) if capex_cny > 0 else None,
        payback,
    )


# -- the whole analysis -------------------------------------------------------------


@dataclass
class EnterpriseShare:
    id: str
    name: str
    standalone_cost_cny_per_yr: float
    optimized_cost_cny_per_yr: float
    shapley_cny_per_yr: float | None
    shapley_stderr_cny_per_yr: float | None
    prices_cny_per_yr: float | None
    appraisal: Appraisal

    @property
    def no_transfer_cny_per_yr(self) -> float:
        """What the enterprise saves from the network with no money changing hands."""
        return self.standalone_cost_cny_per_yr - self.optimized_cost_cny_per_yr


@dataclass
class LinkAppraisal:
    id: str
    source_enterprise: str
    sink_enterprise: str
    status: str
    appraisal: Appraisal
    #: the build decision y the optimum took (1 for whole pipes; less in LP mode when the relaxation
    #: uses part of a pipe and charges that part of its capex)
    build_fraction: float = 1.0


@dataclass
class ShareResult:
    """Who gains from the park's optimized network, and whether every enterprise would agree."""

    park_name: str
    method: str
    park_saving_cny_per_yr: float
    enterprises: list[EnterpriseShare]
    links: list[LinkAppraisal]
    exact: bool
    permutations: int
    coalitions_solved: int
    core_checked: bool
    core_allocation: str
    blocking: list[Blocking]
    prices_blocking: list[Blocking]
    least_core_cny_per_yr: float | None
    discount_rate_pct: float
    time_s: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def stable(self) -> bool:
        return self.core_checked and not self.blocking

    @property
    def refusers(self) -> list[EnterpriseShare]:
        """Enterprises worse off in the network than alone when nobody pays anybody."""
        tolerance = 1e-6 * max(1.0, abs(self.park_saving_cny_per_yr))
        return [share for share in self.enterprises if share.no_transfer_cny_per_yr < -tolerance]

    def to_document(self) -> dict[str, Any]:
        """The ``parkflow share --json`` document."""

        def number(value: float | None) -> float | None:
            return None if value is None or not math.isfinite(value) else float(value)

        def blocking(items: list[Blocking]) -> list[dict[str, Any]]:
            return [
                {
                    "enterprises": list(item.enterprises),
                    "value_cny_per_yr": number(item.value_cny_per_yr),
                    "allocated_cny_per_yr": number(item.allocated_cny_per_yr),
                    "shortfall_cny_per_yr": number(item.shortfall_cny_per_yr),
                }
                for item in items
            ]

        return {
            "park": self.park_name,
            "park_saving_cny_per_yr": number(self.park_saving_cny_per_yr),
            "method": self.method,
            "exact": self.exact,
            "permutations": self.permutations,
            "coalitions_solved": self.coalitions_solved,
            "discount_rate_pct": self.discount_rate_pct,
            "enterprises": [
                {
                    "id": share.id,
                    "name": share.name,
                    "standalone_cost_cny_per_yr": number(share.standalone_cost_cny_per_yr),
                    "optimized_cost_cny_per_yr": number(share.optimized_cost_cny_per_yr),
                    "no_transfer_cny_per_yr": number(share.no_transfer_cny_per_yr),
                    "shapley_cny_per_yr": number(share.shapley_cny_per_yr),
                    "shapley_stderr_cny_per_yr": number(share.shapley_stderr_cny_per_yr),
                    "prices_cny_per_yr": number(share.prices_cny_per_yr),
                    "capex_cny": number(share.appraisal.capex_cny),
                    "annual_saving_cny_per_yr": number(share.appraisal.annual_saving_cny_per_yr),
                    "npv_cny": number(share.appraisal.npv_cny),
                    "irr": number(share.appraisal.irr),
                    "payback_yr": number(share.appraisal.payback_yr),
                }
                for share in self.enterprises
            ],
            "links": [
                {
                    "link": item.id,
                    "source_enterprise": item.source_enterprise,
                    "sink_enterprise": item.sink_enterprise,
                    "status": item.status,
                    "capex_cny": number(item.appraisal.capex_cny),
                    "annual_saving_cny_per_yr": number(item.appraisal.annual_saving_cny_per_yr),
                    "lifetime_yr": number(item.appraisal.lifetime_yr),
                    "npv_cny": number(item.appraisal.npv_cny),
                    "irr": number(item.appraisal.irr),
                    "payback_yr": number(item.appraisal.payback_yr),
                }
                for item in self.links
            ],
            "core": {
                "checked": self.core_checked,
                "stable": self.stable if self.core_checked else None,
                "allocation": self.core_allocation,
                "blocking": blocking(self.blocking),
                "prices_blocking": blocking(self.prices_blocking),
                "least_core_cny_per_yr": number(self.least_core_cny_per_yr),
            },
            "refusers_without_transfer": [share.id for share in self.refusers],
            "time_s": self.time_s,
            "notes": list(self.notes),
        }


def share_benefits(
    park: Park,
    *,
    method: str = "both",
    options: SolveOptions | None = None,
    samples: int | None = None,
    seed: int | None = None,
    exact_limit: int = SHAPLEY_EXACT_LIMIT,
    target_stderr: float | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    cancel: Any = None,
) -> ShareResult:
    """Who gains from the park's network (see the module docstring).

    ``samples`` caps the random orders of sampled Shapley (default
    :data:`DEFAULT_MAX_PERMUTATIONS`); ``target_stderr`` (CNY/yr) is the
    stopping rule's goal (default 1 % of v(park)).
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    started = time.perf_counter()
    options = options or SolveOptions()
    game = CoalitionGame(park, options, workers=workers, scheduler=scheduler, cancel=cancel)
    try:
        return _share(
            game, park, method, options, samples, seed, exact_limit, target_stderr, progress, started
        )
    finally:
        game.close()


def _share(
    game: CoalitionGame,
    park: Park,
    method: str,
    options: SolveOptions,
    samples: int | None,
    seed: int | None,
    exact_limit: int,
    target_stderr: float | None,
    progress: Progress | None,
    started: float,
) -> ShareResult:
    if progress:
        progress("grand", 0.0)
    grand = game.solve_grand()
    size = game.size
    full = game.full_mask
    ids = game.enterprise_ids
    exact = size <= exact_limit
    if exact:

        def report(done: int, total: int) -> None:
            if progress:
                progress("coalitions", done / max(total, 1))

        game.evaluate(range(1 << size), report)
        values = np.array([game.values[mask] for mask in range(1 << size)])
    shapley: np.ndarray | None = None
    stderr: np.ndarray | None = None
    permutations = 0
    if method in ("shapley", "both"):
        if exact:
            shapley, stderr = exact_shapley(values, size), np.zeros(size)
        else:
            estimate = sampled_shapley(
                game,
                seed=seed,
                max_permutations=samples or DEFAULT_MAX_PERMUTATIONS,
                target_stderr=target_stderr,
                progress=progress,
            )
            shapley, stderr, permutations = estimate.shares, estimate.stderr, estimate.permutations
    saving = game.values[full]
    optimized = np.array([grand.costs.get(e, 0.0) for e in ids])
    standalone = np.array([game.standalone.get(e, 0.0) for e in ids])
    prices: np.ndarray | None = None
    if method in ("prices", "both"):
        received = np.array([grand.received_at_prices.get(e, 0.0) for e in ids])
        prices = standalone - optimized + received
    primary = shapley if shapley is not None else prices
    assert primary is not None
    core_allocation = "shapley" if shapley is not None else "prices"
    blocking: list[Blocking] = []
    prices_blocking: list[Blocking] = []
    least: float | None = None
    if exact:
        blocking = blocking_coalitions(values, primary, ids)
        if prices is not None:
            prices_blocking = blocking_coalitions(values, prices, ids)
        least = least_core(values, size)
    links = _link_appraisals(park, game, grand)
    enterprises = _enterprise_shares(
        park, ids, standalone, optimized, shapley, stderr, prices, primary, links
    )
    notes = []
    if options.mode == "lp" and options.lp_capex == "relax":
        notes.append("candidate links' capex is charged in proportion to their use (the LP relaxation)")
    if stderr is not None and not exact:
        goal = target_stderr if target_stderr is not None else DEFAULT_STDERR_SHARE * abs(float(saving))
        if float(np.max(stderr, initial=0.0)) > goal:
            notes.append(
                f"sampling stopped after {permutations} random orders, before every standard error was within "
                f"{goal:,.0f} CNY/yr (largest {float(np.max(stderr)):,.0f}); raise --samples for closer shares"
            )
    return ShareResult(
        park_name=park.name,
        method=method,
        park_saving_cny_per_yr=float(saving),
        enterprises=enterprises,
        links=links,
        exact=exact,
        permutations=permutations,
        coalitions_solved=game.solves,
        core_checked=exact,
        core_allocation=core_allocation,
        blocking=blocking,
        prices_blocking=prices_blocking,
        least_core_cny_per_yr=least,
        discount_rate_pct=float(park.discount_rate_pct or 0.0),
        time_s=time.perf_counter() - started,
        notes=notes,
    )


def _link_appraisals(park: Park, game: CoalitionGame, grand: CoalitionOutcome) -> list[LinkAppraisal]:
    """Every link carrying flow in the optimized park: its cash saving and return."""
    solved = game.grand_solved
    assert solved is not None and solved.state is not None
    state, fractions = solved.state, solved.build_fraction
    accounting = game.accounting
    frame = accounting.link_attribution(state, set(state.link_flows))
    rate = float(park.discount_rate_pct or 0.0)
    out: list[LinkAppraisal] = []
    for link_id, row in frame.iterrows():
        link = park.links.get(str(link_id))
        existing = link is not None and link.status is LinkStatus.EXISTING
        annual_capex = accounting.annual_capex(str(link_id)) if link is not None else 0.0
        # cash saving: what the link avoids before its capital charge
        saving = float(row["avoided_cost_cny_per_yr"]) + annual_capex
        # a pipe is built whole: its appraisal carries its whole capex, even where the LP
        # relaxation used (and charged) only part of it
        capex = 0.0 if existing or link is None else accounting.link_capex(str(link_id))
        lifetime = None if existing or link is None else link.lifetime_yr
        appraisal = (
            appraise(capex, saving, lifetime, rate)
            if not existing
            else Appraisal(0.0, saving, None, None, None, 0.0)
        )
        out.append(
            LinkAppraisal(
                str(link_id),
                str(row["source_enterprise"]),
                str(row["sink_enterprise"]),
                "existing" if existing else "candidate",
                appraisal,
                fractions.get(str(link_id), 1.0),
            )
        )
    return out


def _enterprise_shares(
    park: Park,
    ids: list[str],
    standalone: np.ndarray,
    optimized: np.ndarray,
    shapley: np.ndarray | None,
    stderr: np.ndarray | None,
    prices: np.ndarray | None,
    primary: np.ndarray,
    links: list[LinkAppraisal],
) -> list[EnterpriseShare]:
    """Each enterprise's shares and its investment case.

    The enterprise invests in the new links it pays for (:func:`link_payer`)
    and gains its share of the park's saving (Shapley, else the price
    settlement), which is net of the capital charge the optimum made for
    those links: its yearly cash saving is that share plus that charge, its
    capex the links' whole capex; NPV and IRR run over the
    longest lifetime among its links (:data:`APPRAISAL_HORIZON_YR` when it
    pays for none).
    """
    rate = float(park.discount_rate_pct or 0.0)
    out: list[EnterpriseShare] = []
    for position, enterprise_id in enumerate(ids):
        paid = [
            item for item in links if item.sink_enterprise == enterprise_id and item.status == "candidate"
        ]
        capex = sum(item.appraisal.capex_cny for item in paid)
        # the share is net of the capital charge the optimum made (y × annuity); added back, the
        # enterprise's yearly cash saving against the whole pipes it builds
        annuities = sum(
            item.build_fraction
            * item.appraisal.capex_cny
            * capital_recovery_factor(rate, item.appraisal.lifetime_yr)
            for item in paid
            if item.appraisal.lifetime_yr
        )
        lifetimes = [item.appraisal.lifetime_yr for item in paid if item.appraisal.lifetime_yr]
        horizon = max(lifetimes) if lifetimes else APPRAISAL_HORIZON_YR
        appraisal = appraise(capex, float(primary[position]) + annuities, horizon, rate)
        enterprise = park.enterprises[enterprise_id]
        out.append(
            EnterpriseShare(
                id=enterprise_id,
                name=enterprise.name or enterprise_id,
                standalone_cost_cny_per_yr=float(standalone[position]),
                optimized_cost_cny_per_yr=float(optimized[position]),
                shapley_cny_per_yr=None if shapley is None else float(shapley[position]),
                shapley_stderr_cny_per_yr=None if stderr is None else float(stderr[position]),
                prices_cny_per_yr=None if prices is None else float(prices[position]),
                appraisal=appraisal,
            )
        )
    return out


def coalition_masks_of_size(size: int, members: int) -> list[int]:
    """Bit masks of every coalition of ``members`` enterprises out of ``size`` (tests and benchmarks)."""
    return [sum(1 << bit for bit in chosen) for chosen in combinations(range(size), members)]
