"""Opening the database for a command: the same lock and migrations as the window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from salesperf_desktop.app_context import AppContext, build_context
from salesperf_desktop.cli import CliError
from salesperf_desktop.instance_lock import DatabaseInUseError, DatabaseLock
from salesperf_desktop.paths import default_db_path
from salesperf_desktop.storage.database import DatabaseError


def language(args) -> str:
    if args.lang:
        return args.lang
    from salesperf_desktop.i18n_qt import system_language

    return system_language()


@contextmanager
def open_context(args) -> Iterator[AppContext]:
    db_path = (args.db or default_db_path()).resolve()
    lock = DatabaseLock(db_path)
    try:
        lock.acquire()
    except DatabaseInUseError as exc:
        raise CliError(str(exc), 3) from exc
    try:
        try:
            ctx = build_context(db_path, lang=language(args))
        except DatabaseError as exc:
            raise CliError(str(exc), 2) from exc
        try:
            yield ctx
        finally:
            ctx.close()
    finally:
        lock.release()
