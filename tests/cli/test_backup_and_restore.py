"""salesperf-cli backup and restore: a manual copy, the list, and restoring the latest."""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.instance_lock import DatabaseLock


def test_backup_then_restore_the_latest_keeps_the_current_file(demo_db, capsys):
    assert cli_main(["--db", demo_db, "backup"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.exists() and ".manual." in written.name
    assert cli_main(["--db", demo_db, "backup", "--list"]) == 0
    assert str(written) in capsys.readouterr().out
    assert cli_main(["--db", demo_db, "restore"]) == 0
    assert str(written) in capsys.readouterr().out
    assert cli_main(["--db", demo_db, "restore", "latest"]) == 0
    out = capsys.readouterr().out
    assert f"restored {demo_db} from {written}" in out
    aside = Path(out.splitlines()[-1].removeprefix("the previous file is kept as "))
    assert aside.exists() and aside != Path(demo_db)


def test_restore_waits_for_a_window_that_has_the_database_open(demo_db, capsys):
    assert cli_main(["--db", demo_db, "backup"]) == 0
    with DatabaseLock(Path(demo_db)):
        assert cli_main(["--db", demo_db, "restore", "latest"]) == 3
    assert "already open" in capsys.readouterr().err


def test_restore_without_backups_says_so(tmp_path, capsys):
    db = str(tmp_path / "new.sqlite")
    assert cli_main(["--db", db, "restore"]) == 0
    assert "no backups" in capsys.readouterr().out
    assert cli_main(["--db", db, "restore", "latest"]) == 2
