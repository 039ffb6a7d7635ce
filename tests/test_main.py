"""The one start-up path (``__main__.Startup``): window, context and lock, step by step.

In-process, with the test's QApplication; the full program is started as a process in
tests/reliability/test_startup.py and test_first_paint.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from salesperf_desktop.__main__ import Startup, parse_args
from salesperf_desktop.instance_lock import DatabaseInUseError, DatabaseLock
from salesperf_desktop.ui.staff_tab import StaffTab


def _held(path: Path) -> bool:
    """Whether another SalesPerf would be told the database is open."""
    try:
        with DatabaseLock(path):
            return False
    except DatabaseInUseError:
        return True


@pytest.fixture
def startup(qapp, qsettings):
    made: list[Startup] = []

    def make(db: Path, *extra: str) -> Startup:
        s = Startup(qapp, qsettings, parse_args(["--db", str(db), *extra]), "en")
        made.append(s)
        return s

    yield make
    for s in made:
        if s.window is not None:
            s.window.close()
        s.close()


def test_a_ready_file_is_painted_first_then_opened_the_full_way(qtbot, startup, demo_ctx):
    db = demo_ctx.db_path
    demo_ctx.close()
    s = startup(db)
    assert s.start(db) is None
    assert s.ctx is None and s.window is not None  # painted from the first look
    assert s.window.tabs.widget(0).objectName() == "openingPage"
    assert "E公司" in s.window.windowTitle() and _held(db)
    qtbot.waitUntil(lambda: s.ctx is not None, timeout=20000)
    assert isinstance(s.window.tabs.widget(0), StaffTab)
    staff = s.window.tabs.widget(0)
    qtbot.waitUntil(lambda: staff.model.rowCount() == 13)  # read in the background
    # the whole file checked, then backed up, in the background
    qtbot.waitUntil(lambda: bool(list(s.ctx.backup_dir.glob("*.startup.*.sqlite"))))
    assert s.ctx.write_refusal is None
    s.close()
    assert not _held(db)


def test_the_full_open_runs_off_the_gui_thread_while_the_window_stays_painted(
    qtbot, startup, demo_ctx, monkeypatch
):
    """After the first paint the database is opened (SQLAlchemy, schema, seeding) on a worker
    thread: the window painted from the first look keeps answering meanwhile (issue #19)."""
    import threading

    import salesperf_desktop.app_context as app_context

    db = demo_ctx.db_path
    demo_ctx.close()
    opened_on: list[threading.Thread] = []
    real = app_context.build_context

    def spying(*args, **kwargs):
        opened_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(app_context, "build_context", spying)
    s = startup(db)
    assert s.start(db) is None
    qtbot.waitUntil(lambda: s.ctx is not None, timeout=20000)
    assert opened_on and all(t is not threading.main_thread() for t in opened_on)
    assert s.window.menuBar().actions()[0].menu().actions()[0].isEnabled()
    # every tab over the context opened in the background, whichever is opened first
    from salesperf_desktop.ui.charts_tab import ChartsTab
    from salesperf_desktop.ui.templates_tab import TemplatesTab

    tabs = s.window.tabs
    for kind in (ChartsTab, TemplatesTab, StaffTab):
        tab = s.window.tab_of(kind)
        assert tab.ctx is s.ctx
        tabs.setCurrentWidget(tab)
        qtbot.waitUntil(tab.is_loaded, timeout=20000)
    assert s.window.tab_of(StaffTab).model.rowCount() == 13


def test_a_window_closed_while_the_file_opens_in_the_background_leaves_it_closed(
    qtbot, startup, demo_ctx
):
    """The officer closes the window during the background open: the context opened there is
    closed too (checkpointed, no -wal left beside the file) and the lock released."""
    db = demo_ctx.db_path
    demo_ctx.close()
    s = startup(db)
    assert s.start(db) is None
    qtbot.waitUntil(lambda: s.window.tasks.busy(), timeout=20000)  # the open has started
    s.window.close()
    s.close()
    assert s.ctx is None and not s._unclaimed
    assert not _held(db)
    assert not Path(f"{db}-wal").exists()


def test_a_context_opened_after_the_event_loop_ended_is_closed_at_the_end(startup, demo_ctx):
    """The background open's result can arrive when no event loop delivers it any more (the
    program is ending): the context it opened is closed with the program all the same."""
    import datetime as dt

    from salesperf_desktop.__main__ import _open_in_background
    from salesperf_desktop.services.progress import run_to_end
    from salesperf_desktop.services.start_reads import StartReads

    db = demo_ctx.db_path
    demo_ctx.close()
    s = startup(db)
    plan = StartReads(dt.date.today(), "en", None)
    ctx, error = run_to_end(_open_in_background(db, plan, s._pinned, s._unclaimed))
    assert error is None and s._unclaimed == [ctx] and Path(f"{db}-wal").exists()
    s.close()
    assert not s._unclaimed and not Path(f"{db}-wal").exists()


def test_a_file_that_cannot_be_opened_in_the_background_is_told_and_closed(
    qtbot, startup, demo_ctx, monkeypatch
):
    """What stops the background open is handled as before on the GUI thread (a file refused
    with no backups: told, and the program ends), never a half-built window."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    import salesperf_desktop.app_context as app_context
    from salesperf_desktop.services.opening import DatabaseError

    db = demo_ctx.db_path
    demo_ctx.close()

    def refused(*_args, **_kwargs):
        raise DatabaseError("database.not_sqlite", path=str(db))

    monkeypatch.setattr(app_context, "build_context", refused)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: told.append(text))
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)
    s = startup(db)
    assert s.start(db) is None
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert s.ctx is None and not s.window.isVisible()
    assert not _held(db)


def test_a_new_file_is_opened_the_full_way_before_the_window(qtbot, startup, tmp_path):
    db = tmp_path / "new.sqlite"
    s = startup(db)
    assert s.start(db) is None
    assert s.ctx is not None and s.window.ctx is s.ctx
    assert s.window.tabs.count() == 5 and _held(db)


def test_an_older_file_is_backed_up_and_migrated_behind_a_progress_dialog(qtbot, startup, tmp_path):
    """A file saved by an older version: the officer sees what is happening while it is
    backed up and migrated (a minute on a large file), then the window opens on it."""
    import shutil

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from salesperf_desktop.storage.database import SCHEMA_HEAD
    from salesperf_desktop.storage.quick_read import to_be_migrated

    db = tmp_path / "older.sqlite"
    shutil.copy(Path(__file__).parent / "fixtures" / "databases" / "salesperf-0004.sqlite", db)
    assert to_be_migrated(db)
    seen = []

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                seen.append(w.labelText())

    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(5)
    s = startup(db)
    try:
        assert s.start(db) is None
    finally:
        watcher.stop()
    assert any("was saved by an older version" in text for text in seen), seen
    assert s.ctx is not None and s.window.ctx is s.ctx and _held(db)
    assert not to_be_migrated(db)  # at this program's schema now
    with s.ctx.session() as session:
        from sqlalchemy import text

        assert session.scalar(text("SELECT version_num FROM alembic_version")) == SCHEMA_HEAD
    assert list(s.ctx.backup_dir.glob("*before-migration-0004*"))  # the file as it was


def test_switching_databases_moves_the_lock_and_rebuilds_the_window(qtbot, startup, tmp_path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    s = startup(first)
    assert s.start(first) is None
    old_window, old_ctx = s.window, s.ctx
    old_ctx.settings.set("company_name", "甲公司")  # a change, in the first file's -wal
    s.switch(second)
    assert s.ctx.db_path == second.resolve() and s.window is not old_window
    assert _held(second) and not _held(first)
    # The first file was closed as a close does: everything in the file itself, no -wal left.
    assert not first.with_name(first.name + "-wal").exists()
    assert old_ctx.engine.pool.checkedout() == 0
    s.close()
    assert not _held(second)


def test_a_database_open_elsewhere_is_refused_with_code_3(qtbot, startup, tmp_path):
    from tests.ui.modal import answer_in_turn, read_fault

    seen: list = []
    db = tmp_path / "busy.sqlite"
    with DatabaseLock(db):
        answer_in_turn(read_fault(seen))
        assert startup(db).start(db) == 3
    assert seen and "already open in another SalesPerf window" in seen[0].message.text()


def test_a_language_switch_builds_a_new_window_over_the_same_database(qtbot, startup, tmp_path):
    db = tmp_path / "lang.sqlite"
    s = startup(db)
    assert s.start(db) is None
    ctx, old_window = s.ctx, s.window
    s.switch_language("zh_TW")
    assert s.ctx is ctx and ctx.lang == "zh_TW" and s.window is not old_window
    assert s.window.tabs.count() == 5
    s.switch_language("en")


def test_the_day_given_with_today_is_the_window_s_day_both_ways_a_file_opens(
    qtbot, startup, demo_ctx, tmp_path
):
    """``--today`` (benchmarks: files made for a fixed day) pins what 本月待办 and Monthly
    entry take as today, for a file opened in the background and one opened before the window;
    without it the system's day."""
    import datetime as dt

    db = demo_ctx.db_path
    demo_ctx.close()
    s = startup(db, "--today", "2026-11-20")
    assert s.start(db) is None
    qtbot.waitUntil(lambda: s.ctx is not None, timeout=20000)
    assert s.ctx.today() == dt.date(2026, 11, 20)
    assert s.window.ui.today() == dt.date(2026, 11, 20)
    s.window.close()
    s.close()

    new = tmp_path / "new.sqlite"
    s = startup(new, "--today", "2025-03-31")
    assert s.start(new) is None
    assert s.ctx.today() == dt.date(2025, 3, 31)
    plain = startup(tmp_path / "plain.sqlite")
    assert plain.start(tmp_path / "plain.sqlite") is None
    assert plain.ctx.today() == dt.date.today()
