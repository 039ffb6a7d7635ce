"""The top-level handlers, installed at start-up: an error nobody caught is logged and told in
the fault dialog (ui/fault_dialog.py), Qt's own messages go to the log.

Kept apart from the dialog so that installing them loads nothing heavy before the first
paint: the dialog's module (its widgets, the fault classes) loads when a fault is told.
"""

from __future__ import annotations

import logging
import sys
import traceback

log = logging.getLogger("salesperf.faults")


def install_excepthook() -> None:
    """Errors nobody caught (in a slot, an event handler): logged and told, never printed."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from PySide6.QtWidgets import QApplication

        text = "".join(traceback.format_exception(exc_type, exc, tb))
        if QApplication.instance() is None:
            log.error("unhandled error\n%s", text, extra={"file_only": True})
            return
        from salesperf_desktop.ui.fault_dialog import report_fault

        # No parent: whichever window was active may be the one going away with the error.
        report_fault(None, exc, context="unhandled error", tb=text)

    def thread_hook(args) -> None:  # a plain thread (the task runner catches its own)
        text = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        log.error("unhandled error in a thread\n%s", text, extra={"file_only": True})

    import threading

    sys.excepthook = hook
    threading.excepthook = thread_hook


def install_qt_message_handler() -> None:
    """Qt's own warnings go to the log file (with their level), not into the officer's way."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message) -> None:
        where = f" ({context.file}:{context.line})" if context.file else ""
        qt_log.log(levels.get(kind, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(handler)
