"""The whole-file check of the open database and the start-up backup, in the background.

At start-up only constant-time checks run (``storage.database.check_sqlite_structure``), so the
first paint and the tabs do not wait for a read of the whole file, however much history it
holds. Right after, this job reads the whole file (``PRAGMA quick_check``, through the program's
own engine: it sees the -wal as the window does) and, when the file is sound, writes the
rotating start-up backup. A damaged file is not backed up: a damaged copy must not push the
good ones out of the rotation. The window then refuses every write (``AppContext.refuse_writes``)
and says so (``damaged_error``).
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from salesperf_desktop.services.backup import make_backup
from salesperf_desktop.services.progress import Progress
from salesperf_desktop.storage.database import DatabaseError


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    detail: str = ""  # what quick_check said, when not ok
    backup: Path | None = None
    backup_error: Exception | None = None  # a full disk must not keep the officer out


def quick_check(ctx) -> str:
    """ "ok", or what SQLite found wrong with the whole file (read-only, in a read of its own)."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    try:
        with ctx.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    except DBAPIError as exc:
        if isinstance(exc.orig, sqlite3.DatabaseError):
            return str(exc.orig)
        raise
    lines = [str(r[0]) for r in rows]
    return "ok" if lines == ["ok"] else "; ".join(lines[:3])


def check_and_back_up(ctx, keep: int = 10) -> Generator[Progress, None, IntegrityReport]:
    """The whole-file check, then (a sound file only) the rotating start-up backup."""
    yield Progress(0, 2, step="progress.checking_file")
    detail = quick_check(ctx)
    if detail != "ok":
        return IntegrityReport(False, detail)
    yield Progress(1, 2, step="progress.startup_backup")
    try:
        backup = make_backup(ctx.db_path, ctx.backup_dir, "startup", keep)
    except Exception as exc:  # a full disk, a read-only backups folder …
        return IntegrityReport(True, backup_error=exc)
    return IntegrityReport(True, backup=backup)


def damaged_error(ctx, detail: str) -> DatabaseError:
    """What the officer is told, and what every write is refused with, once damage is found."""
    return DatabaseError("database.damaged_in_use", path=str(ctx.db_path), detail=detail)
