"""What the reader process runs (``services.reader_process``): the same reads, another process.

The process is spawned, so it imports what it needs itself; ``ready`` does that while the
main process paints and opens the file. A read opens the file read-only and nothing more: the
main process has opened it the full way first (checks, migrations, the -wal guard, the
start-up backup), and it alone ever writes, checkpoints or backs up.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from salesperf_desktop.app_context import AppContext
    from salesperf_desktop.services.due import DueList
    from salesperf_desktop.storage.cipher import FileKey

# (path, salt) → the engine reading that file: its compiled statements are kept between reads.
_engines: dict[tuple[str, bytes | None], Engine] = {}


def ready() -> int:
    """The modules of a read, loaded now (about half a second, on the other core); the id."""
    from sqlalchemy.orm import configure_mappers

    from salesperf_desktop import app_context  # noqa: F401
    from salesperf_desktop.services import due  # noqa: F401

    configure_mappers()
    return os.getpid()


def due_this_month(
    path: str, key: FileKey | None, today: dt.date, clock_today: dt.date, lang: str
) -> DueList:
    """``services.due.due_this_month`` on the file at *path*, as the main process would call it
    (*clock_today*: its context's day, *today*: the window's)."""
    from salesperf_desktop.services.due import due_this_month as read

    return read(_context(Path(path), key, clock_today, lang), today, lang)


def _context(path: Path, key: FileKey | None, clock_today: dt.date, lang: str) -> AppContext:
    from salesperf_desktop.app_context import AppContext
    from salesperf_desktop.settings import DatabaseSettings
    from salesperf_desktop.storage.database import make_session_factory

    engine = _engine(path, key)
    factory = make_session_factory(engine)
    return AppContext(
        db_path=path,
        engine=engine,
        session_factory=factory,
        settings=DatabaseSettings(factory),
        lang=lang,
        clock=lambda: clock_today,
    )


def _engine(path: Path, key: FileKey | None) -> Engine:
    """A read-only engine on *path*, kept between reads (the key, for an encrypted file, came
    over the pipe and is kept in this process's memory only, as in the main process's key
    ring)."""
    from salesperf_desktop.storage import cipher
    from salesperf_desktop.storage.database import read_only_engine

    found = _engines.get((str(path), key.salt if key else None))
    if found is not None:
        return found
    if key is not None:
        cipher.remember(key)
    engine = read_only_engine(path)
    _engines[(str(path), key.salt if key else None)] = engine
    return engine
