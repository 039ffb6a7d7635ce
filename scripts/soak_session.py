#!/usr/bin/env python3
"""A long scripted session on the demo company: does the window survive real use?

Run by hand (not in CI), offscreen, with the venv's Python:

    LANG=C.UTF-8 .venv/bin/python scripts/soak_session.py --minutes 10

It builds the demo company (E Company) in a temporary database, shows the main window in
Chinese and repeats, until the time is up: click through every tab, type numbers into cells of
the monthly entry grid (then undo some), open and close dialogs (annual targets, work task
sheet, preferences, password, about). Every ``--report-every`` seconds it prints what it did and
where ``sys.getrefcount(None)`` stands against the start. Exit code 0 when the session ends
normally; a binding that loses references to None (PySide6 6.12.0 before Python 3.12,
docs/design/engineering-notes.md) aborts it with "Fatal Python error: none_dealloc".
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--report-every", type=float, default=30.0, help="seconds")
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "zh_TW", "en"])
    parser.add_argument("--period", default="2026-10", help="month edited in the entry grid")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LANG", "C.UTF-8")
    work = Path(tempfile.mkdtemp(prefix="salesperf-soak-"))
    os.environ.setdefault("SALESPERF_DATA_DIR", str(work / "data"))
    try:
        return Session(args, work).run()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns on every dialog shown; the session's report is the output."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr, flush=True)

    qInstallMessageHandler(handler)


class Session:
    def __init__(self, args: argparse.Namespace, work: Path):
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from salesperf_desktop.app_context import build_context
        from salesperf_desktop.i18n_qt import install_translators
        from salesperf_desktop.services.demo import create_demo_company
        from salesperf_desktop.services.progress import run_to_end
        from salesperf_desktop.ui.main_window import MainWindow

        self.args = args
        _quiet_offscreen_warnings()
        self.app = QApplication([])
        install_translators(self.app, args.lang)
        self.ctx = build_context(work / "soak.sqlite", lang=args.lang)
        run_to_end(create_demo_company(self.ctx))
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.ctx, settings=settings)
        self.window.resize(1400, 850)
        self.window.show()
        self.app.processEvents()
        self.counts = {"cycles": 0, "tab clicks": 0, "cells typed": 0, "undos": 0, "dialogs": 0}
        print(
            f"soak: PySide6 {pyside_version}, Python {sys.version.split()[0]}, "
            f"{args.minutes:g} min, demo company in {work}",
            flush=True,
        )

    # ------------------------------------------------------------------ user actions

    def pump(self, times: int = 3) -> None:
        for _ in range(times):
            self.app.processEvents()

    def click_tab(self, index: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        bar = self.window.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        self.pump()
        self.counts["tab clicks"] += 1

    def entry_tab(self):
        from salesperf_desktop.ui.entry_tab import EntryTab

        for i in range(self.window.tabs.count()):
            if isinstance(self.window.tabs.widget(i), EntryTab):
                return i, self.window.tabs.widget(i)
        raise RuntimeError("no monthly entry tab")

    def type_into_cells(self, tab, cycle: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        box = tab.period_box
        if box.currentData() != self.args.period:
            box.setCurrentIndex(box.findData(self.args.period))
            self.pump()
        model, view = tab.model, tab.table
        col = model.column_of("sales_achievement", "actual")
        for k in range(4):
            row = (cycle * 4 + k) % model.rowCount()
            view.setCurrentIndex(model.index(row, col))
            view.setFocus()
            text = str(100_000 + (cycle * 37 + k * 11) % 50_000)
            QTest.keyClicks(view, text[0])
            editor = view.focusWidget()
            QTest.keyClicks(editor, text[1:])
            QTest.keyClick(editor, Qt.Key.Key_Return)
            self.pump()
            self.counts["cells typed"] += 1
        if cycle % 2:
            QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            self.pump()
            self.counts["undos"] += 1

    def open_and_close(self, trigger) -> None:
        """Do what opens a dialog; close it (Cancel) as soon as it is up."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        closed = []

        def close_it(tries: int = 50) -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog):
                dialog.done(QDialog.DialogCode.Rejected)
                closed.append(dialog)
            elif tries:
                QTimer.singleShot(20, lambda: close_it(tries - 1))

        QTimer.singleShot(20, close_it)
        trigger()  # a dialog run with exec() returns when closed; one opened with open() at once
        for _ in range(100):
            if closed:
                break
            self.app.processEvents()
            time.sleep(0.005)
        self.pump()
        self.counts["dialogs"] += bool(closed)

    def dialogs(self, tab) -> None:
        tab.table.setCurrentIndex(tab.model.index(0, 0))
        self.pump()
        self.open_and_close(tab.targets_button.trigger)
        self.open_and_close(tab.task_sheet_button.trigger)
        find = self.window.findChild
        from PySide6.QtGui import QAction

        for name in ("actionPreferences", "actionPassword", "actionAbout"):
            self.open_and_close(find(QAction, name).trigger)

    # ------------------------------------------------------------------ the session

    def run(self) -> int:
        start = time.monotonic()
        end = start + self.args.minutes * 60
        next_report = start + self.args.report_every
        entry_index, entry = self.entry_tab()
        for i in range(self.window.tabs.count()):  # every tab loads once before the baseline
            self.click_tab(i)
        baseline = sys.getrefcount(None)
        lowest = baseline
        cycle = 0
        while time.monotonic() < end:
            cycle += 1
            for i in range(self.window.tabs.count()):
                self.click_tab(i)
            self.click_tab(entry_index)
            self.type_into_cells(entry, cycle)
            self.dialogs(entry)
            self.counts["cycles"] = cycle
            lowest = min(lowest, sys.getrefcount(None))
            if time.monotonic() >= next_report:
                next_report += self.args.report_every
                self.report(start, baseline, lowest)
        self.report(start, baseline, lowest)
        self.window.close()
        self.pump()
        self.ctx.close()
        print("soak: finished normally", flush=True)
        return 0

    def report(self, start: float, baseline: int, lowest: int) -> None:
        import gc

        from PySide6.QtWidgets import QDialog

        now = sys.getrefcount(None)
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        done = ", ".join(f"{v} {k}" for k, v in self.counts.items())
        # Python wrappers only (QApplication.allWidgets() crashed here, on 6.11.3 and 6.12.0).
        dialogs = sum(isinstance(o, QDialog) for o in gc.get_objects())
        print(
            f"soak: {time.monotonic() - start:6.0f} s  {done}; None refs {now} "
            f"({now - baseline:+d} since start, lowest {lowest - baseline:+d}); "
            f"max RSS {rss_mb:.0f} MB; {dialogs} dialogs alive",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
