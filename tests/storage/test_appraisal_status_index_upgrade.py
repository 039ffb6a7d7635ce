"""Migration 0016 (an index on appraisals by period and status) on a 0004-era file: 本月待办
counts each published period's unsigned forms from the index alone, and the counts and the
appraisals are what they were."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.due import DueKind
from salesperf_desktop.services.due import due_this_month, form_counts
from salesperf_desktop.storage.database import SCHEMA_HEAD
from tests.storage.upgrade_support import OLD_0004, stored

APPRAISALS = "SELECT id, staff_id, period_id, status FROM appraisals ORDER BY id"
UNSIGNED = (
    "SELECT a.period_id, count(*) FROM appraisals a JOIN periods p ON p.id = a.period_id"
    " WHERE a.status = 'published' AND p.status IN ('published', 'locked') GROUP BY a.period_id"
)


def test_a_0004_file_counts_unsigned_forms_from_the_index(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    before = stored(path, APPRAISALS)
    unsigned = stored(path, UNSIGNED)
    assert unsigned  # the old file has forms waiting for signatures
    ctx = build_context(path, seed=False)
    try:
        due = due_this_month(ctx, dt.date(2026, 11, 20))
        query = form_counts([period_id for period_id, _count in unsigned]).compile(
            ctx.engine, compile_kwargs={"literal_binds": True}
        )
    finally:
        ctx.close()
    assert stored(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert stored(path, APPRAISALS) == before
    signatures = due.group(DueKind.SIGNATURES)
    assert signatures is not None
    # (no form of the old file was reprinted: the unsigned ones are the published ones)
    assert [item.count for item in signatures.items] == [n for _period, n in unsigned]

    con = sqlite3.connect(path)
    try:
        plan = " ".join(str(row) for row in con.execute(f"EXPLAIN QUERY PLAN {query}"))
    finally:
        con.close()
    assert "COVERING INDEX ix_appraisals_period_status" in plan
