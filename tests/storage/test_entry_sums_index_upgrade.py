"""Migration 0015 (an index holding the entries' figures by person and indicator) on a
0004-era file: a quarter's sums are read from the index alone, with no sort, and the entries
and the quarter's scores are what they were."""

from __future__ import annotations

import shutil

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import _SUMS_SQL, period_results
from salesperf_desktop.storage.database import SCHEMA_HEAD
from tests.storage.upgrade_support import OLD_0004, stored

ENTRIES = "SELECT * FROM metric_entries ORDER BY id"


def test_a_0004_file_reads_a_quarters_sums_from_the_index(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    before = stored(path, ENTRIES)
    assert before
    ctx = build_context(path, seed=False)
    try:
        quarter = period_results(ctx, Period.parse("2026-Q3"))
    finally:
        ctx.close()
    assert stored(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert stored(path, ENTRIES) == before
    assert any(p.result.total > 0 for p in quarter.people)

    people = ",".join(str(sid) for (sid,) in stored(path, "SELECT id FROM staff"))
    months = ",".join(str(pid) for (pid,) in stored(path, "SELECT id FROM periods"))
    query = _SUMS_SQL.format(staff=people, periods=months)
    plan = " ".join(str(row) for row in stored(path, "EXPLAIN QUERY PLAN " + query))
    assert "COVERING INDEX ix_metric_entries_sums" in plan
    assert "TEMP B-TREE" not in plan  # already grouped: no sort
