"""Every write of what scoring reads moves the change counter, in new and upgraded files."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from salesperf_desktop.storage.change_counter import COUNTED_TABLES
from salesperf_desktop.storage.database import open_database
from tests.storage.test_identity import OLD_0001


def _counter(con: sqlite3.Connection) -> int:
    return con.execute("SELECT counter FROM data_changes WHERE id = 1").fetchone()[0]


def _triggers(con: sqlite3.Connection) -> set[str]:
    rows = con.execute("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
    return {f"{table}:{name}" for table, name in rows}


def _expected() -> set[str]:
    return {
        f"{table}:data_changes_{op}_{table}"
        for table in COUNTED_TABLES
        for op in ("insert", "update", "delete")
    }


@pytest.fixture
def new_file(tmp_path):
    path = tmp_path / "new.sqlite"
    open_database(path).dispose()
    return path


def test_every_table_scoring_reads_has_its_three_triggers(new_file):
    con = sqlite3.connect(new_file)
    assert _expected() <= _triggers(con)
    con.close()


def test_insert_update_and_delete_each_move_the_counter_once_per_row(new_file):
    con = sqlite3.connect(new_file)
    con.execute("PRAGMA foreign_keys = ON")
    with con:
        con.execute(
            "INSERT INTO teams (code, name, product_line, cycle) VALUES ('T1', 'A', 'mature', 'monthly')"
        )
    start = _counter(con)
    with con:
        con.execute(
            "INSERT INTO periods (kind, year, number, status) VALUES ('month', 2026, 1, 'open')"
        )
    assert _counter(con) == start + 1
    with con:
        con.execute("UPDATE teams SET name = 'B'")
    assert _counter(con) == start + 2
    with con:
        con.execute("DELETE FROM periods")
    assert _counter(con) == start + 3
    with con:
        con.execute("UPDATE settings SET value = value")  # not read by scoring: not counted
    assert _counter(con) == start + 3
    con.close()


def test_a_rolled_back_write_leaves_the_counter(new_file):
    con = sqlite3.connect(new_file)
    start = _counter(con)
    con.execute(
        "INSERT INTO periods (kind, year, number, status) VALUES ('month', 2026, 2, 'open')"
    )
    con.rollback()
    assert _counter(con) == start
    con.close()


def test_an_old_0001_file_gets_the_counter_when_upgraded(tmp_path):
    path = tmp_path / "salesperf.sqlite"
    shutil.copy(OLD_0001, path)
    open_database(path, backup_dir=tmp_path / "backups").dispose()
    con = sqlite3.connect(path)
    assert _expected() <= _triggers(con)
    start = _counter(con)
    staff = con.execute("SELECT count(*) FROM staff").fetchone()[0]
    assert staff > 0, "the old file has data the upgrade keeps"
    with con:
        con.execute("UPDATE staff SET notes = notes || ''")
    assert _counter(con) == start + staff
    con.close()
