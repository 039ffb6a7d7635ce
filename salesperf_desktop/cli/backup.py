"""salesperf-cli backup: a consistent copy of the database file, or the list of backups."""

from __future__ import annotations

from salesperf_desktop.cli.common import open_context, print_backups
from salesperf_desktop.services.backup import backups_of, make_backup


def register(sub) -> None:
    p = sub.add_parser("backup", help="write a backup copy of the database (or list backups)")
    p.add_argument(
        "--list", action="store_true", help="list this database's backups instead, newest first"
    )
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx:
        if args.list:
            print_backups(backups_of(ctx.db_path, ctx.backup_dir), ctx.lang)
            return 0
        # A failed backup (BackupFailed) is told by the top-level handler: its own message,
        # exit 7 for a full disk, the details in the log.
        target = make_backup(ctx.db_path, ctx.backup_dir, "manual")
    print(target)
    return 0
