"""What differs on the office's Windows laptop, checked here by simulating it.

These run on Linux (and on the Windows CI runner): a Chinese user name in every path the program
writes, the database lock in such a folder, replacing an output file another program holds open
(Windows refuses: PermissionError), the shipped font where no CJK font is installed, and private
temp folders left by a crash. What only a real Windows can show is listed in installer/README.md.
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from salesperf_desktop.instance_lock import DatabaseInUseError, DatabaseLock
from salesperf_desktop.paths import cjk_font_path
from salesperf_desktop.services import files
from salesperf_desktop.services.files import FileInUseError, replace_file
from salesperf_desktop.ui import private_temp

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from salesperf_desktop.cli import main; raise SystemExit(main())"]
SHARING_VIOLATION = PermissionError(
    13,
    "[WinError 32] The process cannot access the file because it is being used by another process",
)


def _profile(tmp_path: Path) -> Path:
    """A Windows-like user profile whose user name is Chinese (with a space, as some are)."""
    return tmp_path / "Users" / "张 伟"


def _env_for_profile(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SALESPERF_DATA_DIR"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "AppData" / "Roaming"),
        XDG_CONFIG_HOME=str(home / "AppData" / "Roaming" / "config"),
    )
    return env


# ----------------------------------------------------------------------------- data folder


@pytest.mark.skipif(
    sys.platform == "win32", reason="Qt asks Windows for the profile folder; no variable moves it"
)
def test_window_and_cli_keep_everything_in_a_data_folder_under_a_chinese_user_name(tmp_path):
    home = _profile(tmp_path)
    env = _env_for_profile(home)
    # The platform's data folder (like %APPDATA%\SalesPerf\salesperf-desktop), no --db.
    expected = home / "AppData" / "Roaming" / "SalesPerf" / "salesperf-desktop"
    cli = subprocess.run(
        [*CLI, "--lang", "zh_CN", "demo"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert cli.returncode == 0, cli.stderr[-2000:]
    db = expected / "salesperf.sqlite"
    assert db.is_file()
    window = subprocess.run(
        [sys.executable, "-m", "salesperf_desktop", "--lang", "zh_CN", "--quit-after", "300"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert window.returncode == 0, window.stderr[-2000:]
    assert "SALESPERF_SHOWN" in window.stdout
    assert list((expected / "backups").glob("*.startup.*.sqlite"))  # the start-up backup
    assert (expected / "salesperf.log").is_file()
    info = subprocess.run(
        [*CLI, "info"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert info.returncode == 0, info.stderr[-2000:]
    assert str(db) in info.stdout
    assert "E公司" in info.stdout


def test_the_database_lock_works_in_a_folder_with_a_chinese_name(tmp_path):
    folder = _profile(tmp_path) / "AppData" / "Roaming" / "SalesPerf" / "salesperf-desktop"
    db = folder / "考核 2026.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent("""
            import sys
            from salesperf_desktop.instance_lock import DatabaseLock
            lock = DatabaseLock(sys.argv[1])
            lock.acquire()
            print("locked", flush=True)
            sys.stdin.readline()
            """),
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUseError) as refused:
            DatabaseLock(db).acquire()
        assert refused.value.pid == holder.pid
        assert str(db) in str(refused.value)
    finally:
        holder.communicate("\n", timeout=10)
    with DatabaseLock(db):  # free again once the first program has quit
        assert Path(f"{db}.lock").exists()


# ----------------------------------------------------------------------------- replacing files


@pytest.fixture
def on_windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")


def _held_open(monkeypatch, times: int | None):
    """os.replace fails like Windows while another program holds the target open."""
    real = os.replace
    calls = []

    def replace(src, dst):
        calls.append((src, dst))
        if times is None or len(calls) <= times:
            raise SHARING_VIOLATION
        real(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    return calls


def test_a_short_lock_such_as_a_virus_scan_is_waited_out(tmp_path, monkeypatch, on_windows):
    target, part = tmp_path / "考核表.pdf", tmp_path / "考核表.pdf.part"
    target.write_bytes(b"old")
    part.write_bytes(b"new")
    calls = _held_open(monkeypatch, times=2)
    slept = []
    replace_file(part, target, sleep=slept.append)
    assert target.read_bytes() == b"new"
    assert len(calls) == 3 and len(slept) == 2
    assert not part.exists()


def test_a_file_left_open_in_excel_gives_a_clear_message_and_stays_as_it_was(
    tmp_path, monkeypatch, on_windows
):
    target, part = tmp_path / "结果 2026-10.xlsx", tmp_path / "结果 2026-10.xlsx.part"
    target.write_bytes(b"the officer's open workbook")
    part.write_bytes(b"new results")
    calls = _held_open(monkeypatch, times=None)
    slept = []
    with pytest.raises(FileInUseError) as error:
        replace_file(part, target, sleep=slept.append)
    assert len(calls) == files.ATTEMPTS and len(slept) == files.ATTEMPTS - 1
    assert error.value.path == target
    assert str(target) in str(error.value) and "open in another program" in str(error.value)
    assert target.read_bytes() == b"the officer's open workbook"
    assert not part.exists()  # no .part litter beside her file
    # Printing workers send it back to the window through a process boundary.
    back = pickle.loads(pickle.dumps(error.value))
    assert (
        isinstance(back, FileInUseError) and back.path == target and str(back) == str(error.value)
    )


def test_the_window_names_the_open_file_in_chinese(tmp_path):
    from salesperf_desktop.services.faults import classify

    path = tmp_path / "结果.xlsx"
    text = classify(FileInUseError(path)).message("zh_CN")  # the fault dialog's text
    assert str(path) in text
    assert "其他程序" in text and "open in another program" not in text


def test_elsewhere_a_permission_error_is_passed_on_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    part = tmp_path / "a.part"
    part.write_bytes(b"x")
    calls = _held_open(monkeypatch, times=None)
    with pytest.raises(PermissionError) as error:
        replace_file(part, tmp_path / "a.pdf", sleep=pytest.fail)
    assert not isinstance(error.value, FileInUseError)
    assert len(calls) == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX semantics")
def test_on_posix_a_reader_keeps_the_old_file_while_the_new_one_is_put_in_place(tmp_path):
    target, part = tmp_path / "form.pdf", tmp_path / "form.pdf.part"
    target.write_bytes(b"old")
    part.write_bytes(b"new")
    with target.open("rb") as reader:
        replace_file(part, target)
        assert reader.read() == b"old"
    assert target.read_bytes() == b"new"


# ----------------------------------------------------------------------------- the shipped font


def test_the_shipped_font_serves_window_charts_and_pdf_from_a_chinese_install_path(tmp_path):
    """Per-user install: the program sits under the user's profile, e.g.
    C:\\Users\\张 伟\\AppData\\Local\\Programs\\SalesPerf Desktop. No system CJK font is visible
    (an empty fontconfig stands in for a Windows without one): everything uses the shipped file."""
    program = _profile(tmp_path) / "AppData" / "Local" / "Programs" / "SalesPerf Desktop"
    font = program / "_internal" / "salesperf_desktop" / "resources" / "fonts" / "wqy-microhei.ttc"
    font.parent.mkdir(parents=True)
    shutil.copy(cjk_font_path(), font)
    fonts_conf = tmp_path / "fonts.conf"
    fonts_conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    script = textwrap.dedent("""
        import sys, warnings
        from pathlib import Path
        warnings.simplefilter("error")  # matplotlib warns about each missing glyph
        font, out = Path(sys.argv[1]), Path(sys.argv[2])
        from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        if sys.platform != "win32":  # a real Windows has its own CJK fonts anyway
            assert not any(
                QFontMetrics(QFont(f)).inFontUcs4(ord("张")) for f in QFontDatabase.families()
            ), "a system CJK font is visible"
        font_id = QFontDatabase.addApplicationFont(str(font))
        assert font_id != -1
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
        assert QFontMetrics(QFont(family)).inFontUcs4(ord("张"))

        from salesperf_desktop.services import chart_style
        chart_style.cjk_font_path = lambda: font
        import matplotlib
        matplotlib.use("Agg")
        from matplotlib import pyplot as plt
        chart_style.configure_matplotlib()
        fig, ax = plt.subplots()
        ax.set_title("张伟 月度得分")
        fig.savefig(out / "chart.png")

        from reportlab.pdfgen import canvas
        from salesperf_desktop.services.pdf.render import register_font
        name = register_font(font)
        c = canvas.Canvas(str(out / "form.pdf"))
        c.setFont(name, 12)
        c.drawString(72, 720, "绩效考核表 张伟")
        c.save()
        print("family", family)
    """)
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(font), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "family WenQuanYi Micro Hei" in done.stdout
    pdf = (tmp_path / "form.pdf").read_bytes()
    assert b"/FontFile2" in pdf  # the font is embedded: any reader shows the Chinese


# ----------------------------------------------------------------------------- temp after a crash


class _Kernel32:
    """Stands in for kernel32: OpenProcess / GetExitCodeProcess / CloseHandle."""

    def __init__(self, running: set[int], denied: frozenset[int] = frozenset()):
        self.running, self.denied, self.error, self.closed = running, denied, 0, []

    def OpenProcess(self, access, inherit, pid):
        if pid in self.denied:
            self.error = 5  # ERROR_ACCESS_DENIED: exists, another user's
            return 0
        if pid in self.running or pid == 4242:
            return 1000 + pid
        self.error = 87  # ERROR_INVALID_PARAMETER: no such process
        return 0

    def GetExitCodeProcess(self, handle, ref):
        ref._obj.value = 259 if handle - 1000 in self.running else 0  # STILL_ACTIVE or exited
        return 1

    def CloseHandle(self, handle):
        self.closed.append(handle)
        return 1

    def get_last_error(self):
        return self.error


def test_the_windows_process_check():
    kernel32 = _Kernel32(running={100}, denied=frozenset({200}))
    assert private_temp._alive_windows(100, kernel32) is True
    assert private_temp._alive_windows(200, kernel32) is True  # unsure: keep the folder
    assert private_temp._alive_windows(300, kernel32) is False  # gone
    assert private_temp._alive_windows(4242, kernel32) is False  # handle, but it has exited
    assert kernel32.closed == [1100, 5242]  # every handle opened is closed


@pytest.mark.skipif(sys.platform != "win32", reason="the real kernel32 (Windows CI)")
def test_the_windows_process_check_on_windows():
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert private_temp._alive_windows(os.getpid()) is True
    assert private_temp._alive_windows(int(ended.stdout)) is False


def test_on_windows_private_folders_left_by_a_crash_are_swept_at_the_next_start(
    tmp_path, monkeypatch, on_windows
):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    # The fake decides, not POSIX: the "crashed" pid runs here, the "running" one cannot exist here.
    gone, open_window = os.getppid(), 4_194_400
    kernel32 = _Kernel32(running={os.getpid(), open_window})
    real_check = private_temp._alive_windows
    monkeypatch.setattr(private_temp, "_alive_windows", lambda pid: real_check(pid, kernel32))
    monkeypatch.setattr(private_temp, "_folder", None)
    crashed = tmp_path / f"{private_temp.PREFIX}{gone}-abc"
    (crashed / "x").mkdir(parents=True)
    (crashed / "x" / "申诉证据.pdf").write_bytes(b"personal data left by a crash")
    running = tmp_path / f"{private_temp.PREFIX}{open_window}-def"  # another window still open
    running.mkdir()
    unrelated = tmp_path / "someone-else"
    unrelated.mkdir()
    try:
        mine = private_temp.private_temp_dir()
        assert mine.parent == tmp_path
        assert not crashed.exists()
        assert running.exists() and unrelated.exists()
    finally:
        private_temp.remove_private_temp_dir()


def test_cli_output_to_a_pipe_in_an_ansi_code_page_does_not_abort(db_path, tmp_path, monkeypatch):
    """`salesperf-cli info > out.txt` on an English Windows: cp1252 cannot hold 张伟."""
    import io

    from salesperf_desktop.cli import main

    folder = _profile(tmp_path) / "数据"
    folder.mkdir(parents=True)
    db = folder / "考核.sqlite"
    shutil.copy(db_path, db)
    pipe = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")  # errors="strict", as Python's
    monkeypatch.setattr(sys, "stdout", pipe)
    assert main(["--db", str(db), "info"]) == 0
    pipe.flush()
    text = pipe.buffer.getvalue().decode("cp1252")
    assert "database:" in text and "staff:" in text and "?" in text
