"""Large, realistic databases for the benchmarks, built once and kept between runs.

    .venv/bin/python benchmarks/bigdb.py OUT.sqlite [--staff 300] [--months 24] [--no-publish]

What a database holds (N staff × M months ending with 2026-10):
- the seeded templates, each widened to 20 indicators from the library (weights 5 × 20 = 100;
  the innovative reps' template keeps its 30 % team share), saved as the templates' current
  versions before any appraisal uses them;
- teams of 12 (a manager and 11 reps; the product lines take turns), supervisors set;
- every month: target, actual and base for each measured indicator, supervisor and self
  ratings for each rated one;
- every month but the last two published through the real service (``workflow.publish``:
  results frozen into the appraisals, as an officer's history looks); the last two are open.

Entries and ratings go in with ``sqlite3.executemany`` (not the ORM): 300 × 24 takes a few
seconds, 3,000 × 36 about a minute plus publication. ``cached_db(staff, months)`` builds a
database once per shape under ``$TMPDIR/salesperf-bench-dbs/`` (the name carries the schema
head and this builder's version) and hands out that path; benchmarks that change or open
the file copy it first (``copy_of``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VERSION = 2  # bump when what a database holds changes: cached files are then rebuilt
END_MONTH = (2026, 10)
OPEN_MONTHS = 2  # the last months are still being entered; the earlier ones are published
# The day the files are made for (their data end the month before). The app is told it is this
# day (``--today``; ``ctx.clock`` in-process): 本月待办 and Monthly entry follow "today", so
# without it a file's figures would change from one calendar month to the next.
BENCH_TODAY = dt.date(2026, 11, 20)
ITEMS = 20
TEAM_SIZE = 12
PRODUCT_LINES = ("mature", "innovative", "distributor")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def cache_dir() -> Path:
    folder = Path(tempfile.gettempdir()) / "salesperf-bench-dbs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cached_db(staff: int, months: int, *, publish: bool = True) -> Path:
    """The database of this shape, built the first time it is asked for."""
    from salesperf_desktop.storage.database import SCHEMA_HEAD

    tag = "pub" if publish else "open"
    shape = f"big-{staff}x{months}-{tag}-v{VERSION}-"
    path = cache_dir() / f"{shape}{SCHEMA_HEAD}.sqlite"
    if path.exists():
        return path
    part = path.with_name(f"{path.stem}.{os.getpid()}.part")
    for leftover in part.parent.glob(part.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    older = _older_cached(shape, path)
    if older is not None:
        shutil.copyfile(older, part)
        part.chmod(0o644)
        try:
            migrated = migrate_copy(part)
        except BaseException:
            for leftover in part.parent.glob(part.name + "*"):  # gigabytes: not left behind
                if leftover.is_file():
                    leftover.unlink()
            raise
        print(
            f"{path.name}: {older.name} upgraded by the real migrations in"
            f" {migrated['seconds']:.1f} s (the backup before it {migrated['backup_seconds']:.1f} s),"
            f" peak memory {migrated['peak_mib']:.0f} MiB"
            f" ({older.stat().st_size / 2**20:.0f} MiB -> {part.stat().st_size / 2**20:.0f} MiB)",
            file=sys.stderr,
            flush=True,
        )
        for stale in _superseded(shape):
            stale.unlink()
    else:
        build_big_db(part, staff, months, publish=publish)
    part.chmod(0o444)  # only ever copied (copy_of), never opened in place
    os.replace(part, path)  # whole or not at all: an interrupted build leaves no cached file
    print(
        f"built {path.name} in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
        flush=True,
    )
    return path


def _lineage() -> list[str]:
    """This program's schema revisions, head first (only these can be upgraded to its head)."""
    from alembic.script import ScriptDirectory

    from salesperf_desktop.storage.database import _alembic_config

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in script.walk_revisions()]


def _older_cached(shape: str, path: Path) -> Path | None:
    """The cached file of this shape at the newest older schema of this program's own line
    (another branch's revision cannot be upgraded here), or None."""
    for revision in _lineage():
        candidate = cache_dir() / f"{shape}{revision}.sqlite"
        if candidate != path and candidate.exists():
            return candidate
    return None


