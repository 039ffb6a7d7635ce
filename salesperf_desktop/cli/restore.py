"""salesperf-cli restore: replace the database by a checked backup (the current file is kept).

Works on a database that cannot be opened (damaged, newer schema): it takes the instance lock
but does not open the current file, except to ask for its password when it is readable and
protected.
"""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli import CliError
from salesperf_desktop.cli.common import (
    db_path_of,
    ensure_password,
    language,
    locked,
    print_backups,
    say,
    unlock_file,
)
from salesperf_desktop.paths import backup_dir_for
from salesperf_desktop.services.backup import (
    BackupInvalid,
    backups_of,
    database_identity,
    restore_backup,
    verify_backup,
)


def register(sub) -> None:
    p = sub.add_parser(
        "restore",
        help="restore a backup (the current file is renamed aside, never deleted)",
    )
    p.add_argument(
        "backup",
        nargs="?",
        type=Path,
        help="backup file to restore, or 'latest'; without it the backups are listed",
    )
    p.set_defaults(func=run)


def _current_password_ok(db_path: Path, args) -> None:
    """When the current file opens and has a password, restoring over it needs that password."""
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services.opening import DatabaseError

    if not db_path.exists():
        return
    unlock_file(db_path, args)  # an encrypted file: its password, or exit 4
    try:
        ctx = build_context(db_path, seed=False)
    except DatabaseError:
        return  # damaged or newer: the reason to restore; nothing to ask
    try:
        ensure_password(ctx, args)
    finally:
        ctx.close()


def run(args) -> int:
    db_path = db_path_of(args)
    folder = backup_dir_for(db_path)
    backups = backups_of(db_path, folder)  # this database's only, whatever the file names
    if args.backup is None:
        lang = language(args)
        if not backups:
            say(lang, "cli.no_backups", name=db_path.name, folder=folder)
        print_backups(backups, lang)
        return 0
    if str(args.backup) == "latest":
        if not backups:
            raise CliError.coded("cli.no_backups", name=db_path.name, folder=str(folder))
        backup = backups[0].path
    else:
        backup = args.backup.resolve()
    with locked(db_path):
        if db_path.exists():
            unlock_file(db_path, args)  # encrypted: its password (read only, nothing changed)
        unlock_file(backup, args)  # an encrypted backup under another password asks for it
        try:
            verify_backup(backup, database_identity(db_path, folder))
        except BackupInvalid as exc:
            raise CliError(str(exc)) from exc
        _current_password_ok(db_path, args)
        try:
            aside = restore_backup(db_path, backup, folder)
        except (BackupInvalid, OSError) as exc:
            raise CliError(str(exc)) from exc
    lang = language(args)
    say(lang, "cli.restored", path=db_path, backup=backup)
    if aside is not None:
        say(lang, "cli.kept_aside", aside=aside)
    return 0
