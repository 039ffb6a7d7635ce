"""Start-up only: arguments, logging, excepthook, database, translator, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path

log = logging.getLogger("salesperf")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="salesperf", description="SalesPerf Desktop")
    parser.add_argument(
        "--db", type=Path, help="database file (default: the application data folder)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="create the demo company (E Company) if the database is empty",
    )
    parser.add_argument("--lang", choices=["zh_CN", "zh_TW", "en"], help="language of this run")
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)  # docs and checks
    parser.add_argument(
        "--quit-after", type=int, default=0, help=argparse.SUPPRESS
    )  # ms; smoke tests
    return parser.parse_args(argv)


def _setup_logging(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[
            logging.FileHandler(data_dir / "salesperf.log", encoding="utf-8"),
            logging.StreamHandler(),
        ],
    )


def _install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unhandled error:\n%s", text)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "SalesPerf Desktop",
                QApplication.translate(
                    "Startup", "An unexpected error occurred:\n\n%1\n\nDetails are in the log file."
                ).replace("%1", str(exc)),
            )

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("LANG", "C.UTF-8")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from salesperf_desktop import APP_ID, APP_NAME, ORG_NAME
    from salesperf_desktop.i18n_qt import install_translators, resolve_language
    from salesperf_desktop.paths import cjk_font_path, default_db_path, resource_path

    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    app = QApplication(sys.argv[:1])
    icon = resource_path("icons", "salesperf.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # Chinese renders on any machine, with or without a system CJK font.
    QFontDatabase.addApplicationFont(str(cjk_font_path()))

    settings = QSettings()
    lang = resolve_language(args.lang or settings.value("language", ""))
    install_translators(app, lang)  # the application keeps them

    db_path = (args.db or default_db_path()).resolve()
    _setup_logging(db_path.parent)
    _install_excepthook()

    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.instance_lock import DatabaseInUseError, DatabaseLock
    from salesperf_desktop.storage.database import DatabaseError

    def open_context(path: Path):
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            ctx = build_context(path, lang=lang)
        except BaseException:
            lock.release()
            raise
        ctx.extras["lock"] = lock
        return ctx

    try:
        ctx = open_context(db_path)
    except DatabaseInUseError as exc:
        QMessageBox.warning(
            None,
            APP_NAME,
            app.translate(
                "Startup", "This database is already open in another SalesPerf window.\n\n%1"
            ).replace("%1", str(exc)),
        )
        return 3
    except DatabaseError as exc:
        QMessageBox.critical(
            None,
            APP_NAME,
            app.translate("Startup", "The database cannot be opened:\n\n%1").replace(
                "%1", str(exc)
            ),
        )
        return 2

    if args.demo:
        from salesperf_desktop.services.demo import create_demo_company, has_staff
        from salesperf_desktop.services.progress import run_to_end

        if not has_staff(ctx):
            run_to_end(create_demo_company(ctx))

    from salesperf_desktop.ui.main_window import MainWindow

    state = {"window": None, "ctx": ctx}

    def show_window(context) -> None:
        window = MainWindow(context, settings=settings)
        window.database_switch_requested.connect(switch)
        window.language_switch_requested.connect(switch_language)
        window.show()
        state["window"] = window

    def switch(path: Path) -> None:
        try:
            new_ctx = open_context(path.resolve())
        except (DatabaseInUseError, DatabaseError) as exc:
            QMessageBox.warning(state["window"], APP_NAME, str(exc))
            return
        old_window, old_ctx = state["window"], state["ctx"]
        old_window.close()
        old_window.deleteLater()
        old_ctx.close()
        old_ctx.extras["lock"].release()
        state["ctx"] = new_ctx
        show_window(new_ctx)

    def switch_language(choice: str) -> None:
        # Every string is set when a window is built, so a new window is the whole switch.
        nonlocal lang  # also the language of a database opened later
        lang = resolve_language(choice)
        install_translators(app, lang)
        state["ctx"].lang = lang
        old_window = state["window"]
        old_window.close()
        old_window.deleteLater()
        show_window(state["ctx"])

    show_window(ctx)
    if args.screenshot:

        def grab() -> None:
            state["window"].grab().save(str(args.screenshot))

        QTimer.singleShot(max(500, args.quit_after // 2 or 1500), grab)
    if args.quit_after:
        QTimer.singleShot(args.quit_after, app.quit)
    code = app.exec()
    state["ctx"].close()
    state["ctx"].extras["lock"].release()
    return code


if __name__ == "__main__":
    sys.exit(main())
