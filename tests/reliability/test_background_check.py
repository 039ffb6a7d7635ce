"""Start-up runs constant-time checks only; the whole file is checked (and then backed up) in the
background once the window is up. Damage found there is told in the fault dialog, and nothing
more is written to the file: no start-up backup of it, no change the officer makes."""

from __future__ import annotations

import shutil
import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QLabel

from salesperf_desktop.__main__ import Startup, parse_args
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.entry import CellWrite, save_values
from salesperf_desktop.services.opening import FirstLook, first_look
from salesperf_desktop.storage.database import DatabaseError, open_database
from tests.ui_support import when_modal


def _damage_deep_inside(path) -> None:
    """Spoil the page heading the key-figures table: the header, the schema, the settings and
    the staff register still read, but the whole-file check fails."""
    con = sqlite3.connect(path)
    (root,) = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'metric_entries'"
    ).fetchone()
    (page_size,) = con.execute("PRAGMA page_size").fetchone()
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x00" * 8)


@pytest.fixture
def damaged(demo_file, tmp_path):
    path = tmp_path / "salesperf.sqlite"
    shutil.copy(demo_file, path)
    _damage_deep_inside(path)
    return path


@pytest.fixture
def startup(qapp, qsettings):
    made: list[Startup] = []

    def make(db) -> Startup:
        s = Startup(qapp, qsettings, parse_args(["--db", str(db)]), "zh_CN")
        made.append(s)
        return s

    yield make
    for s in made:
        if s.window is not None:
            s.window.close()
        s.close()


def test_the_opening_does_not_read_the_whole_file(damaged, tmp_path):
    """The first paint and the open cost the same whatever the history: damage deep inside
    is not seen by them (the background check sees it), only by the full check."""
    assert isinstance(first_look(damaged), FirstLook)
    open_database(damaged, deep_check=False).dispose()
    copy = tmp_path / "copy.sqlite"
    shutil.copy(damaged, copy)
    with pytest.raises(DatabaseError):  # what the command line and a restore still run
        open_database(copy)


def test_a_sound_file_is_checked_then_backed_up_in_the_background(
    qtbot, startup, demo_file, tmp_path
):
    db = tmp_path / "salesperf.sqlite"
    shutil.copy(demo_file, db)
    s = startup(db)
    assert s.start(db) is None
    qtbot.waitUntil(lambda: s.ctx is not None, timeout=20000)
    qtbot.waitUntil(lambda: bool(list(s.ctx.backup_dir.glob("*.startup.*.sqlite"))), timeout=20000)
    assert s.ctx.write_refusal is None
    s.ctx.settings.set("company_name", "E公司（新）")  # writes go on as usual
    assert s.ctx.settings.get("company_name") == "E公司（新）"


def test_damage_found_in_the_background_is_told_and_nothing_more_is_written(
    qtbot, startup, damaged
):
    told: list[str] = []

    def read_and_close(dialog) -> None:
        told.append(dialog.findChild(QLabel, "faultMessage").text())
        dialog.reject()

    s = startup(damaged)
    when_modal(read_and_close)
    assert s.start(damaged) is None
    assert s.window is not None  # painted at once: the check did not hold the window back
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    message = told[0]
    assert "已损坏" in message and "不再向它写入" in message and "恢复备份" in message
    assert "database disk image is malformed" in message  # what SQLite found, for support

    ctx = s.ctx
    assert not list(ctx.backup_dir.glob("*.startup.*.sqlite"))  # no damaged copy in the rotation
    with pytest.raises(DatabaseError) as refused:
        ctx.settings.set("company_name", "写不进去")
    assert refused.value.code == "database.damaged_in_use"
    with pytest.raises(DatabaseError):
        save_values(ctx, Period.month(2026, 10), [CellWrite(1, "sales_achievement", "actual", 1.0)])
    assert ctx.settings.get("company_name") == "E公司"


