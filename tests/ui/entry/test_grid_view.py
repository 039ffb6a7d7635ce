"""The entry grid like a user at the keyboard: type, paste from Excel, undo/redo, totals follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui_support import entry_tab, grid_row, wait_loaded


def type_in_cell(qtbot, view, text):
    """Type into the current cell and press Enter (the delegate commits on the next loop turn)."""
    view.setFocus()
    qtbot.keyClicks(view, text[0])
    editor = view.focusWidget()
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def _total(model, row):
    return float(model.index(row, model.total_column()).data())


def test_type_paste_undo_and_totals_follow(qtbot, demo_ctx):
    tab = entry_tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row = grid_row(model, "E003")
    col = model.column_of("sales_achievement", "actual")
    before = _total(model, row)
    target = float(model.index(row, model.column_of("sales_achievement", "target")).data())

    view.setCurrentIndex(model.index(row, col))
    type_in_cell(qtbot, view, str(int(target * 1.2)))
    raised = _total(model, row)
    assert raised > before
    assert view.currentIndex().row() == row + 1  # Enter moved down

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _total(model, row) == before
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _total(model, row) == raised

    # paste a 2 × 2 block copied from Excel: target and actual of two people
    tcol = model.column_of("sales_achievement", "target")
    assert col == tcol + 1
    view.setCurrentIndex(model.index(row, tcol))
    QGuiApplication.clipboard().setText("400000\t200000\n360000\t500000\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.index(row, tcol).data() == "400000" and model.index(row, col).data() == "200000"
    assert model.index(row + 1, col).data() == "500000"
    assert _total(model, row) < before
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo, whole block
    assert _total(model, row) == raised

    # copy gives tab-separated text
    view.selectionModel().clearSelection()
    view.setCurrentIndex(model.index(row, tcol))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().strip() == model.index(row, tcol).data()

    # Delete clears the cell; persisted (reload keeps it)
    view.setCurrentIndex(model.index(row, col))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.index(row, col).data() == ""
    tab.reload()
    assert model.index(grid_row(model, "E003"), col).data() == ""


def test_an_editor_closing_repaints_the_cells_it_touched_not_the_whole_grid(qtbot, demo_ctx):
    """Each Enter gives the focus back to the grid. Qt's own focus handling repaints the whole
    grid widget then, cells and scroll bars, although only the current cell's focus frame, the
    selection and the frame around the grid can look different: every edit waited for that
    paint (issue #19). Now only those are repainted."""
    from PySide6.QtCore import QEvent, QObject

    tab = entry_tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row, col = grid_row(model, "E003"), model.column_of("sales_achievement", "actual")
    view.setCurrentIndex(model.index(row, col))

    class Paints(QObject):
        def __init__(self):
            super().__init__()
            self.seen: list[tuple[object, object]] = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.seen.append((watched, event.region().boundingRect()))
            return False

    paints = Paints()
    watched = [view.viewport(), view.verticalScrollBar(), view.horizontalScrollBar()]
    for widget in watched:
        widget.installEventFilter(paints)
    tab.period_box.setFocus()  # somewhere else, then back, as an editor closing does
    qtbot.waitUntil(lambda: not view.hasFocus())
    qtbot.wait(50)
    paints.seen.clear()
    view.setFocus()
    qtbot.waitUntil(lambda: view.hasFocus())
    qtbot.wait(50)
    for widget in watched:
        widget.removeEventFilter(paints)
    assert paints.seen, "the focus frame of the current cell is repainted"
    current = view.visualRect(view.currentIndex())
    for widget, rect in paints.seen:
        assert widget is view.viewport(), "a scroll bar repainted"
        assert rect.intersects(current) and rect.height() <= 2 * current.height()


class _Paints:
    """The regions painted in some widgets (an event filter)."""

    def __init__(self, widgets):
        from PySide6.QtCore import QEvent, QObject

        seen = self.seen = []

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    seen.append((watched, event.region().boundingRect()))
                return False

        self.filter = Filter()
        for widget in widgets:
            widget.installEventFilter(self.filter)


def _top_on_grid(view, table, index) -> int:
    """Where a cell's top edge is, in the grid widget (the frozen view is a child of it)."""
    return table.viewport().mapTo(view, table.visualRect(index).topLeft()).y()


def test_enter_at_the_foot_scrolls_by_a_row_and_repaints_only_that_row(qtbot, demo_ctx):
    """Enter on the last row in view moves down a row and the grid scrolls to show it. The
    frozen columns (工号, 姓名, 总分, 等级) lie beside the grid, not over it, so each view moves
    the pixels it had and paints only the row that came into view (issue #19: a widget over
    the grid made Qt repaint all of it at every scroll); the two stay on the same lines."""
    from salesperf_desktop.ui.entry.grid_model import FROZEN

    tab = entry_tab(qtbot, demo_ctx)
    tab.resize(1500, tab.minimumSizeHint().height())  # fewer rows on screen than people
    model, view = tab.model, tab.table
    frozen = view.view_showing(0)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    col = model.column_of("sales_achievement", "actual")
    last = view.rowAt(view.viewport().height() - 1)
    row = (
        last - 1
        if view.visualRect(model.index(last, col)).bottom() >= view.viewport().height()
        else last
    )
    view.setFocus()
    view.setCurrentIndex(model.index(row, col))
    wait_loaded(qtbot, tab)
    qtbot.wait(200)  # (the resized window laid out and painted: nothing else waits)
    top = view.verticalScrollBar().value()
    paints = _Paints([view.viewport(), frozen.viewport()])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert view.currentIndex() == model.index(row + 1, col)
    assert view.verticalScrollBar().value() > top  # scrolled
    assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value()
    assert paints.seen
    height = view.rowHeight(row)
    for _widget, rect in paints.seen:  # a strip (the row come into view), not the viewport
        assert rect.height() <= 2 * height, rect
    for r in (row, row + 1):
        assert _top_on_grid(view, frozen, model.index(r, 0)) == _top_on_grid(
            view, view, model.index(r, col)
        )
        assert frozen.viewport().rect().contains(frozen.visualRect(model.index(r, FROZEN - 1)))


def test_left_and_right_step_into_the_frozen_columns_and_back(qtbot, demo_ctx):
    """The arrow keys walk through 等级, 总分 … as through any column (the grid itself hides
    the frozen columns, which its own move would jump over); typing there changes nothing."""
    from salesperf_desktop.ui.entry.grid_model import FROZEN

    tab = entry_tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row = grid_row(model, "E003")
    view.setFocus()
    view.setCurrentIndex(model.index(row, FROZEN))
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.currentIndex() == model.index(row, FROZEN - 1)  # 等级
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.currentIndex() == model.index(row, FROZEN - 2)  # 总分
    total = model.index(row, FROZEN - 2).data()
    qtbot.keyClicks(view, "5")
    assert view.state() != view.State.EditingState and model.index(row, FROZEN - 2).data() == total
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex() == model.index(row, FROZEN)
    assert view.visualRect(view.currentIndex()).left() == 0  # the first indicator, beside them
