"""Tables of enterprises, streams, links, utilities, disposals and converters.

:class:`EntityTableModel` is a ``QAbstractTableModel`` over one entity kind
of the :class:`~parkflow.ui.document.Document`: it listens to the
document's ``entity_*`` signals and edits through undo commands, so a cell
edit is undoable and appears on the canvas at once.  Columns are the
workbook columns (docs/workbook.md); the id column is read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parkflow.model.compat import link_refusal
from parkflow.model.entities import (
    Direction,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Period,
    Profile,
    Storage,
    Stream,
)
from parkflow.model.media import spec_of
from parkflow.model.validate import HOURS_IN_YEAR
from parkflow.ui import catalogue, fields, undo
from parkflow.ui.document import EDITED_KINDS, PROFILE_ITEM_KINDS, Document, EditRefused
from parkflow.ui.pipe_cells import COMPUTED_COLUMNS, COMPUTED_GREY, computed_text, pipe_of, rule_tooltip

Index = QModelIndex | QPersistentModelIndex


#: Read-only columns a table adds after the workbook columns, filled from the last result.
RESULT_COLUMNS: dict[str, tuple[str, ...]] = {"links": ("optimized_flow",)}


class EntityTableModel(QAbstractTableModel):
    """One entity kind of the document as an editable table."""

    #: the reason an edit was refused, for the status bar
    edit_refused = Signal(str)

    def __init__(self, document: Document, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = kind
        #: the workbook columns, then read-only columns computed from the last result
        self.columns = EDITED_KINDS[kind].columns() + list(RESULT_COLUMNS.get(kind, ()))
        self._flows: dict[str, float] | None = None
        #: the result whose flows the optimized-flow column shows (one period's, or the year's
        #: average), None: the document's
        self._flow_result: Any = None
        self.kinds = fields.field_kinds(kind)
        self._ids: list[str] = list(document.park.collection(kind))
        self._row_of: dict[str, int] = {}
        self._reindex()
        document.entity_added.connect(self._on_added)
        document.entity_removed.connect(self._on_removed)
        document.entity_changed.connect(self._on_changed)
        document.park_reset.connect(self._on_reset)
        if kind == "links":
            document.enterprise_changed.connect(self._on_site_changed)
            document.stream_changed.connect(self._on_site_changed)
            document.settings_changed.connect(self._on_site_changed)
        if kind in RESULT_COLUMNS:
            document.result_changed.connect(self._on_result_changed)
            document.result_stale_changed.connect(lambda _stale: self._on_result_changed(keep_view=True))

    def _reindex(self) -> None:
        self._row_of = {entity_id: row for row, entity_id in enumerate(self._ids)}

    def entity_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, entity_id: str) -> int | None:
        return self._row_of.get(entity_id)

    # -- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            text = catalogue.field_text(self.kind, self.columns[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return text.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return text.tooltip
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def retranslate(self) -> None:
        """Headers and enum values in the current language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()] if index.isValid() else ""
        if index.isValid() and column != "id" and column not in RESULT_COLUMNS.get(self.kind, ()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entity = self.document.entity(self.kind, self._ids[index.row()])
        if entity is None:
            return None
        column = self.columns[index.column()]
        if column == "optimized_flow":
            return self._flow_data(entity.id, role)
        value = getattr(entity, column)
        if value is None and column in COMPUTED_COLUMNS and isinstance(entity, Link):
            computed = self._computed(entity, column, role)
            if computed is not None:
                return computed
        if role == Qt.ItemDataRole.DisplayRole:
            if column in catalogue.ENUMS and value is not None:
                return catalogue.enum_title(value)
            return fields.show(value)
        if role == Qt.ItemDataRole.EditRole:
            return fields.show(value)
        if role == Qt.ItemDataRole.DecorationRole and column == "medium" and isinstance(value, Medium):
            return QColor(spec_of(value).colour)
        if role == Qt.ItemDataRole.UserRole:
            # sort key: numbers as numbers
            return value if isinstance(value, (int, float)) else fields.show(value)
        if role == Qt.ItemDataRole.ForegroundRole and column == "id":
            return QBrush(QColor("#555555"))
        return None

    def _computed(self, link: Link, column: str, role: int) -> Any:
        """Display text (greyed, rule as tooltip) of a blank pipe field that is computed."""
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        pipe = pipe_of(self.document.park, link)
        if pipe is None:
            return None
        text = computed_text(pipe, column)
        if text is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(COMPUTED_GREY))
        return rule_tooltip(self.document.park, link, pipe, column)

    def _on_site_changed(self, *_args: Any) -> None:
        """Positions, streams or settings changed: computed pipe fields may have too."""
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    # -- the optimized flow column ------------------------------------------------------------
    def optimized_flows(self) -> dict[str, float]:
        """Link id → flow of the last optimization (empty without a result)."""
        if self._flows is None:
            self._flows = {}
            result = self._flow_result if self._flow_result is not None else self.document.result
            if result is not None:
                try:
                    self._flows = {
                        key: float(flow.amount) for key, flow in result.to_state().link_flows.items()
                    }
                except Exception:  # a result of an unexpected shape: no flows, never a broken table
                    self._flows = {}
        return self._flows

    def _flow_data(self, link_id: str, role: int) -> Any:
        flows = self.optimized_flows()
        if link_id not in flows:
            return None
        flow = flows[link_id]
        if role == Qt.ItemDataRole.DisplayRole:
            return fields.show(round(flow, 6))
        if role == Qt.ItemDataRole.UserRole:
            return flow
        if role == Qt.ItemDataRole.ForegroundRole and self.document.result_stale:
            return QBrush(QColor("#9a9a9a"))  # out of date: the park changed since
        if role == Qt.ItemDataRole.ToolTipRole and self.document.result_stale:
            return self.tr("Out of date: the park changed after this optimization")
        return None

    def set_flow_result(self, result: Any) -> None:
        """Show the flows of ``result`` (a period's view of the document's result) in the optimized-flow column."""
        self._flow_result = result
        self._on_result_changed(keep_view=True)

    def _on_result_changed(self, keep_view: bool = False) -> None:
        if not keep_view:
            self._flow_result = None
        self._flows = None
        column = self.columns.index("optimized_flow")
        if self._ids:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        entity = self.document.entity(self.kind, self._ids[index.row()])
        if entity is None:
            return False
        try:
            parsed = fields.parse(self.kind, column, str(value))
        except ValueError as exc:
            self.edit_refused.emit(f"{self._ids[index.row()]}: {exc}")
            return False
        if parsed == getattr(entity, column):
            return True
        try:
            command = undo.edit_command(
                self.document, self.kind, entity, fields.with_value(entity, column, parsed)
            )
        except EditRefused as exc:
            self.edit_refused.emit(f"{self._ids[index.row()]}: {exc}")
            return False
        self.document.undo_stack.push(command)
        return True

    # -- document signals ---------------------------------------------------------------
    def _on_added(self, kind: str, entity_id: str) -> None:
        if kind != self.kind or entity_id in self._row_of:
            return
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.append(entity_id)
        self._row_of[entity_id] = row
        self.endInsertRows()

    def _on_removed(self, kind: str, entity_id: str) -> None:
        if kind != self.kind:
            return
        row = self._row_of.get(entity_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._reindex()
        self.endRemoveRows()

    def _on_changed(self, kind: str, entity_id: str) -> None:
        if kind != self.kind:
            return
        row = self._row_of.get(entity_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._ids = list(self.document.park.collection(self.kind))
        self._reindex()
        self.endResetModel()


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for enum and reference columns (the field table says which)."""

    def __init__(self, model: EntityTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.table_model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        column = self.table_model.columns[index.column()]
        kind = self.table_model.kind
        how = catalogue.field_text(kind, column).editor
        if how == catalogue.ENUM:
            choices = [(member.value, catalogue.enum_title(member)) for member in catalogue.ENUMS[column]]
        elif how in (catalogue.REFERENCE, catalogue.FACTOR):
            choices = catalogue.reference_choices(self.table_model.document.park, kind, column)
        else:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, text in choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = str(index.data(Qt.ItemDataRole.EditRole) or "")
            position = editor.findData(value)
            if position < 0:
                editor.addItem(value, value)
                position = editor.count() - 1
            editor.setCurrentIndex(position)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class EntityTable(QWidget):
    """A filter box, a sortable table and add/delete buttons for one kind."""

    entity_selected = Signal(str, str)
    status_message = Signal(str)

    def __init__(self, document: Document, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = kind
        self.model = EntityTableModel(document, kind, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.add_button.setVisible(kind != "converters")
        #: the enterprise a new stream joins (the main window points it at the selection)
        self.enterprise_in_focus: Callable[[], str | None] = lambda: None
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ChoiceDelegate(self.model, self.view))
        # no initial sort: sorting 50,000 links on opening costs seconds
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        for column, width in (("name", 240), ("sector", 180), ("notes", 320)):
            if column in self.model.columns:
                self.view.setColumnWidth(self.model.columns.index(column), width)
        self.model.edit_refused.connect(self.status_message)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.add_button.setText(self.tr("Add"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()
        # every header readable in full ("Position north (km)" was cut off)
        metrics = self.view.horizontalHeader().fontMetrics()
        for section in range(self.model.columnCount()):
            header = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
            wanted = metrics.horizontalAdvance(header) + 28
            if self.view.columnWidth(section) < wanted:
                self.view.setColumnWidth(section, wanted)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            source = self.proxy.mapToSource(rows[0])
            self.entity_selected.emit(self.kind, self.model.entity_id(source.row()))

    def select(self, entity_id: str) -> None:
        row = self.model.row_of(entity_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.blockSignals(True)
            self.view.selectRow(index.row())
            self.view.blockSignals(False)
            self.view.scrollTo(index)

    def selected_ids(self) -> list[str]:
        return [
            self.model.entity_id(self.proxy.mapToSource(index).row())
            for index in self.view.selectionModel().selectedRows()
        ]

    def add_row(self) -> str | None:
        """Add a new entity with defaults, select it and show it; returns its id.

        A stream joins the enterprise in focus (selected on the canvas or shown
        in the inspector); a link joins the first source and sink that may be
        linked and are not yet.
        """
        document = self.document
        park = document.park
        new_id = document.new_id(self.kind) if self.kind != "profiles" else ""
        entity: Any
        if self.kind == "enterprises":
            entity = Enterprise(new_id, self.tr("New enterprise"))
        elif self.kind in ("streams", "storages"):
            enterprise_id = self.enterprise_in_focus()
            if enterprise_id is None and len(park.enterprises) == 1:
                enterprise_id = next(iter(park.enterprises))
            if enterprise_id is None:
                if park.enterprises:
                    self.status_message.emit(
                        self.tr(
                            "Select the enterprise the stream belongs to (on the canvas or in the Enterprises table) first"
                        )
                        if self.kind == "streams"
                        else self.tr(
                            "Select the enterprise the storage belongs to (on the canvas or in the Enterprises table) first"
                        )
                    )
                else:
                    self.status_message.emit(self.tr("Add an enterprise first"))
                return None
            if self.kind == "storages":
                # an empty hot-water tank: the user types its size, limits and loss
                entity = Storage(new_id, enterprise_id, Medium.HOT_WATER, 0.0, 0.0, 0.0, 0.0)
            else:
                entity = Stream(new_id, enterprise_id, Direction.SINK, Medium.STEAM, self.tr("New stream"))
        elif self.kind == "links":
            pair = first_unlinked_pair(park)
            if pair is None:
                self.status_message.emit(
                    self.tr(
                        "No source and sink can be linked yet: add a source and a sink of the same medium "
                        "(or drag from a source port to a sink port on the canvas)"
                    )
                )
                return None
            entity = Link(new_id, pair[0], pair[1], LinkStatus.CANDIDATE)
        elif self.kind == "periods":
            remaining = HOURS_IN_YEAR - park.period_hours()
            entity = Period(new_id, self.tr("New period"), hours=remaining if remaining > 0 else None)
        elif self.kind == "profiles":
            profile = first_unprofiled(park)
            if profile is None:
                self.status_message.emit(
                    self.tr("Add a period first (Periods tab)")
                    if not park.periods
                    else self.tr("Every stream, utility and disposal already has a profile in every period")
                )
                return None
            entity = profile
            new_id = profile.id
        else:
            cls = EDITED_KINDS[self.kind]
            entity = cls(id=new_id, medium=Medium.STEAM)
        try:
            document.undo_stack.push(undo.add_command(document, self.kind, entity))
        except EditRefused as exc:
            self.status_message.emit(str(exc))
            return None
        self.filter_edit.clear()  # a filter could hide the new row
        self.select(new_id)
        self.entity_selected.emit(self.kind, new_id)
        return str(new_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        command = undo.delete_command(self.document, [(self.kind, entity_id) for entity_id in ids])
        if command is not None:
            self.document.undo_stack.push(command)


def first_unlinked_pair(park: Park) -> tuple[str, str] | None:
    """The first (source, sink) of different enterprises that may be linked and are not yet."""
    linked = {(link.source, link.sink) for link in park.links.values()}
    sources = [stream for stream in park.streams.values() if stream.direction is Direction.SOURCE]
    sinks = [stream for stream in park.streams.values() if stream.direction is Direction.SINK]
    for source in sources:
        for sink in sinks:
            if source.enterprise == sink.enterprise or (source.id, sink.id) in linked:
                continue
            if link_refusal(park, source, sink) is None:
                return source.id, sink.id
    return None


def first_unprofiled(park: Park) -> Profile | None:
    """A new profile (factor 1) of the first period and item without one; None when all have one."""
    for period_id in park.periods:
        for kind in PROFILE_ITEM_KINDS:
            for item_id in park.collection(kind):
                profile = Profile(period_id, item_id)
                if profile.id in park.profiles:
                    continue
                if kind == "streams":
                    profile.amount_factor = 1.0
                else:
                    profile.cost_factor = 1.0
                return profile
    return None


class TablesWidget(QTabWidget):
    """One tab per entity kind."""

    entity_selected = Signal(str, str)
    status_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables: dict[str, EntityTable] = {}
        for kind in (
            "enterprises",
            "streams",
            "links",
            "utilities",
            "disposals",
            "converters",
            "storages",
            "periods",
            "profiles",
        ):
            table = EntityTable(document, kind, self)
            table.entity_selected.connect(self.entity_selected)
            table.status_message.connect(self.status_message)
            self.tables[kind] = table
            self.addTab(table, kind)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "enterprises": self.tr("Enterprises"),
            "streams": self.tr("Streams"),
            "links": self.tr("Links"),
            "utilities": self.tr("Utilities"),
            "disposals": self.tr("Disposals"),
            "converters": self.tr("Converters"),
            "storages": self.tr("Storages"),
            "periods": self.tr("Periods"),
            "profiles": self.tr("Profiles"),
        }
        for index, kind in enumerate(self.tables):
            self.setTabText(index, titles[kind])
            self.tables[kind].retranslate()

    def show_entity(self, kind: str, entity_id: str) -> None:
        table = self.tables.get(kind)
        if table is None:
            return
        self.setCurrentWidget(table)
        table.select(entity_id)


__all__ = ["EntityTable", "EntityTableModel", "TablesWidget"]
