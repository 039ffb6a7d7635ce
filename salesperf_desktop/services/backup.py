"""Backups of the database file: written, rotated, listed per database identity, restored.

Automatic backups (start-up, before a migration, before an import) are rotated per database and
kind by sequence number; manual ones are never deleted. A backup belongs to the database whose
UUID it carries (storage.backup_files), never to a file-name pattern: two databases in one
folder, or ``hr[1].sqlite`` beside ``hr1.sqlite``, each see only their own backups.

Restoring checks the backup (integrity, schema known to this program, same identity), copies it
beside the database, checks the copy, keeps the current file aside (a hard link, or a copy where
links are not possible) and then puts the copy in place with one ``os.replace``. A kill at any
step leaves a complete database in place — the old one until the final rename, the restored one
after it — and the previous file stays in ``<stem>.before-restore-<time><suffix>``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import threading
from collections.abc import Generator
from pathlib import Path

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.paths import backup_dir_for
from salesperf_desktop.services.progress import Cancelled, Progress
from salesperf_desktop.storage import cipher
from salesperf_desktop.storage.backup_files import (
    BackupFailed,
    BackupInfo,
    clean_leftovers,
    copy_database,
    delete_backup,
    every_backup_in,
    fsync_dir,
    fsync_file,
    give_identity,
    read_backup,
    remember_identity,
    remembered_identity,
)
from salesperf_desktop.storage.database import (
    backup_file,
    check_sqlite_file,
    secure_file,
)
from salesperf_desktop.storage.identity import read_database_id

__all__ = [
    "BackupFailed",
    "BackupInfo",
    "BackupInvalid",
    "backups_of",
    "clean_leftovers",
    "database_identity",
    "every_backup_in",
    "make_backup",
    "missing_with_backups",
    "restore_backup",
    "rotate",
    "verify_backup",
]


class BackupInvalid(CodedError):
    """The chosen backup cannot be restored (codes "backup.*", or the file check's "database.*")."""


def make_backup(
    db_path: Path, backup_dir: Path, reason: str = "manual", keep: int = 10
) -> Path | None:
    """A consistent copy of *db_path* in *backup_dir* (None for a missing or empty file).

    Leftovers of this database's killed backups and restores are removed first. Raises
    BackupFailed (e.g. "backup.disk_full") when the copy cannot be written.
    """
    db_path, backup_dir = Path(db_path), Path(backup_dir)
    clean_leftovers(db_path, backup_dir)
    target = backup_file(db_path, reason, backup_dir)
    if target is not None:
        rotate(backup_dir, target, keep)
    return target


def before_import(
    ctx, *, total: int = 2, backup: bool = True, cancel: threading.Event | None = None
) -> Generator[Progress, None, Path | None]:
    """The copy every import writes before it changes anything (staff register, targets and
    actuals, key events, rater sheets): one step of *total* in the progress, then a cancel
    check before the import's transaction opens. Returns the backup file (None without one).
    """
    yield Progress(0, total, step="progress.backup")
    target = make_backup(ctx.db_path, ctx.backup_dir, "before-import") if backup else None
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    return target


def begin_import(
    ctx,
    problems: list,
    changes: int,
    refused: type[Exception],
    *,
    total: int = 2,
    backup: bool = True,
    cancel: threading.Event | None = None,
) -> Generator[Progress, None, bool]:
    """The start every import's apply shares: a plan with problems is refused (*refused*);
    one that changes nothing is done at once, without a backup (False); otherwise the
    before-import backup (True: go on and write)."""
    if problems:
        raise refused(f"{len(problems)} problem(s); nothing was imported")
    if not changes:
        yield Progress(1, 1, step="progress.done")
        return False
    yield from before_import(ctx, total=total, backup=backup, cancel=cancel)
    return True


def import_batch(session, kind: str, file_name: str, sha256: str, rows: int):
    """The record of one import, added in the import's own transaction and flushed (the
    rows it writes name its id)."""
    from salesperf_desktop.storage.models import ImportBatchRow

    batch = ImportBatchRow(kind=kind, file_name=file_name[:260], file_sha256=sha256, rows=rows)
    session.add(batch)
    session.flush()
    return batch


def rotate(backup_dir: Path, written: Path, keep: int) -> list[Path]:
    """Keep the newest *keep* automatic backups of *written*'s database and kind.

    Newest by sequence number, not by clock or name, and *written* itself is never deleted.
    Manual backups, and backups without an identity or a number (older versions), are never
    deleted. Returns the deleted files.
    """
    info = read_backup(written)
    if info.reason == "manual" or keep <= 0 or info.database_id is None or info.seq == 0:
        return []
    same = [
        b
        for b in every_backup_in(backup_dir)
        if b.database_id == info.database_id
        and b.reason == info.reason
        and b.database == info.database
        and b.seq > 0
    ]
    same.sort(key=lambda b: (b.seq, b.created), reverse=True)
    deleted = []
    for old in same[keep:]:
        if old.path != Path(written):
            delete_backup(old)
            deleted.append(old.path)
    return deleted


def database_identity(db_path: Path, backup_dir: Path | None = None) -> str | None:
    """The UUID of the database at *db_path*: read from the file, or (missing, damaged) the one
    its backups folder remembers for that file name. None when neither is known."""
    db_path = Path(db_path)
    backup_dir = Path(backup_dir) if backup_dir else backup_dir_for(db_path)
    return read_database_id(db_path) or remembered_identity(db_path, backup_dir)


def backups_of(db_path: Path, backup_dir: Path | None = None) -> list[BackupInfo]:
    """The backups of the database at *db_path*, newest first (by sequence number).

    A backup with an identity belongs to the database with the same identity. One without
    (made by a version before identities) belongs to the database whose file stem is exactly the
    stem in its name; these come after the numbered ones, newest first by their time.
    """
    db_path = Path(db_path)
    backup_dir = Path(backup_dir) if backup_dir else backup_dir_for(db_path)
    identity = database_identity(db_path, backup_dir)
    mine = [
        b
        for b in every_backup_in(backup_dir)
        if (b.database_id is not None and b.database_id == identity)
        or (b.database_id is None and b.stem == db_path.stem)
    ]
    return sorted(mine, key=lambda b: (b.seq, b.created), reverse=True)


def missing_with_backups(db_path: Path, backup_dir: Path) -> list[BackupInfo]:
    """The backups of *db_path* to offer when it does not exist (empty: nothing to offer).

    The file is gone, so its identity comes from the backups folder's record for its name
    (written with every backup); a new database beside other databases' backups is simply new.
    """
    if Path(db_path).exists():
        return []
    return backups_of(db_path, backup_dir)


def verify_backup(path: Path, expected_id: str | None = None) -> str:
    """Check a backup before it replaces anything; returns its schema revision.

    Raises BackupInvalid when the file is not an SQLite database, fails
    ``PRAGMA integrity_check``, has no SalesPerf schema version, was written by a newer
    program, or is a backup of another database than *expected_id* (when that is given and the
    backup carries an identity).
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
        con = cipher.connect(path, mode="immutable")
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except cipher.database_errors() as exc:
        raise BackupInvalid("backup.not_salesperf", name=path.name, detail=str(exc)) from exc
    if not row or not row[0]:
        raise BackupInvalid("backup.no_version", name=path.name)
    from alembic.script import ScriptDirectory

    if not _revision_known(ScriptDirectory.from_config(_alembic_config()), row[0]):
        raise BackupInvalid("backup.too_new", name=path.name, revision=row[0])
    found = read_database_id(path)
    if expected_id and found and found != expected_id:
        raise BackupInvalid("backup.other_database", name=path.name)
    return row[0]


def restore_backup(db_path: Path, backup: Path, backup_dir: Path | None = None) -> Path | None:
    """Replace *db_path* by a checked copy of *backup*; returns where the old file was kept.

    The caller must have closed every connection to *db_path* (and keeps holding its instance
    lock). Steps: check the backup; copy it to ``<database>.restoring`` and check the copy; keep
    the current file aside (hard link or copy, so it stays in place meanwhile); move its -wal and
    -shm beside the kept file; ``os.replace`` the copy into place. A failure at any step undoes
    the earlier ones; a kill leaves the old database (or, after the final rename, the restored
    one) in place. Before the -wal moves, the kept file is complete: a kill between moving the
    -wal and the final rename leaves the old file as last checkpointed in place, and all of it,
    -wal included, in the kept file.
    """
    db_path, backup = Path(db_path), Path(backup)
    backup_dir = Path(backup_dir) if backup_dir else backup_dir_for(db_path)
    expected = database_identity(db_path, backup_dir)
    verify_backup(backup, expected)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(db_path, backup_dir)
    partial = db_path.with_name(db_path.name + ".restoring")
    aside: Path | None = None
    moved: list[tuple[Path, Path]] = []
    switched = False
    try:
        copy_database(backup, partial, immutable=True)
        if expected and read_database_id(partial) is None:
            # A backup from before identities: upgraded in the copy and given this database's
            # identity, so that it keeps its backups after the restore.
            give_identity(partial, expected)
        _check_copy(partial, backup)
        if db_path.exists():
            aside = _aside_name(db_path)
            _keep_aside(db_path, aside)
        for extra in ("-wal", "-shm"):  # a -wal left beside the new file would be misapplied
            side = Path(f"{db_path}{extra}")
            if side.exists():
                dest = Path(f"{aside}{extra}") if aside else _orphan_name(side)
                os.replace(side, dest)
                moved.append((dest, side))
        os.replace(partial, db_path)
        switched = True
        fsync_dir(db_path.parent)
    except BaseException:
        if not switched:
            _undo(moved, aside, partial)
        raise
    secure_file(db_path)
    with contextlib.suppress(OSError):
        remember_identity(db_path, backup_dir, read_database_id(db_path) or expected)
    return aside


def _undo(moved: list[tuple[Path, Path]], aside: Path | None, partial: Path) -> None:
    """Back to the state before the restore: side files back, the second name and copy gone."""
    back = True
    for dest, side in reversed(moved):
        try:
            os.replace(dest, side)
        except OSError:
            back = False
    if aside is not None and back:
        with contextlib.suppress(OSError):
            aside.unlink(missing_ok=True)  # a second name of the file that is still in place
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _check_copy(partial: Path, backup: Path) -> None:
    """The copy about to go into place is whole and is the backup's database."""
    from salesperf_desktop.storage.database import DatabaseError

    try:
        check_sqlite_file(partial, full=True, immutable=True)
    except DatabaseError as exc:
        raise BackupInvalid(exc.code, **exc.params) from exc
    source = read_database_id(backup)
    if source and read_database_id(partial) != source:
        raise BackupInvalid("backup.other_database", name=backup.name)


def _aside_name(db_path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")


def _orphan_name(side: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return side.with_name(f"{side.name}.orphan-{stamp}")


def _keep_aside(db_path: Path, aside: Path) -> None:
    """A second name for the current file (it stays in place until the final rename)."""
    try:
        os.link(db_path, aside)
    except OSError:  # file systems without hard links (FAT, some shares): a real copy
        try:
            shutil.copyfile(db_path, aside)
            fsync_file(aside)
        except BaseException:
            aside.unlink(missing_ok=True)
            raise
    fsync_dir(db_path.parent)


# --------------------------------------------------------------------- backups follow the password


def _has_key(path: Path, key: cipher.FileKey | None) -> bool:
    """The copy at *path* is in the state *key* describes: plain (None) or that key's salt."""
    if key is None:
        return cipher.is_plain_sqlite(path)
    return cipher.salt_of(path) == key.salt


def _copies_of(db_path: Path, backup_dir: Path) -> list[Path]:
    """Every copy of the database's data that a password change must reach: its backups and
    the files kept aside by restores (``<stem>.before-restore-<time><suffix>``)."""
    copies = [b.path for b in backups_of(db_path, backup_dir)]
    kept = db_path.parent.glob(f"{glob_escape(db_path.stem)}.before-restore-*{db_path.suffix}")
    return copies + sorted(p for p in kept if p.is_file())


def glob_escape(text: str) -> str:
    import glob

    return glob.escape(text)


def follow_password(
    db_path: Path,
    backup_dir: Path,
    old_key: cipher.FileKey | None,
    new_key: cipher.FileKey | None,
) -> tuple[int, int, int]:
    """Bring the database's backups to its new password: (converted, left, snapshots removed).

    Each copy in the old state (plain, or the old key) is converted the same verified, atomic
    way as the database (storage.conversion) and its sidecar updated; a copy under a password
    this run does not know is left as it is (restoring it asks for that password). The
    unclean-stop snapshots in another state (the file with its -wal, byte for byte) are
    removed, overwritten first: a plain one would leave the data readable. Also run at every
    open of an encrypted database with ``old_key=None``, to finish what a killed conversion left.
    """
    from salesperf_desktop.storage.conversion import convert_copy, wipe_and_remove
    from salesperf_desktop.storage.wal_guard import SNAPSHOT_REASON

    db_path, backup_dir = Path(db_path), Path(backup_dir)
    if backup_dir.is_dir():
        for leftover in backup_dir.glob("*.converting"):
            wipe_and_remove(leftover)
    converted = left = 0
    for copy in _copies_of(db_path, backup_dir):
        if _has_key(copy, new_key):
            continue
        if not _has_key(copy, old_key) and not cipher.is_plain_sqlite(copy):
            left += 1  # an older password's: restoring it asks for that password
            continue
        try:
            size = convert_copy(copy, new_key)
        except (OSError, cipher.CipherError, *cipher.sql_errors()):
            left += 1
            continue
        _resize_sidecar(copy, size)
        converted += 1
    removed = 0
    if backup_dir.is_dir():
        for folder in backup_dir.glob(f"{glob_escape(db_path.stem)}.{SNAPSHOT_REASON}.*"):
            if folder.is_dir() and not _has_key(folder / db_path.name, new_key):
                for item in folder.iterdir():
                    wipe_and_remove(item)
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return converted, left, removed


def _resize_sidecar(backup: Path, size: int) -> None:
    import json

    from salesperf_desktop.storage.backup_files import sidecar_of

    sidecar = sidecar_of(backup)
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(record, dict):
        record["size"] = size
        tmp = sidecar.with_name(sidecar.name + ".partial")
        with contextlib.suppress(OSError):
            tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            secure_file(tmp)
            os.replace(tmp, sidecar)
