"""Fault injection at open: a stray -wal, a refused file. Nothing lost, nothing touched.

Each refused case is opened three ways (the storage call, the window's start-up path in
``__main__.Startup``, the command line) and each time: the file's bytes are unchanged, no
-wal/-shm is left beside it, its folder keeps its permissions, and the officer is told why (a
coded message). A -wal that is set aside keeps its bytes, and a snapshot of the file with its
-wal is in backups/ first. A legitimate -wal left by a killed program is applied: every entry
whose commit had returned is there.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from salesperf_desktop.__main__ import Startup, parse_args
from salesperf_desktop.app_context import build_context
from salesperf_desktop.cli import main as cli_main
from salesperf_desktop.domain.messages import render
from salesperf_desktop.storage.database import DatabaseError, open_database
from salesperf_desktop.storage.identity import read_database_id
from salesperf_desktop.storage.wal_guard import has_leftover_wal, shm_path, wal_path
from salesperf_desktop.ui.restore_dialog import RestoreDialog

WORKER = Path(__file__).with_name("crash_worker.py")
SHARED_MODE = 0o775  # a folder the officer chose, shared with a group


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----------------------------------------------------------------------------- the material


def _our_database(db_path: Path, folder: Path) -> Path:
    """A SalesPerf database, closed cleanly, in a shared folder of the officer's choosing."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(SHARED_MODE)
    path = folder / "salesperf.sqlite"
    shutil.copy(db_path, path)
    ctx = build_context(path, lang="en")
    ctx.settings.set("company_name", "我们的公司")
    ctx.close()
    assert not wal_path(path).exists()
    return path


def _wal_written_on(path: Path, company: str) -> bytes:
    """The -wal a running program has written on *path* (taken while it is still open)."""
    ctx = build_context(path, lang="en")
    ctx.settings.set("company_name", company)
    data = wal_path(path).read_bytes()
    ctx.close()
    return data


def _hr_wal(folder: Path) -> bytes:
    """The -wal of an unrelated SQLite file (another program's HR list, about 2 MB)."""
    folder.mkdir(exist_ok=True)
    hr = folder / "hr.sqlite"
    con = sqlite3.connect(hr)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, notes TEXT)")
    con.executemany(
        "INSERT INTO people (name, notes) VALUES (?, ?)",
        ((f"外人{i}", "x" * 400) for i in range(5000)),
    )
    con.commit()
    data = wal_path(hr).read_bytes()
    con.close()
    return data


