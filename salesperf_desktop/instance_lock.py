"""One writer per database file: a second instance is told so instead of writing concurrently."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class DatabaseInUseError(RuntimeError):
    def __init__(self, db_path: Path, pid: int | None, host: str | None, app: str | None):
        self.db_path, self.pid, self.host, self.app = db_path, pid, host, app
        who = f" (process {pid} on {host or 'this computer'})" if pid else ""
        super().__init__(f"{db_path} is already open in another SalesPerf window{who}.")


class DatabaseLock:
    """A QLockFile beside the database; stale locks of crashed processes are taken over."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self._lock = QLockFile(str(self.db_path) + ".lock")
        self._lock.setStaleLockTime(0)  # only a dead owner makes it stale, never age

    def acquire(self) -> None:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(100):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # PySide6: (pid, host, app), or a falsy value
            pid, host, app = info if info and len(info) == 3 else (None, None, None)
            raise DatabaseInUseError(self.db_path, pid or None, host, app)
        raise DatabaseInUseError(self.db_path, None, None, None)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
