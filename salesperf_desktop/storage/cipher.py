"""The one way a database file is opened: plain SQLite, or SQLCipher when a password is set.

With a password the database file and its backups are encrypted (SQLCipher 4, the
``sqlcipher3`` driver; the evaluation is in docs/design/engineering-notes.md). A plain file is
opened with the standard ``sqlite3`` module, exactly as before.

**The key is derived once per run.** SQLCipher's own key derivation (PBKDF2, 256,000 rounds)
costs about 0.3 s on *every* connection, and the program opens many (the first paint, the WAL
checks, backups, the engine's pool). So the program derives a raw 256-bit key itself, once,
with argon2id (the library's recommended costs, about 0.2 s) from the password and a random
16-byte salt, and gives SQLCipher the raw key with that salt (``x'<key><salt>'``): SQLCipher
writes the salt as the first 16 bytes of the file, and opening with a raw key costs
microseconds. A copy of the file (a backup, the WAL guard's check copy) carries the same salt,
so the same key opens it.

**Where the key lives.** Only in this process's memory, in the key ring below, by salt: every
reader of any copy of the file finds it by the salt at the head of the file, without each call
site passing a key around. It is never written to disk or to the log (``FileKey`` hides it in
its repr). ``forget_keys`` empties the ring (tests; a database closed for good).

**Recognising an encrypted file.** A SQLCipher file begins with its random salt, not with
"SQLite format 3". ``looks_encrypted`` tells a file that may be an encrypted database (a whole
number of pages, not an SQLite header) from one that cannot be any database; only the key can
tell the rest, so a wrong password and "not a SalesPerf database" get one message.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from salesperf_desktop.domain.messages import CodedError

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
# SQLCipher's smallest page; a whole encrypted file is always a multiple of its page size.
MIN_PAGE = 512
DRIVER = "sqlcipher3.dbapi2"


class CipherError(CodedError):
    """An encrypted database that cannot be opened (codes "cipher.*")."""

    offer_restore = False  # the same answer for this file's backups: they need the password too


class PasswordNeeded(CipherError):
    """The file is encrypted and this run does not know its key yet ("cipher.password_needed")."""


@dataclass(frozen=True)
class FileKey:
    """A raw SQLCipher key with the salt it was derived with."""

    salt: bytes
    key: bytes = field(repr=False)

    def pragma(self) -> str:
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def __repr__(self) -> str:  # never the key itself, in a log or a traceback
        return f"FileKey(salt={self.salt.hex()[:8]}…)"


def derive_key(password: str, salt: bytes) -> FileKey:
    """argon2id(password, salt) → 32 bytes; about 0.2 s, paid once per password per run."""
    from argon2 import PasswordHasher
    from argon2.low_level import Type, hash_secret_raw

    costs = PasswordHasher()  # the library's recommended costs, as for the password hash
    raw = hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=costs.time_cost,
        memory_cost=costs.memory_cost,
        parallelism=costs.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return FileKey(salt=salt, key=raw)


def new_key(password: str) -> FileKey:
    """A key for a file about to be encrypted: a fresh random salt."""
    return derive_key(password, os.urandom(SALT_BYTES))


# --------------------------------------------------------------------------- the key ring

_ring: dict[bytes, FileKey] = {}


def remember(key: FileKey) -> None:
    _ring[key.salt] = key


def forget_keys() -> None:
    _ring.clear()


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def is_plain_sqlite(path: Path) -> bool:
    return _head(Path(path)) == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """May be an encrypted database: whole pages, not starting as a plain SQLite file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if size < MIN_PAGE or size % MIN_PAGE:
        return False
    try:
        with open(path, "rb") as fh:
            first = fh.read(101)
    except OSError:
        return False
    head = first[:SALT_BYTES]
    if len(head) < SALT_BYTES or head == SQLITE_HEADER or not any(head):
        return False
    return not _damaged_plain(first)


def _damaged_plain(first: bytes) -> bool:
    """A plain SQLite file whose first bytes were overwritten is told as damaged, not as
    encrypted: SQLCipher leaves only the salt in clear, while a plain file still shows its
    header's fixed payload fractions (bytes 21-23: 64, 32, 32), or the SQLite version that
    wrote it (bytes 96-99) with page 1's b-tree type after it (byte 100). Odds of ciphertext
    matching either: below one in ten million."""
    if first[21:24] == b"\x40\x20\x20":
        return True
    if len(first) < 101:
        return False
    version = int.from_bytes(first[96:100], "big")
    return 3_000_000 <= version < 4_000_000 and first[100] in (0x05, 0x0D)


def key_for(path: Path) -> FileKey | None:
    """The key this run knows for the file at *path* (by its salt); None for a plain file,
    a missing or empty one, or an encrypted one whose password has not been given."""
    path = Path(path)
    if not looks_encrypted(path):
        return None
    return _ring.get(_head(path))


