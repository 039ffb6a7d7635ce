"""Backups belong to a database by its identity, and rotation never eats the newest one.

Realistic folders: two databases side by side (one with the demo company, one empty),
``hr[1].sqlite`` next to ``hr1.sqlite``, a clock set to 2030 once and then back, a ``.partial``
left by a backup that was killed, the same workbook imported twice, and backups written by a
version before identities.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.services import backup as backup_service
from salesperf_desktop.services.backup import (
    BackupFailed,
    backups_of,
    every_backup_in,
    make_backup,
    missing_with_backups,
    restore_backup,
)
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage import backup_files
from salesperf_desktop.storage.identity import read_database_id

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from salesperf_desktop.services.demo import create_demo_company

    path = tmp_path_factory.mktemp("identity-demo") / "demo.sqlite"
    ctx = build_context(path, lang="en")
    run_to_end(create_demo_company(ctx))
    ctx.close()
    return path


def _staff(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM staff").fetchone()[0]
    finally:
        con.close()


def _new_db(path: Path) -> Path:
    build_context(path, lang="en").close()
    return path


def _backups(folder: Path) -> set[str]:
    return {p.name for p in (folder / "backups").glob("*.sqlite")}


def test_two_databases_in_one_folder_restore_latest_their_own(demo_file, tmp_path, capsys):
    office = shutil.copy(demo_file, tmp_path / "office.sqlite")
    empty = _new_db(tmp_path / "branch.sqlite")
    staff = _staff(office)
    assert staff >= 13 and _staff(empty) == 0
    assert cli_main(["--db", str(office), "backup"]) == 0
    assert cli_main(["--db", str(empty), "backup"]) == 0  # the newest backup in the folder
    capsys.readouterr()

    assert cli_main(["--db", str(office), "restore", "latest"]) == 0
    out = capsys.readouterr().out
    assert f"from {tmp_path / 'backups' / 'office.manual.'}" in out
    assert _staff(office) == staff  # its own backup, not the empty database's
    assert cli_main(["--db", str(office), "restore"]) == 0
    listed = capsys.readouterr().out
    assert "office." in listed and "branch." not in listed
    assert cli_main(["--db", str(office), "backup", "--list"]) == 0
    assert "branch." not in capsys.readouterr().out


def test_a_backup_of_another_database_is_refused_even_by_name(demo_file, tmp_path, capsys):
    office = shutil.copy(demo_file, tmp_path / "office.sqlite")
    empty = _new_db(tmp_path / "branch.sqlite")
    theirs = make_backup(empty, tmp_path / "backups", "manual")
    before = office.read_bytes()
    assert cli_main(["--db", str(office), "restore", str(theirs)]) == 2
    assert "backup of another database" in capsys.readouterr().err
    assert office.read_bytes() == before


def test_brackets_in_a_name_are_not_a_pattern(tmp_path):
    hr1 = _new_db(tmp_path / "hr1.sqlite")
    hr_b = _new_db(tmp_path / "hr[1].sqlite")
    folder = tmp_path / "backups"
    theirs = [make_backup(hr1, folder, "startup", keep=2) for _ in range(2)]
    for _ in range(4):  # rotation of hr[1] runs four times with keep=2
        make_backup(hr_b, folder, "startup", keep=2)
    assert all(p.exists() for p in theirs)  # hr1's backups survive hr[1]'s rotation
    assert {b.path for b in backups_of(hr1, folder)} == set(theirs)
    mine = backups_of(hr_b, folder)
    assert len(mine) == 2 and all(b.database_id == read_database_id(hr_b) for b in mine)


class _Clock(dt.datetime):
    at = dt.datetime(2030, 1, 1, 9, 0)

    @classmethod
    def now(cls, tz=None):
        return cls.at


def test_a_clock_set_to_2030_and_back_never_deletes_the_new_backup(
    demo_file, tmp_path, monkeypatch
):
    from salesperf_desktop.services import metrics_import as mi

    db = shutil.copy(demo_file, tmp_path / "salesperf.sqlite")
    clock = type("Clock", (_Clock,), {})
    monkeypatch.setattr(backup_files, "dt", SimpleNamespace(datetime=clock))
    written_2030 = [make_backup(db, tmp_path / "backups", "before-import") for _ in range(2)]
    for path in written_2030:
        os.utime(path, (dt.datetime(2030, 1, 1).timestamp(),) * 2)
    clock.at = dt.datetime(2026, 11, 20, 9, 0)  # the clock is put right again

    ctx = build_context(db, lang="en")
    try:
        book = tmp_path / "metrics.xlsx"
        _metrics_book(ctx, book, 123)
        plan = run_to_end(mi.plan_import(ctx, book, mi.default_mapping()))
        assert plan.changes and not plan.problems
        run_to_end(mi.apply_import(ctx, plan))
    finally:
        ctx.close()
    kept = [b for b in backups_of(db) if b.reason == "before-import"]
    assert [b.created.year for b in kept] == [2026, 2030, 2030]  # newest first, by number
    assert kept[0].path.exists()  # the import ran with its backup
    newer = make_backup(db, tmp_path / "backups", "before-import", keep=2)
    assert [b.path for b in backups_of(db)] == [newer, kept[0].path]  # 2030's go first
    again = make_backup(db, tmp_path / "backups", "before-import", keep=1)
    assert [b.path for b in backups_of(db) if b.reason == "before-import"] == [again]


def _metrics_book(ctx, path: Path, value: float) -> Path:
    from openpyxl import Workbook

    con = sqlite3.connect(ctx.db_path)
    staff = [r[0] for r in con.execute("SELECT employee_no FROM staff ORDER BY id LIMIT 3")]
    con.close()
    wb = Workbook()
    ws = wb.active
    ws.append(["Employee ID", "Name", "Month", "Indicator", "Target", "Actual", "Base"])
    for no in staff:
        ws.append([no, "", "2026-11", "sales_achievement", 1000, value, None])
    wb.save(path)
    return path


def test_reimporting_an_identical_workbook_writes_no_backup_and_no_batch(demo_file, tmp_path):
    from salesperf_desktop.services import metrics_import as mi
    from salesperf_desktop.services.staff_io import (
        apply_staff_import,
        export_staff,
        read_staff_import,
    )

    db = shutil.copy(demo_file, tmp_path / "salesperf.sqlite")
    ctx = build_context(db, lang="en")
    try:
        book = _metrics_book(ctx, tmp_path / "metrics.xlsx", 900)
        first = run_to_end(
            mi.apply_import(ctx, run_to_end(mi.plan_import(ctx, book, mi.default_mapping())))
        )
        assert first is not None
        files, batches = _backups(tmp_path), _batches(db)
        plan = run_to_end(mi.plan_import(ctx, book, mi.default_mapping()))
        assert plan.changes == [] and not plan.problems
        assert run_to_end(mi.apply_import(ctx, plan)) is None
        assert _backups(tmp_path) == files and _batches(db) == batches

        register = tmp_path / "staff.xlsx"
        export_staff(ctx, register)
        staff_plan = run_to_end(read_staff_import(ctx, register))
        assert staff_plan.ok and not staff_plan.new and not staff_plan.updated
        assert run_to_end(apply_staff_import(ctx, staff_plan)) == 0
        assert _backups(tmp_path) == files and _batches(db) == batches
    finally:
        ctx.close()


def test_cli_reimport_says_nothing_changed(demo_file, tmp_path, capsys):
    db = shutil.copy(demo_file, tmp_path / "salesperf.sqlite")
    ctx = build_context(db, lang="en")
    book = _metrics_book(ctx, tmp_path / "metrics.xlsx", 700)
    ctx.close()
    assert cli_main(["--db", str(db), "import-metrics", str(book)]) == 0
    files = _backups(tmp_path)
    capsys.readouterr()
    assert cli_main(["--db", str(db), "import-metrics", str(book)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert _backups(tmp_path) == files


def _batches(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM import_batches").fetchone()[0]
    finally:
        con.close()


KILLED_BACKUP = """
import os, signal, sys
from pathlib import Path
from salesperf_desktop.services.backup import make_backup
real = os.replace
def kill_before_rename(src, dst):
    if str(src).endswith(".partial"):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst)
