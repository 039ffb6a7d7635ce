"""One writer per database file: a second instance is told so instead of writing concurrently."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from salesperf_desktop.domain.messages import CodedError


class DatabaseInUseError(CodedError):
    """Another SalesPerf window (or command) holds the file (codes "lock.in_use*")."""

    def __init__(self, db_path: Path, pid: int | None, host: str | None, app: str | None):
        self.db_path, self.pid, self.host, self.app = db_path, pid, host, app
        if pid:
            super().__init__("lock.in_use_by", path=str(db_path), pid=pid, host=host or "localhost")
        else:
            super().__init__("lock.in_use", path=str(db_path))


class LockFolderReadOnlyError(CodedError):
    """The lock file cannot be written beside the database: its folder is read-only.

    Not "in use": nobody holds the file (the bug this replaces said so)."""

    def __init__(self, db_path: Path):
        self.db_path = db_path
        super().__init__("database.read_only_folder", folder=str(db_path.parent), name=db_path.name)


class DatabaseLock:
    """A QLockFile beside the database; stale locks of crashed processes are taken over."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self._lock_path = str(self.db_path) + ".lock"
        self._lock = QLockFile(self._lock_path)
        self._lock.setStaleLockTime(0)  # only a dead owner makes it stale, never age

    def acquire(self) -> None:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(100):
            return
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # PySide6: (pid, host, app), or a falsy value
            pid, host, app = info if info and len(info) == 3 else (None, None, None)
            raise DatabaseInUseError(self.db_path, pid or None, host, app)
        folder = self.db_path.parent
        if error == QLockFile.LockError.PermissionError or not os.access(folder, os.W_OK):
            raise LockFolderReadOnlyError(self.db_path)
        # UnknownError: the lock file's own path is unusable. Nothing is held.
        raise OSError(errno.EIO, "cannot create the lock file", self._lock_path)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
