"""Start-up only: arguments, logging, excepthook, database, translator, window."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded inside main(): the first paint must not wait for them
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from salesperf_desktop.app_context import AppContext
    from salesperf_desktop.instance_lock import DatabaseLock
    from salesperf_desktop.services.opening import FirstLook
    from salesperf_desktop.services.start_reads import StartReads
    from salesperf_desktop.ui.main_window import MainWindow

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
    # benchmarks/: print SALESPERF_SHOWN after the first paint, show every tab, print
    # SALESPERF_TAB lines and SALESPERF_READY when every tab is truly ready, then quit.
    # With "shown": quit once the first paint is marked.
    # benchmarks/: the day the program believes it is (YYYY-MM-DD). The benchmark files hold
    # data up to a fixed month; pinned to the day they were made for, their figures stay
    # comparable from one month to the next (本月待办 and Monthly entry follow "today").
    parser.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    parser.add_argument(
        "--bench-marks",
        nargs="?",
        const="ready",
        choices=["shown", "ready"],
        help=argparse.SUPPRESS,
    )
    return parser.parse_args(argv)


def _setup_logging() -> None:
    """The rotating log in the application's data folder (not the database's: that one may be
    shared or read-only); the terminal shows warnings only, never a traceback."""
    from salesperf_desktop.logfile import setup_logging
    from salesperf_desktop.paths import data_dir

    setup_logging(data_dir())


def _install_handlers() -> None:
    """No traceback ever reaches the officer: uncaught errors and Qt's messages are logged,
    and an error is told in a plain dialog (ui/fault_dialog.py, loaded when first needed)."""
    from salesperf_desktop.ui.fault_hooks import install_excepthook, install_qt_message_handler

    install_excepthook()
    install_qt_message_handler()


def _report(exc: BaseException, lang: str, parent=None, **where) -> int:
    """Tell *exc* plainly (details to the log); the exit code of its fault class."""
    from salesperf_desktop.ui.fault_dialog import report_fault

    return report_fault(parent, exc, lang=lang, **where).exit_code


def _refusal_text(exc: BaseException, lang: str) -> str:
    from salesperf_desktop.ui.labels import refusal_text

    return refusal_text(exc, lang)


def _backups_to_keep(settings: QSettings) -> int:
    try:
        return int(settings.value("backups_to_keep", 10))
    except (TypeError, ValueError):
        return 10


# The whole-file check and the start-up backup wait for the window's start-up work at most this
# long (Startup._check_in_background): a window kept busy still gets its check soon after.
CHECK_AT_LATEST_MS = 10_000


def _checked_in_background(ctx: AppContext, window, outcome) -> None:
    """The whole-file check's verdict (services.integrity): a damaged file is written no more,
    and the officer is told in the fault dialog; a failed backup goes to the log."""
    if outcome.error is not None or outcome.cancelled:
        return  # told by the task runner (a fault of the machine) or logged there
    report = outcome.result
    if report.backup_error is not None:  # a full disk must not keep the officer out of the data
        log.log(logging.WARNING, "start-up backup failed: %s", report.backup_error)
    if report.ok:
        return
    from salesperf_desktop.services.integrity import damaged_error

    error = damaged_error(ctx, report.detail)
    ctx.refuse_writes(error)
    _report(error, ctx.lang, window, path=ctx.db_path, context="background integrity check")


class Startup:
    """The running application: its window, the open database and that database's lock.

    One path for every way a database is opened (start-up, File ▸ Open/New, a restored backup,
    a language switch rebuilding the window). At start-up a file that is ready to open (at this
    program's schema, not damaged) is first only read with sqlite3: the window is painted from
    that, and the full open (ORM, schema, start-up backup, tabs) follows after the first paint.
    """

    def __init__(self, app: QApplication, settings: QSettings, args: argparse.Namespace, lang: str):
        self.app = app
        self.settings = settings
        self.args = args
        self.lang = lang
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.lock: DatabaseLock | None = None
        # Contexts opened in the background and not yet taken by the window (closed at the end
        # if the window went first: the file is then left checkpointed, as by a clean close).
        self._unclaimed: list[AppContext] = []

    # ------------------------------------------------------------------ opening

    def build(self, path: Path) -> AppContext:
        # SQLAlchemy loads here, not before: when the file is ready, after the first paint.
        # Constant-time checks only: the whole file is checked in the background.
        from salesperf_desktop.app_context import build_context
        from salesperf_desktop.services.opening import to_be_migrated

        if not to_be_migrated(path):
            return self._pinned(build_context(path, lang=self.lang, deep_check=False))
        # A file of an older version: backed up, then migrated (a minute on a large file),
        # with a progress dialog rather than nothing on screen.
        from salesperf_desktop.domain.messages import render
        from salesperf_desktop.ui.tasks import wait_for

        return self._pinned(
            wait_for(
                render("progress.migrating_database", {"name": path.name}, self.lang),
                lambda: build_context(path, lang=self.lang, deep_check=False),
                self.window,
            )
        )

    def _pinned(self, ctx: AppContext) -> AppContext:
        """*ctx* on the day given by ``--today`` (benchmarks), else on the system's clock."""
        if self.args.today is not None:
            day = self.args.today
            ctx.clock = lambda: day
        return ctx

    def _first_look_or_build(self, path: Path):
        from salesperf_desktop.services.opening import first_look

        return first_look(path) or self.build(path)

    def _unlocked(self, opened) -> bool:
        """The password (when one is set) of a context or a first look; False: not given."""
        from salesperf_desktop.services.opening import FirstLook
        from salesperf_desktop.ui.password_dialog import ask_password, ask_password_for_file

        if isinstance(opened, FirstLook):
            return opened.encrypted or ask_password_for_file(opened.path, opened.password_hash)
        if ask_password(opened):
            return True
        opened.close()
        return False

    def open_locked(self, path: Path, *, offer_missing: bool = True, first_paint: bool = False):
        """Lock, open (offering a backup when the file cannot be opened), ask the password.

        Returns (context or FirstLook, lock), or None when the officer gave up (nothing held).
        With *first_paint*, a ready file is only read (a FirstLook); anything else (new, older
        or newer schema, damaged, missing) is opened the full way, before anything is shown.
        """
        from salesperf_desktop.instance_lock import DatabaseLock
        from salesperf_desktop.ui.password_dialog import ask_password_to_open
        from salesperf_desktop.ui.restore_dialog import open_with_recovery

        lock = DatabaseLock(path)
        lock.acquire()
        try:
            # An encrypted file: its password before anything reads it (the first paint too).
            unlocked = ask_password_to_open(path, self.window)
            opener = self._first_look_or_build if first_paint else self.build
            opened = (
                open_with_recovery(path, opener, offer_missing=offer_missing, lang=self.lang)
                if unlocked
                else None
            )
            if opened is not None and not self._unlocked(opened):
                opened = None
        except BaseException:
            lock.release()
            raise
        if opened is None:
            lock.release()
            return None
        return opened, lock

    def start(self, db_path: Path) -> int | None:
        """Open *db_path* and show the window; an exit code when the program must stop.

        Whatever stops the open (another window holds the file, a read-only folder, a folder
        or a link loop given as the file, no permission, a full disk …) is told plainly, with
        the command line's exit code of its fault class.
        """
        from salesperf_desktop.services.opening import FirstLook

        try:
            opened = self.open_locked(db_path, first_paint=not self.args.demo)
        except Exception as exc:
            return _report(exc, self.lang, path=db_path, context="opening the database")
        if opened is None:
            return 2
        first, self.lock = opened
        if isinstance(first, FirstLook):
            # The reader process (本月待办, the tabs' first reads): its interpreter and imports
            # on the other core, idle until now, while this one paints and opens the file. A
            # file opened the full way before the window (new, migrated, the demo) is read in
            # this process, as the command line does.
            _reader().start()
            self.show_first_paint(first)
        else:
            self.ctx = first
            if self.args.demo:
                self._create_demo_if_empty()
            self.show_window()
            self.window.prefetch_hidden_tabs()
            self._check_in_background()
            self._mark_every_tab_ready()
        _announce_shown(self.args, self.window)
        return None

    def _mark_every_tab_ready(self) -> None:
        """Benchmarks: show every tab; print when each, then all, are truly ready; quit."""
        if self.args.bench_marks != "ready":
            return
        from salesperf_desktop.ui.bench_marks import when_every_tab_ready

        def done() -> None:
            _mark("READY")
            self.app.quit()

        when_every_tab_ready(self.window, lambda tab, phase: _mark("TAB", tab, phase), done)

    def _check_in_background(self) -> None:
        """The whole-file check and the start-up backup, on the window's task runner: at open
        only constant-time checks ran, so neither the first paint nor the tabs wait for them.

        They start once the window's start-up work is done (the tabs' first reads, 本月待办,
        matplotlib), at the latest ``CHECK_AT_LATEST_MS`` after the open: at 3,000 staff × 3
        years they are ≈ 2.8 s of CPU, which would take a share of the two cores that the
        window's process and the reader process need while the officer waits for her tabs."""
        from salesperf_desktop.domain.messages import render
        from salesperf_desktop.services.integrity import check_and_back_up

        ctx, window, keep = self.ctx, self.window, _backups_to_keep(self.settings)

        def start() -> None:
            if self.window is not window or self.ctx is not ctx:  # closed or replaced meanwhile
                return
            _reader().forget_ahead()  # (start-up is over: its reads have been asked for)
            window.tasks.run(
                render("progress.checking_database", {}, ctx.lang),
                lambda _cancel: check_and_back_up(ctx, keep),
                lambda outcome: _checked_in_background(ctx, window, outcome),
                window,
                show_dialog=False,
                file_work=True,
            )

        window.tasks.when_idle(start, CHECK_AT_LATEST_MS)

    def _create_demo_if_empty(self) -> None:
        from salesperf_desktop.services.demo import create_demo_company, has_staff
        from salesperf_desktop.services.progress import run_to_end

        if not has_staff(self.ctx):
            run_to_end(create_demo_company(self.ctx))

    # ------------------------------------------------------------------ the window

    def _new_window(self, ctx: AppContext | None, **opening) -> None:
        from salesperf_desktop.ui.main_window import MainWindow

        window = MainWindow(ctx, settings=self.settings, **opening)
        window.database_switch_requested.connect(self.switch)
        window.database_restore_requested.connect(self.restore)
        window.language_switch_requested.connect(self.switch_language)
        window.show()
        self.window = window

    def show_window(self) -> None:
        self._new_window(self.ctx)

    def _close_window(self) -> None:
        if self.window is not None:
            from salesperf_desktop.ui.tasks import thaw_soon

            _reader().interrupt()  # no read of this file under way while it is closed or replaced
            self.window.close()
            self.window.deleteLater()
            self.window = None
            thaw_soon()  # (its objects were frozen with it: those in reference cycles go then)

    def show_first_paint(self, first: FirstLook) -> None:
        """The window at once, from the first look; the full open right after it is painted."""
        from salesperf_desktop.ui.first_paint import call_after_first_paint

        self._new_window(None, company_name=first.company_name, staff_count=first.staff_count)
        call_after_first_paint(self.window, lambda: self.finish_opening(first))

    def finish_opening(self, first: FirstLook) -> None:
        """After the first paint: the full open (ORM, schema) on a worker thread, so the window
        painted from the first look stays responsive while SQLAlchemy, the models and the tabs'
        modules load (about half a second of CPU); then the tabs, on the GUI thread."""
        from salesperf_desktop.domain.messages import render

        window = self.window
        if window is None or not window.isVisible():  # closed already: nothing to open
            return
        plan = window.start_reads(self.args.today or dt.date.today(), self.lang)
        window.tasks.run(
            render("progress.opening_database", {}, self.lang),
            lambda _cancel: _open_in_background(first.path, plan, self._pinned, self._unclaimed),
            lambda outcome: self._opened(first, outcome),
            window,
            show_dialog=False,
            cancellable=False,
        )

    def _opened(self, first: FirstLook, outcome) -> None:
        """The background open's outcome (a context, or what stopped it): a file that cannot be
        opened is offered its backups as before (``open_with_recovery``), then the tabs."""
        from salesperf_desktop.ui.restore_dialog import open_with_recovery

        window = self.window
        opened, error = outcome.result if outcome.error is None else (None, outcome.error)
        self._unclaimed[:] = [c for c in self._unclaimed if c is not opened]
        if window is None or not window.isVisible():  # closed meanwhile
            if opened is not None:
                opened.close()
            return
        first_try = [(opened, error)]

        def build(path: Path) -> AppContext:
            if not first_try:  # after a backup was restored: opened here, the usual way
                return self.build(path)
            ctx, failed = first_try.pop()
            if failed is not None:
                raise failed
            return self._pinned(ctx)

        ctx = open_with_recovery(first.path, build, window, offer_missing=False, lang=self.lang)
        restored = ctx is not None and ctx.settings.get("password_hash") != first.password_hash
        # A backup restored on the way (the file changed meanwhile): its own password applies.
        if restored and not self._unlocked(ctx):
            ctx = None
        if ctx is None:
            self._release()
            window.close()
            self.app.quit()
            return
        self.ctx = ctx
        window.attach(ctx)  # (the tab shown sends its read)
        # The hidden tabs' reads next, in this turn: the reader process takes reads in the
        # order sent, and 本月待办's (the longest) is sent when its panel is first shown.
        window.prefetch_hidden_tabs()
        # The rest in the event loop's next turn: matplotlib's import shares this process's
        # GIL, and started before the tabs were built it stretched that step of the GUI thread
        # (73-104 ms of CPU) to 124-231 ms at 3,000 staff.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window, lambda: self._after_attach(window, ctx))

    def _after_attach(self, window, ctx: AppContext) -> None:
        """matplotlib, then the whole-file check (after the officer's work)."""
        if self.window is not window or self.ctx is not ctx:  # closed or replaced meanwhile
            return
        # matplotlib, in the background while the first tab loads: the officer's first chart
        # then only draws (the GUI thread never imports it).
        from salesperf_desktop.ui.charts.loading import load_in_background

        load_in_background(window.tasks, window)
        self._check_in_background()
        self._mark_every_tab_ready()

    # ------------------------------------------------------------------ changes asked by the window

    def switch(self, path: Path) -> None:
        """File ▸ New/Open: the other database opens first; only then is this one closed."""
        from salesperf_desktop.paths import resolve_path

        try:
            opened = self.open_locked(resolve_path(path), offer_missing=False)
        except Exception as exc:  # this window and its database stay as they were
            _report(exc, self.lang, self.window, path=path, context="opening another database")
            return
        if opened is None:
            return
        self._close_window()
        if (
            self.ctx is not None
        ):  # closed cleanly (checkpointed, engine disposed) before the lock goes
            self.ctx.close()
        self._release()
        self.ctx, self.lock = opened
        self.show_window()
        self._check_in_background()

    def restore(self, backup: Path) -> None:
        """Close the window and the engine, restore (keeping the lock), reopen the same file."""
        from PySide6.QtWidgets import QMessageBox

        from salesperf_desktop import APP_NAME
        from salesperf_desktop.services.backup import BackupInvalid, restore_backup
        from salesperf_desktop.ui.password_dialog import ask_password_to_open
        from salesperf_desktop.ui.restore_dialog import open_with_recovery

        db_path = self.ctx.db_path
        self._close_window()
        self.ctx.close()
        self.ctx = None
        try:
            if not ask_password_to_open(backup):  # a backup under another password
                raise BackupInvalid("cipher.password_needed", path=str(backup))
            aside = restore_backup(db_path, backup)
            log.info("restored %s from %s; previous file kept as %s", db_path, backup, aside)
        except BackupInvalid as exc:
            QMessageBox.warning(None, APP_NAME, _refusal_text(exc, self.lang))
        except Exception as exc:  # a full disk, no permission …: the database is reopened as it is
            _report(exc, self.lang, path=db_path, context="restoring a backup")
        ctx = open_with_recovery(db_path, self.build, offer_missing=False, lang=self.lang)
        if ctx is None or not self._unlocked(ctx):
            self._release()
            self.app.quit()
            return
        self.ctx = ctx
        self.show_window()

    def switch_language(self, choice: str) -> None:
        """Every string is set when a window is built, so a new window is the whole switch."""
        from salesperf_desktop.i18n_qt import install_translators, resolve_language

        self.lang = resolve_language(choice)  # also the language of a database opened later
        install_translators(self.app, self.lang)
        self.ctx.lang = self.lang
        self._close_window()
        self.show_window()

    # ------------------------------------------------------------------ the end

    def _release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def close(self) -> None:
        """The database closed, then its lock released (also when the window never opened it).
        The reader process first: killed, not waited for (it holds a read of the file, which
        would keep the close's checkpoint waiting)."""
        _reader().close()
        if self.window is not None:  # the background check and backup finish first
            self.window.tasks.stop_waiting_for_idle()  # (started now if put off till the end)
            self.window.tasks.wait_all(60000)
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None
        while self._unclaimed:  # opened in the background after the window had closed
            self._unclaimed.pop().close()
        self._release()


def _open_in_background(path: Path, plan: StartReads, pinned, unclaimed: list):
    """Worker thread: the full open of a file the first look found ready (at this program's
    schema: no migration), the tabs' first reads handed to the reader process (*plan*), and
    the modules the window's tabs are made of. (context, None), or (None, what stopped the
    open) for the GUI thread to tell or offer backups for. The context is also put in
    *unclaimed* until the GUI thread takes it, so that it is closed even when the window
    closes before its result arrives."""
    yield from ()  # a generator for the task runner, with no steps to show
    from salesperf_desktop.services.collector import loading_modules

    # Mostly imports: what they make lives as long as the program, so the cycle collector
    # would only walk it again and again (services.collector.loading_modules).
    with loading_modules():
        from salesperf_desktop.app_context import build_context

        try:
            ctx = pinned(build_context(path, lang=plan.lang, deep_check=False))
        except Exception as exc:
            return None, exc
        unclaimed.append(ctx)  # until the GUI thread takes it (``Startup._opened``)
        _send_ahead(ctx, plan)
        # Also what the GUI thread would import while it builds the tabs and the first one loads
        # (the menus' output actions, 本月待办's read, the status bar).
        from salesperf_desktop.services import due, overview  # noqa: F401
        from salesperf_desktop.ui import due_panel, output_actions, ui_context  # noqa: F401
        from salesperf_desktop.ui.main_window import default_tab_factories

        default_tab_factories()  # the tabs' modules, loaded here rather than on the GUI thread
    return ctx, None


def _send_ahead(ctx: AppContext, plan: StartReads) -> None:
    """The tabs' first reads, started in the reader process while this one loads the tabs'
    modules and builds them (``services.start_reads``). A failure only leaves them to the tabs."""
    from salesperf_desktop.services.start_reads import reads_of

    try:
        _reader().send_ahead(ctx, reads_of(ctx, plan))
    except Exception:
        log.exception("the start-up reads could not be sent ahead")


def _reader():
    """The reader process (services.reader_process): the start-up reads off this process's GIL."""
    from salesperf_desktop.services.reader_process import reader

    return reader


def _mark(event: str, *words: str) -> None:
    print(" ".join([f"SALESPERF_{event} {time.time():.6f}", *words]), flush=True)


def _announce_shown(args, window) -> None:
    """Benchmarks and smoke tests: the moment the window has been painted (ui/first_paint.py;
    only a real paint counts). Installed after the full open's own first-paint hook, so it is
    called first: the mark does not wait for the full open."""
    if args.quit_after or args.bench_marks:
        from PySide6.QtWidgets import QApplication

        from salesperf_desktop.ui.first_paint import call_after_first_paint

        def shown() -> None:
            _mark("SHOWN")
            if args.bench_marks == "shown":  # closed first: the full open then does not start
                window.close()
                QApplication.instance().quit()

        call_after_first_paint(window, shown, fallback_ms=None)


def _make_application() -> QApplication:
    from PySide6.QtGui import QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    from salesperf_desktop import APP_ID, APP_NAME, ORG_NAME
    from salesperf_desktop.paths import cjk_font_path, resource_path

    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    app = QApplication(sys.argv[:1])
    icon = resource_path("icons", "salesperf.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # Chinese renders on any machine, with or without a system CJK font.
    QFontDatabase.addApplicationFont(str(cjk_font_path()))
    return app


def _schedule_checks(startup: Startup, args) -> None:
    """--screenshot and --quit-after: documentation pictures, smoke tests and benchmarks."""
    from PySide6.QtCore import QTimer

    if args.screenshot:

        def grab() -> None:
            if startup.window is not None:
                startup.window.grab().save(str(args.screenshot))

        QTimer.singleShot(max(500, args.quit_after // 2 or 1500), grab)
    if args.quit_after:
        QTimer.singleShot(args.quit_after, startup.app.quit)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        import multiprocessing

        # Batch printing renders PDFs in worker processes; a frozen (PyInstaller) app needs this.
        multiprocessing.freeze_support()
    args = parse_args(argv)
    os.environ.setdefault("LANG", "C.UTF-8")
    from salesperf_desktop.threads import one_blas_thread, prompt_gil_handoff

    one_blas_thread()  # (before matplotlib loads numpy; the processes started here inherit it)
    prompt_gil_handoff()  # (before any worker thread starts)
    from PySide6.QtCore import QSettings

    from salesperf_desktop.pyside_imports import speed_up_import_check

    speed_up_import_check()  # PySide6's test after each import, cheap before the hundreds to come
    from salesperf_desktop.binding_check import warn_if_known_bad
    from salesperf_desktop.i18n_qt import install_translators, resolve_language
    from salesperf_desktop.paths import default_db_path, resolve_path

    app = _make_application()
    settings = QSettings()
    lang = resolve_language(args.lang or settings.value("language", ""))
    install_translators(app, lang)  # the application keeps them
    _setup_logging()
    _install_handlers()
    warn_if_known_bad()  # PySide6 6.12.0 before Python 3.12 crashes: say so once, and log it

    startup = Startup(app, settings, args, lang)
    try:
        db_path = resolve_path(args.db or default_db_path())
    except OSError as exc:  # a symbolic link loop
        return _report(exc, lang, path=args.db, context="start-up")
    code = startup.start(db_path)
    if code is not None:
        startup.close()  # (the reader process it started)
        return code
    _schedule_checks(startup, args)
    code = app.exec()
    startup.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
