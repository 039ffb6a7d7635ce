"""A -wal file left by an unclean stop is checked before SQLite may apply it.

SQLite applies any -wal it finds beside a database file, with no check that the two belong
together: a -wal from another copy of the same database, or from an unrelated SQLite file,
silently rewrites the file (issue #15). So, when a -wal with committed frames is found at open:

1. the file with its -wal and -shm is copied, byte for byte, into ``backups/`` (a snapshot
   folder) before anything else;
2. the combined state is checked in a throw-away copy: integrity, a SalesPerf schema this
   program knows, the same database identity, and the checkpoint tokens below;
3. only then is the database opened (and SQLite checkpoints the -wal into it). When the check
   fails, the -wal (and -shm) are renamed aside under a name that says so, the file itself is
   left byte-identical, and the officer is told (``WalSetAsideError``).

Checkpoint tokens (the case an identity check cannot see: a -wal of an older or newer copy of
the *same* database, e.g. after the officer copied an older salesperf.sqlite over the current
one). The program controls checkpoints (``wal_autocheckpoint=0``; a checkpoint at open, at a
clean close and when the -wal grows past ``WAL_CHECKPOINT_BYTES``). At each checkpoint it makes
(``checkpoint_and_stamp``) a fresh random token is written as ``base_token`` and checkpointed into
the base file, and the same token is then written as ``wal_token``: the first frames of the new
-wal. A -wal belongs to a base file when the -wal rewrote the identity row and its ``wal_token``
(or, after a checkpoint cut short, its ``base_token``) equals the base file's ``base_token`` read
from the file alone. Every open stamps a new token, so two copies that went their own ways never
share one; a copy of the file taken since the last checkpoint is byte-identical to the base the
-wal was written on, and applying it there is right. Backups get a token of their own
(``mark_as_copy``). See docs/design/engineering-notes.md for the measured cost.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
import sqlite3
import struct
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from salesperf_desktop.storage import cipher
from salesperf_desktop.storage.identity import read_identity_row

if TYPE_CHECKING:
    from sqlalchemy import Engine

# Past this size the -wal is checkpointed after a commit (SQLite's own default is ~4 MB).
WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024
WAL_HEADER = 32
FRAME_HEADER = 24
SNAPSHOT_REASON = "unclean-stop"
SNAPSHOTS_KEPT = 5  # per database: the newest, by modification time (a wrong clock aside)
SET_ASIDE = "set-aside"
# Tables every SalesPerf schema has; a combined state without them is not ours.
CORE_TABLES = frozenset({"alembic_version", "settings", "staff"})


@dataclass(frozen=True)
class WalVerdict:
    """The outcome of checking a leftover -wal: ``ok``, or a catalogue code saying why not."""

    ok: bool
    code: str = ""
    frames: int = 0
    revision: str = ""  # the schema revision with the -wal applied, when it is not known


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def shm_path(path: Path) -> Path:
    return Path(f"{path}-shm")


def has_leftover_wal(path: Path) -> bool:
    """A -wal longer than its header: it may hold committed frames."""
    try:
        return wal_path(path).stat().st_size > WAL_HEADER
    except OSError:
        return False


# --------------------------------------------------------------------------- the tokens


def _new_token() -> str:
    return secrets.token_hex(16)


def _has_identity(con: sqlite3.Connection) -> bool:
    return bool(
        con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='database_identity'"
        ).fetchone()
    )


def stamp_connection(con: sqlite3.Connection) -> bool:
    """Checkpoint the whole -wal into the file, with a fresh token on both sides of it.

    Returns False when the checkpoint could not finish (a reader holds old frames): the -wal
    then simply goes on, and the next checkpoint tries again. The caller's connection must not
    be inside a transaction.
    """
    if not _has_identity(con):
        return False
    token = _new_token()
    con.execute("UPDATE database_identity SET base_token = ? WHERE id = 1", (token,))
    con.commit()
    busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        return False
    con.execute("UPDATE database_identity SET wal_token = ? WHERE id = 1", (token,))
    con.commit()
    return True


def checkpoint_and_stamp(engine: Engine, *, wait: bool = True) -> bool:
    """``stamp_connection`` on one of the engine's connections.

    ``wait=False`` (checkpoints after a commit): give up at once when a reader is busy rather
    than wait for it, so no one waits for a checkpoint.
    """
    raw = engine.raw_connection()
    try:
        con = raw.driver_connection
        if not wait:
            con.execute("PRAGMA busy_timeout=0")
        try:
            return stamp_connection(con)
        except cipher.operational_errors():  # locked: try again at the next checkpoint
            con.rollback()
            return False
        finally:
            if not wait:
                con.execute("PRAGMA busy_timeout=5000")
    finally:
        raw.close()


def checkpoint_if_large(engine: Engine, path: Path, limit: int | None = None) -> bool:
    """After a commit: checkpoint (and stamp) once the -wal has grown past *limit* bytes
    (``WAL_CHECKPOINT_BYTES``)."""
    limit = WAL_CHECKPOINT_BYTES if limit is None else limit
    try:
        if wal_path(path).stat().st_size <= limit:
            return False
    except OSError:
        return False
    return checkpoint_and_stamp(engine, wait=False)


def checkpoint_at_close(engine: Engine) -> None:
    """A clean close: everything into the file, the -wal emptied (SQLite removes it)."""
    with contextlib.suppress(Exception):
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()


def mark_as_copy(con: sqlite3.Connection) -> None:
    """A copy (backup) gets a token of its own: no -wal of the original is ever applied to it."""
    if _has_identity(con):
        con.execute(
            "UPDATE database_identity SET base_token = ?, wal_token = NULL WHERE id = 1",
            (_new_token(),),
        )
        con.commit()


# --------------------------------------------------------------------------- reading a -wal


def wal_frame_pages(wal: Path, frames: int) -> set[int]:
    """The page numbers of the first *frames* frames of a -wal (SQLite's count of valid ones)."""
    pages: set[int] = set()
    with wal.open("rb") as fh:
        header = fh.read(WAL_HEADER)
        if len(header) < WAL_HEADER:
            return pages
        page_size = struct.unpack(">I", header[8:12])[0]
        if page_size == 1:  # 65536 is stored as 1
            page_size = 65536
        for i in range(frames):
            fh.seek(WAL_HEADER + i * (FRAME_HEADER + page_size))
            frame = fh.read(FRAME_HEADER)
            if len(frame) < FRAME_HEADER:
                break
            pages.add(struct.unpack(">I", frame[:4])[0])
    return pages


def _known_revision(revision: str) -> bool:
    from salesperf_desktop.storage.database import SCHEMA_HEAD, _alembic_config, _revision_known

    if revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory

    return _revision_known(ScriptDirectory.from_config(_alembic_config()), revision)


def check_combined(path: Path, work: Path) -> WalVerdict:
    """Check the file as its -wal would make it, in a copy under *work*; *path* is only read."""
    copy = work / "check.sqlite"
    shutil.copyfile(path, copy)
    shutil.copyfile(wal_path(path), wal_path(copy))  # no -shm: SQLite rebuilds it from the -wal
    base = read_identity_row(path)
    try:
        con = cipher.connect(copy)  # an encrypted file's copy: the same salt, the same key
        try:
            return _verdict(con, copy, base)
        finally:
            con.close()
    except cipher.database_errors():
        return WalVerdict(False, "database.wal_damaged")


def _verdict(con: sqlite3.Connection, copy: Path, base) -> WalVerdict:
    # How many frames SQLite found valid: the ones it would apply. (Counted before anything
    # else reads the copy, then checked page by page.)
    _busy, frames, _done = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    if frames <= 0:
        return WalVerdict(True, frames=0)  # nothing committed in it: nothing to apply
    pages = wal_frame_pages(wal_path(copy), frames) if wal_path(copy).exists() else set()
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables >= CORE_TABLES:
        return WalVerdict(False, "database.wal_not_ours", frames)
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    if not revision:
        return WalVerdict(False, "database.wal_not_ours", frames)
    if not _known_revision(revision[0]):  # a newer program's -wal: left for it, untouched
        return WalVerdict(False, "database.too_new", frames, str(revision[0]))
    # Whose -wal it is first (the most telling reason), then whether the result is sound.
    code = _belongs(con, tables, pages, base)
    if code:
        return WalVerdict(False, code, frames)
    result = con.execute("PRAGMA integrity_check").fetchone()
    if not result or result[0] != "ok":
        return WalVerdict(False, "database.wal_damaged", frames)
    return WalVerdict(True, frames=frames)


def _belongs(con: sqlite3.Connection, tables: set[str], pages: set[int], base) -> str:
    """ "" when the -wal was written on this very file; else the code saying why not."""
    if base is None:  # a file from before identities (0001): integrity and schema must do
        return ""
    database_id, base_token, _ = base
    if "database_identity" not in tables:
        return "database.wal_other_database"
    row = con.execute(
        "SELECT database_id, base_token, wal_token FROM database_identity WHERE id = 1"
    ).fetchone()
    if row is None or row[0] != database_id:
        return "database.wal_other_database"
    if base_token is None:  # never stamped (made outside the program): nothing to compare
        return ""
    (root,) = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE type='table' AND name='database_identity'"
    ).fetchone()
    if root not in pages:
        # Every -wal the program writes starts by rewriting the identity row: this one was
        # written by another program (one that edited the file), or is not a whole -wal.
        return "database.wal_other_program"
    # The -wal names this file's token: as the base it started on (wal_token), or as the
    # base a checkpoint cut short was making (base_token).
    if base_token in (row[1], row[2]):
        return ""
    return "database.wal_other_copy"


