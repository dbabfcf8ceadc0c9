"""Run long computations off the GUI thread, with progress and cancel.

:class:`BackgroundRunner` starts, cancels and joins one
:class:`BackgroundThread` at a time and reports its outcome;
:class:`OptimizeRunner` (the only object the window talks to about
optimizing) runs :func:`parkflow.optimize.optimize` or
:func:`parkflow.optimize.pareto` on a *copy* of the park, so that the user
may keep editing while it solves.  The results dock's "Who gains" tab runs
its benefit sharing on the same base (:mod:`parkflow.ui.results.who_gains`).

Threading rules kept here:

* the worker thread never touches a widget; it only emits ``progressed``
  (queued to the GUI thread by Qt because the receiver lives there) and
  stores its outcome on the thread object;
* the outcome is read back in the GUI thread from ``QThread.finished``,
  after ``wait()``, so the thread is always joined before anyone hears
  about the result and no thread outlives its run;
* cancel sets a :class:`threading.Event` that the optimizer checks between
  steps (``optimize(cancel=...)``).  Whatever the computation then does
  (raise, or return early), a run whose event was set reports
  ``cancelled()``, never a half result.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from parkflow.model.entities import Park

if TYPE_CHECKING:
    from parkflow.optimize import OptimizationResult, SolveOptions


def stage_text(stage: str, fraction: float) -> tuple[str, float]:
    """The sentence the status bar shows for an optimizer stage, and the bar's value.

    The solver's own stage has no measurable progress (the bar turns busy)
    except for the MILP search, whose fraction is how near it is to the gap
    asked for (:func:`parkflow.optimize.solve.search_fraction`).
    """
    translate = QCoreApplication.translate
    texts = {
        "prepare": translate("OptimizeRunner", "Checking the park…"),
        "build": translate("OptimizeRunner", "Building the model…"),
        "solve": translate("OptimizeRunner", "Solving…"),
        "diagnose": translate("OptimizeRunner", "The park is infeasible: finding what has to give…"),
        "results": translate("OptimizeRunner", "Reading the results…"),
        "accounting": translate("OptimizeRunner", "Computing CO₂, COD, energy, water and cost…"),
        "pareto": translate("OptimizeRunner", "Computing the cost–CO₂ trade-off…"),
    }
    if stage == "search":
        return translate(
            "OptimizeRunner", "Searching for the best network ({percent} % of the way to the gap asked for)…"
        ).format(percent=int(round(100 * max(0.0, min(1.0, fraction))))), fraction
    if stage == "solve" and 0.0 <= fraction < 1.0:
        return texts[stage], -1.0
    return texts.get(stage, stage), fraction


def describe_failure(error: BaseException) -> str:
    """A message for the user: the infeasibility diagnosis, the solver's complaint, …

    Never a traceback: an unexpected error is named with its type and text.
    """
    from parkflow.model.problems import ParkError
    from parkflow.optimize.errors import InfeasibleError, OptimizationCancelled, SolverError

    if isinstance(error, InfeasibleError):
        details = str(error.diagnosis) or str(error)
        return (
            QCoreApplication.translate("OptimizeRunner", "The park has no feasible solution.")
            + "\n"
            + details
        )
    if isinstance(error, ParkError):
        return (
            QCoreApplication.translate(
                "OptimizeRunner", "The park has problems to fix before it can be optimized:"
            )
            + "\n"
            + str(error)
        )
    if isinstance(error, OptimizationCancelled):
        return QCoreApplication.translate("OptimizeRunner", "The optimization was cancelled.")
    if isinstance(error, SolverError):
        return QCoreApplication.translate("OptimizeRunner", "The solver failed:") + " " + str(error)
    if isinstance(error, TimeoutError):
        return QCoreApplication.translate("OptimizeRunner", "The solver ran out of time:") + " " + str(error)
    return (
        QCoreApplication.translate("OptimizeRunner", "Unexpected error during optimization:")
        + f" {type(error).__name__}: {error}"
    )


class BackgroundThread(QThread):
    """One run in its own thread: :meth:`compute` leaves a result, or a failure in words.

    The outcome stays on the thread object; the runner reads it in the GUI
    thread once the thread has finished.  An exception never escapes: it
    becomes ``error_message`` (:func:`describe_failure`) and
    ``error_detail`` (the traceback, for the log).
    """

    def __init__(self, cancel_event: threading.Event) -> None:
        super().__init__()
        self.cancel_event = cancel_event
        self.error_message: str | None = None
        self.error_detail = ""

    def compute(self) -> None:
        """The work (runs in the thread); subclasses store what it gives."""
        raise NotImplementedError

    def run(self) -> None:  # noqa: D102 - QThread entry point
        try:
            self.compute()
        except BaseException as error:  # noqa: BLE001 - reported to the user, never lost
            self.error_message = describe_failure(error)
            self.error_detail = "".join(traceback.format_exception(error))


class _SolveThread(BackgroundThread):
    """One optimization (or Pareto sweep); the outcome is left in ``result``."""

    progressed = Signal(str, float)

    def __init__(
        self,
        park: Park,
        options: SolveOptions | None,
        pareto_points: int | None,
        cancel_event: threading.Event,
    ) -> None:
        super().__init__(cancel_event)
        self.park = park
        self.options = options
        self.pareto_points = pareto_points
        self.result: OptimizationResult | list[OptimizationResult] | None = None

    def _report(self, stage: str, fraction: float) -> None:
        """Progress callback for the optimizer: ``(stage, fraction 0..1)``; stages become sentences."""
        text, value = stage_text(stage, fraction)
        self.progressed.emit(text, value)

    def compute(self) -> None:
        from parkflow import optimize as optimize_module

        if self.pareto_points is None:
            self.result = optimize_module.optimize(
                self.park, self.options, progress=self._report, cancel=self.cancel_event
            )
        else:
            self.result = optimize_module.pareto(
                self.park, self.pareto_points, self.options, progress=self._report, cancel=self.cancel_event
            )
        self._warm_accounting()

    def _warm_accounting(self) -> None:
        """Compute the KPIs once here, off the GUI thread.

        Accounting a large park takes a noticeable time (steam properties,
        breakdowns); the results are cached, so the results dock's own
        ``park_kpis`` call is then instant.  A failure
        here is not the run's failure: the dock reports it where it shows KPIs.
        """
        if self.cancel_event.is_set() or not self.result:
            return
        first = self.result[0] if isinstance(self.result, list) else self.result
        try:
            from parkflow.report.kpis import park_kpis

            self._report("accounting", -1.0)
            park_kpis(self.park, first)
        except Exception:  # noqa: BLE001 - see docstring
            return


class _ThreadKeeper(QObject):
    """Keeps running threads alive until they finish, in the GUI thread.

    A runner deleted mid-solve (its window closed) must never destroy a
    running QThread, which aborts the process; the keeper holds a reference
    until ``finished`` (queued to the GUI thread, where the keeper lives).
    """

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[QThread] = set()

    def keep(self, thread: QThread) -> None:
        self.threads.add(thread)
        thread.finished.connect(self._on_finished)

    def release(self, thread: QThread) -> None:
        """Forget a finished thread; its C++ object is deleted by the event loop."""
        if thread in self.threads:
            self.threads.discard(thread)
            thread.deleteLater()

    def _on_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            thread.wait()
            self.release(thread)


_KEEPER: _ThreadKeeper | None = None


def _keeper() -> _ThreadKeeper:
    global _KEEPER
    if _KEEPER is None:
        _KEEPER = _ThreadKeeper()
    return _KEEPER


def keep_until_finished(thread: QThread) -> None:
    """Hold ``thread`` until it finishes, so closing its window never destroys it mid-run."""
    _keeper().keep(thread)


class BackgroundRunner(QObject):
    """Starts, cancels and joins one :class:`BackgroundThread` at a time.

    Signals
    -------
    finished(object)
        What the run computed (see the subclass).
    failed(str)
        A message for the user (infeasibility diagnosis, missing solver,
        time-out, unexpected error).
    cancelled()
        The run was cancelled by :meth:`cancel`.

    Subclasses build the thread, hand it to :meth:`_launch` and say in
    :meth:`_deliver` what a successful run emits.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: BackgroundThread | None = None
        self._cancel_event = threading.Event()
        #: The full traceback of the last unexpected failure, for the log dock.
        self.last_error_detail = ""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def running(self) -> bool:
        """True from start until the outcome signal has been emitted."""
        return self._thread is not None

    def cancel(self) -> None:
        """Ask the running computation to stop; ``cancelled()`` follows."""
        if self._thread is not None:
            self._cancel_event.set()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and join any running thread (application quit, window closing, tests).

        Returns True when no thread is left.  The outcome signals are not
        emitted for a run ended this way.
        """
        thread = self._thread
        if thread is None:
            return True
        self._cancel_event.set()
        with contextlib.suppress(RuntimeError, TypeError):
            thread.finished.disconnect(self._on_thread_finished)
        joined = thread.wait(timeout_ms)
        if joined:
            self._thread = None
            _keeper().release(thread)
        return bool(joined)

    def _new_cancel_event(self) -> threading.Event:
        """A fresh cancel flag for the next run (the thread is built with it)."""
        self._cancel_event = threading.Event()
        self.last_error_detail = ""
        return self._cancel_event

    def _launch(self, thread: BackgroundThread) -> None:
        thread.finished.connect(self._on_thread_finished)
        _keeper().keep(thread)
        self._thread = thread
        thread.start()

    def _deliver(self, thread: BackgroundThread) -> None:
        """Emit the outcome of a run that was neither cancelled nor failed."""
        raise NotImplementedError

    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is None:
            return
        thread.wait()
        self._thread = None
        self.last_error_detail = thread.error_detail
        if self._cancel_event.is_set():
            self.cancelled.emit()
        elif thread.error_message is not None:
            self.failed.emit(thread.error_message)
        else:
            self._deliver(thread)


class OptimizeRunner(BackgroundRunner):
    """Starts, cancels and reports optimizations for the window.

    Signals
    -------
    progress(str, float)
        A step's message and the fraction done (−1 when unknown).
    finished(object)
        An ``OptimizationResult``; for :meth:`start_pareto` a list of them.
    failed(str), cancelled()
        As :class:`BackgroundRunner`.
    """

    progress = Signal(str, float)

    def start(self, park: Park, options: SolveOptions | None = None) -> None:
        """Optimize a copy of ``park`` with ``options`` (a ``SolveOptions``)."""
        self._start(park, options, None)

    def start_pareto(self, park: Park, points: int, options: SolveOptions | None = None) -> None:
        """Sweep ``points`` cost–CO2 trade-offs on a copy of ``park``."""
        if points < 2:
            raise ValueError(
                QCoreApplication.translate("OptimizeRunner", "A Pareto sweep needs at least 2 points.")
            )
        self._start(park, options, int(points))

    def _start(self, park: Park, options: SolveOptions | None, pareto_points: int | None) -> None:
        if self.running:
            raise RuntimeError(
                QCoreApplication.translate("OptimizeRunner", "An optimization is already running.")
            )
        thread = _SolveThread(park.copy(), options, pareto_points, self._new_cancel_event())
        thread.progressed.connect(self.progress)
        self.progress.emit(QCoreApplication.translate("OptimizeRunner", "Starting the optimization…"), 0.0)
        self._launch(thread)

    def _deliver(self, thread: BackgroundThread) -> None:
        assert isinstance(thread, _SolveThread)
        if thread.result is None:
            self.failed.emit(
                QCoreApplication.translate("OptimizeRunner", "The optimizer returned no result.")
            )
            return
        self.progress.emit(QCoreApplication.translate("OptimizeRunner", "Done"), 1.0)
        self.finished.emit(thread.result)
