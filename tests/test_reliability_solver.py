"""Solver trouble (docs/reliability.md): time-out, missing solver, cancelled run, infeasible park.

Each ends in a clear message and the exit code of docs/design.md, "Exit codes" (``optimize``:
1 for solver trouble, 3 for infeasible with the diagnosis printed); the park
object is unchanged (compared with a deep copy made before the run); and a
scenario file's earlier stored results are kept when a new optimization
fails: ``--save`` and ``--json`` write nothing on failure.
"""

from __future__ import annotations

import copy
import importlib
import threading
from pathlib import Path

import pytest
from reliability_helpers import tree_digest

from parkflow.cli import main
from parkflow.model.entities import Direction, Disposal, Enterprise, Link, LinkStatus, Medium, Park, Stream
from parkflow.model.generate import generate_park
from parkflow.model.store import open_scenario, save_scenario
from parkflow.optimize import InfeasibleError, OptimizationCancelled, SolveOptions, SolverError, optimize

#: The module parkflow.optimize.solve (its package exports a function of the same name).
SOLVE_MODULE = importlib.import_module("parkflow.optimize.solve")
#: A results document as an earlier optimization stored it.
EARLIER_RESULTS = {
    "status": "optimal",
    "objective": {"name": "cost", "value": 123.0, "unit": "CNY/yr"},
    "flows": [],
}


def infeasible_park() -> Park:
    """A sink without a utility whose only link is too small: valid, but no operating point exists."""
    park = Park(name="infeasible")
    park.enterprises = {"E1": Enterprise("E1", "A"), "E2": Enterprise("E2", "B")}
    park.disposals = {"D1": Disposal("D1", Medium.WATER, "wwtp", "t", "", 1.0, 0.0, 0.0)}
    park.streams = {
        "S1": Stream(
            "S1", "E1", Direction.SOURCE, Medium.WATER, "reclaimed", 20.0, "t/h", cod_mg_l=20.0, disposal="D1"
        ),
        "K1": Stream("K1", "E2", Direction.SINK, Medium.WATER, "make-up", 10.0, "t/h", cod_mg_l=50.0),
    }
    park.links = {"L1": Link("L1", "S1", "K1", LinkStatus.EXISTING, capacity=5.0, current_flow=5.0)}
    park.links_declared = True
    return park


@pytest.fixture(scope="module")
def large_park() -> Park:
    """A generated park of 300 enterprises (1,800 streams, 15,000 links): MILP needs real time."""
    return generate_park(300, seed=7)


@pytest.fixture(scope="module")
def small_park() -> Park:
    return generate_park(4, seed=3)


def _scenario_with_results(folder: Path, park: Park) -> Path:
    path = folder / "park.parkflow"
    save_scenario(path, park, EARLIER_RESULTS)
    return path


# ---------------------------------------------------------------------------
# The optimizer API
# ---------------------------------------------------------------------------
def test_time_out_without_a_solution_says_what_to_do_and_keeps_the_park(large_park: Park) -> None:
    before = copy.deepcopy(large_park)
    with pytest.raises(
        SolverError, match=r"time limit of 1e-06 s before finding any solution; raise --time-limit"
    ):
        optimize(large_park, SolveOptions(mode="milp", time_limit=1e-6))
    assert large_park == before


@pytest.mark.parametrize("solver", ["highs", "cbc"])
def test_missing_solver_is_named_with_the_fix(
    small_park: Park, monkeypatch: pytest.MonkeyPatch, solver: str
) -> None:
    monkeypatch.setattr(SOLVE_MODULE, "available_solvers", lambda: [])
    before = copy.deepcopy(small_park)
    with pytest.raises(
        SolverError, match=rf"the {solver.upper()} solver is not available: .*(pip install|reinstall)"
    ):
        optimize(small_park, SolveOptions(solver=solver))
    assert small_park == before


