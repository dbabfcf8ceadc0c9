"""Many solves of one park: a park and a list of variants in, results out.

A *variant* is the park with some links closed (for benefit sharing: only
the links with both ends inside a coalition of enterprises stay open).  The
park is prepared and its problem built and handed to HiGHS once per
process; each variant then only changes the flow columns' bounds and
re-solves from the previous basis (dual simplex hot start), which is many
times cheaper than building and passing the model again
(``benchmarks/bench_share.py`` measures both).

Variants run in one of three places, with the same results:

* in this process (``workers=1``);
* a local process pool (default: one process per core), with a progress
  callback and cancel between chunks;
* a Dask cluster when a scheduler address (``tcp://host:port``) is given
  (``pip install "parkflow[cluster]"``).

Work sent to other processes is the module-level :func:`solve_chunk`, so
spawned and Dask workers can import it; each worker keeps the built model
of the last park it saw (keyed by the park's fingerprint) and reuses it for
every later chunk.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from parkflow.model.entities import Park
from parkflow.model.fingerprint import park_fingerprint
from parkflow.model.state import FlowState, LinkFlow
from parkflow.optimize.core import prepare_single
from parkflow.optimize.data import ParkData, refuse_periods, refuse_storages
from parkflow.optimize.errors import OptimizationCancelled, SolverError
from parkflow.optimize.options import SolveOptions
from parkflow.optimize.problem import LinearProblem, build_problem
from parkflow.optimize.results import FLOW_TOLERANCE
from parkflow.optimize.solve import Cancel, cancel_requested, highs_options, new_highs, to_highs_lp

#: ``progress(done, total)``: variants solved so far out of all.
BatchProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class Variant:
    """One variant of the park: ``enterprises`` None keeps every link open; a set keeps
    only the links whose source and sink both belong to those enterprises."""

    key: Any
    enterprises: frozenset[str] | None = None


@dataclass(frozen=True)
class SolvedVariant:
    """One variant's operation: status, objective (the park's whole objective) and state.

    ``build_fraction`` is each candidate link's build decision y (0..1; whole
    in MILP mode, the share of the link's bound used in LP mode);
    ``source_payments`` is, when asked for, what each link's flow is worth at
    the shadow price of its source (objective unit per year).
    """

    key: Any
    status: str
    objective: float | None
    state: FlowState | None
    build_fraction: dict[str, float] = field(default_factory=dict)
    source_payments: dict[str, float] = field(default_factory=dict)
    solve_time_s: float = 0.0


#: ``summarise(park, solved)`` turns a solved variant into what the caller keeps; it runs
#: where the variant was solved, so it must be a module-level function (picklable).
Summarise = Callable[[Park, SolvedVariant], Any]


class CoalitionModel:
    """A park's problem built once and kept in HiGHS; variants change link bounds only."""

    def __init__(self, park: Park, options: SolveOptions, data: ParkData | None = None) -> None:
        import highspy

        if options.mode == "milp":
            # the MILP start and gap logic of ``solve`` are per problem; batch solves are LPs
            raise ValueError("batch solves are linear programs: use mode 'lp'")
        self.park = park
        self.options = options
        refuse_periods(park, "the who-gains calculation (parkflow share)")
        refuse_storages(park, "the who-gains calculation (parkflow share)")
        self.data = data if data is not None else prepare_single(park)
        self.problem: LinearProblem = build_problem(self.data, options)
        compiled = self.problem.compiled()
        # simplex, not interior point: only simplex restarts from the previous basis
        self.highs = new_highs({**highs_options(self.problem, mip=False), "solver": "simplex"})
        if self.highs.passModel(to_highs_lp(self.problem)) == highspy.HighsStatus.kError:
            raise SolverError("HiGHS refused the model; this is a bug in ParkFlow")
        data = self.data
        # enterprises as small integers, so a coalition's links are found by array lookups
        self.enterprise_code: dict[str, int] = {}
        for stream in data.streams:
            self.enterprise_code.setdefault(stream.enterprise, len(self.enterprise_code))
        code_of_stream = np.array(
            [self.enterprise_code[stream.enterprise] for stream in data.streams], dtype=np.int64
        )
        self.link_source_code = (
            code_of_stream[data.link_source] if len(data.link_ids) else np.zeros(0, np.int64)
        )
        self.link_sink_code = code_of_stream[data.link_sink] if len(data.link_ids) else np.zeros(0, np.int64)
        flow = self.problem.columns("flow")
        assert flow is not None
        self.flow_columns = flow.positions.astype(np.int32)
        self.flow_upper = compiled["col_upper"][flow.start : flow.stop].copy()
        build = self.problem.columns("build")
        self.build_links = list(build.keys) if build is not None else []
        self.build_columns = build.positions.astype(np.int32) if build is not None else np.zeros(0, np.int32)
        link_position = {link_id: pos for pos, link_id in enumerate(data.link_ids)}
        self.build_link_position = np.array([link_position[k] for k in self.build_links], dtype=np.int64)
        self._source_rows = _source_rows(self.problem)
        self._link_columns = _link_columns(self.problem)

    def open_links(self, enterprises: frozenset[str] | None) -> np.ndarray:
        """Which links may carry flow in a variant (bool per link)."""
        if enterprises is None:
            return np.ones(len(self.data.link_ids), dtype=bool)
        inside = np.zeros(len(self.enterprise_code), dtype=bool)
        for enterprise in enterprises:
            code = self.enterprise_code.get(enterprise)
            if code is not None:
                inside[code] = True
        return inside[self.link_source_code] & inside[self.link_sink_code]

    def solve(self, variant: Variant, *, payments: bool = False) -> SolvedVariant:
        """Solve one variant from the basis the previous one left."""
        import highspy

        started = time.perf_counter()
        open_links = self.open_links(variant.enterprises)
        upper = np.where(open_links, self.flow_upper, 0.0)
        count = len(self.flow_columns)
        if count:
            self.highs.changeColsBounds(count, self.flow_columns, np.zeros(count), upper)
        if len(self.build_columns):
            build_upper = np.where(open_links[self.build_link_position], 1.0, 0.0)
            self.highs.changeColsBounds(
                len(self.build_columns), self.build_columns, np.zeros(len(self.build_columns)), build_upper
            )
        self.highs.run()
        status = self.highs.getModelStatus()
        Status = highspy.HighsModelStatus
        if status != Status.kOptimal:
            # a basis left by an odd variant can trip simplex; one clean retry before giving up
            self.highs.clearSolver()
            self.highs.run()
            status = self.highs.getModelStatus()
        elapsed = time.perf_counter() - started
        if status in (Status.kInfeasible, Status.kUnboundedOrInfeasible):
            return SolvedVariant(variant.key, "infeasible", None, None, solve_time_s=elapsed)
        if status != Status.kOptimal:
            raise SolverError(
                f"HiGHS failed on variant {variant.key!r} ({self.highs.modelStatusToString(status)})"
            )
        solution = self.highs.getSolution()
        values = np.asarray(solution.col_value, dtype=float)
        objective = float(self.problem.compiled()["objective"] @ values)
        state = flow_state(self.problem, values)
        fractions = {
            link_id: float(min(max(values[column], 0.0), 1.0))
            for link_id, column in zip(self.build_links, self.build_columns, strict=True)
            if values[column] > FLOW_TOLERANCE
        }
        paid: dict[str, float] = {}
        if payments and solution.dual_valid:
            paid = self._payments(values, np.asarray(solution.row_dual, dtype=float))
        return SolvedVariant(variant.key, "optimal", objective, state, fractions, paid, elapsed)

    def _payments(self, values: np.ndarray, row_duals: np.ndarray) -> dict[str, float]:
        """What each link's flow is worth at its source's shadow prices (per year).

        A link's columns (its flow, and for heat its per-interval parts) draw on
        the rows of its source stream (the source balance, or the hot
        stream's cascade rows); the value of one unit drawn from a row is
        −dual (the objective falls by that much per extra unit of supply), so
        the payment is −Σ dual_r · a_rj · v_j over those entries.
        """
        matrix = self.problem.compiled()["matrix"]
        data = self.data
        out: dict[str, float] = {}
        for link_pos, columns in self._link_columns.items():
            source_rows = self._source_rows.get(int(data.link_source[link_pos]))
            if not source_rows:
                continue
            total = 0.0
            for column in columns:
                if values[column] <= FLOW_TOLERANCE:
                    continue
                begin, end = matrix.indptr[column], matrix.indptr[column + 1]
                for row, coefficient in zip(matrix.indices[begin:end], matrix.data[begin:end], strict=True):
                    if int(row) in source_rows:
                        total -= row_duals[row] * coefficient * values[column]
            if total:
                out[data.link_ids[link_pos]] = total
        return out


