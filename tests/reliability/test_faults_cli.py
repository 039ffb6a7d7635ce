"""Issue 15, point 6, the command line: every fault, made for real, gets its own plain message
(in the user's language) and exit code; no traceback on the terminal; the details in the log
file of the data folder; nothing committed is lost.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from salesperf_desktop.instance_lock import DatabaseLock
from salesperf_desktop.services.faults import ExitCode
from tests.reliability.faultkit import (
    POSIX_ONLY,
    another_program_holds,
    assert_no_traceback,
    count_rows,
    log_file,
    run_cli,
)

BOTH = pytest.mark.parametrize("lang", ["zh_CN", "en"])


@pytest.fixture
def demo(demo_file, tmp_path) -> Path:
    """A fresh copy of the demo company (130 entries a month, committed)."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "salesperf.sqlite"
    shutil.copy(demo_file, path)
    return path


def _said(done, lang: str, zh: str, en: str) -> None:
    """The message in the language asked for, and not in the other one."""
    assert_no_traceback(done.stderr)
    said, other = (zh, en) if lang == "zh_CN" else (en, zh)
    assert said in done.stderr and other not in done.stderr, done.stderr


def _logged(tmp_path: Path, *needles: str) -> str:
    text = log_file(tmp_path).read_text(encoding="utf-8")
    for needle in needles:
        assert needle in text, text[-3000:]
    return text


def _entries(db: Path) -> int:
    return count_rows(db, "metric_entries")


# ----------------------------------------------------------------------------- the file's place


@POSIX_ONLY
@BOTH
def test_a_read_only_folder_is_told_as_read_only_not_as_open_elsewhere(demo, tmp_path, lang):
    before = demo.read_bytes()
    demo.parent.chmod(0o555)
    try:
        done = run_cli(tmp_path, "--db", str(demo), "info", lang=lang, mode_bits=True)
    finally:
        demo.parent.chmod(0o755)
    assert done.returncode == ExitCode.READ_ONLY
    _said(done, lang, "是只读的", "is read-only")
    assert "another SalesPerf window" not in done.stderr and "另一个" not in done.stderr
    assert demo.read_bytes() == before
    assert sorted(p.name for p in demo.parent.iterdir()) == ["salesperf.sqlite"]
    _logged(tmp_path, "database.read_only_folder")


@POSIX_ONLY
@BOTH
def test_a_file_of_mode_000_is_permission_denied(demo, tmp_path, lang):
    demo.chmod(0o000)
    try:
        done = run_cli(tmp_path, "--db", str(demo), "info", lang=lang, mode_bits=True)
    finally:
        demo.chmod(0o600)
    assert done.returncode == ExitCode.PERMISSION_DENIED
    _said(done, lang, "没有权限读取或写入", "no permission to read or write")
    _logged(tmp_path, "PermissionError", "Traceback")
    assert _entries(demo) > 0  # untouched and still readable once the mode is back


@BOTH
def test_a_folder_given_as_the_database_is_named_as_a_folder(tmp_path, lang):
    folder = tmp_path / "公司数据.sqlite"
    folder.mkdir()
    done = run_cli(tmp_path, "--db", str(folder), "info", lang=lang)
    assert done.returncode == ExitCode.IS_A_DIRECTORY
    _said(done, lang, "是一个文件夹，不是数据库文件", "is a folder, not a database file")
    assert str(folder) in done.stderr
    _logged(tmp_path, "IsADirectoryError")
    assert list(folder.iterdir()) == []


@POSIX_ONLY
@BOTH
def test_a_symbolic_link_loop_is_named_as_such(tmp_path, lang):
    loop = tmp_path / "loop.sqlite"
    loop.symlink_to(loop)
    done = run_cli(tmp_path, "--db", str(loop), "info", lang=lang)
    assert done.returncode == ExitCode.SYMLINK_LOOP
    _said(done, lang, "符号链接循环", "symbolic link loop")
    _logged(tmp_path, "Traceback")
    assert loop.is_symlink()


# ----------------------------------------------------------------------------- other holders


@BOTH
def test_a_database_open_in_a_salesperf_window_is_exit_3_in_the_users_language(
    demo, tmp_path, lang
):
    with DatabaseLock(demo):  # this test process stands for the window
        done = run_cli(tmp_path, "--db", str(demo), "backup", lang=lang)
    assert done.returncode == ExitCode.LOCK_HELD
    _said(done, lang, "已在另一个 SalesPerf 窗口中打开", "already open in another SalesPerf window")
    assert str(os.getpid()) in done.stderr
    _logged(tmp_path, "lock.in_use")


