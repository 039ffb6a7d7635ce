"""A spreadsheet-like table view: typing edits, Tab/Enter move, Delete clears, copy/paste.

The first ``FROZEN`` columns (工号, 姓名, 总分, 等级) stay put while the indicators scroll
sideways: a second view over the same model and selection shows them in the margin left of
the grid's viewport, and scrolls up and down with it. Beside the viewport, not over it (Qt's
"frozen column" example lays it over the grid's left edge): a scroll can then move the
pixels already painted, in both views, and paint only the row or column that came into view;
with a widget lying over it, Qt repaints the whole viewport at every scroll (issue #19: the
Enter at the grid's foot that scrolls it by a row took twice an edit).

The margin is the grid's own vertical header, given the frozen columns' width: QTableView lays
out its viewport beside it (and resets any other margin), and never paints it (updates off,
the frozen view lies on it). The grid itself hides the frozen columns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QRegion
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QTableView,
)

from salesperf_desktop.ui.entry.grid_model import FROZEN, EntryGridModel

ROW_HEIGHT = 26


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
        self.setCornerButtonEnabled(False)
        # The frozen columns' room (the 工号 column numbers the rows): never painted.
        margin = self.verticalHeader()
        margin.setDefaultSectionSize(ROW_HEIGHT)
        margin.setFixedWidth(0)
        margin.setUpdatesEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # As in a spreadsheet the scroll bars stay: a period shown after an empty grid (being
        # read) must not shrink the cells' room, which would lay out and paint it all twice.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        self.frozen = QTableView(self)
        self.frozen.setObjectName("entryFrozen")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.setWordWrap(False)
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.raise_()
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.horizontalHeader().sectionResized.connect(self._frozen_resized)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._sync_frozen)
        self._sync_frozen()

    def _sync_frozen(self) -> None:
        """The frozen view shows the frozen columns only, the grid the others (in one layout:
        hidden column by column, each view would repaint again from a timer)."""
        for view in (self, self.frozen):
            header = view.horizontalHeader()
            header.blockSignals(True)
            try:
                for c in range(self.model().columnCount()):
                    header.setSectionHidden(c, (c < FROZEN) == (view is self))
            finally:
                header.blockSignals(False)
            view.doItemsLayout()
        self._place_frozen()

    def _frozen_resized(self, column: int, _old: int, _size: int) -> None:
        if column < FROZEN:
            self._place_frozen()

    def set_column_widths(self, widths: list[int]) -> None:
        """Every column's width at once, in both views, laid out now and painted once, after
        a new period or team is shown. (Column by column, each view would repaint once more
        from a timer what lies right of the first resized one; and the layout Qt defers after
        a model reset repaints the whole grid again when its timer fires.)"""
        for view in (self, self.frozen):
            header = view.horizontalHeader()
            header.blockSignals(True)
            try:
                for column, width in enumerate(widths):
                    if (column < FROZEN) == (view is self.frozen):
                        header.resizeSection(column, width)
            finally:
                header.blockSignals(False)
            view.doItemsLayout()  # (the deferred one is dropped)
        self._place_frozen()

    def frozen_width(self) -> int:
        count = min(FROZEN, self.model().columnCount()) if self.model() is not None else 0
        return sum(self.frozen.columnWidth(c) for c in range(count))

    def _place_frozen(self) -> None:
        """The margin as wide as the frozen columns, and the frozen view in it."""
        margin = self.verticalHeader()
        width = self.frozen_width()
        if margin.width() != width or margin.minimumWidth() != width:
            margin.setFixedWidth(width)
            self.updateGeometries()  # (QTableView sets the viewport's margin from it)
        frame = self.frameWidth()
        header = self.horizontalHeader().height()
        self.frozen.setGeometry(frame, frame, width, header + self.viewport().height())
        self.frozen.horizontalHeader().setFixedHeight(header)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "frozen"):
            frame = self.frameWidth()
            header = self.horizontalHeader().height()
            self.frozen.setGeometry(
                frame, frame, self.verticalHeader().width(), header + self.viewport().height()
            )
            self.frozen.horizontalHeader().setFixedHeight(header)

    def focusInEvent(self, event) -> None:
        # QAbstractItemView repaints the whole viewport when the focus comes back (each time a
        # cell's editor closes: every edit) although only the current cell's focus frame and
        # the selection look different: repaint those. (QWidget's own focusInEvent, which
        # QAbstractScrollArea's is, repaints the whole widget too, viewport and scroll bars
        # included: only the frame, which a style may draw differently with the focus.)
        self._repaint_frame()
        current = self.currentIndex()
        if not current.isValid() and self.model() is not None and self.model().rowCount():
            self.selectionModel().setCurrentIndex(
                self.model().index(0, FROZEN), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._repaint_focus()

    def focusOutEvent(self, event) -> None:
        self._repaint_frame()
        self._repaint_focus()

    def _repaint_frame(self) -> None:
        inside = self.rect().adjusted(
            *(self.frameWidth(), self.frameWidth()), -self.frameWidth(), -self.frameWidth()
        )
        self.update(QRegion(self.rect()).subtracted(QRegion(inside)))

    def _repaint_focus(self) -> None:
        if self.selectionModel() is None:
            return
        region = self.visualRegionForSelection(self.selectionModel().selection())
        region += self.visualRect(self.currentIndex())
        self.viewport().update(region)

    def view_showing(self, column: int) -> QTableView:
        """The view that shows *column* on screen (the overlay for a frozen one)."""
        return self.frozen if column < FROZEN else self

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """A frozen cell (not in the grid's own columns) scrolls the grid up or down only."""
        if index.isValid() and index.column() < FROZEN:
            bar = self.horizontalScrollBar()
            keep = bar.value()
            if self.model().columnCount() > FROZEN:
                super().scrollTo(index.siblingAtColumn(FROZEN), hint)
            bar.setValue(keep)
            return
        super().scrollTo(index, hint)

    def moveCursor(self, action, modifiers):
        """Left and right step through the frozen columns too (hidden in the grid itself,
        which would jump over them to the first)."""
        current = self.currentIndex()
        step = {
            QAbstractItemView.CursorAction.MoveLeft: -1,
            QAbstractItemView.CursorAction.MoveRight: 1,
        }.get(action, 0)
        if current.isValid() and step and current.column() + step < FROZEN + (step > 0):
            column = current.column() + step
            if 0 <= column < self.model().columnCount():
                return current.siblingAtColumn(column)
        return super().moveCursor(action, modifiers)

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

    def retype(self, row: int, column: int, text: str) -> None:
        """Open the cell's editor again with what was typed (a doubtful value to correct)."""
        index = self.model().index(row, column)
        self.setCurrentIndex(index)
        self.edit(index)
        editor = self.indexWidget(index) or self.focusWidget()
        if editor is not None and hasattr(editor, "setText") and editor is not self:
            editor.setText(text)
            editor.selectAll()

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
        target = self.model().index(row, current.column())
        view = self.view_showing(target.column())
        if not view.viewport().rect().contains(view.visualRect(target)):
            # The move scrolls. Qt moves the pixels of a scroll only where nothing waits to be
            # painted, else it repaints the whole viewport: after an edit, the cells it changed
            # do wait (the total among them): paint them first.
            QCoreApplication.sendPostedEvents(self.window(), QEvent.Type.UpdateRequest)
        self.setCurrentIndex(target)

    def closeEditor(self, editor, hint) -> None:
        # Enter in the editor commits (SubmitModelCache); like a spreadsheet, go one row down
        # (not after a doubtful value she chose to type again: the editor is open once more).
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            self._move(1)