# --------------------------------------------------------------------------- at open


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def snapshot(path: Path, backup_dir: Path) -> Path:
    """The file with its -wal and -shm, copied byte for byte into a folder in *backup_dir*.

    Opening ``<folder>/<name>`` with SQLite gives the state the -wal describes; the file
    alone, the state as last checkpointed.
    """
    created = not backup_dir.exists()
    backup_dir.mkdir(parents=True, exist_ok=True)
    if created and os.name == "posix":
        with contextlib.suppress(OSError):
            backup_dir.chmod(0o700)
    folder = backup_dir / f"{path.stem}.{SNAPSHOT_REASON}.{_stamp()}"
    partial = folder.with_name(folder.name + ".partial")
    partial.mkdir(mode=0o700)
    for source in (path, wal_path(path), shm_path(path)):
        if source.exists():
            target = partial / source.name
            shutil.copyfile(source, target)
            if os.name == "posix":
                with contextlib.suppress(OSError):
                    target.chmod(0o600)
    os.replace(partial, folder)
    _prune_snapshots(backup_dir, path.stem, keep=folder)
    return folder


def _prune_snapshots(backup_dir: Path, stem: str, keep: Path) -> None:
    """Keep the newest ``SNAPSHOTS_KEPT`` snapshots of *stem*; never the one just made."""
    old = [
        p
        for p in backup_dir.glob(f"{stem}.{SNAPSHOT_REASON}.*")
        if p.is_dir() and p != keep and not p.name.endswith(".partial")
    ]
    old.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for folder in old[SNAPSHOTS_KEPT - 1 :]:
        shutil.rmtree(folder, ignore_errors=True)


