"""Property editor for the selected item (or the park's settings).

The inspector shows one form per entity kind, built from the entity's
workbook columns, each labelled, explained and edited as the field table in
:mod:`parkflow.ui.catalogue` says: numbers and text in a line, enums and
references to other items in drop-downs, notes in a multi-line editor.
Editing a field (Enter, a choice, or leaving the field) parses and checks
the value, then pushes one change command; a refused value shows its
reason under the form and the field returns to the stored value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parkflow.model.compat import is_heat_pump
from parkflow.model.entities import PARK_DEFAULTS, Direction, ElectricityTceBasis, Link, Stream
from parkflow.model.factors import FactorError
from parkflow.model.heat_pumps import HeatPump, HeatPumpError, heat_pump
from parkflow.optimize.results import OptimizationResult
from parkflow.ui import catalogue, fields, undo
from parkflow.ui.document import EDITED_KINDS, Document, EditRefused
from parkflow.ui.i18n import current_language
from parkflow.ui.pipe_cells import COMPUTED_COLUMNS, computed_text, pipe_of, rule_tooltip
from parkflow.ui.results.formatting import format_quantity
from parkflow.ui.results.periods import result_in_period

#: The park setting choosing how electricity converts to tce (a choice, not a number).
ENERGY_BASIS = "electricity_tce_basis"


#: Converter fields a heat pump derives from its COP when left blank.
HEAT_PUMP_COLUMNS: tuple[str, ...] = ("ratio", "aux_ratio")


class NotesEdit(QPlainTextEdit):
    """A multi-line note that commits when it loses focus."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.editing_finished.emit()


Editor = QLineEdit | QComboBox | NotesEdit


