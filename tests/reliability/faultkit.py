"""Real faults for the fault tests: permissions that bind even root, a size limit for the disk,
another program's lock on the database, and the command line run as a process.

Root reads and writes any file through two capabilities (CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH), so chmod alone simulates nothing when the tests run as root (containers,
some CI). Without those two, root is bound by the mode bits like anyone: a child process drops
them from its bounding set before it starts (``preexec_fn``); the test process itself drops
them from the main thread's effective set for the duration of a window test, then takes them
back. Where even that is impossible (no CAP_SETPCAP), the test is skipped and says why.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2
_ROOT_BYPASS = (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH)
_PR_CAPBSET_DROP = 24
_CAP_V3 = 0x20080522

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True) if os.name == "posix" else None


POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes, links and limits")


def is_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


def _drop_root_bypass_for_exec() -> None:  # runs in the child, between fork and exec
    for cap in _ROOT_BYPASS:
        if _libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _caps(data=None):
    header = _CapHeader(_CAP_V3, 0)
    if data is None:
        data = (_CapData * 2)()
        if _libc.capget(ctypes.byref(header), data) != 0:
            raise OSError(ctypes.get_errno(), "capget")
        return data
    if _libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")
    return data


@contextlib.contextmanager
def mode_bits_bind():
    """In this (main) thread, the file mode bits bind as they would for an ordinary user."""
    if not is_root():
        yield
        return
    data = _caps()
    saved = data[0].effective
    mask = sum(1 << cap for cap in _ROOT_BYPASS)
    data[0].effective = saved & ~mask
    try:
        _caps(data)
    except OSError as exc:
        pytest.skip(f"running as root and cannot drop CAP_DAC_OVERRIDE ({exc}): root ignores modes")
    try:
        yield
    finally:
        data[0].effective = saved
        _caps(data)


def cli_script() -> Path:
    script = Path(sys.executable).with_name("salesperf-cli")
    if not script.exists():
        script = Path(sys.executable).with_name("salesperf-cli.exe")
    if not script.exists():
        pytest.skip("salesperf-cli is not installed in this environment")
    return script


def cli_env(tmp_path: Path) -> dict[str, str]:
    """Its own data folder (the log file), home and settings: nothing shared between tests."""
    home = tmp_path / "home"
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "SALESPERF_DATA_DIR": str(tmp_path / "appdata"),
    }


def log_file(tmp_path: Path) -> Path:
    return tmp_path / "appdata" / "salesperf.log"


def run_cli(
    tmp_path: Path,
    *args: str,
    lang: str = "en",
    mode_bits: bool = False,
    max_file_size: int | None = None,
) -> subprocess.CompletedProcess:
    """``salesperf-cli --lang LANG ARGS`` as its own process (no --lang when *lang* is "").

    *mode_bits*: the file modes bind even when the tests run as root (see the module).
    *max_file_size*: RLIMIT_FSIZE, bytes: any file write beyond it fails with EFBIG, as a
    full disk fails a write (the real kernel error path, no root needed).
    """

    def before_exec() -> None:
        if mode_bits and is_root():
            _drop_root_bypass_for_exec()
        if max_file_size is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_size, max_file_size))

    try:
        return subprocess.run(
            [str(cli_script()), *(["--lang", lang] if lang else []), *args],
            env=cli_env(tmp_path),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=180,
            preexec_fn=before_exec if os.name == "posix" else None,
        )
    except subprocess.SubprocessError as exc:  # the preexec step could not drop the bypass
        pytest.skip(f"running as root and cannot drop CAP_DAC_OVERRIDE ({exc})")


@contextlib.contextmanager
def another_program_holds(db: Path):
    """A second process (think DB Browser for SQLite) holding ``BEGIN EXCLUSIVE`` on *db*."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sqlite3, sys
            con = sqlite3.connect(r"{db}", isolation_level=None)
            con.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            sys.stdin.readline()
            con.execute("ROLLBACK")
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.communicate("\n", timeout=30)


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and 'File "' not in stderr, stderr


def count_rows(db: Path, table: str) -> int:
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()
