"""A cell typed into the entry grid after publication, with the reason given in the dialog,
reaches the sign-off page at once: the new total, and "需重新打印并签字" until reprinted."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import workflow
from salesperf_desktop.ui.entry_tab import EntryTab
from salesperf_desktop.ui.output_actions import PrintFormsDialog
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.ui.reviews.support import model_rows, show_page
from tests.ui_support import grid_row, shot, ui_for, wait_idle, wait_loaded

D = dt.date
TODAY = D(2026, 11, 20)
REPRINT = "需重新打印并签字"


@pytest.fixture
def chinese(qapp):
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


def type_in_cell(qtbot, view, text):
    """Type into the current cell and press Enter, as at the keyboard."""
    view.setFocus()
    qtbot.keyClicks(view, text[0])
    editor = view.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def give_reason(qtbot, reason: str, asked: list[str]):
    """Answer the reason dialog when it opens: type the (Chinese) reason, press OK."""

    def found() -> bool:
        return isinstance(QApplication.activeModalWidget(), QInputDialog)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(dialog.labelText())
        line = dialog.findChild(QLineEdit)
        line.selectAll()
        commit = QInputMethodEvent()  # Chinese comes from the input method, not key presses
        commit.setCommitString(reason)
        QApplication.sendEvent(line, commit)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    def poll() -> None:
        if found():
            answer()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def _shown(qtbot, widget, size):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _signoff_rows(page, employee_no):
    rows = model_rows(page.model)
    return next(r for r in rows if r[0].startswith(employee_no)), rows


def test_a_cell_edited_after_publication_shows_on_the_signoff_page(qtbot, demo_ctx, chinese):
    demo_ctx.clock = lambda: TODAY
    workflow.publish(demo_ctx, Period.month(2026, 10), D(2026, 11, 5))
    ui = ui_for(demo_ctx, today=TODAY)  # one window: the tabs share the data events
    reviews = _shown(qtbot, ReviewsTab(ui), (1280, 760))
    page = reviews.signoff
    show_page(reviews, page)
    page.period_combo.setCurrentIndex(page.period_combo.findText("2026-10"))
    wait_idle(qtbot, ui)
    e005, _rows = _signoff_rows(page, "E005")
    assert e005[1] == "66.76" and REPRINT not in e005[-1]

    tab = _shown(qtbot, EntryTab(ui), (1500, 720))
    tab.period_box.setCurrentIndex(tab.period_box.findData("2026-10"))
    wait_loaded(qtbot, tab)
    model, view = tab.model, tab.table
    row = grid_row(model, "E005")
    total_col = model.total_column()
    assert model.index(row, total_col).data() == "66.76"

    view.setCurrentIndex(model.index(row, model.column_of("sales_achievement", "actual")))
    asked: list[str] = []
    give_reason(qtbot, "ERP补录", asked)
    type_in_cell(qtbot, view, "300000")
    qtbot.waitUntil(lambda: bool(asked))
    wait_loaded(qtbot, tab)  # saved (and the published results re-scored) in the background
    assert "原因" in asked[0] or "为什么" in asked[0]
    assert model.index(row, total_col).data() == "68.15"

    # the sign-off page, open beside the grid, follows (read again in the background)
    wait_idle(qtbot, ui)
    e005, rows = _signoff_rows(page, "E005")
    assert e005[1] == "68.15" and e005[2] == "C"
    assert REPRINT in e005[-1]
    assert all(REPRINT not in r[-1] for r in rows if r is not e005)
    page.view.selectRow(rows.index(e005))
    trail = model_rows(page.audit_model)
    assert any("ERP补录" in r for r in trail)
    assert any("销售目标达成率 · 实际" in r[1] and r[2:4] == ["277731", "300000"] for r in trail)
    shot(reviews, "signoff-after-change")

    # the print dialog says the same for the period chosen
    dialog = PrintFormsDialog(reviews.ui, reviews)
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(dialog.period.findData("2026-10"))
    qtbot.waitUntil(lambda: REPRINT in dialog.reprint_note.text())  # read in the background
    assert "E005" in dialog.reprint_note.text()
    dialog.show()
    shot(dialog, "print-dialog-reprint")
    dialog.period.setCurrentIndex(dialog.period.findData("2026-09"))
    assert dialog.reprint_note.text() == ""
