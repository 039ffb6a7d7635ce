"""Opening the SQLite file: pragmas for safety, schema migrations with a backup first.

The file is opened in WAL mode with ``synchronous=FULL`` so that a committed entry survives a
power cut, and with foreign keys enforced. A database written by a newer version of the program
is refused before anything touches it.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.storage import cipher

if TYPE_CHECKING:  # SQLAlchemy is imported where it is used: the first paint does without it
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(CodedError):
    """A database that cannot be opened safely (codes "database.*"; ``message(lang)`` for the officer).

    ``offer_restore``: restoring a backup is a sensible way out (the start-up dialog offers it).
    """

    offer_restore = True


class SchemaTooNewError(DatabaseError):
    pass


class NotADatabaseError(DatabaseError):
    """Not an SQLite file, or a damaged one."""


class PasswordNeededError(DatabaseError):
    """An encrypted file whose password this run has not been given ("cipher.password_needed").

    The opening path asks for the password before it opens the file; this is what a reader
    meets when it was not asked (never "not a database": the file may well be ours).
    """

    offer_restore = False


class ReadOnlyDatabaseError(DatabaseError):
    """The file or its folder cannot be written; we refuse rather than fail half-way later."""

    offer_restore = False


class WalSetAsideError(DatabaseError):
    """A -wal left by an unclean stop did not belong to the file: it was renamed aside.

    Codes "database.wal_*" (params: path, aside, snapshot). The file itself is unchanged; the
    next open finds no -wal and opens it as last checkpointed (storage/wal_guard.py).
    """


def secure_file(path: Path) -> None:
    """Personal data: readable and writable by the user only, where the OS allows it."""
    if os.name == "posix" and path.exists():
        with contextlib.suppress(OSError):
            path.chmod(0o600)


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: empty file (no schema yet)
    head: str
    known: bool  # False: written by a newer program

    @property
    def needs_upgrade(self) -> bool:
        return self.known and self.current != self.head


# Another program holding a write lock (a database browser, say): wait this long, then fail
# with SQLITE_BUSY ("database is locked"), which the window and CLI tell as a fault of its own.
BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # Checkpoints are the program's own (storage/wal_guard.py): each one stamps a token.
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path | str) -> Engine:
    from sqlalchemy import event

    engine = engine_for_file(path)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def engine_for_file(path: Path | str) -> Engine:
    """An engine on the file at *path*, plain or encrypted (storage.cipher), without pragmas."""
    from sqlalchemy import create_engine

    path = Path(path)
    try:
        options = cipher.engine_options(path)
    except cipher.PasswordNeeded as exc:
        raise PasswordNeededError(exc.code, **exc.params) from exc
    return create_engine(f"sqlite:///{path}", future=True, **options)


def read_only_engine(path: Path | str) -> Engine:
    """An engine that only reads the file at *path* (another process's reads; the encrypted
    file's key must be in this process's key ring): ``mode=ro``, so nothing is written and no
    checkpoint is made at close, and the -wal is read as the writer committed it. A connection
    per read (NullPool): a file replaced meanwhile (a restored backup, a new password) is the
    one read next."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    path = Path(path)
    options = cipher.engine_options(path)  # the SQLCipher driver for an encrypted file

    def connect():
        return cipher.connect(
            path, mode="ro", timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    options["creator"] = connect
    return create_engine(f"sqlite:///{path}", poolclass=NullPool, **options)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def check_writable(path: Path) -> None:
    """SQLite in WAL mode writes the file and creates -wal/-shm beside it: both must be allowed."""
    folder = path.parent if path.parent.exists() else None
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError("database.read_only_file", path=str(path))
    if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyDatabaseError("database.read_only_folder", folder=str(folder), name=path.name)


def check_sqlite_header(path: Path) -> None:
    """Refuse a file that does not even start as an SQLite database (an empty one is new).

    An encrypted file (storage.cipher) passes when this run knows its key; without the key
    it is refused as needing the password, never as "not a database".
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:  # a folder, no permission …: told as what they are
        header = fh.read(len(cipher.SQLITE_HEADER))
    if header == cipher.SQLITE_HEADER:
        return
    if cipher.looks_encrypted(path):
        if cipher.key_for(path) is None:
            raise PasswordNeededError("cipher.password_needed", path=str(path))
        return
    raise NotADatabaseError("database.not_sqlite", path=str(path))


def check_sqlite_file(path: Path, *, full: bool = False, immutable: bool = True) -> None:
    """Refuse a file that is not an SQLite database or is damaged, before SQLAlchemy sees it.

    ``full`` runs ``PRAGMA integrity_check`` (restore); otherwise the faster ``quick_check``.
    ``immutable`` (the default) reads the file alone, ignoring any -wal and creating no
    -wal/-shm beside it: a refused file stays byte-identical, with nothing new beside it.
    A -wal is checked on its own, in a copy (storage/wal_guard.py).
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    check_sqlite_header(path)
    pragma = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
    try:
        con = cipher.connect(path, mode="immutable" if immutable else "ro")
        try:
            row = con.execute(pragma).fetchone()
        finally:
            con.close()
    except cipher.database_errors() as exc:
        raise NotADatabaseError("database.unreadable", path=str(path), detail=str(exc)) from exc
    if not row or row[0] != "ok":
        raise NotADatabaseError("database.damaged", path=str(path), detail=row[0] if row else "?")


def check_sqlite_structure(path: Path) -> None:
    """The constant-time part of ``check_sqlite_file``, for the start-up path: the header, and
    the file's size against the page count the header records. Costs the same for a month of
    history as for ten years; the whole-file ``quick_check`` runs in the background once the
    window is up (``services.integrity``)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    check_sqlite_header(path)
    if not cipher.is_plain_sqlite(path):
        return  # encrypted (its key known): the header is ciphertext; the key's open checks it
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        raise NotADatabaseError("database.damaged", path=str(path), detail="short header")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid when the change counter equals "version-valid-for" (SQLite 3.7+).
    if pages and header[24:28] == header[92:96] and path.stat().st_size < pages * page_size:
        raise NotADatabaseError("database.damaged", path=str(path), detail="file cut short")


# The schema revision this program writes: Alembic's head, written down so that the usual start
# (a file already at head) needs neither alembic nor the migration files. A test keeps it equal
# to ``head_revision()``: a new migration updates it.
SCHEMA_HEAD = "0018_year21_entry_millionths_index"


def _base_revision(path: Path) -> tuple[str | None, bool]:
    """(revision stamped in the file itself, whether it has tables), read immutably."""
    con = cipher.connect(path, mode="immutable")
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in names:
            return None, bool(names)
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    finally:
        con.close()


def refuse_foreign_or_newer(path: Path) -> None:
    """Refuse, before any connection that could write, a file that is not ours or is newer.

    Read from the file alone (immutable): nothing is created beside it, no journal mode is
    switched, and a -wal beside a refused file is left where it is (it may belong to another
    program, or to a newer version of this one).
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        revision, has_tables = _base_revision(path)
    except cipher.PasswordNeeded as exc:
        raise PasswordNeededError(exc.code, **exc.params) from exc
    except cipher.database_errors() as exc:
        raise NotADatabaseError("database.unreadable", path=str(path), detail=str(exc)) from exc
    if revision is None:
        if has_tables:
            raise DatabaseError("database.no_version")
        return
    if revision == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    if not _revision_known(script, revision):
        raise SchemaTooNewError(
            "database.too_new", path=str(path), current=revision, head=script.get_current_head()
        )


def _stamped_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).scalar()
        if not exists:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def schema_state(engine: Engine) -> SchemaState:
    current = _stamped_revision(engine)
    if current == SCHEMA_HEAD:
        return SchemaState(current=current, head=SCHEMA_HEAD, known=True)

    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        has_tables = bool(inspect(conn).get_table_names())
    if current is None and has_tables:
        # Tables but no version stamp: not ours, or damaged. Never migrate blindly.
        raise DatabaseError("database.no_version")
    known = current is None or _revision_known(script, current)
    return SchemaState(current=current, head=head, known=known)


