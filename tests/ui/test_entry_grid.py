"""The entry grid like a user: type, paste from Excel, undo/redo, totals follow; refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from salesperf_desktop.storage.models import AuditEntryRow
from salesperf_desktop.ui.entry_tab import EntryTab
from tests.ui_support import ui_for


def _tab(qtbot, ctx, period="2026-10"):
    tab = EntryTab(ui_for(ctx))
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.period_box.setCurrentIndex(tab.period_box.findData(period))
    return tab


def _type(qtbot, view, text):
    """Type into the current cell and press Enter (the delegate commits on the next loop turn)."""
    view.setFocus()
    qtbot.keyClicks(view, text[0])
    editor = view.focusWidget()
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def _row(model, employee_no):
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == employee_no)


def _total(model, row):
    return float(model.index(row, model.total_column()).data())


def test_type_paste_undo_and_totals_follow(qtbot, demo_ctx):
    tab = _tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row = _row(model, "E003")
    col = model.column_of("sales_achievement", "actual")
    before = _total(model, row)
    target = float(model.index(row, model.column_of("sales_achievement", "target")).data())

    view.setCurrentIndex(model.index(row, col))
    _type(qtbot, view, str(int(target * 1.2)))
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
    QGuiApplication.clipboard().setText("100\t50\n100\t150\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert model.index(row, tcol).data() == "100" and model.index(row, col).data() == "50"
    assert model.index(row + 1, col).data() == "150"
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
    assert model.index(_row(model, "E003"), col).data() == ""


def test_invalid_input_is_refused_with_a_reason(qtbot, demo_ctx):
    tab = _tab(qtbot, demo_ctx)
    model, view = tab.model, tab.table
    row = _row(model, "E004")
    tcol = model.column_of("sales_achievement", "target")
    old = model.index(row, tcol).data()
    view.setCurrentIndex(model.index(row, tcol))
    _type(qtbot, view, "abc")
    assert model.index(row, tcol).data() == old
    assert "abc" in tab.message.text()
    assert model.index(row, tcol).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, tcol).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.setData(model.index(row, tcol), "-5")
    assert "negative" in tab.message.text()
    assert model.undo_stack.count() == 0


def test_publish_then_edit_asks_reason_then_lock_refuses(qtbot, demo_ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab = _tab(qtbot, demo_ctx)
    tab.publish_button.trigger()
    assert tab.sheet.status.value == "published"
    model = tab.model
    row = _row(model, "E005")
    col = model.column_of("sales_achievement", "actual")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ERP correction", True))
    assert model.setData(model.index(row, col), "12345")
    model.flush()
    with demo_ctx.session() as s:
        audit = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "metric_entry")).all()
    assert [(a.new_value, a.reason) for a in audit] == [("12345.0", "ERP correction")]

    tab.lock_button.trigger()
    assert tab.sheet.status.value == "locked"
    assert not (model.flags(model.index(row, col)) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(model.index(row, col), "1")
    assert model.index(row, col).data() == "12345"
    with demo_ctx.session() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEntryRow)
                .where(AuditEntryRow.entity == "metric_entry")
            )
            == 1
        )


def test_quarter_view_is_read_only(qtbot, demo_ctx):
    tab = _tab(qtbot, demo_ctx, "2026-Q3")
    model = tab.model
    assert model.rowCount() > 0 and tab.sheet.computed
    col = model.column_of("sales_achievement", "actual")
    assert not (model.flags(model.index(0, col)) & Qt.ItemFlag.ItemIsEditable)
    assert not tab.publish_button.isEnabled()