def test_missing_highspy_module_is_a_solver_error(small_park: Park, monkeypatch: pytest.MonkeyPatch) -> None:
    """highspy not installed at all (its import fails): the same clear message, not an ImportError."""
    import builtins

    real_import = builtins.__import__

    def no_highspy(name: str, *args: object, **kwargs: object) -> object:
        if name == "highspy" or name.startswith("highspy."):
            raise ImportError("No module named 'highspy'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_highspy)
    with pytest.raises(
        SolverError, match="HIGHS solver is not available: install it with `pip install highspy`"
    ):
        optimize(small_park, SolveOptions(solver="highs"))


@pytest.mark.parametrize("when", ["before the solver", "inside the solver"])
def test_cancelled_run_raises_cancelled_and_keeps_the_park(large_park: Park, when: str) -> None:
    before = copy.deepcopy(large_park)
    if when == "before the solver":
        event = threading.Event()
        event.set()
        cancel: object = event
    else:
        calls = {"count": 0}

        def cancel() -> bool:  # type: ignore[misc]
            calls["count"] += 1
            return calls["count"] > 1  # not at the first check (before the solver starts), then always

    with pytest.raises(OptimizationCancelled, match="cancelled"):
        optimize(large_park, SolveOptions(mode="milp"), cancel=cancel)  # type: ignore[arg-type]
    assert large_park == before


def test_infeasible_park_gives_the_diagnosis_by_stream_and_keeps_the_park() -> None:
    park = infeasible_park()
    before = copy.deepcopy(park)
    with pytest.raises(InfeasibleError) as caught:
        optimize(park)
    assert "sink K1" in str(caught.value) and "5 of 10 t/h" in str(caught.value)
    assert park == before


def test_numerical_failure_of_the_solver_is_a_solver_error(
    small_park: Park, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HiGHS ending in an unexpected status (numerical trouble) gives a message with a hint, not a crash."""
    import highspy

    original = highspy.Highs.getModelStatus
    monkeypatch.setattr(highspy.Highs, "getModelStatus", lambda self: highspy.HighsModelStatus.kSolveError)
    try:
        with pytest.raises(SolverError, match="HiGHS failed .*badly scaled.*--solver cbc"):
            optimize(small_park)
    finally:
        monkeypatch.setattr(highspy.Highs, "getModelStatus", original)


# ---------------------------------------------------------------------------
# The command line: exit codes, messages, nothing written, earlier results kept
# ---------------------------------------------------------------------------
def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _assert_nothing_written_and_results_kept(
    scenario: Path, digest_before: dict[str, str], outputs: list[Path]
) -> None:
    assert tree_digest(scenario) == digest_before, "the scenario file was changed"
    assert open_scenario(scenario).results == EARLIER_RESULTS
    for output in outputs:
        assert not output.exists(), f"{output.name} was written"
    assert [path.name for path in scenario.parent.iterdir() if path.name.endswith("-tmp")] == []


def test_cli_time_out_exits_1_and_keeps_earlier_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], large_park: Park
) -> None:
    scenario = _scenario_with_results(tmp_path, large_park)
    before = tree_digest(scenario)
    json_out = tmp_path / "result.json"
    code, output = _run(
        [
            "optimize",
            str(scenario),
            "--mode",
            "milp",
            "--time-limit",
            "1e-6",
            "--json",
            str(json_out),
            "--save",
            str(scenario),
        ],
        capsys,
    )
    assert code == 1
    assert "time limit" in output and "raise --time-limit" in output and "Traceback" not in output
    _assert_nothing_written_and_results_kept(scenario, before, [json_out])


def test_cli_missing_solver_exits_1_and_keeps_earlier_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, small_park: Park
) -> None:
    monkeypatch.setattr(SOLVE_MODULE, "available_solvers", lambda: [])
    scenario = _scenario_with_results(tmp_path, small_park)
    before = tree_digest(scenario)
    json_out = tmp_path / "result.json"
    code, output = _run(["optimize", str(scenario), "--json", str(json_out), "--save", str(scenario)], capsys)
    assert code == 1
    assert "HIGHS solver is not available" in output and "Traceback" not in output
    _assert_nothing_written_and_results_kept(scenario, before, [json_out])


def test_cli_cancelled_run_exits_1_and_keeps_earlier_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, small_park: Park
) -> None:
    """A run cancelled from outside (Ctrl+C reaches the solver as a cancel) writes nothing."""
    monkeypatch.setattr(SOLVE_MODULE, "cancel_requested", lambda cancel: True)
    scenario = _scenario_with_results(tmp_path, small_park)
    before = tree_digest(scenario)
    json_out = tmp_path / "result.json"
    code, output = _run(["optimize", str(scenario), "--json", str(json_out), "--save", str(scenario)], capsys)
    assert code == 1
    assert "cancelled" in output and "Traceback" not in output
    _assert_nothing_written_and_results_kept(scenario, before, [json_out])


def test_cli_infeasible_park_exits_3_with_the_diagnosis_and_keeps_earlier_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = _scenario_with_results(tmp_path, infeasible_park())
    before = tree_digest(scenario)
    json_out = tmp_path / "result.json"
    code, output = _run(["optimize", str(scenario), "--json", str(json_out), "--save", str(scenario)], capsys)
    assert code == 3
    assert "infeasible" in output and "sink K1" in output and "Traceback" not in output
    _assert_nothing_written_and_results_kept(scenario, before, [json_out])


def test_cli_interrupt_exits_1_with_one_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, small_park: Park
) -> None:
    """Ctrl+C during a run: 'interrupted', exit 1, the scenario file untouched."""

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("parkflow.commands.optimize.optimize", interrupted)
    scenario = _scenario_with_results(tmp_path, small_park)
    before = tree_digest(scenario)
    code, output = _run(["optimize", str(scenario), "--save", str(scenario)], capsys)
    assert code == 1 and output.strip() == "interrupted"
    _assert_nothing_written_and_results_kept(scenario, before, [])
