"""A spreadsheet-like table view: typing edits, Tab/Enter move, Delete clears, copy/paste."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView

from salesperf_desktop.ui.entry.grid_model import EntryGridModel


class EntryGridView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("entryTable")
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(26)

    def grid(self) -> EntryGridModel:
        return self.model()

    def selected_cells(self) -> list[tuple[int, int]]:
        cells = {(i.row(), i.column()) for i in self.selectedIndexes()}
        if not cells and self.currentIndex().isValid():
            cells = {(self.currentIndex().row(), self.currentIndex().column())}
        return sorted(cells)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.grid().copy_text(self.selected_cells()))

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        cells = self.selected_cells()
        if not text or not cells:
            return
        top, left = cells[0][0], min(c for _, c in cells)
        self.grid().paste_text(top, left, text)

    def clear_selection_values(self) -> None:
        self.grid().clear_cells(self.selected_cells())

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            self.clear_selection_values()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            self._move(1 if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier else -1)
            return
        super().keyPressEvent(event)

    def _move(self, rows: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = min(max(current.row() + rows, 0), self.model().rowCount() - 1)
        self.setCurrentIndex(self.model().index(row, current.column()))

    def closeEditor(self, editor, hint) -> None:
        # Enter in the editor commits (SubmitModelCache); like a spreadsheet, go one row down.
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move(1)
