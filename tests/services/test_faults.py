"""The fault classifier: one class per fault whatever layer raised it, and never a crash."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from salesperf_desktop.instance_lock import DatabaseInUseError
from salesperf_desktop.services.faults import ExitCode, classify
from salesperf_desktop.storage.database import SchemaTooNewError


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("error", "kind", "exit_code"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/d/x"), "disk_full", ExitCode.DISK_FULL),
        (OSError(errno.EFBIG, "File too large", "/d/x"), "disk_full", ExitCode.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system", "/d/x"), "read_only", ExitCode.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied", "/d/x"), "permission_denied", 6),
        (IsADirectoryError(errno.EISDIR, "Is a directory", "/d"), "is_a_directory", 9),
        (OSError(errno.ELOOP, "Too many levels", "/d/l"), "symlink_loop", 10),
        (RuntimeError("Symlink loop from '/d/l'"), "symlink_loop", 10),
        (_sqlite_error("database or disk is full", 13), "disk_full", 7),
        (_sqlite_error("disk I/O error", 778), "disk_full", 7),  # IOERR_WRITE: EFBIG, EDQUOT
        (_sqlite_error("database is locked", 5), "database_busy", 8),
        (sqlite3.OperationalError("database is locked"), "database_busy", 8),  # Python 3.10
        (_sqlite_error("attempt to write a readonly database", 8), "read_only", 5),
        (OSError(errno.EIO, "Input/output error", "/d/x"), "file_system", 11),
        (KeyError("x"), "unexpected", ExitCode.UNEXPECTED),
    ],
)
def test_each_error_falls_in_its_class(error, kind, exit_code):
    fault = classify(error, "/d/db.sqlite")
    assert (fault.kind, fault.exit_code) == (kind, exit_code)
    for lang in ("zh_CN", "zh_TW", "en"):
        text_ = fault.message(lang)
        assert text_ and "{" not in text_


def test_sqlalchemys_wrapper_is_seen_through():
    engine = create_engine("sqlite://")
    with engine.connect() as conn, pytest.raises(OperationalError) as info:
        conn.execute(text("SELECT * FROM nowhere"))
    assert classify(info.value).kind == "unexpected"  # no such table: a bug, not the machine
    wrapped = OperationalError("UPDATE x", {}, _sqlite_error("database or disk is full", 13))
    assert classify(wrapped).kind == "disk_full"


def test_a_fault_raised_while_handling_another_is_found_in_the_chain():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device", "/d/x")
        except OSError as exc:
            raise ValueError("while writing") from exc
    except ValueError as outer:
        assert classify(outer).kind == "disk_full"


def test_our_refusals_keep_their_own_message_and_code(tmp_path):
    held = classify(DatabaseInUseError(tmp_path / "a.sqlite", 42, "pc", "salesperf"))
    assert held.exit_code == ExitCode.LOCK_HELD and "42" in held.message("zh_CN")
    assert "另一个 SalesPerf 窗口" in held.message("zh_CN")
    newer = classify(SchemaTooNewError("database.too_new", path="p", current="9", head="1"))
    assert newer.exit_code == ExitCode.REFUSED and "更新版本" in newer.message("zh_CN")


def test_without_a_path_the_message_says_the_database():
    assert "数据库" in classify(_sqlite_error("database or disk is full", 13)).message("zh_CN")
