"""Screenshots of the real window for docs/user-guide.md, with the demo company.

    .venv/bin/python docs/make_screenshots.py            # zh_CN into docs/screenshots/
    .venv/bin/python docs/make_screenshots.py --lang zh_TW --out /tmp/shots

Runs offscreen; one PNG per tab plus the Preferences dialog. Uses a temporary database and
temporary settings, never the user's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "zh_TW", "en"])
    parser.add_argument("--out", type=Path, default=HERE / "screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LANG", "C.UTF-8")
    tmp = Path(tempfile.mkdtemp(prefix="salesperf-shots-"))
    os.environ["SALESPERF_DATA_DIR"] = str(tmp)

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.i18n_qt import install_translators
    from salesperf_desktop.paths import cjk_font_path
    from salesperf_desktop.services.demo import create_demo_company
    from salesperf_desktop.services.progress import run_to_end
    from salesperf_desktop.ui.main_window import MainWindow
    from salesperf_desktop.ui.preferences import PreferencesDialog

    app = QApplication(sys.argv[:1])
    QFontDatabase.addApplicationFont(str(cjk_font_path()))
    install_translators(app, args.lang)
    ctx = build_context(tmp / "salesperf.sqlite", lang=args.lang)
    run_to_end(create_demo_company(ctx))
    # The demo's data end with October 2026: the shots are taken as of 20 November 2026, so
    # 本月待办 and the month pickers look the same whatever day they are made.
    ctx.clock = lambda: dt.date(2026, 11, 20)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, settings=settings)
    window.resize(1200, 720)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    while not window.due_panel.is_loaded() or window.due_panel.due is None:
        app.processEvents()  # 本月待办 is read in the background
    path = args.out / f"{args.lang}-due.png"
    window.due_panel.grab().save(str(path))
    written.append(path)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        widget = window.tabs.widget(index)
        deadline = time.monotonic() + 120
        while (not widget.is_loaded() or window.tasks.busy()) and time.monotonic() < deadline:
            app.processEvents()  # Monthly entry and Charts read in the background
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()
        name = type(widget).__name__.removesuffix("Tab").lower()  # StaffTab -> staff
        path = args.out / f"{args.lang}-{name}.png"
        window.grab().save(str(path))
        written.append(path)
    dialog = PreferencesDialog(ctx, settings, window)
    dialog.show()
    for _ in range(10):
        app.processEvents()
    path = args.out / f"{args.lang}-preferences.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.close()
    window.close()
    ctx.close()
    for p in written:
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
