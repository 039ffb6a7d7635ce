"""The program's private temporary folder: folders left by a crashed run are swept."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest

from salesperf_desktop.ui import private_temp

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@posix_only
def test_folders_left_by_a_crashed_run_are_swept(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    orphan = tmp_path / f"{private_temp.PREFIX}{dead.stdout.strip()}-abc"
    (orphan / "x").mkdir(parents=True)
    (orphan / "x" / "evidence.pdf").write_bytes(b"left behind")
    alive = tmp_path / f"{private_temp.PREFIX}{os.getppid()}-def"  # a running program's
    alive.mkdir()
    other = tmp_path / "someone-else"
    other.mkdir()
    private_temp.remove_private_temp_dir()  # one an earlier test in this process made
    try:
        mine = private_temp.private_temp_dir()
        assert mine.parent == tmp_path
        assert not orphan.exists()
        assert alive.exists() and other.exists()
    finally:
        private_temp.remove_private_temp_dir()
