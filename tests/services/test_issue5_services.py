"""Targets split by season, work task sheets, key events: lock and audit rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import events, targets, task_sheets
from salesperf_desktop.services.entry import load_sheet
from salesperf_desktop.services.locking import LockedError
from salesperf_desktop.storage.models import AuditEntryRow, StaffRow

OCT, SEP, AUG = Period.month(2026, 10), Period.month(2026, 9), Period.month(2026, 8)


def _staff(ctx, no):
    with ctx.session() as s:
        return s.scalar(select(StaffRow.id).where(StaffRow.employee_no == no))


def _person(ctx, month, no):
    with ctx.session() as s:
        sheet = load_sheet(s, month)
    return next(p for p in sheet.people if p.employee_no == no)


@pytest.mark.parametrize("annual", [1_000_000, 1_234_567.89, 7, 0.05])
@pytest.mark.parametrize("decimals", [0, 2])
def test_split_adds_up_exactly(annual, decimals):
    for factors in (None, targets.DEFAULT_PROFILE):
        months = targets.split(annual, factors, decimals)
        assert len(months) == 12
        assert sum(Decimal(str(m)) for m in months) == Decimal(str(annual))


def test_seasonal_split_follows_the_profile():
    months = targets.split(1_200_000, targets.DEFAULT_PROFILE)
    assert months[1] < months[0] < months[3] < months[11]  # Feb trough, Dec peak
    assert targets.split(1_200_000) == [100_000.0] * 12
    with pytest.raises(targets.ProfileError):
        targets.split(100, [1] * 11)
    with pytest.raises(targets.ProfileError):
        targets.split(100, [0] * 12)


def test_profile_setting_round_trip(ctx):
    assert targets.load_profile(ctx.settings) == targets.DEFAULT_PROFILE
    targets.save_profile(ctx.settings, [1] * 6 + [2] * 6)
    assert targets.load_profile(ctx.settings) == (1.0,) * 6 + (2.0,) * 6


def test_apply_targets_refuses_locked_months_and_audits_published(demo_ctx):
    sid = _staff(demo_ctx, "E003")
    plan = {sid: targets.split(1_200_000, targets.DEFAULT_PROFILE)}
    with pytest.raises(targets.TargetsLocked) as err:
        targets.apply_targets(demo_ctx, "sales_achievement", 2026, plan, reason="x")
    assert AUG in err.value.months and OCT not in err.value.months
    with pytest.raises(ValueError):  # September is published: a reason is needed
        targets.apply_targets(demo_ctx, "sales_achievement", 2026, plan, skip_locked=True)
    done = targets.apply_targets(
        demo_ctx, "sales_achievement", 2026, plan, reason="年度目标", skip_locked=True
    )
    assert (sid, AUG) in done.skipped and done.written == 12 - len(done.skipped)
    assert _person(demo_ctx, OCT, "E003").get("sales_achievement", "target") == plan[sid][9]
    with demo_ctx.session() as s:
        audit = s.scalars(select(AuditEntryRow).where(AuditEntryRow.reason == "年度目标")).all()
    assert len(audit) == 1  # September only


def test_copy_previous_month(demo_ctx):
    sid = _staff(demo_ctx, "E003")
    n = targets.copy_previous_month(demo_ctx, Period.month(2026, 11), [sid])
    assert n > 0
    assert _person(demo_ctx, Period.month(2026, 11), "E003").get(
        "sales_achievement", "target"
    ) == _person(demo_ctx, OCT, "E003").get("sales_achievement", "target")


def _tasks(points=(20, 20, 20, 20, 20), scores=None):
    return [
        task_sheets.TaskDraft(
            f"任务{i}",
            "步骤",
            "衡量",
            dt.date(2026, 10, 20),
            p,
            None if scores is None else scores[i],
        )
        for i, p in enumerate(points)
    ]


def test_task_sheet_checks_and_scores(demo_ctx):
    sid = _staff(demo_ctx, "E012")
    codes = {p.code for p in task_sheets.check(_tasks((20, 20, 20, 20, 10)))}
    assert codes == {"points_sum"}
    assert {p.code for p in task_sheets.check(_tasks((50, 50)))} == {"task_count"}
    bad_score = task_sheets.check(_tasks(scores=(25, 0, 0, 0, 0)))
    assert [p.code for p in bad_score] == ["score_range"]
    with pytest.raises(task_sheets.SheetRefused):
        task_sheets.save(demo_ctx, sid, OCT, _tasks((20, 20, 20, 20, 10)))
    # planned, not scored yet: no task_sheet actual
    assert task_sheets.save(demo_ctx, sid, OCT, _tasks()) is None
    assert _person(demo_ctx, OCT, "E012").get("task_sheet", "actual") is None
    score = task_sheets.save(demo_ctx, sid, OCT, _tasks(scores=(20, 18, 15, 20, 10)))
    assert score == 83
    person = _person(demo_ctx, OCT, "E012")
    assert person.get("task_sheet", "actual") == 83 and person.get("task_sheet", "target") == 100
    assert person.result.item("task_sheet").scored
    with demo_ctx.session() as s:
        stored = task_sheets.load(s, sid, OCT)
    assert [t.score for t in stored.tasks] == [20, 18, 15, 20, 10]


def test_task_sheet_locked_and_published(demo_ctx):
    sid = _staff(demo_ctx, "E003")
    with pytest.raises(LockedError):
        task_sheets.save(demo_ctx, sid, AUG, _tasks())
    with pytest.raises(ValueError):
        task_sheets.save(demo_ctx, sid, SEP, _tasks())
    task_sheets.save(demo_ctx, sid, SEP, _tasks(scores=(20,) * 5), reason="补录")
    with demo_ctx.session() as s:
        fields = {
            a.field for a in s.scalars(select(AuditEntryRow).where(AuditEntryRow.reason == "补录"))
        }
    assert fields == {"tasks", "task_sheet.actual", "task_sheet.target"}


def test_events_add_edit_delete_and_rules(demo_ctx):
    sid = _staff(demo_ctx, "E003")
    base = _person(demo_ctx, OCT, "E003").result.total
    day = dt.date(2026, 10, 12)
    e1 = events.add_event(
        demo_ctx, sid, OCT, events.EventDraft("adjustment", day, "commendation_company")
    )
    events.add_event(
        demo_ctx, sid, OCT, events.EventDraft("adjustment", day, "late_or_early_leave", 3)
    )
    assert _person(demo_ctx, OCT, "E003").result.total == pytest.approx(base + 15 - 3)
    events.update_event(
        demo_ctx, e1, events.EventDraft("adjustment", day, "praise_company", note="表扬")
    )
    assert _person(demo_ctx, OCT, "E003").result.total == pytest.approx(base + 10 - 3)
    events.delete_event(demo_ctx, e1)
    assert _person(demo_ctx, OCT, "E003").result.total == pytest.approx(base - 3)
    # an incident moves no points but needs a note
    with pytest.raises(events.EventError) as err:
        events.add_event(demo_ctx, sid, OCT, events.EventDraft("incident_positive", day))
    assert err.value.code == "note_required"
    events.add_event(demo_ctx, sid, OCT, events.EventDraft("incident_positive", day, note="好"))
    assert _person(demo_ctx, OCT, "E003").result.total == pytest.approx(base - 3)
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
    person = _person(demo_ctx, OCT, "E003")
    assert person.result.vetoed and person.result.grade == person.template.grades.lowest.grade


def test_events_locked_refused_published_audited(demo_ctx):
    sid = _staff(demo_ctx, "E003")
    with pytest.raises(LockedError):
        events.add_event(
            demo_ctx,
            sid,
            AUG,
            events.EventDraft("adjustment", dt.date(2026, 8, 3), "praise_company"),
        )
    draft = events.EventDraft("adjustment", dt.date(2026, 9, 3), "praise_company")
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
    with demo_ctx.session() as s:
        listed = events.list_events(s, sid, SEP)
    assert all(r.id != eid for r in listed)
