"""What the reader process runs (``services.reader_process``): the same reads, another process.

The process is spawned, so it imports what it needs itself; ``ready`` does that while the
main process paints and opens the file. A read opens the file read-only and nothing more: the
main process has opened it the full way first (checks, migrations, the -wal guard, the
start-up backup), and it alone ever writes, checkpoints or backs up.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from salesperf_desktop.app_context import AppContext
    from salesperf_desktop.storage.cipher import FileKey

T = TypeVar("T")

# (path, salt) → the engine reading that file: its compiled statements are kept between reads.
_engines: dict[tuple[str, bytes | None], Engine] = {}


def ready() -> int:
    """The modules of the start-up's reads, loaded now (about half a second, on the other core,
    while the main process paints and opens the file: the reads come after that); the
    process's id."""
    from sqlalchemy.orm import configure_mappers

    from salesperf_desktop import app_context  # noqa: F401
    from salesperf_desktop.services import chart_work, due, entry, staff_register  # noqa: F401
    from salesperf_desktop.services.workdays import load_calendar_package

    configure_mappers()
    load_calendar_package()  # (本月待办's deadlines count working days)
    return os.getpid()


def run(where: tuple[str, FileKey | None, dt.date, str], read: Callable[..., T], args: tuple) -> T:
    """``read(ctx, *args)`` on the file *where* names (its path, its key, the main process's
    context's day and language), as the main process would call it."""
    path, key, clock_today, lang = where
    return read(_context(Path(path), key, clock_today, lang), *args)


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
