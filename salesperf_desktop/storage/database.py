"""Opening the SQLite file: pragmas for safety, schema migrations with a backup first.

The file is opened in WAL mode with ``synchronous=FULL`` so that a committed entry survives a
power cut, and with foreign keys enforced. A database written by a newer version of the program
is refused before anything touches it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(Exception):
    """A database that cannot be opened safely; the message is meant for the officer."""


class SchemaTooNewError(DatabaseError):
    pass


class NotADatabaseError(DatabaseError):
    pass


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: empty file (no schema yet)
    head: str
    known: bool  # False: written by a newer program

    @property
    def needs_upgrade(self) -> bool:
        return self.known and self.current != self.head


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path | str) -> Engine:
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
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


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database or is damaged, before SQLAlchemy sees it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise NotADatabaseError(f"{path} is not a SalesPerf database (not an SQLite file).")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(f"{path} cannot be read: {exc}") from exc
    if not row or row[0] != "ok":
        raise NotADatabaseError(f"{path} is damaged (integrity check: {row[0] if row else '?'}).")


def schema_state(engine: Engine) -> SchemaState:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        has_tables = bool(inspect(conn).get_table_names())
    if current is None and has_tables:
        # Tables but no version stamp: not ours, or damaged. Never migrate blindly.
        raise DatabaseError("The file has tables but no SalesPerf schema version; not opened.")
    known = current is None or _revision_known(script, current)
    return SchemaState(current=current, head=head, known=known)


def _revision_known(script, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises various errors for unknown revisions
        return False


def backup_file(path: Path, reason: str, backup_dir: Path | None = None) -> Path | None:
    """Copy the database with SQLite's online backup API (consistent even in WAL mode)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    backup_dir = backup_dir or path.parent / "backups"
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{path.stem}.{reason}.{stamp}.sqlite"
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def open_database(path: Path | str, *, backup_dir: Path | None = None) -> Engine:
    """Open (creating if needed) and migrate the database at *path*; returns the engine.

    Raises DatabaseError subclasses with a message for the officer; never writes to a file it
    refuses.
    """
    path = Path(path)
    check_sqlite_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    state = schema_state(engine)
    if not state.known:
        engine.dispose()
        raise SchemaTooNewError(
            f"{path} was written by a newer version of SalesPerf Desktop "
            f"(schema {state.current}; this program knows up to {state.head}). "
            "It has not been changed. Please install the newer version."
        )
    if state.needs_upgrade:
        if state.current is not None:
            backup_file(path, f"before-migration-{state.current}", backup_dir)
        upgrade(engine)
    return engine


def copy_aside(path: Path, suffix: str) -> Path:
    """Move a file out of the way without deleting it (used by restore)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{suffix}-{stamp}{path.suffix}")
    shutil.move(str(path), target)
    for extra in ("-wal", "-shm"):
        side = Path(str(path) + extra)
        if side.exists():
            side.unlink()
    return target
