"""A read-only table model over rows of plain values (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
USER = int(Qt.ItemDataRole.UserRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED = frozenset({DISPLAY, USER, ALIGNMENT})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def display_text(value: Any) -> str:
    """A stored value as a cell shows it: blank for None, 1,234.5 for a float, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class RowsTableModel(QAbstractTableModel):
    """Rows are sequences of display values; ``keys`` keep an id per row for the views."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Sequence[Any]] = []
        self._keys: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[Any]], keys: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = list(keys) if keys is not None else list(range(len(self._rows)))
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(headers) - 1))

    def key(self, row: int) -> Any:
        return self._keys[row]

    # Qt asks these from C++ for every cell it paints or measures (tens of thousands of calls
    # for a register of 3,000): plain int comparisons, no enum lookups, no work for a role
    # that is not answered.

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == DISPLAY:
            return display_text(value)
        if role == USER:  # raw value, for sorting
            return value
        return _RIGHT if isinstance(value, (int, float)) else None  # (the alignment role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return super().headerData(section, orientation, role)  # row numbers
