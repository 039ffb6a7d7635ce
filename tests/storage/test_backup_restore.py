"""Backups rotate, restore checks the backup first and never overwrites or deletes a file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.services.backup import (
    BackupInvalid,
    backups_of,
    make_backup,
    restore_backup,
    verify_backup,
)
from salesperf_desktop.storage.database import (
    NotADatabaseError,
    ReadOnlyDatabaseError,
    open_database,
)


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _company(path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM settings WHERE key='company_name'").fetchone()[0]
    finally:
        con.close()


def test_backup_is_consistent_private_and_rotated(ctx, tmp_path):
    ctx.settings.set("company_name", "before")  # sits in the -wal, not yet in the main file
    for _ in range(4):
        make_backup(ctx.db_path, ctx.backup_dir, "startup", keep=2)
    manual = make_backup(ctx.db_path, ctx.backup_dir, "manual", keep=2)
    make_backup(ctx.db_path, ctx.backup_dir, "manual", keep=2)
    infos = backups_of(ctx.db_path)
    kinds = sorted(i.reason for i in infos)
    assert kinds == ["manual", "manual", "startup", "startup"]  # manual ones are never rotated
    assert infos[0].seq > infos[-1].seq
    assert '"before"' in _company(manual)
    verify_backup(manual)
    if os.name == "posix":
        assert manual.stat().st_mode & 0o077 == 0
        assert ctx.backup_dir.stat().st_mode & 0o077 == 0
        assert ctx.db_path.stat().st_mode & 0o077 == 0
        assert ctx.db_path.parent.stat().st_mode & 0o077 == 0


def test_restore_keeps_the_current_file_aside_with_its_wal(ctx):
    ctx.settings.set("company_name", "old")
    backup = make_backup(ctx.db_path, ctx.backup_dir, "manual")
    ctx.settings.set("company_name", "new")
    ctx.close()
    aside = restore_backup(ctx.db_path, backup)
    assert '"old"' in _company(ctx.db_path)
    assert aside.exists() and aside != ctx.db_path
    # The set-aside copy still holds the latest change (its -wal moved with it).
    assert '"new"' in _company(aside)
    again = build_context(ctx.db_path)
    assert again.settings.get("company_name") == "old"
    again.close()


@pytest.mark.parametrize(
    "damage", ["not_sqlite", "truncated", "corrupt_page", "no_version", "newer"]
)
def test_a_bad_backup_is_refused_and_nothing_changes(ctx, tmp_path, damage):
    ctx.close()
    bad = tmp_path / "bad.sqlite"
    make = make_backup(ctx.db_path, tmp_path / "b", "manual")
    bad.write_bytes(make.read_bytes())
    if damage == "not_sqlite":
        bad.write_bytes(b"PK\x03\x04 definitely not a database" * 100)
    elif damage == "truncated":
        bad.write_bytes(bad.read_bytes()[:5000])
    elif damage == "corrupt_page":
        data = bytearray(bad.read_bytes())
        for i in range(4096 * 3, min(len(data), 4096 * 3 + 3000)):
            data[i] = (data[i] * 7 + 13) % 256
        bad.write_bytes(bytes(data))
    elif damage == "no_version":
        con = sqlite3.connect(bad)
        con.execute("DELETE FROM alembic_version")
        con.commit()
        con.close()
    elif damage == "newer":
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num='9999_future'")
        con.commit()
        con.close()
    before = {p.name: _sha(p) for p in ctx.db_path.parent.iterdir() if p.is_file()}
    with pytest.raises(BackupInvalid):
        restore_backup(ctx.db_path, bad)
    after = {p.name: _sha(p) for p in ctx.db_path.parent.iterdir() if p.is_file()}
    assert after == before


def test_a_damaged_database_is_refused_at_open_untouched(tmp_path):
    path = tmp_path / "x.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 2000] = os.urandom(2000)
    path.write_bytes(bytes(data))
    before = _sha(path)
    with pytest.raises(NotADatabaseError):
        open_database(path)
    assert _sha(path) == before


def test_a_read_only_database_is_refused_with_a_clear_message(tmp_path, monkeypatch):
    path = tmp_path / "ro.sqlite"
    open_database(path).dispose()
    before = _sha(path)
    path.chmod(0o444)
    if os.access(path, os.W_OK):  # running as root: the OS would let us write anyway
        real = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode, **kw: False if str(p) == str(path) else real(p, mode)
        )
    with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
        open_database(path)
    assert _sha(path) == before


def test_restore_into_a_missing_file_and_older_schema_is_migrated(tmp_path):
    db = tmp_path / "gone.sqlite"
    ctx = build_context(db)
    backup = make_backup(db, tmp_path / "backups", "manual")
    ctx.close()
    for p in tmp_path.glob("gone.sqlite*"):
        p.unlink()
    assert restore_backup(db, backup) is None
    time.sleep(0.01)
    ctx = build_context(db)
    ctx.close()
