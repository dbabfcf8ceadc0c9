"""OptimizeRunner runs the real optimizer off the GUI thread: finished, failed, cancelled, joined."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading  # noqa: E402

import pytest  # noqa: E402
from ui_results_helpers import infeasible_park, small_park  # noqa: E402

import parkflow.optimize as optimize_module  # noqa: E402
from parkflow.optimize import (  # noqa: E402
    Diagnosis,
    InfeasibleError,
    OptimizationCancelled,
    OptimizationResult,
    SolveOptions,
)  # noqa: E402
from parkflow.ui.worker import OptimizeRunner  # noqa: E402

pytestmark = pytest.mark.gui

#: Generous upper bound for one small solve; the tests wait for signals, never for time.
SIGNAL_TIMEOUT_MS = 60_000


@pytest.fixture
def runner(qtbot):
    runner = OptimizeRunner()
    yield runner
    assert runner.shutdown(), "the solve thread did not finish"
    assert not runner.running


def test_finished_carries_the_real_result_and_progress(runner, qtbot) -> None:
    park = small_park()
    stages: list[tuple[str, float]] = []
    runner.progress.connect(lambda stage, fraction: stages.append((stage, fraction)))
    with qtbot.waitSignal(runner.finished, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        runner.start(park, SolveOptions(objective="cost", mode="lp", solver="highs"))
        assert runner.running
    result = blocker.args[0]
    assert isinstance(result, OptimizationResult)
    assert result.status == "optimal"
    # A's 20 t/h of steam serve B (15) and C (5): the park's cheapest steam
    assert result.flows.loc["L_AB", "amount"] == pytest.approx(15.0)
    assert result.flows.loc["L_AC", "amount"] == pytest.approx(5.0)
    assert not runner.running
    assert ("Solving…", -1.0) in stages  # no measurable progress inside the LP: the bar turns busy
    assert ("Solving…", 1.0) in stages
    assert ("Building the model…", 1.0) in stages
    assert not any(
        text in {"solve", "build", "prepare", "results"} for text, _ in stages
    )  # sentences, not keys
    assert stages[-1] == ("Done", 1.0)


def test_stage_texts_are_sentences_and_the_search_shows_its_share() -> None:
    from parkflow.ui.worker import stage_text

    assert stage_text("search", 0.25) == (
        "Searching for the best network (25 % of the way to the gap asked for)…",
        0.25,
    )
    assert stage_text("diagnose", 0.0)[0].startswith("The park is infeasible")
    assert stage_text("something new", 0.5) == ("something new", 0.5)


def test_runner_optimizes_a_copy_of_the_park(runner, qtbot, monkeypatch) -> None:
    park = small_park()
    seen: list[object] = []
    real_optimize = optimize_module.optimize

    def recording_optimize(park_given, options=None, progress=None, cancel=None):
        seen.append(park_given)
        park_given.streams["A_steam"].amount = 0.0  # must not reach the caller's park
        return real_optimize(park_given, options, progress, cancel)

    monkeypatch.setattr(optimize_module, "optimize", recording_optimize)
    with qtbot.waitSignal(runner.finished, timeout=SIGNAL_TIMEOUT_MS):
        runner.start(park, SolveOptions())
    assert seen and seen[0] is not park
    assert park.streams["A_steam"].amount == 20.0


def test_infeasible_park_fails_with_the_diagnosis(runner, qtbot) -> None:
    with pytest.raises(InfeasibleError) as direct:
        optimize_module.optimize(infeasible_park(), SolveOptions())
    with qtbot.waitSignal(runner.failed, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        runner.start(infeasible_park(), SolveOptions())
    message = blocker.args[0]
    assert message.startswith("The park has no feasible solution.\n")
    assert message.endswith(str(direct.value.diagnosis) or str(direct.value))
    # the real diagnosis names the sink and what it lacks: 30 t/h needed, 10 t/h deliverable
    assert "C_steam" in message and "20 t/h" in message
    assert "Traceback" not in message


def test_diagnosis_lines_reach_the_message(runner, qtbot, monkeypatch) -> None:
    def infeasible_optimize(park, options=None, progress=None, cancel=None):
        raise InfeasibleError(
            Diagnosis((), ["sink C_steam is short by 20 t/h", "link L_AC is over capacity by 0 t/h"])
        )

    monkeypatch.setattr(optimize_module, "optimize", infeasible_optimize)
    with qtbot.waitSignal(runner.failed, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        runner.start(infeasible_park(), SolveOptions())
    assert blocker.args[0] == (
        "The park has no feasible solution.\nsink C_steam is short by 20 t/h\nlink L_AC is over capacity by 0 t/h"
    )


def test_pareto_gives_a_list_of_results(runner, qtbot) -> None:
    with qtbot.waitSignal(runner.finished, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        runner.start_pareto(small_park(), 3, SolveOptions())
    results = blocker.args[0]
    assert isinstance(results, list) and len(results) == 3
    assert all(isinstance(result, OptimizationResult) for result in results)


def test_cancel_reports_cancelled_not_a_result(runner, qtbot, monkeypatch) -> None:
    """The optimizer waits inside its run until cancel is set, as a long solve would."""
    entered = threading.Event()

    def slow_optimize(park, options=None, progress=None, cancel=None):
        progress("solve", 0.0)
        entered.set()
        if not cancel.wait(SIGNAL_TIMEOUT_MS / 1000):
            raise AssertionError("cancel never arrived")
        raise OptimizationCancelled("cancelled by the user")

    monkeypatch.setattr(optimize_module, "optimize", slow_optimize)
    finished: list[object] = []
    runner.finished.connect(finished.append)
    with qtbot.waitSignal(runner.cancelled, timeout=SIGNAL_TIMEOUT_MS):
        runner.start(small_park(), SolveOptions())
        assert entered.wait(SIGNAL_TIMEOUT_MS / 1000)
        runner.cancel()
    assert finished == []
    assert not runner.running


def test_cancel_wins_even_when_the_solve_completes(runner, qtbot, monkeypatch) -> None:
    entered, release = threading.Event(), threading.Event()
    real_optimize = optimize_module.optimize

    def finishing_optimize(park, options=None, progress=None, cancel=None):
        entered.set()
        release.wait(SIGNAL_TIMEOUT_MS / 1000)
        return real_optimize(park, options)

    monkeypatch.setattr(optimize_module, "optimize", finishing_optimize)
    with qtbot.waitSignal(runner.cancelled, timeout=SIGNAL_TIMEOUT_MS):
        runner.start(small_park(), SolveOptions())
        assert entered.wait(SIGNAL_TIMEOUT_MS / 1000)
        runner.cancel()
        release.set()


def test_missing_solver_and_unexpected_errors_become_messages(runner, qtbot, monkeypatch) -> None:
    def broken_optimize(park, options=None, progress=None, cancel=None):
        raise optimize_module.SolverError("solver 'cbc' is not available")

    monkeypatch.setattr(optimize_module, "optimize", broken_optimize)
    with qtbot.waitSignal(runner.failed, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        runner.start(small_park(), SolveOptions())
    assert blocker.args[0] == "The solver failed: solver 'cbc' is not available"

    def crashing_optimize(park, options=None, progress=None, cancel=None):
        raise KeyError("B_steam")

    monkeypatch.setattr(optimize_module, "optimize", crashing_optimize)
    with qtbot.waitSignal(runner.failed, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        runner.start(small_park(), SolveOptions())
    assert "KeyError" in blocker.args[0] and "Traceback" not in blocker.args[0]
    assert "Traceback" in runner.last_error_detail


def test_invalid_park_lists_its_problems(runner, qtbot) -> None:
    park = small_park()
    park.streams["B_steam"].unit = "furlongs"
    with qtbot.waitSignal(runner.failed, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        runner.start(park, SolveOptions())
    assert blocker.args[0].startswith("The park has problems to fix")
    assert "B_steam" in blocker.args[0]


def test_second_start_while_running_is_refused(runner, qtbot, monkeypatch) -> None:
    entered, release = threading.Event(), threading.Event()

    def waiting_optimize(park, options=None, progress=None, cancel=None):
        entered.set()
        release.wait(SIGNAL_TIMEOUT_MS / 1000)
        raise OptimizationCancelled("stopped")

    monkeypatch.setattr(optimize_module, "optimize", waiting_optimize)
    runner.start(small_park(), SolveOptions())
    assert entered.wait(SIGNAL_TIMEOUT_MS / 1000)
    with pytest.raises(RuntimeError):
        runner.start(small_park(), SolveOptions())
    release.set()
    with qtbot.waitSignal(runner.failed, timeout=SIGNAL_TIMEOUT_MS):
        pass


def test_shutdown_joins_a_running_thread(qtbot, monkeypatch) -> None:
    def cancellable_optimize(park, options=None, progress=None, cancel=None):
        cancel.wait(SIGNAL_TIMEOUT_MS / 1000)
        raise OptimizationCancelled("stopped")

    monkeypatch.setattr(optimize_module, "optimize", cancellable_optimize)
    runner = OptimizeRunner()
    runner.start(small_park(), SolveOptions())
    assert runner.shutdown()
    assert not runner.running


def test_deleting_the_runner_mid_solve_keeps_the_thread_until_it_ends(qtbot, monkeypatch) -> None:
    from parkflow.ui import worker

    entered, release = threading.Event(), threading.Event()

    def waiting_optimize(park, options=None, progress=None, cancel=None):
        entered.set()
        release.wait(SIGNAL_TIMEOUT_MS / 1000)
        raise OptimizationCancelled("stopped")

    monkeypatch.setattr(optimize_module, "optimize", waiting_optimize)
    runner = OptimizeRunner()
    runner.start(small_park(), SolveOptions())
    assert entered.wait(SIGNAL_TIMEOUT_MS / 1000)
    kept = set(worker._keeper().threads)
    assert len(kept) == 1
    runner.deleteLater()
    del runner
    qtbot.wait(10)  # the runner is gone; its thread still runs
    release.set()
    qtbot.waitUntil(lambda: not worker._keeper().threads, timeout=SIGNAL_TIMEOUT_MS)
