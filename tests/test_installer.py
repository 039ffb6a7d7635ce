"""The installer files: what they promise, and (slow, when PyInstaller is installed) a real build."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def test_the_windows_uninstaller_never_deletes_the_data_folder():
    iss = (INSTALLER / "windows" / "salesperf.iss").read_text(encoding="utf-8")
    sections = [line.strip() for line in iss.splitlines() if line.startswith("[")]
    assert "[UninstallDelete]" not in sections
    assert "{userappdata}" not in iss  # nothing of the installer touches the data folder
    assert "{group}\\SalesPerf Desktop" in iss  # Start-menu entry
    assert "Tasks: desktopicon" in iss


def test_spec_bundles_the_data_and_leaves_out_unused_qt():
    spec = (INSTALLER / "salesperf.spec").read_text(encoding="utf-8")
    for needed in ("pyproject.toml", "migrations", "resources", "*.qm", "BUNDLE("):
        assert needed in spec
    for unused in ("QtWebEngineCore", "QtQml", "QtQuick"):
        assert f'"PySide6.{unused}"' in spec


def test_every_build_refuses_a_qt_binding_known_to_crash():
    """PySide6 6.12.0 before Python 3.12 aborts the program (docs/design/engineering-notes.md)."""
    spec = (INSTALLER / "salesperf.spec").read_text(encoding="utf-8")
    assert "binding_check.py" in spec and "\n_refuse_a_binding_known_to_crash()\n" in spec
    for script in ("build_linux.sh", "windows/build_windows.ps1"):
        assert "-m salesperf_desktop.binding_check" in (INSTALLER / script).read_text("utf-8")


def test_icons_exist():
    for name in ("salesperf.svg", "salesperf.png", "salesperf.ico", "salesperf.icns"):
        assert (ROOT / "resources" / "icons" / name).stat().st_size > 500


@pytest.mark.slow
def test_linux_bundle_builds_starts_and_creates_its_database():
    pytest.importorskip("PyInstaller")
    if os.name != "posix" or shutil.which("bash") is None:
        pytest.skip("the Linux build script")
    result = subprocess.run(
        [str(INSTALLER / "build_linux.sh")], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke check passed" in result.stdout
