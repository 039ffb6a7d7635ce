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
    return _appraisal_column(ctx, AppraisalRow.total, employee_no, period)


def _appraisal_column(ctx, column, employee_no: str, period: Period):
    """*column* of the person's appraisal of *period*."""
    with ctx.session() as s:
        return s.scalar(
            select(column)
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


def _status(ctx, employee_no: str, period: Period):
    return _appraisal_column(ctx, AppraisalRow.status, employee_no, period)


def test_a_long_past_transfer_is_recorded_for_the_register_only(demo):
    """E004 moved to 渠道分销组 on 1 June, recorded now: June–August are signed and locked.
    For the register only, the move is in the register and its history from June; the signed
    June–August forms stay as signed; published September (not signed) follows the rule of
    every late change (a reason); the trail says which months were left as signed. Taken back
    by mistake, the same way."""
    sid = staff_id(demo, "E004")
    june = mvs.MoveDraft(dt.date(2026, 6, 1), "transfer", CHANNEL, "sales_rep", "六月区域调整")
    signed = [Period.month(2026, n) for n in (6, 7, 8)]
    assert mvs.frozen_months_of_move(demo, sid, june.effective) == tuple(signed)
    before = {p: _stored(demo, "E004", p) for p in signed}
    with pytest.raises(LockedError):  # the rule as it was: refused, an appeal is the way
        mvs.record_move(demo, sid, june, reason="补录六月调岗")
    with pytest.raises(ReasonRequired):  # September is published: its amendment needs a reason
        mvs.record_move(demo, sid, june, register_only=True)
    assert mvs.list_moves(demo, sid) == []

    mvs.record_move(demo, sid, june, reason="补录六月调岗", register_only=True)
    [move] = mvs.list_moves(demo, sid)
    assert (move.effective, move.to_team) == (dt.date(2026, 6, 1), "渠道分销组")
    with demo.session() as s:
        assert s.get(StaffRow, sid).team_id == CHANNEL
    for month in signed:
        assert _stored(demo, "E004", month) == before[month]
        assert _status(demo, "E004", month).value == "signed"
    assert not any(r.period_key in ("2026-06", "2026-07", "2026-08") for r in reprint_rows(demo))
    trail = _trail(demo, "staff_move")
    assert trail[-1] == (
        "仅记入人事档案",
        None,
        "2026年6月–2026年8月 已锁定或已签字的考核不重新计算，保持签字时的结果",
        "补录六月调岗",
    )
    assert trail[-2][0] == "调岗 2026-06-01"

    with pytest.raises(LockedError):
        mvs.undo_latest_move(demo, sid, "调岗未生效")
    mvs.undo_latest_move(demo, sid, "调岗未生效", register_only=True)
    assert mvs.list_moves(demo, sid) == []
    with demo.session() as s:
        assert s.get(StaffRow, sid).team_id != CHANNEL
    for month in signed:
        assert _stored(demo, "E004", month) == before[month]
    assert _trail(demo, "staff_move")[-1][::3] == ("仅记入人事档案", "调岗未生效")


def test_for_the_register_only_an_unsigned_published_quarter_is_still_amended(demo):
    """E007 (创新产品组, appraised by quarter) moved to 渠道分销组 on 1 June: July and August
    are locked, but the third quarter's appraisal is published and not signed. It is amended
    with the reason, as any late change, and must be printed again (it loses 创新产品组's team
    goal)."""
    sid = staff_id(demo, "E007")
    june = mvs.MoveDraft(dt.date(2026, 6, 1), "transfer", CHANNEL, "sales_rep", "六月区域调整")
    quarter = _stored(demo, "E007", Q3)
    mvs.record_move(demo, sid, june, reason="补录六月调岗", register_only=True)
    assert _stored(demo, "E007", Q3) < quarter
    assert ("2026-Q3", "E007") in {(r.period_key, r.employee_no) for r in reprint_rows(demo)}
    amended = _trail(demo, "appraisal")
    assert any(f == "total" and why == "补录六月调岗" for f, _old, _new, why in amended)


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