def salt_of(path: Path) -> bytes | None:
    """The salt at the head of an encrypted file; None when it does not look encrypted."""
    path = Path(path)
    return _head(path) if looks_encrypted(path) else None


# --------------------------------------------------------------------------- connecting


def _driver():
    try:
        import sqlcipher3.dbapi2 as driver
    except ImportError as exc:  # an installation without it cannot open an encrypted file
        raise CipherError("cipher.no_driver") from exc
    _quiet(driver)
    return driver


_quieted = False


def _quiet(driver) -> None:
    """SQLCipher writes each failed page decryption (a wrong key) to stderr: not for users."""
    global _quieted
    if _quieted:
        return
    with contextlib.suppress(Exception):
        con = driver.connect(":memory:")
        con.execute("PRAGMA cipher_log_level = NONE")
        con.close()
    _quieted = True


def sql_errors() -> tuple[type[BaseException], ...]:
    """The driver errors an open or a statement may raise (both drivers' base classes).

    Used in ``except`` clauses: the SQLCipher driver is imported only once an encrypted file
    is met, so before that no error of its kind can have been raised.
    """
    driver = sys.modules.get(DRIVER)
    return (sqlite3.Error, driver.Error) if driver is not None else (sqlite3.Error,)


def database_errors() -> tuple[type[BaseException], ...]:
    driver = sys.modules.get(DRIVER)
    return (
        (sqlite3.DatabaseError, driver.DatabaseError)
        if driver is not None
        else (sqlite3.DatabaseError,)
    )


def operational_errors() -> tuple[type[BaseException], ...]:
    driver = sys.modules.get(DRIVER)
    return (
        (sqlite3.OperationalError, driver.OperationalError)
        if driver is not None
        else (sqlite3.OperationalError,)
    )


def _uri(path: Path, mode: str) -> str:
    if mode == "rw":
        return f"file:{quote(str(path))}"
    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if mode == "immutable" else "")


def connect(
    path: Path | str,
    *,
    mode: str = "rw",
    key: FileKey | None = None,
    plain: bool = False,
    cipher_driver: bool = False,
    **kwargs: Any,
):
    """A DB-API connection to the database file at *path*: every reader and writer uses this.

    *mode*: "rw" (create when missing), "ro", or "immutable" (the file alone: no -wal/-shm is
    created beside it and any -wal is ignored). *key*: the key for a file being created
    encrypted (a backup or an export target); otherwise the ring's key for the file's salt.
    *plain*: a new file that must stay unencrypted. *cipher_driver*: the SQLCipher driver even
    for a plain file (its ``sqlcipher_export`` converts one into the other). Raises ``PasswordNeeded`` for an encrypted
    file whose password this run has not been given. The key is checked on the first read:
    a wrong one fails there with the driver's "file is not a database".
    """
    path = Path(path)
    if key is None and not plain:
        key = key_for(path)
        if key is None and looks_encrypted(path):
            raise PasswordNeeded("cipher.password_needed", path=str(path))
    if key is None and not cipher_driver:
        return sqlite3.connect(_uri(path, mode), uri=True, **kwargs)
    driver = _driver()
    con = driver.connect(_uri(path, mode), uri=True, **kwargs)
    if key is None:
        return con
    try:
        con.execute(f'PRAGMA key = "{key.pragma()}"')
    except BaseException:
        con.close()
        raise
    return con


def engine_options(path: Path) -> dict[str, Any]:
    """``create_engine`` arguments for the file at *path*: none for a plain file; for an
    encrypted one, the SQLCipher driver and a creator giving it the run's key (SQLAlchemy's
    pysqlite dialect with that module, so its errors are wrapped as usual)."""
    path = Path(path)
    key = key_for(path)
    if key is None:
        if looks_encrypted(path):
            raise PasswordNeeded("cipher.password_needed", path=str(path))
        return {}
    driver = _driver()
    return {
        "module": driver,
        "creator": lambda: connect(path, key=key, check_same_thread=False),
    }


def key_opens(path: Path, key: FileKey) -> bool:
    """True when *key* decrypts the file at *path* (read-only, nothing created beside it)."""
    if salt_of(path) is None or not hmac.compare_digest(salt_of(path) or b"", key.salt):
        return False
    try:
        con = connect(path, mode="immutable", key=key)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sql_errors():
        return False
    return True


def unlock(path: Path, password: str) -> bool:
    """Derive the key of the encrypted file at *path* from *password*; True (and the key kept
    for this run) when it opens the file. A plain file needs no key: True."""
    path = Path(path)
    salt = salt_of(path)
    if salt is None:
        return True
    known = _ring.get(salt)
    if known is not None and key_opens(path, known):
        candidate = derive_key(password, salt)
        return hmac.compare_digest(candidate.key, known.key)
    candidate = derive_key(password, salt)
    if not key_opens(path, candidate):
        return False
    remember(candidate)
    return True


def needs_password(path: Path) -> bool:
    """An encrypted file whose key this run does not know yet."""
    return looks_encrypted(Path(path)) and key_for(Path(path)) is None
