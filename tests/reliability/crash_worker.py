"""Run by test_crash_safety in a subprocess that the test SIGKILLs at a random moment.

Usage: python crash_worker.py DB MODE [WORKBOOK...]
  import  — import each workbook in turn with the real metrics import service
  entries [STOP] — one committed entry after another (printing COMMITTED n after each commit),
            with the -wal checkpointed (and stamped) every ~64 KB: kills land around
            checkpoints; with STOP, waits (PAUSED) after STOP entries, to be killed there
  save    — real saves in a loop: start/publish appraisals of a month, settings, backups,
            restore of a backup
Prints READY once the database is open, then works until killed (or done).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    db, mode, *files = sys.argv[1:]
    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.services.progress import run_to_end

    if mode == "entries":
        from salesperf_desktop.storage import wal_guard

        wal_guard.WAL_CHECKPOINT_BYTES = 64 * 1024
    ctx = build_context(Path(db), lang="en")
    if mode == "entries":
        _entries(ctx, int(files[0]) if files else 100_000)
        return
    if mode == "import":
        from salesperf_desktop.services import metrics_import as mi

        mapping = mi.default_mapping()
    print("READY", flush=True)
    if mode == "import":
        for name in files:
            plan = run_to_end(mi.plan_import(ctx, name, mapping))
            assert not plan.problems, plan.problems[:3]
            run_to_end(mi.apply_import(ctx, plan))
            print("IMPORTED", name, flush=True)
        return
    import datetime as dt

    from salesperf_desktop.domain.periods import Period
    from salesperf_desktop.services.appraisals import publish_period, start_appraisals
    from salesperf_desktop.services.backup import make_backup, restore_backup

    month = 10
    n = 0
    while True:
        n += 1
        ctx.settings.set("officer_name", f"officer {n}")
        if month == 10:
            with ctx.transaction() as session:
                start_appraisals(session, Period.month(2026, 10))
                publish_period(session, Period.month(2026, 10), dt.date(2026, 11, 5), lang="en")
            month = 0
        backup = make_backup(ctx.db_path, ctx.backup_dir, "crash-test", keep=3)
        if n % 3 == 0:
            ctx.close()
            restore_backup(ctx.db_path, backup)
            ctx = build_context(Path(db), lang="en")


def _entries(ctx, stop: int) -> None:
    import time

    from salesperf_desktop.storage.models import SettingRow

    print("READY", flush=True)
    for n in range(stop):
        with ctx.transaction() as session:
            session.add(SettingRow(key=f"entry-{n}", value={"n": n, "pad": "x" * 500}))
        # One write: with PYTHONUNBUFFERED, print's pieces are separate writes and a kill
        # between them leaves "COMMITTED" without its number.
        sys.stdout.write(f"COMMITTED {n}\n")
        sys.stdout.flush()
    print("PAUSED", flush=True)
    time.sleep(3600)  # until killed


if __name__ == "__main__":
    main()
