"""File ▸ Import Hourly Profiles…: preview the typical periods and their error, apply as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest

from parkflow.model.entities import Period, Profile, profile_key
from parkflow.model.io import load_park
from parkflow.ui.document import Document
from parkflow.ui.hourly_dialog import HourlyProfilesDialog

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
HOURLY = ROOT / "sample_parks" / "jiaxing_port_hourly.csv"


@pytest.fixture
def document(qapp):
    park = load_park(ROOT / "sample_parks" / "jiaxing_port")
    # a park that already has a season: the import replaces it, undo brings it back
    park.periods = {"summer": Period("summer", "summer", 3000.0)}
    park.profiles = {profile_key("summer", "K_SJ_STEAM"): Profile("summer", "K_SJ_STEAM", 0.7)}
    return Document(park)


def _preview(dialog: HourlyProfilesDialog, qtbot, action) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        action()


def test_preview_then_apply_replaces_periods_in_one_undoable_step(document, qtbot) -> None:
    dialog = HourlyProfilesDialog(document)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled() and dialog.command() is None
    _preview(dialog, qtbot, lambda: dialog.set_path(HOURLY))
    # 6 typical days × 2 segments; 6 items and their sum in the error table
    assert dialog.summary_label.text().startswith("12 periods: 6 typical days × 2 segments, together 8,760 h")
    assert dialog.table.rowCount() == 7
    assert dialog.table.item(0, 0).text() == "K_SJ_STEAM  Medium-pressure process steam"
    assert "Typical day 2: 14 days (Apr)" in dialog.summary_label.text()
    assert dialog.table.item(6, 0).text() == "All items together"
    assert 0.0 < float(dialog.table.item(0, 1).text()) < 0.05  # RMSE as a factor
    assert "replace the park's 8,000 operating hours" in dialog.note_label.text()
    assert "The park's current periods (1) will be replaced" in dialog.note_label.text()
    assert dialog.apply_button.isEnabled()
    # a new N recomputes off the GUI thread; Apply waits for it
    _preview(dialog, qtbot, lambda: dialog.days_spin.setValue(3))
    assert dialog.summary_label.text().startswith("6 periods: 3 typical days")
    assert list(document.park.periods) == ["summer"]  # the preview changes nothing
    command = dialog.command()
    assert command is not None
    with qtbot.waitSignal(document.periods_changed):
        document.undo_stack.push(command)
    assert len(document.park.periods) == 6 and document.park.period_hours() == pytest.approx(8760.0)
    assert profile_key("summer", "K_SJ_STEAM") not in document.park.profiles
    assert len(document.park.profiles) == 6 * 6
    assert document.modified and document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert list(document.park.periods) == ["summer"]
    assert document.park.profiles == {
        profile_key("summer", "K_SJ_STEAM"): Profile("summer", "K_SJ_STEAM", 0.7)
    }
    document.undo_stack.redo()
    assert len(document.park.periods) == 6


def test_a_bad_file_is_explained_and_cannot_be_applied(document, qtbot, tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("K_SJ_STEAM,K_UNKNOWN\n" + "1,1\n" * 8760, encoding="utf-8")
    dialog = HourlyProfilesDialog(document)
    qtbot.addWidget(dialog)
    _preview(dialog, qtbot, lambda: dialog.set_path(bad))
    assert "bad.csv:1:K_UNKNOWN: K_UNKNOWN is neither a stream" in dialog.summary_label.text()
    assert dialog.table.rowCount() == 0
    assert not dialog.apply_button.isEnabled() and dialog.command() is None


def test_file_menu_offers_the_import(qapp, qtbot) -> None:
    from parkflow.ui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    action = window.actions_by_name["import_hourly"]
    assert action in window.file_menu.actions()
    assert action.text() == "Import &Hourly Profiles…"
