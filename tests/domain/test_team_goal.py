"""Seed 002's team pool: “将个人绩效的30%与团队整体目标绑定（如区域市场份额达标率）”."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from salesperf_desktop.domain.explain import explain
from salesperf_desktop.domain.messages import render
from salesperf_desktop.domain.periods import Period
from salesperf_desktop.domain.results import AppraisalResult
from salesperf_desktop.domain.scoring import (
    CohortMember,
    IndicatorInput,
    PersonPeriodInput,
    score,
    score_many,
)
from salesperf_desktop.domain.team_goal import AMOUNT, PERCENT, TeamGoal, rollup_goals
from salesperf_desktop.domain.template import parse_template, validate_template

MONTH = Period.parse("2026-09")
SHARE = TeamGoal("区域市场份额达标率", PERCENT, 20.0, 18.0)


def _sheet(**team: Any) -> dict[str, Any]:
    """One achievement item worth the whole sheet (linear, capped at 120 %), and a team share."""
    return {
        "schema": 1,
        "code": "pool",
        "name": {"zh_CN": "团队池", "zh_TW": "團隊池", "en": "Pool"},
        "sheet_total": 100,
        "team_share": 0.3,
        "items": [
            {
                "indicator": "sales_achievement",
                "dimension": "results",
                "weight": 100,
                "measure": "achievement",
                "rule": {"kind": "linear", "floor": 0, "cap": 1.2},
                "name": {"zh_CN": "销售达成率", "zh_TW": "銷售達成率", "en": "Sales"},
            }
        ],
        **team,
    }


def _own(points: float) -> PersonPeriodInput:
    """An input worth *points* of the person's own on the one-item sheet."""
    item = IndicatorInput(target=100, actual=points)
    return PersonPeriodInput(items={"sales_achievement": item}, period=MONTH)


GOAL_SHEET = parse_template(_sheet(team_basis="team_goal"))


def test_seed_002_worked_example_market_share_90_percent():
    # target 20 %, actual 18 % → attainment 90 % → 90 team points; 30 % × 90 = 27;
    # own 80 points → 0.7 × 80 + 27 = 83
    result = score(GOAL_SHEET, _own(80), team_goal=SHARE)
    assert result.items_points == pytest.approx(80)
    assert result.team_goal.attainment == pytest.approx(0.9)
    assert result.team_goal.points == pytest.approx(90)
    assert result.team_part == pytest.approx(27)
    assert result.total == pytest.approx(83)
    assert result.complete


def test_attainment_capped_like_the_sheets_achievement_items():
    # 30 % share against a 20 % target = 150 %, capped at the achievement item's 120 %
    result = score(GOAL_SHEET, _own(80), team_goal=TeamGoal("份额", PERCENT, 20.0, 30.0))
    assert result.team_goal.cap == pytest.approx(1.2)
    assert result.team_goal.points == pytest.approx(120)
    assert result.total == pytest.approx(0.7 * 80 + 0.3 * 120)
    own_cap = parse_template(_sheet(team_basis="team_goal", team_goal_cap=1.0))
    assert score(own_cap, _own(80), team_goal=SHARE).team_goal.points == pytest.approx(90)
    capped = score(own_cap, _own(80), team_goal=TeamGoal("份额", PERCENT, 20.0, 30.0))
    assert capped.team_goal.points == pytest.approx(100)


def test_missing_team_goal_is_said_never_a_silent_mean():
    result = score(GOAL_SHEET, _own(80), team_score=95.0)  # a colleagues' mean is NOT used
    assert result.team_score is None and result.team_part == 0
    assert not result.complete
    flag = next(f for f in result.flags if f.code == "team_goal_missing")
    assert render(flag.code, flag.params, "zh_CN").startswith("团队目标未录入")
    line = explain(result).team
    assert line.code == "explain.team_goal_missing"
    assert "团队目标未录入" in render(line.code, line.params, "zh_CN")


def test_explanation_shows_the_team_result():
    result = score(GOAL_SHEET, _own(80), team_goal=SHARE)
    ex = explain(result)
    assert ex.team.code == "explain.team_goal"
    text = render(ex.team.code, ex.team.params, "zh_CN")
    for part in (
        "区域市场份额达标率",
        "目标 20%",
        "实际 18%",
        "达成率 90%",
        "团队得分 90.00",
        "30%",
    ):
        assert part in text
    assert ex.team.cents == 300  # (90 − 80) × 30 % = +3.00
    assert ex.total.cents == 8300


def test_result_with_team_goal_round_trips():
    result = score(GOAL_SHEET, _own(80), team_goal=SHARE)
    again = AppraisalResult.from_dict(result.to_dict())
    assert again.team_goal == result.team_goal
    assert again.team_basis == "team_goal"
    assert again.to_dict() == result.to_dict()
    # the colleagues' mean stores what it always stored (no team goal keys)
    plain = score(parse_template(_sheet()), _own(80), team_score=90.0).to_dict()
    assert set(plain["team"]) == {"share", "team_score", "individual_part", "team_part"}


def test_rollup_sums_amounts_and_recomputes_percentages():
    months = [
        TeamGoal("团队销售额", AMOUNT, 100.0, 90.0),
        TeamGoal("团队销售额", AMOUNT, 200.0, 210.0),
        None,
    ]
    q = rollup_goals(months)
    assert (q.target, q.actual) == (300.0, 300.0)
    assert q.attainment == pytest.approx(1.0)  # not the mean of 90 % and 105 %
    share = rollup_goals(
        [TeamGoal("份额", PERCENT, 20.0, 18.0), TeamGoal("份额", PERCENT, 22.0, 22.0)]
    )
    assert (share.target, share.actual) == (21.0, 20.0)
    assert rollup_goals([None, None]) is None


def test_score_many_uses_each_teams_goal():
    members = [
        CohortMember("a", GOAL_SHEET, _own(80), team="east"),
        CohortMember("b", GOAL_SHEET, _own(60), team="west"),
    ]
    out = score_many(members, team_goals={"east": SHARE})
    assert out.results["a"].total == pytest.approx(83)
    assert "team_goal_missing" in {f.code for f in out.results["b"].flags}


def test_colleagues_mean_leaves_out_the_manager_and_probation_staff():
    sheet = parse_template(_sheet())
    members = [
        CohortMember("r1", sheet, _own(80), team="east"),
        CohortMember("r2", sheet, _own(60), team="east"),
        CohortMember("m", sheet, _own(100), team="east", manages="east"),
        CohortMember("p", sheet, _own(20), team="east", pooled=False),
    ]
    out = score_many(members)
    assert out.team_scores["east"] == pytest.approx(70)  # (80 + 60) ÷ 2
    assert out.results["r1"].total == pytest.approx(0.7 * 80 + 0.3 * 70)
    assert out.results["m"].team_score == pytest.approx(70)


def test_template_validation_names_a_bad_basis():
    bad = copy.deepcopy(_sheet(team_basis="region"))
    codes = {p.code for p in validate_template(bad).problems}
    assert "team_basis_unknown" in codes
    assert parse_template(_sheet()).team_basis == "colleagues"
    assert "team_basis" not in parse_template(_sheet()).to_dict()
    assert parse_template(_sheet(team_basis="team_goal")).to_dict()["team_basis"] == "team_goal"
