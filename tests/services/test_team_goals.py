"""Team goals (seed 002's 团队绩效池) through the services: stored per team and month, read by
the period computation (months, and quarters rolled up), written under the grid's rules."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.status import PeriodKind
from salesperf_desktop.domain.team_goal import TeamGoal
from salesperf_desktop.services.appraisals import period_results
from salesperf_desktop.services.locking import LockedError, ReasonRequired
from salesperf_desktop.services.team_goals import (
    TeamGoalError,
    save_team_goals,
    team_goal_records,
)
from salesperf_desktop.storage.models import AppraisalRow, AuditEntryRow, PeriodRow

OCTOBER = Period.month(2026, 10)
SEPTEMBER = Period.month(2026, 9)
INNOVATIVE = "创新产品组"


def save_team_goal(ctx, month, team_id, *, name, measure, target, actual, reason=""):
    """One team's goal, as the dialog writes it (``save_team_goals``)."""
    save_team_goals(ctx, month, {team_id: TeamGoal(name, measure, target, actual)}, reason=reason)


def _team(ctx, month: Period = OCTOBER):
    return next(r for r in team_goal_records(ctx, month) if r.team_name == INNOVATIVE)


def _members(ctx, period: Period):
    team = _team(ctx)
    return [p for p in period_results(ctx, period).people if p.team_id == team.team_id]


def test_the_demo_enters_its_innovative_teams_goal(demo_ctx):
    goal = _team(demo_ctx)
    assert (goal.name, goal.measure, goal.target, goal.actual) == (
        "区域市场份额达标率",
        "percent",
        20.0,
        19.4,
    )
    assert goal.attainment == pytest.approx(0.97)
    others = [r for r in team_goal_records(demo_ctx, OCTOBER) if r.team_name != INNOVATIVE]
    assert others and not any(r.entered for r in others)


def test_a_stored_goal_drives_the_members_team_share(demo_ctx):
    team = _team(demo_ctx)
    save_team_goal(
        demo_ctx, OCTOBER, team.team_id, name="区域市场份额达标率", measure="percent",
        target=20.0, actual=18.0,
    )  # fmt: skip
    assert _team(demo_ctx).actual == 18.0
    reps = [p for p in _members(demo_ctx, OCTOBER) if p.result.team_share > 0]
    assert len(reps) == 3
    for p in reps:
        r = p.result
        # 18 % of a 20 % target → 90 % → 90 points; 30 % of it is the team part
        assert r.team_goal.attainment == pytest.approx(0.9)
        assert r.team_part == pytest.approx(27)
        assert r.total == pytest.approx(0.7 * r.items_points + 27 + r.adjustments.total)


def test_a_quarter_recomputes_the_percentage_from_its_months(demo_ctx):
    # July 19.0 %, August 18.0 %, September 20.6 % against 20 % each month: the quarter's
    # actual is their mean, 19.2 %, → 96 % (never a mean of the monthly points)
    reps = [p for p in _members(demo_ctx, Period.quarter(2026, 3)) if p.result.team_share > 0]
    assert reps
    for p in reps:
        goal = p.result.team_goal
        assert (goal.target, goal.actual) == pytest.approx((20.0, 19.2))
        assert goal.points == pytest.approx(96)


def test_a_missing_goal_is_said_and_never_a_mean(demo_ctx):
    team = _team(demo_ctx)
    save_team_goal(
        demo_ctx, OCTOBER, team.team_id, name="", measure="percent", target=None, actual=None
    )
    assert not _team(demo_ctx).entered
    reps = [p for p in _members(demo_ctx, OCTOBER) if p.result.team_share > 0]
    assert reps
    for p in reps:
        assert "team_goal_missing" in {f.code for f in p.result.flags}
        assert p.result.team_part == 0 and not p.result.complete


def test_a_goal_needs_a_name_and_no_negative_numbers(demo_ctx):
    team = _team(demo_ctx)
    with pytest.raises(TeamGoalError) as refused:
        save_team_goal(
            demo_ctx, OCTOBER, team.team_id, name=" ", measure="amount", target=1.0, actual=None
        )
    assert "名称" in refused.value.message("zh_CN")
    with pytest.raises(TeamGoalError):
        save_team_goal(
            demo_ctx, OCTOBER, team.team_id, name="团队销售额", measure="amount",
            target=-5.0, actual=None,
        )  # fmt: skip
    assert _team(demo_ctx).actual == 19.4


def test_after_publication_a_goal_change_is_audited_and_amends_the_results(demo_ctx):
    team = _team(demo_ctx, SEPTEMBER)
    change = dict(name=team.name, measure="percent", target=20.0, actual=16.0)
    with pytest.raises(ReasonRequired):
        save_team_goal(demo_ctx, SEPTEMBER, team.team_id, **change)
    before = {p.staff_id: p.result.total for p in _members(demo_ctx, SEPTEMBER)}
    save_team_goal(demo_ctx, SEPTEMBER, team.team_id, **change, reason="区域数据更正")
    after = {p.staff_id: p.result for p in _members(demo_ctx, SEPTEMBER)}
    moved = [sid for sid, r in after.items() if r.team_share > 0]
    assert moved
    for sid in moved:  # 103 → 80 team points: 30 % × 23 = 6.9 points less
        assert after[sid].total == pytest.approx(before[sid] - 6.9)
    with demo_ctx.session() as s:
        trail = s.execute(
            select(AuditEntryRow.field, AuditEntryRow.old_value, AuditEntryRow.new_value).where(
                AuditEntryRow.entity == "team_goal"
            )
        ).all()
        kept = dict(
            s.execute(
                select(AppraisalRow.staff_id, AppraisalRow.total)
                .join(PeriodRow, PeriodRow.id == AppraisalRow.period_id)
                .where(
                    AppraisalRow.staff_id.in_(moved),
                    PeriodRow.kind == PeriodKind.MONTH,
                    PeriodRow.number == 9,
                )
            ).all()
        )
    assert ("team_goal.actual", "20.6", "16.0") in trail
    for sid in moved:  # the published appraisals keep the amended result
        assert after[sid].total == pytest.approx(kept[sid])


def test_a_locked_month_refuses_a_goal(demo_ctx):
    august = Period.month(2026, 8)
    team = _team(demo_ctx, august)
    with pytest.raises(LockedError):
        save_team_goal(
            demo_ctx, august, team.team_id, name=team.name, measure="percent",
            target=20.0, actual=25.0, reason="更正",
        )  # fmt: skip