os.replace = kill_before_rename
make_backup(Path(sys.argv[1]), Path(sys.argv[2]), "startup")
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_partial_left_by_a_killed_backup_is_cleaned_at_the_next_start(tmp_path):
    hr1 = _new_db(tmp_path / "hr1.sqlite")
    hr_b = _new_db(tmp_path / "hr[1].sqlite")
    folder = tmp_path / "backups"
    for db in (hr1, hr_b):
        done = subprocess.run(
            [sys.executable, "-c", KILLED_BACKUP, str(db), str(folder)], capture_output=True
        )
        assert done.returncode == -signal.SIGKILL, done.stderr
    partials = sorted(p.name for p in folder.glob("*.partial"))
    assert len(partials) == 2 and every_backup_in(folder) == []  # never taken for a backup
    make_backup(hr_b, folder, "startup")  # what the start-up does
    assert [p.name for p in folder.glob("*.partial")] == [n for n in partials if "hr1." in n]
    make_backup(hr1, folder, "startup")
    assert list(folder.glob("*.partial")) == []


def test_a_failed_backup_leaves_nothing_and_says_disk_full(ctx, monkeypatch):
    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_files, "read_database_id", full)
    with pytest.raises(BackupFailed) as caught:
        make_backup(ctx.db_path, ctx.backup_dir, "before-import")
    assert caught.value.code == "backup.disk_full"
    assert [p.name for p in ctx.backup_dir.iterdir() if "partial" in p.name] == []


