"""Canvas performance on a generated 1,000-enterprise park, against its targets.

Prints, with the target next to each figure and the ratio figure/target:

* open and draw: build the main window around the park and paint it once
  (target < 2 s);
* drag: median time to move one enterprise and repaint, at the whole-park
  view and at a working zoom (target < 16 ms);
* result overlay: apply one optimization result (edge widths, dimming,
  tooltips) and repaint (target < 200 ms).  The result is a stand-in of the
  right shape (``to_state()`` with flows on a third of the links), so the
  figure measures the canvas, not the solver.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--enterprises N]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PARKFLOW_TEST", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPointF, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from parkflow.model.state import FlowState, LinkFlow  # noqa: E402
from parkflow.ui.app import make_application  # noqa: E402
from parkflow.ui.document import Document  # noqa: E402
from parkflow.ui.mainwindow import MainWindow  # noqa: E402


class StandInResult:
    """The part of an OptimizationResult the canvas reads: ``to_state()``."""

    def __init__(self, flows: dict[str, LinkFlow]) -> None:
        self._state = FlowState("optimized", link_flows=flows)

    def to_state(self) -> FlowState:
        return self._state


def paint(app: QApplication, window: MainWindow, force: bool = False) -> None:
    """Process pending events, which paints what the canvas marked for update.

    ``force`` also repaints the whole viewport synchronously (first draw).
    """
    app.processEvents()
    if force:
        window.view.viewport().repaint()


def report(label: str, seconds: float, target: float) -> None:
    print(
        f"{label:<48} {seconds * 1000:9.1f} ms   target {target * 1000:6.0f} ms   ratio {seconds / target:5.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--drags", type=int, default=60)
    args = parser.parse_args()

    from parkflow.model.generate import generate_park

    app = make_application()
    started = time.perf_counter()
    park = generate_park(args.enterprises, args.seed)
    generated = time.perf_counter() - started
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures scale with it)")
    print(
        f"park: {len(park.enterprises)} enterprises, {len(park.streams)} streams, "
        f"{len(park.links)} links (generated in {generated:.2f} s)"
    )

    settings = QSettings(
        str(Path(os.environ.get("TMPDIR", "/tmp")) / "bench_gui.ini"), QSettings.Format.IniFormat
    )
    started = time.perf_counter()
    window = MainWindow(Document(), settings=settings, autosave=False)
    window.resize(1600, 1000)
    window.show()
    paint(app, window, force=True)
    print(
        f"application window start (imports pandas, pyqtgraph; once per session): {time.perf_counter() - started:.2f} s"
    )

    started = time.perf_counter()
    window.document.set_park(park)
    window.view.fit()
    window.view.viewport().repaint()
    opened = time.perf_counter() - started
    report("open and draw (park into the window, first paint)", opened, 2.0)
    started = time.perf_counter()
    window.problems.refresh()
    print(
        f"    (then the problems dock validates the park: {time.perf_counter() - started:.2f} s, after the first paint)"
    )
    paint(app, window, force=True)

    started = time.perf_counter()
    window.scene.rebuild()
    window.view.fit()
    paint(app, window, force=True)
    report("  of which: scene rebuild + paint", time.perf_counter() - started, 2.0)

    rng = random.Random(args.seed)
    enterprise_ids = sorted(park.enterprises)

    def drag_times(label: str, enterprise_id: str) -> None:
        """One drag of one enterprise: press, ``args.drags`` mouse-move steps, release."""
        item = window.scene.enterprise_items[enterprise_id]
        scene = window.scene
        started = time.perf_counter()
        scene.begin_interactive_move()
        item.setPos(item.pos() + QPointF(6.0, 4.0))
        paint(app, window)
        first = time.perf_counter() - started
        times: list[float] = []
        for index in range(args.drags):
            step = QPointF(12.0 if index % 2 else -10.0, 8.0 if index % 3 else -6.0)
            started = time.perf_counter()
            item.setPos(item.pos() + step)
            paint(app, window)
            times.append(time.perf_counter() - started)
        started = time.perf_counter()
        scene.end_interactive_move()
        paint(app, window)
        released = time.perf_counter() - started
        degree = sum(len(scene._edges_of_stream.get(stream_id, ())) for stream_id in item.ports)
        report(f"{label}, {degree} edges", statistics.median(times), 0.016)
        print(
            f"    (first step {first * 1000:.1f} ms, release {released * 1000:.1f} ms, max step {max(times) * 1000:.1f} ms)"
        )

    paint(app, window)
    dragged = rng.choice(enterprise_ids)
    drag_times(f"drag one enterprise, whole park (zoom {window.view.zoom:.2f})", dragged)
    window.view.resetTransform()
    window.view._zoom_settled()
    window.view.centerOn(window.scene.enterprise_items[dragged])
    paint(app, window)
    drag_times("drag one enterprise, zoom 1.00", dragged)

    window.view.fit()
    paint(app, window)
    flows = {
        link.id: LinkFlow(link.source, link.sink, rng.uniform(0.1, 50.0))
        for link in park.links.values()
        if rng.random() < 1 / 3
    }
    result = StandInResult(flows)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        window.document.set_result(result)
        paint(app, window)
        times.append(time.perf_counter() - started)
        window.document.set_result(None)
        paint(app, window)
    report(f"apply one result overlay ({len(flows)} flows)", statistics.median(times), 0.2)

    window.document.set_modified(False)
    window.shutdown()
    window.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
