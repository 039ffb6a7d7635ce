"""Helpers the Reviews page tests share: acting in a dialog once it opens, clicking a page's tab,
reading a table's rows."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from sqlalchemy import select

from salesperf_desktop.storage.models import StaffRow


def when_dialog_opens(kind: type[QDialog], act) -> list[QDialog]:
    """Run ``act(dialog)`` on the next modal *kind* dialog, as a user would work in it.

    The dialog's ``exec()`` blocks until it closes, so this waits for it on the event loop; a
    dialog still open after ``act`` (a refused save, a failed assert) is cancelled. Returns the
    list the dialog is put in once handled."""
    handled: list[QDialog] = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, poll)
            return
        try:
            act(dialog)
        finally:
            handled.append(dialog)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
    return handled


def choose_period(qtbot, page, key: str) -> None:
    """Choose the period *key* in the page's period list and wait until it is shown."""
    from tests.ui_support import wait_idle

    page.period_combo.setCurrentIndex(page.period_combo.findText(key))
    wait_idle(qtbot, page.ui)


def click_save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def show_page(tab, page) -> None:
    """Click the page's tab in the Reviews tab."""
    tab.pages.tabBar().setCurrentIndex(tab.pages.indexOf(page))


def model_rows(model) -> list[list]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def staff_id(ctx, employee_no: str) -> int:
    with ctx.session() as session:
        return session.scalar(select(StaffRow.id).where(StaffRow.employee_no == employee_no))
