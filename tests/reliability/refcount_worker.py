"""Run by test_binding_refcount in a subprocess: the real main window handles many events.

Usage: python refcount_worker.py DB EVENTS SETTINGS_INI
The demo company in DB is shown in the main window (zh_CN, offscreen). Each tab is visited
once (its data loads), then the window is sent EVENTS events (one void Qt call each): repaint
requests, title changes, tab switches, handled by a turn of the event loop every 50. Prints
``CHECK n drift`` as it goes and ``DONE {json}`` with how far ``sys.getrefcount(None)`` moved
and the Python errors raised in Qt's callbacks (exit code 3 if any). A binding that loses a
reference to None per void call (PySide6 6.12.0 before Python 3.12) aborts it instead.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main() -> None:
    db, events, ini = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.i18n_qt import install_translators
    from salesperf_desktop.ui.main_window import MainWindow

    errors: list[str] = []  # raised in slots and event handlers: PySide6 prints and goes on
    sys.excepthook = lambda kind, exc, tb: errors.append(f"{kind.__name__}: {exc}")
    app = QApplication([])
    install_translators(app, "zh_CN")
    ctx = build_context(Path(db), lang="zh_CN")
    window = MainWindow(ctx, settings=QSettings(ini, QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    tabs = window.tabs

    def settled() -> None:  # what the task runner computes in the background has arrived
        while window.tasks.busy():
            app.processEvents()
            window.tasks.wait_all(100)
        app.processEvents()

    for _ in range(2):  # every tab loads its data once; caches fill
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            app.processEvents()
            settled()
    window.tasks.wait_all(10000)  # the tidy-up after the jobs (a garbage collection)
    before = sys.getrefcount(None)
    titles = ("E 公司 — SalesPerf Desktop", "SalesPerf Desktop")
    for n in range(1, events + 1):
        if n % 2000 == 0:
            tabs.setCurrentIndex(n // 2000 % tabs.count())
        elif n % 10 == 0:
            window.setWindowTitle(titles[n // 10 % 2])
        else:
            tabs.currentWidget().update()
        if n % 50 == 0:  # the queued repaints, title and tab changes are handled
            app.processEvents()
        if n % 5000 == 0:
            print(f"CHECK {n} {sys.getrefcount(None) - before}", flush=True)
    settled()
    drift = sys.getrefcount(None) - before
    window.close()
    app.processEvents()
    ctx.close()
    report = {
        "python": sys.version.split()[0],
        "pyside6": pyside_version,
        "events": events,
        "drift": drift,
        "errors": errors[:5],
    }
    print("DONE " + json.dumps(report), flush=True)
    if errors:
        sys.exit(3)


if __name__ == "__main__":
    main()
