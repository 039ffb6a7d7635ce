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
import signal
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

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and folder modes")

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


def _killed_while_writing(path: Path, seed: int, spread: float = 1.0) -> list[int]:
    """Run the real program writing entries on *path*; SIGKILL it. Returns the committed ones."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), "entries"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    line = proc.stdout.readline()
    assert line.startswith("READY"), proc.stderr.read()[-2000:]
    time.sleep(0.05 + random.Random(seed).uniform(0.0, spread))
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    return [int(x.split()[1]) for x in out.splitlines() if x.startswith("COMMITTED")]


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
    committed = _killed_while_writing(path, seed=1)
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
