"""Restore is atomic: killed or failing at any step, a whole database stays in place.

The scene: the current database was left by a crash with changes still in its ``-wal``; the
backup to restore holds other data. A real restore runs in a subprocess that is SIGKILLed before
each of its file-system steps in turn (tests/reliability/restore_worker.py), and in-process with
an OSError injected at each step. Afterwards the database is there and whole (old or restored),
nothing of the old one is lost, the next command works, and a new restore completes.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from salesperf_desktop.app_context import build_context
from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.services.backup import make_backup, restore_backup
from salesperf_desktop.services.staff import TeamData, save_team

WORKER = Path(__file__).with_name("restore_worker.py")
OLD, OLD_CHECKPOINTED, NEW = "old, in the -wal", "old, checkpointed", "restored"


TEAMS = 40  # teams only the restored state has: they sit on other pages than the settings


def _company(path: Path) -> str:
    """The state in *path*: one of the three, never a mix of pages of two of them."""
    con = sqlite3.connect(path)  # read-write: applies a -wal beside it, as an open would
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        raw = con.execute("SELECT value FROM settings WHERE key='company_name'").fetchone()[0]
        teams = con.execute("SELECT count(*) FROM teams WHERE code LIKE 'R-%'").fetchone()[0]
    finally:
        con.close()
    state = raw.strip('"')
    assert teams == (TEAMS if state == NEW else 0), f"pages of two databases: {state}, {teams}"
    return state


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> Path:
    """salesperf.sqlite with a -wal of committed changes (a crash), and a backup of other data."""
    folder = tmp_path_factory.mktemp("scene")
    db = folder / "salesperf.sqlite"
    ctx = build_context(db, lang="en")
    ctx.settings.set("company_name", NEW)
    for i in range(TEAMS):
        save_team(ctx, TeamData(code=f"R-{i:03d}", name=f"Restored team {i} " + "x" * 80))
    make_backup(db, ctx.backup_dir, "manual")
    with ctx.transaction() as session:
        session.execute(text("DELETE FROM teams WHERE code LIKE 'R-%'"))
    ctx.settings.set("company_name", OLD_CHECKPOINTED)
    ctx.close()  # a clean close: all of it in the file
    ctx = build_context(db, lang="en")
    ctx.settings.set("company_name", OLD)  # committed, still in the -wal
    crashed = tmp_path_factory.mktemp("crashed")
    for name in (db.name, f"{db.name}-wal"):  # what a crash leaves: the file and its -wal
        shutil.copy(folder / name, crashed / name)
    ctx.close()
    shutil.copytree(folder / "backups", crashed / "backups")
    return crashed


def _fresh(scene: Path, where: Path) -> tuple[Path, Path]:
    shutil.copytree(scene, where)
    db = where / "salesperf.sqlite"
    (backup,) = (where / "backups").glob("*.sqlite")
    assert Path(f"{db}-wal").exists() and _company_of_copy(db) == OLD
    return db, backup


def _company_of_copy(db: Path) -> str:
    """Read without touching the scene: on a copy of the file and its -wal."""
    probe = db.with_name("probe.sqlite")
    shutil.copy(db, probe)
    if Path(f"{db}-wal").exists():
        shutil.copy(f"{db}-wal", f"{probe}-wal")
    try:
        return _company(probe)
    finally:
        for p in probe.parent.glob("probe.sqlite*"):
            p.unlink()


def _asides(db: Path) -> list[Path]:
    return sorted(db.parent.glob("salesperf.before-restore-*.sqlite"))


def _worker(db: Path, backup: Path, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(WORKER), str(db), str(backup), str(kill_at)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _assert_whole_and_nothing_lost(db: Path) -> str:
    assert db.exists(), "no database in place"
    in_place = _company_of_copy(db)
    assert in_place in (OLD, OLD_CHECKPOINTED, NEW)
    kept = [_company_of_copy(a) for a in _asides(db)]
    if in_place != OLD:  # the newest old data must then be in the file kept aside
        assert OLD in kept, (in_place, kept)
    return in_place


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_restore_killed_at_each_step_leaves_a_whole_database(scene, tmp_path, capsys):
    db, backup = _fresh(scene, tmp_path / "count")
    done = _worker(db, backup, 0)
    assert done.returncode == 0, done.stderr
    steps = int(done.stdout.split()[-1])
    assert _company(db) == NEW and steps >= 5

    def killed_at(k: int):
        db, backup = _fresh(scene, tmp_path / f"kill-{k}")
        run = _worker(db, backup, k)
        assert run.returncode == -9, (k, run.stdout, run.stderr)
        return k, db, backup

    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(killed_at, range(1, steps + 1)))
    seen = set()
    for k, db, backup in runs:
        seen.add(_assert_whole_and_nothing_lost(db))
        # The next command opens the database that is there; none is created empty.
        assert cli_main(["--db", str(db), "backup", "--list"]) == 0, k
        # And the restore, run again, completes (leftovers of the killed one are cleaned).
        restore_backup(db, backup)
        assert _company(db) == NEW
        assert not db.with_name(db.name + ".restoring").exists()
    capsys.readouterr()
    assert {OLD, NEW} <= seen  # the kills fell both before and after the switch


def test_a_restore_failing_at_each_step_leaves_the_old_database(scene, tmp_path, monkeypatch):
    k = 0
    while True:
        k += 1
        db, backup = _fresh(scene, tmp_path / f"fail-{k}")
        steps = 0

        def counted(real):
            def step(*args, **kwargs):
                nonlocal steps
                steps += 1
                if steps == k:  # noqa: B023 - the current k is meant
                    raise OSError(errno.ENOSPC, "No space left on device")
                return real(*args, **kwargs)

            return step

        with monkeypatch.context() as patch:
            for name in ("replace", "link", "unlink", "fsync"):
                patch.setattr(os, name, counted(getattr(os, name)))
            try:
                restore_backup(db, backup)
                failed = False
            except OSError:
                failed = True
        if failed:  # undone: the old file with its -wal in place, nothing left over
            assert _company_of_copy(db) == OLD, k
            assert _asides(db) == [] and not db.with_name(db.name + ".restoring").exists()
        else:
            assert _company(db) == NEW
            (aside,) = _asides(db)
            assert _company(aside) == OLD
        if steps < k:  # the restore finished before reaching step k: every step was tried
            break
    assert k > 5
