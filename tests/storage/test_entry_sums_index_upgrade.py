"""Migration 0015 (an index holding the entries' figures by person and indicator) on a
0004-era file: a quarter's sums are read from the index alone, with no sort, and the entries
and the quarter's scores are what they were."""

from __future__ import annotations

from tests.storage.upgrade_support import sums_plan_and_rows, upgraded_old_file

ENTRIES = "SELECT * FROM metric_entries ORDER BY id"


def test_a_0004_file_reads_a_quarters_sums_from_the_index(tmp_path):
    path, _scores = upgraded_old_file(tmp_path, ENTRIES)

    plan, _rows, reads_table = sums_plan_and_rows(path)
    # each person's indicator's months sought, not every month read
    assert "INDEX ix_metric_entries_sums (staff_id=? AND indicator_code=? AND period_id>" in plan
    assert "TEMP B-TREE" not in plan  # already grouped: no sort
    # from the index alone. (Since 0018 SQLite 3.40 no longer calls the index covering: the sums
    # name the target and base inside the indexed millionths. Its program still reads every
    # value from the index, and never seeks the table row it keeps ready.)
    assert not reads_table