@BOTH
def test_a_database_locked_by_another_program_waits_then_says_so(demo, tmp_path, lang):
    entries = _entries(demo)
    with another_program_holds(demo):
        # Reading goes on (WAL); the write waits for the busy timeout, then gives up.
        assert run_cli(tmp_path, "--db", str(demo), "period", "status", "2026-10").returncode == 0
        done = run_cli(tmp_path, "--db", str(demo), "period", "entered", "2026-10", lang=lang)
    assert done.returncode == ExitCode.DATABASE_BUSY
    _said(done, lang, "正被另一个程序锁定", "locked by another program")
    _logged(tmp_path, "database is locked", "Traceback")
    assert _entries(demo) == entries
    con = sqlite3.connect(demo)
    try:
        status = con.execute(
            "SELECT status FROM periods WHERE kind='month' AND year=2026 AND number=10"
        ).fetchone()
    finally:
        con.close()
    assert status == ("open",)  # nothing was half-changed
    # Once the other program lets go, the same command works.
    assert run_cli(tmp_path, "--db", str(demo), "period", "entered", "2026-10").returncode == 0


# ----------------------------------------------------------------------------- a full disk


@POSIX_ONLY
@BOTH
def test_a_full_disk_during_a_backup_is_exit_7_and_the_database_is_whole(demo, tmp_path, lang):
    entries, size = _entries(demo), demo.stat().st_size
    # Writes past 256 KB fail in the kernel (EFBIG), as on a full disk: the 2 MB copy fails.
    done = run_cli(tmp_path, "--db", str(demo), "backup", lang=lang, max_file_size=256 * 1024)
    assert done.returncode == ExitCode.DISK_FULL
    # the backup's own message (storage.backup_files), naming the backups folder
    _said(done, lang, "磁盘已满，无法在", "The disk is full: no backup could be written")
    _logged(tmp_path, "backup.")
    assert _entries(demo) == entries and demo.stat().st_size == size
    finished = [p for p in (demo.parent / "backups").glob("*.sqlite") if p.is_file()]
    assert finished == []  # no half backup posing as a real one


def _erp_book(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["工号", "姓名", "月份", "指标", "目标值", "实际值", "对比基数"])
    for n in range(1, 13):
        ws.append([f"E{n:03d}", "", "2026-11", "sales_achievement", 500000, 400000 + n, None])
    wb.save(path)
    return path


@POSIX_ONLY
@BOTH
def test_a_full_disk_during_an_import_imports_nothing(demo, tmp_path, lang):
    book = _erp_book(tmp_path / "erp.xlsx")
    entries = _entries(demo)
    done = run_cli(
        tmp_path,
        "--db",
        str(demo),
        "import-metrics",
        str(book),
        lang=lang,
        max_file_size=256 * 1024,
    )
    assert done.returncode == ExitCode.DISK_FULL
    # The backup taken before the import is the first write to fail: told in its own words.
    _said(done, lang, "什么都没有改动", "nothing was changed")
    _logged(tmp_path, "Traceback")
    assert _entries(demo) == entries
    assert count_rows(demo, "import_batches") == 0
    # With room again, the same import goes through.
    assert run_cli(tmp_path, "--db", str(demo), "import-metrics", str(book)).returncode == 0
    assert _entries(demo) == entries + 12


# ----------------------------------------------------------------------------- the rest


def test_a_bug_is_exit_70_with_a_plain_line_and_the_traceback_in_the_log(
    db_path, monkeypatch, capsys
):
    from salesperf_desktop.cli import info, main
    from salesperf_desktop.logfile import log_path

    def broken(args):
        raise KeyError("no such thing")

    monkeypatch.setattr(info, "run", broken)
    assert main(["--db", str(db_path), "--lang", "zh_CN", "info"]) == ExitCode.UNEXPECTED
    err = capsys.readouterr().err
    assert_no_traceback(err)
    assert "出现意外错误" in err and "日志文件" in err
    assert "KeyError: 'no such thing'" in log_path().read_text(encoding="utf-8")


def test_without_lang_the_language_saved_in_the_window_is_used(tmp_path):
    config = tmp_path / "home" / "config" / "SalesPerf"
    config.mkdir(parents=True)
    (config / "salesperf-desktop.conf").write_text("[General]\nlanguage=zh_TW\n", encoding="utf-8")
    folder = tmp_path / "資料夾.sqlite"
    folder.mkdir()
    done = run_cli(tmp_path, "--db", str(folder), "info", lang="")
    assert done.returncode == ExitCode.IS_A_DIRECTORY
    assert "是一個資料夾，不是資料庫檔案" in done.stderr, done.stderr


def test_help_lists_every_exit_code(tmp_path):
    done = run_cli(tmp_path, "--help")
    assert done.returncode == 0
    lines = done.stdout.split("exit codes:")[1].splitlines()
    listed = {
        int(line.split()[0]) for line in lines if line.split()[:1] and line.split()[0].isdigit()
    }
    codes = {v for k, v in vars(ExitCode).items() if k.isupper()}
    assert codes <= listed, codes - listed
