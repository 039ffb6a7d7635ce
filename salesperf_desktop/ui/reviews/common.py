"""Small widgets and helpers shared by the Reviews pages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSplitter,
    QTableView,
    QWidget,
)

from salesperf_desktop.ui import labels
from salesperf_desktop.ui.table_model import RowsTableModel

WARNING_COLOUR = QColor("#b3261e")


def save_cancel_box(dialog: QDialog) -> QDialogButtonBox:
    """Save runs ``dialog.save()`` (which validates, then accepts); Cancel rejects."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.save)
    box.rejected.connect(dialog.reject)
    return box


def date_edit(parent: QWidget, value: dt.date, name: str = "") -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if name:
        edit.setObjectName(name)
    set_date(edit, value)
    return edit


def set_date(edit: QDateEdit, value: dt.date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def get_date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def table(parent: QWidget, model, name: str, *, stretch_last: bool = True) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    return view


def selected_key(view: QTableView):
    model = view.model()
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    return model.key(rows[0].row())


def reselect(view: QTableView, current) -> None:
    """After a reload: select the row of *current* again, else the first row (if any)."""
    if current is not None:
        select_key(view, current)
    elif view.model().rowCount():
        view.selectRow(0)


def split(
    parent: QWidget, orientation: Qt.Orientation, first: QWidget, second: QWidget, stretch=(3, 2)
) -> QSplitter:
    """Two parts the user can resize, sharing the space as *stretch* says."""
    splitter = QSplitter(orientation, parent)
    for index, (part, factor) in enumerate(zip((first, second), stretch, strict=True)):
        splitter.addWidget(part)
        splitter.setStretchFactor(index, factor)
    return splitter


def select_key(view: QTableView, key) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        if model.key(row) == key:
            view.selectRow(row)
            return


class FlaggedRowsModel(RowsTableModel):
    """Rows with an optional warning per row: shown in red with the reason as tooltip."""

    def __init__(self, headers, parent=None):
        super().__init__(headers, parent)
        self._warnings: list[str] = []

    def set_rows(self, rows, keys=None, warnings=None) -> None:  # type: ignore[override]
        self._warnings = list(warnings) if warnings is not None else [""] * len(rows)
        super().set_rows(rows, keys)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and self._warnings and self._warnings[index.row()]:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._warnings[index.row()]
        return super().data(index, role)


def fill_combo(combo: QComboBox, items: list[tuple[str, object]], keep=None) -> None:
    """Replace a combo's items (text, data), keeping the current data when still there."""
    current = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
    combo.blockSignals(False)


outcome_label = labels.appeal_outcome_label
action_status_label = labels.action_status_label
appraisal_status_label = labels.appraisal_status_label


def signer_label(code: str) -> str:
    return {
        "employee": QCoreApplication.translate("Reviews", "Employee"),
        "supervisor": QCoreApplication.translate("Reviews", "Supervisor"),
        "hr": QCoreApplication.translate("Reviews", "HR"),
    }.get(code, code)


def fmt_points(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"