def _superseded(shape: str) -> list[Path]:
    """Cached files of this shape at schemas of this program's line older than its head's
    parent: nothing derives from them any more (gigabytes at 3,000 × 36). The parent's file
    stays, for a branch whose new migration follows it."""
    return [
        cache_dir() / f"{shape}{revision}.sqlite"
        for revision in _lineage()[2:]
        if (cache_dir() / f"{shape}{revision}.sqlite").exists()
    ]


def migrate_copy(db: Path) -> dict:
    """Upgrade *db* in place the way the app does when it opens an older file (backup first,
    every migration, VACUUM, checkpoint), in a child process so that its peak memory is its
    own. The backup is written to a folder beside *db* and removed afterwards (gigabytes).
    Returns {"seconds", "peak_mib", "backup_seconds"}."""
    backups = db.with_name(db.name + ".backups")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--migrate-in-place", str(db)],
        stdout=subprocess.PIPE,
        text=True,
    )
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    shutil.rmtree(backups, ignore_errors=True)
    if proc.returncode != 0:
        raise RuntimeError(f"migrating {db.name} failed (exit {proc.returncode})")
    report = json.loads(out.strip().splitlines()[-1])
    return {"seconds": seconds, "peak_mib": usage.ru_maxrss / 1024, **report}


def _migrate_in_place(db: Path) -> None:
    from salesperf_desktop.storage import database

    backups = db.with_name(db.name + ".backups")
    started = time.perf_counter()
    real_backup = database.backup_file

    def timed_backup(*args, **kwargs):
        begun = time.perf_counter()
        try:
            return real_backup(*args, **kwargs)
        finally:
            timings["backup_seconds"] = time.perf_counter() - begun

    timings: dict[str, float] = {}
    database.backup_file = timed_backup
    engine = database.open_database(db, backup_dir=backups)
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()
    timings["in_process_seconds"] = time.perf_counter() - started
    print(json.dumps(timings), flush=True)