def _revision_known(script, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises various errors for unknown revisions
        return False


def backup_file(path: Path, reason: str, backup_dir: Path | None = None) -> Path | None:
    """Copy the database with SQLite's online backup API (consistent even in WAL mode).

    The copy carries the database's identity and gets a sidecar and a sequence number
    (storage.backup_files); None for a missing or empty file.
    """
    from salesperf_desktop.storage.backup_files import write_backup

    return write_backup(path, reason, backup_dir or path.parent / "backups")


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def _give_back_free_pages(engine: Engine) -> None:
    """VACUUM after a migration of an existing file: a migration that moves data out of rows
    (0005 stores shared documents once) leaves their pages free inside the file, and the
    start-up backup would copy them every time. Once per upgrade, right after its backup."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        driver.commit()
        before = driver.isolation_level
        driver.isolation_level = None  # VACUUM cannot run inside a transaction
        try:
            driver.execute("VACUUM")
        finally:
            driver.isolation_level = before
    finally:
        raw.close()


def open_database(
    path: Path | str, *, backup_dir: Path | None = None, deep_check: bool = True
) -> Engine:
    """Open (creating if needed) and migrate the database at *path*; returns the engine.

    *deep_check* false (the window's start-up): only the constant-time checks of the file
    (``check_sqlite_structure``); the caller runs the whole-file check in the background.

    Raises DatabaseError subclasses with a message for the officer; a refused file is left
    byte-identical: nothing is written to it, its journal mode is not switched, no -wal/-shm
    is created beside it and no permission is changed. A -wal left by an unclean stop is
    checked first (storage/wal_guard.py). The caller holds the instance lock.
    """
    from salesperf_desktop.storage import wal_guard

    path = Path(path)
    wal = wal_guard.has_leftover_wal(path) and path.exists()
    live = wal and wal_guard.wal_in_use_elsewhere(path)
    leftover = wal and not live
    if leftover:
        # The file alone may be mid-checkpoint (a kill during one): only its header is judged
        # here; the file as its -wal makes it is checked whole by the guard below.
        check_sqlite_header(path)
    elif deep_check:
        # A -wal another program has open is live: read through it, as that program sees it.
        check_sqlite_file(path, immutable=not live)
    else:
        check_sqlite_structure(path)
    try:
        refuse_foreign_or_newer(path)
    except NotADatabaseError:
        if not leftover:
            raise
    check_writable(path)
    new_file = not path.exists() or path.stat().st_size == 0
    backup_dir = backup_dir or path.parent / "backups"
    if leftover:  # also for an empty file: SQLite would build a database from a stray -wal
        wal_guard.guard_leftover_wal(path, backup_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        state = schema_state(engine)
        if not state.known:  # only a checked -wal can get here with a newer schema
            raise SchemaTooNewError(
                "database.too_new", path=str(path), current=state.current, head=state.head
            )
        before = None
        if state.needs_upgrade:
            if state.current is not None:
                before = backup_file(path, f"before-migration-{state.current}", backup_dir)
            upgrade(engine)
            if state.current is not None:
                _give_back_free_pages(engine)
        # The base file itself holds the whole state (its identity included) from here on, with
        # a fresh token tying the coming -wal to it.
        wal_guard.checkpoint_and_stamp(engine)
    except BaseException:
        engine.dispose()
        raise
    if before is not None:
        # The copy was taken before the upgrade that may have given the database its identity.
        from salesperf_desktop.storage.backup_files import adopt
        from salesperf_desktop.storage.identity import read_database_id

        adopt(before, read_database_id(path))
    if new_file:  # a file we created: the user's eyes only (an existing file keeps its mode)
        for name in (path, wal_guard.wal_path(path), wal_guard.shm_path(path)):
            secure_file(name)
    return engine
