"""Key events of a month: bonus/penalty, incidents and the veto; lock and audit rules."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.adjustments import DEFAULT_CATALOGUE
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import events
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.storage.models import AuditEntryRow
from tests.services.support import sheet_person, staff_id

OCT, SEP, AUG = Period.month(2026, 10), Period.month(2026, 9), Period.month(2026, 8)
# seed 004: +10 is decided by the deputy general manager and published in a formal document
SIGNED = {"approver": "分管副总经理 陈立", "document_no": "司发〔2026〕35号"}


def test_events_add_edit_delete_and_rules(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    base = sheet_person(demo_ctx, OCT, "E003").result.total
    day = dt.date(2026, 10, 12)
    e1 = events.add_event(
        demo_ctx,
        sid,
        OCT,
        events.EventDraft(
            "adjustment",
            day,
            "commendation_company",
            approver="总经理办公会",
            document_no="司发〔2026〕21号",
        ),
    )
    events.add_event(
        demo_ctx, sid, OCT, events.EventDraft("adjustment", day, "late_or_early_leave", 3)
    )
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base + 15 - 3)
    events.update_event(
        demo_ctx, e1, events.EventDraft("adjustment", day, "praise_company", note="表扬", **SIGNED)
    )
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base + 10 - 3)
    events.delete_event(demo_ctx, e1)
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base - 3)
    # an incident moves no points but needs a note
    with pytest.raises(events.EventError) as err:
        events.add_event(demo_ctx, sid, OCT, events.EventDraft("incident_positive", day))
    assert err.value.code == "note_required"
    events.add_event(demo_ctx, sid, OCT, events.EventDraft("incident_positive", day, note="好"))
    assert sheet_person(demo_ctx, OCT, "E003").result.total == pytest.approx(base - 3)
    with pytest.raises(events.EventError) as err:
        events.add_event(demo_ctx, sid, OCT, events.EventDraft("adjustment", day, "milestone"))
    assert err.value.code == "points_required"
    with pytest.raises(events.EventError) as err:
        bad_day = dt.date(2026, 9, 30)
        events.add_event(
            demo_ctx, sid, OCT, events.EventDraft("adjustment", bad_day, "praise_company")
        )
    assert err.value.code == "date_outside_month"
    events.add_event(demo_ctx, sid, OCT, events.EventDraft("veto", day, note="违规推广"))
    person = sheet_person(demo_ctx, OCT, "E003")
    assert person.result.vetoed and person.result.grade == person.template.grades.lowest.grade


def test_events_locked_refused_published_audited(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    with pytest.raises(LockedError):
        events.add_event(
            demo_ctx,
            sid,
            AUG,
            events.EventDraft("adjustment", dt.date(2026, 8, 3), "praise_company", **SIGNED),
        )
    draft = events.EventDraft("adjustment", dt.date(2026, 9, 3), "praise_company", **SIGNED)
    with pytest.raises(events.EventError) as err:
        events.add_event(demo_ctx, sid, SEP, draft)
    assert err.value.code == "reason_required"
    eid = events.add_event(demo_ctx, sid, SEP, draft, reason="补记表扬")
    events.delete_event(demo_ctx, eid, reason="记错了")
    with demo_ctx.session() as s:
        rows = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "event")).all()
    assert [(r.reason, r.old_value is None, r.new_value is None) for r in rows] == [
        ("补记表扬", True, False),
        ("记错了", False, True),
    ]
    listed = events.list_events(demo_ctx, sid, SEP)
    assert all(r.id != eid for r in listed)


def test_engine_events_are_what_the_grid_rescores_with(demo_ctx):
    sid = staff_id(demo_ctx, "E003")
    day = dt.date(2026, 10, 12)
    events.add_event(
        demo_ctx, sid, OCT, events.EventDraft("adjustment", day, "late_or_early_leave", 2)
    )
    counted = events.engine_events(demo_ctx, sid, OCT)
    assert any(e.code == "late_or_early_leave" and e.count == 2 for e in counted)
    listed = events.list_events(demo_ctx, sid, OCT)
    assert [e.points_total for e in listed if e.code == "late_or_early_leave"] == [-2]


def test_a_refused_event_says_why_in_the_reader_s_language():
    month = Period.month(2026, 10)
    draft = events.EventDraft("adjustment", dt.date(2026, 9, 30), "praise_company")
    with pytest.raises(events.EventError) as err:
        events.validate(draft, month, DEFAULT_CATALOGUE)
    assert err.value.message("zh_CN") == "日期必须在本月内（2026-10-01 – 2026-10-31）。"
    assert err.value.message("en") == "The date must lie in the month (2026-10-01 – 2026-10-31)."
