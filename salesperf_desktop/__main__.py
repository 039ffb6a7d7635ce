"""Start-up only: arguments, logging, excepthook, database, translator, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
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
    log_file = data_dir / "salesperf.log"
    if os.name == "posix":  # the log names files and people: the user's eyes only
        log_file.touch(mode=0o600, exist_ok=True)
        log_file.chmod(0o600)
    # Everything (Alembic's migration steps included) goes to the log file; the terminal, when
    # there is one, shows warnings and errors only.
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(log_file, encoding="utf-8"), console],
    )
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # a line per plugin


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


def _after_open(ctx, settings, *, startup_backup: bool = True) -> bool:
    """The password (when one is set), then the rotating start-up backup.

    The backup runs as the first event once the window is up (before the officer can change
    anything), so it does not delay the first paint.
    """
    from PySide6.QtCore import QTimer

    from salesperf_desktop.ui.password_dialog import ask_password

    if not ask_password(ctx):
        return False
    if startup_backup:
        QTimer.singleShot(0, lambda: _startup_backup(ctx, settings))
    return True


def _startup_backup(ctx, settings) -> None:
    from salesperf_desktop.services.backup import make_backup

    try:
        keep = int(settings.value("backups_to_keep", 10))
    except (TypeError, ValueError):
        keep = 10
    try:
        make_backup(ctx.db_path, ctx.backup_dir, "startup", keep)
    except Exception as exc:  # a full disk must not keep the officer out of the data
        log.log(logging.WARNING, "start-up backup failed: %s", exc)


def _announce_shown(args) -> None:
    """Benchmarks: the moment the populated window is on screen (see bench_startup.py)."""
    if args.quit_after:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: print(f"SALESPERF_SHOWN {time.time():.6f}", flush=True))


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        import multiprocessing

        # Batch printing renders PDFs in worker processes; a frozen (PyInstaller) app needs this.
        multiprocessing.freeze_support()
    args = parse_args(argv)
    os.environ.setdefault("LANG", "C.UTF-8")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from salesperf_desktop import APP_ID, APP_NAME, ORG_NAME
    from salesperf_desktop.binding_check import warn_if_known_bad
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
    warn_if_known_bad()  # PySide6 6.12.0 before Python 3.12 crashes: say so once, and log it

    from salesperf_desktop.instance_lock import DatabaseInUseError, DatabaseLock
    from salesperf_desktop.storage.database import DatabaseError
    from salesperf_desktop.storage.quick_read import FirstLook, first_look
    from salesperf_desktop.ui.main_window import MainWindow
    from salesperf_desktop.ui.restore_dialog import open_with_recovery

    def build(path: Path):
        # SQLAlchemy loads here, not before: when the file is ready, after the first paint.
        from salesperf_desktop.app_context import build_context

        return build_context(path, lang=lang)

    def open_context(path: Path, *, offer_missing: bool = True, first_paint: bool = False):
        """Lock, open (offering a backup when the file cannot be opened), back up, password.

        Returns (context or FirstLook, lock) or None. With *first_paint*, a file that is
        ready to open (at this program's schema, not damaged) is only read with sqlite3 and
        a FirstLook comes back: the window is shown from it and ``finish_opening`` opens the
        database the full way after the first paint. Anything else (new, older or newer
        schema, damaged, missing) is opened the full way here, before anything is shown.
        """
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            opener = (lambda p: first_look(p) or build(p)) if first_paint else build
            opened = open_with_recovery(path, opener, offer_missing=offer_missing)
            if isinstance(opened, FirstLook):
                from salesperf_desktop.ui.password_dialog import ask_password_for_file

                if not ask_password_for_file(path, opened.password_hash):
                    opened = None
            elif opened is not None and not _after_open(opened, settings):
                opened.close()
                opened = None
        except BaseException:
            lock.release()
            raise
        if opened is None:
            lock.release()
            return None
        return opened, lock

    try:
        opened = open_context(db_path, first_paint=not args.demo)
    except DatabaseInUseError as exc:
        QMessageBox.warning(
            None,
            APP_NAME,
            app.translate(
                "Startup", "This database is already open in another SalesPerf window.\n\n%1"
            ).replace("%1", str(exc)),
        )
        return 3
    except DatabaseError as exc:  # not recoverable by a restore (e.g. read-only)
        QMessageBox.critical(
            None,
            APP_NAME,
            app.translate("Startup", "The database cannot be opened:\n\n%1").replace(
                "%1", str(exc)
            ),
        )
        return 2
    if opened is None:
        return 2
    first, first_lock = opened

    state = {"window": None, "ctx": None}

    def connect(window) -> None:
        window.database_switch_requested.connect(switch)
        window.database_restore_requested.connect(restore)
        window.language_switch_requested.connect(switch_language)

    def show_window(context) -> None:
        window = MainWindow(context, settings=settings)
        connect(window)
        window.show()
        state["window"] = window

    def finish_opening() -> None:
        """After the first paint: the full open (ORM, schema), the backup, then the tabs."""
        window = state["window"]
        if not window.isVisible():  # closed already: nothing to open
            return
        ctx = open_with_recovery(first.path, build, window, offer_missing=False)
        restored = ctx is not None and ctx.settings.get("password_hash") != first.password_hash
        # A backup restored on the way (the file changed meanwhile): its own password applies.
        if restored and not _after_open(ctx, settings, startup_backup=False):
            ctx.close()
            ctx = None
        if ctx is None:
            first_lock.release()
            window.close()
            app.quit()
            return
        ctx.extras["lock"] = first_lock
        state["ctx"] = ctx
        _startup_backup(ctx, settings)  # before the officer can change anything
        window.attach(ctx)
        if args.quit_after:  # benchmarks: every tab usable (see bench_startup.py)
            print(f"SALESPERF_READY {time.time():.6f}", flush=True)

    def switch(path: Path) -> None:
        try:
            opened = open_context(path.resolve(), offer_missing=False)
        except (DatabaseInUseError, DatabaseError) as exc:
            QMessageBox.warning(state["window"], APP_NAME, str(exc))
            return
        if opened is None:
            return
        new_ctx, lock = opened
        new_ctx.extras["lock"] = lock
        old_window, old_ctx = state["window"], state["ctx"]
        old_window.close()
        old_window.deleteLater()
        old_ctx.close()
        old_ctx.extras["lock"].release()
        state["ctx"] = new_ctx
        show_window(new_ctx)

    def restore(backup: Path) -> None:
        """Close the window and the engine, restore (keeping the lock), reopen the same file."""
        from salesperf_desktop.services.backup import BackupInvalid, restore_backup

        old_window, old_ctx = state["window"], state["ctx"]
        lock = old_ctx.extras["lock"]
        old_window.close()
        old_window.deleteLater()
        old_ctx.close()
        try:
            aside = restore_backup(old_ctx.db_path, backup)
            log.info(
                "restored %s from %s; previous file kept as %s", old_ctx.db_path, backup, aside
            )
        except (BackupInvalid, OSError) as exc:
            QMessageBox.warning(None, APP_NAME, str(exc))
        new_ctx = open_with_recovery(old_ctx.db_path, build, offer_missing=False)
        if new_ctx is None or not _after_open(new_ctx, settings, startup_backup=False):
            lock.release()
            app.quit()
            return
        new_ctx.extras["lock"] = lock
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

    if isinstance(first, FirstLook):
        from salesperf_desktop.ui.first_paint import call_after_first_paint

        window = MainWindow(
            None, settings=settings, preview=first.staff, company_name=first.company_name
        )
        connect(window)
        window.show()
        state["window"] = window
        _announce_shown(args)
        call_after_first_paint(window, finish_opening)
    else:
        ctx = first
        ctx.extras["lock"] = first_lock
        state["ctx"] = ctx
        if args.demo:
            from salesperf_desktop.services.demo import create_demo_company, has_staff
            from salesperf_desktop.services.progress import run_to_end

            if not has_staff(ctx):
                run_to_end(create_demo_company(ctx))
        show_window(ctx)
        _announce_shown(args)
    if args.screenshot:

        def grab() -> None:
            state["window"].grab().save(str(args.screenshot))

        QTimer.singleShot(max(500, args.quit_after // 2 or 1500), grab)
    if args.quit_after:
        QTimer.singleShot(args.quit_after, app.quit)
    code = app.exec()
    if state["ctx"] is not None:
        state["ctx"].close()
        state["ctx"].extras["lock"].release()
    first_lock.release()  # closed before the full open finished (idempotent otherwise)
    return code


if __name__ == "__main__":
    sys.exit(main())
