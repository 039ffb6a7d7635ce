"""Issue 15, point 6, the window: every fault is told in a plain Chinese dialog offering
"复制详细信息" and naming the log file; the traceback is in the log, never on screen; nothing
committed is lost.

The faults are real where a test process can make them: modes that bind even root (see
faultkit), another process's lock on the database, a folder or a link loop as the file, a file
size limit for the disk. A full disk inside SQLite's own writes in this process is injected at
the driver: the cursor raises exactly what sqlite3 raises on SQLITE_FULL (a size limit on the
test process would also stop the log file the test reads).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import event

from salesperf_desktop.instance_lock import DatabaseLock
from salesperf_desktop.services.faults import ExitCode
from tests.reliability.faultkit import (
    POSIX_ONLY,
    another_program_holds,
    count_rows,
    mode_bits_bind,
)
from tests.ui.modal import answer_in_turn, read_fault
from tests.ui_support import entry_tab, grid_row, ui_for


@pytest.fixture
def zh_window(qapp):
    """The window speaks Simplified Chinese (its own strings and Qt's)."""
    from salesperf_desktop.i18n_qt import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    yield qapp
    remove_translators(qapp)


@pytest.fixture
def log_file(tmp_path):
    """The program's rotating log, in this test's own data folder."""
    from salesperf_desktop.logfile import setup_logging

    root = logging.getLogger()
    saved = (list(root.handlers), root.level, logging.raiseExceptions)
    path = setup_logging(tmp_path / "appdata")
    yield path
    for handler in list(root.handlers):
        if handler not in saved[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(saved[1])
    logging.raiseExceptions = saved[2]


@pytest.fixture
def startup(qapp, qsettings):
    from salesperf_desktop.__main__ import Startup, parse_args

    made = []

    def make(db: Path):
        s = Startup(qapp, qsettings, parse_args(["--db", str(db)]), "zh_CN")
        made.append(s)
        return s

    yield make
    for s in made:
        if s.window is not None:
            s.window.close()
        s.close()


def _told(seen: list, log_file: Path, *in_message: str, in_log: str = "Traceback") -> str:
    """One fault dialog: Chinese message, the copy button, the log named, details copied."""
    assert len(seen) == 1
    dialog = seen[0]
    text = dialog.message.text()
    for needle in in_message:
        assert needle in text, text
    assert "Traceback" not in text and 'File "' not in text
    assert dialog.label_before_copy == "复制详细信息"
    assert dialog.copy_button.text() == "已复制详细信息"  # it was pressed
    assert str(log_file) in dialog.log_note.text() and "日志文件" in dialog.log_note.text()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and str(log_file) in copied
    assert in_log in log_file.read_text(encoding="utf-8")
    return text


def _press_copy_then_close(seen):
    """Note the copy button's label, press it, close the dialog (asserts come after)."""
    return read_fault(seen, copy=True)


# ----------------------------------------------------------------------------- at start-up


def _read_only_folder(tmp_path):
    db = tmp_path / "shared" / "salesperf.sqlite"
    db.parent.mkdir()
    sqlite3.connect(db).close()
    db.parent.chmod(0o555)
    return db, ExitCode.READ_ONLY, ("是只读的",)


def _mode_000(tmp_path):
    db = tmp_path / "salesperf.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + bytes(100))
    db.chmod(0o000)
    return db, ExitCode.PERMISSION_DENIED, ("没有权限读取或写入",)


def _a_folder(tmp_path):
    db = tmp_path / "数据.sqlite"
    db.mkdir()
    return db, ExitCode.IS_A_DIRECTORY, ("是一个文件夹，不是数据库文件",)


def _a_link_loop(tmp_path):
    db = tmp_path / "loop.sqlite"
    db.symlink_to(db)
    return db, ExitCode.SYMLINK_LOOP, ("符号链接循环",)


@POSIX_ONLY
@pytest.mark.parametrize("make", [_read_only_folder, _mode_000, _a_folder, _a_link_loop])
def test_a_file_that_cannot_be_opened_is_told_plainly_at_start(
    qtbot, zh_window, startup, log_file, tmp_path, make
):
    from salesperf_desktop.paths import resolve_path

    db, code, words = make(tmp_path)
    seen: list = []
    answer_in_turn(_press_copy_then_close(seen))
    try:
        with mode_bits_bind():
            try:
                path = resolve_path(db)
            except OSError as exc:  # the loop, before Python 3.13: main() reports it the same way
                from salesperf_desktop.ui.fault_dialog import report_fault

                got = report_fault(None, exc, lang="zh_CN", path=db).exit_code
            else:
                got = startup(path).start(path)
    finally:
        os.chmod(db.parent, 0o755)
        if not db.is_symlink() and db.exists():
            db.chmod(0o700 if db.is_dir() else 0o600)
    assert got == code
    text = _told(seen, log_file, *words)
    assert "另一个 SalesPerf 窗口" not in text  # a read-only folder is not "open elsewhere"


def test_a_database_open_in_another_window_is_told_in_chinese(
    qtbot, zh_window, startup, log_file, db_path
):
    seen: list = []
    answer_in_turn(_press_copy_then_close(seen))
    with DatabaseLock(db_path):
        assert startup(db_path).start(db_path) == ExitCode.LOCK_HELD
    _told(seen, log_file, "已在另一个 SalesPerf 窗口中打开", f"进程 {os.getpid()}")


# ----------------------------------------------------------------------------- while working


def _refuse_writes_as_a_full_disk(engine):
    """The driver's own SQLITE_FULL error on every write (see the module docstring)."""

    def refuse(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode, error.sqlite_errorname = 13, "SQLITE_FULL"
            raise error

    event.listen(engine, "before_cursor_execute", refuse)
    return lambda: event.remove(engine, "before_cursor_execute", refuse)


def _actual(db: Path, employee_no: str, month: int) -> float | None:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = con.execute(
            "SELECT e.actual FROM metric_entries e JOIN staff s ON s.id = e.staff_id "
            "JOIN periods p ON p.id = e.period_id WHERE s.employee_no = ? AND p.kind = 'month' "
            "AND p.year = 2026 AND p.number = ? AND e.indicator_code = 'sales_achievement'",
            (employee_no, month),
        ).fetchone()
    finally:
        con.close()
    return row[0] if row else None


def _edit_in_the_grid(qtbot, ctx, seen):
    tab = entry_tab(qtbot, ctx, "2026-10")
    model = tab.model
    row = grid_row(model, "E005")
    col = model.column_of("sales_achievement", "actual")
    before = model.index(row, col).data()
    answer_in_turn(_press_copy_then_close(seen))
    assert model.setData(model.index(row, col), "999999")
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    return tab, model.index(row, col), before


def test_a_full_disk_while_saving_in_the_grid_keeps_every_saved_entry(
    qtbot, zh_window, log_file, demo_ctx
):
    saved = _actual(demo_ctx.db_path, "E005", 10)
    entries = count_rows(demo_ctx.db_path, "metric_entries")
    stop = _refuse_writes_as_a_full_disk(demo_ctx.engine)
    seen: list = []
    try:
        tab, cell, before = _edit_in_the_grid(qtbot, demo_ctx, seen)
    finally:
        stop()
    _told(seen, log_file, "磁盘已满", "之前已保存的数据都还在", in_log="database or disk is full")
    assert cell.data() == before  # the old value is back on screen
    assert "磁盘已满" in tab.message.text()
    assert _actual(demo_ctx.db_path, "E005", 10) == saved
    assert count_rows(demo_ctx.db_path, "metric_entries") == entries


def test_a_database_locked_by_another_program_while_saving_waits_then_says_so(
    qtbot, zh_window, log_file, demo_ctx
):
    saved = _actual(demo_ctx.db_path, "E005", 10)
    seen: list = []
    with another_program_holds(demo_ctx.db_path):
        _tab, cell, before = _edit_in_the_grid(qtbot, demo_ctx, seen)
    _told(seen, log_file, "正被另一个程序锁定", "请关闭那个程序", in_log="database is locked")
    assert cell.data() == before
    assert _actual(demo_ctx.db_path, "E005", 10) == saved


def test_a_full_disk_during_an_import_is_told_once_by_the_task_runner(
    qtbot, zh_window, log_file, demo_ctx, tmp_path
):
    from openpyxl import Workbook

    from salesperf_desktop.services.metrics_import import ColumnMapping, apply_import, plan_import
    from salesperf_desktop.services.progress import run_to_end

    wb = Workbook()
    wb.active.append(["工号", "姓名", "月份", "指标", "目标值", "实际值", "对比基数"])
    wb.active.append(["E005", "", "2026-10", "sales_achievement", 500000, 123456, None])
    wb.save(tmp_path / "erp.xlsx")
    mapping = ColumnMapping(employee_id="A", indicator="D", month="C", target="E", actual="F")
    plan = run_to_end(plan_import(demo_ctx, tmp_path / "erp.xlsx", mapping))
    assert plan.changes and not plan.problems
    saved = _actual(demo_ctx.db_path, "E005", 10)
    ui = ui_for(demo_ctx)
    outcomes, seen = [], []
    stop = _refuse_writes_as_a_full_disk(demo_ctx.engine)
    try:
        answer_in_turn(_press_copy_then_close(seen))
        ui.tasks.run(
            "导入", lambda cancel: apply_import(demo_ctx, plan, cancel=cancel), outcomes.append
        )
        qtbot.waitUntil(lambda: bool(outcomes), timeout=30000)
    finally:
        stop()
    _told(seen, log_file, "磁盘已满", in_log="database or disk is full")
    outcome = outcomes[0]
    assert outcome.reported and "磁盘已满" in outcome.message  # the caller shows no second box
    assert _actual(demo_ctx.db_path, "E005", 10) == saved
    assert count_rows(demo_ctx.db_path, "import_batches") == 0


@POSIX_ONLY
def test_a_full_disk_during_a_backup_from_the_file_menu(
    qtbot, zh_window, log_file, db_path, qsettings
):
    """A real size limit (RLIMIT_FSIZE) on this process while the copy is written: the kernel
    refuses the write past 64 KB as a full disk would. The log file is far smaller."""
    import resource

    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.ui.main_window import MainWindow

    ctx = build_context(db_path, lang="zh_CN")
    window = MainWindow(ctx, settings=qsettings)
    qtbot.addWidget(window)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    seen: list = []
    step_kind, act = _press_copy_then_close(seen)

    def lift_limit_then(dialog):
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        act(dialog)

    answer_in_turn((step_kind, lift_limit_then))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))
    try:
        window.backup_now()  # written in the background, told when it fails
        qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    _told(seen, log_file, "磁盘已满")
    assert not [p for p in ctx.backup_dir.glob("*.sqlite") if p.is_file()]
    ctx.close()


# ----------------------------------------------------------------------------- nobody caught it


def test_an_error_nobody_caught_is_a_dialog_not_a_traceback(
    qtbot, zh_window, log_file, monkeypatch
):
    from salesperf_desktop.ui.fault_hooks import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook()
    seen: list = []
    answer_in_turn(_press_copy_then_close(seen))
    try:
        raise ZeroDivisionError("a bug in a slot")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    _told(seen, log_file, "出现意外错误", "日志文件", in_log="ZeroDivisionError: a bug in a slot")
