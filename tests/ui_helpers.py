"""Shared Qt fixtures and small parks for the UI tests (tests/test_ui_*.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QThread
from PySide6.QtWidgets import QApplication, QWidget

from parkflow.model.entities import (
    Direction,
    Disposal,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)


def small_park() -> Park:
    """Three enterprises: a power plant selling steam, a dyer and a paper mill buying it."""
    park = Park(name="Test park 测试园区")
    park.enterprises = {
        "E1": Enterprise("E1", "热电厂 Power plant", "power", 0.0, 0.0),
        "E2": Enterprise("E2", "印染厂 Dyeing", "textiles", 2.0, 0.5),
        "E3": Enterprise("E3", "造纸厂 Paper", "paper", 2.0, -1.0),
    }
    park.utilities = {
        "U1": Utility("U1", Medium.STEAM, "gas boiler steam", "t", "", 220.0, 0.25, 0.0, 1.6, 250.0),
        "U2": Utility("U2", Medium.WATER, "fresh water", "t", "", 4.0, 0.0, 0.0),
    }
    park.disposals = {"D1": Disposal("D1", Medium.STEAM, "vent", "t", "", 0.0, 0.0, 0.0)}
    park.streams = {
        "S1": Stream(
            "S1",
            "E1",
            Direction.SOURCE,
            Medium.STEAM,
            "1.0 MPa steam",
            30.0,
            "t/h",
            pressure_mpa=1.0,
            temperature_c=250.0,
            disposal="D1",
        ),
        "S2": Stream(
            "S2",
            "E2",
            Direction.SINK,
            Medium.STEAM,
            "process steam",
            10.0,
            "t/h",
            pressure_mpa=0.6,
            temperature_c=180.0,
            utility="U1",
        ),
        "S3": Stream(
            "S3",
            "E3",
            Direction.SINK,
            Medium.STEAM,
            "dryer steam",
            12.0,
            "t/h",
            pressure_mpa=1.6,
            temperature_c=220.0,
            utility="U1",
        ),
        "S4": Stream(
            "S4",
            "E3",
            Direction.SINK,
            Medium.WATER,
            "make-up water",
            50.0,
            "t/h",
            cod_mg_l=30.0,
            utility="U2",
        ),
    }
    park.links = {
        "L1": Link("L1", "S1", "S2", LinkStatus.EXISTING, capacity=20.0, current_flow=8.0),
    }
    return park


def drag(qtbot: object, view: QWidget, start: QPoint, end: QPoint) -> None:
    """Press at ``start``, move in steps, release at ``end`` (viewport coordinates)."""
    from PySide6.QtTest import QTest

    viewport = view.viewport()  # type: ignore[attr-defined]
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 6
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        _mouse_move(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _mouse_move(widget: QWidget, point: QPoint) -> None:
    # QTest.mouseMove does not carry the pressed button; send a real move event.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def port_point(view: object, scene: object, stream_id: str) -> QPoint:
    """Viewport point of a stream's port."""
    port = scene.port_items[stream_id]  # type: ignore[attr-defined]
    return view.mapFromScene(port.scenePos())  # type: ignore[attr-defined,no-any-return]


@pytest.fixture
def no_leaks(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves top-level widgets or running QThreads behind."""
    before = {id(widget) for widget in QApplication.topLevelWidgets()}
    yield
    QApplication.processEvents()
    gc.collect()
    QApplication.processEvents()
    leaked = [
        widget for widget in QApplication.topLevelWidgets() if id(widget) not in before and widget.isVisible()
    ]
    assert not leaked, f"leaked visible widgets: {leaked}"
    running = [obj for obj in gc.get_objects() if isinstance(obj, QThread) and _running(obj)]
    assert not running, f"leaked running threads: {running}"


def _running(thread: QThread) -> bool:
    try:
        return bool(thread.isRunning())
    except RuntimeError:  # C++ object already deleted
        return False
