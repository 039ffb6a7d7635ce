"""Migration 0018 (the sums index holds the figures as whole millionths) on a 0004-era
file: a year's sums are read from the index alone, its millionths are those SQLite works out
from the entries, and the entries and the scores are what they were."""

from __future__ import annotations

import shutil
import sqlite3

from salesperf_desktop.storage.models import millionths_sql
from tests.storage.upgrade_support import (
    OLD_0004,
    quarter_scores,
    stored,
    sums_plan_and_rows,
    upgraded_old_file,
)

ENTRIES = "SELECT * FROM metric_entries ORDER BY id"


def test_a_0004_file_reads_the_sums_millionths_from_the_index(tmp_path):
    path, scores = upgraded_old_file(tmp_path, ENTRIES)

    plan, sums, reads_table = sums_plan_and_rows(path)
    assert "INDEX ix_metric_entries_sums (staff_id=? AND indicator_code=?" in plan
    assert "TEMP B-TREE" not in plan  # already grouped: no sort
    assert not reads_table  # every value from the index, the millionths included
    assert any(row[3] for row in sums)  # some Σ actual in millionths

    # What the index holds is what SQLite works out from the table's rows
    held = stored(
        path,
        f"SELECT id, {millionths_sql('actual')}, {millionths_sql('target')},"
        f" {millionths_sql('base')} FROM metric_entries INDEXED BY ix_metric_entries_sums"
        " ORDER BY id",
    )
    worked_out = stored(
        path,
        f"SELECT id, {millionths_sql('actual')}, {millionths_sql('target')},"
        f" {millionths_sql('base')} FROM metric_entries NOT INDEXED ORDER BY id",
    )
    assert held == worked_out

    con = sqlite3.connect(path)
    try:
        con.execute("DROP INDEX ix_metric_entries_sums")  # the sums worked out per row
        con.commit()
    finally:
        con.close()
    _plan, worked_out_sums, reads_table = sums_plan_and_rows(path)
    assert worked_out_sums == sums
    assert reads_table  # (what the check above would have seen, had the table been read)
    assert quarter_scores(path) == scores


def test_a_file_with_sqlites_statistics_gets_the_new_indexs_too(tmp_path):
    """ANALYZE was run on the file (the program never does; a copy tuned by hand may have been):
    the new index is counted too, so the planner keeps a month's entries on their seek."""
    path = tmp_path / "analyzed.sqlite"
    shutil.copy(OLD_0004, path)
    con = sqlite3.connect(path)
    try:
        con.execute("ANALYZE")
        con.commit()
    finally:
        con.close()
    quarter_scores(path)  # migrates the file
    rows = stored(path, "SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_metric_entries_sums'")
    assert len(rows) == 1 and rows[0][0].split()[0] == str(len(stored(path, ENTRIES)))


def test_a_file_without_statistics_is_left_without(tmp_path):
    path = tmp_path / "plain.sqlite"
    shutil.copy(OLD_0004, path)
    quarter_scores(path)
    assert not stored(path, "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
