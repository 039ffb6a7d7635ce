"""Only the program's own data folder is made private; a folder the officer chose keeps its
permissions; a database file the program creates is the user's only, an existing one keeps its
mode; a backups/ folder the program creates is private (issue #15, point 3)."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.backup import make_backup

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_programs_own_data_folder_is_made_private(tmp_path, monkeypatch):
    own = tmp_path / "appdata"
    own.mkdir(mode=0o755)
    own.chmod(0o755)
    monkeypatch.setenv("SALESPERF_DATA_DIR", str(own))
    build_context(own / "salesperf.sqlite", seed=False).close()
    assert _mode(own) == 0o700
    assert _mode(own / "salesperf.sqlite") == 0o600


def test_a_folder_the_officer_chose_keeps_its_permissions(db_path, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o2775)  # a group folder (setgid), as offices share them
    new = build_context(shared / "new.sqlite", seed=False)
    new.close()
    existing = shared / "existing.sqlite"
    shutil.copy(db_path, existing)
    existing.chmod(0o660)
    ctx = build_context(existing, seed=False)
    ctx.settings.set("company_name", "共享")
    backup = make_backup(existing, shared / "backups", "manual")
    ctx.close()
    assert _mode(shared) == 0o2775
    assert _mode(shared / "new.sqlite") == 0o600  # created by the program
    assert _mode(existing) == 0o660  # the officer's file keeps its mode
    assert _mode(shared / "backups") == 0o700 and _mode(backup) == 0o600


def test_a_backups_folder_that_was_there_keeps_its_permissions(ctx, tmp_path):
    ctx.backup_dir.mkdir()
    ctx.backup_dir.chmod(0o750)
    make_backup(ctx.db_path, ctx.backup_dir, "manual")
    assert _mode(ctx.backup_dir) == 0o750


def test_a_system_folder_like_the_temp_folder_is_never_changed(tmp_path):
    """A database put straight into a folder like /tmp (1777, sticky): the folder stays so.
    (Simulated: changing the real system temp folder would harm everything else.)"""
    system_temp = tmp_path / "tmp"
    system_temp.mkdir()
    system_temp.chmod(0o1777)
    build_context(system_temp / "salesperf.sqlite", seed=False).close()
    assert _mode(system_temp) == 0o1777
