"""salesperf-cli backup: a consistent copy of the database file."""

from __future__ import annotations

from salesperf_desktop.cli.common import open_context
from salesperf_desktop.services.backup import make_backup


def register(sub) -> None:
    p = sub.add_parser("backup", help="write a backup copy of the database")
    p.set_defaults(func=run)


def run(args) -> int:
    with open_context(args) as ctx:
        target = make_backup(ctx.db_path, ctx.backup_dir, "manual")
    print(target)
    return 0
