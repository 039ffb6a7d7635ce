"""Migration 0011 (staff moves and leave) on a 0004-era file: nothing moves in the results kept
before, the new tables are there and count as data changes, and a transfer and a leave are
recorded and scored on the upgraded file."""

from __future__ import annotations

import datetime as dt
import shutil

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.storage.change_counter import data_version
from salesperf_desktop.storage.database import SCHEMA_HEAD
from tests.services.support import staff_id
from tests.storage.upgrade_support import OLD_0004, stored


def test_a_0004_file_gets_moves_and_leave(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    grades = "SELECT id, total, grade FROM appraisals ORDER BY id"
    before_grades = stored(path, grades)
    ctx = build_context(path, seed=False)
    try:
        october = Period.month(2026, 10)
        with ctx.session() as s:
            before = {p.employee_no: p.result.total for p in ap.compute_period(s, october).people}
        sid = staff_id(ctx, "E003")
        with ctx.session() as s:
            counter = data_version(s)
        mvs.record_leave(
            ctx, sid, mvs.LeaveDraft("personal", dt.date(2026, 10, 19), dt.date(2026, 10, 19))
        )
        with ctx.session() as s:
            assert data_version(s) != counter  # scoring reads it: cached results are stale
            after = ap.compute_period(s, october)
        e003 = next(p for p in after.people if p.employee_no == "E003")
        assert e003.result.total == before["E003"] - 1
        teams = {t for (t,) in stored(path, "SELECT id FROM teams")}
        other = next(t for t in sorted(teams) if t != e003.team_id)
        mvs.record_move(
            ctx, sid, mvs.MoveDraft(dt.date(2026, 12, 1), "transfer", other, "sales_rep", "调整")
        )
        assert [m.kind for m in mvs.list_moves(ctx, sid)] == ["transfer"]
    finally:
        ctx.close()
    assert stored(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert stored(path, grades) == before_grades
