"""A move or leave recorded late, in a month already published, amends the published appraisals
through the one rule of every change after publication (issue #18 point 7; services.amendments):
a reason is required, it is kept in the audit trail, the amended appraisal must be printed again
and the quarter containing the month follows; a locked month refuses and names the appeal.

The demo company: September 2026 is published (22 working days; 1–14 September has 10, 15–30
September 12), August is signed and locked; the third quarter is published here."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import delete, select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services import workflow
from salesperf_desktop.services.locking import LockedError, ReasonRequired
from salesperf_desktop.services.printing import reprint_rows
from salesperf_desktop.storage.models import AppraisalRow, AuditEntryRow, PeriodRow, StaffRow
from tests.services.support import staff_id

SEPTEMBER = Period.month(2026, 9)
Q3 = Period.quarter(2026, 3)
CHANNEL = 3  # 渠道分销组
LEAVE = mvs.LeaveDraft("personal", dt.date(2026, 9, 21), dt.date(2026, 9, 22))  # Mon–Tue
MOVE = mvs.MoveDraft(dt.date(2026, 9, 15), "transfer", CHANNEL, "sales_rep", "区域调整")


def _open(demo_file, path):
    shutil.copy(demo_file, path)
    return build_context(path, lang="zh_CN")


@pytest.fixture
def demo(demo_file, tmp_path):
    ctx = _open(demo_file, tmp_path / "demo.sqlite")
    workflow.publish(ctx, Q3, dt.date(2026, 10, 15))
    yield ctx
    ctx.close()


def _stored(ctx, employee_no: str, period: Period) -> float:
    """The total of the person's published appraisal, as the printed form shows it."""
    with ctx.session() as s:
        return s.scalar(
            select(AppraisalRow.total)
            .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
            .join(StaffRow, StaffRow.id == AppraisalRow.staff_id)
            .where(
                StaffRow.employee_no == employee_no,
                PeriodRow.kind == period.kind,
                PeriodRow.year == period.year,
                PeriodRow.number == period.number,
            )
        )


def _trail(ctx, entity: str):
    with ctx.session() as s:
        return s.execute(
            select(AuditEntryRow.field, AuditEntryRow.old_value, AuditEntryRow.new_value)
            .where(AuditEntryRow.entity == entity)
            .add_columns(AuditEntryRow.reason)
            .order_by(AuditEntryRow.id)
        ).all()


def test_leave_recorded_late_amends_the_published_month_and_quarter(demo):
    """Two days of 事假 (seed 004: 事假一天扣一分) in published September: −2 points on the
    printed September form and on the third quarter's, with the officer's reason."""
    sid = staff_id(demo, "E003")
    month, quarter = _stored(demo, "E003", SEPTEMBER), _stored(demo, "E003", Q3)
    assert (round(month, 4), round(quarter, 4)) == (97.3672, 96.027)
    with pytest.raises(ReasonRequired):
        mvs.record_leave(demo, sid, LEAVE)  # no reason: nothing is recorded
    assert mvs.list_leave(demo, sid) == []
    assert _stored(demo, "E003", SEPTEMBER) == month

    mvs.record_leave(demo, sid, LEAVE, reason="补录九月事假")
    assert _stored(demo, "E003", SEPTEMBER) == pytest.approx(month - 2)  # 95.3672
    assert _stored(demo, "E003", Q3) == pytest.approx(quarter - 2)  # 94.027: S → A
    reprint = {(r.period_key, r.employee_no): r for r in reprint_rows(demo)}
    assert set(reprint) == {("2026-09", "E003"), ("2026-Q3", "E003")}
    assert reprint["2026-09", "E003"].previous_total == pytest.approx(month)
    assert (reprint["2026-Q3", "E003"].previous_grade, reprint["2026-Q3", "E003"].grade) == (
        "S",
        "A",
    )
    amended = _trail(demo, "appraisal")
    assert ("total", "97.3672", "95.3672", "补录九月事假") in amended
    assert _trail(demo, "staff_leave")[-1][1:] == (
        None,
        "事假 2026-09-21–2026-09-22",
        "补录九月事假",
    )

    # taken back the same way: a reason, and the forms as before
    [leave] = mvs.list_leave(demo, sid)
    with pytest.raises(ReasonRequired):
        mvs.remove_leave(demo, leave.id)
    mvs.remove_leave(demo, leave.id, reason="请假记录有误")
    assert _stored(demo, "E003", SEPTEMBER) == pytest.approx(month)
    assert _stored(demo, "E003", Q3) == pytest.approx(quarter)


