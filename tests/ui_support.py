"""Helpers the UI tests share."""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager


def ui_for(ctx, *, today=None):
    """The UiContext a tab or dialog is given, around *ctx*; *today* pins the clock."""
    from salesperf_desktop.ui.base_tab import DataEvents
    from salesperf_desktop.ui.tasks import TaskRunner
    from salesperf_desktop.ui.ui_context import UiContext

    clock = (lambda: today) if today is not None else None
    return UiContext(ctx, DataEvents(), TaskRunner(), clock)


def entry_tab(qtbot, ctx, period="2026-10", *, today=None):
    """The monthly entry tab, shown, on *period*."""
    from salesperf_desktop.ui.entry_tab import EntryTab

    tab = EntryTab(ui_for(ctx, today=today))
    qtbot.addWidget(tab)
    tab.resize(1500, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.period_box.setCurrentIndex(tab.period_box.findData(period))
    wait_loaded(qtbot, tab)
    return tab


def wait_loaded(qtbot, tab, timeout=20000):
    """Until the entry tab has read its period and saved its edits (both in the background)."""
    qtbot.waitUntil(
        lambda: not tab.ui.tasks.busy("entry") and not tab.model.saving(), timeout=timeout
    )


def wait_idle(qtbot, ui, timeout=20000):
    """Until the window's background work is done (a page's read of its period, a save)."""
    qtbot.waitUntil(lambda: not ui.tasks.busy(), timeout=timeout)


def grid_row(model, employee_no):
    """The grid row of the person with this employee ID."""
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == employee_no)


def when_modal(handler):
    """Run ``handler(dialog)`` as soon as a modal dialog is up: for code that blocks in exec()."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def check():
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(10, check)
        else:
            handler(w)

    QTimer.singleShot(0, check)


SHOTS = os.environ.get("SALESPERF_SHOTS")  # a folder: save PNGs of the dialogs to look at


def shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def select_person(tab, employee_no):
    """Click the person's first value cell in the entry grid (their template chosen in the
    template box first when another one is shown); returns the row."""
    if all(p.employee_no != employee_no for p in tab.model.rows):
        code = next(p.template.code for p in tab.sheet.people if p.employee_no == employee_no)
        tab.template_box.setCurrentIndex(tab.template_box.findData(code))
    row = grid_row(tab.model, employee_no)
    tab.table.setCurrentIndex(tab.model.index(row, 2))
    return row


def cell_text(tab, row, indicator, field):
    return tab.model.index(row, tab.model.column_of(indicator, field)).data()


def total_shown(tab, row):
    return float(tab.model.index(row, tab.model.total_column()).data())


def choose_on_toolbar(qtbot, toolbar, action):
    """Press *action* as the officer does: its button on *toolbar*, or the toolbar's menu
    button holding it, then the action in the menu that pops up."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    if toolbar.widgetForAction(action) is not None:
        qtbot.mouseClick(toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)
        return
    opener = next(
        a for a in toolbar.actions() if a.menu() is not None and action in a.menu().actions()
    )
    menu = opener.menu()

    def pick(left: int = 200) -> None:  # the menu blocks the click that opened it
        if QApplication.activePopupWidget() is menu:
            qtbot.mouseClick(
                menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center()
            )
        elif left:
            QTimer.singleShot(10, lambda: pick(left - 1))

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(toolbar.widgetForAction(opener), Qt.MouseButton.LeftButton)


@contextmanager
def hung(reader):
    """*reader*'s process (started and serving) stopped dead until the block ends: a read
    sent to it meanwhile never ends (Linux: SIGSTOP, then SIGCONT)."""
    pid = reader.worker_pid()
    os.kill(pid, signal.SIGSTOP)
    try:
        yield pid
    finally:
        os.kill(pid, signal.SIGCONT)
