"""What the -wal guard costs (storage/wal_guard.py): the token stamp at each checkpoint, the
size check after a commit, and the check of a leftover -wal at an unclean open.

Measured on the large database (300 staff × 24 months, benchmarks/bigdb.py). The stamp is two
small commits and a TRUNCATE checkpoint, compared with one plain commit; the unclean-open
check (snapshot of file + -wal + -shm, a copy, ``integrity_check`` of the combined state)
is compared with a plain copy of the file.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from _common import report
from bigdb import cached_db, copy_of

from salesperf_desktop.app_context import build_context
from salesperf_desktop.storage import wal_guard


def _median_ms(fn, n: int) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="salesperf-bench-wal-"))
    path = copy_of(cached_db(300, 24), tmp)
    size_mb = path.stat().st_size / 1e6
    ctx = build_context(path, lang="en")
    counter = iter(range(10**6))
    commit_ms = _median_ms(lambda: ctx.settings.set("officer_name", f"officer {next(counter)}"), 20)
    stamp_ms = _median_ms(lambda: wal_guard.checkpoint_and_stamp(ctx.engine), 20)
    size_check_ms = _median_ms(lambda: wal_guard.checkpoint_if_large(ctx.engine, path), 200)
    report("stamp at a checkpoint (2 commits + TRUNCATE)", stamp_ms, "ms", "≤ 50 ms", stamp_ms / 50)
    report("one plain commit", commit_ms, "ms", "", None)
    report("-wal size check after a commit", size_check_ms, "ms", "≤ 0.5 ms", size_check_ms / 0.5)

    # An unclean stop: the file and its -wal as a killed program leaves them.
    ctx.settings.set("company_name", "after the last checkpoint")
    crashed = tmp / "crashed"
    crashed.mkdir()
    for name in (path, wal_guard.wal_path(path), wal_guard.shm_path(path)):
        if name.exists():
            shutil.copyfile(name, crashed / name.name)
    ctx.close()
    victim = crashed / path.name
    backups = tmp / "backups"

    def guard() -> None:
        wal_guard.guard_leftover_wal(victim, backups)
        for snapshot in backups.glob("*.unclean-stop.*"):
            shutil.rmtree(snapshot)

    guard_ms = _median_ms(guard, 5)
    copy_ms = _median_ms(lambda: shutil.copyfile(victim, tmp / "plain-copy.sqlite"), 5)
    report(
        f"unclean-open check, {size_mb:.1f} MB file",
        guard_ms,
        "ms",
        "≤ 1000 ms",
        guard_ms / 1000,
    )
    report("plain copy of the file", copy_ms, "ms", "", None)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