def _killed_while_writing(path: Path, seed: int, spread: float = 1.0, stop: int = 0) -> list[int]:
    """Run the real program writing entries on *path*; SIGKILL it after the first commit and a
    random moment up to *spread* seconds (with *stop*: once it has committed *stop* entries and
    waits). Returns the entries whose commit had returned."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), "entries", *([str(stop)] if stop else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines = [proc.stdout.readline()]
    assert lines[0].startswith("READY"), proc.stderr.read()[-2000:]
    lines.append(proc.stdout.readline())  # however loaded the machine, one commit first
    if stop:
        while not lines[-1].startswith("PAUSED"):
            lines.append(proc.stdout.readline())
    else:
        time.sleep(random.Random(seed).uniform(0.0, spread))
    proc.kill()  # SIGKILL; TerminateProcess on Windows
    out, _err = proc.communicate()
    assert proc.returncode != 0
    # Only whole lines: a kill can cut the last one short (its entry then goes unchecked).
    whole = [x for x in [*lines, *out.splitlines(keepends=True)] if x.endswith("\n")]
    return [int(x.split()[1]) for x in whole if x.startswith("COMMITTED ")]


# ----------------------------------------------------------------------------- the faults


@dataclass
class Fault:
    path: Path
    code: str
    wal: bytes | None = None  # the stray -wal expected to be set aside (None: no -wal case)


def foreign_copy_wal(db_path: Path, tmp: Path) -> Fault:
    """A -wal written on another copy of the same database (same identity)."""
    path = _our_database(db_path, tmp / "shared")
    copy = tmp / "usb" / "salesperf.sqlite"
    copy.parent.mkdir(parents=True)
    shutil.copy(path, copy)
    assert read_database_id(copy) == read_database_id(path)
    wal = _wal_written_on(copy, "U盘上的公司")
    wal_path(path).write_bytes(wal)
    return Fault(path, "database.wal_other_copy", wal)


def unrelated_file_wal(db_path: Path, tmp: Path) -> Fault:
    path = _our_database(db_path, tmp / "shared")
    wal = _hr_wal(tmp / "hr")
    wal_path(path).write_bytes(wal)
    return Fault(path, "database.wal_not_ours", wal)


def older_copy_over_current(db_path: Path, tmp: Path) -> Fault:
    """After a crash, the officer copies an older salesperf.sqlite over the current one."""
    path = _our_database(db_path, tmp / "shared")
    older = tmp / "older.sqlite"
    shutil.copy(path, older)
    # Killed after 20 entries, before its first checkpoint (~100 entries): a -wal is left.
    committed = _killed_while_writing(path, seed=1, stop=20)
    assert committed and has_leftover_wal(path)
    wal = wal_path(path).read_bytes()
    shutil.copyfile(older, path)
    return Fault(path, "database.wal_other_copy", wal)


def newer_schema_rollback_journal(db_path: Path, tmp: Path) -> Fault:
    path = _our_database(db_path, tmp / "shared")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal
    return Fault(path, "database.too_new")


def foreign_sqlite_file(db_path: Path, tmp: Path) -> Fault:
    folder = tmp / "shared"
    folder.mkdir(parents=True)
    folder.chmod(SHARED_MODE)
    path = folder / "salesperf.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE people (name TEXT)")
    con.execute("INSERT INTO people VALUES ('外人')")
    con.commit()
    con.close()
    return Fault(path, "database.no_version")


def damaged_file(db_path: Path, tmp: Path) -> Fault:
    path = _our_database(db_path, tmp / "shared")
    assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL mode: a reader would add -wal/-shm
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(4096 * 3, size, 4096 * 4):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * 64)
    return Fault(path, "database.unreadable")  # "database disk image is malformed"


FAULTS: dict[str, Callable[[Path, Path], Fault]] = {
    f.__name__: f
    for f in (
        foreign_copy_wal,
        unrelated_file_wal,
        older_copy_over_current,
        newer_schema_rollback_journal,
        foreign_sqlite_file,
        damaged_file,
    )
}


# ----------------------------------------------------------------------------- the ways in


def _open_in_storage(path: Path, **_) -> str:
    with pytest.raises(DatabaseError) as refused:
        open_database(path)
    return refused.value.code


def _open_in_window(path: Path, qapp, qsettings, monkeypatch) -> str:
    """The start-up path of the program, in Chinese; returns what the officer was shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))

    def restore_offer(dialog):
        shown.append(dialog.findChild(QLabel, "restoreMessage").text())
        return QDialog.DialogCode.Rejected  # the officer cancels: nothing restored

    monkeypatch.setattr(RestoreDialog, "exec", restore_offer)
    startup = Startup(qapp, qsettings, parse_args(["--db", str(path)]), "zh_CN")
    try:
        assert startup.start(path) == 2
    finally:
        startup.close()
    (text,) = shown
    return text


def _open_in_cli(path: Path, capsys, **_) -> str:
    assert cli_main(["--db", str(path), "--lang", "en", "info"]) == 2
    return capsys.readouterr().err


def _told(code: str, lang: str) -> str:
    """The part of the coded message that does not depend on file names."""
    params = {k: "\0" for k in ("path", "aside", "snapshot", "current", "head", "detail")}
    return max(render(code, params, lang).split("\0"), key=len)


@pytest.mark.parametrize("way", ["storage", "window", "cli"])
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_refused_file_stays_byte_identical_and_the_officer_is_told(
    fault, way, db_path, tmp_path, qapp, qsettings, monkeypatch, capsys
):
    made = FAULTS[fault](db_path, tmp_path)
    path, folder = made.path, made.path.parent
    before, mode = _sha(path), folder.stat().st_mode
    names = {p.name for p in folder.iterdir()}

    if way == "storage":
        assert _open_in_storage(path) == made.code
    elif way == "window":
        shown = _open_in_window(path, qapp, qsettings, monkeypatch)
        assert _told(made.code, "zh_CN") in shown, shown
    else:
        err = _open_in_cli(path, capsys)
        assert _told(made.code, "en") in err, err

    assert _sha(path) == before
    assert not wal_path(path).exists() and not shm_path(path).exists()
    assert folder.stat().st_mode == mode
    after = {p.name for p in folder.iterdir()}
    if made.wal is None:
        assert after == names  # nothing written beside a refused file
        return
    (aside,) = folder.glob("salesperf.sqlite-wal.set-aside-*")
    assert aside.read_bytes() == made.wal
    assert after == (names - {"salesperf.sqlite-wal", "salesperf.sqlite-shm"}) | {
        aside.name,
        *(p.name for p in folder.glob("salesperf.sqlite-shm.set-aside-*")),
        "backups",
    }
    # The file with its -wal, as they were, was copied first.
    (snapshot,) = (folder / "backups").glob("salesperf.unclean-stop.*")
    assert _sha(snapshot / "salesperf.sqlite") == before
    assert (snapshot / "salesperf.sqlite-wal").read_bytes() == made.wal
    # The next open uses the file as it was last saved.
    ctx = build_context(path, lang="en")
    try:
        assert ctx.settings.get("company_name") == "我们的公司"
    finally:
        ctx.close()