class Inspector(QWidget):
    """Edit the fields of one entity, or the park settings when nothing is selected."""

    status_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.kind: str | None = None
        self.entity_id: str | None = None
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("inspector_result")
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        #: the result as the results dock shows it for the period picked (None: the document's)
        self._result_view: Any = None
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.result_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        document.entity_changed.connect(self._on_entity_changed)
        document.entity_added.connect(self._on_references_changed)
        document.entity_removed.connect(self._on_entity_removed)
        document.settings_changed.connect(self._on_settings_changed)
        document.park_reset.connect(self.show_park)
        document.result_changed.connect(self._on_result_changed)
        # positions, streams and settings change computed pipe fields of the shown link
        document.entity_changed.connect(self._refill)
        document.settings_changed.connect(self._refill)
        self.show_park()

    # -- what is shown ----------------------------------------------------------------
    @property
    def catalogue_kind(self) -> str:
        return self.kind if self.kind is not None else catalogue.PARK

    def show_park(self) -> None:
        self.kind = None
        self.entity_id = None
        self._build([*PARK_DEFAULTS, ENERGY_BASIS])
        self._fill()

    def show_entity(self, kind: str, entity_id: str) -> None:
        if self.document.entity(kind, entity_id) is None:
            self.show_park()
            return
        self.kind = kind
        self.entity_id = entity_id
        self._build(EDITED_KINDS[kind].columns())
        self._fill()

    def _build(self, columns: list[str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self.labels = {}
        self.error_label.clear()
        for column in columns:
            how = catalogue.field_text(self.catalogue_kind, column).editor
            editor: Editor
            if how in (catalogue.ENUM, catalogue.REFERENCE, catalogue.FACTOR):
                editor = QComboBox(self.form_host)
                editor.activated.connect(lambda _index, name=column: self._commit(name))
            elif how == catalogue.NOTES:
                editor = NotesEdit(self.form_host)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(90)
                editor.editing_finished.connect(lambda name=column: self._commit(name))
            else:
                editor = QLineEdit(self.form_host)
                editor.editingFinished.connect(lambda name=column: self._commit(name))
                if column == "id":
                    editor.setReadOnly(True)
            editor.setObjectName(f"inspector_{column}")
            label = QLabel(self.form_host)
            label.setWordWrap(True)
            label.setBuddy(editor)
            self.form.addRow(label, editor)
            self.editors[column] = editor
            self.labels[column] = label
        self.retranslate()

    def _fill_choices(self, column: str, combo: QComboBox) -> None:
        """The drop-down's items: enum members or the ids of the kind referred to."""
        how = catalogue.field_text(self.catalogue_kind, column).editor
        if how == catalogue.ENUM:
            choices = [(member.value, catalogue.enum_title(member)) for member in catalogue.ENUMS[column]]
        else:
            choices = catalogue.reference_choices(self.document.park, self.catalogue_kind, column)
        combo.blockSignals(True)
        combo.clear()
        for value, text in choices:
            combo.addItem(text, value)
        combo.blockSignals(False)

    def retranslate(self) -> None:
        if self.kind is None:
            self.title.setText(self.tr("Park settings"))
        else:
            self.title.setText(f"<b>{catalogue.kind_title(self.kind)} {self.entity_id}</b>")
        for column, label in self.labels.items():
            text = catalogue.field_text(self.catalogue_kind, column)
            label.setText(text.label)
            label.setToolTip(text.tooltip)
            self.editors[column].setToolTip(text.tooltip)
        for column, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                self._fill_choices(column, editor)
        if self.editors:
            self._fill()

    def _current_values(self) -> dict[str, Any]:
        if self.kind is None:
            park = self.document.park
            return {**park.settings(), ENERGY_BASIS: park.electricity_tce_basis}
        entity = self.document.entity(self.kind, self.entity_id or "")
        return entity.to_row() if entity is not None else {}

    def _fill(self) -> None:
        values = self._current_values()
        link = self.document.park.links.get(self.entity_id or "") if self.kind == "links" else None
        pipe = pipe_of(self.document.park, link) if link is not None else None
        pump = self._heat_pump()
        for column, editor in self.editors.items():
            text = fields.show(values.get(column))
            editor.blockSignals(True)
            if isinstance(editor, QComboBox):
                index = editor.findData(text)
                if index < 0:  # a value the drop-down does not list (a dangling reference): show it as it is
                    editor.addItem(text, text)
                    index = editor.count() - 1
                editor.setCurrentIndex(index)
            elif isinstance(editor, NotesEdit):
                if editor.toPlainText() != text:
                    editor.setPlainText(text)
            else:
                editor.setText(text)
                editor.setCursorPosition(0)
                # a blank pipe field shows its computed value greyed, the rule as tooltip
                computed = (
                    computed_text(pipe, column) if pipe is not None and column in COMPUTED_COLUMNS else None
                )
                editor.setPlaceholderText(computed or "")
                editor.setToolTip(
                    rule_tooltip(self.document.park, link, pipe, column)
                    if computed and link and pipe
                    else catalogue.field_text(self.catalogue_kind, column).tooltip
                )
                if pump is not None and column in HEAT_PUMP_COLUMNS:
                    self._show_heat_pump(editor, pump, column, values.get(column) is None)
            editor.blockSignals(False)
        stream = self.document.park.streams.get(self.entity_id or "") if self.kind == "streams" else None
        if stream is not None:
            self._fill_stream_result(stream)
        else:
            self._fill_result(link)

    def _heat_pump(self) -> HeatPump | str | None:
        """The shown converter's heat-pump figures, why they cannot be derived, or None (no heat pump)."""
        park = self.document.park
        converter = park.converters.get(self.entity_id or "") if self.kind == "converters" else None
        if converter is None or not is_heat_pump(park, converter):
            return None
        try:
            return heat_pump(park, converter)
        except (HeatPumpError, FactorError) as exc:
            return str(exc)

    def _show_heat_pump(self, editor: QLineEdit, pump: HeatPump | str, column: str, blank: bool) -> None:
        """A heat pump's ratio fields: a blank one shows the derived figure greyed; the COP as tooltip."""
        if isinstance(pump, str):
            editor.setToolTip(
                self.tr("Heat pump: its figures cannot be derived: {reason}").format(reason=pump)
            )
            return
        derived = pump.ratio if column == "ratio" else pump.aux_ratio
        if blank:
            editor.setPlaceholderText(f"{derived:.4g}")
        how = pump.describe_zh() if current_language().startswith("zh") else pump.describe()
        editor.setToolTip(
            (
                self.tr("Derived from the heat pump's COP; type a number to override.")
                if blank
                else self.tr("Typed; clear it to derive it from the heat pump's COP.")
            )
            + "\n"
            + how
        )

    def _show_result(self, lines: list[str]) -> None:
        """The "Last result" block above the form (marked stale when the park changed since)."""
        stale = self.tr(" (stale: the park changed since)") if self.document.result_stale else ""
        self.result_label.setText("<b>" + self.tr("Last result") + stale + "</b><br>" + "<br>".join(lines))
        self.result_label.setVisible(True)

    def _hide_result(self) -> None:
        self.result_label.clear()
        self.result_label.setVisible(False)

    def set_result_view(self, result: Any) -> None:
        """Show the last result as the results dock does for the period picked (one period's rows)."""
        self._result_view = result
        self._refill()

    def _on_result_changed(self) -> None:
        self._result_view = None
        self._refill()

    def _shown_result(self) -> Any:
        return self._result_view if self._result_view is not None else self.document.result

    def _fill_result(self, link: Link | None) -> None:
        """The optimized flow of the selected link: what was sent, delivered and the pipe used."""
        result = self._shown_result()
        lines = (
            self._link_lines(result, link)
            if result is None or not result.periods
            else self._over_periods(
                result, lambda view: (self._link_lines(view, link) or [])[:2], link_details=link
            )
        )
        if lines:
            self._show_result(lines)
        else:
            self._hide_result()

    def _over_periods(
        self,
        result: OptimizationResult,
        lines_of: Callable[[OptimizationResult], list[str] | None],
        link_details: Link | None = None,
    ) -> list[str]:
        """The whole year of a result with periods: each period's lines under its name and hours."""
        lines: list[str] = []
        for period_id, name, hours in result.period_details:
            view = result_in_period(result, period_id)
            period_lines = lines_of(view)
            if period_lines:
                lines.append(
                    "<i>"
                    + self.tr("%1 (%2 h)").replace("%1", name or period_id).replace("%2", f"{hours:,.0f}")
                    + "</i>"
                )
                lines += period_lines
        if lines and link_details is not None and result.period_details:
            # the pipe is one for all periods: its length, size, loss and capex once
            first = result_in_period(result, result.period_details[0][0])
            lines += (self._link_lines(first, link_details) or [])[2:]
        return lines

    def _link_lines(self, result: OptimizationResult | None, link: Link | None) -> list[str] | None:
        """Flow, delivered, length, size, loss and capex of ``link`` in ``result`` (one row per link)."""
        if link is None or result is None or link.id not in result.flows.index:
            return None
        row = result.flows.loc[link.id]

        def number(key: str, digits: str = "") -> str:
            value = row.get(key)
            try:
                if value is None or value != value:
                    return "—"
                return format(float(value), digits) if digits else format_quantity(float(value), digits=4)
            except (TypeError, ValueError):
                return "—"

        lines = [
            self.tr("Optimized flow: {amount} {unit}").format(
                amount=number("amount"), unit=row.get("unit", "")
            ),
            self.tr("Delivered: {amount} {unit}").format(
                amount=number("delivered"), unit=row.get("delivered_unit", "")
            ),
            self.tr("Length: {km} km").format(km=number("distance_km")),
            self.tr("Size: DN{dn}").format(dn=number("diameter_mm", ".0f")),
            self.tr("Loss: {pct} %").format(pct=number("loss_pct", ".3g")),
            self.tr("Capex: {cny} CNY").format(cny=number("capex_cny", ",.0f")),
        ]
        return lines

    def _fill_stream_result(self, stream: Stream) -> None:
        """What the last optimization did with the selected stream (each period's, over the whole year)."""
        result = self._shown_result()
        lines = (
            self._stream_lines(result, stream)
            if not isinstance(result, OptimizationResult) or not result.periods
            else self._over_periods(result, lambda view: self._stream_lines(view, stream))
        )
        if lines:
            self._show_result(lines)
        else:
            self._hide_result()

    def _stream_lines(self, result: Any, stream: Stream) -> list[str] | None:
        """What ``result`` (one row per item) did with ``stream``.

        A sink: the links that supply it (what each delivers) and the utility make-up; a source:
        the links it feeds (what each sends) and what goes to disposal.
        """
        if result is None:
            return None
        flows = result.flows
        sink = stream.direction is Direction.SINK
        end, partner = ("sink", "source") if sink else ("source", "sink")
        amount_column, unit_column = ("delivered", "delivered_unit") if sink else ("amount", "unit")
        lines: list[str] = []
        total = 0.0
        used = flows[(flows[end].astype(str) == stream.id) & (flows["amount"].astype(float) > 1e-9)]
        for link_id, row in used.iterrows():
            amount = float(row[amount_column])
            total += amount
            template = (
                self.tr("Link {link} from {stream}: {amount} {unit}")
                if sink
                else self.tr("Link {link} to {stream}: {amount} {unit}")
            )
            lines.append(
                template.format(
                    link=link_id,
                    stream=row[partner],
                    amount=format_quantity(amount, digits=4),
                    unit=row[unit_column] or stream.unit,
                )
            )
        if not lines:
            lines.append(self.tr("No link carries this stream."))
        converter_lines: list[str] = []
        by_converter = self._converter_line(result, stream, converter_lines)
        frame = None if result is None else (result.utilities if sink else result.disposals)
        if frame is not None and stream.id in frame.index:
            row = frame.loc[stream.id]
            template = (
                self.tr("Utility make-up ({name}): {amount} {unit}")
                if sink
                else self.tr("To disposal ({name}): {amount} {unit}")
            )
            lines.append(
                template.format(
                    name=row["utility" if sink else "disposal"],
                    amount=format_quantity(float(row["amount"]), digits=4),
                    unit=row["unit"] or stream.unit,
                )
            )
        elif not sink and not by_converter and stream.amount - total > 1e-6:
            lines.append(
                self.tr("Not taken by any link: {amount} {unit}").format(
                    amount=format_quantity(stream.amount - total, digits=4), unit=stream.unit
                )
            )
        if by_converter:  # the converter, not the typed amount, says how much there is
            lines += converter_lines
        else:
            lines.append(
                (
                    self.tr("Need {amount} {unit}; links cover {covered}")
                    if sink
                    else self.tr("Offer {amount} {unit}; links take {covered}")
                ).format(
                    amount=format_quantity(stream.amount, digits=4),
                    unit=stream.unit,
                    covered=format_quantity(total, digits=4),
                )
            )
        return lines

    def _converter_line(self, result: Any, stream: Stream, lines: list[str]) -> bool:
        """Add what the converter taking or making ``stream`` did; False when no converter does."""
        # a converter's input or output: its amount is what the converter takes or makes
        converters = result.converters if result is not None else None
        for converter in self.document.park.converters.values():
            if (
                stream.id in (converter.input, converter.output)
                and converters is not None
                and converter.id in converters.index
            ):
                row = converters.loc[converter.id]
                made = stream.id == converter.output
                lines.append(
                    (
                        self.tr("Made by converter {name}: {amount}")
                        if made
                        else self.tr("Taken into converter {name}: {amount}")
                    ).format(
                        name=converter.id,
                        amount=format_quantity(float(row["output_amount" if made else "intake"]), digits=4),
                    )
                )
                return True
        return False

    def editor_text(self, column: str) -> str:
        """What the field's editor holds, as the text ``fields.parse`` reads."""
        editor = self.editors[column]
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            return str(data) if data is not None else editor.currentText()
        if isinstance(editor, NotesEdit):
            return editor.toPlainText()
        return editor.text()

    # -- editing -------------------------------------------------------------------------
    def _commit(self, column: str) -> None:
        if column not in self.editors:
            return
        text = self.editor_text(column)
        try:
            if self.kind is None:
                self._commit_setting(column, text)
            else:
                self._commit_field(column, text)
        except (ValueError, EditRefused) as exc:
            message = f"{catalogue.field_text(self.catalogue_kind, column).label}: {exc}"
            self.error_label.setText(message)
            self.status_message.emit(message)
            self._fill()
            return
        self.error_label.clear()

    def _commit_setting(self, column: str, text: str) -> None:
        if column == "name":
            value: Any = text.strip()
        elif column == ENERGY_BASIS:
            value = ElectricityTceBasis(text)
            if value is not self.document.park.electricity_tce_basis:
                self.document.undo_stack.push(undo.ChangeSettingsCommand(self.document, {column: value}))
            return
        else:
            value = fields.parse("enterprises", "x_km", text)
            if value is None:
                raise ValueError(self.tr("a number is needed"))
        if value == getattr(self.document.park, column):
            return
        if column != "name" and value < 0:
            raise ValueError(self.tr("must be ≥ 0"))
        self.document.undo_stack.push(undo.ChangeSettingsCommand(self.document, {column: value}))

    def _commit_field(self, column: str, text: str) -> None:
        assert self.kind is not None and self.entity_id is not None
        entity = self.document.entity(self.kind, self.entity_id)
        if entity is None:
            return
        value = fields.parse(self.kind, column, text)
        if column == "notes" and isinstance(value, str):
            value = value.rstrip()
        if value == getattr(entity, column):
            return
        new = fields.with_value(entity, column, value)
        command = undo.edit_command(self.document, self.kind, entity, new)
        kind = self.kind
        self.document.undo_stack.push(command)
        if new.id != entity.id:  # a profile that names another period or item has a new key
            self.show_entity(kind, new.id)

    # -- document signals -----------------------------------------------------------------
    def _on_entity_changed(self, kind: str, entity_id: str) -> None:
        if kind == self.kind and entity_id == self.entity_id:
            self._fill()
        elif self._refers_to(kind):
            self.retranslate()  # a name in a drop-down changed

    def _on_references_changed(self, kind: str, _entity_id: str) -> None:
        if self._refers_to(kind):
            self.retranslate()

    def _refers_to(self, kind: str) -> bool:
        if self.kind is None:
            return False
        return any(catalogue.REFERENCES.get((self.kind, column), ("",))[0] == kind for column in self.editors)

    def _refill(self, *_args: Any) -> None:
        if self.kind in ("links", "streams"):
            self._fill()

    def _on_entity_removed(self, kind: str, entity_id: str) -> None:
        if kind == self.kind and entity_id == self.entity_id:
            self.show_park()
        elif self._refers_to(kind):
            self.retranslate()

    def _on_settings_changed(self) -> None:
        if self.kind is None:
            self._fill()


__all__ = ["Inspector", "NotesEdit"]
