"""A read-only Qt table model over a pandas DataFrame (shadow prices, reduced costs)."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from parkflow.ui.results.formatting import format_quantity

_Index = QModelIndex | QPersistentModelIndex


class FrameTableModel(QAbstractTableModel):
    """Shows a DataFrame with its named index as the first column.

    Numbers are shown with :func:`format_quantity` and sort by value
    (``Qt.UserRole`` holds the raw value for a sort proxy).
    """

    def __init__(self, frame: pd.DataFrame | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._headers: list[str] = []
        self._titles: dict[str, str] = {}
        self._rows: list[list[Any]] = []
        if frame is not None:
            self.set_frame(frame)

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """Replace the shown frame (None or empty: no rows)."""
        self.beginResetModel()
        if frame is None:
            frame = pd.DataFrame()
        self._frame = frame
        index_name = frame.index.name or (
            "/".join(str(name) for name in frame.index.names if name) if frame.index.nlevels > 1 else ""
        )
        self._headers = [index_name or "id", *[str(column) for column in frame.columns]]
        self._rows = [
            [_index_text(index_value), *row]
            for index_value, row in zip(frame.index, frame.itertuples(index=False, name=None), strict=True)
        ]
        self.endResetModel()

    def set_titles(self, titles: dict[str, str]) -> None:
        """Header text for people, by column name (other columns show their name)."""
        self._titles = dict(titles)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    @property
    def column_names(self) -> list[str]:
        """Column names, the index's name first."""
        return list(self._headers)

    def frame(self) -> pd.DataFrame:
        return self._frame

    def row_values(self, row: int) -> dict[str, Any]:
        """The row as header → raw value."""
        return dict(zip(self._headers, self._rows[row], strict=True))

    # -- QAbstractTableModel ---------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._headers):
                return None
            name = self._headers[section]
            return self._titles.get(name, name)
        return section + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, bool):
                return str(value)
            if isinstance(value, int | float):
                return format_quantity(value, digits=4)
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return ""
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if value is None else str(value)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _index_text(value: Any) -> str:
    if isinstance(value, tuple):
        return " / ".join(str(part) for part in value)
    return str(value)
