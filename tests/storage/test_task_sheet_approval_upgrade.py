"""Migration 0007 (the appraiser's approval of a task sheet) on a 0004-era file: the sheets
stored before keep their tasks and count as not approved yet."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

from sqlalchemy import create_engine

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import task_sheets
from salesperf_desktop.storage.database import SCHEMA_HEAD, upgrade
from tests.storage.test_identity import OLD_0001


def _a_0004_file(path):
    """The 0001 fixture brought to 0004 (the schema before this migration), with a sheet."""
    shutil.copy(OLD_0001, path)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0004_data19_change_counter")
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        staff_id = con.execute("SELECT id FROM staff ORDER BY id LIMIT 1").fetchone()[0]
        con.execute(
            "INSERT INTO periods (kind, year, number, status) VALUES ('month', 2026, 10, 'open')"
        )
        period_id = con.execute(
            "SELECT id FROM periods WHERE year = 2026 AND number = 10"
        ).fetchone()[0]
        con.execute(
            "INSERT INTO task_sheets (staff_id, period_id, issued_on, note) VALUES (?, ?, ?, '')",
            (staff_id, period_id, "2026-10-01"),
        )
        sheet = con.execute("SELECT id FROM task_sheets").fetchone()[0]
        for i in range(5):
            con.execute(
                "INSERT INTO task_items (sheet_id, position, title, steps, measure, points)"
                " VALUES (?, ?, ?, '', '', 20)",
                (sheet, i, f"任务{i}"),
            )
        con.commit()
        assert "approved_on" not in {r[1] for r in con.execute("PRAGMA table_info(task_sheets)")}
    finally:
        con.close()
    return staff_id


def test_a_0004_file_upgraded_keeps_its_sheets_not_yet_approved(tmp_path):
    path = tmp_path / "salesperf.sqlite"
    staff_id = _a_0004_file(path)
    ctx = build_context(path, lang="zh_CN")
    try:
        october = Period.month(2026, 10)
        sheet = task_sheets.load(ctx, staff_id, october)
        assert [t.title for t in sheet.tasks] == [f"任务{i}" for i in range(5)]
        assert sheet.approved_on is None
        task_sheets.save(ctx, staff_id, october, sheet.tasks, approved_on=dt.date(2026, 10, 3))
        assert task_sheets.load(ctx, staff_id, october).approved_on == dt.date(2026, 10, 3)
    finally:
        ctx.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    finally:
        con.close()
