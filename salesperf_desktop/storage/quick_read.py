"""What the first paint needs, read before SQLAlchemy is loaded (``cipher.connect``: sqlite3,
or SQLCipher with the run's key for an encrypted file, whose password is asked before this).

Start-up speed: importing SQLAlchemy's ORM and the models costs several times as much as
starting Qt. The window is therefore shown first (its title, the staff count, a page saying the
database is being opened), and the ORM, the full schema check and the tabs load right after the
first paint.

Everything here is read-only (``immutable``: the file alone, nothing created beside it) and used only when the file is already at the
schema this program expects (``first_look`` returns None otherwise, and the caller opens the
database the full way: migrations, refusal of a newer schema, with their dialogs). No Qt.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from salesperf_desktop.storage import cipher
from salesperf_desktop.storage.database import (
    SCHEMA_HEAD,
    check_sqlite_structure,
    check_writable,
)
from salesperf_desktop.storage.wal_guard import has_leftover_wal


@dataclass(frozen=True)
class FirstLook:
    """A database found ready to open: at the current schema, not damaged, writable."""

    path: Path
    revision: str
    password_hash: str | None
    encrypted: bool  # opened with its key: the password was given already
    company_name: str | None
    staff_count: int


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    # The file alone: no -wal/-shm is created beside it. Used only when there is no -wal
    # with content, so the file alone is the whole state.
    con = cipher.connect(path, mode="immutable")  # an encrypted file: with the run's key
    try:
        yield con
    finally:
        con.close()


def stamped_revision(con: sqlite3.Connection) -> str | None:
    """The schema revision Alembic stamped into the file; None when there is none."""
    exists = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not exists:
        return None
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def read_setting(con: sqlite3.Connection, key: str) -> Any:
    """A database-scoped setting (stored as JSON by the ORM); None when absent.

    Raises ValueError for a value that cannot be read (the caller then opens the full way).
    """
    row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None or row[0] is None:
        return None
    return json.loads(row[0])


def _password_row_agrees(con: sqlite3.Connection, password_hash: Any) -> bool:
    """The settings row holds the hash the program last logged (services.security), or the
    file predates that log entry."""
    row = con.execute(
        "SELECT new_value FROM audit_log WHERE entity = 'settings' AND field = 'password_hash' "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return row is None or row[0] == password_hash


def to_be_migrated(path: Path | str) -> bool:
    """True when *path* is a database of an older schema: its open will back it up and
    migrate it (seconds to minutes on a large file). False when unsure: the open decides."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        with _read_only(path) as con:
            revision = stamped_revision(con)
    except (*cipher.sql_errors(), ValueError, OSError):
        return False
    return revision is not None and revision != SCHEMA_HEAD and revision in _known_revisions()


def _known_revisions() -> set[str]:
    """The revision ids of this program's migrations, from their file names' revision lines
    (without loading Alembic: this runs before the window is shown)."""
    import re

    folder = Path(__file__).parent / "migrations" / "versions"
    found = set()
    for file in folder.glob("*.py"):
        match = re.search(r'^revision = "([^"]+)"', file.read_text("utf-8"), re.MULTILINE)
        if match:
            found.add(match.group(1))
    return found


def first_look(path: Path | str) -> FirstLook | None:
    """Read what the first paint needs, or None when the file must be opened the full way.

    Raises the same ``DatabaseError`` subclasses as ``open_database`` for a file that is not a
    database, is damaged or is read-only, so the start-up recovery dialogs apply unchanged.
    None: no file yet, an empty file, or a schema other than this program's head (older:
    to be migrated; newer: to be refused; either way before anything is shown).
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    if has_leftover_wal(path):
        return None  # an unclean stop: the full open checks the -wal before anything is shown
    check_sqlite_structure(path)  # constant time; the whole file is checked in the background
    check_writable(path)
    try:
        with _read_only(path) as con:
            revision = stamped_revision(con)
            if revision != SCHEMA_HEAD:
                return None
            password_hash = read_setting(con, "password_hash")
            if not _password_row_agrees(con, password_hash):
                return None  # altered outside SalesPerf: the full open asks and explains
            company = read_setting(con, "company_name")
            (staff_count,) = con.execute("SELECT count(*) FROM staff").fetchone()
    except (*cipher.sql_errors(), ValueError):
        return None  # let the full open decide (and explain)
    if password_hash is not None and not isinstance(password_hash, str):
        return None  # never guess whether a password is set
    return FirstLook(
        path=path,
        revision=revision,
        password_hash=password_hash if isinstance(password_hash, str) else None,
        encrypted=cipher.key_for(path) is not None,
        company_name=company if isinstance(company, str) else None,
        staff_count=staff_count,
    )
