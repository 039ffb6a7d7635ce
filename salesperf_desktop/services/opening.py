"""Opening a database file, for the window and the command line, without SQLAlchemy up front.

``first_look`` reads what the first paint needs with plain sqlite3 (storage.quick_read);
``DatabaseError`` and its kinds are what an open refuses with, the message meant for the
officer. The full open is ``app_context.build_context``.

An encrypted file (a password is set, storage.cipher) is recognised before anything reads it:
``needs_password`` is true until ``unlock`` was given its password, which derives the key once
for this run.
"""

from __future__ import annotations

from pathlib import Path

from salesperf_desktop.storage import cipher
from salesperf_desktop.storage.database import DatabaseError, NotADatabaseError
from salesperf_desktop.storage.quick_read import FirstLook, first_look, to_be_migrated

__all__ = [
    "DatabaseError",
    "FirstLook",
    "NotADatabaseError",
    "first_look",
    "forget_passwords",
    "needs_password",
    "to_be_migrated",
    "unlock",
]


def needs_password(path: Path) -> bool:
    """The file is encrypted and its password has not been given in this run."""
    return cipher.needs_password(Path(path))


def unlock(path: Path, password: str) -> bool:
    """True when *password* opens the encrypted file at *path* (its key is then kept for this
    run, in memory only); a plain file needs none."""
    return cipher.unlock(Path(path), password)


def forget_passwords() -> None:
    """Drop every key this run derived (a command that ends: the CLI forgets them on exit)."""
    cipher.forget_keys()