def copy_of(db: Path, folder: Path) -> Path:
    """A private copy of *db* in *folder* (the app writes to the file it opens)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / db.name
    shutil.copyfile(db, target)
    return target


def month_list(months: int) -> list[tuple[int, int]]:
    year, month = END_MONTH
    out = []
    for _ in range(months):
        out.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _widened(definition: dict, library: dict, extra: list[str]) -> dict:
    """*definition* with 20 items: its own, then library indicators it lacks; 5 points each."""
    from salesperf_desktop.domain.library.templates import _item

    items = [dict(it) for it in definition["items"]][:ITEMS]
    have = {it["indicator"] for it in items}
    for code in extra:
        if len(items) >= ITEMS:
            break
        if code not in have and code in library:
            items.append(_item(code, 5))
            have.add(code)
    for it in items:
        it["weight"] = 100 // ITEMS
    return {**definition, "items": items, "sheet_total": 100}


def build_big_db(
    path: Path, staff: int = 300, months: int = 24, *, seed: int = 3, publish: bool = True
) -> Path:
    """Create *path* (must not exist) with *staff* people and *months* months of data."""
    from sqlalchemy import select

    from salesperf_desktop.app_context import build_context
    from salesperf_desktop.domain.library.indicators import INDICATORS
    from salesperf_desktop.domain.periods import Period
    from salesperf_desktop.domain.status import RaterRole, StaffStatus
    from salesperf_desktop.domain.template import validate_template
    from salesperf_desktop.services import workflow
    from salesperf_desktop.services.appraisals import stored_period
    from salesperf_desktop.storage.models import StaffRow, TeamRow, TemplateRow

    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    rnd = random.Random(seed)
    library = {entry["code"]: entry for entry in INDICATORS}
    extra = [code for code, entry in library.items() if entry["measure"] != "rating"]
    extra += [code for code, entry in library.items() if entry["measure"] == "rating"]
    ctx = build_context(path, lang="zh_CN")
    months_ = [Period.month(y, m) for y, m in month_list(months)]
    with ctx.transaction() as session:
        templates = {}
        for t in session.scalars(select(TemplateRow)):
            if t.current is None:
                continue
            doc = _widened(t.current.definition, library, extra)
            report = validate_template(doc)
            if not report.ok:
                raise ValueError(f"{t.code}: {report.errors}")
            t.current.definition = doc
            templates[t.code] = doc
        teams = []
        for i in range(max(1, -(-staff // TEAM_SIZE))):
            line = PRODUCT_LINES[i % 3]
            team = TeamRow(code=f"T{i:03d}", name=f"销售{i + 1}组", product_line=line)
            session.add(team)
            teams.append(team)
        session.flush()
        people: list[StaffRow] = []
        for n in range(staff):
            team = teams[n // TEAM_SIZE]
            manager = n % TEAM_SIZE == 0
            person = StaffRow(
                employee_no=f"B{n + 1:05d}",
                name=rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN),
                role="sales_manager" if manager else "sales_rep",
                team_id=team.id,
                region=("华东", "华南", "华北", "西南")[n // TEAM_SIZE % 4],
                product_line=team.product_line,
                hire_date=dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randint(0, 2500)),
                status=StaffStatus.REGULAR,
            )
            session.add(person)
            people.append(person)
        session.flush()
        for n, person in enumerate(people):
            head = people[n - n % TEAM_SIZE]
            if person is head:
                teams[n // TEAM_SIZE].manager_id = person.id
            else:
                person.supervisor_id = head.id
        periods = [stored_period(session, m, create=True) for m in months_]
        session.flush()
        plan = [
            (
                person.id,
                templates.get(
                    "sales_manager"
                    if person.role == "sales_manager"
                    else f"rep_{person.product_line}",
                    templates.get("rep_mature"),
                )["items"],
            )
            for person in people
        ]
        period_ids = [p.id for p in periods]
    ctx.close()

    stamp = dt.datetime(2026, 11, 1, 9, 0).isoformat(sep=" ")
    supervisor, self_ = RaterRole.SUPERVISOR.value, RaterRole.SELF.value
    con = sqlite3.connect(path)
    with con:
        for period_id in period_ids:
            entries, ratings = [], []
            for staff_id, items in plan:
                for item in items:
                    ind = item["indicator"]
                    if item["measure"] == "rating":
                        for role in (supervisor, self_):
                            value = float(rnd.randint(2, 5))
                            ratings.append((staff_id, period_id, ind, role, value, ""))
                        continue
                    target = round(rnd.uniform(50, 500), 1)
                    passed = 1 if item["measure"] == "pass_fail" else None
                    entries.append(
                        (
                            staff_id,
                            period_id,
                            ind,
                            target,
                            round(target * rnd.uniform(0.5, 1.4), 1),
                            round(target * rnd.uniform(0.7, 1.1), 1),
                            passed,
                            stamp,
                        )
                    )
            con.executemany(
                "INSERT INTO metric_entries (staff_id, period_id, indicator_code, target, "
                "actual, base, passed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                entries,
            )
            con.executemany(
                "INSERT INTO ratings (staff_id, period_id, indicator_code, rater_role, value, "
                "comment) VALUES (?, ?, ?, ?, ?, ?)",
                ratings,
            )
    con.close()

    if publish:
        ctx = build_context(path, lang="zh_CN")
        for period in months_[: max(0, len(months_) - OPEN_MONTHS)]:
            workflow.publish(ctx, period, on=_publication_day(period))
        ctx.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()
    return path


def _publication_day(period) -> dt.date:
    """The 10th of the month after *period*."""
    year, month = period.year, period.number
    year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return dt.date(year, month, 10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="a new file (default: the cache)")
    parser.add_argument("--staff", type=int, default=300)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--no-publish", action="store_true")
    parser.add_argument("--migrate-in-place", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.migrate_in_place is not None:
        _migrate_in_place(args.migrate_in_place)
        return 0
    if args.out is None:
        print(cached_db(args.staff, args.months, publish=not args.no_publish))
    else:
        build_big_db(args.out, args.staff, args.months, publish=not args.no_publish)
        print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
