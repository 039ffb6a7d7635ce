"""Each database file carries a UUID: new files get one, old (0001) files get one when upgraded,
a backup carries the same one, and reading it changes nothing on disk."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from pathlib import Path

from salesperf_desktop.services.backup import make_backup
from salesperf_desktop.storage.database import SCHEMA_HEAD, open_database
from salesperf_desktop.storage.identity import read_database_id

OLD_0001 = Path(__file__).parents[1] / "fixtures" / "databases" / "salesperf-0001.sqlite"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_a_new_database_has_an_identity_on_disk(tmp_path):
    path = tmp_path / "new.sqlite"
    open_database(path).dispose()
    database_id = read_database_id(path)
    assert database_id is not None and str(uuid.UUID(database_id)) == database_id
    other = tmp_path / "other.sqlite"
    open_database(other).dispose()
    assert read_database_id(other) not in (None, database_id)


def test_the_identity_is_on_disk_while_the_database_is_open(tmp_path):
    path = tmp_path / "open.sqlite"
    engine = open_database(path)
    try:
        assert read_database_id(path) is not None  # the base file, not only the -wal
    finally:
        engine.dispose()


def test_an_old_0001_file_is_upgraded_keeping_its_data_and_gets_an_identity(tmp_path):
    path = tmp_path / "salesperf.sqlite"
    shutil.copy(OLD_0001, path)
    assert read_database_id(path) is None  # written before identities existed
    engine = open_database(path, backup_dir=tmp_path / "backups")
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        names = [r[0] for r in con.execute("SELECT name FROM staff ORDER BY employee_no")]
        assert names == ["张伟", "王芳", "李娜"]
        assert con.execute("SELECT count(*) FROM database_identity").fetchone()[0] == 1
    finally:
        con.close()
    database_id = read_database_id(path)
    assert database_id is not None
    # The backup taken before the migration is the old file as it was (no identity yet).
    (before,) = (tmp_path / "backups").glob("salesperf.before-migration-0001.*.sqlite")
    assert read_database_id(before) is None
    # Opening again keeps the same identity.
    open_database(path).dispose()
    assert read_database_id(path) == database_id


def test_a_backup_carries_the_same_identity(tmp_path):
    path = tmp_path / "salesperf.sqlite"
    open_database(path).dispose()
    backup = make_backup(path, tmp_path / "backups", "manual")
    assert read_database_id(backup) == read_database_id(path) is not None


def test_reading_the_identity_changes_nothing_and_creates_no_wal(tmp_path):
    path = tmp_path / "salesperf.sqlite"
    open_database(path).dispose()
    before, names = _sha(path), _beside(path)
    assert read_database_id(path) is not None
    assert _sha(path) == before and _beside(path) == names


def test_files_that_are_not_ours_have_no_identity(tmp_path):
    missing = tmp_path / "missing.sqlite"
    text = tmp_path / "notes.sqlite"
    text.write_text("这不是数据库", encoding="utf-8")
    foreign = tmp_path / "hr.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE people (name TEXT)")
    con.commit()
    con.close()
    forged = tmp_path / "forged.sqlite"
    con = sqlite3.connect(forged)
    con.execute("CREATE TABLE database_identity (id INTEGER PRIMARY KEY, database_id TEXT)")
    con.execute("INSERT INTO database_identity VALUES (1, 'not a uuid')")
    con.commit()
    con.close()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    names = _beside(text)
    for path in (missing, text, foreign, forged, empty, tmp_path):
        assert read_database_id(path) is None, path
    assert _beside(text) == names
