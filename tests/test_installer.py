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


def test_spec_bundles_what_printing_needs():
    """PDFium's library (File ▸ Print…) and Qt's own Chinese for the file and print dialogs."""
    spec = (INSTALLER / "salesperf.spec").read_text(encoding="utf-8")
    assert 'collect_dynamic_libs("pypdfium2_raw")' in spec
    assert '"PySide6.QtPrintSupport"' in spec
    assert '"_zh_CN.qm", "_zh_TW.qm"' in spec  # qtbase_zh_CN.qm, qtbase_zh_TW.qm kept


def test_the_wheel_of_pyside6_has_qts_chinese_for_the_standard_dialogs():
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for lang in ("zh_CN", "zh_TW"):
        assert (folder / f"qtbase_{lang}.qm").stat().st_size > 50_000


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


def _active_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if not line.lstrip().startswith(";")]


def test_the_windows_wizard_speaks_chinese_first():
    raw = (INSTALLER / "windows" / "salesperf.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: every Inno Setup 6 reads it so
    lines = _active_lines(raw.decode("utf-8-sig"))
    zh_cn = 'Name: "zh_CN"; MessagesFile: "languages\\ChineseSimplified.isl"'
    zh_tw = 'Name: "zh_TW"; MessagesFile: "languages\\ChineseTraditional.isl"'
    en = 'Name: "en"; MessagesFile: "compiler:Default.isl"'
    assert lines.index(zh_cn) < lines.index(en)  # the fallback when Windows' language is none
    assert zh_tw in lines
    assert "zh_CN.RunNow=立即启动 SalesPerf Desktop" in lines
    assert "zh_CN.DesktopIcon=创建桌面快捷方式" in lines
    # The build script obtains those unofficial files and checks them.
    ps1 = (INSTALLER / "windows" / "build_windows.ps1").read_text(encoding="utf-8")
    for needed in ("ChineseSimplified.isl", "ChineseTraditional.isl", "jrsoftware/issrc", "$0804"):
        assert needed in ps1


def test_the_windows_build_script_is_ascii():
    """Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page."""
    (INSTALLER / "windows" / "build_windows.ps1").read_bytes().decode("ascii")


def test_the_bundle_holds_the_command_line_program_too():
    spec = (INSTALLER / "salesperf.spec").read_text(encoding="utf-8")
    assert 'analysis("salesperf_cli_launcher.py")' in spec
    assert 'name=f"{NAME}-cli"' in spec and "console=True" in spec
    assert "cli_exe," in spec  # collected into the same folder
    assert (INSTALLER / "salesperf_cli_launcher.py").is_file()
    ps1 = (INSTALLER / "windows" / "build_windows.ps1").read_text(encoding="utf-8")
    assert "salesperf-cli.exe" in ps1


def test_the_windows_workflow_tests_builds_smoke_starts_and_uploads():
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for needed in (
        "runs-on: windows-latest",
        'python-version: "3.12"',  # PySide6 6.12.0 aborts on 3.11 (issue 20)
        "QT_QPA_PLATFORM: offscreen",
        "python -m pytest",
        "installer\\windows\\build_windows.ps1",
        "/VERYSILENT",
        "unins000.exe",
        "the uninstaller removed the data",
        "actions/upload-artifact@v4",
    ):
        assert needed in workflow, needed
