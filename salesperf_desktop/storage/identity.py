"""Which database a file is: the UUID stored in it at creation (or at the upgrade to 0002).

A copy of the file (a backup, a file copied by hand) carries the same UUID, so backups of one
database can be told from another database's backups whatever their file names.

Reading never changes anything: the file is opened read-only with ``immutable=1``, so SQLite
creates no -wal/-shm beside it and ignores any -wal that is there. What is read is therefore the
base file as it lies on disk; ``open_database`` checkpoints at open, so the file of an open
database carries its UUID on disk too.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from salesperf_desktop.storage import cipher


def _readable(path: Path) -> bool:
    """A plain SQLite file, or an encrypted one whose key this run knows."""
    return cipher.is_plain_sqlite(path) or cipher.key_for(path) is not None


def read_identity_row(path: Path) -> tuple[str, str | None, str | None] | None:
    """(database_id, base_token, wal_token) of the base file, or None when it has none."""
    path = Path(path)
    if not path.is_file() or not _readable(path):
        return None
    try:
        con = cipher.connect(path, mode="immutable")
        try:
            exists = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='database_identity'"
            ).fetchone()
            if not exists:
                return None
            row = con.execute(
                "SELECT database_id, base_token, wal_token FROM database_identity WHERE id = 1"
            ).fetchone()
        finally:
            con.close()
    except cipher.sql_errors():
        return None
    if row is None or not _is_uuid(row[0]):
        return None
    return str(row[0]), row[1], row[2]


def read_database_id(path: Path) -> str | None:
    """The database's UUID as stored in *path*; None for a file that is not one of ours.

    None: missing file, not SQLite, encrypted with a password not given in this run, damaged, a SalesPerf file older than the identity (schema
    0001, before its first open by this version), or any other SQLite file. Never modifies the
    file and never creates -wal/-shm.
    """
    row = read_identity_row(path)
    return row[0] if row else None


def _is_uuid(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False
