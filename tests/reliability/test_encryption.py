"""With a password the database file and its backups are encrypted (issue #15, point 8).

What the officer relies on: nobody reads the file or a backup without the password (plain
``sqlite3`` fails on them); setting, changing or removing the password never loses anything,
even killed half-way (a subprocess is SIGKILLed before each file-system step in turn, and an
OSError is injected at each step in-process); a wrong password is told plainly with exit 4; an
encrypted file is never called "not a database"; the key is derived once per run.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.services import security
from salesperf_desktop.services.backup import backups_of, make_backup, restore_backup
from salesperf_desktop.services.opening import needs_password, unlock
from salesperf_desktop.storage import cipher, conversion
from salesperf_desktop.storage.database import NotADatabaseError, PasswordNeededError
from salesperf_desktop.storage.identity import read_database_id
from salesperf_desktop.storage.quick_read import first_look

WORKER = Path(__file__).with_name("convert_worker.py")
PASSWORD = "s3cret-1"


def _plain_read_fails(path: Path) -> bool:
    """What anyone with the sqlite3 module (or DB Browser) gets from the file."""
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT * FROM staff").fetchall()
    except sqlite3.DatabaseError:
        return True
    finally:
        con.close()
    return False


def _staff_count(path: Path) -> int:
    con = cipher.connect(path, mode="immutable")
    try:
        return con.execute("SELECT count(*) FROM staff").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def demo(demo_file, tmp_path) -> Path:
    db = tmp_path / "salesperf.sqlite"
    shutil.copy(demo_file, db)
    return db


def _closed_with_password(db: Path) -> None:
    ctx = build_context(db, lang="en")
    make_backup(db, ctx.backup_dir, "manual")
    security.set_password(ctx, PASSWORD)
    ctx.close()
    cipher.forget_keys()  # what a new run knows


def test_with_a_password_the_file_and_its_backups_cannot_be_read_without_it(demo):
    staff = _staff_count(demo)
    assert staff > 0 and not _plain_read_fails(demo)
    _closed_with_password(demo)
    assert _plain_read_fails(demo)
    assert not demo.read_bytes().startswith(b"SQLite format 3")
    backups = list((demo.parent / "backups").glob("*.sqlite"))
    assert backups and all(_plain_read_fails(b) for b in backups)  # the plain one re-encrypted
    # Nothing readable was left beside it.
    assert not [p for p in demo.parent.iterdir() if p.name.endswith(".converting")]
    # This run has no key: the file is recognised as encrypted, not as "not a database".
    assert needs_password(demo)
    with pytest.raises(PasswordNeededError) as refused:
        first_look(demo)
    assert refused.value.code == "cipher.password_needed"
    assert read_database_id(demo) is None
    # With the password everything opens, every row there.
    assert not unlock(demo, "wrong") and unlock(demo, PASSWORD)
    assert _staff_count(demo) == staff
    look = first_look(demo)
    assert look is not None and look.encrypted and look.staff_count == staff
    assert all(_staff_count(b) == staff for b in backups)


def test_a_file_of_random_bytes_is_still_not_a_database(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("这不是数据库\n" * 50, encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        first_look(text)


def test_the_key_is_derived_once_per_run(demo, monkeypatch):
    _closed_with_password(demo)
    calls = []
    real = cipher.derive_key
    monkeypatch.setattr(cipher, "derive_key", lambda *a: calls.append(1) or real(*a))
    assert unlock(demo, PASSWORD)
    first_look(demo)  # the first paint
    ctx = build_context(demo, lang="en")  # the engine, the checks, the backups follow
    make_backup(demo, ctx.backup_dir, "manual")  # a backup with the backup API
    with ctx.session():
        pass
    read_database_id(demo)
    assert security.check_password(ctx, PASSWORD)
    ctx.close()
    assert len(calls) == 1


def test_changing_and_removing_the_password_brings_the_backups_along(demo):
    _closed_with_password(demo)
    assert unlock(demo, PASSWORD)
    ctx = build_context(demo, lang="en")
    staff = _staff_count(demo)
    change = security.set_password(ctx, "another-2", current=PASSWORD)
    assert change.encrypted and change.backups_converted >= 1 and change.backups_left == 0
    ctx.close()
    cipher.forget_keys()
    assert not unlock(demo, PASSWORD) and unlock(demo, "another-2")
    for info in backups_of(demo):
        assert _staff_count(info.path) == staff  # the new password opens the old backups
    cipher.forget_keys()
    assert cli_main(["--db", str(demo), "--password", "another-2", "info"]) == 0
    assert unlock(demo, "another-2")
    ctx = build_context(demo, lang="en")
    removed = security.remove_password(ctx, current="another-2")
    assert not removed.encrypted and not ctx.encrypted
    ctx.close()
    cipher.forget_keys()
    assert not _plain_read_fails(demo) and not needs_password(demo)
    assert all(not _plain_read_fails(b.path) for b in backups_of(demo))


def test_a_wrong_password_is_told_plainly_with_exit_4(demo, capsys, monkeypatch):
    _closed_with_password(demo)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setenv(security.ENV_VAR, "wrong")
    for lang, words in (("zh_CN", "密码不正确"), ("en", "password is wrong")):
        assert cli_main(["--db", str(demo), "--lang", lang, "staff"]) == 4
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err
    monkeypatch.delenv(security.ENV_VAR)
    assert cli_main(["--db", str(demo), "--lang", "en", "staff"]) == 4
    assert "password" in capsys.readouterr().err
    monkeypatch.setenv(security.ENV_VAR, PASSWORD)
    assert cli_main(["--db", str(demo), "--lang", "en", "staff"]) == 0


def test_a_backup_under_an_older_password_asks_for_that_password(demo, capsys, monkeypatch):
    _closed_with_password(demo)
    old_backup = next(iter(backups_of(demo) or [None]), None)
    assert unlock(demo, PASSWORD)
    kept = demo.parent / "kept-under-first-password.sqlite"
    shutil.copy(backups_of(demo)[0].path, kept)  # copied out of SalesPerf by the officer
    ctx = build_context(demo, lang="en")
    security.set_password(ctx, "another-2", current=PASSWORD)
    ctx.close()
    cipher.forget_keys()
    assert old_backup is not None
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setenv(security.ENV_VAR, "another-2")  # opens the database, not that copy
    assert cli_main(["--db", str(demo), "restore", str(kept)]) == 4
    assert "Traceback" not in capsys.readouterr().err
    answers = iter(["another-2", PASSWORD])
    monkeypatch.delenv(security.ENV_VAR)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    assert cli_main(["--db", str(demo), "restore", str(kept)]) == 0
    capsys.readouterr()


def test_an_unclean_stop_of_an_encrypted_database_is_checked_with_its_key(demo):
    _closed_with_password(demo)
    assert unlock(demo, PASSWORD)
    ctx = build_context(demo, lang="en")
    ctx.settings.set("company_name", "崩溃前的名称")  # committed, still in the -wal
    crashed = demo.parent / "crashed"
    crashed.mkdir()
    for name in (demo.name, f"{demo.name}-wal"):
        shutil.copy(demo.parent / name, crashed / name)
    ctx.close()
    again = build_context(crashed / demo.name, lang="en")  # the guard checks a copy, keyed
    assert again.settings.get("company_name") == "崩溃前的名称"
    again.close()
    snapshots = list((crashed / "backups").glob("*.unclean-stop.*/*.sqlite"))
    assert snapshots and all(_plain_read_fails(s) for s in snapshots)


# ------------------------------------------------------------------ fault injection


def _state(db: Path, staff: int) -> str:
    """'plain' or 'encrypted', whole, with every row; never a mix, never missing."""
    assert db.exists(), "no database in place"
    if cipher.is_plain_sqlite(db):
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert con.execute("SELECT count(*) FROM staff").fetchone()[0] == staff
        finally:
            con.close()
        return "plain"
    cipher.forget_keys()
    assert unlock(db, PASSWORD), "encrypted, but not with the password being set"
    assert _staff_count(db) == staff
    return "encrypted"


def _worker(db: Path, kill_at: int, what: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(WORKER), str(db), str(kill_at), what],
        capture_output=True,
        text=True,
        timeout=180,
    )


def _no_plain_copy_left_after_the_next_open(db: Path) -> None:
    """Opening again (with the password when it is set) leaves no readable copy behind."""
    cipher.forget_keys()
    if not cipher.is_plain_sqlite(db):
        assert unlock(db, PASSWORD)
    ctx = build_context(db, lang="en", seed=False)
    ctx.close()
    if cipher.is_plain_sqlite(db):
        return
    folder = db.parent / "backups"
    leftovers = [p for p in db.parent.rglob("*") if p.is_file() and p.suffix != ".json"]
    readable = [p for p in leftovers if cipher.is_plain_sqlite(p)]
    assert not readable, readable
    assert not list(folder.glob("*.converting")) and not list(db.parent.glob("*.converting"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_setting_the_password_killed_at_each_step_leaves_a_whole_database(demo, tmp_path):
    make_backup(demo, demo.parent / "backups", "manual")
    staff = _staff_count(demo)
    scene = tmp_path / "scene"
    shutil.copytree(demo.parent, scene)

    def fresh(name: str) -> Path:
        where = tmp_path / name
        shutil.copytree(scene, where)
        return where / demo.name

    db = fresh("count")
    done = _worker(db, 0, "set")
    assert done.returncode == 0, done.stderr
    steps = int(done.stdout.split()[-1])
    assert _state(db, staff) == "encrypted" and steps >= 6

    def killed_at(k: int):
        db = fresh(f"kill-{k}")
        run = _worker(db, k, "set")
        assert run.returncode == -9, (k, run.stdout, run.stderr)
        return k, db

    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(killed_at, range(1, steps + 1)))
    seen = set()
    for k, db in runs:
        state = _state(db, staff)
        seen.add(state)
        _no_plain_copy_left_after_the_next_open(db)
        # And the change, run again, completes.
        cipher.forget_keys()
        if state == "plain":
            ctx = build_context(db, lang="en", seed=False)
            security.set_password(ctx, PASSWORD)
            ctx.close()
        assert _state(db, staff) == "encrypted", k
    assert seen == {"plain", "encrypted"}  # the kills fell both before and after the switch


def test_removing_the_password_failing_at_each_step_leaves_a_whole_database(demo, monkeypatch):
    _closed_with_password(demo)
    staff = None
    scene = demo.parent.with_name("scene-remove")
    shutil.copytree(demo.parent, scene)
    k = 0
    while True:
        k += 1
        where = demo.parent.with_name(f"fail-{k}")
        shutil.copytree(scene, where)
        db = where / demo.name
        cipher.forget_keys()
        assert unlock(db, PASSWORD)
        staff = staff or _staff_count(db)
        ctx = build_context(db, lang="en", seed=False)
        steps = 0
        active = False
        real_convert = conversion.convert_database

        def convert(path, *args, **kwargs):
            nonlocal active
            active = Path(path) == db  # noqa: B023 - this round's database
            try:
                return real_convert(path, *args, **kwargs)  # noqa: B023
            finally:
                active = False

        def counted(real):
            def step(*args, **kwargs):
                nonlocal steps
                if not active:  # noqa: B023 - this round's flag
                    return real(*args, **kwargs)
                steps += 1
                if steps == k:  # noqa: B023 - the current k is meant
                    raise OSError(errno.ENOSPC, "No space left on device")
                return real(*args, **kwargs)

            return step

        with monkeypatch.context() as patch:
            patch.setattr(conversion, "convert_database", convert)
            for name in ("replace", "unlink", "fsync"):
                patch.setattr(os, name, counted(getattr(os, name)))
            with contextlib.suppress(OSError):
                security.remove_password(ctx, current=PASSWORD)
        ctx.close()
        assert _state(db, staff) in ("plain", "encrypted"), k
        leftover = db.with_name(db.name + ".converting")
        if leftover.exists():  # its removal was the step that failed: wiped before it
            assert not any(leftover.read_bytes()), k
            make_backup(db, where / "backups", "manual")  # leftovers go before the next backup
            assert not leftover.exists(), k
        if steps < k:  # finished before reaching step k: every step was tried
            break
    assert k > 5  # each step of the file's own conversion (its backups use the same function)


def test_restoring_an_encrypted_backup_keeps_the_database_encrypted(demo):
    _closed_with_password(demo)
    assert unlock(demo, PASSWORD)
    (backup, *_) = backups_of(demo)
    restore_backup(demo, backup.path)
    assert _plain_read_fails(demo)
    cipher.forget_keys()
    assert needs_password(demo) and unlock(demo, PASSWORD)
