"""Opening the database for a command: the same lock and migrations as the window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from salesperf_desktop.app_context import AppContext, build_context
from salesperf_desktop.cli import CliError
from salesperf_desktop.domain.messages import render
from salesperf_desktop.instance_lock import DatabaseInUseError, DatabaseLock
from salesperf_desktop.paths import default_db_path
from salesperf_desktop.services.opening import DatabaseError


def language(args) -> str:
    if args.lang:
        return args.lang
    from salesperf_desktop.i18n_qt import system_language

    return system_language()


def db_path_of(args) -> Path:
    return (args.db or default_db_path()).resolve()


@contextmanager
def locked(db_path: Path) -> Iterator[None]:
    """The database's instance lock for the command (exit code 3 when a window holds it)."""
    lock = DatabaseLock(db_path)
    try:
        lock.acquire()
    except DatabaseInUseError as exc:
        raise CliError(str(exc), 3) from exc
    try:
        yield
    finally:
        lock.release()


@contextmanager
def open_context(args) -> Iterator[AppContext]:
    db_path = db_path_of(args)
    with locked(db_path):
        refuse_missing_with_backups(db_path)
        try:
            ctx = build_context(db_path, lang=language(args))
        except DatabaseError as exc:
            raise CliError(str(exc), 2) from exc
        try:
            ensure_password(ctx, args)
            yield ctx
        finally:
            ctx.close()


def refuse_missing_with_backups(db_path: Path) -> None:
    """A command never creates an empty database where one is expected: when the file is gone
    but its backups are there (a new path, or one without backups, is created as before)."""
    from salesperf_desktop.paths import backup_dir_for
    from salesperf_desktop.services.backup import missing_with_backups

    folder = backup_dir_for(db_path)
    if missing_with_backups(db_path, folder):
        raise CliError(
            render("backup.database_missing", {"path": db_path, "folder": folder}, "en"), 2
        )


def ensure_password(ctx: AppContext, args) -> None:
    """A protected database needs its password: asked at the terminal, or $SALESPERF_PASSWORD
    (for scripts), or --password (deprecated: visible in the process list)."""
    import os
    import sys

    from salesperf_desktop.services import security

    given = getattr(args, "password", None)
    if given is not None:
        print(
            "warning: --password can be seen by other users of this computer (ps, Task "
            f"Manager); set {security.ENV_VAR} or let the command ask instead.",
            file=sys.stderr,
        )
    if not security.password_required(ctx):
        return
    altered = security.password_altered(ctx)
    if altered:
        print(
            f"warning: the password setting of {ctx.db_path} was removed or changed outside "
            "SalesPerf (the file may have been edited by someone else); the password set in "
            "SalesPerf is still needed and will be put back.",
            file=sys.stderr,
        )
    password = given if given is not None else os.environ.get(security.ENV_VAR)
    if password is None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {ctx.db_path}: ")
    if password is None:
        raise CliError(
            f"{ctx.db_path} is protected by a password: run the command in a terminal to be "
            f"asked, or set {security.ENV_VAR}.",
            4,
        )
    if not security.check_password(ctx, password):
        raise CliError("wrong password", 4)
    if altered:
        security.repair_altered(ctx, password)
