"""The log file in the application's data folder: rotated, private, and where tracebacks go.

The window and the command line both log here. The terminal (when there is one) shows warnings
only, and never a traceback: records with details (``exc_info``) go to the file alone. The data
folder, not the database's folder, holds the log: a database may sit in a shared or read-only
folder, and the log names files and people.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_FILE_NAME = "salesperf.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3  # salesperf.log.1 … .3

_current: Path | None = None
_installed: list[logging.Handler] = []  # ours, replaced when set up again (tests, a new folder)


class _NoDetails(logging.Filter):
    """The terminal gets the message, never the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.exc_info and not getattr(record, "file_only", False)


def log_path() -> Path | None:
    """The log file in use (None: it could not be opened, only the terminal remains)."""
    return _current


def _open_file_handler(folder: Path) -> logging.Handler | None:
    global _current
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE_NAME
        if os.name == "posix":  # the log names files and people: the user's eyes only
            path.touch(mode=0o600, exist_ok=True)
            path.chmod(0o600)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:  # a read-only or full data folder: no log file, but no crash either
        _current = None
        return None
    _current = path
    return handler


def setup_logging(folder: Path, *, console_format: str | None = None) -> Path | None:
    """Log INFO and above to ``folder/salesperf.log``; WARNING and above to the terminal.

    Returns the log file, or None when it could not be opened. Called once per process.
    """
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.addFilter(_NoDetails())
    if console_format:
        console.setFormatter(logging.Formatter(console_format))
    handlers: list[logging.Handler] = [console]
    file_handler = _open_file_handler(Path(folder))
    if file_handler is not None:
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        handlers.insert(0, file_handler)
    root = logging.getLogger()
    while _installed:
        old = _installed.pop()
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.INFO)
    for handler in handlers:
        root.addHandler(handler)
        _installed.append(handler)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # a line per plugin
    # A log that cannot be written (a full disk) must not print a traceback of its own.
    logging.raiseExceptions = False
    return _current
