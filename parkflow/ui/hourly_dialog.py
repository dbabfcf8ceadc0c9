"""File ▸ Import Hourly Profiles…: typical periods from a year of hourly factors, previewed first.

The dialog reads the chosen CSV and reduces it to N typical days of K
segments (:mod:`parkflow.model.typical`, tsam) off the GUI thread (the first
run imports tsam, about a second), and shows the error per item so the user
can choose N.  *Apply* replaces the park's periods and profiles as one
undoable command through the Document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parkflow.model.entities import Park, Period, Profile, profile_key
from parkflow.model.typical import (
    DEFAULT_SEGMENTS,
    HOURS_IN_YEAR,
    MAX_SEGMENTS,
    SUM_ROW,
    TypicalPeriods,
)
from parkflow.ui.document import Document
from parkflow.ui.worker import keep_until_finished

#: Typical days offered first: enough to separate winter, summer and the odd shutdown.
DEFAULT_TYPICAL_DAYS = 6
#: Wait this long after the last change of N or K before reducing again (ms).
RECOMPUTE_DELAY_MS = 250


class ReplacePeriodsCommand(QUndoCommand):
    """Replace the park's periods and profiles as one undo step (undo puts the old ones back)."""

    def __init__(self, document: Document, typical: TypicalPeriods, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.new_periods = {period.id: period.copy() for period in typical.periods}
        self.new_profiles = {profile_key(p.period, p.item): p.copy() for p in typical.profiles}
        self.old_periods: dict[str, Period] = {}
        self.old_profiles: dict[str, Profile] = {}

    def redo(self) -> None:
        self.old_periods, self.old_profiles = self.document.replace_periods(
            {key: value.copy() for key, value in self.new_periods.items()},
            {key: value.copy() for key, value in self.new_profiles.items()},
        )

    def undo(self) -> None:
        self.document.replace_periods(self.old_periods, self.old_profiles)


class _ReduceThread(QThread):
    """Reads the CSV and reduces it, off the GUI thread; the outcome is read after ``finished``."""

    def __init__(self, park: Park, path: Path, typical_days: int, segments: int) -> None:
        super().__init__()
        self.park, self.path, self.typical_days, self.segments = park, path, typical_days, segments
        self.typical: TypicalPeriods | None = None
        self.error: str = ""
        self.days = 0

    def run(self) -> None:  # noqa: D102 - QThread entry point
        from parkflow.model.problems import ParkError
        from parkflow.model.typical import read_hourly_profiles, typical_periods

        try:
            hourly = read_hourly_profiles(self.path, self.park)
            self.days = hourly.days
            self.typical = typical_periods(hourly, self.typical_days, self.segments)
        except ParkError as exc:
            self.error = "\n".join(str(problem) for problem in exc.problems)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash of the window
            self.error = f"{type(exc).__name__}: {exc}"


class HourlyProfilesDialog(QDialog):
    """Choose the CSV, N and K; see the periods and their error; Apply / Cancel."""

    #: emitted when a preview is shown (or refused), for tests and the screenshot script
    preview_ready = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None, start_folder: str = "") -> None:
        super().__init__(parent)
        self.document = document
        self.start_folder = start_folder
        self.path: Path | None = None
        self.typical: TypicalPeriods | None = None
        self.reducer: _ReduceThread | None = None
        self.pending = False
        self.setWindowTitle(self.tr("Import hourly profiles"))
        self.explanation = QLabel(
            self.tr(
                "Choose a CSV file with one row per hour of the year (8,760 rows) and one column per stream, "
                "utility or disposal, named by its id. Each value is a factor of the figure on the sheet: 1 = as on "
                "the sheet, 0.8 = 80 %, 0 = stopped. ParkFlow groups the days of the year into typical days and "
                "splits each day into segments; each segment becomes a period. The park's periods and profiles "
                "are replaced; Undo brings them back."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.clicked.connect(self.choose_file)
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("hourly_typical_days")
        self.days_spin.setRange(1, 366)
        self.days_spin.setValue(DEFAULT_TYPICAL_DAYS)
        self.days_spin.setToolTip(
            self.tr("More typical days follow the year more closely, and make the optimization larger.")
        )
        self.segments_spin = QSpinBox(self)
        self.segments_spin.setObjectName("hourly_segments")
        self.segments_spin.setRange(1, MAX_SEGMENTS)
        self.segments_spin.setValue(DEFAULT_SEGMENTS)
        self.segments_spin.setToolTip(
            self.tr(
                "Periods per typical day: 1 keeps the whole day as one period, "
                "2 gives a day and a night, 24 every hour."
            )
        )
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("hourly_summary")
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("hourly_errors")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Hourly profiles:"), file_row)
        form.addRow(self.tr("Typical days:"), self.days_spin)
        form.addRow(self.tr("Segments per day:"), self.segments_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOMPUTE_DELAY_MS)
        self.timer.timeout.connect(self.update_preview)
        self.days_spin.valueChanged.connect(self._on_options)
        self.segments_spin.valueChanged.connect(self._on_options)
        self._set_headers()
        self.summary_label.setText(self.tr("Choose a file to see the typical periods and their error."))
        self.resize(760, 560)

    def _set_headers(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("RMSE"),
                self.tr("Mean error"),
                self.tr("Largest error"),
                self.tr("Yearly total (%)"),
            ]
        )
        tips = [
            self.tr("Stream, utility or disposal id"),
            self.tr(
                "Root mean square of the hourly differences, as a factor (0.03 = 3 % of the sheet figure)"
            ),
            self.tr("Mean absolute hourly difference, as a factor"),
            self.tr("The largest difference in any hour, as a factor"),
            self.tr("How far the yearly total of the periods is from the hourly data's"),
        ]
        for column, tip in enumerate(tips):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)

    # -- choosing ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose hourly profiles"), self.start_folder, self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        """Use the CSV at ``path`` and reduce it with the current N and K."""
        self.path = path
        self.path_edit.setText(str(path))
        self.update_preview()

    def _on_options(self, *_args: object) -> None:
        self.apply_button.setEnabled(False)
        self.timer.start()

    # -- reducing (off the GUI thread) ----------------------------------------------------------
    def update_preview(self) -> None:
        """Reduce the chosen file with the current N and K (in a worker thread; one at a time)."""
        self.timer.stop()
        if self.path is None:
            return
        self.apply_button.setEnabled(False)
        self.typical = None
        if self.reducer is not None:
            self.pending = True  # the running reduction finishes first; then the latest choice runs
            return
        self.summary_label.setText(self.tr("Computing typical periods…"))
        thread = _ReduceThread(
            self.document.park.copy(), self.path, self.days_spin.value(), self.segments_spin.value()
        )
        thread.finished.connect(self._on_finished)
        keep_until_finished(thread)
        self.reducer = thread
        thread.start()

    @property
    def busy(self) -> bool:
        return self.reducer is not None or self.pending or self.timer.isActive()

    def _on_finished(self) -> None:
        thread = self.reducer
        self.reducer = None
        if thread is None:
            return
        if self.pending:
            self.pending = False
            self.update_preview()
            return
        if thread.days:
            self.days_spin.setMaximum(thread.days)
        if thread.typical is None:
            self._show_error(thread.error)
        else:
            self._show(thread.typical)
        self.preview_ready.emit()

    def _item_text(self, item: str) -> str:
        """The item's id and, for people, its name."""
        park = self.document.park
        entity = park.streams.get(item) or park.utilities.get(item) or park.disposals.get(item)
        name = getattr(entity, "name", "")
        return f"{item}  {name}" if name else item

    def _show_error(self, message: str) -> None:
        self.typical = None
        self.table.setRowCount(0)
        self.note_label.clear()
        self.summary_label.setText(self.tr("This file cannot be used:") + "\n" + message)
        self.apply_button.setEnabled(False)

    def _show(self, typical: TypicalPeriods) -> None:
        self.typical = typical
        self.summary_label.setText(
            self.tr(
                "{periods} periods: {days} typical days × {segments} segments, together {hours} h a year, "
                "for {items} items."
            ).format(
                periods=len(typical.periods),
                days=typical.typical_days,
                segments=typical.segments,
                hours=f"{typical.total_hours:,.0f}",
                items=len(typical.errors) - 1,
            )
            + "\n"
            + "  ·  ".join(
                self.tr("Typical day {number}: {days} days ({months})").format(
                    number=cycle.lstrip("D"), days=days, months=typical.months_of_cycle[cycle]
                )
                for cycle, days in typical.days_of_cycle.items()
            )
        )
        errors = typical.errors
        self.table.setRowCount(len(errors))
        for row, (item, values) in enumerate(errors.iterrows()):
            name = self.tr("All items together") if item == SUM_ROW else self._item_text(str(item))
            cells = [
                name,
                f"{values['rmse']:.4f}",
                f"{values['mae']:.4f}",
                f"{values['max_error']:.4f}",
                f"{round(values['annual_error_pct'], 2) + 0.0:+.2f}",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        notes = [
            self.tr(
                "Errors are factors of the sheet figure: an RMSE of 0.03 is 3 %. More typical days "
                "lower the error."
            )
        ]
        park_hours = self.document.park.hours_per_year
        if park_hours != HOURS_IN_YEAR:
            notes.append(
                self.tr(
                    "The periods stand for the whole year ({year} h) and replace the park's {hours} operating hours: "
                    "stops must be in the file as factor 0."
                ).format(year=f"{HOURS_IN_YEAR:,}", hours=f"{park_hours:,.0f}")
            )
        if self.document.park.periods:
            notes.append(
                self.tr("The park's current periods ({count}) will be replaced.").format(
                    count=len(self.document.park.periods)
                )
            )
        self.note_label.setText("\n".join(notes))
        self.apply_button.setEnabled(True)

    # -- applying ----------------------------------------------------------------------------
    def command(self) -> ReplacePeriodsCommand | None:
        """The undoable command giving the park the previewed periods (None before a preview)."""
        if self.typical is None or self.busy:
            return None
        return ReplacePeriodsCommand(
            self.document,
            self.typical,
            self.tr("Import {count} typical periods from {name}").format(
                count=len(self.typical.periods), name=self.path.name if self.path else ""
            ),
        )
