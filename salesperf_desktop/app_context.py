"""The one object built at start-up and passed down: paths, database, settings, language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from salesperf_desktop.paths import backup_dir_for, is_app_data_dir, secure_dir
from salesperf_desktop.services.results_cache import ResultsCache
from salesperf_desktop.settings import DatabaseSettings
from salesperf_desktop.storage import cipher
from salesperf_desktop.storage.database import make_session_factory, open_database
from salesperf_desktop.storage.wal_guard import checkpoint_at_close, checkpoint_if_large

# The first word of a statement that writes (refused once the file is found damaged).
_WRITING = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"})


@dataclass
class AppContext:
    db_path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    settings: DatabaseSettings
    lang: str = "zh_CN"
    # Who changes things, for the audit trail; "" = the officer named in Preferences.
    operator: str = ""
    # Today, for every service and screen; tests and the demo pin it here.
    clock: Callable[[], dt.date] = dt.date.today
    # Period results while the database's change counter stays (services/results_cache.py).
    results: ResultsCache = field(default_factory=ResultsCache)
    # Set once the background check found the file damaged (services.integrity): from then on
    # every write is refused with it and nothing is checkpointed into the file.
    write_refusal: Exception | None = None

    @property
    def backup_dir(self) -> Path:
        return backup_dir_for(self.db_path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; use ``transaction()`` to write."""
        with self.session_factory() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """All-or-nothing: commits on success, rolls back on any exception."""
        if self.write_refusal is not None:
            raise self.write_refusal
        with self.session_factory.begin() as session:
            yield session
        checkpoint_if_large(self.engine, self.db_path)

    @property
    def encrypted(self) -> bool:
        """The file is encrypted (a password is set) and was opened with its key."""
        return cipher.key_for(self.db_path) is not None

    def reopen(self) -> None:
        """Open the file again after it was replaced (encrypted, decrypted, re-keyed) while
        closed: the same context and session factory, bound to a new engine."""
        self.engine = open_database(self.db_path, backup_dir=self.backup_dir)
        self.session_factory.configure(bind=self.engine)

    def today(self) -> dt.date:
        return self.clock()

    @property
    def actor(self) -> str:
        """The operator written into the audit trail: the officer's name from Preferences
        ("" when none is set; the trail then reads 人事专员, domain/messages/audit.py)."""
        if self.operator:
            return self.operator
        return str(self.settings.get("officer_name") or "").strip()

    def now(self) -> dt.datetime:
        """This moment, to the second, on the clock's day (a pinned clock pins the date; the
        time of day is the machine's): for stamps such as a file's exported_at."""
        return dt.datetime.combine(self.today(), dt.datetime.now().time()).replace(microsecond=0)

    def refuse_writes(self, error: Exception) -> None:
        """Write nothing more to this file: every statement that would write raises *error*
        (also writes that do not go through ``transaction()``: settings, a checkpoint)."""
        from sqlalchemy import event

        if self.write_refusal is None:
            event.listen(self.engine, "before_cursor_execute", self._refuse_statement)
        self.write_refusal = error

    def _refuse_statement(self, _conn, _cursor, statement: str, *_args) -> None:
        words = statement.lstrip().split(None, 1)
        if words and words[0].upper() in _WRITING:
            raise self.write_refusal

    def close(self) -> None:
        """A clean close: the -wal checkpointed into the file (and removed) first; a file found
        damaged is left as it is."""
        self.results.clear()
        if self.write_refusal is None:
            checkpoint_at_close(self.engine)
        self.engine.dispose()


def build_context(
    db_path: Path | str, *, lang: str = "zh_CN", seed: bool = True, deep_check: bool = True
) -> AppContext:
    """Open (create, migrate) the database and seed the shipped library into a new one.

    *deep_check* false: only constant-time checks of the file (the window checks the whole
    file in the background, ``services.integrity``)."""
    db_path = Path(db_path)
    if is_app_data_dir(db_path.parent):
        # Only the program's own folder is tightened; never one the officer chose (a shared
        # folder, the system temp folder): its permissions are the officer's business.
        secure_dir(db_path.parent)
    engine = open_database(db_path, backup_dir=backup_dir_for(db_path), deep_check=deep_check)
    factory = make_session_factory(engine)
    ctx = AppContext(
        db_path=db_path,
        engine=engine,
        session_factory=factory,
        settings=DatabaseSettings(factory),
        lang=lang,
    )
    if ctx.encrypted:
        # A conversion killed half-way through the backups: none stays readable without the key.
        from salesperf_desktop.services.backup import follow_password

        follow_password(db_path, ctx.backup_dir, None, cipher.key_for(db_path))
    if seed:
        from salesperf_desktop.services.seeding import seed_library

        seed_library(ctx)
    return ctx