def test_a_missing_database_is_matched_by_the_identity_its_folder_remembers(
    demo_file, tmp_path, capsys
):
    office = shutil.copy(demo_file, tmp_path / "office.sqlite")
    empty = _new_db(tmp_path / "branch.sqlite")
    folder = tmp_path / "backups"
    make_backup(office, folder, "manual")
    make_backup(empty, folder, "manual")
    staff = _staff(office)
    office.unlink()

    offered = missing_with_backups(office, folder)
    assert [b.database for b in offered] == ["office.sqlite"]
    # A command never creates an empty database where one is expected ...
    assert cli_main(["--db", str(office), "staff"]) == 2
    assert "is missing" in capsys.readouterr().err and not office.exists()
    # ... and restoring the latest brings back this one, not the newer empty one.
    assert cli_main(["--db", str(office), "restore", "latest"]) == 0
    assert _staff(office) == staff
    # A brand-new path beside them is simply created.
    assert cli_main(["--db", str(tmp_path / "new.sqlite"), "backup", "--list"]) == 0


def test_backups_from_before_identities_stay_with_their_database(tmp_path):
    db = tmp_path / "salesperf.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    shutil.copy(FIXTURES / "salesperf-0001.sqlite", db)
    legacy = folder / "salesperf.startup.20261101-080000-000000.sqlite"
    shutil.copy(db, legacy)
    other = folder / "salesperf-old.startup.20261102-080000-000000.sqlite"
    shutil.copy(db, other)

    ctx = build_context(db, lang="en")  # the upgrade gives the database its identity
    ctx.close()
    identity = read_database_id(db)
    assert identity
    mine = backups_of(db)
    reasons = [b.reason for b in mine]
    assert reasons[0].startswith("before-migration-")  # adopted: numbered, with the identity
    assert mine[0].database_id == identity and legacy in [b.path for b in mine]
    assert other not in [b.path for b in mine]  # another file stem: not this database's
    for _ in range(3):
        make_backup(db, folder, "startup", keep=1)
    assert legacy.exists()  # never rotated: made by an older version

    restore_backup(db, legacy)  # an old copy comes back under this database's identity
    assert read_database_id(db) == identity
    ctx = build_context(db, lang="en")
    ctx.close()
    assert read_database_id(db) == identity
    assert len(backups_of(db)) == len(mine) + 1


def test_listing_many_backups_reads_the_sidecars_not_the_copies(ctx, monkeypatch):
    for _ in range(5):
        make_backup(ctx.db_path, ctx.backup_dir, "manual")
    opened = []
    real = backup_files.read_database_id
    monkeypatch.setattr(backup_files, "read_database_id", lambda p: opened.append(p) or real(p))
    assert len(backup_service.backups_of(ctx.db_path)) == 5
    assert opened == []
