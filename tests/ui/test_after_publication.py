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
from salesperf_desktop.ui.output_actions import PrintFormsDialog
from salesperf_desktop.ui.reviews_tab import ReviewsTab
from tests.ui.reviews.support import model_rows, show_page
from tests.ui_support import entry_tab, grid_row, shot, ui_for

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


def test_a_cell_edited_after_publication_shows_on_the_signoff_page(qtbot, demo_ctx, chinese):
    demo_ctx.clock = lambda: TODAY
    workflow.publish(demo_ctx, Period.month(2026, 10), D(2026, 11, 5))
    tab = entry_tab(qtbot, demo_ctx, today=TODAY)
    model, view = tab.model, tab.table
    row = grid_row(model, "E005")
    total_col = model.total_column()
    assert model.index(row, total_col).data() == "66.76"

    view.setCurrentIndex(model.index(row, model.column_of("sales_achievement", "actual")))
    asked: list[str] = []
    give_reason(qtbot, "ERP补录", asked)
    type_in_cell(qtbot, view, "300000")
    qtbot.waitUntil(lambda: bool(asked))
    model.flush()  # the save queued for the next turn of the event loop
    assert "原因" in asked[0] or "为什么" in asked[0]
    assert model.index(row, total_col).data() == "68.15"

    reviews = ReviewsTab(ui_for(demo_ctx, today=TODAY))
    qtbot.addWidget(reviews)
    reviews.resize(1280, 760)
    reviews.show()
    qtbot.waitExposed(reviews)
    page = reviews.signoff
    show_page(reviews, page)
    page.period_combo.setCurrentIndex(page.period_combo.findText("2026-10"))
    e005 = next(r for r in model_rows(page.model) if r[0].startswith("E005"))
    assert e005[1] == "68.15" and e005[2] == "C"
    assert REPRINT in e005[-1]
    others = [r for r in model_rows(page.model) if not r[0].startswith("E005")]
    assert all(REPRINT not in r[-1] for r in others)
    page.view.selectRow(next(i for i, r in enumerate(model_rows(page.model)) if r[0] == e005[0]))
    trail = model_rows(page.audit_model)
    assert any("ERP补录" in r for r in trail)
    shot(reviews, "signoff-after-change")

    # the print dialog says the same for the period chosen
    dialog = PrintFormsDialog(demo_ctx, reviews)
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(dialog.period.findData("2026-10"))
    assert REPRINT in dialog.reprint_note.text() and "E005" in dialog.reprint_note.text()
    dialog.period.setCurrentIndex(dialog.period.findData("2026-09"))
    assert dialog.reprint_note.text() == ""
