"""Team goals in Excel (seed 002's 团队绩效池): the sheet the officer exports, fills in (in Excel,
WPS or LibreOffice) and imports back, all or nothing, every problem at its cell."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from salesperf_desktop.app_context import build_context
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services import team_goals_io as tio
from salesperf_desktop.services import workflow
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.services.progress import run_to_end
from salesperf_desktop.services.team_goals import team_goal_records
from salesperf_desktop.storage.models import AuditEntryRow, ImportBatchRow

FIXTURE = Path(__file__).parents[1] / "fixtures" / "libreoffice" / "team_goals.xlsx"
SEPTEMBER, OCTOBER = Period.month(2026, 9), Period.month(2026, 10)
INNOVATIVE_REPS = ("E007", "E008", "E009")
HEADERS = ["团队", "月份", "团队目标", "计量方式", "目标值", "实际值", "达成率"]


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    ctx = build_context(path, lang="zh_CN")
    yield ctx
    ctx.close()


def _goals(ctx, month):
    return {
        r.team_name: (r.name, r.measure, r.target, r.actual) for r in team_goal_records(ctx, month)
    }


def _totals(ctx, month=OCTOBER):
    people = period_results(ctx, month).people
    return {p.employee_no: p.result.total for p in people if p.employee_no in INNOVATIVE_REPS}


def test_the_export_has_every_team_and_month_under_a_title_in_chinese(demo, tmp_path):
    path = tio.export_team_goals(demo, [SEPTEMBER, OCTOBER], tmp_path / "团队目标.xlsx")
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert ws.title == "团队目标"
    assert rows[0][0] == "团队目标 2026年9月–2026年10月"
    assert "20 或 20%" in rows[1][0]
    assert list(rows[3]) == HEADERS
    assert len(rows) == 4 + 2 * 3  # three teams, two months
    assert rows[6] == ("创新产品组", "2026-09", "区域市场份额达标率", "百分比", 20, 20.6, 1.03)
    assert rows[9] == ("创新产品组", "2026-10", "区域市场份额达标率", "百分比", 20, 19.4, 0.97)
    assert ws.cell(10, 7).number_format == "0.0%"
    assert rows[4] == ("渠道分销组", "2026-09", None, None, None, None, None)
    # read back as it is: nothing changes
    plan = run_to_end(tio.plan_team_goals_import(demo, path))
    assert (plan.problems, plan.changes, plan.unchanged, plan.rows) == ([], [], 6, 6)


def test_a_sheet_saved_by_libreoffice_is_imported_and_the_team_share_follows(demo):
    """The region manager filled the sheet in Calc: a title and a note above the headers,
    amounts with thousands separators, a 合计 row under the teams."""
    assert b"LibreOffice" in _app_xml(FIXTURE)
    before = _totals(demo)
    plan = run_to_end(tio.plan_team_goals_import(demo, FIXTURE))
    assert plan.problems == []
    assert (plan.rows, plan.unchanged) == (3, 1)  # the 合计 row is not a team; 华东: no goal
    assert [(c.row, c.team_name, c.goal.target, c.goal.actual) for c in plan.changes] == [
        (5, "渠道分销组", 1_200_000, 1_080_000),
        (7, "创新产品组", 20, 18.5),
    ]
    assert not plan.published
    batch = run_to_end(tio.apply_team_goals_import(demo, plan, backup=False))
    goals = _goals(demo, OCTOBER)
    assert goals["渠道分销组"] == ("渠道销售额", "amount", 1_200_000, 1_080_000)
    assert goals["创新产品组"] == ("区域市场份额达标率", "percent", 20, 18.5)
    assert goals["华东成熟产品组"] == ("", "percent", None, None)
    with demo.session() as s:
        assert s.get(ImportBatchRow, batch).kind == "team_goals"
    after = _totals(demo)
    for no in INNOVATIVE_REPS:  # 18.5 ÷ 20: 97 → 92.5 team points, 30 % × 4.5 = 1.35 less
        assert after[no] == pytest.approx(before[no] - 1.35, abs=0.0001)


def _sheet(path, rows, *, title=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "团队目标"
    if title:
        ws.append(["团队目标 2026年10月"])
        ws.append([])
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_every_problem_is_named_by_sheet_row_and_column_and_nothing_is_written(demo, tmp_path):
    path = _sheet(
        tmp_path / "bad.xlsx",
        [
            ["创新产品组", "2026-10", "区域市场份额达标率", "百分比", "20", "12万"],
            ["西北组", "2026-10", "份额", "百分比", 20, 18],
            ["渠道分销组", "2026-13", "销售额", "金额", 100, 90],
            ["渠道分销组", "2026-10", "销售额", "件数", 100, 90],
            ["华东成熟产品组", "2026-10", "", "", 100, 90],
            ["华东成熟产品组", "2026-11", "回款", "金额", -5, 90],
            ["创新产品组", "2026-08", "区域市场份额达标率", "百分比", 20, 25],
            ["创新产品组", "2026-10", "区域市场份额达标率", "百分比", "20%", 18],
            ["创新产品组", "2026-10", "区域市场份额达标率", "百分比", 20, 17],
            ["小计", None, None, None, 140, 130],
        ],
    )
    plan = run_to_end(tio.plan_team_goals_import(demo, path))
    where = {(p.location, p.message) for p in plan.problems}
    assert ("团队目标!F4", "“12万”带有单位或货币符号：请只写数字（如 12万 写成 120000）") in where
    assert ("团队目标!A5", "没有名为“西北组”的团队") in where
    assert any(loc == "团队目标!B6" for loc, _ in where)  # no 13th month
    assert ("团队目标!D7", "团队目标的计量方式 件数 无效（应为金额或百分比）") in where
    assert ("团队目标!C8", "请填写团队目标的名称（如 区域市场份额达标率）") in where
    assert ("团队目标!E9", "团队目标的目标值和实际值不能为负数（-5）") in where
    locked = next(m for loc, m in where if loc == "团队目标!A10")
    assert locked.startswith("创新产品组：") and "申诉" in locked  # August is signed and locked
    assert ("团队目标!A12", "同一团队同一月份已在第 11 行出现") in where  # "20%" read as 20
    assert len(plan.problems) == 8 and plan.rows == 9  # the 小计 row is not a team
    before = _goals(demo, OCTOBER)
    with pytest.raises(tio.TeamGoalsRefused):
        run_to_end(tio.apply_team_goals_import(demo, plan, backup=False))
    assert _goals(demo, OCTOBER) == before


def test_a_sheet_without_its_headers_says_which(demo, tmp_path):
    wb = Workbook()
    wb.active.append(["组别", "期间", "目标"])
    wb.active.append(["创新产品组", "2026-10", 20])
    wb.save(tmp_path / "odd.xlsx")
    plan = run_to_end(tio.plan_team_goals_import(demo, tmp_path / "odd.xlsx"))
    [problem] = plan.problems
    assert str(problem).startswith("Sheet 第 1 行：前 20 行中找不到表头（应有：团队、月份")


def test_after_publication_the_import_is_audited_and_amends(demo, tmp_path):
    """September is published: the change is written with the reason, in the audit trail."""
    workflow.publish(demo, Period.quarter(2026, 3), dt.date(2026, 10, 15))
    path = _sheet(
        tmp_path / "sept.xlsx",
        [["创新产品组", "2026-09", "区域市场份额达标率", "百分比", 20, 16]],
    )
    plan = run_to_end(tio.plan_team_goals_import(demo, path))
    assert plan.problems == [] and plan.published
    run_to_end(tio.apply_team_goals_import(demo, plan, reason="区域数据更正", backup=False))
    assert _goals(demo, SEPTEMBER)["创新产品组"][3] == 16
    with demo.session() as s:
        trail = s.execute(
            select(AuditEntryRow.field, AuditEntryRow.new_value, AuditEntryRow.reason).where(
                AuditEntryRow.entity.in_(("team_goal", "appraisal"))
            )
        ).all()
    assert ("team_goal.actual", "16.0", "区域数据更正") in trail
    assert any(f == "total" and why == "区域数据更正" for f, _, why in trail)  # amended


def _app_xml(path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return zf.read("docProps/app.xml")


# ------------------------------------------------------ cells formatted as a percentage


def test_a_cell_formatted_as_a_percentage_is_read_as_the_percentage_it_shows(demo, tmp_path):
    """Typing "20%" in Excel keeps 0.2 in a percent-formatted cell; the officer sees 20% and
    means 20 (the sheet's note asks for 20 or 20%). A format that only prints a "%" after the
    number ('0.0"%"', the results export's) does not scale it: 19 stays 19."""
    path = _sheet(
        tmp_path / "percent.xlsx",
        [
            ["创新产品组", "2026-10", "区域市场份额达标率", "百分比", 0.2, 0.185],
            ["华东成熟产品组", "2026-10", "重点医院覆盖率", "百分比", 19, 0.175],
        ],
    )
    wb = load_workbook(path)
    ws = wb.active
    ws["E4"].number_format = "0%"
    ws["F4"].number_format = "0.0%"
    ws["E5"].number_format = '0.0"%"'
    ws["F5"].number_format = "0.00%;[Red]-0.00%"
    wb.save(path)
    plan = run_to_end(tio.plan_team_goals_import(demo, path))
    assert plan.problems == []
    assert [(c.team_name, c.goal.target, c.goal.actual) for c in plan.changes] == [
        ("创新产品组", 20, 18.5),
        ("华东成熟产品组", 19, 17.5),
    ]
    run_to_end(tio.apply_team_goals_import(demo, plan, backup=False))
    assert _goals(demo, OCTOBER)["创新产品组"] == ("区域市场份额达标率", "percent", 20, 18.5)


def test_an_amount_in_a_cell_formatted_as_a_percentage_is_refused_at_its_cell(demo, tmp_path):
    path = _sheet(
        tmp_path / "amount.xlsx",
        [["渠道分销组", "2026-10", "渠道销售额", "金额", 1_200_000, 0.9]],
    )
    wb = load_workbook(path)
    wb.active["F4"].number_format = "0%"
    wb.save(path)
    plan = run_to_end(tio.plan_team_goals_import(demo, path))
    assert [(p.location, p.message) for p in plan.problems] == [
        (
            "团队目标!F4",
            "单元格设为百分比格式（显示 90%），但这个团队目标按金额计量：请填写金额的纯数字，"
            "并把单元格格式改为常规或数值",
        )
    ]
    assert plan.changes == []


def test_percentages_typed_with_their_sign_in_libreoffice_are_imported_as_shown(demo):
    """The region manager typed 20% and 18.5% in Calc, which kept 0.2 and 0.185 formatted
    "0.00%" (tests/fixtures/libreoffice/make.sh)."""
    path = FIXTURE.with_name("team_goals_percent.xlsx")
    assert b"LibreOffice" in _app_xml(path)
    before = _totals(demo)
    plan = run_to_end(tio.plan_team_goals_import(demo, path))
    assert plan.problems == []
    assert [(c.team_name, c.goal.target, c.goal.actual) for c in plan.changes] == [
        ("渠道分销组", 1_200_000, 1_080_000),
        ("创新产品组", 20, 18.5),
    ]
    run_to_end(tio.apply_team_goals_import(demo, plan, backup=False))
    after = _totals(demo)
    for no in INNOVATIVE_REPS:  # as the sheet with 20 and 18.5 typed as numbers
        assert after[no] == pytest.approx(before[no] - 1.35, abs=0.0001)
