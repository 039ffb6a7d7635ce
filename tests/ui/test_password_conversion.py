"""Setting the password converts the whole file (seconds for a large one): the dialog shows the
step under way, the window keeps running meanwhile, and a failure leaves the old file."""

from __future__ import annotations

import errno
import sqlite3
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from salesperf_desktop.services import security
from salesperf_desktop.storage import conversion
from salesperf_desktop.ui.password_dialog import PasswordSettingsDialog
from tests.ui.modal import answer_in_turn, read_fault
from tests.ui_support import ui_for


def _readable_by_sqlite3(path) -> bool:
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT count(*) FROM staff").fetchall()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def _progress_text() -> str | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget.labelText()
    return None


def _dialog(qtbot, ctx) -> tuple[PasswordSettingsDialog, object]:
    ui = ui_for(ctx)
    dialog = PasswordSettingsDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new.setText("s3cret-1")
    dialog.repeat.setText("s3cret-1")
    return dialog, ui


def test_the_window_keeps_running_and_shows_the_step_while_the_file_is_converted(
    qtbot, ctx, monkeypatch
):
    """The conversion cannot finish unless the window's thread keeps turning meanwhile: it
    waits for a timer of the window's thread that fires only once the progress is shown."""
    seen: list[str] = []
    window_turned = threading.Event()
    real = conversion.convert_database

    def convert_while_the_window_runs(*args, **kwargs):
        assert threading.current_thread() is not threading.main_thread()
        assert window_turned.wait(20), "the window's thread was blocked during the conversion"
        return real(*args, **kwargs)

    monkeypatch.setattr(conversion, "convert_database", convert_while_the_window_runs)

    from salesperf_desktop.domain.messages import render
    from salesperf_desktop.i18n_qt import current_language

    converting = render("password.progress_file", {}, current_language())

    def probe() -> None:
        text = _progress_text()
        if text and converting in text:
            seen.append(text)
            window_turned.set()
        else:
            QTimer.singleShot(20, probe)

    dialog, ui = _dialog(qtbot, ctx)
    QTimer.singleShot(0, probe)
    dialog.accept()
    assert ui.tasks.busy() and not dialog.buttons.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30000)
    assert seen and dialog.change.encrypted
    assert security.check_password(ctx, "s3cret-1") and not _readable_by_sqlite3(ctx.db_path)


def test_a_failed_conversion_leaves_the_old_file_and_says_so(qtbot, ctx, monkeypatch):
    def disk_full(path, new_key, *, edit=None):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(conversion, "convert_database", disk_full)
    dialog, ui = _dialog(qtbot, ctx)
    faults: list = []
    told = answer_in_turn(read_fault(faults))
    dialog.accept()
    qtbot.waitUntil(lambda: not ui.tasks.busy() and dialog.buttons.isEnabled(), timeout=30000)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert faults and dialog.isVisible() and dialog.change is None  # she can try again
    assert not security.password_required(ctx) and _readable_by_sqlite3(ctx.db_path)
    assert not ctx.encrypted
