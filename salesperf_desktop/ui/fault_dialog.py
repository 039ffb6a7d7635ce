"""The window's last word on an error: a plain message, never a traceback.

``report_fault`` is what the top-level handlers call (the excepthook, the start-up, the task
runner, a failed save in the grid): it sorts the error into its fault class
(``services.faults``), writes the traceback to the log file and shows ``FaultDialog`` — the
message in the officer's language, where the log file is, and "Copy details" for support.
"""

from __future__ import annotations

import contextlib
import logging
import platform
import traceback
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from salesperf_desktop.domain.messages import render
from salesperf_desktop.services.faults import Fault, classify

log = logging.getLogger("salesperf.faults")


def details_text(exc: BaseException, fault: Fault, *, context: str = "", tb: str = "") -> str:
    """What "Copy details" puts on the clipboard: versions, the fault class, the traceback."""
    from salesperf_desktop import __version__
    from salesperf_desktop.logfile import log_path

    tb = tb or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    lines = [
        f"SalesPerf Desktop {__version__} · Python {platform.python_version()} · "
        f"Qt {qVersion()} · PySide6 {pyside_version} · {platform.platform()}",
        f"fault: {fault.kind} (exit code {fault.exit_code})",
        f"message: {fault.message('en')}",
    ]
    if context:
        lines.append(f"during: {context}")
    lines.append(f"log file: {log_path() or '-'}")
    lines.append("")
    lines.append(tb.rstrip())
    return "\n".join(lines)


class FaultDialog(QDialog):
    """The message, the log file's place, "Copy details" (stays open) and Close."""

    def __init__(
        self,
        message: str,
        details: str,
        log_note: str,
        parent: QWidget | None = None,
        *,
        serious: bool = False,
    ):
        super().__init__(parent)
        from salesperf_desktop import APP_NAME

        self.setObjectName("faultDialog")
        self.setWindowTitle(APP_NAME)
        self.setModal(True)
        self.details = details
        icon = QLabel(self)
        kind = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if serious
            else (QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        icon.setPixmap(self.style().standardIcon(kind).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(message, self)
        self.message.setObjectName("faultMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(420)
        self.log_note = QLabel(log_note, self)
        self.log_note.setObjectName("faultLogFile")
        self.log_note.setWordWrap(True)
        self.log_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_note.setStyleSheet("color: #555")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.setAutoDefault(False)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)  # copies; the dialog stays open
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.log_note)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))


def log_note(lang: str) -> str:
    from salesperf_desktop.logfile import log_path

    where = log_path()
    return render("fault.log_file", {"path": where}, lang) if where is not None else ""


_showing = False  # one fault dialog at a time: an error while showing it is only logged


def report_fault(
    parent: QWidget | None,
    exc: BaseException,
    *,
    lang: str | None = None,
    path: Path | str | None = None,
    context: str = "",
    tb: str = "",
) -> Fault:
    """Log the details of *exc*, show its plain message; returns its fault class.

    *tb*: the traceback when it was formatted elsewhere (a worker thread).
    """
    global _showing
    from salesperf_desktop.i18n_qt import current_language

    lang = lang or current_language()
    fault = classify(exc, path)
    details = details_text(exc, fault, context=context, tb=tb)
    log.error("%s: %s\n%s", context or "error", fault.kind, details, extra={"file_only": True})
    if _showing:
        return fault
    _showing = True
    try:
        dialog = FaultDialog(
            fault.message(lang), details, log_note(lang), parent, serious=not fault.expected
        )
        dialog.exec()
        with contextlib.suppress(RuntimeError):  # gone with its parent already
            dialog.deleteLater()
    except Exception:  # never a second traceback: the first is in the log already
        log.exception("the fault dialog could not be shown")
    finally:
        _showing = False
    return fault
