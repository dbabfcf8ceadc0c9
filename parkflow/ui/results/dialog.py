"""The Optimize dialog: objective, mode, solver, MILP gap, time limit and Pareto points."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parkflow.optimize.options import SolveOptions
from parkflow.optimize.solve import available_solvers as optimizer_solvers

_SETTINGS_GROUP = "optimize_dialog"
#: The optimizer's default MILP gap (SolveOptions.mip_gap), in percent.
DEFAULT_GAP_PCT = 100.0 * SolveOptions.mip_gap


@lru_cache(maxsize=1)
def available_solvers() -> frozenset[str]:
    """Solver names (``highs``, ``cbc``) that can run on this machine (asked once per session)."""
    return frozenset(optimizer_solvers())


class OptimizeDialog(QDialog):
    """Asks how to optimize; :meth:`options` gives the ``SolveOptions``.

    The last choices are kept in ``QSettings`` (group ``optimize_dialog``)
    when the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Optimize"))
        self.setMinimumWidth(460)  # the MILP mode's description fits in both languages
        self._settings = settings if settings is not None else QSettings()

        self.objective_combo = QComboBox()
        self.objective_combo.addItem(self.tr("Cost (CNY/yr)"), "cost")
        self.objective_combo.addItem(self.tr("CO₂ emissions (t/yr)"), "co2")
        self.objective_combo.addItem(self.tr("COD discharged (t/yr)"), "cod")

        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("LP: continuous, no build decisions"), "lp")
        self.mode_combo.addItem(self.tr("MILP: build or not build each candidate link"), "milp")

        self.solver_combo = QComboBox()
        solvers = available_solvers()
        for key, label in (("highs", "HiGHS"), ("cbc", "CBC")):
            self.solver_combo.addItem(label, key)
            if key not in solvers:
                item = self.solver_combo.model().item(self.solver_combo.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
                item.setToolTip(self.tr("This solver is not installed."))

        self.time_limit_check = QCheckBox(self.tr("Limit solver time"))
        self.time_limit_spin = QDoubleSpinBox()
        self.time_limit_spin.setRange(1.0, 24 * 3600.0)
        self.time_limit_spin.setDecimals(0)
        self.time_limit_spin.setSuffix(" s")
        self.time_limit_spin.setValue(60.0)
        self.time_limit_check.toggled.connect(self.time_limit_spin.setEnabled)

        self.gap_spin = QDoubleSpinBox()
        self.gap_spin.setRange(0.0, 50.0)
        self.gap_spin.setDecimals(2)
        self.gap_spin.setSingleStep(0.1)
        self.gap_spin.setSuffix(" %")
        self.gap_spin.setValue(DEFAULT_GAP_PCT)
        self.gap_spin.setToolTip(
            self.tr(
                "MILP only: stop when the network found is within this share of the savings at stake "
                "(the existing links alone minus the best bound). Smaller gaps prove more but can take "
                "much longer."
            )
        )
        self.mode_combo.currentIndexChanged.connect(self._update_gap_enabled)

        self.pareto_spin = QSpinBox()
        self.pareto_spin.setRange(0, 50)
        self.pareto_spin.setSpecialValueText(self.tr("off (single optimization)"))
        self.pareto_spin.setToolTip(
            self.tr("Number of cost–CO₂ trade-off points; each point is a full optimization.")
        )

        form = QFormLayout()
        form.addRow(self.tr("Objective:"), self.objective_combo)
        form.addRow(self.tr("Mode:"), self.mode_combo)
        form.addRow(self.tr("Solver:"), self.solver_combo)
        form.addRow(self.tr("MILP gap:"), self.gap_spin)
        form.addRow(self.time_limit_check, self.time_limit_spin)
        form.addRow(self.tr("Pareto points:"), self.pareto_spin)

        self.no_solver_label = QLabel(self.tr("No solver is available: install highspy or PuLP's CBC."))
        self.no_solver_label.setStyleSheet("color: #b00020;")
        self.no_solver_label.setVisible(not solvers)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Optimize"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(solvers))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.no_solver_label)
        layout.addWidget(buttons)
        self._restore()

    # -- public API -----------------------------------------------------------
    def options(self) -> SolveOptions:
        """The chosen options."""
        time_limit = float(self.time_limit_spin.value()) if self.time_limit_check.isChecked() else None
        return SolveOptions(
            objective=self.objective_combo.currentData(),
            mode=self.mode_combo.currentData(),
            solver=self.solver_combo.currentData(),
            time_limit=time_limit,
            mip_gap=float(self.gap_spin.value()) / 100.0,
        )

    def pareto_points(self) -> int:
        """Number of Pareto points asked for; 0 means a single optimization."""
        return int(self.pareto_spin.value())

    def accept(self) -> None:
        self._store()
        super().accept()

    # -- settings -------------------------------------------------------------
    def _store(self) -> None:
        settings = self._settings
        settings.beginGroup(_SETTINGS_GROUP)
        settings.setValue("objective", self.objective_combo.currentData())
        settings.setValue("mode", self.mode_combo.currentData())
        settings.setValue("solver", self.solver_combo.currentData())
        settings.setValue("mip_gap_pct", float(self.gap_spin.value()))
        settings.setValue("time_limit_on", self.time_limit_check.isChecked())
        settings.setValue("time_limit_s", float(self.time_limit_spin.value()))
        settings.setValue("pareto_points", int(self.pareto_spin.value()))
        settings.endGroup()
        settings.sync()

    def _restore(self) -> None:
        settings = self._settings
        settings.beginGroup(_SETTINGS_GROUP)
        try:
            _select_data(self.objective_combo, settings.value("objective", "cost"))
            _select_data(self.mode_combo, settings.value("mode", "lp"))
            solver = settings.value("solver", "highs")
            if not _select_data(self.solver_combo, solver, enabled_only=True):
                _select_first_enabled(self.solver_combo)
            self.time_limit_check.setChecked(_as_bool(settings.value("time_limit_on", False)))
            self.time_limit_spin.setValue(_as_float(settings.value("time_limit_s", 60.0), 60.0))
            self.pareto_spin.setValue(int(_as_float(settings.value("pareto_points", 0), 0.0)))
            self.gap_spin.setValue(_as_float(settings.value("mip_gap_pct", DEFAULT_GAP_PCT), DEFAULT_GAP_PCT))
        finally:
            settings.endGroup()
        self.time_limit_spin.setEnabled(self.time_limit_check.isChecked())
        self._update_gap_enabled()

    def _update_gap_enabled(self) -> None:
        self.gap_spin.setEnabled(self.mode_combo.currentData() == "milp")


def _select_data(combo: QComboBox, data: Any, enabled_only: bool = False) -> bool:
    index = combo.findData(data)
    if index < 0:
        return False
    if enabled_only:
        item = combo.model().item(index)  # type: ignore[attr-defined]
        if item is not None and not item.isEnabled():
            return False
    combo.setCurrentIndex(index)
    return True


def _select_first_enabled(combo: QComboBox) -> None:
    for index in range(combo.count()):
        item = combo.model().item(index)  # type: ignore[attr-defined]
        if item is None or item.isEnabled():
            combo.setCurrentIndex(index)
            return


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.lower() in {"true", "1", "yes"}
    return bool(value)


def _as_float(value: Any, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default