def set_aside(path: Path) -> Path:
    """Rename the -wal (and -shm) out of the way; the file itself is not touched.

    ``salesperf.sqlite-wal`` becomes ``salesperf.sqlite-wal.set-aside-<time>``.
    """
    stamp = _stamp()
    aside = Path(f"{wal_path(path)}.{SET_ASIDE}-{stamp}")
    os.replace(wal_path(path), aside)
    shm = shm_path(path)
    if shm.exists():
        os.replace(shm, Path(f"{shm}.{SET_ASIDE}-{stamp}"))
    return aside


def guard_leftover_wal(path: Path, backup_dir: Path) -> WalVerdict:
    """Snapshot, check, and set aside a -wal that does not belong (see the module's notes).

    Returns the verdict when the -wal may be applied; raises ``WalSetAsideError`` after setting
    it aside otherwise. Call only while holding the database's instance lock, before any
    connection to *path* is opened.
    """
    from salesperf_desktop.storage.database import WalSetAsideError

    folder = snapshot(path, backup_dir)
    work = Path(tempfile.mkdtemp(prefix=".wal-check-", dir=backup_dir))
    try:
        verdict = check_combined(path, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if verdict.ok:
        return verdict
    if verdict.code == "database.too_new":
        from salesperf_desktop.storage.database import SchemaTooNewError, head_revision

        raise SchemaTooNewError(
            verdict.code, path=str(path), current=verdict.revision, head=head_revision()
        )
    aside = set_aside(path)
    raise WalSetAsideError(verdict.code, path=str(path), aside=aside.name, snapshot=str(folder))


def wal_in_use_elsewhere(path: Path) -> bool:
    """Another process has the database open (it holds SQLite's lock on the -shm).

    SQLite's unix VFS keeps a shared lock on byte 128 of the -shm while a connection is open;
    asking for a conflicting lock (F_GETLK, which takes nothing) tells whether one is held.
    Elsewhere (Windows) False: there the -wal of an open database cannot be renamed anyway.
    """
    shm = shm_path(path)
    if os.name != "posix" or not shm.exists():
        return False
    import fcntl

    if sys.platform.startswith("linux"):
        fmt = "hhqqi4x"  # l_type, l_whence, l_start, l_len, l_pid
        request = struct.pack(fmt, fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0)
        type_at = 0
    elif sys.platform == "darwin":
        fmt = "qqihh"  # l_start, l_len, l_pid, l_type, l_whence
        request = struct.pack(fmt, 128, 1, 0, fcntl.F_WRLCK, os.SEEK_SET)
        type_at = 3
    else:
        return False
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False
    try:
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, request)
    except OSError:
        return False
    finally:
        os.close(fd)
    return struct.unpack(fmt, answer)[type_at] != fcntl.F_UNLCK
