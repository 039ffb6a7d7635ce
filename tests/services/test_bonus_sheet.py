"""The 奖金核算表 of the demo company's published periods (services/bonus.py): settings kept as
versions, fines and vetoes read from the events, team pools, approval that freezes the sheet,
the seed 002 compliance bonus on the year's sheet, and the workbook finance receives."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.bonus import BonusSettings
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import bonus, events, workflow
from salesperf_desktop.services.bonus_export import export_bonus_sheet, file_name
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.storage.models import AuditEntryRow
from tests.services.support import staff_id

SEPTEMBER, OCTOBER, YEAR = Period.month(2026, 9), Period.month(2026, 10), Period.of_year(2026)
SETTINGS = BonusSettings(
    base_by_role={"sales_rep": 2000, "sales_manager": 4000},
    commission_indicator="sales_achievement",
    commission_rate=0.001,
    yuan_per_point=50,
)


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    context = build_context(path, lang="zh_CN")
    context.clock = lambda: dt.date(2026, 11, 20)
    yield context
    context.close()


def _audit(ctx, entity):
    with ctx.session() as s:
        rows = s.scalars(
            select(AuditEntryRow).where(AuditEntryRow.entity == entity).order_by(AuditEntryRow.id)
        )
        return [(r.field, r.old_value, r.new_value, r.reason) for r in rows]


def _line(sheet, employee_no):
    return next(line for line in sheet.lines if line.employee_no == employee_no)


def test_settings_are_versioned_and_audited(demo):
    assert bonus.current_settings(demo).version == 0
    first = bonus.save_settings(demo, SETTINGS)
    assert first.version == 1
    assert bonus.save_settings(demo, SETTINGS).version == 1  # unchanged: no new version
    second = bonus.save_settings(
        demo,
        replace(SETTINGS, base_by_role={**SETTINGS.base_by_role, "sales_rep": 2200}),
        note="调薪",
    )
    assert second.version == 2
    assert bonus.current_settings(demo).settings.base_by_role["sales_rep"] == 2200
    trail = _audit(demo, "bonus_settings")
    first_fields = ["base_by_role", "commission_indicator", "commission_rate", "yuan_per_point"]
    assert [f for f, *_ in trail] == [*first_fields, "base_by_role"]  # what changed, each time
    assert "2200" in trail[-1][2] and trail[-1][3] == "调薪"
    with pytest.raises(bonus.BonusError) as refused:
        bonus.save_settings(demo, BonusSettings(base_by_role={"sales_rep": -5}))
    assert refused.value.message("zh_CN") == "金额不能为负数（sales_rep）"


def test_the_september_sheet_applies_coefficient_commission_and_points(demo):
    bonus.save_settings(demo, SETTINGS)
    sheet = bonus.bonus_sheet(demo, SEPTEMBER)
    assert [line.employee_no for line in sheet.lines][:3] == ["E001", "E002", "E003"]
    e006 = _line(sheet, "E006")  # a sales rep graded A in September
    assert (e006.grade, e006.coefficient) == ("A", 1.2)
    assert (e006.base, e006.performance) == (200_000, 240_000)  # 2,000 × 1.2 = 2,400 元
    e003 = _line(sheet, "E003")  # S: 3,000; 0.1 % of 495,800 元 of sales = 495.80; −1 → −50
    assert (e003.performance, e003.commission, e003.points) == (300_000, 49_580, -5_000)
    assert e003.payable == 300_000 + 49_580 - 5_000
    assert sheet.totals["payable"] == sum(line.payable for line in sheet.lines)
    assert not sheet.frozen and sheet.settings_version == 1
    assert sheet.status_text("zh_CN") == "草稿：按当前设置计算，尚未批准"


def test_an_open_month_has_no_sheet(demo):
    with pytest.raises(bonus.BonusError) as refused:
        bonus.bonus_sheet(demo, OCTOBER)
    assert refused.value.message("zh_CN") == "2026年10月尚未发布，不能核算奖金"


def _october_with_a_fine_and_a_veto(ctx):
    events.add_event(
        ctx,
        staff_id(ctx, "E004"),
        OCTOBER,
        events.EventDraft("adjustment", dt.date(2026, 10, 13), "fine_money", amount=200),
    )
    events.add_event(
        ctx,
        staff_id(ctx, "E005"),
        OCTOBER,
        events.EventDraft("veto", dt.date(2026, 10, 12), "compliance_veto", note="违规"),
    )
    workflow.publish(ctx, OCTOBER, dt.date(2026, 11, 5))


def test_fines_in_yuan_and_a_veto_on_the_sheet(demo):
    bonus.save_settings(demo, SETTINGS)
    _october_with_a_fine_and_a_veto(demo)
    sheet = bonus.bonus_sheet(demo, OCTOBER)
    e004, e005 = _line(sheet, "E004"), _line(sheet, "E005")
    assert e004.fines == 20_000  # 200 元, money, never points
    assert e004.payable == e004.performance + e004.commission + e004.points - 20_000
    assert (e005.vetoed, e005.coefficient, e005.performance) == (True, 0.0, 0)


def test_team_pool_split_by_score_then_approval_freezes_the_sheet(demo):
    bonus.save_settings(demo, SETTINGS)
    sheet = bonus.bonus_sheet(demo, SEPTEMBER)
    team = next(p for p in sheet.pools if p.name == "华东成熟产品组")
    bonus.set_team_pool(demo, SEPTEMBER, team.team_id, 10_000)
    sheet = bonus.bonus_sheet(demo, SEPTEMBER)
    members = [line for line in sheet.lines if line.team == "华东成熟产品组"]
    assert sum(line.pool for line in members) == 1_000_000
    assert all(line.pool % 100 == 0 for line in members if line.employee_no != "E003")
    best = max(members, key=lambda line: line.total_score)
    assert best.employee_no == "E003"  # the highest score takes the remainder of the 元 rounding
    payable = sheet.totals["payable"]

    approved = bonus.approve_sheet(
        demo, SEPTEMBER, prepared_by="王芳", checked_by="李会计", approved_by="王建国"
    )
    assert approved.frozen and approved.approvals.approved_on == dt.date(2026, 11, 20)
    assert approved.status_text("zh_CN") == "已批准（2026-11-20，王建国），已冻结"
    # a later change of the settings leaves the approved sheet as computed
    bonus.save_settings(
        demo, replace(SETTINGS, base_by_role={**SETTINGS.base_by_role, "sales_rep": 3000})
    )
    again = bonus.bonus_sheet(demo, SEPTEMBER)
    assert again.totals["payable"] == payable and again.settings_version == 1
    with pytest.raises(bonus.BonusError) as refused:
        bonus.set_team_pool(demo, SEPTEMBER, team.team_id, 20_000)
    assert "已批准并冻结" in refused.value.message("zh_CN")
    with pytest.raises(bonus.BonusError):
        bonus.withdraw_approval(demo, SEPTEMBER, reason="  ")
    bonus.withdraw_approval(demo, SEPTEMBER, reason="基本奖金调整")
    redone = bonus.bonus_sheet(demo, SEPTEMBER)
    assert not redone.frozen and redone.settings_version == 2
    assert _line(redone, "E006").performance == 360_000  # 3,000 × 1.2
    trail = _audit(demo, "bonus_sheet")
    assert [f for f, *_ in trail] == [f"pool:{team.team_id}", "approved", "approved"]
    assert trail[-1][3] == "基本奖金调整" and trail[-1][2] is None


def test_the_year_sheet_pays_the_compliance_bonus_except_to_a_vetoed_person(demo):
    bonus.save_settings(
        demo, BonusSettings(base_by_role={"sales_rep": 2000}, pay_by_person={"E003": 8000})
    )
    _october_with_a_fine_and_a_veto(demo)
    workflow.publish(demo, YEAR, dt.date(2026, 11, 20))
    sheet = bonus.bonus_sheet(demo, YEAR)
    assert sheet.year_sheet and sheet.months == 12
    e003, e004 = _line(sheet, "E003"), _line(sheet, "E004")
    assert (e003.compliance, e003.compliance_note) == (800_000, "")  # one month's pay
    assert (e004.compliance, e004.compliance_note) == (200_000, "bonus.compliance_from_base")
    e005, e009 = _line(sheet, "E005"), _line(sheet, "E009")  # vetoed in October / August
    assert e005.compliance == e009.compliance == 0
    assert dict(e009.compliance_params) == {"months": "2026年8月"}
    assert dict(e005.compliance_params) == {"months": "2026年10月"}
    # nothing is paid twice: the months' sheets paid the performance bonus and the fines
    assert e004.performance == e004.fines == 0 and e004.payable == 200_000


def test_export_reads_back_as_numbers_with_totals_and_approvals(demo, tmp_path):
    bonus.save_settings(demo, SETTINGS)
    bonus.approve_sheet(
        demo, SEPTEMBER, prepared_by="王芳", checked_by="李会计", approved_by="王建国"
    )
    assert file_name(SEPTEMBER, "zh_CN") == "奖金核算表_2026年9月.xlsx"
    assert file_name(SEPTEMBER, "zh_TW") == "獎金核算表_2026年9月.xlsx"
    out = run_to_end(export_bonus_sheet(demo, SEPTEMBER, tmp_path / file_name(SEPTEMBER, "zh_CN")))
    wb = load_workbook(out)
    assert wb.sheetnames == ["奖金核算表"]
    ws = wb["奖金核算表"]
    assert ws["A1"].value == "E公司奖金核算表（2026年9月）"
    header = [c.value for c in ws[2]]
    assert header == [
        "工号", "姓名", "团队", "岗位", "等级", "绩效系数", "基本绩效奖金", "绩效奖金", "提成",
        "加减分奖罚", "罚款", "团队奖金池分配", "合规奖金", "应发合计", "备注",
    ]  # fmt: skip
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    people = rows[:12]
    e006 = next(r for r in people if r[0] == "E006")
    assert e006[3:8] == ("销售代表", "A", 1.2, 2000, 2400)
    assert ws.cell(row=3, column=8).number_format == '#,##0.00"元"'
    total_row = rows[12]
    assert total_row[0] == "合计"
    assert total_row[13] == pytest.approx(sum(r[13] for r in people))
    assert all(isinstance(r[13], (int, float)) for r in people)
    block = {r[0]: (r[1], r[3]) for r in rows[14:17]}
    assert block == {
        "编制": ("王芳", dt.datetime(2026, 11, 20)),
        "审核": ("李会计", dt.datetime(2026, 11, 20)),
        "批准": ("王建国", dt.datetime(2026, 11, 20)),
    }