def _source_rows(problem: LinearProblem) -> dict[int, set[int]]:
    """Rows that balance each source stream (by stream position): its source balance or hot cascade rows."""
    data = problem.data
    rows: dict[int, set[int]] = {}
    block = problem.rows("source_balance")
    if block is not None:
        for offset, stream_id in enumerate(block.keys):
            rows.setdefault(data.stream_index[str(stream_id)], set()).add(block.start + offset)
    block = problem.rows("hot_cascade")
    if block is not None and len(block.keys):
        for offset, stream_id in enumerate(block.keys.get_level_values(0)):
            rows.setdefault(data.stream_index[str(stream_id)], set()).add(block.start + offset)
    return rows


def _link_columns(problem: LinearProblem) -> dict[int, list[int]]:
    """Columns carrying each link's flow (by link position): the flow and its heat parts."""
    data = problem.data
    position = {link_id: pos for pos, link_id in enumerate(data.link_ids)}
    columns: dict[int, list[int]] = {}
    flow = problem.columns("flow")
    if flow is not None:
        for pos in range(len(data.link_ids)):
            columns[pos] = [flow.start + pos]
    for family in ("heat", "heat_below"):
        block = problem.columns(family)
        if block is None or not len(block.keys):
            continue
        keys = block.keys.get_level_values(0) if block.keys.nlevels > 1 else block.keys
        for offset, link_id in enumerate(keys):
            columns[position[str(link_id)]].append(block.start + offset)
    return columns


