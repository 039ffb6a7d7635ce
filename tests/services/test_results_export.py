"""Excel export of a period's results: summary, breakdown, adjustments, distribution."""

from __future__ import annotations

from openpyxl import load_workbook

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.services.appraisals import compute_period
from salesperf_desktop.services.progress import Progress, run_to_end
from salesperf_desktop.services.results_export import export_results


def test_export_has_a_row_per_person_and_a_row_per_indicator(demo_ctx, tmp_path):
    with demo_ctx.session() as session:
        results = compute_period(session, Period.parse("2026-09"), lang="zh_CN")
    path = tmp_path / "results.xlsx"
    steps = []
    out = run_to_end(export_results(results, path, lang="zh_CN", company="E公司"), steps.append)
    assert out == path and path.exists()
    assert steps and all(isinstance(s, Progress) for s in steps)
    wb = load_workbook(path)
    assert wb.sheetnames == ["汇总", "指标明细", "加减分", "等级分布"]

    summary = wb["汇总"]
    assert summary.freeze_panes == "C3"
    header = [c.value for c in summary[2]]
    assert header[:3] == ["工号", "姓名", "团队"]
    assert "核心销售业绩" in header and "总分" in header and "等级" in header
    rows = list(summary.iter_rows(min_row=3, values_only=True))
    assert len(rows) == len(results.people)
    by_no = {r[0]: r for r in rows}
    first = results.people[0]
    row = by_no[first.employee_no]
    total_col = header.index("总分")
    assert abs(row[total_col] - first.result.total) < 1e-9
    assert row[header.index("等级")] == first.result.grade
    pct_cell = summary.cell(row=3, column=header.index("得分率") + 1)
    assert pct_cell.number_format == "0.0%"
    assert summary.cell(row=3, column=total_col + 1).number_format == "0.00"
    assert summary.column_dimensions["B"].width >= 10

    breakdown = wb["指标明细"]
    assert breakdown.freeze_panes == "C2"
    n_items = sum(len(p.result.items) for p in results.people)
    assert breakdown.max_row - 1 == n_items
    assert breakdown.auto_filter.ref.startswith("A1:")

    distribution = wb["等级分布"]
    grades = [r[0] for r in distribution.iter_rows(min_row=2, values_only=True)]
    assert grades == ["S", "A", "B", "C", "D"]


def test_a_period_is_scored_and_exported_in_one_call(demo_ctx, tmp_path):
    from salesperf_desktop.services import choices
    from salesperf_desktop.services.appraisals import period_results
    from salesperf_desktop.services.results_export import export_period_results

    team = choices.teams(demo_ctx)[0]
    september = Period.parse("2026-09")
    expected = period_results(demo_ctx, september, team_id=team.id)
    path = tmp_path / "team.xlsx"
    assert run_to_end(export_period_results(demo_ctx, september, path, team_id=team.id)) == path
    summary = load_workbook(path)["汇总"]
    assert "E公司" in summary["A1"].value  # the company from the database's settings
    listed = [row[0] for row in summary.iter_rows(min_row=3, values_only=True)]
    assert listed == [p.employee_no for p in expected.people]
    assert {p.team_name for p in expected.people} == {team.name}


def test_the_summary_sheets_columns_add_up_as_shown(demo_ctx, tmp_path):
    """Subtotals add up to 指标得分, and 指标得分 + 团队分享 + 加分 + 扣分 = 总分 at 0.00, for every
    demo person in every demo month and quarter."""
    from tests.services.test_explanations import demo_periods

    def cents(value) -> int:
        return round(float(f"{value or 0:.2f}") * 100)

    for period in demo_periods():
        with demo_ctx.session() as session:
            results = compute_period(session, period, lang="zh_CN")
        path = tmp_path / f"{period}.xlsx"
        run_to_end(export_results(results, path, lang="zh_CN"))
        summary = load_workbook(path)["汇总"]
        header = [c.value for c in summary[2]]
        points = header.index("指标得分合计")
        dims = range(header.index("考核模板") + 1, points)
        parts = [points, *(header.index(h) for h in ("团队分享", "加分", "扣分"))]
        for row in summary.iter_rows(min_row=3, values_only=True):
            where = (str(period), row[0])
            assert sum(cents(row[c]) for c in dims) == cents(row[points]), where
            assert sum(cents(row[c]) for c in parts) == cents(row[header.index("总分")]), where


def test_the_team_goal_stands_beside_the_team_share(demo_ctx, tmp_path):
    """Seed 002: the innovative team's share follows its goal (区域市场份额达标率, 19.4 % of a
    20 % target: 97 %); the summary shows the goal beside each member's team share, blank for
    the teams whose share does not follow a goal, and says so while the goal is not entered."""
    from salesperf_desktop.domain.team_goal import TeamGoal
    from salesperf_desktop.services.team_goals import save_team_goals, team_goal_records

    october = Period.parse("2026-10")

    def summary():
        with demo_ctx.session() as session:
            results = compute_period(session, october, lang="zh_CN", use_frozen_results=False)
        path = run_to_end(export_results(results, tmp_path / "october.xlsx", lang="zh_CN"))
        ws = load_workbook(path)["汇总"]
        header = [c.value for c in ws[2]]
        share = header.index("团队分享")
        rows = {r[0]: r[share : share + 5] for r in ws.iter_rows(min_row=3, values_only=True)}
        return ws, header[share : share + 6], rows

    ws, header, rows = summary()
    assert header == ["团队分享", "团队目标", "团队目标值", "团队实际值", "团队达成率", "加分"]
    for no in ("E007", "E008", "E009"):
        assert rows[no][1:] == ("区域市场份额达标率", 20, 19.4, 0.97)
    assert rows["E003"][1:] == (None, None, None, None)  # 华东: the colleagues' mean
    e007 = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == "E007")
    first = header.index("团队目标") + [c.value for c in ws[2]].index("团队分享") + 1
    assert ws.cell(e007, first + 1).number_format == '0.0"%"'  # 20 = 20 %
    assert ws.cell(e007, first + 3).number_format == "0.0%"

    team = next(r for r in team_goal_records(demo_ctx, october) if r.team_name == "创新产品组")
    save_team_goals(demo_ctx, october, {team.team_id: TeamGoal("", "percent", None, None)})
    _, _, rows = summary()
    assert rows["E007"][1:] == ("团队目标未录入", None, None, None)
