"""What went wrong, told plainly: every error the window or the command line may meet is sorted
into one fault class, with its catalogue message and the command line's exit code.

The window and the CLI call ``classify`` in their top-level handlers; the traceback goes to the
log file, the officer reads ``Fault.message(lang)``. Errors come from several layers (the OS, the
sqlite3 driver, SQLAlchemy wrapping it, our coded refusals), so the chain of causes is walked
and SQLAlchemy's wrapper is recognised by its ``orig`` attribute, without importing it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from salesperf_desktop.domain.messages import CodedError, render
from salesperf_desktop.services.files import FileInUseError
from salesperf_desktop.storage.backup_files import FULL_DISK_ERRNOS, FULL_DISK_SQLITE_CODES
from salesperf_desktop.storage.cipher import sql_errors


class ExitCode:
    """The command line's exit codes, one per fault class (documented in the user guide)."""

    OK = 0
    DATA_PROBLEMS = 1  # the input has problems: nothing was imported
    REFUSED = 2  # wrong arguments, or a refusal that protects the data (damaged file, signed …)
    LOCK_HELD = 3  # the database is open in another SalesPerf window
    PASSWORD = 4  # a password is needed, or the one given is wrong
    READ_ONLY = 5  # the file or its folder is read-only
    PERMISSION_DENIED = 6  # no permission to read or write the file
    DISK_FULL = 7  # no space left (or the file may not grow)
    DATABASE_BUSY = 8  # another program holds a lock on the database
    IS_A_DIRECTORY = 9  # the path is a folder, not a file
    SYMLINK_LOOP = 10  # the path is a symbolic link loop
    FILE_SYSTEM = 11  # any other error reading or writing a file
    FILE_IN_USE = 12  # an output file is open in another program (Windows)
    UNEXPECTED = 70  # a bug: details in the log file (sysexits' EX_SOFTWARE)


# Fault class → (message code, exit code).
_KINDS: dict[str, tuple[str, int]] = {
    "read_only": ("fault.read_only", ExitCode.READ_ONLY),
    "permission_denied": ("fault.permission_denied", ExitCode.PERMISSION_DENIED),
    "disk_full": ("fault.disk_full", ExitCode.DISK_FULL),
    "database_busy": ("fault.database_busy", ExitCode.DATABASE_BUSY),
    "is_a_directory": ("fault.is_a_directory", ExitCode.IS_A_DIRECTORY),
    "symlink_loop": ("fault.symlink_loop", ExitCode.SYMLINK_LOOP),
    "file_system": ("fault.file_system", ExitCode.FILE_SYSTEM),
    "file_in_use": ("fault.file_in_use", ExitCode.FILE_IN_USE),
    "unexpected": ("fault.unexpected", ExitCode.UNEXPECTED),
}

# Coded refusals that are faults of their own class.
_CODED_KINDS = {
    "lock.in_use": ExitCode.LOCK_HELD,
    "lock.in_use_by": ExitCode.LOCK_HELD,
    "database.read_only_file": ExitCode.READ_ONLY,
    "database.read_only_folder": ExitCode.READ_ONLY,
    "password.wrong": ExitCode.PASSWORD,
    "cipher.password_needed": ExitCode.PASSWORD,
    "cipher.wrong_password": ExitCode.PASSWORD,
    # storage.backup_files.BackupFailed: a backup that could not be written (full disk, quota,
    # size limit: SQLite tells them apart only as SQLITE_FULL vs a write error)
    "backup.disk_full": ExitCode.DISK_FULL,
    "backup.write_failed": ExitCode.DISK_FULL,
}

# Coded faults of the machine whose own message says where (the backup folder, not the
# database): told as that fault class, in their own words.
_MACHINE_CODES = {"backup.disk_full": "disk_full", "backup.write_failed": "disk_full"}

_ERRNO_KINDS = {
    **dict.fromkeys(FULL_DISK_ERRNOS, "disk_full"),  # incl. a size limit: the same remedy
    errno.EROFS: "read_only",
    errno.EACCES: "permission_denied",
    errno.EPERM: "permission_denied",
    errno.EISDIR: "is_a_directory",
    errno.ELOOP: "symlink_loop",
}

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_KINDS = {
    3: "permission_denied",  # SQLITE_PERM
    5: "database_busy",  # SQLITE_BUSY
    6: "database_busy",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "file_system",  # SQLITE_IOERR
    13: "disk_full",  # SQLITE_FULL
    14: "file_system",  # SQLITE_CANTOPEN: refined by looking at the path
}
# Python before 3.11 gives no sqlite_errorcode: the driver's text then.
_SQLITE_TEXTS = (
    ("database or disk is full", "disk_full"),
    ("database is locked", "database_busy"),
    ("database table is locked", "database_busy"),
    ("readonly database", "read_only"),
    ("disk i/o error", "file_system"),
    ("unable to open database file", "file_system"),
)


