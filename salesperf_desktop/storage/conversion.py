"""Encrypting, decrypting and re-keying a database file: through a verified copy, atomically.

Setting a password encrypts the file; removing it decrypts it; changing it re-encrypts it
with a key derived from the new password (and a new salt). All three are one operation,
``convert_database``:

1. ``sqlcipher_export`` of the whole database into ``<file>.converting`` beside it, with the
   new key (or none);
2. the copy is checked: ``integrity_check``, the same tables with the same row counts, the
   same database identity;
3. *edit* (the caller's change of the password setting) is applied to the copy, and the copy
   checked again and flushed to disk;
4. ``os.replace`` puts the copy in place (and the folder is flushed);
5. the old file's bytes, still reachable through a handle opened before the rename, are
   overwritten with zeros (POSIX; on Windows a file cannot be replaced while open, so the old
   bytes are only released to the file system).

A kill or an error at any step leaves either the old file or the new one in place, whole; a
``.converting`` leftover is removed (overwritten first) before the next backup, restore or
conversion (``backup_files.clean_leftovers``). Overwriting cannot promise the old bytes are gone
from an SSD or a journaling file system: the user guide says so, and recommends disk
encryption as well.

The same conversion applies to each backup of the database afterwards (``convert_copy``):
backups follow the database's password, so one password opens the database and all of its
backups, and no plain copy of an encrypted database stays readable in the backups folder.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from salesperf_desktop.storage.cipher import (
    CipherError,
    FileKey,
    connect,
    remember,
)

CONVERTING_SUFFIX = ".converting"
WIPE_CHUNK = 1024 * 1024


class ConversionFailed(CipherError):
    """The converted copy did not match the database (codes "cipher.copy_*"); nothing changed."""


def converting_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + CONVERTING_SUFFIX)


def _export(source: Path, target: Path, new_key: FileKey | None) -> None:
    """Every table, index, trigger and row of *source* into a new file *target*."""
    con = connect(source, cipher_driver=True)  # the SQLCipher driver, keyed or not
    try:
        con.execute(
            "ATTACH DATABASE ? AS converted KEY ?",
            (str(target), new_key.pragma() if new_key else ""),
        )
        con.execute("SELECT sqlcipher_export('converted')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA converted.user_version = {int(version)}")
        con.execute("DETACH DATABASE converted")
    finally:
        con.close()


def _counts(path: Path) -> tuple[dict[str, int], str | None]:
    """(rows per table, the database's identity) read from the file alone."""
    con = connect(path, mode="immutable")
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        identity = None
        if "database_identity" in counts:
            row = con.execute("SELECT database_id FROM database_identity WHERE id = 1").fetchone()
            identity = row[0] if row else None
    finally:
        con.close()
    return counts, identity


def _integrity(path: Path, pragma: str = "integrity_check") -> None:
    con = connect(path, mode="immutable")
    try:
        row = con.execute(f"PRAGMA {pragma}").fetchone()
    finally:
        con.close()
    if not row or row[0] != "ok":
        raise ConversionFailed("cipher.copy_damaged", detail=row[0] if row else "?")


def verify_copy(original: Path, copy: Path) -> None:
    """The copy is whole and holds what the original holds (tables, row counts, identity)."""
    _integrity(copy)
    if _counts(original) != _counts(copy):
        raise ConversionFailed("cipher.copy_differs")


def _wipe(fd: int) -> None:
    """Overwrite the file behind *fd* with zeros and flush it (best effort)."""
    with contextlib.suppress(OSError):
        size = os.fstat(fd).st_size
        os.lseek(fd, 0, os.SEEK_SET)
        zeros = bytes(WIPE_CHUNK)
        left = size
        while left > 0:
            left -= os.write(fd, zeros[: min(left, WIPE_CHUNK)])
        os.fsync(fd)


def wipe_and_remove(path: Path) -> None:
    """A leftover copy (plain or not) is overwritten before it is removed."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDWR)
        try:
            _wipe(fd)
        finally:
            os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def convert_database(
    path: Path,
    new_key: FileKey | None,
    *,
    edit: Callable[[Path], None] | None = None,
) -> None:
    """Replace the database file at *path* by a verified copy encrypted with *new_key* (None:
    a plain copy); see the module's notes. Every connection to *path* must be closed (no
    -wal with content beside it); the caller holds the instance lock. *edit(copy)* changes the
    copy before it goes into place (the password setting).
    """
    from salesperf_desktop.storage.backup_files import fsync_dir, fsync_file
    from salesperf_desktop.storage.wal_guard import has_leftover_wal, shm_path, wal_path

    path = Path(path)
    if has_leftover_wal(path):
        raise CipherError("cipher.database_busy", path=str(path))
    target = converting_path(path)
    wipe_and_remove(target)
    if new_key is not None:
        remember(new_key)  # the copy is opened by the one connection function too
    old = None
    try:
        _export(path, target, new_key)
        verify_copy(path, target)
        if edit is not None:
            edit(target)
            for side in (wal_path(target), shm_path(target)):  # edit closed its connections
                side.unlink(missing_ok=True)
            _integrity(target, "quick_check")  # checked whole above; the edit is one row
        if os.name == "posix":
            with contextlib.suppress(OSError):
                target.chmod(0o600)
        fsync_file(target)
        for side in (wal_path(path), shm_path(path)):  # an empty -wal and its index, at most
            side.unlink(missing_ok=True)
        old = os.open(path, os.O_RDWR) if os.name == "posix" else None
        os.replace(target, path)
    except BaseException:
        if old is not None:
            os.close(old)
        wipe_and_remove(target)
        raise
    try:
        fsync_dir(path.parent)
        if old is not None:
            _wipe(old)
    finally:
        if old is not None:
            os.close(old)


def convert_copy(path: Path, new_key: FileKey | None) -> int:
    """Convert a backup copy the same way (no edit); returns its new size in bytes."""
    convert_database(path, new_key)
    return Path(path).stat().st_size
