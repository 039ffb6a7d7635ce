"""Staff movements and leave through the services (issue #18 point 7; seed 004: 转岗、晋升、降职
等特殊阶段员工的考评另行制定; 事假一天扣一分，病假不扣分), on the demo company's October 2026
(open, entered): 1–14 October has 6 working days (National Day), 15–31 October 12."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import delete, select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.messages import CodedError
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import appraisals as ap
from salesperf_desktop.services import movements as mvs
from salesperf_desktop.services.entry import load_sheet
from salesperf_desktop.storage.models import AppraisalRow, AuditEntryRow, StaffRow
from tests.services.support import staff_id

OCTOBER = Period.month(2026, 10)
Q4 = Period.quarter(2026, 4)
EAST, CHANNEL = 1, 3  # 华东成熟产品组, 渠道分销组


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def _results(ctx, period=OCTOBER):
    with ctx.session() as s:
        return ap.compute_period(s, period, use_frozen_results=False)


def _person(results, employee_no):
    return next(p for p in results.people if p.employee_no == employee_no)


def _transfer(ctx, employee_no="E005", day=dt.date(2026, 10, 15), team=CHANNEL, role="sales_rep"):
    sid = staff_id(ctx, employee_no)
    kind = "transfer" if role == "sales_rep" else "promotion"
    draft = mvs.MoveDraft(day, kind, team, role, "区域调整，支援渠道分销组")
    mvs.record_move(ctx, sid, draft)
    return sid


def test_a_transfer_follows_in_the_register_and_the_audit_trail(demo):
    sid = _transfer(demo)
    with demo.session() as s:
        staff = s.get(StaffRow, sid)
        assert (staff.team_id, staff.role, staff.product_line) == (
            CHANNEL,
            "sales_rep",
            "distributor",
        )
        audit = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "staff_move")).one()
    assert audit.reason == "区域调整，支援渠道分销组"
    assert (audit.old_value, audit.new_value) == ("华东成熟产品组 销售代表", "渠道分销组 销售代表")
    [move] = mvs.list_moves(demo, sid)
    assert (move.from_team, move.to_team, move.effective) == (
        "华东成熟产品组",
        "渠道分销组",
        dt.date(2026, 10, 15),
    )


def test_a_move_recorded_by_mistake_is_taken_back_with_a_reason(demo):
    """The officer picked the wrong team: the latest move is taken back (with a reason, kept in
    the audit trail), the register is as before it, and October is scored in one team again."""
    before = _person(_results(demo), "E005").result.total
    sid = _transfer(demo)
    assert _person(_results(demo), "E005").result.total != before
    with pytest.raises(CodedError):
        mvs.undo_latest_move(demo, sid, " ")  # no reason: refused, nothing changes
    assert len(mvs.list_moves(demo, sid)) == 1
    mvs.undo_latest_move(demo, sid, "选错了团队")
    assert mvs.list_moves(demo, sid) == []
    with demo.session() as s:
        staff = s.get(StaffRow, sid)
        assert (staff.role, staff.product_line) == ("sales_rep", "mature")
        trail = s.scalars(select(AuditEntryRow).where(AuditEntryRow.entity == "staff_move")).all()
    assert [(a.old_value, a.new_value, a.reason) for a in trail][-1] == (
        "渠道分销组 销售代表",
        "华东成熟产品组 销售代表",
        "选错了团队",
    )
    assert _person(_results(demo), "E005").result.total == pytest.approx(before)
    with pytest.raises(CodedError) as nothing:
        mvs.undo_latest_move(demo, sid, "再撤一次")
    assert "没有可撤销" in nothing.value.message("zh_CN")


def test_a_move_needs_a_reason_and_a_change(demo):
    sid = staff_id(demo, "E005")
    with pytest.raises(CodedError) as no_reason:
        mvs.record_move(
            demo, sid, mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", CHANNEL, "sales_rep", " ")
        )
    assert no_reason.value.code == "move.reason_required"
    with pytest.raises(CodedError) as same:
        mvs.record_move(
            demo, sid, mvs.MoveDraft(dt.date(2026, 10, 15), "transfer", EAST, "sales_rep", "x")
        )
    assert same.value.code == "move.nothing_changes"


def test_a_transfer_on_the_15th_is_scored_in_both_teams_by_working_days(demo):
    before = _person(_results(demo), "E005")
    assert before.team_name == "华东成熟产品组"
    channel_only = _channel_only(demo)
    _transfer(demo)
    results = _results(demo)
    after = _person(results, "E005")
    assert after.team_name == "渠道分销组"  # listed in the team held at the month's end
    # on the sheet of the team's product line (the appraisal was started on 成熟产品's)
    assert (before.template_code, after.template_code) == ("rep_mature", "rep_distributor")
    assert after.result.total == pytest.approx((6 * before.result.total + 12 * channel_only) / 18)
    assert results.moved == [
        "E005 刘洋：本月 1–14 日在华东成熟产品组（6 个工作日），15–31 日在渠道分销组"
        "（12 个工作日），按工作日折算"
    ]
    assert after.result.flags[-1].code == "move.prorated"
    # the month's grid shows the same total and says so above the grid
    sheet = load_sheet(demo, OCTOBER)
    row = sheet.person(after.staff_id)
    assert row.shown.total == pytest.approx(after.result.total)
    assert sheet.moved == results.moved
    # September (before the move): still in 华东成熟产品组, one part
    september = _person(_results(demo, Period.month(2026, 9)), "E005")
    assert september.team_name == "华东成熟产品组"
    assert not any(f.code == "move.prorated" for f in september.result.flags)


def _channel_only(ctx) -> float:
    """E005's October total had they been in 渠道分销组 all month (the register alone; their
    October appraisal, started on 成熟产品's sheet, removed: a mover's sheet is not frozen)."""
    sid = staff_id(ctx, "E005")
    with ctx.transaction() as s:
        row = s.get(StaffRow, sid)
        row.team_id, row.product_line = CHANNEL, "distributor"
        s.execute(delete(AppraisalRow).where(AppraisalRow.staff_id == sid))
    total = _person(_results(ctx), "E005").result.total
    with ctx.transaction() as s:
        row = s.get(StaffRow, sid)
        row.team_id, row.product_line = EAST, "mature"
    return total


def test_the_quarter_rolls_up_with_the_move_prorated_too(demo):
    _transfer(demo)
    q4 = _results(demo, Q4)
    person = _person(q4, "E005")
    assert person.result.flags[-1].code == "move.prorated"
    assert any("E005 刘洋" in line for line in q4.moved)


def test_a_promotion_changes_the_sheet_mid_month(demo):
    before = _person(_results(demo), "E004")
    assert before.template_code == "rep_mature"
    _transfer(demo, "E004", team=EAST, role="sales_manager")
    after = _person(_results(demo), "E004")
    assert after.template_code == "sales_manager"
    note = after.result.flags[-1].message("zh_CN")
    assert "华东成熟产品组任销售代表（6 个工作日）" in note
    assert "华东成熟产品组任销售经理（12 个工作日）" in note
    assert after.result.total != pytest.approx(before.result.total)


def test_two_days_of_personal_leave_deduct_two_points_and_sick_leave_none(demo):
    base = {p.employee_no: p.result.total for p in _results(demo).people}
    e003, e006 = staff_id(demo, "E003"), staff_id(demo, "E006")
    mvs.record_leave(
        demo, e003, mvs.LeaveDraft("personal", dt.date(2026, 10, 19), dt.date(2026, 10, 20))
    )
    mvs.record_leave(
        demo, e006, mvs.LeaveDraft("sick", dt.date(2026, 10, 19), dt.date(2026, 10, 23))
    )
    results = _results(demo)
    e3, e6 = _person(results, "E003"), _person(results, "E006")
    assert e3.result.total == pytest.approx(base["E003"] - 2)
    assert e6.result.total == pytest.approx(base["E006"])
    [line] = [ln for ln in e3.result.adjustments.lines if ln.code == "personal_leave_day"]
    assert (line.count, line.points) == (2, -2)
    assert line.note == "请假记录：事假 2 天（每天扣 1 分）"
    # the grid counts it once, the same way
    row = load_sheet(demo, OCTOBER).person(e003)
    assert row.shown.total == pytest.approx(e3.result.total)


def test_someone_on_maternity_leave_all_month_is_named_not_graded(demo):
    sid = staff_id(demo, "E011")
    # from 28 September: published September's targets are prorated too (an amendment)
    draft = mvs.LeaveDraft("maternity", dt.date(2026, 9, 28), dt.date(2027, 1, 31))
    mvs.record_leave(demo, sid, draft, reason="产假自9月28日起")
    results = _results(demo)
    assert "E011" not in {p.employee_no for p in results.people}
    assert results.not_graded == ["E011 冯雪（整期休产假）"]
    sheet = load_sheet(demo, OCTOBER)
    assert sheet.not_graded == results.not_graded
    assert sid not in {p.staff_id for p in sheet.people}


def test_maternity_leave_over_part_of_the_month_prorates_the_targets(demo):
    sid = staff_id(demo, "E010")
    mvs.record_leave(
        demo, sid, mvs.LeaveDraft("maternity", dt.date(2026, 10, 15), dt.date(2027, 1, 31))
    )
    person = _person(_results(demo), "E010")
    flag = next(f for f in person.result.flags if f.code == "leave.targets_prorated")
    assert flag.message("zh_CN") == "本期休产假 12 个工作日，目标按在岗 6/18 个工作日折算"


def test_one_movers_results_are_those_of_the_whole_company(demo):
    """A person's chart or form scores only them and their teams: the team they left within
    the period is scored too (its team result counts for the earlier part)."""
    sid = _transfer(demo, "E007", team=EAST)  # from 创新产品组 (30 % team share)
    whole = _person(_results(demo), "E007").result
    with demo.session() as s:
        alone = ap.compute_period(s, OCTOBER, staff_ids=[sid], use_frozen_results=False)
    assert [p.employee_no for p in alone.people] == ["E007"]
    assert alone.people[0].result.total == pytest.approx(whole.total)


def test_a_quarter_scores_the_part_before_a_move_on_the_sheet_it_was_on(demo):
    """E005 moves to 渠道分销组 on 15 September. His third quarter is his old sheet's for 1 July
    to 14 September and the channel sheet's after, weighted by working days. A quarter's input
    is rolled up for one sheet; the part before the move is scored on its own sheet's
    indicators, not on the channel sheet's (where it found nothing entered: 41.98 for a
    quarter worth 73.92 before the move)."""
    from salesperf_desktop.domain import movements as mv
    from salesperf_desktop.services.workdays import load_calendar

    q3 = Period.quarter(2026, 3)
    sid = staff_id(demo, "E005")
    before = _person(_results(demo, q3), "E005").result.total
    assert round(before, 4) == 73.9218
    draft = mvs.MoveDraft(dt.date(2026, 9, 15), "transfer", CHANNEL, "sales_rep", "区域调整")
    mvs.record_move(demo, sid, draft, reason="补录九月调岗")  # September is published
    after = _person(_results(demo, q3), "E005").result
    with demo.session() as s:
        is_workday = load_calendar(s).is_workday
    old = mv.workdays_between(dt.date(2026, 7, 1), dt.date(2026, 9, 14), is_workday)
    whole = mv.workdays_between(dt.date(2026, 7, 1), dt.date(2026, 9, 30), is_workday)
    # the later part adds what it scores (never less than nothing) to the earlier part's share
    assert after.total >= before * old / whole
    assert old / whole > 0.8 and after.total > 60