def test_the_unrelated_wal_would_have_replaced_the_database(db_path, tmp_path):
    """What the guard prevents: plain SQLite applies the foreign -wal (the 2.1 MB → 212 KB)."""
    made = unrelated_file_wal(db_path, tmp_path)
    con = sqlite3.connect(made.path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "staff" not in tables and "people" in tables


def test_a_newer_schema_with_its_wal_is_refused_and_the_wal_left_for_the_newer_program(
    db_path, tmp_path
):
    path = _our_database(db_path, tmp_path / "shared")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    # A newer program was killed with a -wal: leave both for it.
    shutil.copy(path, tmp_path / "copy.sqlite")
    con = sqlite3.connect(tmp_path / "copy.sqlite")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE settings SET value = '\"newer\"' WHERE key = 'company_name'")
    con.commit()
    stray = wal_path(tmp_path / "copy.sqlite").read_bytes()
    con.close()
    wal_path(path).write_bytes(stray)
    before = _sha(path)
    with pytest.raises(DatabaseError) as refused:
        open_database(path)
    assert refused.value.code == "database.too_new"
    assert _sha(path) == before and wal_path(path).read_bytes() == stray
    assert not shm_path(path).exists() and not (path.parent / "backups").exists()


# ----------------------------------------------------------------------------- the legitimate -wal


@pytest.mark.slow
def test_a_legitimate_wal_after_a_kill_keeps_every_committed_entry(db_path, tmp_path):
    """The program killed at random moments (checkpoints every ~64 KB, so kills land before,
    during and after them): the next open applies the -wal, and nothing committed is lost."""
    base = _our_database(db_path, tmp_path / "base")
    unclean = 0
    for i in range(8):
        work = tmp_path / f"kill-{i}"
        work.mkdir()
        path = work / "salesperf.sqlite"
        shutil.copy(base, path)
        committed = _killed_while_writing(path, seed=100 + i, spread=1.5)
        unclean += has_leftover_wal(path)
        ctx = build_context(path, lang="en")  # must not refuse its own -wal
        try:
            with ctx.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                stored = {
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT key FROM settings WHERE key LIKE 'entry-%'"
                    )
                }
        finally:
            ctx.close()
        missing = {f"entry-{n}" for n in committed} - stored
        assert not missing, (i, sorted(missing)[:5])
        assert not list(work.glob("*.set-aside-*"))
    assert unclean  # the kills did leave -wal files to check


HOLDER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA wal_autocheckpoint=0")
con.execute("UPDATE settings SET value = '\\"written elsewhere\\"' WHERE key = 'company_name'")
con.commit()
print("READY", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(os.name != "posix", reason="seen through SQLite's POSIX lock on the -shm")
def test_a_wal_another_program_has_open_is_not_taken_for_a_leftover(db_path, tmp_path):
    """Its -wal is live (the other program holds SQLite's lock on the -shm): no snapshot, no
    check, nothing set aside; SQLite shares the file as usual."""
    path = _our_database(db_path, tmp_path / "shared")
    other = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().startswith("READY")
        assert has_leftover_wal(path)
        ctx = build_context(path, lang="en")
        try:
            assert ctx.settings.get("company_name") == "written elsewhere"
        finally:
            ctx.close()
    finally:
        other.communicate("\n")
    assert not (path.parent / "backups").exists()
    assert not list(path.parent.glob("*.set-aside-*"))


def test_an_empty_file_with_a_stray_wal_does_not_become_the_other_database(tmp_path):
    """SQLite drops a -wal beside an empty file; it is kept in the snapshot all the same."""
    path = tmp_path / "salesperf.sqlite"
    path.write_bytes(b"")
    wal = _hr_wal(tmp_path / "hr")
    wal_path(path).write_bytes(wal)
    open_database(path).dispose()
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "staff" in tables and "people" not in tables
    (snapshot,) = (tmp_path / "backups").glob("salesperf.unclean-stop.*")
    assert (snapshot / "salesperf.sqlite-wal").read_bytes() == wal


def test_an_old_0001_file_left_with_its_wal_by_the_old_version_is_upgraded_whole(tmp_path):
    """The previous version crashed, then this one is installed: the -wal (no tokens before
    0002) is checked for integrity and schema, applied, and the file upgraded."""
    from tests.storage.test_identity import OLD_0001

    running = tmp_path / "running" / "salesperf.sqlite"
    running.parent.mkdir()
    shutil.copy(OLD_0001, running)
    con = sqlite3.connect(running)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute(
        "INSERT INTO staff (employee_no, name, role, region, product_line, status, email, "
        "phone, notes) VALUES ('E004', '赵六', 'sales_rep', '', 'mature', 'regular', '', '', '')"
    )
    con.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in (running, wal_path(running), shm_path(running)):
        shutil.copyfile(name, crashed / name.name)  # as a kill leaves them
    con.close()
    path = crashed / "salesperf.sqlite"
    assert has_leftover_wal(path) and read_database_id(path) is None
    ctx = build_context(path, lang="en")
    ctx.close()
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("SELECT name FROM staff ORDER BY employee_no")]
    con.close()
    assert names == ["张伟", "王芳", "李娜", "赵六"]
    assert read_database_id(path) is not None


