"""Migration 0008 (the officer's adjustment catalogue; approver, document number and fine on an
event) on a 0004-era file: the events stored before keep their kinds and points, published and
signed results are untouched, and the catalogue offers the new seed items."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import adjustment_types as at
from salesperf_desktop.services import events
from salesperf_desktop.storage.database import SCHEMA_HEAD
from tests.services.support import sheet_person, staff_id
from tests.storage.upgrade_support import OLD_0004, stored


def test_a_0004_file_keeps_its_events_and_gets_the_new_items(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_0004, path)
    grades = "SELECT id, total, grade FROM appraisals ORDER BY id"
    old_events = "SELECT id, staff_id, period_id, category, code, quantity, points FROM events"
    before_grades, before_events = stored(path, grades), stored(path, old_events)
    assert len(before_events) == 16
    ctx = build_context(path, seed=False)
    try:
        catalogue = at.load_catalogue(ctx)
        for code in ("shirking", "customer_praise", "customer_complaint", "fine_money"):
            assert code in catalogue
        assert catalogue.get("compliance_enablement").label("zh_CN") == "合规赋能分"
        # June's +15 commendation, recorded before approvals were asked for, keeps its points
        june = events.list_events(ctx, staff_id(ctx, "E003"), Period.month(2026, 6))
        commendation = next(e for e in june if e.code == "commendation_company")
        assert (commendation.points_total, commendation.approver) == (15, "")
        october = Period.month(2026, 10)
        praised = sheet_person(ctx, october, "E010").result.adjustments
        assert [(line.code, line.points) for line in praised.lines] == [("praise_company", 10)]
        # a new item of the seeds is recorded on the upgraded file
        sid = staff_id(ctx, "E003")
        base = sheet_person(ctx, october, "E003").result.total
        draft = events.EventDraft("adjustment", dt.date(2026, 10, 9), "shirking", 1, note="推卸")
        events.add_event(ctx, sid, october, draft)
        assert sheet_person(ctx, october, "E003").result.total == pytest.approx(base - 1)
    finally:
        ctx.close()
    assert stored(path, grades) == before_grades
    assert stored(path, old_events)[:16] == before_events
    assert stored(path, "SELECT DISTINCT approver, document_no, amount FROM events") == [
        ("", "", None)
    ]
    assert stored(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