def flow_state(problem: LinearProblem, values: np.ndarray, name: str = "variant") -> FlowState:
    """A solution's rates as a :class:`FlowState` for accounting (links with flow, make-up,
    disposal, converter intakes), without the frames of a full result."""
    data = problem.data

    def block(family: str) -> tuple[Any, np.ndarray]:
        found = problem.columns(family)
        if found is None:
            return [], np.zeros(0)
        return found.keys, np.maximum(values[found.start : found.stop], 0.0)

    _, flows = block("flow")
    link_flows = {
        data.link_ids[pos]: LinkFlow(
            data.stream_ids[int(data.link_source[pos])],
            data.stream_ids[int(data.link_sink[pos])],
            float(flows[pos]),
            float(data.link_gain[pos]),
        )
        for pos in np.flatnonzero(flows > FLOW_TOLERANCE)
    }
    keys, amounts = block("utility")
    utility_use = {str(k): float(v) for k, v in zip(keys, amounts, strict=True)}
    keys, amounts = block("disposal")
    disposal_use = {str(k): float(v) for k, v in zip(keys, amounts, strict=True)}
    keys, amounts = block("intake")
    intake = {str(k): float(v) for k, v in zip(keys, amounts, strict=True)}
    return FlowState(
        name,
        link_flows=link_flows,
        utility_use=utility_use,
        disposal_use=disposal_use,
        converter_intake=intake,
    )


# -- one process ------------------------------------------------------------------

#: The model each process built last: (park fingerprint, options) → model.
_MODEL_CACHE: dict[tuple[str, str], CoalitionModel] = {}
_CACHE_LOCK = threading.Lock()


def model_for(park: Park, options: SolveOptions, fingerprint: str | None = None) -> CoalitionModel:
    """The built model of ``park`` in this process (built on first use, then reused)."""
    key = (fingerprint or park_fingerprint(park), repr(options))
    with _CACHE_LOCK:
        model = _MODEL_CACHE.get(key)
        if model is None:
            _MODEL_CACHE.clear()  # one park at a time: models hold a whole HiGHS instance
            model = _MODEL_CACHE[key] = CoalitionModel(park, options)
        return model


def solve_chunk(
    park: Park,
    options: SolveOptions,
    variants: Sequence[Variant],
    summarise: Summarise | None = None,
    fingerprint: str | None = None,
    payments: bool = False,
) -> list[Any]:
    """Solve ``variants`` of ``park`` in this process (the function workers run)."""
    model = model_for(park, options, fingerprint)
    out: list[Any] = []
    with _CACHE_LOCK:  # one HiGHS instance: one variant at a time (threads in a Dask worker)
        for variant in variants:
            solved = model.solve(variant, payments=payments)
            out.append(summarise(park, solved) if summarise is not None else solved)
    return out


# -- many processes -----------------------------------------------------------------


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _chunks(variants: Sequence[Variant], size: int) -> Iterator[list[Variant]]:
    for start in range(0, len(variants), size):
        yield list(variants[start : start + size])


def _chunk_size(count: int, workers: int) -> int:
    # about four chunks per worker: even load, few round trips, cancel within a chunk
    return max(1, math.ceil(count / (workers * 4)))


