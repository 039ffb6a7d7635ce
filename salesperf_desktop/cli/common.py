"""Opening the database for a command: the same lock and migrations as the window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from salesperf_desktop.app_context import AppContext, build_context
from salesperf_desktop.cli import CliError
from salesperf_desktop.instance_lock import DatabaseLock
from salesperf_desktop.paths import default_db_path, resolve_path


def language(args) -> str:
    """--lang, else the language chosen in the window's preferences, else the system's."""
    if args.lang:
        return args.lang
    from PySide6.QtCore import QSettings

    from salesperf_desktop.i18n_qt import resolve_language
    from salesperf_desktop.paths import ensure_app_names

    ensure_app_names()  # QSettings() finds the window's settings by these names
    return resolve_language(str(QSettings().value("language", "") or ""))


def db_path_of(args) -> Path:
    return resolve_path(args.db or default_db_path())


@contextmanager
def locked(db_path: Path) -> Iterator[None]:
    """The database's instance lock for the command.

    A window holding it (DatabaseInUseError) and a read-only folder are told by ``main``'s
    handler, with their own exit codes (3 and 5).
    """
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


@contextmanager
def open_context(args) -> Iterator[AppContext]:
    db_path = db_path_of(args)
    with locked(db_path):
        refuse_missing_with_backups(db_path)
        unlock_file(db_path, args)
        # A refused file (DatabaseError) is told by main's handler in the user's language.
        _say_if_migrating(db_path, language(args))
        ctx = build_context(db_path, lang=language(args))
        try:
            ensure_password(ctx, args)
            yield ctx
        finally:
            ctx.close()


def _say_if_migrating(db_path: Path, lang: str) -> None:
    """A file of an older version is backed up and migrated first: say so (on stderr, so
    that a command's output stays what it prints), as the window shows a progress dialog."""
    import sys

    from salesperf_desktop.domain.messages import render
    from salesperf_desktop.services.opening import to_be_migrated

    if to_be_migrated(db_path):
        print(render("progress.migrating_database", {"name": db_path.name}, lang), file=sys.stderr)


def refuse_missing_with_backups(db_path: Path) -> None:
    """A command never creates an empty database where one is expected: when the file is gone
    but its backups are there (a new path, or one without backups, is created as before)."""
    from salesperf_desktop.paths import backup_dir_for
    from salesperf_desktop.services.backup import missing_with_backups

    folder = backup_dir_for(db_path)
    if missing_with_backups(db_path, folder):
        raise CliError.coded("backup.database_missing", 2, path=str(db_path), folder=str(folder))


def _given_password(args, path: Path) -> str:
    """--password, else $SALESPERF_PASSWORD, else asked at the terminal; exit 4 without one."""
    import os
    import sys

    from salesperf_desktop.domain.messages import render
    from salesperf_desktop.services import security

    given = getattr(args, "password", None)
    password = given if given is not None else os.environ.get(security.ENV_VAR)
    if password is None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(render("cli.password_prompt", {"path": path}, language(args)))
    if password is None:
        raise CliError.coded("cli.password_needed", 4, path=str(path), env=security.ENV_VAR)
    return password


def unlock_file(path: Path, args) -> None:
    """An encrypted file (a password is set): its key from the password, before anything reads
    it. A wrong password: exit 4 with a plain message."""
    from salesperf_desktop.services.opening import needs_password, unlock

    if not needs_password(path):
        return
    if not unlock(path, _given_password(args, path)):
        raise CliError.coded("cipher.wrong_password", 4, path=str(path))


def ensure_password(ctx: AppContext, args) -> None:
    """A protected database needs its password: asked at the terminal, or $SALESPERF_PASSWORD
    (for scripts), or --password (deprecated: visible in the process list)."""
    import sys

    from salesperf_desktop.domain.messages import render
    from salesperf_desktop.services import security

    lang = language(args)
    given = getattr(args, "password", None)
    if given is not None:
        print(render("cli.password_visible", {"env": security.ENV_VAR}, lang), file=sys.stderr)
    if ctx.encrypted or not security.password_required(ctx):
        return  # an encrypted file was opened with its password already (unlock_file)
    altered = security.password_altered(ctx)
    if altered:
        print(render("cli.password_altered", {"path": ctx.db_path}, lang), file=sys.stderr)
    password = _given_password(args, ctx.db_path)
    if not security.check_password(ctx, password):
        raise CliError.coded("cli.wrong_password", 4)
    if altered:
        security.repair_altered(ctx, password)
    # Protected before encryption existed: encrypted now, with the same password.
    security.encrypt_protected_file(ctx, password)


# ---------------------------------------------------------------- texts in the reader's language


def say(lang: str, message: str, /, *, err: bool = False, **params) -> None:
    """The catalogue's *message* in *lang*, one line on stdout (or stderr)."""
    import sys

    from salesperf_desktop.domain.messages import render

    print(render(message, params, lang), file=sys.stderr if err else sys.stdout)


def parse_period(text: str, *, month: bool = False):
    """2026-09, 2026-Q3 or 2026 (*month*: a month only); a plain refusal otherwise."""
    from salesperf_desktop.domain.periods import Period

    code = "cli.not_a_month" if month else "cli.not_a_period"
    try:
        period = Period.parse(text)
    except ValueError as exc:
        raise CliError.coded(code, text=text) from exc
    if month and period.kind != "month":
        raise CliError.coded(code, text=text)
    return period


def parse_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise CliError.coded("cli.not_a_date", text=text) from exc


def field_word(field: str, lang: str) -> str:
    """target / actual / base as the officer says them (目标/实际/基数)."""
    from salesperf_desktop.domain.messages import render

    return render(f"cli.field.{field}", {}, lang) if field else ""


def refuse_problems(problems, lang: str) -> bool:
    """An import's problems (sheet!cell: reason) and their count on stderr; True when there
    are any (the command then exits 1: nothing was imported)."""
    import sys

    if not problems:
        return False
    for problem in problems:
        print(str(problem), file=sys.stderr)
    say(lang, "cli.problems_nothing_imported", err=True, count=len(problems))
    return True


def apply_unless_dry_run(args, lang: str, apply, nothing: str = "cli.nothing_changed") -> int:
    """The end of every import: --dry-run stops here; else *apply()* (a generator service
    returning the import batch id, or None when nothing changes) runs to its end."""
    from salesperf_desktop.services.locking import LockedError
    from salesperf_desktop.services.progress import run_to_end

    if args.dry_run:
        say(lang, "cli.dry_run")
        return 0
    try:
        batch = run_to_end(apply())
    except LockedError as exc:
        raise CliError(str(exc)) from exc
    if batch is None:
        say(lang, nothing)
    else:
        say(lang, "cli.imported_batch", batch=batch)
    return 0


def indicator_names(ctx: AppContext) -> dict[str, str]:
    """The indicator library's names in the reader's language, by code."""
    from salesperf_desktop.domain.i18n import pick
    from salesperf_desktop.services.templates import list_indicators

    return {e["code"]: pick(e["name"], ctx.lang) or e["code"] for e in list_indicators(ctx)}


def print_backups(backups, lang: str) -> None:
    """One line a backup: when, why (手动, 启动时, 导入前 …), size, file."""
    from salesperf_desktop.domain.messages import CATALOGUE, render

    for info in backups:
        kind = "before-migration" if info.reason.startswith("before-migration") else info.reason
        code = f"cli.backup_reason.{kind}"
        why = render(code, {}, lang) if code in CATALOGUE else info.reason
        print(f"{info.created:%Y-%m-%d %H:%M:%S}\t{why}\t{info.size}\t{info.path}")