def test_the_check_and_backup_never_wait_for_the_windows_workers(
    qtbot, startup, demo_file, tmp_path, monkeypatch
):
    """On a 1 GB file the check and backup take seconds: they run on a thread of their own, so
    tabs loading on the window's workers neither wait for them nor make them wait."""
    import threading

    from PySide6.QtCore import QThreadPool

    release = threading.Event()

    def hold(_cancel):
        release.wait(30)
        yield from ()

    start_check = Startup._check_in_background

    def after_the_tabs_took_every_worker(self):
        for _ in range(QThreadPool.globalInstance().maxThreadCount()):
            self.window.tasks.run("hold", hold, lambda _outcome: None, show_dialog=False)
        start_check(self)

    monkeypatch.setattr(Startup, "_check_in_background", after_the_tabs_took_every_worker)
    monkeypatch.setattr("salesperf_desktop.__main__.CHECK_AT_LATEST_MS", 0)  # (no wait for them)
    db = tmp_path / "salesperf.sqlite"
    shutil.copy(demo_file, db)
    s = startup(db)
    assert s.start(db) is None
    qtbot.waitUntil(lambda: s.ctx is not None, timeout=20000)
    try:
        backups = s.ctx.backup_dir
        qtbot.waitUntil(lambda: bool(list(backups.glob("*.startup.*.sqlite"))), timeout=10000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not s.window.tasks.busy(), timeout=20000)


def test_the_check_and_backup_start_once_the_windows_start_up_work_is_done(
    qtbot, startup, demo_file, tmp_path, monkeypatch
):
    """At 3,000 staff the check and backup are seconds of CPU: they wait until the tabs' first
    reads (and whatever else the window started) are done, so as not to share the two cores
    with what the officer is waiting for; then they run, and the backup is made."""
    import threading

    from salesperf_desktop.services import integrity

    release = threading.Event()
    started_when: list[bool] = []
    check = integrity.check_and_back_up

    def recorded(ctx, keep=10):
        started_when.append(release.is_set())
        return (yield from check(ctx, keep))

    def hold(_cancel):  # (a tab's first read, still under way)
        release.wait(30)
        yield from ()

    start_check = Startup._check_in_background

    def while_a_tab_reads(self):
        self.window.tasks.run("hold", hold, lambda _outcome: None, show_dialog=False)
        start_check(self)

    monkeypatch.setattr(integrity, "check_and_back_up", recorded)
    monkeypatch.setattr(Startup, "_check_in_background", while_a_tab_reads)
    db = tmp_path / "salesperf.sqlite"
    shutil.copy(demo_file, db)
    s = startup(db)
    assert s.start(db) is None
    qtbot.waitUntil(lambda: s.ctx is not None, timeout=20000)
    qtbot.wait(500)
    assert started_when == []  # not while the window's work runs
    release.set()
    backups = s.ctx.backup_dir
    qtbot.waitUntil(lambda: bool(list(backups.glob("*.startup.*.sqlite"))), timeout=20000)
    assert started_when == [True]
    qtbot.waitUntil(lambda: not s.window.tasks.busy(), timeout=20000)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's nice value: Linux")
def test_the_check_and_backup_yield_a_busy_core_to_the_window(qtbot):
    """On a 1 GB file the check keeps a core busy for the whole start: its thread runs below
    the window's, so the tabs' reads get the core first when both want it."""
    import os
    import threading

    from salesperf_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    niceness: dict[str, int] = {}

    def own_niceness(_cancel):
        yield from ()
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    for name, file_work in (("file", True), ("window", False)):
        runner.run(
            name,
            own_niceness,
            lambda outcome, name=name: niceness.setdefault(name, outcome.result),
            show_dialog=False,
            file_work=file_work,
        )
    qtbot.waitUntil(lambda: len(niceness) == 2, timeout=10000)
    assert niceness["file"] > niceness["window"]
    runner.wait_all()
    runner.deleteLater()
