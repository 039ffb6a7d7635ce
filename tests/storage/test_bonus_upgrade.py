"""Migration 0011 (bonus settings and bonus sheets) on a 0004-era file: the published results
are untouched, the new tables are empty, and the sheet of an old published month is computed
and approved on the upgraded file."""

from __future__ import annotations

import datetime as dt
import shutil

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.bonus import BonusSettings
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import bonus
from salesperf_desktop.storage.database import SCHEMA_HEAD
from tests.storage.upgrade_support import OLD_0004, stored


def test_a_0004_file_gets_empty_bonus_tables_and_a_sheet_of_its_published_month(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    grades = "SELECT id, total, grade FROM appraisals ORDER BY id"
    before = stored(path, grades)
    published = stored(path, "SELECT year, number FROM periods WHERE status = 'published'")
    assert published
    ctx = build_context(path, seed=False)
    try:
        assert bonus.current_settings(ctx).version == 0
        month = Period.month(*published[0])
        bonus.save_settings(ctx, BonusSettings(base_by_role={"sales_rep": 2000}))
        sheet = bonus.bonus_sheet(ctx, month)
        reps = [line for line in sheet.lines if line.role == "sales_rep"]
        assert reps and all(line.base == 200_000 for line in reps)
        assert all(line.performance == round(200_000 * line.coefficient) for line in reps)
        bonus.approve_sheet(
            ctx, month, prepared_by="王芳", checked_by="李会计", approved_by="王建国",
            on=dt.date(2026, 11, 20),
        )  # fmt: skip
        assert bonus.bonus_sheet(ctx, month).frozen
    finally:
        ctx.close()
    assert stored(path, grades) == before
    assert stored(path, "SELECT count(*) FROM bonus_settings") == [(1,)]
    assert stored(path, "SELECT approved_by FROM bonus_sheets") == [("王建国",)]
    assert stored(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
