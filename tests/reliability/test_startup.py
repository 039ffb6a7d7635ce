"""Start-up: the fast schema check agrees with alembic; the app starts, backs up, stays private."""

from __future__ import annotations

import os
import subprocess
import sys

from salesperf_desktop.storage.database import SCHEMA_HEAD, head_revision


def test_the_schema_head_written_down_is_alembics():
    # A new migration must update SCHEMA_HEAD, or every start would take the slow way.
    assert head_revision() == SCHEMA_HEAD


def test_app_starts_shows_and_makes_a_private_startup_backup(db_path, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "SALESPERF_DATA_DIR": str(tmp_path / "appdata"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "salesperf_desktop", "--db", str(db_path), "--quit-after", "300"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SALESPERF_SHOWN" in done.stdout
    backups = list((db_path.parent / "backups").glob("*.startup.*.sqlite"))
    assert len(backups) == 1
    if os.name == "posix":
        for path in (*backups, db_path, tmp_path / "appdata" / "salesperf.log"):
            assert path.stat().st_mode & 0o077 == 0, path


def test_migration_steps_go_to_the_log_file_not_the_terminal(tmp_path):
    """A new database is migrated at start: Alembic's lines are in the log (in the data folder,
    not beside a database opened elsewhere), stderr stays quiet."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "SALESPERF_DATA_DIR": str(tmp_path / "appdata"),
    }
    db = tmp_path / "data" / "new.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "salesperf_desktop", "--db", str(db), "--quit-after", "300"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    log = (tmp_path / "appdata" / "salesperf.log").read_text(encoding="utf-8")
    assert not (db.parent / "salesperf.log").exists()
    assert "Running upgrade" in log
    assert "alembic" not in done.stderr
    assert " INFO " not in done.stderr