def test_a_transfer_recorded_late_amends_september_by_working_days(demo, demo_file, tmp_path):
    """E005 moved to 渠道分销组 on 15 September: the published September form becomes
    (10 × the 华东 total + 12 × the 渠道 total) ÷ 22."""
    east = _stored(demo, "E005", SEPTEMBER)
    channel = _channel_only_september(demo_file, tmp_path / "channel.sqlite")
    sid = staff_id(demo, "E005")
    with pytest.raises(ReasonRequired):
        mvs.record_move(demo, sid, MOVE)
    assert mvs.list_moves(demo, sid) == []

    mvs.record_move(demo, sid, MOVE, reason="补录九月调岗")
    amended = _stored(demo, "E005", SEPTEMBER)
    assert amended == pytest.approx(round((10 * east + 12 * channel) / 22, 4))
    assert round(east, 4) == 75.4731 and round(amended, 4) == 59.1232
    assert ("2026-09", "E005") in {(r.period_key, r.employee_no) for r in reprint_rows(demo)}
    with demo.session() as s:
        fresh = ap.compute_period(s, SEPTEMBER, use_frozen_results=False)
    assert fresh.moved == [
        "E005 刘洋：本月 1–14 日在华东成熟产品组（10 个工作日），15–30 日在渠道分销组"
        "（12 个工作日），按工作日折算"
    ]
    assert next(a for a in _trail(demo, "appraisal") if a[0] == "total")[3] == "补录九月调岗"

    # taken back (recorded by mistake): the reason asked once serves the trail and the forms
    mvs.undo_latest_move(demo, sid, "调岗未生效")
    assert _stored(demo, "E005", SEPTEMBER) == pytest.approx(east)


def test_a_move_into_a_locked_month_is_refused_and_names_the_appeal(demo):
    sid = staff_id(demo, "E004")
    draft = mvs.MoveDraft(dt.date(2026, 8, 20), "transfer", CHANNEL, "sales_rep", "区域调整")
    with pytest.raises(LockedError) as refused:
        mvs.record_move(demo, sid, draft, reason="补录八月调岗")
    assert "申诉" in refused.value.message("zh_CN")
    assert mvs.list_moves(demo, sid) == []


def test_a_move_in_an_open_month_asks_no_reason(demo):
    """October is open: nothing published changes, so no second reason is asked."""
    sid = staff_id(demo, "E005")
    draft = mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", CHANNEL, "sales_rep", "区域调整")
    mvs.record_move(demo, sid, draft)
    assert reprint_rows(demo) == []


def _channel_only_september(demo_file, path) -> float:
    """E005's September total had they been in 渠道分销组 all month (the register alone, on a
    copy; the published appraisal removed so that the 渠道 sheet is the one scored)."""
    ctx = _open(demo_file, path)
    try:
        sid = staff_id(ctx, "E005")
        with ctx.transaction() as s:
            row = s.get(StaffRow, sid)
            row.team_id, row.product_line = CHANNEL, "distributor"
            s.execute(delete(AppraisalRow).where(AppraisalRow.staff_id == sid))
        with ctx.session() as s:
            results = ap.compute_period(s, SEPTEMBER, use_frozen_results=False)
        return next(p for p in results.people if p.employee_no == "E005").result.total
    finally:
        ctx.close()