@dataclass(frozen=True)
class Fault:
    """One fault class: its catalogue message and the command line's exit code.

    ``coded`` is set for our own refusals (a CodedError, or another error class of ours such
    as ``CellError``): their message is their own.
    """

    kind: str
    exit_code: int
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    coded: BaseException | None = None

    @property
    def expected(self) -> bool:
        """False for a bug (the officer is asked to send the log)."""
        return self.kind != "unexpected"

    @property
    def of_the_machine(self) -> bool:
        """A fault of the disk, the file or another program, not a refusal or a bug."""
        return self.coded is None and self.expected

    def message(self, lang: str = "zh_CN") -> str:
        if self.coded is not None:
            own = getattr(self.coded, "message", None)
            return own(lang) if callable(own) else str(self.coded)
        params = dict(self.params)
        if not params.get("path"):
            params["path"] = render("fault.the_database", {}, lang)
        return render(self.code, params, lang)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The error, the driver error SQLAlchemy wraps, and their causes (each once)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException):
            todo.append(orig)
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def _sqlite_kind(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code in FULL_DISK_SQLITE_CODES:
        return "disk_full"
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_KINDS:
        return _SQLITE_KINDS[code & 0xFF]
    text = str(exc).lower()
    for needle, kind in _SQLITE_TEXTS:
        if needle in text:
            return kind
    return None


def _path_kind(path: Path) -> str | None:
    """What is wrong with *path* itself, when the error did not say (SQLite's CANTOPEN)."""
    try:
        os.stat(path)
    except OSError as err:
        if err.errno in (errno.ELOOP, errno.EACCES, errno.EPERM):
            return _ERRNO_KINDS[err.errno]
        return None
    if path.is_dir():
        return "is_a_directory"
    if not os.access(path, os.R_OK):
        return "permission_denied"
    if not os.access(path, os.W_OK):
        return "read_only"
    return None


def _ours(err: BaseException) -> bool:
    """A refusal of our own (CellError, ImportRefused …), not an OS error we subclass."""
    return type(err).__module__.startswith("salesperf_desktop.") and not isinstance(err, OSError)


def _pathlib_loop(exc: BaseException) -> str | None:
    # Python before 3.13: Path.resolve() raises RuntimeError("Symlink loop from '…'").
    text = str(exc)
    if isinstance(exc, RuntimeError) and text.startswith("Symlink loop from "):
        return text.removeprefix("Symlink loop from ").strip("'\"")
    return None


def fault(kind: str, path: Path | str | None = None, **params: Any) -> Fault:
    code, exit_code = _KINDS[kind]
    return Fault(kind, exit_code, code, {"path": str(path) if path else "", **params})


def classify(exc: BaseException, path: Path | str | None = None) -> Fault:
    """The fault class of *exc*; *path* is the file being worked on, when the error lacks it.

    Never raises: anything not recognised is "unexpected" (exit code 70).
    """
    try:
        return _classify(exc, Path(path) if path else None)
    except Exception:  # the classifier must never be the next traceback
        return fault("unexpected")


def _classify(exc: BaseException, path: Path | None) -> Fault:
    for err in _chain(exc):
        if isinstance(err, CodedError) or _ours(err):
            code = str(getattr(err, "code", ""))
            if code in _MACHINE_CODES:  # a fault of the machine that names its own place
                return Fault(_MACHINE_CODES[code], _CODED_KINDS[code], code, dict(err.params))
            cause = err.__cause__ or err.__context__
            if cause is not None:  # a refusal caused by the machine (a backup on a full disk)
                inner = _classify(cause, path)
                if inner.of_the_machine:
                    return inner
            code = str(getattr(err, "code", ""))
            exit_code = _CODED_KINDS.get(code, ExitCode.REFUSED)
            return Fault("refused", exit_code, code, dict(getattr(err, "params", {})), coded=err)
        if isinstance(err, FileInUseError):
            return fault("file_in_use", err.path)
        loop = _pathlib_loop(err)
        if loop is not None:
            return fault("symlink_loop", loop)
        if isinstance(err, OSError) and err.errno in _ERRNO_KINDS:
            where = err.filename or path
            kind = _ERRNO_KINDS[err.errno]
            if os.name == "nt" and kind == "permission_denied" and where and Path(where).is_dir():
                kind = "is_a_directory"  # Windows refuses to open a folder with EACCES
            return fault(kind, where)
        if isinstance(err, sql_errors()):  # sqlite3's or, for an encrypted file, SQLCipher's
            kind = _sqlite_kind(err)
            if kind is None:
                continue
            if kind == "file_system" and path is not None:
                kind = _path_kind(path) or kind
            return fault(kind, path, detail=str(err))
        if isinstance(err, OSError):
            where = err.filename or path
            return fault("file_system", where, detail=err.strerror or str(err))
    return fault("unexpected", path)