class WorkerPool:
    """A local process pool kept across several :func:`run_variants` calls.

    Spawning a worker and building the park's model in it cost seconds;
    a caller that solves variants in rounds (sampled Shapley values) keeps
    one pool, so each worker builds the model once.  Close it when done
    (or use it as a context manager).
    """

    def __init__(self, workers: int | None = None) -> None:
        import multiprocessing

        self.workers = default_workers() if workers is None else max(1, int(workers))
        # spawn, not fork: the GUI calls this from a thread of a Qt process
        self.executor = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
        )

    def close(self, *, cancel: bool = False) -> None:
        self.executor.shutdown(wait=not cancel, cancel_futures=cancel)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def run_variants(
    park: Park,
    variants: Sequence[Variant],
    options: SolveOptions | None = None,
    *,
    summarise: Summarise | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: BatchProgress | None = None,
    cancel: Cancel | None = None,
    chunk_size: int | None = None,
    payments: bool = False,
    pool: WorkerPool | None = None,
) -> list[Any]:
    """Solve every variant of ``park``; results in the order of ``variants``.

    Parameters
    ----------
    summarise:
        Applied to each :class:`SolvedVariant` where it was solved; a
        module-level function (workers import it).  None returns the solved
        variants themselves.
    workers:
        Local processes; 1 solves in this process; None one per core.
    scheduler:
        A Dask scheduler address (``tcp://host:port``): the chunks run on
        that cluster instead of local processes.
    progress, cancel:
        ``progress(done, total)`` after every chunk; ``cancel`` (an Event or
        a callable) stops before the next chunk and raises
        :class:`OptimizationCancelled`.
    """
    options = options or SolveOptions()
    variants = list(variants)
    total = len(variants)
    if not total:
        return []
    fingerprint = park_fingerprint(park)
    if scheduler:
        return _run_dask(
            park, variants, options, summarise, scheduler, progress, cancel, chunk_size, fingerprint, payments
        )
    workers = (
        pool.workers if pool is not None else default_workers() if workers is None else max(1, int(workers))
    )
    size = chunk_size or _chunk_size(total, workers)
    if workers == 1:
        results: list[Any] = []
        for chunk in _chunks(variants, size):
            if cancel_requested(cancel):
                raise OptimizationCancelled("cancelled")
            results.extend(solve_chunk(park, options, chunk, summarise, fingerprint, payments))
            if progress:
                progress(len(results), total)
        return results
    own = pool is None
    local = pool if pool is not None else WorkerPool(workers)
    ordered: dict[int, list[Any]] = {}
    done = 0
    pending: dict[Future[list[Any]], int] = {
        local.executor.submit(solve_chunk, park, options, chunk, summarise, fingerprint, payments): number
        for number, chunk in enumerate(_chunks(variants, size))
    }
    try:
        while pending:
            finished, _ = wait(list(pending), timeout=0.2, return_when=FIRST_COMPLETED)
            if cancel_requested(cancel):
                raise OptimizationCancelled("cancelled")
            for future in finished:
                number = pending.pop(future)
                ordered[number] = future.result()
                done += len(ordered[number])
                if progress:
                    progress(done, total)
    except BaseException:
        for future in pending:
            future.cancel()
        if own:
            local.close(cancel=True)
        raise
    if own:
        local.close()
    return [item for number in sorted(ordered) for item in ordered[number]]


def _run_dask(
    park: Park,
    variants: list[Variant],
    options: SolveOptions,
    summarise: Summarise | None,
    scheduler: str,
    progress: BatchProgress | None,
    cancel: Cancel | None,
    chunk_size: int | None,
    fingerprint: str,
    payments: bool,
) -> list[Any]:
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise SolverError(
            'a Dask scheduler was given but dask.distributed is not installed: pip install "parkflow[cluster]"'
        ) from exc
    try:
        client = Client(scheduler, timeout=10, set_as_default=False)
    except OSError as exc:
        raise SolverError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        with client.as_current():
            return _run_on_client(
                client,
                as_completed,
                park,
                variants,
                options,
                summarise,
                progress,
                cancel,
                chunk_size,
                fingerprint,
                payments,
            )
    finally:
        client.close()


def _run_on_client(
    client: Any,
    as_completed: Any,
    park: Park,
    variants: list[Variant],
    options: SolveOptions,
    summarise: Summarise | None,
    progress: BatchProgress | None,
    cancel: Cancel | None,
    chunk_size: int | None,
    fingerprint: str,
    payments: bool,
) -> list[Any]:
    worker_count = max(1, len(client.scheduler_info().get("workers", {})))
    size = chunk_size or _chunk_size(len(variants), worker_count)
    remote_park = client.scatter(park, broadcast=True)
    futures = {
        client.submit(
            solve_chunk, remote_park, options, chunk, summarise, fingerprint, payments, pure=False
        ): number
        for number, chunk in enumerate(_chunks(variants, size))
    }
    ordered: dict[int, list[Any]] = {}
    done = 0
    for future in as_completed(list(futures)):
        if cancel_requested(cancel):
            client.cancel(list(futures))
            raise OptimizationCancelled("cancelled")
        number = futures[future]
        ordered[number] = future.result()
        done += len(ordered[number])
        if progress:
            progress(done, len(variants))
    return [item for number in sorted(ordered) for item in ordered[number]]
