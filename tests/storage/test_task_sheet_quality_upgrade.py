"""Migration 0008 (task types, poor-quality reasons) on the 0004-era demo file: a sheet stored
before keeps its tasks, with no type and no reason ticked; it can then be typed and judged."""

from __future__ import annotations

import shutil
import sqlite3

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import events, task_sheets
from salesperf_desktop.storage.database import SCHEMA_HEAD
from tests.storage.test_policy_upgrade import OLD_0004


def _with_a_sheet(path) -> int:
    """E003's October sheet (the open month), stored the 0004 way."""
    con = sqlite3.connect(path)
    try:
        staff_id = con.execute("SELECT id FROM staff WHERE employee_no = 'E003'").fetchone()[0]
        con.execute(
            "INSERT INTO task_sheets (staff_id, period_id, issued_on, note) VALUES (?, 6, ?, '')",
            (staff_id, "2026-10-01"),
        )
        sheet = con.execute("SELECT id FROM task_sheets").fetchone()[0]
        for i, points in enumerate((30, 25, 20, 15, 10)):
            con.execute(
                "INSERT INTO task_items (sheet_id, position, title, steps, measure, points)"
                " VALUES (?, ?, ?, '', '', ?)",
                (sheet, i, f"任务{i}", points),
            )
        con.commit()
        columns = {r[1] for r in con.execute("PRAGMA table_info(task_items)")}
        assert "task_type" not in columns
    finally:
        con.close()
    return staff_id


def test_a_0004_file_upgraded_keeps_its_sheet_untyped_and_unjudged(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    staff_id = _with_a_sheet(path)
    october = Period.month(2026, 10)
    ctx = build_context(path, seed=False)
    try:
        sheet = task_sheets.load(ctx, staff_id, october)
        assert [t.points for t in sheet.tasks] == [30, 25, 20, 15, 10]
        assert [t.task_type for t in sheet.tasks] == [None] * 5
        assert sheet.quality_reasons == () and sheet.penalties == 0
        typed = [
            task_sheets.TaskDraft(t.title, t.steps, t.measure, t.due_on, t.points, None, "routine")
            for t in sheet.tasks
        ]
        task_sheets.save(ctx, staff_id, october, typed, quality_reasons=["measures_vague"])
        again = task_sheets.load(ctx, staff_id, october)
        assert {t.task_type for t in again.tasks} == {"routine"}
        assert again.quality_reasons == ("measures_vague",)
        codes = [e.code for e in events.list_events(ctx, staff_id, october)]
        assert codes.count("poor_task_sheet") == 1
    finally:
        ctx.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    finally:
        con.close()