def _partly_checkpointed(path: Path) -> None:
    """Copy the newest version of every other page from the -wal into the file: what a kill in
    the middle of a checkpoint leaves (the file alone is then inconsistent)."""
    wal = wal_path(path).read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    newest: dict[int, bytes] = {}
    offset = 32
    while offset + 24 + page_size <= len(wal):
        page = int.from_bytes(wal[offset : offset + 4], "big")
        newest[page] = wal[offset + 24 : offset + 24 + page_size]
        offset += 24 + page_size
    with path.open("r+b") as fh:
        for page, data in sorted(newest.items())[1::2]:
            fh.seek((page - 1) * page_size)
            fh.write(data)


def test_a_kill_in_the_middle_of_a_checkpoint_is_not_taken_for_damage(db_path, tmp_path):
    path = _our_database(db_path, tmp_path / "shared")
    ctx = build_context(path, lang="en")
    from salesperf_desktop.storage.models import SettingRow

    with ctx.transaction() as session:  # enough rows to split pages of the table
        session.add_all(SettingRow(key=f"entry-{n}", value="x" * 300) for n in range(400))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in (path, wal_path(path), shm_path(path)):
        shutil.copyfile(name, crashed / name.name)
    ctx.close()
    victim = crashed / "salesperf.sqlite"
    _partly_checkpointed(victim)
    con = sqlite3.connect(f"file:{victim}?mode=ro&immutable=1", uri=True)
    try:
        alone = con.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        alone = str(exc)
    finally:
        con.close()
    assert alone != "ok"  # the file alone is inconsistent ...
    ctx = build_context(victim, lang="en")  # ... with its -wal it is whole, and accepted
    try:
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            n = conn.exec_driver_sql("SELECT count(*) FROM settings WHERE key LIKE 'entry-%'")
            assert n.scalar() == 400
    finally:
        ctx.close()


def test_snapshots_are_kept_to_the_newest_few_and_never_the_one_just_made(tmp_path):
    from salesperf_desktop.storage import wal_guard

    path = tmp_path / "salesperf.sqlite"
    open_database(path).dispose()
    backups = tmp_path / "backups"
    made = []
    for i in range(wal_guard.SNAPSHOTS_KEPT + 3):
        made.append(wal_guard.snapshot(path, backups))
        # A clock set far in the future once: that snapshot looks newest by name and time.
        os.utime(made[-1], (2_000_000_000 if i == 0 else 1_000_000_000 + i,) * 2)
    kept = sorted(p.name for p in backups.glob("salesperf.unclean-stop.*"))
    assert len(kept) == wal_guard.SNAPSHOTS_KEPT
    assert made[-1].name in kept  # the one just made, although its time looks oldest


def test_a_wal_another_program_left_is_set_aside_and_said_so(db_path, tmp_path):
    """Edited with another program (sqlite3, DB Browser) that was then killed: not applied."""
    path = _our_database(db_path, tmp_path / "shared")
    before = _sha(path)
    running = tmp_path / "other" / "salesperf.sqlite"
    running.parent.mkdir()
    shutil.copy(path, running)
    con = sqlite3.connect(running)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE settings SET value = '\"edited elsewhere\"' WHERE key = 'company_name'")
    con.commit()
    wal_path(path).write_bytes(wal_path(running).read_bytes())
    con.close()
    with pytest.raises(DatabaseError) as refused:
        open_database(path)
    assert refused.value.code == "database.wal_other_program"
    assert _sha(path) == before and not wal_path(path).exists()
