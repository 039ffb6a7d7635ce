"""Backups of the database file with SQLite's online backup API: rotated, checked, restored.

Automatic backups (start-up, before a migration, before an import) are rotated per kind;
manual ones are never deleted. Restoring checks the backup first (integrity, schema revision
known to this program and not newer) and renames the current file aside instead of
overwriting it, so a restore can always be undone by hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.storage.database import (
    _ro_uri,
    backup_file,
    check_sqlite_file,
    move_aside,
    secure_file,
)

# {stem}.{reason}.{YYYYmmdd-HHMMSS-ffffff}.sqlite, as storage.database.backup_file names them.
_NAME = re.compile(r"^(?P<stem>.+?)\.(?P<reason>[^.]+)\.(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite$")


class BackupInvalid(CodedError):
    """The chosen backup cannot be restored (codes "backup.*", or the file check's "database.*")."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int
    reason: str  # manual | startup | before-import | before-migration-<rev> | ...

    @property
    def name(self) -> str:
        return self.path.name


def make_backup(
    db_path: Path, backup_dir: Path, reason: str = "manual", keep: int = 10
) -> Path | None:
    """A consistent copy of *db_path* in *backup_dir* (None for a missing or empty file)."""
    target = backup_file(Path(db_path), reason, Path(backup_dir))
    rotate(Path(backup_dir), Path(db_path).stem, reason, keep)
    return target


def rotate(backup_dir: Path, stem: str, reason: str, keep: int) -> None:
    """Keep the newest *keep* automatic backups of one kind; manual ones are never deleted."""
    if reason == "manual" or keep <= 0:
        return
    files = sorted(backup_dir.glob(f"{stem}.{reason}.*.sqlite"))
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def backup_info(path: Path) -> BackupInfo:
    path = Path(path)
    stat = path.stat()
    match = _NAME.match(path.name)
    created = dt.datetime.fromtimestamp(stat.st_mtime)
    reason = "other"
    if match:
        reason = match["reason"]
        with contextlib.suppress(ValueError):
            created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    return BackupInfo(path=path, created=created, size=stat.st_size, reason=reason)


def list_backups(backup_dir: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in *backup_dir* (of one database when *stem* is given), newest first."""
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        return []
    pattern = f"{stem}.*.sqlite" if stem else "*.sqlite"
    infos = [backup_info(p) for p in backup_dir.glob(pattern) if p.is_file()]
    return sorted(infos, key=lambda b: b.created, reverse=True)


def verify_backup(path: Path) -> str:
    """Check a backup before it replaces anything; returns its schema revision.

    Raises BackupInvalid when the file is not an SQLite database, fails
    ``PRAGMA integrity_check``, has no SalesPerf schema version, or was written by a newer
    program.
    """
    from salesperf_desktop.storage.database import DatabaseError, _alembic_config, _revision_known

    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise BackupInvalid("backup.missing", name=path.name)
    try:
        check_sqlite_file(path, full=True, immutable=True)
    except DatabaseError as exc:
        raise BackupInvalid(exc.code, **exc.params) from exc
    try:
        con = sqlite3.connect(_ro_uri(path, immutable=True), uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BackupInvalid("backup.not_salesperf", name=path.name, detail=str(exc)) from exc
    if not row or not row[0]:
        raise BackupInvalid("backup.no_version", name=path.name)
    from alembic.script import ScriptDirectory

    if not _revision_known(ScriptDirectory.from_config(_alembic_config()), row[0]):
        raise BackupInvalid("backup.too_new", name=path.name, revision=row[0])
    return row[0]


def restore_backup(db_path: Path, backup: Path) -> Path | None:
    """Replace *db_path* by a checked copy of *backup*; returns where the old file was put.

    The caller must have closed every connection to *db_path* (and keeps holding its
    instance lock). The current file, damaged or not, is renamed aside — never overwritten
    or deleted. The copy is written under a temporary name and then renamed into place, so
    a crash leaves either the old state or the restored one.
    """
    db_path, backup = Path(db_path), Path(backup)
    verify_backup(backup)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    partial = db_path.with_name(db_path.name + ".restoring")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(_ro_uri(backup, immutable=True), uri=True)
    try:
        dst = sqlite3.connect(str(partial))
        try:
            secure_file(partial)
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained file, no -wal beside
        finally:
            dst.close()
    finally:
        src.close()
    aside = move_aside(db_path, "before-restore") if db_path.exists() else None
    for extra in ("-wal", "-shm"):  # a -wal left without its database would be misapplied
        stray = Path(f"{db_path}{extra}")
        if stray.exists():
            os.replace(stray, stray.with_name(f"{stray.name}.orphan-{os.getpid()}"))
    os.replace(partial, db_path)
    secure_file(db_path)
    return aside


def missing_with_backups(db_path: Path, backup_dir: Path) -> list[BackupInfo]:
    """The backups of *db_path* to offer when it does not exist (empty: nothing to offer).

    Only its own backups: a new database beside other databases' backups is simply new."""
    if Path(db_path).exists():
        return []
    return list_backups(backup_dir, Path(db_path).stem)
