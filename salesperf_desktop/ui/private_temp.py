"""A private temporary folder for files opened in other programs, removed when the app quits.

Appeal evidence is personal data (seed 003): when the officer opens it with the system's
viewer it must be written somewhere, but only the user may read it (0700 folder, 0600 files)
and it must not stay behind. The folder is created on first use, once per running program,
and removed on ``QCoreApplication.aboutToQuit`` (and at interpreter exit, as a second chance).
Folders left by a program that crashed are swept the next time one is created: a folder is
removed when the process named in it is no longer running (POSIX: a signal-0 check on the user's
own folders; Windows: OpenProcess/GetExitCodeProcess, the temp folder being the user's own).
Files a viewer still holds open on Windows cannot be deleted; they go at a later sweep.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PREFIX = "salesperf-private-"
_NAME = re.compile(rf"^{re.escape(PREFIX)}(\d+)-")

_folder: Path | None = None


def private_temp_dir() -> Path:
    """This run's private folder (created 0700 on first use, removed at quit)."""
    global _folder
    if _folder is not None and _folder.is_dir():
        return _folder
    _sweep_orphans()
    # mkdtemp creates the folder readable by its owner only (0700) on POSIX.
    _folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    if os.name == "posix":
        _folder.chmod(0o700)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(remove_private_temp_dir)
    atexit.register(remove_private_temp_dir)
    return _folder


def private_file_path(name: str) -> Path:
    """A path for *name* in its own sub-folder (two files may share a name)."""
    folder = Path(tempfile.mkdtemp(dir=private_temp_dir()))
    return folder / Path(name).name


def secure_written_file(path: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(0o600)


def remove_private_temp_dir() -> None:
    global _folder
    folder, _folder = _folder, None
    if folder is not None:
        # A viewer may still hold a file open (Windows); what cannot go now is swept later.
        shutil.rmtree(folder, ignore_errors=True)


def _sweep_orphans() -> None:
    """Remove private folders of programs that are no longer running (after a crash)."""
    windows = sys.platform == "win32"
    if not windows and os.name != "posix":
        return
    root = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for entry in root.iterdir():
            match = _NAME.match(entry.name)
            if not match or not entry.is_dir() or entry.is_symlink():
                continue
            # Windows: %TEMP% is inside the user's profile, so every folder there is theirs.
            if not windows and entry.stat().st_uid != os.getuid():
                continue
            if _alive(int(match[1])):
                continue
            shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259
_ERROR_ACCESS_DENIED = 5


def _alive_windows(pid: int, kernel32=None) -> bool:
    """Whether process *pid* runs (Windows). When unsure, say yes: the folder then stays."""
    if kernel32 is None:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        last_error = ctypes.get_last_error
    else:
        last_error = kernel32.get_last_error  # tests hand in a stand-in
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # No such process (ERROR_INVALID_PARAMETER) is dead; access denied means it exists.
        return last_error() == _ERROR_ACCESS_DENIED
    try:
        import ctypes

        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
